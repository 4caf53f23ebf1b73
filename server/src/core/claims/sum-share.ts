// Bracketed shares of a list whose counts make the whole: "đã giải quyết 227 vụ … . Qua giải quyết:
// khiếu nại đúng 23 vụ (10,1%), khiếu nại đúng một phần 41 vụ (18,1%), khiếu nại sai 163 vụ
// (71,8%)", "We closed 227 complaints. Upheld 23 complaints (10.1%), partly upheld 41 complaints
// (18.1%) and not upheld 163 complaints (71.8%)". Unlike a list closed by "the others", nothing names
// the list as all of the whole, so the figures must say it: the counts add up to a count of their
// noun stated just before (this sentence or the one before), or every other share is its count over
// their sum. Strict: three items at least, counts of one noun side by side, each with its share
// alone in a bracket right after it, no change or total words between them.
import { sameNoun } from "../figures/nouns.ts";
import { D, Interval } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets, isCount } from "./context.ts";

export interface SumShare {
  part: Figure;
  /** The stated whole the counts add up to, or none: then the whole is their sum. */
  whole?: Figure;
  parts: Figure[];
  percent: Figure;
}

const NOT_LIST = /(?<![\p{L}])(?:tăng|giảm|so với|cùng kỳ|kế hoạch|tổng|trong đó|gồm|bao gồm|riêng|up|down|from|to|than|compared|total|including|of which|of whom|comprising|plan|target|năm|year|per|mỗi|bình quân|average)(?![\p{L}])|\d/u;
const SHARE = /^([\p{L}\p{M} \t]{0,40})\([ \t]*(?:chiếm[ \t]*|or[ \t]+)?$/u;

/** A count with its share alone in the bracket right after it: "23 vụ (10,1%)". */
function pairOf(ctx: UnitContext, figs: Figure[], c: Figure): { part: Figure; percent: Figure } | undefined {
  const p = figs[figs.indexOf(c) + 1];
  if (!p || p.kind !== "percent" || p.unit !== "%" || p.qualifiers.length || !p.value || p.value.exact.startsWith("-")) return undefined;
  const m = SHARE.exec(ctx.lower.slice(c.end, p.start));
  if (!m || !m[1].trim().startsWith(c.noun!.split(" ")[0]) || !/^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3))) return undefined;
  return { part: c, percent: p };
}

