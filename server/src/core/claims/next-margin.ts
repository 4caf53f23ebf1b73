// A margin stated in the sentence after a value and its target: "… 2,340 of the 2,600 assets
// (90.0%), against a target of 95%. The target was therefore missed by 5.0 percentage points",
// "… đạt 93,6%, chỉ tiêu được giao là 93,0%. Như vậy, chỉ tiêu đã vượt 0,6 điểm phần trăm". The margin
// is the gap between the two. Trust first: the sentence before holds one value set against one
// target, and the margin's sentence opens on the target and its verdict, with no other figure.
import type { Difference } from "./difference.ts";
import { isPercent, type UnitContext } from "./context.ts";
import { findValueTargets } from "./plan.ts";

const EN = /^[\s"“]*(?:(?:therefore|thus|so|accordingly)[ \t]*,?[ \t]*)?(?:the|this|that|our)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:target|standard|goal|ambition)[ \t]+(?:was|has[ \t]+been|is)[ \t]+(?:(?:therefore|thus|so|also|comfortably|narrowly|just)[ \t]+)*(missed|exceeded|beaten|surpassed|undershot|overshot)[ \t]+by[ \t]+$/u;
const VI = /^[\s"“]*(?:(?:như vậy|vì vậy|do đó)[ \t]*,?[ \t]*)?(?:chỉ[ \t]+tiêu|mục[ \t]+tiêu)(?:[ \t]+(?:này|đó|nói[ \t]+trên))?[ \t]+(?:(?:đã|vẫn|còn)[ \t]+)?(vượt|hụt|thiếu|thấp[ \t]+hơn|cao[ \t]+hơn)(?:[ \t]+(?:khoảng|là))?[ \t]+$/u;

export function findNextMargins(ctx: UnitContext, taken: Set<unknown>): Difference[] {
  const out: Difference[] = [];
  // (Read only once a sentence opens on a margin: most units have none.)
  let vts: ReturnType<typeof findValueTargets> | undefined;
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const d = s.figs[0];
    if (!d || taken.has(d) || (d.kind !== "number" && d.unit !== "pp") || !d.value || d.qualifiers.length) continue;
    const m = (ctx.lang === "vi" ? VI : EN).exec(ctx.lower.slice(s.start, d.start));
    if (!m) continue;
    const prev = ctx.sentences[si - 1];
    if (/\n[ \t]*\n/u.test(ctx.text.slice(prev.end, s.start))) continue;
    vts ??= findValueTargets(ctx);
    const here = vts.filter((vt) => ctx.sentenceOf(vt.target) === prev && ctx.sentenceOf(vt.value) === prev);
    if (here.length !== 1) continue;
    const { value: a, target: b } = here[0];
    const points = isPercent(a) && isPercent(b);
    if (points ? d.unit !== "pp" : (d.unit ?? "") !== (a.unit ?? "") || isPercent(d)) continue;
    if (a.kind !== "number" && a.kind !== "percent") continue;
    const at = s.start + m.index + m[0].indexOf(m[1]);
    out.push({ a, b, diff: d, word: { start: at, end: at + m[1].length }, points });
  }
  return out;
}
