// The JSON contract other tools read (see ../shared/eval/eval.mjs): files[].path, figures (a count),
// claims, checked, unchecked, diagnostics[] with rule, severity, message, range and related. A file
// that was not checked has `problem`; `complete` is false when a file could not be read at all (the
// exit code is then 2), and `notChecked` lists every file that was not checked, so a partial report
// is never taken for a whole one.
import type { FileReport } from "../report.ts";

export function json(files: FileReport[]): string {
  return JSON.stringify({
    complete: !files.some((f) => f.problem?.unreadable),
    notChecked: files.filter((f) => f.problem).map((f) => f.path),
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
