// Keeps every open document analysed: one Analyzer per document (so an edit re-reads only the
// paragraphs it touched), a debounce after edits, and a version check so an analysis overtaken by a
// newer edit or a settings change is dropped instead of published.
import type { CancellationToken, Diagnostic, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { Analyzer } from "../core/analyze.ts";
import { LineIndex } from "../core/text/positions.ts";
import type { AnalysisResult, Lang } from "../core/types.ts";
import { noticeDiagnostic, resultDiagnostics } from "./diagnostics.ts";
import { coreLanguage } from "./files.ts";
import { binaryNotice, sizeRefusal } from "./limits.ts";
import { noticeLanguage } from "./settings.ts";
import type { ResolvedSettings, SettingsStore, Skip } from "./settings-store.ts";

export interface Checked {
  uri: string;
  version: number;
  generation: number;
  index: LineIndex;
  /** Language for the server's own words when there is no analysis to tell the document's. */
  lang: Lang;
  settings: ResolvedSettings;
  skip?: Skip;
  /** Why the document was not analysed (too large, binary). */
  notice?: string;
  result?: AnalysisResult;
  diagnostics: Diagnostic[];
}

interface Waiter {
  resolve: (c: Checked | undefined) => void;
  reject: (e: unknown) => void;
}

interface Entry {
  analyzer: Analyzer;
  timer?: NodeJS.Timeout;
  inflight?: { version: number; generation: number };
  last?: Checked;
  waiters: Waiter[];
}

export class CancelledError extends Error {}

export class Checker {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly store: SettingsStore,
    private readonly hooks: {
      clientLang: () => Lang;
      checked: (c: Checked) => void;
      log: (message: string) => void;
    },
  ) {}

  private entry(uri: string): Entry {
    let e = this.entries.get(uri);
    if (!e) this.entries.set(uri, (e = { analyzer: new Analyzer({ retainUnits: false }), waiters: [] }));
    return e;
  }

  /** After open (at once) or an edit (after the debounce). */
  changed(uri: string): void {
    const e = this.entry(uri);
    this.schedule(uri, e.last ? e.last.settings.editor.debounceMs : 0);
  }

  closed(uri: string): void {
    const e = this.entries.get(uri);
    if (!e) return;
    clearTimeout(e.timer);
    this.entries.delete(uri);
    for (const w of e.waiters) w.resolve(undefined);
  }

  recheckAll(): void {
    for (const uri of this.entries.keys()) this.schedule(uri, 0);
  }

  openUris(): string[] {
    return [...this.entries.keys()];
  }

  /** What is held per document, for the internals request. */
  stats(): { entries: number; timers: number; waiters: number; inflight: number } {
    let timers = 0;
    let waiters = 0;
    let inflight = 0;
    for (const e of this.entries.values()) {
      if (e.timer) timers++;
      if (e.inflight) inflight++;
      waiters += e.waiters.length;
    }
    return { entries: this.entries.size, timers, waiters, inflight };
  }

  /** The analysis of the document as it is now, waiting for it if an edit is pending. */
  latest(uri: string, token?: CancellationToken): Promise<Checked | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return Promise.resolve(undefined);
    const e = this.entry(uri);
    if (this.fresh(e.last, doc.version)) return Promise.resolve(e.last);
    const running = e.inflight && e.inflight.version === doc.version && e.inflight.generation === this.store.generation;
    if (!e.timer && !running) this.schedule(uri, 0);
    return new Promise((resolve, reject) => {
      const w: Waiter = { resolve, reject };
      e.waiters.push(w);
      token?.onCancellationRequested(() => {
        e.waiters = e.waiters.filter((x) => x !== w);
        reject(new CancelledError());
      });
    });
  }

  private fresh(c: Checked | undefined, version: number): c is Checked {
    return !!c && c.version === version && c.generation === this.store.generation;
  }

  private schedule(uri: string, delay: number): void {
    const e = this.entry(uri);
    clearTimeout(e.timer);
    e.timer = setTimeout(() => {
      e.timer = undefined;
      void this.run(uri, e);
    }, delay);
  }

  private async run(uri: string, e: Entry): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc || this.entries.get(uri) !== e) return;
    const version = doc.version;
    const generation = this.store.generation;
    const inflight = (e.inflight = { version, generation });
    let settings: ResolvedSettings;
    try {
      settings = await this.store.get(uri);
      // Let edits already queued on the connection land before the synchronous analysis starts.
      await new Promise((r) => setImmediate(r));
    } catch (err) {
      this.hooks.log(`figlint: settings for ${uri} unavailable: ${(err as Error).message}`);
      if (e.inflight === inflight) e.inflight = undefined;
      const waiters = e.waiters.splice(0);
      for (const w of waiters) w.reject(err);
      return;
    }
    if (e.inflight === inflight) e.inflight = undefined;
    const now = this.documents.get(uri);
    // Overtaken by a newer edit or a settings change: that one has its own run scheduled.
    if (!now || now.version !== version || generation !== this.store.generation || this.entries.get(uri) !== e) return;
    const checked = this.check(uri, now, settings, e.analyzer, generation);
    e.last = checked;
    const waiters = e.waiters.splice(0);
    for (const w of waiters) w.resolve(checked);
    this.hooks.checked(checked);
  }

  private check(uri: string, doc: TextDocument, settings: ResolvedSettings, analyzer: Analyzer, generation: number): Checked {
    const text = doc.getText();
    const core = settings.core;
    const lang = noticeLanguage(core, this.hooks.clientLang());
    const base: Checked = { uri, version: doc.version, generation, index: new LineIndex(text), lang, settings, diagnostics: [] };
    const skip = this.store.skip(uri, doc.languageId, settings);
    if (skip) return { ...base, skip };
    const notice = sizeRefusal(text, settings.editor.maxFileSizeMB, lang);
    if (notice) return { ...base, notice, diagnostics: [noticeDiagnostic(notice)] };
    try {
      const result = analyzer.analyze(text, { settings: core, languageId: coreLanguage(doc.languageId) });
      // A binary text (one holding NUL) gets its notice instead; the analyzer tells it from the
      // edited range alone, where scanning the whole text for NUL would cost a pass per edit.
      if (analyzer.binary) {
        const binary = binaryNotice(lang);
        return { ...base, notice: binary, diagnostics: [noticeDiagnostic(binary)] };
      }
      return { ...base, lang: result.messageLanguage, result, diagnostics: resultDiagnostics(result, base.index, uri, doc.version) };
    } catch (err) {
      // A bug in one check must not take the server down or leave the client waiting.
      this.hooks.log(`figlint: analysis of ${uri} failed: ${(err as Error).stack ?? err}`);
      return base;
    }
  }
}
