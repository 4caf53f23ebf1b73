// The built CLI run as a process on fixture folders: formats, exit codes, config discovery,
// suppression comments and bad input. `npm test` builds before it runs these.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { main } from "../../src/cli/main.ts";

const repo = join(__dirname, "../../..");
const bin = join(repo, "server/out/cli.js");
const project = join(repo, "test-fixtures/cli/project");

function cli(args: string[], cwd = project, input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", CI: "1" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("stylish: grouped by file with line:column, severity, rule, coverage; exit 1 on findings", () => {
  const r = cli(["check", "drafts"]);
  assert.equal(r.code, 1, r.err);
  assert.match(r.out, /drafts\/bao-cao-thang\.md\n\s+3:\d+\s+error\s+18 \+ 3 = 21, nhưng tổng đã nêu là 22 chỉ tiêu.*parts-sum/);
  assert.match(r.out, /figures read, \d+ claims checked, \d+ figures in no claim/);
  assert.doesNotMatch(r.out, /\u001b\[/, "no colour when piped");
  // The config file turned below-target off, suppression comments silenced suppressed.md,
  // and the ignore list kept drafts/old out.
  assert.doesNotMatch(r.out, /below-target|suppressed\.md|old\/cu\.md/);
});

test("config ignore globs are relative to the config file's folder, wherever the CLI runs", () => {
  // From a subfolder, "drafts/old/**" in the project's config still keeps drafts/old out…
  const r = cli(["check", "--format", "json", "."], join(project, "drafts"));
  const paths = (JSON.parse(r.out) as { files: { path: string }[] }).files.map((f) => f.path);
  assert.ok(paths.some((p) => p.endsWith("bao-cao-thang.md")), paths.join(", "));
  assert.ok(!paths.some((p) => p.includes("cu.md")), paths.join(", "));
  // …and a file named on the command line is checked even so.
  const named = cli(["check", "--format", "json", "old/cu.md"], join(project, "drafts"));
  assert.equal((JSON.parse(named.out) as { files: unknown[] }).files.length, 1);
});

test("json follows the contract: counts, diagnostics with LSP ranges and related figures", () => {
  const r = cli(["check", "--format", "json", "drafts/bao-cao-thang.md", "drafts/clean.txt"]);
  assert.equal(r.code, 1);
  const j = JSON.parse(r.out);
  assert.equal(j.files.length, 2);
  const [a, b] = j.files;
  assert.equal(a.path, "drafts/bao-cao-thang.md");
  assert.equal(a.language, "vi");
  assert.ok(a.figures >= 4 && a.claims >= 1 && a.checked >= 1 && typeof a.unchecked === "number");
  const d = a.diagnostics.find((x: { rule: string }) => x.rule === "parts-sum");
  assert.equal(d.severity, "error");
  assert.deepEqual(d.range, { start: { line: 2, character: 17 }, end: { line: 2, character: 19 } });
  assert.equal(d.related.length, 2);
  assert.deepEqual(b.diagnostics, []);
});

test("exit 0 on a clean file; --max-warnings and --quiet; --rule overrides", () => {
  assert.equal(cli(["check", "drafts/clean.txt"]).code, 0);
  const w = cli(["check", "--rule", "parts-sum=warning", "--max-warnings", "5", "drafts/bao-cao-thang.md"]);
  assert.equal(w.code, 0, w.out);
  const q = cli(["check", "--quiet", "--rule", "parts-sum=warning", "drafts/bao-cao-thang.md"]);
  assert.doesNotMatch(q.out, /parts-sum/);
  assert.equal(cli(["check", "--rule", "parts-sum=off", "drafts/bao-cao-thang.md"]).code, 0);
});

test("github annotations and SARIF 2.1.0", () => {
  const g = cli(["check", "--format", "github", "drafts/bao-cao-thang.md"]);
  assert.match(g.out, /^::error file=drafts\/bao-cao-thang\.md,line=3,col=18,endLine=3,endColumn=20,title=figlint parts-sum::18 \+ 3 = 21/m);
  const s = cli(["check", "--format", "sarif", "drafts/bao-cao-thang.md"]);
  const log = JSON.parse(s.out);
  assert.equal(log.version, "2.1.0");
  const run = log.runs[0];
  assert.ok(run.tool.driver.rules.some((r: { id: string; helpUri: string }) => r.id === "parts-sum" && r.helpUri));
  const res = run.results[0];
  assert.equal(res.ruleId, "parts-sum");
  assert.equal(res.level, "error");
  assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, "drafts/bao-cao-thang.md");
  assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 3, startColumn: 18, endLine: 3, endColumn: 20 });
});

