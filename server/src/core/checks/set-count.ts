// comparison-contradiction for counts over a set: "Có 4/6 khoản thu đạt trên 80% dự toán" against
// the table's rows; "191 of the 412 …, more than half".
import type { UnitContext } from "../claims/context.ts";
import { findHalfWords, findSetCounts } from "../claims/set-count.ts";
import { D } from "../math/interval.ts";
import type { Row } from "../claims/table.ts";

export const RULE = "comparison-contradiction";

const OP_TEXT = { ">": { vi: "trên", en: "above" }, ">=": { vi: "từ", en: "at least" }, "<": { vi: "dưới", en: "below" }, "<=": { vi: "không quá", en: "at most" } } as const;

function rowName(r: Row): string {
  return (r.cells.find((cell) => /\p{L}/u.test(cell.text))?.text ?? r.label).replace(/[*_`]/g, "").trim();
}

export function checkSetCounts(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const c of findSetCounts(ctx)) {
    const lo = c.sure.length;
    const hi = c.sure.length + c.maybe.length;
    const ok = c.count >= lo && c.count <= hi && !c.wrong.length;
    const want = lo === hi ? `${lo}` : `${lo}–${hi}`;
    const op = OP_TEXT[c.op];
    const names = c.sure.map((x) => `${rowName(x.row)} (${x.figure.text})`).join(", ");
    const th = c.threshold.text;
    ctx.emit({
      kind: "comparison",
      rule: RULE,
      roles: [{ figure: c.figure, role: lang === "vi" ? "số đơn vị" : "count" }, { figure: c.threshold, role: lang === "vi" ? "ngưỡng" : "threshold" }],
      ok,
      explain: {
        vi: `${c.metric}: ${want}/${c.size} dòng ${op.vi} ${th}${names ? ` (${names})` : ""}; ghi ${c.count} ${ok ? "✓" : "✗"}`,
        en: `${c.metric}: ${want} of ${c.size} rows ${op.en} ${th}${names ? ` (${names})` : ""}; stated ${c.count} ${ok ? "✓" : "✗"}`,
      },
      at: c.figure,
      message: c.count >= lo && c.count <= hi ? {
        vi: `${c.wrong.map((x) => `${rowName(x.row)} (${x.figure.text})`).join(", ")} không ${op.vi} ${th} theo bảng`,
        en: `${c.wrong.map((x) => `${rowName(x.row)} (${x.figure.text})`).join(", ")} is not ${op.en} ${th} in the table`,
      } : {
        vi: `Ghi ${c.count}/${c.size} ${op.vi} ${th} nhưng theo bảng có ${want}${names ? `: ${names}` : ""}`,
        en: `Says ${c.count} of ${c.size} ${op.en} ${th} but the table gives ${want}${names ? `: ${names}` : ""}`,
      },
      related: c.source === ctx ? c.sure.map((x) => ({ span: x.figure, message: { vi: `${op.vi} ${th}`, en: `${op.en} ${th}` } })) : [],
    });
  }
  for (const h of findHalfWords(ctx)) {
    const twice = new D(h.count).mul(2);
    const ok = h.more ? twice.gt(h.size) : twice.lt(h.size);
    const pct = new D(h.count).div(h.size).mul(100).toDecimalPlaces(1).toString();
    const shown = lang === "vi" ? pct.replace(".", ",") : pct;
    ctx.emit({
      kind: "comparison",
      rule: RULE,
      roles: [{ figure: h.figure, role: lang === "vi" ? "phân số" : "fraction" }],
      ok,
      at: h.at,
      explain: {
        vi: `${h.count}/${h.size} = ${shown}%; "${h.words}" ${ok ? "✓" : "✗"}`,
        en: `${h.count}/${h.size} = ${shown}%; "${h.words}" ${ok ? "✓" : "✗"}`,
      },
      message: {
        vi: `Ghi "${h.words}" nhưng ${h.count}/${h.size} = ${shown}%, ${h.more ? "không quá" : "không dưới"} một nửa`,
        en: `Says "${h.words}" but ${h.count} of ${h.size} is ${shown}%, ${h.more ? "not more" : "not less"} than half`,
      },
    });
  }
}
