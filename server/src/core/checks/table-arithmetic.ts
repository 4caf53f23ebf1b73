// Arithmetic in tables, learnt from the table itself: a total row that is not the sum of the rows
// above it (parts-sum), and a column computed from others (a rate, a share, a change, a row total)
// whose formula every other row obeys but one row does not (fraction-percent, change-arithmetic,
// parts-sum). A formula is only trusted when at least three rows follow it, so a table whose
// columns are unrelated never fires.
import type { UnitContext } from "../claims/context.ts";
import { findTables, SUB_ROW, TOP_ROW, TOTAL_LABEL, type Cell, type Table } from "../claims/table.ts";
import { fmt } from "../math/format.ts";
import { figureInterval, Interval } from "../math/interval.ts";
import type { Figure, Num } from "../types.ts";

type Kind = "ratio" | "growth" | "sum" | "diff" | "share";

interface Formula {
  kind: Kind;
  a: number;
  b: number;
  rule: string;
}

/** Columns that hold rates, shares or changes: never summed down a total row. */
const NOT_SUMMED = /(?:%|tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|bình quân|trung bình|so với|tăng|giảm|chỉ số|average|rate|share|ratio|index|change|growth|per |mean|median|score|điểm)/u;
const MIN_AGREEING = 3;

function num(f: Figure): Num {
  return (f.value ?? f.numerator)!;
}

function value(ctx: UnitContext, c: Cell | undefined): Interval | undefined {
  if (!c) return undefined;
  if (c.figure && (c.figure.kind === "number" || c.figure.kind === "percent")) {
    const iv = figureInterval(c.figure, num(c.figure), ctx.settings.tolerances);
    // "-1.6", "−1,6", "(1.6)": a negative cell (a variance, a fall) whose sign the figure leaves out.
    const before = ctx.text.slice(c.start, c.figure.qualifiers[0]?.start ?? c.figure.start);
    const negative = /[-−–][ \t]*$/.test(before) || (/^\(/.test(c.text) && /\)$/.test(c.text));
    return negative ? Interval.point(0).sub(iv) : iv;
  }
  if (c.dash) return Interval.point(0);
  return undefined;
}

function apply(f: Formula, x: Interval, y: Interval): Interval | undefined {
  switch (f.kind) {
    case "ratio":
      return y.lo.lte(0) ? undefined : x.div(y).scale(100);
    case "growth":
      return y.lo.lte(0) ? undefined : x.div(y).scale(100).sub(Interval.point(100));
    case "sum":
      return x.add(y);
    case "diff":
      return x.sub(y);
    case "share":
      return y.lo.lte(0) ? undefined : x.div(y).scale(100);
  }
}

const floats = new WeakMap<Interval, [number, number]>();
function ends(iv: Interval): [number, number] {
  let e = floats.get(iv);
  if (!e) floats.set(iv, (e = [iv.lo.toNumber(), iv.hi.toNumber()]));
  return e;
}

/** Whether the formula's value and the cell are so far apart (by more than a thousandth of their
 * size) that no rounding can bring them together. */
function plainlyApart(kind: Kind, x: Interval, y: Interval, z: Interval): boolean {
  const [xl, xh] = ends(x);
  const [yl, yh] = ends(y);
  const [zl, zh] = ends(z);
  let lo: number;
  let hi: number;
  switch (kind) {
    case "sum":
      [lo, hi] = [xl + yl, xh + yh];
      break;
    case "diff":
      [lo, hi] = [xl - yh, xh - yl];
      break;
    default: {
      if (yl <= 0) return false;
      const q = [xl / yl, xl / yh, xh / yl, xh / yh];
      const off = kind === "growth" ? 100 : 0;
      [lo, hi] = [Math.min(...q) * 100 - off, Math.max(...q) * 100 - off];
    }
  }
  const slack = 1e-3 * Math.max(1, Math.abs(lo), Math.abs(hi), Math.abs(zl), Math.abs(zh));
  return hi + slack < zl || zh + slack < lo;
}

function formulaText(t: Table, f: Formula, lang: "vi" | "en"): string {
  const a = t.header[f.a] || `#${f.a + 1}`;
  const b = t.header[f.b] || `#${f.b + 1}`;
  switch (f.kind) {
    case "ratio":
      return `“${a}” / “${b}” × 100`;
    case "growth":
      return lang === "vi" ? `(“${a}” / “${b}” − 1) × 100` : `(“${a}” / “${b}” − 1) × 100`;
    case "sum":
      return `“${a}” + “${b}”`;
    case "diff":
      return `“${a}” − “${b}”`;
    case "share":
      return lang === "vi" ? `“${a}” / tổng cột × 100` : `“${a}” / column total × 100`;
  }
}