test("stdin with --stdin-filename, figures command, --list-rules, --version, usage errors", () => {
  const s = cli(["check", "-", "--stdin-filename", "x.md", "--format", "json"], project, "Xếp thứ 70/63 tỉnh, thành phố.");
  assert.equal(s.code, 1);
  assert.equal(JSON.parse(s.out).files[0].diagnostics[0].rule, "rank-out-of-range");
  const f = JSON.parse(cli(["figures", "--format", "json", "drafts/bao-cao-thang.md"]).out);
  const fig = f.files[0].figures.find((x: { kind: string }) => x.kind === "fraction");
  assert.deepEqual([fig.numerator, fig.denominator, fig.approx], [18, 22, false]);
  const pct = f.files[0].figures.find((x: { text: string }) => x.text === "7,92%");
  assert.equal(pct.value, 7.92);
  assert.equal(pct.approx, true);
  assert.match(cli(["--list-rules"]).out, /parts-sum\s+error/);
  assert.match(cli(["--version"]).out, /^\d+\.\d+\.\d+/);
  const bad = cli(["check", "--format", "xml"]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--format must be one of/);
  assert.equal(cli(["check", "--rule", "nope=error"]).code, 2);
  assert.equal(cli(["frobnicate"]).code, 2);
});

test("a bad config file is named with its key, exit 2, no stack trace", () => {
  const r = cli(["check", "strict/a.md"]);
  assert.equal(r.code, 2);
  assert.match(r.err, /strict\/\.figlintrc\.json: "rules\.no-such-rule": unknown rule/);
  assert.match(r.err, /"tolerances\.approxRelative": expected a number/);
  assert.doesNotMatch(r.err, /\n\s+at /);
});

