// A column of figures laid out with spaces, one a line, closed by a total line:
//
//     Bus (local and express)        71.84 million
//     Light rail                     38.27 million
//     Total                         128.46 million
//
// The lines above the total are its parts, all of them (a total line sums what it closes). With
// several columns ("Aeronautical   198.4   176.9   +12.2"), a column is held to its total only
// where another column of the same lines adds up to its own (so the total line sums, rather than
// averages or restates a rate), and signed or percent columns never are.
import { D, Interval } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const TOTAL_LABEL = /^(?:total|grand total|all|overall|tổng|tổng cộng|tổng số|cộng|toàn bộ|chung)(?:[ \t]+[\p{L}()]+){0,3}$/u;
/** Lines that break a total down ("of which", "trong đó") make the column nest: not checked. */
const NESTED_LABEL = /^(?:of which|including|trong đó|gồm|[-–•*]|\+|o[ \t])/u;

interface Line {
  label: string;
  figure: Figure;
  figures: Figure[];
}

/** A line with no figure whose words stand in columns, set off by two spaces or more: a table's
 * heading ("Income 2023/24          £000", "      2024      2023     Change"). */
const HEADING = /^[ \t]*(?:[\p{L}\p{M}][^\t\n]*?)?(?:[ \t]{2,}[^\s]{1,12}(?: [^\s]{1,12}){0,2}){1,8}[ \t]*\r?$/u;

export function findTotalRows(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  if (!/\S[ \t]{2,}[^\s]/.test(ctx.text)) return out;
  let run: Line[] = [];
  let clean = true;
  let runClean = true;
  let fi = 0;
  const flush = () => {
    const total = run[run.length - 1];
    if (run.length >= 3 && runClean && TOTAL_LABEL.test(total.label) && total.figures.length > 1) {
      const parts = run.slice(0, -1);
      const n = total.figures.length;
      if (!parts.some((l) => NESTED_LABEL.test(l.label) || TOTAL_LABEL.test(l.label))) {
        const column = (c: number) => run.map((l) => l.figures[c]);
        const summable = (c: number) => column(c).every((f) => f.kind === "number" && !!f.value && !/[+\-−–]/u.test(ctx.text.slice(f.start - 1, f.start) + f.text.slice(0, 1)) && !f.unit?.includes("%") && f.unit === total.figures[c].unit && !used.has(f.id));
        const addsUp = (c: number) => {
          const col = column(c);
          const sum = col.slice(0, -1).reduce((acc, f) => acc.add(ctx.interval(f, f.value!)), Interval.point(0));
          const whole = ctx.interval(col[col.length - 1], col[col.length - 1].value!);
          return !sum.lo.gt(whole.hi) && !sum.hi.lt(whole.lo);
        };
        const cols = [...Array(n).keys()].filter(summable);
        const adding = cols.filter(addsUp);
        for (const c of cols) {
          if (!adding.some((d) => d !== c)) continue;
          const col = column(c);
          const whole = col[col.length - 1];
          // A column whose rows add up to nowhere near its total line (an average or a rate per
          // head, whose total line is the overall one) is no column of parts.
          const sum = col.slice(0, -1).reduce((a, f) => a.plus(f.value!.exact), new D(0));
          if (sum.minus(whole.value!.exact).abs().gt(new D(whole.value!.exact).abs().times("0.1"))) continue;
          out.push({ whole, wholeNum: whole.value!, parts: col.slice(0, -1).map((f) => ({ figure: f, num: f.value! })), exhaustive: true, listed: true, amounts: !!(whole.unit || whole.scale) });
        }
      }
    } else if (run.length >= 3 && runClean && TOTAL_LABEL.test(total.label)) {
      const parts = run.slice(0, -1);
      const unit = (f: Figure) => `${f.kind}|${f.unit ?? ""}`;
      if (!parts.some((l) => NESTED_LABEL.test(l.label) || TOTAL_LABEL.test(l.label) || unit(l.figure) !== unit(total.figure) || used.has(l.figure.id)) && !used.has(total.figure.id)) {
        out.push({
          whole: total.figure,
          wholeNum: total.figure.value!,
          parts: parts.map((l) => ({ figure: l.figure, num: l.figure.value! })),
          exhaustive: true,
          listed: true,
          amounts: !!(total.figure.unit || total.figure.scale),
        });
      }
    }
    run = [];
  };
  let pos = 0;
  for (const raw of ctx.text.split("\n")) {
    const start = pos;
    const end = pos + raw.length;
    pos = end + 1;
    while (fi < ctx.figures.length && ctx.figures[fi].start < start) fi++;
    const figs: Figure[] = [];
    for (let k = fi; k < ctx.figures.length && ctx.figures[k].start < end; k++) figs.push(ctx.figures[k]);
    // "Label<two or more spaces>figure" and nothing after the figure; more columns each after
    // two spaces or more, the same number on every line of the run.
    const f = figs[0];
    const label = f ? ctx.lower.slice(start, f.qualifiers[0]?.start ?? f.start) : "";
    const columns = figs.length > 1 && figs.every((g, k) => k === 0 || (/^[ \t]{2,}[+\-−–]?$/u.test(ctx.text.slice(figs[k - 1].end, g.qualifiers[0]?.start ?? g.start)) && !g.qualifiers.length));
    // ("£000" heads a column of thousands of pounds: it is no line of it.)
    const unitHead = figs.length > 0 && figs.every((g) => /^[£$€]?0{3}$/u.test(g.text));
    if (!f || unitHead || (figs.length > 1 && !columns) || (run.length && run[0].figures.length !== figs.length) || f.kind !== "number" || !f.value || !/\S[ \t]{2,}$/.test(label) || !/^[ \t]*(?:[\p{L}\p{M}%]+(?:[ \t][\p{L}\p{M}]+)?)?[ \t]*\r?$/u.test(ctx.text.slice(figs[figs.length - 1].end, end))) {
      flush();
      // A column starts after a blank line or its heading ("… as follows:", "Income   £000"); after
      // any other text it may have lost its first lines to a wrapped label.
      clean = raw.trim() === "" || /:[ \t]*\r?$/.test(raw) || ((!figs.length || unitHead) && HEADING.test(raw));
      continue;
    }
    if (!run.length) runClean = clean;
    run.push({ label: label.trim(), figure: f, figures: figs });
    if (TOTAL_LABEL.test(label.trim())) {
      flush();
      clean = false;
    }
  }
  flush();
  return out;
}
