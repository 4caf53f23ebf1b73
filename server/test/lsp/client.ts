// A small LSP client for protocol tests: starts the bundled server (server/out/server.js --stdio) as a
// process and talks JSON-RPC to it. Every wait is on a message from the server; the time limit only
// turns a hang into a failure with a description of what never came.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type ConfigurationParams,
  type Diagnostic,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type TextDocumentContentChangeEvent,
} from "vscode-languageserver-protocol/node";
import { LineIndex } from "../../src/core/text/positions.ts";
import { INTERNALS_REQUEST, STATUS_NOTIFICATION, type InternalsResult } from "../../src/lsp/protocol.ts";

export const ROOT = resolve(__dirname, "../../..");
const SERVER = join(ROOT, "server/out/server.js");
const WAIT_MS = 15_000;

/** 18 + 3 ≠ 22: one parts-sum error on "22" (characters 17-19); the parts are at 42 and 77. */
export const SAMPLE = "Nghị quyết đề ra 22 chỉ tiêu. Trong đó có 18/22 chỉ tiêu kinh tế - xã hội và 3 chỉ tiêu xây dựng Đảng.";

function newestMtime(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    t = Math.max(t, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return t;
}

/**
 * The tests exercise the bundle a user gets. A bundle older than its sources (someone edited after the
 * last build) is rebuilt first; test files run in parallel, so one builds while the others wait on a
 * lock directory and then find the bundle fresh.
 */
export function ensureBundleFresh(): void {
  const stale = () => {
    if (!existsSync(SERVER)) return true;
    const src = Math.max(newestMtime(join(ROOT, "server/src/lsp")), newestMtime(join(ROOT, "server/src/core")), newestMtime(join(ROOT, "server/src/node")));
    return statSync(SERVER).mtimeMs < src;
  };
  if (!stale()) return;
  const lock = join(ROOT, "server/out/.build-lock");
  mkdirSync(join(ROOT, "server/out"), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} held for two minutes; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (!stale()) return;
    const r = spawnSync(process.execPath, ["esbuild.js"], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
  } finally {
    rmdirSync(lock);
  }
}

export interface StartOptions {
  /** Declare textDocument.diagnostic (pull diagnostics). */
  pull?: boolean;
  /** Answer workspace/configuration with this; without it the client declares no configuration support. */
  configuration?: (params: ConfigurationParams) => unknown[];
  locale?: string;
  workspaceFolders?: { uri: string; name: string }[];
  initializationOptions?: unknown;
  /** Node options before the server script (e.g. --expose-gc). */
  execArgv?: string[];
  /** Added to the server's environment (e.g. FIGLINT_DIAGNOSTICS=1 for figlint/internals). */
  env?: Record<string, string>;
}

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  readonly registrations: Registration[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly stderr: string[] = [];
  private listeners = new Set<() => void>();
  private versions = new Map<string, number>();
  initializeResult!: InitializeResult;

  private constructor(
    readonly proc: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(options: StartOptions = {}): Promise<TestClient> {
    ensureBundleFresh();
    const proc = spawn(process.execPath, [...(options.execArgv ?? []), SERVER, "--stdio"], {
      stdio: ["pipe", "pipe", "pipe"],
      env: options.env ? { ...process.env, ...options.env } : process.env,
    });
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, connection);
    proc.stderr!.on("data", (d) => client.stderr.push(String(d)));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      client.published.push(p);
      client.notify();
    });
    connection.onNotification(STATUS_NOTIFICATION, (params: unknown) => {
      client.notifications.push({ method: STATUS_NOTIFICATION, params });
      client.notify();
    });
    connection.onRequest(ConfigurationRequest.type, (p) => {
      client.configurationRequests.push(p);
      client.notify();
      return options.configuration ? options.configuration(p) : p.items.map(() => null);
    });
    connection.onRequest(RegistrationRequest.type, (p) => {
      client.registrations.push(...p.registrations);
      client.notify();
    });
    connection.listen();
    const capabilities: ClientCapabilities = {
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ["markdown", "plaintext"] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source.fixAll"] } } },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      workspace: {
        configuration: !!options.configuration,
        didChangeConfiguration: { dynamicRegistration: !!options.configuration },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceFolders: true,
        ...(options.pull ? { diagnostics: { refreshSupport: false } } : {}),
      },
    };
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.workspaceFolders?.[0]?.uri ?? null,
      workspaceFolders: options.workspaceFolders ?? null,
      capabilities,
      locale: options.locale,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Resolves with the first non-undefined value of `check`, re-evaluated on every server message. */
  waitFor<T>(check: () => T | undefined, what: string): Promise<T> {
    return new Promise((resolvePromise, reject) => {
      const first = check();
      if (first !== undefined) return resolvePromise(first);
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.join("")}`));
      }, WAIT_MS);
      const listener = () => {
        const v = check();
        if (v === undefined) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolvePromise(v);
      };
      this.listeners.add(listener);
    });
  }

  /** The diagnostics published for this exact document version. */
  diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    return this.waitFor(
      () => this.published.find((p) => p.uri === uri && p.version === version)?.diagnostics,
      `diagnostics for ${uri} version ${version}`,
    );
  }

  /** The next diagnostics published for a document after `count` publications already seen. */
  nextDiagnostics(uri: string, after = this.published.length): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.published.slice(after).find((p) => p.uri === uri), `new diagnostics for ${uri}`);
  }

  async open(uri: string, text: string, languageId = "markdown"): Promise<number> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return 1;
  }

  /** Sends one incremental change; returns the new version. */
  async change(uri: string, ...changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const r = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } });
    return (r ?? []) as CodeAction[];
  }

  pullDiagnostics(uri: string, previousResultId?: string) {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
  }

  /** What the server holds (only a server started with FIGLINT_DIAGNOSTICS=1 answers). */
  internals(): Promise<InternalsResult> {
    return this.connection.sendRequest(INTERNALS_REQUEST);
  }

  configurationChanged(settings: unknown = null): Promise<void> {
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  filesChanged(changes: FileEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async stop(): Promise<void> {
    const exited = new Promise<number | null>((r) => (this.proc.exitCode !== null ? r(this.proc.exitCode) : this.proc.once("exit", (code) => r(code))));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await exited;
    this.connection.dispose();
  }
}

/** Applies non-overlapping LSP text edits to a text, last first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: { range: Range; newText: string }[]): string {
  const index = new LineIndex(text);
  const spans = edits.map((e) => ({ start: index.offset(e.range.start), end: index.offset(e.range.end), newText: e.newText }));
  let out = text;
  for (const e of spans.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
