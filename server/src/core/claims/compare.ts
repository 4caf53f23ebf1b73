// Comparisons: "đạt 5,9% (… cao hơn mức bình quân chung cả nước 5,66%)", "thấp hơn cùng kỳ (7,1%)",
// "higher than the national average of 5.66%", and multiples "A, gấp 2,5 lần B".
import { D } from "../math/interval.ts";
import { firstAtOrAfter } from "../figures/sorted.ts";
import type { Figure, Span } from "../types.ts";
import { UnitContext, inBrackets, isPercent } from "./context.ts";
import { mayMatch } from "../text/gate.ts";
import { sameNoun } from "../figures/nouns.ts";
import { findChanges, findReverseChanges, labelledBefore } from "./change.ts";
import { findBenchmarkGaps, findRelativeGaps } from "./benchmark-gap.ts";
import { tableRowMultiples } from "./table-row-multiple.ts";
import { tableMultiples } from "./table-multiple.ts";
import { itemAmount } from "./label-amount-gap.ts";
import { findLabelMultiples } from "./label-multiple.ts";
import { shapedMultiples } from "./multiple-shapes.ts";

export interface Comparison {
  subject: Figure;
  other: Figure;
  relation: "higher" | "lower";
  word: Span;
  /** From a superlative and "followed by": the first named is at least (at most) each one after. */
  ranked?: boolean;
}

export interface Multiple {
  subject: Figure;
  other: Figure;
  times: Figure;
  /** "more than seven times as many": the ratio is at least the multiple. */
  atLeast?: boolean;
  /** "nearly double", "almost three times", "gần gấp đôi": the ratio is just under the multiple. */
  nearly?: boolean;
  /** "about three times", "roughly twice": the multiple is approximate. */
  about?: boolean;
  /** Subject and other were read in the unit before (a list or table above): related locations only. */
  from?: UnitContext;
  /** Another figure the multiple may be of: the change told as an aside of the subject ("9.820 triệu
   * đồng, tăng 1.220 triệu đồng, gấp 2,0 lần kế hoạch (600 triệu đồng)": the rise against a planned rise). */
  alt?: Figure;
}

const WORDS = /(?<![\p{L}])(cao hơn|thấp hơn|lớn hơn|nhỏ hơn|nhiều hơn|ít hơn|nhanh hơn|chậm hơn|higher than|lower than|greater than|larger than|smaller than|faster than|slower than|above|below|ahead of)(?![\p{L}])/gu;
const DURATION = /^(?:months?|years?|days?|weeks?|hours?|tháng|năm|ngày|tuần|giờ)(?: |$)/u;
const HIGHER = /^(?:cao hơn|lớn hơn|nhiều hơn|nhanh hơn|higher than|greater than|larger than|faster than|above|ahead of)$/u;

const TIME_UNIT = /^(?:seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|months?|giây|phút|giờ|ngày|tuần|tháng)(?: |$)/u;
/** "8 ngày, nhanh hơn quy định (15 ngày)": of two durations the faster is the shorter. */
function isSpeedOfTime(word: string, a: Figure, b: Figure): boolean {
  return /^(?:nhanh hơn|chậm hơn|faster than|slower than)$/u.test(word) && TIME_UNIT.test(a.noun ?? "") && TIME_UNIT.test(b.noun ?? "");
}

function sameKind(a: Figure, b: Figure): boolean {
  if (a.kind === "fraction" || b.kind === "fraction" || a.kind === "range" || b.kind === "range") return false;
  if (isPercent(a) !== isPercent(b)) return false;
  if (a.unit === "pp" || b.unit === "pp") return false;
  // "65 triệu đồng/người/năm" and "50 triệu đồng" compare as amounts of the same currency.
  return (a.unit ?? "").split("/")[0] === (b.unit ?? "").split("/")[0];
}

/** The other side may be a range ("below the target range of 3.0-3.5%"): then the subject must lie
 * beyond the whole range. */
function comparableTo(subject: Figure, other: Figure): boolean {
  if (other.kind !== "range") return sameKind(subject, other);
  if (subject.kind === "range" || subject.kind === "fraction" || subject.kind === "multiplier") return false;
  return isPercent(subject) === isPercent(other) && subject.unit !== "pp" && (subject.unit ?? "").split("/")[0] === (other.unit ?? "").split("/")[0];
}

// "GDP was 2.6% higher than a year earlier. This remains below the target range of 3.0-3.5%": a
// sentence that opens with "this/it" and the comparison word compares the sentence before's one
// value of that kind.
const ANAPHOR_COMPARE = /^[ \t*•-]*(?:this(?:[ \t]+(?:rate|figure|level|result|share|proportion|success[ \t]+rate|performance))?|it|that|performance|(?:con[ \t]+số|tỷ[ \t]+lệ|mức)[ \t]+này)[ \t]+(?:is|was|remains|remained|stays|stayed|still[ \t]+is|is[ \t]+still|là|vẫn)?[ \t]*(?:well|still|just|slightly|far|comfortably|vẫn|còn)?[ \t]*$/u;

const ANAPHOR_THE = /^[ \t*•-]*the[ \t]+((?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+)[ \t]+(?:is|was|remains|remained)[ \t]+(?:(?:now|still|also)[ \t]+)?(?:(?:well|slightly|much|far|considerably)[ \t]+)?$/u;

function anaphorSubject(ctx: UnitContext, wordStart: number, other: Figure): Figure | undefined {
  const k = ctx.sentenceIndexAt(wordStart);
  if (k < 1) return undefined;
  const s = ctx.sentences[k];
  if (wordStart - s.start > 80) return undefined;
  const head = ctx.lower.slice(s.start, wordStart);
  const the = ANAPHOR_THE.exec(head);
  if (!the && !ANAPHOR_COMPARE.test(head)) return undefined;
  const prev = ctx.sentences[k - 1];
  if (!/^[ \t]*$/.test(ctx.text.slice(prev.end, s.start))) return undefined;
  let same = prev.figs.filter((f) => comparableTo(f, other));
  if (the) {
    // "The deficit is larger than …" after a sentence about the deficit: its value now, not the
    // value it changed from nor the change itself.
    const noun = the[1].split(/[ \t]+/u).pop()!;
    if (noun.length < 4 || !new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, "u").test(ctx.lower.slice(prev.start, prev.end))) return undefined;
    const changes = [...findChanges(ctx), ...findReverseChanges(ctx)];
    const aside = new Set<Figure>(changes.flatMap((c) => [c.from, ...c.stated.map((x) => x.figure)]));
    same = same.filter((f) => !aside.has(f));
  }
  return same.length === 1 ? same[0] : undefined;
}

