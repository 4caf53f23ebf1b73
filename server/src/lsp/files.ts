// Which documents the server checks: by language id (open documents) and by path globs, matched
// against the path relative to the workspace folder that holds the file (as VS Code's own globs are).
import { fileURLToPath } from "node:url";
import * as path from "node:path";
import picomatch from "picomatch";

export function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Path to match globs against: relative to the innermost workspace folder, else absolute. */
export function matchPath(uri: string, folders: readonly string[]): string | undefined {
  const p = fsPathOf(uri);
  if (!p) return undefined;
  let best: string | undefined;
  for (const f of folders) {
    const fp = fsPathOf(f);
    if (!fp) continue;
    const rel = path.relative(fp, p);
    if (rel && !rel.startsWith("..") && !path.isAbsolute(rel) && (!best || rel.length < best.length)) best = rel;
  }
  return (best ?? p).split(path.sep).join("/");
}

const matchers = new Map<string, (p: string) => boolean>();

export function globMatch(patterns: readonly string[], p: string): boolean {
  if (!patterns.length) return false;
  const key = JSON.stringify(patterns);
  let m = matchers.get(key);
  if (!m) {
    m = picomatch(patterns as string[], { dot: true });
    if (matchers.size > 64) matchers.clear();
    matchers.set(key, m);
  }
  return m(p);
}

/** The core reads Markdown or plain text; any other checked language id is read as plain text. */
export function coreLanguage(languageId: string): "markdown" | "plaintext" {
  return languageId === "markdown" ? "markdown" : "plaintext";
}
