// Golden check for performance work: every result analyze() gives, written as stable JSON, so an
// optimisation can be shown to change no finding, figure, claim or count (compare the output byte for
// byte before and after a change).
//
//   node --import tsx bench/golden.ts /tmp/golden-before.jsonl     # before the change
//   node --import tsx bench/golden.ts /tmp/golden-after.jsonl      # after it
//   cmp /tmp/golden-before.jsonl /tmp/golden-after.jsonl
//
// Texts: every .md/.txt under test-fixtures/, the bench generator's 10 KB, 100 KB and 1 MB reports,
// and the first 200 files of its folder corpus (the same seeds as bench/generate.ts writeCorpus). Each
// is analysed with the default settings and with the locale forced the other ways and the off-by-
// default unchecked-figure rule on; a few Analyzer edit sequences check the incremental path too.
// One JSON line per case: the whole AnalysisResult (findings with rule, severity, range, message,
// related, fix; figures, non-figures, claims, stats, mixed styles, suppressions).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { analyze, Analyzer } from "../server/src/core/analyze.ts";
import type { AnalyzeOptions, SettingsInput } from "../server/src/core/types.ts";
import { report, SIZES } from "./generate.ts";
import { int, rng } from "./prng.ts";

const ROOT = resolve(__dirname, "..");

const VARIANTS: Record<string, SettingsInput | undefined> = {
  default: undefined,
  vi: { locale: "vi", rules: { "unchecked-figure": "hint" } },
  en: { locale: "en", rules: { "unchecked-figure": "warning" } },
};

function fixtures(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...fixtures(p));
    else if (/\.(md|txt)$/.test(name)) out.push(p);
  }
  return out;
}

function main(): void {
  const outPath = process.argv[2] ?? "/tmp/figlint-golden.jsonl";
  const lines: string[] = [];
  const t0 = performance.now();
  const emit = (name: string, text: string, languageId: AnalyzeOptions["languageId"], variants: string[]) => {
    for (const v of variants) {
      const r = analyze(text, { languageId, settings: VARIANTS[v] });
      lines.push(JSON.stringify({ case: `${name}|${languageId}|${v}`, result: r }));
    }
  };

  for (const p of fixtures(join(ROOT, "test-fixtures"))) {
    const lid = p.endsWith(".md") ? "markdown" : "plaintext";
    emit(relative(ROOT, p), readFileSync(p, "utf8"), lid, Object.keys(VARIANTS));
  }
  for (const size of ["10KB", "100KB", "1MB"] as const) {
    const text = report(SIZES[size], SIZES[size]);
    emit(`report-${size}`, text, "markdown", size === "1MB" ? ["default", "en"] : Object.keys(VARIANTS));
    if (size !== "1MB") emit(`report-${size}`, text, "plaintext", ["default"]);
  }
  const r = rng(42);
  for (let i = 0; i < 200; i++) emit(`folder-${i}`, report(1000 + i, int(r, 2000, 8000)), "markdown", ["default"]);

  // The incremental path: deterministic edits (insert, delete, replace a digit) on the 100 KB report.
  const er = rng(7);
  let text = report(SIZES["100KB"], SIZES["100KB"]);
  const an = new Analyzer({ retainUnits: false });
  for (let k = 0; k < 30; k++) {
    const at = int(er, 0, text.length - 1);
    const what = k % 3;
    text = what === 0 ? text.slice(0, at) + "7" + text.slice(at) : what === 1 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + "4" + text.slice(at + 1);
    const res = an.analyze(text, { languageId: "markdown" });
    lines.push(JSON.stringify({ case: `edit-${k}`, findings: res.findings, stats: res.stats }));
    an.compact();
  }

  const body = lines.join("\n") + "\n";
  writeFileSync(outPath, body);
  const hash = createHash("sha256").update(body).digest("hex");
  console.log(`${lines.length} cases, ${(body.length / 1e6).toFixed(1)} MB, sha256 ${hash} → ${outPath} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

main();
