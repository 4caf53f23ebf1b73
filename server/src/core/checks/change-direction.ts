// change-direction: a "fall" that goes up, a "rise" that goes down.
import type { UnitContext } from "../claims/context.ts";
import { findChanges, findReverseChanges } from "../claims/change.ts";
import { endpoints } from "./change-arithmetic.ts";

export const RULE = "change-direction";

export function checkChangeDirection(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const c of [...findChanges(ctx), ...findReverseChanges(ctx)]) {
    if (!c.direction) continue;
    const { a, b } = endpoints(ctx, c);
    const ok = c.direction === "up" ? b.hi.gt(a.lo) : b.lo.lt(a.hi);
    const word = c.directionWord ? ctx.text.slice(c.directionWord.start, c.directionWord.end) : c.direction === "up" ? (lang === "vi" ? "tăng" : "rise") : lang === "vi" ? "giảm" : "fall";
    const at = ctx.text.slice(c.from.start, c.from.end);
    const to = ctx.text.slice(c.to.start, c.to.end);
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: [
        { figure: c.from, role: lang === "vi" ? "giá trị đầu" : "from" },
        { figure: c.to, role: lang === "vi" ? "giá trị cuối" : "to" },
      ],
      ok,
      explain: {
        vi: `${at} → ${to}: ${c.direction === "up" ? "tăng" : "giảm"} ${ok ? "✓" : "✗"}`,
        en: `${at} → ${to}: ${c.direction === "up" ? "rise" : "fall"} ${ok ? "✓" : "✗"}`,
      },
      at: c.to,
      message: {
        vi: `Ghi "${word}" nhưng từ ${at} đến ${to} là ${c.direction === "up" ? "giảm" : "tăng"}`,
        en: `Said to "${word}" but ${at} to ${to} is a ${c.direction === "up" ? "fall" : "rise"}`,
      },
      related: [
        { span: c.from, message: { vi: "giá trị đầu", en: "starting value" } },
        ...(c.directionWord ? [{ span: c.directionWord, message: { vi: `từ "${word}"`, en: `the word "${word}"` } }] : []),
      ],
    });
  }
}
