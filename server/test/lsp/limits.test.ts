// Documents the server must not analyse: binary content and files above figlint.maxFileSizeMB get one
// information notice, and the server keeps answering for other documents.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { SAMPLE, TestClient } from "./client.ts";

describe("limits", () => {
  let c: TestClient;
  let maxFileSizeMB = 10;
  before(async () => {
    c = await TestClient.start({ configuration: (p) => p.items.map(() => ({ maxFileSizeMB })), locale: "en" });
  });
  after(() => c.stop());

  test("binary content gets one notice instead of analysis", async () => {
    const uri = "untitled:binary.txt";
    await c.open(uri, "PK\u0003\u0004\u0000\u0000 22 chỉ tiêu " + SAMPLE, "plaintext");
    const d = await c.diagnosticsFor(uri, 1);
    assert.deepEqual(d.map((x) => [x.code, x.severity, x.range.start.line]), [["file-not-checked", 3, 0]]);
    assert.match(d[0].message, /binary content/);
  });

  test("a 24 MB document gets one notice naming the limit, quickly, and the server stays responsive", async () => {
    const uri = "untitled:huge.md";
    const big = (SAMPLE + "\n\n").repeat(Math.ceil((24 * 1024 * 1024) / Buffer.byteLength(SAMPLE + "\n\n")));
    const started = Date.now();
    await c.open(uri, big);
    const d = await c.diagnosticsFor(uri, 1);
    assert.deepEqual(d.map((x) => x.code), ["file-not-checked"]);
    assert.match(d[0].message, /^figlint does not check this file: 2[45]\.\d MB, above the 10 MB limit \(figlint\.maxFileSizeMB\)\.$/);
    assert.ok(Date.now() - started < 10_000, `notice took ${Date.now() - started} ms`);
    await c.open("untitled:small.md", SAMPLE);
    assert.equal((await c.diagnosticsFor("untitled:small.md", 1)).length, 1);
  });

  test("the limit follows the setting, and the notice is in the document's settings language", async () => {
    const uri = "untitled:limit.md";
    maxFileSizeMB = 0.0001; // about 100 bytes
    const seen = c.published.length;
    await c.configurationChanged();
    await c.open(uri, SAMPLE + " " + SAMPLE);
    assert.deepEqual((await c.nextDiagnostics(uri, seen)).diagnostics.map((x) => x.code), ["file-not-checked"]);
    maxFileSizeMB = 10;
    const again = c.published.length;
    await c.configurationChanged();
    assert.deepEqual((await c.nextDiagnostics(uri, again)).diagnostics.map((x) => x.code), ["parts-sum", "parts-sum"]);
  });
});
