// "figlint: Check Workspace": every report file matching figlint.include (minus figlint.exclude) in
// every workspace folder, checked by the server, with results in the Problems panel. Open documents
// are not checked again: their live diagnostics are already there and are counted in the summary.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { CHECK_FILE_REQUEST, type CheckFileParams, type CheckFileResult } from "../../server/src/lsp/protocol.ts";

export interface CheckSummary {
  files: number;
  checked: number;
  findings: number;
  filesWithFindings: number;
  skippedLarge: number;
  cancelled: boolean;
}

function glob(patterns: string[]): string | undefined {
  if (!patterns.length) return undefined;
  return patterns.length === 1 ? patterns[0] : `{${patterns.join(",")}}`;
}

function languageOf(uri: vscode.Uri): string {
  return /\.(md|markdown|mdown|mkd)$/i.test(uri.path) ? "markdown" : "plaintext";
}

async function findReports(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const cfg = vscode.workspace.getConfiguration("figlint", folder);
    if (!cfg.get<boolean>("enable", true)) continue;
    const include = glob(cfg.get<string[]>("include", []));
    if (!include) continue;
    const exclude = glob(cfg.get<string[]>("exclude", []));
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), exclude ? new vscode.RelativePattern(folder, exclude) : null, undefined, token);
    for (const u of uris) found.set(u.toString(), u);
  }
  return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
}

export class WorkspaceChecker implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection("figlint-workspace");
  private readonly subscription: vscode.Disposable;

  constructor(private readonly client: () => LanguageClient | undefined) {
    // Once a file is open its live diagnostics take over.
    this.subscription = vscode.workspace.onDidOpenTextDocument((d) => this.diagnostics.delete(d.uri));
  }

  async run(): Promise<CheckSummary | undefined> {
    const client = this.client();
    if (!client) return undefined;
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t("figlint: open a folder to check its reports."));
      return undefined;
    }
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t("figlint: checking the workspace"), cancellable: true },
      (progress, token) => this.checkAll(client, progress, token),
    );
    const show = vscode.l10n.t("Show Problems");
    const message = summary.cancelled
      ? vscode.l10n.t("figlint: check cancelled after {0} of {1} files.", summary.checked, summary.files)
      : vscode.l10n.t("figlint: {0} files checked, {1} findings in {2} files.", summary.checked, summary.findings, summary.filesWithFindings) +
        (summary.skippedLarge ? " " + vscode.l10n.t("{0} files were skipped as larger than figlint.maxFileSizeMB.", summary.skippedLarge) : "");
    void vscode.window.showInformationMessage(message, show).then((c) => c === show && vscode.commands.executeCommand("workbench.actions.view.problems"));
    return summary;
  }

  private async checkAll(client: LanguageClient, progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<CheckSummary> {
    this.diagnostics.clear();
    const files = await findReports(token);
    // Documents the language client has open (VS Code keeps a closed tab's document for a while,
    // and the client keeps it too) already have live diagnostics: count those instead of checking
    // the file on disk, which may be older than the editor's text.
    const ids = vscode.workspace.getConfiguration("figlint").get<string[]>("languageIds", ["markdown", "plaintext"]);
    const open = new Set(vscode.workspace.textDocuments.filter((d) => ids.includes(d.languageId)).map((d) => d.uri.toString()));
    const summary: CheckSummary = { files: files.length, checked: 0, findings: 0, filesWithFindings: 0, skippedLarge: 0, cancelled: false };
    for (const [i, uri] of files.entries()) {
      if (token.isCancellationRequested) {
        summary.cancelled = true;
        break;
      }
      progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
      if (open.has(uri.toString())) {
        const live = vscode.languages.getDiagnostics(uri).filter((d) => d.source === "figlint");
        summary.checked++;
        if (live.length) {
          summary.findings += live.length;
          summary.filesWithFindings++;
        }
        continue;
      }
      const maxMB = vscode.workspace.getConfiguration("figlint", uri).get<number>("maxFileSizeMB", 10);
      try {
        if ((await vscode.workspace.fs.stat(uri)).size > maxMB * 1024 * 1024) {
          summary.skippedLarge++;
          continue;
        }
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        const params: CheckFileParams = { uri: client.code2ProtocolConverter.asUri(uri), text, languageId: languageOf(uri) };
        const result: CheckFileResult = await client.sendRequest(CHECK_FILE_REQUEST, params, token);
        if (!result.checked && !result.diagnostics.length) continue;
        summary.checked++;
        const diags = await client.protocol2CodeConverter.asDiagnostics(result.diagnostics, token);
        if (diags.length) {
          summary.findings += diags.length;
          summary.filesWithFindings++;
          this.diagnostics.set(uri, diags);
        }
      } catch (e) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        client.outputChannel.appendLine(`[figlint] ${uri.toString()}: ${(e as Error).message}`);
      }
    }
    return summary;
  }

  dispose(): void {
    this.diagnostics.dispose();
    this.subscription.dispose();
  }
}
