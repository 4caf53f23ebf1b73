// What is still needed to reach a target, forecast or plan stated with the value reached, in the
// sentence before or earlier in the same one: "… reached 3,012,800, 78.3% of the airport's 2024
// forecast of 3.85 million passengers. A further 837,200 passengers would be needed … to reach the
// forecast"; "… 1,240 homes against a target of 2,000. Another 760 homes are needed to meet it";
// "đã kết nạp 412 đảng viên, đạt 82,4% chỉ tiêu nhiệm kỳ (500 đảng viên); còn phải kết nạp thêm 88
// đảng viên để hoàn thành chỉ tiêu"; "… 12.8% against a target of 13.4%. The gap to target is 0.6
// percentage points".
//
// Trust first: the rest's own words say it is what is needed to reach the target ("needed to
// reach/meet the …", "để đạt/hoàn thành … chỉ tiêu", "gap to target"); the target is the one figure
// of the measure named as a target (forecast, plan) in the scope, the value reached the one other
// figure of the measure there, not a change, and no larger than the target.
import type { Figure } from "../types.ts";
import { type UnitContext, inBrackets, isPercent } from "./context.ts";
import type { Difference } from "./difference.ts";

const FURTHER_EN = /(?:^[\s*•-]*|[,;:][ \t]*|[ \t](?:so|and|but|meaning|which[ \t]+means|this[ \t]+means)[ \t]+)(a[ \t]+further|another|an[ \t]+additional|an[ \t]+extra)[ \t]*$/u;
const NEEDED_EN = /^(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+(?:(?:would|will|still|are|is|were|was|would[ \t]+still|will[ \t]+still)[ \t]+)?(?:be[ \t]+)?(?:needed|required|necessary)(?![\p{L}])/u;
const REACH_EN = /(?<![\p{L}])(?:to[ \t]+(?:reach|meet|achieve|hit|deliver|complete|fulfil|fulfill)[ \t]+(?:the|its|our|this|that|their|it)(?![\p{L}])|to[ \t]+go)/u;
const REACH_EN_HEAD = /^[\s*•-]*(?:to|in[ \t]+order[ \t]+to)[ \t]+(?:reach|meet|achieve|hit|deliver)[ \t]+(?:the|its|our|this|that|their)[ \t]+(?:[\p{L}\d/–-]+[ \t]+){0,3}?(?:target|forecast|plan|goal|ambition|commitment|trajectory)(?![\p{L}])[^\d;]*,[ \t]*[^\d;,]*$/u;
const REACH_VI_HEAD = /^[\s*•-]*(?:để|muốn)[ \t]+(?:đạt|hoàn[ \t]+thành)(?:[ \t]+[\p{L}\p{M}]+){0,2}?[ \t]+(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu)(?![\p{L}])[^\d;]*,[ \t]*[^\d;,]*$/u;
const GAP_EN = /(?:^|[^\p{L}])((?:the|a|our|its)[ \t]+(?:remaining[ \t]+)?(?:gap|shortfall|distance)[ \t]+(?:to|from|against)[ \t]+(?:the[ \t]+|our[ \t]+|its[ \t]+)?(?:[\p{L}\d/–-]+[ \t]+){0,2}?(?:target|forecast|plan|goal|ambition|trajectory)(?:[ \t]+(?:is|was|stands[ \t]+at|stood[ \t]+at|of|remains|is[ \t]+now|was[ \t]+therefore|is[ \t]+therefore))?)[ \t]*$/u;
const FURTHER_VI = /(?:^[\s*•-]*|[,;:][ \t]*)((?:vẫn[ \t]+)?(?:còn[ \t]+phải|cần[ \t]+phải|còn[ \t]+cần|cần|phải))[ \t]+(?:[\p{L}\p{M}]+[ \t]+){0,3}?thêm[ \t]+$/u;
const REACH_VI = /^(?:[ \t]+[\p{L}\p{M}]+){0,4}?[ \t]+(?:nữa[ \t]+)?(?:mới[ \t]+)?(?:để|thì[ \t]+mới)[ \t]+(?:đạt|hoàn[ \t]+thành|về[ \t]+đích)(?:[ \t]+[\p{L}\p{M}]+){0,2}?[ \t]+(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu)(?![\p{L}])/u;
const GAP_VI = /(?:^|[^\p{L}])((?:vẫn[ \t]+)?còn[ \t]+(?:cách|thiếu|thấp[ \t]+hơn)[ \t]+(?:so[ \t]+với[ \t]+)?(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu)(?:[ \t]+[\p{L}\p{M}]+){0,3}?)[ \t]*(?:là[ \t]+)?$/u;
/** A figure named as the target: "forecast of", "target of", "kế hoạch", "(500 đảng viên)" after it. */
const TARGET_LEAD = /(?<![\p{L}])(?:target|forecast|plan|planned|goal|ambition|commitment|trajectory|kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu)(?:[ \t]+[\p{L}\p{M}\d/–-]+){0,5}?[ \t]*(?:of|is|was|là|:|\()?[ \t]*$/u;
const CHANGE_LEAD = /(?<![\p{L}])(?:up|down|by|from|than|rose|fell|increase[ \t]+of|decrease[ \t]+of|tăng|giảm|hơn|so[ \t]+với|từ)[ \t]*$/u;

/** Whether `f` is of the measure of the gap `r` (a percentage for points, else its unit or noun). */
export function measure(f: Figure, r: Figure, points: boolean): boolean {
  if (f.kind !== "number" && f.kind !== "percent") return false;
  if (!f.value || f.perYear) return false;
  if (points) return isPercent(f) && f.unit === "%";
  if (isPercent(f) || isPercent(r)) return false;
  if ((f.unit ?? "") !== (r.unit ?? "")) return false;
  // A count's noun may be left out on one side ("reached 3,012,800, … 3.85 million passengers").
  return !f.noun || !r.noun || f.noun.split(/[ \t]+/u)[0] === r.noun.split(/[ \t]+/u)[0] || f.noun.split(/[ \t]+/u).pop() === r.noun.split(/[ \t]+/u).pop();
}

/** Whether `r` may state a gap to a target: in percentage points, or in the target's own measure. */
export function marginOf(r: Figure, taken: Set<Figure>): "points" | "amount" | undefined {
  if (taken.has(r) || (r.kind !== "number" && r.kind !== "percent") || !r.value || r.perYear || r.qualifiers.length) return undefined;
  if (r.unit === "pp" || (r.kind === "number" && !r.unit && /^(?:percentage[ \t]+)?(?:points?|điểm)(?:$|[ \t])/u.test(r.noun ?? ""))) return "points";
  return isPercent(r) ? undefined : "amount";
}

export function findFurtherNeeded(ctx: UnitContext, taken: Set<Figure>): Difference[] {
  const out: Difference[] = [];
  const vi = ctx.lang === "vi";
  if (!(vi ? /thêm|còn cách|còn thiếu/u : /further|another|additional|extra|gap|shortfall|distance/u).test(ctx.lower)) return out;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (const r of s.figs) {
      const margin = marginOf(r, taken);
      if (!margin) continue;
      const points = margin === "points";
      const q = r.start;
      const lead = ctx.lower.slice(Math.max(s.start, q - 90), q);
      const after = ctx.lower.slice(r.end, Math.min(s.end, r.end + 120));
      let word: RegExpExecArray | null = null;
      // ("To reach the target, a further 760 homes are needed": the purpose may open the sentence.)
      const head = ctx.lower.slice(s.start, q);
      if (vi) {
        word = FURTHER_VI.exec(lead);
        // ("Kế hoạch … đầu tư 60 xe; đến nay đã vận hành 42 xe, còn phải đầu tư thêm 18 xe": "còn phải … thêm"
        // after a plan says what is left of it without naming the plan again.)
        if (word && !REACH_VI.test(after) && !REACH_VI_HEAD.test(head) && !/còn[ \t]+(?:phải|cần)/u.test(word[1])) word = null;
        word ??= GAP_VI.exec(lead);
      } else {
        word = FURTHER_EN.exec(lead);
        if (word && !(NEEDED_EN.test(after) && (REACH_EN.test(after) || REACH_EN_HEAD.test(head)))) word = null;
        word ??= GAP_EN.exec(lead);
      }
      if (!word) continue;
      // The scope: this sentence up to the rest, and the sentence before in the same paragraph.
      const scope: Figure[] = [];
      const prev = si > 0 ? ctx.sentences[si - 1] : undefined;
      if (prev && /^[ \t]*$/u.test(ctx.text.slice(prev.end, s.start))) scope.push(...prev.figs);
      scope.push(...s.figs.filter((f) => f.end <= q));
      const like = scope.filter((f) => f !== r && measure(f, r, points));
      const leadOf = (f: Figure) => {
        const fs = ctx.sentenceOf(f);
        return ctx.lower.slice(Math.max(fs.start, (f.qualifiers[0]?.start ?? f.start) - 45), f.qualifiers[0]?.start ?? f.start);
      };
      const targets = like.filter((f) => TARGET_LEAD.test(leadOf(f)));
      if (targets.length !== 1) continue;
      const t = targets[0];
      let reached = like.filter((f) => f !== t && !CHANGE_LEAD.test(leadOf(f)) && !inBrackets(ctx, ctx.sentenceOf(f).start, f.start));
      // ("… là 836 ha, nâng tổng diện tích … từ 9.034 ha lên 9.870 ha; so với mục tiêu 12.000 ha …": of
      // several, the level a change went to is the one reached.)
      if (reached.length > 1) {
        const ends = reached.filter((f) => /(?<![\p{L}])(?:lên|xuống[ \t]+còn|to)[ \t]*$/u.test(leadOf(f)) && f.end < t.start);
        if (ends.length === 1) reached = ends;
      }
      if (reached.length !== 1) continue;
      const x = reached[0];
      if (t.qualifiers.length || x.qualifiers.length) continue;
      if (!ctx.interval(t, t.value!).hi.gte(ctx.interval(x, x.value!).lo)) continue;
      const at = q - lead.length + word.index + word[0].indexOf(word[1]);
      out.push({ a: t, b: x, diff: r, word: { start: at, end: at + word[1].length }, points, ordered: true });
      taken.add(r);
    }
  }
  return out;
}
