// Totals over a period with their yearly average: "tổng vốn đầu tư giai đoạn 2021-2025 đạt 125.000
// tỷ đồng, bình quân 25.000 tỷ đồng/năm", "over the five years 2020-2024 totalled $12.5 billion, an
// average of $2.5 billion a year". The average must be the total divided by the years.
import type { Figure } from "../types.ts";
import { D } from "../math/interval.ts";
import { UnitContext, type Sentence, clauseEnd, figureIndex, inBrackets, leadsCountList, itemLine } from "./context.ts";
import { TOTAL_LABEL, tablesAbove } from "./table.ts";
import { findYieldAverages } from "./yield-average.ts";
import { findCountAverages } from "./count-average.ts";
import { findLabelAverages } from "./label-average.ts";
import { findYearAverages } from "./years-average.ts";
import { yearsNamed } from "./plan-before.ts";

export interface PeriodAverage {
  total: Figure;
  average: Figure;
  years: number;
  /** Where the number of years was read: "5 năm", "five years", "2021-2025". */
  yearsText: string;
  /** A monthly or daily average: `years` then counts months or days (`lo` the fewest: February). */
  per?: "month" | "day" | "quarter";
  lo?: number;
  /** The total was read in the unit before (a table above): a related location only. */
  from?: UnitContext;
}

/** "bình quân mỗi tháng cần giải ngân khoảng", "an average of … a day". */
const AVG_PRE_T = /(?:bình quân|trung bình|an average of|on average|averaging|average of)[ \t]*(?:(?:mỗi|một|hằng|hàng)[ \t]+(?:tháng|ngày)|an?[ \t]+(?:month|day)|per[ \t]+(?:month|day))?[ \t]*(?:trong[ \t]+(?:\d{1,2}[ \t]+tháng(?:[ \t]+(?:qua|đầu năm|còn lại|cuối năm|tới))?|quý[ \t]+(?:i{1,3}|iv|[1-4]))[ \t]+)?(?:(?:cần|phải|sẽ)[ \t]+)?(?:(?:giải ngân|thu|chi|kết nạp|tuyển|cấp|giải quyết|thu hút|tiếp nhận|xử lý|khám|đón)[ \t]+(?:mới[ \t]+|thêm[ \t]+)?)?(?:là|đạt|khoảng|about|around|of)?[ \t]*$/u;
const PER_TIME_BEFORE = /(?:mỗi|một|hằng|hàng)[ \t]+(tháng|ngày)|an?[ \t]+(month|day)|per[ \t]+(month|day)/u;
const PER_TIME_AFTER = /^[ \t]*(?:\/[ \t]*(tháng|ngày)|(?:mỗi|một)[ \t]+(tháng|ngày)|(?:a|per|each)[ \t]+(month|day))(?![\p{L}])/u;

/** The total an average's verb names, in the paragraph before its sentence: "bình quân mỗi tháng
 * … giải ngân khoảng 384 tỷ đồng" after "toàn tỉnh giải ngân 3.452,9 tỷ đồng". Only an amount (unit
 * and scale as the average's), the one such amount right after the same verb. */
function earlierTotal(ctx: UnitContext, s: { start: number }, avg: Figure, lead: string): Figure | undefined {
  if (!avg.unit) return undefined;
  const verb = /(?:giải ngân|thu|chi|disbursed|spent|collected|paid)[ \t]+(?:khoảng|about|around)?[ \t]*$/u.exec(lead)?.[0].replace(/[ \t]+(?:khoảng|about|around)?[ \t]*$/u, "");
  if (!verb) return undefined;
  const k = figureIndex(ctx, avg);
  const hits: Figure[] = [];
  for (let j = k - 1; j >= 0; j--) {
    const f = ctx.figures[j];
    if (avg.start - f.end > 500 || /\n[ \t]*\n/.test(ctx.text.slice(f.end, s.start))) break;
    if (f.end > s.start || f.unit !== avg.unit || (f.scale?.factor ?? "1") !== (avg.scale?.factor ?? "1")) continue;
    const fq = f.qualifiers[0]?.start ?? f.start;
    if (new RegExp(`(?<![\\p{L}])${verb}[ \\t]*$`, "u").test(ctx.lower.slice(Math.max(0, fq - 20), fq))) hits.push(f);
  }
  return hits.length === 1 ? hits[0] : undefined;
}

/** Monthly and daily averages of a total over its named period: "trong 3 tháng … giải ngân thêm
 * 278,4 tỷ đồng; bình quân mỗi tháng … khoảng 92,8 tỷ đồng", "October saw …: 18,432, an average of
 * 595 a day". */
/** "Across the four quarters of the year, … a total of 1,872 …, an average of 468 a quarter". */
const PER_QUARTER = /^[ \t]*(?:\/[ \t]*quý|(?:mỗi|một)[ \t]+quý|(?:a|per|each)[ \t]+quarter)(?![\p{L}])/u;
const QUARTERS = /(?<![\p{L}\d])(?:(four|three|two|4|3|2|bốn|ba|hai)[ \t]+(?:quarters|quý)|(?:during|in|over|for|across|throughout)[ \t]+the[ \t]+(?:financial[ \t]+|fiscal[ \t]+|whole[ \t]+|full[ \t]+)?year|trong[ \t]+năm|cả[ \t]+năm)(?![\p{L}])/u;
const QUARTER_COUNT: Record<string, number> = { four: 4, three: 3, two: 2, "4": 4, "3": 3, "2": 2, bốn: 4, ba: 3, hai: 2 };

function quarterAverages(ctx: UnitContext, out: PeriodAverage[]): void {
  for (const s of ctx.sentences) {
    for (let i = 1; i < s.figs.length; i++) {
      const avg = s.figs[i];
      const total = s.figs[i - 1];
      if (avg.kind !== "number" || total.kind !== "number" || avg.qualifiers.length || total.qualifiers.length || (avg.unit ?? "") !== (total.unit ?? "") || avg.unit === "%" || avg.unit === "pp") continue;
      const q = avg.start;
      if (!/(?:an average of|averaging|bình quân|trung bình)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, q - 16), q))) continue;
      const skip = avg.noun && ctx.lower.startsWith(` ${avg.noun}`, avg.end) ? 1 + avg.noun.length : 0;
      if (!PER_QUARTER.test(ctx.lower.slice(avg.end + skip, avg.end + skip + 14))) continue;
      // Side by side: the total, its own words, then the average ("1,872 missed bin collections, an average of …").
      const between = ctx.lower.slice(total.end, q);
      if (between.length > 60 || /[;.()\d]/u.test(between) || !/,[ \t]*(?:an average of|averaging|bình quân|trung bình)[ \t]*$/u.test(between)) continue;
      if (avg.noun && total.noun && !sameNoun(total.noun, avg.noun)) continue;
      if (CHANGE_BEFORE.test(ctx.lower.slice(Math.max(s.start, total.start - 12), total.start))) continue;
      const p = QUARTERS.exec(ctx.lower.slice(s.start, total.start));
      if (!p) continue;
      const n = p[1] ? QUARTER_COUNT[p[1]] : 4;
      out.push({ total, average: avg, years: n, yearsText: ctx.text.slice(s.start + p.index, s.start + p.index + p[0].length).trim(), per: "quarter" });
    }
  }
}

function timeAverages(ctx: UnitContext, out: PeriodAverage[]): void {
  quarterAverages(ctx, out);
  for (const s of ctx.sentences) {
    for (let i = 0; i < s.figs.length; i++) {
      const avg = s.figs[i];
      if (avg.kind !== "number" || avg.perYear || avg.unit === "%" || avg.unit === "pp" || avg.unit?.includes("/")) continue;
      const q = avg.qualifiers[0]?.start ?? avg.start;
      const lead = ctx.lower.slice(Math.max(s.start, q - 60), q);
      if (!AVG_PRE_T.test(lead)) continue;
      const pb = PER_TIME_BEFORE.exec(lead.slice(lead.search(/(?:bình quân|trung bình|average)/u)));
      // ("17.0 calls per day": past the average's own noun.)
      const skip = avg.noun && ctx.lower.startsWith(` ${avg.noun}`, avg.end) ? 1 + avg.noun.length : 0;
      const pa = PER_TIME_AFTER.exec(ctx.lower.slice(avg.end + skip, avg.end + skip + 12));
      const w = pa ? (pa[1] ?? pa[2] ?? pa[3]) : pb ? (pb[1] ?? pb[2] ?? pb[3]) : undefined;
      if (!w) continue;
      const unit = w === "tháng" || w === "month" ? "month" : "day";
      const sameInSentence = s.figs.slice(0, i).some((f) => f.kind === "number" && (f.unit ?? "") === (avg.unit ?? ""));
      const total = sameInSentence ? s.figs[i - 1] : earlierTotal(ctx, s, avg, lead);
      if (!total || total.kind !== "number" || total.perYear || total.qualifiers.length || inBracketsBefore(ctx, total) || (total.end > s.start && lastOfList(ctx, s, total))) continue;
      if (total.end < s.start) {
        // "toàn tỉnh giải ngân 3.452,9 tỷ đồng, … . …; bình quân mỗi tháng trong 9 tháng qua giải ngân
        // khoảng 384 tỷ đồng": the period is in the average's own words.
        const p = periodOf(lead, unit);
        if (!p) continue;
        const at = q - lead.length + lead.indexOf(p.text);
        out.push({ total, average: avg, years: p.count, lo: p.lo, yearsText: ctx.text.slice(at, at + p.text.length).trim(), per: unit });
        continue;
      }
      if ((total.unit ?? "") !== (avg.unit ?? "")) continue;
      const between = ctx.lower.slice(total.end, q);
      // Bare counts only side by side ("18,432, an average of 595 a day"); a count's noun must agree.
      if (!avg.unit && (avg.noun ? !sameNoun(total.noun, avg.noun) : !/^(?:[ \t]+[\p{L}-]+){0,3}(?:[ \t]+(?:during|in|over|for|across|throughout)[ \t]+the[ \t]+(?:financial[ \t]+|fiscal[ \t]+|whole[ \t]+|full[ \t]+)?year)?[ \t]*,[ \t]*(?:an average of|averaging|bình quân|trung bình)/u.test(between))) continue;
      if (between.length > 60 || (/;/.test(between) && !/^[^;]{0,12};[ \t]*(?:bình quân|trung bình|on average|an average of)/u.test(between))) continue;
      if (/[.]/.test(between.replace(/\d[.,]\d/g, ""))) continue;
      const tq = total.qualifiers[0]?.start ?? total.start;
      if (CHANGE_BEFORE.test(ctx.lower.slice(Math.max(s.start, tq - 12), tq))) continue;
      // "… đến hết năm là 3.892,1 tỷ đồng, bình quân mỗi tháng trong quý IV cần giải ngân …": the
      // period the average itself names is the one the total is spread over.
      const own = /(?:bình quân|trung bình)[ \t]+(?:mỗi|một|hằng|hàng)[ \t]+tháng[ \t]+(trong[ \t]+.*)$/u.exec(lead);
      // ("handled 18,432 calls in October, an average of 595 a day": the period may follow the total.)
      const p = (own ? periodOf(own[1], unit) : undefined) ?? periodOf(ctx.lower.slice(s.start, tq), unit) ?? (unit === "day" ? dayPeriod(ctx.lower.slice(total.end, q).replace(/[,;]?[ \t]*(?:an average|averag|on average|bình quân|trung bình).*$/su, "")) ?? yearDays(ctx.lower.slice(s.start, tq)) : undefined) ?? (unit === "month" && (FLOW_VERB.test(ctx.lower.slice(Math.max(s.start, tq - 40), tq)) || FLOW_IN_YEAR.test(ctx.lower.slice(Math.max(s.start, tq - 60), tq))) ? yearOf(ctx.lower.slice(s.start, q)) : undefined);
      if (!p) continue;
      // A day of the year's 365 only: not "a day on weekdays", "per working day", "a day in term time".
      if (unit === "day" && p.count >= 365 && (!pa || /^[ \t]+(?:on|in|during|when|while|excluding|except|over|across|at|of|trong|vào|khi)(?![\p{L}])/u.test(ctx.lower.slice(avg.end + skip + pa[0].length, avg.end + skip + pa[0].length + 20)))) continue;
      const at = ctx.lower.indexOf(p.text, s.start);
      out.push({ total, average: avg, years: p.count, lo: p.lo, yearsText: at >= 0 ? ctx.text.slice(at, at + p.text.length).trim() : p.text, per: unit });
    }
  }
}

/** A whole year named in the sentence before a monthly average: "during the year", "in FY2024",
 * "Năm 2024, …", "trong năm", "cả năm" (12 months). Nothing shorter or partial may be named with it
 * (months, quarters, weeks, a school year, a year to date). */
const YEAR_WHOLE = /(?<![\p{L}])(?:(?:during|in|over|for|across|throughout)[ \t]+the[ \t]+(?:financial[ \t]+|fiscal[ \t]+|calendar[ \t]+|whole[ \t]+|full[ \t]+)?year|(?:in|during|for)[ \t]+(?:fy[ \t]?\d{2,4}|(?:19|20)\d\d)|trong[ \t]+năm|cả[ \t]+năm|^[ \t]*năm[ \t]+(?:19|20)\d\d)(?![\p{L}\d\/–-])/u;
const NOT_WHOLE_YEAR = /(?<![\p{L}])(?:to date|so far|ytd|until|through|since|up to|as of|to the end of|tính đến|đến nay|từ đầu năm|lũy kế|đến hết|đến ngày|năm học|school|academic|week|weeks|tuần|ngày|days?|tháng|months?|quý|quarters?|q[1-4]|half|semester|học kỳ|january|february|march|april|may|june|july|august|september|october|november|december|20\d\d[ \t]*(?:-|–|to|đến)[ \t]*20\d\d|years)(?![\p{L}\d])/u;

