// Golden files: a missing or changed expected file is written and the test still fails, so new
// output is always read in a diff before it is accepted. UPDATE_GOLDEN=1 rewrites without failing.
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export function assertGolden(path: string, actual: unknown): void {
  const text = JSON.stringify(actual, null, 2) + "\n";
  if (process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(path, text);
    return;
  }
  if (!existsSync(path)) {
    writeFileSync(path, text);
    assert.fail(`golden file ${path} was missing and has been written: review it and run again`);
  }
  assert.deepEqual(JSON.parse(text), JSON.parse(readFileSync(path, "utf8")), `output differs from ${path} (UPDATE_GOLDEN=1 to accept)`);
}
