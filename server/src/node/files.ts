// Which files a check covers (paths, folders, globs; .gitignore and config ignores honoured) and how
// each is read: size limit, binary and legacy encodings told apart, never written to.
import { closeSync, constants as fsConstants, existsSync, fstatSync, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { globSync, isDynamicPattern } from "tinyglobby";
import { detectEncoding } from "../core/encoding.ts";

export const DEFAULT_PATTERNS = ["**/*.md", "**/*.markdown", "**/*.txt"];
const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];

export interface Expanded {
  files: string[];
  /** One-line problems: a path that does not exist or cannot be listed (unreadable), a glob that
   * matched nothing (no-match), a folder without reports (empty). */
  problems: { path: string; message: string; kind: "unreadable" | "no-match" | "empty" }[];
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
        if (!hits.length) problems.push({ path: t, message: "no files match this pattern", kind: "no-match" });
        for (const h of hits) add(h, false);
      } else {
        const code = (e as NodeJS.ErrnoException).code;
        let broken = false;
        try {
          broken = lstatSync(abs).isSymbolicLink();
        } catch {
          /* does not exist at all */
        }
        problems.push({ path: t, message: `cannot read: ${broken ? "broken symbolic link" : code === "EACCES" ? "permission denied" : "no such file or folder"}`, kind: "unreadable" });
      }
      continue;
    }
    if (st.isDirectory()) {
      let hits: string[] = [];
      try {
        hits = glob(DEFAULT_PATTERNS, abs);
      } catch (e) {
        problems.push({ path: t, message: `cannot list folder: ${(e as Error).message}`, kind: "unreadable" });
      }
      if (!hits.length) problems.push({ path: t, message: "no Markdown or text files in this folder", kind: "empty" });
      for (const h of hits) add(h, false);
    } else add(abs, true);
  }
  return { files, problems };
}

/** "unreadable": the file could not be read at all (gone, no permission, an I/O error, a folder, or
 * it kept changing while it was read): the run is incomplete. "error": read, but refused (a legacy
 * encoding). "skip": left out on purpose (binary, too large, not a regular file). */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string; kind: "skip" | "error" | "unreadable" };

/** How often a file that changes while it is read is read again before it is reported. */
const READ_ATTEMPTS = 3;
const CHANGED = Symbol("changed while read");

function unreadable(why: string): ReadResult {
  return { ok: false, kind: "unreadable", message: `cannot read: ${why}` };
}

function tooLarge(size: number, maxBytes: number): ReadResult {
  return { ok: false, kind: "skip", message: `skipped: ${(size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit (--max-file-size)` };
}

/**
 * Reads a report as it is at one moment. Files may vanish, be replaced or be rewritten while a run
 * lists and reads thousands of them: the size limit applies to the file actually opened, and a file
 * whose size or modification time changes during the read (an editor saving it, a generator
 * rewriting it) is read again, so a half-written file is never checked as if it were whole.
 */
export function readReport(path: string, maxBytes: number): ReadResult {
  for (let attempt = 1; ; attempt++) {
    const r = readOnce(path, maxBytes);
    if (r !== CHANGED) return r;
    if (attempt === READ_ATTEMPTS) return unreadable(`it changed while it was being read (${READ_ATTEMPTS} tries); check it again once it is saved`);
  }
}

function readOnce(path: string, maxBytes: number): ReadResult | typeof CHANGED {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // The kind first, without opening: opening a pipe would block.
    const st = statSync(path);
    if (st.isDirectory()) return unreadable("is a folder");
    // A pipe, socket or device would block the read (or never end): only regular files are reports.
    if (!st.isFile()) return { ok: false, kind: "skip", message: "skipped: not a regular file (pipe, socket or device)" };
    // Non-blocking, in case it was replaced by a pipe since; the checks below are on what was opened.
    fd = openSync(path, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const before = fstatSync(fd, { bigint: true });
    if (before.isDirectory()) return unreadable("is a folder");
    if (!before.isFile()) return { ok: false, kind: "skip", message: "skipped: not a regular file (pipe, socket or device)" };
    const size = Number(before.size);
    if (size > maxBytes) return tooLarge(size, maxBytes);
    // One byte more than it should hold: reading it means the file grew during the read.
    const buf = Buffer.allocUnsafe(size + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buf, total, buf.length - total, total);
      if (n === 0) break;
      total += n;
      if (total === buf.length) return CHANGED;
    }
    const after = fstatSync(fd, { bigint: true });
    if (total !== size || after.size !== before.size || after.mtimeNs !== before.mtimeNs) return CHANGED;
    bytes = buf.subarray(0, total);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return unreadable("no such file (it was deleted or moved during the run)");
    if (code === "EACCES" || code === "EPERM") return unreadable("permission denied");
    if (code === "EISDIR") return unreadable("is a folder");
    return unreadable(`${(e as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
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
