// The CLI under faults: a folder of thousands of files, files deleted or rewritten while a run lists
// and reads them, outputs that cannot be written (missing folder, read-only folder, a full disk),
// inputs that are not regular files, and hostile config files. Each time: a clear message, the right
// exit code, the user's files untouched, no partial report passed off as complete, no stack trace.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const repo = join(__dirname, "../../..");
const bin = join(repo, "server/out/cli.js");
const GOOD = "Nghị quyết đề ra 22 chỉ tiêu, gồm 10 chỉ tiêu kinh tế, 7 chỉ tiêu xã hội và 5 chỉ tiêu môi trường.\n";
const BAD = "Có 17/22 xã (78,3%) đạt chuẩn nông thôn mới.\n";

function cli(args: string[], cwd: string, timeout = 60_000, env: Record<string, string> = {}, node: string[] = []) {
  const r = spawnSync(process.execPath, [...node, bin, ...args], { cwd, encoding: "utf8", timeout, env: { ...process.env, NO_COLOR: "1", CI: "1", ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr, timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT" };
}

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "figlint-robust-"));
  writeFileSync(join(dir, "bad.md"), BAD);
  writeFileSync(join(dir, "good.md"), GOOD);
  return dir;
}

/** Exactly one line on stderr, starting with "figlint:", and no stack trace. */
function oneClearLine(err: string, pattern: RegExp): void {
  const lines = err.trim().split("\n");
  assert.equal(lines.length, 1, `expected one line, got:\n${err}`);
  assert.match(lines[0], /^figlint: /);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(err, /\n\s+at |internal error/);
}

const isRoot = process.getuid?.() === 0;

test("a folder of 5,000 small files: every file reported once, findings in the right ones", () => {
  const dir = mkdtempSync(join(tmpdir(), "figlint-many-"));
  const N = 5000;
  for (let i = 0; i < N; i++) {
    const sub = join(dir, `d${i % 50}`);
    if (i < 50) mkdirSync(sub);
    writeFileSync(join(sub, `f${i}.md`), i % 100 === 7 ? BAD : GOOD);
  }
  const r = cli(["check", "--format", "json", "."], dir);
  assert.equal(r.code, 1, r.err);
  const j = JSON.parse(r.out) as { files: { path: string; diagnostics: { rule: string }[]; problem?: unknown }[] };
  assert.equal(j.files.length, N);
  assert.equal(new Set(j.files.map((f) => f.path)).size, N, "each file once");
  const flagged = j.files.filter((f) => f.diagnostics.some((d) => d.rule === "fraction-percent"));
  assert.equal(flagged.length, N / 100);
  assert.ok(flagged.every((f) => Number(/f(\d+)\.md$/.exec(f.path)![1]) % 100 === 7), flagged.map((f) => f.path).join(" "));
  assert.ok(j.files.every((f) => f.problem === undefined));
});

// Files that vanish or change during a run. A preload (test/helpers/fs-faults.cjs) plays the other
// program at an exact moment (after the listing, before the first read; in the middle of a read), so
// these interleavings are tested every time; a real concurrent deleter covers the rest.
const faults = join(__dirname, "../helpers/fs-faults.cjs");

interface JsonReport {
  complete: boolean;
  notChecked: string[];
  files: { path: string; diagnostics: { rule: string }[]; problem?: { message: string; fatal: boolean; unreadable?: boolean } }[];
}

/** A folder of n reports in 20 subfolders; every 10th has a fraction-percent finding. */
function reports(n: number): { dir: string; files: string[]; bad: (f: string) => boolean } {
  const dir = mkdtempSync(join(tmpdir(), "figlint-vanish-"));
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const rel = `d${i % 20}/f${i}.md`;
    if (i < 20) mkdirSync(join(dir, `d${i}`));
    writeFileSync(join(dir, rel), i % 10 === 3 ? BAD : GOOD);
    files.push(rel);
  }
  return { dir, files, bad: (f) => Number(/f(\d+)\.md$/.exec(f)![1]) % 10 === 3 };
}

/** Each listed file once; survivors checked with the right findings; `gone` files either checked
 * (read before they went) or reported with one clear line; the report says whether it is complete. */
