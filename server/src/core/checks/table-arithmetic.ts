// Arithmetic in tables, learnt from the table itself: a total row that is not the sum of the rows
// above it (parts-sum), and a column computed from others (a rate, a share, a change, a row total)
// whose formula every other row obeys but one row does not (fraction-percent, change-arithmetic,
// parts-sum). A formula is only trusted when at least three rows follow it, so a table whose
// columns are unrelated never fires.
import type { UnitContext } from "../claims/context.ts";
import { findOnlyChanges } from "../claims/rank-order.ts";
import { findListTables, findTables, SUB_ROW, TOP_ROW, TOTAL_LABEL, type Cell, type ListTable, type Table } from "../claims/table.ts";
import { groupLeaves } from "../claims/table-groups.ts";
import { fmt } from "../math/format.ts";
import { D, Interval } from "../math/interval.ts";
import type { Figure, Num } from "../types.ts";

type Kind = "ratio" | "growth" | "sum" | "diff" | "absdiff" | "share" | "per" | "product";

interface Formula {
  kind: Kind;
  a: number;
  b: number;
  rule: string;
  /** For "per" (a / b × scale: a yield in tạ/ha from tonnes and hectares, a rate per 1,000) and
   * "product" (a × b × scale): a power of ten. */
  scale?: number;
}

const PER_SCALES = [1, 10, 1000, 10000, 100000];
const PRODUCT_SCALES = [1, 0.1, 0.01, 0.001];

/** Columns that hold rates, shares or changes: never summed down a total row. */
const NOT_SUMMED = /(?:%|tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|bình quân|trung bình|so với|tăng|giảm|chỉ số|average|rate|share|ratio|index|change(?![ \t]+(?:events?|requests?|notifications?|of circumstances))|growth|per |mean|median|score|điểm)/u;
const MIN_AGREEING = 3;

function num(f: Figure): Num {
  return (f.value ?? f.numerator)!;
}

function value(ctx: UnitContext, c: Cell | undefined): Interval | undefined {
  if (!c) return undefined;
  if (c.figure && (c.figure.kind === "number" || c.figure.kind === "percent")) {
    const iv = ctx.interval(c.figure, num(c.figure));
    // "-1.6", "−1,6", "(1.6)": a negative cell (a variance, a fall) whose sign the figure leaves out.
    const before = ctx.text.slice(c.start, c.figure.qualifiers[0]?.start ?? c.figure.start);
    // ("**(13,208)**": emphasis around the bracket keeps the sign.)
    const bare = c.text.replace(/^[*_]+|[*_]+$/gu, "");
    // ("£3,900 over" beside "£13,780 under": a variance's word gives its side; over is the other way.)
    const worded = /^[ \t*_]*(?:over(?:spen[dt])?|adverse|unfavourable|\(a\))(?![\p{L}])/u.test(ctx.lower.slice(c.figure.end, c.end));
    // ("giảm 3,0%", "down 4.1%": a change cell whose word gives its direction.)
    const fall = /(?<![\p{L}])(?:giảm|down|fell|decrease|reduction)[ \t]*[*_]*$/u.test(before.toLowerCase());
    const negative = /[-−–][ \t]*[*_]*$/.test(before) || (/^\(/.test(bare) && /\)$/.test(bare)) || worded || fall;
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
    case "absdiff":
      return x.sub(y).abs();
    case "share":
      return y.lo.lte(0) ? undefined : x.div(y).scale(100);
    case "per":
      return y.lo.lte(0) ? undefined : x.div(y).scale(f.scale!);
    case "product":
      return x.mul(y).scale(f.scale!);
  }
}

/** A cell's interval with its ends as binary floats, for the float pre-checks below. */
interface Val {
  iv: Interval;
  lo: number;
  hi: number;
}

const UNDECIDED = 0;
const APART = 1;
const TOGETHER = 2;

/**
 * What binary floats can settle about the formula over x and y against the cell z, without the
 * decimal arithmetic: APART when they are so far apart (by more than a thousandth of their size)
 * that no rounding can bring them together; TOGETHER when every end is finite and the intervals
 * overlap by far more (a billionth of the largest magnitude involved, operands and intermediates
 * included) than the floats' rounding (about 1e-16 of it) could move an end, so that the decimal
 * verdict is certainly the same; else UNDECIDED, for the decimal comparison.
 */
function floatVerdict(kind: Kind, x: Val, y: Val, z: Val, scale = 100): number {
  const xl = x.lo, xh = x.hi, yl = y.lo, yh = y.hi, zl = z.lo, zh = z.hi;
  let lo: number;
  let hi: number;
  let size = Math.max(1, Math.abs(xl), Math.abs(xh), Math.abs(yl), Math.abs(yh));
  switch (kind) {
    case "sum":
      lo = xl + yl;
      hi = xh + yh;
      break;
    case "diff":
      lo = xl - yh;
      hi = xh - yl;
      break;
    case "product": {
      const p1 = xl * yl, p2 = xl * yh, p3 = xh * yl, p4 = xh * yh;
      lo = Math.min(p1, p2, p3, p4) * scale;
      hi = Math.max(p1, p2, p3, p4) * scale;
      size = Math.max(size, Math.abs(lo / scale), Math.abs(hi / scale));
      break;
    }
    default: {
      // apply() has no value here: left to it.
      if (yl <= 0) return UNDECIDED;
      const q1 = xl / yl, q2 = xl / yh, q3 = xh / yl, q4 = xh / yh;
      const off = kind === "growth" ? 100 : 0;
      const k = kind === "per" ? scale : 100;
      const qlo = Math.min(q1, q2, q3, q4) * k;
      const qhi = Math.max(q1, q2, q3, q4) * k;
      size = Math.max(size, Math.abs(qlo), Math.abs(qhi));
      lo = qlo - off;
      hi = qhi - off;
    }
  }
  const apart = 1e-3 * Math.max(1, Math.abs(lo), Math.abs(hi), Math.abs(zl), Math.abs(zh));
  if (hi + apart < zl || zh + apart < lo) return APART;
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !Number.isFinite(zl) || !Number.isFinite(zh)) return UNDECIDED;
  const slack = 1e-9 * Math.max(size, Math.abs(lo), Math.abs(hi), Math.abs(zl), Math.abs(zh));
  // A computed point, or one that may be: it meets an interval z it lies well inside (Interval.overlaps
  // then holds whether the decimal value is a point or a sliver); anything closer is left to decimals.
  if (hi - lo <= slack) {
    if (z.iv.isPoint || zh - zl <= slack) return UNDECIDED;
    return zl + slack < lo && hi + slack < zh ? TOGETHER : UNDECIDED;
  }
  // As Interval.overlaps: a point z must lie in [lo, hi); an interval must overlap [lo, hi) openly.
  if (z.iv.isPoint) return lo + slack < zl && zl + slack < hi ? TOGETHER : UNDECIDED;
  if (zh - zl <= slack) return UNDECIDED;
  return lo + slack < zh && zl + slack < hi ? TOGETHER : UNDECIDED;
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
    case "absdiff":
      return lang === "vi" ? `±(“${a}” − “${b}”)` : `±(“${a}” − “${b}”)`;
    case "share":
      return lang === "vi" ? `“${a}” / tổng cột × 100` : `“${a}” / column total × 100`;
    case "per":
      return f.scale === 1 ? `“${a}” / “${b}”` : `“${a}” / “${b}” × ${fmt(new D(f.scale!), lang, 0)}`;
    case "product":
      return f.scale === 1 ? `“${a}” × “${b}”` : `“${a}” × “${b}” / ${fmt(new D(1 / f.scale!), lang, 0)}`;
  }
}

