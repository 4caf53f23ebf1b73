// Code actions through VS Code's code action provider API: a finding's fix, and the suppression comments
// that disable a rule on one line or in the whole file.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { closeAllEditors, codeOf, hasRule, lacksRule, open, revert, settledRules, waitForDiagnostics } from "./util.ts";

async function actionsFor(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>("vscode.executeCodeActionProvider", uri, d.range, vscode.CodeActionKind.QuickFix.value);
  return (all ?? []).filter((a): a is vscode.CodeAction => "kind" in a || "edit" in a);
}

async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `"${action.title}" has an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `"${action.title}" applied`);
}

suite("code actions", () => {
  suiteTeardown(closeAllEditors);

  test("fraction-percent: the fix writes the right percentage", async () => {
    const editor = await open("bao-cao-loi.md");
    const { document } = editor;
    const ds = await settledRules(document, ["parts-sum", "fraction-percent"]);
    const d = ds.find((x) => codeOf(x) === "fraction-percent");
    assert.ok(d);
    const actions = await actionsFor(document.uri, d);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, `a preferred fix among: ${actions.map((a) => a.title).join(" | ")}`);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    await apply(fix);
    assert.match(document.lineAt(4).text, /19\/21 xã \(90,5%\)/);
    await waitForDiagnostics(document.uri, lacksRule("fraction-percent"), "fraction-percent to go");
    await revert(editor);
    await waitForDiagnostics(document.uri, hasRule("fraction-percent"), "fraction-percent back");
  });

  test("parts-sum: no automatic fix, but disable on this line and in this file", async () => {
    const { document } = await open("bao-cao-loi.md");
    const ds = await settledRules(document, ["parts-sum", "fraction-percent"]);
    const d = ds.find((x) => codeOf(x) === "parts-sum");
    assert.ok(d);
    const actions = await actionsFor(document.uri, d);
    const titles = actions.map((a) => a.title);
    assert.ok(!actions.some((a) => a.isPreferred), `no preferred fix: ${titles.join(" | ")}`);
    const forRule = actions.filter((a) => a.title.includes("parts-sum"));
    assert.equal(forRule.length, 2, `two disable actions: ${titles.join(" | ")}`);
  });

  test("disable on this line inserts figlint-disable-next-line and the finding goes", async () => {
    const editor = await open("bao-cao-loi.md");
    const { document } = editor;
    const ds = await settledRules(document, ["parts-sum", "fraction-percent"]);
    const d = ds.find((x) => codeOf(x) === "parts-sum");
    assert.ok(d);
    const actions = (await actionsFor(document.uri, d)).filter((a) => a.title.includes("parts-sum"));
    const onLine = actions.find((a) => a.edit?.entries().some(([, edits]) => edits.some((e) => e.newText.includes("disable-next-line"))));
    assert.ok(onLine, `a disable-next-line action among: ${actions.map((a) => a.title).join(" | ")}`);
    await apply(onLine);
    assert.equal(document.lineAt(2).text, "<!-- figlint-disable-next-line parts-sum -->");
    const after = await settledRules(document, ["fraction-percent"]);
    assert.equal(after.length, 1);
    await revert(editor);
    await settledRules(document, ["parts-sum", "fraction-percent"]);
  });

  test("disable in this file inserts a file-wide figlint-disable and the finding goes", async () => {
    const editor = await open("bao-cao-loi.md");
    const { document } = editor;
    const ds = await settledRules(document, ["parts-sum", "fraction-percent"]);
    const d = ds.find((x) => codeOf(x) === "parts-sum");
    assert.ok(d);
    const actions = (await actionsFor(document.uri, d)).filter((a) => a.title.includes("parts-sum"));
    const inFile = actions.find((a) => a.edit?.entries().some(([, edits]) => edits.some((e) => /figlint-disable parts-sum/.test(e.newText))));
    assert.ok(inFile, `a file-wide disable action among: ${actions.map((a) => a.title).join(" | ")}`);
    await apply(inFile);
    assert.match(document.lineAt(0).text, /^<!-- figlint-disable parts-sum -->/);
    await settledRules(document, ["fraction-percent"]);
    await revert(editor);
    await settledRules(document, ["parts-sum", "fraction-percent"]);
  });
});