/** Computed columns first: totals, then rates and changes, then the rest. */
function rank(header: string | undefined): number {
  if (!header) return 3;
  const h = header.toLowerCase();
  if (/(?:tổng|cộng|total)/u.test(h)) return 0;
  if (NOT_SUMMED.test(h)) return 1;
  return 2;
}

function numericColumns(t: Table): number[] {
  const width = Math.max(...t.rows.map((r) => r.cells.length));
  const out: number[] = [];
  for (let c = 1; c < width; c++) {
    const filled = t.rows.filter((r) => r.cells[c]?.figure).length;
    if (filled >= Math.max(2, t.rows.length * 0.7)) out.push(c);
  }
  return out;
}

export function checkTableArithmetic(ctx: UnitContext): void {
  for (const t of findTables(ctx)) {
    checkColumnFormulas(ctx, t);
    checkTotalRows(ctx, t);
  }
}

function checkColumnFormulas(ctx: UnitContext, t: Table): void {
  const cols = numericColumns(t);
  const lang = ctx.lang;
  // Every ordered pair of columns is tried per row: keep that bounded on very wide or long tables.
  if (cols.length * cols.length * cols.length * t.rows.length > 400_000) return;
  // One finding per row: when a row's cells disagree, any of them may be the wrong one, so the
  // column that names itself a total (or a rate) is judged first and the row is then left alone.
  const flagged = new Set<number>();
  // Each cell's interval, computed once: the formulas below read every cell many times.
  const cache = new Map<number, Interval | null>();
  const cellValue = (i: number, c: number): Interval | undefined => {
    const key = i * 1024 + c;
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = value(ctx, t.rows[i]?.cells[c]) ?? null));
    return v ?? undefined;
  };
  const order = [...cols].sort((x, y) => rank(t.header[x]) - rank(t.header[y]));
  for (const target of order) {
    let best: { f: Formula; ok: number[]; bad: number[]; want: Map<number, Interval> } | undefined;
    let clean = false;
    // A share of the column's own total: "b" is then the total row's cell of column "a".
    const totalIndex = t.rows.findIndex((r) => TOTAL_LABEL.test(r.label));
    const totalRow = totalIndex >= 0 ? t.rows[totalIndex] : undefined;
    for (const a of cols) {
      for (const b of [...cols, -1]) {
        if (a === target || b === target || a === b) continue;
        for (const kind of (b === -1 ? ["share"] : ["ratio", "growth", "sum", "diff"]) as Kind[]) {
          if (kind === "sum" && b < a) continue;
          if (kind === "share" && !totalRow?.cells[a]?.figure) continue;
          const f: Formula = { kind, a, b, rule: kind === "ratio" || kind === "share" ? "fraction-percent" : kind === "growth" ? "change-arithmetic" : "parts-sum" };
          const ok: number[] = [];
          const bad: number[] = [];
          const want = new Map<number, Interval>();
          // A second broken row rules the formula out: stop there (most candidates go in two rows).
          for (let i = 0; i < t.rows.length && bad.length < 2; i++) {
            const x = cellValue(i, a);
            const y = kind === "share" ? cellValue(totalIndex, a) : cellValue(i, b);
            const z = t.rows[i].cells[target]?.figure ? cellValue(i, target) : undefined;
            if (!x || !y || !z) continue;
            // Binary floats only rule out the plainly wrong; every kept verdict is decimal.
            if (plainlyApart(kind, x, y, z)) {
              bad.push(i);
              continue;
            }
            const w = apply(f, x, y);
            if (!w) continue;
            want.set(i, w);
            (w.overlaps(z) ? ok : bad).push(i);
          }
          if (ok.length >= MIN_AGREEING && bad.length === 0) clean = true;
          if (ok.length >= MIN_AGREEING && bad.length === 1 && ok.length >= 3 * bad.length && (!best || ok.length > best.ok.length)) best = { f, ok, bad, want };
        }
      }
    }
    if (clean || !best || flagged.has(best.bad[0])) continue;
    const i = best.bad[0];
    flagged.add(i);
    const row = t.rows[i];
    const cell = row.cells[target];
    const fig = cell.figure!;
    // The pruned row is judged again in decimal arithmetic before anything is reported.
    const xv = cellValue(i, best.f.a);
    const yv = best.f.kind === "share" ? cellValue(totalIndex, best.f.a) : cellValue(i, best.f.b);
    const w = best.want.get(i) ?? (xv && yv ? apply(best.f, xv, yv) : undefined);
    const zv = cellValue(i, target);
    if (!w || !zv || w.overlaps(zv)) continue;
    const decimals = num(fig).decimals;
    const shown = fmt(w.mid, lang, decimals);
    const rule = best.f.rule;
    const formula = formulaText(t, best.f, lang);
    const colName = t.header[target] || `#${target + 1}`;
    const others = [row.cells[best.f.a].figure, best.f.kind === "share" ? totalRow?.cells[best.f.a].figure : row.cells[best.f.b].figure].filter((x): x is Figure => !!x);
    ctx.emit({
      kind: rule === "fraction-percent" ? "fraction-percent" : rule === "change-arithmetic" ? "change" : "total-parts",
      rule,
      roles: [{ figure: fig, role: lang === "vi" ? "ô tính được" : "computed cell" }, ...others.map((o) => ({ figure: o, role: lang === "vi" ? "ô dùng để tính" : "operand" }))],
      ok: false,
      explain: {
        vi: `Cột “${colName}” = ${formula} ở ${best.ok.length} dòng khác; dòng này: ${shown} ≠ ${fig.text} ✗`,
        en: `Column “${colName}” = ${formula} on ${best.ok.length} other rows; this row: ${shown} ≠ ${fig.text} ✗`,
      },
      at: fig,
      message: {
        vi: `Cột “${colName}” = ${formula} ở ${best.ok.length} dòng khác; ở dòng này ra ${shown}, không phải ${fig.text}`,
        en: `Column “${colName}” = ${formula} on ${best.ok.length} other rows; on this row that gives ${shown}, not ${fig.text}`,
      },
      related: others.map((o) => ({ span: o, message: { vi: `ô dùng để tính: ${o.text}`, en: `operand: ${o.text}` } })),
    });
  }
}

