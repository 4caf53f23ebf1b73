// Tables: pipe tables (Markdown, or plain text laid out the same way) and plain-text tables laid out
// with spaces (findPlainTables below): rows of cells, each cell with the
// figure read inside it. Checks learn each column's formula from the table's own rows.
import type { Figure, Span } from "../types.ts";
import type { UnitContext } from "./context.ts";

export interface Cell extends Span {
  text: string;
  /** The one figure read inside the cell, if it holds exactly one. */
  figure?: Figure;
  /** Every figure read inside the cell, when it holds more than one. */
  figures?: Figure[];
  /** "-", "—", "–": nothing, read as zero in a sum. */
  dash: boolean;
}

export interface Row extends Span {
  cells: Cell[];
  /** The first cell's text, lower case, without Markdown emphasis. */
  label: string;
}

export interface Table {
  /** Header cells as written (without emphasis); compare in lower case. */
  header: string[];
  rows: Row[];
}

// (GFM asks one hyphen a cell, "|:-:|--:|", once the row has a pipe.)
const DELIMITER = /^(?=[^\n]*\|)[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$|^[ \t]*:?-{3,}:?[ \t]*$/;
const DASH = /^[ \t]*[-—–][ \t]*$/;

function splitCells(ctx: UnitContext, start: number, end: number): Cell[] {
  const line = ctx.text.slice(start, end);
  const out: Cell[] = [];
  let from = 0;
  const lead = /^[ \t]*\|/.exec(line);
  if (lead) from = lead[0].length;
  for (let i = from; i <= line.length; i++) {
    const atEnd = i === line.length;
    if (!atEnd && (line[i] !== "|" || line[i - 1] === "\\")) continue;
    const raw = line.slice(from, i);
    if (atEnd && !raw.trim()) break;
    const a = start + from + (raw.length - raw.trimStart().length);
    const b = start + from + raw.trimEnd().length;
    out.push({ start: a, end: Math.max(a, b), text: raw.trim(), dash: DASH.test(raw) });
    from = i + 1;
  }
  return out;
}

/** Figures inside a cell: exactly one, or none. */
function attach(ctx: UnitContext, cells: Cell[], figs: Figure[], k: { i: number }): void {
  for (const c of cells) {
    while (k.i < figs.length && figs[k.i].end <= c.start) k.i++;
    const inside: Figure[] = [];
    for (let j = k.i; j < figs.length && figs[j].start < c.end; j++) if (figs[j].start >= c.start && figs[j].end <= c.end) inside.push(figs[j]);
    if (inside.length === 1) c.figure = inside[0];
    else if (inside.length > 1) c.figures = inside;
  }
}

/**
 * The tables of the unit that end before `from` (with `adjacent`, none when a blank line parts the
 * last of them from `from`), else, when `lookBack()` allows, the tables of the unit before: where a
 * sentence finds the table it speaks of.
 */
export function tablesAbove(ctx: UnitContext, from: number, lookBack: () => boolean, adjacent = false): { src: UnitContext; tables: Table[] } {
  let tables = findTables(ctx).filter((t) => t.rows.length && t.rows[t.rows.length - 1].end <= from);
  if (adjacent && tables.length) {
    const last = tables[tables.length - 1];
    if (/\n[ \t]*\n/u.test(ctx.text.slice(last.rows[last.rows.length - 1].end, from))) tables = [];
  }
  if (tables.length || !lookBack()) return { src: ctx, tables };
  const prev = ctx.previous();
  return prev ? { src: prev, tables: findTables(prev) } : { src: ctx, tables: [] };
}

export function findTables(ctx: UnitContext): Table[] {
  return ctx.memo("tables", () => {
    const out: Table[] = [];
    const text = ctx.text;
    const lines: Span[] = [];
    for (let a = 0; a <= text.length; ) {
      let b = text.indexOf("\n", a);
      if (b < 0) b = text.length;
      lines.push({ start: a, end: b > a && text[b - 1] === "\r" ? b - 1 : b });
      a = b + 1;
    }
    const k = { i: 0 };
    for (let li = 0; li + 2 < lines.length; li++) {
      const head = lines[li];
      const headText = text.slice(head.start, head.end);
      if (!headText.includes("|")) continue;
      const delimited = DELIMITER.test(text.slice(lines[li + 1].start, lines[li + 1].end));
      if (!delimited && !undelimitedBlock(ctx, lines, li)) continue;
      const header = splitCells(ctx, head.start, head.end).map((c) => c.text.replace(/[*_`]/g, "").trim());
      const rows: Row[] = [];
      let lj = delimited ? li + 2 : li + 1;
      for (; lj < lines.length; lj++) {
        const l = lines[lj];
        if (!text.slice(l.start, l.end).includes("|")) break;
        const cells = splitCells(ctx, l.start, l.end);
        attach(ctx, cells, ctx.figures, k);
        rows.push({ start: l.start, end: l.end, cells, label: labelText(cells[0]) });
      }
      if (rows.length >= 2) {
        numberedLabels(header, rows);
        out.push({ header, rows });
      }
      li = lj - 1;
    }
    out.push(...findPlainTables(ctx, lines));
    return out;
  });
}

/** A cell a header may hold: words, or a year or period ("2023", "2023/24", "31 Mar 2024"). */
const HEADER_CELL = /^(?=[^|]*\p{L})[^|]*$|^(?:19|20)\d\d(?:[-–\/](?:19|20)?\d\d)?$/u;

/**
 * "Địa phương | Kế hoạch | Thực hiện | Tỷ lệ (%)" over rows of the same cells, with no "---" line
 * under the header, as plain-text reports lay tables out: a block of three lines or more that stands
 * alone (no piped line right above it), every line with the same number of cells (three or more),
 * a header of words, and figures in at least two of the rows.
 */
function undelimitedBlock(ctx: UnitContext, lines: Span[], li: number): boolean {
  const text = ctx.text;
  if (li > 0 && text.slice(lines[li - 1].start, lines[li - 1].end).includes("|")) return false;
  let lj = li;
  while (lj < lines.length && text.slice(lines[lj].start, lines[lj].end).includes("|") && !DELIMITER.test(text.slice(lines[lj].start, lines[lj].end))) lj++;
  if (lj - li < 3 || (lj < lines.length && DELIMITER.test(text.slice(lines[lj].start, lines[lj].end)))) return false;
  const cells = lines.slice(li, lj).map((l) => splitCells(ctx, l.start, l.end));
  const n = cells[0].length;
  if (n < 3 || cells.some((c) => c.length !== n)) return false;
  if (!cells[0].every((c) => HEADER_CELL.test(c.text.replace(/[*_`]/g, "").trim()))) return false;
  return cells.slice(1).filter((c) => c.slice(1).some((x) => /\d/u.test(x.text))).length >= 2;
}

function labelText(c: Cell | undefined): string {
  return (c?.text ?? "").toLowerCase().replace(/[*_`]/g, "").trim();
}

/** A row-number cell: "1", "2.", "1.1", "I", "II.", "a)", "-", "+", or nothing. */
const STT_CELL = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[ivxlc]{1,6}[.)]?|[a-dđ][.)]?|[-+•–]|)$/u;
const STT_HEAD = /^(?:stt|tt|số tt|số thứ tự|no\.?|#|)$/u;

/**
 * A pipe table whose first column numbers the rows ("| STT | Nội dung | … |", "| 1 | Chi đầu tư | … |",
 * "| | Tổng chi | … |"): the row's label is the second cell, led by its number written as a list
 * would write it ("I. thu ngân sách", "1.1. …", "- …"), so that total rows, sub-rows and top rows are
 * told apart as in a table without the column.
 */
function numberedLabels(header: string[], rows: Row[]): void {
  if (!STT_HEAD.test(header[0]?.toLowerCase() ?? "x")) return;
  if (!rows.every((r) => r.cells.length >= 3 && STT_CELL.test(labelText(r.cells[0])) && /\p{L}/u.test(r.cells[1].text))) return;
  if (!rows.some((r) => labelText(r.cells[0]))) return;
  for (const r of rows) {
    const no = labelText(r.cells[0]);
    const name = labelText(r.cells[1]);
    r.label = !no ? name : /^[-+•–]$/.test(no) || /[.)]$/.test(no) ? `${no} ${name}` : `${no}. ${name}`;
  }
}

// Plain-text tables: columns laid out with runs of spaces (or tabs), as in .txt reports:
//
//     Category                          2023      2024    Change
//     Violence against the person     18,402    17,845     -3.0%
//     …
//     Total                           50,527    48,962     -3.1%
//
// Strict, because a false table is a false alarm waiting to happen: the block stands alone
// between blank lines (a header line of column names may sit on top), has at least three rows,
// every row has the same columns, each column's cells start or end at one position, every row's
// label holds a letter and at least one cell of every row is a bare figure.

interface Seg {
  /** Offsets in the line. */
  a: number;
  b: number;
  /** Visual columns (tabs to multiples of 8). */
  va: number;
  vb: number;
}

/** A cell that is a bare figure: "18,402", "-3.0%", "(30.7%)", "£268.3m", "US$4.6", "1.9". */
const VALUE_CELL = /^\(?[+\-−–]?(?:[£$€¥]|US\$|A\$)?[+\-−–]?\d[\d,.]*(?:%|[kmb]n?|bn)?\)?$/iu;
/** A year or a year range or quarter: column names, not values. */
const YEAR_CELL = /^(?:(?:q[1-4]|h[12]|fy)\s*)?(?:19|20)\d\d(?:[/-]\d{2,4})?$/iu;
/** A row number: "1", "12.", "3)". */
const ROW_NUMBER = /^\d{1,3}[.)]?$/;
/** A cell followed by its bracketed percentage in the same column: "1,602 (30.7%)". */
const WITH_BRACKET = /^(.*\S)[ \t]+(\([+\-−–]?\d[\d.,]*%\))$/u;
const PLAIN_LINE = /\S(?: {2,}|\t)\S/;

function segments(line: string): Seg[] {
  const out: Seg[] = [];
  let v = 0;
  let cur: Seg | undefined;
  let gap = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    const w = ch === "\t" ? 8 - (v % 8) : 1;
    if (ch === " " || ch === "\t" || ch === "\u00a0") {
      gap += ch === "\t" ? 2 : 1;
    } else {
      if (!cur || gap >= 2) {
        cur = { a: i, b: i + 1, va: v, vb: v + 1 };
        out.push(cur);
      } else {
        cur.b = i + 1;
        cur.vb = v + 1;
      }
      gap = 0;
    }
    v += w;
  }
  return out;
}

function isValueCell(t: string): boolean {
  const m = WITH_BRACKET.exec(t);
  if (m) t = m[1];
  // "£000", "$'000": the unit over a column of thousands, not a value.
  return VALUE_CELL.test(t) && !YEAR_CELL.test(t) && !/^\(?(?:[£$€¥]|US\$)'?000\)?$/iu.test(t);
}

/**
 * A data row: a label, then short cells, one of them at least a bare figure. A weak row (a figure
 * in some cell, none bare: "below 1,200 1,146") may continue a table but never start one.
 */
function rowSegments(line: string, weak = false): Seg[] | undefined {
  if (line.includes("|") || !PLAIN_LINE.test(line)) return undefined;
  const segs = segments(line);
  if (segs.length < 2) return undefined;
  const texts = segs.map((s) => line.slice(s.a, s.b));
  const numbered = ROW_NUMBER.test(texts[0]);
  let value = false;
  for (let i = 1; i < texts.length; i++) {
    const long = numbered && i === 1 ? 80 : 30;
    if (texts[i].length > long) return undefined;
    if (isValueCell(texts[i]) || (weak && /\d/.test(texts[i]))) value = true;
  }
  if (!value || texts[0].length > 80) return undefined;
  return segs;
}

/** A line of running text: words and single spaces, a sentence's end inside it. */
function proseLine(line: string): boolean {
  return line.length >= 60 && /^[ \t]{0,3}\p{Lu}/u.test(line) && !/\S[ \t]{3,}\S/.test(line) && /[.!?](?:[ \t]|$)/.test(line);
}

/** A ruled line under a header or over a total row ("-------", "=====", "───"): layout, not a row. */
const RULE_LINE = /^[ \t]*[-=_─━–—+]{5,}[-=_─━–—+ \t]*$/u;

function findPlainTables(ctx: UnitContext, allLines: Span[]): Table[] {
  const text = ctx.text;
  if (!PLAIN_LINE.test(text)) return [];
  const lines = allLines.filter((l) => !RULE_LINE.test(text.slice(l.start, l.end)));
  const out: Table[] = [];
  const k = { i: 0 };
  const lineText = (i: number) => text.slice(lines[i].start, lines[i].end);
  const blank = (i: number) => i < 0 || i >= lines.length || !lineText(i).trim();
  for (let li = 0; li < lines.length; li++) {
    const first = rowSegments(lineText(li));
    if (!first) continue;
    const block: Seg[][] = [first];
    let lj = li + 1;
    for (; lj < lines.length; lj++) {
      const segs = rowSegments(lineText(lj), true);
      if (!segs) break;
      block.push(segs);
    }
    const from = li;
    li = lj - 1;
    // Alone between blank lines, with at most a header line on top (and over it a caption that
    // ends in ":"); or followed at once by a line of prose ("Lakeport remains the largest market, …").
    if (block.length < 3 || (!blank(lj) && !proseLine(lineText(lj)))) continue;
    // The header: a line of column names, or two: the names and under them their units
    // ("2024  2023  Change" over "£m  £m  %"); a units line alone names the columns too.
    const heads: number[] = [];
    if (!blank(from - 1)) {
      heads.push(from - 1);
      const over = from - 2;
      const namesOver = !blank(over) && segments(lineText(over)).length >= 2 && !proseLine(lineText(over));
      if (namesOver && (UNITS_LINE.test(lineText(from - 1)) || nameContinues(lineText(from - 1), lineText(over), first))) heads.unshift(over);
    }
    // A caption right over the rows, with no column names ("Table 3: Income 2023/24", "Revenue"):
    // no header.
    if (heads.length === 1 && segments(lineText(heads[0])).length < 2 && captionLine(lineText(heads[0])) && lineText(heads[0]).trim().length <= 80 && blank(heads[0] - 1)) heads.length = 0;
    const top = heads.length ? heads[0] : from;
    // Over the header a caption may stand: a line ending in ":", or a short heading with no
    // sentence in it ("Revenue", "6. FINANCE"), with a blank line or the unit's start above it.
    if (heads.length && !blank(top - 1) && !(captionLine(lineText(top - 1)) && blank(top - 2))) continue;
    const t = plainTable(ctx, lines, from, block, heads, k);
    if (t) out.push(t);
  }
  return out;
}

/**
 * The second line of column names that wrap ("Xác nhận không" over "thuộc diện cấp", "Provisional"
 * over "outturn"): words only, none over the labels, each under a name of the line above.
 */
function nameContinues(line: string, above: string, firstRow: Seg[]): boolean {
  const segs = segments(line);
  const names = segments(above);
  if (!segs.length || segs[0].va <= firstRow[0].vb) return false;
  return segs.every((s) => !isValueCell(line.slice(s.a, s.b)) && names.some((h) => Math.min(h.vb, s.vb) > Math.max(h.va, s.va)));
}

/** A line of units over a table's columns: "£m  £m  %", "(tỷ đồng)  (%)", "£000". */
const UNITS_LINE = /^[ \t]*\(?(?:[£$€¥%]|us\$|'?000|\b(?:m|bn|k|mn|tỷ|triệu|nghìn|ngàn|đồng|usd|vnđ|ha|tấn|tonnes|người|hộ)\b)(?:[ \t]*(?:[£$€¥%()/]|us\$|'?000|\b(?:m|bn|k|mn|tỷ|triệu|nghìn|ngàn|đồng|usd|vnđ|ha|tấn|tonnes|người|hộ)\b))*[ \t]*$/iu;

/** A caption over a table: a line ending in ":", or a short heading without a sentence in it. */
function captionLine(line: string): boolean {
  const t = line.trim();
  if (/:$/.test(t)) return true;
  // "Table 1: Dry-year supply-demand balance, 2023/24 (Ml/d)", "Bảng 2. Kết quả …".
  if (t.length <= 120 && /^(?:table|bảng|biểu)[ \t]+\d{1,2}[a-z]?[.:][ \t]+\p{L}/iu.test(t) && !/\S[ \t]{3,}\S/.test(t) && !/[.!?]$/.test(t)) return true;
  return t.length > 0 && t.length <= 50 && /^(?:\d{1,2}\.[ \t]+|[IVX]{1,4}\.[ \t]+)?\p{L}[\p{L}\p{M}\d '’&,()/:£$€%.-]*$/u.test(t) && !/[.!?]$/.test(t) && !/\S[ \t]{2,}\S/.test(t);
}

function plainTable(ctx: UnitContext, lines: Span[], from: number, block: Seg[][], heads: number[], k: { i: number }): Table | undefined {
  const text = ctx.text;
  const lineText = (i: number) => text.slice(lines[i].start, lines[i].end);
  // The number of columns most rows have; a shorter row may have a single space where the others
  // break a column ("below 1,200 1,146").
  const counts = new Map<number, number>();
  for (const r of block) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  const n = [...counts.entries()].sort((x, y) => y[1] - x[1] || y[0] - x[0])[0][0];
  const full = block.filter((r) => r.length === n);
  const los: number[] = [];
  const his: number[] = [];
  for (let c = 0; c < n; c++) {
    los.push(minOf(full, (r) => r[c].va));
    his.push(maxOf(full, (r) => r[c].vb));
  }
  const lo = (c: number) => los[c];
  const hi = (c: number) => his[c];
  // Numbered rows ("1   Thành phố Đồng Hới   20 …") under which the total row has no number
  // ("    Cộng   380 …"): its label stands in the labels' column.
  const numberedFull = full.every((r) => ROW_NUMBER.test(lineText(from + block.indexOf(r)).slice(r[0].a, r[0].b)));
  const rows: Seg[][] = [];
  for (let ri = 0; ri < block.length; ri++) {
    let r = block[ri];
    if (r.length === n - 1 && n >= 4 && numberedFull && Math.abs(r[0].va - lo(1)) <= 1) r = [{ a: r[0].a, b: r[0].a, va: lo(0), vb: lo(0) }, ...r];
    if (r.length < n) r = resplit(lineText(from + ri), r, n, lo, hi) ?? r;
    if (r.length !== n) return undefined;
    rows.push(r);
  }
  // Each column's cells share a left or a right edge (give or take one place: hand-made layouts
  // slip); the labels start at one place; no column runs into the next.
  const left: number[] = [];
  const right: number[] = [];
  for (let c = 0; c < n; c++) {
    left.push(minOf(rows, (r) => r[c].va));
    right.push(maxOf(rows, (r) => r[c].vb));
    const starts = maxOf(rows, (r) => r[c].va) - left[c];
    const ends = right[c] - minOf(rows, (r) => r[c].vb);
    if (c === 0 ? starts !== 0 : starts > 1 && ends > 1) return undefined;
    if (c > 0 && right[c - 1] >= left[c]) return undefined;
  }
  const texts = rows.map((r, ri) => r.map((s) => lineText(from + ri).slice(s.a, s.b)));
  // The label: the first cell, or the second after a row number; it holds a letter.
  const numbered = texts.every((r) => ROW_NUMBER.test(r[0]) || (numberedFull && !r[0]));
  const labelCol = numbered ? 1 : 0;
  // ("2021            1.250          1.205": a year names its row too.)
  if (labelCol >= n - 1 || !texts.every((r) => /\p{L}/u.test(r[labelCol]) || /^(?:19|20)\d\d(?:[\/–-]\d{2,4})?$/u.test(r[labelCol].trim()))) return undefined;
  // Header: each name over one column of its own.
  const header: string[] = new Array(n).fill("");
  for (const headLine of heads) {
    const ht = lineText(headLine);
    const hs = segments(ht);
    if ((hs.length < 2 && headLine === heads[0]) || ht.includes("|")) return undefined;
    const taken = new Set<number>();
    for (const h of hs) {
      const name = ht.slice(h.a, h.b);
      if (isValueCell(name)) return undefined;
      let best = -1;
      let bestOverlap = 0;
      for (let c = 0; c < n; c++) {
        const a = c === 0 ? 0 : right[c - 1] + 1;
        const b = c + 1 < n ? left[c + 1] - 1 : Infinity;
        const overlap = Math.min(b, h.vb) - Math.max(a, h.va);
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = c;
        }
      }
      if (best < 0 || taken.has(best)) return undefined;
      taken.add(best);
      // A units line under the names: "2024 (£m)", "Change (%)".
      header[best] = !header[best] ? name : UNITS_LINE.test(ht) ? `${header[best]} (${name.replace(/^\((.*)\)$/, "$1")})` : `${header[best]} ${name}`;
    }
  }
  // Cells, with a bracketed percentage split into a column of its own when every row has one.
  const split = new Set<number>();
  for (let c = labelCol + 1; c < n; c++) if (texts.every((r) => WITH_BRACKET.test(r[c]))) split.add(c);
  const head: string[] = [];
  for (let c = 0; c < n; c++) {
    head.push(header[c]);
    if (split.has(c)) head.push("");
  }
  const out: Row[] = [];
  rows.forEach((r, ri) => {
    const base = lines[from + ri].start;
    const cells: Cell[] = [];
    r.forEach((s, c) => {
      const raw = text.slice(base + s.a, base + s.b);
      const m = split.has(c) ? WITH_BRACKET.exec(raw) : null;
      if (m) {
        cells.push(cell(base + s.a, base + s.a + m[1].length, m[1]));
        cells.push(cell(base + s.b - m[2].length, base + s.b, m[2]));
      } else cells.push(cell(base + s.a, base + s.b, raw));
    });
    attach(ctx, cells, ctx.figures, k);
    out.push({ start: base + r[0].a, end: base + r[r.length - 1].b, cells, label: cells[labelCol].text.toLowerCase() });
  });
  return { header: head.map((h) => h.replace(/[*_`]/g, "").trim()), rows: out };
}

