// The extension activates for the languages it checks (never on "*") and its language server starts.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { EXTENSION_ID, analysed, api, closeAllEditors, open } from "./util.ts";

suite("activation", () => {
  test("declares activation on its languages only, not on startup", () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, "the extension under development is loaded");
    const events: string[] = ext.packageJSON.activationEvents ?? [];
    assert.ok(events.includes("onLanguage:markdown"), `activationEvents: ${events.join(", ")}`);
    assert.ok(events.includes("onLanguage:plaintext"), `activationEvents: ${events.join(", ")}`);
    assert.ok(!events.includes("*") && !events.includes("onStartupFinished"), `activationEvents: ${events.join(", ")}`);
  });

  test("opening a Markdown report activates it and starts the server", async () => {
    const editor = await open("bao-cao-loi.md");
    assert.equal(editor.document.languageId, "markdown");
    const figlint = await api();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.ok(figlint.client()?.isRunning(), "the language client is running");
    const status = await analysed(editor.document);
    assert.equal(status.checked, true);
    assert.ok(status.figures >= 5, `figures read: ${status.figures}`);
  });

  test("registers its commands", async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ["figlint.checkWorkspace", "figlint.showFigures", "figlint.restartServer"]) assert.ok(all.includes(id), `command ${id}`);
    await closeAllEditors();
  });
});
