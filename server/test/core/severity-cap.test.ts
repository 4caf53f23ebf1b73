// A finding's own cap on its severity: a list that may not be complete is a warning, a discrepancy
// ten times wide or more is information (the claim was more likely misread than the figure
// mistyped). A rule configured lower still wins.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../src/core/analyze.ts";
import { implausible } from "../../src/core/claims/context.ts";

const sev = (text: string, settings = {}) => analyze(text, { languageId: "plaintext", settings }).findings.map((f) => `${f.rule}:${f.severity}`);

test("implausible: ten times apart or more", () => {
  assert.equal(implausible("9.6", "96"), false);
  assert.equal(implausible("0.96", "96"), true);
  assert.equal(implausible("80", "4.2"), true);
  assert.equal(implausible("0", "0.4"), false);
  assert.equal(implausible("0", "88.7"), true);
});

test("a share ten times off its fraction is information, one a digit off an error", () => {
  assert.deepEqual(sev("Xã có 1.250 hộ, trong đó 12 hộ nghèo (chiếm 96,0%)."), ["fraction-percent:information"]);
  assert.deepEqual(sev("Xã có 1.250 hộ, trong đó 120 hộ nghèo (chiếm 8,6%)."), ["fraction-percent:error"]);
});

test("parts just short of a whole they may not cover are a warning, and a rule set to hint stays a hint", () => {
  assert.deepEqual(sev("Huyện có 22 chỉ tiêu, trong đó 18 chỉ tiêu kinh tế và 3 chỉ tiêu xã hội."), ["parts-sum:warning"]);
  assert.deepEqual(sev("Huyện có 22 chỉ tiêu, trong đó 18 chỉ tiêu kinh tế và 3 chỉ tiêu xã hội.", { rules: { "parts-sum": "hint" } }), ["parts-sum:hint"]);
});
