// part-exceeds-whole: one part larger than its whole ("1.816 dịch vụ, trong đó có 2.217 …").
import type { UnitContext } from "../claims/context.ts";
import { findTotalParts } from "../claims/parts.ts";
import { fmt } from "../math/format.ts";

export const RULE = "part-exceeds-whole";

export function checkPartExceedsWhole(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const t of findTotalParts(ctx)) {
    const whole = ctx.interval(t.whole, t.wholeNum);
    for (const p of t.parts) {
      if (p.figure === t.whole) continue;
      const part = ctx.interval(p.figure, p.num);
      const ok = !part.lo.gt(whole.hi);
      // Rates and amounts are shown as written ("69,8%", "£2.3m"); counts by their number and noun.
      const asWritten = t.amounts || t.whole.unit === "%";
      const pv = asWritten ? ctx.text.slice(p.figure.start, p.figure.end) : fmt(p.num.exact, lang);
      const wv = asWritten ? ctx.text.slice(t.whole.start, t.whole.end) : fmt(t.wholeNum.exact, lang);
      const noun = asWritten ? "" : t.whole.noun ? ` ${t.whole.noun}` : "";
      ctx.emit({
        kind: "total-parts",
        rule: RULE,
        roles: [
          { figure: p.figure, role: lang === "vi" ? "phần" : "part" },
          { figure: t.whole, role: lang === "vi" ? "tổng thể" : "whole" },
        ],
        ok,
        explain: { vi: `${pv} ${ok ? "≤" : ">"} ${wv}${noun} ${ok ? "✓" : "✗"}`, en: `${pv} ${ok ? "≤" : ">"} ${wv}${noun} ${ok ? "✓" : "✗"}` },
        at: p.figure,
        message: {
          vi: `Phần (${pv}) lớn hơn tổng thể của nó (${wv}${noun})`,
          en: `A part (${pv}) is larger than its whole (${wv}${noun})`,
        },
        related: [{ span: t.whole, message: { vi: `tổng thể: ${fmt(t.wholeNum.exact, "vi")}`, en: `whole: ${fmt(t.wholeNum.exact, "en")}` } }],
      });
    }
  }
}
