// Preloaded (--require) into a figlint CLI process by the fault tests: plays another program changing
// the files under the CLI at a precise moment, so each interleaving is tested deterministically. The
// product code is untouched; only node:fs calls are watched. Loaded in worker threads too (they
// inherit --require), and every fault fires once per process tree (a lock folder), not once per thread.
//
// FIGLINT_FAULT_STATE  a folder for the once-locks (required)
// FIGLINT_FAULT_DELETE a file listing absolute paths, one a line: all are deleted at the first stat of
//                      a report (.md) by the CLI, that is after every file was listed and before the
//                      first is read
// FIGLINT_FAULT_REWRITE JSON { path, versions: [text or { file }…], every: boolean }: reads of `path`
//                      return at most 64 bytes at a time, and after the first piece the file is rewritten
//                      with the next version (a text, or the contents of another file), once or on every
//                      read when `every`, as an editor saving it would
const fs = require("node:fs");
const path = require("node:path");

const state = process.env.FIGLINT_FAULT_STATE;
if (!state) throw new Error("fs-faults.cjs: FIGLINT_FAULT_STATE is required");

/** True the first time it is called with `name` in the whole process tree. */
function once(name) {
  try {
    fs.mkdirSync(path.join(state, name));
    return true;
  } catch {
    return false;
  }
}

let busy = false;

const deleteList = process.env.FIGLINT_FAULT_DELETE;
if (deleteList) {
  const statSync = fs.statSync;
  fs.statSync = function (p, ...rest) {
    if (!busy && typeof p === "string" && p.endsWith(".md") && once("deleted")) {
      busy = true;
      try {
        for (const victim of fs.readFileSync(deleteList, "utf8").split("\n")) if (victim) fs.rmSync(victim, { force: true });
        fs.writeFileSync(path.join(state, "deleted", "done"), "");
      } finally {
        busy = false;
      }
    }
    return statSync.call(this, p, ...rest);
  };
}

const rewrite = process.env.FIGLINT_FAULT_REWRITE ? JSON.parse(process.env.FIGLINT_FAULT_REWRITE) : undefined;
if (rewrite) {
  const watched = new Map(); // fd → pieces read so far
  const openSync = fs.openSync;
  const readSync = fs.readSync;
  let rewrites = 0;
  fs.openSync = function (p, ...rest) {
    const fd = openSync.call(this, p, ...rest);
    if (!busy && typeof p === "string" && path.resolve(p) === rewrite.path) watched.set(fd, 0);
    return fd;
  };
  const closeSync = fs.closeSync;
  fs.closeSync = function (fd) {
    watched.delete(fd);
    return closeSync.call(this, fd);
  };
  fs.readSync = function (fd, buffer, offset, length, position) {
    if (!watched.has(fd) || typeof offset !== "number") return readSync.apply(this, arguments);
    const n = readSync.call(this, fd, buffer, offset, Math.min(length, 64), position);
    const pieces = watched.get(fd) + 1;
    watched.set(fd, pieces);
    if (pieces === 1 && (rewrite.every || once("rewritten"))) {
      busy = true;
      try {
        const v = rewrite.versions[rewrites++ % rewrite.versions.length];
        fs.writeFileSync(rewrite.path, typeof v === "string" ? v : fs.readFileSync(v.file));
        fs.appendFileSync(path.join(state, "rewrites"), "x");
      } finally {
        busy = false;
      }
    }
    return n;
  };
}
