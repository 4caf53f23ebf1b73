// parts-sum: parts that do not make their stated total ("19 + 4 = 23, nhưng tổng đã nêu là 22 chỉ
// tiêu"). Parts that only may be some of the whole ("trong đó", "including") fail only above it.
import type { UnitContext } from "../claims/context.ts";
import { amountSuffix } from "../claims/amounts.ts";
import { findTotalParts } from "../claims/parts.ts";
import { fmt } from "../math/format.ts";
import { Interval } from "../math/interval.ts";

export const RULE = "parts-sum";

export function checkPartsSum(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const t of findTotalParts(ctx)) {
    if (t.parts.length < 2) continue;
    const whole = ctx.interval(t.whole, t.wholeNum);
    const sum = t.parts.reduce((acc, p) => acc.add(ctx.interval(p.figure, p.num)), Interval.point(0));
    // Parts after "trong đó" / "including" may nest ("25 xã đạt chuẩn, 6 xã đạt chuẩn nâng cao"),
    // so only parts meant to be all of the whole are held to its total.
    // Parts of different kinds ("120 xã, 20 phường và 10 thị trấn") cannot nest, so their sum still
    // may not pass the whole.
    const kinds = new Set(t.parts.map((p) => p.figure.noun ?? `#${p.figure.id}`));
    const distinct = t.listed || kinds.size === t.parts.length;
    if (!t.exhaustive && !distinct) continue;
    const over = sum.lo.gt(whole.hi);
    // Distinct kinds that fall just short of the whole ("22 chỉ tiêu, gồm/including 18 … và 3 …") read
    // as a miscount rather than an incomplete list: a warning, since the list may not be all.
    const gapToWhole = whole.lo.minus(sum.hi);
    // Amounts listed after "trong đó" often leave out an "other" remainder, so only counts do.
    const nearMiss = !t.exhaustive && !t.amounts && distinct && gapToWhole.gt(0) && (gapToWhole.lte(1) || gapToWhole.lte(whole.lo.times(0.05)));
    const under = (t.exhaustive || nearMiss) && sum.hi.lt(whole.lo);
    const ok = !over && !under;
    const expr = t.parts.map((p) => fmt(p.num.exact, lang)).join(" + ");
    // Amounts share one scale word, so the sum is shown in it ("15.520 tỷ đồng").
    const total = fmt(t.whole.scale ? sum.mid.div(t.whole.scale.factor) : sum.mid, lang);
    const w = fmt(t.wholeNum.exact, lang);
    const noun = t.whole.noun ? ` ${t.whole.noun}` : t.amounts ? ` ${amountSuffix(t.whole)}` : "";
    ctx.emit({
      kind: "total-parts",
      rule: RULE,
      roles: [
        { figure: t.whole, role: lang === "vi" ? "tổng" : "total" },
        ...t.parts.map((p) => ({ figure: p.figure, role: lang === "vi" ? "phần" : "part" })),
      ],
      ok,
      explain: {
        vi: ok
          ? `${expr} = ${total} ✓ (tổng đã nêu: ${w}${noun}${t.exhaustive ? "" : "; các phần có thể chưa đủ"})`
          : `${expr} = ${total} ${over ? ">" : "≠"} ${w}${noun} ✗`,
        en: ok
          ? `${expr} = ${total} ✓ (stated total: ${w}${noun}${t.exhaustive ? "" : "; the parts may not be all"})`
          : `${expr} = ${total} ${over ? ">" : "≠"} ${w}${noun} ✗`,
      },
      at: t.whole,
      message: over
        ? {
            vi: `Các phần cộng lại ${expr} = ${total}, lớn hơn tổng đã nêu là ${w}${noun}`,
            en: `The parts add up to ${expr} = ${total}, more than the stated total of ${w}${noun}`,
          }
        : {
            vi: `${expr} = ${total}, nhưng tổng đã nêu là ${w}${noun}`,
            en: `${expr} = ${total}, but the stated total is ${w}${noun}`,
          },
      severity: nearMiss && !over ? "warning" : undefined,
      related: t.parts.map((p) => ({ span: p.figure, message: { vi: `phần: ${fmt(p.num.exact, "vi")}`, en: `part: ${fmt(p.num.exact, "en")}` } })),
    });
  }
}