// "…, có 1.012 đảng viên hoàn thành xuất sắc nhiệm vụ (15,1%), … Tỷ lệ đảng viên hoàn thành xuất
// sắc nhiệm vụ thấp hơn năm 2022 (16,4%)": a rate named by the same words as a value in the
// sentence before.
const LABEL_COMPARE = /^[ \t*•-]*(?:tỷ[ \t]+lệ|tỷ[ \t]+trọng|the[ \t]+(?:share|proportion|percentage)[ \t]+of)[ \t]+([\p{L}][\p{L} \t'’-]{3,80}?)[ \t]+(?:(?:năm|in)[ \t]+(?:19|20)\d\d[ \t]+)?(?:(?:là|was|is|remains|remained|vẫn)[ \t]+)?(?:(?:well|still|slightly|vẫn|còn)[ \t]+)?$/u;

function labelSubject(ctx: UnitContext, s: { figs: Figure[] }, wordStart: number, other: Figure): Figure | undefined {
  if (!isPercent(other) || other.kind === "range") return undefined;
  const k = ctx.sentenceIndexAt(wordStart);
  const sent = ctx.sentences[k];
  if (!sent || sent.figs !== s.figs) return undefined;
  const m = LABEL_COMPARE.exec(ctx.lower.slice(sent.start, wordStart));
  if (!m) return undefined;
  return labelledBefore(ctx, sent, m[1], other);
}

/** A range's upper end as a figure of its own ("from 90.4% to 91.8%": 91.8%). */
function rangeEnd(ctx: UnitContext, r: Figure): Figure {
  const h = r.high!;
  const end = h.end === r.end - 1 && ctx.text[h.end] === "%" ? r.end : h.end;
  return { ...r, kind: r.unit === "%" ? "percent" : "number", value: h, low: undefined, high: undefined, start: h.start, end, text: ctx.text.slice(h.start, end), qualifiers: [] };
}

const PER = /^[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:per|for every|trên|\/)[ \t]*$/u;

/** The rate compared when both sides are "X per N" with the same N; null when the subject is such a
 * base and the other side is not a rate per the same base (no reading); undefined when neither is a rate. */
function perRate(ctx: UnitContext, s: { figs: Figure[] }, before: Figure[], next: Figure, wordStart: number): Figure | null | undefined {
  const base = before[before.length - 1];
  if (!base) return undefined;
  const k = s.figs.indexOf(base);
  if (k < 1) return undefined;
  const rate = s.figs[k - 1];
  if (!PER.test(ctx.lower.slice(rate.end, base.qualifiers[0]?.start ?? base.start))) return undefined;
  const j = s.figs.indexOf(next);
  const nextBase = s.figs[j + 1];
  if (!nextBase || !PER.test(ctx.lower.slice(next.end, nextBase.qualifiers[0]?.start ?? nextBase.start).replace(/^[ \t]+/u, " ")) && !/^[ \t]*(?:per|trên|\/)[ \t]*$/u.test(ctx.lower.slice(next.end, nextBase.start))) return null;
  if (!nextBase.value || !base.value || !new D(nextBase.value.exact).eq(base.value.exact) || !comparableTo(rate, next)) return null;
  if (!/^[^;\d]{0,40}$/u.test(ctx.lower.slice(base.end, wordStart))) return null;
  return rate;
}

const PLAN_RATE_AFTER = /^[ \t]*(?:dự[ \t]+toán|kế[ \t]+hoạch)[^;\d]{0,40};[ \t]*tỷ[ \t]+lệ[ \t]+(?:giải[ \t]+ngân|thực[ \t]+hiện|hoàn[ \t]+thành)[^;\d]{0,60}$/u;
/** A prior period's figure in brackets: "(2023/24: 21.2%)", "(năm 2023: 58,4 triệu đồng; năm 2022: …". */
const PRIOR_LABEL = /(?:\(|;)[ \t]*(?:(?:[\p{L}\p{M}]+|\d{1,2})[ \t]+){0,5}(?:fy[ \t]?)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?[ \t]*:[ \t]*$/u;
/** A figure inside an earlier period's bracket, "(2023/24: £0.61m; 2022/23: £0.48m)", looked back to `floor`. */
function inPriorBracket(ctx: UnitContext, f: Figure, floor: number): boolean {
  const q = f.qualifiers[0]?.start ?? f.start;
  return PRIOR_LABEL.test(ctx.lower.slice(Math.max(floor, q - 30), q)) && /^[^()]{0,80}\)/u.test(ctx.lower.slice(f.end, f.end + 82));
}
const BRACKETED_BASE = /(?:(?:so với|compared (?:with|to)|against|from|lần|times)[^()\d]{0,40}|(?:năm|in)[ \t]+y{4}[ \t]*)\([ \t]*$/u;
/** A change's earlier value: "down from 12.9%", "compared with 7 in 2022", "so với năm trước". */
const FROM_BEFORE = /(?<![\p{L}])(?:from|từ|compared (?:with|to)|than|so với)[ \t]*$/u;

/** The size of a change, not a level: "giảm 1,4", "up 3", "an improvement of 0.7 days". */
const CHANGE_SIZE_BEFORE = /(?<![\p{L}])(?:tăng|giảm|up|down|by|thêm|rút ngắn|giảm được|kéo dài|(?:an?[ \t]+)?(?:improvement|increase|rise|fall|reduction|decrease|drop|deterioration|gain|cut)[ \t]+of)[ \t]*$/u;
const RANK_BASE = /(?:(?<![\p{L}])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|top|bottom|lowest|highest|best|worst|\d+(?:st|nd|rd|th))[ \t]+(?:out[ \t]+)?of[ \t]+(?:the[ \t]+|all[ \t]+)?|(?:thứ|hạng)[ \t]+(?:\d+|nhất|nhì|hai|ba|tư|năm)[ \t]*(?:\/|trên|trong[ \t]+(?:số[ \t]+)?)[ \t]*)$/u;

const FRACTION_OF_OTHER = /(?<![\p{L}])(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[ \t-]+(?:halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|(?<!(?:first|second|the|this|that|last|previous|next)[ \t]+)half[ \t]+(?:of|the|that|its)|twice|double|treble|triple|(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten)[ \t]+times|(?:một[ \t]+)?nửa|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín)[ \t]+phần[ \t]+(?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|gấp(?:[ \t]+đôi)?)(?![\p{L}])/u;

export function findComparisons(ctx: UnitContext): Comparison[] {
  return ctx.memo("comparisons", () => {
    const out: Comparison[] = [];
    const gaps = () => {
      for (const g of [...findBenchmarkGaps(ctx), ...findRelativeGaps(ctx, () => [...findChanges(ctx), ...findReverseChanges(ctx)].map((c) => c.to))]) if (!out.some((c) => c.subject === g.subject && c.other === g.other)) out.push({ subject: g.subject, other: g.other, relation: g.relation, word: g.word });
      return out;
    };
    if (!mayMatch(WORDS, ctx.lower)) return gaps();
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(ctx.lower); m; m = WORDS.exec(ctx.lower)) {
      const w = { start: m.index, end: m.index + m[0].length };
      // ("the five lines marked "mandated" above and the 5–19 line", "as shown below": a place in the text.)
      if ((m[1] === "above" || m[1] === "below") && /(?<![\p{L}])(?:marked|shown|listed|set[ \t]+out|described|mentioned|noted|given|see|as|presented|outlined|detailed|referred[ \t]+to|quoted|stated)["”'’ \t\p{L}]{0,20}$/u.test(ctx.lower.slice(Math.max(0, w.start - 40), w.start)) && !/^[ \t]+(?:the[ \t]+)?(?:target|standard|average|benchmark|plan|budget|national|regional|\d)/u.test(ctx.lower.slice(w.end, w.end + 30))) continue;
      const s = ctx.sentences[ctx.sentenceIndexAt(w.start)];
      if (!s) continue;
      if (m[1] === "ahead of" && !/(?<![\p{L}])(?:above|higher[ \t]+than)(?![\p{L}])[^;.]{0,60}?(?:,|and)[ \t]+$/u.test(ctx.lower.slice(s.start, w.start))) continue;
      // ("The two breakdowns above each sum to the total of 58,426": where it is in the text.)
      if (/^(?:above|below)$/u.test(m[0].trim()) && /^[ \t]+(?:each|both|all|show|shows|showed|are|is|was|were|sum|sums|add|adds|give|gives|gave|list|lists|set|sets|relate|relates|refer|refers|cover|covers|include|includes)(?![\p{L}])/u.test(ctx.lower.slice(w.end, w.end + 12))) continue;
      // The other side: the next figure, after a noun phrase naming it (not "cao hơn 0,3 điểm").
      const next = s.figs.find((f) => f.start >= w.end);
      if (!next) continue;
      const q = next.qualifiers[0]?.start ?? next.start;
      const gap = ctx.lower.slice(w.end, q);
      // ("| … | £626.1m | Below estimate |\n| Gross debt … | £498.6m …": a status cell's word ends its row.)
      if (/\|[^\n]*\n/u.test(gap)) continue;
      if (gap.length > 70 || !/[\p{L}]{2}/u.test(gap) || /[;,.]/.test(gap.replace(/\([^)]*$/, "")) && !/^[^,;]*\($/.test(gap)) continue;
      // ("(… not included in the totals above): business travel 6,912 tCO2e": a bracket closed, or a colon,
      // after the word: it says where, and the figure belongs to what follows.)
      if (/[):]/u.test(gap.replace(/\([^)]*$/, ""))) continue;
      if (/(?:so với|compared|by|tăng|giảm|đạt|là|was|were|is|are|reached)[ \t(]*$/u.test(gap) && !/(?:of|là|ở mức|at)[ \t(]*$/u.test(gap)) continue;
      // ("(1,264) is larger than three-quarters of the number of let plots (1,612)", "cao hơn một nửa tổng
      // số (1.612)", "above twice the national rate (4.1%)": the other side is a fraction or a multiple of
      // the figure named, not the figure.)
      if (FRACTION_OF_OTHER.test(gap)) continue;
      // ("eight cases (7.7%) above threshold and up 14.3% on 2023/24 (98)": the figure after a change's
      // verb is the change, told in a clause of its own.)
      if (/(?<![\p{L}])(?:up|down|rose|fell|risen|fallen|grew|increased|decreased|dropped)[ \t(]*$/u.test(gap)) continue;
      // "nhiều hơn năm học trước 14 giải", "14 more than last year" written the other way: after a
      // period named without its figure, the figure is the difference, not the other side.
      if (/(?:(?:năm|năm học|kỳ|quý|tháng|vụ)[ \t]+(?:trước|qua)|cùng[ \t]+kỳ(?:[ \t]+năm[ \t]+trước)?|last[ \t]+year|the[ \t]+previous[ \t]+(?:year|quarter|month)|a[ \t]+year[ \t]+(?:ago|earlier))[ \t]*$/u.test(gap)) continue;
      // ("six days faster than last year and inside the local standard of no more than 45 days": the
      // other side is the period named first; the figure after belongs to another comparison.)
      if (/^[ \t]+(?:than[ \t]+|on[ \t]+)?(?:last[ \t]+year|the[ \t]+previous[ \t]+(?:year|quarter|month)|a[ \t]+year[ \t]+(?:ago|earlier)|(?:năm|kỳ|quý|tháng)[ \t]+trước|cùng[ \t]+kỳ)(?![\p{L}])[ \t]*(?:,|and|và|but|nhưng)/u.test(gap)) continue;
      // "cao hơn 0,3 điểm", "higher by 2 times": a difference, not the other side.
      if (/^[ \t]*(?:điểm|lần|times|points|percentage)/u.test(ctx.lower.slice(next.end, Math.min(s.end, next.end + 14)))) continue;
      // The subject: the nearest figure before, of the same kind, in the same clause chain.
      // "£14,482m, £452m higher than …", "91.8%, 1.7 percentage points above …": a figure right
      // before the word is the gap between the two; the subject is the value before it.
      // ("3 points above the national average of 49": the gap may carry its unit word.)
      // ("11.6 days per FTE, 2.7 days higher than the council-wide average of 8.9 days": or its own noun.)
      const gapFig = s.figs.find((f) => f.end <= w.start && (/^[ \t]*(?:(?:percentage[ \t]+)?points?|điểm(?:[ \t]+phần[ \t]+trăm|[ \t]*%)?|pp)?[ \t]*$/u.test(ctx.lower.slice(f.end, w.start)) || (!!f.noun && ctx.lower.slice(f.end, w.start).trim() === f.noun.split(" ")[0] && f.kind === "number" && !f.unit && (/,[ \t]*(?:(?:but|and|still|yet|nhưng|và|vẫn)[ \t]+)*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 14), f.start)) || (DURATION.test(f.noun) || /^(?:seconds?|secs?|giây)(?: |$)/u.test(f.noun)) && /\d[ \t]+(?:minutes?|mins?|hours?|phút|giờ)[ \t]+$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 14), f.start))))));
      if (gapFig && (gapFig.unit === "pp" || comparableTo(gapFig, next)) && gapFig.kind !== "range" && gapFig.kind !== "fraction") {
        const k = s.figs.indexOf(gapFig);
        let prev = k > 0 ? s.figs[k - 1] : undefined;
        // ("£26,500 (interquartile range £23,000 to £31,000), £500 below …": a figure inside a bracket that
        // only describes the value is no subject; left alone.)
        const aside0 = prev && asideBracket(ctx, s.start, gapFig.qualifiers[0]?.start ?? gapFig.start);
        if (prev && aside0 && prev.start > aside0.open) continue;
        // ("… was 107.4 litres per property per day. This is 9.6 litres higher than the industry average
        // of 117.0 litres": the gap opens a sentence that names the value before.)
        if (!prev) {
          const a = anaphorSubject(ctx, gapFig.qualifiers[0]?.start ?? gapFig.start, next);
          if (a) out.push({ subject: a, other: next, relation: HIGHER.test(m[1]) !== isSpeedOfTime(m[1], a, next) ? "higher" : "lower", word: w });
          continue;
        }
        // "rose from 90.4% to 91.8%, 1.7 points above …": the change's end value.
        if (prev?.kind === "range" && /(?:from|từ)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, prev.start - 8), prev.start))) prev = rangeEnd(ctx, prev);
        if (!prev || !comparableTo(prev, next) || !/^[^;\d]{0,60}?,[ \t]*$/u.test(ctx.lower.slice(prev.end, gapFig.qualifiers[0]?.start ?? gapFig.start))) continue;
        const own = prev;
        if (s.figs.some((f) => f.start > own.end && f.end <= gapFig.start)) continue;
        const lead = ctx.lower.slice(Math.max(s.start, own.start - 80), own.start);
        if (new RegExp(WORDS.source, "u").test(lead)) continue;
        out.push({ subject: own, other: next, relation: HIGHER.test(m[1]) !== isSpeedOfTime(m[1], own, next) ? "higher" : "lower", word: w });
        continue;
      }
      // ("in the 20% most deprived neighbourhoods": a band named by a share is no value compared.)
      // ("… 4,2 mg/l vào tháng 6, thấp hơn ngưỡng 5 mg/l": a month's number says when.)
      let before = s.figs.filter((f) => f.end <= w.start && comparableTo(f, next) && !/^[ \t]+(?:most|least)[ \t]+[\p{L}]/u.test(ctx.lower.slice(f.end, f.end + 12)) && !(!f.unit && /(?<![\p{L}])(?:tháng|quý|tuần|month|quarter|week)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 8), f.start))));
      // ("£27,700 (£81.9m across 2,958 homes, rounded to the nearest £100), below the national average of
      // £21,300": a bracket right after the value only explains how it was worked out.)
      const aside = asideBracket(ctx, s.start, w.start);
      if (aside) before = before.filter((f) => f.end <= aside.open || f.start >= aside.close);
      let subject = before[before.length - 1];
      if (aside && subject && !/^[ \t]*$/u.test(ctx.lower.slice(subject.end, aside.open))) continue;
      // "3,42%, giảm 0,31 điểm phần trăm so với cùng kỳ (3,73%) và thấp hơn kế hoạch giao (3,60%)":
      // the base of an earlier comparison, in its bracket, is not what this one is said of.
      for (let b = before.length - 1; b > 0 && subject === before[b] && BRACKETED_BASE.test(ctx.plainBetween(Math.max(s.start, subject.start - 60), subject.start)); b--) subject = before[b - 1];
      // ("18.4% (2023/24: 21.2%), below the 20% target": last year's figure in its bracket is an aside; the
      // value before the bracket is compared.)
      for (let b = before.indexOf(subject); b > 0 && subject === before[b] && PRIOR_LABEL.test(ctx.lower.slice(Math.max(s.start, (subject.qualifiers[0]?.start ?? subject.start) - 30), subject.qualifiers[0]?.start ?? subject.start)); b--) subject = before[b - 1];
      // ("110,2 …, giảm 1,4 so với năm 2023 (111,6 …), nhưng vẫn cao hơn …": a change's size is not
      // what is compared either; the value it changed to is.)
      // ("11.2%, down from 12.9%, and below the 12% ceiling": nor the value a change started from.)
      for (let b = before.indexOf(subject); b > 0 && subject === before[b] && FROM_BEFORE.test(ctx.lower.slice(Math.max(s.start, (subject.qualifiers[0]?.start ?? subject.start) - 16), subject.qualifiers[0]?.start ?? subject.start)); b--) subject = before[b - 1];
      for (let b = before.indexOf(subject); b > 0 && subject === before[b] && CHANGE_SIZE_BEFORE.test(ctx.lower.slice(Math.max(s.start, (subject.qualifiers[0]?.start ?? subject.start) - 28), subject.qualifiers[0]?.start ?? subject.start)); b--) subject = before[b - 1];
      // "81.0 crimes per 1,000 residents, below the national rate of 89.7 per 1,000": two rates per
      // the same base; the rate, not its base, is compared.
      const rate = perRate(ctx, s, before, next, w.start);
      if (rate === null) continue;
      if (rate) {
        out.push({ subject: rate, other: next, relation: HIGHER.test(m[1]) ? "higher" : "lower", word: w });
        continue;
      }
      if (!subject && !s.figs.some((f) => f.end <= w.start)) {
        const a = anaphorSubject(ctx, w.start, next) ?? labelSubject(ctx, s, w.start, next);
        if (a) out.push({ subject: a, other: next, relation: HIGHER.test(m[1]) !== isSpeedOfTime(m[1], a, next) ? "higher" : "lower", word: w });
        continue;
      }
      if (!subject) continue;
      // ("This is down 4.1 percentage points from 35.9% for the previous cohort and is now below the
      // regional figure of 33.4%": the earlier value of a change is not what "is now" below; the value
      // it changed to is, and where that is not read the comparison is left alone.)
      if (/(?<![\p{L}])(?:from|từ)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (subject.qualifiers[0]?.start ?? subject.start) - 8), subject.qualifiers[0]?.start ?? subject.start)) && /(?<![\p{L}])(?:now|hiện|hiện nay)(?![\p{L}])/u.test(ctx.lower.slice(subject.end, w.start))) {
        const c = [...findChanges(ctx), ...findReverseChanges(ctx)].find((x) => x.from === subject && x.to !== subject);
        if (!c || c.toFrom) continue;
        subject = c.to;
      }
      // ("318 households …, up 29.3% on 2022/23 (246 households) and above the target of 300": the
      // earlier value in brackets is no subject; the value it changed to is.)
      // ("47 …, up 17.5% on the 40 formed in 2022/23 and above the strategy target of at least 45": nor
      // the earlier value after "on the".)
      if (/(?<![\p{L}])(?:on|from|compared[ \t]+(?:with|to))[ \t]+the[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (subject.qualifiers[0]?.start ?? subject.start) - 20), subject.qualifiers[0]?.start ?? subject.start))) {
        const c = [...findChanges(ctx), ...findReverseChanges(ctx)].find((x) => x.from === subject && x.to !== subject);
        if (!c || c.to.end > subject.start) continue;
        subject = c.to;
      }
      if (/(?<![\p{L}])(?:on|from|than|compared[ \t]+(?:with|to)|so[ \t]+với|cùng[ \t]+kỳ)(?:[ \t]+[\p{L}\d\/–-]+){0,4}[ \t]*\([ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (subject.qualifiers[0]?.start ?? subject.start) - 40), subject.qualifiers[0]?.start ?? subject.start))) {
        const c = [...findChanges(ctx), ...findReverseChanges(ctx)].find((x) => x.from === subject && x.to !== subject);
        if (!c || c.to.end > subject.start) continue;
        subject = c.to;
      }
      // ("ranked second of the five neighbouring authorities, …, and remained above the median of
      // 4,655": the count of those ranked is no value of the subject's.)
      if (RANK_BASE.test(ctx.lower.slice(Math.max(s.start, (subject.qualifiers[0]?.start ?? subject.start) - 40), subject.qualifiers[0]?.start ?? subject.start))) continue;
      // "93.4%, well above the threshold of 80% and higher than the sector average of 90.1%": a
      // comparison joined to the one before shares its subject.
      // The figure before may be the other side of a comparison this reading could not place
      // ("This is higher than the benchmark of 61% and above our target of 62%"): no subject then.
      const k = s.figs.indexOf(subject);
      const lead = ctx.lower.slice(k > 0 ? s.figs[k - 1].end : s.start, subject.start);
      const chained = out.find((c) => c.other === subject);
      if (!chained && new RegExp(WORDS.source, "u").test(lead)) continue;
      if (chained && /^[^;.\d]{0,40}$/u.test(ctx.plainBetween(subject.end, w.start))) subject = chained.subject;
      // ("…, beating the target of 160 and below the England average of 154": a target is what the
      // value was set against, not what is compared next.)
      else if (/(?<![\p{L}])(?:target|goal|ambition|standard|threshold|mục tiêu|kế hoạch|chỉ tiêu)(?:[ \t]+(?:of|was|is|là|:))?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (subject.qualifiers[0]?.start ?? subject.start) - 24), subject.qualifiers[0]?.start ?? subject.start)) && !/(?:target|goal|mục tiêu|kế hoạch|chỉ tiêu)/u.test(ctx.lower.slice(subject.end, w.start))) continue;
      // "ahead of" reads as "higher" only after "above …, and ahead of …": alone it may mean better
      // on a measure where lower is better.
      if (m[1] === "ahead of" && !(chained && chained.relation === "higher" && /^[^;.\d]{0,12}$/u.test(ctx.lower.slice(chained.other.end, w.start)))) continue;
      const between = ctx.lower.slice(subject.end, w.start);
      // ("(2023/24: 82.9), and the proportion of inspections below the pass mark of 80 fell …": the word
      // picks out members of a new subject, it compares nothing with the figure before.)
      if (/(?<![\p{L}])(?:the|a|an)[ \t]+(?:proportion|number|share|percentage|count|rate)[ \t]+of[ \t]+(?:[\p{L}-]+[ \t]+){1,3}$/u.test(between) || /(?<![\p{L}])(?:tỷ[ \t]+lệ|số)[ \t]+(?:[\p{L}\p{M}]+[ \t]+){1,4}(?:có[ \t]+)?[\p{L}\p{M}]*[ \t]*$/u.test(between) && /(?<![\p{L}])(?:và|,)[ \t]+(?:tỷ[ \t]+lệ|số)/u.test(between)) continue;
      // ("recruited 27 students above target and has been asked to plan for 100 places": a count that ends
      // its clause "above target" is a margin over a target not stated here.)
      // ("eight cases (7.7%) above threshold and up 14.3% …": a threshold or limit not restated.)
      if (/^[ \t]+(?:(?:the|its|their|our)[ \t]+)?(?:target|plan|budget|forecast|trajectory|profile|expectations?|threshold|ceiling|limit|trigger|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|ngưỡng|định[ \t]+mức)[ \t]*(?:[,;.]|(?:and|but|và|nhưng)(?![\p{L}])|$)/u.test(ctx.lower.slice(w.end, w.end + 30))) continue;
      // (A row of a table laid out in columns says nothing of the row above it.)
      if (/\n/u.test(between) && /\|/u.test(between)) continue;
      // ("| 92.0 | Above\nSkin | 2,158 |": a word alone in a table's cell says nothing of the next row.)
      const toNext = ctx.text.slice(w.end, next.start);
      if (/\n/u.test(toNext) && (/\|/u.test(toNext) || ctx.text.slice(ctx.text.lastIndexOf("\n", w.start) + 1, w.start).includes("|"))) continue;
      // "remains 22 officers above its baseline of 2,396": a count right before the word is the gap.
      if (subject === before[before.length - 1] && /^[ \t]+[\p{L}-]+(?:[ \t]+[\p{L}-]+)?[ \t]+$/u.test(between) && !/(?:is|are|was|were|remains?|stood|stands|đạt|là|ở mức)[ \t]*$/u.test(between) && subject.kind === "number" && !isPercent(subject) && /(?:remains?|is|was|are|were|now|stood|stands)[ \t]+$/u.test(ctx.lower.slice(Math.max(s.start, subject.start - 12), subject.start))) continue;
      // ("…, bằng 35,2% dự toán; tỷ lệ giải ngân … cao hơn …": past the semicolon, the rate of the plan
      // named by its own words, with no figure of its own, is the share of plan before it.)
      const planRate = /(?:bằng|đạt)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, subject.start - 8), subject.start)) && PLAN_RATE_AFTER.test(chained ? ctx.lower.slice(subject.end, chained.word.start) : between);
      // ("… đạt 24,2%; tỷ lệ này vẫn thấp hơn bình quân cả nước (28,7%)": the clause after ";" names the
      // value before it and nothing else.)
      const anaphorClause = /^[^;\d]*;[ \t]*(?:tỷ[ \t]+lệ[ \t]+này|con[ \t]+số[ \t]+này|mức[ \t]+này|this(?:[ \t]+(?:rate|figure|level|share))?|it)[ \t]+(?:(?:vẫn|còn|đã|still|is|was|remains|remained)[ \t]+)*$/u.test(between);
      if ((/;/.test(between) && !planRate && !anaphorClause) || between.length > 160) continue;
      // A figure of another kind right before the word is its subject ("thứ 6 … cao hơn" is fine: ordinals are not figures).
      // Durations ("fifteen months after graduating") are not rival subjects.
      // The difference stated for the change that ends at the subject ("rose from 45.6% … to 48.9%, an
      // increase of 3.3 percentage points, and is now above …") only explains it.
      const explains = new Set<Figure>();
      if (s.figs.some((f) => f.start > subject.end && f.end <= w.start && f.unit === "pp")) {
        // ("78,4%, tăng 1,6 điểm phần trăm so với cùng kỳ (76,8%)": a change told after its end value too.)
        for (const c of [...findChanges(ctx), ...findReverseChanges(ctx)]) {
          if (c.to === subject) for (const x of c.stated) explains.add(x.figure);
          // "Performance improved from 68.9% in 2022/23, an improvement of 2.9 percentage points, and
          // was higher than …": what is compared is the value it improved to (told before).
          else if (c.from === subject && c.to.end <= subject.start && c.stated.length && /^(?:[^;\d]|(?:19|20)\d\d(?:[\/–-]\d{2,4})?)*$/u.test(ctx.lower.slice(c.stated[c.stated.length - 1].figure.end, w.start).replace(/^[^,]*,/u, ","))) {
            for (const x of c.stated) explains.add(x.figure);
            subject = c.to;
          }
          // ("rose to 81.7% …, up 3.8 percentage points on the 2018/19 cohort (77.9%), and is above the
          // target of 80%": the base in its bracket closes the change; what is compared is where it went.)
          else if (c.from === subject && c.to.end <= subject.start && /\([ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, subject.start - 3), subject.start)) && /^[ \t]*\)[ \t]*,?[ \t]*(?:and|và)[^;\d]*$/u.test(ctx.lower.slice(subject.end, w.start))) {
            for (const x of c.stated) explains.add(x.figure);
            subject = c.to;
          }
        }
      }
      // "đạt 66,3% kế hoạch vốn (6.913,6 tỷ đồng), thấp hơn …", "94.1% of the target (1,200), above …":
      // the whole of the subject's share, alone in its bracket right after the subject's noun, only names it.
      const own = subject;
      const named = (f: Figure) => /^[ \t]+(?:of[ \t]+)?(?:the[ \t]+|its[ \t]+|their[ \t]+)?[\p{L}][\p{L} \t'’-]{0,40}\([ \t]*$/u.test(ctx.lower.slice(own.end, f.qualifiers[0]?.start ?? f.start)) && /^[ \t]*\)[ \t]*,[ \t]*(?:(?:và|and|but|nhưng|song|vẫn|still|well|slightly|hơi|còn)[ \t]+)*(?:(?:tỷ[ \t]+trọng|tỷ[ \t]+lệ|mức|con[ \t]+số)[ \t]+(?:này|đó)[ \t]+(?:(?:vẫn|đã|là|cũng)[ \t]+)?|(?:this|that)[ \t]+(?:share|rate|proportion|figure|level)[ \t]+(?:is|was|remains|remained)?[ \t]*)?$/u.test(ctx.lower.slice(f.end, w.start));
      // ("93,4%, vượt 0,4 điểm phần trăm so với chỉ tiêu (93,0%) và thấp hơn …": the gap of an earlier
      // comparison of the same subject, with its other side, only explains it.)
      // ("28,6 triệu đồng, gấp 2,2 lần so với trước khi di chuyển (13,0 triệu đồng …), tuy nhiên vẫn thấp
      // hơn …": an earlier multiple of the same subject, with its own bracketed base, only explains it.)
      const multipleOf = (f: Figure) => {
        const g = s.figs[s.figs.indexOf(f) + 1];
        return (f.kind === "multiplier" || f.unit === "times") && !!g && g.end <= w.start && /^[^;\d]{0,60}\([ \t]*$/u.test(ctx.lower.slice(f.end, g.qualifiers[0]?.start ?? g.start)) && /^[^()]{0,40}\)/u.test(ctx.lower.slice(g.end, g.end + 42));
      };
      const gapOf = (f: Figure) => {
        const g = s.figs[s.figs.indexOf(f) + 1];
        return f.unit === "pp" && !!g && /^[ \t]*(?:so[ \t]+với|above|below|over|under|than|compared[ \t]+(?:with|to))(?![\p{L}])[^;\d]{0,60}\([ \t]*$/u.test(ctx.lower.slice(f.end, g.qualifiers[0]?.start ?? g.start));
      };
      // ("chiếm 29,6% trong tổng số 318 công trình được kiểm tra, thấp hơn năm 2023 (24,2%)": the base a share
      // names right after it only says what it is of.)
      const baseOfShare = (f: Figure) => isPercent(own) && /^[ \t]*(?:(?:trong|của|trên)[ \t]+(?:tổng[ \t]+)?số|of[ \t]+(?:the[ \t]+|all[ \t]+)?(?:total[ \t]+)?)[ \t]*$/u.test(ctx.lower.slice(own.end, f.qualifiers[0]?.start ?? f.start)) && /^[^;\d()]{0,60},[ \t]*$/u.test(ctx.lower.slice(f.end, w.start));
      if (s.figs.some((f) => f.start > subject.end && f.end <= w.start && !comparableTo(f, next) && f.kind !== "fraction" && !DURATION.test(f.noun ?? "") && !explains.has(f) && !named(f) && !gapOf(f) && !baseOfShare(f) && !(aside && f.start > aside.open && f.end <= aside.close) && !multipleOf(f))) continue;
      // ("8 minutes 51 seconds, 9 seconds slower than …": a duration right before the word, after a
      // comma that follows another figure, is the gap, not the value.)
      // ("2 ngày, nhanh hơn quy định 1 ngày": after a named base, a duration may be the gap itself.)
      if (isSpeedOfTime(m[1], subject, next) && !/(?:\(|(?<![\p{L}])(?:the|là|of|mức|với))[ \t]*$/u.test(ctx.lower.slice(w.end, next.qualifiers[0]?.start ?? next.start))) continue;
      const ks = s.figs.indexOf(subject);
      if (TIME_UNIT.test(subject.noun ?? "") && /^[ \t]+[\p{L}]+[ \t]+$/u.test(ctx.lower.slice(subject.end, w.start)) && ks > 0 && /^[ \t]*(?:[\p{L}]+[ \t]*)?,[ \t]*$/u.test(ctx.lower.slice(s.figs[ks - 1].end, subject.start))) continue;
      // ("… 542,5 ha/năm trong 2 năm 2024–2025, cao hơn tốc độ bình quân của 3 năm qua": a period a
      // rate is over is no side of the comparison.)
      const period = (f: Figure) => DURATION.test(f.noun ?? "") && (/(?<![\p{L}])(?:trong|qua|in|over|during|across|within)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 8), f.qualifiers[0]?.start ?? f.start)) || (/(?<![\p{L}])(?:của|of[ \t]+the[ \t]+(?:past|last))[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 16), f.qualifiers[0]?.start ?? f.start)) && /^[ \t]+(?:năm|tháng|years?|months?)?[ \t]*(?:qua|vừa qua|trước)?/u.test(ctx.lower.slice(f.end, f.end + 12)) && /(?:qua|past|last)/u.test(ctx.lower.slice(Math.max(s.start, f.start - 16), f.end + 12))));
      if (period(subject) || period(next)) continue;
      // ("9 minutes 14 seconds, faster than … (10 minutes 5 seconds)": one unit of a duration written in two
      // is no side of the comparison.)
      const twoUnits = (f: Figure) => /\d[ \t]+(?:hours?|minutes?|mins?|giờ|phút)[ \t]+(?:and[ \t]+|và[ \t]+)?$/u.test(ctx.lower.slice(Math.max(0, f.start - 16), f.qualifiers[0]?.start ?? f.start)) || /^[ \t]+(?:hours?|minutes?|mins?|giờ|phút)[ \t]+(?:and[ \t]+|và[ \t]+)?\d{1,2}[ \t]+(?:seconds?|secs?|minutes?|mins?|giây|phút)(?![\p{L}])/u.test(ctx.lower.slice(f.end, f.end + 30));
      if (twoUnits(subject) || twoUnits(next)) continue;
      // ("… 68,4 triệu đồng và … 74,9 triệu đồng, lần lượt cao hơn mức chung … 5,7 triệu đồng và 12,2
      // triệu đồng": gaps told respectively, not the values compared.)
      if (/(?<![\p{L}])(?:lần[ \t]+lượt|respectively|tương[ \t]+ứng)(?![\p{L}])/u.test(ctx.lower.slice(subject.end, next.start)) || /^[^.;\d]{0,40}(?<![\p{L}])(?:respectively|lần[ \t]+lượt)(?![\p{L}])/u.test(ctx.lower.slice(next.end, next.end + 60))) continue;
      out.push({ subject, other: next, relation: HIGHER.test(m[1]) !== isSpeedOfTime(m[1], subject, next) ? "higher" : "lower", word: w });
    }
    return gaps();
  });
}

