// Time given, then split by what it was spent on, after a colon: "Volunteers gave 18,365 hours to the
// team in 2023: 6,842 hours on incidents, 9,316 hours on training and exercises, and 2,207 hours on
// fundraising …", "Cán bộ đã dành 1.240 giờ: 610 giờ cho tuyên truyền, 420 giờ cho kiểm tra và 210 giờ
// cho tập huấn". Other readers pass over durations, which mostly say when or how long; here the whole
// and every part are amounts of one time unit. Strict: the whole is the last count before the colon, in
// the same noun, with only words (and a year) between; each part repeats the noun and says what it
// went on ("on", "for", "in", "of", "cho", "vào"), or is a bare count right before "on"/"for"; the parts
// are joined by commas or "and"/"và" and end with the clause. A colon's list tells all the time unless
// its words say some is left out ("including", "the rest …"); then only a sum above the whole fails.
import type { Figure } from "../types.ts";
import { UnitContext, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const TIME_NOUN = /^(?:hours?|days?|weeks?|giờ|ngày|tuần|ngày công|giờ công|person-days?|volunteer hours?)$/u;
const SPENT_ON = /^[ \t]+[\p{L}\p{M} -]*?(?<![\p{L}])(?:on|for|in|at|of|doing|with|cho|vào|để|tại)(?![\p{L}])/u;
/** A bare count right before what its time went on: "…: 9,786 on call-outs, 6,214 on training …". */
export const BARE_ON = /^[ \t]+(?:on|for|doing|cho|vào)(?![\p{L}])/u;

function timeCount(f: Figure): boolean {
  return f.kind === "number" && isCount(f) && !f.unit && !f.scale && !f.qualifiers.length && !!f.noun && TIME_NOUN.test(f.noun);
}

/** "volunteer hours" and "hours" are one unit of time; "ngày công" and "ngày" are not. */
function timeHead(n: string): string {
  return /^(?:volunteer[ \t]+)?hours?$/u.test(n) ? "hours" : n;
}

/** The words after a count and its noun, up to `to`. */
function afterNoun(ctx: UnitContext, f: Figure, to: number): string {
  const t = ctx.lower.slice(f.end, to);
  return t.replace(/^[ \t]+/u, "").startsWith(f.noun!) ? t.replace(/^[ \t]+/u, "").slice(f.noun!.length) : t;
}

export function findTimeSplits(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (const s of ctx.sentences) {
    if (s.figs.length < 3) continue;
    for (let i = 0; i + 2 < s.figs.length; i++) {
      const w = s.figs[i];
      if (!timeCount(w) || used.has(w.id)) continue;
      const between = afterNoun(ctx, w, s.figs[i + 1].start);
      const colon = between.indexOf(":");
      if (colon < 0 || /[\d;().]/u.test(between.slice(0, colon).replace(/(?<!\d)(?:19|20)\d\d(?:\/\d{2})?(?!\d)/gu, "")) || colon > 80 || !/^[ \t]*$/u.test(between.slice(colon + 1))) continue;
      const parts: Figure[] = [];
      for (let j = i + 1; j < s.figs.length; j++) {
        const f = s.figs[j];
        const bare = f.kind === "number" && isCount(f) && !f.noun && !f.unit && !f.scale && !f.qualifiers.length && BARE_ON.test(ctx.lower.slice(f.end, f.end + 12));
        if (!(bare || (timeCount(f) && timeHead(f.noun!) === timeHead(w.noun!) && SPENT_ON.test(afterNoun(ctx, f, f.end + 60)))) || used.has(f.id)) break;
        if (parts.length) {
          const gap = ctx.lower.slice(parts[parts.length - 1].end, f.start);
          if (!/(?:,|(?<![\p{L}])(?:and|và))[ \t]*$/u.test(gap) || /[;:.]|(?<![\p{L}])(?:of which|trong đó|including|gồm)(?![\p{L}])/u.test(gap)) break;
        }
        parts.push(f);
      }
      if (parts.length < 2) continue;
      // A colon's list tells all the time, unless its words say some is left out.
      const last = parts[parts.length - 1];
      const some = /(?<![\p{L}])(?:including|among them|such as|mainly|mostly|other|others|the rest|remainder|remaining|khác|còn lại|chủ yếu|trong đó|bao gồm)(?![\p{L}])/u.test(ctx.lower.slice(w.end, s.figs[i + 1].start) + ctx.lower.slice(last.end, s.end));
      out.push({ whole: w, wholeNum: w.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: !some, open: some || undefined, listed: true });
      used.add(w.id);
      for (const f of parts) used.add(f.id);
    }
  }
  return out;
}
