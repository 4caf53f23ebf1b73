// Shares of one group split by how, where or from what, the verb said once: "78% of visitors arrived
// by car, 14% by bus or train and 8% on foot or by bicycle"; "78% du khách đến bằng ô tô, 14% bằng
// xe buýt và 8% đi bộ". Each share after the first opens on the same kind of word (a preposition of
// manner or place), so they are parts of the group named after the first, and cannot pass 100%.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";

/** The first share's way is a means or a source ("by car", "from grants"): shares of a group "in"
 * places or seasons are as often rates of each ("45% of pupils were absent in autumn, 48% in spring"). */
const FIRST_PREP_EN = "by|from|via|through|as";
const PREP_EN = "by|on|in|at|from|via|through|to|for|as|with|without|under";
const FIRST_PREP_VI = "bằng|từ|qua|do";
const PREP_VI = "bằng|tại|ở|từ|qua|theo|đi|do|với";
const TIME_AFTER = /^[ \t]+\p{L}+[ \t]+(?:the[ \t]+)?(?:spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|quarter|year|month|week|(?:19|20)\d\d|năm|quý|tháng|tuần)(?![\p{L}])/u;
/** After the first share: the group, a verb, then the first way ("of visitors arrived by"). */
const FIRST_EN = new RegExp(`^[ \\t]+of[ \\t]+(?:the[ \\t]+|all[ \\t]+|our[ \\t]+)?(?:[\\p{L}'’-]+[ \\t]+){1,4}?(?:[\\p{L}'’-]+(?:ed|ent|ame|ook|ode|ew)|were|was|used|chose|said)[ \\t]+(?:${FIRST_PREP_EN})(?![\\p{L}])`, "u");
const FIRST_VI = new RegExp(`^[ \\t]+(?:(?:số|các)[ \\t]+)?(?:[\\p{L}\\p{M}]+[ \\t]+){1,8}?(?:${FIRST_PREP_VI})(?![\\p{L}])`, "u");
const NEXT_EN = new RegExp(`^[ \\t]+(?:(?:were|was|came|went|arrived|travell?ed)[ \\t]+)?(?:${PREP_EN})(?![\\p{L}])`, "u");
const NEXT_VI = new RegExp(`^[ \\t]+(?:${PREP_VI})(?![\\p{L}])`, "u");
/** Between shares: a comma, or "and" / "và" (with or without the comma). */
const JOIN = /^[^,;.\d%()]{0,60}?(?:,[ \t]*(?:and[ \t]+|và[ \t]+|or[ \t]+)?|[ \t]+(?:and|và)[ \t]+)$/u;
/** Change words make the figures changes, not shares. */
const CHANGE = /(?<![\p{L}])(?:rose|fell|up|down|increase|decrease|tăng|giảm|compared|so với|than|hơn)(?![\p{L}])/u;

export function findElidedShares(ctx: UnitContext): Figure[][] {
  const out: Figure[][] = [];
  for (const s of ctx.sentences) {
    const pcts = s.figs.filter((f) => f.kind === "percent" && f.unit === "%" && !f.qualifiers.length);
    for (let i = 0; i + 2 < pcts.length; i++) {
      const first = pcts[i];
      const after = ctx.lower.slice(first.end, first.end + 80);
      const en = FIRST_EN.test(after);
      if (!en && !FIRST_VI.test(after)) continue;
      const group = [first];
      for (let k = i + 1; k < pcts.length; k++) {
        const gap = ctx.lower.slice(group[group.length - 1].end, pcts[k].start);
        if (!JOIN.test(gap) || CHANGE.test(gap) || s.figs.some((f) => f.start > group[group.length - 1].end && f.end <= pcts[k].start)) break;
        const next = ctx.lower.slice(pcts[k].end, pcts[k].end + 40);
        if (!(en ? NEXT_EN : NEXT_VI).test(next) || TIME_AFTER.test(next)) break;
        group.push(pcts[k]);
      }
      if (group.length >= 3) {
        out.push(group);
        i += group.length - 1;
      }
    }
  }
  return out;
}
