// A gap in points between two rates named by the labels of list items above: "- Primary: 871
// schools inspected, of which 671 were good or outstanding (77.0%). - Secondary: … (64.8%)." then
// "The primary rate was 12.2 percentage points higher than the secondary rate"; "Tỷ lệ của khối
// tiểu học cao hơn khối trung học 12,2 điểm phần trăm".
//
// Trust first: each label opens exactly one list item (bullet or number, then the label and a colon)
// in this unit or the one before, and that item holds exactly one percentage; the gap is in points.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import { tablesAbove, type Table } from "./table.ts";

export interface LabelGap {
  /** The rate said to be higher (or lower) and the other, read in `src`. */
  x: Figure;
  y: Figure;
  gap: Figure;
  higher: boolean;
  word: { start: number; end: number };
  src: UnitContext;
  /** The side is judged by another reading (a comparison of the same words): the size only. */
  sizeOnly?: boolean;
  /** The gap as a share of the other value, stated after it ("…, tương đương 32,7%", "…, or 32.7%"). */
  pct?: Figure;
}

const EN_LEAD = /(?:^|[.;:]|\n)[ \t*•-]*the[ \t]+([\p{L}-]+(?:[ \t]+[\p{L}-]+){0,2}?)[ \t]+(?:rate|share|proportion|percentage)[ \t]+(?:was|is|stood[ \t]+at|came[ \t]+in)[ \t]+$/u;
const EN_TAIL = /^[ \t]+(?:percentage[ \t]+points?|points?|pp)?[ \t]*(higher|lower|above|below)[ \t]+(?:than[ \t]+)?(?:the[ \t]+|that[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?)?([\p{L}-]+(?:[ \t]+[\p{L}-]+){0,2}?)(?:[ \t]+(?:rate|share|proportion|percentage|one|figure))?[ \t]*(?=[.,;]|$)/u;
const VI = /(?:^|[.;:]|\n)[ \t*•-]*(?:tỷ[ \t]+lệ|tỷ[ \t]+trọng)(?:(?:[ \t]+[\p{L}]+){0,3}?[ \t]+(?:của|ở|tại))?[ \t]+((?:[\p{L}]+[ \t]+){1,6}?)(cao[ \t]+hơn|thấp[ \t]+hơn)[ \t]+(?:(?:tỷ[ \t]+lệ|tỷ[ \t]+trọng)[ \t]+)?(?:(?:của|ở|tại)[ \t]+)?((?:[\p{L}]+[ \t]+){1,6}?)(?:là[ \t]+|khoảng[ \t]+)?$/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[ \t]+/gu, "[ \\t]+");
}

/** The one percentage of the one list item the label opens. */
function itemRate(c: UnitContext, label: string, upTo: number): Figure | undefined {
  const re = new RegExp(String.raw`(?:^|\n)[ \t]*(?:[-*+•–]|\d{1,2}[.)])[ \t]+(?:khối[ \t]+|cấp[ \t]+|nhóm[ \t]+)?${escape(label)}[ \t]*:`, "giu");
  const hits: Figure[][] = [];
  for (const m of c.text.slice(0, upTo).matchAll(re)) {
    const from = m.index! + m[0].length;
    // The item runs to the next item or a blank line.
    const next = /\n[ \t]*(?:[-*+•–]|\d{1,2}[.)])[ \t]|\n[ \t]*\n/u.exec(c.text.slice(from));
    const end = next ? from + next.index : c.text.length;
    hits.push(c.figures.filter((f) => f.start >= from && f.end <= end && f.kind === "percent" && f.unit === "%"));
  }
  if (hits.length) return hits.length === 1 && hits[0].length === 1 ? hits[0][0] : undefined;
  // "Ban giao thông" names "- Ban Quản lý dự án … các công trình giao thông: …": the one item whose
  // label holds every word of the name, in order, the first word first.
  const ws = label.toLowerCase().split(/[ \t]+/u).filter(Boolean);
  if (ws.length < 2) return undefined;
  const loose: Figure[][] = [];
  const item = /(?:^|\n)[ \t]*(?:[-*+•–]|\d{1,2}[.)])[ \t]+([^:\n]{3,120}):/gu;
  for (const m of c.lower.slice(0, upTo).matchAll(item)) {
    const l = m[1].split(/[ \t]+/u);
    if (l[0] !== ws[0]) continue;
    let at = 1;
    for (const w of ws.slice(1)) {
      const k = l.indexOf(w, at);
      if (k < 0) { at = -1; break; }
      at = k + 1;
    }
    if (at < 0 || l.slice(at).length) continue;
    const from = m.index! + m[0].length;
    const next = /\n[ \t]*(?:[-*+•–]|\d{1,2}[.)])[ \t]|\n[ \t]*\n/u.exec(c.text.slice(from));
    const end = next ? from + next.index : c.text.length;
    loose.push(c.figures.filter((f) => f.start >= from && f.end <= end && f.kind === "percent" && f.unit === "%"));
  }
  return loose.length === 1 && loose[0].length === 1 ? loose[0][0] : undefined;
}

