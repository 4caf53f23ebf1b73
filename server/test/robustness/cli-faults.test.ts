// The CLI under faults: a folder of thousands of files, outputs that cannot be written (missing
// folder, read-only folder, a full disk), inputs that are not regular files, and hostile config files.
// Each time: a clear message, the right exit code, the user's files untouched, no partial report
// passed off as complete, no stack trace.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const repo = join(__dirname, "../../..");
const bin = join(repo, "server/out/cli.js");
const GOOD = "Nghị quyết đề ra 22 chỉ tiêu, gồm 10 chỉ tiêu kinh tế, 7 chỉ tiêu xã hội và 5 chỉ tiêu môi trường.\n";
const BAD = "Có 17/22 xã (78,3%) đạt chuẩn nông thôn mới.\n";

function cli(args: string[], cwd: string, timeout = 60_000) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", timeout, env: { ...process.env, NO_COLOR: "1", CI: "1" } });
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