function assertOutcomes(r: ReturnType<typeof cli>, all: string[], gone: Set<string>, bad: (f: string) => boolean): JsonReport["files"] {
  assert.doesNotMatch(r.err, /\n\s+at |internal error|Error:/, "no stack trace");
  const j = JSON.parse(r.out) as JsonReport;
  const byPath = new Map(j.files.map((f) => [f.path, f]));
  assert.equal(byPath.size, j.files.length, "each file once");
  for (const f of j.files) assert.ok(all.includes(f.path), `unexpected entry ${f.path}`);
  const unreadable: string[] = [];
  for (const path of all) {
    const f = byPath.get(path);
    if (!gone.has(path)) assert.ok(f && !f.problem, `${path} was not deleted and must be checked: ${JSON.stringify(f?.problem)}`);
    if (!f) continue; // deleted before the listing: not part of the run
    if (f.problem) {
      assert.ok(gone.has(path), `${path}: ${f.problem.message}`);
      assert.match(f.problem.message, /^cannot read: no such file \(it was deleted or moved during the run\)$/);
      assert.equal(f.problem.unreadable, true);
      assert.equal(f.problem.fatal, true);
      unreadable.push(path);
    } else {
      assert.deepEqual(f.diagnostics.map((d) => d.rule), bad(path) ? ["fraction-percent"] : [], path);
    }
  }
  // One line per file that could not be read, naming it; nothing else on stderr.
  const lines = r.err.split("\n").filter(Boolean);
  assert.deepEqual(lines.sort(), unreadable.map((p) => `figlint: ${p}: cannot read: no such file (it was deleted or moved during the run)`).sort());
  // The report says it is partial, and which files it does not cover; so does the exit code.
  assert.equal(j.complete, unreadable.length === 0);
  assert.deepEqual([...j.notChecked].sort(), [...unreadable].sort());
  assert.equal(r.code, unreadable.length ? 2 : 1, r.err.slice(0, 500));
  return j.files;
}

for (const workers of [1, 4]) {
  test(`files deleted between listing and reading (${workers === 1 ? "one thread" : `${workers} worker threads`}): each reported in one line, the others checked, exit 2`, () => {
    const { dir, files, bad } = reports(2000);
    const gone = new Set(files.filter((_, i) => i % 2 === 1));
    const state = mkdtempSync(join(tmpdir(), "figlint-fault-state-"));
    writeFileSync(join(state, "victims"), [...gone].map((f) => join(dir, f)).join("\n"));
    const r = cli(["check", "--format", "json", "--workers", String(workers), "."], dir, 60_000, { FIGLINT_FAULT_STATE: state, FIGLINT_FAULT_DELETE: join(state, "victims") }, ["--require", faults]);
    assert.ok(existsSync(join(state, "deleted", "done")), "the deletion happened during the run");
    const out = assertOutcomes(r, files, gone, bad);
    // Deleted after the listing: every one of them is in the report, as not read.
    assert.equal(out.length, files.length);
    assert.equal(out.filter((f) => f.problem).length, gone.size);
    // Nothing of the user's was modified: the survivors are byte for byte what was written.
    for (const f of files) if (!gone.has(f)) assert.equal(readFileSync(join(dir, f), "utf8"), bad(f) ? BAD : GOOD, f);
    assert.deepEqual(readdirSync(dir).sort(), Array.from({ length: 20 }, (_, i) => `d${i}`).sort(), "no file left behind");
  });
}

test("the same run in SARIF and stylish: unreadable files marked, the SARIF run not successful", () => {
  const { dir, files } = reports(40);
  const gone = files.filter((_, i) => i % 4 === 0);
  const run = (format: string) => {
    const state = mkdtempSync(join(tmpdir(), "figlint-fault-state-"));
    for (const f of gone) writeFileSync(join(dir, f), GOOD);
    writeFileSync(join(state, "victims"), gone.map((f) => join(dir, f)).join("\n"));
    return cli(["check", "--format", format, "."], dir, 60_000, { FIGLINT_FAULT_STATE: state, FIGLINT_FAULT_DELETE: join(state, "victims") }, ["--require", faults]);
  };
  const s = run("sarif");
  assert.equal(s.code, 2, s.err);
  const log = JSON.parse(s.out) as { runs: { invocations?: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[]; results: unknown[] }[] };
  const inv = log.runs[0].invocations?.[0];
  assert.ok(inv, "an invocation with notifications");
  assert.equal(inv.executionSuccessful, false);
  const notified = inv.toolExecutionNotifications.filter((n) => n.level === "error" && /^cannot read: no such file/.test(n.message.text)).map((n) => n.locations[0].physicalLocation.artifactLocation.uri);
  assert.deepEqual(notified.sort(), [...gone].sort());
  assert.ok(log.runs[0].results.length > 0, "findings of the files that were read");
  const st = run("stylish");
  assert.equal(st.code, 2, st.err);
  for (const f of gone) assert.match(st.out, new RegExp(`^${f.replace(/[.]/g, "\\.")}\\n  cannot read: no such file`, "m"));
  assert.match(st.out, new RegExp(`✖ ${gone.length} files could not be read`));
  assert.doesNotMatch(st.out + st.err, /\n\s+at /);
});

