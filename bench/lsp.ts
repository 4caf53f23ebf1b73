// The language server over stdio, driven by the protocol-test client (a real vscode-jsonrpc client).
// debounceMs is set to 0 through workspace/configuration so the times are analysis + transport only.
import { readFileSync } from "node:fs";
import { TestClient } from "../server/test/lsp/client.ts";
import { LineIndex } from "../server/src/core/text/positions.ts";
import { int, median, quantile, rng } from "./prng.ts";

const start = () => TestClient.start({ configuration: (p) => p.items.map(() => ({ debounceMs: 0 })) });

export async function openTimes(files: Record<string, string>, runs: number): Promise<Record<string, number>> {
  const client = await start();
  const out: Record<string, number> = {};
  try {
    for (const [name, path] of Object.entries(files)) {
      const text = readFileSync(path, "utf8");
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const uri = `file:///bench/${name}-${i}.md`;
        const t0 = performance.now();
        await client.open(uri, text);
        await client.diagnosticsFor(uri, 1);
        times.push(performance.now() - t0);
        await client.close(uri);
      }
      out[name] = median(times);
    }
  } finally {
    await client.stop();
  }
  return out;
}

/** One-character insertions at seeded random places; time from didChange to that version's diagnostics. */
/** Stops early when `budgetMs` is spent, so a slow server cannot stall the suite; returns the count done. */
export async function editTimes(path: string, edits: number, budgetMs: number): Promise<{ p50: number; p95: number; count: number }> {
  const client = await start();
  try {
    let text = readFileSync(path, "utf8");
    const uri = "file:///bench/edit.md";
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    const r = rng(7);
    const times: number[] = [];
    const begin = performance.now();
    for (let i = 0; i < edits && performance.now() - begin < budgetMs; i++) {
      const offset = int(r, 0, text.length);
      const pos = new LineIndex(text).position(offset);
      const ch = "0123456789 x"[int(r, 0, 11)]!;
      text = text.slice(0, offset) + ch + text.slice(offset);
      const t0 = performance.now();
      const version = await client.change(uri, { range: { start: pos, end: pos }, text: ch });
      await client.diagnosticsFor(uri, version);
      times.push(performance.now() - t0);
    }
    return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), count: times.length };
  } finally {
    await client.stop();
  }
}

function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Server resident memory after opening `count` documents of the given file (each analysed). */
export async function memoryWithOpenDocs(path: string, count: number): Promise<{ idleMB: number; openMB: number }> {
  const client = await start();
  try {
    const text = readFileSync(path, "utf8");
    const idleMB = rssMB(client.proc.pid!);
    for (let i = 0; i < count; i++) {
      const uri = `file:///bench/doc-${i}.md`;
      await client.open(uri, text.replace(/^## 1\./, `## ${i}.`)); // distinct texts, same size
      await client.diagnosticsFor(uri, 1);
    }
    return { idleMB, openMB: rssMB(client.proc.pid!) };
  } finally {
    await client.stop();
  }
}
