// A rate of a count against the headline count of its noun told above, often in the paragraph before:
// "The Council manages 23 sites with 1,264 plots in total: … . ⏎ At 31 March 2024, 1,178 plots were let,
// an occupancy of 93.2%." Strict: the count opens its clause with its noun and a verb, the rate is named
// as one (occupancy, uptake, coverage, completion, response …) right after it and ends the clause, no
// other count stands in the sentence, and the headline count is the first clean count of the noun above
// and the largest of them (average.ts countAbove).
import type { Figure } from "../types.ts";
import { countAbove } from "./average.ts";
import { UnitContext, isCount } from "./context.ts";

export interface HeadlineRate {
  percent: Figure;
  part: Figure;
  whole: Figure;
  wholeFrom?: UnitContext;
}

const RATE_WORDS = "occupancy|uptake|take-up|coverage|completion|response|success|compliance|participation|attendance|retention|pass|conversion|letting|collection|immunisation|vaccination|screening";
const LINK = new RegExp(`^[ \\t]+[\\p{L}-]+(?:[ \\t]+[\\p{L}-]+)?[ \\t]+(?:were|was|are|is|had[ \\t]+been|have[ \\t]+been|has[ \\t]+been)[ \\t]+[a-z-]+(?:[ \\t]+(?:in|at|on|by|within)[ \\t]+[\\p{L}\\d -]{1,30}?)?[ \\t]*,[ \\t]*(?:giving[ \\t]+)?(?:an?|the)[ \\t]+(?:overall[ \\t]+)?(?:${RATE_WORDS})(?:[ \\t]+rate)?[ \\t]+of[ \\t]+$`, "u");

export function findHeadlineRates(ctx: UnitContext, taken: Set<Figure>): HeadlineRate[] {
  const out: HeadlineRate[] = [];
  if (ctx.lang !== "en") return out;
  ctx.sentences.forEach((s) => {
    const counts = s.figs.filter((f) => f.kind === "number" && isCount(f));
    if (counts.length !== 1 || s.figs.length !== 2) return;
    const [a, p] = s.figs;
    if (a !== counts[0] || !a.noun || a.qualifiers.length || p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.length) return;
    if (!LINK.test(ctx.lower.slice(a.end, p.start)) || !/^[ \t]*(?:[.;]|$)/u.test(ctx.lower.slice(p.end, p.end + 3))) return;
    if (!/^[\s*•-]*(?:(?:at|by|on|in|as[ \t]+at)[ \t]+[^,\d]{0,20}(?:\d{1,2}[ \t]+[\p{L}]+[ \t]+)?(?:(?:19|20)\d\d(?:\/\d{2})?)?[ \t]*,[ \t]*)?$/u.test(ctx.lower.slice(s.start, a.start).replace(/^[\s*•-]*\d+(?:\.\d+)*[ \t]+/u, ""))) return;
    const up = countAbove(ctx, s, a.noun);
    if (!up || !up.f.value || !a.value || up.f.value.exact === a.value.exact) return;
    out.push({ percent: p, part: a, whole: up.f, ...(up.from ? { wholeFrom: up.from } : {}) });
  });
  return out;
}
