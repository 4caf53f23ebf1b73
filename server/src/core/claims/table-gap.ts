// A row's gap to its target in the table just above, stated in the text under it: "At the year end,
// equities were 2.0 percentage points overweight against target" under "| Global equities | 3,168 |
// 47.0 | 45.0 |" with the header "| Asset class | Value (£m) | Actual (%) | Target (%) |"; "Tỷ trọng
// cổ phiếu cao hơn mục tiêu 2,0 điểm phần trăm". The gap is the actual column less the target column
// (one of each, by header, both in percent), of the one row the subject names by its head word.
// The table is this unit's (before the sentence) or, asked only then, the unit before's.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import { findTables, TOTAL_LABEL, type Row, type Table } from "./table.ts";

export interface TableGap {
  gap: Figure;
  /** "up": the actual above the target (overweight, above, cao hơn). */
  direction: "up" | "down";
  source: UnitContext;
  row: Row;
  actual: Figure;
  target: Figure;
  actualHeader: string;
  targetHeader: string;
}

const EN_AFTER = /^[ \t]+(?:(?:percentage[ \t]+)?points?[ \t]+)?(overweight|underweight|above|below|ahead[ \t]+of|behind|higher[ \t]+than|lower[ \t]+than)[ \t]+(?:(?:against|relative[ \t]+to|compared[ \t]+(?:with|to)|versus|vs\.?)[ \t]+)?(?:the[ \t]+|its[ \t]+|their[ \t]+)?(?:strategic[ \t]+|long-term[ \t]+)?(?:target|benchmark)(?:[ \t]+(?:allocation|weight|weighting|share))?(?![\p{L}])/u;
const VI_BEFORE = /(?<![\p{L}])(cao[ \t]+hơn|thấp[ \t]+hơn)[ \t]+(?:so[ \t]+với[ \t]+)?(?:tỷ[ \t]+trọng[ \t]+)?mục[ \t]+tiêu(?:[ \t]+đề[ \t]+ra)?[ \t]+$/u;
const TARGET_HEAD = /(?<![\p{L}])(?:target|benchmark|mục[ \t]+tiêu)(?![\p{L}])/u;
const ACTUAL_HEAD = /(?<![\p{L}])(?:actual|current|thực[ \t]+tế|hiện[ \t]+tại)(?![\p{L}])/u;

function stem(w: string): string {
  if (/[^\x00-\x7f]/.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (/[^su]s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}
function words(s: string): string[] {
  return s.toLowerCase().replace(/[*_`]/g, " ").split(/[^\p{L}\p{M}\d'’-]+/u).filter(Boolean).map(stem);
}

function lastTable(ctx: UnitContext, before: number): Table | undefined {
  const ts = findTables(ctx).filter((t) => t.rows.length && t.rows[t.rows.length - 1].end <= before);
  return ts[ts.length - 1];
}

export function findTableGaps(ctx: UnitContext): TableGap[] {
  return ctx.memo("table-gaps", () => {
    const out: TableGap[] = [];
    if (!/overweight|underweight|target|benchmark|mục tiêu/u.test(ctx.lower)) return out;
    for (const s of ctx.sentences) {
      for (const g of s.figs) {
        if (g.unit !== "pp" || !g.value || g.qualifiers.length) continue;
        const q = g.start;
        const en = EN_AFTER.exec(ctx.lower.slice(g.end, Math.min(s.end, g.end + 90)));
        const vi = en ? null : VI_BEFORE.exec(ctx.lower.slice(Math.max(s.start, q - 40), q));
        if (!en && !vi) continue;
        const w = (en ? en[1] : vi![1]).replace(/[ \t]+/g, " ");
        const direction = /^(?:overweight|above|ahead of|higher than|cao hơn)$/u.test(w) ? "up" : "down";
        // The subject: the sentence's words before the gap (before the comparison word in Vietnamese).
        const subject = words(ctx.lower.slice(s.start, vi ? q - vi[0].length : q));
        if (s.figs.some((f) => f !== g && f.start < g.start)) continue;
        let source: UnitContext = ctx;
        let table = lastTable(ctx, s.start);
        if (!table) {
          const prev = ctx.previous();
          if (!prev) continue;
          table = lastTable(prev, prev.text.length);
          source = prev;
          if (!table) continue;
        }
        const heads = table.header.map((h) => h.toLowerCase());
        const tc = heads.map((h, i) => (TARGET_HEAD.test(h) ? i : -1)).filter((i) => i > 0);
        const ac = heads.map((h, i) => (ACTUAL_HEAD.test(h) ? i : -1)).filter((i) => i > 0);
        if (tc.length !== 1 || ac.length !== 1 || !heads[tc[0]].includes("%") || !heads[ac[0]].includes("%")) continue;
        // The row: the one whose head word (its last) the subject says; its other words too when two
        // rows share the head word.
        const rows = table.rows.filter((r) => !TOTAL_LABEL.test(r.label.trim()));
        const byHead = rows.filter((r) => {
          const lw = words(r.label);
          return lw.length > 0 && subject.includes(lw[lw.length - 1]);
        });
        const named = byHead.length > 1 ? byHead.filter((r) => words(r.label).every((x) => subject.includes(x))) : byHead;
        if (named.length !== 1) continue;
        const row = named[0];
        const actual = row.cells[ac[0]]?.figure;
        const target = row.cells[tc[0]]?.figure;
        if (!actual?.value || !target?.value || actual.kind === "range" || target.kind === "range") continue;
        out.push({ gap: g, direction, source, row, actual, target, actualHeader: table.header[ac[0]], targetHeader: table.header[tc[0]] });
      }
    }
    return out;
  });
}
