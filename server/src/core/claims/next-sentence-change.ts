// The size of a change told in the sentence after its two ends: "… received 1,284 complaints,
// compared with 1,136 in 2022/23. Demand therefore rose by 148 cases, or 13.0%"; "… đạt 2.846 ca,
// năm 2023 là 2.056 ca. Như vậy, số ca mắc tăng 790 ca (38,4%)". The sentence has no ends of its
// own, and it says it speaks of the same thing: a pronoun, or a word of consequence.
import type { Figure } from "../types.ts";
import { isPercent, type UnitContext } from "./context.ts";
import { findChanges, findComparedBare, findReverseChanges, type Change } from "./change.ts";

const EN = /^[\s"“(*•-]*(?:(?:(?:this|that|it)[ \t]+(?:was|is|represents|represented|means|meant)[ \t]+(?:an?[ \t]+)?(increase|rise|growth|fall|decrease|drop|decline|reduction)[ \t]+of)|(?:(?:[\p{L}'’-]+[ \t]+){1,4}?(?:therefore|thus|consequently|overall|so)[ \t]+|(?:so|thus|therefore|overall|as[ \t]+a[ \t]+result|in[ \t]+all|in[ \t]+total)[ \t]*,?[ \t]*(?:[\p{L}'’-]+[ \t]+){1,4}?|(?:this|it)[ \t]+)(?:has[ \t]+|have[ \t]+)?(rose|fell|increased|decreased|grew|declined|dropped|went[ \t]+up|went[ \t]+down)(?:[ \t]+by)?)[ \t]*$/u;
const VI = /^[\s"“(*•-]*(?:như[ \t]+vậy|do[ \t]+đó|vì[ \t]+vậy|tính[ \t]+ra|nhìn[ \t]+chung)[ \t]*,?[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,6}?(?:đã[ \t]+)?(tăng|giảm)(?:[ \t]+thêm)?[ \t]*$/u;
const OR_PCT = /^[ \t]*(?:[\p{L}]+[ \t]*){0,4}(?:,[ \t]*(?:or|i\.e\.|tương[ \t]+ứng|tương[ \t]+đương|tức|hay)[ \t]*|\([ \t]*(?:or[ \t]+|tương[ \t]+ứng[ \t]+|bằng[ \t]+|(?:an?[ \t]+)?(?:fall|drop|decrease|reduction|rise|increase|growth)[ \t]+of[ \t]+|(?:down|up)[ \t]+)?)$/u;
/** "That is 6,760 fewer people waiting": the size first, its direction after it. */
const THAT_IS = /^[\s"“(*•-]*(?:this|that)[ \t]+(?:is|was|represents|represented|means|meant)[ \t]*$/u;
const SIZE_AFTER = /^[ \t]+(fewer|more|less|additional|extra)(?![\p{L}])/u;

export function findNextSentenceChanges(ctx: UnitContext): Change[] {
  return ctx.memo("next-sentence-changes", () => {
    const out: Change[] = [];
    if (ctx.sentences.length < 2) return out;
    const bare = [...findChanges(ctx), ...findReverseChanges(ctx)].filter((c) => !c.stated.length && !c.toFrom).concat(findComparedBare(ctx));
    if (!bare.length) return out;
    for (let si = 1; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      const prev = ctx.sentences[si - 1];
      const [x, y] = s.figs;
      if (!x || (x.kind !== "number" && x.kind !== "percent") || /\n[ \t]*\n/.test(ctx.text.slice(prev.end, s.start))) continue;
      const lead = EN.exec(ctx.lower.slice(s.start, x.qualifiers[0]?.start ?? x.start)) ?? VI.exec(ctx.lower.slice(s.start, x.qualifiers[0]?.start ?? x.start));
      const after = lead || !THAT_IS.test(ctx.lower.slice(s.start, x.qualifiers[0]?.start ?? x.start)) ? null : SIZE_AFTER.exec(ctx.lower.slice(x.end, x.end + 12));
      const m = lead ?? after;
      const base = lead ? s.start : x.end;
      if (!m) continue;
      const cs = bare.filter((c) => c.from.start >= prev.start && c.to.end <= prev.end);
      if (cs.length !== 1) continue;
      const c = cs[0];
      const pct = isPercent(c.from);
      const what = (f: Figure): Change["stated"][number]["what"] | undefined =>
        f.unit === "pp" ? (pct ? "difference" : undefined) : f.unit === "%" ? (pct ? undefined : "relative") : !pct && (f.unit ?? "") === (c.from.unit ?? "") && (!f.noun || !c.from.noun || f.noun.split(" ")[0] === c.from.noun.split(" ")[0] || !!f.unit) ? "difference" : undefined;
      const wx = what(x);
      if (!wx) continue;
      const stated: Change["stated"] = [{ figure: x, what: wx }];
      const rest = s.figs.filter((f) => f !== x);
      if (y && OR_PCT.test(ctx.lower.slice(x.end, y.qualifiers[0]?.start ?? y.start))) {
        const wy = what(y);
        if (wy && wy !== wx) stated.push({ figure: y, what: wy });
      }
      // (Nothing else measured in the sentence: no second change of something else.)
      if (rest.some((f) => !stated.some((st) => st.figure === f) && !/^(?:19|20)\d\d$/u.test(ctx.text.slice(f.start, f.end)))) continue;
      const word = m[1] ?? m[2] ?? m[3];
      const at = base + m.index + m[0].lastIndexOf(word);
      const up = /^(?:increase|rise|growth|rose|increased|grew|went[ \t]+up|tăng|more|additional|extra)$/u.test(word);
      out.push({ from: c.from, to: c.to, years: c.years, ...(c.direction ? {} : { direction: up ? "up" : "down", directionWord: { start: at, end: at + word.length } }), stated });
    }
    return out;
  });
}
