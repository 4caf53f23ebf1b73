// The language server dies on its own (killed here, as the kernel's out-of-memory killer or a crash
// would end it): the client starts it again, the diagnostics of an open report come back from the new
// process, and the user sees one notification for the episode, not one per crash. Past the crash
// policy's limit the server stays stopped, the user is told so once, and Restart Server brings it back.
// The server process is found by its command line in /proc (Linux): the bundled server.js of this
// extension, started by this extension host (--clientProcessId=<its pid>).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { State, type LanguageClient } from "vscode-languageclient/node";
import { MAX_RESTARTS } from "../../crash-policy.ts";
import type { FiglintApi } from "../../extension.ts";
import { EXTENSION_ID, api, closeAllEditors, hasRule, open, poll, settledRules, waitForDiagnostics } from "./util.ts";

const REPORT = "bao-cao-loi.md";
const RULES = ["parts-sum", "fraction-percent"];

/** Pids of the figlint servers this extension host started (zombies have an empty command line). */
function serverPids(): number[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  const module = path.join(ext.extensionPath, "server", "out", "server.js");
  const ours = `--clientProcessId=${process.pid}`;
  const pids: number[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let args: string[];
    try {
      args = fs.readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0");
    } catch {
      continue; // the process ended while we looked
    }
    if (args.includes(module) && args.includes(ours)) pids.push(Number(name));
  }
  return pids;
}

/** The one running server process of `client`. */
function theServer(client: LanguageClient, what: string): Promise<number> {
  return poll(() => {
    const pids = serverPids();
    return client.isRunning() && pids.length === 1 ? pids[0] : undefined;
  }, what);
}

/** Kills the server and waits until the client runs a new one; returns its pid. */
async function crashAndRestart(client: LanguageClient, pid: number, n: number): Promise<number> {
  process.kill(pid, "SIGKILL");
  return poll(() => {
    const pids = serverPids();
    return client.isRunning() && pids.length === 1 && pids[0] !== pid ? pids[0] : undefined;
  }, `a new server process after crash ${n} (the killed one was ${pid}; now: ${serverPids().join(", ") || "none"})`);
}

/** The open report's diagnostics are live again: an edit moves them, so they come from a running server. */
async function diagnosticsComeBack(): Promise<void> {
  const editor = await open(REPORT);
  const { document } = editor;
  await editor.edit((b) => b.insert(new vscode.Position(3, 0), "\n"));
  await waitForDiagnostics(document.uri, (ds) => hasRule("parts-sum")(ds) && ds.some((d) => d.range.start.line === 5), "diagnostics for the edited text");
  await vscode.commands.executeCommand("workbench.action.files.revert");
  await settledRules(document, RULES);
}

/** A new episode for the crash policy (a restart by hand resets it), with the report open and checked. */
async function freshEpisode(): Promise<{ figlint: FiglintApi; client: LanguageClient; pid: number }> {
  await vscode.commands.executeCommand("figlint.restartServer");
  const figlint = await api();
  const client = figlint.client();
  assert.ok(client, "a client after Restart Server");
  assert.ok(client.isRunning(), "the server runs after Restart Server");
  const { document } = await open(REPORT);
  await settledRules(document, RULES);
  return { figlint, client, pid: await theServer(client, "the server process") };
}

suite("server crashes", () => {
  suiteSetup(async function () {
    if (!fs.existsSync("/proc/self/cmdline")) {
      console.log("[figlint suite] server crashes: skipped, the server process is found through /proc (Linux only)");
      this.skip();
    }
    await closeAllEditors();
  });
  suiteTeardown(async () => {
    // Later suites get a running server with a clean crash record.
    await vscode.commands.executeCommand("figlint.restartServer");
    await closeAllEditors();
    await vscode.commands.executeCommand("notifications.clearAll");
  });

  test("a killed server is restarted, the report's diagnostics come back, and the user is told once", async () => {
    const { figlint, client, pid } = await freshEpisode();
    const before = figlint.crashNotices().length;
    const next = await crashAndRestart(client, pid, 1);
    assert.notEqual(next, pid);
    assert.equal(figlint.client(), client, "the same client restarted its server");
    await diagnosticsComeBack();
    assert.equal(figlint.crashNotices().length - before, 1, `notifications: ${JSON.stringify(figlint.crashNotices().slice(before))}`);
    // A second crash in the same episode is restarted without another notification.
    await crashAndRestart(client, next, 2);
    await diagnosticsComeBack();
    assert.equal(figlint.crashNotices().length - before, 1, `notifications: ${JSON.stringify(figlint.crashNotices().slice(before))}`);
  });

  test(`after ${MAX_RESTARTS + 1} crashes in a row it stops restarting and says so once; Restart Server brings it back`, async () => {
    const { figlint, client, pid: first } = await freshEpisode();
    const before = figlint.crashNotices().length;
    let pid = first;
    // Each new server is killed only once it has checked the report: a kill during its initialize
    // handshake is a failed start, which the client does not retry, and the test would wait for a
    // restart that the policy never asked for (a loaded machine made that race visible).
    for (let n = 1; n <= MAX_RESTARTS; n++) {
      pid = await crashAndRestart(client, pid, n);
      await settledRules((await open(REPORT)).document, RULES);
    }
    const notices = () => figlint.crashNotices().slice(before);
    assert.equal(notices().length, 1, `one notification for ${MAX_RESTARTS} restarts: ${JSON.stringify(notices())}`);

    // One crash more than the policy restarts.
    process.kill(pid, "SIGKILL");
    await poll(() => (client.state === State.Stopped ? true : undefined), "the client to stop");
    // Not restarted: give a restart, were one coming, ample time to show up (a server starts in well
    // under a second here).
    await new Promise((r) => setTimeout(r, 2000));
    assert.deepEqual(serverPids(), [], "no server process");
    assert.equal(client.isRunning(), false);
    assert.equal(notices().length, 2, `one more notification when it gives up: ${JSON.stringify(notices())}`);
    assert.match(notices()[1], new RegExp(`\\b${MAX_RESTARTS + 1}\\b`), "it says how often the server stopped");

    // Restart Server starts a new episode with a new server, and the diagnostics are live again.
    await vscode.commands.executeCommand("figlint.restartServer");
    await figlint.ready();
    const revived = figlint.client();
    assert.ok(revived, "a client after Restart Server");
    assert.ok(revived.isRunning(), "running after Restart Server");
    await theServer(revived, "the server process after Restart Server");
    await diagnosticsComeBack();
    assert.equal(notices().length, 2, "no further notification");
  });
});