/** A year's total averaged by month must be a flow, done during the year ("carried out 21,960 leak
 * repairs", "tiếp nhận 21.960 hồ sơ"), not a stock held through it ("xã có 3.000 lao động"). */
const FLOW_VERB = /(?:(?<![\p{L}])(?!(?:employ|own|hous|hold|need|list|stat|report|rat|record)ed)[a-z]+ed(?:[ \t]+out)?|(?<![\p{L}])(?:made|gave|ran|took|paid|spent|sold|won|dealt with|tiếp nhận|giải quyết|xử lý|thực hiện|cấp|cấp mới|kết nạp|tuyển|tuyển dụng|tuyển sinh|khám|khám chữa bệnh cho|đón|phục vụ|giải ngân|thu|chi|cứu chữa|sửa chữa|lắp đặt|bán|xuất khẩu|nhập khẩu|vận chuyển|phát hiện|bắt giữ|tổ chức|hỗ trợ|trả lời))[ \t]+(?:(?:a total of|total|some|about|around|nearly|almost|more than|over|tổng cộng|tổng số|khoảng|gần|hơn|trên)[ \t]+)?$/u;

/** "reminder notices issued during the year: 6,912": the flow's verb, then the year it ran over. */
const FLOW_IN_YEAR = /(?<![\p{L}])(?!(?:employ|own|hous|hold|need|list|stat|report|rat|record)ed)[a-z]+ed[ \t]+(?:during|in|over|across|throughout)[ \t]+the[ \t]+(?:financial[ \t]+|fiscal[ \t]+|whole[ \t]+|full[ \t]+)?year[ \t]*[:,]?[ \t]*$/u;

function dayPeriod(text: string): { count: number; lo?: number; text: string; unit: "day" } | undefined {
  return (periodOf(text, "day") as { count: number; lo?: number; text: string; unit: "day" } | undefined) ?? yearDays(text);
}

/** The days of a whole year named before a daily average ("6,214 vessel calls in 2023, an average
 * of 17.0 a day"): 365, or 366 in a leap year; 365–366 when the year is not a calendar one. */
function yearDays(text: string): { count: number; lo?: number; text: string; unit: "day" } | undefined {
  const y = yearOf(text);
  if (!y) return undefined;
  const cal = /^(?:in|during|for)[ \t]+((?:19|20)\d\d)$|^năm[ \t]+((?:19|20)\d\d)$/u.exec(y.text);
  if (cal) {
    const n = +(cal[1] ?? cal[2]);
    const leap = n % 4 === 0 && (n % 100 !== 0 || n % 400 === 0);
    return { count: leap ? 366 : 365, text: y.text, unit: "day" };
  }
  return { count: 366, lo: 365, text: y.text, unit: "day" };
}

function yearOf(text: string): { count: number; lo?: number; text: string; unit: "month" } | undefined {
  // The average's own words ("bình quân mỗi tháng") are not the period.
  const cut = [...text.matchAll(/(?:bình quân|trung bình|average|averaging)/gu)].pop();
  if (cut) text = text.slice(0, cut.index);
  const m = YEAR_WHOLE.exec(text);
  if (!m || NOT_WHOLE_YEAR.test(text)) return undefined;
  return { count: 12, text: m[0].trim(), unit: "month" };
}

// "bình quân mỗi năm kết nạp 137 đảng viên": a verb may stand between, but not a change word.
const AVG_PRE = /(?:bình quân|trung bình|an average of|on average|averaging|average of)[ \t]*(?:mỗi năm|hằng năm|hàng năm|a year|per year|annually)?[ \t]*(?:(?:kết nạp|tuyển|tuyển sinh|đào tạo|cấp|xây dựng|thành lập|giải quyết|thu hút)[ \t]+(?:mới[ \t]+|thêm[ \t]+)?)?(?:là|đạt|khoảng|about|of)?[ \t]*$/u;
const PER_YEAR_AFTER = /^[ \t]*(?:\/[ \t]*năm|mỗi năm|một năm|a year|per year|annually|each year)/u;
const EN_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const VI_COUNT: Record<string, number> = { hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
/** A change word before the total makes it a change, whose average is another matter. */
const CHANGE_BEFORE = /(?:tăng|giảm|từ|lên|xuống|rose|fell|from|to|up|down|increase|decrease)[ \t]*$/u;

/** Counts of years ("3 năm", "four years") and spans ("2021-2025", counting both ends). */
const YEARS_COUNT = /(?<![\p{L}\d])(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|hai|ba|bốn|sáu|bảy|tám|chín|mười)[ \t]+(?:năm|years)(?![\p{L}])/gu;
const YEARS_SPAN = /(?:giai đoạn|thời kỳ|nhiệm kỳ|period|over|in|từ năm|from|qua|\()[ \t]*((?:19|20)\d\d)[ \t]*(?:-|–|đến|to)[ \t]*((?:19|20)\d\d)(?!\d)/gu;
/** A target's span is not the period averaged over: "bằng 74,6% mục tiêu 5 năm", "chỉ tiêu cả nhiệm kỳ 5 năm". */
const TARGET_SPAN = /(?<![\p{L}])(?:mục tiêu|chỉ tiêu|kế hoạch|target|plan)(?:[ \t]+(?:cả|của|for the|of the|over the))?(?:[ \t]+(?:nhiệm kỳ|giai đoạn))?[ \t]*$/u;

/**
 * The years a total was gathered over: the last count of years ("qua 3 năm", "over four years") or
 * span ("giai đoạn 2021-2024", "(2021-2024)") before the average, the nearest to it, else one after
 * it; never a target's span ("đạt 65,0% chỉ tiêu giai đoạn 2021–2025").
 */
function periodYears(text: string, avgAt = text.length): { years: number; text: string; span?: boolean } | undefined {
  const found: { at: number; years: number; text: string; span?: boolean }[] = [];
  for (const n of text.matchAll(YEARS_COUNT)) {
    const v = /^\d+$/.test(n[1]) ? +n[1] : (EN_COUNT[n[1]] ?? VI_COUNT[n[1]]);
    if (v && v >= 2) found.push({ at: n.index!, years: v, text: n[0] });
  }
  for (const m of text.matchAll(YEARS_SPAN)) {
    if (+m[2] > +m[1] && +m[2] - +m[1] < 30) found.push({ at: m.index!, years: +m[2] - +m[1] + 1, text: m[0].replace(/^\(/u, ""), span: true });
  }
  const own = found.filter((x) => !TARGET_SPAN.test(text.slice(Math.max(0, x.at - 40), x.at)));
  const before = own.filter((x) => x.at < avgAt).sort((a, b) => b.at - a.at)[0];
  const after = own.filter((x) => x.at >= avgAt).sort((a, b) => a.at - b.at)[0];
  const pick = before ?? after;
  return pick ? { years: pick.years, text: pick.text, ...(pick.span ? { span: true } : {}) } : undefined;
}

/** "completed 498, 532 and 575 homes, an average of 535 homes a year": the last of a list of values
 * is one of them, not a total to divide. */
function lastOfList(ctx: UnitContext, s: Sentence, a: Figure): boolean {
  const p = s.figs[s.figs.indexOf(a) - 1];
  if (!p || p.kind !== "number" || !p.unit !== !a.unit) return false;
  const between = ctx.lower.slice(p.end, a.qualifiers[0]?.start ?? a.start);
  if (/^[ \t]*(?:,|and|và|,[ \t]*and)[ \t]*$/u.test(between)) return true;
  // ("quý III có 311 vụ (cao nhất trong năm), quý IV có 284 vụ": items labelled alike, of one noun.)
  return !!p.noun && p.noun === a.noun && /^[ \t]*(?:[\p{L}\p{M}]+[ \t]*){0,3}?(?:\([^()]*\)[ \t]*)?(?:,|;)[ \t]*(?:(?:[\p{L}\p{M}]+|\d{1,2})[ \t]+){1,4}(?:có|là|đạt|:)?[ \t]*$/u.test(between) && /(?:có|là|đạt|:)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, p.start - 12), p.start));
}

export function findPeriodAverages(ctx: UnitContext): PeriodAverage[] {
  return ctx.memo("period-average", () => {
    const out: PeriodAverage[] = [];
    for (const s of ctx.sentences) {
      for (let i = 1; i < s.figs.length; i++) {
        const avg = s.figs[i];
        if (avg.kind !== "number" || avg.unit === "%" || avg.unit === "pp") continue;
        // A count without a unit is averaged by its noun: "684 đảng viên, bình quân 228 đảng viên/năm".
        if (!avg.unit && !avg.noun) continue;
        const q = avg.qualifiers[0]?.start ?? avg.start;
        if (!AVG_PRE.test(ctx.lower.slice(Math.max(s.start, q - 40), q))) continue;
        // ("cần trồng thêm 2.360 ha, cao hơn mức bình quân 2.160 ha/năm của 4 năm qua": an average set
        // beside another figure as its yardstick is the average of something else.)
        if (/(?:cao hơn|thấp hơn|lớn hơn|nhỏ hơn|nhiều hơn|ít hơn|so với|gấp|bằng|than|above|below|compared[ \t]+(?:with|to)|against)[ \t]+(?:(?:the|its|our)[ \t]+)?(?:mức[ \t]+)?(?:bình quân|trung bình|average)[ \t]*(?:là|of)?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, q - 40), q))) continue;
        if (!avg.perYear && !PER_YEAR_AFTER.test(ctx.lower.slice(avg.end, avg.end + 14)) && !nounPerYear(ctx, avg) && !/(?:mỗi năm|hằng năm|hàng năm|a year|per year|annual)/u.test(ctx.lower.slice(Math.max(s.start, q - 40), q))) continue;
        // The total: the amount just before, in the same unit (or of the same noun), with only its
        // own words between, or a bracketed plan after "đạt X% chỉ tiêu (500 đảng viên)".
        let t = i - 1;
        while (t > 0 && avg.noun && !avg.unit && (inBracketsBefore(ctx, s.figs[t]) || s.figs[t].kind === "percent")) t--;
        // ("14.703,5 tỷ đồng (năm 2021: 4.935,8 tỷ đồng), bình quân …": one year's amount in brackets.)
        while (t > 0 && avg.unit && inBracketsBefore(ctx, s.figs[t]) && /\([ \t]*(?:năm|year|in)[ \t]+(?:19|20)\d\d[^()]*$/u.test(ctx.lower.slice(Math.max(s.start, s.figs[t].start - 30), s.figs[t].start))) t--;
        // "$2.4bn over four years, averaging $600m a year": the period's own count stands between.
        if (t > 0 && avg.unit && s.figs[t].kind === "number" && !s.figs[t].unit && /^(?:years|năm)$/u.test(s.figs[t].noun ?? "") && /^[ \t]+(?:over|in|across|trong|qua)[ \t]+$/u.test(ctx.lower.slice(s.figs[t - 1].end, s.figs[t].qualifiers[0]?.start ?? s.figs[t].start))) t--;
        const total = s.figs[t];
        if (total.kind !== "number" || total.perYear || inBracketsBefore(ctx, total) || lastOfList(ctx, s, total)) continue;
        if (avg.unit ? (total.unit ?? "").split("/")[0] !== avg.unit.split("/")[0] : total.unit || !sameNoun(total.noun, avg.noun!)) continue;
        // ("97 vụ cháy rừng (năm 2020: 21 vụ; …; năm 2024: 14 vụ), bình quân 21,4 vụ/năm": the years
        // listed in brackets between are the total's own.)
        const between = ctx.lower.slice(total.end, q).replace(/\([^()]*\)/gu, "()");
        if (between.length > (t === i - 1 ? 40 : 90) || /[;]/.test(between)) continue;
        const tq = total.qualifiers[0]?.start ?? total.start;
        // ("bringing the total planted since 2019/20 to 212.0 hectares over five years": a running total.)
        if (CHANGE_BEFORE.test(ctx.lower.slice(Math.max(s.start, tq - 12), tq)) && !/(?<![\p{L}])(?:the|its|our|a)[ \t]+total(?![\p{L}])[^.;\d]{0,40}?(?<![\p{L}])to[ \t]*$/u.test(ctx.plainBetween(Math.max(s.start, tq - 60), tq))) continue;
        const end = clauseEnd(ctx, s, avg.end);
        const period = periodYears(ctx.lower.slice(s.start, end), avg.start - s.start);
        if (!period) continue;
        // ("Giai đoạn 2021 - 2024, số hộ có điện tăng thêm 15.430 hộ, bình quân 5.143 hộ/năm": a growth
        // over the years a span names may be counted from its first year's end, three steps, or over all four.)
        const grew = period.span && /(?<![\p{L}])(?:tăng thêm|tăng|giảm|thêm|increased by|increase of|rose by|grew by|fell by|decreased by)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, tq - 16), tq));
        out.push({ total, average: avg, years: period.years, ...(grew && period.years > 2 ? { lo: period.years - 1 } : {}), yearsText: period.text });
      }
    }
    timeAverages(ctx, out);
    labelTimeAverages(ctx, out);
    tableTotalAverages(ctx, out);
    return out;
  });
}

/** "228 đảng viên/năm", "228 new members a year": the count's noun, then the year. */
function nounPerYear(ctx: UnitContext, f: Figure): boolean {
  if (!f.noun) return false;
  const after = ctx.lower.slice(f.end, f.end + f.noun.length + 20);
  const k = after.indexOf(f.noun);
  return k >= 0 && k <= 2 && PER_YEAR_AFTER.test(after.slice(k + f.noun.length));
}

