// A row's gap to its target in percentage points, stated in the text under a table that gives the
// row's actual and target shares: "equities were 2.0 percentage points overweight against target",
// "bonds were 0.5 percentage points above their target allocation", "private markets were below
// target by 2.5 percentage points", "tỷ trọng cổ phiếu cao hơn mục tiêu 2,0 điểm phần trăm",
// "nhóm trái phiếu vượt 0,5 điểm phần trăm so với kế hoạch". The table may close the unit before.
//
// Read strictly: the stated figure is in percentage points; the table has exactly one column headed
// as the actual (actual, outturn, thực hiện, thực tế …) and one as the target (target, benchmark,
// mục tiêu, kế hoạch …), both of percentages; the words of the clause before the gap name exactly
// one row.
import type { Figure, Span } from "../types.ts";
import type { UnitContext } from "./context.ts";
import { findStatuses, HEDGE, type Status } from "./status.ts";
import { findTables, TOTAL_LABEL, type Row, type Table } from "./table.ts";
import { contains, words } from "./label-words.ts";

export interface TableGap {
  gap: Figure;
  /** +1: the actual above the target (overweight, above, ahead, vượt, cao hơn); −1: below it. */
  sign: 1 | -1;
  source: UnitContext;
  row: Row;
  actual: Figure;
  target: Figure;
  actualHeader: string;
  targetHeader: string;
  /** The gap is an amount in the columns' unit ("thấp hơn kế hoạch 235,7 tấn"), not points; its unit word. */
  amountUnit?: string;
}

const TARGET_WORD = "(?:(?:strategic|policy|long-term)[ \\t]+)?(?:target|benchmark|allocation|plan)(?:[ \\t]+(?:allocation|weight(?:ing)?|share|level))?";
/** After the figure: "2.0 percentage points overweight against target", "… above the benchmark". */
const EN_AFTER = new RegExp(
  `^[ \\t]+(overweight|underweight|above|below|ahead[ \\t]+of|behind|short[ \\t]+of|over|under)[ \\t]+(?:(?:against|relative[ \\t]+to|versus|vs\\.?|compared[ \\t]+with|to|on)[ \\t]+)?(?:(?:the|its|their|our)[ \\t]+)?${TARGET_WORD}(?![\\p{L}])`,
  "u",
);
/** Before the figure: "above target by ", "overweight against its target allocation by ". */
const EN_BEFORE = new RegExp(
  `(?:^|[ \\t])(overweight|underweight|above|below|ahead[ \\t]+of|behind|short[ \\t]+of|over|under|exceeded|exceeding|exceeds|beat|beating|surpassed|overshot|missed|missing|fell[ \\t]+short[ \\t]+of|falling[ \\t]+short[ \\t]+of|undershot)[ \\t]+(?:(?:against|relative[ \\t]+to|versus|vs\\.?|compared[ \\t]+with|to)[ \\t]+)?(?:(?:the|its|their|our)[ \\t]+)?${TARGET_WORD}[ \\t]+by[ \\t]+$`,
  "u",
);
const VI_TARGET = "(?:(?:tỷ trọng|tỉ trọng|tỷ lệ|tỉ lệ)[ \\t]+)?(?:mục tiêu|kế hoạch|chỉ tiêu)";
/** Before the figure: "cao hơn mục tiêu ", "thấp hơn tỷ trọng kế hoạch là ". */
const VI_BEFORE = new RegExp(`(?:^|[ \\t])(cao hơn|vượt|thấp hơn|hụt|thấp hơn so với|cao hơn so với|vượt so với)[ \\t]+${VI_TARGET}(?:[ \\t]+(?:là|khoảng))?[ \\t]+$`, "u");
/** After the figure, with the verb before it: "vượt 0,5 điểm phần trăm so với kế hoạch". */
const VI_VERB = /(?:^|[ \t])(cao hơn|vượt|thấp hơn|hụt)[ \t]+$/u;
const VI_AFTER = new RegExp(`^[ \\t]+so với[ \\t]+${VI_TARGET}(?![\\p{L}])`, "u");

