// A margin right after a value and its target in one sentence: "đào tạo nghề cho 38.460 lao động,
// đạt 106,8% kế hoạch giai đoạn (36.000 người), vượt 2.460 người", "kế hoạch 700 tỷ đồng, thực hiện
// 612 tỷ đồng — không đạt, thiếu 88 tỷ đồng", "… against a target of 2,000, an excess of 159". The
// margin is the gap between the two. Trust first: the margin is the first figure after the pair,
// a count or amount in the pair's unit (points for two percentages), joined to it by a margin word
// and nothing else but a verdict ("đạt 93,4%, chưa đạt chỉ tiêu (thấp hơn 1,6 điểm phần trăm)").
import type { Difference } from "./difference.ts";
import { isPercent, type UnitContext } from "./context.ts";
import { findValueTargets } from "./plan.ts";
import { findPlansBefore } from "./plan-before.ts";

const VI = /^(?:[ \t]+[\p{L}]+){0,4}?[ \t]*\)?[ \t]*(?:,|—|–|-|;)[ \t]*(?:(?:như[ \t]+vậy|tức[ \t]+là)[ \t]*,?[ \t]*)?(?:(?:không[ \t]+đạt|chưa[ \t]+đạt|đạt|hoàn[ \t]+thành|vượt)(?:[ \t]+(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu))?[ \t]*[,(][ \t]*)?(?:(?:đã|còn)[ \t]+)?(vượt|thiếu|hụt|còn[ \t]+thiếu|thấp[ \t]+hơn|cao[ \t]+hơn)(?:[ \t]+(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu))?(?:[ \t]+(?:là|khoảng))?[ \t]*$/u;
const EN = /^(?:[ \t]+[\p{L}]+){0,4}?[ \t]*\)?[ \t]*(?:,|—|–|-|;)[ \t]*(?:(?:an?|the)[ \t]+)?(shortfall|excess|surplus)[ \t]+of[ \t]*$/u;

const LEAVING = /^(?:[ \t]+[\p{L}]+){0,4}?[ \t]*\)?[ \t]*(?:,|—|–|-|;)[ \t]*(leaving)(?:[ \t]+(?:us|it|them|the[ \t]+[\p{L}]+))?[ \t]*$/u;

const GENERIC = /^(?:người|people|persons)$/u;

function sameHead(x: string, y: string): boolean {
  const [a, b] = [x.toLowerCase().split(" "), y.toLowerCase().split(" ")];
  return a[0] === b[0] || a[a.length - 1] === b[b.length - 1];
}

export function findPairMargins(ctx: UnitContext, taken: Set<unknown>): Difference[] {
  const out: Difference[] = [];
  const vts = findValueTargets(ctx);
  for (const vt of vts) {
    if (vt.seconds || vt.anaphor) continue;
    const { value: a, target: b } = vt;
    if ((a.kind !== "number" && a.kind !== "percent") || (b.kind !== "number" && b.kind !== "percent")) continue;
    // (A bound, "tối thiểu 30%", has no single value to take a margin from.)
    if ([a, b].some((f) => f.qualifiers.some((q) => q.kind !== "estimate"))) continue;
    const s = ctx.sentenceOf(a);
    if (ctx.sentenceOf(b) !== s) continue;
    const last = a.end > b.end ? a : b;
    const d = s.figs[s.figs.indexOf(last) + 1];
    if (!d || taken.has(d) || (d.kind !== "number" && d.unit !== "pp") || d.qualifiers.length || !d.value) continue;
    // ("98.7% of our commitment of 32,000, leaving us 340 short": the margin, then the word that says which way.)
    const m = (ctx.lang === "vi" ? VI : EN).exec(ctx.lower.slice(last.end, d.start)) ?? (ctx.lang === "en" && /^[ \t]+(?:[\p{L}]+[ \t]+)?short(?![\p{L}])/u.test(ctx.lower.slice(d.end, d.end + 24)) ? LEAVING.exec(ctx.lower.slice(last.end, d.start)) : null);
    if (!m) continue;
    const points = isPercent(a) && isPercent(b);
    if (points ? d.unit !== "pp" : isPercent(a) || isPercent(b) || isPercent(d) || (d.unit ?? "") !== (a.unit ?? "") || (a.unit ?? "") !== (b.unit ?? "")) continue;
    if (!points && !a.unit && !!a.scale !== !!d.scale) continue;
    // ("5.920 lượt người …, đạt 105,7% kế hoạch (kế hoạch 140 lớp), vượt 8 lớp": a margin counts what both
    // sides count.)
    // ("38.460 lao động …, đạt 106,8% kế hoạch giai đoạn (36.000 người), vượt 2.460 người": "người" is
    // anyone.)
    const agree = (x?: string, y?: string) => !x || !y || sameHead(x, y) || GENERIC.test(x) || GENERIC.test(y);
    if (!points && !a.unit && (!agree(a.noun, b.noun) || (!!b.noun && !!d.noun && !agree(a.noun, d.noun) && !sameHead(b.noun, d.noun)))) continue;
    const at = last.end + m.index + m[0].lastIndexOf(m[1]);
    out.push({ a, b, diff: d, word: { start: at, end: at + m[1].length }, points });
  }
  // "Kế hoạch … giao 45 tỷ đồng; thực hiện 48,6 tỷ đồng, đạt 108% kế hoạch, vượt 3,6 tỷ đồng": the plan
  // said first, the done, its share of the plan, then the margin between them.
  for (const pb of findPlansBefore(ctx, new Set())) {
    const { part: a, whole: b, percent: p } = pb;
    if (a.kind !== "number" || b.kind !== "number" || !a.unit || a.unit !== b.unit || (a.scale?.factor ?? "1") !== (b.scale?.factor ?? "1") || b.end > a.start || out.some((x) => x.a === a)) continue;
    const s = ctx.sentenceOf(p);
    const d = s.figs[s.figs.indexOf(p) + 1];
    if (!d || taken.has(d) || d.kind !== "number" || d.unit !== a.unit || (d.scale?.factor ?? "1") !== (a.scale?.factor ?? "1") || d.qualifiers.length || !d.value) continue;
    const m = /^(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]*,[ \t]*(vượt|thiếu|hụt|còn[ \t]+thiếu)[ \t]*$/u.exec(ctx.lower.slice(p.end, d.qualifiers[0]?.start ?? d.start));
    if (!m || !/^[ \t]*(?:[.;]|$|\r?\n)/u.test(ctx.lower.slice(d.end, d.end + 3).replace(/^[ \t]*[\p{L}\p{M} ]{0,12}(?=[.;])/u, ""))) continue;
    const at = p.end + m.index + m[0].lastIndexOf(m[1]);
    out.push({ a, b, diff: d, word: { start: at, end: at + m[1].length }, points: false });
  }
  return out;
}