function inBracketsBefore(ctx: UnitContext, f: Figure): boolean {
  // (Back to the sentence's start: "(năm 2020: 21 vụ; …; năm 2024: 14 vụ)" opens far before its last item.)
  return inBrackets(ctx, Math.max(0, ctx.sentenceOf(f).start, f.start - 300), f.start);
}

/** "đảng viên mới" and "đảng viên", "members a year" and "new members": one head word first. */
function sameNoun(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const head = (s: string) => s.replace(/\/[ \t]*năm$/u, "").split(/[ \t]+/).slice(0, 2).join(" ");
  const x = head(a);
  const y = head(b);
  if (x === y || a.startsWith(y) || b.startsWith(x)) return true;
  // English puts the head last: "commercial vessel calls" and "calls".
  const last = (s: string) => singular(s.trim().split(/[ \t]+/).pop() ?? "");
  return /^[a-z]/.test(a) && /^[a-z]/.test(b) && b.trim().split(/[ \t]+/).length === 1 && last(a) === last(b);
}

/** An average of one count over another stated beside both: "1.538 tổ … với 8.742 thành viên, bình
 * quân 5,7 thành viên/tổ", "412 GPs for a population of 586,300, or 7.0 GPs per 10,000 people",
 * "4.92 million tonnes from 1.63 million hectares, an average yield of 3.02 tonnes per hectare". */
export interface RatioAverage {
  numerator: Figure;
  denominator: Figure;
  average: Figure;
  /** "per 10,000 people", "/vạn dân": the average is per this many of the denominator. */
  per: number;
  /** Unit conversion of the numerator into the average's unit (tấn → tạ: 10). */
  factor: number;
  /** "2,1 triệu đồng/người/tháng" of a quarter's total: the average is also per this many months
   * (or days) of the total's period. */
  periods?: { count: number; lo?: number; text: string; unit: "month" | "day"; suffix?: string };
  /** The unit the numerator was read in when not this one (previous()): a related location only. */
  from?: UnitContext;
  /** The same for the denominator. */
  denFrom?: UnitContext;
}

const BOUND_LEAD = /(?<![\p{L}])(?:tối[ \t]+đa|tối[ \t]+thiểu|định[ \t]+mức|mức[ \t]+trần|mức[ \t]+sàn|không[ \t]+quá|maximum|minimum|max|min|cap|capped|ceiling|up[ \t]+to|no[ \t]+more[ \t]+than|at[ \t]+most|at[ \t]+least|limit|threshold|norm|standard[ \t]+rate)(?![\p{L}])/u;
const RATIO_LEAD = /(?:bình quân|trung bình|tương đương|tức là|tức|hay|đạt|an average of|on average|averaging|average|equivalent to|or|i\.e\.|that is|equal to|a rate of|a ratio of|yield of|density of|là|there (?:were|was|are|is))[ \t]*(?:khoảng[ \t]+|about[ \t]+|around[ \t]+)?$/u;
const PER_WORD = /^[ \t]*(?:\/|per|a|an|for each|for every|each|mỗi|trên)[ \t]*(?:(\d{1,3}(?:[.,]\d{3})*|\d+)[ \t]*|(vạn|nghìn|ngàn|trăm|thousand|hundred|million|triệu)[ \t]+)?([\p{L}-]+(?:[ \t]+[\p{L}-]+)?)/u;
const SCALE_WORD: Record<string, number> = { vạn: 10000, nghìn: 1000, ngàn: 1000, trăm: 100, thousand: 1000, hundred: 100, million: 1000000, triệu: 1000000 };
const PEOPLE_BEFORE = /(?<![\p{L}])(?:attendance|attendances|audience|audiences|visitors|footfall|participants|attendees|tổng số người tham dự|số người tham dự|lượt người tham dự|lượt người tham gia)(?:[ \t]+(?:of|was|were|totalled|totaling|totalling|reached|là|đạt))?[ \t]*$/u;
const POPULATION = /^(?:people|persons|population|residents|inhabitants|capita|head|attendees|participants|dân|người|dân số|nhân khẩu)(?:$|[ \t])/u;
const PEOPLE = /^(?:lao động|học viên|học sinh|sinh viên|người|đối tượng|hội viên|công nhân|thí sinh|em|trẻ|cháu|bệnh nhân|trainees?|learners?|students?|pupils?|children|patients?|participants?|people)(?:$|[ \t])/u;
const UNIT_WORD: Record<string, string> = { ha: "ha", hectare: "ha", hectares: "ha", "héc-ta": "ha", hecta: "ha", km: "km", km2: "km2", "km²": "km2" };
const MASS: Record<string, number> = { kg: 1, tạ: 100, tấn: 1000 };

function singular(w: string): string {
  // "branches", "boxes", "classes": the plural's "es" after a sibilant.
  return w.replace(/(?:ies)$/u, "y").replace(/(?<=(?:ch|sh|x|ss|zz))es$/u, "").replace(/(?<=[^s])s$/u, "");
}

/** "tổ" names "1.538 tổ công nghệ số"; "team" names "1,538 digital community teams". */
function names(word: string, noun: string | undefined): boolean {
  if (!noun) return false;
  const n = noun.replace(/\/.*$/u, "").trim().split(/[ \t]+/);
  const w = word.trim().split(/[ \t]+/);
  if (n.length >= w.length && n.slice(0, w.length).join(" ") === w.join(" ")) return true;
  // English: the head noun is the last word of the phrase, in the plural.
  if (w.length !== 1) return false;
  if (singular(n[n.length - 1]) === singular(w[0])) return true;
  // "In 3 appeal cases costs were awarded": the noun read ran on past its head, which is the one
  // word in the plural of the per-word ("cases", not the "case" of "case officers").
  return /^[a-z]/.test(w[0]) && n.slice(0, -1).some((x) => x !== w[0] && x.endsWith("s") && singular(x) === singular(w[0]));
}

function before(ctx: UnitContext, f: Figure, n: number): string {
  const q = f.qualifiers[0]?.start ?? f.start;
  return ctx.lower.slice(Math.max(0, q - n), q);
}

/** A per-word read by another pattern, in the shape of a PER_WORD match (no count, no scale word). */
function perMatch(text: string, word: string, input: string): RegExpExecArray {
  return Object.assign([text, undefined, undefined, word], { index: 0, input, groups: undefined }) as unknown as RegExpExecArray;
}