/** A bracket closing just before a comparison's word (", below …"), with no other bracket in it. */
function asideBracket(ctx: UnitContext, floor: number, at: number): { open: number; close: number } | undefined {
  const m = /\)[ \t]*,[ \t]*(?:(?:and|but|still|well|slightly|và|nhưng|vẫn|còn)[ \t]+)*$/u.exec(ctx.lower.slice(Math.max(floor, at - 24), at));
  if (!m) return undefined;
  const close = Math.max(floor, at - 24) + m.index;
  const open = ctx.lower.lastIndexOf("(", close);
  if (open < floor || close - open > 160 || /[()]/u.test(ctx.lower.slice(open + 1, close))) return undefined;
  // ("Ward A (84.6%), below the target of 90%": a bracket of one figure may hold the value itself.)
  // (A range is two figures: "(interquartile range £23,000 to £31,000)".)
  const inside = (ctx.sentences[ctx.sentenceIndexAt(open)]?.figs ?? []).filter((f) => f.start > open && f.end <= close).reduce((n, f) => n + (f.kind === "range" ? 2 : 1), 0);
  if (inside < 2) return undefined;
  return { open, close };
}

const AGAINST = /^[^;\d]{0,40}?(?<![\p{L}])(?:against|versus|vs\.?|compared[ \t]+(?:with|to)|so[ \t]+với)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:[\p{L}-]+[ \t]+){0,3}?\(?[ \t]*$/u;
const THEN_TIMES = /^(?:[ \t]+[\p{L}-]+){0,5}?[ \t]*\)?[ \t]*(?:,|\()[ \t]*(?:or|i\.e\.|that is|hay|tức|tức là|gấp|about|some)?[ \t]*$/u;
const WORD_TIMES = /^([ \t]+times)[ \t]+as[ \t]+(?:much|many|high|large|great|big)(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+as(?![\p{L}])/u;
/** "24 schools, three times as many school partners as last year (12)": the other side in brackets after its period. */
const TIMES_BRACKET = /^[ \t]+as[ \t]+(?:much|many|high|large|great|big)(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+as[ \t]+(?:(?:last|the[ \t]+previous|the[ \t]+prior)[ \t]+(?:year|quarter|month|term|season)|in[ \t]+(?:fy[ \t]?)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?)[ \t]*\([ \t]*$/u;
/** "…, three times as many as in 2022-23, when 4,930 hours were recorded": the other side after its period. */
const TIMES_WHEN = /^[ \t]+as[ \t]+(?:much|many|high|large|great|big)[ \t]+as[ \t]+(?:in|during|at|for)[ \t]+(?:the[ \t]+)?(?:[\p{L}]+[ \t]+){0,3}?(?:fy[ \t]?)?(?:(?:19|20)\d\d(?:[\/–-]\d{2,4})?|year|quarter)[ \t]*,[ \t]*when[ \t]+(?:there[ \t]+(?:were|was)[ \t]+|(?:it|they|we)[ \t]+(?:was|were|had|recorded|received|gave|welcomed)[ \t]+)?$/u;
const TIMES_TAIL = /^[ \t]*(?:as[ \t]+(?:much|many|high|large|great|big)|\)|[.,;]|$)/u;
// "seven times as many riders as RapidLine (7.54 million)": the other named, its value in brackets.
const TIMES_NAMED = /^[ \t]+as[ \t]+(?:much|many|high|large|great|big)(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+as[ \t]+(?:[\p{L}][\p{L}'’-]*[ \t]+){0,3}?[\p{L}][\p{L}'’-]*[ \t]*\([ \t]*$/u;
const AT_LEAST_BEFORE = /(?<![\p{L}])(?:more[ \t]+than|over|upwards[ \t]+of|at[ \t]+least)[ \t]+$/u;
const TIMES_THE = /^[ \t]+(?:(?:as[ \t]+(?:much|many|high|large|great|big)[ \t]+as|that[ \t]+of|those[ \t]+of)[ \t]+)?(?:the|its|their|our)[ \t]+(?:(?:[\p{L}'’-]+|(?:19|20)\d\d(?:[\/–-]\d{2,4})?)[ \t]+){0,4}?\(?[ \t]*$/u;

const FOLLOWED = /(?<![\p{L}])(?:followed[ \t]+by|tiếp[ \t]+theo[ \t]+là|tiếp[ \t]+đến[ \t]+là|kế[ \t]+đến[ \t]+là)(?![\p{L}])/gu;
const SUPERLATIVE = /(?<![\p{L}])(largest|biggest|highest|greatest|fastest|strongest|the[ \t]+most|smallest|lowest|slowest|weakest|the[ \t]+fewest|the[ \t]+least|lớn[ \t]+nhất|cao[ \t]+nhất|nhiều[ \t]+nhất|nhanh[ \t]+nhất|nhỏ[ \t]+nhất|thấp[ \t]+nhất|ít[ \t]+nhất|chậm[ \t]+nhất)(?![\p{L}])/gu;
const SUPER_LOW = /^(?:smallest|lowest|slowest|weakest|the[ \t]+fewest|the[ \t]+least|nhỏ[ \t]+nhất|thấp[ \t]+nhất|ít[ \t]+nhất|chậm[ \t]+nhất)$/u;
const SUPER_SPEED = /^(?:fastest|slowest|nhanh[ \t]+nhất|chậm[ \t]+nhất)$/u;
/** Words that bring in another measure than the one the superlative ranks by. */
const OTHER_MEASURE = /(?<![\p{L}])(?:growth|grew|grow|rose|risen|fell|fallen|increase|increased|decrease|decreased|contribut\p{L}*|change|up|down|than|compared|tăng|giảm|đóng góp|so với)(?![\p{L}])/u;

/**
 * "wholesale and retail trade was the largest branch (11.4% of GDP), followed by real estate
 * activities (8.9%)", "grew fastest, at 4.6%, followed by Valmir at 4.1%": the first named is at
 * least each one that follows (at most, after "smallest", "lowest").
 */
export function findRankedLists(ctx: UnitContext): Comparison[] {
  return ctx.memo("ranked-lists", () => {
    const out: Comparison[] = [];
    FOLLOWED.lastIndex = 0;
    for (let m = FOLLOWED.exec(ctx.lower); m; m = FOLLOWED.exec(ctx.lower)) {
      const s = ctx.sentences[ctx.sentenceIndexAt(m.index)];
      if (!s) continue;
      const base = Math.max(s.start, m.index - 200);
      const head = ctx.lower.slice(base, m.index);
      const from = Math.max(head.lastIndexOf(";"), head.lastIndexOf(":")) + 1;
      let sup: RegExpExecArray | null = null;
      SUPERLATIVE.lastIndex = 0;
      for (let x = SUPERLATIVE.exec(head); x; x = SUPERLATIVE.exec(head)) if (x.index >= from) sup = x;
      if (!sup) continue;
      const supStart = base + sup.index;
      const supEnd = supStart + sup[0].length;
      // The leader: one figure (or an amount and its bracketed share) between the superlative and "followed by".
      const first = firstAtOrAfter(s.figs, supEnd);
      const leaders: Figure[] = [];
      for (let j = first; j < s.figs.length && s.figs[j].end <= m.index && leaders.length < 3; j++) leaders.push(s.figs[j]);
      if (!leaders.length || leaders.length > 2) continue;
      if (leaders.length === 2 && (comparableTo(leaders[0], leaders[1]) || !/^[ \t]*\($/.test(ctx.lower.slice(leaders[0].end, leaders[1].start)))) continue;
      if (leaders[0].start - supEnd > 50) continue;
      if (leaders.some((f) => f.kind === "range" || f.kind === "fraction" || f.kind === "multiplier" || f.unit === "pp")) continue;
      const region = ctx.lower.slice(supEnd, m.index);
      if (/[;]/.test(region) || (!SUPER_SPEED.test(sup[1]) && OTHER_MEASURE.test(region))) continue;
      // The followers: figures of a leader's kind up to the clause's end, or a word that turns away.
      const rest = ctx.lower.slice(m.index, Math.min(s.end, m.index + 300));
      const stop = rest.search(/;|(?<![\p{L}])(?:while|whereas|but|compared|against|than|although|from|rose|risen|fell|fallen|grew|grown|up|down|increased?|decreased?|growth|so với|trong khi|còn|tăng|giảm|từ)(?![\p{L}])/u);
      const end = m.index + (stop < 0 ? rest.length : stop);
      const relation = SUPER_LOW.test(sup[1]) ? "lower" : "higher";
      for (let j = firstAtOrAfter(s.figs, m.index); j < s.figs.length && s.figs[j].end <= end; j++) {
        const f = s.figs[j];
        const lead = leaders.find((l) => comparableTo(l, f));
        if (!lead) continue;
        out.push({ subject: lead, other: f, relation, word: { start: supStart, end: supEnd }, ranked: true });
      }
    }
    return out;
  });
}

const EXTREME = /(?<![\p{L}])(dẫn đầu|cao nhất|lớn nhất|nhiều nhất|highest|largest|biggest|greatest|lowest|smallest|thấp nhất|nhỏ nhất)(?![\p{L}])/gu;
const EXTREME_LOW = /^(?:lowest|smallest|thấp nhất|nhỏ nhất)$/u;

/**
 * "dẫn đầu là thị xã Phú An (71,3%), thấp nhất là huyện Sơn Lâm (32,8%)", "the highest rate was in
 * Eastern (84%) and the lowest in Northern (61%)": the highest named is above the lowest named.
 */
export function findExtremes(ctx: UnitContext): Comparison[] {
  return ctx.memo("extremes", () => {
    const out: Comparison[] = [];
    if (!mayMatch(EXTREME, ctx.lower)) return out;
    EXTREME.lastIndex = 0;
    let prev: { m: RegExpExecArray; fig: Figure } | undefined;
    for (let m = EXTREME.exec(ctx.lower); m; m = EXTREME.exec(ctx.lower)) {
      const s = ctx.sentences[ctx.sentenceIndexAt(m.index)];
      const end = m.index + m[0].length;
      const k = s ? firstAtOrAfter(s.figs, end) : -1;
      const fig = s && k < s.figs.length ? s.figs[k] : undefined;
      // ("… the highest claimant rate … and Stockton the lowest of the four local authorities": the
      // figure after another extreme, or the count of those ranked, is no value of this one.)
      const gap = fig ? ctx.lower.slice(end, fig.qualifiers[0]?.start ?? fig.start) : "";
      // ("thấp hơn đơn vị dẫn đầu 392,85 điểm": the extreme named as what is compared with; the figure is the gap.)
      const cur = fig && fig.start - end <= 60 && !/(?<![\p{L}])(?:hơn|than|so[ \t]+với|compared[ \t]+(?:with|to))(?![\p{L}])[^,;.\d]{0,30}$/u.test(ctx.lower.slice(Math.max(0, m.index - 40), m.index)) && !/[;,.]/.test(gap.replace(/\([ \t]*$/, "")) && !/(?<![\p{L}])(?:highest|lowest|largest|smallest|nhất)(?![\p{L}])/u.test(gap) && !/(?<![\p{L}])(?:of|among|amongst|trong|trong số|out of)(?:[ \t]+(?:the|all|các))?[ \t]*$/u.test(gap) && (fig.kind === "number" || fig.kind === "percent") && fig.unit !== "pp" ? { m, fig } : undefined;
      if (cur && prev && EXTREME_LOW.test(prev.m[1]) !== EXTREME_LOW.test(m[1]) && ctx.sentenceIndexAt(prev.m.index) === ctx.sentenceIndexAt(m.index) && comparableTo(prev.fig, fig!)) {
        const between = ctx.lower.slice(prev.fig.end, m.index);
        const s2 = s!;
        const lead1 = ctx.lower.slice(prev.m.index, prev.fig.start);
        const lead2 = ctx.lower.slice(m.index, fig!.start);
        // ("thấp nhất là huyện An Trạch (62,9%), cũng là đơn vị có tỷ lệ hồ sơ quá hạn cao nhất (5,3%)": the
        // same unit "also" at the other end of another measure.)
        if (between.length <= 80 && !/[;]/.test(between) && !/(?<![\p{L}])(?:cũng|also|đồng thời|which (?:also )?had|có tỷ lệ|with the|nhưng|song|but|whereas|while|yet)(?![\p{L}])/u.test(between) && ![between, lead1, lead2].some((t) => OTHER_MEASURE.test(t)) && !s2.figs.some((f) => f.start >= prev!.fig.end && f.end <= m.index)) {
          out.push({ subject: prev.fig, other: fig!, relation: EXTREME_LOW.test(prev.m[1]) ? "lower" : "higher", word: { start: prev.m.index, end: prev.m.index + prev.m[0].length }, ranked: true });
        }
      }
      prev = cur;
    }
    return out;
  });
}

/** The qualifier written between the comma of an aside and its multiple (", more than three times
 * the …", ", nearly double the …", ", gần gấp đôi …"), which the figure reader leaves unattached to
 * multiples in words. */
const ASIDE_QUALIFIER = /,[ \t]*(?:(more[ \t]+than|over|well[ \t]+over|just[ \t]+over|upwards[ \t]+of|at[ \t]+least|hơn)|(nearly|almost|close[ \t]+to|just[ \t]+under|not[ \t]+quite|gần|xấp[ \t]+xỉ)|(about|around|roughly|some|approximately|khoảng))[ \t]+$/u;
/** "double the regional benchmark", "treble that of 2022": a multiple as a verb-less word, read here
 * as the multiplier it states (only before "the/that/those/its/their", where it cannot be a verb's object). */
const DOUBLE_WORD = /(?<![\p{L}])(double|triple|treble|quadruple|twice)(?=[ \t]+(?:the|that|those|its|their|as[ \t]+(?:much|many|high|large|great|big)[ \t]+as)(?![\p{L}]))/gu;
const DOUBLE_VALUE: Record<string, string> = { double: "2", triple: "3", treble: "3", quadruple: "4", twice: "2" };

function withDoubles(ctx: UnitContext, s: { start: number; end: number; figs: Figure[] }): Figure[] {
  const text = ctx.lower.slice(s.start, s.end);
  if (!/double|triple|treble|quadruple|twice/u.test(text)) return s.figs;
  const extra: Figure[] = [];
  for (const m of text.matchAll(DOUBLE_WORD)) {
    const start = s.start + m.index!;
    const end = start + m[0].length;
    if (s.figs.some((f) => f.start < end && f.end > start)) continue;
    const word = ctx.text.slice(start, end);
    extra.push({ id: 0, kind: "multiplier", start, end, text: word, noun: "times", value: { start, end, text: word, exact: DOUBLE_VALUE[m[1]], decimals: 0, whole: true }, qualifiers: [], words: true } as Figure);
  }
  return extra.length ? [...s.figs, ...extra].sort((a, b) => a.start - b.start) : s.figs;
}

export function findMultiples(ctx: UnitContext): Multiple[] {
  return ctx.memo("multiples", () => {
    const out: Multiple[] = [];
    for (const s0 of ctx.sentences) {
      const s = { start: s0.start, end: s0.end, figs: withDoubles(ctx, s0) };
      for (let k = 0; k < s.figs.length; k++) {
        let t = s.figs[k];
        // "three times as many as the 32 calls": a number counting "times" before "as many as".
        const wordTimes = t.kind === "number" && t.noun === "times" ? WORD_TIMES.exec(ctx.lower.slice(t.end, t.end + 40)) : null;
        // "five times the 2023 level (16.3 kg)", "five times the 16.3 kg seized in 2023": a multiple in words.
        const timesThe = !wordTimes && t.kind === "number" && t.noun === "times" && t.value && !t.value.decimals ? /^[ \t]+times(?=[ \t]+(?:the|that|those)(?![\p{L}]))/u.exec(ctx.lower.slice(t.end, t.end + 20)) : null;
        if (timesThe) t = { ...t, kind: "multiplier", end: t.end + timesThe[0].length, text: ctx.text.slice(t.start, t.end + timesThe[0].length) };
        if (t.kind !== "multiplier" && !wordTimes) continue;
        // "486 hộ nuôi lươn và 312 hộ nuôi ếch, lần lượt gấp 2,8 lần và 2,2 lần so với năm 2021 (172 hộ và
        // 145 hộ)": two subjects, two multiples and two bases, taken in order; no other pairing is read.
        if (k >= 2 && /(?<![\p{L}])(?:lần[ \t]+lượt|respectively)(?![\p{L}])/u.test(ctx.lower.slice(s.figs[k - 1].end, t.start))) {
          const [a1, a2, t2, b1, b2] = [s.figs[k - 2], s.figs[k - 1], s.figs[k + 1], s.figs[k + 2], s.figs[k + 3]];
          const joined = (x?: Figure, y?: Figure) => !!x && !!y && /^[^\d;.()]{0,40}(?:và|and)[ \t]+(?:gấp[ \t]+)?$/u.test(ctx.lower.slice(x.end, y.qualifiers[0]?.start ?? y.start));
          if (t2?.kind === "multiplier" && joined(a1, a2) && joined(t, t2) && joined(b1, b2) && [a1, a2, b1, b2].every((x) => sameKind(x, a1)) && /\([ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, b1.start - 3), b1.start))) {
            out.push({ subject: a1, other: b1, times: t }, { subject: a2, other: b2, times: t2 });
            k += 3;
          }
          continue;
        }
        if (wordTimes) t = { ...t, end: t.end + wordTimes[1].length, text: ctx.text.slice(t.start, t.end + wordTimes[1].length) };
        const tq = t.qualifiers[0]?.start ?? t.start;
        // "US$212 against US$96, or 2.2 times as much", "212 USD so với 96 USD, gấp 2,2 lần": both
        // sides first, then the multiple.
        if (k >= 2) {
          const [a, b] = [s.figs[k - 2], s.figs[k - 1]];
          if (sameKind(a, b) && AGAINST.test(ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start)) && THEN_TIMES.test(ctx.lower.slice(b.end, tq)) && TIMES_TAIL.test(ctx.lower.slice(t.end, Math.min(s.end, t.end + 20)))) {
            out.push({ subject: a, other: b, times: t });
            continue;
          }
        }
        // ("9.4p per mile compared with 21.8p per mile for a diesel equivalent, so the diesel van costs 2.3 times
        // as much to fuel": nothing after "as much", and two figures of one kind set against each other before
        // it; whichever the subject names, the larger is the multiple of the smaller.)
        if (k >= 2 && !!t.value && new D(t.value.exact).gt(1) && !t.qualifiers.length && !/(?<![\p{L}])(?:more[ \t]+than|over|at[ \t]+least|nearly|almost|about|around|roughly|some|up[ \t]+to|less[ \t]+than|under|well[ \t]+over)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, tq - 16), tq)) && !s.figs.some((f) => f.start > t.end) && /^[ \t]+as[ \t]+(?:much|many|high|large|great|long|often|likely)(?![\p{L}])/u.test(ctx.lower.slice(t.end, t.end + 20))) {
          const two = s.figs.slice(0, k).filter((f) => f.kind === "number" && !!f.value && !f.qualifiers.length);
          if (two.length === 2 && sameKind(two[0], two[1]) && /(?<![\p{L}])(?:compared[ \t]+(?:with|to)|against|versus|vs\.?|while|whereas|than)(?![\p{L}])/u.test(ctx.lower.slice(two[0].end, two[1].start))) {
            const [big, small] = new D(two[0].value!.exact).gte(two[1].value!.exact) ? [two[0], two[1]] : [two[1], two[0]];
            out.push({ subject: big, other: small, times: t });
            continue;
          }
        }
        // "$4.7 billion in the first half, about 2.5 times the $1.9 billion recorded a year
        // earlier": the multiple as an aside after the value, "the" (or "that of") before the other.
        const qual = t.qualifiers.length ? null : ASIDE_QUALIFIER.exec(ctx.lower.slice(Math.max(s.start, tq - 24), tq));
        const aside = (/,[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, tq - 3), tq)) || !!qual) && k + 1 < s.figs.length && (TIMES_THE.test(ctx.lower.slice(t.end, s.figs[k + 1].qualifiers[0]?.start ?? s.figs[k + 1].start)) || ((wordTimes !== null || !!t.words) && (TIMES_WHEN.test(ctx.lower.slice(t.end, s.figs[k + 1].qualifiers[0]?.start ?? s.figs[k + 1].start)) || (TIMES_BRACKET.test(ctx.lower.slice(t.end, s.figs[k + 1].qualifiers[0]?.start ?? s.figs[k + 1].start)) && /^[ \t]*\)/u.test(ctx.lower.slice(s.figs[k + 1].end, s.figs[k + 1].end + 3))))));
        // "more than seven times as many riders as RapidLine (7.54 million)".
        if (!aside && wordTimes !== null && k >= 1 && k + 1 < s.figs.length && /,[ \t]*(?:(?:more[ \t]+than|over|upwards[ \t]+of|at[ \t]+least)[ \t]+)?$/u.test(ctx.lower.slice(Math.max(s.start, tq - 20), tq)) && TIMES_NAMED.test(ctx.lower.slice(t.end, s.figs[k + 1].qualifiers[0]?.start ?? s.figs[k + 1].start)) && /^[ \t]*\)/u.test(ctx.lower.slice(s.figs[k + 1].end, s.figs[k + 1].end + 3))) {
          const [a, b] = [s.figs[k - 1], s.figs[k + 1]];
          if (sameKind(a, b) && a.kind === "number" && !/[;]/.test(ctx.lower.slice(a.end, tq))) out.push({ subject: a, other: b, times: t, atLeast: AT_LEAST_BEFORE.test(ctx.lower.slice(Math.max(s.start, tq - 20), tq)) });
          continue;
        }
        if (!aside && !/(?:gấp|bằng|is|was|were|are)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, tq - 12), tq)) && !(t.words && /^gấp/u.test(t.text.toLowerCase()))) continue;
        // ("7,2 triệu đồng/trường hợp (bằng 20 lần mức chuẩn), tổng kinh phí …": a multiple in a bracket that
        // names its other side in words only compares with nothing stated.)
        const open = ctx.lower.lastIndexOf("(", tq);
        if (open >= s.start && !ctx.lower.slice(open, tq).includes(")")) {
          const close = ctx.lower.indexOf(")", t.end);
          if (close > 0 && close < s.end && !s.figs.some((f) => f.start > t.end && f.end <= close)) continue;
        }
        // ("gấp 1,6 lần 6 tháng đầu năm 2020 (784,2 triệu USD)": a count of months that names a period is no side.)
        const periodName = (f: Figure) => f.kind === "number" && !f.unit && /^(?:tháng|quý|tuần|months?|quarters?|weeks?)(?: |$)/u.test(f.noun ?? "") && /^[ \t]+(?:tháng|quý|tuần|months?|quarters?|weeks?)[ \t]+(?:đầu|cuối|of|to|ending|first|last|năm)/u.test(ctx.lower.slice(f.end, f.end + 20));
        const after = s.figs.find((f) => f.start > t.end && f.kind !== "multiplier" && !periodName(f));
        // ("3.8 times as likely to be searched per 1,000 population": the base of a rate is no other side.)
        if (after && /(?<![\p{L}])(?:per|mỗi|trên)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, after.start - 8), after.start)) && /^10{2,}$/u.test(after.text.replace(/[.,\s]/gu, ""))) continue;
        // "214 homes sold for more than $1 million, twice as many as the 107 …": the subject is the
        // nearest figure of the other side's kind, past a figure that only describes it.
        // ("…, bằng 66,7% mức bình quân chung của tỉnh (42,6 triệu đồng) và gấp 1,65 lần năm 2020 (…)":
        // a base in its bracket belongs to the comparison before; the subject stands outside.)
        const bracketed = (f: Figure) => /(?:(?<![\p{L}])(?:so với|compared (?:with|to)|against|bằng|equal to|than|hơn)[^();]{0,50}|(?<![\p{L}])from[ \t]+(?:the[ \t]+)?(?:(?:19|20)\d\d|fy|q[1-4]|last|previous|prior|same|a[ \t]+year|baseline|base)[^();]{0,40}|(?<![\p{L}])(?:kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+toán|target|plan|budget)(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]*|(?:năm|in)[ \t]+(?:19|20)\d\d[ \t]*|cùng kỳ(?:[ \t]+năm[ \t]+trước)?[ \t]*)\([ \t]*$/u.test(ctx.plainBetween(Math.max(s.start, (f.qualifiers[0]?.start ?? f.start) - 60), f.qualifiers[0]?.start ?? f.start)) && /^[^()]{0,30}\)/u.test(ctx.lower.slice(f.end, f.end + 32));
        // ("… vượt kế hoạch (1.200 triệu USD), gấp 1,6 lần năm 2020": nor does a plan in its bracket.)
        // ("62,8 triệu đồng (năm 2023: 58,4 triệu đồng; năm 2022: 53,6 triệu đồng), gấp 1,38 lần năm 2020", "£0.84m
        // (2023/24: £0.61m; 2022/23: £0.48m), double …": earlier years' figures in their bracket hold no side.)
        const priorYear = (f: Figure) => inPriorBracket(ctx, f, s.start);
        // ("5,1 doanh nghiệp/1.000 dân (dân số trung bình 1.922 nghìn người), bằng khoảng 0,6 lần …": a
        // bracket that glosses the figure before it holds no side.)
        // ("7 giống cây trồng mới (5 giống lúa, 2 giống ngô), gấp 1,75 lần …": every item of the bracket glosses it.)
        const gloss = (f: Figure) => { const k = s.figs.indexOf(f); const lead = k > 0 ? ctx.lower.slice(s.figs[k - 1].end, f.start) : ""; if (k > 0 && /^[^,;()]*\([^()]*$/u.test(lead) && /^[^()]*\)/u.test(ctx.lower.slice(f.end, t.start))) return true; const open = ctx.lower.lastIndexOf("(", f.start); return open > s.start && !ctx.lower.slice(open, f.start).includes(")") && /^[^()]*\)/u.test(ctx.lower.slice(f.end, t.start)) && s.figs.some((g) => g.end <= open && /^[ \t\p{L}\p{M}]*$/u.test(ctx.lower.slice(g.end, open))); };
        // ("290.2 devices per 100,000 residents, 2.8 times …": the base of a rate is no side either.)
        const rateBase = (f: Figure) => /(?:(?<![\p{L}])(?:per|mỗi|trên)[ \t]*|\/[ \t]*)$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 8), f.start)) && /^10{2,}$/u.test(f.text.replace(/[.,\s]/gu, ""));
        // ("48.620 tài khoản, tăng 15.310 tài khoản so với … và gấp 3,1 lần năm 2022": a change's size is no side.)
        const changeSize = (f: Figure) => tq - f.end <= 200 && /(?<![\p{L}])(?:tăng|giảm|up|down|by)(?:[ \t]+thêm)?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (f.qualifiers[0]?.start ?? f.start) - 12), f.qualifiers[0]?.start ?? f.start)) && /^[^,;]*(?<![\p{L}])(?:và|and)[ \t]+(?:(?:is|was|are|were|là)[ \t]+)?(?:gấp[ \t]*)?$/u.test(ctx.plainBetween(f.end, tq).replace(/\([^()]*\)/gu, ""));
        // ("6.215 hộ, tăng 1.412 hộ, gấp 1,3 lần năm 2023 (4.803 hộ)", "6,215, up 1,412, 1.3 times the 2023
        // figure": a change told as an aside of the level before it, the multiple a second aside of that
        // level; without the level right before, the multiple's subject is not stated.)
        const asideChange = (f: Figure) => tq - f.end <= 80 && /(?<![\p{L}])(?:tăng|giảm|up|down)(?:[ \t]+(?:thêm|by))?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (f.qualifiers[0]?.start ?? f.start) - 12), f.qualifiers[0]?.start ?? f.start)) && /^[ \t]*(?:[\p{L}\p{M}]+[ \t]*){0,3}?(?:(?:so[ \t]+với|on|compared[ \t]+(?:with|to)|from)[^,;]{0,30})?,[ \t]*(?:(?:gấp|or|about|some|nearly|almost|more[ \t]+than|over|hơn|khoảng|gần|tức|tương[ \t]+đương)[ \t]*)*$/u.test(ctx.plainBetween(f.end, tq).replace(/\([^()]*\)/gu, "") + (t.words && /^gấp/u.test(t.text.toLowerCase()) ? "gấp" : ""));
        const levelOf = (f: Figure) => { const p = s.figs[s.figs.indexOf(f) - 1]; return p && p.kind !== "multiplier" && (sameKind(p, f) || isPercent(f)) && /^[^,;()]{0,40},[ \t]*(?:tăng|giảm|up|down)(?:[ \t]+(?:thêm|by))?[ \t]*$/u.test(ctx.lower.slice(p.end, f.qualifiers[0]?.start ?? f.start)) ? p : undefined; };
        const nearAny = [...s.figs].reverse().find((f) => f.end < t.start && f.kind !== "multiplier" && !bracketed(f) && !priorYear(f) && !periodName(f) && !gloss(f) && !rateBase(f));
        if (nearAny && asideChange(nearAny) && !levelOf(nearAny)) continue;
        // (Past a change's size, only within its clause: "…, vượt 12,46 tỷ đồng; tăng 8,7% … và gấp 1,9 lần".)
        const near0 = nearAny && asideChange(nearAny) ? levelOf(nearAny) : nearAny && changeSize(nearAny) ? [...s.figs].reverse().find((f) => f.end < nearAny.start && f.kind !== "multiplier" && !bracketed(f) && !gloss(f) && !rateBase(f) && !changeSize(f) && !/;/u.test(ctx.lower.slice(f.end, t.start))) : nearAny;
        // ("1,464 deployment sessions at 71 approved mobile sites, 1.5 times the 976 sessions": the side
        // of the other's own noun, past a count of where.)
        const afterFig = s.figs.find((f) => f.start > t.end && f.kind !== "multiplier");
        const ofNoun = near0 && afterFig?.noun && !/^(?:năm|tháng|ngày|tuần|quý|years?|months?|days?|weeks?|quarters?)(?: |$)/u.test(afterFig.noun) && near0.noun && !sameNoun(near0.noun, afterFig.noun) && !sameNoun(afterFig.noun, near0.noun) ? [...s.figs].reverse().find((f) => f.end <= near0.start && t.start - f.end <= 100 && f.kind === "number" && !!f.noun && sameNoun(f.noun, afterFig.noun!) && sameKind(f, afterFig) && !/[;]/u.test(ctx.lower.slice(f.end, t.start))) : undefined;
        const near = ofNoun ?? near0;
        // ("… đã ký kết 17 hợp đồng xuất khẩu với tổng trị giá 8,7 triệu USD; số hợp đồng xuất khẩu ký kết gấp
        // 3,4 lần năm 2023 (7 hợp đồng)": a clause that names the count by "số" and its noun is of it.)
        const namedAgain = (f: Figure) => { const semi = ctx.lower.lastIndexOf(";", t.start); const head = (f.noun ?? "").split(" ")[0]; return semi > f.end && !!head && !!after && (after.noun ?? "").split(" ")[0] === head && new RegExp(`^[ \\t]*(?:tổng[ \\t]+)?số[ \\t]+${head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(ctx.lower.slice(semi + 1, t.start)) && !/;/u.test(ctx.lower.slice(f.end, semi)); };
        const before = near && after && !sameKind(near, after) ? [...s.figs].reverse().find((f) => f.end < near.start && f.kind !== "multiplier" && sameKind(f, after) && !priorYear(f) && t.start - f.end <= 160 && (!/[;]/.test(ctx.lower.slice(f.end, t.start)) || namedAgain(f))) : near;
        if (!after || !before || !sameKind(before, after)) continue;
        // ("Compliance checks rose by 186 (2022/23: 1,020), and defect notices were 1.4 times the 2022/23
        // number (114)", "số mô hình tăng 9 mô hình (…), số hộ tham gia gấp 1,3 lần (năm 2023 là 2.236
        // hộ)": a clause that names a subject of its own, not the figure before nor pointing back to it,
        // multiplies a value it does not state.)
        if (newSubject(ctx, before, ctx.plainBetween(before.end, tq).replace(/\([^()]*\)/gu, ""))) continue;
        // "bình quân 12,5 tỷ đồng/mỏ; tổng giá trúng cao gấp 2,4 lần tổng giá khởi điểm (26,0 tỷ đồng)":
        // a rate per unit in the clause before is not the total the new clause names.
        if (/[;]/.test(ctx.lower.slice(before.end, t.start)) && !namedAgain(before) && (before.unit !== after.unit || /(?:average|mean|bình quân|trung bình)(?:[ \t]+of)?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (before.qualifiers[0]?.start ?? before.start) - 20), before.qualifiers[0]?.start ?? before.start)) || /^[ \t]*(?:per|each|a|mỗi)[ \t]/u.test(ctx.lower.slice(before.end, before.end + 8)))) continue;
        // (A qualifier in words is read only in an aside: "X, nearly double the Y".)
        if (qual && !aside && !(t.words && /^gấp/u.test(t.text.toLowerCase()))) continue;
        // "số thí sinh đạt điểm 10 gấp đôi năm trước", "pupils at grade 5 were twice …": a number naming
        // a score, grade or category is a label of the subject, not its value.
        if (!before.unit && LABEL_NUMBER.test(ctx.lower.slice(Math.max(s.start, (before.qualifiers[0]?.start ?? before.start) - 12), before.qualifiers[0]?.start ?? before.start))) continue;
        // ("Residents aged 75 and over are more than 12 times as likely … as those aged 15 to 34": ages say
        // who is compared.)
        if ([before, after].some((f) => !f.unit && /(?<![\p{L}])(?:aged|ages?|độ[ \t]+tuổi|từ)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 10), f.start)) && (/(?<![\p{L}])aged[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 10), f.start)) || /^[ \t]*(?:tuổi|years|and[ \t]+over|to[ \t]+\d)/u.test(ctx.lower.slice(f.end, f.end + 12))))) continue;
        const gap = ctx.lower.slice(t.end, after.start);
        // ("… 7.860 áo phao, gấp 1,28 lần tổng sức chở, và 1.245 phao tròn": the side named in words, then
        // the next item of the list.)
        // ("… 137,2 tỷ đồng, gấp 2,8 lần giá khởi điểm, chênh lệch tăng 88,6 tỷ đồng": the side named in words
        // closes its clause; a figure past the comma is another.)
        if (gap.length > 60 || /[;]/.test(gap) || /,[ \t]*(?:và|and)[ \t]/u.test(gap) || /^[ \t]+(?:so[ \t]+với[ \t]+|than[ \t]+|that[ \t]+of[ \t]+)?[\p{L}\p{M}][\p{L}\p{M} '’-]*,[ \t]*[\p{L}\p{M}]/u.test(gap)) continue;
        // ("tổ chức 5 đoàn kiểm tra; số vụ việc … tăng gấp 2 lần so với năm 2023 (từ 45 lên 90 vụ)": a
        // count of other things in the clause before is not the subject; the bracket gives both ends.)
        const fromTo = /^[^;()\d]{0,50}\([ \t]*(?:từ|from)[ \t]*$/u.test(ctx.plainBetween(t.end, after.start)) ? s.figs[s.figs.indexOf(after) + 1] : undefined;
        if (fromTo && sameKind(after, fromTo) && /^[ \t]*(?:[\p{L}\p{M}]+[ \t]+)?(?:lên|to|xuống(?:[ \t]+còn)?)[ \t]*$/u.test(ctx.lower.slice(after.end, fromTo.start))) {
          out.push({ subject: fromTo, other: after, times: t });
          continue;
        }
        if (/;/u.test(ctx.lower.slice(before.end, t.start)) && (!!before.noun !== !!after.noun || (!!before.noun && !!after.noun && before.noun.split(" ")[0] !== after.noun.split(" ")[0]))) continue;
        // ("46 sản phẩm OCOP …, gồm 9 sản phẩm 4 sao và 37 sản phẩm 3 sao, gấp 2,9 lần năm 2020 (16 sản
        // phẩm)": after a list's items the multiple may be of the whole or of the last item: left alone.)
        const clauseFrom = Math.max(s.start, ctx.lower.lastIndexOf(";", before.start) + 1);
        if (/(?<![\p{L}])(?:gồm|bao[ \t]+gồm|trong[ \t]+đó|including|of[ \t]+which|comprising)(?![\p{L}])/u.test(ctx.lower.slice(clauseFrom, before.start)) && /(?:và|and|,)[ \t]*$/u.test(ctx.lower.slice(Math.max(clauseFrom, before.start - 6), before.start))) continue;
        // ("for those who cannot yet swim 25 metres, was 2.5 times the 885 in 2021/22": a measure that says
        // who is counted is no count compared.)
        if (!after.noun && !after.unit && before.noun && /^(?:metres?|meters?|m|km|kilometres?|miles?|yards?|feet|foot|kg|kilos?|tonnes?|litres?|liters?|mét|cây số|ki-lô-mét)(?: |$)/u.test(before.noun)) continue;
        out.push({ subject: before, other: after, times: t, ...(nearAny && near0 !== nearAny && asideChange(nearAny) && sameKind(nearAny, after) ? { alt: nearAny } : {}), ...(qual ? { atLeast: !!qual[1] || undefined, nearly: !!qual[2] || undefined, about: !!qual[3] || undefined } : {}) });
      }
    }
    fractionMultiples(ctx, out);
    changeMultiples(ctx, out);
    namedMultiples(ctx, out);
    listMultiples(ctx, out);
    itemMultiples(ctx, out);
    previousMultiples(ctx, out);
    yearMultiples(ctx, out);
    asideYearMultiples(ctx, out);
    tableMultiples(ctx, out);
    tableRowMultiples(ctx, out);
    findLabelMultiples(ctx, out);
    shapedMultiples(ctx, out);
    // "112 doanh nghiệp, gấp hơn 2,2 lần Tân Hưng (48 doanh nghiệp) và gấp khoảng 1,5 lần Xuyên Á (74
    // doanh nghiệp)": a second multiple joined to the first is said of the same subject, not of the
    // first one's other side.
    // ("1.254,8 triệu USD (6 tháng đầu năm 2024: …; 6 tháng đầu năm 2023: 986,4 triệu USD), tăng 14,3% … và gấp 1,6
    // lần 6 tháng đầu năm 2020": an earlier period's figure in its bracket is no subject of a multiple.)
    return out.filter((m) => !inPriorBracket(ctx, m.subject, 0)).flatMap((m) => {
      const first = out.find((o) => o !== m && o.other === m.subject);
      if (!first) return [m];
      return /^[ \t)]*,?[ \t]*(?:và|and|,)[ \t]*$/u.test(ctx.lower.slice(first.other.end, m.times.qualifiers[0]?.start ?? m.times.start).replace(/(?:gấp|khoảng|hơn|gần|about|nearly|over|more than)[ \t]*$/u, "").replace(/[ \t\p{L}\p{M}]*\)[ \t]*/u, "")) ? [{ ...m, subject: first.subject }] : [];
    });
  });
}

const NEW_SUBJECT_EN = /(?:[,;]|(?<![\p{L}])(?:and|while|whereas|but))[ \t]+(?:(?:and|while|whereas|but)[ \t]+)?((?:[\p{L}'’-]+[ \t]+){1,6}?)(?:(?:was|were|is|are)[ \t]+)(?:(?:also|now|still|then|therefore|thus)[ \t]+)?$/u;
const NEW_SUBJECT_VI = /(?:[,;]|(?<![\p{L}])(?:và|còn|trong[ \t]+khi))[ \t]+((?:[\p{L}\p{M}]+[ \t]+){2,8}?)(?:(?:đã|chỉ|cũng|đều|tăng|cao|lớn|nhiều)[ \t]+)*(?:gấp|bằng)?[ \t]*$/u;
// Words that point back to the figure before or only qualify the multiple, not a subject of their own.
const NOT_SUBJECT = /^(?:and|while|whereas|but|và|còn|this|that|it|which|these|those|they|the|its|their|figure|total|level|number|amount|count|value|result|or|i\.e\.|about|some|nearly|almost|more|than|over|around|roughly|con|số|này|đó|tức|là|như|vậy|nên|do|hơn|khoảng|gần|tương|đương|so|với|cùng|kỳ|năm|trước|lần|bằng|gấp|tăng|cao|lớn|nhiều|đã|chỉ|cũng|đều|thì)$/u;

/** The words between a figure and its multiple open a clause whose own subject is neither the figure
 * (by its noun) nor a word pointing back to it. */
function newSubject(ctx: UnitContext, before: Figure, between: string): boolean {
  const m = (ctx.lang === "vi" ? NEW_SUBJECT_VI : NEW_SUBJECT_EN).exec(between);
  if (!m) return false;
  const words = m[1].trim().split(/[ \t]+/u);
  if (words.every((w) => NOT_SUBJECT.test(w) || /\d/u.test(w))) return false;
  // ("17 hợp đồng …; số hợp đồng xuất khẩu ký kết gấp 3,4 lần": the figure named again by its noun.)
  const head = (before.noun ?? "").split(" ")[0];
  if (head && words.some((w) => w === head || (head.length > 3 && w.replace(/s$/u, "") === head.replace(/s$/u, "")))) return false;
  return true;
}

const LABEL_NUMBER = /(?<![\p{L}])(?:điểm|hạng|loại|cấp|mức|lớp|khối|bậc|nhóm|grade|level|category|band|tier|class|year|stage|key stage|group|type)[ \t]*$/u;

// "The north recorded 412 incidents, half as many as the south (612)", "thu 1.000 tỷ đồng, chỉ bằng
// một nửa năm 2023 (2.000 tỷ đồng)": a fraction in words between a value and the next of its kind.
const FRACTION_OF: Record<string, string> = {
  half: "0.5", "a half": "0.5", "one half": "0.5", "a third": "0.3333333333", "one third": "0.3333333333", "two thirds": "0.6666666667", "a quarter": "0.25", "one quarter": "0.25", "three quarters": "0.75",
  "một nửa": "0.5", "một phần ba": "0.3333333333", "hai phần ba": "0.6666666667", "một phần tư": "0.25", "ba phần tư": "0.75",
};
const FRACTION_KEYS = Object.keys(FRACTION_OF).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, "[ \\t]+")).join("|");
const FRACTION_MULTIPLE = new RegExp(`^(?:[ \\t]+[\\p{L}-]+){0,3}?[ \\t]*,[ \\t]*(?:(?:only|just|about|roughly|around|nearly|almost|chỉ|khoảng|gần|xấp[ \\t]+xỉ)[ \\t]+)?(?:(bằng|còn)[ \\t]+)?(${FRACTION_KEYS})(?:[ \\t]+(as[ \\t]+many[ \\t]+as|as[ \\t]+much[ \\t]+as|as[ \\t]+high[ \\t]+as|as[ \\t]+large[ \\t]+as|the[ \\t]+level[ \\t]+of|that[ \\t]+of|of|the|so[ \\t]+với|của))?(?![\\p{L}])`, "u");

function fractionMultiples(ctx: UnitContext, out: Multiple[]): void {
  if (!/(?:half|third|quarter|một nửa|phần ba|phần tư)/u.test(ctx.lower)) return;
  for (const s of ctx.sentences) {
    for (let k = 0; k + 1 < s.figs.length; k++) {
      const a = s.figs[k];
      const b = s.figs[k + 1];
      if ((a.kind !== "number" && a.kind !== "percent") || !sameKind(a, b) || !a.value || !b.value) continue;
      const gap = ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start);
      const m = FRACTION_MULTIPLE.exec(gap);
      // Vietnamese says "bằng"; English "as many as" or "of": a bare "half" is not a comparison.
      if (!m || (!m[1] && !m[3]) || gap.length > 90 || /[;]/.test(gap)) continue;
      // What follows must lead to the other value only: "half as many as the south (612)", "bằng một nửa
      // năm 2023 (2.000 tỷ đồng)"; a change or target between makes it something else.
      const rest = gap.slice(m.index + m[0].length);
      // "a third of which (£0.7m)", "half of them": a part of the first value, not a comparison.
      if (/^[ \t]+(?:which|whom|them|these|those|this|it|đó|này|số[ \t]+đó)(?![\p{L}])/u.test(rest)) continue;
      if (/(?<![\p{L}])(?:target|plan|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|from|to|từ|tăng|giảm|up|down)(?![\p{L}])/u.test(rest) || rest.length > 50) continue;
      const comma = m[0].indexOf(",");
      const start = a.end + m.index + comma + 1 + (m[0].slice(comma + 1).length - m[0].slice(comma + 1).trimStart().length);
      const end = a.end + m.index + m[0].length;
      const exact = FRACTION_OF[m[2].replace(/[ \t]+/g, " ")];
      const times: Figure = { id: -1, kind: "multiplier", start, end, text: ctx.text.slice(start, end), value: { start, end, text: ctx.text.slice(start, end), exact, decimals: 2 }, unit: "times", qualifiers: [], words: true } as Figure;
      out.push({ subject: a, other: b, times });
    }
  }
}

// "Ashgill (286,400 visits) …, ahead of Brackenford (241,900) and Tarn Head (118,300); Brackenford
// therefore had more than twice as many visits as Tarn Head", "… huyện Sơn Lâm (1.250 ha) và huyện
// Phú An (520 ha); Sơn Lâm gấp 2,4 lần Phú An": two places named with their values in brackets
// earlier (in the sentence or the two before), then compared by name alone.
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}`;
const ADMIN = String.raw`(?:(?:huyện|xã|tỉnh|thị[ \t]+xã|thành[ \t]+phố|phường|quận|thị[ \t]+trấn)[ \t]+)?`;
const NAMED_EN_BEFORE = new RegExp(String.raw`(?:^|[;,:.]|(?<![\p{L}])(?:and|while|whereas|so|thus|therefore))[ \t]*(?:the[ \t]+)?(${NAME})[ \t]+(?:(?:therefore|thus|also|again|now)[ \t]+)?(?:had|has|have|was|were|is|are|recorded|received|attracted|welcomed|saw|handled|drew|carried|served|treated)[ \t]+((?:more[ \t]+than|over|upwards[ \t]+of|at[ \t]+least)[ \t]+)?$`, "u");
const NAMED_EN_AFTER = new RegExp(String.raw`^(?:[ \t]+times)?[ \t]+as[ \t]+(?:many|much|high|large|great|big)(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+as[ \t]+(?:the[ \t]+)?(${NAME})(?=[ \t]*(?:[,;.)]|$|[ \t](?:whose|which|where|did|had|has|was|were|in|during|and|but)(?![\p{L}])))`, "u");
const NAMED_VI_BEFORE = new RegExp(String.raw`(?:^|[;,:.]|(?<![\p{L}])(?:và|còn|như[ \t]+vậy|do[ \t]+đó))[ \t]*${ADMIN}(${NAME})[ \t]+(?:(?:cao|nhiều|lớn)[ \t]+)?$`, "u");
const NAMED_VI_AFTER = new RegExp(String.raw`^[ \t]+(?:so[ \t]+với[ \t]+)?${ADMIN}(${NAME})(?=[ \t]*(?:[,;.)]|$))`, "u");

function namedMultiples(ctx: UnitContext, out: Multiple[]): void {
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let k = 0; k < s.figs.length; k++) {
      const t = s.figs[k];
      const vi = ctx.lang === "vi";
      if (t.kind !== "multiplier" && !(t.kind === "number" && t.noun === "times")) continue;
      if (out.some((m) => m.times.start === t.start)) continue;
      const tq = t.qualifiers[0]?.start ?? t.start;
      const head = ctx.text.slice(Math.max(s.start, k ? s.figs[k - 1].end : s.start, tq - 80), tq);
      let timesEnd = t.end;
      // "2,4 lần": the reader may take the next word for the multiple's noun.
      if (vi) { const l = /^[ \t]*lần/u.exec(ctx.lower.slice(t.start, t.end).replace(/^[\d.,]+/u, "")); if (!l) { const m2 = /^[ \t]+lần(?![\p{L}])/u.exec(ctx.lower.slice(t.end)); if (m2) timesEnd += m2[0].length; } else timesEnd = t.start + ctx.lower.slice(t.start).search(/lần/u) + 3; if (!/^gấp/u.test(ctx.lower.slice(Math.max(s.start, tq - 5), tq + 3).trim()) && !/gấp[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, tq - 6), tq))) continue; }
      const before = (vi ? NAMED_VI_BEFORE : NAMED_EN_BEFORE).exec(vi ? head.replace(/[ \t]*gấp[ \t]*$/u, " ") : head);
      if (!before) continue;
      const tail = ctx.text.slice(timesEnd, Math.min(s.end, timesEnd + 120));
      const after = (vi ? NAMED_VI_AFTER : NAMED_EN_AFTER).exec(tail);
      if (!after) continue;
      const [n1, n2] = [before[1], after[1]];
      if (n1 === n2) continue;
      // No figure between the first name and the multiple, nor right after the second.
      const nameStart = tq - (head.length - head.lastIndexOf(n1));
      if (s.figs.some((f) => f !== t && f.start >= nameStart && f.start < tq)) continue;
      const afterEnd = timesEnd + after.index + after[0].length;
      const next = s.figs[k + 1];
      if (next && next.start - afterEnd < 3) continue;
      const a = bracketValue(ctx, si, n1, tq);
      const b = bracketValue(ctx, si, n2, tq);
      if (!a || !b || a === b || !sameKind(a, b) || a.kind !== "number") continue;
      // "as many visits as": the thing counted must be what the bracketed values count.
      const what = /as[ \t]+(?:many|much|high|large|great|big)[ \t]+((?:[\p{L}-]+[ \t]+){1,3})as[ \t]/u.exec(ctx.lower.slice(timesEnd, timesEnd + 80));
      if (what) {
        const src = ctx.lower.slice(ctx.sentences[ctx.sentenceIndexAt(Math.min(a.start, b.start))].start, tq);
        if (!what[1].trim().split(/[ \t]+/u).every((w) => w.length < 4 || src.includes(w.slice(0, Math.max(4, w.length - 2))))) continue;
      }
      out.push({ subject: a, other: b, times: t, atLeast: !vi && !!before[2] });
    }
  }
}

