// Settings over stdio: the server asks figlint.* per document (workspace/configuration with
// scopeUri), and a didChangeConfiguration makes it ask again and re-check open documents. A client
// that cannot answer workspace/configuration pushes the settings in the notification instead.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { ConfigurationParams } from "vscode-languageserver-protocol";
import { SAMPLE, TestClient } from "./client.ts";

describe("settings asked per resource", () => {
  let c: TestClient;
  const byFolder: Record<string, Record<string, unknown>> = {};
  const answer = (p: ConfigurationParams) =>
    p.items.map((i) => {
      const folder = Object.keys(byFolder).find((f) => i.scopeUri?.startsWith(f));
      return folder ? byFolder[folder] : {};
    });
  before(async () => {
    c = await TestClient.start({ configuration: answer, workspaceFolders: [{ uri: "file:///ws", name: "ws" }] });
  });
  after(() => c.stop());

  test("the server registers for configuration changes and config file events", async () => {
    const methods = await c.waitFor(() => (c.registrations.length >= 2 ? c.registrations.map((r) => r.method).sort() : undefined), "registrations");
    assert.deepEqual(methods, ["workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles"]);
  });

  test("the server asks for the figlint section scoped to the document", async () => {
    const uri = "file:///ws/a/report.md";
    await c.open(uri, SAMPLE);
    await c.diagnosticsFor(uri, 1);
    assert.ok(c.configurationRequests.some((p) => p.items.some((i) => i.scopeUri === uri && i.section === "figlint")));
  });

  test("a rule severity set for one folder applies there only, after didChangeConfiguration", async () => {
    const a = "file:///ws/a/report.md";
    const b = "file:///ws/b/report.md";
    await c.open(b, SAMPLE);
    assert.equal((await c.diagnosticsFor(b, 1))[0].severity, 1);
    byFolder["file:///ws/a/"] = { rules: { "parts-sum": "warning" } };
    const seen = c.published.length;
    await c.configurationChanged();
    const [pa, pb] = await Promise.all([c.nextDiagnostics(a, seen), c.nextDiagnostics(b, seen)]);
    assert.deepEqual(pa.diagnostics.map((d) => [d.code, d.severity]), [["parts-sum", 2]]);
    assert.deepEqual(pb.diagnostics.map((d) => [d.code, d.severity]), [["parts-sum", 1]]);
  });

  test("a rule turned off disappears; messageLanguage en rewrites the message in English", async () => {
    const a = "file:///ws/a/report.md";
    const b = "file:///ws/b/report.md";
    byFolder["file:///ws/a/"] = { rules: { "parts-sum": "off" } };
    byFolder["file:///ws/b/"] = { messageLanguage: "en" };
    const seen = c.published.length;
    await c.configurationChanged();
    const [pa, pb] = await Promise.all([c.nextDiagnostics(a, seen), c.nextDiagnostics(b, seen)]);
    assert.deepEqual(pa.diagnostics, []);
    assert.match(pb.diagnostics[0].message, /^18 \+ 3 = 21\b.*\btotal\b.*\b22\b/);
  });

  test("enable false, an exclude glob and the language list each stop checking", async () => {
    byFolder["file:///ws/a/"] = { enable: false };
    byFolder["file:///ws/b/"] = { exclude: ["b/**"] };
    byFolder["file:///ws/c/"] = { languageIds: ["markdown"] };
    const seen = c.published.length;
    await c.configurationChanged();
    const [pa, pb] = await Promise.all([c.nextDiagnostics("file:///ws/a/report.md", seen), c.nextDiagnostics("file:///ws/b/report.md", seen)]);
    assert.deepEqual(pa.diagnostics, []);
    assert.deepEqual(pb.diagnostics, []);
    await c.open("file:///ws/c/notes.txt", SAMPLE, "plaintext");
    assert.deepEqual(await c.diagnosticsFor("file:///ws/c/notes.txt", 1), []);
    await c.open("file:///ws/c/report.md", SAMPLE);
    assert.equal((await c.diagnosticsFor("file:///ws/c/report.md", 1)).length, 1);
  });

  test("tolerances reach the core: a wider percentPoints accepts 90,4% for 19/21", async () => {
    const uri = "file:///ws/d/tol.md";
    await c.open(uri, "Đến nay có 19/21 xã (90,4%) được công nhận đạt chuẩn nông thôn mới.");
    assert.deepEqual((await c.diagnosticsFor(uri, 1)).map((d) => d.code), ["fraction-percent"]);
    byFolder["file:///ws/d/"] = { tolerances: { percentPoints: 0.5 } };
    const seen = c.published.length;
    await c.configurationChanged();
    assert.deepEqual((await c.nextDiagnostics(uri, seen)).diagnostics, []);
  });
});

describe("settings pushed by a client without workspace/configuration", () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start();
  });
  after(() => c.stop());

  test("the server never asks, and takes figlint.* from didChangeConfiguration", async () => {
    const uri = "untitled:pushed.md";
    await c.open(uri, SAMPLE);
    assert.equal((await c.diagnosticsFor(uri, 1))[0].severity, 1);
    const seen = c.published.length;
    await c.configurationChanged({ figlint: { rules: { "parts-sum": "information" }, locale: "vi" } });
    assert.deepEqual((await c.nextDiagnostics(uri, seen)).diagnostics.map((d) => d.severity), [3]);
    assert.equal(c.configurationRequests.length, 0);
  });
});