export function findRatioAverages(ctx: UnitContext): RatioAverage[] {
  return ctx.memo("ratio-average", () => {
    const out: RatioAverage[] = [];
    for (const s of ctx.sentences) {
      // From the second figure: a sentence's first count may be averaged over a count stated above.
      for (let i = 1; i < s.figs.length; i++) {
        const avg = s.figs[i];
        const avgLead = ctx.lower.slice(Math.max(s.start, (avg.qualifiers[0]?.start ?? avg.start) - 50), avg.qualifiers[0]?.start ?? avg.start);
        // "an average loan of £30,000", "the average award was £2,150": the per-word between; "the
        // average loan per borrower was £6,819": after "per"; "bình quân mỗi hộ được hỗ trợ khoảng
        // 8,3 triệu đồng": after "mỗi".
        const namedPer = avg.unit && !avg.unit.includes("/") ? /(?<![\p{L}])(?:an?|the)[ \t]+average[ \t]+(?:[a-z-]{3,}[ \t]+(?:per|for[ \t]+each)[ \t]+)?([a-z-]{3,})[ \t]+(?:of|was|is|stood[ \t]+at|came[ \t]+to)[ \t]*$/u.exec(avgLead) ?? /(?<![\p{L}])(?:bình[ \t]+quân|trung[ \t]+bình)[ \t]+(?:mỗi|một)[ \t]+([\p{L}\p{M}]+)(?:[ \t]+(?:được|đã|nhận|chi|có)(?:[ \t]+[\p{L}\p{M}]+){0,3})?[ \t]*(?:khoảng|gần|là|đạt)?[ \t]*$/u.exec(avgLead) : null;
        // A scaled average only as an amount per unit ("56,7 triệu đồng/hộ", "£1.23m per team").
        if (avg.kind !== "number" || avg.perYear || (avg.scale && !avg.unit?.includes("/") && !namedPer && !(avg.unit && /^[ \t]+(?:per|for each|each)[ \t]+[\p{L}]/u.test(ctx.lower.slice(avg.end, avg.end + 12))))) continue;
        if (!namedPer && !RATIO_LEAD.test(avgLead.slice(-30))) continue;
        // ("…; mức hỗ trợ tối đa theo Nghị quyết … là 500 triệu đồng/doanh nghiệp", "the maximum grant is
        // £5,000 per business": a bound or a rate set by rule, not what the total works out at.)
        if (BOUND_LEAD.test(avgLead.split(/[;,]/u).pop()!)) continue;
        let after = ctx.lower.slice(avg.end, Math.min(s.end, avg.end + 60));
        let numUnit = avg.unit;
        let denUnit: string | undefined;
        let perText: RegExpExecArray | null = null;
        let denNoun: string | undefined;
        let perTimeEn: { unit: "month" | "day"; text: string } | undefined;
        if (avg.unit && avg.unit.includes("/")) {
          [numUnit, denUnit] = avg.unit.split("/");
          // "đồng/hộ", "VND/người": a count's noun, not a unit of measure.
          if (!Object.values(UNIT_WORD).includes(denUnit) && /^[\p{L}][\p{L} ]*$/u.test(denUnit) && !/^(?:năm|year|tháng|month|ngày|day)$/u.test(denUnit)) {
            denNoun = denUnit;
            denUnit = undefined;
          } else if (avg.scale) continue;
        } else {
          if (!avg.unit) {
            if (!avg.noun) {
              bareAverage(ctx, s, i, after, out);
              continue;
            }
            const k = after.indexOf(avg.noun);
            if (k < 0 || k > 2) continue;
            after = after.slice(k + avg.noun.length);
          }
          // "£2,100 per claimant a month": per unit and per month (or day) of the total's period.
          const en = /^[ \t]*(?:per|for each|for every|each)[ \t]+([\p{L}-]+)[ \t]+(?:a|per|each)[ \t]+(month|day)(?![\p{L}])/u.exec(after);
          if (en) {
            perText = perMatch(en[0], en[1], after);
            perTimeEn = { unit: en[2] as "month" | "day", text: en[0].slice(en[0].search(/(?:a|per|each)[ \t]+(?:month|day)$/u)) };
          } else perText = PER_WORD.exec(after);
          if (!perText && namedPer) perText = perMatch(namedPer[0], namedPer[1], avgLead);
          if (!perText) continue;
        }
        let per = 1;
        if (perText?.[1]) per = +perText[1].replace(/[.,]/g, "");
        else if (perText?.[2]) per = SCALE_WORD[perText[2]];
        if (!per || per < 1) continue;
        const denWord = perText?.[3] ?? denNoun;
        if (denWord && UNIT_WORD[denWord.split(/[ \t]/)[0]]) denUnit = UNIT_WORD[denWord.split(/[ \t]/)[0]];
        const earlier = s.figs.slice(0, i).filter((f) => f.kind === "number" && !f.perYear);
        // The numerator: of the average's unit (or mass unit) or noun.
        // ("21.947 nhân khẩu … bình quân 3,5 người/hộ": people under two names.)
        // ("96.380 lượt người tham dự, bình quân 77 người/buổi": attendances count people.)
        let nums = earlier.filter((f) => (numUnit ? !!f.unit && (f.unit === numUnit || (MASS[f.unit] && MASS[numUnit])) : !f.unit && !!f.noun && (sameHead(f.noun, avg.noun!) || (POPULATION.test(f.noun.replace(/^lượt[ \t]+/u, "")) && POPULATION.test(avg.noun!)))));
        // "a combined attendance of 118,240, an average of 24.6 people per event": people counted by
        // the word before them.
        if (!nums.length && !numUnit && POPULATION.test(avg.noun!)) nums = earlier.filter((f) => !f.unit && !f.noun && PEOPLE_BEFORE.test(before(ctx, f, 50)));
        // ("truyền nghề cho 1.380 lao động, bình quân 35 học viên/lớp": people under two names, when one count
        // of people stands before the average.)
        if (!nums.length && !numUnit && PEOPLE.test(avg.noun!)) {
          const people = earlier.filter((f) => !f.unit && !!f.noun && PEOPLE.test(f.noun));
          if (people.length === 1) nums = people;
        }
        const dens = earlier.filter((f) => {
          if (denUnit) return f.unit === denUnit;
          if (f.unit) return false;
          // ("412 người, trong đó có 96 bác sĩ (đạt 5,7 bác sĩ/vạn dân)": a rate per ten thousand is of the
          // population, not of any count of people.)
          if (POPULATION.test(denWord!)) return (!!f.noun && POPULATION.test(f.noun) && (per < 1000 || /^(?:population|residents|inhabitants|dân|dân số|nhân khẩu)(?:$|[ \t])/u.test(f.noun) || /(?<![\p{L}])(?:population|residents|inhabitants|dân số)(?![\p{L}])/u.test(before(ctx, f, 60)))) || /(?:population|dân số)(?:[ \t]+(?:trung bình|bình quân))?(?:[ \t]+(?:of|là|khoảng|about|is|was))?[ \t]*$/u.test(before(ctx, f, 40));
          return names(denWord!, f.noun);
        });
        // ("9,655 operations … in 2,236 theatre sessions – an average of 4.8 cases per session": "cases"
        // counts whatever the one other count of the sentence counts.)
        if (!nums.length && !numUnit && dens.length === 1 && /^(?:cases?|items?)$/u.test(avg.noun ?? "")) {
          const other = earlier.filter((f) => f !== dens[0] && !f.unit && !f.scale && !!f.noun && !inBrackets(ctx, s.start, f.start));
          if (other.length === 1 && other[0].start < dens[0].start) nums = other;
        }
        // "£3.87 per visit across the 1,846,200 visits": the count the per-word names, right after it.
        if (!dens.length && denWord && !denUnit) {
          const next = s.figs[i + 1];
          const gap = next ? ctx.lower.slice(avg.end, next.start) : "";
          if (next && next.kind === "number" && !next.unit && !next.scale && !next.qualifiers.length && names(denWord.split(/[ \t]+/u)[0], next.noun) && /^[^\d;.()]{0,40}?[ \t](?:across|over|among|from|for|in|trên(?:[ \t]+tổng[ \t]+số)?|cho(?:[ \t]+tổng[ \t]+số)?)[ \t]+(?:the|all|its|our|their|all[ \t]+the)?[ \t]*$/u.test(gap) && (perText ? gap.includes(perText[0].trim()) : gap.length <= 25)) dens.push(next);
        }
        // "Maintenance loans were paid to 1,102,000 borrowers. With total lending of £7,514m, the average
        // loan per borrower was £6,819": the one count the per-word names in the sentence before.
        // ("Toàn huyện có 23 trường, gồm 8 … và 15 … . Tổng số học sinh … là 6.348 em, bình quân 276 học
        // sinh/trường": in Vietnamese the unit after "/", the first count of it above, its parts after it.)
        const slashPer = ctx.lang === "vi" && /^[ \t]*[\p{L}\p{M} ]{0,20}\/[ \t]*\p{L}/u.test(ctx.lower.slice(avg.end, avg.end + 30)) && !/^(?:năm|tháng|quý|tuần|ngày|giờ)(?: |$)/u.test(denWord ?? "");
        if (!dens.length && denWord && !denUnit && (namedPer || slashPer) && nums.length === 1) {
          const k = ctx.sentences.indexOf(s);
          const prev = k > 0 ? ctx.sentences[k - 1] : undefined;
          const named0 = prev && /^[ \t]*$/u.test(ctx.text.slice(prev.end, s.start)) ? prev.figs.filter((f) => f.kind === "number" && !f.unit && !f.perYear && !!f.noun && names(denWord!, f.noun) && !inBrackets(ctx, prev.start, f.start)) : [];
          // (The first, when the others make it up exactly: "23 trường, gồm 8 … và 15 …".)
          const named = slashPer && !namedPer && named0.length > 1 && named0.slice(1).reduce((a, f) => a.plus(f.value!.exact), new D(0)).eq(named0[0].value!.exact) ? [named0[0]] : named0;
          if (named.length === 1) dens.push(named[0]);
        }
        // "The Department employed 48,216 … teachers, giving an average of 12.7 students per teacher"
        // under "Enrolments reached 612,480 students, …": the headline count of the noun above.
        let from: UnitContext | undefined;
        // ("Các mẫu không đạt thuộc 24 cơ sở, … bình quân 1,2 mẫu/cơ sở": a subject narrowed by its own words
        // is some of the headline count, not all of it.)
        const narrowed = new RegExp(`^[\\s*•-]*(?:các|những|số|the|these|those)[ \\t]+${avg.noun?.split(" ")[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&") ?? "-"}(?:[ \\t]+[\\p{L}\\p{M}]+){1,}?[ \\t]+(?:thuộc|của|là|đã|được|ở|tại|were|was|are|is|belonged|came|in|at)(?![\\p{L}])`, "u").test(ctx.lower.slice(s.start, s.start + 80));
        if (!nums.length && !numUnit && avg.noun && !perTimeEn && dens.length === 1 && earlier.length === 1 && !narrowed) {
          const up = countAbove(ctx, s, avg.noun);
          if (up) {
            nums = [up.f];
            from = up.from;
          }
        }
        // "tiếp nhận 1.250 tấn gạo; đã cấp phát 980 tấn cho 16.330 nhân khẩu (bình quân 60 kg/nhân
        // khẩu)": the amount given to the count, of several.
        if (nums.length > 1 && dens.length === 1) {
          const to = nums.filter((f) => f.end <= dens[0].start && /^[^\d;]{0,25}?[ \t](?:cho|to|for|among|between|across)[ \t]+(?:the[ \t]+)?$/u.test(ctx.lower.slice(f.end, dens[0].start)));
          if (to.length === 1) nums = to;
        }
        if (nums.length !== 1 || dens.length !== 1 || nums[0] === dens[0]) continue;
        const [a, b] = [nums[0], dens[0]];
        if (a.qualifiers.length || b.qualifiers.length || lastOfList(ctx, s, a)) continue;
        // ("Các trang trại nuôi 2.905 con, số còn lại do các hộ nuôi với quy mô bình quân 21,8 con/hộ": the
        // average of the rest, not of the count before.)
        if (/(?<![\p{L}])(?:còn[ \t]+lại|the[ \t]+rest|the[ \t]+remaining|the[ \t]+remainder)(?![\p{L}])/u.test(ctx.lower.slice(a.end, avg.start))) continue;
        // ("tại 23 xã (mỗi xã 1 câu lạc bộ) với 690 thành viên": a count each one has is no divisor.)
        if (/(?<![\p{L}])(?:mỗi|each)(?:[ \t]+[\p{L}\p{M}]+)?[ \t]*$/u.test(ctx.lower.slice(Math.max(0, (b.qualifiers[0]?.start ?? b.start) - 30), b.qualifiers[0]?.start ?? b.start))) continue;
        // ("0,72 vụ/1.000 hộ gia đình …, năm 2022 là 0,85 vụ/1.000 hộ": a rate is no total to divide.)
        // ("18,5 tiêu chí/xã": a rate of a noun of two syllables too.)
        if ((a.unit ?? "").includes("/") || /^[ \t]*(?:[\p{L}]+[ \t]*){0,3}\/[ \t]*(?:\d|[\p{L}])/u.test(ctx.lower.slice(a.end, a.end + 24)) || a.perYear) continue;
        // A change or a share between makes them something else.
        if (s.figs.slice(Math.min(s.figs.indexOf(a), s.figs.indexOf(b)), i).some((f) => f.kind === "percent" || f.kind === "range" || f.kind === "fraction")) continue;
        const factor = numUnit && a.unit && MASS[a.unit] && MASS[numUnit] ? MASS[a.unit] / MASS[numUnit] : 1;
        // "/người/tháng", "a month": per month (or day) of the total's period, which must be named
        // just before the total ("tổng kinh phí quý I là 14,62 tỷ đồng").
        const perTime = denNoun ? /^[ \t]*(?:\/[ \t]*(tháng|ngày)|(?:mỗi|một)[ \t]+(tháng|ngày)|(?:a|per|each)[ \t]+(month|day))(?![\p{L}])/u.exec(ctx.lower.slice(avg.end, avg.end + 12)) : null;
        let periods: RatioAverage["periods"];
        if (perTimeEn) {
          const lead = before(ctx, a, 50);
          const p = periodOf(lead, perTimeEn.unit) ?? periodOf(ctx.lower.slice(s.start, a.qualifiers[0]?.start ?? a.start), perTimeEn.unit);
          if (!p) continue;
          periods = { ...p, suffix: perTimeEn.text };
        } else if (perTime) {
          const unit = (perTime[1] ?? perTime[2] ?? perTime[3]) === "tháng" || perTime[3] === "month" ? "month" : "day";
          const lead = before(ctx, a, 50);
          const p = periodOf(lead, unit);
          if (!p) continue;
          // As written, and the average's own "/tháng" to show after it.
          const at = (a.qualifiers[0]?.start ?? a.start) - lead.length + lead.indexOf(p.text);
          periods = { ...p, text: ctx.text.slice(at, at + p.text.length), suffix: ctx.text.slice(avg.end, avg.end + perTime[0].length).trim() };
        } else if (denNoun && /^[ \t]*(?:\/|per|a|mỗi)[ \t]*(?:năm|year|quý|quarter|tuần|week)/u.test(ctx.lower.slice(avg.end, avg.end + 12))) continue;
        out.push({ numerator: a, denominator: b, average: avg, per, factor, periods, ...(from ? { from } : {}) });
      }
    }
    unitCostTotals(ctx, out);
    termsAfterAverages(ctx, out);
    eachAverages(ctx, out);
    paragraphAverages(ctx, out);
    findYieldAverages(ctx, out);
    findCountAverages(ctx, out);
    findLabelAverages(ctx, out);
    findYearAverages(ctx, out);
    return out;
  });
}

/** "The council ran 1,284 sessions across 12 wards, or 107 per ward": a bare average, per the
 * one count its per-word names, of the one other count of the sentence, both just before it in one
 * clause and nothing else between. */
function bareAverage(ctx: UnitContext, s: { start: number; figs: Figure[] }, i: number, after: string, out: RatioAverage[]): void {
  const avg = s.figs[i];
  const per = /^[ \t]+(?:per|for[ \t]+each|for[ \t]+every|each|a)[ \t]+([\p{L}-]+)(?![\p{L}-])/u.exec(after);
  if (!per || i < 2 || TERMS_DURATION.test(per[1]) || avg.value?.decimals === undefined) return;
  const [a, b] = [s.figs[i - 2], s.figs[i - 1]];
  const count = (f: Figure) => f.kind === "number" && !f.unit && !f.scale && !f.perYear && !f.qualifiers.length && !!f.noun && !!f.value && !TERMS_DURATION.test(f.noun);
  if (!count(a) || !count(b) || (i > 2 && !/[;.]/u.test(ctx.lower.slice(s.figs[i - 3].end, a.start).replace(/\d[.,]\d/gu, "")))) return;
  const den = names(per[1], b.noun) ? b : names(per[1], a.noun) ? a : undefined;
  const num = den === b ? a : b;
  if (!den || names(per[1], num.noun) || inBracketsBefore(ctx, a) || inBracketsBefore(ctx, b)) return;
  if (/[;:()]|\.[ \t]/u.test(ctx.lower.slice(a.end, avg.start)) || avg.start - b.end > 40) return;
  out.push({ numerator: num, denominator: den, average: avg, per: 1, factor: 1 });
}

/** The count of a noun a paragraph states first, when an average's sentence needs it: the sentences
 * before in this unit, else (when this sentence opens the unit) the unit before. The first clean count
 * of the noun (not a change's base, a target, bracketed, or qualified) must be the largest of them all
 * by more than rounding, the total the others are parts of; none in a breakdown before it. */
export function countAbove(ctx: UnitContext, s: { start: number }, noun: string): { f: Figure; from?: UnitContext } | undefined {
  // ("- Talking Therapies: 24,615 people entered treatment …\n- Out of area placements: … 6,935, an average
  // of 19 people a day": a count in a sibling list item is that item's, no headline of this one.)
  const ownItem = itemLine(ctx, s.start);
  const read = (c: UnitContext, upTo: number): Figure | undefined => {
    const cands: Figure[] = [];
    for (const f of c.figures) {
      if (f.start >= upTo) break;
      if (f.kind !== "number" || f.unit || f.perYear || !f.noun || !sameHead(f.noun, noun)) continue;
      // (A sibling item that states the population is still the headline: "- Dân số trung bình … 1.286.450 người".)
      const item = c === ctx && ownItem !== undefined ? itemLine(c, f) : undefined;
      if (item !== undefined && item !== ownItem && !/(?<![\p{L}])(?:dân[ \t]+số|population|residents|inhabitants)(?![\p{L}])/u.test(c.lower.slice(item, f.start))) continue;
      const sent = c.sentenceOf(f);
      const q = f.qualifiers[0]?.start ?? f.start;
      if (inBrackets(c, Math.max(sent.start, f.start - 80), f.start) || NOT_BASE.test(c.lower.slice(Math.max(sent.start, q - 30), q))) continue;
      cands.push(f);
    }
    if (!cands.length) return undefined;
    const head = cands[0];
    if (head.qualifiers.length || !head.value) return undefined;
    const sent = c.sentenceOf(head);
    if (BREAKDOWN.test(c.lower.slice(sent.start, head.start))) return undefined;
    // ("Trong năm bổ sung 2.846 bản …. Với dân số 142.860 người, bình quân … 0,27 bản sách/người": what was
    // added in the year is no stock to share out.)
    if (/(?<![\p{L}])(?:bổ[ \t]+sung|thêm|mới|added|acquired|purchased|bought)[ \t]*$/u.test(c.lower.slice(Math.max(sent.start, (head.qualifiers[0]?.start ?? head.start) - 20), head.qualifiers[0]?.start ?? head.start))) return undefined;
    // (The first of a list of counts of the noun is one part, not the headline count.)
    if (leadsCountList(c, head)) return undefined;
    const hi = c.interval(head, head.value);
    for (const f of cands.slice(1)) {
      if (!f.value || !c.interval(f, f.value).hi.lt(hi.lo)) return undefined;
    }
    return head;
  };
  const own = ctx.sentences.filter((x) => x.end <= s.start);
  if (own.length) {
    const f = read(ctx, s.start);
    return f ? { f } : undefined;
  }
  const prev = ctx.previous();
  if (!prev) return undefined;
  const f = read(prev, prev.text.length);
  return f ? { f, from: prev } : undefined;
}

function sameHead(a: string, b: string): boolean {
  const x = a.split(/[ \t]+/);
  const y = b.split(/[ \t]+/);
  return x[0] === y[0] || singular(x[x.length - 1]) === singular(y[y.length - 1]);
}

