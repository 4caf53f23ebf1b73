// Differences stated between two figures given just before: "the budget … is £164.8m. The forecast
// outturn … is £163.1m, …, an underspend of £1.7m", "establishment was 9,874 WTE. Staff in post
// numbered 9,012 WTE, leaving 862 WTE vacant", "kế hoạch 2.150 tỷ đồng, đã giải ngân 1.320 tỷ
// đồng, còn lại 830 tỷ đồng", "68.4% against the target of 70%, 1.6 points short", and a trade
// balance after the exports and imports it is the gap between.
//
// Trust first: the two sides must be the only two figures of the difference's kind in its sentence
// and the one before (same paragraph), one of them must be named as the base (budget, plan,
// establishment, target, "of the …"), and they may not be the two ends of one change. A trade
// balance takes the one export and the one import value of the two sentences before.
import type { Figure } from "../types.ts";
import { D } from "../math/interval.ts";
import { findChanges, findReverseChanges } from "./change.ts";
import { BASE_OF_REST, UnitContext, inBrackets, isCount, isPercent, type Sentence } from "./context.ts";
import { findRestOfTotal } from "./rest-of-total.ts";
import { findAddedCounts } from "./added-count.ts";
import { findByTo } from "./by-to.ts";
import { findRestsOfTarget } from "./rest-of-share.ts";
import { findFurtherNeeded } from "./further-needed.ts";
import { findPlanMargins } from "./plan-margin.ts";
import { findNextMargins } from "./next-margin.ts";
import { findPairMargins } from "./pair-margin.ts";
import { findRestsOfCounted } from "./rest-of-counted.ts";
import { comparedPlanMargins } from "./compared-plan.ts";

export interface Difference {
  a: Figure;
  b: Figure;
  diff: Figure;
  /** The words that make it a difference ("an underspend of", "leaving", "còn lại"). */
  word: { start: number; end: number };
  /** Percentage points between two percentages. */
  points: boolean;
  /** A net change: a − b, not the other way round. */
  ordered?: boolean;
  /** The two sides are the terms of one fraction a (158/164): its denominator and numerator. */
  fromFraction?: boolean;
  /** `a` was read in the unit before (the whole stated in the paragraph above): a related location only. */
  aFrom?: UnitContext;
}

