#!/usr/bin/env node
// `npm run test:vscode`: runs the extension's mocha suite (client/src/test/suite) inside a real VS Code.
//
// Two runners share the one suite, whose run() writes its results to $FIGLINT_TEST_OUT/results.json:
// - electron: @vscode/test-electron downloads desktop VS Code and runs the suite in it. Used when
//   FIGLINT_VSCODE_RUNNER=electron, or when a quick probe shows that VS Code can be downloaded.
// - code-server (the default where it cannot): the same VS Code workbench and Node extension host from
//   the npm package code-server, served on 127.0.0.1 and driven by Debian's Chromium through
//   playwright-core. Installs what it needs when missing (Debian packages as root; code-server into
//   .tools/, which is gitignored and can be cached). This runner also takes the screenshot of the
//   workbench (a report with diagnostics and a hover) for the README: docs/screenshot.png, or the path in
//   FIGLINT_SCREENSHOT ("none" for no screenshot). After the suite it also packages the extension with
//   vsce (on a copy of the sources) and checks that the .vsix installs and works in a second
//   code-server, driven through the UI (FIGLINT_VSCODE_VSIX=0 skips this).
//
// Environment: FIGLINT_VSCODE_RUNNER=auto|electron|code-server, FIGLINT_VSCODE_TIMEOUT_S (suite run,
// default 600), FIGLINT_VSCODE_KEEP=1 keeps the temporary workspace and logs, FIGLINT_VSCODE_GREP
// (mocha grep). `--install-only` installs the code-server runner's tools and stops. Closes with
// "N passed, N failed" alone on a line; exits non-zero on any failure or time-out.
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TOOLS = resolve(process.env.FIGLINT_TOOLS_DIR || join(ROOT, ".tools"));
const CODE_SERVER_VERSION = "4.100.3"; // VS Code 1.100.3; the last line that runs on Node 20
const CODE_SERVER_DIR = join(TOOLS, `code-server-${CODE_SERVER_VERSION}`);
const CHROMIUM = process.env.FIGLINT_CHROMIUM || "/usr/bin/chromium";
// fonts-noto-*: Vietnamese diacritics in the workbench and the editor (DejaVu Sans Mono lacks some).
const APT_PACKAGES = ["chromium", "ripgrep", "libkrb5-dev", "fonts-noto-core", "fonts-noto-mono"];
const RUN_TIMEOUT_MS = Number(process.env.FIGLINT_VSCODE_TIMEOUT_S || 600) * 1000;
const FIXTURES = join(ROOT, "test-fixtures", "vscode");
const TESTS_PATH = join(ROOT, "client", "out", "test", "suite", "index.js");
const SCREENSHOT = process.env.FIGLINT_SCREENSHOT ?? join(ROOT, "docs", "screenshot.png");
const KEEP = process.env.FIGLINT_VSCODE_KEEP === "1";

const started = Date.now();
const cleanups = [];
let finished = false;

function log(message) {
  const s = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  console.log(`[test-vscode ${s}s] ${message}`);
}

