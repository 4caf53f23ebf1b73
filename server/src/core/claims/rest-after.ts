// The rest told after a semicolon: "trong đó 15.741 thí sinh được công nhận tốt nghiệp …; còn 191
// thí sinh chưa được công nhận", "401/473 cảng, bến được cấp phép …; còn 72 bến chưa được cấp phép",
// "…; the remaining 38 were not". A count after "còn" / "the remaining" with a "not yet" of its own
// is the whole less the one part named before it, so the two make the whole.
import type { Figure } from "../types.ts";
import { D } from "../math/interval.ts";
import { isCount, type UnitContext } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const REST_LEAD = /;[ \t]*(?:còn(?:[ \t]+lại)?|the[ \t]+remaining|the[ \t]+other|the[ \t]+rest,?)[ \t]*$/u;
const NOT_YET = /^[ \t]+(?:[\p{L}\p{M},]+[ \t]+){0,3}?(?:chưa|không|were[ \t]+not|was[ \t]+not|had[ \t]+not|have[ \t]+not|did[ \t]+not|not|are[ \t]+not|still|no|without|lack|lacked|lacks)(?![\p{L}])/u;

export function withRestAfter(ctx: UnitContext, all: TotalParts[]): TotalParts[] {
  return all.map((t) => {
    if (t.parts.length !== 1 || t.amounts) return t;
    const part = t.parts[0].figure;
    const s = ctx.sentenceOf(part);
    const k = s.figs.indexOf(part);
    // (Nothing but the part's own share between them.)
    const r: Figure | undefined = s.figs.slice(k + 1).find((f) => f.kind !== "percent");
    if (!r || r.kind !== "number" || !isCount(r) || r.unit || r.qualifiers.length || !r.value) return t;
    if (!REST_LEAD.test(ctx.lower.slice(Math.max(part.end, r.start - 30), r.start))) return t;
    if (!NOT_YET.test(ctx.lower.slice(r.end, r.end + 50))) return t;
    // Counts of one thing: the rest's noun is the whole's, or none.
    const head = (n?: string) => n?.split(" ")[0];
    if (r.noun && t.whole.noun && head(r.noun) !== head(t.whole.noun)) return t;
    if (all.some((o) => o !== t && o.parts.some((p) => p.figure === r))) return t;
    // ("hoàn thành 9/12 chỉ tiêu, trong đó 3 chỉ tiêu vượt kế hoạch; còn 3 chỉ tiêu chưa đạt": the undone
    // make up the fraction's whole with the done, not the done with its part.)
    const w = t.whole;
    if (w.kind === "fraction" && w.denominator && new D(t.wholeNum.exact).plus(r.value.exact).eq(w.denominator.exact)) return t;
    return { ...t, parts: [...t.parts, { figure: r, num: r.value }], exhaustive: true };
  });
}
