// The commands: Check Workspace (reports that are not open, into the Problems panel), Show Figures
// (what was read in the current file) and Restart Server.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { CheckSummary } from "../../check-workspace.ts";
import { analysed, api, closeAllEditors, codeOf, fixture, hasRule, open, settledRules, waitForDiagnostics, workspaceFolder } from "./util.ts";

/** A report written during the test, so that no editor or earlier test has it open. */
const FRESH = "moi/bao-cao-quy.md";
const FRESH_TEXT = "# Báo cáo quý\n\nToàn tỉnh có 120 xã, trong đó 70 xã đồng bằng và 60 xã miền núi.\n";

function openFixtures(): string[] {
  const folder = workspaceFolder().uri.toString() + "/";
  return vscode.workspace.textDocuments.map((d) => d.uri.toString()).filter((u) => u.startsWith(folder) && !u.includes("/.vscode/"));
}

suite("commands", () => {
  suiteSetup(closeAllEditors);
  suiteTeardown(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand("notifications.clearAll");
  });

  test("figlint.checkWorkspace checks every report and puts the findings in the Problems panel", async () => {
    const fresh = fixture(FRESH);
    await vscode.workspace.fs.writeFile(fresh, new TextEncoder().encode(FRESH_TEXT));
    try {
      const summary = await vscode.commands.executeCommand<CheckSummary | undefined>("figlint.checkWorkspace");
      assert.ok(summary, "a summary");
      // Open documents are not read from disk again (VS Code may keep a document open for a while
      // after its editor closes) but their live diagnostics count: every file is accounted for.
      const open = openFixtures();
      const detail = `${JSON.stringify(summary)}; open: ${open.join(", ")}`;
      assert.equal(summary.cancelled, false);
      assert.equal(summary.files, 5, detail);
      assert.equal(summary.checked, summary.files, detail);
      assert.ok(summary.findings >= 1 && summary.filesWithFindings >= 1, detail);
      // The new file was never opened: its finding is in the Problems panel all the same.
      assert.ok(!open.includes(fresh.toString()));
      const ds = vscode.languages.getDiagnostics(fresh);
      assert.equal(ds.length, 1, detail);
      assert.equal(codeOf(ds[0]), "parts-sum");
      assert.equal(ds[0].severity, vscode.DiagnosticSeverity.Error);
      assert.match(ds[0].message, /70 \+ 60 = 130/);
      assert.equal(ds[0].range.start.line, 2);
      assert.deepEqual(vscode.languages.getDiagnostics(fixture("bao-cao-sach.md")), []);
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder().uri, "moi"), { recursive: true });
      // Checking again clears what the first check reported for the deleted file.
      await vscode.commands.executeCommand("figlint.checkWorkspace");
      assert.deepEqual(vscode.languages.getDiagnostics(fresh), []);
    }
  });

  test("figlint.showFigures opens what was read in the current report beside it", async () => {
    const { document } = await open("bao-cao-loi.md");
    await analysed(document);
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>("figlint.showFigures");
    assert.ok(uri, "the view's URI");
    const view = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.ok(view, "the figures view is open");
    const text = view.getText();
    for (const figure of ["22", "18/22", "19/21", "90,4%", "10/11"]) assert.ok(text.includes(figure), `the view lists ${figure}:\n${text.slice(0, 2000)}`);
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri.toString()), "shown in an editor");
  });

  test("figlint.restartServer restarts the server and diagnostics come back", async () => {
    const figlint = await api();
    const before = figlint.client();
    const { document } = await open("bao-cao-loi.md");
    await settledRules(document, ["parts-sum", "fraction-percent"]);
    await vscode.commands.executeCommand("figlint.restartServer");
    await figlint.ready();
    const after = figlint.client();
    assert.ok(after?.isRunning(), "running after the restart");
    assert.notEqual(after, before, "a new client");
    // The new server publishes again: an edit shows live diagnostics from it.
    const editor = await open("bao-cao-loi.md");
    await editor.edit((b) => b.insert(new vscode.Position(3, 0), "\n"));
    await waitForDiagnostics(document.uri, (ds) => hasRule("parts-sum")(ds) && ds.some((d) => d.range.start.line === 5), "diagnostics for the edited text");
    await vscode.commands.executeCommand("workbench.action.files.revert");
    await settledRules(document, ["parts-sum", "fraction-percent"]);
  });
});
