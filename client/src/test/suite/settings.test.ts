// Settings under figlint.* take effect without a reload: set through the configuration API, they change
// the diagnostics; each test restores what it changed.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { closeAllEditors, codeOf, open, setSetting, settledRules, waitForDiagnostics } from "./util.ts";

suite("settings", () => {
  let document: vscode.TextDocument;
  setup(async () => {
    ({ document } = await open("bao-cao-loi.md"));
    await settledRules(document, ["parts-sum", "fraction-percent"]);
  });
  teardown(async () => {
    for (const key of ["rules", "enable", "messageLanguage", "languageIds"]) await setSetting(key, undefined);
  });
  suiteTeardown(closeAllEditors);

  test('figlint.rules {"parts-sum": "off"} removes the diagnostic; removing the setting brings it back', async () => {
    await setSetting("rules", { "parts-sum": "off" });
    await waitForDiagnostics(document.uri, (ds) => ds.length === 1 && codeOf(ds[0]) === "fraction-percent", "only fraction-percent");
    await setSetting("rules", undefined);
    await settledRules(document, ["parts-sum", "fraction-percent"]);
  });

  test('figlint.rules {"parts-sum": "warning"} changes its severity', async () => {
    await setSetting("rules", { "parts-sum": "warning" });
    const ds = await waitForDiagnostics(
      document.uri,
      (x) => x.some((d) => codeOf(d) === "parts-sum" && d.severity === vscode.DiagnosticSeverity.Warning),
      "parts-sum as a warning",
    );
    assert.equal(ds.find((d) => codeOf(d) === "fraction-percent")?.severity, vscode.DiagnosticSeverity.Error);
  });

  test("figlint.messageLanguage en: English messages for a Vietnamese report", async () => {
    await setSetting("messageLanguage", "en");
    const ds = await waitForDiagnostics(
      document.uri,
      (x) => x.some((d) => codeOf(d) === "parts-sum" && /but the stated total/.test(d.message)),
      "an English parts-sum message",
    );
    const d = ds.find((x) => codeOf(x) === "parts-sum");
    assert.match(d?.message ?? "", /18 \+ 3 = 21/);
  });

  test("figlint.enable false clears the diagnostics", async () => {
    await setSetting("enable", false);
    await waitForDiagnostics(document.uri, (ds) => ds.length === 0, "no diagnostics");
    await setSetting("enable", undefined);
    await settledRules(document, ["parts-sum", "fraction-percent"]);
  });

  test("figlint.languageIds without plaintext stops checking .txt files", async () => {
    const { document: txt } = await open("ghi-chu.txt");
    await settledRules(txt, ["parts-sum"]);
    await setSetting("languageIds", ["markdown"]);
    await waitForDiagnostics(txt.uri, (ds) => ds.length === 0, "no diagnostics on plain text");
    await setSetting("languageIds", undefined);
    await waitForDiagnostics(txt.uri, (ds) => ds.some((d) => codeOf(d) === "parts-sum"), "parts-sum back on plain text");
  });
});
