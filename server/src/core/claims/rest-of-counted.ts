// What is left of a count after the part a verb says was done: "received 148 eligible applications and
// approved 96 of them (64.9%). The remaining 52 were declined"; "cử 426 cán bộ đi đào tạo (gồm …); đến
// nay đã có 312 người tốt nghiệp, còn lại 114 người đang học tập". The rest is the count less the part.
//
// Trust first: the rest is named as such right before it; the sentence and the one before (same
// paragraph) hold exactly two other counts outside brackets, the first the larger, the second said to
// be some of it ("96 of them", "đã … 312"); a rest with a noun names the noun of one of them.
import type { Figure } from "../types.ts";
import { BASE_OF_REST, type UnitContext, inBrackets, isCount, isPercent } from "./context.ts";
import type { Difference } from "./difference.ts";
import { D } from "../math/interval.ts";

const REST = /(?:^|[^\p{L}])((?:the[ \t]+)?remaining|the[ \t]+rest|(?:số[ \t]+)?còn[ \t]+lại)(?:[ \t]+(?:là|có))?[ \t]*$/u;
const SOME_OF = /^[ \t]+(?:[\p{L}-]+[ \t]+)?(?:of[ \t]+(?:them|these|those|which|whom))(?![\p{L}])/u;
const DONE_VI = /(?<![\p{L}])đã(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]*$/u;
const PERSON = /^(?:người|people|persons)$/u;

function heads(n?: string): string[] {
  const w = (n ?? "").split(/[ \t]+/u).filter(Boolean);
  return w.length ? [w[0], w[w.length - 1]] : [];
}

export function findRestsOfCounted(ctx: UnitContext, taken: Set<Figure>): Difference[] {
  const out: Difference[] = [];
  if (!/(?:remaining|the rest|còn lại)/u.test(ctx.lower)) return out;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (const r of s.figs) {
      if (taken.has(r) || r.kind !== "number" || !isCount(r) || isPercent(r) || r.qualifiers.length) continue;
      const lead = ctx.lower.slice(Math.max(s.start, r.start - 24), r.start);
      const m = REST.exec(lead);
      if (!m || BASE_OF_REST.test(lead.slice(0, m.index + m[0].indexOf(m[1])))) continue;
      const prev = si > 0 && /^[ \t]*$/u.test(ctx.text.slice(ctx.sentences[si - 1].end, s.start)) ? ctx.sentences[si - 1] : undefined;
      const pool = [...(prev?.figs ?? []), ...s.figs.filter((f) => f.end <= r.start)];
      const counts = pool.filter((f) => f.kind === "number" && isCount(f) && !isPercent(f) && !/^(?:19|20)\d\d$/u.test(f.text) && !inBrackets(ctx, ctx.sentenceOf(f).start, f.start));
      if (counts.length !== 2) continue;
      const [w, d] = counts;
      if (w.qualifiers.length || d.qualifiers.length || !new D(w.value!.exact).gt(d.value!.exact)) continue;
      const dLead = ctx.lower.slice(Math.max(ctx.sentenceOf(d).start, d.start - 30), d.start);
      if (!SOME_OF.test(ctx.lower.slice(d.end, d.end + 24)) && !(ctx.lang === "vi" && DONE_VI.test(dLead))) continue;
      if (r.noun && !PERSON.test(r.noun) && ![w, d].some((x) => heads(x.noun).some((h) => heads(r.noun).includes(h)))) continue;
      const at = r.start - lead.length + m.index + m[0].indexOf(m[1]);
      out.push({ a: w, b: d, diff: r, word: { start: at, end: at + m[1].length }, points: false, ordered: true });
    }
  }
  return out;
}
