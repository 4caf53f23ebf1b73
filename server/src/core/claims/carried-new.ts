// A count of cases or works split into those carried over from before and the new ones: "triển khai
// 186 cuộc thanh tra (kỳ trước chuyển sang 24 cuộc, triển khai mới 162 cuộc)", "thụ lý 320 vụ, trong
// đó cũ chuyển sang 45 vụ, mới 275 vụ", "1,240 cases (312 brought forward and 928 new)", "handled
// 1,240 cases, of which 312 were carried over from 2023 and 928 were opened in the year". Every case
// is one or the other, so the two make the count exactly.
// Strict: exactly two counts right after the whole (in its bracket, or after its "trong đó / gồm /
// of which / including" or colon), of the whole's noun or bare, one slot naming the carried-over
// ones and the other the new ones, and nothing else in the list.
import { sameNoun } from "../figures/nouns.ts";
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const CARRIED = /(?<![\p{L}])(?:(?:kỳ|năm|tháng|quý|giai đoạn) trước chuyển (?:sang|qua)|cũ chuyển (?:sang|qua)|tồn (?:kỳ trước|năm trước|đọng|cũ)|chuyển tiếp|từ (?:kỳ|năm) trước|brought forward|carried (?:over|forward)|outstanding at the start|open at the start|from (?:the )?previous (?:year|period|quarter))(?![\p{L}])/u;
const NEW = /(?<![\p{L}])(?:mới|phát sinh|new|newly|opened in the (?:year|period|quarter)|received in the (?:year|period|quarter)|started in the (?:year|period|quarter))(?![\p{L}])/u;
/** Two sides that split any count of cases or works: carried over and new; planned and not.
 * (Online and on paper are not: a third channel, by phone, is often left out.) */
const PAIRS: [RegExp, RegExp][] = [
  [CARRIED, NEW],
  [/(?<![\p{L}])(?:theo kế hoạch|planned|scheduled|programmed)(?![\p{L}])/u, /(?<![\p{L}])(?:đột xuất|unannounced|unplanned|unscheduled|ad hoc|reactive)(?![\p{L}])/u],
];
/** ("186 bản án, quyết định, trong đó: số năm trước chuyển sang 47 việc; số mới phát sinh 193 việc":
 * "việc", "cases" count whatever the whole counts.) */
const GENERIC = /^(?:việc|vụ việc|trường hợp|cases?|items?)$/u;
const LEAD = /^[ \t\p{L}\p{M},-]{0,60}?(?:\(|,?[ \t]*(?:trong đó|gồm có|bao gồm|gồm|of which|of whom|including|comprising)[ \t]*:?|:)[ \t]*$/u;
const SLOT_END = /[,;)]|(?<![\p{L}])(?:và|and)(?![\p{L}])/u;

export function findCarriedNew(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  if (!PAIRS.some(([x, y]) => x.test(ctx.lower) && y.test(ctx.lower))) return out;
  for (const s of ctx.sentences) {
    for (let i = 0; i + 2 < s.figs.length; i++) {
      const [a, b] = [s.figs[i + 1], s.figs[i + 2]];
      // "…; xét theo hình thức, có 138 cuộc theo kế hoạch và 48 cuộc đột xuất": a clause that names the
      // dimension, past the whole's own clause; the whole is the sentence's first count of the noun.
      const clause = ctx.lower.slice(Math.max(s.start, ctx.lower.lastIndexOf(";", a.start)), a.qualifiers[0]?.start ?? a.start);
      const dim = /^;[ \t]*(?:xét theo|phân theo|chia theo|theo|by)[ \t]+[\p{L}\p{M} \t]{1,30},[ \t]*(?:có[ \t]+|there were[ \t]+)?$/u.test(clause);
      const head = (n?: string) => n?.split(" ")[0];
      const w = dim ? s.figs.find((f) => f.end < a.start && f.kind === "number" && isCount(f) && !!f.noun && (!a.noun || head(f.noun) === head(a.noun)) && !inBrackets(ctx, s.start, f.start)) : s.figs[i];
      // (A whole may be split by two dimensions: by origin in its bracket, then by form.)
      if (!w || w.kind !== "number" || !isCount(w) || !w.noun || (used.has(w.id) && !dim) || used.has(a.id) || used.has(b.id)) continue;
      // ("312 brought forward and 928 new": the label read as the count's noun.)
      const part = (f: Figure) => f.kind === "number" && isCount(f) && !f.qualifiers.length && (!f.noun || PAIRS.some(([x, y]) => new RegExp(`^(?:${x.source}|${y.source})`, "u").test(f.noun!)) || sameNoun(f.noun, w.noun) || sameNoun(w.noun, f.noun) || f.noun.split(" ")[0] === w.noun!.split(" ")[0] || GENERIC.test(f.noun));
      if (!part(a) || !part(b)) continue;
      // The slot each part sits in: from the lead or the separator before it to the separator after.
      const open = ctx.lower.slice(w.end, a.start);
      const lead = dim ? ["", "", ""] : /^(.*?)(?:\(|,?[ \t]*(?:trong đó|gồm có|bao gồm|gồm|of which|of whom|including|comprising)[ \t]*:?|:)[ \t]*([^()]*)$/u.exec(open);
      if (!lead || (!dim && (!LEAD.test(ctx.lower.slice(w.end, a.start - lead[2].length)) || /\d/.test(lead[1])))) continue;
      const mid = ctx.lower.slice(a.end, b.start);
      const sep = SLOT_END.exec(mid);
      if (!sep) continue;
      const slotA = lead[2] + mid.slice(0, sep.index);
      const after = ctx.lower.slice(b.end, Math.min(s.end, b.end + 60));
      const endB = SLOT_END.exec(after) ?? /[.]/u.exec(after);
      const slotB = mid.slice(sep.index + sep[0].length) + after.slice(0, endB ? endB.index : after.length);
      if (/\d/.test(slotA + slotB)) continue;
      if (!PAIRS.some(([x, y]) => { const xa = x.test(slotA), xb = x.test(slotB), ya = y.test(slotA) && !xa, yb = y.test(slotB) && !xb; return (xa && yb && !xb) || (xb && ya && !xa); })) continue;
      // (Nothing else in the list: a third count of the whole's noun right after would be another part.)
      const c = s.figs[i + 3];
      if (c && part(c) && endB && /^[ \t]*(?:,|;|và|and)?[ \t]*[^\d.;]{0,30}$/u.test(after.slice(endB.index, c.start - b.end)) && endB[0] !== ")") continue;
      out.push({ whole: w, wholeNum: w.value!, parts: [a, b].map((f) => ({ figure: f, num: f.value! })), exhaustive: true, listed: true });
      used.add(w.id);
      used.add(a.id);
      used.add(b.id);
    }
  }
  return out;
}