const EN_BEFORE = /(?:^|[^\p{L}])((?:an?[ \t]+)?(?:under-?spend(?:ing)?|over-?spend(?:ing)?|shortfall|vacancy|vacancies|vacancy[ \t]+gap|staffing[ \t]+gap|(?:adverse|favou?rable)[ \t]+variance|(?:undisbursed|unspent|unused|remaining)[ \t]+balance|balance)(?:[ \t]+(?:of|was|is|stood[ \t]+at|at))?|leaving(?:[ \t]+(?:an?[ \t]+)?(?:[\p{L}-]+[ \t]+)?(?:under-?spend|shortfall|balance|vacancy|gap|deficit|headroom|capacity|room|margin)[ \t]+of)?|the[ \t]+remaining|(?:an?|the)[ \t]+(?:safety[ \t]+)?(?:margin|headroom|buffer|cushion)[ \t]+of|(?:short|over|under)[ \t]+by|(?:the|its|our|this)[ \t]+(?:target|goal|plan|commitment|pledge|ambition|aim)[ \t]+(?:was|has[ \t]+been|had[ \t]+been)[ \t]+(?:(?:therefore|thus|so|also|comfortably|narrowly|just)[ \t]+)*(?:missed|exceeded|beaten|surpassed|undershot|overshot)[ \t]+by)[ \t]*$/u;
const VI_BEFORE = /(?:^|[^\p{L}])(còn[ \t]+lại|còn[ \t]+(?:phải[ \t]+(?:thu|nộp|thực[ \t]+hiện|giải[ \t]+ngân|huy[ \t]+động|đầu[ \t]+tư|phát[ \t]+triển|xây[ \t]+dựng|hoàn[ \t]+thành|tuyển|đào[ \t]+tạo|trồng|cấp)(?:[ \t]+thêm)?|thiếu)|chênh[ \t]+lệch|số[ \t]+dư|chưa[ \t]+(?:được[ \t]+)?(?:thực[ \t]+hiện|giải[ \t]+ngân|sử[ \t]+dụng|phân[ \t]+bổ|hoàn[ \t]+thành)(?:[ \t]+[\p{L}]+){0,3}?[ \t]+là)(?:(?:[ \t]+(?:[\p{L}]+|\d{1,2})){0,8}?[ \t]+là|[ \t]+(?:là|khoảng|gần|hơn))?[ \t]*:?[ \t]*$/u;
/** "1.6 points short", "862 WTE vacant", "830 tỷ đồng chưa giải ngân". */
const AFTER = /^[ \t]*(?:(?:percentage[ \t]+)?points?[ \t]+|(?:[\p{L}]+[ \t]+){0,1})?(short(?:[ \t]+of)?|(?:below|above|under|over|ahead[ \t]+of|behind)(?=[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+)?(?:[\p{L}'’-]+[ \t]+)?(?:target|standard|benchmark|goal|ambition|threshold|trajectory|capacity|establishment|limit|budget|plan|forecast|profile|allocation|milestone|ceiling)(?![\p{L}]))|vacant|(?:(?:remains?|remained|is|was|were|are)[ \t]+(?:still[ \t]+)?)?(?:unspent|unused|undisbursed|uncommitted)|chưa[ \t]+giải[ \t]+ngân|chưa[ \t]+thực[ \t]+hiện|chưa[ \t]+sử[ \t]+dụng)(?![\p{L}])/u;
const TRADE_BEFORE = /(?:^|[^\p{L}])((?:the[ \t]+)?(?:visible[ \t]+)?trade[ \t]+(?:deficit|surplus|gap)(?:[ \t]+(?:was|is|of|fell[ \t]+to|rose[ \t]+to|narrowed[ \t]+to|widened[ \t]+to|stood[ \t]+at|at|came[ \t]+to|reached))?|nhập[ \t]+siêu|xuất[ \t]+siêu)(?:[ \t]+(?:là|khoảng|ở[ \t]+mức))?[ \t]*$/u;
const SIDE_IS_MARGIN = /^[ \t]*(?:(?:above|below|over|under|within|ahead[ \t]+of|behind)[ \t]+(?:the[ \t]+|its[ \t]+)?(?:budget|plan|target|forecast|profile|allocation)|(?:under|over)spen[dt]|(?:cao|thấp)[ \t]+hơn[ \t]+(?:dự[ \t]+toán|kế[ \t]+hoạch))(?![\p{L}])/u;
/** A word naming the base the other figure is measured against. */
export const BASE = /(?:^|[^\p{L}])(?:budget(?:ed)?|funded(?:[ \t]+for)?|standard|ambition|threshold|benchmark|cap|ceiling|limit|minimum|maximum|floor|appropriation|allocat(?:ed|ion)|establishment|planned|plan|target|commitments?|approved|aim(?:s|ed)?[ \t]+to(?:[ \t]+[\p{L}-]+)?|(?:committed|pledged)[ \t]+to|mục[ \t]+tiêu|kế[ \t]+hoạch|dự[ \t]+toán|chỉ[ \t]+tiêu|được[ \t]+giao|phân[ \t]+bổ|bố[ \t]+trí|tổng[ \t]+(?:số|diện[ \t]+tích|vốn|kinh[ \t]+phí|mức|nhu[ \t]+cầu))(?![\p{L}])|capacity|(?:^|[^\p{L}])of[ \t]+(?:the|its|their)[ \t]*$/u;

function kindOf(f: Figure, points: boolean): boolean {
  return points ? f.kind === "percent" && f.unit === "%" : f.kind === "number" && !isPercent(f);
}

function firstWord(s: string | undefined): string {
  return (s ?? "").split(/[ \t]+/)[0];
}

function initials(s: string): string {
  return s.split(/[ \t-]+/).filter(Boolean).map((w) => w[0]).join("");
}

/** Whether x measures the same thing as the stated difference d. */
function sameKind(x: Figure, d: Figure, points: boolean): boolean {
  if (!kindOf(x, points)) return false;
  if (points) return true;
  // ("£365 per pothole" beside "an underspend of £0.5m": a sum written in millions is not set against a
  // few pounds.)
  if (d.unit && x.unit && !!d.scale !== !!x.scale && /^[£$€]/u.test(d.text + x.text)) return false;
  if (d.unit || x.unit) return (x.unit ?? "") === (d.unit ?? "");
  const xn = x.noun ?? "";
  const dn = d.noun ?? "";
  if (!xn && !dn) return !!x.scale && !!d.scale;
  if (!xn || !dn) return false;
  // "9,874 whole-time equivalents (WTE)" and "862 WTE".
  // ("2,400 council homes" and "744 homes": an English head noun comes last.)
  return firstWord(xn) === firstWord(dn) || initials(xn) === firstWord(dn) || initials(dn) === firstWord(xn) || (/^[a-z -]+$/.test(xn + dn) && lastWord(xn) === lastWord(dn) && lastWord(xn).length > 3);
}

function lastWord(s: string): string {
  return s.split(/[ \t]+/).pop() ?? "";
}

/** The words of a margin to a target, not of what is left over ("the remaining 24 on the list"). */
const MARGIN_WORD = /(?:missed|exceeded|beaten|surpassed|undershot|overshot|short|above|below|behind|ahead|under|over)/u;

/** A count whose noun, if any, is the margin word the reader took for one ("34 short"). */
function bareMargin(d: Figure): boolean {
  return d.kind === "number" && isCount(d) && !isPercent(d) && (!d.noun || /^(?:short|above|below|under|over|fewer|more|ahead|behind)(?![\p{L}])/u.test(d.noun));
}

function nounsAgree(a: Figure, b: Figure): boolean {
  const an = (a.noun ?? "").toLowerCase();
  const bn = (b.noun ?? "").toLowerCase();
  if (!an || !bn) return true;
  // ("5,000 street trees this winter" and "4,310 trees": one names the other's head.)
  const aw = an.split(/[ \t]+/u);
  const bw = bn.split(/[ \t]+/u);
  return aw[0] === bw[0] || lastWord(an) === lastWord(bn) || (aw.length <= 4 && bw.length <= 4 && (aw.includes(bw[0]) || bw.includes(aw[0])));
}

function isPoints(d: Figure): boolean {
  return d.unit === "pp" || (d.kind === "number" && !d.unit && /^(?:points?|điểm)(?:$|[ \t])/u.test(d.noun ?? ""));
}

/** The sentence before s, when it is in the same paragraph (no line break between). */
function previousInParagraph(ctx: UnitContext, s: Sentence): Sentence | undefined {
  const k = ctx.sentences.indexOf(s);
  if (k < 1) return undefined;
  const p = ctx.sentences[k - 1];
  return /^[ \t]*$/.test(ctx.text.slice(p.end, s.start)) && !/\n/.test(ctx.text.slice(p.start, p.end).trimEnd()) ? p : undefined;
}

/** The lead-in of x: the text back to the figure before it (or the window start), at most 70 characters. */
function leadIn(ctx: UnitContext, figs: Figure[], x: Figure, floor: number): string {
  const i = figs.indexOf(x);
  const prevEnd = i > 0 ? figs[i - 1].end : floor;
  const q = x.qualifiers[0]?.start ?? x.start;
  return ctx.lower.slice(Math.max(floor, prevEnd, q - 70), q);
}

export function findDifferences(ctx: UnitContext): Difference[] {
  return ctx.memo("differences", () => {
    const out: Difference[] = [];
    let changes: { from: Figure; to: Figure }[] | undefined;
    const pairedByChange = (a: Figure, b: Figure) => {
      changes ??= [...findChanges(ctx), ...findReverseChanges(ctx)];
      return changes.some((c) => (c.from === a && c.to === b) || (c.from === b && c.to === a));
    };
    for (const s of ctx.sentences) {
      for (const d of s.figs) {
        if (d.kind !== "number" && d.kind !== "percent") continue;
        const q = d.qualifiers[0]?.start ?? d.start;
        // (Hard-wrapped text: a line break inside the words is a space; same length, same offsets.)
        const pre = ctx.lower.slice(Math.max(s.start, q - 50), q).replace(/\r?\n/gu, (x) => " ".repeat(x.length));
        // "the highest … at 5.3% and the lowest … at 2.9%, a gap of 2.4 percentage points": the gap
        // between the two values just named.
        const gapWord = GAP_BEFORE.exec(pre);
        if (gapWord) {
          const k = s.figs.indexOf(d);
          const points = isPoints(d);
          if (k >= 2 && (points || d.kind === "number")) {
            const [x, y] = [s.figs[k - 2], s.figs[k - 1]];
            const yq = y.qualifiers[0]?.start ?? y.start;
            const gq = q - pre.length + gapWord.index + gapWord[0].indexOf(gapWord[1]);
            if (sameKind(x, d, points) && sameKind(y, d, points) && PAIR_LINK.test(ctx.lower.slice(x.end, yq)) && /^[ \t]*\)?[ \t]*(?:,|—|–|-)[ \t]*$/u.test(ctx.lower.slice(y.end, gq)) && !pairedByChange(x, y)) {
              out.push({ a: x, b: y, diff: d, word: { start: gq, end: gq + gapWord[1].length }, points });
              continue;
            }
          }
        }
        // ("income … was £486,250 against a budget of £470,000, a surplus of £16,250": the two amounts set
        // against each other right before it.)
        const sd = /(?:^|[^\p{L}])((?:an?|the)[ \t]+(?:surplus|deficit))[ \t]+of[ \t]*$/u.exec(pre);
        const kd = s.figs.indexOf(d);
        if (sd && kd >= 2 && d.kind === "number" && !isPoints(d)) {
          const [x, y] = [s.figs[kd - 2], s.figs[kd - 1]];
          const at = q - pre.length + sd.index + sd[0].indexOf(sd[1]);
          if (sameKind(x, d, false) && sameKind(y, d, false) && /^[ \t]+against[ \t]+(?:an?|the|its)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:budget|target|forecast|plan)[ \t]+(?:of[ \t]+)?$/u.test(ctx.lower.slice(x.end, y.qualifiers[0]?.start ?? y.start)) && /^[ \t]*,[ \t]*$/u.test(ctx.lower.slice(y.end, at)) && !pairedByChange(x, y)) {
            out.push({ a: x, b: y, diff: d, word: { start: at, end: at + sd[1].length }, points: false });
            continue;
          }
        }
        const trade = TRADE_BEFORE.exec(pre);
        const m = trade ? null : (EN_BEFORE.exec(pre) ?? VI_BEFORE.exec(pre));
        // ("2.8 percentage points below the council's target": the longer unit word takes more room.)
        const after = m || trade ? null : AFTER.exec(ctx.lower.slice(d.end, d.end + (/^[ \t]*percentage[ \t]+points?/u.test(ctx.lower.slice(d.end, d.end + 20)) ? 50 : 30)));
        if (!m && !after && !trade) continue;
        // ("aims to convert 31,200 of the remaining 33,610 lanterns": what remains is the base of a part here.)
        if (m && BASE_OF_REST.test(pre.slice(0, m.index + m[0].indexOf(m[1])))) continue;
        // ("vượt thu nội địa còn lại 1.263,6 tỷ đồng": a revenue or spending line named "the rest of …" is a line, no remainder.)
        if (m && /^còn[ \t]+lại/u.test(m[1]) && /(?<![\p{L}])(?:thu|chi)(?:[ \t]+[\p{L}\p{M}]+){1,3}[ \t]+$/u.test(pre.slice(0, m.index + m[0].indexOf(m[1])))) continue;
        const points = isPoints(d);
        if (!points && d.kind !== "number") continue;
        const word = m ?? trade
          ? { start: q - pre.length + (m ?? trade)!.index + (m ?? trade)![0].indexOf((m ?? trade)![1]), end: 0 }
          : { start: d.end + after!.index + after![0].indexOf(after![1]), end: 0 };
        word.end = word.start + (m ?? trade ?? after)![1].length;
        const prev = previousInParagraph(ctx, s);
        if (trade) {
          if (points) continue;
          const pair = tradePair(ctx, s, d);
          if (pair && !pairedByChange(pair[0], pair[1])) out.push({ a: pair[0], b: pair[1], diff: d, word, points });
          continue;
        }
        const floor = prev ? prev.start : s.start;
        const figs = [...(prev?.figs ?? []), ...s.figs];
        // ("Bình quân mỗi năm huy động được 321,2 tỷ đồng": an average a year is no side of a rest.)
        const averaged = (x: Figure) => x.perYear || /(?:bình[ \t]+quân|trung[ \t]+bình|average|mean)(?:[ \t]+(?:mỗi|một|hằng|hàng)[ \t]+(?:năm|tháng))?(?:[ \t]+[\p{L}]+){0,3}[ \t]*$/u.test(ctx.lower.slice(Math.max(floor, x.start - 40), x.qualifiers[0]?.start ?? x.start)) || /^[ \t]*(?:\/[ \t]*(?:năm|tháng)|(?:mỗi|một)[ \t]+năm|a[ \t]+year|per[ \t]+(?:year|annum))/u.test(ctx.lower.slice(x.end, x.end + 12));
        let same = figs.filter((x) => x.end <= q && x !== d && sameKind(x, d, points) && !averaged(x));
        // "…, 92.8% of the approved budget of £91.2m, and up 8.0% on the £78.3m spent in 2022/23. The
        // underspend of £6.6m …": an earlier value a change started from is not one of the two sides.
        if (same.length > 2) {
          changes ??= [...findChanges(ctx), ...findReverseChanges(ctx)];
          const earlier = new Set(changes.map((c) => c.from));
          const now = same.filter((x) => !earlier.has(x));
          if (now.length === 2) same = now;
        }
        // "at 68.4% against the interim target of 70%, 1.6 points short": a value set against its
        // target right before the difference is its pair, whatever came before.
        const k = s.figs.indexOf(d);
        if (k >= 2) {
          const [x, y] = [s.figs[k - 2], s.figs[k - 1]];
          if (((sameKind(x, d, points) && sameKind(y, d, points)) || (!points && bareMargin(d) && x.kind === "number" && y.kind === "number" && isCount(x) && isCount(y) && !isPercent(x) && !isPercent(y) && nounsAgree(x, y))) && AGAINST.test(ctx.lower.slice(x.end + (x.noun && ctx.lower.startsWith(` ${x.noun}`, x.end) ? x.noun.length + 1 : 0), y.qualifiers[0]?.start ?? y.start)) && /^[ \t]*,[ \t]*$/.test(ctx.lower.slice(y.end, q))) same = [x, y];
        }
        // "(67.1%) — 2.9 percentage points short of the 70% target": the value right before, the
        // target right after "short of".
        if (after && /^short/u.test(after[1]) && k >= 1 && k + 1 < s.figs.length) {
          const [x, y] = [s.figs[k - 1], s.figs[k + 1]];
          const wordEnd = d.end + after.index + after[0].length;
          if (sameKind(x, d, points) && sameKind(y, d, points) && /^[ \t]*\)?[ \t]*(?:,|—|–|-)[ \t]*$/u.test(ctx.lower.slice(x.end, q)) && wordEnd <= (y.qualifiers[0]?.start ?? y.start) && (/^[ \t]+(?:of[ \t]+)?(?:the|a|an|our|its)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?$/u.test(ctx.lower.slice(wordEnd, y.qualifiers[0]?.start ?? y.start)) && /^[ \t]*(?:[\p{L}\d-]+[ \t]+){0,3}?(?:target|standard|goal|threshold|benchmark|ambition)(?![\p{L}])/u.test(ctx.lower.slice(y.end, y.end + 40)) || /^[ \t]+(?:of[ \t]+)?(?:the|a|an|our|its)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:target|standard|goal|threshold|benchmark|ambition)[ \t]+(?:of[ \t]+)?(?:[\p{L}-]+[ \t]*)?\(?[ \t]*$/u.test(ctx.lower.slice(wordEnd, y.qualifiers[0]?.start ?? y.start)))) same = [x, y];
          // ("64.9%, 1.8 points short of the national ambition of two-thirds (66.7%)": a base told after
          // the margin word is the other side; the figures before are not.)
          else if (same.length === 2 && k + 1 < s.figs.length && sameKind(s.figs[k + 1], d, points) && /^[^.;\d]{0,60}$/u.test(ctx.lower.slice(d.end + after.index + after[0].length, s.figs[k + 1].qualifiers[0]?.start ?? s.figs[k + 1].start))) continue;
        }
        // ("Attendance … was 82.4%, up 5.5 points from 76.9%. This is still 3.6 points short of the 85%
        // target": a sentence that opens on the value before it, and the target after the gap; "The number
        // of recipients remains 76 short of the … target of 1,350" names it.)
        if (after && /^(?:short|below|under|behind)/u.test(after[1]) && k === 0 && s.figs.length >= 2 && prev && /^[\s"“(*•-]*(?:this|that|it|this[ \t]+rate|the[ \t]+rate|we|the[ \t]+(?:trust|council|service|force|team|authority|board|charity|partnership)|the[ \t]+(?:number|total|count)[ \t]+of[ \t]+[\p{L}-]+)[ \t]+(?:is|was|are|were|remain|remains|remained|stays|stood|stands)[ \t]+(?:still[ \t]+|now[ \t]+|therefore[ \t]+)?$/u.test(ctx.lower.slice(s.start, q))) {
          const y = s.figs[1];
          const wordEnd = d.end + after.index + after[0].length;
          changes ??= [...findChanges(ctx), ...findReverseChanges(ctx)];
          // (The margin's own noun may read oddly, "241 volunteers short": one unit is enough.)
          const kin = (f: Figure) => sameKind(f, d, points) || (!points && f.kind === "number" && d.kind === "number" && !isPercent(f) && !isPercent(d) && (f.unit ?? "") === (d.unit ?? ""));
          const ends = changes.filter((c) => c.to.start >= prev.start && c.to.end <= prev.end && kin(c.to)).map((c) => c.to);
          const like = prev.figs.filter((f) => sameKind(f, d, points) && !changes!.some((c) => c.from === f) && !/(?<![\p{L}])(?:from|than|on|compared[ \t]+with|so[ \t]+với|từ)[ \t]*$/u.test(ctx.lower.slice(Math.max(prev.start, f.start - 16), f.start)) && !inBrackets(ctx, prev.start, f.start));
          const x = new Set(ends).size === 1 ? ends[0] : like.length === 1 ? like[0] : undefined;
          const toY = ctx.lower.slice(wordEnd, y.qualifiers[0]?.start ?? y.start);
          const named = (/^[ \t]+(?:of[ \t]+)?(?:the|our|its|a|an)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?$/u.test(toY) && /^[ \t]*(?:[\p{L}\d-]+[ \t]+){0,2}?(?:target|standard|goal|threshold|benchmark|ambition)(?![\p{L}])/u.test(ctx.lower.slice(y.end, y.end + 40))) || /^[ \t]+(?:of[ \t]+)?(?:the|our|its|a|an)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?(?:target|standard|goal|threshold|benchmark|ambition)[ \t]+(?:of[ \t]+)?\(?[ \t]*$/u.test(toY);
          // ("short of our 4,500 target": the target's count may carry the word "target" as its noun.)
          const yLike = sameKind(y, d, points) || (!points && y.kind === "number" && !y.unit && !isPercent(y) && (!y.noun || /^(?:target|goal|standard|trajectory|ambition)(?: |$)/u.test(y.noun)) && !d.unit);
          if (x && yLike && named) {
            out.push({ a: y, b: x, diff: d, word, points, ordered: true });
            continue;
          }
        }
        // ("6,842 enrolments …, 97.7% of the contract target of 7,000, leaving the service 185 enrolments
        // short of target": a plan given as a bare count, after its word, counts what the other side counts.)
        if (same.length === 1 && !points && !d.unit && d.noun) {
          const bare = figs.filter((x) => x.end <= q && x !== d && x.kind === "number" && !x.unit && !x.noun && !x.scale && isCount(x) && !x.qualifiers.length && BASE.test(leadIn(ctx, figs, x, floor) + " " + ctx.lower.slice(x.end, x.end + 12).split(/[ \t]+/u).slice(0, 2).join(" ")));
          if (bare.length === 1) same = [...same, bare[0]].sort((u, v) => u.start - v.start);
        }
        // ("committed to train 800 frontline staff. … 612 staff had completed it, so the target was missed
        // by 288", "It trained 96, which is 34 short of the target": a margin with no noun of its own
        // counts what its two sides count, the only two counts before it.)
        // ("…, 44 short of target, mainly because two events … were cancelled": a count in a later clause
        // says something else; only one in the margin's own clause may be its other side.)
        if (same.length !== 2 && !points && bareMargin(d) && MARGIN_WORD.test((m ?? after)![1]) && !s.figs.slice(k + 1).some((x) => isCount(x) && !/[,;:(—–]/u.test(ctx.text.slice(d.end, x.start)))) {
          const counts = figs.filter((x) => x.end <= q && x !== d && isCount(x) && x.kind === "number" && !isPercent(x) && !x.qualifiers.length && !/^(?:19|20)\d\d$/u.test(x.text));
          if (counts.length === 2 && nounsAgree(counts[0], counts[1])) same = counts;
        }
        if (same.length !== 2) continue;
        // ("… against a target of 96.5%. Performance compared with the national average of 95.1%, a margin
        // of 1.1 points": a margin is of the two its own sentence sets side by side.)
        if (m && /(?:margin|headroom|buffer|cushion)/u.test(m[1]) && same.some((x) => x.start < s.start)) continue;
        // ("- … (2,53%) …;\n- Số hóa … chưa đạt chỉ tiêu 100% (còn thiếu 5,8 điểm phần trăm)": what a list
        // item still lacks is of two sides the item itself names.)
        if (m && /^còn[ \t]+(?:phải|thiếu)/u.test(m[1]) && same.some((x) => x.start < s.start) && /^\s*(?:[-+*•–]|\d{1,2}[.)]|[a-zđ]\))[ \t]/u.test(ctx.text.slice(s.start, s.start + 8))) continue;
        // ("19/22 chỉ tiêu đạt và vượt …, trong đó 15 …, 4 …; còn lại 3 chỉ tiêu không đạt": the rest
        // is of the fraction's whole, not one part less the other.)
        if (s.figs.some((f) => f.kind === "fraction" && f.end <= q)) continue;
        const [a, b] = same;
        // ("It is 8.7 points short of its 70% target. Treatment by staff remains strong at 88.9%, 3.9
        // points above target": a target the sentence before already set against its own margin is that
        // subject's, not this one's.)
        const isTarget = (x: Figure) => /(?<![\p{L}])(?:target|goal|standard|plan|ambition|mục[ \t]+tiêu|kế[ \t]+hoạch|chỉ[ \t]+tiêu)(?:[ \t]+of)?[ \t]*$/u.test(ctx.lower.slice(Math.max(0, x.start - 24), x.start)) || /^[ \t]*(?:[\p{L}-]+[ \t]+)?(?:target|goal|standard)(?![\p{L}])/u.test(ctx.lower.slice(x.end, x.end + 24));
        if ([a, b].some((x) => x.start < s.start && isTarget(x) && (out.some((o) => (o.a === x || o.b === x) && o.diff.start < s.start) || ctx.sentenceOf(x).figs.some((g) => g !== x && g !== a && g !== b && (points ? isPoints(g) : g.kind === d.kind && (g.unit ?? "") === (d.unit ?? "")) && /^[ \t]+(?:(?:percentage[ \t]+)?points?[ \t]+|pp[ \t]+)?(?:short|above|below|behind|ahead|under|over)[ \t]+(?:of[ \t]+)?(?:the|its|their|our|target|plan|budget)(?![\p{L}])/u.test(ctx.lower.slice(g.end, g.end + 40)))))) continue;
        // ("City Hospital (31 minutes) narrowly missed it …, while St Anne's Hospital (38 minutes) is rated
        // Red, 8 minutes above the standard": a margin over the standard is of the standard, not of two
        // places' values in their brackets.)
        if (!isTarget(a) && !isTarget(b) && [a, b].every((x) => /\([ \t]*$/u.test(ctx.lower.slice(Math.max(0, x.start - 3), x.qualifiers[0]?.start ?? x.start))) && /^[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:above|below|over|under|short[ \t]+of|ahead[ \t]+of|behind|outside|within)[ \t]+(?:the|its|our|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:standard|target|goal|threshold|ambition|benchmark)(?![\p{L}])/u.test(ctx.lower.slice(d.end, d.end + 60))) continue;
        // ("higher investment income (£1.66m above budget) and lower interest payable (£0.36m below
        // budget) was a net favourable variance of £2.02m": two margins add up; neither is a side.)
        if ([a, b].some((x) => SIDE_IS_MARGIN.test(ctx.lower.slice(x.end, x.end + 30)))) continue;
        // ("… cao hơn bình quân chung vùng đồng bằng sông Hồng (37,5%). So với mục tiêu 45% …, tỉnh còn
        // thiếu 5,2 điểm phần trăm": a benchmark set beside the value in the sentence before is no side.)
        if ([a, b].some((x) => x.start < s.start && /(?<![\p{L}])(?:cao[ \t]+hơn|thấp[ \t]+hơn|so[ \t]+với|bình[ \t]+quân[ \t]+chung|than|compared[ \t]+(?:with|to)|national[ \t]+average|regional[ \t]+average)(?![\p{L}])[^;.\d]{0,70}\([ \t]*$/u.test(ctx.lower.slice(Math.max(0, x.start - 90), x.qualifiers[0]?.start ?? x.start)))) continue;
        // ("to apply £1,200,000 of the surplus to … and £450,000 to …; the remaining £312,300": a side
        // said to be some of a larger whole leaves the rest of that whole, unwritten here.)
        if ([a, b].some((x) => /^[ \t]+of[ \t]+(?:the|its|our|this|that)[ \t]+[\p{L}][^\d]*$/u.test(ctx.lower.slice(x.end, x.end + 30).split(/[,;.]/u)[0]))) continue;
        // ("Cumulative spend … is $1.536 million, which is 64.0% of the total budget; year one spend was
        // $693,500. The remaining $864,000 …": what remains is of the total the share names, unwritten.)
        if (figs.some((x) => x.start > a.end && x.end <= q && x.kind === "percent" && /^[ \t]+(?:of[ \t]+(?:the[ \t]+|its[ \t]+)?(?:total|overall|whole|full)|của[ \t]+tổng|tổng)(?![\p{L}])/u.test(ctx.lower.slice(x.end, x.end + 20)))) continue;
        // ("Tổng diện tích đất … của các KCN đã hoạt động là 3.240 ha": a sentence that opens with its total.)
        const opensWithTotal = (x: Figure) => ctx.sentenceOf(x).figs[0] === x && /^[\s*•-]*tổng[ \t]+(?:số|diện[ \t]+tích|vốn|kinh[ \t]+phí|mức|nhu[ \t]+cầu)(?![\p{L}])[^\d;:]*$/u.test(ctx.lower.slice(ctx.sentenceOf(x).start, x.start));
        if (!BASE.test(leadIn(ctx, figs, a, floor)) && !BASE.test(leadIn(ctx, figs, b, floor)) && !BASE.test(a.noun ?? "") && !BASE.test(b.noun ?? "") && !opensWithTotal(a)) continue;
        if (pairedByChange(a, b)) continue;
        out.push({ a, b, diff: d, word, points });
      }
    }
    out.push(...findOtherOfWhole(ctx, out), ...findGapToNamed(ctx, out), ...findRestOfDone(ctx, out), ...findUndone(ctx, out), ...findNetOf(ctx, out), ...findNetChanges(ctx), ...findRestOfFraction(ctx), ...findSurpluses(ctx), ...findRestOfRate(ctx, out), ...findRestToTarget(ctx));
    out.push(...findRestOfTotal(ctx, out));
    out.push(...findAddedCounts(ctx, out));
    out.push(...findByTo(ctx, out));
    out.push(...findRestsOfTarget(ctx, new Set(out.map((d) => d.diff))));
    out.push(...findFurtherNeeded(ctx, new Set(out.map((d) => d.diff))));
    out.push(...findPlanMargins(ctx, new Set(out.map((d) => d.diff))));
    out.push(...findNextMargins(ctx, new Set(out.map((d) => d.diff))));
    out.push(...findPairMargins(ctx, new Set(out.map((d) => d.diff))));
    out.push(...findRestsOfCounted(ctx, new Set(out.map((d) => d.diff))));
    out.push(...comparedPlanMargins(ctx, new Set(out.map((d) => d.diff))));
    // ("Operators challenged 1,785 calls …, and 1,221 of those … . The remaining 2,907 calls …": a rest
    // larger than the whole it is said to be left of is of another whole.)
    return out.filter((x) => !(/^(?:the[ \t]+)?(?:remaining|rest|leaving|còn[ \t]+lại)/u.test(ctx.lower.slice(x.word.start, x.word.end)) && !x.points && x.a.value && x.diff.value && !x.a.scale && !x.diff.scale && new D(x.diff.value.exact).gt(x.a.value.exact)));
  });
}

// "tăng 3.215 hội viên so với cuối năm 2023; trong năm kết nạp mới 5.120 hội viên, giảm 1.905 hội
// viên", "up 3,215 on the end of 2023; during the year we recruited 5,120 members and lost 1,905":
// the net change since the end of the last year is what came in during the year less what went
// out. The three counts name one noun and follow each other.
const NET_LEAD = /(?:^|[^\p{L}])(tăng|giảm|up|down|(?:a[ \t]+)?net[ \t]+(?:increase|decrease|gain|loss|rise|fall)[ \t]+of)[ \t]*(?:thêm[ \t]+)?$/u;
const NET_SINCE = /^[^;\d]{0,25}?(?:so[ \t]+với|compared[ \t]+with|on|since)[ \t]+(?:the[ \t]+)?(?:cuối|đầu|end[ \t]+of|start[ \t]+of|beginning[ \t]+of)[ \t]+(?:năm|the[ \t]+year|kỳ[ \t]+trước)?[ \t]*(?:(?:19|20)\d\d)?[ \t]*[;:][ \t]*(?:[\p{L}]+[ \t]+){0,3}?$/u;
const NET_IN = /(?:^|[^\p{L}])(?:trong[ \t]+(?:năm|kỳ)|during[ \t]+the[ \t]+year|in[ \t]+the[ \t]+year|over[ \t]+the[ \t]+year)[ \t]*,?[ \t]*(?:[\p{L}]+[ \t]+){0,2}?(?:kết[ \t]+nạp(?:[ \t]+mới)?|phát[ \t]+triển(?:[ \t]+mới)?|tuyển(?:[ \t]+mới)?|recruited|admitted|enrolled)[ \t]*(?:thêm[ \t]+)?$/u;
const NET_OUT = /^[^;\d]{0,20}?(?:,|[ \t]và|[ \t]and)[ \t]*(?:giảm|ra[ \t]+khỏi|xóa[ \t]+tên|lost|removed)[ \t]*$/u;

// "Có 158/164 thôn, tổ dân phố có nhà văn hóa, … Hiện còn 6 thôn chưa có nhà văn hóa", "158 of 164
// villages have a hall; 6 villages still do not": the rest of a fraction's whole.
const REST_BEFORE = /(?:^|[^\p{L}])(?:hiện[ \t]+|vẫn[ \t]+)?(còn(?:[ \t]+lại)?)[ \t]*$/u;
const REST_AFTER_VI = /^[ \t]+[\p{L}]+(?:[ \t,]+[\p{L}]+){0,4}?[ \t]+chưa(?![\p{L}])/u;
const REST_AFTER_EN = /^[ \t]+[\p{L}]+[ \t]+(?:still[ \t]+)?(?:do|does|did|have|has|are|were)[ \t]+not(?![\p{L}])/u;

/** "2,968 of 3,412 eligible staff (87.0%) were compliant, …, leaving 454 still to complete". */
const LEAVING_EN = /(?:^|[,;][ \t]*)(leaving)[ \t]*$/u;
const LEFT_AFTER_EN = /^[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:(?:still|yet)[ \t]+to[ \t]+[\p{L}]+|outstanding|remaining|uncompleted|incomplete|non-compliant|not[ \t]+yet|to[ \t]+go|to[ \t]+complete|to[ \t]+be[ \t]+[\p{L}]+ed)(?![\p{L}])/u;

function findRestOfFraction(ctx: UnitContext): Difference[] {
  const out: Difference[] = [];
  for (const s of ctx.sentences) {
    for (const d of s.figs) {
      if (ctx.lang === "en" && d.kind === "number" && !d.unit && !d.scale && !d.qualifiers.length && d.value && /^\d+$/u.test(d.value.exact)) {
        const pre = ctx.lower.slice(Math.max(s.start, d.start - 20), d.start);
        const lv = LEAVING_EN.exec(pre);
        if (lv && LEFT_AFTER_EN.test(ctx.lower.slice(d.end, d.end + 40))) {
          const fracs = s.figs.filter((f) => f.end <= d.start && f.kind === "fraction" && !!f.numerator && !!f.denominator && !f.unit && new D(f.denominator.exact).gt(d.value!.exact));
          // (Only the one fraction of the sentence, and no other count between it and the rest.)
          if (fracs.length === 1 && !s.figs.some((g) => g.start > fracs[0].end && g.end <= d.start && g.kind === "number" && !isPercent(g) && !g.unit)) {
            const at = d.start - pre.length + lv.index + lv[0].indexOf(lv[1]);
            out.push({ a: fracs[0], b: fracs[0], diff: d, word: { start: at, end: at + lv[1].length }, points: false, fromFraction: true });
            continue;
          }
        }
      }
      if (d.kind !== "number" || d.unit || !d.noun) continue;
      const q = d.qualifiers[0]?.start ?? d.start;
      const pre = ctx.lower.slice(Math.max(s.start, q - 20), q);
      const vi = REST_BEFORE.exec(pre);
      const after = ctx.lower.slice(d.end, d.end + 60);
      // ("…, đạt 84,8%; còn 27 bến.": the rest closing its sentence needs no "chưa".)
      const bareRest = !!vi && /^[ \t]*(?:[.;]|$)/u.test(after.slice((d.noun && after.startsWith(` ${d.noun}`) ? d.noun.length + 1 : 0)));
      if (vi ? !REST_AFTER_VI.test(after) && !bareRest : !(/(?:^|[;,.][ \t]*)$/u.test(pre) && REST_AFTER_EN.test(after))) continue;
      // ("… có 110/125 xã đạt chuẩn …; huyện Hướng Hóa còn 6 xã chưa đạt": what one place still lacks is no
      // rest of the whole's fraction.)
      if (vi) {
        const clause = ctx.lower.slice(s.start, q).split(/[;,:.]/u).pop()!.trim();
        if (/^(?:huyện|thành[ \t]+phố|thị[ \t]+xã|quận|tỉnh|phường|xã|thị[ \t]+trấn|riêng)(?![\p{L}])/u.test(clause)) continue;
      }
      const prev = previousInParagraph(ctx, s);
      const noun = firstWord(d.noun.toLowerCase());
      // ("…; tương đương 3/4 tổng số trường học": a ratio smaller than the rest counts no whole of it.)
      const fracs = [...(prev?.figs ?? []), ...s.figs].filter((f) => f.end <= q && f.kind === "fraction" && !!f.numerator && !!f.denominator && !f.unit && new D(f.denominator.exact).gt(d.value!.exact));
      if (fracs.length !== 1) continue;
      const f = fracs[0];
      // ("Huyện Tân Hòa … (83 sản phẩm, 19/21 xã có sản phẩm) … còn 21 xã chưa có sản phẩm": a rest no
      // smaller than the fraction's whole, or after a fraction set aside in brackets, is of another whole.)
      if (!new D(f.denominator!.exact).gt(d.value!.exact) || (inBrackets(ctx, ctx.sentenceOf(f).start, f.start) && ctx.sentenceOf(f) !== s)) continue;
      // ("hoàn thành 21/34 nhiệm vụ, đang triển khai 9 nhiệm vụ, còn 4 nhiệm vụ chưa triển khai": a
      // count of the same thing between is another part; the rest is after both.)
      if ([...(prev?.figs ?? []), ...s.figs].some((g) => g.start > f.end && g.end <= q && g.kind === "number" && !g.unit && !!g.noun && firstWord(g.noun.toLowerCase()) === noun)) continue;
      const fn = firstWord((f.noun ?? "").toLowerCase()) || firstWord(ctx.lower.slice(f.end, f.end + 20).trim());
      // ("401/473 cảng, bến …; còn 27 bến": one of the nouns the fraction counts.)
      if (fn !== noun && !new RegExp(`^[ \\t]*(?:[\\p{L}]+[ \\t]*,[ \\t]*){1,2}${noun}(?![\\p{L}])`, "u").test(ctx.lower.slice(f.end, f.end + 30))) continue;
      // What is still missing is what the fraction counted: "… có nhà văn hóa … còn 6 thôn chưa có nhà
      // văn hóa"; in English the elided "do not" needs the fraction in its own sentence.
      if (vi && !bareRest) {
        const what = /chưa[ \t]+((?:[\p{L}]+[ \t]+)?[\p{L}]+)/u.exec(after);
        const fs = ctx.sentenceOf(f);
        if (!what || !ctx.lower.slice(f.end, Math.min(fs.end, f.end + 80, q)).includes(what[1])) continue;
      } else if (!s.figs.includes(f)) continue;
      const en = vi ? null : REST_AFTER_EN.exec(after);
      const word = vi ? { start: q - pre.length + vi.index + vi[0].indexOf(vi[1]), end: q - pre.length + vi.index + vi[0].indexOf(vi[1]) + vi[1].length } : { start: d.end + 1, end: d.end + en![0].length };
      out.push({ a: f, b: f, diff: d, word, points: false, fromFraction: true });
    }
  }
  return out;
}

// "a surplus before other gains and losses of £6.7m for 2023/24 … Total income rose by 4.0% to
// £412.6m (2022/23: £396.8m), while expenditure grew …, from £390.4m to £405.9m": the surplus (or
// deficit) is income less expenditure, the one value now of each in its sentence and the next.
const SURPLUS_BEFORE = /(?:^|[^\p{L}])((?:an?[ \t]+)?(?:operating[ \t]+)?(?:surplus|deficit|net[ \t]+cost(?:[ \t]+to[ \t]+(?:the[ \t]+)?[\p{L}]+)?)(?:[ \t]+(?:before|after)(?:[ \t]+[\p{L}]+){1,4})?[ \t]+of|(?:kết[ \t]+dư|bội[ \t]+chi|bội[ \t]+thu|thặng[ \t]+dư)(?:[ \t]+(?:là|khoảng))?)[ \t]*$/u;
const INCOME_BEFORE = /(?<![\p{L}])(?:total[ \t]+)?(?:income|revenue)(?![\p{L}])[^;]{0,50}$|(?<![\p{L}])tổng[ \t]+thu(?![\p{L}])[^;]{0,30}$/u;
const SPEND_BEFORE = /(?<![\p{L}])(?:total[ \t]+)?(?:expenditure|expenses|spending)(?![\p{L}])[^;]{0,60}$|(?<![\p{L}])tổng[ \t]+chi(?![\p{L}])[^;]{0,30}$/u;
/** Words naming another amount than the income or expenditure itself. */
const OTHER_AMOUNT = /(?<![\p{L}])(?:surplus|deficit|balance|budget|plan|planned|target|forecast|overspend|underspend|variance|kết[ \t]+dư|bội[ \t]+chi|dự[ \t]+toán|kế[ \t]+hoạch)(?![\p{L}])/u;

/** "(năm 2022 kết dư 612,8 triệu đồng)", "(2022/23: £15.2m, 3.9%)": another year's figure, in brackets. */
function otherYearBracket(ctx: UnitContext, from: number, f: Figure): boolean {
  const before = ctx.lower.slice(Math.max(from, f.start - 60), f.start);
  const open = before.lastIndexOf("(");
  return open >= 0 && !before.slice(open).includes(")") && /(?:(?<!\d)(?:19|20)\d\d(?!\d)|năm trước|cùng kỳ|last year|prior year|previous year)/u.test(before.slice(open));
}

function findSurpluses(ctx: UnitContext): Difference[] {
  const out: Difference[] = [];
  let earlier: Set<Figure> | undefined;
  for (let k = 0; k < ctx.sentences.length; k++) {
    const s = ctx.sentences[k];
    for (const d of s.figs) {
      if (d.kind !== "number" || !d.unit || isPercent(d)) continue;
      const q = d.qualifiers[0]?.start ?? d.start;
      // Markdown emphasis around the figure ("of **£6.7m**") is not a word.
      const pre = ctx.lower.slice(Math.max(s.start, q - 60), q).replace(/[*_]+$/u, (m) => " ".repeat(m.length));
      const w = SURPLUS_BEFORE.exec(pre);
      if (!w || otherYearBracket(ctx, s.start, d)) continue;
      // "against a planned deficit of £4.8 million": a planned or budgeted balance is not income less expenditure.
      if (/(?<![\p{L}])(?:planned|budgeted|forecast|target(?:ed)?|expected|projected|original|revised|underlying)[ \t]+(?:operating[ \t]+)?$/u.test(pre.slice(0, w.index + w[0].indexOf(w[1])))) continue;
      const next = ctx.sentences[k + 1];
      // ("Total income for the year was £186,450. Expenditure was £154,230, giving a surplus of £32,220": the
      // income may be told in the sentence before.)
      const before = k > 0 && /^[ \t]*$/.test(ctx.text.slice(ctx.sentences[k - 1].end, s.start)) ? [ctx.sentences[k - 1]] : [];
      const scope = [...before, s, ...(next && /^[ \t]*$/.test(ctx.text.slice(s.end, next.start)) ? [next] : [])];
      earlier ??= new Set([...findChanges(ctx), ...findReverseChanges(ctx)].map((c) => c.from));
      const pick = (re: RegExp, not: RegExp) => {
        const c: Figure[] = [];
        for (const t of scope)
          for (const f of t.figs) {
            if (f === d || f.kind !== "number" || f.unit !== d.unit || earlier!.has(f) || otherYearBracket(ctx, t.start, f)) continue;
            // ("Average partner income was about £1,505 per business": an average is no total.)
            if (f.qualifiers.length || /^[ \t]+(?:per|a|each|mỗi)[ \t]/u.test(ctx.lower.slice(f.end, f.end + 12)) || /(?<![\p{L}])(?:average|mean|bình[ \t]+quân|trung[ \t]+bình)(?![\p{L}])[^\d;.]{0,30}$/u.test(ctx.lower.slice(Math.max(t.start, f.start - 40), f.start))) continue;
            const fq = f.qualifiers[0]?.start ?? f.start;
            const lead = ctx.lower.slice(Math.max(t.start, fq - 70), fq);
            const m = re.exec(lead);
            if (!m || not.test(lead.slice(m.index)) || OTHER_AMOUNT.test(lead.slice(m.index))) continue;
            // ("Spending on staff development was £312,000": spending on one thing is no total.)
            if (/^(?:total[ \t]+)?(?:expenditure|expenses|spending|income|revenue)[ \t]+(?:on|from)[ \t]/u.test(lead.slice(m.index).trimStart())) continue;
            // Between the noun and the value: words, percentages, and the value it changed from.
            const from = fq - lead.length + m.index;
            if (t.figs.some((g) => g.start >= from && g.end <= fq && !isPercent(g) && !earlier!.has(g))) continue;
            c.push(f);
          }
        // ("Income for the year was £1.87m: BCP check charges £1.42m, … and other income £0.24m": a total
        // that opens a list is the one meant, not an item of that list.)
        if (c.length > 1 && /^[ \t]*:/u.test(ctx.lower.slice(c[0].end, c[0].end + 4)) && c.slice(1).every((f) => ctx.sentenceOf(f) === ctx.sentenceOf(c[0]) && !ctx.lower.slice(c[0].end, f.start).includes(";"))) return c[0];
        return c.length === 1 ? c[0] : undefined;
      };
      const inc = pick(INCOME_BEFORE, SPEND_BEFORE);
      const exp = pick(SPEND_BEFORE, INCOME_BEFORE);
      if (!inc || !exp) continue;
      const at = q - pre.length + w.index + w[0].indexOf(w[1]);
      out.push({ a: inc, b: exp, diff: d, word: { start: at, end: at + w[1].length }, points: false, ordered: /surplus|kết dư|bội thu|thặng dư/u.test(w[1]) });
      if (!/surplus|kết dư|bội thu|thặng dư/u.test(w[1])) out[out.length - 1] = { a: exp, b: inc, diff: d, word: { start: at, end: at + w[1].length }, points: false, ordered: true };
    }
  }
  return out;
}

function findNetChanges(ctx: UnitContext): Difference[] {
  const out: Difference[] = [];
  for (const s of ctx.sentences) {
    for (let k = 0; k + 2 < s.figs.length; k++) {
      const [n, x, y] = [s.figs[k], s.figs[k + 1], s.figs[k + 2]];
      if ([n, x, y].some((f) => f.kind !== "number" || f.unit || f.scale || isPercent(f))) continue;
      const noun = firstWord(n.noun);
      if (!noun || firstWord(x.noun) !== noun || (y.noun && firstWord(y.noun) !== noun)) continue;
      const nq = n.qualifiers[0]?.start ?? n.start;
      const pre = ctx.lower.slice(Math.max(s.start, nq - 30), nq);
      const w = NET_LEAD.exec(pre);
      if (!w) continue;
      const xq = x.qualifiers[0]?.start ?? x.start;
      const mid = ctx.lower.slice(n.end, xq);
      if (!NET_SINCE.test(mid.replace(NET_IN, ""))) continue;
      if (!NET_IN.test(mid)) continue;
      if (!NET_OUT.test(ctx.lower.slice(x.end, y.qualifiers[0]?.start ?? y.start))) continue;
      const up = /^(?:tăng|up)$|(?:increase|gain|rise)/u.test(w[1]);
      const at = nq - pre.length + w.index + w[0].indexOf(w[1]);
      out.push({ a: up ? x : y, b: up ? y : x, diff: n, word: { start: at, end: at + w[1].length }, points: false, ordered: true });
    }
  }
  return out;
}

const GAP_BEFORE = /(?:^|[^\p{L}])((?:an?|the)[ \t]+(?:gap|difference)(?:[ \t]+between[ \t]+(?:them|the[ \t]+two))?[ \t]+of|(?:mức[ \t]+)?chênh[ \t]+lệch(?:[ \t]+(?:giữa[ \t]+)?(?:hai[ \t]+(?:mức|tỷ[ \t]+lệ|địa[ \t]+phương|nhóm)))?|cách[ \t]+biệt|khoảng[ \t]+cách)(?:[ \t]+(?:là|khoảng))?[ \t]*$/u;
/** Two values set side by side: "… at 5.3% and the lowest … at 2.9%", "… 5,3%, thấp nhất … 2,9%". */
const PAIR_LINK = /^(?![^;]*(?:target|plan|budget|chỉ[ \t]+tiêu|kế[ \t]+hoạch|mục[ \t]+tiêu))[^;\d]{0,25}?(?:[ \t]and[ \t]|[ \t]và[ \t]|,[ \t]*(?:while|whereas|còn|thấp[ \t]+nhất|cao[ \t]+nhất)[ \t]|,[ \t]*(?:[\p{L}\p{M}]+[ \t]+){1,4}?(?:thấp[ \t]+nhất|cao[ \t]+nhất|lowest|highest)(?![\p{L}]))[^;\d]{0,60}$/u;
const AGAINST = /^[ \t]*,?[ \t]*(?:against|compared[ \t]+with|versus|vs\.?|so[ \t]+với)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:[\p{L}-]+[ \t]+){0,3}?(?:target|standard|plan|budget|chỉ[ \t]+tiêu|kế[ \t]+hoạch|mục[ \t]+tiêu)[ \t]+(?:of[ \t]+|là[ \t]+)?$/u;
const EXPORT = /(?:^|[^\p{L}])(?:exports?|xuất[ \t]+khẩu)(?![\p{L}])/u;
const IMPORT = /(?:^|[^\p{L}])(?:imports?|nhập[ \t]+khẩu)(?![\p{L}])/u;

/** The one export value and the one import value of the trade balance's sentence and the two before. */
function tradePair(ctx: UnitContext, s: Sentence, d: Figure): [Figure, Figure] | undefined {
  const k = ctx.sentences.indexOf(s);
  const scope: Sentence[] = [];
  for (let j = k; j >= 0 && scope.length < 3; j--) {
    const t = ctx.sentences[j];
    scope.unshift(t);
    if (j > 0 && !/^[ \t]*$/.test(ctx.text.slice(ctx.sentences[j - 1].end, t.start))) break;
  }
  const changes = [...findChanges(ctx), ...findReverseChanges(ctx)];
  const pick = (want: RegExp, not: RegExp): Figure | undefined => {
    const cands: Figure[] = [];
    for (const t of scope) {
      // "Tổng kim ngạch xuất nhập khẩu", "total trade": the two together are neither side.
      const text = ctx.lower.slice(t.start, t.end).replace(/xuất[ \t]*(?:,|và)?[ \t]*nhập[ \t]+khẩu|exports?[ \t]+(?:and|plus)[ \t]+imports?|imports?[ \t]+(?:and|plus)[ \t]+exports?/gu, " ");
      if (!want.test(text)) continue;
      // A sentence naming both ("xuất khẩu đạt 4.915,3 triệu USD; nhập khẩu đạt 2.927,3 triệu USD"):
      // each figure by its own clause between semicolons.
      const both = not.test(text);
      for (const f of t.figs) {
        if (f === d || f.end > d.start || !sameKind(f, d, false)) continue;
        if (both) {
          const a = ctx.lower.lastIndexOf(";", f.start);
          const b = ctx.lower.indexOf(";", f.end);
          const clause = ctx.lower.slice(Math.max(t.start, a + 1), b < 0 || b > t.end ? t.end : b);
          if (a < t.start && (b < 0 || b > t.end)) continue;
          if (!want.test(clause) || not.test(clause)) continue;
        }
        // An earlier value of a change is not the current one.
        if (changes.some((c) => c.from === f)) continue;
        cands.push(f);
      }
    }
    return cands.length === 1 ? cands[0] : undefined;
  };
  const ex = pick(EXPORT, IMPORT);
  const im = pick(IMPORT, EXPORT);
  return ex && im ? [ex, im] : undefined;
}

// "tiếp nhận 28.416 hồ sơ … . Số hồ sơ giải quyết đúng hạn là 27.985 hồ sơ, đạt 98,5%; còn 431 hồ sơ
// trễ hạn", "Of 4,120 graduates … . 3,188 responded, a rate of 77.4%, leaving 932 who did not": the
// rest of the whole a stated rate is of. The whole is the one count of the same noun, in the sentence
// or the two before, that the rate is the share of (the rate confirms the pairing); the rest is then
// the whole less the part.
const REST_RATE_BEFORE = /(?:^|[;,][ \t]*)(?:hiện[ \t]+|vẫn[ \t]+)?(còn(?:[ \t]+lại)?|leaving|with[ \t]+the[ \t]+remaining|while[ \t]+the[ \t]+remaining|and[ \t]+the[ \t]+remaining|the[ \t]+remaining|the[ \t]+other)[ \t]*$/u;
const RATE_LINK = /^(?:[ \t]*[\p{L}]+){0,5}?[ \t]*(?:,[ \t]*|\([ \t]*)(?:đạt|chiếm|bằng|tỷ[ \t]+lệ|or|a[ \t]+rate[ \t]+of|an?[ \t]+[\p{L}]+[ \t]+rate[ \t]+of)?[ \t]*$/u;
const NOT_WHOLE = /(?<![\p{L}])(?:tăng|giảm|thêm|up|down|from|by|kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu|target|plan)(?:[ \t]+[\p{L}]+){0,1}?[ \t]*$/u;

function findRestOfRate(ctx: UnitContext, found: Difference[]): Difference[] {
  const out: Difference[] = [];
  const taken = new Set(found.map((d) => d.diff));
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let k = 2; k < s.figs.length; k++) {
      const d = s.figs[k];
      // A count of a noun, or an amount in a unit ("còn lại 8,41 ha").
      const amount = !!d.unit && !isPercent(d);
      if (taken.has(d) || d.kind !== "number" || (d.unit && !amount) || (!amount && !d.noun) || d.qualifiers.length || !d.value) continue;
      const q = d.start;
      const pre = ctx.lower.slice(Math.max(s.start, q - 30), q);
      const w = REST_RATE_BEFORE.exec(pre);
      if (!w) continue;
      const [a, p] = [s.figs[k - 2], s.figs[k - 1]];
      if (a.kind !== "number" || (amount ? a.unit !== d.unit || (a.scale?.factor ?? "1") !== (d.scale?.factor ?? "1") : a.unit || !a.noun) || a.qualifiers.length || !a.value || p.kind !== "percent" || p.unit !== "%" || !p.value) continue;
      const noun = amount ? "" : firstWord(d.noun);
      if (!amount && firstWord(a.noun) !== noun) continue;
      const kindOk = (t: Figure) => t.kind === "number" && !!t.value && !t.qualifiers.length && (amount ? t.unit === d.unit && (t.scale?.factor ?? "1") === (d.scale?.factor ?? "1") : !t.unit && !!t.noun && firstWord(t.noun) === noun);
      if (!RATE_LINK.test(ctx.lower.slice(a.end, p.qualifiers[0]?.start ?? p.start))) continue;
      // Nothing but the rate's own words between the rate and the rest.
      if (/\d/.test(ctx.lower.slice(p.end, q))) continue;
      // ("…, chiếm 52,0% tổng số dự án. Còn 18 dự án chậm tiến độ": a sentence of its own that opens on what
      // remains names a state of some of the rest unless it says they are not what the part is.)
      if (/[.!?][ \t]*$/u.test(ctx.lower.slice(Math.max(0, q - pre.length + w.index - 3), q - pre.length + w.index)) && !/^[ \t]+(?:[\p{L}]+[ \t]+){0,5}?(?:chưa|không|not|did[ \t]+not|trễ|quá[ \t]+hạn)(?![\p{L}])/u.test(ctx.lower.slice(d.end, d.end + 60))) continue;
      const rate = ctx.interval(p, p.value);
      const part = ctx.interval(a, a.value);
      const wholes: Figure[] = [];
      for (let j = si; j >= 0 && j >= si - 2; j--) {
        for (const t of ctx.sentences[j].figs) {
          if (t.start >= a.start || !kindOk(t)) continue;
          const sj = ctx.sentences[j];
          const tq = t.start;
          if (ctx.text.slice(Math.max(sj.start, tq - 80), tq).lastIndexOf("(") > ctx.text.slice(Math.max(sj.start, tq - 80), tq).lastIndexOf(")")) continue;
          if (NOT_WHOLE.test(ctx.lower.slice(Math.max(sj.start, tq - 25), tq))) continue;
          const whole = ctx.interval(t, t.value!);
          if (!whole.lo.gt(0)) continue;
          if (part.div(whole).scale(100).overlaps(rate)) wholes.push(t);
        }
      }
      let aFrom: UnitContext | undefined;
      // "Tổng diện tích đất thu hồi … là 96,84 ha, gồm: …" in the paragraph above, "đạt 91,3% tổng diện
      // tích; còn lại 8,41 ha" here: the whole the rate names, the one figure of the kind there it fits.
      if (!wholes.length && si <= 1 && /(?:tổng|total|of[ \t]+the[ \t]+(?:total|whole))/u.test(ctx.lower.slice(p.end, p.end + 25))) {
        const pc = ctx.previous();
        const fits = pc ? pc.figures.filter((t) => kindOk(t) && !inBrackets(pc, Math.max(0, t.start - 80), t.start) && part.div(pc.interval(t, t.value!)).scale(100).overlaps(rate)) : [];
        if (fits.length === 1) {
          wholes.push(fits[0]);
          aFrom = pc;
        }
      }
      if (wholes.length !== 1) continue;
      // ("…, trong đó học sinh, sinh viên 7.968 vé (64,0%), người cao tuổi 1.245 vé (10,0%), còn lại
      // 3.237 vé": after several parts the rest is of them all, not of the last one.)
      if (!aFrom && s.figs.some((t) => t.start > wholes[0].end && t.end <= a.start && t !== a && kindOk(t))) continue;
      const at = q - pre.length + w.index + w[0].indexOf(w[1]);
      out.push({ a: wholes[0], b: a, diff: d, word: { start: at, end: at + w[1].length }, points: false, ordered: true, ...(aFrom ? { aFrom } : {}) });
    }
  }
  return out;
}

// "… bringing the total restored since 2015 to 5,318 hectares. Against the Management Plan target of
// 8,000 hectares by 2030, this leaves 2,682 hectares still to restore"; "… nâng tổng diện tích lên
// 5.318 ha. So với mục tiêu 8.000 ha đến năm 2030, còn 2.682 ha cần phục hồi": what is left of a
// target after the total reached, stated in the sentence before.
const TARGET_EN = /(?:^|[^\p{L}])(?:against|compared[ \t]+(?:with|to)|towards?|of)[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+|their[ \t]+|a[ \t]+)?(?:[\p{L}-]+[ \t]+){0,4}?(?:target|goal|ambition|commitment)[ \t]+(?:of[ \t]+)?$/u;
const REST_EN = /^(?:[ \t]+(?:by|in)[ \t]+(?:19|20)\d\d(?:[\/–-]\d{2,4})?)?[ \t]*,[ \t]*((?:this|that|which|it)[ \t]+(?:leaves|left|leaving|means)|leaving|there[ \t]+(?:are|were|remain|remained)|we[ \t]+(?:still[ \t]+)?(?:need|have)[ \t]+(?:a[ \t]+further|another)?)[ \t]+(?:a[ \t]+further[ \t]+|another[ \t]+)?$/u;
const REST_EN_AFTER = /^[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:still[ \t]+)?(?:to[ \t]+(?:be[ \t]+)?[\p{L}]+|remaining|outstanding|left|to[ \t]+go)(?![\p{L}])/u;
const TARGET_VI = /(?:^|[^\p{L}])(?:so[ \t]+với|để[ \t]+đạt|để[ \t]+hoàn[ \t]+thành)[ \t]+(?:mục[ \t]+tiêu|kế[ \t]+hoạch|chỉ[ \t]+tiêu)(?:[ \t]+[\p{L}]+){0,6}?[ \t]*(?:là[ \t]+)?$/u;
const REST_VI = /^(?:[ \t]+(?:đến|vào)[ \t]+năm[ \t]+(?:19|20)\d\d)?[ \t]*,[ \t]*(?:thì[ \t]+)?((?:vẫn[ \t]+)?còn(?:[ \t]+lại)?|cần[ \t]+thêm|phải[ \t]+thêm)[ \t]+$/u;
const TOTAL_LEAD = /(?:^|[^\p{L}])(?:(?:bringing|taking|raising|lifting)[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+)?(?:[\p{L}\d\/–-]+[ \t]+){0,6}?to|(?:cumulative|total|in[ \t]+total|lũy[ \t]+kế|tổng[ \t]+cộng|nâng[ \t]+tổng(?:[ \t]+[\p{L}\d]+){0,8}?[ \t]+lên|tổng[ \t]+số)(?:[ \t]+[\p{L}\d\/–-]+){0,6}?(?:[ \t]+(?:was|is|of|to|là|đạt|lên))?)[ \t]*$/u;

function findRestToTarget(ctx: UnitContext): Difference[] {
  const out: Difference[] = [];
  const vi = ctx.lang === "vi";
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let k = 0; k + 1 < s.figs.length; k++) {
      const [t, r] = [s.figs[k], s.figs[k + 1]];
      if (t.kind !== "number" || r.kind !== "number" || !t.value || !r.value || isPercent(t) || !sameKind(t, r, false)) continue;
      const tq = t.qualifiers[0]?.start ?? t.start;
      if (!(vi ? TARGET_VI : TARGET_EN).test(ctx.lower.slice(Math.max(s.start, k ? s.figs[k - 1].end : s.start, tq - 80), tq))) continue;
      const m = (vi ? REST_VI : REST_EN).exec(ctx.lower.slice(t.end, r.qualifiers[0]?.start ?? r.start));
      if (!m) continue;
      if (!vi && !REST_EN_AFTER.test(ctx.lower.slice(r.end, r.end + 50))) continue;
      const prev = ctx.sentences[si - 1];
      if (!/^[ \t]*$/u.test(ctx.text.slice(prev.end, s.start))) continue;
      const like = prev.figs.filter((f) => f.kind === "number" && sameKind(f, t, false) && !f.perYear && ctx.text.slice(prev.start, f.start).lastIndexOf("(") <= ctx.text.slice(prev.start, f.start).lastIndexOf(")"));
      const totals = like.filter((f) => TOTAL_LEAD.test(ctx.lower.slice(Math.max(prev.start, f.start - 80), f.qualifiers[0]?.start ?? f.start)));
      const a = like.length === 1 ? like[0] : totals.length === 1 ? totals[0] : undefined;
      if (!a) continue;
      const wAt = t.end + m.index + m[0].indexOf(m[1]);
      out.push({ a: t, b: a, diff: r, word: { start: wAt, end: wAt + m[1].length }, points: false, ordered: true });
    }
  }
  return out;
}

