// Diagnostics over stdio: pushed to a client without pull support, pulled by one that declares it,
// kept right through incremental edits, cleared on close.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { RULE_DOCS_BASE } from "../../src/core/rules.ts";
import { SAMPLE, TestClient } from "./client.ts";

describe("push diagnostics (client without pull support)", () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start();
  });
  after(() => c.stop());

  test("the server declares incremental sync and no diagnostic provider", () => {
    const caps = c.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.diagnosticProvider, undefined);
    assert.equal(caps.hoverProvider, true);
  });

  test("an open report gets a parts-sum error with rule code, docs link and related parts", async () => {
    const uri = "untitled:push-1.md";
    await c.open(uri, SAMPLE);
    const diags = await c.diagnosticsFor(uri, 1);
    assert.equal(diags.length, 1);
    const [d] = diags;
    assert.equal(d.code, "parts-sum");
    assert.equal(d.source, "figlint");
    assert.equal(d.severity, 1);
    assert.equal(d.codeDescription?.href, RULE_DOCS_BASE + "parts-sum");
    assert.deepEqual(d.range, { start: { line: 0, character: 17 }, end: { line: 0, character: 19 } });
    assert.match(d.message, /18 \+ 3 = 21/);
    assert.deepEqual(
      d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.character, r.message]),
      [
        [uri, 42, "phần: 18"],
        [uri, 77, "phần: 3"],
      ],
    );
    // No fix (more than one part could be wrong), so nothing ties the data to a version.
    assert.deepEqual(d.data, { rule: "parts-sum" });
  });

  test("an incremental edit that makes the parts add up clears the error; another brings it back", async () => {
    const uri = "untitled:push-2.md";
    await c.open(uri, SAMPLE);
    assert.equal((await c.diagnosticsFor(uri, 1)).length, 1);
    // "và 3 chỉ tiêu" → "và 4 chỉ tiêu": 18 + 4 = 22.
    const v2 = await c.change(uri, { range: { start: { line: 0, character: 77 }, end: { line: 0, character: 78 } }, text: "4" });
    assert.deepEqual(await c.diagnosticsFor(uri, v2), []);
    // "18/22" → "17/22": 17 + 4 = 21.
    const v3 = await c.change(uri, { range: { start: { line: 0, character: 42 }, end: { line: 0, character: 44 } }, text: "17" });
    const d3 = await c.diagnosticsFor(uri, v3);
    assert.deepEqual(d3.map((d) => d.code), ["parts-sum"]);
    assert.match(d3[0].message, /17 \+ 4 = 21/);
  });

  test("edits on other lines shift the ranges of findings after them", async () => {
    const uri = "untitled:push-3.md";
    await c.open(uri, SAMPLE);
    await c.diagnosticsFor(uri, 1);
    const v2 = await c.change(uri, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "# Báo cáo\n\n" });
    const d = await c.diagnosticsFor(uri, v2);
    assert.deepEqual(d[0].range.start, { line: 2, character: 17 });
  });

  test("closing a document clears its diagnostics", async () => {
    const uri = "untitled:push-4.md";
    await c.open(uri, SAMPLE);
    await c.diagnosticsFor(uri, 1);
    const seen = c.published.length;
    await c.close(uri);
    const cleared = await c.nextDiagnostics(uri, seen);
    assert.deepEqual(cleared.diagnostics, []);
  });

  test("plain text is checked as well; other language ids are not", async () => {
    await c.open("untitled:plain.txt", SAMPLE, "plaintext");
    assert.deepEqual((await c.diagnosticsFor("untitled:plain.txt", 1)).map((d) => d.code), ["parts-sum"]);
    await c.open("untitled:code.js", SAMPLE, "javascript");
    assert.deepEqual(await c.diagnosticsFor("untitled:code.js", 1), []);
  });
});

describe("pull diagnostics (client declares textDocument.diagnostic)", () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start({ pull: true });
  });
  after(() => c.stop());

  test("the server offers a diagnostic provider and answers pulls instead of pushing", async () => {
    assert.deepEqual(c.initializeResult.capabilities.diagnosticProvider, { identifier: "figlint", interFileDependencies: false, workspaceDiagnostics: false });
    const uri = "untitled:pull-1.md";
    await c.open(uri, SAMPLE);
    const report = await c.pullDiagnostics(uri);
    assert.equal(report.kind, "full");
    assert.deepEqual(report.kind === "full" && report.items.map((d) => d.code), ["parts-sum"]);
    // Messages arrive in order: once a later request is answered, any push for the analysis is in.
    await c.hover(uri, 0, 0);
    assert.equal(c.published.filter((p) => p.uri === uri).length, 0);
  });

  test("a pull right after an edit answers for the edited text, and an unchanged result says so", async () => {
    const uri = "untitled:pull-2.md";
    await c.open(uri, SAMPLE);
    const first = await c.pullDiagnostics(uri);
    assert.equal(first.kind === "full" && first.items.length, 1);
    await c.change(uri, { range: { start: { line: 0, character: 77 }, end: { line: 0, character: 78 } }, text: "4" });
    const second = await c.pullDiagnostics(uri, first.kind === "full" ? first.resultId : undefined);
    assert.equal(second.kind, "full");
    assert.deepEqual(second.kind === "full" && second.items, []);
    const third = await c.pullDiagnostics(uri, second.kind === "full" ? second.resultId : undefined);
    assert.equal(third.kind, "unchanged");
  });
});
