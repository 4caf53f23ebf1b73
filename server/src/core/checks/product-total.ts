// parts-sum (equal parts): a total that is not the count times the amount for each ("6 nhà, mỗi nhà
// 50 triệu đồng, tổng cộng 350 triệu đồng": 6 × 50 = 300). Part of the parts-sum rule: the parts are
// the count's equal shares of the stated total.
import { findProductTotals } from "../claims/product.ts";
import type { UnitContext } from "../claims/context.ts";
import { fmt } from "../math/format.ts";
import { RULE } from "./parts-sum.ts";

export function checkProductTotals(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const p of findProductTotals(ctx)) {
    const count = ctx.interval(p.count, p.count.value!);
    const each = ctx.interval(p.each, p.each.value!);
    const total = ctx.interval(p.total, p.total.value!);
    const expected = count.mul(each);
    const ok = expected.overlaps(total);
    // In the total's own scale word and precision, one more decimal when that would read as the total.
    const factor = p.total.scale?.factor ?? "1";
    const dec = p.total.value!.decimals;
    let shown = fmt(expected.mid.div(factor), lang, dec);
    if (!ok && shown === fmt(p.total.value!.exact, lang, dec)) shown = fmt(expected.mid.div(factor), lang, dec + 1);
    const words = p.total.text.slice(p.total.value!.end - p.total.start).trim();
    const pre = p.total.text.slice(0, p.total.value!.start - p.total.start);
    const product = `${p.count.text} × ${p.each.text} = ${pre}${shown}${words ? ` ${words}` : ""}`;
    ctx.emit({
      kind: "total-parts",
      rule: RULE,
      roles: [
        { figure: p.count, role: lang === "vi" ? "số lượng" : "count" },
        { figure: p.each, role: lang === "vi" ? "mỗi đơn vị" : "each" },
        { figure: p.total, role: lang === "vi" ? "tổng" : "total" },
      ],
      ok,
      explain: { vi: `${product} ${ok ? "✓" : "✗"}`, en: `${product} ${ok ? "✓" : "✗"}` },
      at: p.total,
      message: {
        vi: `${product}, nhưng tổng đã nêu là ${p.total.text}`,
        en: `${product}, but the stated total is ${p.total.text}`,
      },
      related: [
        { span: p.count, message: { vi: `số lượng: ${p.count.text}`, en: `count: ${p.count.text}` } },
        { span: p.each, message: { vi: `mỗi đơn vị: ${p.each.text}`, en: `each: ${p.each.text}` } },
      ],
    });
  }
}
