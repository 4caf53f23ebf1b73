// What happens when the server process dies: restart it, up to a limit in a time window, and tell the
// user once per episode, never once per crash: one notice when it is first restarted, and one more
// if it keeps dying and is left stopped (the status bar then offers the restart).
import * as vscode from "vscode";
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from "vscode-languageclient/node";

export const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60 * 1000;

export class CrashPolicy implements ErrorHandler {
  private crashes: number[] = [];
  private told = false;
  private toldGaveUp = false;
  /** Every notification shown to the user about the server stopping, in order (the extension's
   * test API reads it: a notification toast cannot be observed from an extension). */
  readonly notices: string[] = [];

  constructor(
    private readonly output: vscode.OutputChannel,
    private readonly onGiveUp: () => void,
  ) {}

  /** After the user restarts the server by hand, a new episode begins. */
  reset(): void {
    this.crashes = [];
    this.told = false;
    this.toldGaveUp = false;
  }

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    return { action: count !== undefined && count > 3 ? ErrorAction.Shutdown : ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = this.crashes.filter((t) => now - t < WINDOW_MS);
    this.crashes.push(now);
    if (this.crashes.length > MAX_RESTARTS) {
      this.output.appendLine(`[figlint] the server stopped ${this.crashes.length} times in ${WINDOW_MS / 60000} minutes; not restarting it.`);
      this.onGiveUp();
      if (!this.toldGaveUp) {
        this.toldGaveUp = true;
        const restart = vscode.l10n.t("Restart Server");
        const show = vscode.l10n.t("Show Output");
        const message = vscode.l10n.t("figlint: the language server stopped {0} times in {1} minutes and was not restarted.", this.crashes.length, WINDOW_MS / 60000);
        this.notices.push(message);
        void vscode.window.showErrorMessage(message, restart, show).then((choice) => {
          if (choice === restart) void vscode.commands.executeCommand("figlint.restartServer");
          else if (choice === show) this.output.show(true);
        });
      }
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.output.appendLine(`[figlint] the server stopped unexpectedly; restarting (${this.crashes.length}/${MAX_RESTARTS}).`);
    if (!this.told) {
      this.told = true;
      const show = vscode.l10n.t("Show Output");
      const message = vscode.l10n.t("figlint: the language server stopped unexpectedly and was restarted.");
      this.notices.push(message);
      void vscode.window.showWarningMessage(message, show).then((choice) => choice === show && this.output.show(true));
    }
    return { action: CloseAction.Restart, handled: true };
  }
}
