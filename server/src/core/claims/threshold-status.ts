// A scorecard whose status column judges a rate column against one threshold named outside the
// rows: in the status header ("| % on time | Status (90% standard) |", "Đánh giá so với mục tiêu 95%")
// or in the caption right above the table ("Kết quả theo đơn vị cấp xã (chỉ tiêu: 90% số hộ đạt danh
// hiệu):", "mỗi lĩnh vực giải ngân tối thiểu 60% kế hoạch vốn. Kết quả theo từng lĩnh vực:").
// Trust first: one threshold only, said to be a target or a floor (a ceiling when the words say so);
// the rate column is the one nearest before the status column whose header names a rate or a
// percentage; at least two thirds of the rows with a verdict must agree with this reading before any
// row is called wrong.
import type { Figure } from "../types.ts";
import { D } from "../math/interval.ts";
import type { UnitContext } from "./context.ts";
import { findTables, type Table } from "./table.ts";
import type { TableStatus } from "./table-status.ts";

const STATUS_HEAD = /(?:status|rating|rag|assessment|đánh giá|kết quả đánh giá)/u;
const RATE_HEAD = /(?:%|tỷ lệ|tỉ lệ|rate|on time|in time|within)/u;
const TARGET_WORD = /(?:chỉ tiêu|mục tiêu|tối thiểu|yêu cầu|standard|target|threshold|at least|minimum|không quá|tối đa|at most|no more than)/u;
const CEILING_WORD = /(?:không quá|tối đa|at most|no more than|or less|or fewer|dưới|below|under|≤|<)/u;
const MET = /^(?:met|achieved|exceeded|đạt|vượt|đạt và vượt|hoàn thành)$/u;
const MISSED = /^(?:missed|not met|not achieved|không đạt|chưa đạt|không hoàn thành|chưa hoàn thành)$/u;

const RULE_WORDS = /["“'‘](?:đạt|không đạt|chưa đạt|met|not met|achieved|not achieved|green|red)["”'’]/u;

function column(t: Table, re: RegExp): number {
  for (let i = t.header.length - 1; i > 0; i--) if (re.test(t.header[i].toLowerCase())) return i;
  return -1;
}

/** The one threshold percentage in `text` (figures `figs` of it), said to be a target, with its direction. */
function threshold(figs: Figure[], lower: string): { t: Figure; ceiling: boolean } | undefined {
  const hits = figs.filter((f) => f.kind === "percent" && f.unit === "%" && !!f.value && (TARGET_WORD.test(lower.slice(Math.max(0, f.start - 40), f.start)) || /^[ \t]*(?:standard|target|(?:[\p{L}\p{M}]+[ \t]+){0,3}?(?:trở lên|or more|or above|or higher))/u.test(lower.slice(f.end, f.end + 36))));
  const values = new Set(hits.map((f) => f.value!.exact));
  if (hits.length < 1 || values.size !== 1) return undefined;
  const t = hits[0];
  const around = lower.slice(Math.max(0, t.start - 30), t.end + 16);
  return { t, ceiling: CEILING_WORD.test(around) || t.qualifiers.some((q) => q.kind === "atMost" || q.kind === "under") };
}

export function findThresholdStatuses(ctx: UnitContext, tables: Table[]): TableStatus[] {
  const out: TableStatus[] = [];
  for (const t of tables) {
    if (!t.rows.length) continue;
    const si = column(t, STATUS_HEAD);
    if (si < 0) continue;
    const ri = (() => { for (let i = si - 1; i > 0; i--) if (RATE_HEAD.test(t.header[i].toLowerCase())) return i; return -1; })();
    if (ri < 0) continue;
    // A target column of the rows' own is the other reading's (table-status.ts).
    // ("| Kế hoạch (tỷ đồng) | Giải ngân | Tỷ lệ (%) |": a plan of amounts is the rate's base, no threshold.)
    if (t.header.some((h, i) => i > 0 && i !== si && i !== ri && /(?:target|mục tiêu|kế hoạch|chỉ tiêu|yêu cầu|standard|goal)/u.test(h.toLowerCase()) && t.rows.some((r) => r.cells[i]?.figure && (r.cells[i].figure!.kind === "percent" || /%/u.test(h))))) continue;
    const first = t.rows[0].start;
    // The header itself, then the caption above it (in this paragraph, or the one before).
    const headText = t.header[si].toLowerCase();
    const near = ctx.figures.filter((f) => f.end <= first && f.start >= first - 700);
    const inHead = near.filter((f) => headText.includes(f.text.toLowerCase()));
    let found = inHead.length ? threshold(inHead, ctx.lower) ?? (inHead.length === 1 && inHead[0].kind === "percent" ? { t: inHead[0], ceiling: CEILING_WORD.test(headText) } : undefined) : undefined;
    if (!found) {
      const lineStart = (x: number) => ctx.text.lastIndexOf("\n", x - 1) + 1;
      // The table's own lines: from the header line (two lines above the first row) down.
      const top = lineStart(lineStart(first) - 1);
      const headerAt = lineStart(Math.max(0, top - 1));
      const captionFrom = Math.max(0, headerAt - 400);
      const caption = ctx.figures.filter((f) => f.start >= captionFrom && f.end <= headerAt);
      if (caption.length) found = threshold(caption, ctx.lower);
      else if (headerAt <= 1) {
        const prev = ctx.previous();
        if (prev) {
          const last = prev.sentences[prev.sentences.length - 1];
          // (Only a caption that leads into the table: it ends on a colon, or it is the rule the status
          // column follows, naming its words: "… từ 90% kế hoạch trở lên là "Đạt", dưới 90% là "Không đạt".")
          if (last && (/:[ \t]*$/u.test(prev.text.slice(last.start, last.end).trimEnd()) || RULE_WORDS.test(prev.lower.slice(last.start, last.end)))) {
            const got = threshold(last.figs, prev.lower);
            if (got) found = { t: { ...got.t, ...ctx.fromPrevious(got.t) }, ceiling: got.ceiling };
          }
        }
      }
    }
    if (!found) continue;
    const rows: TableStatus[] = [];
    let agree = 0;
    for (const r of t.rows) {
      const cell = r.cells[si];
      const rate = r.cells[ri]?.figure;
      if (!cell || !rate || !rate.value || (rate.kind !== "percent" && rate.kind !== "number") || rate.qualifiers.length) continue;
      const word = cell.text.replace(/[*_`]/gu, "").trim().toLowerCase();
      const verdict = MET.test(word) ? "met" : MISSED.test(word) ? "missed" : undefined;
      if (!verdict) continue;
      const row: TableStatus = { actual: rate, target: found.t, status: cell, verdict, lowerIsBetter: found.ceiling };
      const a = new D(rate.value.exact);
      const th = new D(found.t.value!.exact);
      const reached = found.ceiling ? a.lte(th) : a.gte(th);
      if ((verdict === "met") === reached) agree++;
      rows.push(row);
    }
    if (rows.length >= 3 && agree * 3 >= rows.length * 2) out.push(...rows);
  }
  return out;
}
