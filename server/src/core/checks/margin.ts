// fraction-percent, for a margin (claims/margin.ts): the profit over the revenue, against the stated
// margin. "adjusted EBITDA £214.3 million … revenue £430.7 million … an EBITDA margin of 53.5%":
// 214.3/430.7 = 49.8%.
import type { UnitContext } from "../claims/context.ts";
import { findMargins } from "../claims/margin.ts";
import type { Figure } from "../types.ts";
import { fmt } from "../math/format.ts";

export function checkMargins(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const m of findMargins(ctx)) {
    const scaled = (f: Figure) => ctx.interval(f, f.value!).scale(f.scale?.factor ?? "1");
    const actual = scaled(m.profit).div(scaled(m.revenue)).scale(100);
    const p = m.percent;
    const ok = actual.overlaps(ctx.interval(p, p.value!).widen(tol.percentPoints));
    const shown = fmt(actual.mid, lang, Math.max(p.value!.decimals, 1));
    const ratio = `${m.profit.text}/${m.revenue.text}`;
    ctx.emit({
      kind: "fraction-percent",
      rule: "fraction-percent",
      roles: [
        { figure: m.profit, role: lang === "vi" ? "lợi nhuận" : "profit" },
        { figure: m.revenue, role: lang === "vi" ? "doanh thu" : "revenue" },
        { figure: p, role: lang === "vi" ? "tỷ suất" : "margin" },
      ],
      ok,
      explain: { vi: `${ratio} = ${shown}% ${ok ? "✓" : `≠ ${p.text} ✗`}`, en: `${ratio} = ${shown}% ${ok ? "✓" : `≠ ${p.text} ✗`}` },
      at: p,
      magnitude: { computed: actual.mid, stated: p.value!.exact },
      message: { vi: `Tỷ suất ${ratio} = ${shown}%, không phải ${p.text}`, en: `The margin ${ratio} = ${shown}%, not ${p.text}` },
      related: [
        { span: m.profit, message: { vi: "lợi nhuận", en: "profit" } },
        { span: m.revenue, message: { vi: "doanh thu", en: "revenue" } },
      ],
      fix: { span: p.value!, newText: fmt(actual.mid, ctx.numberLocale, p.value!.decimals) },
    });
  }
}