const ACTUAL_HEAD = /(?:^|[^\p{L}])(?:actual|outturn|achieved|current|result|thực hiện|thực tế|kết quả|hiện tại|hiện có)(?![\p{L}])/u;
const TARGET_HEAD = /(?:^|[^\p{L}])(?:target|benchmark|strategic|policy|planned|plan|mục tiêu|kế hoạch|chỉ tiêu)(?![\p{L}])/u;
const STOP = new Set(["the", "and", "our", "its", "their", "was", "were", "is", "are", "remain", "remained", "stood", "at", "year", "end", "while", "with", "for", "of", "in", "on", "by", "fund", "portfolio", "allocation", "weight", "share", "của", "và", "là", "có", "tỷ", "trọng", "tỉ", "lệ", "nhóm", "năm", "cuối"]);

function isPercentCell(t: Table, c: number, f: Figure | undefined): boolean {
  return !!f && f.value !== undefined && (f.unit === "%" || (f.kind === "number" && !f.unit && !f.scale && /%/.test(t.header[c] ?? "")));
}

/** The one actual and one target column of percentages. */
function columnsOf(t: Table): { a: number; b: number } | undefined {
  const heads = t.header.map((h) => h.toLowerCase());
  const acts = heads.map((h, i) => (i > 0 && ACTUAL_HEAD.test(h) && !TARGET_HEAD.test(h) ? i : -1)).filter((i) => i > 0);
  const tars = heads.map((h, i) => (i > 0 && TARGET_HEAD.test(h) && !ACTUAL_HEAD.test(h) ? i : -1)).filter((i) => i > 0);
  if (acts.length !== 1 || tars.length !== 1) return undefined;
  return { a: acts[0], b: tars[0] };
}

