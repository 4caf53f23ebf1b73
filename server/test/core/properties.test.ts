// Properties of the whole core on arbitrary input: no exception, every range inside the text,
// deterministic output, and NFC/NFD giving the same findings.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { analyze } from "../../src/core/analyze.ts";
import type { AnalysisResult } from "../../src/core/types.ts";

function spansInside(r: AnalysisResult, len: number): void {
  const check = (s: { start: number; end: number }) => assert.ok(s.start >= 0 && s.end <= len && s.start <= s.end, `${s.start}-${s.end} of ${len}`);
  for (const f of r.figures) check(f);
  for (const n of r.nonFigures) check(n);
  for (const c of r.claims) check(c);
  for (const f of r.findings) {
    check(f);
    f.related.forEach(check);
    if (f.fix) check(f.fix);
  }
}

const pieces = [
  "đạt", "vượt", "đạt và vượt", "kế hoạch", "trong đó", "gồm", "chỉ tiêu", "xã", "tăng từ", "giảm từ", "xuống còn",
  "lên", "bình quân", "%/năm", "tỷ đồng", "nghìn tỷ", "(", ")", ";", ":", ", ", ". ", "\n", "\n\n", "- ", "khoảng",
  "hơn", "gần", "of which", "fell from", "to", "percent", "of the plan", "exceeded", "/", "-", "–", "\u00a0", "năm 2020",
  "cao hơn", "gấp", "lần", "xếp thứ", "<!--", "-->", "`", "```", "# ", "|",
];
const reportish = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.stringMatching(/^\d{1,6}([.,]\d{1,3})?$/), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((xs) => xs.join(" "));

test("never throws; ranges lie inside the text; output is deterministic", () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 200 }), reportish), fc.boolean(), (text, md) => {
      const opts = { languageId: md ? ("markdown" as const) : ("plaintext" as const) };
      const a = analyze(text, opts);
      spansInside(a, text.length);
      assert.deepEqual(analyze(text, opts), a);
    }),
    { numRuns: 400 },
  );
});

test("lone surrogates, NUL bytes and control characters do not break it", () => {
  for (const t of ["\ud800 12%", "abc\u0000 19/22 chỉ tiêu", "\udfff\ud800", "\u0007\u001b[31m 5,5%", "\uFEFF22 xã, trong đó 25 xã"]) {
    spansInside(analyze(t), t.length);
  }
});

test("NFC and NFD texts give the same findings at the same places", () => {
  fc.assert(
    fc.property(reportish, (text) => {
      const nfc = text.normalize("NFC");
      const nfd = text.normalize("NFD");
      const a = analyze(nfc);
      const b = analyze(nfd);
      assert.deepEqual(
        b.findings.map((f) => [f.rule, nfd.slice(f.start, f.end).normalize("NFC")]),
        a.findings.map((f) => [f.rule, nfc.slice(f.start, f.end)]),
      );
      assert.equal(b.figures.length, a.figures.length);
    }),
    { numRuns: 300 },
  );
});

test("a line of a million digits and 100,000 figures in a paragraph finish", () => {
  const digits = "1".repeat(1_000_000);
  spansInside(analyze(digits), digits.length);
  const many = Array.from({ length: 100_000 }, (_, i) => `${i % 97},5%`).join(" ");
  const r = analyze(many);
  assert.ok(r.figures.length > 90_000);
});
