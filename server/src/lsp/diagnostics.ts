// Findings → LSP diagnostics: code = rule id with a link to its docs, related spans, and the fix in
// `data` so a code action can apply it without analysing again.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from "vscode-languageserver";
import { findingOrigins } from "../core/analyze.ts";
import { RULE_DOCS_BASE } from "../core/rules.ts";
import type { AnalysisResult, Finding, Severity } from "../core/types.ts";
import type { LineIndex } from "../core/text/positions.ts";
import type { DiagnosticData } from "./protocol.ts";
import { diagnosticFor } from "./wire.ts";

export const SOURCE = "figlint";
/** Codes of notices that are not rules (no docs anchor, no disable action). */
export const NOTICE_CODES = ["file-not-checked", "unused-disable"] as const;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** One codeDescription object per rule, shared by its diagnostics (they are never changed). */
const CODE_DESCRIPTIONS = new Map<string, { href: string }>();
function codeDescription(rule: string): { href: string } {
  let d = CODE_DESCRIPTIONS.get(rule);
  if (!d) CODE_DESCRIPTIONS.set(rule, (d = { href: RULE_DOCS_BASE + rule }));
  return d;
}

export function findingToDiagnostic(f: Finding, index: LineIndex, uri: string, version: number): Diagnostic {
  // Without a fix nothing in data depends on the version, so an unchanged paragraph's diagnostic
  // can be published again as it is.
  const data: DiagnosticData = f.fix ? { rule: f.rule, version, fix: { range: index.range(f.fix), newText: f.fix.newText, title: f.fix.title } } : { rule: f.rule };
  return {
    range: index.range(f),
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: codeDescription(f.rule),
    source: SOURCE,
    message: f.message,
    relatedInformation: f.related.length
      ? f.related.map((r) => ({ location: { uri, range: index.range(r) }, message: r.message }))
      : undefined,
    data,
  };
}

export function resultDiagnostics(result: AnalysisResult, index: LineIndex, uri: string, version: number): Diagnostic[] {
  const origins = findingOrigins(result);
  const out = result.findings.map((f) => diagnosticFor(f, origins?.get(f), index, uri, version, () => findingToDiagnostic(f, index, uri, version)));
  for (const u of result.suppression.unused) {
    out.push({ range: index.range(u), severity: DiagnosticSeverity.Hint, tags: [DiagnosticTag.Unnecessary], code: "unused-disable", source: SOURCE, message: u.message });
  }
  return out;
}

/** One notice at the top of a document that is not analysed (too large, binary). */
export function noticeDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: "file-not-checked",
    source: SOURCE,
    message,
  };
}
