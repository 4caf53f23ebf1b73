// An amount of the text over the total row of the table just above (the unit before, after a blank
// line), by the share that names that row: "Salaries and benefits together come to $206.3m, or 82.1%
// of expenditures" under "| Total expenditures | $251.3m |".
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/core/analyze.ts";

const EN = (share: string, of = "expenditures") =>
  `| Object | Amount |\n|---|---:|\n| Certificated salaries | $98.7m |\n| Classified salaries | $36.2m |\n| Employee benefits | $71.4m |\n| Books and supplies | $9.8m |\n| Other outgo | $35.2m |\n| **Total expenditures** | **$251.3m** |\n\nSalaries and benefits together come to $206.3m, or ${share} of ${of}.\n`;
const VI = (share: string) =>
  `| Nội dung | Số tiền |\n|---|---:|\n| Chi đầu tư phát triển | 412,5 tỷ đồng |\n| Chi thường xuyên | 1.037,5 tỷ đồng |\n| Chi khác | 50,0 tỷ đồng |\n| Tổng chi | 1.500,0 tỷ đồng |\n\nChi đầu tư và chi thường xuyên cộng lại 1.450,0 tỷ đồng, chiếm ${share} tổng chi.\n`;

function shareFindings(text: string): string[] {
  return analyze(text, { languageId: "markdown" }).findings.filter((f) => f.rule === "fraction-percent").map((f) => f.message);
}

test("an amount over the total row named by its share: fires when wrong, silent when right", () => {
  assert.deepEqual(shareFindings(EN("88.1%")), ["From the table, $206.3m/$251.3m = 82.1%, not 88.1%"]);
  assert.deepEqual(shareFindings(EN("82.1%")), []);
  assert.equal(shareFindings(VI("91,7%")).length, 1);
  assert.deepEqual(shareFindings(VI("96,7%")), []);
});

test("a share of a base the total row does not name is left alone", () => {
  assert.deepEqual(shareFindings(EN("8.0%", "the state budget allocation")), []);
});