const MONTH_DAYS: Record<string, [number, number]> = {
  january: [31, 31], february: [28, 29], march: [31, 31], april: [30, 30], may: [31, 31], june: [30, 30],
  july: [31, 31], august: [31, 31], september: [30, 30], october: [31, 31], november: [30, 30], december: [31, 31],
};

/** The months (or days) of the period a total is labelled with, just before it: "quý I", "6 tháng
 * đầu năm", "in the quarter", "in October". Days of a quarter or a year vary, so only months count
 * them; a month's days are exact but for February (28 or 29). */
export function periodOf(text: string, unit: "month" | "day"): { count: number; lo?: number; text: string; unit: "month" | "day" } | undefined {
  const quarter = /(?<![\p{L}])(?:quý[ \t]+(?:i{1,3}|iv|[1-4])(?![\p{L}\d])|(?:in|during|for|over)[ \t]+the[ \t]+quarter|(?:first|second|third|fourth)[ \t]+quarter|q[1-4](?![\p{L}\d]))/u.exec(text);
  const months = /(?<![\p{L}\d])(?<!ngày[ \t]+)(\d{1,2}|ba|sáu|chín|three|six|nine|twelve)[ \t]+(?:tháng|months)(?![\p{L}])/u.exec(text);
  const WORDS: Record<string, number> = { ba: 3, sáu: 6, chín: 9, three: 3, six: 6, nine: 9, twelve: 12 };
  if (unit === "month") {
    if (months) {
      const n = /^\d+$/.test(months[1]) ? +months[1] : WORDS[months[1]];
      if (n >= 2 && n <= 12) return { count: n, text: months[0], unit };
      return undefined;
    }
    if (quarter) return { count: 3, text: quarter[0], unit };
    return undefined;
  }
  // "in the first week of October", "to 20 October": part of a month.
  if (/(?<![\p{L}])(?:week|weeks|fortnight|weekend|first|last|until|to date|so far|tuần|đầu tháng|cuối tháng|tính đến|đến ngày)(?![\p{L}])|(?:to|by|until)[ \t]+\d{1,2}[ \t]+(?:january|february|march|april|may|june|july|august|september|october|november|december)/u.test(text)) return undefined;
  const month = /(?<![\p{L}])(?:in|during|for|of)[ \t]+(january|february|march|april|may|june|july|august|september|october|november|december)(?![\p{L}])/u.exec(text) ?? /^(january|february|march|april|may|june|july|august|september|october|november|december)(?![\p{L}])/u.exec(text.trimStart());
  if (month) {
    const [lo, hi] = MONTH_DAYS[month[1]];
    return { count: hi, lo, text: month[0].trim(), unit };
  }
  const days = /(?<![\p{L}\d])(\d{1,3})[ \t]+(?:ngày|days)(?![\p{L}])(?![ \t]+(?:tháng|làm việc|working))/u.exec(text);
  if (days && +days[1] >= 2) return { count: +days[1], text: days[0], unit };
  return undefined;
}

/** "The average cost per new water point was $8,850, …, so that total spending on new water points
 * came to $6.74m", after "Of the 684 new water points": the count, named by the same words in the
 * paragraph (one such count), times the unit cost makes the total. */
const UNIT_COST = /(?:average|mean|unit)[ \t]+(?:cost|spending|price|value|amount|grant|payment)[ \t]+(?:per|of each|for each|a)[ \t]+((?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+)[ \t]+(?:was|is|of|came to|stood at|averaged)[ \t]+$|(?:chi phí|kinh phí|suất đầu tư|mức hỗ trợ)[ \t]+bình[ \t]+quân[ \t]+(?:mỗi|một|cho mỗi)[ \t]+((?:[\p{L}\p{M}-]+[ \t]+){0,2}?[\p{L}\p{M}-]+)[ \t]+(?:là|khoảng)?[ \t]*$/u;
const TOTAL_ON = /(?:total|tổng)[ \t]+(?:spending|cost|costs|expenditure|investment|kinh phí|chi phí|vốn)[ \t]+(?:on|for|of|cho)[ \t]+((?:[\p{L}\p{M}-]+[ \t]+){0,2}?[\p{L}\p{M}-]+)[ \t]+(?:came to|was|were|totalled|totaled|amounted to|of|là|đạt)[ \t]+$/u;

function unitCostTotals(ctx: UnitContext, out: RatioAverage[]): void {
  const seen = new Set(out.map((x) => x.average));
  for (const s of ctx.sentences) {
    for (let i = 0; i + 1 < s.figs.length; i++) {
      const avg = s.figs[i];
      if (avg.kind !== "number" || !avg.unit || avg.qualifiers.length || avg.perYear || seen.has(avg)) continue;
      const q = avg.start;
      const u = UNIT_COST.exec(ctx.lower.slice(Math.max(s.start, q - 70), q));
      if (!u) continue;
      const word = singular((u[1] ?? u[2]).trim());
      const cue = (f: Figure) => TOTAL_ON.exec(ctx.lower.slice(Math.max(avg.end, f.start - 70), f.start));
      const total = s.figs.slice(i + 1).find((f) => f.kind === "number" && f.unit === avg.unit && !f.qualifiers.length && !!cue(f));
      const t = total ? cue(total) : null;
      if (!total || !t) continue;
      if ( singular(t[1].trim().split(/[ \t]+/).map(singular).join(" ")) !== word.split(/[ \t]+/).map(singular).join(" ")) continue;
      // The count: figures of the paragraph counting exactly those words.
      const key = word.split(/[ \t]+/).map(singular).join(" ");
      const counts: Figure[] = [];
      const k = figureIndex(ctx, avg);
      // Within 1,500 characters either side: a long unit is not rescanned for every average.
      let j = k;
      while (j > 0 && avg.start - ctx.figures[j - 1].end <= 1500) j--;
      for (; j < ctx.figures.length && counts.length < 2 && ctx.figures[j].start - avg.end <= 1500; j++) {
        const f = ctx.figures[j];
        if (f.kind === "number" && !f.unit && !f.qualifiers.length && !!f.noun && f.noun.split(/[ \t]+/).map(singular).join(" ") === key) counts.push(f);
      }
      if (counts.length !== 1) continue;
      out.push({ numerator: total, denominator: counts[0], average: avg, per: 1, factor: 1 });
    }
  }
}

/** "426 people gave a combined 38,340 hours, an average of 90 hours each", "bình quân mỗi hộ 2,4
 * lao động" after "1.250 hộ với 3.000 lao động": the one count of the average's noun, divided by the
 * one other count of the sentence (of the noun after "mỗi" in Vietnamese). Approximate counts widen. */
const EACH_LEAD = /(?:an average of|on average|averaging|average of|or)[ \t]*$/u;
// "bình quân mỗi hộ có 2,4 lao động", "bình quân mỗi cơ sở Đoàn (trên tổng số 2.316 cơ sở) tổ chức
// 4,2 hoạt động": the unit's words, its count perhaps bracketed right after them, then a verb.
const VI_EACH_LEAD = /(?:bình quân|trung bình)[ \t]+(?:mỗi|một)[ \t]+((?:[\p{L}\p{M}]+[ \t]+){0,3}?[\p{L}\p{M}]+)[ \t]*(\([^()\d]{0,30}\d[^()]{0,30}\))?[ \t]+((?:[\p{L}\p{M}]+[ \t]+){0,3})$/u;
/** "mỗi xã bình quân (có) 107 buổi": the unit first, then the average's word. */
const VI_EACH_LEAD_AFTER = /(?:^|[,;:][ \t]*)(?:mỗi|một)[ \t]+((?:[\p{L}\p{M}]+[ \t]+){0,2}?[\p{L}\p{M}]+)()[ \t]+(?:bình quân|trung bình)[ \t]+((?:(?:có|là|đạt|khoảng|tổ[ \t]+chức|thực[ \t]+hiện)[ \t]+)?)$/u;
/** Words between the unit and the average that make it a change or a comparison, not a mean. */
const VI_EACH_NOT = /(?<![\p{L}])(?:tăng|giảm|hơn|thêm|vượt|còn|so|với|từ|đến|lên|xuống|trên|dưới|gần|chiếm|bằng)(?![\p{L}])/u;

/** How many of the unit words a count's noun names from their start ("cơ sở" of "cơ sở đoàn tổ
 * chức"); 0 when it does not. The noun may go on past them ("hộ" names "1.250 hộ nghèo"). */
function viUnitWords(words: string[], noun: string | undefined): number {
  if (!noun) return 0;
  const n = noun.replace(/\/.*$/u, "").trim().split(/[ \t]+/u);
  let k = 0;
  while (k < words.length && k < n.length && words[k] === n[k]) k++;
  // One shared syllable of two-syllable words is another word ("cơ quan" and "cơ sở").
  if (k === 1 && n.length > 1 && words.length > 1 && /^(?:cơ|đơn|doanh|hợp|trường|chi|tổ|hội|nhà|điểm|khu|cụm|thôn|bản)$/u.test(words[0])) return 0;
  return k;
}

function eachAverages(ctx: UnitContext, out: RatioAverage[]): void {
  const seen = new Set(out.map((x) => x.average));
  for (const s of ctx.sentences) {
    for (let i = 2; i < s.figs.length; i++) {
      const avg = s.figs[i];
      if (avg.kind !== "number" || avg.unit || !avg.noun || avg.perYear || avg.scale || seen.has(avg)) continue;
      const lead = before(ctx, avg, 110).slice(-110);
      let head: string;
      let vi: RegExpExecArray | null = null;
      const en = /^(.+?)[ \t]+(?:each|apiece)$/u.exec(avg.noun);
      if (en && EACH_LEAD.test(lead.slice(-60))) head = en[1];
      else {
        vi = VI_EACH_LEAD.exec(lead) ?? VI_EACH_LEAD_AFTER.exec(lead);
        if (!vi || /^(?:năm|tháng|ngày|quý|tuần|lần|kỳ)$/u.test(vi[1].split(/[ \t]+/u)[0])) continue;
        head = avg.noun;
      }
      // The unit's words, and after them (with no bracket to end them) perhaps a verb.
      const unitWords = vi ? (vi[2] ? vi[1] : `${vi[1]} ${vi[3]}`).trim().split(/[ \t]+/u) : [];
      const earlier = s.figs.slice(0, i).filter((f) => f.kind === "number" && !f.unit && !!f.noun && !f.perYear && !f.scale);
      const nums = earlier.filter((f) => sameHead(f.noun!, head));
      const dens = earlier.filter((f) => !sameHead(f.noun!, head) && (!vi || viUnitWords(unitWords, f.noun) > 0));
      if (nums.length !== 1 || dens.length !== 1) continue;
      const [a, b] = [nums[0], dens[0]];
      // A count bracketed right after the unit's words is the count of that unit ("(trên tổng số 2.316
      // cơ sở)"); any other bracketed count is not.
      const open = vi?.[2] ? (avg.qualifiers[0]?.start ?? avg.start) - lead.length + vi.index + vi[0].indexOf("(") : -1;
      const bracketed = open >= 0 && b.start > open && b.end < open + vi![2].length;
      if (inBracketsBefore(ctx, a) || (inBracketsBefore(ctx, b) && !bracketed)) continue;
      if (vi && VI_EACH_NOT.test(unitWords.slice(viUnitWords(unitWords, b.noun)).join(" ") + (vi[2] ? ` ${vi[3]}` : ""))) continue;
      // Nothing else between: a change, a share or another count makes them something else.
      const from = Math.min(s.figs.indexOf(a), s.figs.indexOf(b));
      if (s.figs.slice(from, i).some((f) => f !== a && f !== b)) continue;
      // The count and the total side by side, then the average: no other clause between.
      if (/[;:]/.test(ctx.text.slice(s.figs[from].end, avg.start))) continue;
      out.push({ numerator: a, denominator: b, average: avg, per: 1, factor: 1 });
    }
  }
}

// Averages whose count or total was stated just before: "HTX có 312 thành viên, tăng 28 thành viên …
// (284 thành viên); trong đó 296 … . Vốn điều lệ đã góp là 4,86 tỷ đồng, bình quân 15,6 triệu
// đồng/thành viên"; "kiểm tra … 68 doanh nghiệp … . Tổng số … 12,45 tỷ đồng, gồm …; bình quân mỗi
// doanh nghiệp được kiểm tra … 183,1 triệu đồng"; "The trust has 412 members. Subscriptions brought
// in £24,720, an average of £60 per member"; "awarded $2.46m in scholarships to 1,230 students, an
// average award of $2,000"; "Actual spending … was US$60.8 million. With 487,300 people served, the
// average investment cost was about US$124.8 per water beneficiary". Counts that are changes, in
// brackets, or parts after "trong đó / of which" are not the count; one candidate or none.
const BREAKDOWN = /(?<![\p{L}])(?:gồm|bao[ \t]+gồm|trong[ \t]+đó|including|of[ \t]+which|of[ \t]+whom|comprising|of[ \t]+these)(?![\p{L}])/u;
const NOT_BASE = /(?<![\p{L}])(?:tăng|giảm|thêm|hơn|up|down|from|to|by|increase[ \t]+of|decrease[ \t]+of|rise[ \t]+of|fall[ \t]+of|reduction[ \t]+of|underspend[ \t]+of|overspend[ \t]+of|shortfall[ \t]+of|surplus[ \t]+of|deficit[ \t]+of|so[ \t]+với|compared[ \t]+with|than|target|plan|budget|forecast|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+toán|bình[ \t]+quân|average)(?:[ \t]+[\p{L}]+){0,2}?[ \t]*(?:khoảng|about|around|ước|nearly|gần)?[ \t]*$/u;
const AVG_PER_LEAD = /(?:bình[ \t]+quân|trung[ \t]+bình)[ \t]+(?:cho[ \t]+)?(?:mỗi|một)[ \t]+([\p{L}]+(?:[ \t]+[\p{L}]+){0,3})[^\d;.()]{0,45}$/u;
const AVG_LEAD = /(?:bình[ \t]+quân|trung[ \t]+bình|an[ \t]+average|the[ \t]+average|average|averaging|equates[ \t]+to|equivalent[ \t]+to|tương[ \t]+đương)(?:[ \t]+[\p{L}]+){0,3}?[ \t]*(?:là|đạt|of|was|is|came[ \t]+to)?[ \t]*(?:khoảng|about|around)?[ \t]*$/u;
const AVG_NOUN_OF = /(?:an|the)[ \t]+average[ \t]+(?:award|grant|payment|loan|bursary|scholarship|donation|gift|claim|payout|contribution|subsidy)[ \t]+(?:of|was)[ \t]*$/u;
const PER_TIME_NEAR = /^(?:[ \t]*[\p{L}-]+){0,3}?[ \t]*(?:\/[ \t]*|(?:a|an|per|each|every|mỗi|một|hằng|hàng|trong|over|in)[ \t]+)(?:tháng|năm|ngày|tuần|quý|month|year|day|week|quarter|annum|period|giai[ \t]+đoạn)(?![\p{L}])/u;
const PER_TIME_LEAD = /(?<![\p{L}])(?:mỗi|hằng|hàng|một|a|an|per|each|every)[ \t]+(?:tháng|năm|ngày|tuần|quý|month|year|day|week|quarter)(?![\p{L}])/u;
const WITH_COUNT = /^[\s*•-]*(?:with|for|với|tính[ \t]+bình[ \t]+quân[ \t]+cho)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:[\p{L}-]+[ \t]+){0,3}?(?:of[ \t]+)?$/u;

