// Counts of different things joined by "and", then their total right after a comma: "the council
// operated 3 automatic monitors and 64 diffusion tubes, a total of 67 monitoring points", "xây dựng
// 12 trường mầm non và 18 trường tiểu học, tổng cộng 30 trường". Strict: nothing but the counts and
// their nouns between them, each a kind of its own, and the words of a sum ("a total of",
// "totalling", "tổng cộng", "nâng tổng số lên") then the total with a noun. The parts are all of it.
import { sameNoun } from "../figures/nouns.ts";
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const CUE = /^[ \t]*,[ \t]*(?:(?:making|giving|bringing|for)[ \t]+)?(?:a[ \t]+total[ \t]+of|totalling|totaling|in total|in all|altogether|tổng cộng(?:[ \t]+(?:là|có))?|tổng số(?:[ \t]+(?:là|có))?|nâng tổng số(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]+lên)[ \t]*$/u;
const NOT_PART = /(?:tăng|giảm|thêm|hơn|vượt|so với|từ|lên|xuống|kế hoạch|mục tiêu|more|fewer|up|down|from|than|to|by|target|plan|of|over|under|about|around|khoảng|gần|trên|dưới)[ \t]*$/u;
const DURATION = /^(?:tháng|năm|ngày|tuần|giờ|phút|months?|years?|days?|weeks?|hours?|minutes?)(?: |$)/u;

function countWithNoun(f: Figure): boolean {
  return f.kind === "number" && isCount(f) && !!f.noun && !f.unit && !f.qualifiers.length && !DURATION.test(f.noun);
}

/** Where a count's noun ends, right after its digits. */
function nounEnd(ctx: UnitContext, f: Figure): number {
  const at = ctx.lower.indexOf(f.noun!, f.end);
  return at >= 0 && at - f.end <= 3 ? at + f.noun!.length : -1;
}

export function findChainedTotals(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (const s of ctx.sentences) {
    for (let i = 2; i < s.figs.length; i++) {
      const total = s.figs[i];
      if (!countWithNoun(total) || used.has(total.id)) continue;
      const prev = s.figs[i - 1];
      // ("… and safeguard a further 3,405, a total of 5,355 jobs": the last part may leave the noun out.)
      const elided = prev.kind === "number" && isCount(prev) && !prev.noun && !prev.unit && !prev.qualifiers.length;
      const pe = countWithNoun(prev) ? nounEnd(ctx, prev) : elided ? prev.end : -1;
      if (pe < 0 || !CUE.test(ctx.lower.slice(pe, total.start))) continue;
      // The chain back from the total: "A x, B y and C z", each joined by a comma or "and" (and its
      // own verb: "create 2,310 new jobs and safeguard a further 3,405").
      const chain = [prev];
      for (let j = i - 2; j >= 0; j--) {
        const f = s.figs[j];
        const fe = countWithNoun(f) ? nounEnd(ctx, f) : -1;
        const join = fe < 0 ? "" : ctx.lower.slice(fe, chain[0].qualifiers[0]?.start ?? chain[0].start);
        if (fe < 0 || !(/^[ \t]*(?:,|,?[ \t]*(?:and|và))[ \t]*$/u.test(join) || (/^[ \t]*,?[ \t]*(?:and|và)[ \t]+(?:[\p{L}\p{M}]+[ \t]+){1,3}$/u.test(join) && !NOT_PART.test(join) && !/(?<![\p{L}])(?:of|in|at|for|with|per|each|trong|của|với|mỗi)[ \t]/u.test(join)))) break;
        chain.unshift(f);
      }
      if (elided && !(chain.length >= 2 && sameNoun(chain[0].noun, total.noun))) continue;
      if (chain.length < 2) continue;
      const first = chain[0];
      if (chain.some((f) => used.has(f.id) || inBrackets(ctx, s.start, f.start)) || NOT_PART.test(ctx.lower.slice(Math.max(s.start, first.start - 16), first.start))) continue;
      // (Kinds of their own: "3 automatic monitors and 64 diffusion tubes", never two of one noun.)
      if (chain.some((f, k) => !!f.noun && chain.some((g, l) => l !== k && (sameNoun(f.noun, g.noun) || sameNoun(g.noun, f.noun))))) continue;
      out.push({ whole: total, wholeNum: total.value!, parts: chain.map((f) => ({ figure: f, num: f.value! })), exhaustive: true, listed: true });
      used.add(total.id);
      for (const f of chain) used.add(f.id);
    }
  }
  return out;
}
