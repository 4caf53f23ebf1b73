// figlint's own requests and notifications: figlint/figures (Show Figures), figlint/checkFile (Check
// Workspace) and figlint/status (the status bar), which the server sends only when asked to.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { CHECK_FILE_REQUEST, FIGURES_REQUEST, STATUS_NOTIFICATION, type CheckFileResult, type FiguresResult, type StatusParams } from "../../src/lsp/protocol.ts";
import { SAMPLE, TestClient } from "./client.ts";

describe("figlint requests", () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start({ initializationOptions: { statusNotifications: true }, workspaceFolders: [{ uri: "file:///ws", name: "ws" }] });
  });
  after(() => c.stop());

  test("figlint/figures lists figures, non-figures and claims with a Markdown report", async () => {
    const uri = "untitled:figures.md";
    await c.open(uri, SAMPLE + " Ngày 10/11 họp tổng kết.");
    const r: FiguresResult = await c.connection.sendRequest(FIGURES_REQUEST, { uri });
    assert.equal(r.checked, true);
    assert.equal(r.messageLanguage, "vi");
    assert.deepEqual(r.figures.map((f) => f.text), ["22", "18/22", "3"]);
    assert.deepEqual(r.nonFigures.map((n) => [n.text, n.kind]), [["10/11", "date"]]);
    assert.equal(r.stats?.figures, 3);
    assert.match(r.markdown, /^# Số liệu đọc được trong figures\.md\n/);
    assert.match(r.markdown, /\n- \*\*22\*\* \(dòng 1\): 22\n  - tổng và các phần \(tổng\): 18 \+ 3 = 21\b[^\n]*\b22\b[^\n]*✗/);
    assert.match(r.markdown, /\n- \*\*18\/22\*\* \(dòng 1\): 18 trên 22\n/);
    assert.match(r.markdown, /## Không phải số liệu\n\n.*\n.*\n\| 1 \| 10\/11 \| ngày tháng \| day\/month \|/);
  });

  test("figlint/figures for a document that is not open fails clearly", async () => {
    await assert.rejects(c.connection.sendRequest(FIGURES_REQUEST, { uri: "untitled:nowhere.md" }), /not an open document/);
  });

  test("figlint/checkFile checks a text that is not open, honouring the exclude globs", async () => {
    const r: CheckFileResult = await c.connection.sendRequest(CHECK_FILE_REQUEST, { uri: "file:///ws/docs/a.md", text: SAMPLE, languageId: "markdown" });
    assert.equal(r.checked, true);
    assert.deepEqual(r.diagnostics.map((d: Diagnostic) => [d.code, d.range.start.character]), [["parts-sum", 17]]);
    const skipped: CheckFileResult = await c.connection.sendRequest(CHECK_FILE_REQUEST, { uri: "file:///ws/node_modules/x/README.md", text: SAMPLE, languageId: "markdown" });
    assert.deepEqual(skipped, { uri: "file:///ws/node_modules/x/README.md", checked: false, diagnostics: [] });
  });

  test("figlint/status carries the counts of the analysed version", async () => {
    const uri = "untitled:status.md";
    await c.open(uri, SAMPLE);
    const s = await c.waitFor(
      () => c.notifications.find((n) => n.method === STATUS_NOTIFICATION && (n.params as StatusParams).uri === uri)?.params as StatusParams | undefined,
      "figlint/status",
    );
    assert.deepEqual(s, { uri, version: 1, checked: true, errors: 1, warnings: 0, infos: 0, figures: 3, claims: 4, claimsChecked: 4, figuresUnchecked: 0, suppressed: 0 });
  });
});

describe("figlint/status is opt-in", () => {
  test("a client that did not ask gets no figlint/status", async () => {
    const c = await TestClient.start();
    try {
      await c.open("untitled:quiet.md", SAMPLE);
      await c.diagnosticsFor("untitled:quiet.md", 1);
      assert.deepEqual(c.notifications.filter((n) => n.method.startsWith("figlint/")), []);
    } finally {
      await c.stop();
    }
  });
});
