// Wires the LSP connection to the checker: capabilities from what the client declares (pull or push
// diagnostics, workspace/configuration, dynamic registration), then handlers that each stay small.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Lang } from "../core/types.ts";
import { CancelledError, Checker, type Checked } from "./checker.ts";
import { codeActions, FIX_ALL_KIND } from "./code-actions.ts";
import { ConfigProblems } from "./config-problems.ts";
import { checkFile } from "./check-file.ts";
import { figuresReport } from "./figures-report.ts";
import { hoverAt } from "./hover.ts";
import {
  CHECK_FILE_REQUEST,
  FIGURES_REQUEST,
  INTERNALS_REQUEST,
  STATUS_NOTIFICATION,
  type CheckFileParams,
  type CheckFileResult,
  type FiguresParams,
  type FiguresResult,
  type InternalsResult,
} from "./protocol.ts";
import { SettingsStore, type ConfigFiles } from "./settings-store.ts";
import { statusOf } from "./status.ts";

export interface ServerOptions {
  configFiles?: ConfigFiles;
  /** Answer figlint/internals (memory and per-document state); off unless FIGLINT_DIAGNOSTICS=1. */
  internals?: boolean;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const configNames = options.configFiles?.names ?? [];
  const configProblems = new ConfigProblems(connection);
  let store!: SettingsStore;
  let checker!: Checker;
  let pull = false;
  let refreshPull = false;
  let statusNotifications = false;
  let clientLang: Lang = "en";
  let dynamicConfiguration = false;
  let dynamicWatch = false;
  let folderEvents = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    pull = !!caps.textDocument?.diagnostic;
    refreshPull = !!caps.workspace?.diagnostics?.refreshSupport;
    const init = (params.initializationOptions ?? {}) as { statusNotifications?: boolean };
    statusNotifications = init.statusNotifications === true;
    clientLang = params.locale?.toLowerCase().startsWith("vi") ? "vi" : "en";
    store = new SettingsStore(connection, options.configFiles, !!caps.workspace?.configuration, (c) => configProblems.report(c));
    store.folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!store.folders.length && params.rootUri) store.folders = [params.rootUri];
    checker = new Checker(documents, store, { clientLang: () => clientLang, checked: published, log: (m) => connection.console.log(m) });
    dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    dynamicWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    folderEvents = !!caps.workspace?.workspaceFolders;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        diagnosticProvider: pull ? { identifier: "figlint", interFileDependencies: false, workspaceDiagnostics: false } : undefined,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "figlint" },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: "figlint" });
    if (dynamicWatch && configNames.length) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/{${configNames.join(",")}}` }],
      });
    }
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        store.folders = [...store.folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
        settingsChanged();
      });
    }
  });

  function settingsChanged(): void {
    configProblems.clear();
    store.invalidate();
    checker.recheckAll();
    if (pull && refreshPull) connection.languages.diagnostics.refresh();
  }

  connection.onDidChangeConfiguration((params) => {
    const settings = params.settings as { figlint?: unknown } | null | undefined;
    if (settings && typeof settings === "object" && "figlint" in settings) store.setGlobal(settings.figlint);
    settingsChanged();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => configNames.some((n) => c.uri.endsWith("/" + n)))) settingsChanged();
  });

  documents.onDidChangeContent((e) => checker.changed(e.document.uri));
  documents.onDidClose((e) => {
    checker.closed(e.document.uri);
    store.forget(e.document.uri);
    if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  function published(c: Checked): void {
    if (!pull) void connection.sendDiagnostics({ uri: c.uri, version: c.version, diagnostics: c.diagnostics });
    if (statusNotifications) void connection.sendNotification(STATUS_NOTIFICATION, statusOf(c));
  }



  async function latest(uri: string, token: Parameters<Checker["latest"]>[1]): Promise<Checked | undefined> {
    try {
      return await checker.latest(uri, token);
    } catch (e) {
      if (e instanceof CancelledError) throw new ResponseError(LSPErrorCodes.RequestCancelled, "cancelled");
      throw e;
    }
  }

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const c = await latest(params.textDocument.uri, token);
    if (!c) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const resultId = `${c.version}.${c.generation}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: c.diagnostics };
  });

  connection.onHover(async (params, token) => {
    const c = await latest(params.textDocument.uri, token);
    if (!c?.result) return null;
    const h = hoverAt(c.result, c.index.offset(params.position), c.settings.core.tolerances);
    return h ? { contents: { kind: "markdown", value: h.markdown }, range: c.index.range(h.span) } : null;
  });

  connection.onCodeAction(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const c = await latest(params.textDocument.uri, token);
    return codeActions(params, doc, c);
  });

  connection.onRequest(FIGURES_REQUEST, async (params: FiguresParams, token): Promise<FiguresResult> => {
    const c = await latest(params.uri, token);
    if (!c) throw new ResponseError(LSPErrorCodes.RequestFailed, `not an open document: ${params.uri}`);
    const name = decodeURIComponent(params.uri.replace(/[?#].*$/, "").split(/[/:]/).pop() || params.uri);
    const r = c.result;
    return {
      uri: c.uri,
      version: c.version,
      checked: !!r,
      locale: r?.locale,
      messageLanguage: c.lang,
      figures: r?.figures ?? [],
      nonFigures: r?.nonFigures ?? [],
      claims: r?.claims ?? [],
      stats: r?.stats,
      markdown: figuresReport(c, name),
    };
  });

  connection.onRequest(CHECK_FILE_REQUEST, async (params: CheckFileParams): Promise<CheckFileResult> => {
    return checkFile(params, store, clientLang);
  });

  if (options.internals) {
    connection.onRequest(INTERNALS_REQUEST, (): InternalsResult => {
      const gc = (globalThis as { gc?: () => void }).gc;
      // Twice: the first collection may only queue finalizers whose objects the second one frees.
      gc?.();
      gc?.();
      const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
      const activeResources: Record<string, number> = {};
      for (const kind of process.getActiveResourcesInfo()) activeResources[kind] = (activeResources[kind] ?? 0) + 1;
      return {
        gc: !!gc,
        memory: { rss, heapTotal, heapUsed, external, arrayBuffers },
        documents: documents.all().length,
        checker: checker?.stats() ?? { entries: 0, timers: 0, waiters: 0, inflight: 0 },
        settingsCache: store?.cacheSize ?? 0,
        activeResources,
      };
    });
  }

  documents.listen(connection);
  connection.listen();
}