const BULLET = /^[ \t]*(?:[-*+•–]|[a-zđ]\)|\d{1,2}[.)])[ \t]+/u;
const LABEL = /^[ \t]*(?:[-*+•–]|[a-zđ]\)|\d{1,2}[.)])[ \t]+[\p{L}\p{M}][\p{L}\p{M} \t,'’/-]{0,60}?[ \t]*(?::|[ \t][-–—])?[ \t]*$/u;

export function findSumShares(ctx: UnitContext, taken: Set<Figure>): SumShare[] {
  const out: SumShare[] = [];
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const counts = s.figs.filter((f) => f.kind === "number" && isCount(f) && !!f.noun && !f.qualifiers.length && !inBrackets(ctx, s.start, f.start));
    let pairs: { part: Figure; percent: Figure }[] = [];
    let last = si;
    if (counts.length >= 3 && s.figs.length === 2 * counts.length) {
      // Each count with its share, and nothing else in the sentence.
      for (const c of counts) {
        const x = pairOf(ctx, s.figs, c);
        if (!x) break;
        pairs.push(x);
      }
      if (pairs.length !== counts.length) continue;
      let ok = true;
      for (let i = 1; i < counts.length && ok; i++) {
        const gap = ctx.lower.slice(counts[i - 1].end, counts[i].start).replace(/\([^()]*\)/gu, "");
        if (NOT_LIST.test(gap) || gap.length > 80) ok = false;
      }
      if (!ok) continue;
    } else if (si > 0 && BULLET.test(ctx.text.slice(s.start, s.end)) && !BULLET.test(ctx.text.slice(ctx.sentences[si - 1].start, ctx.sentences[si - 1].end))) {
      // "Kết quả xếp loại:" then "- Tốt: 45 chi bộ (37,5%);" …: one item a line, a label, its count and share.
      for (let k = si; k < ctx.sentences.length; k++) {
        const t = ctx.sentences[k];
        const [c] = t.figs;
        if (t.figs.length !== 2 || c.kind !== "number" || !isCount(c) || !c.noun || c.qualifiers.length || !LABEL.test(ctx.lower.slice(t.start, c.start)) || NOT_LIST.test(ctx.lower.slice(t.start, c.start).replace(BULLET, ""))) break;
        const x = pairOf(ctx, t.figs, c);
        if (!x || !/^[ \t]*\)[ \t]*[;.,]?\s*$/u.test(ctx.lower.slice(x.percent.end, t.end))) break;
        pairs.push(x);
        last = k;
      }
      if (pairs.length < 3 || !pairs.every((x) => sameNoun(x.part.noun, pairs[0].part.noun) || sameNoun(pairs[0].part.noun, x.part.noun))) continue;
      // (The list is all its lead has: no further item after it.)
      const next = ctx.sentences[last + 1];
      if (next && BULLET.test(ctx.text.slice(next.start, next.end))) continue;
    } else continue;
    const noun = pairs[0].part.noun!;
    if (!pairs.every((x) => sameNoun(x.part.noun, noun) || sameNoun(noun, x.part.noun))) continue;
    const parts = pairs.map((x) => x.part);
    const sum = parts.reduce((a, f) => a.plus(f.value!.exact), new D(0));
    // A count of the noun stated just before, that the counts add up to exactly.
    const lead = last > si ? "" : ctx.lower.slice(s.start, parts[0].start);
    const before = [...(si > 0 && (last > si || /^[ \t]*$/u.test(ctx.text.slice(ctx.sentences[si - 1].end, s.start))) ? ctx.sentences[si - 1].figs : []), ...s.figs.filter((f) => f.end <= parts[0].start)];
    const wholes = before.filter((f) => f.kind === "number" && isCount(f) && !f.qualifiers.length && sameNoun(f.noun, noun) && new D(f.value!.exact).equals(sum));
    let whole = wholes.length === 1 && !NOT_LIST.test(lead.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, "")) ? wholes[0] : undefined;
    if (!whole && !wholes.length && last > si) {
      // "Kết quả xếp loại … năm 2024 (2.094 người):" over items whose shares make 100%: the list is all
      // of the count its lead names, whether or not its counts still add up to it.
      const named = before.filter((f) => f.kind === "number" && isCount(f) && !f.qualifiers.length && sameNoun(f.noun, noun));
      const leadEnd = ctx.sentences[si - 1].end;
      const hundred = pairs.reduce((a, x) => a.add(ctx.numInterval(x.percent.value!)), Interval.point(0));
      const w = named[0];
      if (named.length === 1 && hundred.overlaps(Interval.point(100)) && /^[ \t]*\)?[ \t]*:?\s*$/u.test(ctx.lower.slice(w.end + (ctx.lower.slice(w.end).startsWith(` ${w.noun}`) ? w.noun!.length + 1 : 0), leadEnd)) && sum.minus(w.value!.exact).abs().lte(new D(w.value!.exact).times(0.1))) whole = w;
    }
    if (!whole) {
      // Else every other share must be its count over their sum.
      const agree = pairs.filter((x) => ctx.numInterval(x.percent.value!).overlaps(Interval.point(new D(x.part.value!.exact).times(100).div(sum))));
      if (agree.length < pairs.length - 1 || agree.length < 2) continue;
    }
    for (const x of pairs) if (!taken.has(x.percent)) out.push({ ...x, whole, parts });
    si = last;
  }
  return out;
}