/** The row the clause names: a row whose whole label it holds, else (English) one whose head noun it holds. */
function rowNamed(ctx: UnitContext, t: Table, clause: string): Row | undefined {
  const sw = words(clause).filter((w) => !STOP.has(w));
  const rows = t.rows.filter((r) => !TOTAL_LABEL.test(r.label.replace(/[*_`]/g, "").trim()));
  const all = words(clause);
  const full = rows.filter((r) => contains(all, words(r.label)));
  full.sort((x, y) => words(y.label).length - words(x.label).length);
  if (full.length === 1 || (full.length > 1 && words(full[0].label).length > words(full[1].label).length)) return full[0];
  if (full.length || ctx.lang === "vi") return undefined;
  const head = rows.filter((r) => {
    const lw = words(r.label);
    const last = lw[lw.length - 1];
    return !!last && last.length > 3 && !STOP.has(last) && sw.includes(last);
  });
  return head.length === 1 ? head[0] : undefined;
}

function lastTable(ctx: UnitContext, at: number): Table | undefined {
  let best: Table | undefined;
  for (const t of findTables(ctx)) {
    const end = t.rows[t.rows.length - 1].end;
    if (end <= at && (!best || end > best.rows[best.rows.length - 1].end)) best = t;
  }
  return best;
}

const POSITIVE = /^(?:overweight|above|ahead|over|exceed|beat|surpass|cao hơn|vượt)/u;

export function findTableGaps(ctx: UnitContext): TableGap[] {
  return ctx.memo("table-gaps", () => {
    const out: TableGap[] = [];
    for (const s of ctx.sentences) {
      for (const g of s.figs) {
        // ("Khối lượng thực hiện toàn tỉnh thấp hơn kế hoạch 235,7 tấn" under a table of planned and actual
        // tonnes: an amount in the columns' unit, named in their headers.)
        const unitWord = g.kind === "number" && !!g.unit && g.unit !== "%" && g.unit !== "pp" && g.value ? ctx.lower.slice(g.value.end ?? g.end, g.end).trim() : "";
        const amount = !!unitWord && ctx.lang === "vi";
        if (!amount && (g.kind !== "percent" || g.unit !== "pp" || !g.value || g.qualifiers.some((q) => q.kind !== "estimate"))) continue;
        if (amount && g.qualifiers.length) continue;
        const q = g.qualifiers[0]?.start ?? g.start;
        const before = ctx.lower.slice(Math.max(s.start, q - 80), q);
        const after = ctx.lower.slice(g.end, Math.min(s.end, g.end + 80));
        let m: RegExpExecArray | null = null;
        let cut = q;
        if ((m = EN_AFTER.exec(after))) cut = q;
        else if ((m = EN_BEFORE.exec(before)) || (m = VI_BEFORE.exec(before))) cut = q - (before.length - m.index);
        else if ((m = VI_VERB.exec(before)) && VI_AFTER.test(after)) cut = q - (before.length - m.index);
        else continue;
        const sign: 1 | -1 = POSITIVE.test(m[1]) ? 1 : -1;
        // The table: in this unit before the gap, else the unit before (asked only now).
        let source: UnitContext = ctx;
        let t = lastTable(ctx, q);
        let from = s.start;
        if (t) from = Math.max(from, t.rows[t.rows.length - 1].end);
        else {
          const prev = ctx.previous();
          if (!prev) continue;
          t = lastTable(prev, prev.text.length);
          source = prev;
          if (!t) continue;
        }
        // The clause before the gap: from the sentence start or the last comma, semicolon or "while".
        const pre = ctx.lower.slice(from, cut);
        const cl = Math.max(pre.lastIndexOf(","), pre.lastIndexOf(";"), pre.lastIndexOf(" while "), pre.lastIndexOf(" trong khi "));
        const clause = pre.slice(cl + 1);
        // No figure of its own before the gap, but for those of the row's name ("in 20 days").
        const clauseFigs = s.figs.filter((f) => f !== g && f.start >= from + cl + 1 && f.end <= cut);
        const cols = columnsOf(t);
        if (!cols) continue;
        // (An amount's clause names the table's total row by "toàn tỉnh", "cả huyện", … .)
        const totalRow = amount && /(?<![\p{L}])(?:toàn[ \t]+(?:tỉnh|huyện|thành[ \t]+phố|thị[ \t]+xã|ngành)|cả[ \t]+(?:tỉnh|huyện|năm)|tổng[ \t]+cộng|chung)(?![\p{L}])/u.test(clause) ? t.rows.filter((r) => TOTAL_LABEL.test(r.label.replace(/[*_`]/g, "").trim())) : [];
        const row = totalRow.length === 1 ? totalRow[0] : rowNamed(ctx, t, clause);
        if (!row || clauseFigs.some((f) => !row.label.includes(ctx.lower.slice(f.start, f.end)))) continue;
        const actual = row.cells[cols.a]?.figure;
        const target = row.cells[cols.b]?.figure;
        if (amount) {
          const cell = (c: number, f: Figure | undefined) => !!f && !!f.value && f.kind === "number" && f.unit !== "%" && !/%/u.test(t!.header[c]) && t!.header[c].toLowerCase().includes(unitWord);
          if (!cell(cols.a, actual) || !cell(cols.b, target)) continue;
          out.push({ gap: g, sign, source, row, actual: actual!, target: target!, actualHeader: t.header[cols.a], targetHeader: t.header[cols.b], amountUnit: unitWord });
          continue;
        }
        if (!isPercentCell(t, cols.a, actual) || !isPercentCell(t, cols.b, target)) continue;
        out.push({ gap: g, sign, source, row, actual: actual!, target: target!, actualHeader: t.header[cols.a], targetHeader: t.header[cols.b] });
      }
    }
    return out;
  });
}

/**
 * A verdict on the table's overall rate against a target the sentence states, under the table:
 * "tỷ lệ trường đạt chuẩn đã vượt chỉ tiêu Nghị quyết đề ra cho cả nhiệm kỳ (80%)", "The overall
 * attendance rate exceeded the target of 92%". The rate is the total row's cell of the table's one
 * rate column; the clause names the rate ("tỷ lệ …", "the … rate") with a word of the table's
 * headers and states no figure before the verdict.
 */
export interface TotalRateVerdict {
  status: Status;
  verdict: Span;
  target: Figure;
  value: Figure;
  source: UnitContext;
  row: Row;
  header: string;
}

