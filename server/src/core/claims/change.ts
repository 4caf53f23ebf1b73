// Changes between two endpoints: "giảm từ 28,85% năm 2020 xuống còn 24,71% năm 2022 (giảm bình
// quân 2,07%/năm)", "tăng từ A lên B", "rose from A in 2020 to B in 2022, or X%". With the stated
// difference, per-year average or percentage that the text gives beside them.
import type { Figure } from "../types.ts";
import { sameNoun } from "../figures/nouns.ts";
import { PLAN_SLASH } from "../figures/patterns.ts";
import { UnitContext, agedBound, averaged, clauseEnd, inBrackets, isCount, isPercent, type Sentence } from "./context.ts";
import { findRatios, findTotalParts } from "./parts.ts";
import { changeSubject, subjectValue } from "./anaphora-change.ts";

export type Direction = "up" | "down";

export interface Change {
  from: Figure;
  to: Figure;
  direction?: Direction;
  directionWord?: { start: number; end: number };
  years?: number;
  /** Figures stated about the change: a difference, a per-year average, a multiple. */
  stated: { figure: Figure; what: "difference" | "average" | "relative" | "multiple" }[];
  /** The direction comes from "an improvement/a deterioration" of a thing where lower (or higher) is better. */
  polarity?: { noun: string; lowerBetter: boolean };
  /** The unit `to` was read in when it is the paragraph before (previous()): never a role, only a
   * related location. */
  toFrom?: UnitContext;
}

const UP = "tăng thêm|tăng|tăng trưởng|nâng|nới rộng|widened|rose|risen|increased|increase|grew|grown|climbed|went up|gone up|raised|jumped|surged|edged up|expanded|up";
const DOWN = "giảm|hạ|rút xuống|thu hẹp|narrowed|fell|fallen|decreased|decrease|declined|decline|dropped|went down|gone down|reduced|cut|lowered|plunged|slipped|edged down|shrank|down";
const FROM_PRE = new RegExp(`(?:^|[^\\p{L}])(${UP}|${DOWN})(?:[ \\t]+[\\p{L}]+){0,4}?[ \\t]*,?[ \\t]+(?:từ|from)[ \\t]*(?:mức[ \\t]+)?$|(?:^|[^\\p{L}])(?:từ|from)[ \\t]*(?:mức[ \\t]+)?$`, "u");
/** "fell by 5.4 minutes, from 35.7 to 31.2", "tăng 12,1%, từ 1.264 lên 1.417": a direction word and the
 * change's size, then a comma and the start. */
const SIZED_FROM = new RegExp(`(?:^|[^\\p{L}])(${UP}|${DOWN})[ \\t]+(?:by[ \\t]+|thêm[ \\t]+)?(?:about[ \\t]+|around[ \\t]+|some[ \\t]+|nearly[ \\t]+|almost[ \\t]+|khoảng[ \\t]+|gần[ \\t]+)?[+−-]?\\d[\\d.,]*[ \\t]*(?:%|per[ \\t]+cent|percentage[ \\t]+points?|points?|pp|điểm[ \\t]+phần[ \\t]+trăm|điểm)?(?:[ \\t]+[\\p{L}]+){0,2}?[ \\t]*,[ \\t]+(?:từ|from)[ \\t]*(?:mức[ \\t]+)?$`, "u");
/** The cheap test first: only a figure right after "từ/from" can start a change. */
const FROM_END = /(?:từ|from)[ \t]*(?:mức[ \t]+)?$/u;
// Never across ", and …" or a new clause: "up from 4.0% at Budget, and inflation to ease to 3.0%".
const TO_GAP = /^(?![^;]*?,[ \t]*(?:and|và|while|but|nhưng|còn)[ \t])(?![^;]*?(?:equivalent|equal|relative|compared|close|due|tương đương)[ \t]+(?:to|với)[ \t]*$)[^;]{0,60}?(?:(lên|xuống còn|xuống|còn|lên đến|lên tới|đến|tới|to|up to|down to)[ \t]*(?:mức[ \t]+)?(?:khoảng[ \t]+)?)$/u;
const AVERAGE_PRE = /(?:bình quân|trung bình|average|on average|mỗi năm|hằng năm|hàng năm|annual|annually|a year|per year)(?:[ \t]+(?:mỗi năm|hằng năm|hàng năm|annual|yearly|tăng|giảm|increase|decrease|decline|rise|fall|growth|reduction|drop|gain|improvement|of|là|đạt))*[ \t]*$/u;
const DIFF_PRE = new RegExp(`(?:^|[^\\p{L}])(?:${UP}|${DOWN}|an? (?:increase|decrease|rise|fall|drop|decline|reduction|gain|improvement|deterioration|growth|saving|shortfall) of|an? (?:extra|further|additional)|by|tức|tương đương|hay|or|i\\.e\\.)[ \\t]*(?:thêm[ \\t]+)?$`, "u");
const UP_RE = new RegExp(`^(?:${UP})$`, "u");
const SIZE_RANGE_AFTER = /^[ \t]*(?:so[ \t]+với|compared[ \t]+(?:with|to)|on[ \t]+(?:the[ \t]+)?(?:(?:19|20)\d\d|last|previous|prior|same)|against|than|year[ \t-]+on[ \t-]+year|cùng[ \t]+kỳ)(?![\p{L}])/u;
const AIM_BEFORE = /(?<![\p{L}])(?:phấn[ \t]+đấu|mục[ \t]+tiêu|chỉ[ \t]+tiêu|kế[ \t]+hoạch|aims?[ \t]+to|aiming[ \t]+to|target(?:ed|s)?[ \t]+to|plans?[ \t]+to|expected[ \t]+to)[ \t]+(?:[\p{L}]+[ \t]+){0,2}?(?:tăng|giảm|increase|reduce|cut|raise|lower|rise|fall)(?![\p{L}])/u;

/** A change's two ends are values of one kind: never a gap in points against a level ("3,2%, thấp
 * hơn 0,6 điểm phần trăm so với năm 2023 và thấp hơn 0,3 điểm … (3,5%)"), nor a span of time
 * against a count ("1,118 were resolved within 20 days, 122 more than the 996 …"). */
const SPAN = /^(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|ngày|tuần|tháng|năm|giờ|phút|giây)(?: |$)/u;
function sane(c: Change): boolean {
  const span = (f: Figure) => f.kind === "number" && !f.unit && SPAN.test(f.noun ?? "");
  return (c.from.unit === "pp") === (c.to.unit === "pp") && span(c.from) === span(c.to);
}

/** "185.000 lượt, so với kế hoạch 200.000 lượt, đạt mức tăng 24% so với năm trước": a plan is no
 * earlier value, least of all where the change names its own earlier period. */
const PLAN_BEFORE = /(?<![\p{L}])(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|target|plan|budget|forecast|estimate)(?:[ \t]+(?:năm|giao|được giao|đề ra|of|for the year|(?:19|20)\d\d))*[ \t]*(?:là|:|of|was)?[ \t]*\(?[ \t]*$/u;
const OWN_PERIOD = /^[^.;]{0,30}?(?<![\p{L}])(?:so[ \t]+với[ \t]+(?:năm|cùng[ \t]+kỳ|quý|tháng|kỳ)|cùng[ \t]+kỳ|on[ \t]+(?:last|the[ \t]+previous|the[ \t]+same)|compared[ \t]+with[ \t]+(?:last|the[ \t]+previous|the[ \t]+same)|year[ \t-]+on[ \t-]+year)(?![\p{L}])/u;
export function planAsBase(ctx: UnitContext, c: Change): boolean {
  const f = c.from;
  if (!PLAN_BEFORE.test(ctx.lower.slice(Math.max(0, (f.qualifiers[0]?.start ?? f.start) - 40), f.qualifiers[0]?.start ?? f.start))) return false;
  const last = c.stated.map((x) => x.figure).sort((a, b) => b.end - a.end)[0];
  return !!last && (OWN_PERIOD.test(ctx.lower.slice(last.end, last.end + 40)) || /(?<![\p{L}])(?:so[ \t]+với[ \t]+(?:năm|cùng[ \t]+kỳ|quý|tháng)|cùng[ \t]+kỳ)[^.;\d]{0,20}$/u.test(ctx.lower.slice(Math.max(0, last.start - 40), last.start)));
}

/** "112,4 bé trai/100 bé gái": the base of a ratio is no value of its own. */
function afterSlash(ctx: UnitContext, f: Figure): boolean {
  return /\/[ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 3), f.start));
}

export function findChanges(ctx: UnitContext): Change[] {
  return ctx.memo("changes", () => {
    const out: Change[] = [];
    for (const s of ctx.sentences) {
      for (let i = 0; i < s.figs.length; i++) {
        const a = s.figs[i];
        if (a.kind === "fraction" || a.kind === "multiplier") continue;
        const q = a.qualifiers[0]?.start ?? a.start;
        const pre = ctx.lower.slice(Math.max(s.start, q - 50), q);
        if (!FROM_END.test(pre)) continue;
        const m = FROM_PRE.exec(pre);
        if (!m) continue;
        let from = a;
        let to: Figure | undefined;
        let connector = "";
        if (a.kind === "range") {
          // "tăng từ 10% đến 15%", "increased from 45 to 52": read as a range, a change between its ends.
          if (!/(?:đến|tới|to)/.test(ctx.lower.slice(a.low!.end, a.high!.start))) continue;
          // "phấn đấu giảm từ 5% đến 10% so với năm 2024", "to cut by 5% to 10% on 2024 levels": a range
          // measured against a base, or set as an aim, is the size of the change, not its two ends.
          if (SIZE_RANGE_AFTER.test(ctx.lower.slice(a.end, a.end + 30)) || AIM_BEFORE.test(pre)) continue;
          // ("giảm tỷ lệ hộ nghèo từ 1,0 đến 1,2 điểm phần trăm": ends in points are a size, never two levels.)
          if (a.unit === "pp") continue;
          // ("(giảm từ 5% đến 10% cả 3 tiêu chí so với năm 2023)": percentages that climb after "giảm"
          // (or fall after "tăng") are the bounds of the change's size, not its ends.)
          if (isPercent(a) && m[1] && a.low && a.high && /(?:đến|tới)/u.test(ctx.lower.slice(a.low.end, a.high.start)) && (/^giảm/u.test(m[1]) ? Number(a.low.exact) < Number(a.high.exact) : /^tăng/u.test(m[1]) && Number(a.low.exact) > Number(a.high.exact))) continue;
          // The direction word may come with a stated difference first: "increased by 3.1
          // percentage points, from 45.2% to 47.8%".
          const word = m[1] ? { text: m[1], at: q - pre.length + m.index + m[0].indexOf(m[1]) } : leadingDirection(ctx, s, i) ?? nounDirection(ctx, s, i);
          if (!word) {
            // "Availability improved from 71.9% to 78.4%, an increase of 6.5 percentage points":
            // no direction of its own, but the stated difference must still be the gap.
            if (!IMPROVED_FROM.test(pre) && !BRINGING_END.test(pre)) continue;
            const ends = rangeEnds(a);
            const change: Change = { from: ends[0], to: ends[1], stated: [] };
            collectStated(ctx, s, i, change);
            if (change.stated.length) out.push(change);
            continue;
          }
          const ends = rangeEnds(a);
          const dir: Direction = UP_RE.test(word.text) || /^(?:rise|growth|gain)$/u.test(word.text) ? "up" : "down";
          const change: Change = { from: ends[0], to: ends[1], direction: dir, directionWord: { start: word.at, end: word.at + word.text.length }, stated: [] };
          collectStated(ctx, s, i, change);
          out.push(change);
          continue;
        }
        for (let j = i + 1; j < s.figs.length; j++) {
          const b = s.figs[j];
          const raw = ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start);
          // "giảm từ 9.846 hộ (20,25%) … xuống còn 8.152 hộ (16,77%)": the start's bracketed rate is an
          // aside; the change runs on to the figure after it.
          if (/^[^()]{0,12}\([^()]*$/u.test(raw)) continue;
          const gap = raw.replace(/\([^()]*\)/gu, (x) => " ".repeat(x.length)).replace(/[ \t]{2,}/gu, " ");
          // ("người từ 80 tuổi trở lên 31.560 người": "trở lên" is "and over", no change.)
          // ("up 14.0% from 8,500, after the charge for up to three items was held": past a comma, a count in
          // words is a bound of another clause.)
          const g = /trở[ \t]+(?:lên|xuống)[ \t]*$/u.test(gap) || (/,/u.test(gap) && !/\d/u.test(b.text)) ? null : TO_GAP.exec(gap);
          if (g) {
            to = b;
            connector = g[1];
          }
          break;
        }
        if (!to && m[1]) to = bracketHead(ctx, s, i, pre, m);
        if (!to && (m[1] || IMPROVED_FROM.test(pre))) {
          to = earlierValue(ctx, s, a) ?? bracketShareBefore(ctx, s, i, q - pre.length + m.index);
          // Another value of the kind later in the sentence may be what it changed to; a benchmark
          // it is compared with ("… and was higher than the national average of 70.2%") is not.
          for (let j = i + 1; to && j < s.figs.length; j++) if (comparable(s.figs[j], a) && s.figs[j].unit !== "pp" && !BENCHMARK_BEFORE.test(ctx.lower.slice(Math.max(s.start, (s.figs[j].qualifiers[0]?.start ?? s.figs[j].start) - 50), s.figs[j].qualifiers[0]?.start ?? s.figs[j].start))) to = undefined;
        }
        if (!to || to.kind === "fraction" || to.kind === "range") continue;
        // "narrowed from 17.4 to 12.9 percentage points": the unit written once, after the end.
        if (to.unit === "pp" && from.kind === "number" && !from.unit && !from.scale && /^[ \t]+(?:to|đến|xuống|xuống còn|lên)[ \t]+$/u.test(ctx.lower.slice(from.end, to.start))) from = { ...from, kind: "percent", unit: "pp" };
        if (isPercent(from) !== isPercent(to) || (from.unit && to.unit && from.unit !== to.unit)) continue;
        let direction: Direction | undefined;
        let directionWord: { start: number; end: number } | undefined;
        // ("rose by 20.1%, from 1,581 in 2022/23 to 1,264": the direction word before the change's size.)
        const sized = m[1] ? null : SIZED_FROM.exec(pre);
        if (m[1]) {
          direction = UP_RE.test(m[1]) ? "up" : "down";
          const at = q - pre.length + m.index + m[0].indexOf(m[1]);
          directionWord = { start: at, end: at + m[1].length };
        } else if (sized) {
          direction = UP_RE.test(sized[1]) ? "up" : "down";
          const at = q - pre.length + sized.index + sized[0].indexOf(sized[1]);
          directionWord = { start: at, end: at + sized[1].length };
        } else if (/^(?:lên|lên đến|lên tới|up to)$/.test(connector)) direction = "up";
        else if (/^(?:xuống|xuống còn|down to)$/.test(connector)) direction = "down";
        if (!directionWord && direction) {
          const at = ctx.lower.indexOf(connector, from.end);
          if (at >= 0) directionWord = { start: at, end: at + connector.length };
        }
        // ("giảm từ 21,60% (cuối năm 2021) xuống còn 9,41%": the start's own year, in its bracket.)
        const fromYear = from.year ?? (/^[ \t]*\([ \t]*(?:cuối|end of)?[ \t]*(?:năm|the year)?[ \t]*((?:19|20)\d\d)[ \t]*\)/u.exec(ctx.lower.slice(from.end, from.end + 30)) ? +/((?:19|20)\d\d)/u.exec(ctx.lower.slice(from.end, from.end + 30))![1] : undefined);
        const years = from.year && to.year && to.year > from.year ? to.year - from.year : (bracketYears(ctx, from, to) ?? periodYears(ctx, from, to) ?? yearsFromText(ctx.lower.slice(s.start, s.end), fromYear && !to.year ? fromYear : undefined));
        const change: Change = { from, to, direction, directionWord, years, stated: [] };
        collectStated(ctx, s, i, change);
        out.push(change);
        // "từ 9.846 hộ (20,25%) xuống còn 8.152 hộ (16,77%), …, tương ứng giảm 3,48 điểm phần trăm":
        // the points are the change of the bracketed rates.
        const tf = !isPercent(from) ? bracketTwin(ctx, s, from) : undefined;
        const tt = tf && from.start < to.start ? bracketTwin(ctx, s, to) : undefined;
        if (tf && tt && isPercent(tf) && isPercent(tt)) {
          const cEnd = clauseEnd(ctx, s, tt.end);
          const pts = s.figs.filter((d) => d.start > tt.end && d.start <= cEnd && d.unit === "pp" && !d.perYear);
          if (pts.length === 1) out.push({ from: tf, to: tt, years, stated: [{ figure: pts[0], what: "difference" }] });
        }
      }
    }
    return out.filter((c) => sane(c) && !afterSlash(ctx, c.from) && !afterSlash(ctx, c.to) && !planAsBase(ctx, c));
  });
}

/** "chiếm 27,4% (giảm từ 28,9% năm 2023)", "78.2% (up from 75.0%)": the value the bracket hangs on. */
function bracketHead(ctx: UnitContext, s: Sentence, i: number, pre: string, m: RegExpExecArray): Figure | undefined {
  if (i < 1) return undefined;
  const b = s.figs[i - 1];
  const a = s.figs[i];
  const open = (a.qualifiers[0]?.start ?? a.start) - pre.length + m.index + m[0].indexOf(m[1]);
  if (!/^[ \t]*\([ \t]*$/.test(ctx.lower.slice(b.end, open))) return undefined;
  if (!/^[^()]*\)/.test(ctx.lower.slice(a.end, a.end + 30))) return undefined;
  return comparable(a, b) ? b : undefined;
}

// "The unemployment rate was 3.8% in Q2 2025. It has fallen steadily from 5.2% in Q2 2021": a
// sentence about "it" with only a starting value; its end value is the one value of that kind in
// the sentence before.
const ANAPHOR = /^[ \t*•-]*(?:it|this|that|performance|the[ \t]+(?:rate|ratio|share|figure|number|level|index|proportion|percentage)|(?:tỷ[ \t]+lệ|chỉ[ \t]+số|con[ \t]+số|mức)[ \t]+này)[ \t]+(?:has[ \t]+|had[ \t]+|have[ \t]+|đã[ \t]+)?(?:(?:[\p{L}]+ly|nonetheless|nevertheless|however|still|also|though)[ \t]+)?$/u;

/** "Performance improved from 68.9%": a change without a direction of its own. */
const IMPROVED_FROM = /(?:^|[^\p{L}])(?:improved|worsened|deteriorated|moved(?:[ \t]+the[ \t]+other[ \t]+way)?,?|shifted|changed|cải[ \t]+thiện|được[ \t]+cải[ \t]+thiện|thay[ \t]+đổi|chuyển)[ \t]+(?:from|từ)[ \t]*(?:mức[ \t]+)?$/u;
/** "1,029 of the 6,138 home entrants (16.8%) came from quintile 1 areas, up from 14.9% for 2024
 * entry": the share in brackets after its fraction (or count) is what moved, when it is the one
 * percentage before and nothing contrasts it with another. */
const CONTRAST = /(?<![\p{L}])(?:while|whereas|but|compared|against|target|standard|benchmark|average|than|trong[ \t]+khi|còn|nhưng|so[ \t]+với|mục[ \t]+tiêu|chỉ[ \t]+tiêu|kế[ \t]+hoạch|bình[ \t]+quân)(?![\p{L}])/u;
function bracketShareBefore(ctx: UnitContext, s: Sentence, i: number, wordAt: number): Figure | undefined {
  const from = s.figs[i];
  if (from.kind !== "percent" || from.unit !== "%") return undefined;
  const shares = s.figs.slice(0, i).filter((f) => isPercent(f));
  if (shares.length !== 1) return undefined;
  const c = shares[0];
  const j = s.figs.indexOf(c);
  if (c.kind !== "percent" || c.unit !== "%" || j < 1) return undefined;
  const whole = s.figs[j - 1];
  if (whole.kind !== "fraction" && !(whole.kind === "number" && !whole.unit)) return undefined;
  if (!/^(?:[ \t]+[\p{L}-]+){0,3}[ \t]*\([ \t]*$/u.test(ctx.lower.slice(whole.end, c.start)) || !/^[ \t]*\)/u.test(ctx.lower.slice(c.end, c.end + 3))) return undefined;
  const gap = ctx.lower.slice(c.end, wordAt);
  if (gap.length > 100 || /[;]/.test(gap) || CONTRAST.test(gap) || /\d/.test(gap.replace(/(?<![\p{L}\d])\d{1,2}(?![\d.,%])/gu, ""))) return undefined;
  return c;
}

