// figlint makes no network requests: the CLI runs over every fixture with all network entry points
// replaced by ones that throw and report; none is called.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";

const repo = join(__dirname, "../../..");

test("the CLI checks every fixture without touching the network", () => {
  const r = spawnSync(
    process.execPath,
    ["--require", join(repo, "server/test/helpers/no-network.cjs"), join(repo, "server/out/cli.js"), "check", "--format", "sarif", "test-fixtures/passages", "test-fixtures/rules", "test-fixtures/figures", "test-fixtures/sample", "test-fixtures/eval"],
    // (The SARIF of every fixture passes spawnSync's default 1 MB buffer.)
    { cwd: repo, encoding: "utf8", env: { ...process.env, CI: "1" }, maxBuffer: 64 * 1024 * 1024 },
  );
  assert.doesNotMatch(r.stderr, /NETWORK-ATTEMPT/);
  assert.ok(r.status === 0 || r.status === 1 || r.status === 2, r.stderr);
  assert.ok(JSON.parse(r.stdout).runs[0].results.length > 0);
  // The guard itself works: a process that does reach out is caught.
  const probe = spawnSync(process.execPath, ["--require", join(repo, "server/test/helpers/no-network.cjs"), "-e", "try { require('node:http').get('http://127.0.0.1:9') } catch {}"], { encoding: "utf8" });
  assert.match(probe.stderr, /NETWORK-ATTEMPT http\.request/);
});
