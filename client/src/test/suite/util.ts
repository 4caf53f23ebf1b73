// Helpers for the extension suite: the extension's API, fixture files in the test workspace, and
// waiting on events (diagnostics, status) instead of sleeping.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { FiglintApi } from "../../extension.ts";

export const EXTENSION_ID = "figlint.figlint";
/** Every wait is bounded; a slow machine gets generous bounds, a broken extension still fails. */
export const WAIT_MS = 30_000;

export async function api(): Promise<FiglintApi> {
  const ext = vscode.extensions.getExtension<FiglintApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  const exports = ext.isActive ? ext.exports : await ext.activate();
  assert.ok(exports, "activate() returned no API");
  await exports.ready();
  return exports;
}

export function workspaceFolder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, "the test run opens a folder (a copy of test-fixtures/vscode)");
  return f;
}

export function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, name);
}

export async function open(name: string, options: vscode.TextDocumentShowOptions = {}): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  return vscode.window.showTextDocument(doc, { preview: false, ...options });
}

export function figlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "figlint");
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === "object" ? String(c.value) : String(c);
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  if (!ds.length) return "(none)";
  return ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${vscode.DiagnosticSeverity[d.severity]} "${d.message}"`).join("; ");
}

/**
 * Resolves with the file's figlint diagnostics once `ok` holds for them, checking now and on every
 * diagnostics change for that file; rejects after `ms` with what was there.
 */
export function waitForDiagnostics(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean, what: string, ms = WAIT_MS): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let sub: vscode.Disposable | undefined;
    const check = (): boolean => {
      const ds = figlintDiagnostics(uri);
      if (!ok(ds)) return false;
      clearTimeout(timer);
      sub?.dispose();
      resolve(ds);
      return true;
    };
    const timer = setTimeout(() => {
      sub?.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what} in ${vscode.workspace.asRelativePath(uri)}; diagnostics: ${describeDiagnostics(figlintDiagnostics(uri))}`));
    }, ms);
    if (check()) return;
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
  });
}

export function hasRule(rule: string): (ds: vscode.Diagnostic[]) => boolean {
  return (ds) => ds.some((d) => codeOf(d) === rule);
}

export function lacksRule(rule: string): (ds: vscode.Diagnostic[]) => boolean {
  return (ds) => !ds.some((d) => codeOf(d) === rule);
}

/** Polls `probe` (each call a real round trip, such as a request to the server) until it returns a value. */
export async function poll<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, ms = WAIT_MS): Promise<T> {
  const until = Date.now() + ms;
  let delay = 25;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 250);
  }
}

/** Waits until the server has analysed this version of the document (its status notification). */
export async function analysed(doc: vscode.TextDocument): Promise<NonNullable<ReturnType<FiglintApi["status"]>>> {
  const figlint = await api();
  return poll(() => {
    const s = figlint.status(doc.uri);
    return s && s.version >= doc.version ? s : undefined;
  }, `the analysis of ${vscode.workspace.asRelativePath(doc.uri)} v${doc.version}`);
}

/** Waits for the diagnostics of `doc` to settle on `expected` rules (sorted), after its analysis. */
export async function settledRules(doc: vscode.TextDocument, expected: string[]): Promise<vscode.Diagnostic[]> {
  await analysed(doc);
  const want = [...expected].sort().join(",");
  return waitForDiagnostics(doc.uri, (ds) => ds.map((d) => codeOf(d) ?? "").sort().join(",") === want, `rules [${want}]`);
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === "string" ? c : c.value))
    .join("\n---\n");
}

/** Replaces the document's text and waits for the edit to land. */
export async function setText(editor: vscode.TextEditor, text: string): Promise<void> {
  const doc = editor.document;
  const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const ok = await editor.edit((b) => b.replace(all, text));
  assert.ok(ok, "the edit was applied");
}

/** Puts a document back as it is on disk (the suite edits fixtures; later tests expect them pristine). */
export async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preview: false });
  await vscode.commands.executeCommand("workbench.action.files.revert");
  assert.equal(editor.document.isDirty, false, "reverted");
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand("workbench.action.closeAllEditors");
}

/** Sets a figlint setting in the workspace (the test folder's .vscode/settings.json); undefined removes it. */
export async function setSetting(key: string, value: unknown, target = vscode.ConfigurationTarget.Workspace): Promise<void> {
  await vscode.workspace.getConfiguration("figlint").update(key, value, target);
}
