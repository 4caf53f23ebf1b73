// figlint's own requests and notifications beside LSP. Shared by the server and the VS Code client, so
// this file holds method names and plain types only (no runtime imports that either side lacks).
import type { Diagnostic } from "vscode-languageserver-protocol";
import type { Claim, Figure, Lang, NonFigure, Stats } from "../core/types.ts";

/** Request: what was read in an open document (figures, non-figures, claims), for "Show Figures". */
export const FIGURES_REQUEST = "figlint/figures";
export interface FiguresParams {
  uri: string;
}
export interface FiguresResult {
  uri: string;
  version: number;
  /** False when the document is not checked (disabled, excluded, too large, binary). */
  checked: boolean;
  locale?: Lang;
  messageLanguage: Lang;
  figures: Figure[];
  nonFigures: NonFigure[];
  claims: Claim[];
  stats?: Stats;
  /** The same, rendered as a Markdown report in the document's message language. */
  markdown: string;
}

/** Request: check one file that need not be open (Check Workspace). The client sends its text. */
export const CHECK_FILE_REQUEST = "figlint/checkFile";
export interface CheckFileParams {
  uri: string;
  text: string;
  /** "markdown" or "plaintext"; other ids are read as plain text. */
  languageId: string;
}
export interface CheckFileResult {
  uri: string;
  /** False when settings exclude the file or it is disabled for its folder. */
  checked: boolean;
  diagnostics: Diagnostic[];
}

/** Notification from the server after each analysis of an open document: counts for a status bar. */
export const STATUS_NOTIFICATION = "figlint/status";
export interface StatusParams {
  uri: string;
  version: number;
  checked: boolean;
  /** Why the document is not checked, in the document's message language, when checked is false. */
  reason?: string;
  errors: number;
  warnings: number;
  infos: number;
  figures: number;
  claims: number;
  claimsChecked: number;
  figuresUnchecked: number;
  suppressed: number;
}

/**
 * Request answered only by a server started with FIGLINT_DIAGNOSTICS=1 (tests, leak hunting): what
 * the server holds. The heap figures are taken after a full garbage collection when the server runs
 * with --expose-gc (then `gc` is true), so they are stable enough to compare between two moments.
 */
export const INTERNALS_REQUEST = "figlint/internals";
export interface InternalsResult {
  gc: boolean;
  memory: { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };
  /** Documents the connection holds (opened and not closed). */
  documents: number;
  /** Per-document state of the checker: entries, pending debounce timers, requests waiting, runs in flight. */
  checker: { entries: number; timers: number; waiters: number; inflight: number };
  /** Settings cached per document URI. */
  settingsCache: number;
  /** process.getActiveResourcesInfo(), counted by kind (Timeout, TTYWrap, PipeWrap…). */
  activeResources: Record<string, number>;
}

/** The data each figlint diagnostic carries, so a code action can rebuild its fix. */
export interface DiagnosticData {
  rule: string;
  /** The document version the fix was made for; only with a fix (it ties the fix to the text). */
  version?: number;
  fix?: { range: Diagnostic["range"]; newText: string; title: string };
}
