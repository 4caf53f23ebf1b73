// The JSON contract other tools read (see ../shared/eval/eval.mjs): files[].path, figures (a count),
// claims, checked, unchecked, diagnostics[] with rule, severity, message, range and related.
import type { FileReport } from "../report.ts";

export function json(files: FileReport[]): string {
  return JSON.stringify({
    files: files.map((f) => ({
      path: f.path,
      language: f.language,
      figures: f.figures,
      claims: f.claims,
      checked: f.checked,
      unchecked: f.unchecked,
      diagnostics: f.diagnostics,
      ...(f.problem ? { problem: f.problem } : {}),
      ...(f.unusedDisables.length ? { unusedDisables: f.unusedDisables } : {}),
    })),
  }, null, 2) + "\n";
}
