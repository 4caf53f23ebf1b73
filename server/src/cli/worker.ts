// A worker thread of `figlint check`: reads and checks the files it is sent and posts the reports
// back; the main thread keeps the order, so output is the same with or without workers.
import { parentPort } from "node:worker_threads";
import { readReport } from "../node/files.ts";
import { checkReport, readFailure } from "./report.ts";
import type { Job, JobResult } from "./pool.ts";

parentPort?.on("message", (job: Job) => {
  let result: JobResult;
  const r = job.text !== undefined ? { ok: true as const, text: job.text } : readReport(job.path, job.maxBytes);
  if (!r.ok) result = { index: job.index, report: readFailure(job.display, r) };
  else result = { index: job.index, report: checkReport(job.display, r.text, job.options) };
  parentPort!.postMessage(result);
});
