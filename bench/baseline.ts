// The floor no figure checker can beat: read the files and find every numeric token with one regex.
// Run as a process (node bench/baseline.ts PATH...) so it is timed the same way as the CLI.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const NUMBER = /\d+(?:[.,]\d+)*/g;

function* walk(p: string): Generator<string> {
  if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) yield* walk(join(p, n));
  else yield p;
}

export function countNumbers(paths: string[]): number {
  let n = 0;
  for (const p of paths) for (const f of walk(p)) for (const _ of readFileSync(f, "utf8").matchAll(NUMBER)) n++;
  return n;
}

if (process.argv[1]?.endsWith("baseline.ts")) console.log(countNumbers(process.argv.slice(2)));
