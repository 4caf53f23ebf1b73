// A count, an amount for each, and their total: "hỗ trợ 6 nhà, mỗi nhà 50 triệu đồng, tổng cộng 300
// triệu đồng", "chi trả cho 3.212 người, mức 300.000 đồng/người, tổng số tiền 963,6 triệu đồng",
// "12 small grants of £5,000 each, totalling £60,000". The total must be the count times the amount.
// (An average for each, "bình quân 2,1 triệu đồng/người", is the ratio-average check's.)
import type { Figure } from "../types.ts";
import { sameNoun } from "../figures/nouns.ts";
import { baseUnit } from "./change.ts";
import { type UnitContext, inBrackets } from "./context.ts";

export interface ProductTotal {
  count: Figure;
  each: Figure;
  total: Figure;
}

/** "mỗi nhà", "mức … /người": the amount is for one of something. */
const EACH_BEFORE = /(?<![\p{L}])(?:mỗi|một)[ \t]+([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?)[ \t]*(?:là|được|khoảng)?[ \t]*$/u;
const EACH_AFTER = /^[ \t]*(?:each|apiece|a head|per head)(?![\p{L}])/u;
const AVERAGE_BEFORE = /(?:bình quân|trung bình|average|averaging|on average)[^,;.]{0,20}$/u;
const TIME_NOUN = /^(?:năm|tháng|quý|ngày|tuần|giờ|year|month|quarter|day|week|hour)/u;
const TOTAL_BEFORE = /(?:tổng cộng|tổng số tiền|tổng kinh phí|tổng trị giá|tổng giá trị|tổng số|tổng chi|với tổng|thành tiền|totalling|totaling|totalled|totaled|a total of|in total|total of|total)[ \t:]*(?:là|đạt|lên tới|lên đến|of)?[ \t]*$/u;
const TOTAL_AFTER = /^[ \t]*(?:in total|in all|altogether)(?![\p{L}])/u;

function perNoun(f: Figure): string | undefined {
  const slash = f.unit?.indexOf("/") ?? -1;
  return slash >= 0 ? f.unit!.slice(slash + 1) : undefined;
}

export function findProductTotals(ctx: UnitContext): ProductTotal[] {
  return ctx.memo("product-total", () => {
    const out: ProductTotal[] = [];
    for (const s of ctx.sentences) {
      const figs = s.figs;
      for (let i = 1; i + 1 < figs.length; i++) {
        const each = figs[i];
        if (each.kind !== "number" || !each.unit || each.unit === "%" || each.perYear || !each.value) continue;
        const q = each.qualifiers[0]?.start ?? each.start;
        const before = ctx.lower.slice(Math.max(s.start, q - 40), q);
        if (AVERAGE_BEFORE.test(before)) continue;
        const eachWord = EACH_BEFORE.exec(before);
        const per = perNoun(each);
        const eachAfter = each.noun === "each" || EACH_AFTER.test(ctx.lower.slice(each.end, each.end + 12));
        if (!eachWord && !per && !eachAfter) continue;
        const forOne = eachWord?.[1] ?? per;
        if (forOne && TIME_NOUN.test(forOne)) continue;
        // The count: the figure right before, a whole number of things (what each is for, when named).
        let count = figs[i - 1];
        // ("thực hiện 59 trường hợp (21 người … và 38 trường hợp …), mức 4,0 triệu đồng/trường hợp": the
        // count before a bracketed split, not the split's last.)
        if (inBrackets(ctx, s.start, count.start)) {
          const open = ctx.text.lastIndexOf("(", count.start);
          const outer = figs.slice(0, i - 1).filter((g) => g.end <= open).pop();
          if (!outer || !/^[ \t\p{L}\p{M}]*$/u.test(ctx.lower.slice(outer.end, open))) continue;
          count = outer;
        }
        if (count.kind !== "number" || count.unit || count.scale || !count.value || count.value.decimals !== 0 || count.year !== undefined) continue;
        if (count.qualifiers.length) continue;
        if (q - count.end > 90 || /[;:]/.test(ctx.text.slice(count.end, q))) continue;
        if (forOne && count.noun && !sameNoun(count.noun, forOne) && !sameNoun(forOne, count.noun)) continue;
        if (!forOne && !count.noun) continue;
        // The total: the next figure, in the amount's unit, named as a total.
        const total = figs[i + 1];
        if (total.kind !== "number" || baseUnit(total) !== baseUnit(each) || perNoun(total) || !total.value) continue;
        const tq = total.qualifiers[0]?.start ?? total.start;
        const gap = ctx.lower.slice(each.end, tq);
        if (gap.length > 60 || /[;:]/.test(gap)) continue;
        const named = TOTAL_BEFORE.test(ctx.lower.slice(Math.max(each.end, tq - 30), tq)) || TOTAL_AFTER.test(ctx.lower.slice(total.end, total.end + 14));
        if (!named) continue;
        // "xây mới 42 căn với mức 50 triệu đồng/căn và sửa chữa 17 căn với mức 30 triệu đồng/căn, tổng
        // kinh phí 2.610 triệu đồng": the total covers every pair before it, not the last one alone.
        if (figs.slice(0, i - 1).some((g) => g.kind === "number" && baseUnit(g) === baseUnit(each))) continue;
        out.push({ count, each, total });
      }
    }
    return out;
  });
}