export function findLabelGaps(ctx: UnitContext): LabelGap[] {
  return ctx.memo("label-gaps", () => read(ctx));
}

function read(ctx: UnitContext): LabelGap[] {
  const out: LabelGap[] = [];
  const vi = ctx.lang === "vi";
  if (!(vi ? /điểm phần trăm|điểm %/u : /points?|pp/u).test(ctx.lower)) return out;
  for (const s of ctx.sentences) {
    for (const d of s.figs) {
      if (!d.value || d.qualifiers.length) continue;
      const points = d.unit === "pp" || (d.kind === "number" && /^(?:percentage[ \t]+points?|points?|điểm[ \t]+phần[ \t]+trăm)/u.test(d.noun ?? ""));
      if (!points) continue;
      const q = d.qualifiers[0]?.start ?? d.start;
      let a: string | undefined;
      let b: string | undefined;
      let higher = true;
      let word = { start: q, end: d.end };
      if (vi) {
        const m = VI.exec(ctx.lower.slice(s.start, q));
        if (!m) continue;
        [a, b, higher] = [m[1].trim(), m[3].trim(), /^cao/u.test(m[2])];
        const at = q - (ctx.lower.slice(s.start, q).length - m.index - m[0].indexOf(m[2]));
        word = { start: at, end: at + m[2].length };
      } else {
        const m = EN_LEAD.exec(ctx.lower.slice(s.start, q));
        const t = m ? EN_TAIL.exec(ctx.lower.slice(d.end, s.end)) : null;
        if (!m || !t) continue;
        [a, b, higher] = [m[1].trim(), t[2].trim(), /^(?:higher|above)$/u.test(t[1])];
        const at = d.end + t.index + t[0].indexOf(t[1]);
        word = { start: at, end: at + t[1].length };
      }
      // "khối tiểu học" names the item "Tiểu học".
      a = a.replace(/^(?:khối|cấp|nhóm|ngành)[ \t]+/u, "");
      b = b.replace(/^(?:khối|cấp|nhóm|ngành)[ \t]+/u, "");
      if (!a || !b || a === b) continue;
      let src: UnitContext = ctx;
      let x = itemRate(ctx, a, s.start);
      let y = itemRate(ctx, b, s.start);
      const prev = !x && !y ? ctx.previous() : undefined;
      if (prev) {
        src = prev;
        x = itemRate(prev, a, prev.text.length);
        y = itemRate(prev, b, prev.text.length);
      }
      if (!x && !y) {
        // Rows of the table just above: "| Huyện A | … | 78,9 |" then "Tỷ lệ của huyện A cao hơn huyện B …".
        const rows = tableRates(ctx, Math.max(s.start, ctx.text.lastIndexOf("\n", q) + 1), a, b);
        if (rows) [x, y, src] = rows;
      }
      if (!x || !y || x === y) continue;
      out.push({ x, y, gap: d, higher, word, src });
    }
  }
  return out;
}

const KIND = /^(?:huyện|xã|tỉnh|thị[ \t]+xã|thành[ \t]+phố|phường|quận|khối|nhóm|ngành|the)[ \t]+/u;

/** The rates of two rows of the table just above, named by their labels, in its one column of
 * percentages (a header with "%", or cells written with it). */
function tableRates(ctx: UnitContext, at: number, a: string, b: string): [Figure, Figure, UnitContext] | undefined {
  const { src, tables } = tablesAbove(ctx, at, () => true, true);
  const t: Table | undefined = tables[tables.length - 1];
  if (!t) return undefined;
  const core = (l: string) => l.replace(/[*_`]/gu, "").trim().toLowerCase().replace(KIND, "");
  const find = (name: string) => {
    const n = core(name);
    const hits = t.rows.filter((r) => core(r.label) === n);
    return hits.length === 1 ? hits[0] : undefined;
  };
  const ra = find(a);
  const rb = find(b);
  if (!ra || !rb || ra === rb) return undefined;
  const cols = t.header.map((_, i) => i).filter((i) => i > 0 && (t.header[i].includes("%") || t.rows.every((r) => r.cells[i]?.figure?.kind === "percent")) && !/(?:tăng|giảm|change|\+\/-|±)/iu.test(t.header[i]));
  if (cols.length !== 1) return undefined;
  const [x, y] = [ra.cells[cols[0]]?.figure, rb.cells[cols[0]]?.figure];
  if (!x || !y || !x.value || !y.value || (x.kind !== "number" && x.kind !== "percent")) return undefined;
  // (A cell "78,9" under "Tỷ lệ (%)" is a percentage.)
  const pct = (f: Figure): Figure => (f.kind === "percent" ? f : { ...f, kind: "percent", unit: "%" });
  return [pct(x), pct(y), src];
}
