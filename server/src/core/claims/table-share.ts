// A row's share of its table's total, stated in the text under the table: "Violence against the
// person remained the largest single category, at 36.4% of all recorded crime", "Buses remain the
// backbone of the network, carrying 55.5% of all boardings", "Adult Social Care remains the largest
// pressure. It accounts for 40.6% of the net budget", "Khu vực công nghiệp – xây dựng chiếm 38,2%
// tổng giá trị sản xuất". The table may close the unit before (a blank line between the two).
//
// Read strictly: the subject names exactly one row, the table has a total row, the share names the
// total ("of the total", "of all …", "tổng …") or a word of the table's header or lead-in, and the
// sentence states no figure of its own before the share (then the part is in the text, and other
// readers take it). Every column of amounts is tried: the claim holds when one gives the share.
import type { Figure } from "../types.ts";
import { D } from "../math/interval.ts";
import { isCount, type UnitContext, type Sentence } from "./context.ts";
import { findListTables, findTables, TOTAL_LABEL, type Row, type Table } from "./table.ts";
import { findFractionPercents } from "./shares.ts";
import { contains, words } from "./label-words.ts";

export interface TableShare {
  percent: Figure;
  /** The unit whose table it is: this one, or previous(). */
  source: UnitContext;
  part: Row;
  total: Row;
  /** Columns of amounts, in table order. */
  columns: number[];
  /** The column the text most likely means, when the share holds in none. */
  column?: number;
  /** The part stated in the text rather than a row ("Salaries and benefits together come to
   * $206.3m, or 82.1% of expenditures"): then `part` is the total row too. */
  amount?: Figure;
}

/** An amount, then its share: "$206.3m, or 82.1% of …", "1.250 tỷ đồng, chiếm 12,4% tổng …". */
const AMOUNT_LINK = /^[ \t]*,[ \t]*(?:or|i\.e\.|equal to|representing|accounting for|chiếm|bằng|tương đương|tương ứng)[ \t]*(?:tỷ lệ[ \t]*|tỷ trọng[ \t]*)?(?:about[ \t]+|around[ \t]+|khoảng[ \t]+)?$/u;

