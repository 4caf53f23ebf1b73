// The language server under load and under malformed traffic. Thousands of edits sent back to back,
// with hovers and code-action requests in between: every request is answered or cancelled with a
// proper error, the final diagnostics equal a fresh analyze() of the final text, and the server makes
// no network request while doing it (the no-network preload is in its NODE_OPTIONS). Once the
// documents are closed and the server is idle, it holds nothing for them and its heap (after a full
// garbage collection) is back to what it was after a warm-up round: a cache keyed by URI or version
// that is never cleared, a per-edit record or a pending timer makes that test fail. Then messages a
// client should never send: the server answers with an error or ignores them, and still answers a
// hover afterwards.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { LSPErrorCodes, ResponseError, type Diagnostic } from "vscode-languageserver-protocol/node";
import { analyze } from "../../src/core/analyze.ts";
import { LineIndex } from "../../src/core/text/positions.ts";
import type { InternalsResult } from "../../src/lsp/protocol.ts";
import { applyEdits, ROOT, SAMPLE, TestClient } from "../lsp/client.ts";

const EDITS = 10_000;
/** A real report of about 2 KB (the bundled sample). */
const REPORT = readFileSync(join(ROOT, "test-fixtures/sample/bao-cao-mau.md"), "utf8");

/** A small deterministic generator, so a failure replays. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function key(d: { code?: unknown; range: Diagnostic["range"] }): string {
  return `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}

/** What a fresh analysis of `text` says, in the form the server publishes. */
function expected(text: string): string[] {
  const index = new LineIndex(text);
  return analyze(text, { languageId: "markdown" }).findings.map((f) => key({ code: f.rule, range: index.range(f) })).sort();
}

const ACCEPTABLE = new Set<number>([LSPErrorCodes.RequestCancelled, LSPErrorCodes.ContentModified, LSPErrorCodes.ServerCancelled]);

/** One round of typing: `edits` edits to a new document, with hovers and code actions in between,
 * then the final diagnostics compared with a fresh analysis and the document closed. */
async function typingRound(c: TestClient, uri: string, edits: number, seed: number): Promise<void> {
  let text = `# Báo cáo\n\n${SAMPLE}\n\nDoanh thu đạt 1.250 tỷ đồng, tăng 12,5% so với năm 2024.\n`;
  await c.open(uri, text);
  await c.diagnosticsFor(uri, 1);
  const random = rng(seed);
  const alphabet = "0123456789 ,.%/chỉtiêu\n";
  const requests: { what: string; p: Promise<unknown> }[] = [];
  let version = 1;
  for (let i = 0; i < edits; i++) {
    const index = new LineIndex(text);
    const at = Math.floor(random() * (text.length + 1));
    // Mostly single keystrokes, sometimes a deletion; the text stays about the same size.
    const del = text.length > 400 && random() < 0.5 ? Math.min(text.length - at, 1 + Math.floor(random() * 3)) : 0;
    const insert = del && random() < 0.5 ? "" : alphabet[Math.floor(random() * alphabet.length)];
    const range = { start: index.position(at), end: index.position(at + del) };
    text = applyEdits(text, [{ range, newText: insert }]);
    // Not awaited one by one: the messages go out as fast as the pipe takes them, in order.
    requests.push({ what: `change ${i}`, p: c.change(uri, { range, text: insert }) });
    version++;
    if (i % 25 === 0) {
      const pos = new LineIndex(text).position(Math.floor(random() * text.length));
      requests.push({ what: `hover ${i}`, p: c.hover(uri, pos.line, pos.character) });
    }
    if (i % 40 === 0) {
      const end = new LineIndex(text).position(text.length);
      requests.push({ what: `code actions ${i}`, p: c.codeActions(uri, { start: { line: 0, character: 0 }, end }, []) });
    }
  }
  const settled = await Promise.allSettled(requests.map((r) => r.p));
  settled.forEach((s, i) => {
    if (s.status === "fulfilled") return;
    const e = s.reason as unknown;
    assert.ok(e instanceof ResponseError && ACCEPTABLE.has(e.code), `${requests[i].what} failed: ${String(e)}`);
  });
  const final = await c.diagnosticsFor(uri, version);
  assert.deepEqual(final.map(key).sort(), expected(text));
  // The server is still responsive.
  assert.notEqual(await c.hover(uri, 0, 0), undefined);
  await closed(c, uri);
}