// "The Trust recruited 412 starters … . With 296 leavers over the same period, the workforce grew by
// a net 116 WTE"; "… an overspend of GBP 8.7m … an underspend of GBP 2.7m. Taken together, the two
// services overspent by a net GBP 6.0m"; "tuyển mới 58 người, nghỉ việc 21 người, tăng ròng 37
// người": a net figure is what came in less what went out, the one figure of each side named in its
// sentence and the two before (no blank line between).
const NET_OF_EN = /(?:^|[^\p{L}])((?:(grew|rose|increased|fell|decreased|declined|shrank|overspent|underspent|gained|lost|(?:was|were)[ \t]+(?:up|down)|changed)[ \t]+by[ \t]+a[ \t]+net|an?[ \t]+net[ \t]+(increase|decrease|gain|loss|growth|reduction|fall|rise|overspend|underspend|change|inflow|outflow)[ \t]+of|(?:the[ \t]+)?net[ \t]+(growth|change|increase|decrease|gain|loss|overspend|underspend|inflow|outflow|overpayment)(?:[ \t]+(?:of|at)|(?:[ \t]+(?:to|from|for|on|in|across)[ \t]+(?:(?!after|before|less|net|excluding|including|minus)[\p{L}-]+[ \t]+){1,6}?)?[ \t]*(?:was|is|came[ \t]+to|stood[ \t]+at|amounted[ \t]+to|totalled|totaled)(?:[ \t]+(?:therefore|thus|so|then|about|around|an[ \t]+estimated))?))|(?:a|the)[ \t]+net)[ \t]*$/u;
const NET_OF_VI = /(?:^|[^\p{L}])((?:(tăng|giảm|bội[ \t]+chi|vượt[ \t]+chi|tiết[ \t]+kiệm)[ \t]+(?:ròng|thuần))(?:[ \t]+(?:là|khoảng))?)[ \t]*$/u;
const NET_SIDES: { into: RegExp; out: RegExp; unordered?: boolean }[] = [
  {
    into: /(?<![\p{L}])(?:starters?|joiners?|new[ \t]+(?:starters|recruits|hires|members|staff)|recruits|hires|recruited|hired|joined|admissions|admitted|arrivals|inflows?|births|tuyển[ \t]+(?:mới|dụng)|kết[ \t]+nạp(?:[ \t]+mới)?|tiếp[ \t]+nhận(?:[ \t]+mới)?)(?![\p{L}])/u,
    out: /(?<![\p{L}])(?:leavers?|left|departures|exits|resignations|outflows?|deaths|discharges|discharged|nghỉ[ \t]+việc|thôi[ \t]+việc|chuyển[ \t]+đi|ra[ \t]+khỏi|xóa[ \t]+tên)(?![\p{L}])/u,
  },
  {
    into: /(?<![\p{L}])(?:overspends?|overspent|overspending|vượt[ \t]+chi|bội[ \t]+chi)(?![\p{L}])/u,
    out: /(?<![\p{L}])(?:underspends?|underspent|underspending|tiết[ \t]+kiệm[ \t]+chi|chi[ \t]+thấp[ \t]+hơn)(?![\p{L}])/u,
  },
  {
    // "£9.7bn … was overpaid …, while £2.6bn … was underpaid. The net loss … was therefore £7.1bn":
    // which way is a loss depends on whose loss; the size is the gap.
    into: /(?<![\p{L}])(?:underpaid|underpayments?|under-?paid|chi[ \t]+thiếu|trả[ \t]+thiếu)(?![\p{L}])/u,
    out: /(?<![\p{L}])(?:overpaid|overpayments?|over-?paid|chi[ \t]+thừa|trả[ \t]+thừa)(?![\p{L}])/u,
    unordered: true,
  },
];
const NET_DOWN = /^(?:fell|decreased|declined|shrank|lost|(?:was|were)[ \t]+down|decrease|loss|reduction|fall|outflow|giảm)$/u;

