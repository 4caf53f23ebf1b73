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

test("plain-text tables: columns laid out with spaces, a header line of names over them", () => {
  const text = [
    "Recorded crime by category",
    "",
    "  Category                          2023      2024    Change",
    "  Violence against the person     18,402    17,845     -3.0%",
    "  Theft offences                  13,655    14,210     +4.1%",
    "  All other offences                 675       600    -11.1%",
    "  Total                           32,732    32,655     -0.2%",
    "",
    "After the table.",
  ].join("\n");
  const { tables } = tablesOf(text);
  assert.equal(tables.length, 1);
  const [t] = tables;
  assert.deepEqual(t.header, ["Category", "2023", "2024", "Change"]);
  assert.deepEqual(t.rows.map((r) => r.label), ["violence against the person", "theft offences", "all other offences", "total"]);
  assert.equal(t.rows[1].cells[2].figure?.text, "14,210");
  assert.equal(text.slice(t.rows[3].cells[1].start, t.rows[3].cells[1].end), "32,732");
});

test("plain-text tables: row numbers before the label, a cell with a single space before the next column, bracketed percentages", () => {
  const kpi = [
    "  KPI                                     Target      2023-24     Result",
    "  1  Average student attendance           92%         90.8%       Not met",
    "  2  Year 3 reading at or above standard  85%         86.7%       Met",
    "  3  Expenditure within appropriation     100% max    98.6%       Met",
    "  4  Teacher vacancies                    below 1,200 1,146       Met",
  ].join("\n");
  const [t] = tablesOf(kpi).tables;
  assert.deepEqual(t.header, ["KPI", "", "Target", "2023-24", "Result"]);
  assert.equal(t.rows[0].label, "average student attendance");
  assert.deepEqual(t.rows[3].cells.map((c) => c.text), ["4", "Teacher vacancies", "below 1,200", "1,146", "Met"]);
  const shares = [
    "Of the 5,214 students awarded a first degree:",
    "",
    "    First-class honours             1,602   (30.7%)",
    "    Upper second-class (2:1)        2,540   (48.7%)",
    "    Lower second-class (2:2)          893   (17.1%)",
    "    Third class and pass              179    (3.4%)",
  ].join("\n");
  const [s] = tablesOf(shares).tables;
  assert.deepEqual(s.rows.map((r) => r.cells.map((c) => c.text)), [
    ["First-class honours", "1,602", "(30.7%)"],
    ["Upper second-class (2:1)", "2,540", "(48.7%)"],
    ["Lower second-class (2:2)", "893", "(17.1%)"],
    ["Third class and pass", "179", "(3.4%)"],
  ]);
  const glued = "  Tuition fees     £268.3m (65.0%)\n  Research grants   £48.6m (11.8%)\n  Other income      £56.3m (13.6%)";
  const [g] = tablesOf(glued).tables;
  assert.deepEqual(g.rows[1].cells.map((c) => c.text), ["Research grants", "£48.6m", "(11.8%)"]);
});

test("plain-text tables: prose, lists, wrapped lines, ragged columns and Vietnamese text are never tables", () => {
  for (const text of [
    // Sentences with two spaces after the full stop.
    "The survey covered 1,200 homes.  Of these, 410 were rented.\nRoughly 90 were empty.  Another 300 were not reached.\nA further 75 were counted twice.  Total 1,000.",
    // A wrapped label splits the block: no piece stands alone.
    "  Item A          10\n  Item B with a long\n    wrapped label  20\n  Item C          30\n  Total           90",
    // Two rows only.
    "  Item A          10\n  Total           10",
    // Columns that do not line up.
    "  Item A    10\n  Item B          20\n  Item C      30\n  Total  60",
    // A list of figures.
    "- Hà Nội:  1.200 tỷ đồng\n- Hải Phòng:  850 tỷ đồng\n- Nam Định:  420 tỷ đồng",
    // Vietnamese prose with double spaces.
    "Tổng thu ngân sách đạt 1.250 tỷ đồng.  Trong đó thu nội địa 980 tỷ đồng.\nChi ngân sách 1.100 tỷ đồng.  Bội chi 50 tỷ đồng.\nNợ công 12%.  Tăng 3%.",
    // The block is not alone: a line of text right below it.
    "  Item A          10\n  Item B          20\n  Item C          30\nsee note 4",
    // No figure in any cell: a list of names laid out in columns.
    "  Alice           Bob\n  Carol           Dave\n  Erin            Frank",
  ]) {
    const plain = tablesOf(text).tables.filter((t) => !text.slice(t.rows[0].start, t.rows[0].end).includes("|"));
    assert.equal(plain.length, 0, text);
  }
});

test("a piped table with no '---' line under its header is read when it stands alone with a header of words", () => {
  const { tables } = tablesOf("Bảng 1. Diện tích lúa liên kết\n\nĐịa phương | Kế hoạch | Thực hiện | Tỷ lệ (%)\nHuyện Tân Thạnh | 14.500 | 15.120 | 104,3\nHuyện Mỹ Lợi | 10.500 | 10.630 | 101,2\nToàn tỉnh | 25.000 | 25.750 | 103,0\n");
  assert.equal(tables.length, 1);
  assert.deepEqual(tables[0].header, ["Địa phương", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]);
  assert.deepEqual(tables[0].rows.map((r) => r.label), ["huyện tân thạnh", "huyện mỹ lợi", "toàn tỉnh"]);
  assert.equal(tables[0].rows[1].cells[3].figure?.value?.exact, "101.2");
});

test("piped lines are no table without a header of words, with rows of unequal cells, or two lines only", () => {
  for (const text of [
    "2021 | 14.500 | 15.120\n2022 | 10.500 | 10.630\n2023 | 11.000 | 11.200\n",
    "Địa phương | Kế hoạch | Thực hiện\nHuyện A | 14.500 | 15.120 | 104,3\nHuyện B | 10.500\n",
    "Địa phương | Kế hoạch | Thực hiện\nHuyện A | 14.500 | 15.120\n",
  ]) assert.equal(tablesOf(text).tables.length, 0, text);
});
