// A part's share stated with its whole right after it: "21,730 calls were closed through hear and
// treat …, equal to 14.6% of all 148,362 emergency calls", "1.245 hồ sơ …, bằng 62,4% trên tổng số
// 1.995 hồ sơ". The part and the whole count the same thing; nothing else stands between.
import { sameNoun } from "../figures/nouns.ts";
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { UnitContext, isCount } from "./context.ts";
import { findTotalParts, type TotalParts } from "./parts.ts";
import type { FractionPercent } from "./shares.ts";

const LINK = /,[ \t]*(?:equal[ \t]+to|equivalent[ \t]+to|or|representing|accounting[ \t]+for|chiếm|bằng|đạt|tương[ \t]+đương(?:[ \t]+với)?)[ \t]*(?:tỷ[ \t]+lệ[ \t]*)?(?:about[ \t]+|khoảng[ \t]+)?$/u;
/** A link that says the percent is the share itself, whatever the two counts are called: "713
 * responses, a response rate of 34.8% of the 2,051 tenants", "14.625 cán bộ nữ, chiếm 54,6% trong
 * tổng số 26.785 người". */
const SHARE_LINK = /,[ \t]*(?:(?:giving[ \t]+)?(?:an?|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}rate[ \t]+of|accounting[ \t]+for|representing|chiếm(?:[ \t]+tỷ[ \t]+lệ)?)[ \t]*$/u;
const OF_ALL = /^[ \t]+(?:of[ \t]+all|of[ \t]+the|of[ \t]+the[ \t]+total(?:[ \t]+of)?|(?:(?:trên|của|trong)[ \t]+)?tổng(?:[ \t]+số)?(?:[ \t]+(?!kế|dự|mục|chỉ)[\p{L}\p{M}]+){0,3})[ \t]+$/u;

export function findOfAllShares(ctx: UnitContext): FractionPercent[] {
  return ctx.memo("of-all-share", () => {
    const out: FractionPercent[] = [];
    // Lists by their last part, built once (a search per share would be quadratic).
    let lasts: Map<Figure, TotalParts> | undefined;
    const lastParts = {
      get: (f: Figure) => {
        if (!lasts) {
          lasts = new Map();
          for (const t of findTotalParts(ctx)) if (t.parts.length >= 2 && !lasts.has(t.parts[t.parts.length - 1].figure)) lasts.set(t.parts[t.parts.length - 1].figure, t);
        }
        return lasts.get(f);
      },
    };
    for (const s of ctx.sentences) {
      for (let i = 1; i + 1 < s.figs.length; i++) {
        const [part, p, whole] = [s.figs[i - 1], s.figs[i], s.figs[i + 1]];
        if (p.kind !== "percent" || p.unit !== "%" || p.qualifiers.length || !p.value) continue;
        // Counts of one noun, or amounts of one unit and scale ("16,82 tỷ đồng, đạt 90,2% tổng kinh phí 18,64 tỷ đồng").
        const amounts = part.kind === "number" && whole.kind === "number" && !!part.unit && part.unit === whole.unit && part.unit !== "%" && part.unit !== "pp" && (part.scale?.factor ?? "1") === (whole.scale?.factor ?? "1");
        if (!amounts && (!isCount(part) || part.kind !== "number" || !isCount(whole) || whole.kind !== "number" || !part.noun || !whole.noun)) continue;
        if (part.qualifiers.length || whole.qualifiers.length) continue;
        if (!OF_ALL.test(ctx.lower.slice(p.end, whole.start))) continue;
        const gap = ctx.lower.slice(part.end, p.start);
        if (gap.length > 120 || /[;.()]/.test(gap) || (!LINK.test(gap) && !SHARE_LINK.test(gap))) continue;
        if (!amounts && !sameNoun(part.noun, whole.noun) && !sameNoun(whole.noun, part.noun) && !SHARE_LINK.test(gap)) continue;
        if (!new D(whole.value!.exact).gt(part.value!.exact)) continue;
        // ("26 sản phẩm …, trong đó 4 … và 22 sản phẩm …, chiếm 12,9% tổng số 202 sản phẩm": the share
        // after a list's last part may be the whole list's; that reading stands when it holds.)
        const t0 = lastParts.get(part);
        const list = t0 && t0.whole.kind === "number" && t0.whole.end < part.start && (amounts ? t0.whole.unit === part.unit : isCount(t0.whole)) ? t0 : undefined;
        const fits = (x: Figure) => ctx.interval(x, x.value!).div(ctx.interval(whole, whole.value!)).scale(100).overlaps(ctx.interval(p, p.value!));
        const by = list && !new D(list.whole.value!.exact).gte(whole.value!.exact) && (fits(list.whole) || !fits(part)) ? list.whole : part;
        out.push({ percent: p, part: by, whole, num: { exact: by.value!.exact }, den: { exact: whole.value!.exact } });
      }
    }
    return out;
  });
}