test("a real concurrent deleter: whatever the interleaving, every file is checked or reported, never half", async (t) => {
  const { dir, files, bad } = reports(3000);
  const gone = new Set(files.filter((_, i) => i % 2 === 0));
  // The deleter starts with the CLI and removes every other file, in an order unrelated to the CLI's.
  const victims = [...gone].reverse().map((f) => join(dir, f));
  const child = spawn(process.execPath, [bin, "check", "--format", "json", "."], { cwd: dir, env: { ...process.env, NO_COLOR: "1", CI: "1" } });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  // Paced over about the time the run takes, so that deletions land before, during and after the
  // listing and the reads.
  for (let i = 0; i < victims.length; i++) {
    rmSync(victims[i], { force: true });
    if (i % 3 === 0) await new Promise((r) => setTimeout(r, 1));
  }
  const code = await exited;
  const checked = assertOutcomes({ code, out, err, timedOut: false }, files, gone, bad);
  const reported = checked.filter((f) => f.problem).length;
  const read = checked.filter((f) => gone.has(f.path) && !f.problem).length;
  t.diagnostic(`of ${gone.size} files deleted during the run: ${gone.size - reported - read} before the listing, ${reported} after it and before their read, ${read} after their read`);
});

test("a report rewritten in the middle of its read is read again and checked as it is now, never half old and half new", () => {
  const dir = mkdtempSync(join(tmpdir(), "figlint-rewrite-"));
  // The old version has a finding in its second half; the new one is longer, with a finding of
  // another rule; a mix of the two (old first 64 bytes, new after) cuts a Vietnamese letter in half.
  const OLD = `# Báo cáo tháng\n\nNghị quyết đề ra 22 chỉ tiêu, gồm 10 chỉ tiêu kinh tế, 7 chỉ tiêu xã hội và 5 chỉ tiêu môi trường.\n\n${BAD}`;
  const NEW = `# Báo cáo tháng (bản sửa)\n\nTỉnh xếp thứ 70/63 tỉnh, thành phố về chỉ số cải cách hành chính.\n\n${GOOD}`;
  const file = join(dir, "report.md");
  writeFileSync(file, OLD);
  const state = mkdtempSync(join(tmpdir(), "figlint-fault-state-"));
  const r = cli(["check", "--format", "json", "report.md"], dir, 60_000, { FIGLINT_FAULT_STATE: state, FIGLINT_FAULT_REWRITE: JSON.stringify({ path: file, versions: [NEW] }) }, ["--require", faults]);
  assert.equal(readFileSync(join(state, "rewrites"), "utf8"), "x", "rewritten once, during the read");
  assert.doesNotMatch(r.err, /\n\s+at |internal error/);
  const j = JSON.parse(r.out) as JsonReport;
  assert.equal(j.files.length, 1);
  assert.equal(j.files[0].problem, undefined, r.err);
  assert.deepEqual(j.files[0].diagnostics.map((d) => d.rule), ["rank-out-of-range"], "the findings of the new version, and only those");
  assert.equal(r.code, 1);
  assert.equal(readFileSync(file, "utf8"), NEW, "the CLI wrote nothing");
});