/** The one figure in a bracket right after `name` ("Tarn Head (118,300)") in the sentence up to `limit` or the two before. */
function bracketValue(ctx: UnitContext, si: number, name: string, limit: number): Figure | undefined {
  const re = new RegExp(String.raw`(?<![\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[ \t]+/g, "[ \\t]+")}[ \t]*\([ \t]*`, "gu");
  const hits: Figure[] = [];
  for (let k = si; k >= 0 && k >= si - 2; k--) {
    const p = ctx.sentences[k];
    const text = ctx.text.slice(p.start, Math.min(p.end, limit));
    for (const m of text.matchAll(re)) {
      const at = p.start + m.index! + m[0].length;
      const f = p.figs.find((g) => (g.qualifiers[0]?.start ?? g.start) === at);
      if (!f || !/^[ \t]*(?:[\p{L}]+[ \t]*){0,2}\)/u.test(ctx.text.slice(f.end, f.end + 30))) return undefined;
      hits.push(f);
    }
    if (hits.length) break;
  }
  return hits.length === 1 ? hits[0] : undefined;
}

// "Toàn tỉnh trồng được 11.842,6 ha rừng tập trung, … trong đó: … . Diện tích rừng trồng mới năm 2024
// gấp 1,2 lần năm 2023 (9.871,5 ha)", "We planted 11,842.6 ha … . New planting in 2024 was 1.2 times
// the 2023 level (9,871.5 ha)": a multiple of an earlier year's bracketed value, opening a sentence
// by its subject's name; the value multiplied is the previous sentence's one value of that kind
// (outside brackets and before any breakdown), named by the subject's words.
const PREV_VI = /^[\s*•-]*((?:[\p{L}]+[ \t]+){1,8}?)(?:năm[ \t]+(?:19|20)\d\d[ \t]+)?(?:đã[ \t]+|chỉ[ \t]+)?gấp[ \t]*$/u;
const PREV_EN = /^[\s*•-]*((?:[\p{L}'’-]+[ \t]+){1,8}?)(?:in[ \t]+(?:fy[ \t]?)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?[ \t]+)?(?:was|were|is|are)[ \t]+$/u;
const PREV_VI_AFTER = /^[ \t]*(?:lần[ \t]+)?(?:so[ \t]+với[ \t]+)?(?:cùng[ \t]+kỳ[ \t]+)?năm[ \t]+(?:19|20)\d\d[ \t]*\([ \t]*$/u;
const PREV_EN_AFTER = /^[ \t]+(?:(?:the|its)[ \t]+(?:(?:fy[ \t]?)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?[ \t]+)?(?:level|figure|total|amount|number)|as[ \t]+(?:many|much|high|large)[ \t]+as[ \t]+in[ \t]+(?:fy[ \t]?)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?)[ \t]*\([ \t]*$/u;
const BREAKDOWN = /(?<![\p{L}])(?:trong[ \t]+đó|bao[ \t]+gồm|gồm|including|of[ \t]+which|comprising)(?![\p{L}])/u;
const SUBJECT_SKIP = /^(?:năm|the|this|that|and|new|total|tổng|các|những|của|trong|được|đã|mới|số|year)$/u;

/** "14.826,4 tỷ đồng, tăng 8.957,1 tỷ đồng so với … (5.869,3 tỷ đồng), gấp 3,5 lần", "7,800 …, up
 * from 2,400 the year before, more than four times as many": a multiple closing a change is the new
 * level over the old. */
const AFTER_CHANGE = /^(?:[ \t]+(?:in|the|a|last|previous|year|before|earlier|ago|năm|trước|cùng|kỳ|(?:19|20)\d\d(?:\/\d{2})?)){0,5}[ \t]*\)?[ \t]*,[ \t]*((?:(?:more[ \t]+than|over|nearly|almost|about|around|roughly|some|hơn|gần|khoảng|tức|tương[ \t]+đương|or)[ \t]+)*)(?:gấp[ \t]+)?$/u;

function changeMultiples(ctx: UnitContext, out: Multiple[]): void {
  if (!/(?:lần|times|twice|double)/u.test(ctx.lower)) return;
  const seen = new Set(out.map((m) => m.times));
  for (const c of [...findChanges(ctx), ...findReverseChanges(ctx)]) {
    if (c.from.kind !== "number" || c.to.kind !== "number" || !c.from.value || !c.to.value || isPercent(c.from) || (c.direction && c.direction !== "up")) continue;
    const s = ctx.sentenceOf(c.to);
    if (ctx.sentenceOf(c.from) !== s) continue;
    const last = Math.max(c.from.end, c.to.end, ...c.stated.map((x) => x.figure.end));
    const t = s.figs.find((f) => f.start >= last);
    if (!t || seen.has(t)) continue;
    const times = t.kind === "multiplier" || (t.kind === "number" && /^[ \t]+times(?![\p{L}])/u.test(ctx.lower.slice(t.end, t.end + 8)));
    if (!times || t.qualifiers.some((x) => x.kind === "under" || x.kind === "atMost")) continue;
    const gap = AFTER_CHANGE.exec(ctx.lower.slice(last, t.qualifiers[0]?.start ?? t.start));
    if (!gap) continue;
    // (The multiple ends its clause: "…, four times as many", "…, gấp 3,5 lần.")
    const tail = ctx.lower.slice(t.end, Math.min(s.end, t.end + 30)).replace(/^[ \t]+times/u, "");
    if (!/^[ \t]*(?:as[ \t]+(?:many|much|high|large)(?:[ \t]+as[ \t]+[^,;.]{0,30})?)?[ \t]*(?:[.,;)]|$)/u.test(tail)) continue;
    const q = gap[1] + " " + t.qualifiers.map((x) => x.kind).join(" ");
    seen.add(t);
    out.push({ subject: c.to, other: c.from, times: t, atLeast: /(?:more[ \t]+than|over|hơn|atLeast)/u.test(q) || undefined, nearly: /(?:nearly|almost|gần)/u.test(q) || undefined, about: /(?:about|around|roughly|some|khoảng|estimate)/u.test(q) || undefined });
  }
}

function previousMultiples(ctx: UnitContext, out: Multiple[]): void {
  const vi = ctx.lang === "vi";
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    let t = s.figs[0];
    const b = s.figs[1];
    // ("three times the 2023 level": a number counting times.)
    const wordTimes = !vi && t && t.kind === "number" && t.noun === "times" && t.value ? /^[ \t]+times(?![\p{L}])/u.exec(ctx.lower.slice(t.end, t.end + 8)) : null;
    if (wordTimes) t = { ...t, kind: "multiplier", end: t.end + wordTimes[0].length, text: ctx.text.slice(t.start, t.end + wordTimes[0].length) };
    if (!t || !b || t.kind !== "multiplier" || b.kind !== "number" || !b.value || isPercent(b)) continue;
    if (out.some((m) => m.times === t)) continue;
    const tq = t.qualifiers[0]?.start ?? t.start;
    if (t.qualifiers.length) continue;
    const head = (vi ? PREV_VI : PREV_EN).exec(ctx.lower.slice(s.start, tq));
    if (!head) continue;
    if (!(vi ? PREV_VI_AFTER : PREV_EN_AFTER).test(ctx.lower.slice(t.end, b.qualifiers[0]?.start ?? b.start)) || !/^[ \t]*\)/u.test(ctx.lower.slice(b.end, b.end + 3))) continue;
    const prev = ctx.sentences[si - 1];
    if (!/^[ \t]*$/u.test(ctx.text.slice(prev.end, s.start))) continue;
    const text = ctx.lower.slice(prev.start, prev.end);
    const cut = text.search(BREAKDOWN);
    const stop = cut < 0 ? prev.end : prev.start + cut;
    const outside = (f: Figure) => f.kind === "number" && sameKind(f, b) && !isPercent(f) && ctx.text.slice(prev.start, f.start).lastIndexOf("(") <= ctx.text.slice(prev.start, f.start).lastIndexOf(")");
    const like = prev.figs.filter((f) => f.end <= stop && outside(f));
    if (like.length !== 1) {
      // "… gồm 12,36 kg heroin, 48,9 kg ma túy tổng hợp, … . Riêng lượng ma túy tổng hợp thu giữ gấp 3
      // lần năm 2023 (16,3 kg)": the one value of the list labelled by the subject's words.
      const hw = new Set(labelWords(head[1]));
      const own = prev.figs.filter((f) => outside(f) && (() => { const l = itemLabel(ctx, f); return l.length > 0 && l.every((w) => hw.has(w)); })());
      if (own.length === 1) out.push({ subject: own[0], other: b, times: t });
      continue;
    }
    // The subject's words name the earlier value: two of its content words in the sentence before.
    const words = head[1].trim().split(/[ \t]+/u).filter((w) => w.length >= 3 && !SUBJECT_SKIP.test(w));
    const named = words.filter((w) => new RegExp(`(?<![\\p{L}])${w.length >= 6 ? w.slice(0, w.length - 3) : w}`, "u").test(text.slice(0, stop - prev.start)));
    if (named.length < Math.min(2, words.length) || !named.length) continue;
    out.push({ subject: like[0], other: b, times: t });
  }
}

function labelWords(x: string): string[] {
  return x.toLowerCase().split(/[^\p{L}\p{M}]+/u).filter((w) => w && !/^(?:of|the|and|và|các|những)$/u.test(w)).map((w) => (/^[a-z]+s$/u.test(w) && w.length > 3 ? w.slice(0, -1) : w));
}

/** The words that label an item of a list: its noun ("48,9 kg ma túy tổng hợp"), or what follows "of" ("48.9 kg of synthetic drugs"). */
function itemLabel(ctx: UnitContext, f: Figure): string[] {
  if (f.noun) return labelWords(f.noun);
  const m = /^[ \t]+of[ \t]+((?:[\p{L}-]+[ \t]*){1,4}?)(?=[ \t]*(?:[,;.)(]|$)|[ \t]+(?:and|or|in|were|was|from)(?![\p{L}]))/u.exec(ctx.lower.slice(f.end, f.end + 60));
  return m ? labelWords(m[1]) : [];
}

// "năm 2021 đạt 8.420 hộ, …, năm 2023 đạt 12.685 hộ. …; số hộ đấu nối năm 2023 gấp hơn 1,5 lần năm
// 2021", "8,420 households in 2021 … Connections in 2023 were 1.5 times the 2021 figure": a multiple
// between two years, each year's value stated before by its year (one value of the noun for each).
const YEAR_OTHER_VI = /^[ \t]*(?:lần[ \t]+)?(?:so[ \t]+với[ \t]+)?(?:năm|cùng[ \t]+kỳ[ \t]+năm)[ \t]+((?:19|20)\d\d)(?![\d\p{L}\/])[ \t]*(?:[.;]|$)/u;
const YEAR_OTHER_EN = /^[ \t]+(?:times[ \t]+)?(?:that[ \t]+(?:of|in|for)[ \t]+((?:19|20)\d\d)|the[ \t]+((?:19|20)\d\d)[ \t]+(?:figure|level|total|number|count|value))(?![\d\p{L}\/])[ \t]*(?:[.;]|$)/u;
const YEAR_SUBJECT_VI = /(?<![\p{L}])năm[ \t]+((?:19|20)\d\d)[ \t]+(?:đã[ \t]+|đều[ \t]+)?gấp[ \t]*(?:hơn[ \t]+|khoảng[ \t]+|gần[ \t]+)?$/u;
const YEAR_SUBJECT_EN = /(?<![\p{L}])in[ \t]+((?:19|20)\d\d)[ \t]+(?:was|were)[ \t]+(?:more[ \t]+than[ \t]+|over[ \t]+|almost[ \t]+|nearly[ \t]+|about[ \t]+|around[ \t]+)?$/u;

function yearValue(ctx: UnitContext, f: Figure, year: string, vi: boolean): boolean {
  const fq = f.qualifiers[0]?.start ?? f.start;
  const before = ctx.lower.slice(Math.max(0, fq - 30), fq);
  const after = ctx.lower.slice(f.end, f.end + 30);
  if (vi) return new RegExp(`(?<![\\p{L}])năm[ \\t]+${year}[ \\t]*:?[ \\t]*(?:(?:đạt|là|có|được)[ \\t]+)?$`, "u").test(before);
  // ("£128.35m in 2021, £165.2m in 2022": a value followed by its year is of that year only.)
  const own = /^[ \t]+(?:(?!(?:and|or|but|while|whereas)[ \t])[\p{L}-]+[ \t]+){0,2}?in[ \t]+((?:19|20)\d\d)(?![\d\p{L}\/])/u.exec(after);
  if (own) return own[1] === year;
  return new RegExp(`(?<![\\p{L}])(?:in|for)[ \\t]+${year}[ \\t]*[:,]?[ \\t]*(?:(?:was|were|there[ \\t]+were|stood[ \\t]+at|reached)[ \\t]+)?$`, "u").test(before);
}

/** Every content word of the subject (before its year) stands before the series' first value in its sentence. */
function seriesNamed(ctx: UnitContext, head: string, first: Figure): boolean {
  const subject = head.replace(/(?:năm|in)[ \t]+(?:19|20)\d\d[\s\S]*$/u, "");
  const ws = subject.split(/[^\p{L}\p{M}]+/u).filter((w) => w.length >= 3 && !SUBJECT_SKIP.test(w) && !/^(?:thực|hiện|riêng|còn|while|whereas|overall|thus|therefore)$/u.test(w));
  if (!ws.length || ws.length > 4) return false;
  const s = ctx.sentenceOf(first);
  const lead = ctx.lower.slice(s.start, first.start);
  return ws.every((w) => new RegExp(`(?<![\\p{L}])${w.length >= 6 ? w.slice(0, w.length - 2) : w}`, "u").test(lead));
}

function yearMultiples(ctx: UnitContext, out: Multiple[]): void {
  const vi = ctx.lang === "vi";
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let k = 0; k < s.figs.length; k++) {
      const t = s.figs[k];
      if (t.kind !== "multiplier" || out.some((m) => m.times === t)) continue;
      const tq = t.qualifiers[0]?.start ?? t.start;
      const lead = ctx.lower.slice(Math.max(s.start, tq - 40), tq);
      const sub = (vi ? YEAR_SUBJECT_VI : YEAR_SUBJECT_EN).exec(vi && /^gấp/u.test(t.text.toLowerCase()) ? lead + "gấp " : lead);
      const oth = (vi ? YEAR_OTHER_VI : YEAR_OTHER_EN).exec(ctx.lower.slice(t.end, Math.min(s.end, t.end + 40)));
      if (!sub || !oth) continue;
      const y1 = sub[1];
      const y2 = oth[1] ?? oth[2];
      if (y1 === y2) continue;
      // The subject's noun is named in the clause before the multiple.
      const clauseStart = Math.max(s.start, ctx.lower.lastIndexOf(";", tq) + 1, k ? s.figs[k - 1].end : s.start);
      const head = ctx.lower.slice(clauseStart, tq);
      const pool: Figure[] = [];
      for (let j = Math.max(0, si - 3); j <= si; j++) for (const f of ctx.sentences[j].figs) if (f.end <= clauseStart && f.kind === "number" && !isPercent(f) && f.value && !f.perYear && (f.noun || f.unit) && !inBrackets(ctx, ctx.sentences[j].start, f.start)) pool.push(f);
      const noun = (f: Figure) => (f.noun ?? "").toLowerCase().split(/[ \t]+/u)[0];
      const a = pool.filter((f) => yearValue(ctx, f, y1, vi));
      const b = pool.filter((f) => yearValue(ctx, f, y2, vi));
      if (a.length !== 1 || b.length !== 1 || !sameKind(a[0], b[0]) || noun(a[0]) !== noun(b[0])) continue;
      if (a[0].noun && !new RegExp(`(?<![\\p{L}])${noun(a[0]).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(head)) continue;
      // An amount has no noun: the subject's words ("vốn", "spending") name the series where it opens.
      if (!a[0].noun && !seriesNamed(ctx, head, a[0].start < b[0].start ? a[0] : b[0])) continue;
      out.push({ subject: a[0], other: b[0], times: t, atLeast: t.qualifiers.some((q) => q.kind === "over" || q.kind === "atLeast") || /(?:hơn|more[ \t]+than|over)[ \t]*$/u.test(lead) });
    }
  }
}

// "Năm 2023, vốn thực hiện đạt 193,2 tỷ đồng, gấp 2,5 lần năm 2021" after "Vốn thực hiện năm 2021 là
// 128,35 tỷ đồng", "In 2023 it reached £193.2m, 2.5 times the 2021 level" after "£128.35m in 2021":
// the multiple as an aside after its value; the other year's value is the one stated before by its year.
const ASIDE_OTHER_EN = /^[ \t]+(?:times[ \t]+)?(?:that[ \t]+(?:of|in|for)[ \t]+((?:19|20)\d\d)|the[ \t]+((?:19|20)\d\d)[ \t]+(?:figure|level|total|number|count|value|amount))(?![\d\p{L}\/])[ \t]*(?:[.;,]|$)/u;
const ASIDE_OTHER_VI = /^[ \t]*(?:lần[ \t]+)?(?:so[ \t]+với[ \t]+)?(?:năm|cùng[ \t]+kỳ[ \t]+năm)[ \t]+((?:19|20)\d\d)(?![\d\p{L}\/])[ \t]*(?:[.;,]|$)/u;

const ASIDE_FILLER = /^(?:in|it|its|they|this|that|the|then|and|by|of|to|at|was|were|is|are|reached|rose|grew|increased|stood|totalled|totaled|came|năm|đạt|là|lên|tăng|được|đã|và|thì|có|trong|tổng|toàn|tỉnh|huyện|riêng|còn)$/u;

function asideYearMultiples(ctx: UnitContext, out: Multiple[]): void {
  const vi = ctx.lang === "vi";
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let k = 1; k < s.figs.length; k++) {
      const t = s.figs[k];
      if (t.kind !== "multiplier" || out.some((m) => m.times === t)) continue;
      let a = s.figs[k - 1];
      const tq = t.qualifiers[0]?.start ?? t.start;
      // ("năm 2023 được 312,6 km, tăng 84,2 km, gấp 1,4 lần năm 2022": a change told as an aside is no
      // subject; the level it is an aside of is.)
      if (k >= 2 && /(?<![\p{L}])(?:tăng|giảm|up|down)(?:[ \t]+(?:thêm|by))?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (a.qualifiers[0]?.start ?? a.start) - 12), a.qualifiers[0]?.start ?? a.start))) {
        const p = s.figs[k - 2];
        if (!/^[ \t]*,[ \t]*(?:tăng|giảm|up|down)(?:[ \t]+(?:thêm|by))?[ \t]*$/u.test(ctx.lower.slice(p.end, a.qualifiers[0]?.start ?? a.start)) || !sameKind(p, a) || !/^[ \t]*,/u.test(ctx.lower.slice(a.end, tq))) continue;
        a = p;
      }
      if (a.kind !== "number" || !a.value || isPercent(a) || a.perYear || a.qualifiers.length) continue;
      // Only ", gấp" / ", or" / "," between the value and its multiple.
      if (!/^[ \t]*\)?[ \t]*,[ \t]*(?:(?:gấp|or|that[ \t]+is|i\.e\.|about|some|nearly|almost|more[ \t]+than|over|hơn|khoảng|gần)[ \t]*)*$/u.test(ctx.lower.slice(s.figs[k - 1].end, tq) + (vi && /^gấp/u.test(t.text.toLowerCase()) ? " gấp" : ""))) continue;
      const oth = (vi ? ASIDE_OTHER_VI : ASIDE_OTHER_EN).exec(ctx.lower.slice(t.end, Math.min(s.end, t.end + 40)));
      if (!oth) continue;
      const y2 = oth[1] ?? oth[2];
      // The subject's own year, when stated in its clause, is another one.
      const clause = ctx.lower.slice(Math.max(s.start, ctx.lower.lastIndexOf(";", a.start) + 1), a.start);
      if (new RegExp(`(?<![\\d])${y2}(?![\\d])`, "u").test(clause)) continue;
      const pool: Figure[] = [];
      for (let j = Math.max(0, si - 3); j <= si; j++) for (const f of ctx.sentences[j].figs) if (f.end <= a.start && f.kind === "number" && f.value && !isPercent(f) && !f.perYear && sameKind(f, a) && (f.noun ?? "").split(/[ \t]+/u)[0] === (a.noun ?? "").split(/[ \t]+/u)[0] && !inBrackets(ctx, ctx.sentences[j].start, f.start)) pool.push(f);
      const b = pool.filter((f) => yearValue(ctx, f, y2, vi));
      if (b.length !== 1) continue;
      // The subject names the same series (or only points to it: "it reached", "đạt"): its content
      // words stand before the other value too.
      const own = clause.split(/[^\p{L}\p{M}]+/u).filter((w) => w.length >= 2 && !ASIDE_FILLER.test(w));
      const bs = ctx.sentenceOf(b[0]);
      const lead = ctx.lower.slice(bs.start, b[0].start);
      if (own.length && !own.every((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "u").test(lead))) continue;
      out.push({ subject: a, other: b[0], times: t, atLeast: t.qualifiers.some((q) => q.kind === "over" || q.kind === "atLeast") || /(?:hơn|more[ \t]+than|over)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, tq - 12), tq)) });
    }
  }
}

// "- Đất nông nghiệp: 12.450 ha; - Đất phi nông nghiệp: 4.150 ha" then "Diện tích đất nông nghiệp gấp 3
// lần đất phi nông nghiệp"; "- Income: £2.41m - Grants: £0.80m" then "Income was three times grants":
// two bulleted items named by the first words of their labels (see label-amount-gap.ts).
const ITEM_NAME = String.raw`((?:[\p{L}\p{M}-]+[ 	]+){0,3}?[\p{L}\p{M}-]+)`;
// ("số ca mắc sốt xuất huyết gấp 4,7 lần số ca tay chân miệng": the counted noun of the items after "số".)
const ITEM_LEAD = String.raw`(?:số[ 	]+(?:(?:ca|vụ|lượt|người|hộ|trường[ 	]+hợp|bệnh[ 	]+nhân)(?:[ 	]+(?:mắc|nhiễm|bệnh|tử[ 	]+vong))?[ 	]+)?|tổng[ 	]+|diện[ 	]+tích[ 	]+|lượng[ 	]+|the[ 	]+|total[ 	]+)?`;
const ITEM_VI_SUBJECT = new RegExp(String.raw`(?:^|[.;:,]|
)[ 	*•-]*(?:(?:như[ 	]+vậy|riêng)[ 	]*,?[ 	]*)?${ITEM_LEAD}${ITEM_NAME}[ 	]+(?:đã[ 	]+)?gấp[ 	]*(?:hơn[ 	]+|khoảng[ 	]+|gần[ 	]+)?$`, "u");
const ITEM_VI_OTHER = new RegExp(String.raw`^[ 	]*(?:lần[ 	]+)?(?:so[ 	]+với[ 	]+)?${ITEM_LEAD}${ITEM_NAME}[ 	]*(?:[.;,]|$)`, "u");
const ITEM_EN_SUBJECT = new RegExp(String.raw`(?:^|[.;:,]|
)[ 	*•-]*(?:(?:so|thus|overall)[ 	]*,?[ 	]*)?${ITEM_LEAD}${ITEM_NAME}[ 	]+(?:was|were|is|are)[ 	]+(?:about[ 	]+|nearly[ 	]+|almost[ 	]+|more[ 	]+than[ 	]+|over[ 	]+)?$`, "u");
const ITEM_EN_OTHER = new RegExp(String.raw`^[ 	]+(?:times[ 	]+)?${ITEM_LEAD}${ITEM_NAME}[ 	]*(?:[.;,]|$)`, "u");

function itemMultiples(ctx: UnitContext, out: Multiple[]): void {
  const vi = ctx.lang === "vi";
  if (!/(?:^|\n)[ \t]*[-*+•–][ \t]/u.test(ctx.text) && !/(?:^|\n)[ \t]*[-*+•–][ \t]/u.test(ctx.previous()?.text ?? "")) return;
  for (const s of ctx.sentences) {
    for (const f of s.figs) {
      let t = f;
      const wordTimes = !vi && t.kind === "number" && /^times(?![\p{L}])/u.test(t.noun ?? "") && t.value ? /^[ \t]+times(?![\p{L}])/u.exec(ctx.lower.slice(t.end, t.end + 8)) : null;
      if (wordTimes) t = { ...t, kind: "multiplier", end: t.end + wordTimes[0].length, text: ctx.text.slice(t.start, t.end + wordTimes[0].length) };
      if (t.kind !== "multiplier" || !t.value || out.some((m) => m.times.start === t.start)) continue;
      const tq = t.qualifiers[0]?.start ?? t.start;
      const lineStart = Math.max(s.start, ctx.text.lastIndexOf("\n", tq) + 1);
      const head = ctx.lower.slice(lineStart, tq) + (vi && /^gấp/u.test(t.text.toLowerCase()) ? "gấp " : "");
      const a = (vi ? ITEM_VI_SUBJECT : ITEM_EN_SUBJECT).exec(head);
      let end = t.end;
      if (vi && !/lần$/u.test(t.text.toLowerCase())) { const l = /^[ \t]+lần(?![\p{L}])/u.exec(ctx.lower.slice(t.end)); if (l) end += l[0].length; }
      const b = a ? (vi ? ITEM_VI_OTHER : ITEM_EN_OTHER).exec(ctx.lower.slice(end, Math.min(s.end + 1, end + 80))) : null;
      if (!a || !b || a[1] === b[1]) continue;
      // No other figure in the comparing clause.
      if (s.figs.some((g) => g !== f && g.start >= lineStart + head.lastIndexOf(a[1]) && g.start < end + b[0].length)) continue;
      let src: UnitContext = ctx;
      let x = itemAmount(ctx, a[1], lineStart);
      let y = itemAmount(ctx, b[1], lineStart);
      if (x === undefined && y === undefined) {
        const prev = ctx.previous();
        if (!prev) continue;
        src = prev;
        x = itemAmount(prev, a[1], prev.text.length);
        y = itemAmount(prev, b[1], prev.text.length);
      }
      if (!x || !y || x === y || !sameKind(x, y) || (x.noun ?? "") !== (y.noun ?? "") || (x.scale?.factor ?? "1") !== (y.scale?.factor ?? "1")) continue;
      out.push({ subject: x, other: y, times: t, atLeast: /hơn[ \t]*$|more[ \t]+than[ \t]*$|over[ \t]*$/u.test(head.replace(/gấp[ \t]*$/u, "")), ...(src !== ctx ? { from: src } : {}) });
    }
  }
}

// "  Lot 2  Central Valleys .......... 298,700" … "Lot 4  Islands and Peninsulas ....... 147,200",
// then "Lot 2 remains the most advanced, having passed more than twice as many premises as Lot 4";
// "- Thành phố Tân Định: 2.140 căn; … - KCN Tân Hưng (…): 965 căn" then "Số căn hoàn thành tại thành
// phố Tân Định gấp hơn 2,2 lần khu công nghiệp Tân Hưng": two places compared by name, each the label
// of one line of a list or laid-out table above (in the unit, or the unit before).
const LIST_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|\d{1,3}[a-z]?(?!\d|[.,]\d))){0,3}`;
const LIST_ADMIN = String.raw`(?:(?:huyện|xã|tỉnh|thị[ \t]+xã|thành[ \t]+phố|phường|quận|thị[ \t]+trấn|khu[ \t]+công[ \t]+nghiệp|kcn|khu[ \t]+kinh[ \t]+tế|cụm[ \t]+công[ \t]+nghiệp)[ \t]+)?`;
const LIST_EN_SUBJECT = new RegExp(String.raw`^[\s*•-]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:the[ \t]+)?(${LIST_NAME})[ \t]+((?:[^;\d]|\d[\d.,]*%){0,80}?)(?:,[ \t]*having[ \t]+[\p{L}]+|[ \t](?:had|has|have|was|were|is|are|recorded|received|passed|attracted|welcomed|saw|handled|carried|served|treated|built|completed|connected|delivered|sold|records|receives|attracts|welcomes|sees|handles|carries|serves|treats))[ \t]+((?:more[ \t]+than|over|upwards[ \t]+of|at[ \t]+least)[ \t]+)?$`, "u");
const LIST_EN_OTHER = new RegExp(String.raw`^(?:[ \t]+times)?[ \t]+as[ \t]+(?:many|much|high|large|great|big)((?:[ \t]+[\p{L}-]+){0,3}?)[ \t]+as[ \t]+(?:the[ \t]+|in[ \t]+)?(${LIST_NAME})(?=[ \t]*(?:[,;.)]|$|[ \t](?:whose|which|where|did|had|has|was|were|in|during|and|but)(?![\p{L}])))`, "u");
const LIST_VI_SUBJECT = new RegExp(String.raw`(?:^|[;,:.]|(?<![\p{L}])(?:tại|ở|của|và|còn))[ \t]*${LIST_ADMIN}(${LIST_NAME})[ \t]+(?:(?:đã|chỉ)[ \t]+)?gấp[ \t]*(?:hơn[ \t]+|khoảng[ \t]+|gần[ \t]+)?$`, "u");
const LIST_VI_OTHER = new RegExp(String.raw`^[ \t]*(?:lần[ \t]+)?(?:so[ \t]+với[ \t]+)?(?:tại[ \t]+|ở[ \t]+|của[ \t]+)?${LIST_ADMIN}(${LIST_NAME})(?=[ \t]*(?:[,;.)]|$))`, "u");

const RIDERS = /^(?:riders|passengers|boardings|journeys|trips)$/u;

function listMultiples(ctx: UnitContext, out: Multiple[]): void {
  const vi = ctx.lang === "vi";
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let k = 0; k < s.figs.length; k++) {
      let t = s.figs[k];
      const wordTimes = !vi && t.kind === "number" && t.noun === "times" ? /^[ \t]+times(?![\p{L}])/u.exec(ctx.lower.slice(t.end, t.end + 10)) : null;
      if ((t.kind !== "multiplier" && !wordTimes) || !t.value || out.some((m) => m.times.start === t.start)) continue;
      if (wordTimes) t = { ...t, end: t.end + wordTimes[0].length, text: ctx.text.slice(t.start, t.end + wordTimes[0].length) };
      const tq = t.qualifiers[0]?.start ?? t.start;
      let n1: string | undefined;
      let atLeast = false;
      let counted = "";
      let n2: string | undefined;
      if (vi) {
        const head = ctx.text.slice(Math.max(s.start, tq - 80), tq + (t.text.toLowerCase().startsWith("gấp") ? 3 : 0));
        const a = LIST_VI_SUBJECT.exec(head.replace(/\n/gu, " "));
        const lan = /^[ \t]*lần/u.exec(ctx.lower.slice(t.start, t.end).replace(/^[^ \t]*?[\d.,]+/u, ""));
        const end = lan ? t.start + ctx.lower.slice(t.start, t.end).indexOf("lần") + 3 : t.end;
        const b = LIST_VI_OTHER.exec(ctx.text.slice(end, Math.min(s.end, end + 80)));
        if (!a || !b) continue;
        [n1, n2] = [a[1], b[1]];
        atLeast = /hơn[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, tq - 6), tq));
      } else {
        const a = LIST_EN_SUBJECT.exec(ctx.text.slice(Math.max(s.start, ctx.text.lastIndexOf("\n", tq) + 1), tq));
        const b = LIST_EN_OTHER.exec(ctx.text.slice(t.end, Math.min(s.end, t.end + 120)));
        if (!a || !b) continue;
        if (/(?<![\p{L}])(?:than|target|plan|budget|share|per|each|compared|against|growth|grew|rose|fell|increase|decrease)(?![\p{L}])/u.test(a[2].toLowerCase())) continue;
        [n1, n2, atLeast, counted] = [a[1], b[2], !!a[3], b[1].trim().toLowerCase()];
      }
      if (!n1 || !n2 || n1 === n2) continue;
      let src: UnitContext = ctx;
      // The list ends where the comparing line starts (a sentence may run on from the list's last line).
      const limit = Math.max(s.start, ctx.text.lastIndexOf("\n", tq) + 1);
      let x = listValue(ctx, n1, limit);
      let y = listValue(ctx, n2, limit);
      if (!x && !y) {
        const prev = ctx.previous();
        if (!prev) continue;
        src = prev;
        x = listValue(prev, n1, prev.text.length);
        y = listValue(prev, n2, prev.text.length);
      }
      if (!x || !y || x === y || !sameKind(x, y) || x.kind !== "number" || (x.noun ?? "") !== (y.noun ?? "")) continue;
      // "as many premises as": the thing counted is named above the list or by its values.
      if (counted) {
        const lo = Math.min(x.start, y.start);
        const above = src.lower.slice(Math.max(0, lo - 400), lo);
        // (Riders are boardings, passengers, journeys or trips in a list of ridership.)
        const alike = (w: string) => (RIDERS.test(w) ? ["rider", "passenger", "boarding", "journey", "trip"] : [w.slice(0, Math.max(4, w.length - 2))]);
        if (!counted.split(/[ \t]+/u).every((w) => w.length < 4 || alike(w).some((a) => above.includes(a)) || (x!.noun ?? "").includes(w))) continue;
      }
      out.push({ subject: x, other: y, times: t, atLeast, ...(src !== ctx ? { from: src } : {}) });
    }
  }
}

