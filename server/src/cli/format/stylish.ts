// The default output, grouped by file like ESLint's "stylish": line:column, severity, message, rule,
// then what was read and checked in the file. Colour only on a terminal, never with NO_COLOR.
import type { FileReport } from "../report.ts";

export function stylish(files: FileReport[], color: boolean): string {
  const c = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const f of files) {
    const lines: string[] = [];
    for (const d of f.diagnostics) {
      if (d.severity === "error") errors++;
      else if (d.severity === "warning") warnings++;
      else others++;
      const sev = d.severity === "error" ? c(31, "error") : d.severity === "warning" ? c(33, "warning") : c(36, d.severity === "information" ? "info" : "hint");
      lines.push(`  ${`${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(8)} ${sev.padEnd(color ? 16 : 7)}  ${d.message}  ${c(90, d.rule)}`);
    }
    if (f.problem) lines.push(`  ${c(f.problem.fatal ? 31 : 33, f.problem.message)}`);
    if (!lines.length) continue;
    out.push(c(4, f.path));
    for (const l of lines) out.push(l);
    if (!f.problem) out.push(c(90, `  ${f.figures} figures read, ${f.checked} claims checked, ${f.unchecked} figures in no claim`));
    out.push("");
  }
  const total = errors + warnings;
  const figures = files.reduce((n, f) => n + f.figures, 0);
  const checked = files.reduce((n, f) => n + f.checked, 0);
  const unchecked = files.reduce((n, f) => n + f.unchecked, 0);
  const summary = `${files.length} file${files.length === 1 ? "" : "s"}: ${figures} figures read, ${checked} claims checked, ${unchecked} figures in no claim`;
  const unreadable = files.filter((f) => f.problem?.unreadable).length;
  if (unreadable) out.push(c(31, `✖ ${unreadable} file${unreadable === 1 ? "" : "s"} could not be read: this report does not cover ${unreadable === 1 ? "it" : "them"}`));
  if (total) out.push(c(total && errors ? 31 : 33, `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})${others ? `, ${others} info/hint` : ""}`));
  else out.push(c(32, `✔ no errors or warnings${others ? ` (${others} info/hint)` : ""}`));
  out.push(c(90, summary));
  return out.join("\n") + "\n";
}
