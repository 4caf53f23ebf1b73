// Every rule has a fixture folder test-fixtures/rules/<id>/ with invalid.md (each paragraph must
// fire the rule) and valid.md (no paragraph may fire it, nor any other error or warning), in both
// languages, with the rounding edges among them.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { analyze } from "../../src/core/analyze.ts";
import { RULES } from "../../src/core/rules.ts";

const root = join(__dirname, "../../../test-fixtures/rules");

function paragraphs(file: string): string[] {
  return readFileSync(file, "utf8").split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean);
}

test("every rule has fixtures, and every fixture folder names a rule", () => {
  const ids = RULES.map((r) => r.id);
  for (const id of ids) {
    assert.ok(existsSync(join(root, id, "invalid.md")), `${id}: invalid.md`);
    assert.ok(existsSync(join(root, id, "valid.md")), `${id}: valid.md`);
  }
  for (const dir of readdirSync(root)) assert.ok(ids.includes(dir), `${dir} is not a rule id`);
});

test("the README documents every rule", () => {
  const readme = readFileSync(join(__dirname, "../../../README.md"), "utf8");
  for (const r of RULES) assert.ok(readme.includes(`\`${r.id}\``), `README mentions ${r.id}`);
});

for (const rule of RULES) {
  const settings = { rules: { [rule.id]: rule.defaultSeverity === "off" ? ("hint" as const) : rule.defaultSeverity } };
  test(`${rule.id}: fires on every invalid paragraph`, () => {
    for (const p of paragraphs(join(root, rule.id, "invalid.md"))) {
      const r = analyze(p, { languageId: "markdown", settings });
      assert.ok(r.findings.some((f) => f.rule === rule.id), `expected ${rule.id} on:\n${p}\ngot: ${r.findings.map((f) => `${f.rule}: ${f.message}`).join("; ")}`);
      for (const f of r.findings.filter((x) => x.rule === rule.id)) {
        assert.ok(f.start >= 0 && f.end <= p.length && f.start <= f.end);
        for (const rel of f.related) assert.ok(rel.start >= 0 && rel.end <= p.length);
      }
    }
  });
  test(`${rule.id}: silent on every valid paragraph`, () => {
    for (const p of paragraphs(join(root, rule.id, "valid.md"))) {
      const r = analyze(p, { languageId: "markdown", settings });
      const bad = r.findings.filter((f) => f.rule === rule.id || f.severity === "error" || f.severity === "warning");
      assert.deepEqual(bad.map((f) => `${f.rule}: ${f.message}`), [], `on:\n${p}`);
    }
  });
}
