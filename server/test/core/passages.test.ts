// Whole report passages with their expected findings beside them (<name>.expected.json): rule,
// severity, line and the text the finding points at. Golden: a changed result is written and fails.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { analyze } from "../../src/core/analyze.ts";
import { LineIndex } from "../../src/core/text/positions.ts";
import { assertGolden } from "../helpers/golden.ts";

const dir = join(__dirname, "../../../test-fixtures/passages");

for (const name of readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n))) {
  test(`findings in ${name}`, () => {
    const text = readFileSync(join(dir, name), "utf8");
    const r = analyze(text, { languageId: name.endsWith(".md") ? "markdown" : "plaintext" });
    const idx = new LineIndex(text);
    const expected = {
      stats: r.stats,
      findings: r.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        line: idx.position(f.start).line + 1,
        at: text.slice(f.start, f.end),
        message: f.message,
        related: f.related.map((x) => text.slice(x.start, x.end)),
        fix: f.fix?.newText,
      })),
    };
    assertGolden(join(dir, name.replace(/\.(md|txt)$/, ".expected.json")), expected);
  });
}
