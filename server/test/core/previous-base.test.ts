// A share of a base the paragraph before stated, named by the words that introduced it: "Kết quả
// thu hồi: … đã nộp 41,26 tỷ đồng …, đạt 70,7% số phải thu hồi về ngân sách" under "… kiến nghị thu
// hồi về ngân sách nhà nước 58,37 tỷ đồng; …".
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/core/analyze.ts";

const VI = (share: string, own = "") =>
  `Qua thanh tra đã phát hiện sai phạm về kinh tế 96,84 tỷ đồng. Trong đó, kiến nghị thu hồi về ngân sách nhà nước 58,37 tỷ đồng; kiến nghị xử lý khác 38,47 tỷ đồng.\n\nKết quả thu hồi: ${own}các đơn vị đã nộp 41,26 tỷ đồng vào tài khoản tạm giữ của Thanh tra tỉnh, đạt ${share} số phải thu hồi về ngân sách.\n`;
const EN = (share: string) =>
  `Overpayments identified for recovery totalled £58.37m in the year.\n\nBy March, £41.26m had been recovered, ${share} of the overpayments identified for recovery.\n`;

function shareFindings(text: string): string[] {
  return analyze(text, { languageId: "plaintext" }).findings.filter((f) => f.rule === "fraction-percent").map((f) => f.message);
}

test("a share of a base named in the paragraph before: fires when wrong, silent when right", () => {
  assert.deepEqual(shareFindings(VI("77,0%")), ["41,26/58,37 = 70,7%, không phải 77,0%"]);
  assert.deepEqual(shareFindings(VI("70,7%")), []);
  assert.equal(shareFindings(EN("77.0%")).length, 1);
  assert.deepEqual(shareFindings(EN("70.7%")), []);
});

test("the base named by other words of its lead: \"tổng số tiền kiến nghị thu hồi\", \"số tiền phải thu hồi\"", () => {
  const text = (share: string, name: string) => `Qua thanh tra, kiến nghị thu hồi về ngân sách nhà nước 58,37 tỷ đồng; kiến nghị xử lý khác 38,47 tỷ đồng.\n\nĐến nay các đơn vị đã nộp 41,26 tỷ đồng, đạt ${share} ${name}.\n`;
  for (const name of ["tổng số tiền kiến nghị thu hồi", "số tiền phải thu hồi"]) {
    assert.equal(shareFindings(text("77,0%", name)).length, 1);
    assert.deepEqual(shareFindings(text("70,7%", name)), []);
  }
});

test("a paragraph with a figure of its own before the part is not read against the one before", () => {
  assert.deepEqual(shareFindings(VI("50,0%", "tổng số phải nộp 82,5 tỷ đồng; ")), []);
});
