// Typing: many incremental edits sent back to back end with the diagnostics of the final text, and
// the debounce means the server does not publish for every keystroke.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { SAMPLE, TestClient } from "./client.ts";

describe("debounce", () => {
  test("figlint.debounceMs holds the re-check back at least that long; 0 does not", async () => {
    let debounceMs = 1500;
    const c = await TestClient.start({ configuration: (p) => p.items.map(() => ({ debounceMs })) });
    try {
      const uri = "untitled:debounce.md";
      await c.open(uri, SAMPLE);
      await c.diagnosticsFor(uri, 1);
      let started = Date.now();
      const v2 = await c.change(uri, { range: { start: { line: 0, character: 77 }, end: { line: 0, character: 78 } }, text: "4" });
      await c.diagnosticsFor(uri, v2);
      // Only a lower bound: a slow machine can make it later, never earlier.
      assert.ok(Date.now() - started >= 1500, `published after ${Date.now() - started} ms`);
      debounceMs = 0;
      const seen = c.published.length;
      await c.configurationChanged();
      await c.nextDiagnostics(uri, seen);
      started = Date.now();
      const v3 = await c.change(uri, { range: { start: { line: 0, character: 77 }, end: { line: 0, character: 78 } }, text: "3" });
      assert.equal((await c.diagnosticsFor(uri, v3)).length, 1);
      assert.ok(Date.now() - started < 1500, `published after ${Date.now() - started} ms with debounceMs 0`);
    } finally {
      await c.stop();
    }
  });
});

describe("rapid edits", () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start();
  });
  after(() => c.stop());

  test("typing a paragraph character by character ends with the right finding, not one publication per key", async () => {
    const uri = "untitled:typing.md";
    await c.open(uri, "# Báo cáo\n\n");
    await c.diagnosticsFor(uri, 1);
    let version = 1;
    for (let i = 0; i < SAMPLE.length; i++) {
      version = await c.change(uri, { range: { start: { line: 2, character: i }, end: { line: 2, character: i } }, text: SAMPLE[i] });
    }
    const d = await c.diagnosticsFor(uri, version);
    assert.deepEqual(d.map((x) => [x.code, x.range.start.line, x.range.start.character]), [["parts-sum", 2, 17]]);
    // Edits arrive far faster than the 200 ms debounce; only a stall of the test process lets one through.
    const publications = c.published.filter((p) => p.uri === uri).length;
    assert.ok(publications < SAMPLE.length / 4, `${publications} publications for ${SAMPLE.length} edits`);
  });

  test("edits that fix and break the sum in turn: every publication is right for its version, the last for the last", async () => {
    const uri = "untitled:flip.md";
    await c.open(uri, SAMPLE);
    let version = 1;
    for (let i = 0; i < 41; i++) {
      version = await c.change(uri, { range: { start: { line: 0, character: 77 }, end: { line: 0, character: 78 } }, text: i % 2 ? "3" : "4" });
    }
    // Version v (v ≥ 2) wrote "4" (sum holds) when v is even, "3" (18 + 3 ≠ 22) when odd; the last is even.
    assert.deepEqual(await c.diagnosticsFor(uri, version), []);
    const mine = c.published.filter((p) => p.uri === uri);
    for (const p of mine) {
      assert.equal(p.diagnostics.length, p.version === 1 || p.version! % 2 === 1 ? 1 : 0, `version ${p.version}`);
    }
    const versions = mine.map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), "publications never go back to an older version");
  });

  test("a large report keeps up: an edit in one paragraph of 2,000 is answered for the new version", async () => {
    const uri = "untitled:long.md";
    const paragraphs = Array.from({ length: 2000 }, (_, i) => (i === 1000 ? SAMPLE : `Đoạn ${i}: doanh thu đạt ${i + 10},5 tỷ đồng, tăng ${i % 9 + 1}% so với cùng kỳ.`));
    await c.open(uri, paragraphs.join("\n\n"));
    assert.deepEqual((await c.diagnosticsFor(uri, 1)).map((d) => [d.code, d.range.start.line]), [["parts-sum", 2000]]);
    const started = Date.now();
    const v = await c.change(uri, { range: { start: { line: 2000, character: 77 }, end: { line: 2000, character: 78 } }, text: "4" });
    assert.deepEqual(await c.diagnosticsFor(uri, v), []);
    assert.ok(Date.now() - started < 3000, `re-check took ${Date.now() - started} ms`);
  });
});
