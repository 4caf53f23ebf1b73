// One settings schema for the language server (figlint.* settings) and the CLI's config file, so a
// rule severity or tolerance means the same in the editor and in CI.
import type { Lang, RuleSetting, Settings, SettingsInput, Tolerances } from "./types.ts";

export const DEFAULT_TOLERANCES: Tolerances = {
  approxRelative: 0.05,
  nearlyRelative: 0.1,
  percentPoints: 0,
};

export const DEFAULT_SETTINGS: Settings = {
  locale: "auto",
  messageLanguage: "auto",
  rules: {},
  tolerances: DEFAULT_TOLERANCES,
};

const SEVERITIES: readonly RuleSetting[] = ["off", "hint", "information", "warning", "error"];
const LOCALES = ["auto", "vi", "en"] as const;

/** Accepts the spellings users write in settings and on the command line ("info", "warn"). */
export function parseRuleSetting(v: unknown): RuleSetting | undefined {
  if (typeof v !== "string") return undefined;
  const s = v.trim().toLowerCase();
  if (s === "info") return "information";
  if (s === "warn") return "warning";
  return (SEVERITIES as readonly string[]).includes(s) ? (s as RuleSetting) : undefined;
}

export interface SettingsProblem {
  /** Dotted key path, e.g. "rules.parts-sum" or "tolerances.approxRelative". */
  key: string;
  message: string;
}

/**
 * Validates a plain object (from JSON with comments or from the editor) against the schema.
 * Unknown keys are reported, not silently dropped, so a typo in a config file is visible.
 * `knownRules` lets the caller reject rule ids that do not exist.
 */
export function validateSettings(
  input: unknown,
  knownRules: readonly string[],
  extraKeys: readonly string[] = [],
): { settings: SettingsInput; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const out: SettingsInput = {};
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return { settings: out, problems: [{ key: "", message: "expected an object" }] };
  }
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    switch (key) {
      case "locale":
      case "messageLanguage":
        if (typeof value === "string" && (LOCALES as readonly string[]).includes(value)) out[key] = value as "auto" | Lang;
        else problems.push({ key, message: `expected one of ${LOCALES.join(", ")}, got ${JSON.stringify(value)}` });
        break;
      case "rules": {
        if (value === null || typeof value !== "object" || Array.isArray(value)) {
          problems.push({ key, message: "expected an object of rule id → severity" });
          break;
        }
        const rules: Record<string, RuleSetting> = {};
        for (const [id, sev] of Object.entries(value as Record<string, unknown>)) {
          if (!knownRules.includes(id)) {
            problems.push({ key: `rules.${id}`, message: `unknown rule; known rules: ${knownRules.join(", ")}` });
            continue;
          }
          const parsed = parseRuleSetting(sev);
          if (parsed) rules[id] = parsed;
          else problems.push({ key: `rules.${id}`, message: `expected one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(sev)}` });
        }
        out.rules = rules;
        break;
      }
      case "tolerances": {
        if (value === null || typeof value !== "object" || Array.isArray(value)) {
          problems.push({ key, message: "expected an object" });
          break;
        }
        const t: Partial<Tolerances> = {};
        for (const [name, num] of Object.entries(value as Record<string, unknown>)) {
          if (!(name in DEFAULT_TOLERANCES)) {
            problems.push({ key: `tolerances.${name}`, message: `unknown tolerance; known: ${Object.keys(DEFAULT_TOLERANCES).join(", ")}` });
          } else if (typeof num !== "number" || !Number.isFinite(num) || num < 0 || num > 1000) {
            problems.push({ key: `tolerances.${name}`, message: `expected a number from 0 to 1000, got ${JSON.stringify(num)}` });
          } else t[name as keyof Tolerances] = num;
        }
        out.tolerances = t;
        break;
      }
      default:
        if (!extraKeys.includes(key)) problems.push({ key, message: "unknown setting" });
    }
  }
  return { settings: out, problems };
}

/** Later layers win: defaults < config file < editor settings < command line. */
export function mergeSettings(
  ...layers: (SettingsInput | undefined)[]
): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, rules: {}, tolerances: { ...DEFAULT_TOLERANCES } };
  for (const l of layers) {
    if (!l) continue;
    if (l.locale) s.locale = l.locale;
    if (l.messageLanguage) s.messageLanguage = l.messageLanguage;
    if (l.rules) Object.assign(s.rules, l.rules);
    if (l.tolerances) Object.assign(s.tolerances, l.tolerances);
  }
  return s;
}