function findNetOf(ctx: UnitContext, found: Difference[]): Difference[] {
  const out: Difference[] = [];
  if (!/net|ròng|thuần/u.test(ctx.lower)) return out;
  const taken = new Set(found.map((d) => d.diff));
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (const d of s.figs) {
      if (taken.has(d) || d.kind !== "number" || isPercent(d) || !d.value || d.perYear) continue;
      const q = d.qualifiers[0]?.start ?? d.start;
      const pre = ctx.lower.slice(Math.max(s.start, q - 110), q);
      const m = (ctx.lang === "vi" ? NET_OF_VI : NET_OF_EN).exec(pre);
      if (!m) continue;
      const verb = (m[2] ?? m[3] ?? m[4] ?? "").replace(/[ \t]+/gu, " ");
      // The sentence and the two before it, back to a blank line.
      const scope: Sentence[] = [s];
      for (let j = si - 1; j >= 0 && j >= si - 2; j--) {
        if (/\n[ \t]*\n/u.test(ctx.text.slice(ctx.sentences[j].end, scope[0].start))) break;
        scope.unshift(ctx.sentences[j]);
      }
      const like = (f: Figure) => f !== d && f.end <= q && f.kind === "number" && !isPercent(f) && !!f.value && !f.perYear && (d.unit ? f.unit === d.unit : !f.unit && !f.scale) && !inBrackets(ctx, Math.max(0, f.start - 60), f.start);
      // A side is named by the figure's own noun or by the words just before it.
      const side = (f: Figure, re: RegExp) => {
        const fq = f.qualifiers[0]?.start ?? f.start;
        const t = ctx.sentenceOf(f);
        const k = t.figs.indexOf(f);
        const lead = ctx.lower.slice(Math.max(t.start, k ? t.figs[k - 1].end : t.start, fq - 30), fq);
        const noun = (f.noun ?? "").split(/[ \t]+/u).slice(0, 2).join(" ");
        if (/^(?:years?|months?|weeks?|days?|quarters?|năm|tháng|tuần|ngày|quý)(?:$|[ \t])/u.test(f.noun ?? "")) return false;
        // The side's word among the last three words before the figure.
        const near = /(?:[\p{L}-]+[ \t]+){0,3}$/u.exec(lead)?.[0] ?? "";
        // A passive verb after it names it alone: "£9.7bn (4.2% of expenditure) was overpaid, while
        // £2.6bn was underpaid" (the words before £2.6bn are the first one's).
        const verb = /^[ \t]*(?:\([^()]{0,60}\)[ \t]*)?(?:of[ \t]+(?:[\p{L}-]+[ \t]+){1,3})?(?:was|were|is|are|had[ \t]+been|has[ \t]+been|have[ \t]+been|đã[ \t]+bị|bị|đã)[ \t]+((?:[\p{L}-]+[ \t]*){1,2})/u.exec(ctx.lower.slice(f.end, f.end + 100))?.[1];
        if (verb && NET_SIDES.some((x) => x.into.test(verb) || x.out.test(verb))) return re.test(verb);
        return re.test(noun) || re.test(near);
      };
      for (const p of NET_SIDES) {
        const figs = scope.flatMap((t) => t.figs).filter(like);
        const ins = figs.filter((f) => side(f, p.into) && !side(f, p.out));
        const outs = figs.filter((f) => side(f, p.out) && !side(f, p.into));
        if (ins.length !== 1 || outs.length !== 1) continue;
        // ("… underpaid; the net loss after recoveries of £0.4m was £2.3m": a third amount after the
        // two sides takes part in the net.)
        if (p.unordered && figs.some((f) => f.start > Math.max(ins[0].start, outs[0].start) && f !== ins[0] && f !== outs[0])) continue;
        const down = NET_DOWN.test(verb) || /underspen|tiết kiệm/u.test(verb);
        const at = q - pre.length + m.index + m[0].indexOf(m[1]);
        const ordered = !!verb && !/^(?:changed|change)$/u.test(verb) && !p.unordered;
        out.push({ a: down ? outs[0] : ins[0], b: down ? ins[0] : outs[0], diff: d, word: { start: at, end: at + m[1].length }, points: false, ordered });
        break;
      }
    }
  }
  return out;
}

