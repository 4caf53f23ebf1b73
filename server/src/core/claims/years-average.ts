// A yearly average of a total over the years the sentence names: "Over the last four years we have
// replaced 412 km of mains, an average of 103 km a year", "Bốn năm qua, toàn Đảng bộ kết nạp 5.348
// đảng viên, bình quân 1.337 đảng viên mỗi năm", "Over the five years 2019/20 to 2023/24 the service
// has handled 17,905 funerals, an average of 3,581 a year". The average is the total over the years.
//
// Trust first: the years are a count of years written as such ("four years", "5 năm") and said to be
// the span ("over", "in the last", "qua", "sau", opening the sentence); the average says "a year" /
// "mỗi năm"; the total is the one figure of the average's measure before it in the sentence, not a
// change's size, a target or a part.
import type { Figure } from "../types.ts";
import { isCount, isPercent, type UnitContext } from "./context.ts";
import type { RatioAverage } from "./average.ts";

const SPAN_BEFORE = /(?:(?<![\p{L}])(?:over|in|during|across|for|within|after|sau|trong|qua|suốt)(?:[ \t]+(?:the|its|our|their|vòng))?(?:[ \t]+(?:last|past|previous|first))?|^[\s*•-]*)[ \t]*$/u;
const SPAN_AFTER_VI = /^[ \t]+(?:qua|vừa[ \t]+qua|gần[ \t]+đây)(?![\p{L}])/u;
const AVG_LEAD = /(?<![\p{L}])(?:an[ \t]+average[ \t]+of|averaging|on[ \t]+average|bình[ \t]+quân(?:[ \t]+mỗi[ \t]+năm)?(?:[ \t]+[\p{L}\p{M}]+){0,3}?|trung[ \t]+bình(?:[ \t]+mỗi[ \t]+năm)?)[ \t]*$/u;
const PER_YEAR_AFTER = /^(?:[ \t]+[\p{L}\p{M}-]+){0,4}?[ \t]+(?:a|per|each|every|mỗi|một)[ \t]+(?:year|năm)(?![\p{L}])|^[ \t]*\/[ \t]*năm(?![\p{L}])/u;
const NOT_TOTAL = /(?<![\p{L}])(?:by|up|down|than|target|plan|budget|forecast|increase[ \t]+of|rise[ \t]+of|of[ \t]+which|including|tăng|giảm|thêm|hơn|so[ \t]+với|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|trong[ \t]+đó|gồm)[ \t]*$/u;
const YEARS = /^(?:years?|năm)$/u;

function yearsSpan(ctx: UnitContext, f: Figure, sStart: number): boolean {
  if (f.kind !== "number" || !isCount(f) || !YEARS.test((f.noun ?? "").split(" ")[0]) || f.qualifiers.length) return false;
  const n = Number(f.value!.exact);
  if (n < 2 || n > 30) return false;
  const pre = ctx.lower.slice(Math.max(sStart, f.start - 30), f.start);
  // ("Five years earlier, in 2018–19, there were 74,800 starts": a point in time, not a span.)
  if (/^[ \t]+(?:years?|năm)[ \t]+(?:earlier|before|ago|later|on|trước|sau[ \t]+đó|nữa)(?![\p{L}])/u.test(ctx.lower.slice(f.end, f.end + 20))) return false;
  return SPAN_BEFORE.test(pre) || SPAN_AFTER_VI.test(ctx.lower.slice(f.end, f.end + 12));
}

function sameMeasure(t: Figure, a: Figure): boolean {
  if (t.kind !== "number" || a.kind !== "number" || isPercent(t) || isPercent(a) || t.perYear) return false;
  if (t.unit || a.unit) return (t.unit ?? "") === (a.unit ?? "").replace(/\/(?:năm|year)$/u, "") && (t.scale?.factor ?? "1") === (a.scale?.factor ?? "1");
  if (!isCount(t) || t.scale || a.scale) return false;
  if (!a.noun || /^(?:a|per|each|every|mỗi|một)(?: |$)/u.test(a.noun)) return true;
  const [x, y] = [t.noun ?? "", a.noun].map((n) => n.split(" "));
  return x[0] === y[0] || x[x.length - 1] === y[y.length - 1] || y.slice(0, -1).join(" ").endsWith(x[x.length - 1]);
}

export function findYearAverages(ctx: UnitContext, out: RatioAverage[]): void {
  if (!/(?:average|averaging|bình quân|trung bình)/u.test(ctx.lower)) return;
  for (const s of ctx.sentences) {
    const spans = s.figs.filter((f) => yearsSpan(ctx, f, s.start));
    if (spans.length !== 1) continue;
    const years = spans[0];
    for (const avg of s.figs) {
      if (avg.start <= years.start || avg.kind !== "number" || isPercent(avg) || avg.qualifiers.length) continue;
      if (out.some((x) => x.average === avg)) continue;
      const q = avg.start;
      const lead = ctx.lower.slice(Math.max(s.start, q - 40), q);
      if (!AVG_LEAD.test(lead)) continue;
      // ("grown by an average of 4,300 a year": the average of a change, not of a total.)
      if (/(?<![\p{L}])(?:grown|grew|risen|rose|fallen|fell|increased|decreased|declined|up|down|by|tăng|giảm)(?:[ \t]+by)?[ \t]+(?:an[ \t]+average|on[ \t]+average|bình[ \t]+quân|trung[ \t]+bình)/u.test(lead)) continue;
      const perYear = (avg.unit ?? "").endsWith("/năm") || avg.perYear || PER_YEAR_AFTER.test(ctx.lower.slice(avg.end, avg.end + 40)) || /mỗi[ \t]+năm[ \t\p{L}\p{M}]{0,30}$/u.test(ctx.lower.slice(Math.max(s.start, q - 40), q));
      if (!perYear) continue;
      const totals = s.figs.filter((t) => t !== years && t.end <= q && t !== avg && sameMeasure(t, avg) && !t.qualifiers.length && !NOT_TOTAL.test(ctx.lower.slice(Math.max(s.start, t.start - 20), t.start)));
      if (totals.length !== 1) continue;
      out.push({ numerator: totals[0], denominator: years, average: avg, per: 1, factor: 1 });
    }
  }
}
