// Scorecard tables: a target column, an actual column and a status column ("Met", "Missed",
// "Đạt", "Không đạt"). Each row's status must follow from its own two figures. The direction of
// each row (higher or lower is better) comes from its target cell ("5% or less", "dưới 3%") or its
// label ("waiting", "tỷ lệ hộ nghèo"); a table whose rows mostly disagree with that reading is
// read some other way by its authors and left alone.
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import { isPercent } from "./context.ts";
import { findTables, type Cell, type Table } from "./table.ts";

export interface TableStatus {
  actual: Figure;
  target: Figure;
  status: Cell;
  verdict: "met" | "missed";
  lowerIsBetter: boolean;
}

const TARGET_HEAD = /(?:target|goal|standard|plan|benchmark|mục tiêu|kế hoạch|chỉ tiêu|kh\b)/u;
const ACTUAL_HEAD = /(?:actual|achieved|outturn|result|performance|outcome|value|thực hiện|kết quả|đạt được|ước đạt|\b(?:19|20)\d\d(?:[/-]\d{2,4})?\b)/u;
const STATUS_HEAD = /(?:status|rating|rag|assessment|met\??$|đánh giá|tình trạng|kết quả đánh giá)/u;
const MET = /^(?:met|achieved|exceeded|đạt|vượt|đạt và vượt|hoàn thành|green)$/u;
const MISSED = /^(?:missed|not met|not achieved|behind target|off track|failed|không đạt|chưa đạt|không hoàn thành|chưa hoàn thành|red)$/u;
const CEILING = /(?:or less|or fewer|at most|maximum|max\b|no more than|below|under|≤|<|dưới|tối đa|không quá)/u;
const FLOOR = /(?:or more|at least|minimum|min\b|≥|>|trên|tối thiểu|ít nhất)/u;
const LOWER_LABEL = /(?:waiting|wait|delay|backlog|vacanc|sickness|absence|mortality|deaths?|infections?|mrsa|c\. ?diff|complaints?|incidents?|accidents?|outages?|interruptions?|saidi|saifi|losses|leakage|arrears|debt|deficit|cost|poverty|unemployment|dropout|hộ nghèo|thất nghiệp|tử vong|tai nạn|suy dinh dưỡng|bỏ học|nợ|thất thoát|ô nhiễm)/u;

function column(t: Table, re: RegExp, not?: number): number {
  return t.header.findIndex((h, i) => i !== not && i > 0 && re.test(h.toLowerCase()));
}

function sameKind(a: Figure, b: Figure): boolean {
  if (a.kind === "fraction" || b.kind === "fraction" || a.kind === "range" || b.kind === "range") return false;
  return isPercent(a) === isPercent(b) && (a.unit ?? "") === (b.unit ?? "");
}

export function findTableStatuses(ctx: UnitContext): TableStatus[] {
  return ctx.memo("table-status", () => {
    const out: TableStatus[] = [];
    for (const t of findTables(ctx)) {
      const ti = column(t, TARGET_HEAD);
      const si = column(t, STATUS_HEAD);
      if (ti < 0 || si < 0) continue;
      // The actual column: named as such, else the figure column beside the target.
      let ai = column(t, ACTUAL_HEAD, ti);
      if (ai < 0 || ai === si) ai = ti + 1 !== si ? ti + 1 : -1;
      if (ai < 0 || ai === si) continue;
      const rows: TableStatus[] = [];
      let agree = 0;
      for (const r of t.rows) {
        const tc = r.cells[ti];
        const ac = r.cells[ai];
        const sc = r.cells[si];
        if (!tc?.figure || !ac?.figure || !sc) continue;
        const word = sc.text.toLowerCase().replace(/[*_`]/g, "").trim();
        const verdict = MET.test(word) ? "met" : MISSED.test(word) ? "missed" : undefined;
        if (!verdict || !sameKind(tc.figure, ac.figure)) continue;
        const ttext = tc.text.toLowerCase();
        const lowerIsBetter = CEILING.test(ttext) || tc.figure.qualifiers.some((q) => q.kind === "under" || q.kind === "atMost") ? true : FLOOR.test(ttext) || tc.figure.qualifiers.some((q) => q.kind === "over" || q.kind === "atLeast") ? false : LOWER_LABEL.test(r.label);
        const row: TableStatus = { actual: ac.figure, target: tc.figure, status: sc, verdict, lowerIsBetter };
        rows.push(row);
        if (consistent(row)) agree++;
      }
      // Most rows must read right this way before any row is called wrong.
      if (rows.length >= 2 && agree * 3 >= rows.length * 2) out.push(...rows);
    }
    return out;
  });
}

/** Plain comparison of the written values (the check itself compares rounding intervals). */
function consistent(r: TableStatus): boolean {
  const a = new D(r.actual.value!.exact).times(r.actual.scale?.factor ?? 1);
  const t = new D(r.target.value!.exact).times(r.target.scale?.factor ?? 1);
  const reached = r.lowerIsBetter ? a.lte(t) : a.gte(t);
  return r.verdict === "met" ? reached : !reached;
}