function minOf(rows: Seg[][], f: (r: Seg[]) => number): number {
  let m = Infinity;
  for (const r of rows) m = Math.min(m, f(r));
  return m;
}

function maxOf(rows: Seg[][], f: (r: Seg[]) => number): number {
  let m = -Infinity;
  for (const r of rows) m = Math.max(m, f(r));
  return m;
}

function cell(start: number, end: number, text: string): Cell {
  return { start, end, text, dash: DASH.test(text) };
}

/** A row with fewer cells than the table: split at single spaces that stand where the other rows break a column. */
function resplit(line: string, r: Seg[], n: number, lo: (c: number) => number, hi: (c: number) => number): Seg[] | undefined {
  const out: Seg[] = [];
  let c = 0;
  for (const s of r) {
    let cur = { ...s };
    while (c + 1 < n && cur.va < lo(c + 1) && cur.vb > lo(c + 1)) {
      // The break: a space after every other row's column c ends and before column c+1 starts.
      const v = lo(c + 1) - 1;
      const i = cur.a + (v - cur.va);
      if (line.slice(cur.a, cur.b).includes("\t") || line[i] !== " " || v < hi(c) || line[i + 1] === " ") return undefined;
      out.push({ a: cur.a, b: i, va: cur.va, vb: v });
      cur = { a: i + 1, b: cur.b, va: v + 1, vb: cur.vb };
      c++;
    }
    out.push(cur);
    c++;
  }
  return out.length === n ? out : undefined;
}

