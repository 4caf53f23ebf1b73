// A trend stated over a yearly series just given: "năm 2022 là 412 người; năm 2023 là 468 người; năm
// 2024 là 494 người. Số tinh giản năm sau đều cao hơn năm trước"; "412 in 2022, 468 in 2023 and 494
// in 2024, rising every year". Each year's value must then stand above (or below) the year before's:
// one comparison per pair of neighbouring years.
import type { Figure } from "../types.ts";
import type { Comparison } from "./compare.ts";
import { isPercent, type UnitContext } from "./context.ts";

const YEAR_BEFORE = /(?:năm|in|for|fy)[ \t]+((?:19|20)\d\d)(?:[\/–-]\d{2,4})?[ \t]*(?::|là|đạt|có|was|were|stood[ \t]+at)?[ \t]*$/u;
const YEAR_AFTER = /^[ \t]+(?:[\p{L}]+[ \t]+){0,2}?(?:in|năm)[ \t]+((?:19|20)\d\d)(?![\d])/u;
const TREND_VI = /(?<![\p{L}])(?:năm[ \t]+sau[ \t]+(?:đều[ \t]+|luôn[ \t]+)?(cao|thấp|nhiều|ít|lớn|nhỏ)[ \t]+hơn[ \t]+năm[ \t]+trước|(?:đều|liên[ \t]+tục)[ \t]+(tăng|giảm)[ \t]+(?:qua[ \t]+(?:các[ \t]+)?năm|hằng[ \t]+năm|hàng[ \t]+năm|mỗi[ \t]+năm)|(tăng|giảm)[ \t]+(?:đều[ \t]+|liên[ \t]+tục[ \t]+)(?:qua[ \t]+(?:các[ \t]+)?năm|hằng[ \t]+năm|hàng[ \t]+năm|mỗi[ \t]+năm))(?![\p{L}])/u;
const TREND_EN = /(?<![\p{L}])(?:(rose|increased|grew|fell|declined|decreased)[ \t]+(?:in[ \t]+)?(?:each|every)[ \t]+year|(rising|increasing|growing|falling|declining|decreasing)[ \t]+(?:in[ \t]+)?(?:each|every)[ \t]+year|(?:each|every)[ \t]+year[ \t]+(?:was[ \t]+)?(higher|lower)[ \t]+than[ \t]+the[ \t]+(?:last|previous|one[ \t]+before))(?![\p{L}])/u;

function yearOf(ctx: UnitContext, f: Figure, from: number): number | undefined {
  const q = f.qualifiers[0]?.start ?? f.start;
  const before = YEAR_BEFORE.exec(ctx.lower.slice(Math.max(from, q - 24), q));
  if (before) return +before[1];
  const after = YEAR_AFTER.exec(ctx.lower.slice(f.end, f.end + 24));
  return after ? +after[1] : undefined;
}

export function findSeriesTrends(ctx: UnitContext): Comparison[] {
  const out: Comparison[] = [];
  if (!TREND_VI.test(ctx.lower) && !TREND_EN.test(ctx.lower)) return out;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const text = ctx.lower.slice(s.start, s.end);
    const m = TREND_VI.exec(text) ?? TREND_EN.exec(text);
    if (!m) continue;
    const at = s.start + m.index;
    // The series: in this sentence before the words, else in the sentence before (this one then
    // holds no figure of its own).
    const own = s.figs.filter((f) => f.end <= at);
    const src = own.length >= 3 ? own : si > 0 && !s.figs.length ? ctx.sentences[si - 1].figs : [];
    const from = own.length >= 3 ? s.start : si > 0 ? ctx.sentences[si - 1].start : s.start;
    const series = src.filter((f) => (f.kind === "number" || f.kind === "percent") && !!f.value && !f.qualifiers.length);
    if (series.length < 3 || series.length !== src.length) continue;
    const kind = (f: Figure) => `${isPercent(f)}|${f.unit ?? ""}|${f.scale?.factor ?? "1"}`;
    if (series.some((f) => kind(f) !== kind(series[0]))) continue;
    const years = series.map((f) => yearOf(ctx, f, from));
    if (years.some((y) => y === undefined)) continue;
    // Consecutive years in order, one value each.
    if (years.some((y, i) => i > 0 && y !== years[i - 1]! + 1)) continue;
    const word = (m[1] ?? m[2] ?? m[3] ?? "").trim();
    const up = /^(?:cao|nhiều|lớn|tăng|rose|increased|grew|rising|increasing|growing|higher)$/u.test(word);
    const span = { start: at, end: at + m[0].length };
    for (let i = 1; i < series.length; i++) out.push({ subject: series[i], other: series[i - 1], relation: up ? "higher" : "lower", word: span });
  }
  return out;
}