function checkTotalRows(ctx: UnitContext, t: Table): void {
  const lang = ctx.lang;
  let from = 0;
  t.rows.forEach((r, ri) => {
    if (!TOTAL_LABEL.test(r.label)) return;
    const body = t.rows.slice(from, ri).filter((x) => !TOTAL_LABEL.test(x.label));
    from = ri + 1;
    if (body.length < 2) return;
    // Candidate sets of parts: every row; rows that are not sub-rows; top-level rows of a hierarchy.
    const sets = [body, body.filter((x) => !SUB_ROW.test(x.label))];
    if (body.some((x) => TOP_ROW.test(x.label))) sets.push(body.filter((x) => TOP_ROW.test(x.label)));
    for (let c = 1; c < r.cells.length; c++) {
      const totalFig = r.cells[c]?.figure;
      if (!totalFig || totalFig.kind !== "number" || NOT_SUMMED.test((t.header[c] ?? "").toLowerCase())) continue;
      const totalIv = value(ctx, r.cells[c])!;
      let fits = false;
      let shownSum: Interval | undefined;
      let parts: Figure[] = [];
      for (const set of sets) {
        if (set.length < 2) continue;
        const vals = set.map((x) => value(ctx, x.cells[c]));
        if (vals.some((v) => !v)) continue;
        const sum = vals.reduce((acc, v) => acc!.add(v!), Interval.point(0))!;
        if (sum.overlaps(totalIv)) {
          fits = true;
          break;
        }
        if (!shownSum) {
          shownSum = sum;
          parts = set.map((x) => x.cells[c].figure).filter((x): x is Figure => !!x);
        }
      }
      if (fits || !shownSum) {
        if (fits) ctx.emit({ kind: "total-parts", rule: "parts-sum", roles: [{ figure: totalFig, role: lang === "vi" ? "tổng" : "total" }], ok: true, explain: { vi: `dòng tổng của cột “${t.header[c] ?? ""}” khớp ✓`, en: `total row of column “${t.header[c] ?? ""}” adds up ✓` } });
        continue;
      }
      const decimals = num(totalFig).decimals;
      const sumText = fmt(shownSum.mid, lang, decimals);
      const colName = t.header[c] || `#${c + 1}`;
      ctx.emit({
        kind: "total-parts",
        rule: "parts-sum",
        roles: [{ figure: totalFig, role: lang === "vi" ? "tổng" : "total" }, ...parts.map((p) => ({ figure: p, role: lang === "vi" ? "phần" : "part" }))],
        ok: false,
        explain: { vi: `Cột “${colName}”: các dòng cộng lại ${sumText} ≠ ${totalFig.text} ✗`, en: `Column “${colName}”: the rows add up to ${sumText} ≠ ${totalFig.text} ✗` },
        at: totalFig,
        message: {
          vi: `Cột “${colName}”: các dòng cộng lại ${sumText}, nhưng dòng “${(r.cells[0]?.text ?? "").replace(/[*_`]/g, "")}” ghi ${totalFig.text}`,
          en: `Column “${colName}”: the rows add up to ${sumText}, but the “${(r.cells[0]?.text ?? "").replace(/[*_`]/g, "")}” row says ${totalFig.text}`,
        },
        related: parts.map((p) => ({ span: p, message: { vi: `phần: ${p.text}`, en: `part: ${p.text}` } })),
      });
    }
  });
}