/** Runs a command to completion, output shown, bounded in time; throws on failure. */
function run(cmd, args, { cwd = ROOT, timeoutS = 600, env = process.env, quiet = false } = {}) {
  log(`$ ${cmd} ${args.join(" ")}${cwd !== ROOT ? `   (in ${cwd})` : ""}`);
  const res = spawnSync(cmd, args, { cwd, env, stdio: quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"], timeout: timeoutS * 1000, killSignal: "SIGKILL" });
  if (res.error || res.status !== 0) {
    if (quiet) process.stderr.write(String(res.stdout ?? "") + String(res.stderr ?? ""));
    throw new Error(`${cmd} ${args.join(" ")} failed: ${res.error?.message ?? `exit ${res.status ?? res.signal}`}`);
  }
  return res;
}

async function cleanup() {
  while (cleanups.length) {
    const f = cleanups.pop();
    try {
      await f();
    } catch (e) {
      log(`cleanup: ${e.message}`);
    }
  }
}

function finish(passed, failed, code) {
  if (finished) return;
  finished = true;
  console.log(`\nvscode: ${passed} passed, ${failed} failed`);
  process.exitCode = code;
}

for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, () => {
    log(`${sig}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------------
// Choosing the runner

async function canDownloadVSCode() {
  try {
    const res = await fetch("https://update.code.visualstudio.com/api/releases/stable", { signal: AbortSignal.timeout(4000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function chooseRunner() {
  const asked = (process.env.FIGLINT_VSCODE_RUNNER || "auto").toLowerCase();
  if (asked === "electron" || asked === "code-server") return asked;
  if (asked !== "auto") throw new Error(`FIGLINT_VSCODE_RUNNER must be auto, electron or code-server, not "${asked}"`);
  // Desktop VS Code on Linux needs a display (or xvfb-run to make one); code-server does not.
  const headlessLinux = process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && spawnSync("which", ["xvfb-run"]).status !== 0;
  return !headlessLinux && (await canDownloadVSCode()) ? "electron" : "code-server";
}

// ---------------------------------------------------------------------------------------------------
// The workspace the suite runs in: a copy of test-fixtures/vscode (the suite edits files and settings)

function prepare() {
  const base = mkdtempSync(join(tmpdir(), "figlint-vscode-"));
  const workspace = join(base, "workspace");
  const out = join(base, "out");
  const userData = join(base, "user-data");
  cpSync(FIXTURES, workspace, { recursive: true });
  mkdirSync(out, { recursive: true });
  mkdirSync(join(userData, "User"), { recursive: true });
  mkdirSync(join(base, "extensions"), { recursive: true });
  const settings = {
    "security.workspace.trust.enabled": false,
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": false,
    "workbench.enableExperiments": false,
    "workbench.welcomePage.walkthroughs.openOnInstall": false,
    "workbench.secondarySideBar.defaultVisibility": "hidden",
    "chat.commandCenter.enabled": false,
    "chat.disableAIFeatures": true,
    "telemetry.telemetryLevel": "off",
    "update.mode": "none",
    "extensions.autoCheckUpdates": false,
    "extensions.ignoreRecommendations": true,
    "git.enabled": false,
    "files.autoSave": "off",
    "files.exclude": { "**/.git": true, "**/.vscode": true },
    "editor.minimap.enabled": false,
    "editor.hover.delay": 100,
    "editor.cursorBlinking": "solid",
    "editor.fontSize": 15,
    "editor.fontFamily": "'Noto Sans Mono', 'Droid Sans Mono', monospace",
    "editor.wordWrap": "on",
    "window.commandCenter": false,
    "workbench.colorTheme": "Default Light Modern",
  };
  writeFileSync(join(userData, "User", "settings.json"), JSON.stringify(settings, null, 2));
  if (!KEEP) cleanups.unshift(() => rmSync(base, { recursive: true, force: true }));
  else cleanups.unshift(() => log(`kept ${base}`));
  return { base, workspace, out, userData, extensions: join(base, "extensions") };
}

function readResults(out) {
  const file = join(out, "results.json");
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined; // being written
  }
}

function report(results) {
  for (const t of results.tests ?? []) console.log(`  ${t.state === "passed" ? "✔" : t.state === "failed" ? "✖" : "-"} ${t.title}${t.duration != null ? ` (${t.duration} ms)` : ""}`);
  for (const f of results.failures ?? []) console.log(`\n✖ ${f.title}\n  ${String(f.message).split("\n").join("\n  ")}${f.stack ? `\n  ${String(f.stack).split("\n").slice(1, 6).join("\n  ")}` : ""}`);
}

/** Prints the lines the suite appends to progress.log as they come. */
function progressTail(out) {
  let shown = 0;
  return () => {
    const file = join(out, "progress.log");
    if (!existsSync(file)) return;
    const text = readFileSync(file, "utf8");
    const lines = text.slice(0, text.lastIndexOf("\n") + 1);
    if (lines.length > shown) {
      for (const line of lines.slice(shown).split("\n")) if (line) console.log(`  | ${line}`);
      shown = lines.length;
    }
  };
}

// ---------------------------------------------------------------------------------------------------
// Runner 1: @vscode/test-electron

async function runElectron(ws) {
  const { downloadAndUnzipVSCode } = await import("@vscode/test-electron");
  const version = process.env.FIGLINT_VSCODE_VERSION || "stable";
  const executable = await downloadAndUnzipVSCode({ version, cachePath: join(ROOT, ".vscode-test"), timeout: 120_000 });
  // prettier-ignore
  const args = [ws.workspace, `--extensionDevelopmentPath=${ROOT}`, `--extensionTestsPath=${TESTS_PATH}`, "--disable-extensions",
    "--disable-workspace-trust", "--skip-welcome", "--skip-release-notes", "--disable-gpu", `--user-data-dir=${ws.userData}`, `--extensions-dir=${ws.extensions}`];
  if (process.platform === "linux" && process.getuid?.() === 0) args.push("--no-sandbox");
  let cmd = executable;
  // A Linux machine without a display: a virtual one when xvfb-run is there.
  if (process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && spawnSync("which", ["xvfb-run"]).status === 0) {
    args.unshift("-a", executable);
    cmd = "xvfb-run";
  }
  const env = { ...process.env, FIGLINT_TEST_OUT: ws.out };
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.VSCODE_IPC_HOOK_CLI;
  if (process.env.FIGLINT_VSCODE_GREP) env.FIGLINT_TEST_GREP = process.env.FIGLINT_VSCODE_GREP;
  log(`starting VS Code ${version}: ${executable}`);
  const child = startGroup(cmd, args, { cwd: ws.base, env, stdio: ["ignore", "inherit", "inherit"] }, "VS Code");
  let exit;
  child.on("exit", (code, signal) => (exit = `VS Code exited (${code ?? signal})`));
  const tail = progressTail(ws.out);
  try {
    return await waitFor("the suite's results", () => {
      tail();
      const results = readResults(ws.out);
      if (!results && exit) throw new Error(`${exit} without results`);
      return results;
    }, RUN_TIMEOUT_MS, 300);
  } finally {
    tail();
  }
}

// ---------------------------------------------------------------------------------------------------
// Runner 2: code-server + Chromium

function aptMissing() {
  return APT_PACKAGES.filter((p) => {
    const r = spawnSync("dpkg-query", ["-W", "-f=${Status}", p], { encoding: "utf8" });
    return r.status !== 0 || !r.stdout.includes("install ok installed");
  });
}

function ensureDebianPackages() {
  const missing = aptMissing();
  if (!missing.length) return;
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages: ${missing.join(" ")} (install them as root: apt-get install -y ${missing.join(" ")})`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  run("apt-get", ["update"], { env, timeoutS: 300 });
  run("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { env, timeoutS: 900 });
}

/** code-server without its install scripts (they download things), then by hand what they would do. */
function ensureCodeServer() {
  const marker = join(CODE_SERVER_DIR, ".figlint-ready");
  const entry = join(CODE_SERVER_DIR, "node_modules", "code-server", "out", "node", "entry.js");
  if (existsSync(marker) && existsSync(entry)) return entry;
  const major = Number(process.versions.node.split(".")[0]);
  if (major !== 20) log(`warning: code-server ${CODE_SERVER_VERSION} wants Node 20, this is Node ${process.versions.node}`);
  log(`installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR}`);
  const t0 = Date.now();
  rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  writeFileSync(join(CODE_SERVER_DIR, "package.json"), JSON.stringify({ name: "figlint-tools-code-server", private: true, description: "Test tool for scripts/test-vscode.mjs, not part of figlint" }, null, 2));
  const npmFlags = ["--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"];
  const env = { ...process.env, npm_config_yes: "true", npm_config_update_notifier: "false" };
  run("npm", ["install", ...npmFlags, `code-server@${CODE_SERVER_VERSION}`], { cwd: CODE_SERVER_DIR, env });
  const vscodeDir = join(CODE_SERVER_DIR, "node_modules", "code-server", "lib", "vscode");
  run("npm", ["install", "--omit=dev", ...npmFlags], { cwd: vscodeDir, env });
  // @vscode/ripgrep would download its binary; Debian's does the same job.
  const rgDir = join(vscodeDir, "node_modules", "@vscode", "ripgrep", "bin");
  mkdirSync(rgDir, { recursive: true });
  cpSync("/usr/bin/rg", join(rgDir, "rg"));
  run("npm", ["rebuild", "--no-audit", "--no-fund", "--loglevel=error", "kerberos", "node-pty", "@vscode/spdlog", "native-watchdog", "@parcel/watcher", "@vscode/deviceid"], { cwd: vscodeDir, env, timeoutS: 900 });
  run("ln", ["-sfn", "node_modules", "node_modules.asar"], { cwd: vscodeDir });
  run("npm", ["rebuild", "--no-audit", "--no-fund", "--loglevel=error", "argon2"], { cwd: CODE_SERVER_DIR, env });
  writeFileSync(marker, `code-server ${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - t0) / 1000)} s\n`);
  log(`code-server installed in ${Math.round((Date.now() - t0) / 1000)} s`);
  return entry;
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", rej);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function waitFor(what, check, timeoutMs, intervalMs = 250) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Starts a process in its own process group and registers killing the whole group at the end. */
function startGroup(cmd, args, opts, name) {
  const child = spawn(cmd, args, { ...opts, detached: true });
  let exited = false;
  child.on("exit", () => (exited = true));
  cleanups.push(async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const until = Date.now() + 5000;
    while (!exited && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    if (!exited) {
      log(`${name} did not stop, killing it`);
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }
  });
  return child;
}

/** Starts code-server on a free loopback port; resolves once it answers. Killed at the end. */
async function startCodeServer(entry, { base, userData, extensions, workspace, env, logFile }) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const fd = openSync(logFile, "a");
  // prettier-ignore
  const args = [entry, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--disable-telemetry", "--disable-update-check",
    "--disable-workspace-trust", "--disable-getting-started-override", "--user-data-dir", userData, "--extensions-dir", extensions, workspace];
  log(`starting code-server on 127.0.0.1:${port}`);
  const server = startGroup(process.execPath, args, { cwd: base, env, stdio: ["ignore", fd, fd] }, "code-server");
  const state = { exit: undefined };
  server.on("exit", (code, signal) => (state.exit = `code-server exited (${code ?? signal}); its log: ${logFile}`));
  await waitFor("code-server to answer", async () => {
    if (state.exit) throw new Error(`${state.exit}\n${readFileSync(logFile, "utf8").slice(-3000)}`);
    try {
      return (await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) })).ok;
    } catch {
      return false;
    }
  }, 90_000);
  log("code-server is up");
  return { port, origin, state };
}

async function launchBrowser() {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
  });
  cleanups.push(() => browser.close());
  return browser;
}

