// An Analyzer that keeps unit results between edits must give exactly what a fresh analysis of the
// same text gives, after any sequence of edits.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { analyze, Analyzer } from "../../src/core/analyze.ts";

const base = ["figures/bao-cao-9-thang.md", "rules/parts-sum/invalid.md", "rules/status-contradiction/invalid.md", "rules/change-arithmetic/valid.md", "passages/table-commentary-en.md"]
  .map((p) => readFileSync(join(__dirname, "../../../test-fixtures", p), "utf8"))
  .join("\n\n");

test("incremental analysis equals full analysis after random edits", () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), ins: fc.constantFrom("", "1", "9", ",", ".", "\n", "\n\n", " xã", "%", "đạt ", "; ", "vượt ") }), { minLength: 1, maxLength: 25 }),
      (edits) => {
        const inc = new Analyzer();
        let text = base;
        inc.analyze(text, { languageId: "markdown" });
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
          const a = inc.analyze(text, { languageId: "markdown" });
          assert.deepEqual(a, analyze(text, { languageId: "markdown" }));
        }
      },
    ),
    { numRuns: 25 },
  );
});

// A unit that read the unit before it (a table above its commentary) must be read again when that
// unit changes, and only its own text otherwise.
test("a commentary is checked again when the table above it changes", () => {
  const table = "| Mode | 2024 |\n|---|---:|\n| Bus | 228.9 |\n| Ferry | 183.7 |\n| **Total** | **412.6** |";
  const text = `${table}\n\nBuses carried 55.5% of all boardings.`;
  const inc = new Analyzer();
  assert.equal(inc.analyze(text, { languageId: "markdown" }).findings.length, 0);
  for (const edited of [text.replace("228.9", "268.9"), text.replace("228.9", "268.9").replace("\n\nBuses", "\n\n\nBuses"), text]) {
    const a = inc.analyze(edited, { languageId: "markdown" });
    assert.deepEqual(a, analyze(edited, { languageId: "markdown" }));
    assert.equal(a.findings.filter((f) => f.rule === "fraction-percent").length, edited === text ? 0 : 1);
  }
});
