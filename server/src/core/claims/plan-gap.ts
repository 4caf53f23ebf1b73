// A gap from a plan whose amount is left to the reader: "55.318 người tham gia, đạt 105,6% kế hoạch,
// vượt 2.918 người" (the plan is 55.318/105,6%, so the excess is 55.318 × 5,6/105,6), "Expenditure was
// £25.86m (94.4% of budget), representing slippage of £1.54m". The value, its share of the plan and the
// gap are one clause; a plan stated as a figure is the difference reader's, and a gap from anything
// but the plan ("vượt 120 người so với cùng kỳ") is no gap of this.
import type { Figure } from "../types.ts";
import { isPercent, type Sentence, type UnitContext } from "./context.ts";
import { findPlanShares } from "./plan.ts";

export interface PlanGap {
  value: Figure;
  percent: Figure;
  /** The percent says by how much the value is above the plan ("vượt 5,6% kế hoạch"). */
  excess: boolean;
  gap: Figure;
  /** 1: the value is above the plan by the gap; -1: below it. */
  sign: 1 | -1;
  word: { start: number; end: number };
  /** The plan, stated in brackets after its share, when no value is read with them: the gap is the plan
   * times the share's distance from 100% ("đạt 106,8% kế hoạch (3.200 giấy), vượt 217 giấy"). */
  plan?: Figure;
  /** The gap's words put the value on the other side of the plan than its share does ("đạt 121,7% kế hoạch
   * (12.000 cây), còn thiếu 2.600 cây"). */
  wrongSide?: boolean;
}

const PLAN = "(?:kế[ \\t]+hoạch|dự[ \\t]+toán|chỉ[ \\t]+tiêu|mục[ \\t]+tiêu|kh)";
/** The value's words up to the share: its noun, a comma or bracket, and "đạt"/"bằng" at most. */
const VALUE_LINK = /^[^\d;:.()%]{0,60}?(?:,[ \t]*|[ \t]*\([ \t]*|[ \t]+)(?:(?:mới|chỉ|only|just)[ \t]+)?(?:(?:đạt|bằng|or|which[ \t]+is|equal[ \t]+to|i\.e\.|representing)[ \t]+)?(?:tỷ[ \t]+lệ[ \t]+)?$/u;
/** What follows the share up to the gap: the plan named, then the gap's own words. */
const VI_GAP = new RegExp(
  `^[ \\t]*${PLAN}(?:[ \\t]+(?:năm|vốn|giao|được[ \\t]+giao|tỉnh[ \\t]+giao|đề[ \\t]+ra|cả[ \\t]+năm|(?:19|20)\\d\\d)){0,3}[ \\t]*\\)?[ \\t]*,[ \\t]*(?:tức[ \\t]+là[ \\t]+|tương[ \\t]+(?:đương|ứng)(?:[ \\t]+với)?[ \\t]+)?(?:(?:đã[ \\t]+)?(vượt|hụt|thiếu|còn[ \\t]+thiếu|chưa[ \\t]+đạt|thấp[ \\t]+hơn|cao[ \\t]+hơn)(?:[ \\t]+(?:so[ \\t]+với[ \\t]+)?${PLAN}(?:[ \\t]+(?:năm|vốn|giao|được[ \\t]+giao|đề[ \\t]+ra))?)?(?:[ \\t]+(?:là|khoảng))?)[ \\t]*$`,
  "u",
);
const EN_PLAN = "(?:the[ \\t]+|its[ \\t]+|their[ \\t]+)?(?:(?:annual|full-year|revised|original|approved|in-year|year's|agreed)[ \\t]+)?(?:budget|target|plan|allocation|programme)";
const EN_GAP = new RegExp(
  `^[ \\t]+of[ \\t]+${EN_PLAN}[ \\t]*\\)?[ \\t]*,[ \\t]*(?:(?:representing|giving|leaving|with|and|which[ \\t]+(?:is|was|represents)|i\\.e\\.)[ \\t]+)?(?:(?:an?|the)[ \\t]+)?((?:under|over)-?spend(?:ing)?|slippage|shortfall|excess)(?:[ \\t]+(?:of|by))?[ \\t]*$`,
  "u",
);
/** "…, 88 short of it", "…, £0.12m over budget": the gap's side after it. */
const EN_AFTER = /^[ \t]*(short(?:[ \t]+of[ \t]+(?:it|target|the[ \t]+target|plan|the[ \t]+plan))?|(?:under|over|below|above)[ \t]+(?:the[ \t]+|its[ \t]+)?(?:budget|target|plan))(?![\p{L}])/u;
const EN_BARE = new RegExp(`^[ \\t]+of[ \\t]+${EN_PLAN}[ \\t]*\\)?[ \\t]*,[ \\t]*(?:(?:or|i\\.e\\.|which[ \\t]+is|and)[ \\t]+)?$`, "u");
/** A gap from another base: the same period, a year, the average ("vượt 120 người so với cùng kỳ"). */
const OTHER_BASE = /^[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,3}?(?:so[ \t]+với|than|compared[ \t]+(?:with|to)|on[ \t]+(?:the[ \t]+same|last|a[ \t]+year))(?![ \t]+(?:kế[ \t]+hoạch|dự[ \t]+toán|chỉ[ \t]+tiêu|mục[ \t]+tiêu|the[ \t]+(?:budget|target|plan)))/u;
const DOWN_WORD = /^(?:hụt|thiếu|còn[ \t]+thiếu|chưa[ \t]+đạt|thấp[ \t]+hơn|under|slippage|shortfall|short|below)/u;

function sameMeasure(v: Figure, g: Figure): boolean {
  if (g.kind !== "number" || !g.value || g.qualifiers.length || isPercent(g)) return false;
  if (v.unit || g.unit) return (v.unit ?? "") === (g.unit ?? "");
  // Counts: the gap's noun, when it has one, is the value's ("55.318 người … vượt 2.918 người").
  if (!g.noun || /^(?:short|over|under|above|below|ahead|behind)(?![\p{L}])/u.test(g.noun)) return true;
  return !!v.noun && v.noun.split(" ")[0] === g.noun.split(" ")[0];
}

function gapIn(ctx: UnitContext, s: Sentence, i: number, out: PlanGap[], excess: boolean): void {
  const p = s.figs[i];
  const v = s.figs[i - 1];
  const g = s.figs[i + 1];
  if (!v || !g || v.kind !== "number" || !v.value || isPercent(v) || v.qualifiers.some((q) => q.kind !== "estimate")) return;
  const pq = p.qualifiers[0]?.start ?? p.start;
  const link = ctx.lower.slice(v.end, pq);
  if (!(excess ? /^[^\d;:.()%]{0,40}?,[ \t]*(?:đã[ \t]+)?vượt[ \t]+$/u : VALUE_LINK).test(link)) return;
  if (!sameMeasure(v, g)) return;
  const between = ctx.lower.slice(p.end, g.start);
  const after = ctx.lower.slice(g.end, g.end + 60);
  if (OTHER_BASE.test(after)) return;
  let word: string | undefined;
  let at = p.end;
  const vi = VI_GAP.exec(between);
  if (vi) {
    // (Read with the plan words only: "đạt 105,6% kế hoạch, vượt 2.918 người"; a lone "còn" may be
    // anything that is left.)
    word = vi[1];
    at = p.end + vi[0].lastIndexOf(word);
  } else {
    const en = EN_GAP.exec(between);
    if (en) {
      word = en[1];
      at = p.end + en[0].lastIndexOf(word);
    } else if (EN_BARE.test(between)) {
      const m = EN_AFTER.exec(after);
      if (!m) return;
      word = m[1];
      at = g.end + m.index + m[0].indexOf(m[1]);
    }
  }
  if (!word) return;
  // The side the words give must be the side of the share: a contradiction there is the status
  // checks' to report, and such a gap may mean something else.
  const sign: 1 | -1 = DOWN_WORD.test(word) ? -1 : 1;
  const pv = Number(p.value!.exact);
  if (!excess && pv === 100) return;
  if ((sign === 1) !== (excess || pv > 100)) return;
  out.push({ value: v, percent: p, excess, gap: g, sign, word: { start: at, end: at + word.length } });
}

/** "Số GCN đã cấp đạt 106,8% kế hoạch UBND tỉnh giao (3.200 giấy), vượt 217 giấy": the share, the plan
 * in its bracket and the gap, one after the other. */
const PLAN_BRACKET = new RegExp(`^[ \\t]*${PLAN}(?:[ \\t]+[\\p{L}\\p{M}]+){0,5}?[ \\t]*\\([ \\t]*$`, "u");
const GAP_AFTER_PLAN = /^[ \t]*(?:[\p{L}\p{M}]+[ \t]*){0,2}\)[ \t]*,[ \t]*(?:đã[ \t]+)?(vượt|hụt|thiếu|còn[ \t]+thiếu)[ \t]+$/u;