async function newPage(browser, consoleFile) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 760 }, deviceScaleFactor: 1, locale: "en-US" });
  const page = await context.newPage();
  const consoleLog = [];
  page.on("console", (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
  page.on("pageerror", (e) => consoleLog.push(`[pageerror] ${e.message}`));
  cleanups.push(() => writeFileSync(consoleFile, consoleLog.join("\n") + "\n"));
  page.consoleErrors = () => consoleLog.filter((l) => /error|fail/i.test(l)).slice(-20);
  return page;
}

async function runCodeServer(ws) {
  ensureDebianPackages();
  const entry = ensureCodeServer();
  const env = { ...process.env, FIGLINT_TEST_OUT: ws.out, FIGLINT_TEST_SCREENSHOT: SCREENSHOT === "none" ? "" : "1" };
  if (process.env.FIGLINT_VSCODE_GREP) env.FIGLINT_TEST_GREP = process.env.FIGLINT_VSCODE_GREP;
  delete env.VSCODE_IPC_HOOK_CLI; // when run from a VS Code terminal
  const { port, origin, state } = await startCodeServer(entry, { ...ws, env, logFile: join(ws.out, "code-server.log") });
  const browser = await launchBrowser();
  const page = await newPage(browser, join(ws.out, "browser-console.log"));

  // The extension under development and the suite, as VS Code's test runner would load them.
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ["extensionDevelopmentPath", remote(ROOT)],
    ["extensionTestsPath", remote(TESTS_PATH)],
  ];
  const url = `${origin}/?folder=${encodeURIComponent(ws.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60_000 });
  log("workbench loading; the suite runs in its extension host");

  const tail = progressTail(ws.out);
  let shot = false;
  let results;
  try {
    results = await waitFor(
      "the suite's results",
      async () => {
        tail();
        if (state.exit) throw new Error(state.exit);
        if (!shot && existsSync(join(ws.out, "screenshot-ready"))) {
          shot = true;
          await takeScreenshot(page, ws.out);
        }
        const r = readResults(ws.out);
        if (r) tail();
        return r;
      },
      RUN_TIMEOUT_MS,
      300,
    );
  } catch (e) {
    tail();
    const where = join(ws.out, "timeout.png");
    await page.screenshot({ path: where }).catch(() => {});
    throw new Error(`${e.message}\n  workbench screenshot: ${where}\n  browser console (errors):\n    ${page.consoleErrors().join("\n    ")}`);
  }
  await page.close();

  if (process.env.FIGLINT_VSCODE_VSIX !== "0" && !process.env.FIGLINT_VSCODE_GREP) {
    const title = "vsix: the packaged extension installs in code-server and checks a report";
    const t0 = Date.now();
    try {
      await vsixSmoke(entry, browser, ws);
      results.passed++;
      results.tests.push({ title, state: "passed", duration: Date.now() - t0 });
    } catch (e) {
      results.failed++;
      results.tests.push({ title, state: "failed", duration: Date.now() - t0 });
      results.failures.push({ title, message: e.message });
    }
  }
  return results;
}

/**
 * `vsce package` on a copy of the sources (its prepublish step makes the production bundles there,
 * leaving this tree alone), then the .vsix installed into a second code-server with no development
 * payload, used as a person would: Quick Open the report, see "Errors: 2" in the status bar, open the
 * hover on the total.
 */
async function vsixSmoke(entry, browser, ws) {
  const stage = join(ws.base, "package");
  const skip = new Set(["node_modules", ".git", ".tools", ".vscode-test", "out", "docs"]);
  cpSync(ROOT, stage, { recursive: true, filter: (src) => !skip.has(src.slice(src.lastIndexOf("/") + 1)) || src === ROOT });
  symlinkSync(join(ROOT, "node_modules"), join(stage, "node_modules"));
  const vsix = join(ws.base, "figlint.vsix");
  const vsce = join(ROOT, "node_modules", "@vscode", "vsce", "vsce");
  const res = run(process.execPath, [vsce, "package", "--no-dependencies", "--out", vsix], { cwd: stage, timeoutS: 300, quiet: true });
  const output = String(res.stdout) + String(res.stderr);
  const warnings = output.split("\n").filter((l) => /WARNING|warn/i.test(l) && !/nodedir/.test(l));
  if (warnings.length) throw new Error(`vsce package warned:\n${warnings.join("\n")}`);
  log(`packaged ${vsix} (${Math.round(statSync(vsix).size / 1024)} KB)`);

  const userData = join(ws.base, "user-data-vsix");
  const extensions = join(ws.base, "extensions-vsix");
  const workspace = join(ws.base, "workspace-vsix");
  cpSync(join(ws.userData, "User", "settings.json"), join(userData, "User", "settings.json"));
  mkdirSync(extensions, { recursive: true });
  cpSync(FIXTURES, workspace, { recursive: true });
  run(process.execPath, [entry, "--user-data-dir", userData, "--extensions-dir", extensions, "--install-extension", vsix], { cwd: ws.base, timeoutS: 120, quiet: true });
  const env = { ...process.env };
  delete env.VSCODE_IPC_HOOK_CLI;
  const { origin } = await startCodeServer(entry, { base: ws.base, userData, extensions, workspace, env, logFile: join(ws.out, "code-server-vsix.log") });
  const page = await newPage(browser, join(ws.out, "browser-console-vsix.log"));
  try {
    await page.goto(`${origin}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: "domcontentloaded", timeout: 60_000 });
    await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    await page.locator("#status\\.problems").waitFor({ timeout: 60_000 });
    // Quick Open the report.
    await page.locator(".monaco-workbench").click({ position: { x: 700, y: 400 } });
    await page.keyboard.press("Control+P");
    await page.locator(".quick-input-widget input").waitFor({ timeout: 30_000 });
    await page.keyboard.type("bao-cao-loi.md");
    await page.locator(".quick-input-list .monaco-list-row").first().waitFor({ timeout: 30_000 });
    await page.keyboard.press("Enter");
    await page.locator(".monaco-editor .view-line", { hasText: "Nghị quyết đề ra 22 chỉ tiêu" }).waitFor({ timeout: 30_000 });
    // The installed extension activates on Markdown, its server checks the report.
    await waitFor('"Errors: 2" in the status bar', async () => /Errors: 2\b/.test((await page.locator("#status\\.problems").getAttribute("aria-label")) ?? ""), 60_000);
    await page.getByText(/5 figures, 6 claims checked/).first().waitFor({ timeout: 30_000 });
    // Line 3, column 19 is in "22"; then the command palette's "Show or Focus Hover".
    await page.keyboard.press("Control+G");
    await page.keyboard.type("3:19");
    await page.keyboard.press("Enter");
    await page.keyboard.press("F1");
    await page.keyboard.type("Show or Focus Hover");
    await page.locator(".quick-input-list .monaco-list-row", { hasText: "Show or Focus Hover" }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press("Enter");
    await page.locator(".monaco-hover-content", { hasText: "18 + 3 = 21 ≠ 22 chỉ tiêu ✗" }).first().waitFor({ timeout: 30_000 });
    log("vsix: installed, activated, Errors: 2, hover with the arithmetic");
  } catch (e) {
    const where = join(ws.out, "vsix-failed.png");
    await page.screenshot({ path: where }).catch(() => {});
    throw new Error(`${e.message}\n  workbench screenshot: ${where}\n  browser console (errors):\n    ${page.consoleErrors().join("\n    ")}`);
  } finally {
    await page.close();
  }
}

