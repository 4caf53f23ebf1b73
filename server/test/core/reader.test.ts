// The figure reader on whole report passages of our own (Vietnamese and English, Markdown and
// plain text), compared with the expected figures beside them, and its invariants under NFD
// input, no-break spaces, dashes and CRLF.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { analyze } from "../../src/core/analyze.ts";
import type { AnalysisResult, Figure } from "../../src/core/types.ts";
import { assertGolden } from "../helpers/golden.ts";

const dir = join(__dirname, "../../../test-fixtures/figures");

function summary(r: AnalysisResult, text: string) {
  const num = (n?: { exact: string }) => n?.exact;
  return {
    locale: r.locale,
    figures: r.figures.map((f: Figure) => ({
      kind: f.kind,
      text: text.slice(f.start, f.end),
      value: num(f.value),
      low: num(f.low),
      high: num(f.high),
      numerator: num(f.numerator),
      denominator: num(f.denominator),
      scale: f.scale?.factor,
      unit: f.unit,
      noun: f.noun,
      qualifiers: f.qualifiers.map((q) => q.kind),
      year: f.year,
    })),
    nonFigures: r.nonFigures.map((n) => ({ kind: n.kind, text: text.slice(n.start, n.end) })),
  };
}

for (const name of readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n))) {
  test(`figures read from ${name}`, () => {
    const text = readFileSync(join(dir, name), "utf8");
    const r = analyze(text, { languageId: name.endsWith(".md") ? "markdown" : "plaintext" });
    assertGolden(join(dir, name.replace(/\.(md|txt)$/, ".figures.json")), summary(r, text));
  });
}

const SAMPLE =
  "Thu ngân sách đạt 12.467,5 tỷ đồng, tăng 57,6% so với dự toán.\r\n" +
  "Tỷ lệ hộ nghèo giảm từ 28,85% năm 2020 xuống còn 24,71% năm 2022 (giảm bình quân 2,07%/năm); mục tiêu 9\u201310%.\r\n" +
  "Có 19/21\u00a0xã đạt chuẩn; ngày 10/11 họp; Nghị quyết số 23-NQ/TU; giai đoạn 2021 \u2013 2025.\r\n";

test("values: after the scale word, percent as its number, fraction and range parts", () => {
  const r = analyze(SAMPLE);
  const byText = new Map(r.figures.map((f) => [SAMPLE.slice(f.start, f.end), f]));
  const money = byText.get("12.467,5 tỷ đồng")!;
  assert.equal(money.value!.exact, "12467.5");
  assert.equal(money.scale!.factor, "1000000000");
  assert.equal(money.unit, "VND");
  assert.equal(byText.get("57,6%")!.value!.exact, "57.6");
  const frac = r.figures.find((f) => f.kind === "fraction")!;
  assert.equal(frac.numerator!.exact, "19");
  assert.equal(frac.denominator!.exact, "21");
  assert.equal(frac.noun, "xã");
  const range = r.figures.find((f) => f.kind === "range")!;
  assert.deepEqual([range.low!.exact, range.high!.exact, range.unit], ["9", "10", "%"]);
  const kinds = new Set(r.nonFigures.map((n) => n.kind));
  for (const k of ["date", "docref", "period", "year"]) assert.ok(kinds.has(k as never), k);
  assert.ok(!r.figures.some((f) => /10\/11|23|2021/.test(SAMPLE.slice(f.start, f.end))));
});

test("NFD input gives the same figures at the same places in the original text", () => {
  const nfc = SAMPLE.normalize("NFC");
  const nfd = SAMPLE.normalize("NFD");
  assert.notEqual(nfc.length, nfd.length);
  const a = analyze(nfc);
  const b = analyze(nfd);
  assert.equal(b.figures.length, a.figures.length);
  a.figures.forEach((f, i) => {
    const g = b.figures[i];
    assert.equal(nfd.slice(g.start, g.end).normalize("NFC"), nfc.slice(f.start, f.end));
    assert.equal(g.kind, f.kind);
  });
  assert.deepEqual(b.findings.map((f) => f.rule), a.findings.map((f) => f.rule));
});

