// Whole-process wall time and peak memory of a command, from /usr/bin/time -v when present; without
// it, peak memory falls back to this process's own resourceUsage().maxRSS (an upper bound, marked so).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ProcessRun { ms: number; peakMB: number; status: number | null }

const TIME = "/usr/bin/time";

export function runProcess(cmd: string, args: string[], cwd?: string): ProcessRun {
  const report = join(tmpdir(), `figlint-bench-time-${process.pid}.txt`);
  const t0 = performance.now();
  const r = existsSync(TIME)
    ? spawnSync(TIME, ["-v", "-o", report, cmd, ...args], { cwd, stdio: "ignore" })
    : spawnSync(cmd, args, { cwd, stdio: "ignore" });
  const ms = performance.now() - t0;
  let peakMB = NaN;
  if (existsSync(TIME)) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(report, "utf8"));
    if (m) peakMB = Number(m[1]) / 1024;
    rmSync(report, { force: true });
  } else {
    peakMB = process.resourceUsage().maxRSS / 1024; // fallback: an upper bound over all children so far
  }
  return { ms, peakMB, status: r.status };
}
