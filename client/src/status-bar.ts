// The status bar item: counts for the file in the active editor, from the server's figlint/status
// notification. A click opens the Problems panel (or restarts a stopped server).
import * as vscode from "vscode";
import type { StatusParams } from "../../server/src/lsp/protocol.ts";

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("figlint.status", vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private stopped = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly languageIds: () => string[]) {
    this.item.name = "figlint";
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())),
    );
    this.render();
  }

  status(uri: vscode.Uri): StatusParams | undefined {
    return this.byUri.get(uri.toString());
  }

  update(p: StatusParams): void {
    this.byUri.set(p.uri, p);
    this.render();
  }

  setStopped(stopped: boolean): void {
    this.stopped = stopped;
    this.render();
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.languageIds().includes(doc.languageId)) {
      this.item.hide();
      return;
    }
    if (this.stopped) {
      this.item.text = "$(debug-disconnect) figlint";
      this.item.tooltip = vscode.l10n.t("figlint: the language server is stopped. Click to restart it.");
      this.item.command = "figlint.restartServer";
      this.item.show();
      return;
    }
    const s = this.byUri.get(doc.uri.toString());
    this.item.command = "workbench.actions.view.problems";
    if (!s) {
      this.item.text = "$(loading~spin) figlint";
      this.item.tooltip = vscode.l10n.t("figlint: checking…");
    } else if (!s.checked) {
      this.item.text = "$(circle-slash) figlint";
      this.item.tooltip = s.reason ?? vscode.l10n.t("figlint: this file is not checked.");
    } else {
      this.item.text = `$(error) ${s.errors} $(warning) ${s.warnings} · ${vscode.l10n.t("{0} figures, {1} claims checked", s.figures, s.claimsChecked)}`;
      this.item.tooltip = vscode.l10n.t(
        "figlint: {0} errors, {1} warnings, {2} notes in this file. {3} figures read, {4} of them in no checked claim; {5} claims checked; {6} findings suppressed by comments. Click to open the Problems panel.",
        s.errors,
        s.warnings,
        s.infos,
        s.figures,
        s.figuresUnchecked,
        s.claimsChecked,
        s.suppressed,
      );
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
