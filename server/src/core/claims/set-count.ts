// Counts over a set: "Có 3/6 khoản thu đạt trên 80% dự toán" under a table of the six items with a
// "So dự toán (%)" column; "4 of the 6 areas had rates above 80%" — the number of rows whose value
// passes the threshold. And "191 of the 412 serious incidents, more than half": a count against
// the half it is said to pass.
import type { Figure, Span } from "../types.ts";
import { D, type Dec, type Interval } from "../math/interval.ts";
import type { UnitContext } from "./context.ts";
import { CHANGE_HEAD, TOTAL_ROW, tablesHereOrBefore } from "./rank-order.ts";
import { TOTAL_LABEL, type Row } from "./table.ts";

export interface SetCount {
  /** "3/6", "4 of the 6": the count and the size of the set. */
  figure: Figure;
  count: number;
  size: number;
  threshold: Figure;
  /** ">", ">=", "<": how a row passes. */
  op: ">" | ">=" | "<" | "<=";
  /** Rows that pass for sure, and those that may (rounding). */
  sure: { row: Row; figure: Figure }[];
  maybe: { row: Row; figure: Figure }[];
  /** Rows named beside the count that do not pass ("one of the four routes, the Cotswold Line, beat …"). */
  wrong: { row: Row; figure: Figure }[];
  metric: string;
  source: UnitContext;
}

/** Between the count and the threshold: words, or a name set off by commas ("one of the four
 * routes, the Marches, beat the 90.0% target"), then the comparison. */
const GAP = "^(?:[^;.,\\d]{0,60}?|[^;.,\\d]{0,30}?,[^;.,\\d]{1,40},[^;.,\\d]{0,30}?)(?<![\\p{L}])";
const OP_EN = new RegExp(`${GAP}(above|over|more[ \\t]+than|higher[ \\t]+than|greater[ \\t]+than|exceeding|exceeded|beat|beating|surpassed|at[ \\t]+least|met|meeting|reached|achieved|below|under|less[ \\t]+than|lower[ \\t]+than|missed|fell[ \\t]+short[ \\t]+of|no[ \\t]+more[ \\t]+than)[ \\t]+(?:the[ \\t]+|a[ \\t]+|its[ \\t]+|their[ \\t]+)?$`, "u");
const OP_VI = new RegExp(`${GAP}(trên|dưới|vượt|cao[ \\t]+hơn|thấp[ \\t]+hơn|hơn|từ|không[ \\t]+quá|không[ \\t]+vượt|chưa[ \\t]+đạt|không[ \\t]+đạt)[ \\t]+(?:mức[ \\t]+|chỉ[ \\t]+tiêu[ \\t]+|mục[ \\t]+tiêu[ \\t]+)?$`, "u");
/** "one of the four routes", "all five regions", "cả 5 huyện": a count before a number of the set. */
const COUNT_OF = /(?<![\p{L}])(?:only[ \t]+)?(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+(?:of|out[ \t]+of)[ \t]+(?:the[ \t]+|all[ \t]+)?$/u;
const ALL_OF = /(?<![\p{L}])(?:all|all[ \t]+the|tất[ \t]+cả|cả|toàn[ \t]+bộ)[ \t]+(?:(?:các|the)[ \t]+)?$/u;
const WORD_COUNT: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const OR_MORE = /^[ \t]*(?:%[ \t]*)?(?:trở[ \t]+lên|or[ \t]+more|or[ \t]+above|or[ \t]+higher)(?![\p{L}])/u;

function opOf(w: string, after: string): SetCount["op"] | undefined {
  if (/^(?:above|over|more than|higher than|greater than|exceeding|exceeded|beat|beating|surpassed|trên|vượt|cao hơn|hơn)$/u.test(w)) return ">";
  if (/^(?:at least|met|meeting|reached|achieved)$/u.test(w)) return ">=";
  if (w === "từ") return OR_MORE.test(after) ? ">=" : undefined;
  if (/^(?:below|under|less than|lower than|missed|fell short of|dưới|thấp hơn|chưa đạt|không đạt)$/u.test(w)) return "<";
  if (/^(?:no more than|không quá|không vượt)$/u.test(w)) return "<=";
  return undefined;
}

function passes(iv: Interval, t: Dec, op: SetCount["op"]): [boolean, boolean] {
  switch (op) {
    case ">": return [iv.lo.gt(t), iv.hi.gt(t)];
    case ">=": return [iv.lo.gte(t), iv.hi.gte(t)];
    case "<": return [iv.hi.lte(t) && !iv.lo.eq(t), iv.lo.lt(t)];
    case "<=": return [iv.hi.lte(t), iv.lo.lte(t)];
  }
}

function core(h: string): string {
  return h.toLowerCase().replace(/\([^)]*\)/g, " ").replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
}