test("a report truncated in the middle of its read is checked as it is after the truncation, not as the bytes already read", () => {
  const dir = mkdtempSync(join(tmpdir(), "figlint-truncate-"));
  // The first 64 bytes (read before the truncation) hold a whole finding and end inside a letter;
  // the file is cut to less than that.
  const OLD = `${BAD}${GOOD}${GOOD}`;
  const CUT = "# Báo cáo\n";
  assert.ok(Buffer.byteLength(CUT) < 64 && Buffer.byteLength(BAD) < 64);
  const file = join(dir, "report.md");
  writeFileSync(file, OLD);
  const state = mkdtempSync(join(tmpdir(), "figlint-fault-state-"));
  const r = cli(["check", "--format", "json", "report.md"], dir, 60_000, { FIGLINT_FAULT_STATE: state, FIGLINT_FAULT_REWRITE: JSON.stringify({ path: file, versions: [CUT] }) }, ["--require", faults]);
  assert.equal(readFileSync(join(state, "rewrites"), "utf8"), "x", "truncated once, during the read");
  const j = JSON.parse(r.out) as JsonReport;
  assert.equal(j.files[0].problem, undefined, r.err);
  assert.deepEqual(j.files[0].diagnostics, [], "the truncated text has no finding; the old text's finding is not reported");
  assert.equal(j.complete, true);
  assert.equal(r.code, 0, r.err);
});

test("a report that keeps changing while it is read: one clear line after three tries, exit 2, the other files checked", () => {
  const dir = mkdtempSync(join(tmpdir(), "figlint-churn-"));
  const file = join(dir, "busy.md");
  writeFileSync(file, GOOD.repeat(3));
  writeFileSync(join(dir, "bad.md"), BAD);
  const state = mkdtempSync(join(tmpdir(), "figlint-fault-state-"));
  const r = cli(["check", "--format", "json", "busy.md", "bad.md"], dir, 60_000, { FIGLINT_FAULT_STATE: state, FIGLINT_FAULT_REWRITE: JSON.stringify({ path: file, versions: [GOOD.repeat(4), GOOD.repeat(2)], every: true }) }, ["--require", faults]);
  assert.equal(readFileSync(join(state, "rewrites"), "utf8"), "xxx", "rewritten during each of the three reads");
  assert.equal(r.code, 2, r.err);
  oneClearLine(r.err, /^figlint: busy\.md: cannot read: it changed while it was being read \(3 tries\); check it again once it is saved$/);
  const j = JSON.parse(r.out) as JsonReport;
  assert.equal(j.complete, false);
  assert.deepEqual(j.notChecked, ["busy.md"]);
  assert.deepEqual(j.files.find((f) => f.path === "bad.md")?.diagnostics.map((d) => d.rule), ["fraction-percent"]);
});

test("a report replaced by a much larger file after it was listed: the size limit holds for what is read", () => {
  const dir = mkdtempSync(join(tmpdir(), "figlint-grow-"));
  const file = join(dir, "grows.md");
  writeFileSync(file, GOOD);
  const state = mkdtempSync(join(tmpdir(), "figlint-fault-state-"));
  writeFileSync(join(state, "big"), GOOD.repeat(Math.ceil((3 * 1048576) / GOOD.length)));
  const r = cli(["check", "--format", "json", "--max-file-size", "1", "grows.md"], dir, 60_000, { FIGLINT_FAULT_STATE: state, FIGLINT_FAULT_REWRITE: JSON.stringify({ path: file, versions: [{ file: join(state, "big") }] }) }, ["--require", faults]);
  assert.equal(readFileSync(join(state, "rewrites"), "utf8"), "x", "replaced once, during the read");
  const j = JSON.parse(r.out) as JsonReport;
  assert.match(j.files[0].problem?.message ?? "(checked)", /^skipped: \d+\.\d MB is over the 1 MB limit \(--max-file-size\)$/, r.err);
  assert.equal(r.code, 0, r.err);
});

test("output that cannot be written: missing folder, not a folder, full disk → exit 2, one line, nothing on stdout", () => {
  const dir = scratch();
  for (const [target, why] of [
    ["/proc/nope/x", /cannot write \/proc\/nope\/x: ENOENT/],
    [join(dir, "good.md", "x"), /cannot write .*ENOTDIR/],
    ...(existsSync("/dev/full") ? ([["/dev/full", /cannot write \/dev\/full: ENOSPC/]] as const) : []),
  ] as const) {
    const r = cli(["check", "--format", "json", "-o", target, "."], dir);
    assert.equal(r.code, 2, `${target}: ${r.err}`);
    oneClearLine(r.err, why);
    assert.equal(r.out, "", "the report is not printed in place of the file");
  }
  assert.equal(readFileSync(join(dir, "good.md"), "utf8"), GOOD, "inputs untouched");
  assert.equal(readFileSync(join(dir, "bad.md"), "utf8"), BAD, "inputs untouched");
});