test("bad input: binary, legacy encodings, UTF-16, empty, huge, missing, broken links; others still checked", () => {
  const dir = mkdtempSync(join(tmpdir(), "figlint-cli-"));
  cpSync(join(project, "drafts/bao-cao-thang.md"), join(dir, "good.md"));
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  // "Tỷ lệ đạt 98%" in Windows-1258: ỷ is y + 0xD2 (hook), ệ is 0xEA + 0xF2 (dot below).
  writeFileSync(join(dir, "cp1258.txt"), Buffer.from([0x54, 0x79, 0xd2, 0x20, 0x6c, 0xea, 0xf2, 0x20, 0xf0, 0xe3, 0x74, 0x20, 0x39, 0x38, 0x25, 0x0a]));
  writeFileSync(join(dir, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Xếp thứ 70/63.", "utf16le")]));
  writeFileSync(join(dir, "empty.md"), "");
  writeFileSync(join(dir, "huge.txt"), Buffer.alloc(3 * 1048576, 0x61));
  symlinkSync(join(dir, "nowhere.md"), join(dir, "broken.md"));
  const before = readFileSync(join(dir, "good.md"), "utf8");
  const r = cli(["check", "--max-file-size", "2", "--format", "json", dir, join(dir, "missing.md"), join(dir, "broken.md")], dir);
  const j = JSON.parse(r.out);
  const byName = (n: string) => j.files.find((f: { path: string }) => f.path.endsWith(n));
  assert.equal(byName("good.md").diagnostics[0].rule, "parts-sum");
  assert.match(byName("binary.txt").problem.message, /binary/);
  assert.match(byName("cp1258.txt").problem.message, /not UTF-8: looks like windows-1258.*iconv/);
  assert.match(byName("utf16.txt").problem.message, /utf16le/);
  assert.match(byName("huge.txt").problem.message, /over the 2 MB limit/);
  assert.match(byName("missing.md").problem.message, /no such file/);
  assert.match(byName("broken.md").problem.message, /broken symbolic link/);
  assert.deepEqual(byName("empty.md").diagnostics, []);
  // Two files could not be read (missing.md, broken.md): the report is incomplete and says so.
  assert.equal(r.code, 2);
  assert.equal(j.complete, false);
  assert.deepEqual(j.files.filter((f: { problem?: { unreadable?: boolean } }) => f.problem?.unreadable).map((f: { path: string }) => f.path.replace(/^.*\//, "")).sort(), ["broken.md", "missing.md"]);
  assert.equal(readFileSync(join(dir, "good.md"), "utf8"), before, "checked files are never written");
  if (process.getuid?.() !== 0) {
    const locked = join(dir, "locked.md");
    writeFileSync(locked, "x");
    chmodSync(locked, 0);
    assert.match(JSON.parse(cli(["check", "--format", "json", locked], dir).out).files[0].problem.message, /permission denied/);
  }
  assert.ok(statSync(join(dir, "good.md")).isFile());
});

test("a glob that matches nothing says so; --shard splits files deterministically", () => {
  const g = cli(["check", "nothing/**/*.md"]);
  assert.match(g.out + g.err, /no files match this pattern/);
  const dir = mkdtempSync(join(tmpdir(), "figlint-shard-"));
  mkdirSync(join(dir, "d"));
  for (let i = 0; i < 7; i++) writeFileSync(join(dir, "d", `f${i}.md`), `Xếp thứ ${i + 1}/63 tỉnh.`);
  const paths = (k: string) => JSON.parse(cli(["check", "--format", "json", "--shard", k, "d"], dir).out).files.map((f: { path: string }) => f.path);
  const all = [...paths("1/3"), ...paths("2/3"), ...paths("3/3")].sort();
  assert.equal(all.length, 7);
  assert.equal(new Set(all).size, 7);
  assert.deepEqual(paths("2/3"), paths("2/3"));
});

test("main() runs in-process with the same result as the process", async () => {
  let out = "";
  const code = await main({
    argv: ["check", "--format", "json", "drafts/bao-cao-thang.md"],
    cwd: project,
    env: {},
    stdout: (s) => (out += s),
    stderr: () => {},
    readStdin: async () => "",
    isTTY: false,
  });
  assert.equal(code, 1);
  assert.deepEqual(JSON.parse(out), JSON.parse(cli(["check", "--format", "json", "drafts/bao-cao-thang.md"]).out));
});

test("the contributed problem matcher reads the stylish output", () => {
  const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
  const [fileLine, diagLine] = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === "figlint").pattern;
  const lines = cli(["check", "drafts/bao-cao-thang.md"]).out.split("\n");
  assert.match(lines[0], new RegExp(fileLine.regexp));
  const m = new RegExp(diagLine.regexp).exec(lines[1]);
  assert.ok(m, lines[1]);
  assert.deepEqual([m[diagLine.line], m[diagLine.column], m[diagLine.severity], m[diagLine.code]], ["3", "18", "error", "parts-sum"]);
});

test("the SARIF output validates against the SARIF 2.1.0 JSON schema", () => {
  // The schema as @microsoft/jest-sarif ships it (2.1.0 rtm.5, the draft the final differs from only in wording).
  const schema = JSON.parse(readFileSync(join(repo, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = require("ajv").default as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
  // The schema is written in draft-04; its keywords read the same under Ajv's default draft.
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const validate = new Ajv({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false }).compile(schema);
  assert.equal(validate({ version: "2.1.0", runs: [{ results: [] }] }), false, "a run without a tool must fail");
  for (const args of [["check", "--format", "sarif", "drafts"], ["check", "--format", "sarif", "drafts/clean.txt", "missing.md"]]) {
    const log = JSON.parse(cli(args).out);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.ok(log.runs[0].results.length > 0 || args.includes("missing.md"));
  }
});

test("worker threads give the same report, in the same order, as one thread", () => {
  const dir = mkdtempSync(join(tmpdir(), "figlint-workers-"));
  const src = readFileSync(join(repo, "test-fixtures/sample/bao-cao-mau.md"), "utf8");
  for (let i = 0; i < 90; i++) writeFileSync(join(dir, `r${String(i).padStart(3, "0")}.md`), i % 3 ? src : src.replace("4 chỉ tiêu về", "3 chỉ tiêu về"));
  const one = cli(["check", "--format", "json", "--workers", "1", "."], dir);
  const many = cli(["check", "--format", "json", "--workers", "3", "."], dir);
  assert.equal(many.code, one.code);
  assert.equal(many.out, one.out);
  assert.equal(JSON.parse(many.out).files.length, 90);
});

test("a file the checker fails on is reported as not checked; the run goes on and exits 1", async () => {
  const { checkReport } = await import("../../src/cli/report.ts");
  // An options object that throws when read stands for a checker bug on one file.
  const boom = { get languageId(): string { throw new Error("boom"); } };
  const failed = checkReport("bad.md", "Tổng thu đạt 1.200 tỷ đồng.", boom as never);
  assert.equal(failed.problem?.fatal, true);
  assert.match(failed.problem!.message, /internal error while checking this file \(boom\)/);
  assert.equal(failed.diagnostics.length, 0);
  const ok = checkReport("good.md", "Toàn tỉnh có 150 xã, gồm 120 xã, 20 phường và 12 thị trấn.", {});
  assert.equal(ok.problem, undefined);
  assert.ok(ok.diagnostics.some((d) => d.rule === "parts-sum"));
});