// "Tiếp nhận 243 quân nhân …; đã đăng ký ngạch dự bị cho 236 đồng chí, còn 7 đồng chí chưa đăng ký":
// the rest not yet done is the whole less the part done, the verb after "chưa" named before the part
// ("đã đăng ký"), the whole the count right before the part in the sentence.
function findRestOfDone(ctx: UnitContext, found: Difference[]): Difference[] {
  const out: Difference[] = [];
  if (ctx.lang !== "vi") return out;
  const taken = new Set(found.map((d) => d.diff));
  for (const s of ctx.sentences) {
    for (let k = 2; k < s.figs.length; k++) {
      const [w, a, d] = [s.figs[k - 2], s.figs[k - 1], s.figs[k]];
      if (taken.has(d) || [w, a, d].some((f) => f.kind !== "number" || !!f.unit || !!f.scale || !f.noun || !f.value || f.perYear || f.qualifiers.length)) continue;
      const pre = ctx.lower.slice(Math.max(a.end, d.start - 20), d.start);
      const rest = REST_BEFORE.exec(pre);
      if (!rest || !/^[ \t]*,?[ \t]*(?:hiện[ \t]+|vẫn[ \t]+)?còn/u.test(ctx.lower.slice(a.end + (a.noun?.length ?? 0) + 1, d.start).replace(/^[^,;]*/u, ""))) continue;
      const after = ctx.lower.slice(d.end, d.end + 60);
      if (!REST_AFTER_VI.test(after)) continue;
      const verb = /chưa[ \t]+((?:được[ \t]+)?[\p{L}]+(?:[ \t]+[\p{L}]+)?)/u.exec(after)?.[1];
      if (!verb || !firstWord(d.noun) || firstWord(d.noun) !== firstWord(a.noun)) continue;
      // The part done: "đã <verb>" between the whole and the part.
      const lead = ctx.lower.slice(w.end, a.start);
      const v = verb.split(/[ \t]+/u);
      const named = [v.join(" "), v[0]].some((x) => x.length >= 3 && new RegExp(`(?<![\\p{L}])đã[ \\t]+(?:được[ \\t]+)?${x.replace(/[ \t]+/gu, "[ \\t]+")}(?![\\p{L}])`, "u").test(lead));
      if (!named) continue;
      // Nothing but words between the whole and the part: one clause (";" allowed) of the same subject.
      if (/[.:()]/u.test(lead.replace(/\d[.,]\d/gu, ""))) continue;
      if (!ctx.interval(w, w.value!).hi.gte(ctx.interval(a, a.value!).lo)) continue;
      const at = d.start - pre.length + rest.index + rest[0].indexOf(rest[1]);
      out.push({ a: w, b: a, diff: d, word: { start: at, end: at + rest[1].length }, points: false, ordered: true });
    }
  }
  return out;
}

