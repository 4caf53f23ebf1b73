// Leaves the workbench as a writer sees it: the Vietnamese report with its squiggles and the hover on
// the total that does not add up. Under scripts/test-vscode.mjs (code-server) the driver then takes
// docs/screenshot.png; elsewhere (FIGLINT_TEST_SCREENSHOT unset) this only checks the hover opens.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { closeAllEditors, open, poll, settledRules } from "./util.ts";

suite("screenshot", () => {
  test("a report with its diagnostics and a hover open", async function () {
    await closeAllEditors();
    await vscode.commands.executeCommand("notifications.clearAll");
    await vscode.commands.executeCommand("workbench.action.closePanel");
    await vscode.commands.executeCommand("workbench.view.explorer");
    const editor = await open("bao-cao-loi.md");
    await settledRules(editor.document, ["parts-sum", "fraction-percent"]);
    await vscode.commands.executeCommand("workbench.action.focusActiveEditorGroup");
    const at = new vscode.Position(2, 17); // at "22", the total
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    await vscode.commands.executeCommand("editor.action.showHover");

    const out = process.env.FIGLINT_TEST_OUT;
    if (!out || process.env.FIGLINT_TEST_SCREENSHOT !== "1") return;
    fs.writeFileSync(path.join(out, "screenshot-ready"), "");
    const done = path.join(out, "screenshot-done");
    const detail = await poll(() => (fs.existsSync(done) ? fs.readFileSync(done, "utf8") : undefined), "the driver's screenshot", 90_000);
    const result = JSON.parse(detail) as { ok: boolean; error?: string; hover?: string };
    assert.ok(result.ok, `screenshot: ${result.error}`);
    // What the screenshot shows: the finding and figlint's own hover with the arithmetic.
    assert.match(result.hover ?? "", /18 \+ 3 = 21, nhưng tổng đã nêu là 22 chỉ tiêu/);
    assert.match(result.hover ?? "", /18 \+ 3 = 21 ≠ 22 chỉ tiêu ✗/);
  });
});
