// npm run bench: generates the corpus in a temp dir, measures the regex baseline, core analyze(), the
// CLI, markdownlint-cli2 and the language server, then writes bench/RESULTS.md and prints it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { analyze } from "../server/src/core/analyze.ts";
import { writeCorpus } from "./generate.ts";
import { editTimes, memoryWithOpenDocs, openTimes } from "./lsp.ts";
import { median } from "./prng.ts";
import { runProcess, type ProcessRun } from "./process.ts";

const ROOT = resolve(__dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const EDIT_BUDGET_MS = 45_000;
const CLI = join(ROOT, "server/out/cli.js");
const MDL = join(ROOT, "node_modules/.bin/markdownlint-cli2");

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

function medianRun(runs: number, f: () => ProcessRun): { ms: number; peakMB: number; status: number | null } {
  const rs = Array.from({ length: runs }, f);
  return { ms: median(rs.map((r) => r.ms)), peakMB: median(rs.map((r) => r.peakMB)), status: rs[0]!.status };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "figlint-bench-"));
  const rows: string[][] = [];
  const row = (what: string, median: string, ratio: string, peak: string, note = "") => {
    rows.push([what, median, ratio, peak, note]);
    console.error(`  ${what}: ${median} ${ratio} ${peak} ${note}`);
  };
  try {
    console.error(`generating corpus in ${dir}`);
    const c = writeCorpus(dir);
    const node = process.execPath;
    const baseline = join(ROOT, "bench/baseline.ts");
    const base = (p: string) => medianRun(RUNS, () => runProcess(node, ["--import", "tsx", baseline, p], ROOT));
    const bFolder = base(c.folder);
    const b10 = base(c.files["10MB"]);
    row("regex baseline, 2,000-file folder (process)", fmt(bFolder.ms), "1×", `${bFolder.peakMB.toFixed(0)} MB`);
    row("regex baseline, 10 MB file (process)", fmt(b10.ms), "1×", `${b10.peakMB.toFixed(0)} MB`);

    // In-process floor for analyze(): the same regex over the same 1 MB string.
    const text1 = readFileSync(c.files["1MB"], "utf8");
    const rx: number[] = [], an: number[] = [];
    for (let i = 0; i < 5; i++) {
      let t0 = performance.now();
      [...text1.matchAll(/\d+(?:[.,]\d+)*/g)].length;
      rx.push(performance.now() - t0);
      t0 = performance.now();
      analyze(text1, { languageId: "markdown" });
      an.push(performance.now() - t0);
    }
    row("core analyze(), 1 MB (in-process, 5 runs)", fmt(median(an)), `${(median(an) / median(rx)).toFixed(0)}× (regex ${fmt(median(rx))})`, "", `aim: < 50 ms → ${median(an) < 50 ? "met" : "missed"}`);

    const cli = (workers: string, p: string) =>
      medianRun(RUNS, () => runProcess(node, [CLI, "check", "--format", "json", "--max-file-size", "20", "--workers", workers, "-o", join(dir, "out.json"), p]));
    const cWorkers = cli("2", c.folder);
    const c1 = cli("1", c.folder);
    row("CLI, folder, --workers 1", fmt(c1.ms), `${(c1.ms / bFolder.ms).toFixed(1)}×`, `${c1.peakMB.toFixed(0)} MB`, `target ≤ 3× baseline; exit ${c1.status}`);
    row("CLI, folder, --workers 2", fmt(cWorkers.ms), `${(cWorkers.ms / bFolder.ms).toFixed(1)}×`, `${cWorkers.peakMB.toFixed(0)} MB`, `exit ${cWorkers.status}`);
    const c10 = medianRun(1, () => runProcess(node, [CLI, "check", "--format", "json", "--max-file-size", "20", "--workers", "1", "-o", join(dir, "out.json"), c.files["10MB"]]));
    row("CLI, 10 MB file (1 run)", fmt(c10.ms), `${(c10.ms / b10.ms).toFixed(1)}×`, `${c10.peakMB.toFixed(0)} MB`, `exit ${c10.status}${c10.status === 2 ? " (internal error)" : ""}`);

    if (existsSync(MDL)) {
      const m = medianRun(RUNS, () => runProcess(MDL, ["**/*.md"], c.folder));
      row("markdownlint-cli2 (default rules), folder", fmt(m.ms), `${(m.ms / bFolder.ms).toFixed(1)}×`, `${m.peakMB.toFixed(0)} MB`, `figlint --workers 1 is ${(c1.ms / m.ms).toFixed(1)}× its time`);
    } else row("markdownlint-cli2", "n/a", "", "", "not installed");

    const { "10MB": _skip, ...lspFiles } = c.files;
    const opens = await openTimes(lspFiles, RUNS);
    for (const [name, ms] of Object.entries(opens)) row(`server didOpen → publishDiagnostics, ${name}`, fmt(ms), "", "");
    for (const name of ["100KB", "1MB"] as const) {
      const e = await editTimes(c.files[name], 200, EDIT_BUDGET_MS);
      row(`server 1-char didChange → publishDiagnostics, ${name}`, `p50 ${fmt(e.p50)}`, `p95 ${fmt(e.p95)}`, "", `${e.count} edits${e.count < 200 ? ` (stopped at the ${EDIT_BUDGET_MS / 1000} s budget)` : ""}; target p95 < 30 ms (1 MB)`);
    }
    const mem = await memoryWithOpenDocs(c.files["100KB"], 100);
    row("server RSS, 100 open 100 KB documents", `${mem.openMB.toFixed(0)} MB`, "", "", `idle ${mem.idleMB.toFixed(0)} MB; target < 150 MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const md = [
    "# figlint benchmark results",
    "",
    `Command: \`npm run bench\` (BENCH_RUNS=${RUNS}; medians over ${RUNS} runs unless noted). Machine: ${cpus().length} cores (nproc), ${cpus()[0]?.model ?? "?"}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    "",
    "Process times are whole-process wall time; peak memory is max RSS from `/usr/bin/time -v`. Ratios are to the regex baseline (read the same files, find every numeric token with one regular expression). Server times use debounceMs 0. The 10 MB file is not opened in the server (its default maxFileSizeMB is 10).",
    "",
    "| Measure | Median | Ratio / p95 | Peak memory | Note |",
    "|---|---:|---:|---:|---|",
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
  ].join("\n");
  writeFileSync(join(ROOT, "bench/RESULTS.md"), md);
  console.log(md);
}

void main();
