// The config file the CLI reads (.figlintrc.json, found by walking up from the report) applies in the
// editor too, under the editor's settings; edits to it, reported through workspace file events, take
// effect without a restart, and its problems are shown on the config file itself.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, test } from "node:test";
import { FileChangeType } from "vscode-languageserver-protocol";
import { SAMPLE, TestClient } from "./client.ts";

describe("config file", () => {
  let c: TestClient;
  let dir: string;
  let editor: Record<string, unknown> = {};
  const url = (...p: string[]) => pathToFileURL(join(dir, ...p)).href;

  /** Writes whole (temp file and rename), so a reload still running from the last event never reads it half-written. */
  async function writeConfig(name: string, content: string, type: FileChangeType = FileChangeType.Changed): Promise<number> {
    writeFileSync(join(dir, name + ".tmp"), content);
    renameSync(join(dir, name + ".tmp"), join(dir, name));
    const seen = c.published.length;
    await c.filesChanged([{ uri: url(name), type }]);
    return seen;
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "figlint-lsp-"));
    mkdirSync(join(dir, "docs", "drafts"), { recursive: true });
    writeFileSync(join(dir, ".figlintrc.json"), '// shared with CI\n{ "rules": { "parts-sum": "warning" }, }\n');
    c = await TestClient.start({ configuration: (p) => p.items.map(() => editor), workspaceFolders: [{ uri: pathToFileURL(dir).href, name: "ws" }] });
  });
  after(async () => {
    await c.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the server watches the config file names", async () => {
    const watch = await c.waitFor(() => c.registrations.find((r) => r.method === "workspace/didChangeWatchedFiles"), "watcher registration");
    assert.deepEqual(watch.registerOptions, { watchers: [{ globPattern: "**/{.figlintrc.json,.figlintrc.jsonc,figlint.config.json}" }] });
  });

  test("a config file above the report applies (JSON with comments and trailing commas)", async () => {
    await c.open(url("docs", "report.md"), SAMPLE);
    assert.deepEqual((await c.diagnosticsFor(url("docs", "report.md"), 1)).map((d) => [d.code, d.severity]), [["parts-sum", 2]]);
  });

  test("an edit to the config file applies to open documents without a restart", async () => {
    const seen = await writeConfig(".figlintrc.json", '{ "rules": { "parts-sum": "off" } }');
    assert.deepEqual((await c.nextDiagnostics(url("docs", "report.md"), seen)).diagnostics, []);
  });

  test("editor settings win over the config file; 'auto' defers to it", async () => {
    const written = await writeConfig(".figlintrc.json", '{ "rules": { "parts-sum": "warning" }, "messageLanguage": "en" }');
    assert.deepEqual((await c.nextDiagnostics(url("docs", "report.md"), written)).diagnostics.map((x) => x.severity), [2]);
    editor = { rules: { "parts-sum": "error" }, messageLanguage: "auto" };
    const seen = c.published.length;
    await c.configurationChanged();
    const d = (await c.nextDiagnostics(url("docs", "report.md"), seen)).diagnostics;
    assert.deepEqual(d.map((x) => [x.code, x.severity]), [["parts-sum", 1]]);
    assert.match(d[0].message, /\btotal\b.*\b22\b/);
    editor = {};
  });

  test("the config file's ignore globs, relative to its folder, stop checking", async () => {
    await writeConfig(".figlintrc.json", '{ "ignore": ["docs/drafts/"] }');
    await c.open(url("docs", "drafts", "draft.md"), SAMPLE);
    assert.deepEqual(await c.diagnosticsFor(url("docs", "drafts", "draft.md"), 1), []);
  });

  test("a nearer config file created later takes over for the files below it", async () => {
    const seen = await writeConfig(join("docs", "figlint.config.json"), '{ "rules": { "parts-sum": "information" } }', FileChangeType.Created);
    assert.deepEqual((await c.nextDiagnostics(url("docs", "report.md"), seen)).diagnostics.map((d) => d.severity), [3]);
  });

  test("problems in the config file are shown on it, at the offending key, and cleared once fixed", async () => {
    const name = join("docs", "figlint.config.json");
    // A reload still running from an earlier event may publish once more, so wait for the settled state.
    const latest = (uri: string, ok: (n: number) => boolean) =>
      c.waitFor(() => {
        const last = c.published.filter((p) => p.uri === uri).at(-1);
        return last && ok(last.diagnostics.length) ? last.diagnostics : undefined;
      }, `settled diagnostics for ${uri}`);
    await writeConfig(name, '{\n  "rules": { "parts-sum": "loud" },\n  "colour": 1\n}\n');
    const shown = await latest(url(name), (n) => n === 2);
    assert.deepEqual(
      shown.map((d) => [d.range.start.line, d.range.start.character, d.severity, d.message.replace(/,.*$/, "")]),
      [
        [1, 13, 2, "rules.parts-sum: expected one of off"],
        [2, 2, 2, "colour: unknown setting"],
      ],
    );
    await writeConfig(name, '{ "rules": { "parts-sum": "hint" } }');
    assert.deepEqual(await latest(url(name), (n) => n === 0), []);
  });
});
