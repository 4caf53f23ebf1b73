// The pipe-table reader behind the table checks: cells, their figures, and the edge cases of the
// syntax (no outer pipes, escaped pipes, alignment rows, CRLF, signs the figure leaves out).
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/core/analyze.ts";
import { UnitContext } from "../../src/core/claims/context.ts";
import { findTables } from "../../src/core/claims/table.ts";
import { DEFAULT_SETTINGS } from "../../src/core/settings.ts";

function tablesOf(text: string) {
  const r = analyze(text, { languageId: "markdown" });
  const ctx = new UnitContext({ text, figures: r.figures, nonFigures: r.nonFigures, lang: r.locale, numberLocale: r.locale, settings: DEFAULT_SETTINGS });
  return { tables: findTables(ctx), text };
}

test("cells, their figures and the header, with or without outer pipes and with CRLF", () => {
  for (const text of [
    "| Huyện | Số xã | Tỷ lệ (%) |\n|---|---:|:---:|\n| Yên Phú | 21 | 100 |\n| Sơn Hà | 17 | 88,2 |",
    "Huyện | Số xã | Tỷ lệ (%)\r\n--- | ---: | ---\r\nYên Phú | 21 | 100\r\nSơn Hà | 17 | 88,2",
  ]) {
    const { tables } = tablesOf(text);
    assert.equal(tables.length, 1, text);
    const [t] = tables;
    assert.deepEqual(t.header, ["Huyện", "Số xã", "Tỷ lệ (%)"]);
    assert.equal(t.rows.length, 2);
    assert.deepEqual(t.rows.map((r) => r.label), ["yên phú", "sơn hà"]);
    assert.equal(t.rows[1].cells[2].figure?.value?.exact, "88.2");
    assert.equal(text.slice(t.rows[1].cells[1].start, t.rows[1].cells[1].end), "17");
  }
});

test("an escaped pipe stays inside its cell; dashes and blanks hold no figure", () => {
  const { tables } = tablesOf("| Nội dung | A | B |\n|---|---|---|\n| thu a \\| b | — | |\n| **Tổng** | 5 | 6 |");
  const [t] = tables;
  assert.equal(t.rows[0].cells[0].text, "thu a \\| b");
  assert.equal(t.rows[0].cells[1].dash, true);
  assert.equal(t.rows[0].cells[1].figure, undefined);
  assert.equal(t.rows[1].label, "tổng");
});

test("a table's findings: a total row, a rate column, a negative variance that adds up", () => {
  const bad = "| Huyện | Số xã | Đạt chuẩn | Tỷ lệ (%) |\n|---|---:|---:|---:|\n| A | 21 | 21 | 100 |\n| B | 19 | 17 | 89,5 |\n| C | 15 | 13 | 68,7 |\n| D | 16 | 14 | 87,5 |\n| Tổng | 71 | 65 | 91,5 |";
  const r = analyze(bad, { languageId: "markdown" });
  assert.deepEqual(r.findings.map((f) => `${f.rule}@${bad.slice(f.start, f.end)}`), ["fraction-percent@68,7"]);
  const variance = "| Dept | Budget | Outturn | Variance |\n|---|---:|---:|---:|\n| A | 148.2 | 155.6 | 7.4 |\n| B | 72.4 | 70.8 | -1.6 |\n| C | 45.3 | 44.1 | -1.2 |\n| Total | 265.9 | 270.5 | 4.6 |";
  assert.deepEqual(analyze(variance, { languageId: "markdown" }).findings.filter((f) => f.severity === "error" || f.severity === "warning"), []);
});