/** Closes a document and waits for the server to clear its diagnostics (it does so on close). */
async function closed(c: TestClient, uri: string): Promise<void> {
  const seen = c.published.length;
  await c.close(uri);
  await c.waitFor(() => c.published.slice(seen).find((p) => p.uri === uri && p.version === undefined && p.diagnostics.length === 0), `diagnostics of ${uri} cleared on close`);
}

/** Many documents, each opened, analysed, hovered and closed: a cache keyed by URI that outlives
 * the close grows by a whole analysis per document. */
async function manyDocuments(c: TestClient, prefix: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const uri = `untitled:${prefix}-${i}.md`;
    await c.open(uri, `# Tài liệu ${i}\n\n${REPORT}\n\n${SAMPLE.replace("22", String(22 + i))}\n`);
    await c.diagnosticsFor(uri, 1);
    await c.hover(uri, 2, 10);
    await closed(c, uri);
  }
}

/** Settled, then measured: the server's heap after a full collection and what it holds. */
async function idleInternals(c: TestClient): Promise<InternalsResult> {
  // A settle pass first: timers that an analysis armed (debounce, setImmediate) have run by now.
  await c.internals();
  await new Promise((r) => setTimeout(r, 250));
  return c.internals();
}

const MB = 1024 * 1024;
/** Heap growth tolerated between the warm-up and the end: about 0.4 MB is normal (V8's code and
 * feedback caches, hash tables that keep their capacity; it levels off after a few thousand
 * documents). Anything kept per edit or per document blows past it: every text typed kept is about
 * 9 MB, one analysis kept per closed document about 18 MB, one small map entry per edit about 1.7 MB,
 * the diagnostics of each analysed version about 1.7 MB (measured by injecting each into the server). */
const HEAP_GROWTH_LIMIT = 1 * MB;
const DOCUMENTS = 300;

describe("language server under load", () => {
  let c: TestClient;
  let baseline: InternalsResult;
  before(async () => {
    // The server gets the no-network preload (every network entry point throws and says so), a
    // collectable heap (--expose-gc) and the internals request.
    const nodeOptions = `${process.env.NODE_OPTIONS ?? ""} --require ${join(ROOT, "server/test/helpers/no-network.cjs")}`.trim();
    c = await TestClient.start({ execArgv: ["--expose-gc"], env: { NODE_OPTIONS: nodeOptions, FIGLINT_DIAGNOSTICS: "1" } });
    // Warm-up: the same kinds of work as below, on other documents, so that code compiled and caches
    // filled once are in the baseline.
    await typingRound(c, "untitled:warm-up.md", 2_000, 3);
    await manyDocuments(c, "warm-up", DOCUMENTS);
    baseline = await idleInternals(c);
  });
  after(() => c.stop());

  test(`${EDITS} edits with hovers and code actions in between: all answered, final diagnostics as a fresh analysis`, async () => {
    await typingRound(c, "untitled:load.md", EDITS, 7);
    assert.equal(c.proc.exitCode, null);
    assert.doesNotMatch(c.stderr.join(""), /NETWORK-ATTEMPT/);
  });

  test(`${DOCUMENTS} documents opened, analysed, hovered and closed one after another`, async () => {
    await manyDocuments(c, "many", DOCUMENTS);
    assert.equal(c.proc.exitCode, null);
  });

  test("with every document closed and the server idle, it holds nothing for them and its heap is back to the warm-up baseline", async (t) => {
    const now = await idleInternals(c);
    assert.equal(now.gc, true, "the server runs with --expose-gc");
    const growth = now.memory.heapUsed - baseline.memory.heapUsed;
    t.diagnostic(`heapUsed after warm-up ${(baseline.memory.heapUsed / MB).toFixed(2)} MB, at the end ${(now.memory.heapUsed / MB).toFixed(2)} MB (${growth >= 0 ? "+" : ""}${(growth / 1024).toFixed(0)} KB); rss ${(baseline.memory.rss / MB).toFixed(1)} → ${(now.memory.rss / MB).toFixed(1)} MB`);
    // Nothing per document survives its close.
    assert.equal(now.documents, 0, "documents held");
    assert.deepEqual(now.checker, { entries: 0, timers: 0, waiters: 0, inflight: 0 }, "checker state");
    assert.equal(now.settingsCache, 0, "settings cached per URI");
    // No timer armed by the work is left behind.
    assert.ok((now.activeResources.Timeout ?? 0) <= (baseline.activeResources.Timeout ?? 0), `timers: ${JSON.stringify(baseline.activeResources)} → ${JSON.stringify(now.activeResources)}`);
    // And the heap is where it was: whatever was kept, wherever it was kept.
    assert.ok(growth < HEAP_GROWTH_LIMIT, `the heap grew by ${(growth / MB).toFixed(2)} MB (limit ${(HEAP_GROWTH_LIMIT / MB).toFixed(1)} MB) after ${EDITS} edits and ${DOCUMENTS} documents, all closed`);
  });
});

