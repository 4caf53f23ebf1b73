// Code actions over stdio: a finding's fix, the suppression comments on a line and for the file, and
// source.fixAll. Each edit is applied and sent back, and the diagnostics that follow are asserted.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { CodeAction, Diagnostic, TextEdit } from "vscode-languageserver-protocol";
import { applyEdits, SAMPLE, TestClient } from "./client.ts";

const REPORT = "# Báo cáo\n\nĐến nay có 19/21 xã (90,4%) được công nhận đạt chuẩn nông thôn mới.\n";

function editsOf(a: CodeAction, uri: string): TextEdit[] {
  const edits = a.edit?.changes?.[uri];
  assert.ok(edits, `action "${a.title}" has no edits for ${uri}`);
  return edits;
}

describe("code actions", () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start();
  });
  after(() => c.stop());

  async function openWith(uri: string, text: string, languageId = "markdown"): Promise<Diagnostic[]> {
    await c.open(uri, text, languageId);
    return c.diagnosticsFor(uri, 1);
  }

  /** Applies an action's edits as incremental changes and returns the diagnostics that follow. */
  async function apply(uri: string, text: string, a: CodeAction): Promise<{ text: string; diagnostics: Diagnostic[] }> {
    const edits = editsOf(a, uri);
    const after = applyEdits(text, edits);
    const sorted = [...edits].sort((x, y) => y.range.start.line - x.range.start.line || y.range.start.character - x.range.start.character);
    const version = await c.change(uri, ...sorted.map((e) => ({ range: e.range, text: e.newText })));
    return { text: after, diagnostics: await c.diagnosticsFor(uri, version) };
  }

  test("a fraction-percent finding offers its fix first, then disable on this line and in this file", async () => {
    const uri = "untitled:actions-1.md";
    const diags = await openWith(uri, REPORT);
    assert.deepEqual(diags.map((d) => d.code), ["fraction-percent"]);
    const actions = await c.codeActions(uri, diags[0].range, diags);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
      [
        [(diags[0].data as { fix: { title: string } }).fix.title, "quickfix", true],
        ["Tắt fraction-percent cho dòng này", "quickfix", false],
        ["Tắt fraction-percent cho cả tệp", "quickfix", false],
      ],
    );
    const fixed = await apply(uri, REPORT, actions[0]);
    assert.match(fixed.text, /19\/21 xã \(90,5%\)/);
    assert.deepEqual(fixed.diagnostics, []);
  });

  test("disable on this line inserts a comment above the line and the finding goes away", async () => {
    const uri = "untitled:actions-2.md";
    const diags = await openWith(uri, REPORT);
    const actions = await c.codeActions(uri, diags[0].range, diags);
    const r = await apply(uri, REPORT, actions[1]);
    assert.equal(r.text, "# Báo cáo\n\n<!-- figlint-disable-next-line fraction-percent -->\nĐến nay có 19/21 xã (90,4%) được công nhận đạt chuẩn nông thôn mới.\n");
    assert.deepEqual(r.diagnostics, []);
  });

  test("disable in this file goes on the first line, and a second rule joins the same comment", async () => {
    const uri = "untitled:actions-3.md";
    const text = REPORT + "\n" + SAMPLE + "\n";
    const diags = await openWith(uri, text);
    assert.deepEqual(diags.map((d) => d.code), ["fraction-percent", "parts-sum"]);
    const first = (await c.codeActions(uri, diags[0].range, [diags[0]])).find((a) => a.title.includes("cả tệp"));
    assert.ok(first);
    const r1 = await apply(uri, text, first);
    assert.ok(r1.text.startsWith("<!-- figlint-disable fraction-percent -->\n# Báo cáo\n"));
    assert.deepEqual(r1.diagnostics.map((d) => d.code), ["parts-sum"]);
    const second = (await c.codeActions(uri, r1.diagnostics[0].range, r1.diagnostics)).find((a) => a.title.includes("cả tệp"));
    assert.ok(second);
    const r2 = await apply(uri, r1.text, second);
    assert.ok(r2.text.startsWith("<!-- figlint-disable fraction-percent parts-sum -->\n# Báo cáo\n"), r2.text);
    assert.deepEqual(r2.diagnostics, []);
  });

  test("in plain text the directive stands alone on its line, keeping the line's indent", async () => {
    const uri = "untitled:actions-4.txt";
    const text = "Báo cáo\n\n    " + SAMPLE + "\n";
    const diags = await openWith(uri, text, "plaintext");
    const line = (await c.codeActions(uri, diags[0].range, diags)).find((a) => a.title.includes("dòng này"));
    assert.ok(line);
    const r = await apply(uri, text, line);
    assert.equal(r.text.split("\n")[2], "    figlint-disable-next-line parts-sum");
    assert.deepEqual(r.diagnostics, []);
  });

  test("source.fixAll applies every fix in the file", async () => {
    const uri = "untitled:actions-5.md";
    const text = REPORT + "\nToàn tỉnh có 98/105 xã đạt chuẩn nông thôn mới, đạt tỷ lệ 95,3%.\n";
    const diags = await openWith(uri, text);
    assert.deepEqual(diags.map((d) => d.code), ["fraction-percent", "fraction-percent"]);
    const actions = await c.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ["source.fixAll"]);
    assert.deepEqual(actions.map((a) => a.kind), ["source.fixAll.figlint"]);
    const r = await apply(uri, text, actions[0]);
    assert.match(r.text, /\(90,5%\)/);
    assert.match(r.text, /93,3%/);
    assert.deepEqual(r.diagnostics, []);
  });

  test("diagnostics from other sources get no figlint actions", async () => {
    const uri = "untitled:actions-6.md";
    await openWith(uri, REPORT);
    const foreign: Diagnostic = { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, message: "x", source: "cspell", code: "parts-sum" };
    assert.deepEqual(await c.codeActions(uri, foreign.range, [foreign]), []);
  });

  test("English documents get English titles", async () => {
    const uri = "untitled:actions-en.md";
    const diags = await openWith(uri, "So far 19 of 21 communes (92.5%) have met the new rural standards.\n");
    const titles = (await c.codeActions(uri, diags[0].range, diags)).map((a) => a.title);
    assert.deepEqual(titles.slice(1), ["Disable fraction-percent on this line", "Disable fraction-percent in this file"]);
  });
});