/** A hover shows at most a quarter of the editor's height; drag its bottom edge down, as a person would. */
async function growHover(page) {
  try {
    const sashes = page.locator(".monaco-resizable-hover > .monaco-sash.horizontal");
    let bottom;
    for (let i = 0; i < (await sashes.count()); i++) {
      const box = await sashes.nth(i).boundingBox();
      if (box && (!bottom || box.y > bottom.y)) bottom = box;
    }
    if (process.env.FIGLINT_VSCODE_DEBUG) log(`hover sashes: ${await sashes.count()}, bottom ${JSON.stringify(bottom)}, hover ${JSON.stringify(await page.locator(".monaco-resizable-hover").first().boundingBox())}`);
    if (!bottom) return;
    const x = bottom.x + bottom.width / 2;
    const y = bottom.y + bottom.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + 150, { steps: 10 });
    await page.mouse.up();
  } catch (e) {
    log(`could not resize the hover: ${e.message}`);
  } finally {
    await page.waitForTimeout(300); // let the hover finish its layout and fade-in
  }
}

/** The suite left a report open with its diagnostics and a hover showing, and waits for this. */
async function takeScreenshot(page, out) {
  const done = (detail) => writeFileSync(join(out, "screenshot-done"), JSON.stringify(detail));
  try {
    await page.locator(".monaco-editor .squiggly-error").first().waitFor({ state: "visible", timeout: 15_000 });
    await page.locator(".monaco-hover-content").first().waitFor({ state: "visible", timeout: 15_000 });
    await growHover(page);
    const hover = (await page.locator(".monaco-hover-content:visible").allInnerTexts()).join("\n");
    const tmp = `${SCREENSHOT}.tmp.png`;
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: tmp });
    renameSync(tmp, SCREENSHOT);
    log(`screenshot: ${SCREENSHOT} (${Math.round(statSync(SCREENSHOT).size / 1024)} KB; hover: ${JSON.stringify(hover.replace(/\s+/g, " ").slice(0, 120))}…)`);
    done({ ok: true, hover });
  } catch (e) {
    await page.screenshot({ path: join(out, "screenshot-failed.png") }).catch(() => {});
    log(`screenshot failed: ${e.message}`);
    done({ ok: false, error: e.message });
  }
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  if (process.argv.includes("--install-only")) {
    ensureDebianPackages();
    ensureCodeServer();
    log("code-server runner installed");
    finished = true;
    return;
  }
  if (!existsSync(FIXTURES)) throw new Error(`no fixtures at ${FIXTURES}`);
  run(process.execPath, ["esbuild.js"], { timeoutS: 300 });
  if (!existsSync(TESTS_PATH)) throw new Error(`the suite was not built: ${TESTS_PATH}`);
  const runner = await chooseRunner();
  log(`runner: ${runner}`);
  const ws = prepare();
  const results = runner === "electron" ? await runElectron(ws) : await runCodeServer(ws);
  if (!results) throw new Error("the suite wrote no results");
  report(results);
  const failed = results.failed + (results.passed + results.failed === 0 ? 1 : 0);
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
  finish(results.passed, results.failed, failed ? 1 : 0);
}

try {
  await main();
} catch (e) {
  console.error(`\n[test-vscode] ${e.message ?? e}`);
  finish(0, 1, 1);
} finally {
  await cleanup();
}
