// A rate made of two kinds of one thing, each a share of the same base: "The overall absence rate was
// 7.1% … . Authorised absence accounted for 4.9% of possible sessions and unauthorised absence for
// 2.2%", "Tỷ lệ hộ nghèo đa chiều 8,4%, trong đó tỷ lệ hộ nghèo 5,1% và hộ cận nghèo 3,3%". The two
// kinds are one label and the same label with a word that makes it the other kind (un-, non-, cận,
// không), so together they are all of it and add up to the overall rate.
// Strict: the two rates are side by side in one clause; the overall rate is the first one named by
// the label's other words and not by the marking word, in the same sentence before them or one of
// the two sentences before. (Rates of subgroups, "thành thị 3,1%, nông thôn 2,0%", do not add up and
// are never read: their labels are no such pair.)
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets } from "./context.ts";
import type { TotalParts } from "./parts.ts";
import { D } from "../math/interval.ts";

const MARK = /^(?:un|non-?|in|dis)$/u;
const MARK_WORD = /^(?:cận|không|chưa|non|non-)$/u;
const LABEL_TAIL = /(?:[ \t]+(?:accounted[ \t]+for|made[ \t]+up|was|were|is|at|of|for|stood[ \t]+at|chiếm|là|đạt|ở[ \t]+mức|khoảng))*[ \t]*$/u;
const RATE = (f: Figure) => f.kind === "percent" && f.unit === "%" && !f.qualifiers.length;

/** The words that name a rate: back to its clause's start, brackets left out. */
function labelOf(ctx: UnitContext, from: number, f: Figure): string[] {
  const before = ctx.lower.slice(Math.max(from, f.start - 80), f.start).replace(/\([^()]*\)/gu, " ");
  const seps = [...before.matchAll(/[,;:]|(?<![\p{L}])(?:and|và|trong đó|of which)(?![\p{L}])/gu)].pop();
  const cut = seps ? seps.index! + seps[0].length - 1 : -1;
  const words = before.slice(cut + 1).replace(LABEL_TAIL, "").replace(/[*_]/gu, "").trim().split(/[ \t]+/u).filter((w) => /^[\p{L}\p{M}-]+$/u.test(w));
  return words.filter((w) => !/^(?:the|and|và|trong|đó|tỷ|tỉ|lệ|rate|overall|total|chung)$/u.test(w));
}

/** The words the two labels share and the words that tell the two kinds apart, when they are such a
 * pair ("authorised absence" / "unauthorised absence", "hộ nghèo" / "hộ cận nghèo"). */
function pair(a: string[], b: string[]): { shared: string[]; kinds: string[] } | undefined {
  if (!a.length || !b.length) return undefined;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length === short.length) {
    const diff = short.map((w, i) => [w, long[i]] as const).filter(([x, y]) => x !== y);
    if (diff.length !== 1) return undefined;
    const [x, y] = diff[0];
    const [s, l] = x.length < y.length ? [x, y] : [y, x];
    return l.endsWith(s) && MARK.test(l.slice(0, l.length - s.length)) ? { shared: short.filter((w) => w !== x), kinds: [x, y] } : undefined;
  }
  if (long.length !== short.length + 1) return undefined;
  const k = long.findIndex((w, i) => w !== short[i]);
  if (k < 0 || !MARK_WORD.test(long[k]) || long.slice(k + 1).join(" ") !== short.slice(k).join(" ")) return undefined;
  return { shared: short, kinds: [long[k]] };
}

export function findRateComponents(ctx: UnitContext): TotalParts[] {
  const out: TotalParts[] = [];
  if (!/(?<![\p{L}])(?:un|non-?|in|dis)[\p{L}]+|(?<![\p{L}])(?:cận|không|chưa)(?![\p{L}])/u.test(ctx.lower)) return out;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const rates = s.figs.filter((f) => RATE(f) && !inBrackets(ctx, s.start, f.start));
    for (let i = 0; i + 1 < rates.length; i++) {
      const [a, b] = [rates[i], rates[i + 1]];
      const mid = ctx.lower.slice(a.end, b.start);
      if (/[;.\d]/u.test(mid) || !/(?<![\p{L}])(?:and|và)(?![\p{L}])/u.test(mid) || mid.length > 80) continue;
      const la = labelOf(ctx, s.start, a);
      const lb = labelOf(ctx, a.end, b);
      const p = pair(la, lb);
      if (!p || !p.shared.length) continue;
      const named = (f: Figure, from: number) => {
        const l = labelOf(ctx, from, f);
        return p.shared.every((w) => l.includes(w)) && !l.some((w) => p.kinds.includes(w) || MARK_WORD.test(w));
      };
      let whole: Figure | undefined;
      for (let j = si; j >= Math.max(0, si - 2) && !whole; j--) {
        const t = ctx.sentences[j];
        whole = t.figs.find((f) => RATE(f) && f.end <= a.start && f !== a && !inBrackets(ctx, t.start, f.start) && !/(?:from|to|by|từ|lên|xuống|so với|than|of)[ \t]*$/u.test(ctx.lower.slice(Math.max(t.start, f.start - 12), f.start)) && named(f, t.start));
      }
      if (!whole) continue;
      // ("The collection rate was 96.0%, domestic 96.5% and non-domestic 95.1%": rates of two groups,
      // each near the overall one, are no parts of it; parts are each below it and together near it.)
      const w = new D(whole.value!.exact), x = new D(a.value!.exact), y = new D(b.value!.exact);
      if (!(x.lt(w) && y.lt(w) && x.plus(y).gt(w.times(0.5)) && x.plus(y).lt(w.times(1.5)))) continue;
      out.push({ whole, wholeNum: whole.value!, parts: [a, b].map((f) => ({ figure: f, num: f.value! })), exhaustive: true, amounts: true, listed: true });
    }
  }
  return out;
}