// "We planned 612,480 train services in the year and ran 604,310 of them. The 8,170 services that were
// cancelled …": what was planned and not done is the planned count less the count done, the three
// named by one noun (the done count by "of them").
const PLANNED_LEAD = /(?<![\p{L}])(?:planned|scheduled|timetabled|booked|programmed|expected|due[ \t]+to[ \t]+(?:run|hold|deliver|complete)|were[ \t]+due)(?:[ \t]+(?:to[ \t]+)?[\p{L}]+)?[ \t]+(?:a[ \t]+total[ \t]+of[ \t]+)?$/u;
const DONE_LEAD = /^[^\d;.]{0,40}?(?:,[ \t]*|[ \t]+)(?:and|but|of[ \t]+which|of[ \t]+these)?[ \t]*(?:we[ \t]+|they[ \t]+)?(?:ran|operated|ran[ \t]+in[ \t]+full|delivered|completed|held|carried[ \t]+out|made|performed|ran)[ \t]+$/u;
const UNDONE_AFTER = /^[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:(?:that|which)[ \t]+)?(?:were|was|had[ \t]+been|have[ \t]+been)[ \t]+(?:(?:therefore|thus|so)[ \t]+)?(?:cancelled|canceled|not[ \t]+(?:run|operated|delivered|completed|held|carried[ \t]+out|made|performed)|missed|dropped|lost|withdrawn|postponed|deferred)(?![\p{L}])/u;

