// `figlint figures`: what was read, for reviewers and for tools. JSON values are after the scale
// word (12.467,5 tỷ đồng → 12467500000000); a percent's value is its percent number.
import Decimal from "decimal.js";
import { LineIndex } from "../core/text/positions.ts";
import type { AnalysisResult, Figure, Num } from "../core/types.ts";

export interface FiguresDoc {
  path: string;
  text: string;
  result: AnalysisResult;
}

function scaled(f: Figure, n: Num | undefined): number | undefined {
  if (!n) return undefined;
  const v = new Decimal(n.exact);
  return (f.scale ? v.times(f.scale.factor) : v).toNumber();
}

export function figuresJson(docs: FiguresDoc[]): string {
  return JSON.stringify({
    files: docs.map((d) => {
      const idx = new LineIndex(d.text);
      return {
        path: d.path,
        language: d.result.locale,
        figures: d.result.figures.map((f) => ({
          kind: f.kind,
          text: f.text,
          value: scaled(f, f.value),
          low: scaled(f, f.low),
          high: scaled(f, f.high),
          numerator: scaled(f, f.numerator),
          denominator: scaled(f, f.denominator),
          decimals: (f.value ?? f.low ?? f.numerator)?.decimals,
          unit: f.unit,
          noun: f.noun,
          scale: f.scale?.text,
          approx: f.qualifiers.length > 0,
          qualifiers: f.qualifiers.map((q) => q.text),
          year: f.year,
          range: idx.range(f),
        })),
        nonFigures: d.result.nonFigures.map((n) => ({ kind: n.kind, text: n.text, reason: n.reason, range: idx.range(n) })),
        stats: d.result.stats,
      };
    }),
  }, null, 2) + "\n";
}

export function figuresText(docs: FiguresDoc[]): string {
  const out: string[] = [];
  for (const d of docs) {
    const idx = new LineIndex(d.text);
    out.push(`${d.path} (${d.result.locale}): ${d.result.stats.figures} figures, ${d.result.stats.nonFigures} non-figures`);
    for (const f of d.result.figures) {
      const p = idx.position(f.start);
      const v = f.kind === "range" ? `${scaled(f, f.low)}–${scaled(f, f.high)}` : f.kind === "fraction" ? `${scaled(f, f.numerator)}/${scaled(f, f.denominator)}` : String(scaled(f, f.value));
      const extra = [f.unit && `unit ${f.unit}`, f.noun && `noun "${f.noun}"`, f.qualifiers.length && `qualifiers ${f.qualifiers.map((q) => q.text).join(", ")}`, f.year && `year ${f.year}`].filter(Boolean).join("; ");
      out.push(`  ${`${p.line + 1}:${p.character + 1}`.padEnd(8)} ${f.kind.padEnd(10)} ${JSON.stringify(f.text).padEnd(28)} = ${v}${extra ? `  (${extra})` : ""}`);
    }
    for (const n of d.result.nonFigures) {
      const p = idx.position(n.start);
      out.push(`  ${`${p.line + 1}:${p.character + 1}`.padEnd(8)} ${("not: " + n.kind).padEnd(10)} ${JSON.stringify(n.text).padEnd(28)}   ${n.reason}`);
    }
    out.push("");
  }
  return out.join("\n");
}