/** "Headcount was ", "Lợi nhuận đã ": the subject of a change with only its earlier value. */
const SUBJECT_HEAD = /^[ \t*•-]*((?:[\p{L}'’-]+[ \t]+){1,3}?)(?:(?:was|were|is|are|has[ \t]+been|had[ \t]+been|has|have|had|đã)[ \t]+)?$/u;
const BENCHMARK_BEFORE = /(?<![\p{L}])(?:target|standard|benchmark|threshold|average|ambition|goal|mục[ \t]+tiêu|chỉ[ \t]+tiêu|bình[ \t]+quân)(?:[ \t]+(?:of|là|was|is))?[ \t]*$/u;

function earlierValue(ctx: UnitContext, s: Sentence, from: Figure): Figure | undefined {
  const k = ctx.sentences.indexOf(s);
  if (k < 1) return undefined;
  const fq = from.qualifiers[0]?.start ?? from.start;
  if (fq - s.start > 120) return undefined;
  const head = ctx.lower.slice(s.start, fq);
  const dir = new RegExp(`(?<![\\p{L}-])(?:${UP}|${DOWN}|improved|worsened|deteriorated)(?:[ \\t]+[\\p{L}]+){0,2}?[ \\t]+(?:từ|from)[ \\t]*$`, "u").exec(head);
  if (!dir) return undefined;
  if (!ANAPHOR.test(head.slice(0, dir.index))) {
    // "Headcount was up from 14,102 in 2022–23, an increase of 5.1%" after "Credit students: 14,826
    // (unduplicated headcount)": the subject's value in the sentences just before.
    const subj = SUBJECT_HEAD.exec(head.slice(0, dir.index));
    const subject = subj ? changeSubject(subj[1]) : undefined;
    return subject ? subjectValue(ctx, k, subject, from, (f, like) => comparable(f, like) && f.kind !== "range" && f.unit !== "pp" && (f.scale?.factor ?? "1") === (like.scale?.factor ?? "1")) : undefined;
  }
  let prev = ctx.sentences[k - 1];
  if (!/^[ \t]*$/.test(ctx.text.slice(prev.end, s.start))) return undefined;
  // ("… 1,046 (81.5%) received … . This is rated Red. Performance has nonetheless improved from 76.8%":
  // past a short verdict with no figure of its own.)
  if (!prev.figs.length && k >= 2 && prev.end - prev.start <= 60 && /^[ \t]*$/.test(ctx.text.slice(ctx.sentences[k - 2].end, prev.start))) prev = ctx.sentences[k - 2];
  // "…(71.8%) were seen within four hours, against the interim national standard of 76%": a
  // standard or target set beside the value is not it.
  const same = prev.figs.filter((f) => comparable(f, from) && f.unit !== "pp" && !BENCHMARK_BEFORE.test(ctx.lower.slice(Math.max(prev.start, (f.qualifiers[0]?.start ?? f.start) - 50), f.qualifiers[0]?.start ?? f.start)));
  return same.length === 1 && same[0].kind !== "range" ? same[0] : undefined;
}

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
// "23% at baseline (2018)", "3.8% in Q2 2025", "10.9% in 2020/21", "4,05% năm 2024", "6,1% quý II/2024".
const PERIOD_AFTER = new RegExp(`^[ \\t]*(?:(?:ước|dự[ \\t]+kiến|ước[ \\t]+đến|estimated|forecast)[ \\t]+)?(?:(?:at|in|as[ \\t]+of|for|during|by|trong|vào|đến)[ \\t]+)?(cuối[ \\t]+|đầu[ \\t]+|giữa[ \\t]+)?(?:(?:the[ \\t]+)?baseline[ \\t]*)?\\(?[ \\t]*(?:in[ \\t]+)?(q[1-4]|h[12]|(?:the[ \\t]+)?(?:first|second|third|fourth)[ \\t]+(?:quarter|half)[ \\t]+of|${MONTHS}|quý[ \\t]+[ivx1-4]+[ \\t]*\\/?|tháng[ \\t]+\\d{1,2}[ \\t]*\\/?|năm)?[ \\t]*(?:fy[ \\t]?)?((?:19|20)\\d\\d)(?:\\/(?:\\d{2}|\\d{4}))?(?![\\d\\p{L}])`, "u");

function periodAfter(ctx: UnitContext, f: Figure): { year: number; sub: string } | undefined {
  // "410 members in 2021", "151.2 Ml/d in 2021/22": the period after the counted noun.
  const k = f.noun && !f.unit && ctx.lower.startsWith(` ${f.noun}`, f.end) ? 1 + f.noun.length + (/^\/[\p{L}]{1,3}(?![\p{L}])/u.exec(ctx.lower.slice(f.end + 1 + f.noun.length, f.end + 6 + f.noun.length))?.[0].length ?? 0) : 0;
  const m = PERIOD_AFTER.exec(ctx.lower.slice(f.end + k, f.end + k + 48));
  if (!m) return undefined;
  // "đầu năm 2022" … "cuối năm 2024" is three years: the part of the year counts.
  return { year: +m[3], sub: `${m[1] ?? ""}${m[2] ?? ""}`.replace(/^the[ \t]+/, "").replace(/[ \t\/]+/g, " ").trim() };
}

/** Whole years between the periods written after the two values, when they are the same part of
 * a year ("Q2 2021" … "Q2 2025": 4; "March 2021" … "June 2025": not a whole number, none). */
function periodYears(ctx: UnitContext, from: Figure, to: Figure): number | undefined {
  const a = periodAfter(ctx, from);
  const b = periodAfter(ctx, to);
  const ya = a?.year ?? from.year;
  const yb = b?.year ?? to.year;
  if (!ya || !yb || yb <= ya) return undefined;
  // "18,64% đầu năm 2022 … 9,87% cuối năm 2024": from the start of one year to the end of another counts both.
  if (/^đầu(?: năm)?$/u.test(a?.sub ?? "") && /^cuối(?: năm)?$/u.test(b?.sub ?? "")) return yb - ya + 1;
  if ((a?.sub ?? "") !== (b?.sub ?? "")) return undefined;
  return yb - ya;
}

/** "9.846 hộ (20,25%)": the figure alone in a bracket right after another, its twin in other terms. */
export function bracketTwin(ctx: UnitContext, s: Sentence, f: Figure): Figure | undefined {
  const k = s.figs.indexOf(f);
  const g = k >= 0 ? s.figs[k + 1] : undefined;
  if (!g || !/^[ \t]*(?:[\p{L}\p{M}]+[ \t]*){0,2}\([ \t]*$/u.test(ctx.lower.slice(f.end, g.qualifiers[0]?.start ?? g.start))) return undefined;
  return /^[ \t]*\)/u.test(ctx.lower.slice(g.end, g.end + 3)) ? g : undefined;
}

/** The difference, average or multiple stated beside a change: after its end ("…, up 3.1
 * percentage points"), or just before "từ/from" ("tăng 3,1 điểm phần trăm, từ 45,2% lên 47,8%"). */
export function collectStated(ctx: UnitContext, s: Sentence, fromIndex: number, change: Change): void {
  const { from, to } = change;
  const classify = (d: Figure, dpre: string): Change["stated"][number]["what"] | undefined => {
    // ("from £1.56 to £1.15, a reduction of 41p": a sum in the currency's smaller coin, not read here.)
    if (!d.unit && !!from.unit && /^(?:p|pence|cents?|c|xu)(?: |$)/u.test(d.noun ?? "")) return undefined;
    // ("…, an increase of 22.6%, and 2.5 times the 164 km in 2019": a multiple of another figure.)
    // ("…, and telecoms promoters now submit 1.5 times as many applications as the water companies": of another subject.)
    if (d.kind === "multiplier") return /^[ \t]+(?:the|that of|as (?:much|many|high|large) as)[ \t]+(?:[\p{L}]+[ \t]+){0,3}?[£$€]?\d/u.test(ctx.lower.slice(d.end, d.end + 40)) || /^[ \t]+as[ \t]+(?:much|many|high|large|long|often|likely|fast)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,4}?as[ \t]+(?!(?:in|at|during|for)[ \t]+(?:19|20)\d\d|(?:in[ \t]+)?(?:last|before|previously|a[ \t]+year|the[ \t]+(?:previous|prior|same|year)|then|earlier))/u.test(ctx.lower.slice(d.end, d.end + 80)) ? undefined : "multiple";
    // "a fall of 183 (13.4% of all waits)": a share of something else.
    // ("…, tương đương 32,8% trong tổng số 58 chợ": so is one of a total named after it.)
    if (d.unit === "%" && !isPercent(from) && /^[ \t]*(?:of|của|trong[ \t]+tổng|trên[ \t]+tổng|tổng[ \t]+số|out[ \t]+of|in[ \t]+the[ \t]+total)(?![\p{L}])/u.test(ctx.lower.slice(d.end, d.end + 16))) return undefined;
    // "down from 1,377 - 12.6% fewer", "…, 173 fewer": the comparative after the figure.
    if (/(?:^|[,:–—-])[ \t]*$/u.test(dpre) && FEWER_AFTER.test(ctx.lower.slice(d.end, d.end + 20))) return d.unit === "%" && !isPercent(from) ? "relative" : "difference";
    // "…, or 2.5 points a year": the figure's own "a year" makes it an average.
    if (d.perYear || AVERAGE_PRE.test(dpre) || /^[ \t]*(?:(?:percentage[ \t]+)?points?[ \t]+|điểm(?:[ \t]+phần[ \t]+trăm|[ \t]*%)?[ \t]+)?(?:a|per|each|every|mỗi|một)[ \t]+(?:year|annum|năm)(?![\p{L}])/u.test(ctx.lower.slice(d.end, d.end + 30))) return "average";
    // "rose from $1,684 to $1,772 a month (+5.2%)": a signed percentage alone in brackets after the end.
    const signed = /^[^,;()\d]{0,20}\([ \t]*[+−-]$/u.test(dpre) || (/^[ \t]*$/u.test(dpre) && /^[+−-]/u.test(ctx.text.slice(d.start, d.end)) && /\([ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, d.start - 25), d.start)));
    if (signed && d.unit === "%" && !isPercent(from) && /^[ \t]*\)/u.test(ctx.lower.slice(d.end, d.end + 3))) return "relative";
    // "fell to £96.0m from £103.5m after scheduled repayments of £7.5m.": the one movement that
    // explains the whole change, when nothing follows it in the clause.
    if (CAUSE_PRE.test(dpre) && !isPercent(from) && comparable(d, from) && /^[ \t]*(?:[.;]|$)/u.test(ctx.lower.slice(d.end, d.end + 3))) return "difference";
    // ("down from £2.50, a cut of 20%": a cut told right after the change's end, nothing between.)
    // ("…, up from 9,615 in 2022–23, a 22.8% increase": the size before the noun of change.)
    const before = /(?:,|\(|—|–)[ \t]*(?:or[ \t]+)?an?[ \t]*$/u.test(dpre) && /^[ \t]+(?:increase|rise|decrease|fall|drop|reduction|jump|gain|growth|improvement|cut|uplift|decline)(?![\p{L}])/u.test(ctx.lower.slice(d.end, d.end + 14));
    const cut = before || (/^[ \t]*,[ \t]*an?[ \t]+(?:cut|uplift|jump)[ \t]+of[ \t]*$/u.test(dpre) && dpre.length < 20);
    // ("…, tức tăng 1.565 đồng chí (2,6%)", "(giảm 11 cơ sở, tương ứng 26,2%)": after a stated difference
    // and its noun, its percentage.)
    const afterDiff = change.stated.length > 0 && d.unit === "%" && !isPercent(from) && /^(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]*(?:\(|,[ \t]*(?:tương[ \t]+ứng|tương[ \t]+đương|tức(?:[ \t]+là)?|hay|or|i\.e\.))[ \t]*$/u.test(dpre);
    if (cut || afterDiff || DIFF_PRE.test(dpre) || (/^[ \t]*\(?[ \t]*$/.test(dpre.slice(-3)) && d.unit === "%" && !isPercent(from))) return d.unit === "%" && !isPercent(from) ? "relative" : "difference";
    return undefined;
  };
  // After both ends: "rose to 87.4% from 85.9%, an improvement of 1.5 percentage points".
  const last = Math.max(to.end, from.end);
  const end = clauseEnd(ctx, s, last);
  // ("… xuống còn 8.152 hộ (16,77%)" after "từ 9.846 hộ (20,25%)": the end's twin is no stated change.)
  const twinTo = from.start < to.start && !isPercent(from) && bracketTwin(ctx, s, from) ? bracketTwin(ctx, s, to) : undefined;
  for (const d of s.figs) {
    if (d.start <= last || d.start >= end + 1 || d === twinTo) continue;
    // ("…, tức giảm 1.694 hộ, tương ứng giảm 3,48 điểm phần trăm": points are the twin rates' change.)
    if (twinTo && d.unit === "pp") continue;
    if (d.kind === "range" || d.kind === "fraction") continue;
    const dq = d.qualifiers[0]?.start ?? d.start;
    // After the stated figure before: "a fall of 183 (13.4%)" reads " (" before the percentage.
    const prevEnd = change.stated.length ? change.stated[change.stated.length - 1].figure.end : last;
    const dpre = ctx.lower.slice(Math.max(prevEnd, dq - 40), dq);
    // "…, vượt chỉ tiêu giảm 1,5%": a target for the change, not the change itself.
    // "…, vượt mục tiêu Nghị quyết đề ra (giảm bình quân 2,5%/năm)": the target's own figure.
    if (TARGET_BEFORE.test(dpre) || TARGET_WORD.test(dpre)) break;
    // ("…, or 4.5%, while e-book loans rose from 96,200 to 118,400, an increase of 23.1%": a clause
    // of contrast has a change of its own.)
    if (otherSubject(ctx.lower.slice(prevEnd, dq)) || /(?<![\p{L}])(?:while|whereas|trong khi)(?![\p{L}])/u.test(ctx.lower.slice(prevEnd, dq))) break;
    // ("… to 18.6 percentage points over the two years, a reduction of 3.8 …": the period is no statement.)
    if (d.kind === "number" && !d.unit && d.noun && /^(?:years?|năm|months?|tháng|quarters?|quý)$/u.test(d.noun) && /(?<![\p{L}])(?:over|in|during|across|within|trong|sau|qua)(?:[ \t]+(?:the|its|past|last|vòng))?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, dq - 20), dq))) continue;
    // ("…, an increase of £90.44 a year or £1.74 a week": the same change per week, not between the ends.)
    if (change.stated.length && /^[ \t]+(?:a|per|each|mỗi|một)[ \t]+(?:week|month|day|tuần|tháng|ngày)(?![\p{L}])/u.test(ctx.lower.slice(d.end, d.end + 12))) break;
    // ("…, down from 19 (a fall of 26.3%), or 1.2 deaths per 100,000 population": a rate per head is no size of the change.)
    if (/^[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:per|trên|mỗi)[ \t]+\d/u.test(ctx.lower.slice(d.end, d.end + 40))) break;
    const what = classify(d, dpre);
    if (!what) break;
    // ("… (4,14 tỷ USD) và tăng 42,4% so với năm 2020 (3,42 tỷ USD)": a change stated against a base
    // of its own is another change.)
    const g = s.figs.find((f) => f.start > d.end);
    if (g && g !== from && comparable(g, from) && /^[ \t]*(?:so[ \t]+với|compared[ \t]+(?:with|to)|on|from|than)(?![\p{L}])[^;\d]{0,60}?\(?[ \t]*$/u.test(ctx.lower.slice(d.end, g.qualifiers[0]?.start ?? g.start).replace(/(?<!\d)(?:19|20)\d\d(?:[/–-]\d{2,4})?(?!\d)/gu, "năm"))) break;
    change.stated.push({ figure: d, what });
    if (change.stated.length >= 2) return;
  }
  if (change.stated.length || fromIndex === 0) return;
  const d = s.figs[fromIndex - 1];
  if (d.kind === "range" || d.kind === "fraction") return;
  const link = ctx.lower.slice(d.end, from.qualifiers[0]?.start ?? from.start);
  const dq = d.qualifiers[0]?.start ?? d.start;
  // "a 7.8% rise in the number of people receiving home care (from 2,214 to 2,387)", "tăng 7,8%
  // (từ 2.214 lên 2.387)": the change named before its ends, in brackets.
  const noun = NOUN_THEN_ENDS.exec(link);
  // ("giảm 47 phòng (từ 162 phòng xuống 115 phòng)": the difference's own noun, the ends' too.)
  const ownNoun = !noun?.[2] || (!!d.noun && !!from.noun && d.noun.split(" ")[0] === from.noun.split(" ")[0] && !d.unit && !from.unit);
  if (noun && ownNoun && (noun[1] || DIFF_PRE.test(ctx.lower.slice(Math.max(s.start, dq - 40), dq))) && !s.figs.some((f) => f.start > d.end && f.end <= from.start)) {
    change.stated.push({ figure: d, what: d.unit === "%" && !isPercent(from) ? "relative" : "difference" });
    return;
  }
  // "phát triển mới 416 trạm BTS, nâng tổng số trạm từ 6.122 trạm lên 6.538 trạm", "added 416 masts,
  // taking the total from 6,122 to 6,538": what was added is the difference.
  // (Not where more than one flow came before it, "lắp đặt mới 412 trạm và tháo dỡ 45 trạm cũ, nâng
  // tổng số …", "opened 14 and closed 3, taking the total …": the net of them is the difference.)
  const flows = s.figs.filter((f) => f !== d && f.end <= d.start && f.kind === "number" && comparable(f, from) && !/[;.]/u.test(ctx.lower.slice(f.end, d.start)));
  if (BRINGING.test(link) && !flows.length && d.kind === "number" && !isPercent(d) && !isPercent(from) && comparable(d, from) && (d.scale?.factor ?? "1") === (from.scale?.factor ?? "1") && (!d.noun || !from.noun || d.noun.split(" ")[0] === from.noun.split(" ")[0])) {
    change.stated.push({ figure: d, what: "difference" });
    return;
  }
  // "tăng 13,6% từ 58.280 lên 69.120", "rose by 18.6% from 58,280 to 69,120": the comma may be left out.
  if (!/^[ \t]*,?[ \t]*(?:từ|from)[ \t]*(?:mức[ \t]+)?$/u.test(link)) return;
  const what = classify(d, ctx.lower.slice(Math.max(s.start, dq - 40), dq));
  if (what) change.stated.push({ figure: d, what });
}

/** ", while mortgage approvals rose 12%", ", số người tham gia tăng 4,1%": a clause with a subject of
 * its own, whose change is that subject's, not the one whose ends came before. */
const SUBJECT_CLAUSE = /(?:[,;)][ \t]*|[ \t]+(?=(?:and|và|but|while|whereas)[ \t]))(?:(?:while|whereas|although|though|but|and|as|with|trong khi|nhưng|song|còn|do|và|mà|khi)[ \t]+)?((?:[\p{L}\p{M}'’-]+[ \t]+){1,8}?)(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|went[ \t]+(?:up|down)|tăng|giảm)(?:[ \t]+(?:by|thêm|lên))?[ \t]*$/u;
const NOT_A_SUBJECT = /^(?:(?:tương ứng|tương đương|tức là|tức|hay là|hay|hoặc là|hoặc|nghĩa là|như vậy|bình quân|trung bình|which|this|that|it|so|thus|hence|therefore|overall|in total|in all|in real terms|year on year|on average|or|i\.e\.|that is|representing|meaning|nominally|still|also|vẫn|cũng|đã|đều|thực tế|mỗi năm|each year|a year|annually|so với cùng kỳ|so với năm trước|so với|cùng kỳ|năm trước|in the year|over the year|over the period|in the period|trong năm|trong kỳ|a total of|in all)[ \t,]*)+$/u;
function otherSubject(gap: string): boolean {
  const m = SUBJECT_CLAUSE.exec(gap);
  return !!m && !NOT_A_SUBJECT.test(m[1].trim() + " ");
}

const BRINGING = /^[^;,\d]{0,40},[ \t]*(?:nâng|đưa|bringing|taking|raising|lifting)[ \t]+(?:tổng[ \t]+số|tổng|the[ \t]+total|the[ \t]+number|its[ \t]+total)?[^;,\d]{0,30}?(?:từ|from)[ \t]*(?:mức[ \t]+)?$/u;
const BRINGING_END = /(?<![\p{L}])(?:nâng|đưa|bringing|taking|raising|lifting)[ \t]+(?:tổng[ \t]+số|tổng|the[ \t]+total|the[ \t]+number|its[ \t]+total)[^;,\d]{0,30}?(?:từ|from)[ \t]*(?:mức[ \t]+)?$/u;
const CAUSE_PRE = /(?:^|[^\p{L}])(?:after|following|reflecting|owing[ \t]+to|due[ \t]+to|do|sau[ \t]+khi)[ \t]+(?:the[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}?(?:repayments?|write-?offs?|disposals?|trả[ \t]+nợ(?:[ \t]+gốc)?|hoàn[ \t]+trả(?:[ \t]+nợ)?)(?:[ \t]+(?:of|totalling|là))?[ \t]*$/u;
// ("… from 13.2 days in 2023/24 – 2.6 days quicker": a time's change in words of speed.)
const FEWER_AFTER = /^[ \t]+(?:fewer|less|more|lower|higher|ít hơn|nhiều hơn|thấp hơn|cao hơn|(?:(?:working[ \t]+|calendar[ \t]+)?(?:days?|weeks?|hours?|minutes?|months?)[ \t]+)(?:quicker|faster|sooner|slower|longer|shorter)|(?:ngày|tuần|giờ|phút|tháng)[ \t]+(?:nhanh|chậm|sớm|muộn)[ \t]+hơn)(?![\p{L}])(?![ \t]+(?:than|so))/u;
const NOUN_THEN_ENDS = /^(?:[ \t]+(rise|increase|fall|drop|decline|reduction|decrease|growth|gain|cut))?(?:[ \t]+(?:in|of)[ \t]+[^;,()\d]{0,80}?|((?:[ \t]+[\p{L}\p{M}]+){1,3}?))?[ \t]*\([ \t]*(?:từ|from)[ \t]*(?:mức[ \t]+)?$/u;
const NOUN_OF = /(?:^|[^\p{L}])an?[ \t]+(rise|increase|fall|drop|decline|reduction|decrease|growth|gain|cut)[ \t]+of[ \t]*$/u;

const TARGET_BEFORE = /(?:chỉ tiêu|mục tiêu|kế hoạch|target|goal|plan|aim)(?:[ \t]+(?:đề ra|là|of|was))?[ \t]+(?:tăng|giảm|increase|decrease|reduction|rise|fall|growth)?[ \t]*(?:thêm[ \t]+|of[ \t]+|by[ \t]+)?$/u;

const TARGET_WORD = /(?<![\p{L}])(?:chỉ[ \t]+tiêu|mục[ \t]+tiêu|kế[ \t]+hoạch|nghị[ \t]+quyết|target|goal|aim|ambition|ceiling|threshold|standard|limit|trajectory|benchmark|định[ \t]+mức|ngưỡng|quy[ \t]+chuẩn|tiêu[ \t]+chuẩn)(?![\p{L}])[^\d;]{0,40}$/u;

const LEAD_DIRECTION = new RegExp(`(?:^|[^\\p{L}])(${UP}|${DOWN})[ \\t]+(?:by[ \\t]+|thêm[ \\t]+)?$`, "u");

/** "tăng 3,1 điểm phần trăm, từ …": the direction word before the figure just before "từ/from". */
function leadingDirection(ctx: UnitContext, s: Sentence, fromIndex: number): { text: string; at: number } | undefined {
  if (fromIndex === 0) return undefined;
  const d = s.figs[fromIndex - 1];
  const from = s.figs[fromIndex];
  if (!/^[ \t]*,[ \t]*(?:từ|from)[ \t]*(?:mức[ \t]+)?$/u.test(ctx.lower.slice(d.end, from.qualifiers[0]?.start ?? from.start))) return undefined;
  const dq = d.qualifiers[0]?.start ?? d.start;
  const before = ctx.lower.slice(Math.max(s.start, dq - 30), dq);
  const m = LEAD_DIRECTION.exec(before);
  if (!m) return undefined;
  return { text: m[1], at: dq - before.length + m.index + m[0].indexOf(m[1]) };
}

/** "a 7.8% rise in the number of … (from 2,214 to 2,387)": the noun naming the change before the bracket. */
function nounDirection(ctx: UnitContext, s: Sentence, fromIndex: number): { text: string; at: number } | undefined {
  if (fromIndex === 0) return undefined;
  const d = s.figs[fromIndex - 1];
  const from = s.figs[fromIndex];
  const m = NOUN_THEN_ENDS.exec(ctx.lower.slice(d.end, from.qualifiers[0]?.start ?? from.start));
  if (!m) return undefined;
  if (m[1]) return { text: m[1], at: d.end + m.index + m[0].indexOf(m[1]) };
  // "an increase of 9.8% in … (from …)", "tăng 9,8% (từ …)": the word before the figure.
  const dq = d.qualifiers[0]?.start ?? d.start;
  const before = ctx.lower.slice(Math.max(s.start, dq - 30), dq);
  const w = NOUN_OF.exec(before) ?? LEAD_DIRECTION.exec(before);
  if (!w) return undefined;
  return { text: w[1], at: dq - before.length + w.index + w[0].indexOf(w[1]) };
}

/** "35.1 spills per overflow": a figure said per unit of something. */
function perUnit(ctx: UnitContext, f: Figure): boolean {
  return /^[ \t]+[\p{L}\p{M} ]{0,30}?(?<![\p{L}])(?:per|each|mỗi)[ \t]+\p{L}/u.test(ctx.lower.slice(f.end, f.end + 40));
}

/** "2,310 colonoscopies were performed in the quarter, 14.0% more than in Q3 2023/24 (2,206)": the
 * value, its rate, then the comparative and the earlier value in brackets after its period. */
const MORE_THAN_BRACKET = /^[ \t]+(more|fewer|less|higher|lower|quicker|faster|sooner|shorter|slower|longer|later)[ \t]+than[ \t]+(?:(?:in|on|at|during|for)[ \t]+)?(?:the[ \t]+)?(?:[\p{L}\d][\p{L}\d\/–-]*[ \t]+){0,6}?\([ \t]*$/u;
function moreThanBracket(ctx: UnitContext, s: Sentence, out: Change[]): void {
  for (let i = 0; i + 2 < s.figs.length; i++) {
    const [b, d, a] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
    if (d.kind !== "percent" || d.unit !== "%" || !d.value || d.qualifiers.length || isPercent(b) || !comparable(a, b) || a.kind !== "number" || b.kind !== "number" || b.qualifiers.length || a.qualifiers.length) continue;
    if (!/^[^;\d()]{0,80},[ \t]*$/u.test(ctx.lower.slice(b.end, d.start))) continue;
    // ("21,486 spill events, an average of 35.1 spills per overflow, 18.3% fewer than in 2023 (26,302)": an
    // average beside a count in brackets is not what changed.)
    if (averaged(ctx, b) !== averaged(ctx, a)) continue;
    const m = MORE_THAN_BRACKET.exec(ctx.lower.slice(d.end, a.start));
    if (!m || !/^[ \t]*\)/u.test(ctx.lower.slice(a.end, a.end + 3))) continue;
    if (out.some((c) => c.to === b || c.from === a)) continue;
    const at = d.end + m.index + m[0].indexOf(m[1]);
    out.push({ from: a, to: b, direction: /^(?:more|higher|slower|longer|later)$/u.test(m[1]) ? "up" : "down", directionWord: { start: at, end: at + m[1].length }, stated: [{ figure: d, what: "relative" }] });
  }
}

/** "hỗ trợ 7.284 người trong năm 2024 (năm 2023 là 5.762 người), tăng 1.522 người, tương ứng tăng 26,4%": the
 * earlier value in its period's bracket right after the value, then the change from it. */
function periodBracketBefore(ctx: UnitContext, s: Sentence, out: Change[]): void {
  for (let i = 0; i + 2 < s.figs.length; i++) {
    const [b, a, d] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
    if (b.kind !== "number" || a.kind !== "number" || !comparable(a, b) || b.qualifiers.length || a.qualifiers.length || (d.kind !== "number" && d.kind !== "percent") || d.qualifiers.length) continue;
    if (!/^[^;()\d]{0,40}\([ \t]*(?:năm|quý|tháng|kỳ)[ \t]+(?:(?:19|20)\d\d|trước|cùng[ \t]+kỳ)[ \t]*(?::|là|đạt)[ \t]*$/u.test(ctx.lower.slice(b.end, a.start).replace(/(?<![\d.,])(?:19|20)\d\d(?![\d.,])(?=[^()]*\()/gu, ""))) continue;
    const m = new RegExp(`^[ \\t\\p{L}]{0,20}\\)[ \\t]*,[ \\t]*(${UP}|${DOWN})[ \\t]+$`, "u").exec(ctx.lower.slice(a.end, d.qualifiers[0]?.start ?? d.start));
    if (!m || out.some((c) => c.to === b && c.from === a)) continue;
    const relative = d.kind === "percent" && d.unit === "%" && !isPercent(a);
    if (!relative && (d.kind !== "number" || !comparable(d, a))) continue;
    const at = a.end + m.index + m[0].lastIndexOf(m[1]);
    const c: Change = { from: a, to: b, direction: UP_RE.test(m[1]) ? "up" : "down", directionWord: { start: at, end: at + m[1].length }, stated: [{ figure: d, what: relative ? "relative" : "difference" }] };
    // (", tương ứng tăng 26,4%": its rate after.)
    const r = s.figs[i + 3];
    if (!relative && r && r.kind === "percent" && r.unit === "%" && /^[ \t\p{L}]{0,20},[ \t]*(?:tương[ \t]+ứng|tức|với[ \t]+tốc[ \t]+độ)(?:[ \t]+(?:tăng|giảm))?[ \t]*$/u.test(ctx.lower.slice(d.end, r.qualifiers[0]?.start ?? r.start))) c.stated.push({ figure: r, what: "relative" });
    out.push(c);
  }
}

/** A range's ends as figures of their own, sharing the range's id, unit and scale. */
function rangeEnds(r: Figure): [Figure, Figure] {
  const mk = (n: NonNullable<Figure["low"]>): Figure => ({ ...r, kind: r.unit === "%" ? "percent" : "number", value: n, low: undefined, high: undefined, start: n.start, end: n.end, text: n.text, qualifiers: n === r.low ? r.qualifiers : [] });
  return [mk(r.low!), mk(r.high!)];
}

// ("1,52 tấn/ha, thấp hơn năng suất bình quân khối doanh nghiệp (1,86 tấn/ha) là 0,43 tấn/ha": after "cao hơn",
// "thấp hơn", whatever the other side is called.)
const BRACKET_THEN_DIFF = /^(?:[ \t]+[\p{L}]+){0,3}[ \t]*,[ \t]*(?:(cao hơn|thấp hơn|nhiều hơn|ít hơn)[ \t]+(?:so[ \t]+với[ \t]+)?(?:[^;()\d,]|(?:19|20)\d\d(?:[-–\/]\d{2,4})?){1,60}|(tăng|giảm)[ \t]+(?:so[ \t]+với[ \t]+)?(?:năm|cùng[ \t]+kỳ|kỳ[ \t]+trước|đầu[ \t]+năm|cuối[ \t]+năm|chỉ[ \t]+tiêu|mục[ \t]+tiêu|kế[ \t]+hoạch|mức[ \t]+bình[ \t]+quân|bình[ \t]+quân)(?:[^;()\d]|(?:19|20)\d\d(?:[-–\/]\d{2,4})?){0,30})\([ \t]*$/u;
const MORE_WORDS = "nhiều hơn|cao hơn|lớn hơn|more|higher";
const LESS_WORDS = "ít hơn|thấp hơn|nhỏ hơn|fewer|less|lower";
const MORE_RE = new RegExp(`^(?:${MORE_WORDS})$`, "u");
// (", our best ever attendance and up 6.5% on 2024": a superlative aside before the change.)
const REVERSE = new RegExp(`^(?:[ \\t]+(?:of[ \\t]+)?(?:[\\p{L} \\t/'’-]|(?:(?<!\\d)\\d{1,2}\\/(?:\\d{1,2}\\/)?)?(?:19|20)\\d\\d(?:[-–/]\\d{2,4})?|q[1-4](?![\\d])){0,90})?(?:[ \\t]*,[ \\t]*(?:(?:our|its|their|the)[ \\t]+(?:best|highest|lowest|worst|largest|smallest|strongest|busiest)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,4}?(?:and[ \\t]+|,[ \\t]*))?|[ \\t]+và[ \\t]+)(?:(?:kết[ \\t]+quả|con[ \\t]+số|tỷ[ \\t]+lệ)(?:[ \\t]+(?:này|năm[ \\t]+nay|trên))+[ \\t]+|(?:this|which)(?:[ \\t]+(?:figure|rate|result|level))?[ \\t]+(?:is|was|represents)[ \\t]+)?(?:(?:an?[ \\t]+(?=(?:increase|decrease|rise|fall|drop|reduction|decline|growth)[ \\t]+of))?(${UP}|${DOWN}|${MORE_WORDS}|${LESS_WORDS}|up|down|rise|fall|drop|reduction|growth)(?:[ \\t]+of(?=[ \\t]))?[ \\t]+)$`, "u");
// "(April to June 2024: 74.8%)", "(2022/23: £396.8m)", "(năm 2023: 11,7%)": the earlier value
// after its period as a label in brackets; words and one year (or financial year) only.
const PERIOD_LABEL = String.raw`(?:[\p{L}][\p{L}'’-]*[ \t]+){0,5}?(?:(?:fy[ \t]?|q[1-4][ \t]+|(?:quý[ \t]+[ivx1-4]+|tháng[ \t]+\d{1,2})[ \t]*\/[ \t]*)?(?:19|20)\d\d(?:[\/–-](?:\d{2}|\d{4}))?|(?:prior|previous|last)[ \t]+(?:year|quarter|month|period)|năm[ \t]+trước|cùng[ \t]+kỳ(?:[ \t]+năm[ \t]+trước)?)[ \t]*(?::|[ \t](?:đạt|là|có|đón|was|were|stood[ \t]+at))[ \t]*`;
const LABELLED_OPEN = String.raw`\([ \t]*(?:${PERIOD_LABEL})?`;
const REVERSE_FROM = new RegExp(String.raw`^[ \t]*(?:(?:percentage[ \t]+points?|điểm[ \t]+phần[ \t]+trăm|điểm[ \t]*%)[ \t]*)?(?:(?:[\p{L}/-]+[ \t]+){0,3}?(?:from|on|against|compared[ \t]+(?:with|to)|so[ \t]+với)[ \t]+(?:[\p{L}\d][\p{L}\d\/-]*[ \t]+){0,9}?(?:${LABELLED_OPEN})?[ \t]*(?:mức[ \t]+)?|\([ \t]*(?:năm[ \t]+(?:19|20)\d\d|cùng[ \t]+kỳ|in[ \t]+(?:19|20)\d\d|(?:19|20)\d\d(?:\/\d{2,4})?)[ \t]*(?::|đạt|là|was|:[ \t]*đạt)?[ \t]*|(?:year[ \t-]+on[ \t-]+year|on[ \t]+(?:19|20)\d\d(?:\/\d{2,4})?|so[ \t]+với[ \t]+cùng[ \t]+kỳ)[ \t]*\([ \t]*|on[ \t]+the[ \t]+(?:[\p{L}]+(?:['’]s?)?[ \t]+){0,6}?(?:${LABELLED_OPEN})?[ \t]*|(?:on|from|compared[ \t]+(?:with|to))[ \t]+(?:(?:19|20)\d\d(?:\/\d{2,4})?|last[ \t]+year|the[ \t]+previous[ \t]+year|a[ \t]+year[ \t]+(?:earlier|ago))[ \t]*,[ \t]*when[ \t]+(?:there[ \t]+(?:were|was)[ \t]+|(?:we|it|they)[ \t]+[\p{L}]+[ \t]+)?)$`, "u");
// ("up 6.5% on 2024, when 61,875 tickets were sold": the earlier value told after its year.)
/** "rose by 4.0% to £412.6m (2022/23: £396.8m)": the earlier value in brackets after its period. */
const RATE_AFTER_BASE = /^(?:[ \t]+[\p{L}]+){0,3}?[ \t]*\)[ \t]*,[ \t]*(?:(?:với[ \t]+)?tốc[ \t]+độ[ \t]+(?:tăng|giảm)(?:[ \t]+trưởng)?|tỷ[ \t]+lệ[ \t]+(?:tăng|giảm)|tương[ \t]+ứng(?:[ \t]+(?:tăng|giảm))?|tức(?:[ \t]+là)?[ \t]+(?:tăng|giảm)|(?:a|an)[ \t]+(?:increase|rise|fall|decrease|reduction|growth)[ \t]+of|or|i\.e\.)(?:[ \t]+(?:là|đạt))?[ \t]*$/u;
const BRACKET_PERIOD_GAP = new RegExp(String.raw`^[ \t]*\([ \t]*${PERIOD_LABEL}$`, "u");

/** "sản lượng gỗ đạt 318.570 m³, bình quân 111,0 m³/ha; sản lượng giảm 9,4% so với năm 2023 (291.240
 * m³)": a clause after ";" that names its subject again by the words that led to a value before it. */
function restatedSubject(ctx: UnitContext, s: Sentence, out: Change[]): void {
  for (let i = 1; i + 1 < s.figs.length; i++) {
    const [d, a] = [s.figs[i], s.figs[i + 1]];
    if (d.qualifiers.length || (d.kind !== "percent" && d.kind !== "number")) continue;
    const dq = d.qualifiers[0]?.start ?? d.start;
    // (Looked for within a short reach: a scan back to the start per figure would be quadratic.)
    const from = Math.max(s.start, dq - 60);
    const back = ctx.lower.slice(from, dq).lastIndexOf(";");
    if (back < 0) continue;
    const semi = from + back;
    const m = RESTATED.exec(ctx.lower.slice(semi, dq));
    if (!m || !REVERSE_FROM.test(ctx.lower.slice(d.end, a.qualifiers[0]?.start ?? a.start)) || !/^[ \t]*\)/u.test(ctx.lower.slice(a.end, a.end + 3))) continue;
    const subj = m[1].trim();
    // The value: the last figure before the ";" of the base's kind whose own words hold the subject.
    const b = s.figs.filter((f) => f.end <= semi && comparable(f, a) && (f.unit ?? "") === (a.unit ?? "") && !f.qualifiers.length && ownWords(ctx, s, f).includes(subj)).pop();
    if (!b || (b.unit ?? "").includes("/") || s.figs.slice(s.figs.indexOf(b) + 1, i).some((f) => comparable(f, a) && (f.unit ?? "") === (a.unit ?? ""))) continue;
    const word = m[2];
    const at = semi + m.index + m[0].lastIndexOf(word);
    out.push({ from: a, to: b, direction: UP_RE.test(word) ? "up" : "down", directionWord: { start: at, end: at + word.length }, stated: [{ figure: d, what: d.unit === "%" && !isPercent(a) ? "relative" : "difference" }] });
  }
}
/** The words that lead to a figure in its clause: back to the comma before it, 50 characters at most. */
function ownWords(ctx: UnitContext, s: Sentence, f: Figure): string {
  const q = f.qualifiers[0]?.start ?? f.start;
  const lead = ctx.lower.slice(Math.max(s.start, q - 50), q);
  return lead.slice(lead.lastIndexOf(",") + 1);
}
const RESTATED = new RegExp(`^;[ \\t]*((?:[\\p{L}\\p{M}]+[ \\t]+){1,3}?)(${UP}|${DOWN})[ \\t]+$`, "u");

/**
 * "92,4%, tăng 1,1 điểm % so với năm 2022 (91,3%)", "92.4%, up 1.1 percentage points from 91.3%":
 * the new value first, then the change and the old value.
 */
/** A level set beside the value said before it, not a value of its own: "3,418 bursts against a performance
 * commitment level of 3,600", "486,2 tỷ đồng, dự toán tỉnh giao 420,0 tỷ đồng", "1.842 ca, dưới ngưỡng cảnh
 * báo dịch 2.000 ca". */
export const SET_BESIDE = /(?:(?<![\p{L}])(?:against|versus|vs\.?)[ \t]+(?:an?|the|its|our|their)?[ \t]*(?:(?:19|20)\d\d(?:\/\d{2,4})?[ \t]+)?(?:[\p{L}'’-]+[ \t]+){0,4}?(?:trajectory|limit|assumption|threshold|ceiling|milestone|level|plan|budget|forecast|allocation|benchmark|standard|target|goal)(?:[ \t]+of)?|(?:[,;(][ \t]*|(?<![\p{L}])(?:dưới|trên|thấp[ \t]+hơn|cao[ \t]+hơn|so[ \t]+với|vượt)[ \t]+)(?:dự[ \t]+toán(?:[ \t]+[\p{L}]+){0,2}?[ \t]+giao|chỉ[ \t]+tiêu[ \t]+kiểm[ \t]+soát|ngưỡng(?:[ \t]+[\p{L}]+){0,3}))[ \t]*(?:là[ \t]+)?$/u;

export function findReverseChanges(ctx: UnitContext): Change[] {
  return ctx.memo("reverse-changes", () => {
    const out: Change[] = [];
    balanceRoll(ctx, out);
    for (const s of ctx.sentences) {
      comparedBeforeBase(ctx, s, out);
      restatedSubject(ctx, s, out);
      numeratorChange(ctx, s, out);
      improvedBy(ctx, s, out);
      moreThanBracket(ctx, s, out);
      periodBracketBefore(ctx, s, out);
      for (let i = 0; i + 2 < s.figs.length; i++) {
        // "91.8% (4,806 of 5,235 students), up 2.1 points from 90.7%": the bracketed fraction
        // explains the value and stands outside the change.
        let skip = s.figs[i + 1].kind === "fraction" && i + 3 < s.figs.length && /^[ \t]*\($/.test(ctx.text.slice(s.figs[i].end, s.figs[i + 1].start)) && /^[^(]*\)/.test(ctx.text.slice(s.figs[i + 1].end, s.figs[i + 2].start)) ? 1 : 0;
        // ("29.4% (20 of 68 young people reoffended within 12 months), down 4.7 percentage points from 34.1%": every
        // figure of that bracket.)
        if (!skip && s.figs[i + 1].kind === "fraction" && /^[ \t]*\($/.test(ctx.text.slice(s.figs[i].end, s.figs[i + 1].start))) {
          const close = ctx.text.indexOf(")", s.figs[i + 1].end);
          const inside = close > 0 ? s.figs.filter((f, j) => j > i && f.end <= close).length : 0;
          if (close > 0 && close < s.end && inside <= 3 && !ctx.text.slice(s.figs[i + 1].end, close).includes("(") && i + inside + 2 < s.figs.length) skip = inside;
        }
        if (!skip) skip = explanations(ctx, s, i);
        if (i + 2 + skip >= s.figs.length) continue;
        let [b, d, a] = [s.figs[i], s.figs[i + 1 + skip], s.figs[i + 2 + skip]];
        // "842,000, down 35,000 (4.0%) on the previous three months (877,000)", "giảm 35.000 người
        // (4,0%) so với quý trước (877.000 người)": the difference with its percentage in brackets.
        let rel: Figure | undefined;
        if (a.kind === "percent" && a.unit === "%" && !isPercent(b) && comparable(d, b) && !isPercent(d) && i + 3 + skip < s.figs.length && /^(?:[ \t]+[\p{L}]+){0,3}[ \t]*\([ \t]*(?:(?:tăng|giảm|up|down|or|hay|tức|tương[ \t]+đương|tương[ \t]+ứng)[ \t]+)?[+−-]?$/u.test(ctx.lower.slice(d.end, a.qualifiers[0]?.start ?? a.start)) && /^[ \t]*\)/u.test(ctx.lower.slice(a.end, a.end + 3))) {
          rel = a;
          a = s.figs[i + 3 + skip];
        }
        // "on the previous three months (877,000)": a duration on the way is not the earlier value.
        const ai = rel ? i + 3 + skip : i + 2 + skip;
        if (DURATION_NOUN.test(a.noun ?? "") && ai + 1 < s.figs.length && /^[ \t]*\([ \t]*$/u.test(ctx.lower.slice(a.end, s.figs[ai + 1].qualifiers[0]?.start ?? s.figs[ai + 1].start).replace(DURATION_NOUN_AT, ""))) a = s.figs[ai + 1];
        if (b.kind !== "percent" && b.kind !== "number") continue;
        // ("đạt 186,3 tỷ đồng với 3.912 lượt hộ vay, tăng 14,2% so với năm 2023 (163,1 tỷ đồng)": a count "với"
        // the amount says what it had; the amount before it changed.)
        let withCount: Figure | undefined;
        if (i > 0 && !skip && !rel && b.kind === "number" && !b.unit && a.unit && baseUnit(a) !== baseUnit(b) && comparable(a, s.figs[i - 1]) && /^[ \t]+[\p{L}\p{M} ]{0,20}?(?:với|with)[ \t]+$/u.test(ctx.lower.slice(s.figs[i - 1].end, b.start))) {
          withCount = b;
          b = s.figs[i - 1];
        } else if (i > 0 && !skip && !rel && countsWith(ctx, s.figs[i - 1], b, a)) {
          // ("phục vụ 2.134 lượt độc giả với 9.876 hồ sơ được khai thác, tăng 12,1% so với năm 2023 (1.904
          // lượt)": the base's noun names the count before "với", not the one after it.)
          withCount = b;
          b = s.figs[i - 1];
        }
        // ("…, chiếm 56,9%, vượt 6,9 điểm phần trăm so với chỉ tiêu 50% … và tăng 15,2 điểm phần trăm so với
        // năm 2022 (41,7%)": a target is not the value that changed, but the plan of a done/plan pair is
        // read as its done below; "tăng 3,23 điểm và tăng 8 bậc so với năm 2021 (84,12 điểm)": nor is a
        // change's own size.)
        const bLead = ctx.lower.slice(Math.max(s.start, (b.qualifiers[0]?.start ?? b.start) - 30), b.qualifiers[0]?.start ?? b.start);
        if ((/(?<![\p{L}])(?:chỉ[ \t]+tiêu|mục[ \t]+tiêu|kế[ \t]+hoạch|target|goal|ambition|standard)(?:[ \t]+(?:đề[ \t]+ra|được[ \t]+giao|giao|of|là|was|is))?(?:[ \t]+(?:từ|tối[ \t]+thiểu|ít[ \t]+nhất|không[ \t]+thấp[ \t]+hơn|at[ \t]+least|of[ \t]+at[ \t]+least))?[ \t]*$/u.test(bLead) || (i > 0 && SET_BESIDE.test(ctx.lower.slice(Math.max(s.start, (b.qualifiers[0]?.start ?? b.start) - 60), b.qualifiers[0]?.start ?? b.start)))) && !(i > 0 && PLAN_SLASH.test(ctx.lower.slice(s.figs[i - 1].end, b.start))) || /(?:(?<![\p{L}])(?:tăng|giảm)(?:[ \t]+thêm)?|(?:^|[,;(—–])[ \t]*(?:up|down)|(?<![\p{L}])(?:rose|fell|grew|increased|decreased|improved|dropped)[ \t]+by)[ \t]*$/u.test(bLead)) continue;
        // ("…, vượt 620 đàn so với kế hoạch và tăng 6,8% so với cùng kỳ năm 2023 (45.525 đàn)": a margin
        // over the plan is no value that changed.)
        // ("…, bằng 101,5% kế hoạch (186.540 ha), vượt 2.772 ha, tăng 2,8% so với năm 2023 (184.127 ha)": a
        // margin said bare is one too.)
        if (/(?<![\p{L}])(?:vượt|hụt|thiếu)[ \t]*$/u.test(bLead) && (/^[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,3}?so[ \t]+với[ \t]+(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu|dự[ \t]+toán)/u.test(ctx.lower.slice(b.end, b.end + 50)) || s.figs.some((f) => f !== b && f.end <= b.start && comparable(f, b)))) continue;
        // ("3.642 vị trí, vượt kế hoạch năm 142 vị trí (4,1%) và tăng 9,4% so với năm 2023 (3.330 vị trí)",
        // "vượt mục tiêu Đề án (972,5 ha, …) 174,3 ha (17,9%) và tăng 28,4% …": the plan named first.)
        if (/(?<![\p{L}])(?:vượt|hụt|thiếu|exceeded|beat|missed)[ \t]+(?:(?:the|its)[ \t]+)?(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu|dự[ \t]+toán|target|plan|budget)(?:[ \t]+[\p{L}\p{M}]+){0,3}?(?:[ \t]*\([^()]*\))?(?:[ \t]+by)?[ \t]*$/u.test(ctx.plainBetween(Math.max(s.start, (b.qualifiers[0]?.start ?? b.start) - 80), b.qualifiers[0]?.start ?? b.start))) continue;
        // "118 đảng viên, đạt 53,6% kế hoạch năm (220 đảng viên), tăng 21 …": a bracketed plan or
        // base is not the value that changed.
        // ("2.003 giáo viên đạt chuẩn (86,4%), tăng 5,1 điểm phần trăm so với …": a change in points is of
        // the share the count's bracket gives.)
        const shareOfCount = d.unit === "pp" && isPercent(b) && i > 0 && !isPercent(s.figs[i - 1]) && /^[ \t]*\([ \t]*$/u.test(ctx.lower.slice(s.figs[i - 1].end, b.start).replace(/^[ \t]+[\p{L}\p{M} ]{0,60}?(?=[ \t]*\()/u, "")) && /^[ \t]*\)[ \t]*,/u.test(ctx.lower.slice(b.end, b.end + 4));
        if (inOpenBracket(ctx, s, b) && !shareOfCount) continue;
        // ("148.260 trẻ trên tổng số 163.540 trẻ thuộc đối tượng (90,7%), tăng 8.645 trẻ": the base of a
        // share is not what changed; the count before it is.)
        {
          const k = s.figs.indexOf(b);
          const prev = k > 0 ? s.figs[k - 1] : undefined;
          if (prev && prev.kind === b.kind && (prev.unit ?? "") === (b.unit ?? "") && /(?<![\p{L}])(?:trên(?:[ \t]+tổng[ \t]+số)?|out[ \t]+of|of[ \t]+(?:the|all)(?:[ \t]+[\p{L}-]+){0,2})[ \t]*$/u.test(ctx.lower.slice(prev.end, b.qualifiers[0]?.start ?? b.start).replace(/^[ \t]*[\p{L}\p{M} ]{0,20}?(?=[ \t]+(?:trên|out|of))/u, ""))) b = prev;
        }
        // ("… visitors across its three sites in 2023/24, up 9.4% from 3,119,400": a count after a
        // preposition, written in words, says where.)
        if (!/\d/u.test(b.text) && /(?<![\p{L}])(?:across|in|at|over|among|from|to|for|with|trên|tại|ở|của)[ \t]+(?:(?:its|their|our|the|all|các)[ \t]+)?$/u.test(ctx.lower.slice(Math.max(s.start, b.start - 16), b.start))) continue;
        // "…, bình quân 595 lượt/ngày và tăng 7,4% so với … (17.610 lượt)": an average is not the total that changed
        // (unless set against another average: "thấp hơn năng suất bình quân khối doanh nghiệp (1,86 tấn/ha)").
        // ("Counters recorded an average of 1,912 trips per site per day, up 16.5% on the 1,596 recorded in
        // 2023/24": an average that is the sentence's first value of its kind is what changed.)
        if (AVERAGE_BEFORE.test(ctx.lower.slice(Math.max(s.start, (b.qualifiers[0]?.start ?? b.start) - 20), b.qualifiers[0]?.start ?? b.start)) && s.figs.slice(0, s.figs.indexOf(b)).some((x) => comparable(x, a)) && !/(?<![\p{L}])(?:average|averaging|bình[ \t]+quân|trung[ \t]+bình)(?![\p{L}])/u.test(ctx.lower.slice(Math.max(s.start, (a.qualifiers[0]?.start ?? a.start) - 60), a.qualifiers[0]?.start ?? a.start).split(/[,;]/u).pop()!)) continue;
        if (isPercent(a) !== isPercent(b) || a.kind === "range" || a.kind === "fraction" || d.kind === "range" || d.kind === "fraction") continue;
        if (baseUnit(a) !== baseUnit(b) && !(isPercent(a) && isPercent(b))) continue;
        // "14 vụ …, trong đó 4 người chết, giảm 2 vụ so với năm 2023 (16 vụ)": a part singled out
        // by "trong đó" is not what changed.
        if (/(?:trong đó|of which|of whom|including)[ \t]*(?:có[ \t]+)?$/u.test(ctx.lower.slice(Math.max(s.start, (b.qualifiers[0]?.start ?? b.start) - 20), b.qualifiers[0]?.start ?? b.start))) continue;
        // "684 hợp tác xã (HTX), tăng 57 HTX …": the noun's short form in brackets is part of the noun.
        // ("34,2 triệu đồng/ha/vụ, cao hơn 6,8 triệu đồng/ha …": a further "/vụ" of the unit is the value's.)
        let gap1 = ctx.plainBetween(skip ? s.figs[i + skip].end : (withCount ?? b).end, d.qualifiers[0]?.start ?? d.start).replace(/^\/[\p{L}\p{M}]+(?=[ \t]*,)/u, "").replace(/^[^(]*?\)/, "").replace(/^([ \t]+[\p{L}][\p{L} \t]{0,40}?)[ \t]*\([\p{L}]{2,8}\)(?=[ \t]*,)/u, "$1");
        // ("2,186 Stage 1 complaints, up 7.4% from 2,035": a class number inside the value's own noun is no
        // figure on the way.)
        const ownNoun = !skip && !withCount && b.noun && /\d/u.test(b.noun) ? b.noun : undefined;
        if (ownNoun && gap1.startsWith(` ${ownNoun}`)) gap1 = ` ${ownNoun.replace(/\d/gu, "n")}${gap1.slice(ownNoun.length + 1)}`;
        // "khởi tố 47 vụ/62 bị can về các tội …, …, tăng 9 vụ so với năm 2023 (38 vụ)": a count and its
        // pair after "/" name the first count's noun, which the difference and the earlier value repeat.
        const pair = !skip && i > 0 ? s.figs[i - 1] : undefined;
        const pairNoun = !!pair && /^[ \t]*[\p{L} \t]{0,20}\/[ \t]*$/u.test(ctx.text.slice(pair.end, b.start)) && !!d.noun && [pair, d, a].every((x) => x.kind === "number" && !x.unit && !x.scale && !!x.noun && x.noun.toLowerCase() === d.noun!.toLowerCase());
        // "246 câu lạc bộ văn nghệ, thể dục thể thao, tăng 38 câu lạc bộ so với năm 2021 (208 câu lạc
        // bộ)": the value's noun may list with commas when the difference and the earlier value
        // repeat that noun.
        // ("…, tăng 2.315 tổ chức, cá nhân so với năm 2023 (7.559)": an earlier value in brackets with no
        // noun of its own counts the difference's.)
        const bareBase = !a.noun && /\([ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, a.start - 3), a.qualifiers[0]?.start ?? a.start)) && /^[ \t]*\)/u.test(ctx.lower.slice(a.end, a.end + 3));
        const g1 = REVERSE.exec(gap1) ?? (!skip && (sameCountNoun(b, d, a, gap1, bareBase) || pairNoun) ? REVERSE_LISTED_NOUN.exec(gap1) : !skip && relativeCountNoun(b, d, a) ? REVERSE_LISTED_LONG.exec(gap1) : skip ? REVERSE_AND.exec(gap1) : null);
        // ("12 mô hình …; số mô hình cấp huyện tăng 23 mô hình so với năm 2023 (163 mô hình)": a clause
        // after ";" with a subject of its own changes another value.)
        if (!g1 || /;[ \t]*(?:số|tổng số|the number|the total)[ \t]/u.test(gap1)) continue;
        // ("tăng 2.315 tổ chức, cá nhân so với …": a noun paired with another by a comma is one noun.)
        const gap2 = ctx.lower.slice(rel ? rel.end : d.end, a.qualifiers[0]?.start ?? a.start).replace(rel ? /^[ \t]*\)/u : /^$/u, "").replace(d.noun && d.noun.length >= 2 && !rel ? new RegExp(`^([ \\t]+)${d.noun.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ \\t]*,[ \\t]*[\\p{L}\\p{M}]+(?:[ \\t]+[\\p{L}\\p{M}]+)?(?=[ \\t]+so[ \\t]+với[ \\t])`, "u") : /^$/u, "$1x");
        if (!REVERSE_FROM.test(gap2)) continue;
        // "bắt giữ 23 vụ, 31 đối tượng …, tăng 5 vụ so với năm 2023 (18 vụ)": counts of one noun
        // change the count of that noun, listed just before another noun's count.
        // ("1.046 cơ sở lưu trú với 18.920 buồng, tăng 87 cơ sở … (959 cơ sở)": the nearest earlier count
        // of that noun in the clause.)
        const ofNoun = (x: Figure) => isCountOf(x) && (sameNoun(x.noun, a.noun) || sameNoun(a.noun, x.noun));
        // ("cho 1.327 nam công dân đủ 17 tuổi, tăng 79 người …": an age says who; the count before it changed.)
        if (agedBound(ctx, b)) {
          const p = i > 0 ? s.figs[i - 1] : undefined;
          if (!p || /[;]/.test(ctx.text.slice(p.end, b.start)) || !comparable(p, a)) continue;
          b = p;
        }
        // ("bắt giữ 612 vụ với 1.027 đối tượng …, tăng 8,3% số vụ so với năm 2022 (565 vụ)": the percent
        // names the count it is of.)
        const namedBy = d.kind === "percent" && isCountOf(a) && !ofNoun(b) ? /^[ \t]+(?:số|tổng số)[ \t]+([\p{L}\p{M}]+)/u.exec(ctx.lower.slice(d.end, d.end + 20))?.[1] : undefined;
        if (namedBy && a.noun && a.noun.split(" ")[0] === namedBy) {
          const p = s.figs.slice(0, i).reverse().find((x) => ofNoun(x) && !/[;]/.test(ctx.text.slice(x.end, b.start)));
          if (!p) continue;
          b = p;
        }
        if (isCountOf(d) && isCountOf(a) && isCountOf(b) && sameNoun(d.noun, a.noun) && !ofNoun(b)) {
          for (let k = i - 1; k >= 0; k--) {
            const p = s.figs[k];
            if (/[;]/.test(ctx.text.slice(p.end, b.start))) break;
            if (ofNoun(p)) {
              b = p;
              break;
            }
          }
        }
        // "giành tổng cộng 97 huy chương, gồm 28 …, 31 … và 38 huy chương đồng, tăng 15 huy chương so
        // với năm 2023 (82 huy chương)": after a breakdown, the change is the whole's.
        const whole = partOfWhole(ctx).get(b);
        if (whole && whole.start < b.start && ctx.sentenceOf(whole) === s && isCountOf(whole) && isCountOf(a) && (sameNoun(whole.noun, a.noun) || sameNoun(a.noun, whole.noun))) b = whole;
        // ("54/60 thí sinh đạt giải (90,0%), gồm 5 giải Nhất, … và 18 giải Khuyến khích, tăng 7 giải so
        // với năm 2023 (47 giải)": the change is of the list's whole, a fraction here; not read.)
        else if (whole && whole.start < b.start && ctx.sentenceOf(whole) === s && whole.kind === "fraction") continue;
        // ("2.310 ha/kế hoạch 2.500 ha, đạt 92,4% kế hoạch, tăng 7,4% so với năm 2023 (2.150 ha)": the
        // plan of a done/planned pair is not what changed; the done is.)
        const pi = s.figs.indexOf(b);
        if (pi > 0 && PLAN_SLASH.test(ctx.lower.slice(s.figs[pi - 1].end, b.start))) b = s.figs[pi - 1];
        // ("received 212,460 calls to 101 …, down 6.2% on … (226,510)": the number called is no value;
        // the count before it is.)
        if (CALLED.test(ctx.lower.slice(Math.max(s.start, b.start - 16), b.start))) {
          const q = s.figs[s.figs.indexOf(b) - 1];
          if (!q || !comparable(q, a)) continue;
          b = q;
        }
        const word = g1[1];
        const dir: Direction = UP_RE.test(word) || word === "up" || word === "rise" || word === "growth" || MORE_RE.test(word) ? "up" : "down";
        const k = ctx.lower.indexOf(word, b.end);
        const at = k < 0 ? b.end - 1 : k;
        const c: Change = { from: a, to: b, direction: dir, directionWord: { start: at, end: at + word.length }, stated: [{ figure: d, what: d.kind === "multiplier" ? "multiple" : d.unit === "%" && !isPercent(a) ? "relative" : "difference" }, ...(rel ? [{ figure: rel, what: "relative" as const }] : [])] };
        // "…, tăng 112,7 tỷ đồng so với đầu năm (1.173,7 tỷ đồng), tốc độ tăng 9,6%": the rate of the
        // change after the bracketed earlier value, ending the clause.
        const r = s.figs[ai + 1];
        if (!rel && c.stated[0].what === "difference" && r && r.kind === "percent" && r.unit === "%" && !isPercent(a) && RATE_AFTER_BASE.test(ctx.lower.slice(a.end, r.qualifiers[0]?.start ?? r.start)) && /^[ \t]*(?:[.;]|$)/u.test(ctx.lower.slice(r.end, r.end + 3))) c.stated.push({ figure: r, what: "relative" });
        out.push(c);
      }
      // "đạt 99,21%, cao hơn năm 2023 (98,87%) 0,34 điểm phần trăm": the earlier value in brackets,
      // then the difference.
      for (let i = 0; i + 2 < s.figs.length; i++) {
        const [b, a, d] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
        if (!comparable(a, b) || d.kind === "range" || d.kind === "fraction" || d.kind === "multiplier") continue;
        // ("2.003 giáo viên đạt chuẩn (86,4%), tăng 5,1 điểm phần trăm so với …": a change in points is of
        // the share the count's bracket gives.)
        const shareOfCount = d.unit === "pp" && isPercent(b) && i > 0 && !isPercent(s.figs[i - 1]) && /^[ \t]*\([ \t]*$/u.test(ctx.lower.slice(s.figs[i - 1].end, b.start).replace(/^[ \t]+[\p{L}\p{M} ]{0,60}?(?=[ \t]*\()/u, "")) && /^[ \t]*\)[ \t]*,/u.test(ctx.lower.slice(b.end, b.end + 4));
        if (inOpenBracket(ctx, s, b) && !shareOfCount) continue;
        const g = BRACKET_THEN_DIFF.exec(ctx.lower.slice(b.end, a.qualifiers[0]?.start ?? a.start));
        if (!g || !/^[ \t]*\)[ \t]*(?:là[ \t]+)?$/u.test(ctx.lower.slice(a.end, d.qualifiers[0]?.start ?? d.start))) continue;
        const points = isPercent(b) ? d.unit === "pp" : d.kind === "number" && baseUnit(d) === baseUnit(b) && !isPercent(d);
        if (!points) continue;
        // The difference ends the clause: "… (98,87%) 0,34 điểm phần trăm." or ", …".
        if (!/^[ \t]*(?:[.,;]|$)/u.test(ctx.lower.slice(d.end, d.end + 3)) && !/^[ \t]*(?:[\p{L}]+[ \t]+){0,2}?[\p{L}]+[ \t]*(?:[.,;]|$)/u.test(ctx.lower.slice(d.end, d.end + 30))) continue;
        // The direction is read by the comparison and the change without a difference; only the size here.
        out.push({ from: a, to: b, stated: [{ figure: d, what: "difference" }] });
      }
      // No stated difference: "3,8%, giảm so với năm 2023 (3,5%)", "dropped to 12.4 … from 11.8".
      for (let i = 0; i + 1 < s.figs.length; i++) {
        // A duration between them ("waited six weeks or longer") is not the other side.
        let k = i + 1;
        // (Unless the value itself is a time: "improved to 11.6 days, from 13.2 days".)
        // ("286 cadets enrolled across 14 units, up from 241": nor a count of where.)
        while (k + 1 < s.figs.length && ((DURATION_NOUN.test(s.figs[k].noun ?? "") && !DURATION_NOUN.test(s.figs[i].noun ?? "")) || (!!s.figs[k].noun && !!s.figs[i].noun && s.figs[k].noun !== s.figs[i].noun && /(?<![\p{L}])(?:across|among|at|over)[ \t]+$/u.test(ctx.lower.slice(Math.max(s.start, s.figs[k].start - 8), s.figs[k].start))))) k++;
        const [b, a] = [s.figs[i], s.figs[k]];
        // ("342 care leavers aged 17 to 25, up from 318": an age bound is no value that went up.)
        // ("a Progress 8 score below -0.5, down from 14": a threshold with its sign is no value either.)
        // ("welcomed 3,412,600 visitors across its three sites …, up 9.4% from 3,119,400": a count after
        // a preposition says where, not what went up.)
        if (/(?<![\p{L}])(?:across|in|at|over|among|from|to|for|with|trên|tại|ở|của)[ \t]+(?:(?:its|their|our|the|all|các)[ \t]+)?$/u.test(ctx.lower.slice(Math.max(s.start, b.start - 16), b.start)) && !/\d/u.test(b.text)) continue;
        // ("1,286 noise complaints from 214 individuals in 2024, compared with 1,530": who they came from.)
        if (/(?<![\p{L}])(?:from|by|among|across)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, b.start - 8), b.start)) && s.figs.slice(0, i).some((f) => comparable(a, f))) continue;
        if (!comparable(a, b) || agedBound(ctx, b) || averaged(ctx, b) || /(?:^|[\s(])[-−][ \t]?$/u.test(ctx.text.slice(Math.max(0, b.start - 3), b.start))) continue;
        // ("94.6% …, against a local target of 90% and compared with 81.3% the previous year": a target is
        // no value the comparison starts from.)
        if (/(?<![\p{L}])(?:target|goal|standard|ambition|threshold|mục[ \t]+tiêu|chỉ[ \t]+tiêu|kế[ \t]+hoạch)(?:[ \t]+(?:of|là))?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, b.start - 24), b.qualifiers[0]?.start ?? b.start))) continue;
        const bq = b.qualifiers[0]?.start ?? b.start;
        // ("212,460 calls to 101 between April and September": the number called is no value.)
        if (CALLED.test(ctx.lower.slice(Math.max(s.start, bq - 16), bq))) continue;
        // ("còn thiếu 1.126 giáo viên so với định mức (19.668 người), tương đương 5,7% định mức": a shortfall
        // against a norm is no level that changed.)
        if (/(?<![\p{L}])(?:thiếu|hụt|vượt|dôi[ \t]+dư|short|shortfall[ \t]+of|excess[ \t]+of)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, bq - 16), bq))) continue;
        const gap = ctx.lower.slice(b.end, a.qualifiers[0]?.start ?? a.start);
        let word: string;
        let at: number;
        // The longer reading only for the sentence's first value of its kind: after "820 million,
        // including 510 million … and 230 million from fees, up from 700 million" the last part
        // is not what went up.
        const after = BARE_REVERSE.exec(gap) ?? firstOfKind(s, i, nounReverse(gap, ctx.lower.slice(a.end, a.end + 40)));
        if (!after && COMPARED.test(gap) && !leadChange(ctx, Math.max(s.start, bq - 20), bq)) {
          // "18.6% …, compared with 21.4% at the end of Q1, an improvement of 2.8 points": no
          // direction word, but the stated difference must still be the gap between the two.
          const change: Change = { from: a, to: b, stated: [] };
          collectStated(ctx, s, i + 1, change);
          // ("…, compared with 35.1% for the previous cohort, down 2.7 percentage points": the word
          // before the stated size says which way.)
          const st = change.stated[0]?.figure;
          const dw = st ? /(?<![\p{L}])(up|down|an?[ \t]+(?:increase|rise|fall|decrease|drop|reduction)[ \t]+of)[ \t]*$/u.exec(ctx.lower.slice(Math.max(a.end, (st.qualifiers[0]?.start ?? st.start) - 30), st.qualifiers[0]?.start ?? st.start)) : null;
          if (dw) {
            const w0 = ctx.lower.lastIndexOf(dw[1], st!.qualifiers[0]?.start ?? st!.start);
            change.direction = /^(?:up|an?[ \t]+(?:increase|rise))/u.test(dw[1]) ? "up" : "down";
            change.directionWord = { start: w0, end: w0 + dw[1].length };
          }
          // ("The cost per tree fell to £9.99, compared with £8.40 in 2022/23": the verb before the value
          // says which way it went.)
          const from0 = Math.max(s.start, bq - 30);
          const verbTo = !dw && mayEndWithDirection(ctx.lower, from0, bq, "to", false) ? TO_BEFORE.exec(ctx.lower.slice(from0, bq)) : null;
          // (Only against an earlier period: "compared with 96.2% nationally" is no level before.)
          const earlier = /^[ \t]*(?:(?:in|at|for|during|over)[ \t]+)?(?:the[ \t]+)?(?:(?:previous|prior|last|same)[ \t]+(?:year|quarter|month|period|season)|year[ \t]+before|a[ \t]+year[ \t]+(?:earlier|ago|before)|(?:19|20)\d\d|q[1-4](?![\p{L}])|fy)/u.test(ctx.lower.slice(a.end, a.end + 30));
          if (verbTo && earlier && /^[ \t]*,[ \t]*compared[ \t]+(?:with|to)[ \t]+(?:the[ \t]+)?[£$€]?$/u.test(gap)) {
            const w0 = from0 + verbTo.index + verbTo[0].indexOf(verbTo[1]);
            change.direction = UP_RE.test(verbTo[1]) ? "up" : "down";
            change.directionWord = { start: w0, end: w0 + verbTo[1].length };
            out.push(change);
          } else if (change.stated.some((x) => x.what === "difference" || x.what === "relative")) out.push(dw ? change : withPolarity(ctx, change, ctx.lower.slice(s.start, bq)));
          else if (!change.stated.length) ctx.memo("compared-bare", () => [] as Change[]).push(change);
          continue;
        }
        if (after) {
          // ("…, tăng từ 60.915 lên 62.480": "từ … lên" is a change told forward, read elsewhere.)
          if (/từ(?:[ \t]+mức)?[ \t]+$/u.test(after[0]) && /^(?:[ \t]+[\p{L}\p{M}]+){0,4}?[ \t]+(?:lên|xuống|đến|tới|còn)(?![\p{L}])/u.test(ctx.lower.slice(a.end, a.end + 40))) continue;
          word = after[1];
          at = b.end + after.index + after[0].indexOf(word, after[0].lastIndexOf(","));
        } else {
          const from = Math.max(s.start, bq - 30);
          const toFrom = mayEndWithDirection(ctx.lower, from, bq, "to", false) ? TO_BEFORE.exec(ctx.lower.slice(from, bq)) : null;
          if (!toFrom || !TO_FROM_GAP.test(gap)) {
            // ("improved to 11.6 days, from 13.2 days in 2023/24 – 2.6 days quicker": better or worse,
            // not up or down; only the size stated beside it is read.)
            if (TO_FROM_GAP.test(gap) && /(?<![\p{L}])(?:improved|worsened|deteriorated)[ \t]+to[ \t]*$/u.test(ctx.lower.slice(from, bq))) {
              const c: Change = { from: a, to: b, stated: [] };
              collectStated(ctx, s, k + 1, c);
              if (c.stated.length) out.push(c);
            }
            continue;
          }
          word = toFrom[1];
          at = from + toFrom.index + toFrom[0].indexOf(word);
        }
        // ("12.8% in 2024, up from 10.9% in 2021, an average rise of …": the years each end is dated by.)
        const years = a.year && b.year && b.year > a.year ? b.year - a.year : (bracketYears(ctx, a, b) ?? periodYears(ctx, a, b));
        const change: Change = { from: a, to: b, direction: UP_RE.test(word) ? "up" : "down", directionWord: { start: at, end: at + word.length }, years, stated: [] };
        collectStated(ctx, s, i + 1, change);
        out.push(change);
      }
      for (let i = 0; i + 2 < s.figs.length; i++) {
        const [x, y, z] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
        // "grew 8% to £84 million from £86 million": the change first, then to and from.
        const xq = x.qualifiers[0]?.start ?? x.start;
        const lead = leadChange(ctx, Math.max(s.start, xq - 30), xq);
        // ("Cruise passengers increased by 42.8% to 58,910, from 34 ship calls": a from-count of another
        // noun than the subject says where from, not the level before.)
        const otherNoun = !!z.noun && !y.noun && !ctx.lower.slice(Math.max(s.start, xq - 80), xq).includes(z.noun.split(" ").pop()!.replace(/s$/u, ""));
        if (lead && !otherNoun && comparable(z, y) && x.kind !== "range" && x.kind !== "fraction" && toAfter(ctx.lower.slice(x.end, y.qualifiers[0]?.start ?? y.start), x) && (TO_FROM_GAP.test(ctx.lower.slice(y.end, z.qualifiers[0]?.start ?? z.start)) || (BRACKET_PERIOD_GAP.test(ctx.lower.slice(y.end, z.qualifiers[0]?.start ?? z.start)) && /^[ \t]*\)/u.test(ctx.lower.slice(z.end, z.end + 3))))) {
          const at = Math.max(s.start, xq - 30) + lead.index + lead[0].indexOf(lead[1]);
          out.push({ from: z, to: y, direction: UP_RE.test(lead[1]) ? "up" : "down", directionWord: { start: at, end: at + lead[1].length }, stated: [{ figure: x, what: x.unit === "%" && !isPercent(z) ? "relative" : "difference" }] });
          continue;
        }
        // "3,200 workers in 2024, 640 more than the 2,560 trained in 2023".
        // ("22 breaches of the 28-day standard, 7 more than in Q2 (13)": a number joined to its word names a kind.)
        // ("9 are more than three months late": a verb between makes "more than" bound the next figure.)
        // ("We visited 1,174 people at home who were unable to reach a drop-in, 206 more than in 2022/23
        // (968)": the value's words may run to a relative clause.)
        const moreGap = ctx.lower.slice(y.end, z.qualifiers[0]?.start ?? z.start);
        // ("8 minutes 51 seconds, 9 seconds slower than …": a time told in two units is no one figure.)
        const split = [x, y, z].some((f) => /^[ \t]+(?:minutes?|mins?|hours?|hrs?|phút|giờ)[ \t]+\d/u.test(ctx.lower.slice(f.end, f.end + 14)) || (/^(?:seconds?|secs?|minutes?|mins?|giây|phút)(?: |$)/u.test(f.noun ?? "") && /(?:minutes?|mins?|hours?|hrs?|phút|giờ)[ \t]+$/u.test(ctx.lower.slice(Math.max(0, f.start - 10), f.start))));
        const more = split || /^[ \t]+(?:are|is|were|was|had|have|has|remain|remained)[ \t]/u.test(moreGap) ? null : MORE_THAN.exec(moreGap);
        // ("612 YTD (Q1 214, Q2 206, Q3 192), 12.3% lower than the 698": the last of a bracketed split is
        // no value compared.)
        // ("The overall achievement rate of 91.5% is 1.8 percentage points higher than in 2022/23 (89.7%)": the
        // gap said of the value by its verb.)
        const isGap = /^[ \t]+(?:is|was|are|were|là)[ \t]+$/u.test(ctx.lower.slice(x.end, y.qualifiers[0]?.start ?? y.start)) && y.kind === "percent" && y.unit === "pp" && isPercent(x) && isPercent(z);
        // ("21,486 spill events, an average of 35.1 spills per overflow, 18.3% fewer than in 2023 (26,302)": a
        // rate per unit is not what the bare count in brackets was.)
        if (more && comparable(z, x) && !inOpenBracket(ctx, s, x) && perUnit(ctx, x) === perUnit(ctx, z) && (y.kind === "number" || y.kind === "percent") && (isGap || /^[^;\d]{0,70}(?:(?:19|20)\d\d)?[ \t]*,[ \t]*$/u.test(ctx.lower.slice(x.end, y.qualifiers[0]?.start ?? y.start).replace(/(?<![\d.,])\d{1,3}-(?=\p{L})/gu, "")))) {
          const at = y.end + more.index + more[0].indexOf(more[1]);
          const up = /^(?:more|higher|nhiều|cao|tăng|slower|longer|later)/u.test(more[1]);
          out.push({ from: z, to: x, direction: up ? "up" : "down", directionWord: { start: at, end: at + more[1].length }, stated: [{ figure: y, what: "difference" }] });
          continue;
        }
        // "18,432, an average of 595 a day and 4.7% more than in October 2023 (17,610)": the value's
        // daily average between it and the comparison.
        if (i + 3 < s.figs.length && (x.kind === "number" || x.kind === "percent") && AVERAGE_EXPLAINS.test(ctx.lower.slice(x.end, y.qualifiers[0]?.start ?? y.start)) && PER_PERIOD_AND.test(ctx.lower.slice(y.end, s.figs[i + 2].qualifiers[0]?.start ?? s.figs[i + 2].start))) {
          const [p, w] = [s.figs[i + 2], s.figs[i + 3]];
          const more2 = MORE_THAN.exec(ctx.lower.slice(p.end, w.qualifiers[0]?.start ?? w.start));
          if (more2 && comparable(w, x) && (p.kind === "number" || p.kind === "percent") && !(isPercent(p) && isPercent(x) && p.unit === "%") && /^[ \t]*\)?[ \t]*(?:[.,;]|$)/u.test(ctx.lower.slice(w.end, w.end + 3))) {
            const at = p.end + more2.index + more2[0].indexOf(more2[1]);
            const up = /^(?:more|higher|nhiều|cao|tăng|slower|longer|later)/u.test(more2[1]);
            out.push({ from: w, to: x, direction: up ? "up" : "down", directionWord: { start: at, end: at + more2[1].length }, stated: [{ figure: p, what: p.unit === "%" && !isPercent(w) ? "relative" : "difference" }] });
          }
        }
      }
    }
    // "rose to 6,953, a positive outcome rate of 14.2%, compared with 6,467 offences and 12.8% in
    // 2023, an improvement of 1.4 percentage points": two values compared pairwise; the stated
    // difference after the second pair is between the values of the second kind.
    for (const s of ctx.sentences) {
      for (let i = 1; i + 2 < s.figs.length; i++) {
        const [p, b, m, a] = [s.figs[i - 1], s.figs[i], s.figs[i + 1], s.figs[i + 2]];
        if (!comparable(a, b) || !comparable(m, p) || comparable(m, b)) continue;
        if (!/^[^;\d]{0,60}$/u.test(ctx.lower.slice(p.end, b.qualifiers[0]?.start ?? b.start))) continue;
        if (!PAIR_COMPARED.test(ctx.lower.slice(b.end, m.qualifiers[0]?.start ?? m.start))) continue;
        if (!/^[^;\d]{0,30}?[ \t](?:and|và)[ \t]+$/u.test(ctx.lower.slice(m.end, a.qualifiers[0]?.start ?? a.start))) continue;
        const change: Change = { from: a, to: b, stated: [] };
        collectStated(ctx, s, i + 2, change);
        if (change.stated.some((x) => x.what === "difference" || x.what === "relative")) out.push(change);
      }
    }
    // "giải ngân 3.452,9 tỷ đồng, đạt 55,3% kế hoạch, cao hơn … (47,3%), xếp thứ 18/63 …; tăng 6,8
    // điểm % so với cùng kỳ năm 2023 (48,5%)", "kỷ luật 14 đảng viên, gồm: khiển trách 8, …; giảm 5
    // trường hợp so với cùng kỳ năm 2023 (19 trường hợp)": a clause that opens with the change and
    // names no value of its own changes the one value of that kind before it (outside brackets;
    // a whole rather than the parts it is broken into).
    for (const s of ctx.sentences) {
      // The last ";" before each figure, found in one pass over the sentence.
      let semi = -1;
      let scanned = s.start;
      for (let j = 1; j + 1 < s.figs.length; j++) {
        const [d, a] = [s.figs[j], s.figs[j + 1]];
        const dq = d.qualifiers[0]?.start ?? d.start;
        for (; scanned < dq; scanned++) if (ctx.lower.charCodeAt(scanned) === 59) semi = scanned;
        if (d.kind === "range" || d.kind === "fraction" || d.kind === "multiplier" || a.kind === "range" || a.kind === "fraction") continue;
        if (semi < s.start || s.figs[j - 1].end > semi) continue;
        const open = CLAUSE_CHANGE.exec(ctx.lower.slice(semi + 1, dq));
        if (!open) continue;
        if (!REVERSE_FROM.test(ctx.lower.slice(d.end, a.qualifiers[0]?.start ?? a.start)) || !/^[^()]{0,40}\)/u.test(ctx.lower.slice(a.end, a.end + 41))) continue;
        if (!/\([^()]*$/u.test(ctx.lower.slice(d.end, a.qualifiers[0]?.start ?? a.start))) continue;
        let cands = s.figs.slice(0, j).filter((f) => comparable(f, a) && f.unit !== "pp" && !inOpenBracket(ctx, s, f));
        if (cands.length > 1 && /^[^;\d]{0,30}?(?:gồm|bao[ \t]+gồm|including|comprising)[ \t]*:?[^;\d]{0,30}$/u.test(ctx.lower.slice(cands[0].end, cands[1].qualifiers[0]?.start ?? cands[1].start))) cands = [cands[0]];
        if (cands.length !== 1) continue;
        const b = cands[0];
        // The value is in the sentence's first clause, not after another "so với" or change word.
        if (/(?<![\p{L}])(?:so[ \t]+với|compared|tăng|giảm|rose|fell|up|down)(?![\p{L}])/u.test(ctx.lower.slice(s.start, b.qualifiers[0]?.start ?? b.start))) continue;
        const at = semi + 1 + open.index + open[0].indexOf(open[1]);
        out.push({ from: a, to: b, direction: UP_RE.test(open[1]) ? "up" : "down", directionWord: { start: at, end: at + open[1].length }, stated: [{ figure: d, what: d.unit === "%" && !isPercent(a) ? "relative" : "difference" }] });
      }
    }
    // "The Trust recorded 187,412 A&E attendances in 2023/24, of which … Total attendances were up
    // 4.3% on the 179,683 recorded in 2022/23": a sentence that names what changed by its noun, with
    // its earlier value; its value now is the one count of that noun in the sentence before.
    for (const s of ctx.sentences) {
      if (s.figs.length < 2) continue;
      const [d, a] = [s.figs[0], s.figs[1]];
      if (d.kind !== "percent" && d.kind !== "number") continue;
      if (a.kind !== "number" || isPercent(a) || d.unit === "pp") continue;
      const lead = ctx.lower.slice(s.start, d.qualifiers[0]?.start ?? d.start);
      const vi = NOUN_CHANGE_VI.exec(lead);
      const m = vi ?? NOUN_CHANGE.exec(lead);
      if (!m || !REVERSE_FROM.test(ctx.lower.slice(d.end, a.qualifiers[0]?.start ?? a.start))) continue;
      if (!/^[ \t]+(?:recorded|reported|seen|registered|in|a[ \t]+year[ \t]+earlier|last[ \t]+year)(?![\p{L}])|^(?:[ \t]+[\p{L}]+){0,3}[ \t]*\)?[ \t]*(?:[.;]|$)/u.test(ctx.lower.slice(a.end, a.end + 30))) continue;
      const k = ctx.sentences.indexOf(s);
      const prev = k > 0 ? ctx.sentences[k - 1] : undefined;
      if (!prev || !/^[ \t]*$/.test(ctx.text.slice(prev.end, s.start))) continue;
      // English names the thing by its last word ("A&E attendances"); Vietnamese by the whole noun ("lượt khám").
      const head = vi ? m[1].trim() : m[1].split(/[ \t]+/u).pop()!;
      const named = prev.figs.filter((f) => comparable(f, a) && !!f.noun && (vi ? f.noun.toLowerCase().trim() === head : f.noun.toLowerCase().split(/[ \t]+/u).pop() === head));
      if (named.length !== 1 || head.length < 4) continue;
      const at = s.start + m.index + m[0].lastIndexOf(m[2]);
      out.push({ from: a, to: named[0], direction: UP_RE.test(m[2]) ? "up" : "down", directionWord: { start: at, end: at + m[2].length }, stated: [{ figure: d, what: d.unit === "%" ? "relative" : "difference" }] });
    }
    // "xảy ra 14 vụ, làm chết 9 người, bị thương 11 người; so với cùng kỳ năm 2023 (17 vụ, 11 người
    // chết, 10 người bị thương) giảm 3 vụ, giảm 2 người chết, tăng 1 người bị thương": earlier values
    // listed in one bracket, then a change for each by its noun; the value now is the one count of
    // that very noun before "so với".
    for (const s of ctx.sentences) {
      for (let i = 0; i < s.figs.length; i++) {
        const first = s.figs[i];
        const fq = first.qualifiers[0]?.start ?? first.start;
        const lead = BASE_LIST_LEAD.exec(ctx.lower.slice(Math.max(s.start, fq - 60), fq));
        if (!lead) continue;
        const sv = fq - lead[0].length + lead[0].search(/so[ \t]+với|compared/u);
        const close = ctx.lower.indexOf(")", first.end);
        if (close < 0 || close > s.end) continue;
        const bases = s.figs.filter((f) => f.start >= first.start && f.end <= close);
        if (bases.length < 2 || bases.some((f) => f.kind !== "number" || !f.noun)) continue;
        let at = close + 1;
        for (let j = s.figs.indexOf(bases[bases.length - 1]) + 1; j < s.figs.length; j++) {
          const d = s.figs[j];
          const m = BASE_LIST_ITEM.exec(ctx.lower.slice(at, d.qualifiers[0]?.start ?? d.start));
          if (!m || d.kind !== "number" || !d.noun) break;
          const wordAt = at + m.index + m[0].indexOf(m[1]);
          const noun = d.noun.toLowerCase();
          const nounAt = ctx.lower.indexOf(noun, d.end);
          at = nounAt < 0 || nounAt > d.end + 3 ? d.end : nounAt + noun.length;
          const base = bases.filter((b) => b.noun!.toLowerCase() === noun);
          const now = s.figs.filter((f) => f.end <= sv && f.kind === "number" && (f.noun ?? "").toLowerCase() === noun && !inOpenBracket(ctx, s, f));
          // "14 vụ và 3 vụ cháy": another count of the same head noun leaves it unclear which changed.
          const head = noun.split(/[ \t]+/u)[0];
          const kin = s.figs.filter((f) => f.end <= sv && (f.noun ?? "").toLowerCase().split(/[ \t]+/u)[0] === head);
          if (base.length !== 1 || now.length !== 1 || kin.length !== 1) continue;
          out.push({ from: base[0], to: now[0], direction: m[1] === "tăng" ? "up" : "down", directionWord: { start: wordAt, end: wordAt + m[1].length }, stated: [{ figure: d, what: "difference" }] });
        }
        i = s.figs.indexOf(bases[bases.length - 1]);
      }
    }
    // "…, toàn tỉnh giải ngân 3.452,9 tỷ đồng, đạt 55,3% kế hoạch, …. So với thời điểm 30/6/2024
    // (32,7%), tỷ lệ giải ngân đã tăng 22,6 điểm %": the base first, then the rate named by the
    // verb of the sentence before; its value now is that sentence's one rate outside brackets.
    for (const s of ctx.sentences) {
      if (s.figs.length < 2) continue;
      const [a, d] = [s.figs[0], s.figs[1]];
      if (!isPercent(a) || a.unit === "pp" || d.unit !== "pp") continue;
      const aq = a.qualifiers[0]?.start ?? a.start;
      if (!BASE_FIRST.test(ctx.lower.slice(s.start, aq))) continue;
      const m = RATE_CHANGE_AFTER_BASE.exec(ctx.lower.slice(a.end, d.qualifiers[0]?.start ?? d.start));
      if (!m) continue;
      const to = rateNamedBefore(ctx, s, m[1].trim(), a, new Set(out.map((c) => c.from)));
      if (!to) continue;
      const at = a.end + m.index + m[0].lastIndexOf(m[2]);
      out.push({ from: a, to, direction: m[2] === "tăng" ? "up" : "down", directionWord: { start: at, end: at + m[2].length }, stated: [{ figure: d, what: "difference" }] });
    }
    // "… đến nay có 17 xã đạt chuẩn nông thôn mới, …; trong đó 5 xã …. So với đầu giai đoạn (năm 2020
    // có 11 xã đạt chuẩn), tăng thêm 6 xã": a count named in the base's bracket by the words after
    // it; its value now is the one count of the sentence before followed by the same words (not a
    // part after "trong đó").
    for (const s of ctx.sentences) {
      if (s.figs.length < 2) continue;
      const [a, d] = [s.figs[0], s.figs[1]];
      if (a.kind !== "number" || d.kind !== "number" || a.unit || d.unit || !a.noun || a.noun !== d.noun) continue;
      if (!COUNT_BASE_FIRST.test(ctx.lower.slice(s.start, a.qualifiers[0]?.start ?? a.start))) continue;
      const m = COUNT_BASE_AFTER.exec(ctx.lower.slice(a.end, d.qualifiers[0]?.start ?? d.start));
      if (!m || !/^[ \t]*(?:[\p{L}]+[ \t]*){0,2}(?:[.;]|$)/u.test(ctx.lower.slice(d.end, d.end + 20))) continue;
      const k = ctx.sentences.indexOf(s);
      const prev = k > 0 ? ctx.sentences[k - 1] : undefined;
      if (!prev || !/^[ \t]*$/.test(ctx.text.slice(prev.end, s.start))) continue;
      const words = m[1].trim();
      if (words.split(/[ \t]+/u).length < 2) continue;
      const partsFrom = ctx.lower.slice(prev.start, prev.end).search(/(?<![\p{L}])(?:trong[ \t]+đó|bao[ \t]+gồm|gồm)(?![\p{L}])/u);
      const stop = partsFrom < 0 ? prev.end : prev.start + partsFrom;
      const named = prev.figs.filter((f) => f.kind === "number" && !f.unit && f.end <= stop && ctx.lower.slice(f.end, f.end + words.length + 2).trim().startsWith(words) && !/^[\p{L}]/u.test(ctx.lower.slice(f.end, f.end + words.length + 3).trim().slice(words.length)));
      if (named.length !== 1) continue;
      const at = a.end + m.index + m[0].lastIndexOf(m[2]);
      out.push({ from: a, to: named[0], direction: m[2] === "tăng" ? "up" : "down", directionWord: { start: at, end: at + m[2].length }, stated: [{ figure: d, what: "difference" }] });
    }
    // "Starts rose 6.4%, from 90,510 in 2022–23 to 96,300 in 2023–24. Five years earlier, in 2018–19,
    // there were 74,800 starts, so starts have grown by an average of 4,300 a year since then": a
    // value some years before the end of the change just told, and the yearly average since.
    for (let k = 1; k < ctx.sentences.length; k++) {
      const s = ctx.sentences[k];
      const prev = ctx.sentences[k - 1];
      if (s.figs.length < 3 || !/^[ \t]*$/.test(ctx.text.slice(prev.end, s.start))) continue;
      const [n, a, x] = [s.figs[0], s.figs[1], s.figs[2]];
      const m = YEARS_EARLIER.exec(ctx.lower.slice(s.start, a.qualifiers[0]?.start ?? a.start));
      if (!m || n.kind !== "number" || !/^years[ \t]+(?:earlier|before)/u.test(n.noun ?? "") || !n.value || n.value.decimals || a.kind !== "number") continue;
      const g = SINCE_AVERAGE.exec(ctx.lower.slice(a.end, x.qualifiers[0]?.start ?? x.start));
      if (!g || (!x.perYear && !/^[ \t]*(?:a|per|each)[ \t]+year/u.test(ctx.lower.slice(x.end, x.end + 10)))) continue;
      const ends = findChanges(ctx).filter((c) => c.to.start >= prev.start && c.to.end <= prev.end && comparable(c.to, a));
      if (ends.length !== 1) continue;
      const years = +n.value.exact;
      if (years < 1 || years > 30) continue;
      const at = a.end + g.index + g[0].indexOf(g[1]);
      out.push({ from: a, to: ends[0].to, years, direction: /^(?:grown|risen|increased|gone up)$/u.test(g[1]) ? "up" : "down", directionWord: { start: at, end: at + g[1].length }, stated: [{ figure: x, what: "average" }] });
    }
    // "… dự án đã giải ngân 341,6 tỷ đồng, đạt 55,1% kế hoạch vốn …. Tỷ lệ giải ngân của dự án cao hơn
    // tỷ lệ giải ngân bình quân chung của tỉnh (48,9%) là 6,2 điểm phần trăm": the rate named by the
    // verb of the sentence before, compared with a bracketed rate and the gap stated.
    for (const s of ctx.sentences) {
      if (s.figs.length < 2) continue;
      const [a, d] = [s.figs[0], s.figs[1]];
      if (!isPercent(a) || a.unit === "pp" || d.unit !== "pp") continue;
      const m = RATE_VS_BRACKET.exec(ctx.lower.slice(s.start, a.qualifiers[0]?.start ?? a.start));
      if (!m || !/^[ \t]*\)[ \t]*(?:là[ \t]+|by[ \t]+)?$/u.test(ctx.lower.slice(a.end, d.qualifiers[0]?.start ?? d.start))) continue;
      const to = rateNamedBefore(ctx, s, m[1].trim(), a);
      if (!to) continue;
      const at = s.start + m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
      out.push({ from: a, to, direction: /^(?:cao|lớn)/u.test(m[2]) ? "up" : "down", directionWord: { start: at, end: at + m[2].length }, stated: [{ figure: d, what: "difference" }] });
    }
    // "… (kỳ trước chuyển sang 9 vụ, phát sinh trong kỳ 62 vụ). Số vụ việc khiếu nại phát sinh giảm so
    // với năm 2023 (78 vụ)": a count named by words that also name one count of the sentence before.
    for (const s of ctx.sentences) {
      const a = s.figs[0];
      if (!a || a.kind !== "number" || a.unit || !a.noun) continue;
      const m = SUBJECT_VS_BASE.exec(ctx.lower.slice(s.start, a.qualifiers[0]?.start ?? a.start));
      if (!m || !/^[ \t]*(?:[\p{L}]+[ \t]*){0,2}\)/u.test(ctx.lower.slice(a.end, a.end + 20))) continue;
      const words = m[1].trim().split(/[ \t]+/u);
      let now: Figure | undefined;
      for (let n = Math.min(4, words.length); n >= 2 && !now; n--) now = labelledBefore(ctx, s, words.slice(-n).join(" "), a);
      if (!now || firstWordOf(now.noun) !== firstWordOf(a.noun)) continue;
      const at = s.start + m.index + m[0].lastIndexOf(m[2]);
      out.push({ from: a, to: now, direction: /^(?:tăng|cao|nhiều)/u.test(m[2]) ? "up" : "down", directionWord: { start: at, end: at + m[2].length }, stated: [] });
    }
    // "…; nông, lâm nghiệp và thủy sản 8,3%. So với năm 2020, tỷ trọng nông, lâm nghiệp và thủy sản
    // giảm 3,4 điểm phần trăm (năm 2020: 11,7%)": the share named again, its earlier value in
    // brackets after its period, its value now the one written after the same words just before.
    for (const s of ctx.sentences) {
      const d = s.figs[0];
      if (!d || s.figs.length < 2 || d.kind === "range" || d.kind === "fraction" || d.kind === "multiplier") continue;
      const a = s.figs[1];
      const dq = d.qualifiers[0]?.start ?? d.start;
      const m = LABEL_CHANGE.exec(ctx.lower.slice(s.start, dq));
      if (!m || !LABEL_BASE_GAP.test(ctx.lower.slice(d.end, a.qualifiers[0]?.start ?? a.start)) || !/^[ \t]*\)/u.test(ctx.lower.slice(a.end, a.end + 3))) continue;
      if (!isPercent(a) || (d.unit !== "pp" && d.unit !== "%")) continue;
      const now = labelledBefore(ctx, s, m[1], a);
      if (!now) continue;
      const at = s.start + m.index + m[0].lastIndexOf(m[2]);
      out.push({ from: a, to: now, direction: UP_RE.test(m[2]) || /^(?:rose|increased|was up)$/u.test(m[2]) ? "up" : "down", directionWord: { start: at, end: at + m[2].length }, stated: [{ figure: d, what: "difference" }] });
    }
    // "The forecast outturn is £619.1m, an overspend of £6.7m. This compares with a forecast
    // overspend of £9.3m at Quarter 1, an improvement of £2.6m."
    for (let k = 1; k < ctx.sentences.length; k++) {
      const s = ctx.sentences[k];
      const prev = ctx.sentences[k - 1];
      if (!s.figs.length || !/^[ \t]*$/.test(ctx.text.slice(prev.end, s.start))) continue;
      const a = s.figs[0];
      const m = COMPARES_WITH.exec(ctx.lower.slice(s.start, a.qualifiers[0]?.start ?? a.start));
      if (!m) continue;
      const noun = m[1];
      const named = new RegExp(`(?<![\\p{L}])${noun}(?:[ \\t]+(?:of|was|is|at|stood[ \\t]+at))?[ \\t]*$`, "u");
      const cands = prev.figs.filter((v) => comparable(v, a) && named.test(ctx.lower.slice(Math.max(prev.start, (v.qualifiers[0]?.start ?? v.start) - noun.length - 16), v.qualifiers[0]?.start ?? v.start)));
      if (cands.length !== 1) continue;
      const change: Change = { from: a, to: cands[0], stated: [] };
      collectStated(ctx, s, 0, change);
      if (!change.stated.some((x) => x.what === "difference" || x.what === "relative")) continue;
      out.push(withPolarity(ctx, change, noun));
    }
    return out.filter((c) => sane(c) && !afterSlash(ctx, c.from) && !afterSlash(ctx, c.to) && !planAsBase(ctx, c));
  });
}

