// GitHub Actions workflow commands: one ::error/::warning/::notice line per finding.
import type { FileReport } from "../report.ts";

const escData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escProp = (s: string) => escData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function github(files: FileReport[]): string {
  const out: string[] = [];
  for (const f of files) {
    if (f.problem) out.push(`::${f.problem.fatal ? "error" : "warning"} file=${escProp(f.path)},title=figlint::${escData(f.problem.message)}`);
    for (const d of f.diagnostics) {
      const level = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice";
      const r = d.range;
      out.push(`::${level} file=${escProp(f.path)},line=${r.start.line + 1},col=${r.start.character + 1},endLine=${r.end.line + 1},endColumn=${r.end.character + 1},title=${escProp(`figlint ${d.rule}`)}::${escData(d.message)}`);
    }
  }
  return out.length ? out.join("\n") + "\n" : "";
}
