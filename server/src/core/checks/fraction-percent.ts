// fraction-percent: "19/21 xã (90,5%)" where the percentage is not the fraction. The fix is the one
// value, at the stated precision, that the fraction gives.
import type { UnitContext } from "../claims/context.ts";
import { findFractionPercents } from "../claims/shares.ts";
import { fmt } from "../math/format.ts";
import { D, figureInterval, Interval, numInterval } from "../math/interval.ts";

export const RULE = "fraction-percent";

export function checkFractionPercent(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const fp of findFractionPercents(ctx)) {
    const num = new D(fp.num.exact);
    const den = new D(fp.den.exact);
    if (den.isZero()) continue;
    // Amounts stand for the interval their written precision allows (counts are exact).
    const actual = fp.part && fp.whole && fp.part.kind === "number" && fp.whole.kind === "number" ? numInterval(fp.part.value!).div(numInterval(fp.whole.value!)).scale(100) : Interval.point(num.div(den).times(100));
    const p = fp.percent;
    const pn = p.value!;
    const stated = figureInterval(p, pn, tol).widen(tol.percentPoints);
    const ok = actual.overlaps(stated);
    const right = fmt(actual.mid, ctx.numberLocale, pn.decimals);
    const shown = fmt(actual.mid, lang, Math.max(pn.decimals, 1));
    const ratio = `${fmt(num, lang)}/${fmt(den, lang)}`;
    const roles = fp.fraction
      ? [
          { figure: fp.fraction, role: lang === "vi" ? "phân số" : "fraction" },
          { figure: p, role: lang === "vi" ? "tỷ lệ" : "percentage" },
        ]
      : [
          { figure: fp.part!, role: lang === "vi" ? "phần" : "part" },
          { figure: fp.whole!, role: lang === "vi" ? "tổng thể" : "whole" },
          { figure: p, role: lang === "vi" ? "tỷ lệ" : "percentage" },
        ];
    ctx.emit({
      kind: "fraction-percent",
      rule: RULE,
      roles,
      ok,
      explain: { vi: `${ratio} = ${shown}% ${ok ? "✓" : `≠ ${p.text} ✗`}`, en: `${ratio} = ${shown}% ${ok ? "✓" : `≠ ${p.text} ✗`}` },
      at: p,
      message: { vi: `${ratio} = ${shown}%, không phải ${p.text}`, en: `${ratio} = ${shown}%, not ${p.text}` },
      related: [{ span: fp.fraction ?? fp.part!, message: { vi: `tỷ số ${ratio}`, en: `ratio ${ratio}` } }],
      fix: { span: pn, newText: right },
    });
  }
}
