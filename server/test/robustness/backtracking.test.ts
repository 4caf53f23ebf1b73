// Pathological text stays linear. The bound is not a fixed time: it is derived from how long this
// machine takes on 1 MB of ordinary report text, scaled by the input's size and multiplied by 20.
// Exponential or quadratic regular-expression backtracking on any of these inputs blows far past it
// (a single catastrophic pattern on a 1 MB run takes minutes), so the test catches it; ordinary
// slowness of a loaded CI machine does not.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { analyze } from "../../src/core/analyze.ts";
import type { AnalyzeOptions } from "../../src/core/types.ts";

const MB = 1024 * 1024;
const SAMPLE = readFileSync(join(__dirname, "../../../test-fixtures/sample/bao-cao-mau.md"), "utf8");

/** `unit` repeated to about `size` UTF-16 units. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
}

function timed(text: string, options?: AnalyzeOptions): number {
  const t0 = performance.now();
  const r = analyze(text, options);
  const ms = performance.now() - t0;
  assert.ok(Array.isArray(r.findings));
  return ms;
}

// Ordinary text of 1 MB: the sample report repeated, each copy numbered, so that every paragraph is
// read (identical paragraphs are read once and would make the baseline a cache hit). Warm up first,
// then take the faster of two runs.
const copies = Math.ceil(MB / (SAMPLE.length + 8));
const normal = Array.from({ length: copies }, (_, i) => SAMPLE.replace(/\n\n/g, ` (${i})\n\n`) + "\n\n").join("").slice(0, MB);
timed(normal.slice(0, 64 * 1024));
const baselineMs = Math.min(timed(normal), timed(normal));
/** 20 × the time of ordinary text of the same size, with one second for timer and GC noise. */
const bound = (chars: number) => 20 * baselineMs * Math.max(1, chars / MB) + 1000;

const oneLine = SAMPLE.replace(/\s+/g, " ");
const md: AnalyzeOptions = { languageId: "markdown" };
/** name, generator of about `size` characters, options, and a todo for known core bugs. */
type Case = [string, (size: number) => string, AnalyzeOptions | undefined, string?];
const cases: Case[] = [
  ["10,000 nested list items (one level deeper each line, wrapping at 200 levels)", (n) => Array.from({ length: Math.round(n / 26) }, (_, i) => " ".repeat((i % 200) * 2) + `- ${i} chỉ tiêu đạt ${i % 100}%`).join("\n"), md],
  ["list markers nested on one line", (n) => "- ".repeat(n / 2) + "22 chỉ tiêu, trong đó 18 chỉ tiêu kinh tế", md],
  ["nested block quotes", (n) => "> ".repeat(n / 2) + "22 chỉ tiêu, gồm 18 và 3", md],
  ["1.1.1.1…", (n) => fill("1.", n), undefined],
  ["1,1,1,1…", (n) => fill("1,", n), undefined],
  ["1 1 1 1…", (n) => fill("1 ", n), undefined],
  ["1/1/1/1…", (n) => fill("1/", n), undefined],
  ["1-1-1-1…", (n) => fill("1-", n), undefined],
  ["1.000.000.000…", (n) => "1" + fill(".000", n), undefined],
  ["((((…", (n) => fill("(", n), undefined],
  ["(1(1(1…", (n) => fill("(1", n), undefined],
  ["%%%% then 1%1%1%", (n) => fill("%", n / 2) + fill("1%", n / 2), undefined],
  ["repeated 'trong đó'", (n) => "Tổng 100 chỉ tiêu " + fill("trong đó ", n) + " 50 chỉ tiêu.", undefined],
  ["repeated 'đạt và vượt'", (n) => "Thu ngân sách " + fill("đạt và vượt ", n) + "kế hoạch (đạt 96%).", undefined],
  ["repeated 'tăng từ 5% lên'", (n) => fill("tăng từ 5% lên ", n) + "7%.", undefined],
  ["repeated qualifiers 'khoảng hơn gần'", (n) => fill("khoảng hơn gần ", n) + "5 chỉ tiêu", undefined],
  ["one word without spaces", (n) => fill("chỉtiêu", n), undefined],
  ["combining marks on one letter", (n) => "a" + fill("\u0301", n), undefined],
  ["Markdown openers never closed (<!--, ```, [ and `)", (n) => fill("<!-- ``` [a]( ` 5 chỉ tiêu ", n), md],
  ["a table row of many cells", (n) => "|" + fill(" 12,5 |", n), md],
  ["repeated 'trong đó 5 chỉ tiêu,' after a total", (n) => "Tổng 100 chỉ tiêu " + fill("trong đó 5 chỉ tiêu, ", n), undefined],
  ["a long list of parts after 'gồm'", (n) => "Tổng 100 chỉ tiêu, gồm " + fill("5 chỉ tiêu, ", n), undefined],
];
const FULL = 128 * 1024;

test(`baseline: 1 MB of ordinary report text is analysed (${Math.round(baselineMs)} ms)`, () => {
  assert.ok(baselineMs > 0);
});

test(
  "a 1 MB line of report text finishes within 20× the same text in paragraphs",
  () => {
    const text = fill(oneLine + " ", MB);
    const ms = timed(text);
    assert.ok(ms < bound(text.length), `${Math.round(ms)} ms; bound ${Math.round(bound(text.length))} ms`);
  },
);

function check(name: string, make: (size: number) => string, options: AnalyzeOptions | undefined, full: number, strict = false): void {
  const small = make(full / 4);
  const text = make(full);
  const smallMs = timed(small, options);
  const ms = timed(text, options);
  const why = `${name}: ${Math.round(ms)} ms for ${text.length} chars, ${Math.round(smallMs)} ms for ${small.length}; baseline ${Math.round(baselineMs)} ms per MB`;
  assert.ok(ms < bound(text.length), `over 20× ordinary text — ${why}`);
  // Small inputs: 20× ordinary text of the same size, without the 1 MB floor.
  if (strict) assert.ok(ms < (20 * baselineMs * text.length) / MB + 250, `over 20× ordinary text of its size — ${why}`);
  // Four times the input may take at most eight times as long (linear with room for noise): a
  // quadratic scan takes sixteen, an exponential one never returns.
  assert.ok(ms < 8 * smallMs + 250, `grows faster than linear — ${why}`);
}

for (const [name, make, options] of cases) {
  test(`pathological input stays linear and within 20× ordinary text: ${name}`, () => check(name, make, options, FULL));
}
