// The labelled sets, through the built CLI exactly as ../shared/eval/eval.mjs runs it: the seed set
// shipped beside the repository (when present) and our own set in test-fixtures/eval.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

const repo = join(__dirname, "../../..");
const evalScript = join(repo, "../shared/eval/eval.mjs");

function runEval(set: string) {
  const out = execFileSync(process.execPath, [evalScript, "--project", repo, "--set", set, "--json"], { encoding: "utf8", maxBuffer: 1 << 26 });
  return JSON.parse(out) as { summary: { recall: number; falseAlarms: number; knownFindings: number; knownFound: number }; missed: unknown[]; falseList: unknown[] };
}

test("seed set: every injected error caught, every known finding found, no false alarm", { skip: !existsSync(evalScript) && "../shared/eval is not beside this checkout" }, () => {
  const r = runEval(join(repo, "../shared/eval/seeds"));
  assert.deepEqual(r.missed, []);
  assert.deepEqual(r.falseList, []);
  assert.equal(r.summary.knownFound, r.summary.knownFindings);
});

test("our own Vietnamese and English set: recall at least 90%, no false alarm", { skip: !existsSync(evalScript) && "../shared/eval is not beside this checkout" }, () => {
  const r = runEval(join(repo, "test-fixtures/eval"));
  assert.ok(r.summary.recall >= 0.9, `recall ${r.summary.recall}: ${JSON.stringify(r.missed)}`);
  assert.deepEqual(r.falseList, []);
});

