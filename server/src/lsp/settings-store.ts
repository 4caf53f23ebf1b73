// Settings per resource: the figlint.* section for the document's folder (asked of the client with
// scopeUri, cached per URI until the client says settings changed) over the config file the CLI reads
// (found by walking up from the file). Nothing here is kept in globals.
import type { Connection } from "vscode-languageserver";
import { mergeSettings } from "../core/settings.ts";
import type { Settings } from "../core/types.ts";
import { configIgnores, type LoadedConfig } from "../node/config.ts";
import { fsPathOf, globMatch, matchPath } from "./files.ts";
import { parseEditorSettings, type EditorSettings } from "./settings.ts";

/** The config file the CLI reads: its names, how to load the one that applies to a file, and how to
 * forget what was found when config files appear or disappear. */
export interface ConfigFiles {
  names: readonly string[];
  load: (filePath: string) => LoadedConfig;
  forget: () => void;
}

export interface ResolvedSettings {
  editor: EditorSettings;
  /** Core settings: defaults < config file < editor. */
  core: Settings;
  config?: LoadedConfig;
}

export type Skip = "disabled" | "language" | "excluded";

export class SettingsStore {
  private cache = new Map<string, Promise<ResolvedSettings>>();
  private globalRaw: unknown = undefined;
  /** Bumped on every invalidation, so results computed with older settings are known stale. */
  generation = 0;
  folders: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly configFiles: ConfigFiles | undefined,
    private readonly pullConfiguration: boolean,
    private readonly onConfigProblems: (config: LoadedConfig) => void,
  ) {}

  /** Settings pushed by a client that cannot answer workspace/configuration (its didChangeConfiguration). */
  setGlobal(raw: unknown): void {
    this.globalRaw = raw;
  }

  /** Settings or config files changed: everything is read again. */
  invalidate(): void {
    this.configFiles?.forget();
    this.cache.clear();
    this.generation++;
  }

  /** Settings cached per document URI (for the internals request). */
  get cacheSize(): number {
    return this.cache.size;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  get(uri: string, cache = true): Promise<ResolvedSettings> {
    const hit = this.cache.get(uri);
    if (hit) return hit;
    const p = this.resolve(uri);
    if (cache) {
      this.cache.set(uri, p);
      // A failed request must not stick in the cache.
      p.catch(() => this.cache.get(uri) === p && this.cache.delete(uri));
    }
    return p;
  }

  private async resolve(uri: string): Promise<ResolvedSettings> {
    const generation = this.generation;
    const raw = this.pullConfiguration
      ? await this.connection.workspace.getConfiguration({ scopeUri: uri, section: "figlint" })
      : this.globalRaw;
    const { settings: editor, problems } = parseEditorSettings(raw);
    for (const p of problems) this.connection.console.warn(`figlint.${p.key}: ${p.message}`);
    let config: LoadedConfig | undefined;
    const file = fsPathOf(uri);
    if (file && this.configFiles) {
      try {
        config = this.configFiles.load(file);
        // Problems read after an invalidation belong to a reload that was already superseded.
        if (config.problems.length && generation === this.generation) this.onConfigProblems(config);
      } catch (e) {
        this.connection.console.error(`figlint: reading the config file for ${file} failed: ${(e as Error).message}`);
      }
    }
    return { editor, core: mergeSettings(config?.settings, editor.core), config };
  }

  /** Why a document is not checked, or undefined when it is. */
  skip(uri: string, languageId: string | undefined, s: ResolvedSettings): Skip | undefined {
    if (!s.editor.enable) return "disabled";
    if (languageId !== undefined && !s.editor.languageIds.includes(languageId)) return "language";
    const rel = matchPath(uri, this.folders);
    if (rel !== undefined && globMatch(s.editor.exclude, rel)) return "excluded";
    const file = fsPathOf(uri);
    if (file && s.config && configIgnores(s.config, file)) return "excluded";
    return undefined;
  }
}
