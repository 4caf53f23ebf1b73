// The config file shared by the CLI and the editor: .figlintrc.json, .figlintrc.jsonc or
// figlint.config.json (JSON with comments), found by walking up from each checked file. Data only:
// nothing in it is executed, and hostile shapes (huge, deeply nested, __proto__ keys) are refused.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { RULE_IDS } from "../core/rules.ts";
import { validateSettings } from "../core/settings.ts";
import type { SettingsInput } from "../core/types.ts";

export const CONFIG_NAMES = [".figlintrc.json", ".figlintrc.jsonc", "figlint.config.json"];
const MAX_CONFIG_BYTES = 256 * 1024;
const MAX_DEPTH = 8;

export interface ConfigProblem {
  file: string;
  key: string;
  message: string;
}

export interface LoadedConfig {
  settings: SettingsInput;
  ignore: string[];
  problems: ConfigProblem[];
  path?: string;
}

/** Bracket depth outside strings, without parsing. */
function rawDepth(text: string): number {
  let d = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") max = Math.max(max, ++d);
    else if (c === "}" || c === "]") d--;
  }
  return max;
}

function depth(v: unknown, d = 0): number {
  if (d > MAX_DEPTH || v === null || typeof v !== "object") return d;
  let m = d;
  for (const x of Object.values(v as object)) m = Math.max(m, depth(x, d + 1));
  return m;
}

const DANGEROUS = new Set(["__proto__", "constructor", "prototype"]);

// Walks the syntax tree, not the parsed value: a parsed "__proto__" key becomes a prototype and
// no longer shows up as an own key.
function dangerousKeyPath(node: Node | undefined, path = ""): string | undefined {
  if (!node?.children) return undefined;
  for (const child of node.children) {
    if (child.type === "property" && child.children?.length) {
      const key = String(child.children[0].value);
      const here = path ? `${path}.${key}` : key;
      if (DANGEROUS.has(key)) return here;
      const inner = dangerousKeyPath(child.children[1], here);
      if (inner) return inner;
    } else {
      const inner = dangerousKeyPath(child, path);
      if (inner) return inner;
    }
  }
  return undefined;
}

export function readConfigFile(path: string): LoadedConfig {
  const out: LoadedConfig = { settings: {}, ignore: [], problems: [], path };
  const bad = (key: string, message: string) => out.problems.push({ file: path, key, message });
  let text: string;
  try {
    if (statSync(path).size > MAX_CONFIG_BYTES) {
      bad("", `config file is larger than ${MAX_CONFIG_BYTES / 1024} KB`);
      return out;
    }
    text = readFileSync(path, "utf8");
  } catch (e) {
    bad("", `cannot read: ${(e as Error).message}`);
    return out;
  }
  // Checked on the raw text: the parser recurses, so deep nesting would overflow its stack.
  const nesting = rawDepth(text);
  if (nesting > MAX_DEPTH) {
    bad("", `nested deeper than ${MAX_DEPTH} levels`);
    return out;
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const e = errors[0];
    const line = text.slice(0, e.offset).split("\n").length;
    bad("", `invalid JSON at line ${line}: ${printParseErrorCode(e.error)}`);
    return out;
  }
  const danger = dangerousKeyPath(tree);
  if (danger) {
    bad(danger, "this key is not allowed");
    return out;
  }
  const data: unknown = tree ? getNodeValue(tree) : undefined;
  if (depth(data) > MAX_DEPTH) {
    bad("", `nested deeper than ${MAX_DEPTH} levels`);
    return out;
  }
  const copy = data && typeof data === "object" && !Array.isArray(data) ? { ...(data as Record<string, unknown>) } : data;
  let ignore: unknown;
  if (copy && typeof copy === "object" && !Array.isArray(copy) && "ignore" in copy) {
    ignore = (copy as Record<string, unknown>).ignore;
    delete (copy as Record<string, unknown>).ignore;
    if (!Array.isArray(ignore) || !ignore.every((g) => typeof g === "string")) bad("ignore", "expected an array of glob strings");
    else out.ignore = ignore as string[];
  }
  for (const key of ["$schema"]) if (copy && typeof copy === "object") delete (copy as Record<string, unknown>)[key];
  const v = validateSettings(copy, RULE_IDS);
  out.settings = v.settings;
  for (const p of v.problems) bad(p.key, p.message);
  return out;
}

const cache = new Map<string, string | null>();

/** The nearest config file at or above the file's folder, or none. */
export function findConfigFor(filePath: string): string | undefined {
  let dir = resolve(dirname(filePath));
  const visited: string[] = [];
  for (;;) {
    const hit = cache.get(dir);
    if (hit !== undefined) {
      for (const v of visited) cache.set(v, hit);
      return hit ?? undefined;
    }
    visited.push(dir);
    const found = CONFIG_NAMES.map((n) => join(dir, n)).find((p) => existsSync(p));
    if (found) {
      for (const v of visited) cache.set(v, found);
      return found;
    }
    const up = dirname(dir);
    if (up === dir) {
      for (const v of visited) cache.set(v, null);
      return undefined;
    }
    dir = up;
  }
}

export function loadConfigFor(filePath: string): LoadedConfig {
  const p = findConfigFor(filePath);
  return p ? readConfigFile(p) : { settings: {}, ignore: [], problems: [] };
}

const matchers = new Map<string, Ignore>();

/** Whether the config's own `ignore` globs cover `file`. They are relative to the config file's
 * folder, as .gitignore patterns are to theirs, so the CLI and the editor agree wherever they run. */
export function configIgnores(cfg: LoadedConfig, file: string): boolean {
  if (!cfg.path || !cfg.ignore.length) return false;
  const rel = relative(dirname(cfg.path), file).split(sep).join("/");
  if (!rel || rel.startsWith("../") || isAbsolute(rel)) return false;
  const key = `${cfg.path}\0${cfg.ignore.join("\0")}`;
  let ig = matchers.get(key);
  if (!ig) matchers.set(key, (ig = ignore().add(cfg.ignore)));
  return ig.ignores(rel);
}

export function clearConfigCache(): void {
  cache.clear();
  // A matcher per (config file, ignore list) seen: each edit of the list in the editor made another.
  matchers.clear();
}