const LINK = /(?:^|[ \t,])(?:at|accounts?[ \t]+for|accounted[ \t]+for|accounting[ \t]+for|made[ \t]+up|makes?[ \t]+up|making[ \t]+up|carr(?:y|ies|ied|ying)|represent(?:s|ed|ing)?|compris(?:es|ed|ing)|contribut(?:es|ed|ing)|or|chiếm|chiếm tỷ trọng|chiếm tỷ lệ)[ \t]*(?:about[ \t]+|around[ \t]+|some[ \t]+|khoảng[ \t]+)?$/u;
const EN_OF = /^[ \t]+of[ \t]+((?:[\p{L}\p{M}'’-]+[ \t]*){1,5}?)(?=[ \t]*(?:[,.;:()]|$|\b(?:and|in|while|up|down|compared|against|during|this|last|for)\b))/u;
const VI_OF = /^[ \t]+(?:(?:của|trong)[ \t]+)?(tổng(?:[ \t]+[\p{L}\p{M}]+){0,5}?)(?=[ \t]*(?:[,.;:()]|$|[ \t](?:và|trong|năm|của|so)(?![\p{L}])))/u;
const PRONOUN = /^[\s"“*•-]*(?:it|this|they|these)[ \t]/u;
/** Words of the verb that links a subject to its share, left out of the subject's name. */
const LINK_WORD = new Set(["made", "up", "make", "makes", "accounted", "account", "accounts", "for", "represented", "represent", "represents", "comprised", "was", "were", "is", "are", "at", "remained", "remains", "remain", "alone", "together", "chiếm", "chiem"]);
const STOP = new Set(["all", "the", "total", "of", "tổng", "số", "our", "its", "their", "overall", "net", "gross", "cả", "toàn", "bộ", "giá", "trị"]);
const NOT_AMOUNT = /change|variance|var\.|diff|chênh|tăng|giảm|%|share|tỷ lệ|tỷ trọng|tỉ lệ|per ?cent|rate|growth|so với|\+\/-|±/u;

function amountColumns(t: Table, part: Row, total: Row): number[] {
  const out: number[] = [];
  const n = Math.min(part.cells.length, total.cells.length);
  for (let c = 1; c < n; c++) {
    if (NOT_AMOUNT.test((t.header[c] ?? "").toLowerCase())) continue;
    const a = part.cells[c].figure;
    const b = total.cells[c].figure;
    if (!a || !b || a.kind !== "number" || b.kind !== "number" || !a.value || !b.value) continue;
    if (a.unit === "%" || a.unit === "pp" || b.unit === "%" || b.unit === "pp" || a.perYear || b.perYear) continue;
    if (/^[+−-]|^\(/.test(part.cells[c].text) || /^[+−-]|^\(/.test(total.cells[c].text.replace(/[*_]/g, ""))) continue;
    out.push(c);
  }
  return out;
}

function rowsOf(t: Table): { total?: Row; others: Row[] } {
  const clean = (r: Row) => r.label.replace(/[*_`]/g, "").trim();
  let total: Row | undefined;
  for (const r of t.rows) if (TOTAL_LABEL.test(clean(r))) total = r;
  // A last row named otherwise ("Region", "Cả nước") is the total when a column of it is exactly
  // the sum of the rows above.
  if (!total && t.rows.length >= 3) {
    const last = t.rows[t.rows.length - 1];
    const above = t.rows.slice(0, -1);
    for (let c = 1; c < last.cells.length && !total; c++) {
      const w = last.cells[c].figure;
      if (!w || w.kind !== "number" || !w.value || w.unit === "%") continue;
      let sum = new D(0);
      let ok = true;
      for (const r of above) {
        const f = r.cells[c]?.figure;
        if (!f || f.kind !== "number" || !f.value || (f.unit ?? "") !== (w.unit ?? "") || (f.scale?.factor ?? "1") !== (w.scale?.factor ?? "1")) {
          ok = false;
          break;
        }
        sum = sum.plus(f.value.exact);
      }
      if (ok && sum.equals(w.value.exact)) total = last;
    }
  }
  return { total, others: t.rows.filter((r) => r !== total && !TOTAL_LABEL.test(clean(r))) };
}

/** The nearest table ending before `at` in ctx, with the text before it (its lead-in). */
function tableBefore(ctx: UnitContext, at: number): { table: Table; lead: string } | undefined {
  let best: Table | undefined;
  for (const t of findTables(ctx)) {
    const end = t.rows[t.rows.length - 1].end;
    if (end <= at && (!best || end > best.rows[best.rows.length - 1].end)) best = t;
  }
  if (!best) return undefined;
  const start = best.rows[0].start;
  return { table: best, lead: ctx.lower.slice(Math.max(0, start - 400), start) };
}

/** The nearest table before `at` in this unit, else the last one of the unit before (asked only now). */
function tableHereOrBefore(ctx: UnitContext, at: number): { found: { table: Table; lead: string }; source: UnitContext } | undefined {
  const here = tableBefore(ctx, at);
  if (here) return { found: here, source: ctx };
  const prev = ctx.previous();
  const there = prev && tableBefore(prev, prev.text.length);
  return there ? { found: there, source: prev } : undefined;
}

/** What a share after `p` is of: "of all boardings", "tổng chi". */
function ofPhrase(ctx: UnitContext, p: Figure, end: number): RegExpExecArray | null {
  const after = ctx.lower.slice(p.end, Math.min(end, p.end + 80));
  return (ctx.lang === "vi" ? VI_OF : EN_OF).exec(after) ?? EN_OF.exec(after) ?? VI_OF.exec(after);
}

function inTable(ctx: UnitContext, at: number): boolean {
  return findTables(ctx).some((t) => t.rows.some((r) => r.start <= at && at <= r.end));
}

function subjectOf(ctx: UnitContext, si: number, from: number, upTo: number): string {
  // ("Street lighting showed the largest fall, …, while gas use in buildings remained the largest
  // single source, at 34.0% of the total": the clause of the percent names its row.)
  const whole = ctx.lower.slice(from, upTo);
  const cut = Math.max(...[...whole.matchAll(/(?:,[ \t]*(?:while|whereas|but|and)|;|,[ \t]*(?:trong[ \t]+khi|nhưng|còn))[ \t]/gu)].map((m) => m.index! + m[0].length), 0);
  const own = whole.slice(cut);
  if (PRONOUN.test(own) && si > 0) return ctx.lower.slice(ctx.sentences[si - 1].start, ctx.sentences[si - 1].end);
  return own;
}

export function findTableShares(ctx: UnitContext): TableShare[] {
  return ctx.memo("table-shares", () => {
    const out: TableShare[] = [];
    for (let si = 0; si < ctx.sentences.length; si++) {
      let s: Sentence = ctx.sentences[si];
      // A table laid out with spaces and the prose right under it are one sentence: the prose
      // starts after the table's last row.
      const rowEnd = ctx.memo("table-share-row-ends", () => findTables(ctx).map((t) => t.rows[t.rows.length - 1].end)).filter((e) => e > s.start && e < s.end).pop();
      if (rowEnd !== undefined) s = { start: rowEnd + 1, end: s.end, figs: s.figs.filter((f) => f.start > rowEnd) };
      // The share is the sentence's first figure (after a section number opening it: "2.1 Adult
      // Social Care …"); a figure of its own before it would be the part.
      const lead = s.figs[0] && s.figs[0].start <= s.start + 4 && /^[\d.]+[ \t]/.test(ctx.text.slice(s.figs[0].start, s.figs[0].end + 1)) ? 1 : 0;
      const p = s.figs[lead];
      {
        if (!p || p.kind !== "percent" || p.unit !== "%" || !p.value || p.qualifiers.some((q) => q.kind !== "estimate")) continue;
        const before = ctx.lower.slice(Math.max(s.start, (p.qualifiers[0]?.start ?? p.start) - 300), p.qualifiers[0]?.start ?? p.start);
        if (!LINK.test(before)) continue;
        const of = ofPhrase(ctx, p, s.end);
        if (!of) continue;
        if (inTable(ctx, p.start)) continue;
        const near = tableHereOrBefore(ctx, s.start);
        if (!near) continue;
        const { source, found: { table, lead } } = near;
        const { total: total0, others } = rowsOf(table);
        if (!total0) continue;
        const subject = words(subjectOf(ctx, si, s.start, p.start));
        // ("UK Research and Innovation (UKRI)": the bracketed short name names the row too.)
        let hits = others.filter((r) => contains(subject, words(r.label)) || contains(subject, words(/\(([^()]{2,20})\)[ \t*_]*$/u.exec(r.label)?.[1] ?? "")));
        // ("Supply interruptions made up 58.6% of all payments" over "Supply interruptions not restored on
        // time": the subject's last words open exactly one row's label.)
        if (!hits.length) {
          const sw = subject.filter((w) => !STOP.has(w));
          while (sw.length && LINK_WORD.has(sw[sw.length - 1])) sw.pop();
          for (let n = Math.min(4, sw.length); n >= 2 && !hits.length; n--) {
            const run = sw.slice(sw.length - n);
            const open = others.filter((r) => { const lw = words(r.label); return lw.length > run.length && run.every((w, i) => lw[i] === w); });
            if (open.length === 1) hits = open;
          }
        }
        // The longest label that names the subject; one other label inside it is the same row's
        // short form ("Bus" in "Bus rapid transit"), two of the same length are ambiguous.
        hits.sort((a, b) => words(b.label).length - words(a.label).length);
        // ("Doanh nghiệp nhỏ và vừa (gồm siêu nhỏ, nhỏ và vừa)": rows named beside each other are a group.)
        if (!hits.length || (hits.length > 1 && (words(hits[0].label).length === words(hits[1].label).length || hits.slice(1).some((r) => !contains(words(hits[0].label), words(r.label)))))) continue;
        const part = hits[0];
        // ("Online self-service and webchat together accounted for 56.4%": the row and another, summed.)
        const said = subjectOf(ctx, si, s.start, p.start);
        const at = said.lastIndexOf(part.label.toLowerCase().replace(/[*_`]/gu, "").trim());
        if (/(?<![\p{L}])(?:together|combined|jointly|between[ \t]+them|cộng[ \t]+lại|gộp[ \t]+lại|cộng[ \t]+chung)(?![\p{L}])/u.test(said) || (at >= 0 && /(?:(?<![\p{L}])(?:and|và|cùng|plus|with)|&|,)[ \t]*$/u.test(said.slice(Math.max(0, at - 8), at)))) continue;
        // The base must be the table's: "of the total", "of all …", or a word the table is about.
        const named = words(of[1]).filter((w) => !STOP.has(w) && w.length > 2);
        // ("Penalty charge income made up 30.4% of total income" over "Total income" and "Total
        // expenditure" rows: the total the share names, over the rows of its own section.)
        const totals = table.rows.filter((r) => TOTAL_LABEL.test(r.label.replace(/[*_`]/g, "").trim()));
        let total = total0;
        if (totals.length > 1) {
          const match = totals.filter((r) => named.some((w) => words(r.label).includes(w)));
          if (match.length !== 1) continue;
          total = match[0];
          const ti = table.rows.indexOf(total);
          const pi = table.rows.indexOf(part);
          const prevTotal = totals.filter((r) => table.rows.indexOf(r) < ti).map((r) => table.rows.indexOf(r)).pop() ?? -1;
          if (pi > ti || pi < prevTotal) continue;
        }
        const about = new Set(words(`${table.header.join(" ")} ${total.label} ${lead}`));
        if (named.length && !/^(?:all|the total|total)[ \t]/u.test(of[1]) && !named.some((w) => about.has(w))) continue;
        const columns = amountColumns(table, part, total);
        if (!columns.length) continue;
        out.push({ percent: p, source, part, total, columns, column: pickColumn(table, columns, named) });
      }
    }
    // "Salaries and benefits together come to $206.3m, or 82.1% of expenditures" under a table closed
    // by "Total expenditures": an amount of the text over the total row the share names, in the
    // column of the amount's unit. Strict: the words after "of" all name the total row, or say "the
    // total"; no other reader took the share.
    let taken: Set<Figure> | undefined;
    for (const s of ctx.sentences) {
      for (let k = 1; k < s.figs.length; k++) {
        const [a, p] = [s.figs[k - 1], s.figs[k]];
        if (p.kind !== "percent" || p.unit !== "%" || !p.value || p.qualifiers.some((q) => q.kind !== "estimate")) continue;
        // ("Vulnerable road users … accounted for 1,062 casualties, or 31.1% of the total": a count
        // of the table's own noun too.)
        const count = a.kind === "number" && !a.unit && !a.scale && !!a.noun && isCount(a);
        if (a.kind !== "number" || !a.value || (!a.unit && !a.scale && !count) || a.unit === "%" || a.qualifiers.length || a.perYear) continue;
        let link = ctx.lower.slice(a.end, p.qualifiers[0]?.start ?? p.start);
        if (count && link.startsWith(` ${a.noun}`)) link = link.slice(a.noun!.length + 1);
        if (!AMOUNT_LINK.test(link)) continue;
        const of = ofPhrase(ctx, p, s.end);
        if (!of || inTable(ctx, p.start) || out.some((x) => x.percent === p)) continue;
        taken ??= new Set(findFractionPercents(ctx).map((x) => x.percent));
        if (taken.has(p)) continue;
        // (The table may share the amount's sentence: prose right under its last row.)
        const near = tableHereOrBefore(ctx, a.start);
        if (!near) continue;
        const { source, found } = near;
        const { total } = rowsOf(found.table);
        if (!total) continue;
        const named = words(of[1]).filter((w) => !STOP.has(w) && w.length > 2);
        const label = new Set(words(total.label));
        if (!(named.length ? named.every((w) => label.has(w)) : /^(?:the total|total|tổng)(?:[ \t]|$)/u.test(of[1]))) continue;
        const columns = total.cells.map((c, i) => ({ c, i })).filter(({ c, i }) => i > 0 && !!c.figure && c.figure.kind === "number" && !!c.figure.value && c.figure.unit === a.unit && (!count || isCount(c.figure)) && !NOT_AMOUNT.test((found!.table.header[i] ?? "").toLowerCase())).map(({ i }) => i);
        if (!columns.length) continue;
        // A count is of what the table counts: its noun in the header, the total's label or the lead-in.
        if (count && !words(a.noun!).some((w) => w.length > 3 && new Set(words(`${found.table.header.join(" ")} ${total.label} ${found.lead}`)).has(w))) continue;
        // ("of the total": the table's own total column, when it has one.)
        const totalColumn = columns.filter((c) => TOTAL_LABEL.test((found!.table.header[c] ?? "").replace(/[*_`]/g, "").trim().toLowerCase()));
        const column = columns.length === 1 ? columns[0] : (pickColumn(found.table, columns, named) ?? (!named.length && totalColumn.length === 1 ? totalColumn[0] : undefined));
        out.push({ percent: p, source, part: total, total, columns, column, amount: a });
      }
    }
    leadTotalShares(ctx, out);
    return out;
  });
}

const CONNECTIVE = new Set(["alone", "together", "combined", "therefore", "thus", "also", "still", "again", "riêng", "một", "mình", "như", "vậy"]);

/**
 * "2.2 The 1,846,200 visits were split between centres as follows:" over a list of centres and their
 * visits, then "Riverside alone accounted for 27.8% of all visits": a list (or a table) with no total
 * row whose lead-in states a figure the items add up to exactly. That figure is the total; the
 * subject names one item, the share names the total ("of all visits", "of the total").
 */
function leadTotalShares(ctx: UnitContext, out: TableShare[]): void {
  for (let si = 0; si < ctx.sentences.length; si++) {
    let s: Sentence = ctx.sentences[si];
    // (Prose right under the list's last item, with no stop between, starts after it.)
    const rowEnd = findListTables(ctx).map((t) => t.rows[t.rows.length - 1].end).filter((e) => e > s.start && e < s.end).pop();
    if (rowEnd !== undefined) s = { start: rowEnd + 1, end: s.end, figs: s.figs.filter((f) => f.start > rowEnd) };
    const lead = s.figs[0] && s.figs[0].start <= s.start + 4 && /^[\d.]+[ \t]/.test(ctx.text.slice(s.figs[0].start, s.figs[0].end + 1)) ? 1 : 0;
    const p = s.figs[lead];
    if (!p || p.kind !== "percent" || p.unit !== "%" || !p.value || p.qualifiers.some((q) => q.kind !== "estimate") || out.some((x) => x.percent === p)) continue;
    const head = ctx.lower.slice(lead ? s.figs[0].end : s.start, p.qualifiers[0]?.start ?? p.start);
    const verb = LINK.exec(head);
    if (!verb || head.length > 80) continue;
    const of = ofPhrase(ctx, p, s.end);
    if (!of || inTable(ctx, p.start)) continue;
    const subject = words(head.slice(0, verb.index).replace(/^[ \t]*\d+(?:\.\d+)*[.)]?[ \t]+/u, "")).filter((w) => !CONNECTIVE.has(w) && !STOP.has(w));
    if (!subject.length) continue;
    const found = listHereOrBefore(ctx, s.start);
    if (!found) continue;
    const { source, table, leadText, leadAt } = found;
    const rows = table.rows.filter((r) => r.cells[1]?.figure?.kind === "number");
    if (rows.length < 3 || rows.length !== table.rows.length) continue;
    const first = rows[0].cells[1].figure!;
    const unit = (f: Figure) => `${f.unit ?? ""}×${f.scale?.factor ?? "1"}`;
    if (rows.some((r) => unit(r.cells[1].figure!) !== unit(first) || !r.cells[1].figure!.value)) continue;
    const sum = rows.reduce((a, r) => a.plus(r.cells[1].figure!.value!.exact), new D(0));
    const whole = source.figures.filter((f) => f.start >= leadAt && f.end <= leadAt + leadText.length && f.kind === "number" && !!f.value && unit(f) === unit(first) && sum.equals(f.value.exact));
    if (whole.length !== 1) continue;
    // The share names that total: "of the total", "of all …" with a word of the lead-in.
    const named = words(of[1]).filter((w) => !STOP.has(w) && w.length > 2);
    const leadWords = new Set(words(leadText));
    if (named.length ? !named.every((w) => leadWords.has(w)) : !/^(?:the total|total|tổng)(?:[ \t]|$)/u.test(of[1])) continue;
    // The item's own words (without its amount): the subject names them, or they hold the subject
    // ("Nhóm dệt may, da giày tiếp tục dẫn đầu" for "- Dệt may, da giày: …", "Riverside alone" for
    // "- Riverside Leisure Centre  512,400").
    const own = (r: Row) => words(source.text.slice(r.cells[0].start, r.cells[1].start));
    const hits = rows.filter((r) => own(r).length > 0 && (contains(own(r), subject) || contains(subject, own(r))));
    if (hits.length !== 1) continue;
    const total: Row = { start: whole[0].start, end: whole[0].end, label: ctx.lang === "vi" ? "tổng" : "total", cells: [rows[0].cells[0], { start: whole[0].start, end: whole[0].end, text: whole[0].text, figure: whole[0], dash: false }] };
    // (The item's words without its amount, for the message.)
    const label = source.text.slice(hits[0].cells[0].start, hits[0].cells[1].start).replace(/[ \t:–-]+$/u, "").trim();
    out.push({ percent: p, source, part: { ...hits[0], label: label || hits[0].label }, total, columns: [1], column: 1 });
  }
}