test("CRLF, no-break spaces and en dashes read like their plain forms", () => {
  const plain = SAMPLE.replace(/\r\n/g, "\n").replace(/\u00a0/g, " ").replace(/\u2013/g, "-");
  const a = analyze(plain);
  const b = analyze(SAMPLE);
  assert.deepEqual(
    b.figures.map((f) => [f.kind, SAMPLE.slice(f.start, f.end).replace(/\u00a0/g, " ").replace(/\u2013/g, "-")]),
    a.figures.map((f) => [f.kind, plain.slice(f.start, f.end)]),
  );
});

test("locale: detected per document, overridable, ambiguous tokens read by it", () => {
  const vi = analyze("Toàn tỉnh có 3,824 nghìn hộ, thu ngân sách 14.888 tỷ đồng, đạt 82,7% kế hoạch.");
  assert.equal(vi.locale, "vi");
  assert.equal(vi.figures.find((f) => f.text.startsWith("14.888"))!.value!.exact, "14888");
  const en = analyze("The province had 3,824 households and revenue of VND 14.888 trillion, 82.7% of the plan.");
  assert.equal(en.locale, "en");
  assert.equal(en.figures.find((f) => f.text.startsWith("3,824"))!.value!.exact, "3824");
  assert.equal(en.figures.find((f) => f.text.includes("14.888"))!.value!.exact, "14.888");
  const forced = analyze("The province had 3,824 households.", { settings: { locale: "vi" } });
  assert.equal(forced.figures[0].value!.exact, "3.824");
  assert.equal(forced.messageLanguage, "vi");
});

test("locale: an English paragraph in a Vietnamese document reads its numbers the English way, unless the user set the locale", () => {
  const doc = [
    "Toàn tỉnh thu ngân sách 14.888 tỷ đồng, đạt 82,7% kế hoạch; có 3.824 hộ thoát nghèo trong năm 2024.",
    "",
    "The programme reached 3,824 households in the year, against a plan of 4,000 households for the province.",
  ].join("\n");
  const value = (r: ReturnType<typeof analyze>, tok: string) => r.figures.find((f) => f.text.startsWith(tok) && f.start > doc.indexOf("The programme"))!.value!.exact;
  const auto = analyze(doc);
  assert.equal(auto.locale, "vi");
  assert.equal(value(auto, "3,824"), "3824");
  const set = analyze(doc, { settings: { locale: "vi" } });
  assert.equal(value(set, "3,824"), "3.824");
});

test("ranges: the dash joins its two numbers; neighbouring cells of a plain-text row are not a range", () => {
  const kinds = (s: string) => analyze(s).figures.map((f) => `${f.kind}:${s.slice(f.start, f.end)}`);
  assert.deepEqual(kinds("mục tiêu 9-10%."), ["range:9-10%"]);
  assert.deepEqual(kinds("mục tiêu 9 \u2013 10%."), ["range:9 \u2013 10%"]);
  assert.deepEqual(kinds("tăng từ 9 đến 10%."), ["range:9 đến 10%"]);
  assert.deepEqual(kinds("growth of 2.0-2.5% a year."), ["range:2.0-2.5% a year"]);
  assert.deepEqual(kinds("a 9%-10% rise."), ["range:9%-10%"]);
  // A run of blanks or a tab beside the dash parts two cells; a dash after a blank, glued to the digit, is a sign.
  assert.deepEqual(kinds("Inflation   0.4     -0.6"), ["number:0.4", "number:0.6"]);
  assert.deepEqual(kinds("Inflation   0.4  - 0.6"), ["number:0.4", "number:0.6"]);
  assert.deepEqual(kinds("Rate\t0.4\t-0.6"), ["number:0.4", "number:0.6"]);
  assert.deepEqual(kinds("fell by 10%   -13.5%"), ["percent:10%", "percent:13.5%"]);
  assert.deepEqual(kinds("a change of 0.4 -0.6"), ["number:0.4", "number:0.6"]);
});

test("a label's colon before a figure is not a ratio; a ratio is", () => {
  const text = "Tổng thu năm 2024: 7.513,5 triệu đồng. Tỷ lệ học sinh/giáo viên 15.4:1, tỷ lệ bản đồ 1:25.000.\n";
  const r = analyze(text, { languageId: "plaintext" });
  const figs = r.figures.map((f) => text.slice(f.start, f.end));
  assert.ok(figs.includes("7.513,5 triệu đồng"), JSON.stringify(figs));
  assert.ok(!figs.some((f) => /^(?:15\.4|1)$/.test(f)), JSON.stringify(figs));
  assert.ok(r.nonFigures.some((n) => text.slice(n.start, n.end) === "15.4:1"));
});
