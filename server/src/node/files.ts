// Which files a check covers (paths, folders, globs; .gitignore and config ignores honoured) and how
// each is read: size limit, binary and legacy encodings told apart, never written to.
import { lstatSync, readFileSync, realpathSync, statSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { globSync, isDynamicPattern } from "tinyglobby";
import { detectEncoding } from "../core/encoding.ts";

export const DEFAULT_PATTERNS = ["**/*.md", "**/*.markdown", "**/*.txt"];
const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];

export interface Expanded {
  files: string[];
  /** One-line problems: a path that does not exist, a glob that matched nothing. */
  problems: { path: string; message: string }[];
}

function gitignoreFor(root: string): Ignore {
  const ig = ignore();
  const p = join(root, ".gitignore");
  if (existsSync(p)) {
    try {
      ig.add(readFileSync(p, "utf8"));
    } catch {
      /* an unreadable .gitignore ignores nothing */
    }
  }
  return ig;
}

/** `isIgnored` says which files found in folders or by globs the config leaves out; files named
 * on the command line are always checked. */
export function expandTargets(targets: string[], cwd: string, isIgnored: (abs: string) => boolean = () => false): Expanded {
  const problems: Expanded["problems"] = [];
  const seen = new Set<string>();
  const files: string[] = [];
  const ig = gitignoreFor(cwd);
  const add = (abs: string, explicit: boolean) => {
    const rel = relative(cwd, abs);
    if (!explicit && rel && !rel.startsWith("..") && ig.ignores(rel.split(sep).join("/"))) return;
    if (!explicit && isIgnored(abs)) return;
    let key = abs;
    try {
      key = realpathSync(abs);
    } catch {
      /* reported when read */
    }
    if (seen.has(key)) return;
    seen.add(key);
    files.push(abs);
  };
  const glob = (patterns: string[], base: string) =>
    globSync(patterns, { cwd: base, absolute: true, dot: false, ignore: ALWAYS_IGNORED, followSymbolicLinks: false, onlyFiles: true }).sort();
  const list = targets.length ? targets : ["."];
  for (const t of list) {
    const abs = resolve(cwd, t);
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      if (isDynamicPattern(t)) {
        const hits = glob([t], cwd);
        if (!hits.length) problems.push({ path: t, message: "no files match this pattern" });
        for (const h of hits) add(h, false);
      } else {
        const code = (e as NodeJS.ErrnoException).code;
        let broken = false;
        try {
          broken = lstatSync(abs).isSymbolicLink();
        } catch {
          /* does not exist at all */
        }
        problems.push({ path: t, message: broken ? "broken symbolic link" : code === "EACCES" ? "permission denied" : "no such file or folder" });
      }
      continue;
    }
    if (st.isDirectory()) {
      let hits: string[] = [];
      try {
        hits = glob(DEFAULT_PATTERNS, abs);
      } catch (e) {
        problems.push({ path: t, message: `cannot list folder: ${(e as Error).message}` });
      }
      if (!hits.length) problems.push({ path: t, message: "no Markdown or text files in this folder" });
      for (const h of hits) add(h, false);
    } else add(abs, true);
  }
  return { files, problems };
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string; kind: "skip" | "error" };

export function readReport(path: string, maxBytes: number): ReadResult {
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, kind: "error", message: "is a folder" };
    // A pipe, socket or device would block the read (or never end): only regular files are reports.
    if (!st.isFile()) return { ok: false, kind: "skip", message: "skipped: not a regular file (pipe, socket or device)" };
    if (st.size > maxBytes) return { ok: false, kind: "skip", message: `skipped: ${(st.size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit (--max-file-size)` };
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, kind: "error", message: code === "EACCES" ? "permission denied" : code === "ENOENT" ? "file vanished before it could be read" : `cannot read: ${(e as Error).message}` };
  }
  if (bytes.length === 0) return { ok: true, text: "" };
  const enc = detectEncoding(bytes);
  switch (enc.kind) {
    case "utf8":
      return { ok: true, text: bytes.toString("utf8") };
    case "utf8-bom":
      return { ok: true, text: bytes.toString("utf8").slice(1) };
    case "binary":
      return { ok: false, kind: "skip", message: "skipped: binary file" };
    default:
      return { ok: false, kind: "error", message: `not UTF-8: looks like ${enc.kind}; ${enc.advice ?? "convert it to UTF-8"}` };
  }
}

export function languageOf(path: string): "markdown" | "plaintext" {
  return /\.(md|markdown|mdx)$/i.test(path) ? "markdown" : "plaintext";
}

export { dirname };