/** The value on the one line of a list or laid-out table before `limit` labelled by `name`: "- Thành
 * phố Tân Định: 2.140 căn", "  Lot 4  Islands and Peninsulas ....... 147,200"; the first figure after
 * the label, with only words (a bracket of words) and a colon, dot leaders or a wide gap between. */
function listValue(ctx: UnitContext, name: string, limit: number): Figure | undefined {
  const re = new RegExp(String.raw`(?<![\p{L}\d])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[ \t]+/g, "[ \\t]+")}(?![\p{L}\d])`, "gu");
  const hits: Figure[] = [];
  for (const m of ctx.text.slice(0, limit).matchAll(re)) {
    const at = m.index! + m[0].length;
    const lineStart = ctx.text.lastIndexOf("\n", m.index!) + 1;
    const nl = ctx.text.indexOf("\n", at);
    const lineEnd = nl < 0 ? ctx.text.length : nl;
    const line = ctx.text.slice(lineStart, lineEnd);
    const f = ctx.figures.find((g) => g.start >= at && g.start < lineEnd);
    if (!f) continue;
    const between = ctx.text.slice(at, f.qualifiers[0]?.start ?? f.start);
    const listLike = /^[ \t]*(?:[-*+•|]|\d{1,2}[.)])[ \t]/u.test(line) || /\.{3,}|[ \t]{2,}\S|[ \t]{2,}$/u.test(between);
    if (!listLike || between.length > 60 || /\d/u.test(between) || !/(?::|\.{3,}|[ \t]{2,}|\|)[ \t.]*$/u.test(between.replace(/\([^()\d]*\)/gu, ""))) continue;
    if (/[;,]/u.test(between)) continue;
    hits.push(f);
  }
  return hits.length === 1 ? hits[0] : undefined;
}