describe("malformed and out-of-order messages", () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start();
  });
  after(() => c.stop());

  const uri = "untitled:faults.md";
  /** The server is alive and answers a hover on a document it holds. */
  async function alive(what: string): Promise<void> {
    await c.hover(uri, 0, 17).catch((e: unknown) => assert.fail(`${what}: hover failed afterwards: ${String(e)}`));
    assert.equal(c.proc.exitCode, null, `${what}: server exited; stderr: ${c.stderr.join("")}`);
  }
  /** Sends a request the server may answer or refuse with an error, never by dying. */
  async function tolerate(p: Promise<unknown>): Promise<void> {
    await p.catch((e: unknown) => assert.ok(e instanceof ResponseError, `not a protocol error: ${String(e)}`));
  }

  before(async () => {
    await c.open(uri, SAMPLE);
    await c.diagnosticsFor(uri, 1);
  });

  test("a change, close, hover and code action for a document never opened", async () => {
    const ghost = "untitled:never-opened.md";
    await c.connection.sendNotification("textDocument/didChange", { textDocument: { uri: ghost, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "12" }] });
    await c.connection.sendNotification("textDocument/didChange", { textDocument: { uri: ghost, version: 3 }, contentChanges: [{ text: "22 chỉ tiêu" }] });
    await c.connection.sendNotification("textDocument/didClose", { textDocument: { uri: ghost } });
    await tolerate(c.hover(ghost, 0, 0));
    await tolerate(c.codeActions(ghost, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, []));
    await alive("never-opened document");
  });

  test("ranges beyond the end, reversed, negative, and inside a surrogate pair", async () => {
    const bad = [
      { start: { line: 999, character: 999 }, end: { line: 1000, character: 0 } },
      { start: { line: 0, character: 5000 }, end: { line: 0, character: 6000 } },
      { start: { line: 0, character: 20 }, end: { line: 0, character: 10 } },
      { start: { line: -1, character: -5 }, end: { line: 0, character: 1 } },
    ];
    for (const range of bad) {
      await c.change(uri, { range, text: "7" });
      await tolerate(c.hover(uri, range.start.line, range.start.character));
      await tolerate(c.codeActions(uri, range, []));
      await alive(`range ${JSON.stringify(range)}`);
    }
    // Restore a known text with a full replacement: the diagnostics are those of a fresh analysis.
    const emoji = "😀 " + SAMPLE;
    const v = await c.change(uri, { text: emoji });
    assert.deepEqual((await c.diagnosticsFor(uri, v)).map(key).sort(), expected(emoji));
    await c.change(uri, { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: "5" }); // between the halves of 😀
    await tolerate(c.hover(uri, 0, 1));
    await alive("edit inside a surrogate pair");
  });

  test("invalid UTF-16 (lone surrogates) in opened and changed text", async () => {
    const lone = "untitled:lone.md";
    await c.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: lone, languageId: "markdown", version: 1, text: "\ud800 22 chỉ tiêu, gồm 18 \udfff và 3 chỉ tiêu.\u0000" } });
    await c.connection.sendNotification("textDocument/didChange", { textDocument: { uri: lone, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "\udc00\ud83d" }] });
    await tolerate(c.hover(lone, 0, 1));
    await alive("lone surrogates");
  });

  test("out-of-order versions, a second open, missing fields, unknown methods", async () => {
    await c.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 1 }, contentChanges: [{ text: SAMPLE }] });
    await c.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: "5 chỉ tiêu" } });
    await c.connection.sendNotification("textDocument/didChange", { textDocument: { uri } });
    await c.connection.sendNotification("textDocument/didChange", {});
    await c.connection.sendNotification("textDocument/didOpen", { textDocument: null });
    await c.connection.sendNotification("figlint/no-such-notification", { x: 1 });
    await tolerate(c.connection.sendRequest("figlint/no-such-request", { x: 1 }));
    await tolerate(c.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: null }));
    await tolerate(c.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: null, context: null }));
    await alive("out-of-order and incomplete messages");
  });
});
