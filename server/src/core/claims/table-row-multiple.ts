// A multiple of a value stated in brackets against another row of the table just above, named by its
// label: "| Primary | … | 16.0% |", "| Secondary | … | 27.8% |" then "Persistent absence in secondary
// schools (27.8%) was 1.7 times the primary rate"; "Tỷ lệ nghỉ học dài ngày ở khối THCS (27,8%) gấp
// 1,7 lần khối tiểu học".
//
// Trust first: the subject's value is one cell of the table, in a row the sentence names before it;
// the other side is the one other row of that table whose label the words after the multiple name
// (up to a stop); both cells are of one column and one kind.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import type { Multiple } from "./compare.ts";
import { tablesAbove, type Row, type Table } from "./table.ts";

const EN_OTHER = /^[ \t]+(?:times[ \t]+)?(?:that[ \t]+(?:of|in|for)[ \t]+|the[ \t]+|as[ \t]+(?:many|much)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?as[ \t]+(?:the[ \t]+|in[ \t]+|at[ \t]+)?)((?:[\p{L}-]+[ \t]+){0,3}?[\p{L}-]+?)(?:[ \t]+(?:rate|figure|level|one|average|share|proportion|value|total|schools?))?(?=[ \t]*(?:[,;.)]|$))/u;
const VI_OTHER = /^[ \t]*(?:lần[ \t]+)?(?:so[ \t]+với[ \t]+)?(?:(?:tỷ[ \t]+lệ|mức|số)[ \t]+)?(?:(?:của|ở|tại)[ \t]+)?((?:[\p{L}\p{M}-]+[ \t]+){0,4}?[\p{L}\p{M}-]+)(?=[ \t]*(?:[,;.)]|$))/u;
const VERB = /^[ \t]*\)[ \t]*(?:(?:was|were|is|are)[ \t]+(?:(?:more[ \t]+than|over|almost|nearly|about|around|roughly)[ \t]+)?|(?:đã[ \t]+)?gấp[ \t]*(?:hơn[ \t]+|khoảng[ \t]+|gần[ \t]+)?)$/u;

