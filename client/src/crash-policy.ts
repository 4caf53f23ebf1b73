// What happens when the server process dies: restart it, up to a limit in a time window, and tell the
// user once per episode, never once per crash.
import * as vscode from "vscode";
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from "vscode-languageclient/node";

const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60 * 1000;

export class CrashPolicy implements ErrorHandler {
  private crashes: number[] = [];
  private told = false;

  constructor(
    private readonly output: vscode.OutputChannel,
    private readonly onGiveUp: () => void,
  ) {}

  /** After the user restarts the server by hand, a new episode begins. */
  reset(): void {
    this.crashes = [];
    this.told = false;
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
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.output.appendLine(`[figlint] the server stopped unexpectedly; restarting (${this.crashes.length}/${MAX_RESTARTS}).`);
    if (!this.told) {
      this.told = true;
      const show = vscode.l10n.t("Show Output");
      void vscode.window
        .showWarningMessage(vscode.l10n.t("figlint: the language server stopped unexpectedly and was restarted."), show)
        .then((choice) => choice === show && this.output.show(true));
    }
    return { action: CloseAction.Restart, handled: true };
  }
}
