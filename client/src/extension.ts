// The VS Code side of figlint: starts the language server over IPC for the languages it checks,
// registers the commands and the status bar item. All checking happens in the server.
import * as vscode from "vscode";
import { LanguageClient, RevealOutputChannelOn, State, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { STATUS_NOTIFICATION, type StatusParams } from "../../server/src/lsp/protocol.ts";
import { WorkspaceChecker, type CheckSummary } from "./check-workspace.ts";
import { CrashPolicy } from "./crash-policy.ts";
import { FiguresView } from "./figures-view.ts";
import { repullOnTabOpen } from "./repull-on-tab-open.ts";
import { StatusBar } from "./status-bar.ts";

/** What the extension returns from activate(), for its own tests and for other extensions. */
export interface FiglintApi {
  client(): LanguageClient | undefined;
  /** Resolves once the server is running (after activation or a restart). */
  ready(): Promise<void>;
  status(uri: vscode.Uri): StatusParams | undefined;
  checkWorkspace(): Promise<CheckSummary | undefined>;
  showFigures(): Promise<vscode.Uri | undefined>;
  /** The notifications shown so far about the server stopping on its own (one when it is first
   * restarted, one when it is given up on), for tests: a notification cannot be read back otherwise. */
  crashNotices(): readonly string[];
}

function languageIds(): string[] {
  return vscode.workspace.getConfiguration("figlint").get<string[]>("languageIds", ["markdown", "plaintext"]);
}

export async function activate(context: vscode.ExtensionContext): Promise<FiglintApi> {
  const output = vscode.window.createOutputChannel("figlint");
  const statusBar = new StatusBar(languageIds);
  const crashPolicy = new CrashPolicy(output, () => statusBar.setStopped(true));
  let client: LanguageClient | undefined;
  let starting: Promise<void> = Promise.resolve();

  const serverModule = context.asAbsolutePath("server/out/server.js");
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
  };

  function createClient(): LanguageClient {
    const ids = languageIds();
    const clientOptions: LanguageClientOptions = {
      documentSelector: ids.flatMap((language) => [
        { scheme: "file", language },
        { scheme: "untitled", language },
        { scheme: "vscode-vfs", language },
      ]),
      initializationOptions: { statusNotifications: true },
      errorHandler: crashPolicy,
      outputChannel: output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
    };
    const c = new LanguageClient("figlint", "figlint", serverOptions, clientOptions);
    c.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => statusBar.update(p));
    c.onDidChangeState((e) => e.newState === State.Running && statusBar.setStopped(false));
    return c;
  }

  async function start(): Promise<void> {
    const previous = client;
    client = undefined;
    if (previous) await previous.dispose().catch((e: Error) => output.appendLine(`[figlint] stopping the server: ${e.message}`));
    const next = createClient();
    await next.start();
    client = next;
  }

  function restart(): Promise<void> {
    crashPolicy.reset();
    statusBar.setStopped(false);
    starting = starting.then(start, start);
    return starting;
  }

  const workspaceChecker = new WorkspaceChecker(() => client);
  const figuresView = new FiguresView(() => client);

  context.subscriptions.push(
    output,
    statusBar,
    workspaceChecker,
    figuresView,
    vscode.commands.registerCommand("figlint.checkWorkspace", async () => {
      await starting;
      return workspaceChecker.run();
    }),
    vscode.commands.registerCommand("figlint.showFigures", async () => {
      await starting;
      return figuresView.show(languageIds());
    }),
    vscode.commands.registerCommand("figlint.restartServer", () => restart()),
    repullOnTabOpen(() => client),
    // The document selector is fixed when the client starts, so a new language list needs a new client.
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration("figlint.languageIds") && void restart()),
    { dispose: () => void client?.dispose() },
  );

  starting = start().catch((e: Error) => {
    output.appendLine(`[figlint] the server did not start: ${e.message}`);
    statusBar.setStopped(true);
  });

  return {
    client: () => client,
    ready: () => starting,
    status: (uri) => statusBar.status(uri),
    checkWorkspace: () => workspaceChecker.run(),
    showFigures: () => figuresView.show(languageIds()),
    crashNotices: () => [...crashPolicy.notices],
  };
}