test("output into a read-only folder → exit 2, one line, no file left behind", { skip: isRoot ? "running as root: permissions are not enforced" : false }, () => {
  const dir = scratch();
  const ro = join(dir, "ro");
  mkdirSync(ro);
  chmodSync(ro, 0o555);
  try {
    const r = cli(["check", "-o", join(ro, "report.txt"), "."], dir);
    assert.equal(r.code, 2, r.err);
    oneClearLine(r.err, /cannot write .*EACCES/);
    assert.equal(existsSync(join(ro, "report.txt")), false);
  } finally {
    chmodSync(ro, 0o755);
  }
});

test("a good report file is written whole; an existing one is replaced, not appended to", () => {
  const dir = scratch();
  const out = join(dir, "out", "report.json");
  mkdirSync(join(dir, "out"));
  writeFileSync(out, "old contents that are not JSON ".repeat(1000));
  const r = cli(["check", "--format", "json", "-o", out, "good.md", "bad.md"], dir);
  assert.equal(r.code, 1, r.err);
  const j = JSON.parse(readFileSync(out, "utf8")) as { files: unknown[] };
  assert.equal(j.files.length, 2);
});

test(
  "a named pipe given as a report does not hang the run",
  () => {
    const dir = scratch();
    const fifo = join(dir, "pipe.md");
    const mk = spawnSync("mkfifo", [fifo]);
    if (mk.status !== 0) return;
    const r = cli(["check", "--format", "json", "pipe.md", "bad.md"], dir, 2500);
    assert.equal(r.timedOut, false, "the CLI hung on a FIFO");
    assert.equal(r.code, 1);
  },
);

// Hostile config files: refused with exit 2 and one line naming the file, before any file is checked.
const hostile: [string, () => string, RegExp][] = [
  ["huge (1 MB)", () => JSON.stringify({ rules: {}, pad: "a".repeat(1024 * 1024) }), /larger than 256 KB/],
  ["deeply nested objects (50 levels)", () => '{"a":'.repeat(50) + "1" + "}".repeat(50), /nested deeper than 8 levels/],
  ["a constructor key", () => '{"rules":{"constructor":{"prototype":{"x":1}}}}', /"rules\.constructor": this key is not allowed/],
  ["a prototype key", () => '{"prototype":{"rules":{}}}', /"prototype": this key is not allowed/],
  ["a __proto__ key inside rules", () => '{"rules":{"__proto__":{"parts-sum":"off"}}}', /__proto__.*not allowed/],
];

for (const [name, make, why] of hostile) {
  test(`hostile config refused cleanly: ${name}`, () => {
    const dir = scratch();
    writeFileSync(join(dir, ".figlintrc.json"), make());
    const r = cli(["check", "bad.md"], dir);
    assert.equal(r.code, 2, r.err);
    oneClearLine(r.err, why);
    assert.match(r.err, /\.figlintrc\.json/);
    assert.equal(r.out, "");
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
}

test(
  "hostile config refused cleanly: deeply nested arrays (100,000 levels, under the size limit)",
  () => {
    const dir = scratch();
    writeFileSync(join(dir, ".figlintrc.json"), "[".repeat(100_000) + "]".repeat(100_000));
    const r = cli(["check", "bad.md"], dir);
    assert.equal(r.code, 2, r.err);
    oneClearLine(r.err, /nested deeper than 8 levels/);
  },
);

test("a top-level __proto__ key: refused, and never applied as settings", () => {
  const dir = scratch();
  writeFileSync(join(dir, ".figlintrc.json"), '{"__proto__":{"rules":{"fraction-percent":"off"}}}');
  const r = cli(["check", "--format", "json", "bad.md"], dir);
  // Never applied: the finding is still there if the config is (wrongly) accepted…
  if (r.code !== 2) assert.match(r.out, /fraction-percent/);
  // …but it should be refused.
  assert.equal(r.code, 2, r.err);
});