// Sets written by someone who had not read the code (test-fixtures/eval-blind*): they were then used
// to fix what they found, so their recall is a floor against regressions, not a blind measure.
// eval-blind3-vi/-en were measured blind first (recall 59% and 28%, 10 and 6 false alarms),
// eval-blind4-vi/-en too (63% and 36%, 10 and 3 false alarms), eval-blind5 (4 Vietnamese and 4
// English reports: 47.5%, 6 false alarms on 8) and eval-blind6 (5 + 5 reports: 41.3%, 6 false
// alarms on 10), eval-blind7 (5 + 5 reports, measured once at the end of a session: 42.5%, 5
// false alarms on 10), eval-blind8 (5 + 5 reports, measured once at the start of the next: 51.2%,
// 8 false alarms on 10) and eval-blind9 (5 + 5 reports, measured once at the end of that session:
// 63.7%, 2 false alarms on 10) and eval-blind10 (5 + 5 reports, measured once after everything else:
// 51.2%, 4 false alarms on 10) and eval-blind11 (5 + 5 reports, measured once at the start of the
// next session: 57.5%, 6 false alarms on 10), eval-blind12 and eval-blind13 (5 + 5 reports each,
// measured once at the end of that session: 52.5% with 6 false alarms, 48.8% with 3), eval-blind14
// (5 + 5 reports, measured once at the start of the next: 53.8%, 4 false alarms on 10), eval-blind15
// (5 + 5 reports, measured once at the end of that session: 68.8%, 4 false alarms on 10), eval-blind16
// (5 + 5 reports, measured once early in the next: 38.8%, 3 false alarms on 10) and eval-blind17 (5 + 5
// reports, measured once after all of that session's work: 61.3%, 1 false alarm on 10), eval-blind18
// (5 + 5 reports, measured once early in the next: 57.5%, 3 false alarms on 10) and eval-blind19 (5 + 5
// reports, measured once after all of that session's work: 73.8%, none), eval-blind20 (5 + 5 reports,
// measured once early in the next: 68.8%, 2 false alarms on 10) and eval-blind21 (5 + 5 reports, measured
// once after all of that session's work: 56.3%, 8 false alarms on 10), eval-blind22 (5 + 5 reports,
// measured once at the start of the next: 56.3%, 2 false alarms on 10), eval-blind23 (measured once
// after the work from eval-blind22: 62.5%, none) and eval-blind24 and eval-blind25 (5 + 5 reports each,
// kept sealed until after all of that session's work: 67.5%, none, and 53.8%, 1 false alarm on 10),
// eval-blind26 (measured once early in the next session: 63.7%, 4 false alarms on 10), eval-blind27
// (kept sealed until after the first half of that session's work: 65.0%, none) and eval-blind28
// (measured once mid-session: 58.8%, 1 false alarm on 10) and eval-blind29 (kept sealed until the
// end of that session: 55.0%, 4 false alarms on 10), eval-blind30 (measured once early in the next
// session, after its first changes: 61.3%, 3 false alarms on 10), eval-blind31 and eval-blind32 (5 + 5
// reports each, kept sealed until after all of that session's work: 58.8% with 4 false alarms, 71.3%
// with 3), eval-blind35 (measured once after the next session's first changes: 51.2%, 1 false alarm on
// 10), eval-blind33, eval-blind34 and eval-blind36 (5 + 5 reports each, kept sealed until after all of
// that session's work: 55.0% with 1 false alarm, 46.3% with 4, 60.0% with 4), eval-blind39 and
// eval-blind40 (measured once each during the next session: 53.8% with 2 false alarms on 10, 57.5%
// with 5), eval-blind37 and eval-blind38 (5 + 5 reports each, kept sealed until after all of that
// session's work: 57.5% with 2 false alarms, 62.5% with 5), eval-blind43, eval-blind44 and eval-blind45
// (measured once each during the next session: 55.0% with 3 false alarms, 57.5% with 2, 55.0% with 2)
// and eval-blind41 and eval-blind42 (5 + 5 reports each, kept sealed until after all of that session's
// work: 57.5% with 4 false alarms, 55.0% with 1), eval-blind48 and eval-blind49 (measured once early
// in the next session: 50.0% with 3 false alarms, 47.5% with 2) and eval-blind46 and eval-blind47 (5 + 5
// reports each, kept sealed until after all of that session's work: 62.5% with 2 false alarms, 67.5%
// with 6), eval-blind52 and eval-blind53 (measured once early in the next session: 62.5% with 4 false
// alarms, 65.0% with 8) and eval-blind50 and eval-blind51 (5 + 5 reports each, kept sealed until after
// all of that session's work: 65.0% with 5 false alarms, 66.3% with 0), eval-blind56 and eval-blind57
// (measured once early in the next session: 72.5% with 2 false alarms, 58.8% with 6) and eval-blind54
// and eval-blind55 (5 + 5 reports each, kept sealed until after all of that session's work: 57.5% with
// 1 false alarm, 68.8% with 3), eval-blind60 and eval-blind61 (measured once early in the next session:
// 63.7% with 2 false alarms, 68.8% with 2) and eval-blind58 and eval-blind59 (5 + 5 reports each, kept
// sealed until after all of that session's work: 60.0% with 2 false alarms, 53.8% with 3), eval-blind62 and
// eval-blind63 (measured once at the start of the next session: 55.0% with 2 false alarms, 61.3% with 1)
// and eval-blind64 (5 + 5 reports, kept sealed until after all of that session's work: 48.8%, 2 false
// alarms; 43.8% with the code of the session's start)
// and eval-blind65, eval-blind66 and eval-blind67 (sealed the same way: 67.5% with 3 false alarms, 61.3%
// with 8, 48.8% with 4; 67.5%, 58.8% and 48.8% with the code of the session's start), eval-blind68 (a work
// set with assigned topics, measured once at the start of the next session: 56.3% with 3 false alarms) and
// eval-blind69 (sealed until after all of that session's work: 63.8% with 4 false alarms; 62.5% with 5 with
// the code of the session's start; two of its catches were made by the wrong readings its alarms fixed),
// eval-blind70 (a work set with assigned topics, opened mid-session: 56.3% with 1 false alarm; 55.0% with 1
// with the code of the session's start) and eval-blind71 (sealed, opened mid-session: 60.0% with 10 false
// alarms, the same with the code of the session's start; one of its catches was made by a wrong reading);
// their false alarms were fixed and their recall floors sit at what figlint catches now (eval-blind6 and
// eval-blind52 each lost one catch to that session's trust fixes: 96% → 95%, 73% → 71%).
// eval-blind72 and eval-blind74 (work sets with assigned topics, opened at first contact: 60.0% with 2 false
// alarms and 71.3% with 1; the same with the code of the session's start) and eval-blind73 (sealed until
// after the session's readings were written: 60.0% with 4 false alarms, the same with the code of the
// session's start).
// eval-blind75 (a work set with assigned topics: 60.0% with 2 false alarms with the code of the session's
// start, 61.3% with 0 now) and eval-blind76 (sealed until after the session's readings were written:
// 60.0% with 3 false alarms with the code of the session's start, and again at first contact; 60.0% with 0
// after its false alarms were fixed).
// eval-blind78 (written to be sealed, opened mid-session once its first contact was taken: 52.5% with 3 false
// alarms with the code of the session's start, the same mid-session; 52.5% with 0 after its false alarms
// were fixed). Its twin eval-blind77 (same topics, another writer) stayed sealed to the session's end: 58.8%
// with 1 false alarm with the code of the session's start, 60.0% with 1 at the end; 61.3% with 0 once that
// alarm was fixed. In that session the floors of eval-blind63–66, 69, 70, 73, 74 and 76 were raised to what
// figlint catches on them now.
// eval-blind80 (written to be sealed, opened mid-session once its first contact was taken: 72.5% with 0 false
// alarms with the code of the session's start). Its twin eval-blind79 (same topics, another writer) stayed
// sealed until the session's code was final: 70.0% with 1 false alarm with the code of the session's start;
// its end-of-session figure is in the README. In that session the floors of twenty-six sets were raised to
// what figlint catches on them now.
for (const [name, floor] of [["eval-blind", 0.97], ["eval-blind2", 0.97], ["eval-blind3-vi", 0.97], ["eval-blind3-en", 0.91], ["eval-blind4-vi", 0.97], ["eval-blind4-en", 0.93], ["eval-blind5", 0.97], ["eval-blind6", 0.95], ["eval-blind7", 0.97], ["eval-blind8", 0.95], ["eval-blind9", 0.97], ["eval-blind10", 0.97], ["eval-blind11", 0.98], ["eval-blind12", 0.95], ["eval-blind13", 0.97], ["eval-blind14", 0.98], ["eval-blind15", 0.95], ["eval-blind16", 0.96], ["eval-blind17", 1], ["eval-blind18", 1], ["eval-blind19", 0.93], ["eval-blind20", 0.83], ["eval-blind21", 0.81], ["eval-blind22", 0.83], ["eval-blind23", 0.81], ["eval-blind24", 0.8], ["eval-blind25", 0.72], ["eval-blind26", 0.76], ["eval-blind27", 0.73], ["eval-blind28", 0.73], ["eval-blind29", 0.75], ["eval-blind30", 0.81], ["eval-blind31", 0.71], ["eval-blind32", 0.76], ["eval-blind33", 0.72], ["eval-blind34", 0.61], ["eval-blind35", 0.73], ["eval-blind36", 0.71], ["eval-blind39", 0.77], ["eval-blind40", 0.66], ["eval-blind37", 0.6], ["eval-blind38", 0.67], ["eval-blind43", 0.71], ["eval-blind44", 0.81], ["eval-blind45", 0.7], ["eval-blind41", 0.63], ["eval-blind42", 0.56], ["eval-blind48", 0.78], ["eval-blind49", 0.76], ["eval-blind46", 0.68], ["eval-blind47", 0.7], ["eval-blind52", 0.72], ["eval-blind53", 0.75], ["eval-blind50", 0.75], ["eval-blind51", 0.71], ["eval-blind56", 0.88], ["eval-blind57", 0.7], ["eval-blind54", 0.67], ["eval-blind55", 0.71], ["eval-blind60", 0.75], ["eval-blind61", 0.8], ["eval-blind58", 0.7], ["eval-blind59", 0.62], ["eval-blind62", 0.61], ["eval-blind63", 0.63], ["eval-blind64", 0.54], ["eval-blind65", 0.73], ["eval-blind66", 0.6], ["eval-blind67", 0.56], ["eval-blind68", 0.68], ["eval-blind69", 0.73], ["eval-blind70", 0.68], ["eval-blind71", 0.61], ["eval-blind72", 0.82], ["eval-blind73", 0.66], ["eval-blind74", 0.81], ["eval-blind75", 0.62], ["eval-blind76", 0.68], ["eval-blind77", 0.63], ["eval-blind78", 0.56], ["eval-blind80", 0.85], ["eval-blind79", 0.7]] as const) {
  test(`${name}: no false alarm on its clean reports, recall at least ${Math.round(floor * 100)}%`, { skip: !existsSync(evalScript) && "../shared/eval is not beside this checkout" }, () => {
    const r = runEval(join(repo, "test-fixtures", name));
    assert.deepEqual(r.falseList, []);
    assert.ok(r.summary.recall >= floor, `recall ${r.summary.recall}: ${JSON.stringify(r.missed).slice(0, 2000)}`);
  });
}