/** A total row: "Tổng", "Tổng cộng", "Cộng", "Toàn tỉnh", "Total". */
// ("Quarter total", "Programme total", "Year total": a total named by its span ends with the word.)
// ("Year" under "Jan - Mar" … "Oct - Dec": the year is the sum of its quarters.)
export const TOTAL_LABEL = /^(?:tổng cộng|cả năm(?![ \t]+\d)|(?:full[ \t]+|whole[ \t]+|calendar[ \t]+|financial[ \t]+)?year$|tổng số|tổng|lũy kế|luỹ kế|cộng(?![ \t]+đồng)|toàn tỉnh|toàn huyện|toàn thành phố|toàn ngành|total|grand total|all(?![ \t]+others?\b)|(?:quarter|year|annual|half-year|programme|program|overall|combined|period|month|monthly|weekly|yearly|q[1-4]|h[12])[ \t]+totals?(?:[ \t]*\([^()]*\))?$)(?![\p{L}])/u;
/** Rows inside another row: "- trong đó …", "+ …", "a) …", "1.1 …", "of which". */
export const SUB_ROW = /^(?:[-+•–—]|trong đó|of which|in which|including|[a-zđ]\)|\d+\.\d+|\()/u;
/** Rows that head a group of their own: "I.", "II.", "A.", "1." at the top of a hierarchy. */
export const TOP_ROW = /^(?:[ivxlc]+[.)]|[a-d][.)])[ \t]/u;

