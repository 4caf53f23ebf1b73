// A part with its share, then what is left of the same whole, the whole itself unstated: "đã giải
// ngân 1.018,3 tỷ đồng, đạt 79,2% kế hoạch vốn; số vốn chưa giải ngân còn lại là 268,1 tỷ đồng",
// "trong đó nữ 1.234 người, chiếm 45,6%, còn lại 1.472 người là nam", "£41.2m had been spent, 88.5%
// of the budget, leaving £5.4m unspent". The whole is the part plus the rest.
//
// Strict: part, share and rest follow each other in one sentence with only words between; part and
// rest measure one thing; the rest is named as left right before it. A share of a plan needs the rest
// said to be not done ("chưa", "unspent", "outstanding"), since a plan need not be what was done plus
// what is pending. The share must fit no other whole of that measure stated before in the paragraph
// (that reading belongs to the readers of stated wholes).
import type { Figure } from "../types.ts";
import { UnitContext, figureIndex, isCount, isPercent } from "./context.ts";
import { sameNoun } from "../figures/nouns.ts";

export interface ShareThenRest {
  percent: Figure;
  part: Figure;
  parts: Figure[];
}

const LINK = /^(?:[ \t]+[\p{L}\p{M}-]+){0,4}?[ \t]*(?:,[ \t]*(?:đạt|bằng|chiếm|or|representing|equal[ \t]+to|i\.e\.)?|\([ \t]*(?:đạt|bằng|chiếm|or)?)[ \t]*$/u;
/** After the share, the base's words, then the rest's lead-in. */
const REST_VI = /^[ \t]*\)?(?:[ \t]+[\p{L}\p{M}]+){0,6}?[ \t]*\)?[ \t]*[;,][ \t]*((?:(?:số|phần)[ \t]+)?(?:[\p{L}\p{M}]+[ \t]+){0,4}?còn[ \t]+lại|còn)(?:[ \t]+(?:là|khoảng))?[ \t]*$/u;
const REST_EN = /^[ \t]*\)?(?:[ \t]+(?:of[ \t]+)?(?:the[ \t]+|its[ \t]+|our[ \t]+)?[\p{L}-]+(?:[ \t]+[\p{L}-]+){0,4}?)?[ \t]*\)?(?:[ \t]*[;,][ \t]*(?:and[ \t]+|with[ \t]+|while[ \t]+)?|[ \t]+(?:and|with|while)[ \t]+)(leaving|the[ \t]+remaining|the[ \t]+other)[ \t]*$/u;
const PLAN = /(?<![\p{L}])(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|target|plan|budget|allocation|appropriation|commitments?)(?![\p{L}])/u;
const NOT_DONE_VI = /(?<![\p{L}])chưa(?![\p{L}])/u;
const NOT_DONE_EN = /^[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:unspent|undisbursed|outstanding|uncommitted|not[ \t]+yet|still[ \t]+to|to[ \t]+be|yet[ \t]+to)(?![\p{L}])/u;

function measure(f: Figure): string | undefined {
  if (f.kind !== "number" || f.perYear || !f.value || isPercent(f) || f.qualifiers.some((q) => q.kind !== "estimate")) return undefined;
  if (!f.unit) return isCount(f) && f.noun ? "count" : undefined;
  if (f.unit === "pp" || f.unit === "times") return undefined;
  return `${f.unit}×${f.scale?.factor ?? "1"}`;
}

function same(a: Figure, b: Figure): boolean {
  const m = measure(a);
  return !!m && m === measure(b) && (m !== "count" || sameNoun(a.noun, b.noun));
}

export function findSharesThenRest(ctx: UnitContext, taken: Set<Figure>): ShareThenRest[] {
  const out: ShareThenRest[] = [];
  const vi = ctx.lang === "vi";
  if (!(vi ? /còn/u : /leaving|remaining|the other/u).test(ctx.lower)) return out;
  for (const s of ctx.sentences) {
    for (let i = 0; i + 2 < s.figs.length; i++) {
      const [a, p, r] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
      if (p.kind !== "percent" || p.unit !== "%" || !p.value || taken.has(p) || p.qualifiers.length || !same(a, r) || r.qualifiers.length) continue;
      if (p.value.exact.startsWith("-") || Number(p.value.exact) >= 100) continue;
      if (!LINK.test(ctx.lower.slice(a.end, p.start))) continue;
      // (A change is no share: "tăng 12,5%".)
      if (/(?<![\p{L}])(?:tăng|giảm|up|down|rose|fell|increase|decrease)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, p.start - 12), p.start))) continue;
      const gap = ctx.lower.slice(p.end, r.qualifiers[0]?.start ?? r.start);
      const m = (vi ? REST_VI : REST_EN).exec(gap);
      if (!m) continue;
      const base = gap.slice(0, gap.search(/[;,]/u));
      if (/(?<![\p{L}])(?:so với|cùng kỳ|compared|than|year|năm trước)(?![\p{L}])/u.test(base)) continue;
      if (PLAN.test(base) && !(vi ? NOT_DONE_VI.test(m[1]) : NOT_DONE_EN.test(ctx.lower.slice(r.end, r.end + 40)))) continue;
      const whole = ctx.interval(a, a.value!).add(ctx.interval(r, r.value!));
      if (!whole.lo.gt(0)) continue;
      // (Another whole stated before that the share fits is what it is of.)
      const part = ctx.interval(a, a.value!);
      const rate = ctx.interval(p, p.value);
      const k = figureIndex(ctx, a);
      let other = false;
      for (let j = k - 1; j >= 0 && !other; j--) {
        const w = ctx.figures[j];
        if (!same(w, a)) continue;
        const wi = ctx.interval(w, w.value!);
        if (wi.lo.gt(0) && part.div(wi).scale(100).overlaps(rate)) other = true;
        // ("612.480 ha trên tổng diện tích cần cấp 638.215 ha, đạt 96,0%; còn lại 25.735 ha": the figure
        // before is the part of this one, the share theirs.)
        if (part.lo.gt(0) && wi.div(part).scale(100).overlaps(rate) && /(?<![\p{L}])(?:trên|trong|of|out[ \t]+of)(?:[ \t]+(?:tổng|tổng[ \t]+số|a[ \t]+total[ \t]+of|the))?(?:[ \t]+[\p{L}\p{M}]+){0,5}[ \t]*$/u.test(ctx.lower.slice(w.end, a.qualifiers[0]?.start ?? a.start))) other = true;
      }
      // (Only when the share does not fit part plus rest is the paragraph before asked.)
      if (!other && !part.div(whole).scale(100).overlaps(rate)) {
        const pc = ctx.previous();
        other = !!pc?.figures.some((w) => same(w, a) && pc.interval(w, w.value!).lo.gt(0) && part.div(pc.interval(w, w.value!)).scale(100).overlaps(rate));
      }
      // ("742 contacts (21.7%), and the remaining 589 …" of 3,412 contacts stated further up: a share
      // that makes the whole half again larger than part and rest is of a larger whole, not a slip.)
      if (!other && rate.hi.gt(0) && part.lo.times(100).div(rate.hi).gt(whole.hi.times(1.5))) other = true;
      if (other) continue;
      out.push({ percent: p, part: a, parts: [a, r] });
    }
  }
  return out;
}