function label(r: Row): string {
  return r.label.replace(/[*_`]/gu, "").replace(/\([^)]*\)/gu, " ").replace(/\s+/gu, " ").trim().toLowerCase();
}

function phrase(text: string, l: string): boolean {
  let i = text.indexOf(l);
  while (i >= 0) {
    if (!/[\p{L}\p{M}\d]/u.test(text[i - 1] ?? "") && !/[\p{L}\p{M}\d]/u.test(text[i + l.length] ?? "")) return true;
    i = text.indexOf(l, i + 1);
  }
  return false;
}

export function tableRowMultiples(ctx: UnitContext, out: Multiple[]): void {
  if (!/gấp|times|twice/u.test(ctx.lower)) return;
  const vi = ctx.lang === "vi";
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let k = 0; k < s.figs.length; k++) {
      let t = s.figs[k];
      // "three times that of …": a number counting "times", as a multiple.
      const tw = t.kind === "number" && t.noun === "times" && t.value ? /^[ \t]+times(?![\p{L}])/u.exec(ctx.lower.slice(t.end, t.end + 8)) : null;
      if (tw) t = { ...t, kind: "multiplier", end: t.end + tw[0].length, text: ctx.text.slice(t.start, t.end + tw[0].length) };
      if (t.kind !== "multiplier" || !t.value || out.some((m) => m.times.start === t.start)) continue;
      if (k === 0) {
        bothByLabel(ctx, si, t, vi, out);
        continue;
      }
      const v = s.figs[k - 1];
      const tq = t.qualifiers[0]?.start ?? t.start;
      const verb = ctx.lower.slice(v.end, tq) + (vi && /^gấp/u.test(t.text.toLowerCase()) ? "gấp " : "");
      if (!v.value || v.qualifiers.length || !/\([ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, v.start - 3), v.start)) || !VERB.test(verb)) {
        bothByLabel(ctx, si, t, vi, out);
        if (!out.some((m) => m.times.start === t.start)) valueNamed(ctx, si, k, t, vi, out);
        continue;
      }
      const found = otherAndTable(ctx, si, t, vi);
      if (!found) continue;
      const { o, src, tbl } = found;
      const before = ctx.lower.slice(s.start, v.start);
      // The subject's cell: its value, in a row the words before it name.
      const cells: { row: Row; col: number; f: Figure }[] = [];
      for (const r of tbl.rows) {
        const l = label(r);
        if (l.length < 3 || !phrase(before, l)) continue;
        r.cells.forEach((c, col) => {
          const f = c.figure;
          if (col > 0 && f && f.value && f.kind === v.kind && (f.unit ?? "") === (v.unit ?? "") && f.value.exact === v.value!.exact && f.value.decimals === v.value!.decimals) cells.push({ row: r, col, f });
        });
      }
      if (cells.length !== 1) continue;
      const x = cells[0].f;
      const y = otherCell(tbl, cells[0], o[1]);
      if (!y) continue;
      const atLeast = /(?:more[ \t]+than|over|hơn)[ \t]*(?:gấp[ \t]*)?$/u.test(verb);
      out.push({ subject: x, other: y, times: t, atLeast, ...(src !== ctx ? { from: src } : {}) });
    }
  }
}

const CLAUSE_VERB = /(?:(?:delivered|recorded|received|handled|sold|issued|made|completed|installed|planted|collected|served|attracted|had|has|saw|took|won|secured|carried[ \t]+out|reached)[ \t]+(?:(?:more[ \t]+than|over|almost|nearly|about|around|roughly)[ \t]+)?|(?:was|were|is|are)[ \t]+(?:(?:more[ \t]+than|over|almost|nearly|about|around|roughly)[ \t]+)?|(?:đã[ \t]+)?(?:gấp|bằng)[ \t]*(?:hơn[ \t]+|khoảng[ \t]+|gần[ \t]+)?)$/u;

/** "bus boardings were more than five times the number on local rail", "doanh thu khối A gấp 2,1 lần
 * khối B", under a table with rows "Bus" and "Rail (local services)": both sides are rows the
 * sentence names, the one before the multiple and the one after; their one column of amounts or
 * counts (not shares) gives the values. */
function bothByLabel(ctx: UnitContext, si: number, t: Figure, vi: boolean, out: Multiple[]): void {
  const s = ctx.sentences[si];
  const tq = t.qualifiers[0]?.start ?? t.start;
  // The clause the multiple is in, back to the last stop, with no figure of its own before it.
  const clauseStart = Math.max(s.start, ctx.lower.lastIndexOf(";", tq) + 1, ctx.lower.lastIndexOf(":", tq) + 1);
  // (A section number opening the line is no figure of the clause: "2.1 Ashcombe delivered …".)
  const heading = (f: Figure) => /^\d{1,2}(?:\.\d{1,2}){1,2}$/u.test(f.text) && /(?:^|\n)[ \t]*$/u.test(ctx.text.slice(Math.max(0, f.start - 4), f.start));
  if (s.figs.some((f) => f.start >= clauseStart && f.end <= tq && !heading(f))) return;
  const before = ctx.lower.slice(clauseStart, tq);
  if (!CLAUSE_VERB.test(before + (vi && /^gấp/u.test(t.text.toLowerCase()) ? "gấp " : ""))) return;
  const found = otherAndTable(ctx, si, t, vi);
  if (!found) return;
  const { o, src, tbl } = found;
  const named = (text: string) => tbl.rows.filter((r) => label(r).length >= 3 && phrase(text, label(r)));
  const subj = named(before);
  const other = named(o[1]);
  if (subj.length !== 1 || other.length !== 1 || subj[0] === other[0]) return;
  const amount = (f: Figure | undefined) => !!f && f.kind === "number" && !!f.value && !f.qualifiers.length && f.unit !== "%" && f.unit !== "pp";
  const cols: number[] = [];
  subj[0].cells.forEach((c, col) => {
    const y = other[0].cells[col]?.figure;
    // (Not a column of shares, changes or ranks: "Share of total (%)", "Change", "Rank".)
    const head = (tbl.header[col] ?? "").toLowerCase();
    if (col > 0 && amount(c.figure) && amount(y) && (c.figure!.unit ?? "") === (y!.unit ?? "") && !/%|share|percent|change|rank|tỷ lệ|tỉ lệ|cơ cấu|tăng|giảm|thứ hạng|xếp/u.test(head)) cols.push(col);
  });
  // ("Ashcombe delivered 3.5 times as many shelters as Elsworth" over "| Year 2 target | Delivered |":
  // of several columns, the one the verb or the noun names.)
  const said = cols.length > 1 ? new Set((before + " " + ctx.lower.slice(t.end, t.end + 40)).split(/[^\p{L}]+/u).filter((w) => w.length >= 5).map((w) => w.slice(0, 5))) : undefined;
  const picked = said ? cols.filter((col) => (tbl.header[col] ?? "").toLowerCase().split(/[^\p{L}]+/u).some((w) => w.length >= 5 && said.has(w.slice(0, 5)))) : cols;
  if (picked.length !== 1) return;
  const col = picked[0];
  const atLeast = /(?:more[ \t]+than|over|hơn)[ \t]*(?:gấp[ \t]*)?$/u.test(before);
  out.push({ subject: subj[0].cells[col].figure!, other: other[0].cells[col].figure!, times: t, atLeast, ...(src !== ctx ? { from: src } : {}) });
}

/** The words that name the other side, after the multiple (and its "lần"), and the table above. */
function otherAndTable(ctx: UnitContext, si: number, t: Figure, vi: boolean): { o: RegExpExecArray; src: UnitContext; tbl: Table } | undefined {
  const s = ctx.sentences[si];
  const tq = t.qualifiers[0]?.start ?? t.start;
  let end = t.end;
  if (vi && !/lần/u.test(t.text)) {
    const lan = /^[ \t]+lần(?![\p{L}])/u.exec(ctx.lower.slice(t.end, t.end + 8));
    if (lan) end += lan[0].length;
  }
  // (The reader may take the words after "lần" as the multiple's noun: read them from the text.)
  const o = (vi ? VI_OTHER : EN_OTHER).exec(ctx.lower.slice(vi ? t.start + t.text.length : end, Math.min(s.end + 1, end + 60)).replace(/^[ \t]*times(?![\p{L}])/u, ""));
  if (!o) return undefined;
  const from = Math.max(s.start, ctx.text.lastIndexOf("\n", tq) + 1);
  let { src, tables } = tablesAbove(ctx, from, () => si === 0, true);
  // (Past a short note under the table: "RAG: Green 100% or more; …".)
  if (!tables.length) {
    const near = tablesAbove(ctx, from, () => false);
    const last = near.tables[near.tables.length - 1];
    const gap = last ? ctx.text.slice(last.rows[last.rows.length - 1].end, from) : "";
    if (last && gap.length <= 240 && (gap.match(/\n[ \t]*\n/gu) ?? []).length <= 2 && !/\d[\d.,]*[ \t]*(?:times|lần)/u.test(gap)) ({ src, tables } = near);
  }
  const tbl: Table | undefined = tables[tables.length - 1];
  return tbl && tbl.rows.length >= 2 ? { o, src, tbl } : undefined;
}

/** "Music remains the engine of the Festival, bringing in £842.6k, or 43.3% of all box office income,
 * and 2.5 times the income from Comedy": the subject's value, stated before the multiple, is the one
 * cell of the row the sentence opens on that holds it; its column gives the other row's value. */
function valueNamed(ctx: UnitContext, si: number, k: number, t: Figure, vi: boolean, out: Multiple[]): void {
  const s = ctx.sentences[si];
  const tq = t.qualifiers[0]?.start ?? t.start;
  // (The multiple closes its clause after "and" or a comma: "…, and 2.5 times the income from Comedy".)
  if (!/(?:,|(?<![\p{L}])(?:and|và))[ \t]*(?:(?:more[ \t]+than|over|almost|nearly|about|around|roughly|gấp)[ \t]+)?$/u.test(ctx.lower.slice(Math.max(s.start, tq - 16), tq))) return;
  const found = otherAndTable(ctx, si, t, vi);
  if (!found) return;
  const { o, src, tbl } = found;
  const hits: { row: Row; col: number; f: Figure }[] = [];
  for (const v of s.figs.slice(0, k)) {
    if (v.kind !== "number" || !v.value || v.qualifiers.length || v.unit === "%" || v.unit === "pp") continue;
    const before = ctx.lower.slice(s.start, v.start);
    for (const r of tbl.rows) {
      const l = label(r);
      if (l.length < 3 || !phrase(before, l)) continue;
      r.cells.forEach((c, col) => {
        const f = c.figure;
        if (col > 0 && f && f.value && f.kind === "number" && f.value.exact === v.value!.exact && f.value.decimals === v.value!.decimals && (!f.unit || f.unit === v.unit)) hits.push({ row: r, col, f });
      });
    }
  }
  if (hits.length !== 1) return;
  const y = otherCell(tbl, hits[0], o[1]);
  if (y) out.push({ subject: hits[0].f, other: y, times: t, ...(src !== ctx ? { from: src } : {}) });
}

/** The other side: the cell, in the subject's column, of the one other row the words after the multiple name. */
function otherCell(tbl: Table, subject: { row: Row; col: number; f: Figure }, words: string): Figure | undefined {
  const others = tbl.rows.filter((r) => r !== subject.row && label(r).length >= 3 && phrase(words, label(r)));
  if (others.length !== 1) return undefined;
  const y = others[0].cells[subject.col]?.figure;
  const x = subject.f;
  return y && y.value && !y.qualifiers.length && y.kind === x.kind && (y.unit ?? "") === (x.unit ?? "") ? y : undefined;
}
