// change-arithmetic (differences): a stated difference between two figures given just before
// that is not their difference ("budget £164.8m … outturn £163.1m …, an underspend of £2.7m").
// Part of the change-arithmetic rule: the same subtraction as a change's stated difference.
import type { UnitContext } from "../claims/context.ts";
import { findDifferences } from "../claims/difference.ts";
import { findBalances } from "../claims/balance.ts";
import { findTableGaps } from "../claims/table-gap.ts";
import { fmt } from "../math/format.ts";
import type { Figure, Num } from "../types.ts";
import { RULE } from "./change-arithmetic.ts";

function num(f: Figure): Num {
  return f.value!;
}

/** The figure's text with its number replaced by `value` ("£2.7m" → "£1.7m"). */
function retext(f: Figure, value: string): string {
  const n = num(f);
  return f.text.slice(0, n.start - f.start) + value + f.text.slice(n.end - f.start);
}

export function checkDifferences(ctx: UnitContext): void {
  checkTableGaps(ctx);
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const d of [...findDifferences(ctx), ...findBalances(ctx)]) {
    const a = d.fromFraction ? ctx.numInterval(d.a.denominator!) : ctx.interval(d.a, num(d.a));
    const b = d.fromFraction ? ctx.numInterval(d.a.numerator!) : ctx.interval(d.b, num(d.b));
    const diff = a.sub(b).abs();
    let stated = ctx.interval(d.diff, num(d.diff));
    if (d.points) stated = stated.widen(tol.percentPoints);
    // A net change is what came in less what went out: the other way round is not it.
    const ok = diff.overlaps(stated) && (!d.ordered || a.hi.gte(b.lo));
    const factor = d.diff.scale?.factor ?? "1";
    const pts = d.points && d.diff.unit !== "pp" ? (lang === "vi" ? " điểm %" : " points") : "";
    const shown = retext(d.diff, fmt(diff.mid.div(factor), ctx.numberLocale, num(d.diff).decimals)) + pts;
    const at = d.fromFraction ? ctx.text.slice(d.a.denominator!.start, d.a.denominator!.end) : ctx.text.slice(d.a.start, d.a.end);
    const bt = d.fromFraction ? ctx.text.slice(d.a.numerator!.start, d.a.numerator!.end) : ctx.text.slice(d.b.start, d.b.end);
    const [hi, lo] = a.mid.gte(b.mid) ? [at, bt] : [bt, at];
    const st = d.diff.text + pts;
    const word = ctx.text.slice(d.word.start, d.word.end);
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: [
        { figure: d.a, role: lang === "vi" ? "giá trị thứ nhất" : "first value" },
        { figure: d.b, role: lang === "vi" ? "giá trị thứ hai" : "second value" },
        { figure: d.diff, role: lang === "vi" ? "chênh lệch" : "stated difference" },
      ],
      ok,
      explain: { vi: `${hi} − ${lo} = ${shown}; ghi ${st} ${ok ? "✓" : "✗"}`, en: `${hi} − ${lo} = ${shown}; stated ${st} ${ok ? "✓" : "✗"}` },
      at: d.diff,
      message: {
        vi: `${hi} − ${lo} = ${shown}, không phải ${st} ("${word}")`,
        en: `${hi} − ${lo} = ${shown}, not ${st} ("${word}")`,
      },
      related: [
        { span: d.a, message: { vi: "giá trị thứ nhất", en: "first value" } },
        { span: d.b, message: { vi: "giá trị thứ hai", en: "second value" } },
      ],
    });
  }
}

/** "equities were 2.0 percentage points overweight against target" under a table of actual and
 * target shares: the gap is the row's actual less its target, on the side the word says. */
function checkTableGaps(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const t of findTableGaps(ctx)) {
    const src = t.source;
    const own = src === ctx;
    const span = (f: Figure) => (own ? f : ctx.fromPrevious(f));
    const a = src.interval(t.actual, num(t.actual));
    const b = src.interval(t.target, num(t.target));
    const diff = a.sub(b);
    const stated = ctx.interval(t.gap, num(t.gap)).widen(tol.percentPoints);
    const signed = t.direction === "up" ? diff : b.sub(a);
    const ok = signed.overlaps(stated);
    const dec = Math.max(num(t.gap).decimals, 1);
    const shown = (l: "vi" | "en") => fmt(diff.abs().mid, l, dec);
    const aT = src.text.slice(t.actual.start, t.actual.end);
    const bT = src.text.slice(t.target.start, t.target.end);
    const row = (t.row.cells[0]?.text ?? t.row.label).replace(/[*_`]/g, "").trim();
    const side = (l: "vi" | "en") => (diff.mid.gte(0) ? (l === "vi" ? "cao hơn" : "above") : l === "vi" ? "thấp hơn" : "below");
    const f = `${aT} − ${bT}`;
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: [{ figure: t.gap, role: lang === "vi" ? "chênh lệch" : "stated gap" }],
      ok,
      explain: {
        vi: `Bảng, dòng “${row}”: ${f} = ${shown("vi")} điểm % ${side("vi")} mục tiêu; ghi ${t.gap.text} ${ok ? "✓" : "✗"}`,
        en: `Table, row “${row}”: ${f} = ${shown("en")} points ${side("en")} target; stated ${t.gap.text} ${ok ? "✓" : "✗"}`,
      },
      at: t.gap,
      message: {
        vi: `Theo bảng, dòng “${row}”: ${f} = ${shown("vi")} điểm phần trăm ${side("vi")} mục tiêu, không phải ${t.gap.text} ${t.direction === "up" ? "cao hơn" : "thấp hơn"}`,
        en: `From the table, row “${row}”: ${f} = ${shown("en")} percentage points ${side("en")} target, not ${t.gap.text} ${t.direction === "up" ? "above" : "below"}`,
      },
      related: [
        { span: span(t.actual), message: { vi: `“${t.actualHeader}”`, en: `“${t.actualHeader}”` } },
        { span: span(t.target), message: { vi: `“${t.targetHeader}”`, en: `“${t.targetHeader}”` } },
      ],
    });
  }
}