// Lists laid out as tables: list items each holding one amount, with or without its share in
// brackets right after it:
//
//     - Ngân sách trung ương: 2.146,8 tỷ đồng (9,9%);
//     - Ngân sách địa phương: 5.873,5 tỷ đồng (27,2%);
//     …
//       - 1,236 (28.0%) received first-class honours;
//
// Each becomes a row: the item's words, its amount, and its share (when every item has one).

export interface ListTable extends Table {
  /** The lines before the list, up to a blank line or the unit's start: where its whole is named. */
  lead?: Span;
  /** Every item is "label: amount" or "label amount", the amount its only figure out of brackets. */
  labelled: boolean;
}

const LIST_LINE = /^([ \t]*)([-*+•–]|\d{1,2}[.)]|[a-zđ]\))[ \t]+/u;

function markerKind(m: string): string {
  return /^\d/.test(m) ? "1" : /^[a-zđ]\)$/u.test(m) ? "a" : m;
}

/** Inside an unclosed bracket between from and at. */
function bracketed(text: string, from: number, at: number): boolean {
  const t = text.slice(from, at);
  return t.lastIndexOf("(") > t.lastIndexOf(")");
}

export function findListTables(ctx: UnitContext): ListTable[] {
  return ctx.memo("list-tables", () => {
    const out: ListTable[] = [];
    const text = ctx.text;
    const figs = ctx.figures;
    interface Item { start: number; from: number; end: number; indent: string; kind: string }
    const items: Item[] = [];
    for (let a = 0; a <= text.length; ) {
      let b = text.indexOf("\n", a);
      if (b < 0) b = text.length;
      const end = b > a && text[b - 1] === "\r" ? b - 1 : b;
      const line = text.slice(a, end);
      const m = LIST_LINE.exec(line);
      if (m) items.push({ start: a, from: a + m[0].length, end, indent: m[1], kind: markerKind(m[2]) });
      else if (line.trim()) items.push({ start: a, from: a, end, indent: "", kind: "" });
      a = b + 1;
    }
    let fi = 0;
    for (let i = 0; i < items.length; ) {
      if (!items[i].kind) {
        i++;
        continue;
      }
      let j = i;
      while (j < items.length && items[j].kind === items[i].kind && items[j].indent === items[i].indent) j++;
      const group = items.slice(i, j);
      const leadLine = i > 0 && !items[i - 1].kind ? items[i - 1] : undefined;
      i = j;
      if (group.length < 3) continue;
      const rows: Row[] = [];
      let labelled = true;
      let shares = true;
      for (const it of group) {
        while (fi < figs.length && figs[fi].start < it.from) fi++;
        const inside: Figure[] = [];
        for (let k = fi; k < figs.length && figs[k].start < it.end; k++) if (figs[k].end <= it.end) inside.push(figs[k]);
        const amount = inside.find((f) => f.kind === "number" && !bracketed(text, it.from, f.start));
        if (!amount || amount.unit === "%" || amount.unit === "pp" || amount.unit === "times" || amount.perYear) {
          rows.length = 0;
          break;
        }
        const next = inside[inside.indexOf(amount) + 1];
        // Its share: in brackets right after it, or after a comma and "chiếm" / "accounting for"
        // ("12 vụ, chiếm 32,4%;", "1,240 cases, accounting for 41.3%").
        const between = next ? ctx.lower.slice(amount.end, next.qualifiers[0]?.start ?? next.start) : "";
        const share =
          next && next.kind === "percent" && next.unit === "%" &&
          ((/^[ \t]*\([ \t]*$/.test(between) && /^[ \t]*\)/.test(text.slice(next.end))) ||
            (/^(?:[ \t]+[\p{L}\p{M}]+){0,2}[ \t]*,[ \t]*(?:chiếm|accounting[ \t]+for|making[ \t]+up)[ \t]+(?:tỷ lệ[ \t]+)?$/u.test(between) && /^[ \t]*(?:[;.,]?[ \t]*)$/.test(text.slice(next.end, it.end))))
            ? next
            : undefined;
        if (!share) shares = false;
        const outside = inside.filter((f) => !bracketed(text, it.from, f.start) && f !== share);
        const before = ctx.lower.slice(it.from, amount.qualifiers[0]?.start ?? amount.start);
        if (outside.length !== 1 || !/^[\p{L}\p{M}\d \t'’,()&/-]*\p{L}[\p{L}\p{M}\d \t'’,()&/-]*:[ \t]*$/u.test(before)) labelled = false;
        const label: Cell = { start: it.from, end: it.end, text: text.slice(it.from, it.end).trim(), dash: false };
        const cells: Cell[] = [label, { start: amount.start, end: amount.end, text: amount.text, figure: amount, dash: false }];
        if (share) cells.push({ start: share.start, end: share.end, text: share.text, figure: share, dash: false });
        rows.push({ start: it.start, end: it.end, cells, label: (labelled ? before.replace(/:[ \t]*$/, "") : label.text.toLowerCase()).trim() });
      }
      if (rows.length < 3) continue;
      if (!shares) for (const r of rows) r.cells.length = 2;
      out.push({ header: shares ? ["", ctx.lang === "vi" ? "số liệu" : "amount", "%"] : ["", ctx.lang === "vi" ? "số liệu" : "amount"], rows, labelled, lead: leadLine ? { start: leadLine.start, end: leadLine.end } : undefined });
    }
    return out;
  });
}
