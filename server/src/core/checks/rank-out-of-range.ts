// rank-out-of-range: "xếp thứ 70/63 tỉnh, thành phố" — a rank beyond the number ranked.
import type { UnitContext } from "../claims/context.ts";
import { findRatios, findTotalParts } from "../claims/parts.ts";
import { fmt } from "../math/format.ts";
import { D } from "../math/interval.ts";

export const RULE = "rank-out-of-range";

export function checkRank(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const r of findRatios(ctx, findTotalParts(ctx))) {
    if (!r.isRank) continue;
    const f = r.figure;
    const x = new D(f.numerator!.exact);
    const y = new D(f.denominator!.exact);
    const ok = x.gte(1) && x.lte(y);
    const xs = fmt(x, lang);
    const ys = fmt(y, lang);
    ctx.emit({
      kind: "rank",
      rule: RULE,
      roles: [{ figure: f, role: lang === "vi" ? "thứ hạng" : "rank" }],
      ok,
      explain: { vi: `1 ≤ ${xs} ≤ ${ys} ${ok ? "✓" : "✗"}`, en: `1 ≤ ${xs} ≤ ${ys} ${ok ? "✓" : "✗"}` },
      message: {
        vi: `Thứ hạng ${xs} vượt quá số đơn vị được xếp hạng (${ys})`,
        en: `Rank ${xs} is beyond the number ranked (${ys})`,
      },
    });
  }
}
