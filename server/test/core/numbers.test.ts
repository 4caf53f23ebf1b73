import assert from "node:assert/strict";
import { test } from "node:test";
import { parseNumberToken } from "../../src/core/figures/numparse.ts";
import { fmt } from "../../src/core/math/format.ts";
import { D, Interval, numInterval } from "../../src/core/math/interval.ts";

test("reads Vietnamese and English separators, ambiguous tokens by locale", () => {
  const cases: [string, "vi" | "en", string, number][] = [
    ["12.467,5", "vi", "12467.5", 1],
    ["12,467.5", "en", "12467.5", 1],
    ["12.467,5", "en", "12467.5", 1], // both separators: unambiguous in any locale
    ["3,824", "vi", "3.824", 3],
    ["3,824", "en", "3824", 0],
    ["14.888", "vi", "14888", 0],
    ["14.888", "en", "14.888", 3],
    ["22,8", "en", "22.8", 1], // one or two decimals after a comma can only be a decimal
    ["1.234.567", "en", "1234567", 0],
    ["0,5", "vi", "0.5", 1],
    ["02", "vi", "2", 0],
    ["2,07", "vi", "2.07", 2],
  ];
  for (const [tok, loc, exact, dec] of cases) {
    const p = parseNumberToken(tok, loc);
    assert.ok(p, tok);
    assert.equal(p.exact, exact, `${tok} (${loc})`);
    assert.equal(p.decimals, dec, `${tok} decimals`);
  }
  assert.equal(parseNumberToken("1.2.3", "vi"), null);
  assert.equal(parseNumberToken("12,34,5", "en"), null);
});

test("decimal arithmetic is exact: (28,85 − 24,71) / 2 is 2,07", () => {
  const v = new D("28.85").minus("24.71").div(2);
  assert.equal(v.toString(), "2.07");
  assert.equal(fmt(v, "vi", 2), "2,07");
  assert.equal(fmt(new D("12467500000000"), "vi"), "12.467.500.000.000");
  assert.equal(fmt(new D("12467.5"), "en"), "12,467.5");
});

test("a stated figure stands for the half-open interval of its rounding", () => {
  const iv = numInterval({ start: 0, end: 4, text: "82,7", exact: "82.7", decimals: 1 });
  assert.equal(iv.lo.toString(), "82.65");
  assert.equal(iv.hi.toString(), "82.75");
  // 82,75 belongs to the next rounding step: the intervals only touch, they do not overlap.
  const next = numInterval({ start: 0, end: 4, text: "82,8", exact: "82.8", decimals: 1 });
  assert.equal(iv.overlaps(next), false);
  assert.equal(iv.overlaps(Interval.point("82.65")), true);
  assert.equal(iv.overlaps(Interval.point("82.75")), false);
  const whole = numInterval({ start: 0, end: 2, text: "22", exact: "22", decimals: 0, whole: true });
  assert.ok(whole.isPoint);
});