const RATE_SUBJECT = /^\s*(?:(?:the|our)[ \t]+)?(?:(?:overall|total|average|combined)[ \t]+)?(?:tỷ lệ|tỉ lệ|(?:[\p{L}-]+[ \t]+){0,3}?(?:rate|proportion|percentage))(?![\p{L}])/u;
const RATE_HEAD = /(?:tỷ lệ|tỉ lệ|rate|proportion|percentage|\(%\)|^%$)/u;
const NOT_RATE_HEAD = /(?:tăng|giảm|change|growth|so với|variance|target|mục tiêu|kế hoạch|chỉ tiêu|share|tỷ trọng)/u;
const TARGET_BETWEEN = /^[^.;]{0,100}?(?<![\p{L}])(?:chỉ tiêu|mục tiêu|kế hoạch|target|goal|standard)(?![\p{L}])[^.;]{0,100}?(?:\([ \t]*|(?:of|là|:)[ \t]+)$/u;
const TARGET_BEFORE_FIG = /^[^.;]{0,30}?(?:the|its|our|a)[ \t]+$/u;

export function findTotalRateVerdicts(ctx: UnitContext): TotalRateVerdict[] {
  return ctx.memo("total-rate-verdicts", () => {
    const out: TotalRateVerdict[] = [];
    if (!/(?:tỷ lệ|tỉ lệ|rate|proportion|percentage)/u.test(ctx.lower)) return out;
    for (const s of ctx.sentences) {
      const lower = ctx.lower.slice(s.start, s.end);
      for (const h of findStatuses(lower, s.start)) {
        // The clause before the verdict: the rate named, no figure (a table above it in the unit is
        // no part of it).
        const ownTable = lastTable(ctx, h.start);
        const from = ownTable ? Math.max(s.start, ownTable.rows[ownTable.rows.length - 1].end) : s.start;
        const pre = ctx.lower.slice(from, h.start);
        const cut = Math.max(pre.lastIndexOf(";"), pre.lastIndexOf(","), pre.lastIndexOf(":"));
        const clause = pre.slice(cut + 1);
        if (!RATE_SUBJECT.test(clause) || HEDGE.test(clause) || s.figs.some((f) => f.start >= from + cut + 1 && f.start < h.start)) continue;
        // The target: the first figure after the verdict, a percentage named by a target word.
        const t = s.figs.find((f) => f.start >= h.end);
        if (!t || t.kind !== "percent" || t.unit !== "%" || !t.value || t.qualifiers.length) continue;
        const between = ctx.lower.slice(h.end, t.start);
        const named = TARGET_BETWEEN.test(ctx.lower.slice(h.start, t.start)) || (/^[ \t]+(?:target|goal|standard)(?![\p{L}])/u.test(ctx.lower.slice(t.end, t.end + 12)) && TARGET_BEFORE_FIG.test(between));
        if (!named || HEDGE.test(between)) continue;
        // The table: in this unit before the sentence, else the unit before (asked only now).
        let source: UnitContext = ctx;
        let table = ownTable;
        if (!table) {
          const prev = ctx.previous();
          if (!prev) continue;
          table = lastTable(prev, prev.text.length);
          source = prev;
          if (!table) continue;
        }
        const total = table.rows.filter((r) => TOTAL_LABEL.test(r.label.replace(/[*_`]/g, "").trim()));
        if (total.length !== 1) continue;
        const cols = table.header.map((x, i) => i).filter((i) => i > 0 && RATE_HEAD.test(table!.header[i].toLowerCase()) && !NOT_RATE_HEAD.test(table!.header[i].toLowerCase()));
        if (cols.length !== 1) continue;
        const value = total[0].cells[cols[0]]?.figure;
        if (!value || !value.value || (value.unit && value.unit !== "%") || (value.kind !== "percent" && value.kind !== "number") || value.qualifiers.length) continue;
        // The rate's words after "tỷ lệ" / before "rate" meet the table's headers.
        const about = new Set(words(table.header.join(" ")).filter((w) => !STOP.has(w) && w.length > 2));
        const own = words(clause.replace(/(?:tỷ lệ|tỉ lệ|rate|proportion|percentage)/gu, " ")).filter((w) => !STOP.has(w) && w.length > 2 && !/^(?:the|overall|total|average|combined|đã|đều|của|toàn|thành|phố|tỉnh|huyện)$/u.test(w));
        if (!own.some((w) => about.has(w))) continue;
        out.push({ status: h.status, verdict: { start: h.start, end: h.end }, target: t, value, source, row: total[0], header: table.header[cols[0]] });
      }
    }
    return out;
  });
}
