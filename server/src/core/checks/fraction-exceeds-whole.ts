// fraction-exceeds-whole: "23/22 chỉ tiêu" counts more members than the set has. Pairs that read
// as achieved/target ("412/400 đảng viên mới, đạt 103% chỉ tiêu", "5.120/4.800 tỷ đồng") are exempt.
import type { UnitContext } from "../claims/context.ts";
import { findRatios, findTotalParts } from "../claims/parts.ts";
import { fmt } from "../math/format.ts";

export const RULE = "fraction-exceeds-whole";

export function checkFractionExceedsWhole(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const r of findRatios(ctx, findTotalParts(ctx))) {
    if (r.isRank || !r.partOfWhole) continue;
    const f = r.figure;
    const x = ctx.numInterval(f.numerator!);
    const y = ctx.numInterval(f.denominator!);
    const ok = !x.lo.gt(y.hi);
    const xs = fmt(f.numerator!.exact, lang);
    const ys = fmt(f.denominator!.exact, lang);
    const noun = f.noun ? ` ${f.noun}` : "";
    ctx.emit({
      kind: "fraction",
      rule: RULE,
      roles: [{ figure: f, role: lang === "vi" ? "phân số" : "fraction" }],
      ok,
      explain: { vi: `${xs} ${ok ? "≤" : ">"} ${ys} ${ok ? "✓" : "✗"}`, en: `${xs} ${ok ? "≤" : ">"} ${ys} ${ok ? "✓" : "✗"}` },
      message: {
        vi: `${xs}/${ys}${noun}: số đếm được (${xs}) lớn hơn tổng số (${ys})`,
        en: `${xs}/${ys}${noun}: the count (${xs}) is larger than the total (${ys})`,
      },
    });
  }
}
