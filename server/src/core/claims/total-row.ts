// A column of figures laid out with spaces, one a line, closed by a total line:
//
//     Bus (local and express)        71.84 million
//     Light rail                     38.27 million
//     Total                         128.46 million
//
// The lines above the total are its parts, all of them (a total line sums what it closes).
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const TOTAL_LABEL = /^(?:total|grand total|all|overall|tổng|tổng cộng|tổng số|cộng|toàn bộ|chung)(?:[ \t]+[\p{L}()]+){0,3}$/u;
/** Lines that break a total down ("of which", "trong đó") make the column nest: not checked. */
const NESTED_LABEL = /^(?:of which|including|trong đó|gồm|[-–•*]|\+|o[ \t])/u;

interface Line {
  label: string;
  figure: Figure;
}

export function findTotalRows(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  if (!/\S[ \t]{2,}[^\s]/.test(ctx.text)) return out;
  let run: Line[] = [];
  let clean = true;
  let runClean = true;
  let fi = 0;
  const flush = () => {
    const total = run[run.length - 1];
    if (run.length >= 3 && runClean && TOTAL_LABEL.test(total.label)) {
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
    // "Label<two or more spaces>figure" and nothing after the figure.
    const f = figs.length === 1 ? figs[0] : undefined;
    const label = f ? ctx.lower.slice(start, f.qualifiers[0]?.start ?? f.start) : "";
    if (!f || f.kind !== "number" || !f.value || !/\S[ \t]{2,}$/.test(label) || !/^[ \t]*(?:[\p{L}\p{M}%]+(?:[ \t][\p{L}\p{M}]+)?)?[ \t]*\r?$/u.test(ctx.text.slice(f.end, end))) {
      flush();
      // A column starts after a blank line or its heading ("… as follows:"); after any other
      // text it may have lost its first lines to a wrapped label.
      clean = raw.trim() === "" || /:[ \t]*\r?$/.test(raw);
      continue;
    }
    if (!run.length) runClean = clean;
    run.push({ label: label.trim(), figure: f });
    if (TOTAL_LABEL.test(label.trim())) {
      flush();
      clean = false;
    }
  }
  flush();
  return out;
}
