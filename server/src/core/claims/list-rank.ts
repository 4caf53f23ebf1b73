// A place among values the text lists: "Our rate (81.4 per 100,000) was the third lowest among the
// five neighbouring authorities: Ashbury 76.2, Delford 79.8, Westbridge 81.4, Hallam 88.5 and Corley
// 92.1", "Tỷ lệ của huyện (8,2%) cao thứ hai trong 5 huyện: A 9,1%, B 8,2%, C 7,6%, …", and a place
// behind the ones named: "đạt 96,4 điểm, chỉ đứng sau A (97,2 điểm) và B (96,8 điểm), xếp thứ 3/13",
// "scored 96.4, behind only A (97.2) and B (96.8)". The subject's value must be among those listed.
import type { Figure, Span } from "../types.ts";
import type { UnitContext } from "./context.ts";

export interface ListRank {
  value: Figure;
  values: Figure[];
  /** The place stated, counted from the top of `order`. */
  place: number;
  order: "highest" | "lowest";
  /** The words that state the place. */
  said: Span;
  /** Behind the ones named, not only them ("đứng sau", "behind"): the place is at least theirs + 1. */
  atLeast?: boolean;
}

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, nhất: 1, nhì: 2, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const EN_PLACE = /(?<![\p{L}])(?:the[ \t]+)?(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[ \t-]+(lowest|highest|largest|smallest|best|worst)(?![\p{L}])/u;
const VI_PLACE = /(?<![\p{L}])(cao|thấp|lớn|nhỏ)[ \t]+thứ[ \t]+(hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})(?![\p{L}])/u;
const BEHIND = /(?<![\p{L}])(?:chỉ[ \t]+)?(?:đứng[ \t]+sau|xếp[ \t]+sau|behind[ \t]+only|second[ \t]+only[ \t]+to|only[ \t]+behind|behind)(?![\p{L}])/u;
const RANK_AFTER = /(?:xếp[ \t]+thứ|đứng[ \t]+thứ|xếp[ \t]+hạng|ranked|ranking|placing)[ \t]*$/u;

function placeNumber(w: string): number | undefined {
  const d = /^(\d{1,2})/.exec(w);
  return d ? +d[1] : ORD[w];
}

function comparable(a: Figure, b: Figure): boolean {
  return a.kind === b.kind && (a.kind === "number" || a.kind === "percent") && (a.unit ?? "") === (b.unit ?? "") && (a.scale?.factor ?? "1") === (b.scale?.factor ?? "1") && !!a.value && !!b.value;
}

export function findListRanks(ctx: UnitContext): ListRank[] {
  return ctx.memo("list-ranks", () => {
    const out: ListRank[] = [];
    for (const s of ctx.sentences) {
      const text = ctx.lower.slice(s.start, s.end);
      // A place among listed values.
      const en = EN_PLACE.exec(text);
      const vi = en ? null : VI_PLACE.exec(text);
      if (en || vi) {
        const at = s.start + (en ?? vi)!.index;
        const said = { start: at, end: at + (en ?? vi)![0].length };
        const place = placeNumber(en ? en[1] : vi![2]);
        const order = (en ? /lowest|smallest|best/u.test(en[2]) && en[2] !== "best" : /thấp|nhỏ/u.test(vi![1])) ? "lowest" : "highest";
        // ("best"/"worst" need the measure's direction: left alone.)
        if (place && !(en && /best|worst/u.test(en[2]))) {
          const colon = ctx.text.indexOf(":", said.end);
          const list = colon >= 0 && colon < s.end ? s.figs.filter((f) => f.start > colon) : [];
          // The subject's value: the last figure before the place that the list holds too (not a
          // rate's base, "per 100,000").
          const value = s.figs.filter((f) => f.end <= said.start && list.some((g) => comparable(f, g) && g.value!.exact === f.value!.exact)).pop();
          if (value && list.length >= 3 && list.every((f) => comparable(f, value))) {
            out.push({ value, values: list, place, order, said });
          }
        }
      }
      // A place behind the ones named, with their values in brackets.
      const b = BEHIND.exec(text);
      if (b) {
        const from = s.start + b.index + b[0].length;
        const value = s.figs.filter((f) => f.end <= s.start + b.index).pop();
        const rank = s.figs.find((f) => f.kind === "fraction" && f.start > from && RANK_AFTER.test(ctx.lower.slice(Math.max(from, f.start - 25), f.start)));
        const ahead = s.figs.filter((f) => f.start > from && (!rank || f.start < rank.start) && /\([ \t]*$/u.test(ctx.lower.slice(f.start - 3, f.start)));
        if (value && rank && ahead.length >= 1 && ahead.every((f) => comparable(f, value))) {
          out.push({ value, values: [value, ...ahead], place: +rank.numerator!.exact, order: "highest", said: rank, atLeast: !/chỉ|only/u.test(b[0]) });
        }
      }
    }
    return out;
  });
}