/** The words after "/", "per" or "mỗi" that name what an amount is averaged over. */
function perWords(ctx: UnitContext, s: { start: number; end: number }, avg: Figure): { words: string[]; lead: boolean } | undefined {
  const slash = avg.text.indexOf("/");
  const at = slash >= 0 ? avg.start + slash + 1 : -1;
  let tail: string | undefined;
  if (at >= 0) tail = ctx.lower.slice(at, Math.min(s.end, at + 40));
  else {
    const per = /^[ \t]+(?:per|for each|for every|each|mỗi|cho mỗi|trên mỗi)[ \t]+((?:[\p{L}-]+[ \t]*){1,3})/u.exec(ctx.lower.slice(avg.end, Math.min(s.end, avg.end + 40)));
    if (per) tail = per[1];
  }
  if (tail !== undefined) {
    const w = /^[\p{L}-]+(?:[ \t]+[\p{L}-]+){0,2}/u.exec(tail.trim())?.[0].split(/[ \t]+/);
    return w ? { words: untilStop(w), lead: false } : undefined;
  }
  const q = avg.qualifiers[0]?.start ?? avg.start;
  const m = AVG_PER_LEAD.exec(ctx.lower.slice(Math.max(s.start, q - 70), q)) ?? EN_AVG_PER_LEAD.exec(ctx.lower.slice(Math.max(s.start, q - 70), q));
  return m ? { words: untilStop(m[1].split(/[ \t]+/)), lead: true } : undefined;
}

/** "an average funding per learner of £1,444", "the average cost per home was": the per-words before. */
const EN_AVG_PER_LEAD = /(?:an|the)[ \t]+average[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?per[ \t]+([\p{L}-]+(?:[ \t]+[\p{L}-]+)?)[ \t]+(?:of|was|is|came[ \t]+to|stood[ \t]+at|amounted[ \t]+to|at)[ \t]*(?:about[ \t]+|around[ \t]+|roughly[ \t]+)?$/u;
/** Words for what was spent: the amount an average of funding or cost per head shares out. */
const SPENT_LEAD = /(?<![\p{L}])(?:total[ \t]+(?:funding|grants?|support|spending)|tổng[ \t]+(?:kinh[ \t]+phí|vốn|số[ \t]+tiền)(?:[ \t]+hỗ[ \t]+trợ)?|spent|spending|spend|disbursed|paid[ \t]+out|invested|investment|expenditure|outturn|costs?|cost[ \t]+of|giải[ \t]+ngân|đã[ \t]+chi|chi[ \t]+trả|kinh[ \t]+phí[ \t]+(?:đã[ \t]+)?(?:thực[ \t]+hiện|sử[ \t]+dụng))(?![\p{L}])[^\d;,]{0,30}$/u;
const SPENT_AFTER = /^[ \t]+(?:was|were|had[ \t]+been|has[ \t]+been|have[ \t]+been)[ \t]+(?:spent|disbursed|paid[ \t]+out|invested)(?![\p{L}])/u;
/** What an average's own noun says it shares out: "average funding per learner", "chi phí bình quân". */
const SPENT_AVG = /(?<![\p{L}])(?:funding|spending|spend|cost|costs|expenditure|investment|grant|support|subsidy|payment|kinh[ \t]+phí|chi[ \t]+phí|mức[ \t]+hỗ[ \t]+trợ|suất[ \t]+đầu[ \t]+tư)(?![\p{L}])/u;

/** "£13,500 per home better protected (6,840 homes)": the count in the bracket right after the per-words. */
function bracketCountAfter(ctx: UnitContext, s: { start: number; end: number; figs: Figure[] }, avg: Figure, words: string[]): Figure | undefined {
  const f = s.figs[s.figs.indexOf(avg) + 1];
  if (!f || f.kind !== "number" || f.unit || f.scale || f.perYear || f.qualifiers.length || !f.value || f.value.decimals || !f.noun) return undefined;
  // "£13,500 for each of the 6,840 homes better protected": the count is what each is of.
  if (/^[ \t]+(?:for[ \t]+each[ \t]+of|for[ \t]+every[ \t]+one[ \t]+of|cho[ \t]+mỗi[ \t]+(?:một[ \t]+)?trong(?:[ \t]+số)?)[ \t]+(?:the[ \t]+)?$/u.test(ctx.lower.slice(avg.end, f.start))) return f;
  if (!/^(?:[ \t]*(?:\/|per|each|mỗi)[ \t]*)?[^\d().;,:]{1,50}\([ \t]*$/u.test(ctx.lower.slice(avg.end, f.start))) return undefined;
  if (!/^[ \t]*\)/u.test(ctx.lower.slice(f.end + 1 + f.noun.length, f.end + 4 + f.noun.length)) && !/^[ \t]*\)/u.test(ctx.lower.slice(f.end, f.end + 3))) return undefined;
  const head = f.noun.split(/[ \t]+/);
  return singular(head[0]) === singular(words[0]) || singular(head[head.length - 1]) === singular(words[0]) ? f : undefined;
}

/** What a participle before the noun says of the part counted: "per paid claim" is the count that
 * "resulted in payment" or "were paid"; "per approved application" the one that "were approved". */
const PARTICIPLE: Record<string, RegExp> = {
  paid: /^[ \t]+(?:(?:resulted|ended|led)[ \t]+in[ \t]+(?:a[ \t]+)?payments?|were[ \t]+paid(?:[ \t]+out)?|received[ \t]+(?:a[ \t]+)?payments?)(?![\p{L}])/u,
  approved: /^[ \t]+(?:were[ \t]+approved|received[ \t]+approval)(?![\p{L}])/u,
  successful: /^[ \t]+(?:were[ \t]+successful|succeeded)(?![\p{L}])/u,
  upheld: /^[ \t]+were[ \t]+upheld(?![\p{L}])/u,
  settled: /^[ \t]+were[ \t]+settled(?![\p{L}])/u,
  funded: /^[ \t]+(?:were[ \t]+funded|received[ \t]+funding)(?![\p{L}])/u,
  granted: /^[ \t]+were[ \t]+granted(?![\p{L}])/u,
};
const SUBSET_LEAD = /^[\s*•-]*(?:of[ \t]+(?:these|them|those|which|the[ \t]+total)|among[ \t]+(?:these|them))[ \t]*,?[ \t]*$/u;

/** The count of the part a participle names ("per paid claim"): a bare count opening its sentence
 * after "Of these," and followed by the participle's verb ("87 resulted in payment"), in the one or
 * two sentences before, the sentence before it naming the whole by the noun ("412 third-party
 * claims"). One such count or none. */
function subsetCount(ctx: UnitContext, si: number, words: string[]): { f: Figure; k: number } | undefined {
  if (words.length !== 2) return undefined;
  const verb = PARTICIPLE[words[0]];
  if (!verb) return undefined;
  const hits: { f: Figure; k: number }[] = [];
  for (let k = si - 1; k >= 1 && k >= si - 2; k--) {
    const t = ctx.sentences[k];
    const f = t.figs[0];
    if (!f || f.kind !== "number" || f.unit || f.perYear || f.qualifiers.length || !f.value) continue;
    if (!SUBSET_LEAD.test(ctx.lower.slice(t.start, f.start)) || !verb.test(ctx.lower.slice(f.end, f.end + 40))) continue;
    // "412 third-party claims relating to …": the noun among the first words read after the count.
    const whole = ctx.sentences[k - 1].figs.filter((w) => w.kind === "number" && !w.unit && !!w.noun && w.noun.split(/[ \t]+/).slice(0, 3).some((x) => singular(x) === singular(words[1])));
    if (whole.length !== 1 || !(whole[0].value && ctx.interval(whole[0], whole[0].value).lo.gt(ctx.interval(f, f.value).hi))) continue;
    hits.push({ f, k });
  }
  return hits.length === 1 ? hits[0] : undefined;
}

/** The noun phrase only: "hộ và …", "member in 2024", "đợt gây thiệt hại" end before the stop word. */
const PER_STOP = /^(?:và|and|or|hoặc|trong|in|năm|so|với|compared|tăng|giảm|up|down|là|was|is|were|đạt|which|that|của|of|for|cho|bị|có|gây|khoảng|about|at|on|a|an|the|per|mỗi|từ|from)$/u;
function untilStop(w: string[]): string[] {
  const k = w.findIndex((x, i) => i > 0 && PER_STOP.test(x));
  return k < 0 ? w : w.slice(0, k);
}
const PERSON_PER = /^(?:beneficiar(?:y|ies)|residents?|persons?|people|capita|head|users?|customers?|patients?|inhabitants?|người|dân|nhân|khẩu|đầu)$/u;

/** A count figure named by the per-words: "thành viên" names "312 thành viên"; "member" names "412
 * members"; "hộ" names "24.156 hộ còn dư nợ". One word of two or more is not enough in Vietnamese. */
function perNames(words: string[], f: Figure): boolean {
  if (!f.noun) return false;
  const n = f.noun.replace(/\/.*$/u, "").trim().split(/[ \t]+/);
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const w = words.slice(0, k);
    if (n.length >= k && n.slice(0, k).join(" ") === w.join(" ")) {
      if (k === 1 && words.length > 1 && n.length > 1) return false;
      return true;
    }
  }
  // English: "per member" names "412 members", "per teacher" "48,216 full-time teachers".
  if (words.length !== 1) return false;
  const head = singular(n[n.length - 1]);
  const w = singular(words[0]);
  // "made 386 awards … £35,544 per grant": one thing under its two usual names.
  return head === w || SAME_THING[w] === head;
}
const SAME_THING: Record<string, string> = { grant: "award", award: "grant" };

function cleanCount(ctx: UnitContext, sent: { start: number }, f: Figure): boolean {
  if (f.kind !== "number" || f.unit || f.perYear || f.qualifiers.length || !f.value) return false;
  const q = f.qualifiers[0]?.start ?? f.start;
  return !inBrackets(ctx, Math.max(sent.start, f.start - 80), f.start) && !NOT_BASE.test(ctx.lower.slice(Math.max(sent.start, q - 30), q));
}

/** Candidates of a sentence, without the parts listed after a breakdown word that follows another. */
function withoutParts(ctx: UnitContext, c: Figure[]): Figure[] {
  if (c.length < 2) return c;
  const head = c[0];
  const rest = c.slice(1);
  return rest.every((f) => BREAKDOWN.test(ctx.lower.slice(head.end, f.start))) ? [head] : c;
}