function planIn(ctx: UnitContext, s: Sentence, i: number, out: PlanGap[]): void {
  const [p, plan, g] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
  if (!plan || !g || plan.kind !== "number" || !plan.value || plan.qualifiers.length || isPercent(plan) || out.some((x) => x.gap === g)) return;
  if (!PLAN_BRACKET.test(ctx.lower.slice(p.end, plan.qualifiers[0]?.start ?? plan.start))) return;
  const m = GAP_AFTER_PLAN.exec(ctx.lower.slice(plan.end, g.qualifiers[0]?.start ?? g.start));
  if (!m || !sameMeasure(plan, g) || OTHER_BASE.test(ctx.lower.slice(g.end, g.end + 60))) return;
  const sign: 1 | -1 = DOWN_WORD.test(m[1]) ? -1 : 1;
  const pv = Number(p.value!.exact);
  if (pv === 100) return;
  const at = plan.end + m.index + m[0].lastIndexOf(m[1]);
  out.push({ value: plan, percent: p, excess: false, gap: g, sign, word: { start: at, end: at + m[1].length }, plan, ...((sign === 1) !== pv > 100 ? { wrongSide: true } : {}) });
}

export function findPlanGaps(ctx: UnitContext): PlanGap[] {
  return ctx.memo("plan-gaps", () => {
    const out: PlanGap[] = [];
    let shares: Map<Figure, string> | undefined;
    for (const s of ctx.sentences) {
      if (s.figs.length < 3) continue;
      for (let i = 0; i + 1 < s.figs.length; i++) {
        const p = s.figs[i];
        if (p.kind !== "percent" || p.unit !== "%" || !p.value || p.qualifiers.length) continue;
        shares ??= new Map(findPlanShares(ctx).map((x) => [x.figure, x.reading]));
        const reading = shares.get(p);
        if (reading === "share" || reading === undefined) {
          if (i >= 1) gapIn(ctx, s, i, out, false);
          if (ctx.lang === "vi") planIn(ctx, s, i, out);
        } else if (reading === "excess" && ctx.lang === "vi" && i >= 1) gapIn(ctx, s, i, out, true);
      }
    }
    return out;
  });
}
