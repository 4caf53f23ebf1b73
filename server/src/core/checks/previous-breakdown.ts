// parts-sum, for a breakdown opening its unit of a figure stated in the unit before
// (claims/breakdown.ts findPreviousBreakdowns): "…, đã thực hiện 1.284 vụ việc …\n\nTheo hình thức,
// trong đó: tham gia tố tụng 742 vụ việc, tư vấn pháp luật 518 vụ việc, …". The whole is a related
// location; the finding sits on the breakdown's first part.
import { AVERAGE_LEAD, type UnitContext } from "../claims/context.ts";
import { findPreviousBreakdowns } from "../claims/breakdown.ts";
import { findTotalParts } from "../claims/parts.ts";
import type { Figure } from "../types.ts";
import { fmt } from "../math/format.ts";
import { Interval } from "../math/interval.ts";

export function checkPreviousBreakdowns(ctx: UnitContext): void {
  const lang = ctx.lang;
  const taken = new Set<Figure>(findTotalParts(ctx).flatMap((t) => [t.whole, ...t.parts.map((p) => p.figure)]));
  for (const b0 of findPreviousBreakdowns(ctx, taken)) {
    // ("quý III đạt 3.412,8 tỷ đồng, …; bình quân mỗi quý thu 3.428,2 tỷ đồng": an average beside the parts is none of them.)
    const parts = b0.parts.filter((p) => !AVERAGE_LEAD.test(ctx.lower.slice(Math.max(0, p.start - 50), p.start)));
    if (!parts.length) continue;
    const b = { ...b0, parts };
    const prev = ctx.previous()!;
    const whole = prev.interval(b.whole, b.whole.value!);
    const sum = b.parts.reduce((acc, p) => acc.add(ctx.interval(p, p.value!)), Interval.point(0));
    const over = sum.lo.gt(whole.hi);
    const ok = !over && !(b.exhaustive && sum.hi.lt(whole.lo));
    const expr = b.parts.map((p) => (b.amounts ? p.text : fmt(p.value!.exact, lang))).join(" + ");
    const total = fmt(b.whole.scale ? sum.mid.div(b.whole.scale.factor) : sum.mid, lang);
    const w = b.whole.text + (b.whole.noun && !b.amounts ? ` ${b.whole.noun}` : "");
    ctx.emit({
      kind: "total-parts",
      rule: "parts-sum",
      roles: b.parts.map((p) => ({ figure: p, role: lang === "vi" ? "phần" : "part" })),
      ok,
      explain: {
        vi: `${expr} = ${total} ${ok ? "✓" : over ? "✗ >" : "✗ ≠"} ${w} (đoạn trên)`,
        en: `${expr} = ${total} ${ok ? "✓" : over ? "✗ >" : "✗ ≠"} ${w} (paragraph above)`,
      },
      at: b.parts[0],
      message: over
        ? { vi: `Các phần cộng lại ${expr} = ${total}, lớn hơn tổng đã nêu ở đoạn trên là ${w}`, en: `The parts add up to ${expr} = ${total}, more than the total of ${w} stated above` }
        : { vi: `${expr} = ${total}, nhưng tổng đã nêu ở đoạn trên là ${w}`, en: `${expr} = ${total}, but the total stated above is ${w}` },
      related: [{ span: ctx.fromPrevious(b.whole), message: { vi: `tổng: ${b.whole.text}`, en: `total: ${b.whole.text}` } }],
    });
  }
}
