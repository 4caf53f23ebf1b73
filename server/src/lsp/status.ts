// The counts behind the VS Code status bar item, sent as figlint/status after each analysis.
import { DiagnosticSeverity } from "vscode-languageserver";
import type { Checked } from "./checker.ts";
import { msg } from "./messages.ts";
import type { StatusParams } from "./protocol.ts";

/** Why a document is not analysed, in its language; undefined when it is (or its language is not checked). */
export function skipReason(c: Checked): string | undefined {
  const m = msg(c.lang);
  return c.notice ?? (c.skip === "disabled" ? m.disabled : c.skip === "excluded" ? m.excluded : undefined);
}

export function statusOf(c: Checked): StatusParams {
  const count = (s: DiagnosticSeverity) => c.diagnostics.filter((d) => d.severity === s && d.code !== "unused-disable").length;
  const stats = c.result?.stats;
  return {
    uri: c.uri,
    version: c.version,
    checked: !!c.result,
    reason: skipReason(c),
    errors: count(DiagnosticSeverity.Error),
    warnings: count(DiagnosticSeverity.Warning),
    infos: count(DiagnosticSeverity.Information),
    figures: stats?.figures ?? 0,
    claims: stats?.claims ?? 0,
    claimsChecked: stats?.checked ?? 0,
    figuresUnchecked: stats?.unchecked ?? 0,
    suppressed: c.result?.suppression.suppressed ?? 0,
  };
}
