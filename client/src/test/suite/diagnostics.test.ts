// Live diagnostics: what a writer sees in the editor and the Problems panel, and how they follow edits.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as vscode from "vscode";
import { analysed, closeAllEditors, codeOf, figlintDiagnostics, fixture, hasRule, lacksRule, open, revert, setSetting, settledRules, waitForDiagnostics } from "./util.ts";

suite("diagnostics", () => {
  suiteTeardown(closeAllEditors);

  test("a Vietnamese report: parts that do not add up to the stated total (parts-sum)", async () => {
    const { document } = await open("bao-cao-loi.md");
    const ds = await settledRules(document, ["parts-sum", "fraction-percent"]);
    const d = ds.find((x) => codeOf(x) === "parts-sum");
    assert.ok(d);
    assert.equal(d.source, "figlint");
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    // "Nghị quyết đề ra 22 chỉ tiêu": the squiggle is on the total, 22.
    assert.equal(document.getText(d.range), "22");
    assert.deepEqual([d.range.start.line, d.range.start.character], [2, 17]);
    assert.match(d.message, /18 \+ 3 = 21/);
    assert.match(d.message, /22 chỉ tiêu/);
    // The code links to the rule's documentation.
    assert.equal(typeof d.code, "object");
    const code = d.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, "parts-sum");
    assert.match(code.target.toString(), /parts-sum/);
    // The parts are related locations.
    const related = (d.relatedInformation ?? []).map((r) => document.getText(r.location.range));
    assert.deepEqual(related, ["18/22", "3"]);
  });

  test("a percentage that does not match its fraction (fraction-percent)", async () => {
    const { document } = await open("bao-cao-loi.md");
    const ds = await settledRules(document, ["parts-sum", "fraction-percent"]);
    const d = ds.find((x) => codeOf(x) === "fraction-percent");
    assert.ok(d);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(document.getText(d.range), "90,4%");
    assert.match(d.message, /19\/21 = 90,5%/);
  });

  test("a clean report has no diagnostics", async () => {
    const { document } = await open("bao-cao-sach.md");
    const status = await analysed(document);
    assert.equal(status.checked, true);
    assert.equal(status.errors + status.warnings + status.infos, 0, JSON.stringify(status));
    assert.ok(status.claimsChecked > 0, "it did check claims");
    assert.deepEqual(figlintDiagnostics(document.uri), []);
  });

  test("an English report gets English messages", async () => {
    const { document } = await open("quarterly.md");
    const [d] = await settledRules(document, ["parts-sum"]);
    assert.match(d.message, /8 \+ 5 = 13/);
    assert.match(d.message, /stated total of 12 targets/);
  });

  test("plain text is checked too", async () => {
    const { document } = await open("ghi-chu.txt");
    assert.equal(document.languageId, "plaintext");
    const [d] = await settledRules(document, ["parts-sum"]);
    assert.match(d.message, /70 \+ 60 = 130/);
  });

  test("typing a correction clears the diagnostic; undoing it brings it back", async () => {
    const editor = await open("bao-cao-loi.md");
    const { document } = editor;
    await waitForDiagnostics(document.uri, hasRule("parts-sum"), "parts-sum");
    const line = document.lineAt(2);
    const at = line.text.indexOf("18/22");
    assert.ok(at > 0);
    // 18 → 19: now 19 + 3 = 22.
    await editor.edit((b) => b.replace(new vscode.Range(2, at + 1, 2, at + 2), "9"));
    await waitForDiagnostics(document.uri, lacksRule("parts-sum"), "parts-sum to go");
    assert.ok(hasRule("fraction-percent")(figlintDiagnostics(document.uri)), "the other finding stays");
    await vscode.commands.executeCommand("undo");
    await waitForDiagnostics(document.uri, hasRule("parts-sum"), "parts-sum to come back");
    await revert(editor);
  });

  test("many rapid edits end with the right diagnostics", async () => {
    const editor = await open("bao-cao-loi.md");
    const { document } = editor;
    const at = document.lineAt(2).text.indexOf("3 chỉ tiêu xây");
    // 3 → 4 → 5 → … → 9 → 4: the last one makes 18 + 4 = 22.
    for (const digit of ["4", "5", "6", "7", "8", "9", "4"]) {
      await editor.edit((b) => b.replace(new vscode.Range(2, at, 2, at + 1), digit), { undoStopBefore: false, undoStopAfter: false });
    }
    assert.equal(document.lineAt(2).text.slice(at, at + 1), "4");
    await settledRules(document, ["fraction-percent"]);
    await revert(editor);
    await settledRules(document, ["parts-sum", "fraction-percent"]);
  });

  test("the status bar counts come from the server", async () => {
    const { document } = await open("bao-cao-loi.md");
    const status = await analysed(document);
    assert.equal(status.errors, 2, JSON.stringify(status));
    assert.equal(status.warnings, 0, JSON.stringify(status));
  });

  test("closing a document clears its diagnostics", async () => {
    const { document } = await open("quarterly.md");
    await waitForDiagnostics(document.uri, hasRule("parts-sum"), "parts-sum");
    await closeAllEditors();
    await waitForDiagnostics(document.uri, (ds) => ds.length === 0, "no diagnostics after closing");
  });

  test("a report closed and reopened while it is being checked still gets its findings", async () => {
    // An edit starts a pull that the server answers after its debounce (made long here); the tab
    // closes and opens again inside that window while the document stays loaded.
    const name = `mo-lai-${Date.now()}.md`;
    fs.copyFileSync(fixture("bao-cao-loi.md").fsPath, fixture(name).fsPath);
    try {
      const editor = await open(name);
      const { document } = editor;
      await settledRules(document, ["parts-sum", "fraction-percent"]);
      await setSetting("debounceMs", 3000);
      await editor.edit((b) => b.insert(new vscode.Position(6, 0), "\n"));
      await document.save();
      await closeAllEditors();
      assert.ok(vscode.workspace.textDocuments.includes(document), "the document stays loaded after its tab closes");
      await open(name);
      await waitForDiagnostics(document.uri, (ds) => hasRule("parts-sum")(ds) && hasRule("fraction-percent")(ds), "the findings of the reopened report");
    } finally {
      await setSetting("debounceMs", undefined);
      await closeAllEditors();
      fs.rmSync(fixture(name).fsPath, { force: true });
    }
  });
});
