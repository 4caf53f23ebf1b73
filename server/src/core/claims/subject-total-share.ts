// A part's count with its bracketed share, the whole stated just before by a subject of the same head
// noun: "Terminal passengers in Q3 2024 totalled 1,284,600 … . International passengers accounted for
// 874,200 (68.1%) and domestic passengers for 410,400 (31.9%)", "Tổng số khách đạt 1.284.600; khách
// quốc tế chiếm 874.200 (68,1%)". Counts written without their noun: the subject names them.
//
// Strict: the share alone in the bracket right after the part; the part's subject ends on the head
// noun of exactly one earlier count of the sentence or the two before, that count being stated by a
// verb of total ("totalled", "were", "đạt") and not smaller than the part.
import type { Figure } from "../types.ts";
import { UnitContext, figureIndex, isCount } from "./context.ts";
import { stem } from "./label-words.ts";

export interface SubjectTotalShare {
  percent: Figure;
  part: Figure;
  whole: Figure;
}

/** The part's subject and verb: "international passengers accounted for", "and domestic passengers for". */
const PART = /(?:^|[,;:(]|[-•*][ \t]|\n|(?<![\p{L}])(?:and|và|while|whereas))[ \t]*((?:[\p{L}\p{M}'’-]+[ \t]+){0,3}?([\p{L}\p{M}'’-]+))[ \t]+(accounted[ \t]+for|made[ \t]+up|represented|comprised|chiếm|for)[ \t]*$/u;
/** The whole's subject and verb: "terminal passengers in q3 2024 totalled". */
const WHOLE = /(?:^|[,;:(]|[-•*][ \t]|\n|(?<![\p{L}])(?:and|và|the|total|tổng(?:[ \t]+số)?))[ \t]*((?:[\p{L}\p{M}'’-]+[ \t]+){0,3}?([\p{L}\p{M}'’-]+))(?:[ \t]+(?:in|during|for|over|at|trong|năm|quý)[ \t]+[^,;.()]{1,20}?)?[ \t]+(totalled|totaled|numbered|came[ \t]+to|reached|stood[ \t]+at|were|was|đạt|là)[ \t]*$/u;
const NOT_SUBJECT = new Set(["the", "of", "and", "in", "for", "a", "total", "all", "số", "tổng", "các"]);

function bareCount(f: Figure): boolean {
  return f.kind === "number" && !f.unit && !f.noun && !!f.value && isCount(f) && !f.perYear;
}

export function findSubjectTotalShares(ctx: UnitContext, taken: Set<Figure>): SubjectTotalShare[] {
  const out: SubjectTotalShare[] = [];
  if (!/accounted for|made up|represented|comprised|chiếm/u.test(ctx.lower)) return out;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    let verbSeen = false;
    for (let i = 0; i + 1 < s.figs.length; i++) {
      const [a, p] = [s.figs[i], s.figs[i + 1]];
      if (p.kind !== "percent" || p.unit !== "%" || !p.value || p.qualifiers.length || taken.has(p) || !bareCount(a) || a.qualifiers.length) continue;
      if (!/^[ \t]*\([ \t]*$/u.test(ctx.lower.slice(a.end, p.start)) || !/^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3))) continue;
      const from = Math.max(s.start, i > 0 ? s.figs[i - 1].end : s.start, a.start - 80);
      const m = PART.exec(ctx.lower.slice(from, a.start));
      if (!m) continue;
      // ("domestic passengers for 410,400": the verb said once, before.)
      if (m[3] === "for" && !verbSeen) continue;
      verbSeen = true;
      // (English names a thing by its last word, Vietnamese by its first: "khách quốc tế".)
      const vi = ctx.lang === "vi";
      const head = vi ? m[1].trim().split(/[ \t]+/u)[0] : stem(m[2]);
      if (NOT_SUBJECT.has(head)) continue;
      const wholes: Figure[] = [];
      const k = figureIndex(ctx, a);
      for (let j = k - 1; j >= 0; j--) {
        const w = ctx.figures[j];
        const ws = ctx.sentenceOf(w);
        const wi = ctx.sentences.indexOf(ws);
        if (wi < si - 2) break;
        if (!bareCount(w) || w.qualifiers.length || ctx.interval(w, w.value!).hi.lt(ctx.interval(a, a.value!).lo)) continue;
        const wm = WHOLE.exec(ctx.lower.slice(Math.max(ws.start, w.start - 80), w.start));
        if (wm && (vi ? wm[1].split(/[ \t]+/u).includes(head) : stem(wm[2]) === head && !NOT_SUBJECT.has(head))) wholes.push(w);
      }
      if (wholes.length !== 1) continue;
      out.push({ percent: p, part: a, whole: wholes[0] });
    }
  }
  return out;
}
