// Outcomes of a count, told in the next sentence by counts with the noun left out: "Twenty-two
// appeals were decided in the quarter. Fifteen were dismissed and seven allowed", "412 claims were
// closed. 398 were paid in full, 9 were paid in part and 5 were refused." Each count is the subject
// of its own outcome, and one case has one outcome, so the counts cannot add up past the whole.
// Strict: the sentence opens with the first count; every count is bare (no noun), followed by an
// auxiliary or a participle (an elided "were"), and names an outcome of its own from one vocabulary
// of decisions and stages; attributes that cut across outcomes ("were women", "aged over 65") stop
// it. The whole is the only count with a noun in the sentence before.
import type { Figure } from "../types.ts";
import { UnitContext, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const OPENS = /^[\s"“*•-]*$/u;
const PREDICATE = /^[ \t]+(?:(?:were|was|are|is|have been|had been|has been)[ \t]+)?((?:not[ \t]+|partly[ \t]+|partially[ \t]+|fully[ \t]+|yet[ \t]+)*[a-z]+(?:[ \t]+(?:in full|in part|out|down|back|up))?)(?![\p{L}])/u;
const OUTCOME: [string, RegExp][] = [
  ["granted", /^(?:approved|granted|allowed|accepted|upheld|successful|awarded|agreed)$/u],
  ["refused", /^(?:refused|rejected|declined|dismissed|not upheld|unsuccessful|turned down|struck out)$/u],
  ["partly", /^(?:partly upheld|partially upheld|partly allowed|partially allowed|paid in part|split)$/u],
  ["withdrawn", /^(?:withdrawn|abandoned|cancelled|lapsed|closed)$/u],
  ["pending", /^(?:pending|outstanding|undecided|deferred|adjourned|open|ongoing)$/u],
  ["done", /^(?:completed?|finished|delivered|resolved|settled|paid in full|paid)$/u],
  ["underway", /^(?:under way|underway|in progress|in delivery|started)$/u],
  ["notstarted", /^(?:not started|not yet started)$/u],
];
const CROSS = /(?<![\p{L}])(?:women|men|female|male|girls|boys|aged|older|younger|new|first-time|disabled|also|both|among)(?![\p{L}])/u;

function outcomeOf(ctx: UnitContext, f: Figure, end: number): string | undefined {
  const tail = ctx.lower.slice(f.end, Math.min(end, f.end + 60)).split(/[,;.:()]|(?<![\p{L}])(?:and|but|while)(?![\p{L}])/u)[0];
  if (CROSS.test(tail)) return undefined;
  const m = PREDICATE.exec(tail);
  if (!m) return undefined;
  const p = m[1].replace(/[ \t]+/gu, " ");
  return OUTCOME.find(([, re]) => re.test(p))?.[0];
}

/** "812 were paid in full, 301 were paid in part and 172 were refused": each count an outcome of
 * its own from one vocabulary, so no case is counted twice. */
export function outcomesApart(ctx: UnitContext, parts: Figure[], end: number): boolean {
  const outcomes = parts.map((f, i) => outcomeOf(ctx, f, i + 1 < parts.length ? parts[i + 1].start : end));
  return parts.length >= 2 && outcomes.every((o) => o) && new Set(outcomes).size === outcomes.length;
}

export function findElidedParts(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const first = s.figs[0];
    if (!first || used.has(first.id) || !OPENS.test(ctx.text.slice(s.start, first.start))) continue;
    const counts = s.figs.filter((f) => f.kind === "number" && isCount(f) && !f.noun);
    if (counts.length < 2 || counts[0] !== first || counts.some((f) => used.has(f.id) || f.qualifiers.length)) continue;
    // (Only the counts and, at most, a share after them: "so 68.2% of appeals went the Council's way".)
    const last = counts[counts.length - 1];
    if (s.figs.some((f) => f.start < last.end && !counts.includes(f))) continue;
    const outcomes = counts.map((f, i) => outcomeOf(ctx, f, i + 1 < counts.length ? counts[i + 1].start : s.end));
    if (outcomes.some((o) => !o) || new Set(outcomes).size !== outcomes.length) continue;
    const prev = ctx.sentences[si - 1];
    const wholes = prev.figs.filter((f) => f.kind === "number" && isCount(f) && !!f.noun && !f.qualifiers.length);
    if (wholes.length !== 1 || used.has(wholes[0].id) || prev.figs.some((f) => f.kind === "number" && isCount(f) && !f.noun && f !== wholes[0])) continue;
    const whole = wholes[0];
    out.push({ whole, wholeNum: whole.value!, parts: counts.map((f) => ({ figure: f, num: f.value! })), exhaustive: false, cue: { start: first.start, end: first.end }, listed: true, open: true });
    used.add(whole.id);
    for (const f of counts) used.add(f.id);
  }
  return out;
}
