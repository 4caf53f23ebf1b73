// fraction-percent, for a row's share of a table total stated under the table (claims/table-share.ts).
// The table may be in the unit before: its cells are then related locations, not roles of the claim
// (a claim's roles are figures of its own unit).
import type { UnitContext } from "../claims/context.ts";
import { findTableShares, type TableShare } from "../claims/table-share.ts";
import type { Figure } from "../types.ts";
import { fmt } from "../math/format.ts";
import type { Interval } from "../math/interval.ts";

const RULE = "fraction-percent";

function ratio(ctx: UnitContext, ts: TableShare, c: number): { part: Figure; total: Figure; iv: Interval } {
  const part = ts.amount ?? ts.part.cells[c].figure!;
  const total = ts.total.cells[c].figure!;
  const scaled = (f: Figure, in_: UnitContext) => in_.numInterval(f.value!).scale(f.scale?.factor ?? "1");
  return { part, total, iv: scaled(part, ts.amount ? ctx : ts.source).div(scaled(total, ts.source)).scale(100) };
}

export function checkTableShares(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const ts of findTableShares(ctx)) {
    const p = ts.percent;
    const stated = ctx.interval(p, p.value!).widen(tol.percentPoints);
    const held = ts.columns.find((c) => ratio(ctx, ts, c).iv.overlaps(stated));
    const c = held ?? ts.column;
    if (c === undefined) continue;
    const { part, total, iv } = ratio(ctx, ts, c);
    const ok = held !== undefined;
    const own = ts.source === ctx;
    const span = (f: Figure) => (own ? f : ctx.fromPrevious(f));
    const shown = fmt(iv.mid, lang, Math.max(p.value!.decimals, 1));
    const text = `${part.text}/${total.text}`;
    const row = ts.part.label.replace(/[*_`]/g, "").trim();
    ctx.emit({
      kind: "fraction-percent",
      rule: RULE,
      roles: [
        ...(own ? [{ figure: part, role: lang === "vi" ? "phần" : "part" }, { figure: total, role: lang === "vi" ? "tổng thể" : "whole" }] : ts.amount ? [{ figure: part, role: lang === "vi" ? "phần" : "part" }] : []),
        { figure: p, role: lang === "vi" ? "tỷ lệ" : "percentage" },
      ],
      ok,
      explain: { vi: `${text} (bảng, dòng ${ts.amount ? "tổng " : ""}“${row}”) = ${shown}% ${ok ? "✓" : `≠ ${p.text} ✗`}`, en: `${text} (table, ${ts.amount ? "total " : ""}row “${row}”) = ${shown}% ${ok ? "✓" : `≠ ${p.text} ✗`}` },
      at: p,
      magnitude: { computed: iv.mid, stated: p.value!.exact },
      message: { vi: `Theo bảng, ${text} = ${shown}%, không phải ${p.text}`, en: `From the table, ${text} = ${shown}%, not ${p.text}` },
      related: [
        ...(ts.amount ? [] : [{ span: span(part), message: { vi: `dòng “${row}”`, en: `row “${row}”` } }]),
        { span: span(total), message: { vi: "dòng tổng", en: "total row" } },
      ],
      fix: { span: p.value!, newText: fmt(iv.mid, ctx.numberLocale, p.value!.decimals) },
    });
  }
}