function paragraphAverages(ctx: UnitContext, out: RatioAverage[]): void {
  const seen = new Set(out.map((x) => x.average));
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let i = 0; i < s.figs.length; i++) {
      const avg = s.figs[i];
      if (avg.kind !== "number" || !avg.unit || avg.perYear || seen.has(avg) || avg.qualifiers.length > 1) continue;
      const base = avg.unit.split("/")[0];
      if (base === "%" || base === "pp" || /^(?:năm|year|tháng|month|ngày|day)$/u.test(avg.unit.split("/")[1] ?? "")) continue;
      const q = avg.qualifiers[0]?.start ?? avg.start;
      const lead = ctx.lower.slice(Math.max(s.start, q - 70), q);
      // Per person per month, a yearly average: another reading (the period's own).
      if (PER_TIME_NEAR.test(ctx.lower.slice(avg.end, Math.min(s.end, avg.end + 40))) || PER_TIME_LEAD.test(lead)) continue;
      let per = perWords(ctx, s, avg);
      // "Tính bình quân cho 14 đợt thiên tai trong năm, mỗi đợt gây thiệt hại khoảng 89,1 tỷ đồng".
      if (!per && s.figs[0] !== avg && WITH_COUNT.test(ctx.lower.slice(s.start, s.figs[0].qualifiers[0]?.start ?? s.figs[0].start))) {
        const each = /,[ \t]*(?:mỗi|each)[ \t]+([\p{L}]+(?:[ \t]+[\p{L}]+){0,3})[^\d;.(),]{0,45}$/u.exec(lead);
        if (each) per = { words: untilStop(each[1].split(/[ \t]+/)), lead: true };
      }
      if (per && /^(?:năm|year|tháng|month|ngày|day|quý|quarter|week|tuần|km|ha|hectare|tonne|ton|tấn|kg|m2|m²|lít|litre|liter|hour|giờ)$/u.test(per.words[0])) continue;
      const nounOf = !per && AVG_NOUN_OF.test(lead);
      if (!per?.lead && !AVG_LEAD.test(lead) && !nounOf) continue;
      if (!per && !nounOf) continue;
      // The numerator: the amount of the average's unit earlier in the sentence (the total before its
      // breakdown), else the one in the sentence before when this one opens on its count ("With …").
      const amounts = (ss: { start: number; figs: Figure[] }, upTo: number) => ss.figs.filter((f) => f.start < upTo && f !== avg && f.kind === "number" && f.unit === base && !f.perYear && (f.qualifiers.length === 0 || f.qualifiers.length === 1) && !inBrackets(ctx, Math.max(ss.start, f.start - 80), f.start) && !NOT_BASE.test(ctx.lower.slice(Math.max(ss.start, (f.qualifiers[0]?.start ?? f.start) - 30), f.qualifiers[0]?.start ?? f.start)));
      // ("hỗ trợ 1.240 hộ, mỗi hộ 8 triệu đồng, …; tổng kinh phí 10,85 tỷ đồng": an amount each, or one
      // added, is no total.)
      let nums = withoutParts(ctx, amounts(s, q).filter((f) => !/(?<![\p{L}])(?:mỗi|each|per|bình[ \t]+quân|trung[ \t]+bình|average|thêm|further)(?:[ \t]+[\p{L}\p{M}]+){0,2}[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (f.qualifiers[0]?.start ?? f.start) - 16), f.qualifiers[0]?.start ?? f.start))));
      let den: Figure | undefined;
      /** The count the amount went to, said right beside it ("1.240 hộ với tổng kinh phí 10,3 tỷ đồng", "£10.3m went to 1,240 of them"). */
      const linkedTo = (a: Figure, f: Figure) => {
        const gap = a.end <= f.start ? ctx.lower.slice(a.end, f.qualifiers[0]?.start ?? f.start) : ctx.lower.slice(f.end, a.qualifiers[0]?.start ?? a.start);
        return gap.length <= 45 && !/[.;]/u.test(gap) && (a.end <= f.start ? /(?<![\p{L}])(?:to|for|among|between|cho|went[ \t]+to)[ \t]+(?:the[ \t]+|all[ \t]+)?$/u : /(?<![\p{L}])(?:với|with)(?:[ \t]+tổng)?(?:[ \t]+(?:kinh[ \t]+phí|số[ \t]+tiền|vốn|giá[ \t]+trị|cost|funding|value))?[ \t]*(?:là|of)?[ \t]*$/u).test(gap);
      };
      if (nounOf) {
        // "awarded $2.46m in scholarships to 1,230 students, an average award of $2,000": the one count.
        const counts = s.figs.filter((f) => f.start < q && f.kind === "number" && !f.unit && !f.qualifiers.length && !!f.noun && !inBrackets(ctx, Math.max(s.start, f.start - 80), f.start) && /(?<![\p{L}])(?:to|for|among|across|cho|với)[ \t]+$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 12), f.start)));
        if (counts.length !== 1 || s.figs.filter((f) => f.start < q && f.kind === "number" && !f.unit).length !== 1) continue;
        den = counts[0];
      } else if (per) {
        const named = (ss: { start: number; figs: Figure[] }) => {
          // ("- Theo ngành nghề: thương mại bán lẻ 187 doanh nghiệp (45,4%); …": an item of a breakdown is no count to share out.)
          const all = ss.figs.filter((f) => f.start < q && cleanCount(ctx, ss, f) && perNames(per.words, f) && !(ss !== s && /(?<![\p{L}])(?:(?:phân[ \t]+)?theo|by)[ \t]+[\p{L}\p{M} ]{2,30}:/u.test(ctx.lower.slice(ss.start, f.start))));
          // (Of several, the one the amount went to; a part it went to is never the whole before it.)
          const linked = nums.length === 1 ? all.filter((f) => linkedTo(nums[0], f)) : [];
          if (all.length > 1 && linked.length === 1) return linked;
          return linked.length ? [] : withoutParts(ctx, all);
        };
        let dens = named(s);
        // ("Grants of £10.3m went to 1,240 of them": a count the amount went to in this sentence, even
        // one not named by the per-word, leaves no count of the sentences before to divide by.)
        const wentTo = nums.length === 1 && s.figs.some((f) => f !== avg && f.kind === "number" && !f.unit && f.start < q && linkedTo(nums[0], f));
        if (!dens.length) {
          const b = bracketCountAfter(ctx, s, avg, per.words);
          if (b) dens = [b];
        }
        const open = s.figs[0] && WITH_COUNT.test(ctx.lower.slice(s.start, s.figs[0].qualifiers[0]?.start ?? s.figs[0].start)) && s.figs[0].kind === "number" && !s.figs[0].unit && !s.figs[0].qualifiers.length && !s.figs[0].perYear ? s.figs[0] : undefined;
        // "With 487,300 people served, … US$124.8 per water beneficiary", "With a resident population of
        // 1,128,000, … £40.96 per resident": the opening count when it counts what the average is per.
        const openPer = !!open && (perNames(per.words, open) || (PERSON_PER.test(per.words[per.words.length - 1]) && ((!!open.noun && POPULATION.test(open.noun)) || /(?:population|dân[ \t]+số)(?:[ \t]+of)?[ \t]*$/u.test(ctx.lower.slice(s.start, open.start)))));
        if (!dens.length && open && openPer && /^[ \t]*(?:[\p{L}-]+[ \t]*){0,6},/u.test(ctx.lower.slice(open.end, open.end + 50))) dens = [open];
        let denAt = si;
        for (let k = si - 1; !dens.length && !wentTo && k >= 0 && k >= si - 2; k--) {
          dens = named(ctx.sentences[k]);
          denAt = k;
        }
        // "… received 412 … claims. Of these, 87 resulted in payment … . Payments totalled £146,900, an
        // average of £1,689 per paid claim": the part of the named count that the participle says.
        let subset = false;
        if (!dens.length && !per.lead) {
          const sub = subsetCount(ctx, si, per.words);
          if (sub) {
            dens = [sub.f];
            denAt = sub.k;
            subset = true;
          }
        }
        if (dens.length !== 1) continue;
        den = dens[0];
        // "hỗ trợ 300 hộ với tổng kinh phí 1,5 tỷ đồng. Mức hỗ trợ bình quân 5 triệu đồng/hộ": the total
        // beside the count, when the average's sentence states none.
        if (!nums.length && denAt < si) nums = withoutParts(ctx, amounts(ctx.sentences[denAt], ctx.sentences[denAt].end));
        if (!nums.length && open === den && si > 0) nums = withoutParts(ctx, amounts(ctx.sentences[si - 1], ctx.sentences[si - 1].end));
        // "… £42.8 million, of which £41.35 million was spent. The fund supported 28,640 learners, an
        // average funding per learner of £1,444": the one amount the sentence before names as spent,
        // when the average is of spending.
        if (!nums.length && denAt === si && si > 0 && /^[ \t]*$/u.test(ctx.text.slice(ctx.sentences[si - 1].end, s.start))) {
          const own = ctx.lower.slice(Math.max(s.start, q - 60), q);
          const noun = /(?:average|bình[ \t]+quân|trung[ \t]+bình)([^\d]*)$/u.exec(own)?.[1] ?? "";
          const avgNoun = /^[ \t]*(?:of[ \t]+|là[ \t]+|khoảng[ \t]+|about[ \t]+|around[ \t]+)*$/u.test(noun) || SPENT_AVG.test(noun) || SPENT_AVG.test(own.slice(0, own.search(/(?:average|bình[ \t]+quân|trung[ \t]+bình)[^\d]*$/u) + 1).slice(-25));
          const t = ctx.sentences[si - 1];
          const spent = amounts(t, t.end).filter((f) => SPENT_LEAD.test(ctx.lower.slice(Math.max(t.start, (f.qualifiers[0]?.start ?? f.start) - 50), f.qualifiers[0]?.start ?? f.start).replace(/(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)/gu, "năm")) || SPENT_AFTER.test(ctx.lower.slice(f.end, f.end + 30)));
          // (Another year's spending is not this year's: "In 2022/23 £38m was spent. In 2023/24 …".)
          const py = yearsNamed(ctx.lower.slice(t.start, t.end));
          const sy = yearsNamed(ctx.lower.slice(s.start, s.end));
          if (avgNoun && spent.length === 1 && !(py.size && sy.size && ![...sy].some((y) => py.has(y)))) nums = spent;
        }
        // Modifiers after the noun ("mỗi doanh nghiệp được kiểm tra"): the count must be the one so
        // described, its verb just before it.
        if (den !== open && !subset && per.words.length > 1) {
          const dn = (den.noun ?? "").split(/[ \t]+/);
          let k = 0;
          while (k < per.words.length && k < dn.length && per.words[k] === dn[k]) k++;
          const extra = per.words.slice(k).filter((w) => !/^(?:được|đã|bị|có|là|đạt|khoảng|gây|thì)$/u.test(w));
          const near = ctx.lower.slice(Math.max(0, den.start - 45), den.end + 20);
          if (extra.length && !/^(?:bị|có|là|đạt|khoảng|gây)$/u.test(per.words[k] ?? "") && !near.includes(extra[0])) continue;
        }
      }
      if (!den || nums.length !== 1) continue;
      const a = nums[0];
      if (a === den) continue;
      // ("14 dự án …, trong đó 9 dự án … và 5 dự án đang thi công với tổng công suất 265 MW, bình quân 53
      // MW/dự án": a count of the noun nearer the amount, joined to it, is what it is shared among.)
      const as = ctx.sentenceOf(a);
      if (as === ctx.sentenceOf(den) && den.end < a.start) {
        const later = as.figs.filter((f) => f.start > den!.end && f.end < a.start && f.kind === "number" && !f.unit && !!f.noun && !!den!.noun && f.noun.split(" ")[0] === den!.noun.split(" ")[0] && !inBrackets(ctx, as.start, f.start) && !/(?<![\p{L}])(?:tăng|giảm|thêm|up|down|by|from|từ)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 10), f.start)));
        const last = later[later.length - 1];
        if (last) {
          if (!/^[^;\d]{0,60}(?<![\p{L}])(?:với|with)[ \t]+(?:a[ \t]+)?(?:tổng|total)/u.test(ctx.lower.slice(last.end, a.start))) continue;
          den = last;
        }
      }
      // "… 1.200 triệu USD; trong đó 35 doanh nghiệp FDI đạt 900 triệu USD, bình quân …": a count
      // inside the breakdown of the total is not what the total is shared among.
      if (den.start > a.end && ctx.sentenceOf(a) === ctx.sentenceOf(den) && BREAKDOWN.test(ctx.lower.slice(a.end, den.start))) continue;
      // ("Quy mô bình quân của 5 dự án trong nước chỉ 17,6 triệu USD/dự án, trong khi dự án FDI bình quân
      // 64,5 triệu USD/dự án": averages of groups side by side are each of its own group, not of the total.)
      if (ctx.sentenceOf(avg).figs.some((f) => f !== avg && !!f.unit && f.unit === avg.unit && (f.unit.includes("/") || /(?:average|bình[ \t]+quân|trung[ \t]+bình)[^\d]{0,20}$/u.test(ctx.lower.slice(Math.max(0, f.start - 30), f.start))))) continue;
      // ("Decisions were made on 1,196 claims …:\n- 282 were paid, at a total cost of £412,600 and an
      // average of £1,463 per claim": a count of the amount's own clause, before it, is what it is
      // shared among, not the lead's.)
      if (ctx.sentenceOf(a) !== ctx.sentenceOf(den) && ctx.sentenceOf(a).figs.some((f) => f.end <= a.start && f.kind === "number" && !f.unit && !f.scale && !!f.value && !f.value.decimals && !f.perYear && f.value.exact !== den!.value?.exact && !/^(?:19|20)\d\d$/u.test(f.text))) continue;
      // ("The average pre-cap fare … would have been £3.46, so the cap saved … an average of £1.46 per
      // journey": an amount smaller than the average, or an average itself, is no total shared out.)
      if (a.value && avg.value && new D(a.value.exact).times(a.scale?.factor ?? 1).lt(new D(avg.value.exact).times(avg.scale?.factor ?? 1))) continue;
      // (Nor a total that gives an average ten times off: a drifted figure is near, a misread one is not.)
      if (a.value && avg.value && den.value && !new D(den.value.exact).isZero()) {
        const got = new D(a.value.exact).times(a.scale?.factor ?? 1).div(new D(den.value.exact).times(den.scale?.factor ?? 1));
        const said = new D(avg.value.exact).times(avg.scale?.factor ?? 1);
        if (!said.isZero() && (got.div(said).gt(10) || said.div(got.isZero() ? 1e-12 : got).gt(10))) continue;
      }
      out.push({ numerator: a, denominator: den, average: avg, per: 1, factor: 1 });
      seen.add(avg);
    }
  }
}

