// A total named by its subject rather than by a noun after it, then broken down: "Active
// memberships stood at 14,380 at 31 March 2024, of which 9,204 were adult direct debit members,
// 3,118 concessionary members and 2,058 junior members", "Primary fires numbered 1,184, of which
// 412 were in dwellings, 236 in other buildings, 318 involved road vehicles and 218 were outdoor
// primary fires". Strict: the subject's head noun names at least one item again, each item is
// described by words of its own, none of them an attribute that cuts across the others (sex, age,
// new, also …). The items may not be all of the total, but they cannot pass it.
import type { Figure } from "../types.ts";
import { UnitContext, allMatches, inBrackets, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const INTRO = /,[ \t]*(of which|of whom|including)[ \t]+(?=\d)/gu;
/** The subject, its verb, the bare total, and at most a date after it. */
const SUBJECT = /(?:^|[.;:]\s*|\n[ \t#*•-]*)(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?((?:[\p{L}'’-]+[ \t]+){0,5}?([\p{L}'’-]+))[ \t]+(?:stood at|numbered|totalled|totaled|came to|amounted to|reached|were|was|rose to|fell to|increased to|decreased to)[ \t]+$/u;
const DATE_AFTER = /^(?:[ \t]+(?:at|as at|as of|on|in|by|during)[ \t]+(?:\d{1,2}[ \t]+)?(?:[\p{L}]+[ \t]+)?(?:19|20)\d\d(?:[/-]\d{2,4})?)?[ \t]*$/u;
/** Words that make an item an attribute the others may share, or not an item at all. */
const ACROSS = /(?<![\p{L}])(?:women|men|female|male|girls|boys|aged|over|under|older|younger|new|newly|first-time|disabled|also|both|either|of whom|of which|per|each|average|up|down|increase|decrease|rose|fell|compared|than|more|fewer|less)(?![\p{L}])/u;
const NOT_PART_BEFORE = /(?:more|fewer|up|down|by|from|than|to|of|between|aged|over|under|about|around)[ \t]*$/u;

function stem(w: string): string {
  return w.replace(/(?:ships|ship|ies|es|s)$/u, "");
}

export function findSubjectTotals(ctx: UnitContext, used: Set<number>): TotalParts[] {
  if (ctx.lang !== "en") return [];
  const out: TotalParts[] = [];
  for (const m of allMatches(INTRO, ctx.lower)) {
    const p = m.index!;
    const si = ctx.sentenceIndexAt(p);
    if (si < 0) continue;
    const s = ctx.sentences[si];
    const before = s.figs.filter((f) => f.end <= p);
    const whole = before[before.length - 1];
    if (!whole || used.has(whole.id) || whole.kind !== "number" || !isCount(whole) || whole.noun || whole.unit || whole.scale || whole.qualifiers.length) continue;
    if (!DATE_AFTER.test(ctx.lower.slice(whole.end, p))) continue;
    const subj = SUBJECT.exec(ctx.lower.slice(Math.max(s.start, whole.start - 80), whole.start));
    if (!subj || /\d/u.test(subj[1])) continue;
    const head = stem(subj[2]);
    if (head.length < 3) continue;
    // The items: every figure of the clause after the words, each a count with words of its own.
    const semi = ctx.text.indexOf(";", p);
    const end = semi >= 0 && semi < s.end ? semi : s.end;
    const items = s.figs.filter((f) => f.start > p && f.start < end);
    if (items.length < 2) continue;
    const words: string[] = [];
    let ok = true;
    for (let i = 0; i < items.length && ok; i++) {
      const f = items[i];
      const to = i + 1 < items.length ? items[i + 1].start : end;
      const gapBefore = ctx.lower.slice(i === 0 ? p + m[0].length - 1 : items[i - 1].end, f.start);
      const desc = ctx.lower.slice(f.end, to).replace(/(?:,|;|\.)?[ \t]*(?:and[ \t]*)?$/u, "").replace(/^[ \t]+(?:were|was|are|is)(?![\p{L}])/u, "").trim();
      ok = f.kind === "number" && isCount(f) && !f.unit && !f.scale && !f.qualifiers.length && !used.has(f.id) && !inBrackets(ctx, p, f.start) && !NOT_PART_BEFORE.test(gapBefore) && !/\d/u.test(desc) && /^[\p{L}'’ -]{2,60}$/u.test(desc) && !ACROSS.test(desc) && (i === 0 || /^(?:[^\p{L}\d]*|.*(?:,|(?<![\p{L}])and)[ \t]*)$/u.test(ctx.lower.slice(items[i - 1].end, f.start).slice(-8)));
      words.push(desc);
    }
    if (!ok || new Set(words).size !== words.length) continue;
    // (The subject's head names an item again: "… junior members", "… outdoor primary fires".)
    if (!words.some((w) => stem(w.split(/[ \t]+/u).pop()!) === head)) continue;
    out.push({ whole, wholeNum: whole.value!, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: false, cue: { start: p + 1, end: p + m[0].length }, listed: true, open: true });
    used.add(whole.id);
    for (const f of items) used.add(f.id);
  }
  return out;
}