/** The last list table (or table) ending before `at` with a lead-in, here or in the unit before. */
function listHereOrBefore(ctx: UnitContext, at: number): { source: UnitContext; table: Table; leadText: string; leadAt: number } | undefined {
  const pick = (c: UnitContext, upTo: number) => {
    const lists = findListTables(c).filter((t) => t.lead && t.rows[t.rows.length - 1].end <= upTo);
    const t = lists[lists.length - 1];
    return t && t.lead ? { source: c, table: t as Table, leadText: c.lower.slice(t.lead.start, t.lead.end), leadAt: t.lead.start } : undefined;
  };
  const here = pick(ctx, at);
  if (here) return here;
  const prev = ctx.previous();
  return prev ? pick(prev, prev.text.length) : undefined;
}

/** The column a share of `named` most likely reads: the one its header names, the only one, or the
 * latest year's. */
function pickColumn(t: Table, columns: number[], named: string[]): number | undefined {
  if (columns.length === 1) return columns[0];
  const byName = columns.filter((c) => words(t.header[c] ?? "").some((w) => named.includes(w)));
  if (byName.length === 1) return byName[0];
  const years = columns.map((c) => /(?:19|20)(\d\d)(?:[/–-](\d{2,4}))?/.exec(t.header[c] ?? ""));
  if (years.every(Boolean)) {
    let best = 0;
    for (let k = 1; k < columns.length; k++) if (years[k]![0] > years[best]![0]) best = k;
    return columns[best];
  }
  return undefined;
}
