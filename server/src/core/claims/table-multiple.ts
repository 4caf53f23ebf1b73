// A multiple between two rows of the table just above, named by their labels (years or names) and
// the column by its header's words: "| 2021 | 24 | 6.850 | … | 2024 | 40 | 8.840 |" then "Số đề án năm
// 2024 gấp 1,67 lần năm 2021"; "Projects in 2024 were 1.67 times the 2021 figure".
//
// Trust first: both labels are rows of one table ending right above the sentence; the column is the
// one value column whose header's words the sentence names before the multiple (or the only value
// column); the two cells are plain numbers of that column.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import type { Multiple } from "./compare.ts";
import { tablesAbove, type Table } from "./table.ts";

const YEAR = String.raw`(?:19|20)\d\d`;
const VI_SUBJECT = new RegExp(String.raw`(?:^|[;,:.]|\n)[\s*•-]*((?:[\p{L}]+[ \t]+){1,6}?)năm[ \t]+(${YEAR})[ \t]+(?:đã[ \t]+|chỉ[ \t]+)?(?:gấp[ \t]*)?(?:hơn[ \t]+|khoảng[ \t]+|gần[ \t]+)?$`, "u");
const VI_OTHER = new RegExp(String.raw`^[ \t]*(?:lần[ \t]+)?(?:so[ \t]+với[ \t]+)?(?:của[ \t]+)?năm[ \t]+(${YEAR})(?![\d\p{L}\/])(?=[ \t]*(?:[,;.)]|$))`, "u");
const EN_SUBJECT = new RegExp(String.raw`(?:^|[;,:.]|\n)[\s*•-]*(?:the[ \t]+)?((?:[\p{L}-]+[ \t]+){1,5}?)in[ \t]+(${YEAR})[ \t]+(?:was|were)[ \t]+((?:more[ \t]+than|over|almost|nearly|about|around|roughly)[ \t]+)?$`, "u");
const EN_OTHER = new RegExp(String.raw`^[ \t]+(?:times[ \t]+)?(?:(?:that|those)[ \t]+(?:of|in|for)[ \t]+(${YEAR})|the[ \t]+(${YEAR})[ \t]+(?:figure|level|total|number|count)|as[ \t]+(?:many|much|high|large)[ \t]+as[ \t]+in[ \t]+(${YEAR}))(?![\d\p{L}\/])(?=[ \t]*(?:[,;.)]|$))`, "u");
const SKIP = /^(?:số|the|of|number|total|tổng|năm|in|và|and|các|những|lượng)$/u;

function words(s: string): string[] {
  return s.toLowerCase().replace(/\([^()]*\)/gu, " ").split(/[^\p{L}\p{M}]+/u).filter((w) => w.length >= 2 && !SKIP.test(w));
}

function cell(t: Table, label: string, col: number): Figure | undefined {
  const rows = t.rows.filter((r) => r.label.replace(/[*_]/gu, "").trim() === label);
  if (rows.length !== 1) return undefined;
  const f = rows[0].cells[col]?.figure;
  return f && f.kind === "number" && f.value && !f.qualifiers.length ? f : undefined;
}

export function tableMultiples(ctx: UnitContext, out: Multiple[]): void {
  if (!/gấp|times/u.test(ctx.lower)) return;
  const vi = ctx.lang === "vi";
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (const t of s.figs) {
      if (t.kind !== "multiplier" || !t.value || out.some((m) => m.times.start === t.start)) continue;
      const tq = t.qualifiers[0]?.start ?? t.start;
      const gap = vi && /^gấp/u.test(t.text.toLowerCase()) ? " gấp " : "";
      const head = ctx.text.slice(Math.max(s.start, tq - 80), tq) + gap;
      const a = (vi ? VI_SUBJECT : EN_SUBJECT).exec(head);
      if (!a) continue;
      if (vi && !/gấp[ \t]*(?:hơn[ \t]+|khoảng[ \t]+|gần[ \t]+)?$/u.test(head)) continue;
      let end = t.end;
      if (vi) {
        const lan = /^[ \t]+lần(?![\p{L}])/u.exec(ctx.lower.slice(t.end, t.end + 8));
        if (!/lần/u.test(t.text) && lan) end += lan[0].length;
      }
      const b = (vi ? VI_OTHER : EN_OTHER).exec(ctx.text.slice(end, Math.min(s.end + 1, end + 60)));
      if (!b) continue;
      const [y1, y2] = [a[2], b[1] ?? b[2] ?? b[3]];
      if (!y2 || y1 === y2) continue;
      // No figure between the subject's words and the multiple.
      const from = tq - head.length + gap.length + a.index;
      if (s.figs.some((f) => f !== t && f.start >= from && f.start < tq)) continue;
      const { src, tables } = tablesAbove(ctx, Math.max(s.start, ctx.text.lastIndexOf("\n", tq) + 1), () => si === 0, true);
      const tbl = tables[tables.length - 1];
      if (!tbl || tbl.rows.length < 2) continue;
      const valueCols = tbl.header.map((_, i) => i).filter((i) => i > 0 && tbl.rows.some((r) => r.cells[i]?.figure));
      const subj = words(a[1]);
      const named = valueCols.filter((i) => {
        const h = words(tbl.header[i]);
        return h.length > 0 && h.every((w) => subj.includes(w));
      });
      const col = named.length === 1 ? named[0] : valueCols.length === 1 && subj.length ? valueCols[0] : undefined;
      if (col === undefined) continue;
      const x = cell(tbl, y1, col);
      const y = cell(tbl, y2, col);
      if (!x || !y || (x.unit ?? "") !== (y.unit ?? "")) continue;
      const atLeast = vi ? /hơn[ \t]*$/u.test(head) : !!a[3] && /more|over/u.test(a[3]);
      out.push({ subject: x, other: y, times: t, atLeast, ...(src !== ctx ? { from: src } : {}) });
    }
  }
}
