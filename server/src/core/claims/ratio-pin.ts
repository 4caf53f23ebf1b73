// Two figures whose ratio the text also states pin each other down: "38,64 tỷ đồng, đạt 107,3% kế
// hoạch năm (36 tỷ đồng)" puts the plan within 38,64/107,3% = [35,99; 36,03], far narrower than the
// [35,5; 36,5) that "36 tỷ" allows alone. A difference of the same two figures is then checked against
// values that make both statements true at once, so "vượt 2,46 tỷ đồng" cannot hide in the width of a
// round plan, and a consistent text stays consistent (its true values satisfy both).
import type { Figure } from "../types.ts";
import { Interval } from "../math/interval.ts";
import type { UnitContext } from "./context.ts";
import { findFractionPercents } from "./shares.ts";

/** The intervals of `a` and `b` narrowed by a stated share of one in the other, when there is one. */
export function pinByRatio(ctx: UnitContext, a: Figure, b: Figure, ia: Interval, ib: Interval): [Interval, Interval] {
  for (const fp of findFractionPercents(ctx)) {
    if (fp.sumOf || fp.fraction || fp.wholeFrom || fp.partFrom || !fp.part || !fp.whole || !fp.percent.value) continue;
    const aPart = fp.part === a && fp.whole === b;
    if (!aPart && !(fp.part === b && fp.whole === a)) continue;
    const stated = ctx.interval(fp.percent, fp.percent.value).widen(ctx.settings.tolerances.percentPoints);
    const r = (fp.excess ? Interval.point(100).add(stated.scale(fp.excess)) : stated).scale("0.01");
    if (r.lo.lte(0)) return [ia, ib];
    const [part, whole] = aPart ? [ia, ib] : [ib, ia];
    const w = whole.intersect(part.div(r));
    const p = w && part.intersect(w.mul(r));
    // (A share that does not hold is its own finding; it pins nothing.)
    if (!w || !p) return [ia, ib];
    return aPart ? [p, w] : [w, p];
  }
  return [ia, ib];
}
