// status-contradiction (RAG keys): a rating the text's own key does not give the row's value, "Amber"
// at 14 points below target where the key makes more than 5 points Red. Part of the
// status-contradiction rule. Ratings the plain met/missed reading already judges are left to it.
import type { UnitContext } from "../claims/context.ts";
import { findRagRows, keyColour, type Colour } from "../claims/rag-bands.ts";
import { findTableStatuses } from "../claims/table-status.ts";
import { D } from "../math/interval.ts";
import { fmt } from "../math/format.ts";
import { RULE } from "./status-contradiction.ts";

const NAME: Record<Colour, { vi: string; en: string }> = {
  green: { vi: "Xanh (Green)", en: "Green" },
  amber: { vi: "Vàng (Amber)", en: "Amber" },
  red: { vi: "Đỏ (Red)", en: "Red" },
};

export function checkRagBands(ctx: UnitContext): void {
  const rows = findRagRows(ctx);
  if (!rows.length) return;
  const judged = new Set(findTableStatuses(ctx).map((r) => r.status.start));
  for (const r of rows) {
    const expected = keyColour(r);
    const gap = new D(r.target.value!.exact).minus(r.actual.value!.exact);
    // (On a band's edge the key's words decide, "within 2 points" or "2 points or more": left alone.)
    const edge = gap.isZero() || gap.eq(r.band);
    const ok = expected === r.stated || edge;
    // Green and Red against met and missed are the plain reading's; this one adds the band.
    if (judged.has(r.status.start) && r.stated !== "amber" && !(r.stated === "red" && expected === "amber")) continue;
    const g = fmt(gap.abs().toString(), ctx.lang);
    const b = fmt(r.band.toString(), ctx.lang);
    const where = { vi: gap.lte(0) ? "đạt mục tiêu" : `thấp hơn mục tiêu ${g} điểm %`, en: gap.lte(0) ? "meets the target" : `is ${g} points below the target` };
    ctx.emit({
      kind: "value-target",
      rule: RULE,
      roles: [
        { figure: r.actual, role: ctx.lang === "vi" ? "thực hiện" : "actual" },
        { figure: r.target, role: ctx.lang === "vi" ? "mục tiêu" : "target" },
      ],
      ok,
      explain: {
        vi: `${r.actual.text} / mục tiêu ${r.target.text}, ngưỡng ${b} điểm %: ${NAME[expected].vi}; ghi "${NAME[r.stated].vi}" ${ok ? "✓" : "✗"}`,
        en: `${r.actual.text} against ${r.target.text}, band ${b} points: ${NAME[expected].en}; stated "${NAME[r.stated].en}" ${ok ? "✓" : "✗"}`,
      },
      at: r.status,
      message: {
        vi: `Ghi "${r.status.text.replace(/[*_`]/g, "").trim()}" nhưng ${r.actual.text} ${where.vi}; theo cách xếp loại đã nêu (ngưỡng ${b} điểm %) là ${NAME[expected].vi}`,
        en: `Rated "${r.status.text.replace(/[*_`]/g, "").trim()}" but ${r.actual.text} ${where.en} ${r.target.text}; the stated key (a ${b}-point band) makes it ${NAME[expected].en}`,
      },
      related: [
        { span: r.actual, message: { vi: "thực hiện", en: "actual" } },
        { span: r.target, message: { vi: "mục tiêu", en: "target" } },
      ],
    });
  }
}
