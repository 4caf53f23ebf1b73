// Spreads files over worker threads. Results come back in any order and are put back in input
// order, so the report is identical to a single-threaded run.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { AnalyzeOptions } from "../core/types.ts";
import type { FileReport } from "./report.ts";

export interface Job {
  index: number;
  path: string;
  display: string;
  text?: string;
  maxBytes: number;
  options: AnalyzeOptions;
}

export interface JobResult {
  index: number;
  report: FileReport;
}

/** The bundled worker beside this bundle; absent when running from sources (tests run in-process). */
export function workerScript(): string | undefined {
  const p = join(__dirname, "worker.js");
  return existsSync(p) ? p : undefined;
}

export function defaultWorkers(files: number): number {
  if (files < 64) return 1;
  return Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(files / 64)));
}

export async function runPool(jobs: Job[], workers: number, script: string, onDone: () => void): Promise<FileReport[]> {
  const out: FileReport[] = new Array(jobs.length);
  let next = 0;
  const threads: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: Math.min(workers, jobs.length) }, () =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(script);
          threads.push(w);
          const feed = () => {
            if (next >= jobs.length) {
              resolve();
              return;
            }
            w.postMessage(jobs[next++]);
          };
          w.on("message", (r: JobResult) => {
            out[jobs.findIndex((j) => j.index === r.index)] = r.report;
            onDone();
            feed();
          });
          w.on("error", reject);
          feed();
        }),
      ),
    );
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return out;
}
