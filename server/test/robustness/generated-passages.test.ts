// Generated report passages: claims whose figures agree (totals with parts, fractions with their
// percentage, changes with a yearly average, shares of plan with status words) give no error or
// warning; the same passage with one figure moved beyond rounding gives the expected finding on that
// sentence; and every Vietnamese passage and its English twin (other separators, same claims) give
// the same rules. Only sentence shapes the core reads in both languages are generated.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { analyze } from "../../src/core/analyze.ts";
import type { Finding } from "../../src/core/types.ts";

type Lang = "vi" | "en";

/** A number with `decimals` places, written with the language's separators ("1.234,5" / "1,234.5"). */
function fmt(value: number, decimals: number, lang: Lang): string {
  const [int, frac] = value.toFixed(decimals).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  return frac === undefined ? grouped : grouped + (lang === "vi" ? "," : ".") + frac;
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** One claim in both languages, consistent, with a broken variant and the rule it must trigger. */
interface Claim {
  ok: Record<Lang, string>;
  broken: Record<Lang, string>;
  rule: string;
}

const totalParts: fc.Arbitrary<Claim> = fc
  .record({ a: fc.integer({ min: 1, max: 900 }), b: fc.integer({ min: 1, max: 900 }), c: fc.integer({ min: 1, max: 900 }), k: fc.integer({ min: 1, max: 60 }), up: fc.boolean() })
  .map(({ a, b, c, k, up }) => {
    const T = a + b + c;
    const c2 = up || c - k < 1 ? c + k : c - k;
    const vi = (t: number, cc: number) => `Nghị quyết đề ra ${fmt(t, 0, "vi")} chỉ tiêu, gồm ${fmt(a, 0, "vi")} chỉ tiêu kinh tế, ${fmt(b, 0, "vi")} chỉ tiêu xã hội và ${fmt(cc, 0, "vi")} chỉ tiêu môi trường.`;
    const en = (t: number, cc: number) => `The resolution sets ${fmt(t, 0, "en")} targets, comprising ${fmt(a, 0, "en")} economic targets, ${fmt(b, 0, "en")} social targets and ${fmt(cc, 0, "en")} environmental targets.`;
    return { ok: { vi: vi(T, c), en: en(T, c) }, broken: { vi: vi(T, c2), en: en(T, c2) }, rule: "parts-sum" };
  });

// Denominators of 13 and more: "3/5" could be a date, "3/25" cannot.
const fractionPercent: fc.Arbitrary<Claim> = fc
  .record({ y: fc.integer({ min: 13, max: 999 }), share: fc.double({ min: 0, max: 1, noNaN: true }), delta: fc.double({ min: 1.5, max: 15, noNaN: true }), up: fc.boolean() })
  .map(({ y, share, delta, up }) => {
    const x = Math.round(share * y);
    const p = round((x / y) * 100, 1);
    const p2 = round(up ? (p + delta <= 100 ? p + delta : p - delta) : p - delta >= 0 ? p - delta : p + delta, 1);
    const vi = (pp: number) => `Có ${x}/${y} xã (${fmt(pp, 1, "vi")}%) đạt chuẩn nông thôn mới.`;
    const en = (pp: number) => `${x}/${y} communes (${fmt(pp, 1, "en")}%) met the new rural standard.`;
    return { ok: { vi: vi(p), en: en(p) }, broken: { vi: vi(p2), en: en(p2) }, rule: "fraction-percent" };
  });

const changeAverage: fc.Arbitrary<Claim> = fc
  .record({ a10: fc.integer({ min: 20, max: 600 }), drop: fc.double({ min: 0.1, max: 0.9, noNaN: true }), y1: fc.integer({ min: 2005, max: 2020 }), n: fc.integer({ min: 2, max: 10 }) })
  .map(({ a10, drop, y1, n }) => {
    const A = a10 / 10;
    const B = Math.max(0.1, round(A * (1 - drop), 1));
    const d = round((A - B) / n, 2);
    // Every reading the check accepts (points a year, arithmetic and compound percent a year); the
    // broken average lies well beyond all of them.
    const readings = [(A - B) / n, ((A - B) / A / n) * 100, (1 - (B / A) ** (1 / n)) * 100];
    const d2 = round(Math.max(...readings) * 2 + 1, 2);
    const y2 = y1 + n;
    const vi = (dd: number) => `Tỷ lệ hộ nghèo giảm từ ${fmt(A, 1, "vi")}% năm ${y1} xuống còn ${fmt(B, 1, "vi")}% năm ${y2} (giảm bình quân ${fmt(dd, 2, "vi")}%/năm).`;
    const en = (dd: number) => `The poverty rate fell from ${fmt(A, 1, "en")}% in ${y1} to ${fmt(B, 1, "en")}% in ${y2} (an average decrease of ${fmt(dd, 2, "en")}%/year).`;
    return { ok: { vi: vi(d), en: en(d) }, broken: { vi: vi(d2), en: en(d2) }, rule: "change-arithmetic" };
  });

const shareOfPlan: fc.Arbitrary<Claim> = fc
  .record({ v: fc.integer({ min: 100, max: 99_999 }), s: fc.double({ min: 100.5, max: 180, noNaN: true }), s2: fc.double({ min: 40, max: 98.5, noNaN: true }) })
  .map(({ v, s, s2 }) => {
    const vi = (ss: number) => `Thu ngân sách đạt ${fmt(v, 0, "vi")} tỷ đồng, bằng ${fmt(ss, 1, "vi")}% kế hoạch, vượt kế hoạch.`;
    const en = (ss: number) => `Budget revenue reached ${fmt(v, 0, "en")} billion VND, ${fmt(ss, 1, "en")}% of the plan, exceeding the plan.`;
    return { ok: { vi: vi(s), en: en(s) }, broken: { vi: vi(s2), en: en(s2) }, rule: "status-contradiction" };
  });

const anyClaim = fc.oneof(totalParts, fractionPercent, changeAverage, shareOfPlan);

const serious = (fs: Finding[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning");
const describe = (text: string, fs: Finding[]) => fs.map((f) => `${f.rule}@${JSON.stringify(text.slice(f.start, f.end))}`).join(", ");
const rules = (fs: Finding[]) => [...new Set(fs.map((f) => f.rule))].sort();

/** A passage of several claims, one of them broken: the text and where the broken sentence lies. */
function passage(claims: Claim[], brokenAt: number | undefined, lang: Lang): { text: string; start: number; end: number } {
  let text = "";
  let start = 0;
  let end = 0;
  claims.forEach((c, i) => {
    if (i) text += " ";
    if (i === brokenAt) start = text.length;
    text += i === brokenAt ? c.broken[lang] : c.ok[lang];
    if (i === brokenAt) end = text.length;
  });
  return { text, start, end };
}

const RUNS = { numRuns: 150 };

test("consistent generated passages give no error or warning, in Vietnamese and English", () => {
  fc.assert(
    fc.property(fc.array(anyClaim, { minLength: 1, maxLength: 4 }), fc.constantFrom<Lang>("vi", "en"), (claims, lang) => {
      const { text } = passage(claims, undefined, lang);
      const bad = serious(analyze(text).findings);
      assert.equal(bad.length, 0, `${text}\n→ ${describe(text, bad)}`);
    }),
    RUNS,
  );
});

test("one figure moved beyond rounding gives the expected finding, on that sentence only", () => {
  fc.assert(
    fc.property(fc.array(anyClaim, { minLength: 1, maxLength: 4 }), fc.nat(), fc.constantFrom<Lang>("vi", "en"), (claims, pick, lang) => {
      const at = pick % claims.length;
      const { text, start, end } = passage(claims, at, lang);
      const found = serious(analyze(text).findings);
      assert.ok(found.some((f) => f.rule === claims[at].rule), `expected ${claims[at].rule} in ${text}\n→ ${describe(text, found)}`);
      for (const f of found) assert.ok(f.start >= start && f.end <= end, `${f.rule} outside the changed sentence in ${text}\n→ ${describe(text, found)}`);
    }),
    RUNS,
  );
});

test("a Vietnamese passage and its English twin give the same rules, consistent or broken", () => {
  fc.assert(
    fc.property(fc.array(anyClaim, { minLength: 1, maxLength: 3 }), fc.option(fc.nat(), { nil: undefined }), (claims, pick) => {
      const at = pick === undefined ? undefined : pick % claims.length;
      const vi = passage(claims, at, "vi").text;
      const en = passage(claims, at, "en").text;
      const rv = analyze(vi);
      const re = analyze(en);
      assert.equal(rv.locale, "vi", vi);
      assert.equal(re.locale, "en", en);
      assert.deepEqual(rules(serious(rv.findings)), rules(serious(re.findings)), `${vi}\n→ ${describe(vi, rv.findings)}\n${en}\n→ ${describe(en, re.findings)}`);
      assert.equal(rv.claims.filter((c) => !c.ok).length, re.claims.filter((c) => !c.ok).length, `${vi}\n${en}`);
    }),
    RUNS,
  );
});

test(
  "a share of targets after 'đạt và vượt' is not read as a share of plan",
  () => {
    const vi = "Năm 2025 có 20/22 chỉ tiêu đạt và vượt kế hoạch (đạt 90,9%), 2 chỉ tiêu không đạt.";
    const en = "In 2025, 20/22 targets were met or exceeded (90.9%), 2 targets were not met.";
    assert.deepEqual(describe(vi, serious(analyze(vi).findings)), "");
    assert.deepEqual(describe(en, serious(analyze(en).findings)), "");
  },
);
