// A share of a whole the sentence opens on, its part the count the sentence before gave the same verb:
// "371 applications had been granted, 14 refused and 19 withdrawn … . Of the 385 applications
// determined, 94.6% were granted"; "Trong 385 hồ sơ đã giải quyết, 94,6% được cấp phép" after "đã cấp
// phép 371 hồ sơ".
//
// Trust first: the sentence opens "Of the N <noun> <participle>," and its first percent is followed by
// "were/was <verb>ed" (or "được <verb>"); in the sentence before, exactly one count, no larger than N,
// is said with that verb right after it ("371 applications had been granted") or before it ("granted
// 371"), and no other figure of the sentence stands between the whole and the percent.
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { type UnitContext, isCount } from "./context.ts";

const OPEN_EN = /^[\s"“(*•-]*(?:of|out[ \t]+of)[ \t]+(?:the|these|those|all)[ \t]+$/u;
const OPEN_VI = /^[\s"“(*•-]*(?:trong|trong[ \t]+số|trong[ \t]+tổng[ \t]+số)[ \t]+$/u;
const VERB_EN = /^[ \t]+(?:of[ \t]+(?:them|these|those)[ \t]+)?(?:were|was|had[ \t]+been|have[ \t]+been|has[ \t]+been)[ \t]+([a-z]{3,}ed)(?![\p{L}])/u;
const VERB_VI = /^[ \t]+(?:(?:đã|được|đã[ \t]+được)[ \t]+)([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?)/u;

export function findOfTheVerbShares(ctx: UnitContext, taken: Set<Figure>): { percent: Figure; part: Figure; whole: Figure }[] {
  const out: { percent: Figure; part: Figure; whole: Figure }[] = [];
  const vi = ctx.lang === "vi";
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const [w, p] = s.figs;
    if (!w || !p || w.kind !== "number" || !isCount(w) || !w.value || w.qualifiers.length) continue;
    if (p.kind !== "percent" || p.unit !== "%" || !p.value || p.qualifiers.length || taken.has(p)) continue;
    if (!(vi ? OPEN_VI : OPEN_EN).test(ctx.lower.slice(s.start, w.qualifiers[0]?.start ?? w.start))) continue;
    // The whole's own words to the comma: "applications determined,".
    if (!/^[ \t]+[\p{L}\p{M} -]{2,60},[ \t]*$/u.test(ctx.lower.slice(w.end, p.start))) continue;
    const verb = (vi ? VERB_VI : VERB_EN).exec(ctx.lower.slice(p.end, p.end + 50))?.[1];
    if (!verb || verb.length < 4) continue;
    const prev = ctx.sentences[si - 1];
    if (!/^[ \t]*$/u.test(ctx.text.slice(prev.end, s.start))) continue;
    // The verb said right after the count ("371 applications had been granted") or right before it
    // ("cấp phép 371 hồ sơ").
    const v = verb.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const saidAfter = new RegExp(`(?<![\\p{L}])${v}(?![\\p{L}])`, "u");
    const saidBefore = new RegExp(`(?<![\\p{L}])${v}[ \\t]*$`, "u");
    const said = prev.figs.filter((f) => {
      if (f.kind !== "number" || !isCount(f) || !f.value || f.qualifiers.length || new D(f.value.exact).gt(w.value!.exact)) return false;
      return saidAfter.test(ctx.lower.slice(f.end, f.end + 60).split(/[,;.]/u)[0]) || saidBefore.test(ctx.lower.slice(Math.max(prev.start, f.start - 30), f.start).split(/[,;.]/u).pop()!);
    });
    if (said.length !== 1) continue;
    const part = said[0];
    // Counts of one thing: the part's noun, when it has one, is the whole's.
    if (part.noun && w.noun && part.noun.split(" ").pop() !== w.noun.split(" ").pop() && part.noun.split(" ")[0] !== w.noun.split(" ")[0]) continue;
    out.push({ percent: p, part, whole: w });
  }
  return out;
}