// "The system carried 128.46 million boardings … . Monthly boardings averaged 10.71 million." after
// "… in FY2024": a monthly (or daily) average named by the total's own noun, of the one total of
// that noun in the sentences before; the total's period (a whole year, a quarter, N months) named
// just before it or in the sentence before.
const LABEL_AVG = /^[\s*•-]*(?:the[ \t]+)?(monthly|daily)[ \t]+((?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+)[ \t]+(?:averaged|were|was|stood[ \t]+at|came[ \t]+to)[ \t]+(?:about[ \t]+|around[ \t]+|roughly[ \t]+)?$/u;

// "Lượt khách bình quân mỗi tháng đạt 200.000 lượt", "Số hồ sơ bình quân mỗi ngày là 96 hồ sơ".
const LABEL_AVG_VI = /^[\s*•-]*(?:số[ \t]+)?((?:[\p{L}]+[ \t]+){0,3}?[\p{L}]+)[ \t]+bình[ \t]+quân[ \t]+(?:mỗi|một|hằng|hàng)[ \t]+(tháng|ngày)[ \t]+(?:đạt|là|khoảng|có)[ \t]+(?:khoảng[ \t]+)?$/u;

function labelTimeAverages(ctx: UnitContext, out: PeriodAverage[]): void {
  if (!/(?:monthly|daily|bình quân mỗi|bình quân hằng|bình quân hàng)/u.test(ctx.lower)) return;
  const seen = new Set(out.map((x) => x.average));
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const avg = s.figs[0];
    if (!avg || avg.kind !== "number" || seen.has(avg) || avg.perYear || (avg.unit && avg.unit.includes("/"))) continue;
    const head = ctx.lower.slice(s.start, avg.qualifiers[0]?.start ?? avg.start);
    const m = LABEL_AVG.exec(head);
    const vi = m ? null : LABEL_AVG_VI.exec(head);
    if (!m && !vi) continue;
    const unit = (m ? m[1] === "monthly" : vi![2] === "tháng") ? "month" : "day";
    const noun = m ? m[2] : vi![1];
    // The total: the one figure of the noun in the two sentences before, not a change's base nor a
    // share's whole ("from 119.17 million", "of the 154.32 million boardings").
    const cands: { f: Figure; k: number }[] = [];
    for (let k = si - 1; k >= 0 && k >= si - 2; k--) {
      for (const f of ctx.sentences[k].figs) {
        if (f.kind !== "number" || f.perYear || f.qualifiers.length || !f.noun || (f.unit ?? "") !== (avg.unit ?? "") || !sameNoun(f.noun, noun)) continue;
        const lead = ctx.lower.slice(Math.max(ctx.sentences[k].start, f.start - 25), f.start);
        if (/(?<![\p{L}])(?:from|to|of(?:[ \t]+the)?|than|by|target|plan|budget|forecast)[ \t]*$/u.test(lead) || inBracketsBefore(ctx, f)) continue;
        cands.push({ f, k });
      }
    }
    if (cands.length !== 1) continue;
    const { f: total, k } = cands[0];
    const ts = ctx.sentences[k];
    const lead = ctx.lower.slice(ts.start, total.start);
    let p: { count: number; lo?: number; text: string } | undefined = periodOf(lead, unit) ?? (unit === "month" ? yearOf(lead) : undefined);
    if (!p && k > 0 && unit === "month") {
      const before = ctx.sentences[k - 1];
      const t = ctx.lower.slice(before.start, before.end);
      // A whole year named in the sentence before, and nothing else dated in the total's own lead.
      if (!/(?:19|20)\d\d|quarter|quý|month|tháng/u.test(lead)) p = periodOf(t, unit) ?? yearOf(t);
    }
    if (!p) continue;
    // As written ("in FY2024"), not lower-cased.
    const at = ctx.lower.lastIndexOf(p.text, total.start);
    out.push({ total, average: avg, years: p.count, lo: p.lo, yearsText: at >= 0 ? ctx.text.slice(at, at + p.text.length) : p.text, per: unit });
  }
}

// "an average caseload of 17.2 children each: 2,924 allocated children across 170 … social
// workers", "Grant defrayed per job created is about £35,100 (£46.3m across 1,318 jobs)", "bình
// quân 56,7 triệu đồng/hộ (2.145,6 tỷ đồng cho 37.820 hộ)": the average first, then after a colon or
// in brackets the total and the count it is spread over. The total is of the average's unit (or
// noun), the count a count of things (not a duration), and nothing else stands between them.
const TERMS_AVG_CUE = /(?<![\p{L}])(?:average|mean|per|each|bình[ \t]+quân|trung[ \t]+bình|mỗi)(?![\p{L}])/u;
const TERMS_OPEN = /^(?:[ \t]+[\p{L}-]+){0,3}[ \t]*(?::|\(|[—–])[ \t]*(?:(?:that[ \t]+is|i\.e\.|tức(?:[ \t]+là)?|gồm)[ \t]+)?$/u;
const TERMS_LINK = /^(?:[ \t]+[\p{L}-]+){0,4}?[ \t]+(?:across|over|among|between|shared[ \t]+(?:between|among)|divided[ \t]+(?:between|among|by)|spread[ \t]+(?:across|over)|for|cho|trên|chia[ \t]+cho|chia[ \t]+đều[ \t]+cho)[ \t]+(?:the[ \t]+|all[ \t]+)?$/u;
const TERMS_DURATION = /^(?:years?|months?|days?|weeks?|quarters?|hours?|năm|tháng|ngày|tuần|quý|giờ)(?:$|[ \t])/u;

function termsAfterAverages(ctx: UnitContext, out: RatioAverage[]): void {
  const seen = new Set(out.map((x) => x.average));
  for (const s of ctx.sentences) {
    for (let i = 0; i + 2 < s.figs.length; i++) {
      const [avg, a, b] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
      if (avg.kind !== "number" || avg.perYear || !avg.value || seen.has(avg) || avg.unit === "%" || avg.unit === "pp") continue;
      if (a.kind !== "number" || a.perYear || !a.value || a.qualifiers.length || b.kind !== "number" || b.unit || b.scale || !b.noun || !b.value || b.qualifiers.length || b.perYear) continue;
      if (TERMS_DURATION.test(b.noun)) continue;
      const q = avg.qualifiers[0]?.start ?? avg.start;
      const lead = ctx.lower.slice(Math.max(s.start, i ? s.figs[i - 1].end : s.start, q - 60), q);
      const avgUnit = avg.unit ? avg.unit.split("/")[0] : undefined;
      // The average's own words: "17.2 children each", "£35,100 per job", "56,7 triệu đồng/hộ".
      const tail = ctx.lower.slice(avg.end, a.qualifiers[0]?.start ?? a.start);
      if (!TERMS_AVG_CUE.test(lead) && !(avg.unit ?? "").includes("/") && !/^[ \t]+(?:[\p{L}-]+[ \t]+)?(?:each|apiece|per|mỗi)(?![\p{L}])/u.test(tail)) continue;
      if (!TERMS_OPEN.test(tail)) continue;
      // The total: of the average's unit, or a count of the average's noun.
      if (avgUnit ? a.unit !== avgUnit : a.unit || !avg.noun || !a.noun || !sameHead(a.noun, avg.noun.replace(/[ \t]+(?:each|apiece)$/u, ""))) continue;
      if (!TERMS_LINK.test(ctx.lower.slice(a.end, b.start))) continue;
      // The count closes the bracket or the clause: "(… across 1,318 jobs)", ": … social workers.".
      const next = s.figs[i + 3];
      const rest = ctx.lower.slice(b.end, next ? next.start : s.end);
      const bracket = tail.includes("(");
      if (bracket ? !/^[^()]*\)/u.test(rest) : next && !/[;.]|\)/u.test(rest)) continue;
      // Named per the count when the average says so: "per job created" and "1,318 jobs".
      const per = /(?:per|mỗi|\/)[ \t]*([\p{L}-]+)/u.exec(lead + " " + ctx.lower.slice(avg.start, avg.end) + tail);
      if (per && !/^(?:month|year|day|week|tháng|năm|ngày|tuần)$/u.test(per[1]) && !names(per[1], b.noun) && !perNames([per[1]], b)) continue;
      out.push({ numerator: a, denominator: b, average: avg, per: 1, factor: 1 });
      seen.add(avg);
    }
  }
}

// "| October | 1,142 | … | **Quarter total** | **3,123** |" then "This equates to an average of 1,041
// inspections a month"; "… | Cộng quý | 3.123 |" then "bình quân mỗi tháng 1.041 lượt kiểm tra": a
// monthly average of the total row of the table just above (in the unit or the one before), in the
// column the average's noun names, over the months its rows are (or its total label names).
const TT_AVG_LEAD = /(?:an[ \t]+average[ \t]+of|averaging|averaged|on[ \t]+average|average[ \t]+of|bình[ \t]+quân(?:[ \t]+mỗi[ \t]+tháng)?|trung[ \t]+bình(?:[ \t]+mỗi[ \t]+tháng)?)[ \t]*(?:about[ \t]+|around[ \t]+|khoảng[ \t]+)?$/u;
const TT_MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|tháng[ \t]+\d{1,2}(?:[ \t]*\/[ \t]*\d{4})?)(?:[ \t]+(?:19|20)\d\d)?$/u;

const TT_PREFIX = /^[\s*_\d.]*(?:(?:this|that|it|which|the[ \t]+(?:total|quarter['’]s[ \t]+total|quarterly[ \t]+total))[ \t]+(?:equates|is[ \t]+equivalent|was[ \t]+equivalent|works[ \t]+out|worked[ \t]+out|amounts|amounted|corresponds|comes|came)[ \t]+to[ \t]+|(?:this|that|it)[ \t]+(?:is|was|gives|represents)[ \t]+|(?:overall|in[ \t]+total|across[ \t]+the[ \t]+(?:quarter|period)|over[ \t]+the[ \t]+(?:quarter|period))[ \t]*,?[ \t]*(?:there[ \t]+(?:were|was)[ \t]+)?|(?:như[ \t]+vậy|tính[ \t]+ra|tức[ \t]+là|trong[ \t]+quý|cả[ \t]+quý)[ \t]*,?[ \t]*)?$/u;

function tableTotalAverages(ctx: UnitContext, out: PeriodAverage[]): void {
  const seen = new Set(out.map((x) => x.average));
  if (!/average|averag|bình[ \t]+quân|trung[ \t]+bình/u.test(ctx.lower)) return;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (const avg of s.figs) {
      if (seen.has(avg) || avg.kind !== "number" || avg.unit || !avg.noun || !avg.value || avg.perYear || avg.qualifiers.length > 1) continue;
      const q = avg.qualifiers[0]?.start ?? avg.start;
      if (!TT_AVG_LEAD.test(ctx.lower.slice(Math.max(s.start, q - 40), q))) continue;
      const per = PER_TIME_AFTER.exec(ctx.lower.slice(avg.end + avg.noun.length + 1, avg.end + avg.noun.length + 14)) ?? (/mỗi[ \t]+tháng/u.test(ctx.lower.slice(Math.max(s.start, q - 30), q)) ? ["", "tháng"] : null);
      if (!per || !/^(?:tháng|month)$/u.test(per[1] ?? per[2] ?? per[3] ?? "")) continue;
      // Nothing else of the count in the sentence before it: the total is the table's.
      // (A sentence may run on from the table's last line: its own line only.)
      const from = Math.max(s.start, ctx.text.lastIndexOf("\n", q) + 1);
      if (s.figs.some((f) => f !== avg && f.start >= from && f.end <= avg.start && f.kind === "number" && !f.unit)) continue;
      // The average is of the total itself, said of it alone: "This equates to an average of …",
      // "Bình quân mỗi tháng …"; not "Each surveyor carried out an average of …".
      const lead = ctx.lower.slice(from, q);
      const cut = lead.search(/(?:an[ \t]+average|averag|on[ \t]+average|average[ \t]+of|bình[ \t]+quân|trung[ \t]+bình)/u);
      if (cut < 0 || !TT_PREFIX.test(lead.slice(0, cut))) continue;
      const { src, tables } = tablesAbove(ctx, from, () => si === 0 && !ctx.figures.some((f) => f.end <= avg.start && f.start < from), true);
      const t = tables[tables.length - 1];
      if (!t || t.rows.length < 3) continue;
      const total = t.rows[t.rows.length - 1];
      const label = total.label.replace(/[*_]/gu, "").trim();
      if (!TOTAL_LABEL.test(label) && !/(?:^|[ \t])(?:total|tổng|cộng)(?![\p{L}])/u.test(label)) continue;
      // The column the average's noun names: "Site inspections" for "inspections".
      const noun = avg.noun.split(/[ \t]+/u)[0].replace(/s$/u, "");
      const cols = t.header.map((h, i) => ({ h: h.toLowerCase(), i })).filter((c) => c.i > 0 && new RegExp(`(?<![\\p{L}])${noun.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "u").test(c.h));
      if (cols.length !== 1) continue;
      const cell = total.cells[cols[0].i];
      const tot = cell?.figure;
      if (!tot || tot.kind !== "number" || !tot.value || tot.unit || tot.qualifiers.length) continue;
      // The months: the rows above the total, each a month; a quarter or half year by its label.
      const body = t.rows.slice(0, -1);
      const months = body.every((r) => TT_MONTHS.test(r.label.replace(/[*_]/gu, "").trim())) ? body.length : undefined;
      const byLabel = /quarter|quý/u.test(label) ? 3 : /half|6[ \t]+tháng|sáu[ \t]+tháng/u.test(label) ? 6 : undefined;
      const n = months ?? byLabel;
      if (!n || (months && byLabel && months !== byLabel) || n < 2) continue;
      out.push({ total: tot, average: avg, years: n, yearsText: months ? `${n} ${ctx.lang === "vi" ? "tháng" : "months"}` : label, per: "month", ...(src !== ctx ? { from: src } : {}) });
      seen.add(avg);
    }
  }
}
