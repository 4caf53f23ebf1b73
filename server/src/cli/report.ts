// One checked file as every output format sees it: positions already in LSP form (0-based lines,
// UTF-16 characters), so formats only print.
import { analyze } from "../core/analyze.ts";
import { LineIndex, type Position } from "../core/text/positions.ts";
import type { AnalysisResult, AnalyzeOptions, Finding } from "../core/types.ts";

export interface Range {
  start: Position;
  end: Position;
}

export interface FileDiagnostic {
  rule: string;
  severity: Finding["severity"];
  message: string;
  range: Range;
  related: { range: Range; message: string }[];
  fix?: { range: Range; newText: string; title: string };
}

export interface FileReport {
  path: string;
  language?: string;
  figures: number;
  claims: number;
  checked: number;
  unchecked: number;
  diagnostics: FileDiagnostic[];
  /** A file that was not checked (unreadable, binary, not UTF-8, too large). `unreadable`: it could
   * not be read at all (gone, no permission, an I/O error, changing while read), so the run is
   * incomplete. */
  problem?: { message: string; fatal: boolean; unreadable?: true };
  unusedDisables: { range: Range; message: string }[];
}

export function checkText(path: string, text: string, options: AnalyzeOptions): { report: FileReport; result: AnalysisResult } {
  const result = analyze(text, options);
  const idx = new LineIndex(text);
  const report: FileReport = {
    path,
    language: result.locale,
    figures: result.stats.figures,
    claims: result.stats.claims,
    checked: result.stats.checked,
    unchecked: result.stats.unchecked,
    diagnostics: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: idx.range(f),
      related: f.related.map((r) => ({ range: idx.range(r), message: r.message })),
      fix: f.fix ? { range: idx.range(f.fix), newText: f.fix.newText, title: f.fix.title } : undefined,
    })),
    unusedDisables: result.suppression.unused.map((u) => ({ range: idx.range(u), message: u.message })),
  };
  return { report, result };
}

/** checkText's report, or, when the checker itself fails on this text, a report of that failure: the
 * other files of the run are still checked and the run exits 1 (a bug in figlint is no clean file). */
export function checkReport(path: string, text: string, options: AnalyzeOptions): FileReport {
  try {
    return checkText(path, text, options).report;
  } catch (e) {
    return failedReport(path, `internal error while checking this file (${(e as Error).message}); the other files were checked. Please report it with this file.`, true);
  }
}

export function failedReport(path: string, message: string, fatal: boolean, unreadable = false): FileReport {
  const problem: FileReport["problem"] = unreadable ? { message, fatal, unreadable: true } : { message, fatal };
  return { path, figures: 0, claims: 0, checked: 0, unchecked: 0, diagnostics: [], problem, unusedDisables: [] };
}

/** The report of a file that readReport() refused or could not read. */
export function readFailure(path: string, r: { message: string; kind: "skip" | "error" | "unreadable" }): FileReport {
  return failedReport(path, r.message, r.kind !== "skip", r.kind === "unreadable");
}