function findUndone(ctx: UnitContext, found: Difference[]): Difference[] {
  const out: Difference[] = [];
  if (ctx.lang === "vi" || !/planned|scheduled|timetabled|booked|programmed|expected|due/u.test(ctx.lower)) return out;
  const taken = new Set(found.map((d) => d.diff));
  const figs = ctx.figures;
  for (let i = 0; i + 2 < figs.length; i++) {
    const [p, a, d] = [figs[i], figs[i + 1], figs[i + 2]];
    if (taken.has(d) || [p, a, d].some((f) => f.kind !== "number" || !!f.unit || !!f.scale || !f.value || f.perYear || f.qualifiers.length)) continue;
    if (!p.noun || !d.noun) continue;
    const head = (n: string) => n.split(/[ \t]+/u).map((x) => x.replace(/(?<=[^s])s$/u, ""));
    const ph = head(p.noun);
    const dh = head(d.noun);
    if (!ph.includes(dh[0]) && ph[ph.length - 1] !== dh[dh.length - 1]) continue;
    const sp = ctx.sentenceOf(p);
    if (!PLANNED_LEAD.test(ctx.lower.slice(Math.max(sp.start, p.start - 40), p.start))) continue;
    if (ctx.sentenceOf(a) !== sp || !DONE_LEAD.test(ctx.lower.slice(p.end + p.noun.length + 1, a.start))) continue;
    // The done count is of the same things: "of them", or the planned noun.
    if (!(a.noun ? head(a.noun)[0] === ph[0] || head(a.noun)[0] === dh[0] : false) && !/^[ \t]+(?:of[ \t]+(?:them|these|those)|in[ \t]+full)(?![\p{L}])/u.test(ctx.lower.slice(a.end, a.end + 20))) continue;
    // The rest in the same sentence or opening the next one.
    const sd = ctx.sentenceOf(d);
    if (sd !== sp && (ctx.sentences.indexOf(sd) !== ctx.sentences.indexOf(sp) + 1 || sd.figs[0] !== d)) continue;
    if (!UNDONE_AFTER.test(ctx.lower.slice(d.end, d.end + 80))) continue;
    const w = /(?:cancelled|canceled|not[ \t]+[\p{L}]+(?:[ \t]+out)?|missed|dropped|lost|withdrawn|postponed|deferred)/u.exec(ctx.lower.slice(d.end, d.end + 80))!;
    const at = d.end + w.index;
    out.push({ a: p, b: a, diff: d, word: { start: at, end: at + w[0].length }, points: false, ordered: true });
  }
  return out;
}

