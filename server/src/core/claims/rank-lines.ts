// Values laid out one to a line, each after its label, read as a table of one column for ranks:
//
//     - Ashdown District: 52.1%            ICB A ........................ 45.1%
//     - Brackley Borough: 47.6%            ICB B ........................ 43.2%
//
// Three or more lines in a row, each a label (words, no figure) then one value of one kind, after a
// colon, dot leaders or a wide gap; the line before them, when not a list line, names the measure.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import type { Row, Table } from "./table.ts";

const LINE = /^[ \t]*(?:[-*+•–][ \t]+|\d{1,2}[.)][ \t]+)?(\p{L}[\p{L}\p{M}'’&/ \t.()-]*?)[ \t]*(?::[ \t]*|[ \t]*\.{3,}[ \t]*|[ \t]{2,}|[ \t]+\|[ \t]*)$/u;

export function lineLists(ctx: UnitContext): Table[] {
  return ctx.memo("rank-line-lists", () => {
    const out: Table[] = [];
    const text = ctx.text;
    let run: { label: string; start: number; end: number; f: Figure }[] = [];
    let lead = "";
    const close = () => {
      const f0 = run[0]?.f;
      const labels = new Set(run.map((x) => x.label.toLowerCase()));
      if (run.length >= 3 && labels.size === run.length && run.every((x) => x.f.kind === f0.kind && (x.f.unit ?? "") === (f0.unit ?? "") && (x.f.scale?.factor ?? "1") === (f0.scale?.factor ?? "1"))) {
        out.push({
          header: ["", lead],
          rows: run.map((x) => ({ start: x.start, end: x.end, label: x.label.toLowerCase(), cells: [{ start: x.start, end: x.start + x.label.length, text: x.label, dash: false }, { start: x.f.start, end: x.f.end, text: x.f.text, figure: x.f, dash: false }] })),
        });
      }
      run = [];
    };
    let fi = 0;
    let prevLine = "";
    for (let a = 0; a <= text.length; ) {
      let b = text.indexOf("\n", a);
      if (b < 0) b = text.length;
      const line = text.slice(a, b);
      while (fi < ctx.figures.length && ctx.figures[fi].start < a) fi++;
      const inside: Figure[] = [];
      for (let k = fi; k < ctx.figures.length && ctx.figures[k].start < b; k++) inside.push(ctx.figures[k]);
      const f = inside.length === 1 ? inside[0] : undefined;
      const m = f && (f.kind === "number" || f.kind === "percent") && f.value && !f.words && /^[ \t;,.]*$/u.test(text.slice(f.end, b)) ? LINE.exec(text.slice(a, f.qualifiers[0]?.start ?? f.start)) : null;
      if (m && f) {
        if (!run.length) lead = prevLine.replace(/^[\s*#>•-]+/u, "").replace(/[\s:;,(–—-]+$/u, "").trim();
        run.push({ label: m[1].trim(), start: a + m.index + m[0].indexOf(m[1]), end: f.end, f });
      } else {
        close();
        if (line.trim()) prevLine = line;
      }
      a = b + 1;
    }
    close();
    return out;
  });
}

export type { Row };
