// Hovers through VS Code's hover provider API: what figlint read, and the arithmetic of its claim.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { closeAllEditors, hoverText, open, settledRules } from "./util.ts";

async function hoverAt(uri: vscode.Uri, line: number, character: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", uri, new vscode.Position(line, character));
  return hoverText(hovers ?? []);
}

suite("hover", () => {
  let uri: vscode.Uri;
  suiteSetup(async () => {
    const { document } = await open("bao-cao-loi.md");
    uri = document.uri;
    await settledRules(document, ["parts-sum", "fraction-percent"]);
  });
  suiteTeardown(closeAllEditors);

  test("a total: what was read and the arithmetic with its ✗ verdict, in Vietnamese", async () => {
    const t = await hoverAt(uri, 2, 18);
    assert.match(t, /\*\*22\*\*/);
    assert.match(t, /chỉ tiêu/);
    assert.match(t, /18 \+ 3 = 21/);
    assert.match(t, /✗/);
  });

  test("a part: its role in the claim", async () => {
    const t = await hoverAt(uri, 2, 43);
    assert.match(t, /\*\*18\/22\*\*/);
    assert.match(t, /vai trò: phần/);
  });

  test("a date that looks like a fraction says it is not a figure", async () => {
    const { document } = await open("bao-cao-loi.md");
    const line = document.lineAt(6).text;
    const t = await hoverAt(uri, 6, line.indexOf("10/11") + 1);
    assert.match(t, /10\/11\*\* là ngày tháng, không phải số liệu/);
  });

  test("plain words have no figlint hover", async () => {
    const t = await hoverAt(uri, 2, 3);
    assert.doesNotMatch(t, /chỉ tiêu|số liệu/);
  });

  test("English report, English hover", async () => {
    const { document } = await open("quarterly.md");
    await settledRules(document, ["parts-sum"]);
    const at = document.lineAt(2).text.indexOf("12 targets");
    const t = await hoverAt(document.uri, 2, at + 1);
    assert.match(t, /\*\*12\*\*/);
    assert.match(t, /8 \+ 5 = 13/);
  });
});
