// Pipe tables (Markdown, or plain text laid out the same way): rows of cells, each cell with the
// figure read inside it. Checks learn each column's formula from the table's own rows.
import type { Figure, Span } from "../types.ts";
import type { UnitContext } from "./context.ts";

export interface Cell extends Span {
  text: string;
  /** The one figure read inside the cell, if it holds exactly one. */
  figure?: Figure;
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

const DELIMITER = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
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
  }
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
      if (!headText.includes("|") || !DELIMITER.test(text.slice(lines[li + 1].start, lines[li + 1].end))) continue;
      const header = splitCells(ctx, head.start, head.end).map((c) => c.text.replace(/[*_`]/g, "").trim());
      const rows: Row[] = [];
      let lj = li + 2;
      for (; lj < lines.length; lj++) {
        const l = lines[lj];
        if (!text.slice(l.start, l.end).includes("|")) break;
        const cells = splitCells(ctx, l.start, l.end);
        attach(ctx, cells, ctx.figures, k);
        rows.push({ start: l.start, end: l.end, cells, label: (cells[0]?.text ?? "").toLowerCase().replace(/[*_`]/g, "").trim() });
      }
      if (rows.length >= 2) out.push({ header, rows });
      li = lj - 1;
    }
    return out;
  });
}

/** A total row: "Tổng", "Tổng cộng", "Cộng", "Toàn tỉnh", "Total". */
export const TOTAL_LABEL = /^(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|toàn huyện|toàn thành phố|toàn ngành|total|grand total|all)(?![\p{L}])/u;
/** Rows inside another row: "- trong đó …", "+ …", "a) …", "1.1 …", "of which". */
export const SUB_ROW = /^(?:[-+•–]|trong đó|of which|in which|including|[a-zđ]\)|\d+\.\d+|\()/u;
/** Rows that head a group of their own: "I.", "II.", "A.", "1." at the top of a hierarchy. */
export const TOP_ROW = /^(?:[ivxlc]+[.)]|[a-d][.)])[ \t]/u;