// "Water company sites accounted for 231 of the 412 serious incidents, more than half", "có 158/164
// thôn có nhà văn hóa, chiếm gần hai phần ba": a count of a whole, then its share in words.
export interface FractionWord {
  fraction: Figure;
  /** The share in words, as an exact ratio ("0.5"). */
  exact: string;
  bound: "over" | "under" | "near" | "about";
  word: Span;
}

const SHARE_WORDS: Record<string, string> = {
  half: "0.5", "a half": "0.5", "one half": "0.5", "a third": "0.3333333333", "one third": "0.3333333333", "two thirds": "0.6666666667", "two-thirds": "0.6666666667", "a quarter": "0.25", "one quarter": "0.25", "three quarters": "0.75", "three-quarters": "0.75",
  "một nửa": "0.5", "một phần ba": "0.3333333333", "hai phần ba": "0.6666666667", "một phần tư": "0.25", "ba phần tư": "0.75",
};
const SHARE_KEYS = Object.keys(SHARE_WORDS).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, "[ \\t]+")).join("|");
const SHARE_WORD_EN = new RegExp(`^(?:[ \\t]+[\\p{L}-]+){0,4}[ \\t]*,[ \\t]*(?:or[ \\t]+|i\\.e\\.[ \\t]+|that[ \\t]+is[ \\t]+)?(?:(just[ \\t]+over|more[ \\t]+than|over|well[ \\t]+over|just[ \\t]+under|less[ \\t]+than|fewer[ \\t]+than|under|well[ \\t]+under|almost|nearly|about|around|roughly|some)[ \\t]+)?(${SHARE_KEYS})(?:[ \\t]+of[ \\t]+(?:the[ \\t]+total|all(?:[ \\t]+[\\p{L}-]+)?))?[ \\t]*(?:[.;)]|,[ \\t]*(?:and|but|while|with)[ \\t]|$)`, "u");
const SHARE_WORD_VI = new RegExp(`^(?:[ \\t]+[\\p{L}]+){0,9}[ \\t]*,[ \\t]*(?:chiếm|bằng|tức)[ \\t]+(?:(hơn|trên|gần|khoảng|chưa[ \\t]+đến|dưới|xấp[ \\t]+xỉ)[ \\t]+)?(${SHARE_KEYS})(?:[ \\t]+(?:tổng[ \\t]+số|số))?[ \\t]*(?:[.;)]|,|$)`, "u");

