// The server process ends cleanly: exit code 0 after shutdown and exit, and it does not outlive a
// client that disappears without a word (its stdin closes), so no orphaned servers pile up.
import assert from "node:assert/strict";
import { once } from "node:events";
import { describe, test } from "node:test";
import { SAMPLE, TestClient } from "./client.ts";

describe("server lifecycle", () => {
  test("shutdown then exit ends the process with code 0", async () => {
    const c = await TestClient.start();
    await c.open("untitled:life.md", SAMPLE);
    await c.diagnosticsFor("untitled:life.md", 1);
    const exited = once(c.proc, "exit");
    await c.stop();
    const [code] = await exited;
    assert.equal(code, 0);
  });

  test("a client that goes away without shutdown takes the server with it", async () => {
    const c = await TestClient.start();
    const exited = once(c.proc, "exit");
    c.proc.stdin!.end();
    const [code] = await exited;
    assert.equal(code, 1);
    c.connection.dispose();
  });
});