/** Computed columns first: totals, then rates and changes, then the rest. */
function rank(header: string | undefined): number {
  if (!header) return 3;
  const h = header.toLowerCase();
  if (/(?:tổng|cộng|total)/u.test(h)) return 0;
  // A rate per something ("Năng suất (tạ/ha)", "per 1,000") is computed from the amounts beside it.
  if (NOT_SUMMED.test(h) || /[\p{L}\d]\/[ \t]?\p{L}/u.test(h)) return 1;
  return 2;
}

/** A column of percentages: a "%" in its header or in its cells. */
function percentColumn(t: Table, c: number): boolean {
  if (/%/.test(t.header[c] ?? "")) return true;
  return t.rows.some((r) => r.cells[c]?.figure?.kind === "percent");
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

/** A row's name for messages: its first cell of words ("| | Cộng | … |" is named "Cộng"). */
function rowName(r: Table["rows"][number]): string {
  return (r.cells.find((c) => !c.figure && /\p{L}/u.test(c.text))?.text ?? r.cells[0]?.text ?? "").replace(/[*_`]/g, "").trim();
}

export function checkTableArithmetic(ctx: UnitContext): void {
  for (const t of findTables(ctx)) {
    checkTotalColumn(ctx, t);
    checkColumnFormulas(ctx, t);
    checkTotalRows(ctx, t);
    checkImpliedShares(ctx, t);
  }
  for (const t of findListTables(ctx)) {
    if (t.header.length === 3) checkImpliedShares(ctx, t);
    // "- Total: $27.9m" closing a list of "label: amount" items: a total row.
    // Only amounts of one unit, the total last, and no item a plan, a change or an average.
    if (t.labelled && TOTAL_LABEL.test(t.rows[t.rows.length - 1].label) && t.rows.slice(0, -1).every((r) => !TOTAL_LABEL.test(r.label) && !LIST_NOT_PART.test(r.label))) {
      const unit = t.rows[0].cells[1].figure!.unit;
      if (unit && t.rows.every((r) => r.cells[1].figure!.unit === unit)) checkTotalRows(ctx, t);
    }
    checkListTotal(ctx, t);
  }
}

/**
 * A column headed "Total" ("Tổng", "Tổng cộng") after the columns it adds up, row by row:
 *
 *     | Stage | Council tax | Business rates | Total |
 *     | Summonses issued | 6,840 | 388 | 7,228 |
 *
 * The header says what the column is, so two rows that agree are enough to trust it (the formulas
 * learnt from the table alone need three); the one row that does not is reported.
 */
/** Columns a total column does not add: rates, averages, changes ("Business rates" is a tax, not a rate). */
const NOT_PART_COLUMN = /(?:%|tỷ lệ|tỉ lệ|tỷ trọng|bình quân|trung bình|so với|tăng|giảm|average|mean|median|ratio|index|change|growth|per |score|điểm|(?<!business[ \t])rates?(?![\p{L}]))/u;

function checkTotalColumn(ctx: UnitContext, t: Table): void {
  const cols = numericColumns(t);
  const target = cols[cols.length - 1];
  if (target === undefined || !TOTAL_LABEL.test((t.header[target] ?? "").toLowerCase().replace(/[*_`]/g, "").trim())) return;
  const parts = cols.slice(0, -1);
  if (parts.length < 2 || parts.some((c) => percentColumn(t, c) || NOT_PART_COLUMN.test((t.header[c] ?? "").toLowerCase()) || TOTAL_LABEL.test((t.header[c] ?? "").toLowerCase().trim())) || percentColumn(t, target)) return;
  // (Every numeric column before it is a part: the columns must be all the table has, side by side.)
  if (parts.some((c, k) => k > 0 && c !== parts[k - 1] + 1) || target !== parts[parts.length - 1] + 1) return;
  const ok: number[] = [];
  const bad: { i: number; sum: Interval }[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const z = value(ctx, t.rows[i].cells[target]);
    const vals = parts.map((c) => value(ctx, t.rows[i].cells[c]));
    if (!z || !t.rows[i].cells[target]?.figure || vals.some((v) => !v)) continue;
    const sum = vals.reduce<Interval>((acc, v) => acc.add(v!), Interval.point(0));
    if (sum.overlaps(z)) ok.push(i);
    else bad.push({ i, sum });
  }
  if (bad.length !== 1 || ok.length < 2) return;
  const { i, sum } = bad[0];
  const lang = ctx.lang;
  const row = t.rows[i];
  const fig = row.cells[target].figure!;
  const operands = parts.map((c) => row.cells[c].figure).filter((x): x is Figure => !!x);
  const colName = t.header[target] || `#${target + 1}`;
  const formula = parts.map((c) => `“${t.header[c] || `#${c + 1}`}”`).join(" + ");
  const shown = fmt(sum.mid, lang, num(fig).decimals);
  ctx.emit({
    kind: "total-parts",
    rule: "parts-sum",
    roles: [{ figure: fig, role: lang === "vi" ? "ô tổng" : "total cell" }, ...operands.map((o) => ({ figure: o, role: lang === "vi" ? "phần" : "part" }))],
    ok: false,
    explain: {
      vi: `Cột “${colName}” = ${formula} ở ${ok.length} dòng khác; dòng này: ${shown} ≠ ${fig.text} ✗`,
      en: `Column “${colName}” = ${formula} on ${ok.length} other rows; this row: ${shown} ≠ ${fig.text} ✗`,
    },
    at: fig,
    message: {
      vi: `Cột “${colName}” = ${formula} ở ${ok.length} dòng khác; ở dòng này ra ${shown}, không phải ${fig.text}`,
      en: `Column “${colName}” = ${formula} on ${ok.length} other rows; on this row that gives ${shown}, not ${fig.text}`,
    },
    related: operands.map((o) => ({ span: o, message: { vi: `phần: ${o.text}`, en: `part: ${o.text}` } })),
  });
}

