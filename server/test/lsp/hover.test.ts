// Hovers over stdio: what was read in a figure and the arithmetic of its claims, a number that is not
// a figure, in the document's language.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hover, MarkupContent } from "vscode-languageserver-protocol";
import { SAMPLE, TestClient } from "./client.ts";

function text(h: Hover | null): string {
  assert.ok(h, "expected a hover");
  return (h.contents as MarkupContent).value;
}

describe("hover", () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start();
  });
  after(() => c.stop());

  test("a total shows its claim with the arithmetic and the ✗ verdict, in Vietnamese", async () => {
    const uri = "untitled:hover-vi.md";
    await c.open(uri, SAMPLE + " Ngày 10/11 họp tổng kết.");
    const h = await c.hover(uri, 0, 18);
    assert.deepEqual(h?.range, { start: { line: 0, character: 17 }, end: { line: 0, character: 19 } });
    const t = text(h);
    assert.match(t, /^\*\*22\*\* — số lượng/);
    assert.match(t, /Đối tượng đếm: chỉ tiêu/);
    assert.match(t, /tổng và các phần \(vai trò: tổng\): `18 \+ 3 = 21\b[^`]*\b22\b[^`]*✗/);
  });

  test("a part shows its role; a fraction what it was read as", async () => {
    const t = text(await c.hover("untitled:hover-vi.md", 0, 43));
    assert.match(t, /^\*\*18\/22\*\* — phân số/);
    assert.match(t, /Giá trị: 18 trên 22/);
    assert.match(t, /vai trò: phần/);
  });

  test("a date that looks like a fraction says it is not a figure", async () => {
    const at = (SAMPLE + " Ngày ").length + 1;
    assert.equal(text(await c.hover("untitled:hover-vi.md", 0, at)), "**10/11** là ngày tháng, không phải số liệu");
  });

  test("scale, unit, qualifier and the interval the figure stands for", async () => {
    const uri = "untitled:hover-scale.md";
    await c.open(uri, "Doanh thu đạt khoảng 12.467,5 tỷ đồng trong năm.");
    const t = text(await c.hover(uri, 0, 22));
    assert.match(t, /Giá trị: 12\.467,5 tỷ VND/);
    assert.match(t, /Độ chính xác: 1 chữ số thập phân/);
    assert.match(t, /Quy mô: tỷ \(× 1\.000\.000\.000\)/);
    assert.match(t, /"khoảng" = khoảng \(gần đúng\)/);
    assert.match(t, /Được hiểu là: 11\.844\.077\.500\.000 … 13\.090\.927\.500\.000 VND/);
  });

  test("an English report gets English hovers; a rising 'fall' shows ✗", async () => {
    const uri = "untitled:hover-en.md";
    await c.open(uri, "Revenue rose from 1,200 to 1,100 million USD in 2023. We met on 10/11.");
    const t = text(await c.hover(uri, 0, 28));
    assert.match(t, /^\*\*1,100 million USD\*\* — amount/);
    assert.match(t, /Scale: million \(× 1,000,000\)/);
    assert.match(t, /change \(role: to\): `[^`]*1,100 million USD[^`]*✗/);
    assert.match(text(await c.hover(uri, 0, 66)), /^\*\*10\/11\*\* is a date, not a figure/);
  });

  test("plain words have no hover", async () => {
    assert.equal(await c.hover("untitled:hover-vi.md", 0, 3), null);
  });

  test("a hover right after an edit describes the edited text", async () => {
    const uri = "untitled:hover-edit.md";
    await c.open(uri, SAMPLE);
    await c.change(uri, { range: { start: { line: 0, character: 77 }, end: { line: 0, character: 78 } }, text: "4" });
    assert.match(text(await c.hover(uri, 0, 18)), /`18 \+ 4 = 22\b[^`]*✓/);
  });
});
