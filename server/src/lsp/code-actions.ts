// Code actions: a finding's own fix, "disable RULE on this line" and "disable RULE in this file" as
// suppression comments (the CLI honours the same comments), and a source.fixAll for the whole file.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { RULE_IDS } from "../core/rules.ts";
import { findDirectives, suppressionComment } from "../core/suppress.ts";
import type { Checked } from "./checker.ts";
import { SOURCE } from "./diagnostics.ts";
import { coreLanguage } from "./files.ts";
import { msg } from "./messages.ts";
import type { DiagnosticData } from "./protocol.ts";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.figlint`;

function sameRange(a: Diagnostic["range"], b: Diagnostic["range"]): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The fix for a diagnostic, provided the document has not changed under it. */
function fixFor(d: Diagnostic, doc: TextDocument, checked: Checked | undefined): DiagnosticData["fix"] {
  const data = d.data as DiagnosticData | undefined;
  if (data?.fix && data.version === doc.version) return data.fix;
  if (!checked || checked.version !== doc.version) return undefined;
  const same = checked.diagnostics.find((x) => x.code === d.code && sameRange(x.range, d.range));
  return (same?.data as DiagnosticData | undefined)?.fix;
}

/** Where a file-wide directive goes: the first line, after Markdown front matter. */
function fileDirectiveLine(doc: TextDocument, markdown: boolean): number {
  if (!markdown) return 0;
  const lines = doc.getText().split("\n", 200);
  if (!/^---\s*$/.test(lines[0] ?? "")) return 0;
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  return end > 0 ? end + 1 : 0;
}

function disableInFile(doc: TextDocument, rule: string, languageId: "markdown" | "plaintext"): TextEdit {
  const line = fileDirectiveLine(doc, languageId === "markdown");
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, "");
  // Extend a file-wide directive already standing on that line instead of stacking another.
  const existing = findDirectives(lineText, languageId).find((d) => d.kind === "disable" && d.rules.length > 0);
  if (existing) {
    const rules = [...existing.rules, rule];
    return {
      range: { start: { line, character: existing.start }, end: { line, character: existing.end } },
      newText: suppressionComment("file", rules, languageId),
    };
  }
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: suppressionComment("file", [rule], languageId) + "\n" };
}

function disableOnLine(doc: TextDocument, line: number, rule: string, languageId: "markdown" | "plaintext"): TextEdit {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)?.[0] ?? "";
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: indent + suppressionComment("next-line", [rule], languageId) + "\n" };
}

export function codeActions(params: CodeActionParams, doc: TextDocument, checked: Checked | undefined): CodeAction[] {
  const uri = params.textDocument.uri;
  const languageId = coreLanguage(doc.languageId);
  const m = msg(checked?.lang ?? "en");
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + "."));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const fixes: CodeAction[] = [];
    const disables: CodeAction[] = [];
    const seen = new Set<string>();
    for (const d of params.context.diagnostics) {
      if (d.source !== SOURCE || typeof d.code !== "string" || !RULE_IDS.includes(d.code)) continue;
      const rule = d.code;
      const fix = fixFor(d, doc, checked);
      if (fix) {
        fixes.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [uri]: [{ range: fix.range, newText: fix.newText }] } } });
      }
      const lineKey = `line:${d.range.start.line}:${rule}`;
      if (!seen.has(lineKey)) {
        seen.add(lineKey);
        disables.push({ title: m.disableLine(rule), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [uri]: [disableOnLine(doc, d.range.start.line, rule, languageId)] } } });
      }
      if (!seen.has(`file:${rule}`)) {
        seen.add(`file:${rule}`);
        disables.push({ title: m.disableFile(rule), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [uri]: [disableInFile(doc, rule, languageId)] } } });
      }
    }
    actions.push(...fixes, ...disables);
  }

  if (only && wants(FIX_ALL_KIND) && checked && checked.version === doc.version) {
    const edits: TextEdit[] = [];
    let lastEnd = -1;
    // Diagnostics are in document order; a fix overlapping the previous one waits for the next run.
    for (const d of checked.diagnostics) {
      const fix = (d.data as DiagnosticData | undefined)?.fix;
      if (!fix) continue;
      const start = checked.index.offset(fix.range.start);
      if (start < lastEnd) continue;
      lastEnd = checked.index.offset(fix.range.end);
      edits.push({ range: fix.range, newText: fix.newText });
    }
    if (edits.length) actions.push({ title: m.fixAll, kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
  }
  return actions;
}