/** List items that are no part of the list's total: a plan, a change, an average, a remainder. */
const LIST_NOT_PART = /(?<![\p{L}])(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|tăng|giảm|so với|bình quân|trung bình|lũy kế|luỹ kế|còn lại|plan|planned|target|budget|forecast|estimate|increase|decrease|change|average|mean|cumulative|remaining|balance|of which|trong đó)(?![\p{L}])/u;

/** A breakdown cue closing the lead: "Spending by component:", "Cơ cấu theo nguồn vốn:". */
const BREAKDOWN_LEAD = /(?:(?<![\p{L}])(?:by|theo)[ \t]+\p{L}[\p{L}\p{M} \t,-]{0,40}|breakdown|cơ cấu)[ \t]*(?:was|were|is|are|as follows|như sau|gồm)?[ \t]*:[ \t]*$/u;
/** Words before an amount that make it something else than the whole of a breakdown. */
const NOT_WHOLE_BEFORE = /(?:tăng|giảm|vượt|hụt|so với|kế hoạch|dự toán|mục tiêu|up|down|by|than|plan|target|estimate|forecast|against|compared|increase|decrease|rise|fall|of which|including|trong đó)[ \t]*(?:là|of|:)?[ \t]*$/u;

/**
 * A list of amounts under a lead that names their whole and breaks it down:
 *
 *     … cumulative disbursement stood at $27.9m, or 43.6% of the total budget. Spending by component:
 *
 *     - Component 1, Water supply: $15.2m
 *     - Component 2, Sanitation and hygiene: $6.1m
 *     …
 *
 * The parts may leave something out, but together they cannot exceed the whole.
 */
function checkListTotal(ctx: UnitContext, t: ListTable): void {
  if (!t.labelled || !t.lead) return;
  const lead = ctx.text.slice(t.lead.start, t.lead.end).replace(/[ \t]+$/, "");
  if (!lead.endsWith(":")) return;
  const parts = t.rows.map((r) => r.cells[1].figure!);
  const unit = parts[0].unit;
  if (!unit || parts.some((f) => f.unit !== unit || f.qualifiers.length > 0)) return;
  // The lead's last sentence, and the one before it when the last is only the cue.
  const end = t.lead.start + lead.length;
  const cut = /[.!?;][ \t]+(?=[^.!?;]*$)/u.exec(lead.slice(0, -1));
  const lastFrom = cut ? t.lead.start + cut.index + cut[0].length : t.lead.start;
  if (!BREAKDOWN_LEAD.test(ctx.lower.slice(lastFrom, end))) return;
  const inLead = (a: number, b: number) => ctx.figures.filter((f) => f.start >= a && f.end <= b);
  let from = lastFrom;
  let cands = inLead(lastFrom, end);
  if (!cands.length) {
    if (!cut || end - lastFrom > 50) return;
    const prev = /[.!?;][ \t]+(?=[^.!?;]*$)/u.exec(lead.slice(0, cut.index));
    from = prev ? t.lead.start + prev.index + prev[0].length : t.lead.start;
    cands = inLead(from, lastFrom);
  }
  const same = cands.filter((f) => f.kind === "number" && f.unit === unit && !f.perYear);
  if (same.length !== 1) return;
  const whole = same[0];
  const q = whole.qualifiers[0]?.start ?? whole.start;
  const before = ctx.text.slice(from, whole.start);
  if (before.lastIndexOf("(") > before.lastIndexOf(")") || NOT_WHOLE_BEFORE.test(ctx.lower.slice(Math.max(from, q - 30), q))) return;
  let sum = Interval.point(0);
  for (const f of parts) sum = sum.add(ctx.interval(f, num(f)));
  const w = ctx.interval(whole, num(whole));
  if (!sum.lo.gt(w.hi) || sum.overlaps(w)) return;
  const lang = ctx.lang;
  const decimals = Math.max(...parts.map((f) => num(f).decimals));
  const scale = whole.scale ? new D(whole.scale.factor) : new D(1);
  const total = fmt(sum.mid.div(scale), lang, decimals);
  const expr = parts.map((f) => fmt(ctx.interval(f, num(f)).mid.div(scale), lang, num(f).decimals)).join(" + ");
  ctx.emit({
    kind: "total-parts",
    rule: "parts-sum",
    roles: [{ figure: whole, role: lang === "vi" ? "tổng" : "total" }, ...parts.map((p) => ({ figure: p, role: lang === "vi" ? "phần" : "part" }))],
    ok: false,
    explain: { vi: `${expr} = ${total} > ${whole.text} ✗`, en: `${expr} = ${total} > ${whole.text} ✗` },
    at: whole,
    message: {
      vi: `Các mục của danh sách cộng lại ${expr} = ${total}, lớn hơn tổng đã nêu là ${whole.text}`,
      en: `The list's items add up to ${expr} = ${total}, more than the stated total of ${whole.text}`,
    },
    related: parts.map((p) => ({ span: p, message: { vi: `phần: ${p.text}`, en: `part: ${p.text}` } })),
  });
}

