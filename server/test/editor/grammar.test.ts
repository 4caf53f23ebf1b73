// The TextMate injection grammar, tokenised with the same engine VS Code uses (vscode-textmate on
// Oniguruma): which spans of report text get which figlint scope.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import * as oniguruma from "vscode-oniguruma";
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from "vscode-textmate";

const ROOT = join(__dirname, "../../..");
const GRAMMAR = join(ROOT, "syntaxes/figlint.injection.tmLanguage.json");

let grammar: IGrammar;

/** [text, figlint scope] for every token that carries a figlint scope. */
function marks(line: string): [string, string][] {
  const { tokens } = grammar.tokenizeLine(line, INITIAL);
  const out: [string, string][] = [];
  for (const t of tokens) {
    const scope = t.scopes.find((s) => s.endsWith(".figlint"));
    if (scope) out.push([line.slice(t.startIndex, t.endIndex), scope]);
  }
  return out;
}

describe("injection grammar", () => {
  before(async () => {
    const wasm = readFileSync(join(ROOT, "node_modules/vscode-oniguruma/release/onig.wasm"));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scope) => (scope === "figlint.injection" ? parseRawGrammar(readFileSync(GRAMMAR, "utf8"), GRAMMAR) : null),
    });
    const g = await registry.loadGrammar("figlint.injection");
    assert.ok(g);
    grammar = g;
  });

  test("the manifest injects it into Markdown and plain text", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const raw = JSON.parse(readFileSync(GRAMMAR, "utf8"));
    const entry = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === raw.scopeName);
    assert.deepEqual(entry, { scopeName: "figlint.injection", path: "./syntaxes/figlint.injection.tmLanguage.json", injectTo: ["text.html.markdown", "text.plain"] });
    assert.match(raw.injectionSelector, /L:text\.html\.markdown -markup\.fenced_code -markup\.inline\.raw/);
  });

  test("Vietnamese percentages, fractions, scaled amounts and multipliers", () => {
    assert.deepEqual(marks("Có 19/21 xã (90,5%) đạt chuẩn, vốn 12.467,5 tỷ đồng, gấp 2,5 lần năm trước."), [
      ["19/21", "constant.numeric.fraction.figlint"],
      ["90,5%", "constant.numeric.percent.figlint"],
      ["12.467,5 tỷ đồng", "constant.numeric.amount.figlint"],
      ["2,5 lần", "constant.numeric.multiplier.figlint"],
    ]);
  });

  test("English styles, ranges and percentage points", () => {
    assert.deepEqual(marks("Growth of 9-10% and 1.5 percentage points; 19 of 21 communes; US$ 2.3 billion; 3 times."), [
      ["9-10%", "constant.numeric.range.figlint"],
      ["1.5 percentage points", "constant.numeric.percent.points.figlint"],
      ["19 of 21", "constant.numeric.fraction.figlint"],
      ["US$ 2.3 billion", "constant.numeric.amount.figlint"],
      ["3 times", "constant.numeric.multiplier.figlint"],
    ]);
  });

  test("dates and periods of years are set apart, not coloured as fractions or ranges", () => {
    assert.deepEqual(marks("Ngày 10/11 và ngày 18/7/2022, giai đoạn 2021-2025, đạt 98 phần trăm."), [
      ["10/11", "meta.date.figlint"],
      ["18/7/2022", "meta.date.figlint"],
      ["2021-2025", "meta.period.figlint"],
      ["98 phần trăm", "constant.numeric.percent.figlint"],
    ]);
  });

  test("numbers inside words and plain counts are left alone", () => {
    assert.deepEqual(marks("Mã COVID-19, phiên bản v2.3, có 22 chỉ tiêu."), []);
  });
});