export function findSetCounts(ctx: UnitContext): SetCount[] {
  return ctx.memo("set-counts", () => {
    const out: SetCount[] = [];
    const vi = ctx.lang === "vi";
    for (const s of ctx.sentences) {
      for (let k = 0; k + 1 < s.figs.length; k++) {
        const f = s.figs[k];
        let count: number;
        let size: number;
        if (f.kind === "fraction" && f.numerator && f.denominator && !f.numerator.decimals && !f.denominator.decimals) {
          count = +f.numerator.exact;
          size = +f.denominator.exact;
        } else if (f.kind === "number" && f.value && !f.value.decimals && !f.unit && !f.scale) {
          const pre = ctx.lower.slice(Math.max(s.start, f.start - 30), f.start);
          const c = COUNT_OF.exec(pre);
          size = +f.value.exact;
          if (c) count = /^\d+$/u.test(c[1]) ? +c[1] : WORD_COUNT[c[1]];
          else if (ALL_OF.test(pre)) count = size;
          else continue;
        } else continue;
        if (!(size >= 3 && size <= 60 && count >= 0 && count <= size)) continue;
        const g = s.figs[k + 1];
        // (The comparator may be read as the threshold's qualifier: "trên 80%", "above 80%".)
        if (g.kind !== "percent" || !g.value || g.qualifiers.some((q) => !/^(?:over|under|atLeast|atMost)$/u.test(q.kind))) continue;
        const m = (vi ? OP_VI : OP_EN).exec(ctx.lower.slice(f.end, g.start));
        if (!m) continue;
        const op = opOf(m[1].replace(/[ \t]+/gu, " "), ctx.lower.slice(g.end, g.end + 20));
        if (!op) continue;
        const near = tablesHereOrBefore(ctx, () => true);
        if (!near) return out;
        const words = ctx.lower.slice(f.end, g.end + 40).split(/[^\p{L}\p{M}]+/u).filter((w) => w.length >= 3 && !/^(?:the|and|with|had|have|were|was|rate|rates|đạt|của|các|tỷ|lệ|trên|dưới|hơn|than|above|below|over|under|more|less)$/u.test(w));
        for (const t of near.tables) {
          const rows = t.rows.filter((r) => !TOTAL_ROW.test(r.label.replace(/\([^)]*\)/g, " ").trim()) && !TOTAL_LABEL.test(r.label.replace(/\([^)]*\)/g, " ").trim()));
          if (rows.length !== size) continue;
          // The percent columns that are no change; of several, the one whose header shares a word.
          let cols = t.header.map((_, i) => i).filter((i) => {
            if (i === 0 || CHANGE_HEAD.test(core(t.header[i]))) return false;
            const pct = t.header[i].includes("%");
            return rows.every((r) => {
              const x = r.cells[i]?.figure;
              return x && x.value && (x.kind === "percent" || (pct && x.kind === "number")) && !/^[+\-−–(]/u.test(r.cells[i].text.replace(/[*_`]/g, "").trim());
            });
          });
          if (cols.length > 1) cols = cols.filter((i) => words.some((w) => core(t.header[i]).split(/[^\p{L}\p{M}]+/u).includes(w)));
          if (cols.length !== 1) continue;
          const col = cols[0];
          const th = new D(g.value.exact);
          const sure: SetCount["sure"] = [];
          const maybe: SetCount["maybe"] = [];
          for (const r of rows) {
            const x = r.cells[col].figure!;
            const [a, b] = passes(near.src.interval(x, x.value!), th, op);
            if (a) sure.push({ row: r, figure: x });
            else if (b) maybe.push({ row: r, figure: x });
          }
          const between = ctx.lower.slice(f.end, g.start);
          const wrong = rows.filter((r) => {
            const l = r.label.replace(/\([^)]*\)/g, " ").replace(/^(?:\d{1,3}\.?)[ \t]+/u, "").trim();
            return l.length >= 3 && new RegExp(`(?<![\\p{L}\\p{M}\\d])${l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{M}\\d])`, "u").test(between) && !sure.some((x) => x.row === r) && !maybe.some((x) => x.row === r);
          }).map((r) => ({ row: r, figure: r.cells[col].figure! }));
          out.push({ figure: f, count, size, threshold: g, op, sure, maybe, wrong, metric: t.header[col], source: near.src });
          break;
        }
      }
    }
    return out;
  });
}

/** "191 of the 412 serious incidents, more than half": the count against half its set. */
export interface HalfWord {
  figure: Figure;
  count: number;
  size: number;
  /** More than half ("more than half", "a majority", "hơn một nửa"), or less. */
  more: boolean;
  words: string;
  at: Span;
}

const HALF_EN = /^(?:[ \t]+[\p{L}-]+){0,4}?[ \t]*,[ \t]*(?:or[ \t]+|that[ \t]+is[ \t]+|i\.e\.[ \t]+)?(more[ \t]+than[ \t]+half|over[ \t]+half|above[ \t]+half|a[ \t]+(?:clear[ \t]+)?majority|less[ \t]+than[ \t]+half|fewer[ \t]+than[ \t]+half|under[ \t]+half|below[ \t]+half|a[ \t]+minority)(?![\p{L}])/u;
const HALF_VI = /^(?:[ \t]+[\p{L}]+){0,4}?[ \t]*,[ \t]*(?:tức là[ \t]+|chiếm[ \t]+)?(hơn[ \t]+(?:một[ \t]+)?nửa|quá[ \t]+(?:một[ \t]+)?nửa|trên[ \t]+(?:một[ \t]+)?nửa|đa[ \t]+số|chưa[ \t]+(?:đến|tới|được)[ \t]+(?:một[ \t]+)?nửa|dưới[ \t]+(?:một[ \t]+)?nửa|thiểu[ \t]+số)(?![\p{L}])/u;

export function findHalfWords(ctx: UnitContext): HalfWord[] {
  return ctx.memo("half-words", () => {
    const out: HalfWord[] = [];
    const vi = ctx.lang === "vi";
    if (!(vi ? /(?:nửa|đa số|thiểu số)/u : /(?:half|majority|minority)/u).test(ctx.lower)) return out;
    for (const s of ctx.sentences) {
      for (let k = 0; k < s.figs.length; k++) {
        const f = s.figs[k];
        if (f.kind !== "fraction" || !f.numerator || !f.denominator || f.numerator.decimals || f.denominator.decimals) continue;
        const next = s.figs[k + 1];
        const tail = ctx.lower.slice(f.end, next ? next.start : s.end);
        const m = (vi ? HALF_VI : HALF_EN).exec(tail);
        if (!m) continue;
        const count = +f.numerator.exact;
        const size = +f.denominator.exact;
        if (!(size >= 2 && count <= size)) continue;
        const more = !/^(?:less|fewer|under|below|a minority|chưa|dưới|thiểu)/u.test(m[1]);
        const at = f.end + m.index + m[0].length - m[1].length;
        out.push({ figure: f, count, size, more, words: ctx.text.slice(at, at + m[1].length), at: { start: at, end: at + m[1].length } });
      }
    }
    return out;
  });
}
