// A count broken down into items each named in words, after a colon or inside the bracket right after
// it: "There were 890 new diagnoses …: chlamydia 612, gonorrhoea 238, infectious syphilis 31 and new HIV
// 9", "The remaining 84 departures were unplanned: evictions 31, abandonments 38, custody 9 and …",
// "received 231 new referrals (88 self-referrals, 54 from family members, 61 from adult social care and
// 28 from health professionals)". Other readers want each item counted in the whole's own noun; here the
// items are bare counts (or the first in a noun of its own), named by a label before them or by words
// after them. Strict: the items run from the colon (or the bracket) to the end of the clause, joined by
// commas and a closing "and"/"và", with no figure of another kind among them; at least three; none
// qualified. A list that says it is some ("including", "such as", "e.g.") is read as open.
import type { Figure } from "../types.ts";
import { D } from "../math/interval.ts";
import { UnitContext, isCount, type Sentence } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const SOME = /(?<![\p{L}])(?:including|includes|such[ \t]+as|e\.g\.|for[ \t]+example|among[ \t]+them|notably|mainly|chiefly|mostly|chủ[ \t]+yếu|như|trong[ \t]+đó|of[ \t]+which|of[ \t]+whom|other|others|khác)(?![\p{L}])/u;
/** Between two label-first items: ", <label> ", ", and <label> ", " và <label> ". */
const LABEL_GAP = /^[ \t]*(?:,[ \t]*(?:and[ \t]+|và[ \t]+)?|[ \t](?:and|và)[ \t]+)(?:[\p{L}\p{M}'’-]+[ \t]+){1,5}$/u;
/** Between two count-first items: the first one's words, then ", " or " and ". */
const WORDS_GAP = /^[ \t]+[\p{L}\p{M}'’ -]{2,60}?(?:,[ \t]*(?:and[ \t]+|và[ \t]+)?|[ \t](?:and|và)[ \t]+)$/u;

function plainCount(f: Figure): boolean {
  return f.kind === "number" && isCount(f) && !f.qualifiers.length && !!f.value && !f.perYear;
}

/** The whole: the last count with a noun before the opener, in its clause, with only words (a year) between. */
function wholeBefore(ctx: UnitContext, s: Sentence, at: number): Figure | undefined {
  const before = s.figs.filter((f) => f.end <= at);
  const w = before[before.length - 1];
  if (!w || !plainCount(w) || !w.noun || at - w.end > 110) return undefined;
  const gap = ctx.lower.slice(w.end, at).replace(/(?<!\d)(?:19|20)\d\d(?:\/\d{2})?(?!\d)/gu, "");
  if (/[\d;:()]/u.test(gap) || /(?<![\p{L}])(?:per|each|average|mean|bình[ \t]+quân|mỗi|target|plan|budget|mục[ \t]+tiêu|kế[ \t]+hoạch)(?![\p{L}])/u.test(gap)) return undefined;
  if (/(?<![\p{L}])(?:from|than|to|of|by|on|against|từ|so[ \t]+với|hơn|lên|xuống|up|down|tăng|giảm)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, w.start - 12), w.start))) return undefined;
  return w;
}

export function findNamedItems(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (const s of ctx.sentences) {
    for (let i = 1; i < s.figs.length; i++) {
      const first = s.figs[i];
      if (used.has(first.id) || !plainCount(first)) continue;
      const lead = ctx.lower.slice(s.figs[i - 1].end, first.start);
      // Labels first after a colon: "…: chlamydia 612, gonorrhoea 238, …".
      const colon = /^[^\d:;()]*:[ \t]*((?:[\p{L}\p{M}'’-]+[ \t]+){1,5})$/u.exec(lead);
      // Counts first inside a bracket: "231 new referrals (88 self-referrals, 54 from …, …)".
      const bracket = !colon && /^[ \t]+[\p{L}\p{M}'’ -]{0,40}?\([ \t]*$/u.test(lead);
      if (!colon && !bracket) continue;
      const opener = s.figs[i - 1].end + lead.lastIndexOf(colon ? ":" : "(");
      const w = wholeBefore(ctx, s, opener);
      if (!w || used.has(w.id) || w !== s.figs[i - 1]) continue;
      if (SOME.test(ctx.lower.slice(w.end, first.start))) continue;
      const items = [first];
      for (let j = i + 1; j < s.figs.length; j++) {
        const f = s.figs[j];
        const gap = ctx.lower.slice(items[items.length - 1].end, f.start);
        if (!plainCount(f) || used.has(f.id) || !(colon ? LABEL_GAP : WORDS_GAP).test(gap) || SOME.test(gap)) break;
        items.push(f);
      }
      if (items.length < 3) continue;
      const last = items[items.length - 1];
      const gapLast = ctx.lower.slice(items[items.length - 2].end, last.start);
      const tail = ctx.lower.slice(last.end, s.end);
      // ("…, infectious syphilis 31 and new HIV 9": a last item whose count was read as a name, "HIV 9",
      // leaves the list open: only a sum above the whole is wrong.)
      const unreadLast = colon && /^[ \t]+(?:and|và)[ \t]+(?:[\p{L}\p{M}'’-]+[ \t]+){1,5}\d{1,3}[ \t]*(?:[.;]|$)/u.test(tail);
      if (!unreadLast && !/(?<![\p{L}])(?:and|và)[ \t]+(?:[\p{L}\p{M}'’-]+[ \t]+){0,5}$/u.test(gapLast)) continue;
      // The clause ends with the last item (its own words, then the end or the bracket's close).
      const closed = unreadLast || (colon ? /^(?:[ \t]+[\p{L}\p{M}'’-]+){0,6}[ \t]*(?:[.;]|$)/u.test(tail) : /^[ \t]+[\p{L}\p{M}'’ -]{2,60}?\)/u.test(tail));
      if (!closed || SOME.test(tail.split(/[.;)]/u)[0])) continue;
      // Bare counts, or in the first item a noun of its own ("88 self-referrals"); never the whole's
      // noun said again on a later item (a sibling).
      if (items.some((f, k) => k > 0 && !!f.noun)) continue;
      // Counts that are no larger than the whole, each.
      if (items.some((f) => new D(f.value!.exact).gt(w.value!.exact))) continue;
      out.push({ whole: w, wholeNum: w.value!, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: !unreadLast, ...(unreadLast ? { open: true } : {}), listed: true });
      used.add(w.id);
      for (const f of items) used.add(f.id);
      break;
    }
  }
  return out;
}