const CLAUSE_CHANGE = /^[ \t]*(?:và[ \t]+|and[ \t]+)?(tăng|giảm|up|down)(?:[ \t]+thêm)?[ \t]*$/u;
const NOUN_CHANGE = /^[ \t*•-]*(?:the[ \t]+)?(?:total|overall)[ \t]+((?:[\p{L}&-]+[ \t]+){0,2}?[\p{L}&-]+)[ \t]+(?:(?:was|were|have[ \t]+been|has[ \t]+been)[ \t]+)?(up|down|rose|fell|increased|decreased|grew)(?:[ \t]+by)?[ \t]*$/u;
const NOUN_CHANGE_VI = /^[ \t*•-]*tổng[ \t]+(?:số[ \t]+)?((?:[\p{L}]+[ \t]+){1,3}?[\p{L}]+)[ \t]+(?:đã[ \t]+)?(tăng|giảm)[ \t]*$/u;
const BASE_LIST_LEAD = /(?:^|[;,][ \t]*)so[ \t]+với[ \t]+(?:cùng[ \t]+kỳ[ \t]+)?(?:năm[ \t]+)?[^;()\d]{0,20}?(?:(?:19|20)\d\d)?[ \t]*\([ \t]*$/u;
const BASE_LIST_ITEM = /^[ \t]*(?:\)[ \t]*)?,?[ \t]*(tăng|giảm)(?:[ \t]+thêm)?[ \t]+$/u;
const BASE_FIRST = /^[ \t*•-]*so[ \t]+với[ \t]+(?:thời[ \t]+điểm|cùng[ \t]+kỳ|năm|cuối|đầu|quý|tháng)[^;,()\d]{0,20}?(?:[\d\/]{4,10})?[ \t]*\([ \t]*$/u;
const RATE_CHANGE_AFTER_BASE = /^[ \t]*\)[ \t]*,[ \t]*tỷ[ \t]+lệ[ \t]+((?:[\p{L}]+[ \t]+){1,3}?)(?:đã[ \t]+)?(tăng|giảm)(?:[ \t]+thêm)?[ \t]+$/u;
const COUNT_BASE_FIRST = /^[ \t*•-]*so[ \t]+với[ \t]+[^;,()\d]{0,30}?\([ \t]*(?:năm[ \t]+(?:19|20)\d\d[ \t]+)?(?:có[ \t]+)?$/u;
const COUNT_BASE_AFTER = /^[ \t]+((?:[\p{L}]+[ \t]+){1,4}?[\p{L}]+)[ \t]*\)[ \t]*,[ \t]*(?:đã[ \t]+)?(tăng|giảm)(?:[ \t]+thêm)?[ \t]+$/u;
const YEARS_EARLIER = /^[ \t]*(?:[\p{L}]+[ \t]+)?years[ \t]+(?:earlier|before)[ \t]*,?[ \t]*(?:in[ \t]+(?:(?:19|20)\d\d(?:[\/–-]\d{2,4})?)[ \t]*,?[ \t]*)?there[ \t]+(?:were|was)[ \t]+$/u;
const SINCE_AVERAGE = /^[ \t]+[\p{L}]+[ \t]*,?[ \t]*so[ \t]+[\p{L}]+(?:[ \t]+[\p{L}]+)?[ \t]+(?:have|has)[ \t]+(grown|risen|increased|fallen|decreased|gone[ \t]+up|gone[ \t]+down)[ \t]+by[ \t]+an[ \t]+average[ \t]+of[ \t]*$/u;
const RATE_VS_BRACKET = /^[ \t*•-]*tỷ[ \t]+lệ[ \t]+((?:[\p{L}]+[ \t]+){1,2}?)(?:của[ \t]+(?:[\p{L}]+[ \t]+){1,4}?)?(cao[ \t]+hơn|thấp[ \t]+hơn)[ \t]+[^;()\d]{0,60}?\([ \t]*$/u;
const SUBJECT_VS_BASE = /^[ \t*•-]*(?:tổng[ \t]+)?số[ \t]+((?:[\p{L}]+[ \t]+){2,8}?)(tăng|giảm|cao[ \t]+hơn|thấp[ \t]+hơn|nhiều[ \t]+hơn|ít[ \t]+hơn)[ \t]+(?:so[ \t]+với[ \t]+)?(?:cùng[ \t]+kỳ[ \t]+)?(?:năm[ \t]+)?(?:(?:19|20)\d\d)?[ \t]*\([ \t]*$/u;
function firstWordOf(s: string | undefined): string {
  return (s ?? "").toLowerCase().split(/[ \t]+/u)[0];
}
const LABEL_CHANGE = /^[ \t*•-]*(?:(?:so[ \t]+với|compared[ \t]+with)[ \t]+[^,;\d]{0,20}?(?:(?:19|20)\d\d)?[ \t]*,[ \t]*)?(?:tỷ[ \t]+trọng|tỷ[ \t]+lệ|the[ \t]+share[ \t]+of|the[ \t]+proportion[ \t]+of)[ \t]+([\p{L}][\p{L} \t,'’-]{3,80}?)[ \t]+(?:đã[ \t]+|has[ \t]+)?(tăng|giảm|rose|fell|increased|decreased|was[ \t]+up|was[ \t]+down)(?:[ \t]+by)?[ \t]*$/u;
const LABEL_BASE_GAP = new RegExp(String.raw`^[ \t]*(?:điểm[ \t]+phần[ \t]+trăm|điểm[ \t]*%|percentage[ \t]+points?|points?)?[ \t]*\([ \t]*${PERIOD_LABEL}$`, "u");

/** The one figure like `like` in the sentence just before s (same paragraph) written right after
 * `label`: "…; nông, lâm nghiệp và thủy sản 8,3%", "1.012 đảng viên hoàn thành xuất sắc nhiệm vụ (15,1%)". */
export function labelledBefore(ctx: UnitContext, s: Sentence, label: string, like: Figure): Figure | undefined {
  const k = ctx.sentences.indexOf(s);
  if (k < 1) return undefined;
  const prev = ctx.sentences[k - 1];
  if (!/^[ \t]*$/.test(ctx.text.slice(prev.end, s.start))) return undefined;
  const words = label.trim().split(/[ \t]+/u);
  if (words.length < 2) return undefined;
  const re = new RegExp(`(?<![\\p{L}])${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[ \\t]+")}(?:[ \\t]+(?:trong[ \\t]+(?:kỳ|năm)|in[ \\t]+the[ \\t]+(?:period|year)))?[ \\t]*(?:\\(|:|chiếm|là|đạt|at|for|was|is)?[ \\t]*$`, "u");
  const hits = prev.figs.filter((f) => comparable(f, like) && f.unit !== "pp" && re.test(ctx.lower.slice(Math.max(prev.start, (f.qualifiers[0]?.start ?? f.start) - label.length - 20), f.qualifiers[0]?.start ?? f.start)));
  return hits.length === 1 ? hits[0] : undefined;
}

const PAIR_COMPARED = /^(?:[^;\d]|(?:19|20)\d\d(?:[\/–-]\d{2,4})?){0,40}?,?[ \t]*(?:compared[ \t]+(?:with|to)|against|so[ \t]+với)[ \t]+(?:the[ \t]+)?$/u;
const COMPARES_WITH = /^[ \t]*(?:this|that|it|the[ \t]+(?:figure|position|result))[ \t]+(?:compares|compared|is[ \t]+compared)[ \t]+(?:with|to|against)[ \t]+(?:an?|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(overspend|underspend|deficit|surplus|shortfall)[ \t]+of[ \t]*$/u;
const LOWER_BETTER = /(?<![\p{L}])(?:deficits?|overspends?|overspending|shortfalls?|debts?|arrears|backlogs?|losses|unemployment|poverty|bội[ \t]+chi|thâm[ \t]+hụt|nợ[ \t]+xấu|thất[ \t]+nghiệp)(?![\p{L}])/u;
const HIGHER_BETTER = /(?<![\p{L}])(?:surplus(?:es)?|underspends?|profits?|revenues?|income|savings|thặng[ \t]+dư|lợi[ \t]+nhuận|doanh[ \t]+thu)(?![\p{L}])/u;
const IMPROVE_BEFORE = /(?:^|[^\p{L}])(?:an?[ \t]+)?(improvement|deterioration|worsening)[ \t]+of[ \t]*$/u;

/** "deficit … $1.45bn, compared with $0.87bn at Budget — a deterioration of $580m": what is said to
 * improve or worsen gives the change its direction when the subject names one thing where lower
 * is better (a deficit, an overspend) or higher is better (a surplus), and not both. */
function withPolarity(ctx: UnitContext, c: Change, subject: string): Change {
  if (c.direction) return c;
  const lower = LOWER_BETTER.test(subject);
  const higher = HIGHER_BETTER.test(subject);
  if (lower === higher) return c;
  for (const st of c.stated) {
    const q = st.figure.qualifiers[0]?.start ?? st.figure.start;
    const pre = ctx.lower.slice(Math.max(0, q - 30), q);
    const w = IMPROVE_BEFORE.exec(pre);
    if (!w) continue;
    const better = w[1] === "improvement";
    const at = q - pre.length + w.index + w[0].indexOf(w[1]);
    const noun = (lower ? LOWER_BETTER : HIGHER_BETTER).exec(subject)![0];
    return { ...c, direction: better === lower ? "down" : "up", directionWord: { start: at, end: at + w[1].length }, polarity: { noun, lowerBetter: lower } };
  }
  return c;
}

const AVERAGE_BEFORE = /(?:an[ \t]+average[ \t]+of|on[ \t]+average|averaging|bình[ \t]+quân|trung[ \t]+bình)[ \t]*$/u;
const AVERAGE_EXPLAINS = /^[^;\d]{0,30}?,[ \t]*(?:an[ \t]+average[ \t]+of|on[ \t]+average|averaging|bình[ \t]+quân|trung[ \t]+bình)[ \t]*$/u;
const PER_PERIOD_AFTER = /^[ \t]*(?:[\p{L}]+[ \t]*){0,2}?(?:a|per|each|every|mỗi|\/)[ \t]*(?:day|week|month|ngày|tuần|tháng)(?![\p{L}])/u;
const PER_PERIOD_AND = /^[ \t]*(?:[\p{L}]+[ \t]+){0,2}?(?:a|per|each|every|mỗi|\/)[ \t]*(?:day|week|month|ngày|tuần|tháng)[ \t]*(?:,[ \t]*)?(?:and|và)[ \t]+$/u;
/** After the value's explanations: ", and up 8.0% on …", "và tăng 12,4% so với …". */
const REVERSE_AND = new RegExp(`^[ \\t]*(?:,[ \\t]*)?(?:and|và)[ \\t]+(${UP}|${DOWN})[ \\t]+$`, "u");
const REVERSE_LISTED_NOUN = new RegExp(`^[ \\t]+(?![^,]*(?:trong đó|gồm|bao gồm|including|of which|of whom|như|such as))[\\p{L} \\t'’-]{1,60}(?:,[\\p{L} \\t'’-]{1,48}){1,3}[ \\t]*,[ \\t]*(${UP}|${DOWN})[ \\t]+$`, "u");
const REVERSE_LISTED_LONG = new RegExp(`^[ \\t]+(?![^,]*(?:trong đó|gồm|bao gồm|including|of which|of whom|như|such as))[\\p{L} \\t'’-]{1,60}(?:,[\\p{L} \\t'’-]{1,60}){1,3}[ \\t]*,[ \\t]*(${UP}|${DOWN})[ \\t]+$`, "u");

/** The one rate of the sentence right before `s` that comes after the verb naming it there ("giải
 * ngân … 55,3%" for "tỷ lệ giải ngân"), outside brackets and not in `skip`. */
function rateNamedBefore(ctx: UnitContext, s: Sentence, verb: string, a: Figure, skip?: Set<Figure>): Figure | undefined {
  const k = ctx.sentences.indexOf(s);
  const prev = k > 0 ? ctx.sentences[k - 1] : undefined;
  if (!prev || !/^[ \t]*$/.test(ctx.text.slice(prev.end, s.start))) return undefined;
  const vAt = ctx.lower.slice(prev.start, prev.end).search(new RegExp(`(?<![\\p{L}])${verb.replace(/[ \t]+/g, "[ \\t]+")}(?![\\p{L}])`, "u"));
  if (vAt < 0) return undefined;
  const cands = prev.figs.filter((f) => comparable(f, a) && f.unit !== "pp" && !inOpenBracket(ctx, prev, f) && !skip?.has(f));
  return cands.length === 1 && cands[0].start >= prev.start + vAt ? cands[0] : undefined;
}

/** Each listed part of a breakdown ("gồm …") and its whole. */
function partOfWhole(ctx: UnitContext): Map<Figure, Figure> {
  return ctx.memo("change-part-of", () => {
    const m = new Map<Figure, Figure>();
    for (const t of findTotalParts(ctx)) if (t.listed || t.exhaustive) for (const p of t.parts) if (p.figure !== t.whole) m.set(p.figure, t.whole);
    return m;
  });
}

function isCountOf(f: Figure): boolean {
  return f.kind === "number" && !f.unit && !f.scale && !!f.noun && f.value!.decimals === 0;
}

/** Counts of one noun: the difference and the earlier value name it, the value starts with it. */
/** "9.540 lượt đoàn viên, thanh niên tham gia …, tăng 12,4% so với năm 2023 (8.488 lượt)": the earlier value names the value's noun. */
function relativeCountNoun(b: Figure, d: Figure, a: Figure): boolean {
  if (b.kind !== "number" || a.kind !== "number" || d.kind !== "percent" || d.unit !== "%" || b.unit || a.unit || b.scale || a.scale) return false;
  const an = (a.noun ?? "").toLowerCase();
  const bn = (b.noun ?? "").toLowerCase();
  return an.length >= 3 && (bn === an || bn.startsWith(an + " "));
}

function sameCountNoun(b: Figure, d: Figure, a: Figure, gap: string, bareBase = false): boolean {
  if (b.kind !== "number" || d.kind !== "number" || a.kind !== "number" || b.unit || d.unit || a.unit || b.scale || d.scale || a.scale) return false;
  const dn = (d.noun ?? "").toLowerCase();
  const an = (a.noun ?? (bareBase ? d.noun : "") ?? "").toLowerCase();
  const bn = (b.noun ?? "").toLowerCase();
  if (dn.length < 2 || dn !== an) return false;
  // Vietnamese names the noun first ("246 câu lạc bộ văn nghệ, …"); English last ("246 sports, music and drama clubs, up …").
  return bn === dn || bn.startsWith(dn + " ") || gap.replace(/[ \t]*,[ \t]*[\p{L}]+[ \t]+$/u, "").trimEnd().endsWith(" " + dn);
}

/** "c lượt độc giả với b hồ sơ …, tăng … (a lượt)": plain counts, a's noun heads c's and not b's. */
function countsWith(ctx: UnitContext, c: Figure, b: Figure, a: Figure): boolean {
  const plain = (f: Figure) => f.kind === "number" && !f.unit && !f.scale && !!f.noun;
  if (!plain(c) || !plain(b) || !plain(a)) return false;
  const head = (f: Figure) => f.noun!.toLowerCase().split(/[ \t]+/)[0];
  if (head(a) !== head(c) || head(a) === head(b)) return false;
  return /^[ \t]+[\p{L}\p{M} ]{0,30}?(?:với|with)[ \t]+$/u.test(ctx.lower.slice(c.end, b.start));
}

/** " to ", or the stated change's own noun first: "rose by 14 days, to 142 days from 158 days". */
function toAfter(gap: string, x: Figure): boolean {
  const m = /^(?:[ \t]+([\p{L}]+))?[ \t]*,?[ \t]+to[ \t]+$/u.exec(gap);
  return !!m && (!m[1] || (x.noun ?? "").toLowerCase().split(/[ \t]+/)[0] === m[1]);
}

/**
 * How many figures right after s.figs[i] only explain it before its change: its share in brackets
 * ("24.037 hộ nghèo (9,02%), giảm 4.615 hộ …"), its share of plan and the plan ("118 đảng viên, đạt
 * 53,6% kế hoạch năm (220 đảng viên), tăng 21 …"). At most three; 0 when none.
 */
const SHARE_BASE_GAP = /^[ \t]+(?:(?:trong|trên|của|so[ \t]+với)[ \t]+)?tổng[ \t]+số[ \t]*$|^[ \t]+of[ \t]+(?:all[ \t]+(?:the[ \t]+)?|the[ \t]+|a[ \t]+total[ \t]+of[ \t]+)$/u;
const AGAINST_TARGET = /^[^,;()\d]{0,40}(?<![\p{L}])against[ \t]+(?:a|the|its|our)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:target|plan|budget|goal)(?:[ \t]+of)?[ \t]*$/u;
function explanations(ctx: UnitContext, s: Sentence, i: number): number {
  const b = s.figs[i];
  // "chiếm 62,8% trong tổng số 427.335 hồ sơ, tăng 14,5 điểm phần trăm so với cùng kỳ (48,3%)",
  // "62.8% of all 427,335 applications, up 14.5 points on 2023 (48.3%)": the share's base count
  // names what the share is of; the change is the share's.
  if (isPercent(b) && i + 2 < s.figs.length && isCount(s.figs[i + 1]) && SHARE_BASE_GAP.test(ctx.lower.slice(b.end, s.figs[i + 1].qualifiers[0]?.start ?? s.figs[i + 1].start)) && isPercent(s.figs[i + 2])) return 1;
  if (isPercent(b) || b.kind === "range") return 0;
  // ("9,386 awards in the year (5,212 primary and 4,714 secondary), up 18.5% on the 7,918": a split of
  // the value in its bracket only explains it.)
  {
    const open = ctx.text.indexOf("(", b.end);
    const next = s.figs[i + 1];
    const close = open >= 0 ? ctx.text.indexOf(")", open) : -1;
    if (next && open >= 0 && open < next.start && close > next.end && /^[^,;()\d]{0,40}\($/u.test(ctx.lower.slice(b.end, open + 1)) && /^\)[ \t]*,/u.test(ctx.text.slice(close, close + 3))) {
      const inside = s.figs.filter((f) => f.start > open && f.end <= close);
      if (inside.length >= 2 && inside.every((f) => f.kind === "number" && !f.unit && isCount(f)) && s.figs[i + 1 + inside.length]) return inside.length;
    }
  }
  let k = i + 1;
  let opened = false;
  let shareOf = false;
  let against = false;
  while (k < s.figs.length && k - i <= 5) {
    const f = s.figs[k];
    const gap = ctx.text.slice(s.figs[k - 1].end, f.qualifiers[0]?.start ?? f.start).toLowerCase();
    // "112,4 bé trai/100 bé gái, giảm 1,3 điểm …": the base of a ratio is part of the value.
    if (k === i + 1 && !isPercent(f) && /^[ \t]*[\p{L}][\p{L} \t]{0,20}\/[ \t]*$/u.test(gap) && (f.value?.exact === "100" || f.value?.exact === "1000") && k + 1 < s.figs.length && /^[ \t]+[\p{L}][\p{L} \t]{0,20},/u.test(ctx.lower.slice(f.end, s.figs[k + 1].start))) opened = false;
    // ("1.342 ha (chiếm 7,2%), giảm 596 ha …": the value's share in its bracket.)
    else if ((k === i + 1 || (k === i + 2 && against)) && /^[^,;()\d]{0,30}\([ \t]*(?:(?:chiếm|bằng|tương[ \t]+đương)[ \t]+)?$/u.test(gap) && isPercent(f)) opened = true;
    // "We sold 68,420 tickets against a target of 65,000 (105.3%), … and up 6.5% on 2024": the target
    // the value is set against, and its share in brackets, explain the value.
    else if (k === i + 1 && !isPercent(f) && AGAINST_TARGET.test(gap)) against = true;
    // "48.620 đàn, đạt 101,3% kế hoạch năm (kế hoạch 48.000 đàn), vượt 620 đàn so với kế hoạch và tăng
    // 6,8% …": the margin over the plan, after it, explains the value too.
    else if (k > i + 1 && !isPercent(f) && (opened ? /^[^,;()\d]{0,30}\)[ \t]*,[ \t]*(?:vượt|hụt|thiếu)[ \t]+$/u : /^[^,;()\d]{0,30},[ \t]*(?:vượt|hụt|thiếu)[ \t]+$/u).test(gap) && /^[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,3}?so[ \t]+với[ \t]+(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu|dự[ \t]+toán)/u.test(ctx.lower.slice(f.end, f.end + 50))) opened = false;
    // "bằng 108,4% dự toán Trung ương giao (9.083 tỷ đồng), bằng 103,1% dự toán HĐND tỉnh giao": the
    // bracket closed before the next share.
    else if (isPercent(f) && (opened ? /^[^,;()\d]{0,30}\)[ \t]*,[ \t]*(?:đạt|bằng|equal[ \t]+to)[ \t]+$/u : /^[^,;()\d]{0,30},[ \t]*(?:đạt|bằng|equal[ \t]+to)[ \t]+$/u).test(gap)) opened = false;
    // "đạt 103,2% kế hoạch (kế hoạch 7.600 tỷ đồng)": the plan named again inside its bracket.
    else if (/^[^()]{0,40}\([ \t]*(?:(?:kế[ \t]+hoạch|dự[ \t]+toán|chỉ[ \t]+tiêu|mục[ \t]+tiêu|plan|target|budget)(?:[ \t]+[\p{L}]+){0,3}?[ \t]*(?::|là|of|was)?[ \t]*)?$/u.test(gap) && !opened && !shareOf && k > i + 1) opened = true;
    // "18.432 lượt, bình quân 595 lượt/ngày, tăng …", "18,432, an average of 595 a day, up …": the
    // value's average over its days.
    else if (k === i + 1 && !isPercent(f) && AVERAGE_EXPLAINS.test(gap) && PER_PERIOD_AFTER.test(ctx.lower.slice(f.end, f.end + 20))) opened = false;
    // "…(4.500 lao động), vượt tiến độ quý (25%) và tăng …": a benchmark in brackets after the plan.
    else if (isPercent(f) && opened && /^[^,;()\d]{0,30}\)[ \t]*,[ \t]*(?:vượt|đạt|bằng|ahead[ \t]+of|above|below|behind)(?![\p{L}])[^,;()\d]{0,30}\([ \t]*$/u.test(gap) && /^[ \t]*\)/u.test(ctx.lower.slice(f.end, f.end + 3))) opened = true;
    // "£84.6 million of programme expenditure, 92.8% of the approved budget of £91.2m, and up …":
    // a share of a whole named with "of", then that whole.
    else if (k === i + 1 && isPercent(f) && /^[^,;()\d]{0,40},[ \t]*$/u.test(gap) && /^[ \t]+of[ \t]/u.test(ctx.lower.slice(f.end, f.end + 4))) shareOf = true;
    else if (shareOf && k === i + 2 && !isPercent(f) && /^[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+)?(?:[\p{L}-]+[ \t]+){0,4}?(?:budget|plan|target|allocation|appropriation|total|forecast)(?:[ \t]+(?:of[ \t]+)?|[ \t]*(\()[ \t]*(?:(?:budget|plan|target|forecast)[ \t]*:?[ \t]*)?)$/u.test(gap)) {
      shareOf = false;
      opened = /\([ \t]*$/u.test(gap);
    }
    else break;
    k++;
  }
  if (shareOf) return 0;
  if (k === i + 1) return 0;
  // What was opened is closed before the change word.
  const last = s.figs[k - 1];
  const tail = ctx.text.slice(last.end, k < s.figs.length ? s.figs[k].start : s.end);
  if (opened && !/^[^(]*\)/.test(tail)) return 0;
  if (!opened && /^[ \t]*\(/.test(tail)) return 0;
  return k - i - 1;
}

// "3.1% in June 2025, down from 2.9% in March": the value's own time may stand before the comma.
const BARE_REVERSE = new RegExp(`^(?:[ \\t]+(?:in|at|for|during|over|as of|trong|vào|năm|tháng|quý)[ \\t]+[^,;()\\d]{0,25}?(?:(?:19|20)\\d\\d(?:\\/\\d{2,4})?)?)?[ \\t]*,[ \\t]*(${UP}|${DOWN})[ \\t]+(?:(?:so[ \\t]+với|compared[ \\t]+(?:with|to)|from)[ \\t]+(?:năm|the[ \\t]+)?[^\\d;,.]{0,25}?(?:(?:19|20)\\d\\d)?[ \\t]*\\([ \\t]*|from[ \\t]+|từ(?:[ \\t]+mức)?[ \\t]+)$`, "u");
// "23 category 3 pollution incidents, down from 31 in Q3 2023/24", "grew by 2.8% in the second
// quarter of 2025 compared with the same quarter of 2024, up from 2.4%": the value's own words
// (its noun, its period) before the comma, then "up/down from" and the earlier value. Words that
// bring in another subject or a second value ("than", "and", "target") end the reading.
const NOUN_REVERSE = new RegExp(`^(?:[ \\t]+(?:[\\p{L}'’/-][\\p{L}\\d'’/-]*|q[1-4]|\\d{1,4}(?:[\\/–-]\\d{2,4})?)){1,14}[ \\t]*,[ \\t]*(up|down|${UP}|${DOWN})[ \\t]+(?:from|từ(?:[ \\t]+mức)?)[ \\t]+(?:the[ \\t]+|a[ \\t]+)?$`, "u");
const NOUN_REVERSE_STOP = /(?<![\p{L}])(?:than|and|or|but|while|whereas|which|who|that|not|per|including|excluding|except|against|versus|vs|from|target|plan|budget|forecast|goal|share|of which|each)(?![\p{L}])/u;

/** The match, when s.figs[i] is the first of its kind in the sentence. */
function firstOfKind(s: Sentence, i: number, m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m) return null;
  for (let j = 0; j < i; j++) if (comparable(s.figs[j], s.figs[i])) return null;
  return m;
}

// "391 children were subject to a child protection plan, down from 436 a year earlier": a plan
// named by a compound noun is the subject's, not a target, when the earlier value is dated back.
const COMPOUND_PLAN = /(?<![\p{L}])(?:a|an|the|their|its|our)[ \t]+(?:[\p{L}-]+[ \t]+){1,2}(?:plans?|budgets?)(?![\p{L}])/gu;
const YEAR_EARLIER_AFTER = /^[ \t]*(?:(?:a|one|twelve[ \t]+months)[ \t]+(?:year[ \t]+)?(?:earlier|before|ago)|(?:at[ \t]+the[ \t]+same[ \t]+(?:point|time|date)[ \t]+)?(?:last|the[ \t]+previous|the[ \t]+prior)[ \t]+year)(?![\p{L}])/u;

function nounReverse(gap: string, afterFrom = ""): RegExpExecArray | null {
  // "fell to **38.62 MtCO2e** in 2024, down from …": emphasis marks as blanks (the same length).
  gap = gap.replace(/\*/g, " ");
  let head = gap.slice(0, gap.lastIndexOf(","));
  if (YEAR_EARLIER_AFTER.test(afterFrom)) head = head.replace(COMPOUND_PLAN, (m) => " ".repeat(m.length));
  // ("1,146 people waiting for assessment or equipment, down from 1,318": two objects of one preposition
  // are one subject's words.)
  head = head.replace(/(?<![\p{L}])(?:for|of|with|to|on|awaiting)[ \t]+[\p{L}-]+[ \t]+(?:or|and)[ \t]+[\p{L}-]+/gu, (m) => " ".repeat(m.length));
  if (gap.length > 100 || NOUN_REVERSE_STOP.test(head)) return null;
  return NOUN_REVERSE.exec(gap);
}

const TO_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${UP}|${DOWN})[ \\t]+to[ \\t]*$`, "u");
// ("fell to £9.99, compared with £8.40 in 2022/23": the earlier value after "compared with".)
const TO_FROM_GAP = /^(?:[^;\d]|(?:19|20)\d\d(?:[-–\/]\d{2,4})?){0,50}?(?:[ \t]from|,[ \t]*(?:compared[ \t]+(?:with|to)|against))[ \t]+(?:a[ \t]+|the[ \t]+)?(?:\p{L}+[ \t]+){0,3}?[£$€]?$/u;

/** "68,5 triệu đồng/người/năm" and "62,3 triệu đồng" measure the same thing: the rate suffix is
 * often left off the figures that follow. */
function inOpenBracket(ctx: UnitContext, s: Sentence, f: Figure): boolean {
  return inBrackets(ctx, Math.max(s.start, f.start - 60), f.start);
}

export function baseUnit(f: Figure): string {
  const u = f.unit ?? "";
  const k = u.indexOf("/");
  return k < 0 ? u : u.slice(0, k);
}

/** LEAD_CHANGE.exec(lower[from, to)), run only where it may match. */
function leadChange(ctx: UnitContext, from: number, to: number): RegExpExecArray | null {
  return mayEndWithDirection(ctx.lower, from, to, "by", true) ? LEAD_CHANGE.exec(ctx.lower.slice(from, to)) : null;
}

const DURATION_NOUN = /^(?:months?|years?|days?|weeks?|hours?|tháng|ngày|tuần|giờ)(?: |$)/u;
const DURATION_NOUN_AT = /^[ \t]+(?:months?|years?|days?|weeks?|hours?|tháng|ngày|tuần|giờ)(?![\p{L}])/u;
const COMPARED = /^(?:[^;\d]|(?:19|20)\d\d(?:[\/–-]\d{2,4})?){0,180}?,?[ \t]*(?:compared[ \t]+(?:with|to)|compares[ \t]+(?:with|to)|so[ \t]+với)[ \t]+(?:the[ \t]+|năm[ \t]+|mức[ \t]+)?(?:[\p{L}]+[ \t]+){0,3}?(?:(?:19|20)\d\d[ \t]*)?\(?[ \t]*$/u;
const LEAD_CHANGE = new RegExp(`(?:^|[^\\p{L}])(${UP}|${DOWN})[ \\t]+(?:by[ \\t]+)?$`, "u");

// Cheap necessary conditions for the "$"-anchored direction patterns above (TO_BEFORE, LEAD_CHANGE),
// which would otherwise be tried at every position of their window for every pair of figures: the
// last word before the end (after "to" or "by") must be the last word of an UP or DOWN phrase. Only
// then is the pattern run, on the same text, so its result is its own.
const DIRECTION_LAST = new Set(`${UP}|${DOWN}`.split("|").map((p) => p.slice(p.lastIndexOf(" ") + 1)));
const LETTER = /\p{L}/u;

function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(s[i]);
}

/** The run of letters (\p{L}, as the patterns' boundary reads them) ending at `e` after blanks, not before `floor`. */
function wordBefore(s: string, e: number, floor: number): { start: number; word: string } {
  while (e > floor && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 9)) e--;
  let b = e;
  while (b > floor && isLetter(s, b - 1)) b--;
  return { start: b, word: s.slice(b, e) };
}

/** Whether s[floor, end) may end with a direction word and then `tail` ("to"; "by", optional). */
function mayEndWithDirection(s: string, floor: number, end: number, tail: string, optional: boolean): boolean {
  let w = wordBefore(s, end, floor);
  if (w.word === tail) w = wordBefore(s, w.start, floor);
  else if (!optional) return false;
  return DIRECTION_LAST.has(w.word);
}
const MORE_THAN = /^[ \t]*(?:[\p{L}]+[ \t]+){0,2}?(more|fewer|less|higher|lower|quicker|faster|sooner|shorter|slower|longer|later)[ \t]+than[ \t]+(?:the[ \t]+|in[ \t]+)?(?:[^;()]{0,25}\([ \t]*)?$/u;

/** "calls to 101", "dial 999": a number rung, no value. */
const CALLED = /(?<![\p{L}])(?:calls?|called|dial(?:led|ling)?|ring|rang|phon(?:e|ed|ing))[ \t]+(?:to[ \t]+)?$/u;

export function comparable(a: Figure, b: Figure): boolean {
  if (a.kind !== "percent" && a.kind !== "number") return false;
  if (b.kind !== "percent" && b.kind !== "number") return false;
  if (isPercent(a) !== isPercent(b)) return false;
  return baseUnit(a) === baseUnit(b) || (isPercent(a) && isPercent(b));
}

/** "15,72% (đầu năm 2022) xuống còn 9,02% (cuối năm 2024)": the years each end is dated by, in
 * brackets right after it; from the start of one year to the end of another counts both. */
function bracketYears(ctx: UnitContext, from: Figure, to: Figure): number | undefined {
  const at = (f: Figure) => /^[ \t]*\([ \t]*(đầu|cuối|start of|end of|beginning of)?[ \t]*(?:năm|the year)?[ \t]*((?:19|20)\d\d)[ \t]*\)/u.exec(ctx.lower.slice(f.end, f.end + 30));
  const a = at(from);
  const b = at(to);
  if (!a || !b || +b[2] <= +a[2]) return undefined;
  const startOf = (m: RegExpExecArray) => !!m[1] && /^(?:đầu|start of|beginning of)$/u.test(m[1]);
  return +b[2] - +a[2] + (startOf(a) && !startOf(b) && !!b[1] ? 1 : 0);
}

/** "giai đoạn 2021-2023", "sau 3 năm", "trong 2 năm", "over three years" when no endpoint years. */
const YEAR_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function yearsFromText(s: string, fromYear?: number): number | undefined {
  // ("giai đoạn 2022–2025 giảm từ … xuống …, tức giảm … sau 2 năm": the years the change itself took.)
  const after = /(?<![\p{L}])(?:sau|after)[ \t]+(\d{1,2})[ \t]+(?:năm|years)(?![\p{L}])/u.exec(s);
  if (after) return +after[1];
  const p = /(?:giai đoạn|period|from|between|từ năm|từ|giữa năm|giữa)[ \t]+((?:19|20)\d\d)[ \t]*(?:-|–|đến|tới|to|and|và)[ \t]*(?:năm[ \t]+)?((?:19|20)\d\d)/u.exec(s);
  // ("Giai đoạn 2021 – 2024, … tăng từ 123.140 tấn (năm 2020) lên 146.850 tấn": the earlier value's own
  // year opens the span.)
  if (p && fromYear && fromYear < +p[1] && +p[2] > fromYear) return +p[2] - fromYear;
  if (p) return +p[2] - +p[1];
  const n = /(?:sau|trong|qua|over|in|after)[ \t]+(\d{1,2})[ \t]+(?:năm|years)/u.exec(s);
  if (n) return +n[1];
  // "declined for five consecutive years, from … to …", "giảm 5 năm liên tiếp".
  const w = /(?<![\p{L}])(?:for|over|in|the[ \t]+last|the[ \t]+past|trong|qua)[ \t]+(?:the[ \t]+(?:last|past)[ \t]+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[ \t]+(?:consecutive|successive|straight)[ \t]+years|(?<![\p{L}\d])(\d{1,2})[ \t]+năm[ \t]+liên[ \t]+tiếp/u.exec(s);
  if (w) return w[2] ? +w[2] : (YEAR_WORDS[w[1]] ?? +w[1]);
  return undefined;
}

/** "Energy costs fell by a third, from £12.6m to £8.4m", "giảm một nửa, từ 12,6 xuống 8,4 tỷ
 * đồng": a change by a fraction in words. */
export interface FractionChange {
  change: Change;
  /** The fraction as numerator and denominator ("a third": 1/3). */
  num: number;
  den: number;
  direction: Direction;
  word: { start: number; end: number };
  /** "half as many", "chỉ bằng một nửa": the fraction is the new value over the old, not the change. */
  ratio?: boolean;
}

const WORD_FRACTIONS: Record<string, [number, number]> = {
  "a half": [1, 2], half: [1, 2], "one half": [1, 2], "a third": [1, 3], "one third": [1, 3], "two thirds": [2, 3], "a quarter": [1, 4], "one quarter": [1, 4], "three quarters": [3, 4], "a fifth": [1, 5], "one fifth": [1, 5],
  "một nửa": [1, 2], "một phần ba": [1, 3], "hai phần ba": [2, 3], "một phần tư": [1, 4], "ba phần tư": [3, 4], "một phần năm": [1, 5],
};
const FRACTION_CHANGE = new RegExp(`(?:^|[^\\p{L}])(${UP}|${DOWN})[ \\t]+(?:by[ \\t]+)?(${Object.keys(WORD_FRACTIONS).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, "[ \\t]+")).join("|")})[ \\t]*,?[ \\t]*(?:from|từ)[ \\t]*(?:mức[ \\t]+)?$`, "u");

export function findFractionChanges(ctx: UnitContext): FractionChange[] {
  return ctx.memo("fraction-changes", () => {
    const out: FractionChange[] = [];
    for (const c of findChanges(ctx)) {
      const q = c.from.qualifiers[0]?.start ?? c.from.start;
      const s = ctx.sentenceOf(c.from);
      const pre = ctx.lower.slice(Math.max(s.start, q - 60), q);
      const m = FRACTION_CHANGE.exec(pre);
      if (!m) {
        const t = trailingFraction(ctx, s, c);
        if (t) out.push(t);
        continue;
      }
      const [num, den] = WORD_FRACTIONS[m[2].replace(/[ \t]+/g, " ")];
      const at = q - pre.length + m.index + m[0].indexOf(m[1]);
      out.push({ change: c, num, den, direction: UP_RE.test(m[1]) ? "up" : "down", word: { start: at, end: at + m[0].length - m[0].indexOf(m[1]) } });
    }
    return out;
  });
}

// "fell from 21 in 2023 to 14 in 2024, one third fewer", "…, half as many", "giảm từ 21 vụ xuống 14
// vụ, tức giảm một phần ba", "…, chỉ bằng một nửa năm trước": a fraction in words after the end.
const FRACTION_WORDS = Object.keys(WORD_FRACTIONS).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, "[ \\t]+")).join("|");
const TRAIL_FRACTION = new RegExp(`^(?:[ \\t]+(?:[\\p{L}]+|(?:19|20)\\d\\d(?:[\\/–-]\\d{2,4})?)){0,4}?[ \\t]*(?:,|\\(|–|—|;)[ \\t]*(?:or[ \\t]+|i\\.e\\.[ \\t]+|that[ \\t]+is[ \\t]+|tức[ \\t]+(?:là[ \\t]+)?|hay[ \\t]+)?(?:(?:only|just|roughly|about|chỉ|khoảng|gần)[ \\t]+)?(?:(giảm|tăng|bằng|còn|chỉ[ \\t]+còn|chỉ[ \\t]+bằng)[ \\t]+)?(${FRACTION_WORDS})(?:[ \\t]+(fewer|less|lower|smaller|more|higher|greater|larger|as[ \\t]+many|as[ \\t]+much|as[ \\t]+high|as[ \\t]+large|the[ \\t]+(?:number|level|rate|total)))?(?![\\p{L}])`, "u");

function trailingFraction(ctx: UnitContext, s: Sentence, c: Change): FractionChange | undefined {
  if (c.to.start < c.from.start || c.stated.length) return undefined;
  const tail = ctx.lower.slice(c.to.end, Math.min(s.end, c.to.end + 90));
  const m = TRAIL_FRACTION.exec(tail);
  if (!m) return undefined;
  // "half as many as in 2019", "a third fewer than planned", "bằng một nửa so với năm 2019": another base.
  if (/^[ \t]*(?:as|than|so[ \t]+với|của|of|compared|against)(?![\p{L}])/u.test(tail.slice(m.index + m[0].length))) return undefined;
  const vi = m[1]?.replace(/[ \t]+/g, " ");
  const en = m[3]?.replace(/[ \t]+/g, " ");
  if (!vi && !en) return undefined;
  if (vi && en) return undefined;
  const [num, den] = WORD_FRACTIONS[m[2].replace(/[ \t]+/g, " ")];
  const ratio = vi ? /^(?:bằng|còn|chỉ còn|chỉ bằng)$/u.test(vi) : /^(?:as |the )/u.test(en!);
  // "half as many" is a fall; "a third more" a rise; "giảm một phần ba" a fall.
  const direction: Direction = ratio ? (num < den ? "down" : "up") : vi ? (vi === "tăng" ? "up" : "down") : /^(?:more|higher|greater|larger)$/u.test(en!) ? "up" : "down";
  const at = c.to.end + m.index + m[0].search(/\p{L}/u);
  const lead = m[0].slice(m[0].search(/\p{L}/u));
  // The span: from the first word of the fraction phrase (past "or", "tức") to its end.
  const from = lead.search(new RegExp(`(?:${vi ? vi.replace(/ /g, "[ \\t]+") : FRACTION_WORDS})`, "u"));
  return { change: c, num, den, direction, ratio, word: { start: at + Math.max(0, from), end: c.to.end + m.index + m[0].length } };
}

/** A rank that moved: "ranked 18th of 121 …, up from 26th in 2023", "xếp thứ 18/63, tăng 6 bậc so
 * với năm 2023 (thứ 24)". A rank that went up is a smaller number. */
export interface RankChange {
  rank: Figure;
  now: number;
  before: number;
  beforeSpan: { start: number; end: number };
  direction?: Direction;
  directionWord?: { start: number; end: number };
  places?: { value: number; span: { start: number; end: number } };
  /** The rank now when it is an ordinal, not a figure ("from 7th to 5th"): \`rank\` is then the places. */
  nowSpan?: { start: number; end: number };
}

const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const RANK_UP = /^(?:up|rising|risen|rose|climbing|climbed|improving|improved|moving up|moved up|tăng|improvement|rise|climb)$/u;
/** "We ranked 6th of 14 …, an improvement of two places on last year, when we were 8th of 14". */
const RANK_EN_NOUN = /^[^;.\d]{0,100}?(?:,|\(|\band\b)[ \t]*(?:an?[ \t]+)?(improvement|rise|climb|fall|drop|decline|deterioration)[ \t]+of[ \t]+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(?:places?|positions?|spots?)[ \t]+(?:on|from|compared[ \t]+with|since)[ \t]+(?:last[ \t]+year|the[ \t]+(?:previous|prior)[ \t]+(?:year|quarter|edition|survey)|(?:fy[ \t]?)?(?:19|20)\d\d(?:\/\d{2,4})?|the[ \t]+year[ \t]+before)[ \t]*(?:,[ \t]*when[ \t]+(?:we|it|they|the[ \t]+[\p{L}-]+)[ \t]+(?:were|was)[ \t]+(?:ranked[ \t]+|placed[ \t]+)?|\([ \t]*)(\d{1,3})(?:st|nd|rd|th)(?![\p{L}\d])/u;
const PLACES_AFTER = /^(?:[^;.\d]|(?<!\d)(?:19|20)\d\d(?:\/\d{2,4})?(?!\d)){0,40}?,[ \t]*(?:an?[ \t]+)?(?:climbing|rising|moving[ \t]+up|falling|dropping|slipping|moving[ \t]+down|(?:improvement|rise|climb|fall|drop|decline)[ \t]+of)[ \t]+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(?:places?|positions?|spots?)(?![\p{L}])/u;
const RANK_EN = /^(?:[^;.\d]|(?<!\d)(?:19|20)\d\d(?:\/\d{2,4})?(?!\d)){0,100}?(?:,|\(|\band\b)[ \t]*(?:an?[ \t]+)?(improvement|rise|climb|fall|drop|decline|deterioration|up|down|rising|risen|rose|climbing|climbed|improving|improved|falling|fell|fallen|dropping|dropped|slipping|slipped|moving up|moving down|moved up|moved down)[ \t]+(?:(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(?:places?|positions?|spots?|ranks?)[ \t]+)?(?:from|on|compared[ \t]+with)[ \t]+(?:its[ \t]+|the[ \t]+|a[ \t]+)?(\d{1,3})(?:st|nd|rd|th)(?![\p{L}\d])/u;
// ("tăng 6 bậc so với thời điểm ngày 30/6/2024 (xếp thứ 17/63)": the earlier time may be a date.)
const RANK_VI = /^(?:[^;.\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,120}?,[ \t]*(tăng|giảm)[ \t]+(\d{1,3})[ \t]+(?:bậc|hạng|vị[ \t]+trí)[ \t]+so[ \t]+với[ \t]+[^;()\d]{0,30}?(?:(?:\d{1,2}\/\d{1,2}\/)?(?:19|20)\d\d[ \t]*)?\([ \t]*(?:năm[ \t]+(?:19|20)\d\d[ \t]*)?(?:xếp[ \t]+)?(?:hạng[ \t]+)?(?:thứ[ \t]+)?(\d{1,3})(?![\d,.])/u;

const PER_BASE = /(?<![\p{L}])(?:per|mỗi|trên)[ \t]+(?:1|10|100|1[.,]000|10[.,]000|100[.,]000)(?![\d.,]\d)/gu;

export function findRankChanges(ctx: UnitContext): RankChange[] {
  return ctx.memo("rank-changes", () => {
    const out: RankChange[] = [];
    for (const r of findRatios(ctx, findTotalParts(ctx))) {
      if (!r.isRank) continue;
      const f = r.figure;
      const num = f.numerator;
      if (!num || num.decimals) continue;
      const s = ctx.sentenceOf(f);
      // "3rd of 16 authorities for visits per 1,000 population, up three places from 6th": a rate's
      // base is no figure of the ranking (masked to letters of the same length).
      const after = ctx.lower.slice(f.end, clauseEnd(ctx, s, f.end)).replace(PER_BASE, (x) => x.replace(/[\d.,]/g, "x"));
      const en = RANK_EN.exec(after) ?? RANK_EN_NOUN.exec(after);
      const vi = en ? null : RANK_VI.exec(after);
      const m = en ?? vi;
      if (!m) continue;
      const before = +m[3];
      const now = +num.exact;
      if (!before) continue;
      const wordAt = f.end + m.index + m[0].indexOf(m[1], m[0].search(/[,(]|\band\b/u));
      // The earlier rank ends the match, before its ordinal suffix in English.
      const beforeAt = f.end + m.index + m[0].length - m[3].length - (en ? 2 : 0);
      const change: RankChange = {
        rank: f,
        now,
        before,
        beforeSpan: { start: beforeAt, end: beforeAt + m[3].length },
        direction: RANK_UP.test(m[1]) ? "up" : "down",
        directionWord: { start: wordAt, end: wordAt + m[1].length },
      };
      if (m[2]) {
        const at = f.end + m.index + m[0].indexOf(m[2], wordAt - f.end - m.index + m[1].length);
        change.places = { value: /^\d+$/.test(m[2]) ? +m[2] : COUNT_WORDS[m[2]], span: { start: at, end: at + m[2].length } };
      } else if (en) {
        // ("…, up from 7th in 2022/23, climbing five places", "…, up from 12th last year, an
        // improvement of five places": the places told after the earlier rank.)
        const rest = ctx.lower.slice(f.end + m.index + m[0].length, clauseEnd(ctx, s, f.end + m.index + m[0].length) + 1);
        const p2 = PLACES_AFTER.exec(rest);
        if (p2) {
          const at = f.end + m.index + m[0].length + p2.index + p2[0].lastIndexOf(p2[1], p2[0].search(/(?:places?|positions?|spots?)(?![\p{L}])/u));
          change.places = { value: /^\d+$/.test(p2[1]) ? +p2[1] : COUNT_WORDS[p2[1]], span: { start: at, end: at + p2[1].length } };
        }
      }
      // Only the places moved may stand between as a figure: "up two places from 7th".
      const end = f.end + m.index + m[0].length;
      if (s.figs.some((g) => g.start >= f.end && g.start < end && g.start !== change.places?.span.start && g.start !== change.beforeSpan.start && !/(?:per|mỗi|trên)[ \t]+$/u.test(ctx.lower.slice(g.start - 6, g.start)))) continue;
      out.push(change);
    }
    out.push(...findRankMoves(ctx));
    return out;
  });
}

/** "climbed two places in the league table, from 7th to 5th", "tăng 4 bậc, từ thứ 13 lên thứ 9",
 * "giảm 2 bậc (từ hạng 5 xuống hạng 7)": the places moved and both ranks in the one clause, the ranks
 * ordinals (not figures) right after "from … to" / "từ … lên/xuống/đến". */
const MOVE_EN = /(?:^|[^\p{L}])(up|down|rising|risen|rose|climbing|climbed|improving|improved|falling|fell|fallen|dropping|dropped|slipping|slipped|moving up|moving down|moved up|moved down|gained|gaining|lost|losing)[ \t]+(?:by[ \t]+)?$/u;
const PLACES_EN = /^[ \t]+(?:places?|positions?|spots?|ranks?|rungs?)(?![\p{L}])((?:[^;.\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,100}?)(?:,|\(|—|–|-)?[ \t]*(?:moving[ \t]+|going[ \t]+|rising[ \t]+|falling[ \t]+)?from[ \t]+(?:its[ \t]+|the[ \t]+)?(\d{1,3})(?:st|nd|rd|th)[ \t]+(?:place[ \t]+|position[ \t]+)?(?:in[ \t]+(?:19|20)\d\d(?:\/\d\d)?[ \t]+)?to[ \t]+(\d{1,3})(?:st|nd|rd|th)(?![\p{L}\d])/u;
const MOVE_VI = /(?:^|[^\p{L}])(tăng|giảm|lên|xuống|tụt)[ \t]+$/u;
const PLACES_VI = /^[ \t]+(?:bậc|hạng|vị[ \t]+trí)(?![\p{L}])((?:[^;.\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?)(?:,|\(|—|–|-)?[ \t]*từ[ \t]+(?:vị[ \t]+trí[ \t]+|hạng[ \t]+)?(?:thứ[ \t]+)?(\d{1,3})(?:[ \t]+(?:năm[ \t]+)?(?:19|20)\d\d)?[ \t]+(?:lên|xuống|đến|tới)[ \t]+(?:vị[ \t]+trí[ \t]+|hạng[ \t]+)?(?:thứ[ \t]+)?(\d{1,3})(?!\d|[,.]\d|\/)/u;

const PLACES_EN_TO = /^[ \t]+(?:places?|positions?|spots?|ranks?|rungs?)(?![\p{L}])((?:[^;.\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?)to[ \t]+(\d{1,3})(?:st|nd|rd|th)(?:[ \t]+(?:place|position))?[ \t]*(?:,|\(|—|–)?[ \t]*(?:up[ \t]+|down[ \t]+)?from[ \t]+(?:its[ \t]+|the[ \t]+)?(\d{1,3})(?:st|nd|rd|th)(?![\p{L}\d])/u;
const PLACES_VI_TO = /^[ \t]+(?:bậc|hạng|vị[ \t]+trí)(?![\p{L}])((?:[^;.\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?)(?:lên|xuống)[ \t]+(?:vị[ \t]+trí[ \t]+|hạng[ \t]+)?(?:thứ[ \t]+)?(\d{1,3})[ \t]*(?:,|\()?[ \t]*(?:từ|so[ \t]+với)[ \t]+(?:vị[ \t]+trí[ \t]+|hạng[ \t]+)?(?:thứ[ \t]+)?(\d{1,3})(?!\d|[,.]\d|\/)/u;

function findRankMoves(ctx: UnitContext): RankChange[] {
  const out: RankChange[] = [];
  const vi = ctx.lang === "vi";
  for (const s of ctx.sentences) {
    for (const f of s.figs) {
      if (f.kind !== "number" || !f.value || f.unit || f.scale || f.value.decimals || f.qualifiers.length) continue;
      const n = +f.value.exact;
      if (!Number.isInteger(n) || n < 1 || n > 200) continue;
      const head = ctx.lower.slice(Math.max(s.start, f.start - 30), f.start);
      const w = (vi ? MOVE_VI : MOVE_EN).exec(head);
      if (!w) continue;
      const end = clauseEnd(ctx, s, f.end);
      const tail = ctx.lower.slice(f.end, Math.max(end, Math.min(s.end, f.end + 160)));
      let m = (vi ? PLACES_VI : PLACES_EN).exec(tail);
      // "up two places to 5th, from 7th", "tăng 3 bậc, lên thứ 9 (từ thứ 12)": the new rank first.
      const r = m ? null : (vi ? PLACES_VI_TO : PLACES_EN_TO).exec(tail);
      if (r) {
        m = r;
        [m[2], m[3]] = [r[3], r[2]];
      }
      if (!m) continue;
      // No other figure between the places and the ranks; the ranks are ordinals, not figures.
      const stop = f.end + m.index + m[0].length;
      // Both ranks stand after the words between (m[1]); find each by its digits.
      const from = m[0].indexOf(m[1]) + m[1].length;
      const at = (n: string) => f.end + from + m![0].slice(from).search(new RegExp(`(?<![\\d])${n}(?![\\d])`, "u"));
      const beforeAt = at(m[2]);
      const nowAt = at(m[3]);
      // "từ hạng 5 xuống hạng 7": the ranks may be read as bare counts.
      if (s.figs.some((g) => g !== f && g.start > f.end && g.start < stop && g.start !== beforeAt && g.start !== nowAt)) continue;
      const before = +m[2];
      const now = +m[3];
      if (!before || !now || before === now) continue;
      const word = w[1];
      const wordAt = f.start - (head.length - w.index - w[0].indexOf(word));
      const up = /^(?:up|rising|risen|rose|climbing|climbed|improving|improved|moving up|moved up|gained|gaining|tăng|lên)$/u.test(word);
      out.push({
        rank: f,
        now,
        before,
        beforeSpan: { start: beforeAt, end: beforeAt + m[2].length },
        nowSpan: { start: nowAt, end: nowAt + m[3].length },
        direction: up ? "up" : "down",
        directionWord: { start: wordAt, end: wordAt + word.length },
        places: { value: n, span: { start: f.start, end: f.end } },
      });
    }
  }
  return out;
}

/** A change given by its base, the difference and the percentage, without the new value:
 * "So với năm 2023 (5.917,8 triệu đồng), số quỹ cao hơn 924,7 triệu đồng, tăng 15,6%", "This was
 * up from 3,540 in January 2023 — an increase of 322 people, or 9.1%". */
export interface BaseChange {
  base: Figure;
  diff: Figure;
  pct: Figure;
  /** "giảm 156 lượt, tương ứng giảm 11,6%": the direction words before the difference and the percentage. */
  diffWord?: { direction: Direction; start: number; end: number };
  pctWord?: { direction: Direction; start: number; end: number };
}

/** "so với năm 2020 (40,8 triệu đồng) tăng 17,8 triệu đồng, bình quân mỗi năm tăng 4,45 triệu đồng":
 * the yearly average of a difference over the years between the base's year and the sentence's other year. */
export interface BaseAverage {
  base: Figure;
  diff: Figure;
  average: Figure;
  years: number;
}

const BASE_YEAR_VI = /so[ \t]+với[ \t]+(?:cùng[ \t]+kỳ[ \t]+)?năm[ \t]+((?:19|20)\d\d)[ \t]*\([ \t]*$/u;
const AVG_BETWEEN = /^(?:[ \t]+[\p{L}]+){0,3}?[ \t]*,[ \t]*(?:bình[ \t]+quân|trung[ \t]+bình)[ \t]+(?:mỗi[ \t]+năm[ \t]+)?(?:tăng[ \t]+|giảm[ \t]+)?(?:thêm[ \t]+)?$/u;

export function findBaseAverages(ctx: UnitContext): BaseAverage[] {
  return ctx.memo("base-averages", () => {
    const out: BaseAverage[] = [];
    for (const s of ctx.sentences) {
      for (let k = 1; k + 1 < s.figs.length; k++) {
        const [b, d, v] = [s.figs[k - 1], s.figs[k], s.figs[k + 1]];
        if (b.kind !== "number" || d.kind !== "number" || v.kind !== "number" || !b.unit || b.unit !== d.unit || (v.unit ?? "").split("/")[0] !== b.unit) continue;
        const vq = v.qualifiers[0]?.start ?? v.start;
        const dq = d.qualifiers[0]?.start ?? d.start;
        const bq = b.qualifiers[0]?.start ?? b.start;
        if (!AVG_BETWEEN.test(ctx.lower.slice(d.end, vq))) continue;
        if (!v.perYear && !/^[ \t]*(?:\/[ \t]*năm|mỗi[ \t]+năm)/u.test(ctx.lower.slice(v.end, v.end + 10)) && !/mỗi[ \t]+năm/u.test(ctx.lower.slice(d.end, vq))) continue;
        if (!/^[ \t]*\)[ \t]*,?[ \t]*(?:tăng|giảm|cao[ \t]+hơn|thấp[ \t]+hơn)(?:[ \t]+thêm)?[ \t]+$/u.test(ctx.lower.slice(b.end, dq))) continue;
        const y = BASE_YEAR_VI.exec(ctx.lower.slice(Math.max(s.start, bq - 40), bq));
        if (!y) continue;
        // The sentence's other year: one only, later than the base's.
        const years = new Set<number>();
        for (const m of ctx.lower.slice(s.start, s.end).matchAll(/(?<![\d.,\/])((?:19|20)\d\d)(?![\d.,]\d|\d)/gu)) years.add(+m[1]);
        years.delete(+y[1]);
        if (years.size !== 1) continue;
        const later = [...years][0];
        if (later <= +y[1] || later - +y[1] > 30) continue;
        out.push({ base: b, diff: d, average: v, years: later - +y[1] });
      }
    }
    return out;
  });
}

const BASE_VI = /so[ \t]+với(?:[^;()\d]|(?:19|20)\d\d(?:[-–\/]\d{2,4})?){0,40}\([ \t]*(?:mức[ \t]+)?$/u;
const BASE_EN = new RegExp(`(?:^|[^\\p{L}])(?:${UP}|${DOWN}|up|down)[ \\t]+from[ \\t]+(?:the[ \\t]+|a[ \\t]+)?$`, "u");
const DIFF_LEAD = /(?:^|[^\p{L}])(?:tăng(?:[ \t]+thêm)?|giảm|cao[ \t]+hơn|thấp[ \t]+hơn|nhiều[ \t]+hơn|ít[ \t]+hơn|an?[ \t]+(?:increase|decrease|rise|fall|drop|decline|reduction)[ \t]+of)[ \t]*$/u;
const DIFF_TO_PCT = /^(?:[ \t]+[\p{L}]+){0,3}?(?:[ \t]*,[ \t]*(?:tương[ \t]+ứng[ \t]+|tức[ \t]+là[ \t]+|tức[ \t]+|hay[ \t]+|or[ \t]+|i\.e\.[ \t]+)?(?:tăng[ \t]+|giảm[ \t]+|up[ \t]+|down[ \t]+)?|[ \t]*\([ \t]*(?:(?:tăng|giảm|up|down)[ \t]+)?[+−-]?)$/u;

const DIFF_WORD_END = /(?:^|[^\p{L}])(tăng(?:[ \t]+thêm)?|giảm|cao[ \t]+hơn|thấp[ \t]+hơn|nhiều[ \t]+hơn|ít[ \t]+hơn|rose|fell|increased|decreased|grew|declined|up|down)(?:[ \t]+by)?[ \t]*$/u;
const BASE_BETWEEN = /^(?:[ \t]+[\p{L}]+){0,3}?[ \t]+(?:so[ \t]+với|compared[ \t]+(?:with|to))(?:[^;()\d]|(?:19|20)\d\d(?:[-–\/]\d{2,4})?){0,40}\([ \t]*(?:mức[ \t]+)?$/u;
const BASE_TO_PCT = /^(?:[ \t]+[\p{L}]+){0,3}?[ \t]*\)[ \t]*,[ \t]*(?:tương[ \t]+ứng|tương[ \t]+đương|tức(?:[ \t]+là)?|hay|or|i\.e\.|an?[ \t]+(?:increase|decrease|rise|fall|drop|decline|reduction)[ \t]+of|(?:với[ \t]+)?tốc[ \t]+độ|tỷ[ \t]+lệ)?[ \t]*(?:(tăng|giảm|up|down)(?:[ \t]+trưởng)?[ \t]+)?(?:(?:là|đạt)[ \t]+)?$/u;

export function findBaseChanges(ctx: UnitContext): BaseChange[] {
  return ctx.memo("base-changes", () => {
    const out: BaseChange[] = [];
    let known: Set<Figure> | undefined;
    for (const s of ctx.sentences) {
      for (let k = 1; k + 1 < s.figs.length; k++) {
        const [b, d, p] = [s.figs[k - 1], s.figs[k], s.figs[k + 1]];
        if (p.kind !== "percent" || p.unit !== "%" || d.kind !== "number" || isPercent(d) || !comparable(b, d) || b.kind !== "number") continue;
        const pq = p.qualifiers[0]?.start ?? p.start;
        const dq = d.qualifiers[0]?.start ?? d.start;
        const bq = b.qualifiers[0]?.start ?? b.start;
        const toPct = ctx.lower.slice(d.end, pq);
        if (!DIFF_TO_PCT.test(toPct)) continue;
        if (/\([ \t]*(?:(?:tăng|giảm|up|down)[ \t]+)?[+−-]?$/u.test(toPct) && !/^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3))) continue;
        const leadText = ctx.lower.slice(Math.max(s.start, dq - 30), dq);
        if (!DIFF_LEAD.test(leadText)) continue;
        // "…, or 9.1% of the total": a share of something else, not the change over the base.
        // ("giảm 46 lượt (10,0%) so với quý III/2023 (458 lượt), nhưng tăng 33 lượt (8,7%) so với quý II/2024
        // (379 lượt)": a base named after the bracketed rate is the change's own.)
        if (/^[ \t]*\)?[ \t]*(?:of|của|trong|so[ \t]+với|on|against|above|below|than|vượt|cao|thấp|kế[ \t]+hoạch|dự[ \t]+toán|chỉ[ \t]+tiêu)(?![\p{L}])/u.test(ctx.lower.slice(p.end, p.end + 20))) continue;
        const lead = ctx.lower.slice(Math.max(s.start, bq - 60), bq);
        const vi = BASE_VI.test(lead);
        // ("So với năm 2020 (418 trường đạt chuẩn), …": the base's noun may run on inside its bracket.)
        if (vi && !/^[^()\d]{0,30}\)/u.test(ctx.lower.slice(b.end, dq))) continue;
        if (!vi && !BASE_EN.test(lead)) continue;
        // Between the base and the difference: words and years only, no clause break.
        // ("down from 2,418 at the end of Quarter 2, a fall of 685": quarters and dates are no figures.)
        if (!/^(?:[^;\d]|(?:19|20)\d\d(?:[-–\/]\d{2,4})?){0,90}$/u.test(ctx.plainBetween(b.end, dq))) continue;
        // A change whose end value was found already has its difference and percentage checked.
        known ??= new Set([...findChanges(ctx), ...findReverseChanges(ctx)].map((c) => c.from));
        if (known.has(b)) continue;
        const word = (text: string, at: number): BaseChange["diffWord"] => {
          const w = /(tăng|giảm|cao[ \t]+hơn|thấp[ \t]+hơn|nhiều[ \t]+hơn|ít[ \t]+hơn|increase|decrease|rise|fall|drop|decline|reduction|up|down)(?:[ \t]+(?:thêm|of))?[ \t]*$/u.exec(text);
          if (!w) return undefined;
          const start = at + w.index;
          return { direction: /^(?:tăng|cao|nhiều|increase|rise|up)/u.test(w[1]) ? "up" : "down", start, end: start + w[1].length };
        };
        out.push({ base: b, diff: d, pct: p, diffWord: word(leadText, dq - leadText.length), pctWord: /(?:tăng|giảm|up|down)[ \t]+$/u.test(toPct) ? word(toPct, d.end) : undefined });
      }
      // "tăng 23,7 ha so với cùng kỳ năm 2023 (163,9 ha), tương đương tăng 14,5%", "up 23.7 ha
      // compared with the same period of 2023 (163.9 ha), an increase of 14.5%": the base after the
      // difference, in its bracket, then the percentage.
      for (let k = 0; k + 2 < s.figs.length; k++) {
        const [d, b, p] = [s.figs[k], s.figs[k + 1], s.figs[k + 2]];
        if (p.kind !== "percent" || p.unit !== "%" || d.kind !== "number" || isPercent(d) || !comparable(b, d) || b.kind !== "number" || d.perYear || b.perYear) continue;
        const dq = d.qualifiers[0]?.start ?? d.start;
        const bq = b.qualifiers[0]?.start ?? b.start;
        const leadText = ctx.lower.slice(Math.max(s.start, dq - 30), dq);
        const w = DIFF_WORD_END.exec(leadText);
        if (!w || !BASE_BETWEEN.test(ctx.lower.slice(d.end, bq))) continue;
        const toPct = ctx.lower.slice(b.end, p.qualifiers[0]?.start ?? p.start);
        const m = BASE_TO_PCT.exec(toPct);
        if (!m || (/\([ \t]*[+−-]?$/u.test(toPct) && !/^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3)))) continue;
        if (!/^[ \t]*\)?[ \t]*(?:[.;,]|$)/u.test(ctx.lower.slice(p.end, p.end + 4))) continue;
        known ??= new Set([...findChanges(ctx), ...findReverseChanges(ctx)].map((c) => c.from));
        if (known.has(b)) continue;
        const dir = (t: string): Direction => (/^(?:tăng|cao|nhiều|increase|rise|up|rose|grew)/u.test(t) ? "up" : "down");
        const at = dq - leadText.length + w.index + w[0].indexOf(w[1]);
        const pAt = m[1] ? b.end + m.index + m[0].lastIndexOf(m[1]) : -1;
        out.push({ base: b, diff: d, pct: p, diffWord: { direction: dir(w[1]), start: at, end: at + w[1].length }, pctWord: m[1] ? { direction: dir(m[1]), start: pAt, end: pAt + m[1].length } : undefined });
      }
      // "Sales were up 10,550, or 8.3%, on the 126,850 tickets sold in 2023/24", "tăng 67 cơ sở, tương ứng
      // 7,0%, so với năm 2023 (957 cơ sở)": the size, its rate, then the base.
      for (let k = 0; k + 2 < s.figs.length; k++) {
        const [d, p, b] = [s.figs[k], s.figs[k + 1], s.figs[k + 2]];
        if (p.kind !== "percent" || p.unit !== "%" || d.kind !== "number" || isPercent(d) || !comparable(b, d) || b.kind !== "number" || d.perYear || b.perYear || d.qualifiers.length || b.qualifiers.length) continue;
        const dq = d.qualifiers[0]?.start ?? d.start;
        const leadText = ctx.lower.slice(Math.max(s.start, dq - 30), dq);
        const w = DIFF_WORD_END.exec(leadText);
        const toPct = ctx.lower.slice(d.end, p.qualifiers[0]?.start ?? p.start);
        // ("rose by 741 attendances (8.1%) on Q3 2022/23 (9,105)": the rate in its bracket.)
        const bracketed = /^(?:[ \t]+[\p{L}]+){0,2}?[ \t]*\([ \t]*\+?$/u.test(toPct) && /^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3));
        if (!w || (!bracketed && !/^(?:[ \t]+[\p{L}]+){0,2}?[ \t]*,[ \t]*(?:or|i\.e\.|tương[ \t]+ứng|tương[ \t]+đương|tức(?:[ \t]+là)?)[ \t]+(?:(?:tăng|giảm|up|down)[ \t]+)?$/u.test(toPct))) continue;
        const toBase = ctx.lower.slice(p.end, b.qualifiers[0]?.start ?? b.start);
        // ("…, or 8.1%, on Q3 2022/23 (9,105)", "…, on the previous year (35,106)": the period named, its value in brackets.)
        const periodBracket = /^[ \t]*\)?[ \t]*,?[ \t]*(?:on|over|compared[ \t]+(?:with|to))[ \t]+(?:[^;()\d]|(?:19|20)\d\d(?:[-–\/]\d{2,4})?|(?<![\p{L}])q[1-4](?![\p{L}\d])){1,40}\([ \t]*$/u.test(toBase) && /^[ \t]*\)/u.test(ctx.lower.slice(b.end, b.end + 3));
        if (!periodBracket && (bracketed || !/^[ \t]*,[ \t]*(?:on|from|over|compared[ \t]+(?:with|to))[ \t]+(?:the[ \t]+|a[ \t]+)?$|^[ \t]*,[ \t]*so[ \t]+với(?:[^;()\d]|(?:19|20)\d\d(?:[-–\/]\d{2,4})?){0,40}\([ \t]*$/u.test(toBase))) continue;
        known ??= new Set([...findChanges(ctx), ...findReverseChanges(ctx)].map((c) => c.from));
        if (known.has(b)) continue;
        const dir = (t: string): Direction => (/^(?:tăng|cao|nhiều|increase|rise|up|rose|grew)/u.test(t) ? "up" : "down");
        const at = dq - leadText.length + w.index + w[0].indexOf(w[1]);
        out.push({ base: b, diff: d, pct: p, diffWord: { direction: dir(w[1]), start: at, end: at + w[1].length } });
      }
    }
    return out;
  });
}

/** "nhiều hơn năm học trước 14 giải", "thấp hơn vụ trước 650 đồng/kg": the comparative, the earlier period, then the difference. */
const COMPARED_PERIOD_DIFF = /[,;][ \t]*(?:và[ \t]+)?(cao[ \t]+hơn|thấp[ \t]+hơn|nhiều[ \t]+hơn|ít[ \t]+hơn|lớn[ \t]+hơn|nhỏ[ \t]+hơn)[ \t]+(?:so[ \t]+với[ \t]+)?(?:cùng[ \t]+kỳ[ \t]+)?(?:năm[ \t]+học|học[ \t]+kỳ|niên[ \t]+độ|năm|vụ|kỳ|quý|tháng|đợt|khóa)[ \t]+(?:trước|(?:19|20)\d\d(?:[-–\/](?:19|20)?\d\d)?)[ \t]*(?:là[ \t]+)?$/u;
/** "(năm học 2022-2023 đạt 82 giải)", "(vụ Đông Xuân 2023-2024 là 7.200 đồng/kg)": the earlier value in brackets, after its period. */
const BASE_BRACKET_OPEN = /^(?:[ \t]+[\p{L}]+){0,3}?[ \t]*\([ \t]*(?:năm[ \t]+học|học[ \t]+kỳ|niên[ \t]+độ|năm|vụ|kỳ|quý|tháng|đợt|khóa|cùng[ \t]+kỳ)(?:[ \t]+[\p{L}]+){0,3}?(?:[ \t]+(?:19|20)\d\d(?:[-–\/](?:19|20)?\d\d)?)?[ \t]*(?:là|đạt|có|:)[ \t]*$/u;
/** A breakdown of the value between it and the comparison: "96 giải, gồm 8 giải Nhất, 21 giải Nhì, …". */
const BREAKDOWN_WORD = /[ \t]*,[ \t]*(?:gồm|bao[ \t]+gồm|trong[ \t]+đó)(?![\p{L}])[ \t]*:?[ \t]*/gu;

/**
 * "đạt 7.850 đồng/kg, thấp hơn vụ trước 650 đồng/kg (vụ Đông Xuân 2023-2024 là 7.200 đồng/kg)",
 * "đạt 96 giải, gồm …, nhiều hơn năm học trước 14 giải (năm học 2022-2023 đạt 82 giải)": the value,
 * the comparative with its difference, then the earlier value in brackets after its period.
 */
function comparedBeforeBase(ctx: UnitContext, s: Sentence, out: Change[]): void {
  for (let k = 1; k + 1 < s.figs.length; k++) {
    const [d, a] = [s.figs[k], s.figs[k + 1]];
    const dq = d.qualifiers[0]?.start ?? d.start;
    const m = COMPARED_PERIOD_DIFF.exec(ctx.lower.slice(Math.max(s.start, dq - 60), dq));
    if (!m) continue;
    const wordAt = dq - m[0].length + m[0].indexOf(m[1]) ;
    if (!BASE_BRACKET_OPEN.test(ctx.lower.slice(d.end, a.qualifiers[0]?.start ?? a.start))) continue;
    if (!/^(?:[ \t]+[\p{L}]+){0,3}?[ \t]*\)/u.test(ctx.lower.slice(a.end, a.end + 30))) continue;
    if (d.kind !== "number" && d.kind !== "percent") continue;
    // The value: the figure just before the comparison, or the whole that a breakdown after it lists.
    const commaAt = wordAt - (m[0].indexOf(m[1]) - m[0].search(/[,;]/u));
    let b = s.figs[k - 1];
    if (b.end > commaAt) continue;
    const head = ctx.lower.slice(s.start, commaAt);
    let kw: RegExpExecArray | null = null;
    for (const x of head.matchAll(BREAKDOWN_WORD)) kw = x;
    if (!kw && !/^[^;()\d]{0,40}$/u.test(ctx.lower.slice(b.end, commaAt))) continue;
    if (kw) {
      const kwStart = s.start + kw.index!;
      const kwEnd = kwStart + kw[0].length;
      const parts = s.figs.filter((f) => f.start >= kwEnd && f.end <= commaAt);
      const whole = [...s.figs].reverse().find((f) => f.end <= kwStart);
      if (!whole || parts.length < 2 || parts.length !== s.figs.filter((f) => f.start > whole.end && f.end <= commaAt).length) continue;
      if (!/^[ \t]*(?:[\p{L}]+[ \t]*){0,3}?$/u.test(ctx.lower.slice(whole.end, kwStart))) continue;
      if (/[;()]/u.test(ctx.lower.slice(kwEnd, commaAt)) || !parts.every((f) => comparable(f, whole) && !isPercent(f))) continue;
      b = whole;
    }
    if (!comparable(a, b) || inOpenBracket(ctx, s, b) || b.kind === "range" || b.kind === "fraction") continue;
    // The difference in the value's own measure: points for a rate, the same unit or noun for an amount.
    if (isPercent(b) ? d.unit !== "pp" : isPercent(d) || baseUnit(d) !== baseUnit(b) || !!b.scale !== !!d.scale) continue;
    // Counts of one thing: the value, the difference and the earlier value name the same noun.
    const nounOf = (f: Figure) => (f.noun ?? "").toLowerCase();
    const sameNoun = (x: Figure, y: Figure) => nounOf(x) === nounOf(y) || nounOf(x).startsWith(nounOf(y) + " ") || nounOf(y).startsWith(nounOf(x) + " ");
    if (!isPercent(b) && !b.unit && (!nounOf(a) || !sameNoun(d, a) || !sameNoun(b, a))) continue;
    const up = /^(?:cao|nhiều|lớn)/u.test(m[1]);
    out.push({ from: a, to: b, direction: up ? "up" : "down", directionWord: { start: wordAt, end: wordAt + m[1].length }, stated: [{ figure: d, what: "difference" }] });
  }
}

const ROLL_OPENING = /(?:(?:beginning|opening|starting)[ \t]+(?:general[ \t]+)?(?:fund[ \t]+|cash[ \t]+|reserves?[ \t]+)?balance[ \t]+(?:of|was|is|stood[ \t]+at)|số[ \t]+dư[ \t]+(?:quỹ[ \t]+)?đầu[ \t]+(?:năm|kỳ)(?:[ \t]+(?:là|đạt))?[ \t]*:?)[ \t]*$/u;
const ROLL_CLOSING = /(?:(?:an?[ \t]+|the[ \t]+)?(?:ending|closing)[ \t]+(?:general[ \t]+)?(?:fund[ \t]+|cash[ \t]+|reserves?[ \t]+)?balance[ \t]+(?:of|was|is|will[ \t]+be)?|số[ \t]+dư[ \t]+(?:quỹ[ \t]+)?cuối[ \t]+(?:năm|kỳ)(?:[ \t]+(?:là|còn|đạt))?[ \t]*:?)[ \t]*$/u;
const ROLL_NET_DOWN = /(?:(?:expenditures?|spending|costs)[ \t]+(?:exceeded|exceeds|exceed|will[ \t]+exceed|are[ \t]+projected[ \t]+to[ \t]+exceed)[ \t]+(?:income|revenues?)[ \t]+by|(?:an?[ \t]+)?(?:operating[ \t]+|budget[ \t]+|net[ \t]+)?deficit[ \t]+of|chi[ \t]+vượt[ \t]+thu|bội[ \t]+chi|thâm[ \t]+hụt)[ \t]*$/u;
const ROLL_NET_UP = /(?:(?:income|revenues?)[ \t]+(?:exceeded|exceeds|exceed|will[ \t]+exceed|are[ \t]+projected[ \t]+to[ \t]+exceed)[ \t]+(?:expenditures?|spending|costs)[ \t]+by|(?:an?[ \t]+)?(?:operating[ \t]+|budget[ \t]+|net[ \t]+)?surplus[ \t]+of|thu[ \t]+vượt[ \t]+chi|kết[ \t]+dư|thặng[ \t]+dư)[ \t]*$/u;

/**
 * "Expenditures exceed revenues by $4.5m in 2025-26. The beginning fund balance of $36.1m is
 * therefore projected to fall to an ending balance of $31.6m": the opening balance less the deficit
 * (or plus the surplus) is the closing balance. One of each in the paragraph, in one unit, with no
 * other amount between the net movement and the closing balance.
 */
function balanceRoll(ctx: UnitContext, out: Change[]): void {
  if (!/balance|số dư/u.test(ctx.lower)) return;
  const amounts = ctx.figures.filter((f) => f.kind === "number" && !!f.unit && f.unit !== "%" && !f.perYear);
  const pre = (f: Figure) => ctx.lower.slice(Math.max(0, (f.qualifiers[0]?.start ?? f.start) - 80), f.qualifiers[0]?.start ?? f.start);
  const opening = amounts.filter((f) => ROLL_OPENING.test(pre(f)));
  const closing = amounts.filter((f) => ROLL_CLOSING.test(pre(f)));
  const down = amounts.filter((f) => ROLL_NET_DOWN.test(pre(f)));
  const up = amounts.filter((f) => ROLL_NET_UP.test(pre(f)));
  if (opening.length !== 1 || closing.length !== 1 || down.length + up.length !== 1) return;
  const [a, b, d] = [opening[0], closing[0], down[0] ?? up[0]];
  if (a.unit !== b.unit || a.unit !== d.unit || !!a.scale !== !!b.scale || !!a.scale !== !!d.scale) return;
  if (!(d.start < b.start && a.start < b.start)) return;
  // Within two sentences, with no other amount of the unit on the way.
  const si = ctx.sentenceIndexAt(Math.min(a.start, d.start));
  const sj = ctx.sentenceIndexAt(b.start);
  if (si < 0 || sj < 0 || sj - si > 1) return;
  const lo = Math.min(a.start, d.start);
  if (amounts.some((f) => f.start > lo && f.start < b.start && f !== a && f !== d && f.unit === a.unit)) return;
  const dq = d.qualifiers[0]?.start ?? d.start;
  const p = pre(d);
  const m = (down.length ? ROLL_NET_DOWN : ROLL_NET_UP).exec(p)!;
  const label = m[0].replace(/^[ \t]+|[ \t]+$/gu, "");
  const at = dq - p.length + m.index + m[0].indexOf(label);
  out.push({ from: a, to: b, direction: down.length ? "down" : "up", directionWord: { start: at, end: at + label.length }, stated: [{ figure: d, what: "difference" }] });
}

const NUM_RATE_GAP = /^[^;()\d]{0,60}?,[ \t]*(?:tỷ[ \t]+lệ|đạt|chiếm|bằng|or)?[ \t]*$/u;
const NUM_CHANGE_GAP = /^(?:[ \t]+[\p{L}]+){0,8}?[ \t]*,[ \t]*(tăng|giảm|up|down)(?:[ \t]+thêm)?[ \t]+$/u;
const NUM_BASE_GAP = /^(?:[ \t]+[\p{L}]+){0,3}?[ \t]+(?:so[ \t]+với|on|from|compared[ \t]+with)[ \t]+(?:[\p{L}]+[ \t]+){0,4}?(?:(?:19|20)\d\d(?:[-–\/](?:19|20)?\d\d)?[ \t]*)?\([ \t]*$/u;

/**
 * "87/112 trường đạt chuẩn quốc gia, tỷ lệ 77,7%, tăng 6 trường so với năm học trước (81 trường)":
 * the value that changed is the fraction's count; the difference and the earlier value count the
 * same noun.
 */
function numeratorChange(ctx: UnitContext, s: Sentence, out: Change[]): void {
  for (let i = 0; i + 2 < s.figs.length; i++) {
    const f = s.figs[i];
    if (f.kind !== "fraction" || !f.numerator || f.unit || f.scale) continue;
    let j = i + 1;
    if (s.figs[j].kind === "percent" && NUM_RATE_GAP.test(ctx.lower.slice(f.end, s.figs[j].qualifiers[0]?.start ?? s.figs[j].start))) j++;
    if (j + 1 >= s.figs.length) continue;
    const [d, a] = [s.figs[j], s.figs[j + 1]];
    if (d.kind !== "number" || a.kind !== "number" || d.unit || a.unit || d.scale || a.scale) continue;
    const g = NUM_CHANGE_GAP.exec(ctx.lower.slice(s.figs[j - 1].end, d.qualifiers[0]?.start ?? d.start));
    if (!g) continue;
    if (!NUM_BASE_GAP.test(ctx.lower.slice(d.end, a.qualifiers[0]?.start ?? a.start))) continue;
    if (!/^(?:[ \t]+[\p{L}]+){0,3}?[ \t]*\)/u.test(ctx.lower.slice(a.end, a.end + 30))) continue;
    const [fn, dn, an] = [f, d, a].map((x) => (x.noun ?? "").toLowerCase());
    if (an.length < 2 || dn !== an || !(fn === an || fn.startsWith(an + " "))) continue;
    const numText = /^[^\/]*?(?=[ \t]*(?:\/|of[ \t]|trên[ \t]))/u.exec(f.text)?.[0] ?? f.text;
    const to: Figure = { ...f, kind: "number", value: f.numerator, numerator: undefined, denominator: undefined, text: numText, end: f.start + numText.length };
    const at = s.figs[j - 1].end + g.index + g[0].indexOf(g[1]);
    out.push({ from: a, to, direction: /^(?:tăng|up)$/u.test(g[1]) ? "up" : "down", directionWord: { start: at, end: at + g[1].length }, stated: [{ figure: d, what: "difference" }] });
  }
}

const IMPROVED_BY_GAP = /^(?:[ \t]+[\p{L}]+){0,3}?[ \t]*,[^;()]{0,60}?(?<![\p{L}])(?:but|and|nhưng|và)?[ \t]*(?:has[ \t]+|have[ \t]+|đã[ \t]+)?(improved|worsened|deteriorated|được[ \t]+cải[ \t]+thiện|cải[ \t]+thiện)[ \t]+(?:by|thêm)[ \t]*$/u;
const IMPROVED_BASE_GAP = /^(?:[ \t]+[\p{L}]+){0,3}?[ \t]+(?:on|from|compared[ \t]+with|since|so[ \t]+với)[ \t]+(?:the[ \t]+)?(?:[\p{L}]+[ \t]+){0,3}?(?:q[1-4]|quý[ \t]+[ivx1-4]+|(?:19|20)\d\d(?:[-–\/](?:19|20)?\d\d)?|year|quarter|month|năm|quý|tháng|kỳ)?[ \t]*\([ \t]*$/u;

/**
 * "38.4 days, still above the 30-day target but improved by 5.7 days on Q1 (44.1 days)": a change
 * with no direction of its own, so only its size is checked; the three figures share their unit
 * or noun.
 */
function improvedBy(ctx: UnitContext, s: Sentence, out: Change[]): void {
  for (let i = 0; i + 2 < s.figs.length; i++) {
    const [b, d, a] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
    if (!comparable(a, b) || !comparable(d, b) || d.kind !== "number" && d.kind !== "percent") continue;
    if (isPercent(b) ? d.unit !== "pp" : !!b.scale !== !!d.scale || !!b.scale !== !!a.scale) continue;
    if (!isPercent(b) && !b.unit) {
      const [bn, dn, an] = [b, d, a].map((x) => (x.noun ?? "").toLowerCase());
      if (an.length < 2 || bn !== an || dn !== an) continue;
    }
    if (inOpenBracket(ctx, s, b)) continue;
    if (!IMPROVED_BY_GAP.test(ctx.lower.slice(b.end, d.qualifiers[0]?.start ?? d.start))) continue;
    if (!IMPROVED_BASE_GAP.test(ctx.lower.slice(d.end, a.qualifiers[0]?.start ?? a.start))) continue;
    if (!/^(?:[ \t]+[\p{L}]+){0,3}?[ \t]*\)/u.test(ctx.lower.slice(a.end, a.end + 30))) continue;
    out.push({ from: a, to: b, stated: [{ figure: d, what: "difference" }] });
  }
}

/** "received 1,284 complaints, compared with 1,136 in 2022/23.": two values compared with nothing
 * said of the change between them (its size may follow in the next sentence). */
export function findComparedBare(ctx: UnitContext): Change[] {
  findReverseChanges(ctx);
  return ctx.memo("compared-bare", () => [] as Change[]);
}
