// A part's share of a whole the same sentence names and then states right after its name:
// "8.915 ha lúa …, bằng 12,8% tổng diện tích gieo trồng vụ Mùa (69.648 ha)", "52,300 jobs, 9.8% of
// all employee jobs in the region (533,700)", "1,348 students through Clearing, 18.2% of the total
// intake of 7,412". Strict: the percent follows its part after a comma (and a link word), its whole
// is named by "tổng/tổng số/toàn bộ" or "of (all|the total)", the whole stands in brackets or after
// "of" at the end of that name, and it is of the part's measure (same unit and scale, or a count:
// the same noun, or a bare number whose name is a total or repeats the part's noun). Plans, targets,
// budgets and changes are never read as the whole.
import { sameNoun } from "../figures/nouns.ts";
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { UnitContext, isCount } from "./context.ts";

export interface BracketShare {
  part: Figure;
  whole: Figure;
  percent: Figure;
}

/** Between the part and the percent: its own words (no figure, no clause break), a comma, a link. */
const LINK = /^[^.;:\d%()]{0,90},[ \t]*(?:bằng|chiếm|tương đương|or|representing|accounting for|equivalent to|equal to)?[ \t]*$/u;
/** After the percent: the whole's name, then "(W" or "of W". */
const NAMED = /^[ \t]+(?:(?:của[ \t]+|trên[ \t]+)?(?:tổng[ \t]+số|tổng|toàn[ \t]+bộ)(?![\p{L}])|of[ \t]+(?:all|the[ \t]+total|total)(?![\p{L}]))([^.;:\d%()]{0,70}?)(?:[ \t]*\([ \t]*|[ \t]+of[ \t]+)$/u;
/** Words in the name that make the whole a plan, a target, a budget or another period. */
const OTHER = /(?<![\p{L}])(?:kế hoạch|mục tiêu|chỉ tiêu|dự toán|nghị quyết|cùng kỳ|năm trước|năm 20\d\d|plan|target|budget|estimate|forecast|last year|previous|prior|20\d\d)(?![\p{L}])/u;
/** Change words between the part and its percent. */
const CHANGE = /(?<![\p{L}])(?:tăng|giảm|vượt|hụt|hơn|so với|up|down|rose|fell|by|than|increase|decrease|growth|more|less|over|under|from|to)(?![\p{L}])/u;

function head(noun: string): string {
  return /^[a-z][a-z -]*$/.test(noun) ? noun.split(" ").pop()!.replace(/s$/, "") : noun.split(" ")[0];
}

function size(f: Figure) {
  return new D(f.value!.exact).times(f.scale?.factor ?? 1);
}

export function findBracketShares(ctx: UnitContext, taken: Set<Figure>): BracketShare[] {
  const out: BracketShare[] = [];
  for (const s of ctx.sentences) {
    for (let i = 1; i + 1 < s.figs.length; i++) {
      const [part, p, whole] = [s.figs[i - 1], s.figs[i], s.figs[i + 1]];
      if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.some((q) => q.kind !== "estimate")) continue;
      if (part.kind !== "number" || whole.kind !== "number" || part.perYear || whole.perYear || whole.qualifiers.length) continue;
      const gap = ctx.lower.slice(part.end, p.qualifiers[0]?.start ?? p.start);
      if (!LINK.test(gap) || CHANGE.test(gap)) continue;
      const m = NAMED.exec(ctx.lower.slice(p.end, whole.start));
      if (!m) continue;
      const name = m[0];
      if (OTHER.test(name)) continue;
      // The whole closes its bracket, or ends the clause after "of W".
      const after = ctx.lower.slice(whole.end, Math.min(s.end, whole.end + 3));
      if (/\([ \t]*$/u.test(name) ? !/^[ \t]*\)/u.test(after) : !/^[ \t]*(?:[.,;)]|$)/u.test(after)) continue;
      let same = false;
      if (part.unit || whole.unit) {
        same = !!part.unit && part.unit === whole.unit && part.unit !== "%" && part.unit !== "pp" && part.unit !== "times" && (part.scale?.factor ?? "1") === (whole.scale?.factor ?? "1");
      } else if (isCount(part) && isCount(whole) && part.noun) {
        if (whole.noun) same = sameNoun(part.noun, whole.noun);
        else {
          // A bare whole: named as a total, or by the part's own noun.
          const h = head(part.noun);
          same = /(?<![\p{L}])(?:tổng|total|all)(?![\p{L}])/u.test(name) && (/(?<![\p{L}])(?:total)(?![\p{L}])/u.test(name) || new RegExp(`(?<![\\p{L}])${h}`, "u").test(name));
        }
      }
      if (!same || !size(whole).gt(size(part))) continue;
      out.push({ part, whole, percent: p });
    }
  }
  return out;
}
