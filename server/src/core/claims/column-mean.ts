// The mean of a table's rows, said to move between two years, under a table with one value column
// for each: "| Site | 2022 annual mean | 2023 annual mean | Change (%) |" then "The mean across the five
// sites fell from 35.9 to 33.8 µg/m³"; "Bình quân của 5 trạm giảm từ 35,9 xuống 33,8". Each end is
// the mean of its column.
//
// Trust first: the table ends right above the sentence (or opens the unit before it), it has exactly
// two value columns that are not changes, every row but a total holds a plain value in both, and a
// count said ("the five sites") is the number of rows.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import type { ListMean } from "./list-mean.ts";
import { tablesAbove, TOTAL_LABEL } from "./table.ts";
import { CHANGE_HEAD, TOTAL_ROW } from "./rank-order.ts";

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const EN = /(?:^|[.;:]|\n)[ \t*•-]*the[ \t]+(?:overall[ \t]+)?(?:mean|average)[ \t]+(?:(?:annual[ \t]+)?(?:mean[ \t]+)?(?:concentration|level|value|score|rate)[ \t]+)?(?:across|of|for|at|over)[ \t]+(?:the[ \t]+|all[ \t]+(?:the[ \t]+)?)?(?:(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[ \t]+)?[\p{L}-]+[ \t]+(?:fell|rose|decreased|increased|declined|dropped|improved|went[ \t]+(?:up|down)|moved|changed)[ \t]+from[ \t]+$/u;
const VI = /(?:^|[.;:]|\n)[ \t*•-]*(?:mức[ \t]+)?(?:bình[ \t]+quân|trung[ \t]+bình)[ \t]+(?:của[ \t]+|các[ \t]+)?(?:(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+)?[\p{L}]+(?:[ \t]+[\p{L}]+)?[ \t]+(?:giảm|tăng)[ \t]+từ[ \t]+$/u;

function ends(r: Figure): [Figure, Figure] {
  const mk = (n: NonNullable<Figure["low"]>): Figure => ({ ...r, kind: r.unit === "%" ? "percent" : "number", value: n, low: undefined, high: undefined, start: n.start, end: n.end, text: n.text, qualifiers: [] });
  return [mk(r.low!), mk(r.high!)];
}

export interface ColumnMean extends ListMean {
  /** The unit the column's values were read in, when not this one. */
  from?: UnitContext;
}

export function findColumnMeans(ctx: UnitContext): ColumnMean[] {
  return ctx.memo("column-means", () => {
    const out: ColumnMean[] = [];
    const vi = ctx.lang === "vi";
    if (!(vi ? /bình quân|trung bình/u : /mean|average/u).test(ctx.lower)) return out;
    for (let si = 0; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      for (let k = 0; k < s.figs.length; k++) {
        const f = s.figs[k];
        const q = f.qualifiers[0]?.start ?? f.start;
        const m = (vi ? VI : EN).exec(ctx.lower.slice(Math.max(s.start, q - 120), q));
        if (!m) continue;
        let pair: [Figure, Figure] | undefined;
        if (f.kind === "range" && f.low && f.high) pair = ends(f);
        else {
          const g = s.figs[k + 1];
          if (g && /^[ \t]*(?:[\p{L}µ³\/()%-]+[ \t]*)?(?:to|xuống|lên|đến)[ \t]+$/u.test(ctx.lower.slice(f.end, g.start))) pair = [f, g];
        }
        if (!pair || pair.some((x) => !x.value || x.qualifiers.length)) continue;
        const lineStart = Math.max(s.start, ctx.text.lastIndexOf("\n", q) + 1);
        // (The paragraph right under the table may say it after other sentences.)
        const { src, tables } = tablesAbove(ctx, lineStart, () => true, true);
        const t = tables[tables.length - 1];
        if (!t) continue;
        const rows = t.rows.filter((r) => !TOTAL_ROW.test(r.label.replace(/[*_]/gu, "").trim()) && !TOTAL_LABEL.test(r.label.replace(/[*_]/gu, "").trim()));
        if (rows.length < 3) continue;
        const said = m[1] ? (/^\d+$/u.test(m[1]) ? +m[1] : COUNT[m[1]]) : undefined;
        if (said !== undefined && said !== rows.length) continue;
        const cols = t.header.map((_, i) => i).filter((i) => i > 0 && !CHANGE_HEAD.test(t.header[i].toLowerCase()) && rows.every((r) => { const x = r.cells[i]?.figure; return !!x && !!x.value && (x.kind === "number" || x.kind === "percent") && !/^[+\-−–(]/u.test(r.cells[i].text.replace(/[*_`]/g, "").trim()); }));
        if (cols.length !== 2) continue;
        for (let e = 0; e < 2; e++) out.push({ values: rows.map((r) => r.cells[cols[e]].figure!), average: pair[e], ...(src !== ctx ? { from: src } : {}) });
      }
    }
    return out;
  });
}
