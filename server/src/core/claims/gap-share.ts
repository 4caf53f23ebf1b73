// A difference with its percentage of the base it is measured from: "This was £1,445 million (2.0%)
// below the forecast of £73,120 million", "Compared with the 2022-23 outturn of £69,842 million,
// receipts rose by £1,833 million, or 2.6%", "So với năm 2023 (16.645 triệu đồng), doanh thu tăng
// 2.097 triệu đồng, tương đương 12,6%", "an underspend of £0.54m or 1.4% of budget" after "The …
// budget … was £38.46m". The percent is the difference over the base. Strict: the difference and
// the base are amounts or counts of one measure, each found by its words, one base only.
import type { Figure } from "../types.ts";
import { UnitContext } from "./context.ts";

export interface GapShare {
  percent: Figure;
  part: Figure;
  whole: Figure;
}

const SIDE = "below|above|under|over|short of|ahead of|more than|less than|fewer than|higher than|lower than|thấp hơn|cao hơn|nhiều hơn|ít hơn";
/** "D (P%) below the forecast of B", "D, or P%, above the 2023 level of B". */
const BRACKET_SIDE = new RegExp(`^[ \\t]*(?:\\([ \\t]*$|,[ \\t]*(?:or|tức|tương đương)[ \\t]*$)`, "u");
const AFTER_PCT = new RegExp(`^[ \\t]*\\)?,?[ \\t]*(?:${SIDE})[ \\t]+(?:the[ \\t]+|its[ \\t]+|our[ \\t]+)?(?:[\\p{L}\\p{M}\\d/-]+[ \\t]+){0,5}?(?:of[ \\t]+|là[ \\t]+|\\([ \\t]*)?$`, "u");
/** "Compared with the 2022-23 outturn of B, receipts rose by D, or P%". */
const COMPARED = /(?:compared (?:with|to)|compares (?:with|to)|against|so với)[ \t]+(?:the[ \t]+|its[ \t]+)?(?:[\p{L}\p{M}\d/-]+[ \t]+){0,5}?(?:of[ \t]+|\([ \t]*)?$/u;
const CHANGE_VERB = /(?:rose|fell|increased|decreased|grew|declined|dropped|was up|was down|were up|were down|tăng|giảm|cao hơn|thấp hơn|(?:an?[ \t]+)?(?:reduction|fall|drop|decrease|decline|increase|rise)[ \t]+of)(?:[ \t]+(?:by|thêm))?[ \t]*$/u;
const OR_PCT = /^[ \t]*,?[ \t]*(?:or|tức|tương đương(?:[ \t]+với)?|tương ứng(?:[ \t]+với)?|i\.e\.)[ \t]*$/u;
/** "an underspend of D or P% of budget" after a budget of B stated before. */
const GAP_NOUN = /(?:an?[ \t]+)?(?:underspend|overspend|shortfall|surplus|deficit|saving|overrun|tiết kiệm|vượt chi|hụt thu|vượt thu)[ \t]+(?:of[ \t]+)?$/u;
const OF_BUDGET = /^[ \t]+(?:(?:of|over|under|above|below)[ \t]+(?:the[ \t]+)?)?(?:budget|plan|forecast|dự toán|kế hoạch)(?![\p{L}])/u;
const BUDGET_INTRO = /(?:budget|dự toán|kế hoạch)(?:[ \t]+(?:[\p{L}\p{M}-]+|(?:19|20)\d\d(?:[/-]\d\d)?)){0,6}[ \t]+(?:was|is|of|là|:)[ \t]*$/u;

function measure(f: Figure): string | undefined {
  if (f.kind !== "number" || !f.value || f.perYear || f.qualifiers.length) return undefined;
  if (f.unit === "%" || f.unit === "pp" || f.unit === "times") return undefined;
  return `${f.unit ?? "#"}×${f.scale?.factor ?? "1"}`;
}

export function findGapShares(ctx: UnitContext, taken: Set<Figure>): GapShare[] {
  const out: GapShare[] = [];
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let i = 1; i < s.figs.length; i++) {
      const p = s.figs[i];
      if (taken.has(p) || p.kind !== "percent" || p.unit !== "%" || p.qualifiers.length) continue;
      const d = s.figs[i - 1];
      const m = measure(d);
      if (!m) continue;
      const before = ctx.lower.slice(d.end, p.start);
      // (a) "D (P%) below the forecast of B"
      const b = s.figs[i + 1];
      if (b && BRACKET_SIDE.test(before) && measure(b) === m && AFTER_PCT.test(ctx.lower.slice(p.end, b.qualifiers[0]?.start ?? b.start))) {
        out.push({ percent: p, part: d, whole: b });
        continue;
      }
      const dq0 = d.qualifiers[0]?.start ?? d.start;
      // (c') "an overspend of D (P% of budget)": the share in its bracket.
      if (/^[ \t]*\([ \t]*$/u.test(before) && GAP_NOUN.test(ctx.lower.slice(Math.max(s.start, dq0 - 30), dq0)) && OF_BUDGET.test(ctx.lower.slice(p.end, p.end + 20))) {
        const bases = s.figs.filter((f) => f.end <= d.start && measure(f) === m && BUDGET_INTRO.test(ctx.lower.slice(Math.max(0, (f.qualifiers[0]?.start ?? f.start) - 80), f.qualifiers[0]?.start ?? f.start)));
        if (bases.length === 1) out.push({ percent: p, part: d, whole: bases[0] });
        continue;
      }
      if (!OR_PCT.test(before)) continue;
      // (b) "Compared with … B, … rose by D, or P%"
      const dq = d.qualifiers[0]?.start ?? d.start;
      if (CHANGE_VERB.test(ctx.lower.slice(Math.max(s.start, dq - 30), dq))) {
        const base = s.figs.slice(0, i - 1).reverse().find((f) => measure(f) === m && COMPARED.test(ctx.lower.slice(Math.max(s.start, (f.qualifiers[0]?.start ?? f.start) - 60), f.qualifiers[0]?.start ?? f.start)));
        // (Only the base and the difference of that measure: a current value too would make it a change.)
        if (base && s.figs.filter((f) => measure(f) === m).length === 2) out.push({ percent: p, part: d, whole: base });
        continue;
      }
      // (c) "an underspend of D or P% of budget" after "The … budget … was B"
      if (GAP_NOUN.test(ctx.lower.slice(Math.max(s.start, dq - 30), dq)) && OF_BUDGET.test(ctx.lower.slice(p.end, p.end + 20))) {
        const scope = si > 0 ? [...ctx.sentences[si - 1].figs, ...s.figs] : s.figs;
        const bases = scope.filter((f) => f.end <= d.start && measure(f) === m && BUDGET_INTRO.test(ctx.lower.slice(Math.max(0, (f.qualifiers[0]?.start ?? f.start) - 80), f.qualifiers[0]?.start ?? f.start)));
        if (bases.length === 1) out.push({ percent: p, part: d, whole: bases[0] });
      }
    }
  }
  return out;
}
