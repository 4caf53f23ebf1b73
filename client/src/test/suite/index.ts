// The extension suite's entry point, as @vscode/test-electron (and VS Code's extensionTestsPath) expect:
// a module exporting run(), loaded in the extension host. Mocha is bundled in; the test files are
// bundled too and loaded after mocha has set up its tdd globals (suite, test, …).
//
// Results go to $FIGLINT_TEST_OUT: progress.log (a line per test, as it runs) and results.json (counts
// and failures), which scripts/test-vscode.mjs reads: in code-server nothing sees the extension host's
// exit code.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Mocha from "mocha";
import * as vscode from "vscode";

/** In run order. The screenshot comes last: it leaves the workbench as a person would see it. */
const FILES: ReadonlyArray<readonly [string, () => Promise<unknown>]> = [
  ["activation", () => import("./activation.test.ts")],
  ["diagnostics", () => import("./diagnostics.test.ts")],
  ["hover", () => import("./hover.test.ts")],
  ["code-actions", () => import("./code-actions.test.ts")],
  ["settings", () => import("./settings.test.ts")],
  ["commands", () => import("./commands.test.ts")],
  ["crash", () => import("./crash.test.ts")],
  ["screenshot", () => import("./screenshot.test.ts")],
];

interface TestResult {
  title: string;
  state: "passed" | "failed" | "pending";
  duration?: number;
}
interface Failure {
  title: string;
  message: string;
  stack?: string;
}

export async function run(): Promise<void> {
  const out = process.env.FIGLINT_TEST_OUT || path.join(os.tmpdir(), "figlint-vscode-test");
  fs.mkdirSync(out, { recursive: true });
  const resultsFile = path.join(out, "results.json");
  fs.rmSync(resultsFile, { force: true });
  const progress = (line: string) => {
    fs.appendFileSync(path.join(out, "progress.log"), line + "\n");
    console.log(`[figlint suite] ${line}`);
  };
  const started = Date.now();
  const tests: TestResult[] = [];
  const failures: Failure[] = [];

  const mocha = new Mocha({ ui: "tdd", color: false, timeout: 60_000, reporter: "spec" });
  if (process.env.FIGLINT_TEST_GREP) mocha.grep(process.env.FIGLINT_TEST_GREP);
  mocha.suite.emit("pre-require", globalThis, "figlint-suite", mocha);
  for (const [name, load] of FILES) {
    try {
      await load();
    } catch (e) {
      const err = e as Error;
      failures.push({ title: `loading ${name}`, message: err.message, stack: err.stack });
      progress(`✖ loading ${name}: ${err.message}`);
    }
  }

  const failed = await new Promise<number>((resolve) => {
    const runner = mocha.run((n) => resolve(n));
    runner.on("pass", (t) => {
      tests.push({ title: t.fullTitle(), state: "passed", duration: t.duration });
      progress(`✔ ${t.fullTitle()} (${t.duration} ms)`);
    });
    runner.on("fail", (t, err: Error) => {
      tests.push({ title: t.fullTitle(), state: "failed", duration: t.duration });
      failures.push({ title: t.fullTitle(), message: err?.message ?? String(err), stack: err?.stack });
      progress(`✖ ${t.fullTitle()}: ${err?.message ?? err}`);
    });
    runner.on("pending", (t) => {
      tests.push({ title: t.fullTitle(), state: "pending" });
      progress(`- ${t.fullTitle()} (pending)`);
    });
  });

  const loadFailures = failures.length - tests.filter((t) => t.state === "failed").length;
  const summary = {
    passed: tests.filter((t) => t.state === "passed").length,
    // A hook failure ("before all" hook) is reported by mocha as a failed test too.
    failed: tests.filter((t) => t.state === "failed").length + loadFailures,
    pending: tests.filter((t) => t.state === "pending").length,
    durationMs: Date.now() - started,
    vscodeVersion: vscode.version,
    tests,
    failures,
  };
  const tmp = resultsFile + ".tmp";
  fs.writeFileSync(tmp, JSON.stringify(summary, null, 2));
  fs.renameSync(tmp, resultsFile);
  progress(`${summary.passed} passed, ${summary.failed} failed (${summary.durationMs} ms)`);
  if (failed || summary.failed) throw new Error(`${summary.failed} extension tests failed`);
}
