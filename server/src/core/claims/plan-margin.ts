// A margin against a plan whose figure was given earlier, the margin naming the plan only by its
// word: "kết nạp 412 đảng viên, đạt 82,4% chỉ tiêu (500 đảng viên), thấp hơn 88 đảng viên so với chỉ
// tiêu"; "Kế hoạch năm là 500 đảng viên; đã kết nạp 412 đảng viên, ít hơn 88 đảng viên so với kế
// hoạch"; "Tổng thu đạt 1.250 tỷ đồng so với dự toán 1.200 tỷ đồng, vượt 50 tỷ đồng"; "2,184 audits
// against a target of 2,400, 216 fewer than planned".
//
// Trust first: the margin's own words say which way and against what ("thấp hơn … so với kế hoạch",
// "fewer than planned"); a figure right after the plan's word is the change reading's (change.ts).
// The plan is the one figure of the margin's measure named as a plan in the scope, the value
// reached the one other such figure there, neither of them a change, a rest or an average.
import type { Figure } from "../types.ts";
import { type UnitContext, inBrackets } from "./context.ts";
import type { Difference } from "./difference.ts";
import { marginOf, measure } from "./further-needed.ts";

const PLAN_VI = "kế[ \\t]+hoạch|chỉ[ \\t]+tiêu|mục[ \\t]+tiêu|dự[ \\t]+toán";
/** Before the margin: which way it goes. */
const WORD_VI = /(?<![\p{L}])((?:thấp|cao|ít|nhiều)[ \t]+hơn|vượt|hụt|thiếu)[ \t]*$/u;
/** After the margin: its noun, then the plan's word and nothing more of the clause. */
const AFTER_VI = new RegExp(`^(?:[ \\t]+[\\p{L}\\p{M}]+){0,4}?[ \\t]+so[ \\t]+với[ \\t]+(?:${PLAN_VI})(?:[ \\t]+(?:năm|cả[ \\t]+năm|giai[ \\t]+đoạn|được[ \\t]+giao|giao|đề[ \\t]+ra|tỉnh[ \\t]+giao|huyện[ \\t]+giao|(?:19|20)\\d\\d))*[ \\t]*(?:[.,;)]|\\r?\\n|$)`, "u");
/** "vượt 50 tỷ đồng." right after "so với dự toán 1.200 tỷ đồng": the margin of the pair just named. */
const BARE_AFTER = /^(?:[ \t]+[\p{L}\p{M}]+){0,3}?[ \t]*(?:[.;]|\r?\n|$)/u;
const AFTER_EN = /^(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+(fewer|more|less|lower|higher)[ \t]+than[ \t]+(?:(?:was|had[ \t]+been)[ \t]+)?(?:planned|targeted|budgeted|forecast|profiled|(?:the|our|its)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:plan|target|budget|forecast))(?![\p{L}])/u;
/** A figure named as the plan: "kế hoạch (", "so với dự toán", "target of". */
const PLAN_LEAD = new RegExp(`(?<![\\p{L}])(?:${PLAN_VI}|target|plan|planned|budget|forecast)(?:[ \\t]+[\\p{L}\\p{M}\\d/–-]+){0,5}?[ \\t]*(?:of|is|was|là|:|\\()?[ \\t]*$`, "u");
const CHANGE_LEAD = /(?<![\p{L}])(?:up|down|by|from|than|rose|fell|increase[ \t]+of|decrease[ \t]+of|tăng|giảm|hơn|vượt|còn[ \t]+lại|còn|bình[ \t]+quân|trung[ \t]+bình|average)[ \t]*$/u;
const UP = /^(?:cao|nhiều)|^vượt|^(?:more|higher)/u;

/** Of the margin's measure, in one scale, written as it is ("vượt 50 tỷ đồng", "216 fewer than planned"). */
function like(f: Figure, r: Figure, points: boolean): boolean {
  return measure(f, r, points) && !f.qualifiers.length && (points || (f.scale?.factor ?? "1") === (r.scale?.factor ?? "1"));
}

export function findPlanMargins(ctx: UnitContext, taken: Set<Figure>): Difference[] {
  const out: Difference[] = [];
  const vi = ctx.lang === "vi";
  if (!(vi ? /hơn|vượt|hụt|thiếu/u : / than /u).test(ctx.lower)) return out;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (const r of s.figs) {
      const margin = marginOf(r, taken);
      if (!margin) continue;
      const points = margin === "points";
      const after = ctx.lower.slice(r.end, Math.min(s.end + 1, r.end + 80));
      let word: { start: number; end: number; up: boolean } | undefined;
      let bare = false;
      if (vi) {
        const m = WORD_VI.exec(ctx.lower.slice(Math.max(s.start, r.start - 16), r.start));
        if (!m) continue;
        if (!AFTER_VI.test(after)) {
          if (!/^vượt|^hụt/u.test(m[1]) || !BARE_AFTER.test(after)) continue;
          bare = true;
        }
        const at = r.start - m[0].length;
        word = { start: at, end: at + m[1].length, up: UP.test(m[1]) };
      } else {
        const m = AFTER_EN.exec(after);
        if (!m || !/^[ \t]*$|[,;(—–][ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, r.start - 3), r.start))) continue;
        const at = r.end + m[0].search(new RegExp(`${m[1]}[ \\t]+than`, "u"));
        word = { start: at, end: at + m[1].length, up: UP.test(m[1]) };
      }
      // The scope: this sentence up to the margin, and (unless the margin only follows its pair) the
      // sentence before in the same paragraph.
      const scope: Figure[] = [];
      const prev = si > 0 ? ctx.sentences[si - 1] : undefined;
      if (!bare && prev && /^[ \t]*$/u.test(ctx.text.slice(prev.end, s.start))) scope.push(...prev.figs);
      scope.push(...s.figs.filter((f) => f.end <= r.start));
      const same = scope.filter((f) => f !== r && like(f, r, points));
      const leadOf = (f: Figure) => {
        const fs = ctx.sentenceOf(f);
        return ctx.lower.slice(Math.max(fs.start, f.start - 45), f.start);
      };
      const plans = same.filter((f) => PLAN_LEAD.test(leadOf(f)));
      if (plans.length !== 1) continue;
      const t = plans[0];
      const reached = same.filter((f) => f !== t && !CHANGE_LEAD.test(leadOf(f)) && !inBrackets(ctx, ctx.sentenceOf(f).start, f.start));
      if (reached.length !== 1) continue;
      const x = reached[0];
      if (bare && (same.length !== 2 || s.figs.indexOf(r) !== s.figs.indexOf(same[1]) + 1)) continue;
      out.push(word.up ? { a: x, b: t, diff: r, word, points, ordered: true } : { a: t, b: x, diff: r, word, points, ordered: true });
      taken.add(r);
    }
  }
  return out;
}
