// A whole named in a lead that ends its line with a colon, then bulleted items that each open with a
// count and its share in brackets: "Of the 226 shelters installed in Year 2:\n- 183 (83.1%) have
// solar-powered lighting;\n- 64 (28.3%) have real-time displays", "Trong số 412 hộ được hỗ trợ:\n- 286
// hộ (69,4%) …". Each share is of the lead's whole; the items may overlap, so no sum is read.
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { UnitContext, isCount } from "./context.ts";

const LEAD = /^[\s*•-]*(?:of[ \t]+(?:the|these|those|all)?|among[ \t]+(?:the)?|trong[ \t]+(?:số|tổng[ \t]+số)?)[ \t]*$/u;
const ITEM = /^[ \t]*[-*+•][ \t]+$/u;

export function findOfTheBullets(ctx: UnitContext, taken: Set<Figure>): { percent: Figure; part: Figure; whole: Figure }[] {
  const out: { percent: Figure; part: Figure; whole: Figure }[] = [];
  for (let si = 0; si + 1 < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    if (!s.figs.length || s.figs.length > 2) continue;
    const whole = s.figs[0];
    if (whole.kind !== "number" || !isCount(whole) || !whole.noun || whole.qualifiers.length || !whole.value) continue;
    if (!LEAD.test(ctx.lower.slice(s.start, whole.start))) continue;
    // The lead ends its line with a colon.
    // (A label's number may stand in it: "installed in Year 2:".)
    if (!/^[^%\n]{0,80}:[ \t]*\r?\n?$/u.test(ctx.lower.slice(whole.end, s.end))) continue;
    for (let j = si + 1; j < ctx.sentences.length; j++) {
      const t = ctx.sentences[j];
      const [part, p] = t.figs;
      if (!part || !ITEM.test(ctx.text.slice(t.start, part.start).replace(/^\s*\n/u, ""))) break;
      if (!p || p.kind !== "percent" || p.unit !== "%" || !p.value || taken.has(p)) continue;
      if (part.kind !== "number" || !isCount(part) || !part.value || part.qualifiers.length || new D(part.value.exact).gt(whole.value.exact)) continue;
      if (part.noun && part.noun.split(" ")[0] !== whole.noun.split(" ")[0]) continue;
      if (!/^[ \t\p{L}\p{M}]{0,20}\([ \t]*$/u.test(ctx.lower.slice(part.end, p.start)) || !/^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3))) continue;
      out.push({ percent: p, part, whole });
    }
  }
  return out;
}
