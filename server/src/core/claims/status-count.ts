// A count of targets met (or missed) in a lead-in, then the list that gives each item's own verdict:
// "Three of our four modes met their punctuality targets:" over four items ending "— met" / "— missed";
// "Có 3/4 chỉ tiêu đạt kế hoạch:" over items each "đạt" or "không đạt". The count must be the number
// of items whose verdict agrees with the lead-in's.
import type { Span } from "../types.ts";
import type { UnitContext } from "./context.ts";
import { findStatuses, HEDGE } from "./status.ts";

export interface StatusCount {
  /** The count as written in the lead-in. */
  at: Span;
  count: number;
  /** "of our four": how many there are in all, when stated. */
  of?: number;
  /** The lead-in's verdict: the items counted met (true) or missed (false). */
  met: boolean;
  /** Each item's verdict, in order. */
  items: { span: Span; met: boolean }[];
}

const NUM: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, all: -1, both: 2, "tất cả": -1, "cả hai": 2,
};
const N = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|all)";
const NV = "(\\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)";
const LEAD_EN = new RegExp(
  `^[\\s*_]*${N}[ \\t]+(?:of[ \\t]+(?:our|the|its|their|these)[ \\t]+${N}[ \\t]+)?(?:[\\p{L}-]+[ \\t]+){0,3}?(?:(?:were|have been|has been)[ \\t]+)?(met|achieved|exceeded|hit|missed|did[ \\t]+not[ \\t]+meet|failed[ \\t]+to[ \\t]+meet|fell[ \\t]+short[ \\t]+of)(?:[ \\t]+(?:their|its|the|our)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,2}?(?:targets?|standards?|goals?))?[ \\t]*:[ \\t]*$`,
  "u",
);
const LEAD_VI = new RegExp(
  `^[\\s*_]*(?:có[ \\t]+)?${NV}(?:[ \\t]*\\/[ \\t]*${NV})?[ \\t]+(?:[\\p{L}]+[ \\t]+){0,3}?(đạt và vượt|đạt|vượt|không đạt|chưa đạt)(?:[ \\t]+(?:kế hoạch|mục tiêu|chỉ tiêu)(?:[ \\t]+đề ra)?)?[ \\t]*(?:,[ \\t]*(?:gồm|cụ thể)(?:[ \\t]+(?:là|như sau))?)?[ \\t]*:[ \\t]*$`,
  "u",
);
const ITEM = /^[ \t]*(?:[-*+•–]|\d{1,2}[.)])[ \t]/u;
/** The verdict that closes an item: "— met.", ": không đạt". */
const ITEM_VERDICT = /(?:[—–-]|:|,|\()[ \t]*(not[ \t]+met|not[ \t]+achieved|met|achieved|exceeded|missed|đạt và vượt|đạt|vượt|không đạt|chưa đạt)[ \t]*\)?[ \t]*[.;]?[ \t*_]*$/u;

function num(w: string): number {
  return /^\d+$/.test(w) ? +w : NUM[w];
}

export function findStatusCounts(ctx: UnitContext): StatusCount[] {
  return ctx.memo("status-counts", () => {
    const out: StatusCount[] = [];
    if (!/:[ \t]*\r?\n/u.test(ctx.text)) return out;
    for (let k = 0; k < ctx.sentences.length; k++) {
      const s = ctx.sentences[k];
      const head = ctx.lower.slice(s.start, s.end).trimEnd();
      if (!head.endsWith(":") || HEDGE.test(head)) continue;
      const en = LEAD_EN.exec(head);
      const m = en ?? LEAD_VI.exec(head);
      if (!m) continue;
      const count = num(m[1]);
      const of = m[2] ? num(m[2]) : undefined;
      if (!count || count < 0) continue;
      const verb = m[3];
      const met = !/^(?:missed|did|failed|fell|không|chưa)/u.test(verb);
      const items: StatusCount["items"] = [];
      let ok = true;
      for (let j = k + 1; j < ctx.sentences.length; j++) {
        const x = ctx.sentences[j];
        const t = ctx.text.slice(x.start, x.end).replace(/^\s*\n/, "");
        if (!ITEM.test(t)) break;
        const lower = ctx.lower.slice(x.start, x.end);
        const v = ITEM_VERDICT.exec(lower);
        if (!v || HEDGE.test(lower)) {
          ok = false;
          break;
        }
        // One verdict per item: another status word elsewhere in it would make it ambiguous.
        const other = findStatuses(lower.slice(0, v.index));
        if (other.length) {
          ok = false;
          break;
        }
        items.push({ span: { start: x.start, end: x.end }, met: !/^(?:not|missed|không|chưa)/u.test(v[1]) });
      }
      if (!ok || items.length < 2) continue;
      if (of !== undefined && of !== items.length) continue;
      const at = s.start + m.index + m[0].indexOf(m[1]);
      out.push({ at: { start: at, end: at + m[1].length }, count, of, met, items });
    }
    return out;
  });
}
