// The pieces that make an edit cheap must not change what is found: re-splitting only around an edit
// gives the units a full split gives; an Analyzer that keeps only the findings of its units (the
// language server's) or was compacted gives what a fresh analysis gives, hovers included; and the
// fast serialisation of publishDiagnostics gives the bytes JSON.stringify gives.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { analyze, Analyzer } from "../../src/core/analyze.ts";
import { DEFAULT_TOLERANCES } from "../../src/core/settings.ts";
import { LineIndex } from "../../src/core/text/positions.ts";
import { resplitUnits, splitUnits } from "../../src/core/text/units.ts";
import { findingToDiagnostic, resultDiagnostics } from "../../src/lsp/diagnostics.ts";
import { hoverAt } from "../../src/lsp/hover.ts";
import { wireEncoder } from "../../src/lsp/wire.ts";

const fixtures = join(__dirname, "../../../test-fixtures");
const base = ["figures/bao-cao-9-thang.md", "rules/parts-sum/invalid.md", "rules/status-contradiction/invalid.md", "rules/mixed-number-style/invalid.md"]
  .map((p) => readFileSync(join(fixtures, p), "utf8"))
  .join("\n\n");

function rng(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

test("re-splitting around an edit gives the units of a full split", () => {
  const pieces = ["\n", "\n\n", "\r\n", "---", "...", "```", "~~~", "  ", "- ", "1. ", "a) ", "# ", "## H", ":", "：", "text", "\u00a0", " \n", "\t", "* item", "\n- y", "2) "];
  const rnd = rng(1);
  for (let it = 0; it < 3000; it++) {
    let t = "";
    for (let i = rnd(80); i > 0; i--) t += pieces[rnd(pieces.length)];
    for (const md of [true, false]) {
      const before = splitUnits(t, md);
      const p = rnd(t.length + 1);
      const del = Math.min(rnd(5), t.length - p);
      const t2 = t.slice(0, p) + (rnd(3) ? pieces[rnd(pieces.length)] : "") + t.slice(p + del);
      let cp = 0;
      while (cp < t.length && cp < t2.length && t[cp] === t2[cp]) cp++;
      let cs = 0;
      while (cs < t.length - cp && cs < t2.length - cp && t[t.length - 1 - cs] === t2[t2.length - 1 - cs]) cs++;
      assert.deepEqual(resplitUnits(before, t2, md, cp, t.length - cs, t2.length - cs).units, splitUnits(t2, md), JSON.stringify([t, t2, md]));
    }
  }
});

test("an Analyzer keeping only findings, or compacted, equals a fresh analysis; hovers read the same", () => {
  const rnd = rng(7);
  const inserts = ["1", "9", ",", "%", " %", "\n", "\n\n", " xã", "đạt ", "<!-- figlint-disable-next-line -->\n", "\u0000", "- "];
  for (const retainUnits of [false, true]) {
    const a = new Analyzer({ retainUnits });
    let text = base;
    for (let i = 0; i < 40; i++) {
      const at = rnd(text.length + 1);
      text = text.slice(0, at) + inserts[rnd(inserts.length)] + text.slice(Math.min(text.length, at + rnd(8)));
      if (i % 7 === 6) text = text.replace(/\u0000/g, "");
      const settings = i % 5 === 0 ? { rules: { "unchecked-figure": "hint" as const } } : {};
      const got = a.analyze(text, { languageId: "markdown", settings });
      if (i % 3 === 0) a.compact();
      const want = analyze(text, { languageId: "markdown", settings });
      for (let o = 0; o < text.length; o += 97) assert.deepEqual(hoverAt(got, o, DEFAULT_TOLERANCES), hoverAt(want, o, DEFAULT_TOLERANCES));
      assert.deepEqual(got, want);
    }
  }
});

test("publishDiagnostics assembled from cached pieces is byte for byte JSON.stringify", async () => {
  const a = new Analyzer({ retainUnits: false });
  const rnd = rng(3);
  // Enough findings for the assembled path (short lists are stringified as they are).
  let text = [base, base, base, base].join("\n\n");
  for (let version = 1; version < 30; version++) {
    const at = rnd(text.length);
    text = text.slice(0, at) + ["7", "\n", " ", "\n\n"][rnd(4)] + text.slice(at);
    const result = a.analyze(text, { languageId: "markdown" });
    const index = new LineIndex(text);
    const uri = "file:///tmp/b%C3%A1o-c%C3%A1o.md";
    const diagnostics = resultDiagnostics(result, index, uri, version);
    assert.deepEqual(diagnostics.slice(0, result.findings.length), result.findings.map((f) => findingToDiagnostic(f, index, uri, version)));
    const msg = { jsonrpc: "2.0", method: "textDocument/publishDiagnostics", params: { uri, version, diagnostics } };
    assert.ok(diagnostics.length >= 16);
    const bytes = await wireEncoder.encode(msg, { charset: "utf-8" });
    assert.equal(Buffer.from(bytes).toString("utf8"), JSON.stringify(msg));
  }
});
