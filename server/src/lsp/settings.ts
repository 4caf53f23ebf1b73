// The figlint.* editor settings as one typed object. The core part (locale, rules, tolerances) goes
// through the core's validateSettings, so the editor and the config file accept the same values; the
// rest (which files, how fast, how large) belongs to the server only.
import { RULE_IDS } from "../core/rules.ts";
import { validateSettings, type SettingsProblem } from "../core/settings.ts";
import type { Lang, Settings, SettingsInput } from "../core/types.ts";

export type CoreSettings = SettingsInput;

export interface EditorSettings {
  enable: boolean;
  /** Only values the user set: "auto" and empty objects defer to the config file. */
  core: CoreSettings;
  debounceMs: number;
  languageIds: string[];
  include: string[];
  exclude: string[];
  maxFileSizeMB: number;
}

export const DEFAULT_EDITOR_SETTINGS: EditorSettings = {
  enable: true,
  core: {},
  debounceMs: 200,
  languageIds: ["markdown", "plaintext"],
  include: ["**/*.md", "**/*.markdown", "**/*.txt"],
  exclude: ["**/node_modules/**", "**/.git/**"],
  maxFileSizeMB: 10,
};

const SERVER_KEYS = ["enable", "debounceMs", "languageIds", "include", "exclude", "maxFileSizeMB"];

function stringList(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : undefined;
}

function finite(v: unknown, min: number, max: number): number | undefined {
  return typeof v === "number" && Number.isFinite(v) && v >= min && v <= max ? v : undefined;
}

/** Raw `figlint` section (from workspace/configuration or didChangeConfiguration) → typed settings. */
export function parseEditorSettings(raw: unknown): { settings: EditorSettings; problems: SettingsProblem[] } {
  const d = DEFAULT_EDITOR_SETTINGS;
  if (raw === null || raw === undefined || typeof raw !== "object" || Array.isArray(raw)) {
    return { settings: { ...d }, problems: [] };
  }
  const r = raw as Record<string, unknown>;
  // Defaults that mean "not set" are dropped before validation, so they do not hide the config file.
  const coreRaw: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    if (SERVER_KEYS.includes(k) || v === undefined || v === null) continue;
    if ((k === "locale" || k === "messageLanguage") && v === "auto") continue;
    if ((k === "rules" || k === "tolerances") && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    coreRaw[k] = v;
  }
  const { settings: core, problems } = validateSettings(coreRaw, RULE_IDS);
  const pick = <T>(key: string, value: T | undefined, fallback: T): T => {
    if (r[key] !== undefined && value === undefined) problems.push({ key, message: `invalid value ${JSON.stringify(r[key])}` });
    return value ?? fallback;
  };
  return {
    settings: {
      enable: pick("enable", typeof r.enable === "boolean" ? r.enable : undefined, d.enable),
      core,
      debounceMs: pick("debounceMs", finite(r.debounceMs, 0, 10_000), d.debounceMs),
      languageIds: pick("languageIds", stringList(r.languageIds), d.languageIds),
      include: pick("include", stringList(r.include), d.include),
      exclude: pick("exclude", stringList(r.exclude), d.exclude),
      maxFileSizeMB: pick("maxFileSizeMB", finite(r.maxFileSizeMB, 0, 1024), d.maxFileSizeMB),
    },
    problems,
  };
}

/** The language of the server's own notices when no analysis has said what the document is in. */
export function noticeLanguage(core: Settings, clientLang: Lang): Lang {
  return core.messageLanguage !== "auto" ? core.messageLanguage : core.locale !== "auto" ? core.locale : clientLang;
}