const SMALL: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** "Nearly four in ten events (47 of 161, 29.2%) sold out", "one in five (412 of 2,060)": a ratio in
 * words, then the fraction it stands for in brackets. */
const IN_TEN = /(?<![\p{L}])(?:(just[ \t]+over|more[ \t]+than|over|just[ \t]+under|less[ \t]+than|fewer[ \t]+than|under|almost|nearly|about|around|roughly|some)[ \t]+)?(one|two|three|four|five|six|seven|eight|nine)[ \t]+(?:in|out[ \t]+of)[ \t]+(two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}])/gu;

function inTen(ctx: UnitContext, out: FractionWord[]): void {
  if (!/(?<![\p{L}])(?:in|out of)[ \t]+(?:two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}])/u.test(ctx.lower)) return;
  for (const m of ctx.lower.matchAll(IN_TEN)) {
    const [n, d] = [SMALL[m[2]], SMALL[m[3]]];
    if (n >= d) continue;
    const end = m.index! + m[0].length;
    const open = /^[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?\([ \t]*/u.exec(ctx.lower.slice(end, end + 60));
    if (!open) continue;
    const f = ctx.figures.find((g) => g.start === end + open[0].length);
    if (!f || f.kind !== "fraction" || !f.numerator || !f.denominator || f.unit || f.qualifiers.length) continue;
    const q = (m[1] ?? "").replace(/[ \t]+/gu, " ");
    const bound = /^(?:just over|more than|over)$/u.test(q) ? "over" : /^(?:just under|less than|fewer than|under)$/u.test(q) ? "under" : /^(?:almost|nearly)$/u.test(q) ? "near" : "about";
    out.push({ fraction: f, exact: new D(n).div(d).toFixed(10), bound, word: { start: m.index!, end } });
  }
}

export function findFractionWords(ctx: UnitContext): FractionWord[] {
  return ctx.memo("fraction-words", () => {
    const out: FractionWord[] = [];
    if (ctx.lang === "en") inTen(ctx, out);
    if (!/half|third|quarter|nửa|phần ba|phần tư/u.test(ctx.lower)) return out;
    for (const s of ctx.sentences) {
      for (const f of s.figs) {
        if (f.kind !== "fraction" || !f.numerator || !f.denominator || f.unit || f.qualifiers.length) continue;
        const tail = ctx.lower.slice(f.end, Math.min(s.end + 1, f.end + 120));
        const m = (ctx.lang === "vi" ? SHARE_WORD_VI : SHARE_WORD_EN).exec(tail);
        if (!m) continue;
        // Nothing but words between the fraction and its share.
        const at = f.end + m.index + m[0].search(/[,][ \t]*[^,]*$/u);
        if (s.figs.some((g) => g.start > f.end && g.start < f.end + m[0].length)) continue;
        const q = (m[1] ?? "").replace(/[ \t]+/gu, " ");
        const bound = /^(?:just over|more than|over|well over|hơn|trên)$/u.test(q) ? "over" : /^(?:just under|less than|fewer than|under|well under|chưa đến|dưới)$/u.test(q) ? "under" : /^(?:almost|nearly|gần)$/u.test(q) ? "near" : "about";
        const ws = f.end + m.index + m[0].lastIndexOf(m[1] ?? m[2]);
        out.push({ fraction: f, exact: SHARE_WORDS[m[2].replace(/[ \t]+/gu, " ")], bound, word: { start: ws, end: f.end + m.index + m[0].indexOf(m[2]) + m[2].length } });
        void at;
      }
    }
    return out;
  });
}
