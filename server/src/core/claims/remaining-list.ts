// The rest of a whole told in a sentence of its own, after the parts named first: "Of the 214 water
// bodies, 38 achieved good status. The remaining water bodies were classified as moderate (121), poor
// (42) or bad (13).", "Trong 56 xã, 38 xã đạt chuẩn. Các xã còn lại được xếp loại khá (12 xã) và
// trung bình (6 xã)." "Remaining" says the list is all that is left, so the parts named before and the
// list after make the whole together. Strict: the sentence opens on the words; its figures are
// counts, each with a label beside it; the whole is the last count before it already read with its
// parts, in the sentence before or the one before that, and named by the same head noun when the
// sentence names one.
import type { Figure } from "../types.ts";
import { UnitContext, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const OPENER_EN = /^[\s"“*•-]*(?:the[ \t]+remaining|the[ \t]+rest(?:[ \t]+of[ \t]+the)?|all[ \t]+other|the[ \t]+other)(?![\p{L}])/u;
const OPENER_VI = /^[\s"“*•-]*(?:(?:số|phần)[ \t]+còn[ \t]+lại|còn[ \t]+lại|(?:các|những|số)[ \t]+([\p{L}\p{M} ]{1,30}?)[ \t]+còn[ \t]+lại)(?![\p{L}])/u;
/** What may stand between two items: a label of words and one separator. */
const BETWEEN = /^[\p{L}\p{M} \t()’'-]*(?:,|;|(?<![\p{L}])(?:and|or|và|hoặc))[\p{L}\p{M} \t()’'-]*$/u;
const VERB_EN = /(?<![\p{L}])(?:were|was|are|is|had|have|fell|received|achieved|scored)(?![\p{L}])/u;

function headEn(phrase: string): string | undefined {
  const w = phrase.trim().split(/[ \t]+/u).filter(Boolean);
  return w.length ? w[w.length - 1] : undefined;
}

/** "Trong 56 xã, 38 xã đạt chuẩn." / "Of 412 claims, 380 were paid.": the sentence before opens on
 * the whole and names the first parts before any breakdown of them. */
function openedWith(ctx: UnitContext, si: number, named: (n: string | undefined) => boolean): TotalParts | undefined {
  const ps = ctx.sentences[si - 1];
  const m = /^[\s"“*•-]*(?:of the|of|out of|trong tổng số|trong số|trong)[ \t]+$/u.exec(ctx.lower.slice(ps.start, ps.figs[0]?.start ?? ps.start));
  const w = ps.figs[0];
  if (!m || !w || w.kind !== "number" || !isCount(w) || !w.noun || !named(w.noun)) return undefined;
  const stop = /[:(]|(?<![\p{L}])(?:including|of which|trong đó|gồm|bao gồm)(?![\p{L}])/u.exec(ctx.lower.slice(w.end, ps.end));
  const end = stop ? w.end + stop.index : ps.end;
  const parts = ps.figs.filter((f) => f !== w && f.start < end);
  if (!parts.length || parts.some((f) => f.kind !== "number" || !isCount(f) || (!!f.noun && f.noun.split(" ")[0] !== w.noun!.split(" ")[0]))) return undefined;
  return { whole: w, wholeNum: w.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: false };
}

export function findRemainingLists(ctx: UnitContext, totals: TotalParts[]): TotalParts[] {
  const out: TotalParts[] = [];
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    if (s.figs.length < 2) continue;
    const head = ctx.lower.slice(s.start, Math.min(s.end, s.start + 80));
    const en = OPENER_EN.exec(head);
    const vi = en ? null : OPENER_VI.exec(head);
    if (!en && !vi) continue;
    const from = s.start + (en ?? vi)![0].length;
    const figs = s.figs.filter((f) => f.start >= from);
    if (figs.length !== s.figs.length || figs.some((f) => f.kind !== "number" || !isCount(f))) continue;
    // "The remaining 176 were …": the rest stated, then its breakdown.
    const stated = /^[ \t]*$/u.test(ctx.lower.slice(from, figs[0].start)) ? figs[0] : undefined;
    const items = stated ? figs.slice(1) : figs;
    if (items.length < 2) continue;
    // The noun the sentence names, to be the whole's: "The remaining water bodies were …", "Các xã còn lại".
    let noun: string | undefined;
    if (en) {
      const np = ctx.lower.slice((stated ?? { end: from }).end, items[0].start);
      const v = VERB_EN.exec(np);
      if (!v) continue;
      noun = headEn(np.slice(0, v.index));
    } else noun = vi![1]?.trim().split(/[ \t]+/u)[0];
    // Each item labelled, and nothing but labels and separators between them.
    if (!items.every((f, i) => i === 0 || BETWEEN.test(ctx.lower.slice(items[i - 1].end, f.start)))) continue;
    if (!/^[\p{L}\p{M} \t()’'.-]*$/u.test(ctx.lower.slice(items[items.length - 1].end, s.end))) continue;
    const prevStart = ctx.sentences[Math.max(0, si - 2)].start;
    const named = (wn: string | undefined) => !noun || (!!wn && (en ? headEn(wn) === noun : wn.split(/[ \t]+/u)[0] === noun));
    const t = [...totals].reverse().find((t) => !t.amounts && t.whole.start >= prevStart && t.whole.end <= s.start && t.parts.every((p) => p.figure.end <= s.start && p.figure.kind === "number" && isCount(p.figure)) && isCount(t.whole) && t.whole.kind === "number" && named(t.whole.noun)) ?? openedWith(ctx, si, named);
    if (!t) continue;
    // (Only the parts the whole was split into side by side: those of one sentence.)
    const partSentence = ctx.sentenceIndexAt(t.parts[0].figure.start);
    if (t.parts.some((p) => ctx.sentenceIndexAt(p.figure.start) !== partSentence)) continue;
    const rest = stated ? [stated] : items;
    out.push({ whole: t.whole, wholeNum: t.wholeNum, parts: [...t.parts, ...rest.map((f) => ({ figure: f, num: f.value! }))], exhaustive: true, cue: { start: s.start, end: from }, listed: true });
    if (stated) out.push({ whole: stated, wholeNum: stated.value!, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: true, cue: { start: s.start, end: from }, listed: true });
  }
  return out;
}