/**
 * Shares of a whole the table leaves out (no total row):
 *
 *     First-class honours             1,602   (30.7%)
 *     Upper second-class (2:1)        2,540   (48.7%)
 *     Lower second-class (2:2)          993   (17.1%)
 *     Third class and pass              179    (3.4%)
 *
 * Each row's count and share imply the whole (count / share × 100). When all rows but one imply the
 * same whole, at least three of them, and their shares fit in 100%, the odd row is wrong.
 */
function checkImpliedShares(ctx: UnitContext, t: Table): void {
  const totals = t.rows.filter((r) => TOTAL_LABEL.test(r.label));
  const rows = t.rows.filter((r) => !SUB_ROW.test(r.label) && !TOTAL_LABEL.test(r.label));
  // Each row's whole is compared with every other's: keep that bounded.
  if (rows.length < 4 || rows.length > 200) return;
  const width = Math.max(...rows.map((r) => r.cells.length));
  const lang = ctx.lang;
  for (let p = 1; p < width; p++) {
    // Percentages: "30.7%", or bare numbers under a "%" header ("Cumulative (% of loan)").
    const pctHeader = /%/.test(t.header[p] ?? "");
    if (!rows.every((r) => r.cells[p]?.figure?.kind === "percent" || (pctHeader && r.cells[p]?.figure?.kind === "number"))) continue;
    // A total row with a share of its own is the column formula's (a share of the column total).
    if (totals.some((r) => r.cells[p]?.figure)) continue;
    for (let a = 1; a < width; a++) {
      if (a === p || !rows.every((r) => r.cells[a]?.figure?.kind === "number")) continue;
      const factor = rows[0].cells[a].figure!.scale?.factor ?? 1;
      if (rows.some((r) => (r.cells[a].figure!.scale?.factor ?? 1) !== factor)) continue;
      const x = rows.map((r) => ctx.numInterval(num(r.cells[a].figure!)));
      const y = rows.map((r) => ctx.numInterval(num(r.cells[p].figure!)));
      if (x.some((v) => v.lo.lte(0)) || y.some((v) => v.lo.lte(0) || v.hi.gt(100))) continue;
      const whole = x.map((v, i) => v.div(y[i]).scale(100));
      // The point most rows' wholes share: the greatest lower end among them, found by trying each.
      let best: { at: number; agree: number[] } | undefined;
      for (let i = 0; i < whole.length; i++) {
        const agree = whole.flatMap((w, j) => (w.lo.lte(whole[i].lo) && whole[i].lo.lt(w.hi) ? [j] : []));
        if (!best || agree.length > best.agree.length) best = { at: i, agree };
      }
      if (!best || best.agree.length < MIN_AGREEING || best.agree.length !== rows.length - 1) continue;
      const bad = rows.findIndex((_, i) => !best!.agree.includes(i));
      // The agreeing rows' common whole, and their shares fit in it.
      let common = whole[best.agree[0]];
      for (const j of best.agree) common = new Interval(D.max(common.lo, whole[j].lo), D.min(common.hi, whole[j].hi));
      const shareSum = best.agree.reduce((acc, j) => acc.add(y[j]), Interval.point(0));
      // Shares that do not fit in 100% are not parts of one whole but running shares of a fixed
      // base ("Cumulative (% of loan)"): trusted only with four rows agreeing on it.
      if (shareSum.lo.gt(100) && best.agree.length < 4) continue;
      const w = x[bad].div(common).scale(100);
      if (w.overlaps(y[bad])) continue;
      const row = rows[bad];
      // ("| **Borough** | **52** | **5.8** |": the odd row adds up the others, a total under a name of its
      // own; "| Viêm gan B sơ sinh | 8.105 | 17.980 | 45,1 |": or its share is of its own row's base.)
      const others = x.filter((_, i) => i !== bad).reduce((acc, v) => acc.add(v), Interval.point(0));
      if (others.overlaps(x[bad])) continue;
      if (row.cells.some((c, ci) => ci !== a && ci !== p && c.figure?.kind === "number" && !!c.figure.value && ctx.numInterval(num(c.figure)).lo.gt(0) && x[bad].div(ctx.numInterval(num(c.figure))).scale(100).overlaps(y[bad]))) continue;
      const fig = row.cells[p].figure!;
      const part = row.cells[a].figure!;
      const shown = fmt(w.mid, lang, num(fig).decimals);
      const wholeText = fmt(common.mid, lang, num(part).decimals);
      const colName = t.header[p] || `#${p + 1}`;
      const aName = t.header[a] || `#${a + 1}`;
      ctx.emit({
        kind: "fraction-percent",
        rule: "fraction-percent",
        roles: [{ figure: fig, role: lang === "vi" ? "ô tính được" : "computed cell" }, { figure: part, role: lang === "vi" ? "ô dùng để tính" : "operand" }],
        ok: false,
        explain: {
          vi: `Cột “${colName}” = “${aName}” / ${wholeText} × 100 ở ${best.agree.length} dòng khác; dòng này: ${shown} ≠ ${fig.text} ✗`,
          en: `Column “${colName}” = “${aName}” / ${wholeText} × 100 on ${best.agree.length} other rows; this row: ${shown} ≠ ${fig.text} ✗`,
        },
        at: fig,
        message: {
          vi: `Các dòng khác đều là phần của cùng một tổng ${wholeText} (“${aName}” / ${wholeText} × 100); ở dòng này ${part.text} / ${wholeText} ra ${shown}%, không phải ${fig.text}`,
          en: `The other ${best.agree.length} rows are all shares of one whole of ${wholeText} (“${aName}” / ${wholeText} × 100); on this row ${part.text} / ${wholeText} gives ${shown}%, not ${fig.text}`,
        },
        related: [{ span: part, message: { vi: `ô dùng để tính: ${part.text}`, en: `operand: ${part.text}` } }],
      });
    }
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
  const cache = new Map<number, Val | null>();
  const cellValue = (i: number, c: number): Val | undefined => {
    const key = i * 1024 + c;
    let v = cache.get(key);
    if (v === undefined) {
      const iv = value(ctx, t.rows[i]?.cells[c]);
      cache.set(key, (v = iv ? { iv, lo: iv.lo.toNumber(), hi: iv.hi.toNumber() } : null));
    }
    return v ?? undefined;
  };
  // ("| Missed bin collections per 100,000 | 62 | 48 | -22.6% |" among changes in units: a percentage in a
  // column of mostly other figures is a change told another way, no operand or value of a difference.)
  const pct = (i: number, c: number) => t.rows[i].cells[c]?.figure?.unit === "%";
  const fewPercents = new Map<number, boolean>();
  for (const c of cols) {
    const figs = t.rows.filter((r) => !!r.cells[c]?.figure).length;
    fewPercents.set(c, t.rows.filter((r) => r.cells[c]?.figure?.unit === "%").length * 2 < figs);
  }
  const strayPercent = (i: number, a: number, b: number, z: number) => {
    const n = (pct(i, a) ? 1 : 0) + (pct(i, b) ? 1 : 0) + (pct(i, z) ? 1 : 0);
    return n > 0 && n < 3 && [a, b, z].some((c) => pct(i, c) && fewPercents.get(c));
  };
  const order = [...cols].sort((x, y) => rank(t.header[x]) - rank(t.header[y]));
  for (const target of order) {
    // (A target or plan is set, not computed from the other columns: "| Target | 2022–23 | 2023–24 |".)
    // (A rate against the target, "% of target", "Tỷ lệ so với chỉ tiêu", is computed all the same.)
    if (/(?:target|goal|standard|plan|mục tiêu|kế hoạch|chỉ tiêu)/iu.test(t.header[target] ?? "") && !/(?:%|tỷ lệ|tỉ lệ|rate|ratio|so với|percent|share)/iu.test(t.header[target] ?? "")) continue;
    let best: { f: Formula; ok: number[]; bad: number[]; want: Map<number, Interval> } | undefined;
    let clean = false;
    // A share of the column's own total: "b" is then the total row's cell of column "a".
    const totalIndex = t.rows.findIndex((r) => TOTAL_LABEL.test(r.label));
    const totalRow = totalIndex >= 0 ? t.rows[totalIndex] : undefined;
    for (const a of cols) {
      for (const b of [...cols, -1]) {
        if (a === target || b === target || a === b) continue;
        // (A year's figures are measured, never worked out from a target beside them.)
        if (/^[^\p{L}]*(?:(?:năm|fy|year)[ \t]*)?(?:19|20)\d\d(?:[ \t]*[\/–-][ \t]*\d{2,4})?[^\p{L}]*$/iu.test(t.header[target] ?? "") && [a, b].some((c) => c >= 0 && /(?:target|goal|standard|plan|mục tiêu|kế hoạch|chỉ tiêu)/iu.test(t.header[c] ?? ""))) continue;
        // (Nor is any period's value: "| Target | Q1 | Q2 |" holds no Q2 = ±(Target − Q1); only a column named
        // as a gap, a variance or a rate is worked out from a target.)
        if ([a, b].some((c) => c >= 0 && /(?:target|goal|standard|plan|mục tiêu|kế hoạch|chỉ tiêu)/iu.test(t.header[c] ?? "")) && !/(?:%|variance|gap|difference|short|over|under|chênh|so với|vượt|thiếu|tỷ lệ|tỉ lệ|rate|ratio|percent|share|vs)/iu.test(t.header[target] ?? "")) continue;
        const kinds: [Kind, number | undefined][] = b === -1 ? [["share", undefined]] : [["ratio", undefined], ["growth", undefined], ["sum", undefined], ["diff", undefined], ["absdiff", undefined], ...PER_SCALES.map((k): [Kind, number] => ["per", k]), ...PRODUCT_SCALES.map((k): [Kind, number] => ["product", k])];
        for (const [kind, scale] of kinds) {
          if ((kind === "sum" || kind === "product" || kind === "absdiff") && b < a) continue;
          if (kind === "share" && !totalRow?.cells[a]?.figure) continue;
          // A rate or a product is of amounts: a percentage column is neither its operand nor its value.
          if ((kind === "per" || kind === "product") && [a, b, target].some((c) => percentColumn(t, c))) continue;
          const f: Formula = { kind, a, b, scale, rule: kind === "ratio" || kind === "share" || kind === "per" || kind === "product" ? "fraction-percent" : kind === "growth" ? "change-arithmetic" : "parts-sum" };
          const ok: number[] = [];
          const bad: number[] = [];
          const want = new Map<number, Interval>();
          // A second broken row rules the formula out: stop there (most candidates go in two rows).
          for (let i = 0; i < t.rows.length && bad.length < 2; i++) {
            const x = cellValue(i, a);
            const y = kind === "share" ? cellValue(totalIndex, a) : cellValue(i, b);
            const z = t.rows[i].cells[target]?.figure ? cellValue(i, target) : undefined;
            if (!x || !y || !z) continue;
            // ("| **Total** | **5,712** | — | **742,400** |": a rate or a factor left blank is no nought.)
            if ((kind === "product" || kind === "per" || kind === "ratio") && (t.rows[i].cells[a]?.dash || t.rows[i].cells[b]?.dash)) continue;
            // ("| Tỷ trọng tiền mặt (%) | 9,8 | 8,6 | −1,2 điểm % |": a change in points is no growth rate.)
            // ("| SCIU files within 120 days | 66.7% | 78.6% | +11.9 pts |": nor one marked as points.)
            if ((kind === "growth" || kind === "ratio") && (t.rows[i].cells[target]?.figure?.unit === "pp" || /\d[ \t]*(?:pts?|points?|pp|điểm)(?![\p{L}])/iu.test(t.rows[i].cells[target]?.text ?? ""))) continue;
            if ((kind === "sum" || kind === "diff" || kind === "absdiff") && strayPercent(i, a, b, target)) continue;
            // Binary floats only settle the plain cases; a close one, and every reported one, is decimal.
            // The formula's value is kept for a broken row only (the report's), so a row that plainly
            // agrees needs none.
            // A variance whose sign follows a convention (favourable +, adverse −, income and spending
            // alike) is a difference in size only: left to the decimals.
            const plain = kind === "absdiff" ? UNDECIDED : floatVerdict(kind, x, y, z, scale);
            if (plain !== UNDECIDED) {
              (plain === TOGETHER ? ok : bad).push(i);
              continue;
            }
            const w = apply(f, x.iv, y.iv);
            if (!w) continue;
            want.set(i, w);
            (w.overlaps(kind === "absdiff" ? z.iv.abs() : z.iv) ? ok : bad).push(i);
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
    const w = best.want.get(i) ?? (xv && yv ? apply(best.f, xv.iv, yv.iv) : undefined);
    const zv = cellValue(i, target);
    const absdiff = best.f.kind === "absdiff";
    // (Closed at both ends: 15 / 93,75% is exactly 16, and 93,75 rounds to the 93,8 written.)
    if (!w || !zv) continue;
    const zi = absdiff ? zv.iv.abs() : zv.iv;
    if (w.lo.lte(zi.hi) && zi.lo.lte(w.hi)) continue;
    const decimals = num(fig).decimals;
    const shown = fmt(absdiff && zv.iv.hi.lt(0) ? w.mid.neg() : w.mid, lang, decimals);
    // The cell as written, its sign included ("-8.4", "(7.3)"): the figure leaves the sign out.
    const written = zv.iv.hi.lt(0) ? cell.text.replace(/[*_`]/g, "").trim() : fig.text;
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
        vi: `Cột “${colName}” = ${formula} ở ${best.ok.length} dòng khác; dòng này: ${shown} ≠ ${written} ✗`,
        en: `Column “${colName}” = ${formula} on ${best.ok.length} other rows; this row: ${shown} ≠ ${written} ✗`,
      },
      at: fig,
      message: {
        vi: `Cột “${colName}” = ${formula} ở ${best.ok.length} dòng khác; ở dòng này ra ${shown}, không phải ${written}`,
        en: `Column “${colName}” = ${formula} on ${best.ok.length} other rows; on this row that gives ${shown}, not ${written}`,
      },
      related: others.map((o) => ({ span: o, message: { vi: `ô dùng để tính: ${o.text}`, en: `operand: ${o.text}` } })),
    });
  }
}

/** Whether the rows of `set` add up, in column c, to the total (every row, or for a total over
 * its rows the first two or more of them: a second breakdown of the same whole may follow). */
function addsUp(ctx: UnitContext, set: Table["rows"], c: number, total: Interval, prefixes: boolean): { fits: boolean; sum?: Interval } {
  const vals = set.map((x) => value(ctx, x.cells[c]));
  // (A bound, "at least 60%", "no more than 5", stands for no one value: a sum over it fits anything.)
  if (vals.some((v) => !v || !v.lo.isFinite() || !v.hi.isFinite())) return { fits: false };
  let sum = Interval.point(0);
  let fits = false;
  vals.forEach((v, i) => {
    sum = sum.add(v!);
    if (prefixes && i >= 1 && i < vals.length - 1 && sum.overlaps(total)) fits = true;
  });
  return { fits: fits || sum.overlaps(total), sum };
}

/** Words for the whole a table's rows split ("Network", "Overall", "All corridors", "Toàn mạng
 * lưới"), set in bold on the last row with bold figures: "| **Network** | **48.62** | | |". */
const WHOLE_WORD = /^(?:network|overall|combined|all[ \t]+\p{L}+|whole[ \t]+\p{L}+|county|borough|region|trust|system|city[ \t]+total|toàn[ \t]+\p{L}+|cả[ \t]+\p{L}+|chung)$/u;

function wholeRow(t: Table): Table["rows"][number] | undefined {
  const r = t.rows[t.rows.length - 1];
  if (!r || t.rows.length < 3 || TOTAL_LABEL.test(r.label)) return undefined;
  const raw = (r.cells[0]?.text ?? "").trim();
  if (!/^(?:\*\*|__)[^*_]+(?:\*\*|__)$/u.test(raw) || !WHOLE_WORD.test(raw.replace(/[*_]/gu, "").trim().toLowerCase())) return undefined;
  const bold = r.cells.slice(1).filter((c) => c.figure);
  return bold.length > 0 && bold.every((c) => /^(?:\*\*|__).*(?:\*\*|__)$/u.test(c.text.trim())) ? r : undefined;
}

/** A total row said to count each one once: its rows may overlap. */
/** Rows of a workforce or membership profile: characteristics one person may have several of. */
const PROFILE_ROW = /^(?:female|women|male|men|(?:black|asian|bme|bame|ethnic|minority)[\p{L}, \t-]*|disabled|disability|lgbt\p{L}*|lesbian[\p{L}, \t-]*|aged[ \t]+(?:under|over)[ \t]+\d+|under[ \t]+\d+|over[ \t]+\d+|nữ|nam|người[ \t]+dân[ \t]+tộc[ \t]+thiểu[ \t]+số|dân[ \t]+tộc[ \t]+thiểu[ \t]+số|đảng[ \t]+viên|đoàn[ \t]+viên|dưới[ \t]+\d+[ \t]+tuổi|trên[ \t]+\d+[ \t]+tuổi|khuyết[ \t]+tật|tôn[ \t]+giáo)$/u;
/** Column names that count who (people, households, bodies), not events or amounts. */
const WHO_COUNTED = /(?<![\p{L}])(?:households?|patients?|people|persons?|learners?|students?|pupils?|members?|customers?|clients?|users?|organisations?|organizations?|businesses|families|children|adults|individuals|residents|tenants|applicants|claimants|beneficiaries|hộ|người|đối[ \t]+tượng|học[ \t]+viên|học[ \t]+sinh|doanh[ \t]+nghiệp|khách[ \t]+hàng|hội[ \t]+viên|thành[ \t]+viên|bệnh[ \t]+nhân|lao[ \t]+động)(?![\p{L}])/u;
const EVENTS_COUNTED = /(?<![\p{L}])(?:attendances?|visits?|referrals?|calls?|incidents?|episodes?|admissions?|appointments?|contacts?|awards?|grants?|loans?|applications?|hours?|days?|trips?|journeys?|sessions?|cases?|lượt|vụ|ca|giờ|ngày|món|khoản|hồ[ \t]+sơ|£|\$|value|amount|số[ \t]+tiền|doanh[ \t]+số|tỷ[ \t]+đồng|triệu[ \t]+đồng)(?![\p{L}])/u;
const UNIQUE_TOTAL = /(?<![\p{L}])(?:unique|distinct|individual[ \t]+(?:[\p{L}-]+[ \t]+)?(?:people|persons|patients|clients|service[ \t]+users|users|customers|members|drivers|learners|pupils|students|children|adults|households|families|claimants|applicants|donors|volunteers|visitors)|unduplicated|de-?duplicated|not double[- ]counted|counted once|không trùng lặp|không trùng lắp|không trùng|tính một lần|loại trùng)(?![\p{L}])/u;

function checkTotalRows(ctx: UnitContext, t: Table): void {
  const lang = ctx.lang;
  const whole = wholeRow(t);
  const isTotal = (x: Table["rows"][number]) => x === whole || TOTAL_LABEL.test(x.label);
  let from = 0;
  t.rows.forEach((r, ri) => {
    if (!isTotal(r)) return;
    const uniqueTotal = UNIQUE_TOTAL.test((r.cells[0]?.text ?? r.label).toLowerCase());
    let body = t.rows.slice(from, ri).filter((x) => !isTotal(x));
    from = ri + 1;
    // A total over its rows ("| | Tổng chi | … |" then its parts): the rows below it, up to the next
    // total. Its columns are only judged when another of them adds up over the same rows.
    let above = false;
    if (body.length < 2) {
      const next = t.rows.findIndex((x, j) => j > ri && isTotal(x));
      body = t.rows.slice(ri + 1, next < 0 ? t.rows.length : next);
      above = true;
      if (next >= 0) from = next;
    }
    if (body.length < 2) return;
    // ("| Female | 1,264 |", "| Black, Asian and minority ethnic | 186 |", "| Disabled | 142 |" over "| All
    // officers | 3,486 |": a profile by characteristics that cut across each other; the rows are no parts.)
    if (body.filter((x) => PROFILE_ROW.test(rowName(x).toLowerCase())).length >= 2) return;
    // ("| Chỉ tiêu | ĐVT | … |" with "tỷ đồng" beside "triệu USD": indicators in units of their own are
    // no parts of one total, whatever a row is called.)
    // ("| Đơn vị | … |" names the bodies, the rows themselves; only a unit's own header counts.)
    const unitCol = t.header.findIndex((h, i) => i > 0 && /^(?:đvt|đơn vị tính|units|unit of measure|measure)$/u.test(h.toLowerCase().replace(/[*_.]/gu, "").trim()));
    if (unitCol > 0 && new Set([r, ...body].map((x) => (x.cells[unitCol]?.text ?? "").toLowerCase().trim())).size > 1) return;
    // Candidate sets of parts: every row; rows that are not sub-rows; top-level rows of a hierarchy.
    const sets = [body, body.filter((x) => !SUB_ROW.test(x.label))];
    if (body.some((x) => TOP_ROW.test(x.label))) sets.push(body.filter((x) => TOP_ROW.test(x.label)));
    // ("| **Total fires** | **3,214** |", then false alarms and non-fire incidents with their "— of which"
    // rows, then "| **Total incidents** | **9,846** |": the subtotals above are parts of a later total.)
    const priorTotals = above ? [] : t.rows.slice(0, ri).filter((x) => isTotal(x) && x !== whole);
    if (priorTotals.length) sets.push([...priorTotals, ...body.filter((x) => !SUB_ROW.test(x.label))]);
    // (Group rows with their members in the body: the members are the parts, in that column.)
    const setsOf = (c: number) => {
      const leaves = groupLeaves(body.map((x) => value(ctx, x.cells[c])));
      const out = leaves ? [leaves.map((k) => body[k]), ...sets] : [...sets];
      // ("| *Offered any preferred school* | *4,648* |" after the four preferences: a subtotal of the rows
      // above it, which the total counts once.)
      const subtotals = new Set<number>();
      let run = Interval.point(0);
      let n = 0;
      body.forEach((x, k) => {
        const v = value(ctx, x.cells[c]);
        if (!v) return;
        if (n >= 2 && v.overlaps(run)) {
          subtotals.add(k);
          run = Interval.point(0);
          n = 0;
          return;
        }
        run = run.add(v);
        n++;
      });
      if (subtotals.size) out.push(body.filter((_, k) => !subtotals.has(k)));
      // ("| **Gross expenditure** | **231,520** |" then "| Plot rents | (152,300) |", "| Water recharges |
      // (19,800) |", "| **Total income** | **(172,100)** |": a total after a subtotal of the rows above
      // it may total only the rows since that subtotal, a section of its own.)
      const lastSub = Math.max(-1, ...subtotals);
      if (lastSub >= 0 && body.length - lastSub - 1 >= 2) out.push(body.slice(lastSub + 1));
      return out;
    };
    const summed = (c: number) => {
      const totalFig = r.cells[c]?.figure;
      return totalFig && totalFig.kind === "number" && !NOT_SUMMED.test((t.header[c] ?? "").toLowerCase()) ? totalFig : undefined;
    };
    let anyFits = !above;
    if (above) {
      for (let c = 1; c < r.cells.length && !anyFits; c++) {
        if (!summed(c)) continue;
        const totalIv = value(ctx, r.cells[c])!;
        anyFits = setsOf(c).some((set) => set.length >= 2 && addsUp(ctx, set, c, totalIv, true).fits);
      }
    }
    for (let c = 1; c < r.cells.length; c++) {
      const totalFig = summed(c);
      if (!totalFig) continue;
      // ("| **Year** | … | **18,742** |" under "Active borrowers in quarter": a year counts each one once,
      // the quarters each time they were active.)
      const yearRow = /^[*_ \t]*(?:(?:full[ \t]+|whole[ \t]+|calendar[ \t]+|financial[ \t]+)?year|cả[ \t]+năm)[*_ \t]*$/iu.test(rowName(r));
      if (yearRow && /(?<![\p{L}])(?:active|unique|distinct|individual|in[ \t]+(?:the[ \t]+)?(?:quarter|month|period|week)|on[ \t]+roll|in[ \t]+post|registered|at[ \t]+(?:the[ \t]+)?end|headcount|caseload|open)(?![\p{L}])/iu.test(t.header[c] ?? "")) continue;
      // ("| Year | … | 6,842 |" under "Households helped", "| Cả năm | … | 31.240 |" under "Số hộ được vay": the
      // people, households or bodies of a year may each be counted in several quarters, so the year's count
      // may be less than the quarters' sum, never more.)
      const head = (t.header[c] ?? "").toLowerCase();
      const uniqueColumn = yearRow && WHO_COUNTED.test(head) && !EVENTS_COUNTED.test(head);
      const totalIv = value(ctx, r.cells[c])!;
      // A "total" row that is no larger than its largest row is an average, a rate or a maximum
      // ("Mật độ", "Năng suất (tạ/ha)", "Worst", growth rates): that column is not summed.
      const rowVals = body.map((x) => value(ctx, x.cells[c])).filter((v): v is Interval => !!v);
      if (rowVals.length >= 2 && rowVals.every((v) => v.lo.gte(0)) && rowVals.some((v) => totalIv.hi.lte(v.hi))) continue;
      // ("| Performances in rural venues | 35% | … |" above "| Total audiences | 160,000 | … |": a
      // scorecard's rows of other units; the row named "Total" totals something else.)
      if (body.some((x) => { const f = x.cells[c]?.figure; return !!f && (f.unit ?? "") !== (totalFig.unit ?? ""); })) continue;
      let fits = false;
      let shownSum: Interval | undefined;
      let parts: Figure[] = [];
      for (const set of setsOf(c)) {
        if (set.length < 2) continue;
        const res = addsUp(ctx, set, c, totalIv, above);
        // ("| Total patients (unique) | 2,146 |", "| Tổng số (số người tính không trùng lặp) | 29.473 |",
        // "| Total individual drivers | 3,412 |": a total that counts each one once, over rows that may
        // count one in two of them, can be less than their sum, never more.)
        if (res.fits || ((uniqueTotal || uniqueColumn) && !!res.sum && !res.sum.hi.lt(totalIv.lo))) {
          fits = true;
          break;
        }
        // (The reading nearest the total is the one shown: the rows the writer most likely meant.)
        if (res.sum && (!shownSum || res.sum.mid.minus(totalIv.mid).abs().lt(shownSum.mid.minus(totalIv.mid).abs()))) {
          shownSum = res.sum;
          parts = set.map((x) => x.cells[c].figure).filter((x): x is Figure => !!x);
        }
      }
      if (fits || !shownSum || !anyFits) {
        if (fits) ctx.emit({ kind: "total-parts", rule: "parts-sum", roles: [{ figure: totalFig, role: lang === "vi" ? "tổng" : "total" }], ok: true, explain: { vi: `dòng tổng của cột “${t.header[c] ?? ""}” khớp ✓`, en: `total row of column “${t.header[c] ?? ""}” adds up ✓` } });
        continue;
      }
      const decimals = num(totalFig).decimals;
      // In the total's own scale ("$24.7m": 25.7, not 25,700,000).
      const sumText = fmt(totalFig.scale ? shownSum.mid.div(new D(totalFig.scale.factor)) : shownSum.mid, lang, decimals);
      const colName = t.header[c] || `#${c + 1}`;
      ctx.emit({
        kind: "total-parts",
        rule: "parts-sum",
        roles: [{ figure: totalFig, role: lang === "vi" ? "tổng" : "total" }, ...parts.map((p) => ({ figure: p, role: lang === "vi" ? "phần" : "part" }))],
        ok: false,
        explain: { vi: `Cột “${colName}”: các dòng cộng lại ${sumText} ≠ ${totalFig.text} ✗`, en: `Column “${colName}”: the rows add up to ${sumText} ≠ ${totalFig.text} ✗` },
        at: totalFig,
        message: {
          vi: `Cột “${colName}”: các dòng cộng lại ${sumText}, nhưng dòng “${rowName(r)}” ghi ${totalFig.text}`,
          en: `Column “${colName}”: the rows add up to ${sumText}, but the “${rowName(r)}” row says ${totalFig.text}`,
        },
        related: parts.map((p) => ({ span: p, message: { vi: `phần: ${p.text}`, en: `part: ${p.text}` } })),
      });
    }
  });
}

/** "Harlow was the only area where the median price fell" under a table whose change column gives
 * Harlow +1.4% (or another area a fall too): the verb against the signs of the column. */
export function checkOnlyChanges(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const o of findOnlyChanges(ctx)) {
    const want = o.fall ? -1 : 1;
    const me = o.values.find((v) => v.row === o.row)!;
    const others = o.values.filter((v) => v.row !== o.row && v.sign === want);
    const ok = me.sign === want && !others.length;
    const name = (r: (typeof o.values)[number]) => r.row.cells[0]?.text.replace(/[*_`]/g, "").trim() ?? r.row.label;
    const metric = o.metric.replace(/[*_`]/g, "").trim();
    const verb = { vi: o.fall ? "giảm" : "tăng", en: o.fall ? "fell" : "rose" };
    const why = me.sign !== want
      ? { vi: `cột “${metric}” ghi ${me.text}`, en: `the “${metric}” column gives it ${me.text}` }
      : { vi: `${others.map((v) => `${name(v)} (${v.text})`).join(", ")} cũng ${verb.vi}`, en: `${others.map((v) => `${name(v)} (${v.text})`).join(", ")} also ${verb.en}` };
    ctx.emit({
      kind: "change",
      rule: "change-direction",
      // (A table of the unit before: its figures are related locations only.)
      roles: o.source !== ctx ? [] : [{ figure: me.figure, role: lang === "vi" ? "thay đổi" : "change" }, ...others.map((v) => ({ figure: v.figure, role: lang === "vi" ? "dòng khác" : "other row" }))],
      ok,
      at: o.at,
      explain: {
        vi: `Duy nhất ${name(me)} ${verb.vi}: ${o.values.map((v) => `${name(v)} ${v.text}`).join("; ")} ${ok ? "✓" : "✗"}`,
        en: `Only ${name(me)} ${verb.en}: ${o.values.map((v) => `${name(v)} ${v.text}`).join("; ")} ${ok ? "✓" : "✗"}`,
      },
      message: {
        vi: `Ghi ${name(me)} là nơi duy nhất ${verb.vi} nhưng ${why.vi}`,
        en: `${name(me)} is said to be the only one that ${verb.en} but ${why.en}`,
      },
      related: [{ span: o.source !== ctx ? ctx.fromPrevious(me.figure) : me.figure, message: { vi: name(me), en: name(me) } }],
    });
  }
}
