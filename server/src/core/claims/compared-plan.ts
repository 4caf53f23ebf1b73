// A sentence that opens on the plan it measures against, the plan in brackets, then the rate and the
// margin of a value the sentence before stated: "Tổng vốn thực hiện 82,4 tỷ đồng, … . So với kế hoạch
// vốn được giao (76,0 tỷ đồng), vốn thực hiện đạt 108,4%, vượt 6,4 tỷ đồng." The rate is the value
// over the plan; the margin the value less the plan (or the plan less the value after "thiếu",
// "thấp hơn"). Strict: the subject's words name the value where it was first told (in one of the two
// sentences before, same unit and scale as the plan), and only one figure there fits.
import type { Figure } from "../types.ts";
import { UnitContext, type Sentence } from "./context.ts";
import type { Difference } from "./difference.ts";

export interface ComparedPlan {
  plan: Figure;
  value: Figure;
  percent?: Figure;
  margin?: { figure: Figure; word: { start: number; end: number }; over: boolean };
}

const OPEN = /^[\s*•+-]*(?:so[ \t]+với|đối[ \t]+chiếu[ \t]+với)[ \t]+(?:kế[ \t]+hoạch|dự[ \t]+toán|chỉ[ \t]+tiêu|mục[ \t]+tiêu)[^()\d;.]{0,60}\([ \t]*$/u;
const SUBJECT = /^[ \t]*\)[ \t]*,[ \t]*((?:[\p{L}\p{M}]+[ \t]+){1,6}?)(?:ước[ \t]+)?(?:đạt|bằng)[ \t]+$/u;
const MARGIN = /^[ \t]*,[ \t]*((vượt|cao[ \t]+hơn|tăng)|(thấp[ \t]+hơn|còn[ \t]+thiếu|thiếu|hụt|giảm))[ \t]+(?:so[ \t]+với[ \t]+kế[ \t]+hoạch[ \t]+)?$/u;

function sameMeasure(a: Figure, b: Figure): boolean {
  return a.kind === "number" && b.kind === "number" && !!a.unit && a.unit === b.unit && a.unit !== "%" && (a.scale?.factor ?? "1") === (b.scale?.factor ?? "1");
}

function valueNamed(ctx: UnitContext, si: number, plan: Figure, subject: string): Figure | undefined {
  const words = subject.trim().split(/[ \t]+/u);
  if (words.length < 2) return undefined;
  const key = words.slice(-2).join(" ");
  const hits: Figure[] = [];
  for (let k = Math.max(0, si - 2); k < si; k++) {
    const t: Sentence = ctx.sentences[k];
    for (const f of t.figs) {
      if (!sameMeasure(f, plan) || f.qualifiers.length) continue;
      const lead = ctx.lower.slice(Math.max(t.start, (f.qualifiers[0]?.start ?? f.start) - 40), f.start);
      if (lead.includes(key) && !/[\d(]/u.test(lead.slice(lead.lastIndexOf(key)).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, ""))) hits.push(f);
    }
  }
  if (hits.length) return hits.length === 1 ? hits[0] : undefined;
  // ("Tổng vốn đầu tư … năm 2024 là 96,35 tỷ đồng, gồm …" before "vốn thực hiện đạt 107,1%": the total the
  // sentence before opens on, named by the subject's head word.)
  const prev = ctx.sentences[si - 1];
  const first = prev.figs[0];
  if (!first || !sameMeasure(first, plan) || first.qualifiers.length) return undefined;
  const lead = ctx.lower.slice(prev.start, first.start).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, "");
  return new RegExp(`^[\\s*•+-]*tổng[ \\t]+${words[0]}(?![\\p{L}])[^\\d;:()]*$`, "u").test(lead) ? first : undefined;
}

export function findComparedPlans(ctx: UnitContext): ComparedPlan[] {
  return ctx.memo("compared-plans", () => {
    const out: ComparedPlan[] = [];
    if (ctx.lang !== "vi" && !/so[ \t]+với/u.test(ctx.lower)) return out;
    ctx.sentences.forEach((s, si) => {
      const plan = s.figs[0];
      if (!plan || si === 0 || !OPEN.test(ctx.lower.slice(s.start, plan.qualifiers[0]?.start ?? plan.start)) || plan.kind !== "number" || !plan.unit) return;
      const p = s.figs[1];
      const sub = p ? SUBJECT.exec(ctx.lower.slice(plan.end, p.qualifiers[0]?.start ?? p.start)) : null;
      if (!p || !sub || p.kind !== "percent" || p.unit !== "%" || p.qualifiers.length) return;
      const value = valueNamed(ctx, si, plan, sub[1]);
      if (!value) return;
      const c: ComparedPlan = { plan, value, percent: p };
      const d = s.figs[2];
      const m = d ? MARGIN.exec(ctx.lower.slice(p.end, d.qualifiers[0]?.start ?? d.start)) : null;
      if (d && m && sameMeasure(d, plan) && !d.qualifiers.length) {
        const at = p.end + m.index + m[0].indexOf(m[1]);
        c.margin = { figure: d, word: { start: at, end: at + m[1].length }, over: !!m[2] };
      }
      out.push(c);
    });
    return out;
  });
}

/** The margins of findComparedPlans as differences (value less plan, or plan less value). */
export function comparedPlanMargins(ctx: UnitContext, taken: Set<Figure>): Difference[] {
  return findComparedPlans(ctx).filter((c) => c.margin && !taken.has(c.margin.figure)).map((c) => {
    const m = c.margin!;
    return m.over ? { a: c.value, b: c.plan, diff: m.figure, word: m.word, points: false, ordered: true } : { a: c.plan, b: c.value, diff: m.figure, word: m.word, points: false, ordered: true };
  });
}
