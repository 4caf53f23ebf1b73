// The extension manifest against the code: every rule and every setting the server reads is
// contributed, every %key% and every runtime string has its English and Vietnamese text, and the
// commands contributed are the commands registered.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { RULE_IDS } from "../../src/core/rules.ts";
import { DEFAULT_TOLERANCES } from "../../src/core/settings.ts";
import { DEFAULT_EDITOR_SETTINGS } from "../../src/lsp/settings.ts";

const ROOT = join(__dirname, "../../..");
const read = (p: string) => readFileSync(join(ROOT, p), "utf8");
const pkg = JSON.parse(read("package.json"));
const nls = { en: JSON.parse(read("package.nls.json")), vi: JSON.parse(read("package.nls.vi.json")) };
const props: Record<string, { default?: unknown; properties?: Record<string, { enum?: string[] }>; scope?: string }> = pkg.contributes.configuration.properties;

describe("extension manifest", () => {
  test("figlint.rules names every rule, each with the five severities", () => {
    const rules = props["figlint.rules"].properties!;
    assert.deepEqual(Object.keys(rules).sort(), [...RULE_IDS].sort());
    for (const [id, schema] of Object.entries(rules)) assert.deepEqual(schema.enum, ["off", "hint", "information", "warning", "error"], id);
  });

  test("every setting the server reads is contributed, with the server's defaults, per resource", () => {
    const serverKeys = Object.keys(DEFAULT_EDITOR_SETTINGS).filter((k) => k !== "core");
    const expected = [...serverKeys, "locale", "messageLanguage", "rules", "tolerances"].map((k) => `figlint.${k}`).sort();
    assert.deepEqual(Object.keys(props).sort(), expected);
    for (const k of serverKeys) assert.deepEqual(props[`figlint.${k}`].default, DEFAULT_EDITOR_SETTINGS[k as keyof typeof DEFAULT_EDITOR_SETTINGS], k);
    assert.deepEqual(Object.keys(props["figlint.tolerances"].properties!).sort(), Object.keys(DEFAULT_TOLERANCES).sort());
    for (const [k, p] of Object.entries(props)) assert.equal(p.scope, "resource", k);
  });

  test("every %key% in the manifest has English and Vietnamese text, and the two files have the same keys", () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20);
    for (const k of keys) {
      assert.equal(typeof nls.en[k], "string", `package.nls.json lacks ${k}`);
      assert.equal(typeof nls.vi[k], "string", `package.nls.vi.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(nls.vi).sort(), Object.keys(nls.en).sort());
  });

  test("every vscode.l10n.t string of the client has a Vietnamese translation with the same placeholders", () => {
    const bundle = JSON.parse(read("l10n/bundle.l10n.vi.json"));
    const dir = join(ROOT, "client/src");
    const strings = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      for (const m of readFileSync(join(dir, f), "utf8").matchAll(/l10n\.t\(\s*"((?:[^"\\]|\\.)*)"/g)) strings.add(JSON.parse(`"${m[1]}"`));
    }
    assert.ok(strings.size >= 10);
    const holes = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    for (const s of strings) {
      assert.equal(typeof bundle[s], "string", `l10n/bundle.l10n.vi.json lacks "${s}"`);
      assert.deepEqual(holes(bundle[s]), holes(s), s);
    }
    assert.deepEqual(Object.keys(bundle).filter((k) => !strings.has(k)), [], "translations of strings no longer used");
  });

  test("the commands contributed are the commands registered, and activation is never '*'", () => {
    const registered = [...read("client/src/extension.ts").matchAll(/registerCommand\("([^"]+)"/g)].map((m) => m[1]).sort();
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, registered);
    assert.ok(!pkg.activationEvents.includes("*"));
    assert.deepEqual(pkg.activationEvents.filter((e: string) => e.startsWith("onLanguage:")), ["onLanguage:markdown", "onLanguage:plaintext"]);
  });

  test("the extension declares that it runs no workspace code, and what virtual workspaces lack", () => {
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces, { supported: true });
    assert.equal(pkg.capabilities.virtualWorkspaces.supported, "limited");
  });
});