// "Chi phí … là 1.137,6 tỷ đồng, bằng 111,0% số thu BHYT trong kỳ (1.024,8 tỷ đồng), vượt số thu
// 112,8 tỷ đồng"; "spending was £1,137.6m, 111.0% of income for the period (£1,024.8m), exceeding
// income by £112.8m": the gap to a base named again by its words, its value bracketed after its name,
// the value set against it the one of its kind before in the sentence.
const GAP_TO_NAMED_VI = /(?:^|[,;][ \t]*)(?:tức[ \t]+là[ \t]+|tức[ \t]+|như[ \t]+vậy[ \t]+)?(vượt|cao[ \t]+hơn|thấp[ \t]+hơn|nhiều[ \t]+hơn|ít[ \t]+hơn|thiếu[ \t]+so[ \t]+với|hụt[ \t]+so[ \t]+với|kém)[ \t]+(?:so[ \t]+với[ \t]+)?((?:[\p{L}]+[ \t]+){1,4}?)(?:là[ \t]+|khoảng[ \t]+)?$/u;
const GAP_TO_NAMED_EN = /(?:^|[,;][ \t]*)(?:i\.e\.[ \t]+|or[ \t]+)?(exceeding|above|below|short[ \t]+of|under|over|beating|trailing)[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+)?((?:[\p{L}-]+[ \t]+){1,4}?)by[ \t]+$/u;

const TARGET_OF_BY = /(?<![\p{L}])(exceeding|exceeded|beating|beat|surpassing|surpassed|missing|missed|(?:falling|fell)[ \t]+short[ \t]+of)[ \t]+(?:the|its|our|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:target|goal|standard|ambition|plan|forecast)[ \t]+of[ \t]+$/u;

function findGapToNamed(ctx: UnitContext, found: Difference[]): Difference[] {
  const out: Difference[] = [];
  const taken = new Set(found.map((d) => d.diff));
  const vi = ctx.lang === "vi";
  for (const s of ctx.sentences) {
    for (let k = 2; k < s.figs.length; k++) {
      const [b, d] = [s.figs[k - 1], s.figs[k]];
      if (taken.has(d) || d.kind !== "number" || isPercent(d) || !d.value || d.qualifiers.length || b.kind !== "number" || !b.value || b.qualifiers.length) continue;
      if ((d.unit ?? "") !== (b.unit ?? "")) continue;
      const pre = ctx.lower.slice(b.end, d.start);
      // "drew 64,800 visitors, exceeding its target of 55,000 by 9,800": the target's value, then "by".
      const byGap = !vi && /^[ \t]+by[ \t]+$/u.test(pre) ? TARGET_OF_BY.exec(ctx.lower.slice(Math.max(s.start, b.start - 70), b.start)) : null;
      if (byGap) {
        const like = s.figs.slice(0, k - 1).filter((f) => f.kind === "number" && !isPercent(f) && (f.unit ?? "") === (b.unit ?? "") && (f.scale?.factor ?? "1") === (b.scale?.factor ?? "1"));
        const a = like[like.length - 1];
        if (like.length === 1 && a.value && !a.qualifiers.length && /^[^;.\d]{0,60}$/u.test(ctx.lower.slice(a.end, b.start - byGap[0].length))) {
          const at = b.start - byGap[0].length + byGap[0].indexOf(byGap[1]);
          out.push({ a, b, diff: d, word: { start: at, end: at + byGap[1].length }, points: false });
        }
        continue;
      }
      if (!d.unit && (!d.noun || firstWord(d.noun) !== firstWord(b.noun))) continue;
      // The base's bracket closes, then the gap word and the base's words.
      const close = /^[^()\d;]{0,20}\)[ \t]*/u.exec(pre);
      if (!close) continue;
      const m = (vi ? GAP_TO_NAMED_VI : GAP_TO_NAMED_EN).exec(pre.slice(close[0].length));
      if (!m) continue;
      // The base named right before its bracket by the same words: "số thu BHYT trong kỳ (".
      const words = m[2].trim().split(/[ \t]+/u).filter((w) => w.length >= 2 && !/^(?:the|of|its|our|for|in|là|của|so|với)$/u.test(w));
      if (!words.length) continue;
      const bLead = ctx.lower.slice(Math.max(s.start, b.start - 60), b.start);
      const open = bLead.lastIndexOf("(");
      if (open < 0 || /\)/u.test(bLead.slice(open))) continue;
      const label = bLead.slice(Math.max(0, open - 40), open);
      if (!words.every((w) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(label))) continue;
      // The value: the one figure of the kind before the base in the sentence (a share between is allowed).
      const like = s.figs.slice(0, k - 1).filter((f) => f.kind === "number" && !isPercent(f) && (f.unit ?? "") === (b.unit ?? "") && (!!f.unit || firstWord(f.noun) === firstWord(b.noun)));
      if (like.length !== 1) continue;
      const a = like[0];
      if (!a.value || a.qualifiers.length || s.figs.slice(s.figs.indexOf(a) + 1, k - 1).some((f) => !isPercent(f))) continue;
      const at = b.end + close[0].length + m.index + m[0].indexOf(m[1]);
      out.push({ a, b, diff: d, word: { start: at, end: at + m[1].length }, points: false });
    }
  }
  return out;
}

// "6,812 adults were receiving long-term support, of whom 4,157 (61.0%) were supported in the
// community and the other 2,655 in residential care"; "412 hồ sơ, trong đó 389 hồ sơ đúng hạn, còn lại
// 23 hồ sơ trễ hạn": a whole, one part of it, and "the other" (the rest) — the whole less the part.
const OF_WHOM = /^(?:[ \t]+[\p{L}-]+){0,6}[ \t]*(?:,[ \t]*|\([ \t]*)(?:of[ \t]+(?:whom|which|these|them)|trong[ \t]+đó(?:[ \t]+có)?)[ \t]*,?[ \t]*$/u;
const THE_OTHER = /(?:,|;|[ \t]and|[ \t]while|[ \t]with|[ \t]và)[ \t]+(?:the[ \t]+)?(other|remaining|rest[ \t]+of[ \t]+them|còn[ \t]+lại(?:[ \t]+là)?|số[ \t]+còn[ \t]+lại(?:[ \t]+là)?)[ \t]*$|,[ \t]*(leaving|which[ \t]+leaves|to[ \t]+leave)[ \t]+$/u;
/** "Of our 67 equipped play areas, 9 were rated poor …, leaving 58 rated good or fair": the whole opens the sentence. */
const OF_OPEN = /^[\s"“*•-]*(?:of|out[ \t]+of)[ \t]+(?:the|our|its|their|all|all[ \t]+the|these)?[ \t]*$/u;
const OF_OPEN_GAP = /^(?:[ \t]+[\p{L}-]+){0,6}[ \t]*,[ \t]*$/u;

function findOtherOfWhole(ctx: UnitContext, found: Difference[]): Difference[] {
  const out: Difference[] = [];
  const taken = new Set(found.map((d) => d.diff));
  for (const s of ctx.sentences) {
    for (let k = 0; k + 2 < s.figs.length; k++) {
      const [w, a] = [s.figs[k], s.figs[k + 1]];
      if (w.kind !== "number" || a.kind !== "number" || isPercent(w) || isPercent(a) || !w.value || !a.value || w.qualifiers.length || a.qualifiers.length || w.perYear) continue;
      if ((w.unit ?? "") !== (a.unit ?? "") || (!w.unit && !w.noun)) continue;
      const opened = k === 0 && OF_OPEN.test(ctx.lower.slice(s.start, w.qualifiers[0]?.start ?? w.start)) && OF_OPEN_GAP.test(ctx.lower.slice(w.end, a.start));
      if (!opened && !OF_WHOM.test(ctx.lower.slice(w.end, a.start))) continue;
      // The rest: the next count after the part (past the part's share in brackets).
      let j = k + 2;
      if (s.figs[j]?.kind === "percent" && /^[^()\d]{0,12}\([ \t]*$/u.test(ctx.lower.slice(a.end, s.figs[j].start))) j++;
      const d = s.figs[j];
      if (!d || taken.has(d) || d.kind !== "number" || isPercent(d) || !d.value || d.qualifiers.length || (d.unit ?? "") !== (w.unit ?? "")) continue;
      if (d.noun && a.noun && firstWord(d.noun) !== firstWord(a.noun) && firstWord(d.noun) !== firstWord(w.noun)) continue;
      // ("let to 68 households …, of which 29 moved on …; the other 5 leased homes …": a rest that names
      // other things than the whole's is of another whole.)
      if (d.noun && !a.noun && w.noun && !d.noun.split(" ").some((x) => w.noun!.split(" ").includes(x))) continue;
      const mid = ctx.lower.slice(a.end, d.start);
      if (/\d/u.test(mid.replace(/\([^()]*\)/gu, "")) || mid.length > 120) continue;
      const m = THE_OTHER.exec(mid);
      if (!m) continue;
      const said = m[1] ?? m[2];
      // Only the two parts: nothing of the kind after the rest in its clause.
      const next = s.figs[j + 1];
      if (next && next.kind === "number" && !isPercent(next) && !/[;.]/u.test(ctx.lower.slice(d.end, next.start))) continue;
      const at = a.end + m.index + m[0].indexOf(said);
      out.push({ a: w, b: a, diff: d, word: { start: at, end: at + said.length }, points: false, ordered: true });
    }
  }
  return out;
}
