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

// "ranked 8th of the six regions", "came 3rd out of the 12 trusts": an ordinal and then the count of
// those ranked, written as a figure of its own (in words or digits) after "of the". Only the rank
// verb before the ordinal makes it a rank.
const ORDINAL_OF = /(?<![\p{L}])(?:ranked|ranking|ranks|placed|came|finished|stood)[ \t]+(?:joint[ \t]+)?(\d{1,3})(?:st|nd|rd|th)[ \t]+(?:of|out[ \t]+of|among)[ \t]+(?:the[ \t]+|all[ \t]+(?:the[ \t]+)?)$/u;

export function checkOrdinalRank(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const s of ctx.sentences) {
    for (const f of s.figs) {
      if (f.kind !== "number" || f.unit || f.scale || !f.noun || !f.value || f.value.decimals) continue;
      const pre = ctx.lower.slice(Math.max(s.start, f.start - 50), f.start);
      const m = ORDINAL_OF.exec(pre);
      if (!m) continue;
      // Another figure between the rank verb and the count is no part of this reading.
      const from = f.start - pre.length + m.index;
      if (s.figs.some((g) => g.start >= from && g.end <= f.start)) continue;
      const rank = +m[1];
      const count = Number(f.value.exact);
      if (!Number.isInteger(count) || count < 2) continue;
      const ok = rank >= 1 && rank <= count;
      const at = from + m[0].indexOf(m[1], m[0].search(/\d/));
      ctx.emit({
        kind: "rank",
        rule: RULE,
        roles: [{ figure: f, role: lang === "vi" ? "số đơn vị được xếp hạng" : "number ranked" }],
        ok,
        explain: { vi: `1 ≤ ${rank} ≤ ${count} ${ok ? "✓" : "✗"}`, en: `1 ≤ ${rank} ≤ ${count} ${ok ? "✓" : "✗"}` },
        at: { start: at, end: at + m[1].length },
        message: {
          vi: `Thứ hạng ${rank} vượt quá số đơn vị được xếp hạng (${count})`,
          en: `Rank ${rank} is beyond the number ranked (${count})`,
        },
        related: [{ span: f, message: { vi: "số đơn vị được xếp hạng", en: "number ranked" } }],
      });
    }
  }
}
