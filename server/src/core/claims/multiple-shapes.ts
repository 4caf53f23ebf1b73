// Multiples told in three more shapes:
// - after both sides, closing the sentence: "Snow clearance was needed on 11 days, compared with 4 days
//   in 2022/23 - nearly four times as many", "… 212 USD so với 96 USD – gấp hơn 2 lần";
// - before both sides, bracketed: "Winter demand was 2.6 times that of the summer quarter (12,384
//   parcels against 7,740)";
// - of the sentence before, by a pronoun: "… gave 48,150 hours of their time … . That is three times as
//   many hours as in 2019–20 (24,075)".
// Trust first: the two sides are of one kind and joined by words of comparison; the multiple closes
// its clause; a qualifier ("nearly", "more than", "about") is kept.
import type { Figure } from "../types.ts";
import { isCount, isPercent, type UnitContext } from "./context.ts";
import type { Multiple } from "./compare.ts";

const LINK = /^[^;.\d]{0,100}?(?:,[ \t]*)?(?:compared[ \t]+(?:with|to)|against|versus|vs\.?|as[ \t]+against|so[ \t]+với)[ \t]+(?:the[ \t]+)?[^;.\d]{0,20}$/u;
const QUAL = /(?:(more[ \t]+than|over|upwards[ \t]+of|at[ \t]+least|hơn|trên)|(nearly|almost|close[ \t]+to|just[ \t]+under|gần)|(about|around|roughly|some|approximately|khoảng|xấp[ \t]+xỉ))[ \t]+$/u;
const TAIL = /^[ \t]+times[ \t]+(?:as[ \t]+(?:many|much|high|large|great|long|often)|(?:the|that|those)(?![\p{L}]))/u;
const BRACKET_PAIR = /^[ \t]*(?:[\p{L}\p{M}'’-]+[ \t]+){0,4}?[\p{L}\p{M}-]*[ \t]*\([ \t]*$/u;
const PAIR_LINK = /^[ \t]+(?:[\p{L}\p{M}]+[ \t]+)?(?:against|versus|vs\.?|compared[ \t]+(?:with|to)|and|so[ \t]+với)[ \t]+$/u;

function comparable(a: Figure, b: Figure): boolean {
  // ("41.6% …, against 19.8% of those who had not — 2.4 times the rate": two rates are sides too.)
  if (a.kind === "percent" && b.kind === "percent") return a.unit === "%" && b.unit === "%" && !!a.value && !!b.value && !a.qualifiers.length && !b.qualifiers.length;
  if (a.kind !== "number" || b.kind !== "number" || !a.value || !b.value || a.qualifiers.length || b.qualifiers.length) return false;
  if (isPercent(a) !== isPercent(b) || (a.unit ?? "") !== (b.unit ?? "")) return false;
  if (!a.unit && (!isCount(a) || !isCount(b))) return false;
  return !a.noun || !b.noun || a.noun.split(" ").pop() === b.noun.split(" ").pop() || a.noun.split(" ")[0] === b.noun.split(" ")[0];
}

/** The multiple at `t`, its text run on to "times" when written in words ("four" + " times"). */
function multipleAt(ctx: UnitContext, t: Figure): Figure | undefined {
  if (t.kind === "multiplier" && t.value) return t;
  if (t.kind === "number" && t.noun === "times" && t.value && !t.value.decimals) {
    const end = t.end + (/^[ \t]+times/u.exec(ctx.lower.slice(t.end, t.end + 8))?.[0].length ?? 0);
    return { ...t, kind: "multiplier", end, text: ctx.text.slice(t.start, end) };
  }
  return undefined;
}

function qualOf(ctx: UnitContext, from: number, t: Figure): Partial<Multiple> {
  const q = QUAL.exec(ctx.lower.slice(Math.max(from, t.start - 24), t.start));
  return q ? { atLeast: !!q[1] || undefined, nearly: !!q[2] || undefined, about: !!q[3] || undefined } : {};
}

export function shapedMultiples(ctx: UnitContext, out: Multiple[]): void {
  if (!/(?:times|lần)/u.test(ctx.lower)) return;
  const taken = new Set(out.map((m) => m.times.start));
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let k = 0; k < s.figs.length; k++) {
      const t = multipleAt(ctx, s.figs[k]);
      if (!t || taken.has(t.start)) continue;
      const tail = ctx.lower.slice(t.end, s.end);
      const closes = /^[ \t]*(?:[\p{L}\p{M}]+[ \t]*){0,4}(?:[.;]|$)/u.test(ctx.lower.slice(s.figs[k].end, s.end).replace(TAIL, " "));
      // After both sides: "11 days, compared with 4 days in 2022/23 - nearly four times as many."
      if (k >= 2 && (TAIL.test(ctx.lower.slice(s.figs[k].end, s.figs[k].end + 30)) || t.kind === "multiplier") && closes) {
        let [a, b] = [s.figs[k - 2], s.figs[k - 1]];
        // ("a rate of 125.7 per 100,000 against a target of 80 — some 1.6 times": past the rate's base.)
        const rateBase = (f: Figure) => /(?:(?<![\p{L}])(?:per|mỗi|trên)[ \t]*|\/[ \t]*)$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 8), f.start)) && /^10{2,}$/u.test(f.text.replace(/[.,\s]/gu, ""));
        if (rateBase(a) && k >= 3) a = s.figs[k - 3];
        const lead = ctx.lower.slice(b.end, t.start).replace(QUAL, "").replace(/(?<!\d)(?:19|20)\d\d(?:[\/–-]\d{2,4})?(?!\d)/gu, "năm");
        // ("tăng 68 cơ sở so với năm 2021 (58 cơ sở), gấp 2,17 lần": a change's size is no side.)
        const sizeOfChange = /(?<![\p{L}])(?:tăng|giảm|thêm|hơn|up|down|by|rose|fell|increased|decreased|grew|more|fewer|higher|lower|above|below)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (a.qualifiers[0]?.start ?? a.start) - 12), a.qualifiers[0]?.start ?? a.start));
        if (!sizeOfChange && comparable(a, b) && LINK.test(ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start).replace(/(?<!\d)(?:19|20)\d\d(?:[\/–-]\d{2,4})?(?!\d)/gu, "năm")) && /^[^;.\d]{0,30}?(?:[,–—]|[ \t]-)[ \t]*(?:(?:or|i\.e\.|that[ \t]+is|tức|gấp)[ \t]+)?$/u.test(lead)) {
          out.push({ subject: a, other: b, times: t, ...qualOf(ctx, b.end, t) });
          taken.add(t.start);
          continue;
        }
      }
      // Before both sides, bracketed: "2.6 times that of the summer quarter (12,384 parcels against 7,740)".
      if (k + 2 < s.figs.length) {
        const [a, b] = [s.figs[k + 1], s.figs[k + 2]];
        if (/^[ \t]+(?:that|those)[ \t]+of[ \t]+/u.test(tail) && BRACKET_PAIR.test(ctx.lower.slice(t.end, a.start).replace(/^[ \t]+(?:that|those)[ \t]+of/u, "")) && PAIR_LINK.test(ctx.lower.slice(a.end + (a.noun && ctx.lower.startsWith(` ${a.noun}`, a.end) ? a.noun.length + 1 : 0), b.start)) && /^[ \t]*[\p{L}\p{M} ]{0,20}\)/u.test(ctx.lower.slice(b.end, b.end + 24)) && (comparable(a, b) || (a.kind === "number" && b.kind === "number" && !b.noun && !b.unit && !a.unit && isCount(a) && isCount(b)))) {
          out.push({ subject: a, other: b, times: t, ...qualOf(ctx, s.start, t) });
          taken.add(t.start);
          continue;
        }
      }
      // Of the sentence before: "That is three times as many hours as in 2019–20 (24,075)."
      if (si > 0 && /^[\s"“*•-]*(?:that|this|it)[ \t]+(?:is|was|represents|represented)[ \t]+(?:(?:more[ \t]+than|over|nearly|almost|about|around|roughly)[ \t]+)?$/u.test(ctx.lower.slice(s.start, t.start)) && k + 1 < s.figs.length) {
        const noun = /^[ \t]+times[ \t]+as[ \t]+(?:many|much)[ \t]+([\p{L}-]+)/u.exec(ctx.lower.slice(s.figs[k].end, s.figs[k].end + 40))?.[1];
        const b = s.figs[k + 1];
        if (!noun || b.kind !== "number" || !b.value || !/\([ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, b.start - 3), b.start)) || !/^[ \t]*\)/u.test(ctx.lower.slice(b.end, b.end + 3))) continue;
        const prev = ctx.sentences[si - 1];
        const named = prev.figs.filter((f) => f.kind === "number" && !!f.noun && f.noun.split(" ")[0] === noun && !f.qualifiers.length && !/(?:average|mean)(?:[ \t]+of)?[ \t]*$/u.test(ctx.lower.slice(Math.max(prev.start, f.start - 20), f.start)));
        if (named.length !== 1 || (b.noun && b.noun.split(" ")[0] !== noun)) continue;
        out.push({ subject: named[0], other: b, times: t, ...qualOf(ctx, s.start, t) });
        taken.add(t.start);
      }
    }
  }
}
