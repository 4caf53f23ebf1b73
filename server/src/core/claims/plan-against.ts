// A share of a plan stated in a clause that opens on the plan: "…; so với kế hoạch 2.000 doanh
// nghiệp, đạt 109,3% kế hoạch", "So với kế hoạch năm UBND tỉnh giao (280 ha), kết quả 6 tháng đạt
// 67,0% kế hoạch năm" (the result in the sentence before), "Against a target of 1,800,000 visits,
// this represents 102.6% of target". The value judged is not named: it is the one value of the
// plan's measure that the sentence states before the clause, or, when the clause opens the
// sentence, that the sentence before states. Strict: exactly one such value (a base of a change, a
// bracketed earlier value, a rest or a difference is none), and nothing after the percent but the
// plan's own word.
import { D } from "../math/interval.ts";
import { sameNoun } from "../figures/nouns.ts";
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets, isCount, type Sentence } from "./context.ts";

export interface PlanAgainst {
  percent: Figure;
  part: Figure;
  whole: Figure;
  /** The value judged was read in the paragraph before (the clause opens this one). */
  partFrom?: UnitContext;
}

const PLAN = "kế hoạch|mục tiêu|chỉ tiêu|dự toán|target|plan|budget|goal|trajectory|allocation";
/** Before the plan's figure: "so với kế hoạch năm UBND tỉnh giao (", "against a target of". */
const OPEN = new RegExp(`(?:^[ \\t*_]*|[;,:][ \\t]*)(?:so với|đối chiếu với|against|compared (?:with|to)|relative to|measured against)[ \\t]+(?:an?[ \\t]+|the[ \\t]+|its[ \\t]+|our[ \\t]+|their[ \\t]+)?(?:[\\p{L}-]+[ \\t]+){0,2}?(?:${PLAN})(?:[ \\t]+(?:(?![\\d(])[\\p{L}\\p{M}\\d–-]+|(?:19|20)\\d\\d(?:[-–\\/](?:19|20)?\\d\\d)?)){0,8}?[ \\t]*(?:of[ \\t]+|là[ \\t]+|:[ \\t]*)?\\(?[ \\t]*$`, "u");
/** Between the plan's figure and the percent: the clause's subject and verb, short. */
const VERB = /^[ \t]*\)?[ \t]*(?:,[ \t]*(?:thì[ \t]+)?|[ \t]+thì[ \t]+)(?:(?:this|that|it|which|the result|performance|delivery|kết quả|con số này|số này|như vậy)(?:[ \t]+[\p{L}\p{M}\d]+){0,3}?[ \t]+|(?:tổng|số|giá trị|toàn)(?:[ \t]+[\p{L}\p{M}]+){1,4}?[ \t]+|(?:sau|qua|trong|đến[ \t]+nay|lũy[ \t]+kế)(?:[ \t]+[\p{L}\p{M}]+){0,3}?[ \t]+)?(?:đã[ \t]+)?(?:đạt|bằng|thực[ \t]+hiện(?:[ \t]+được)?|hoàn[ \t]+thành(?:[ \t]+được)?|giải[ \t]+ngân(?:[ \t]+được)?|represents|represented|is|was|equals|equalled|equates to|amounts to|came to|stands at|stood at)[ \t]+$/u;
const NAMED_SUBJECT = /^[ \t]*\)?[ \t]*,[ \t]*((?:[\p{L}\p{M}]+[ \t]+){1,4}?)(?:đã[ \t]+)?(?:đạt|bằng|was|reached|stood[ \t]+at)[ \t]+$/u;
/** After the percent: nothing, or the plan's own word. */
const TAIL = new RegExp(`^[ \\t]*(?:(?:of[ \\t]+(?:the[ \\t]+|its[ \\t]+)?)?(?:${PLAN})(?:[ \\t]+(?:năm|cả năm|giai đoạn|giao|được giao|đề ra|set|agreed))?)?[ \\t]*(?:[.,;)]|$|\\r?\\n|(?:và|and|but|nhưng)[ \\t])`, "u");
/** Before a value: words that make it a base, a difference or a rest rather than the value judged. */
const NOT_VALUE = /(?<![\p{L}])(?:from|than|compared (?:with|to)|on|against|versus|so với|từ|hơn|by|tăng|giảm|up|down|increase of|rise of|fall of|decrease of|growth of|thêm|còn lại|còn|remaining|rest|other|the other|vượt|exceeding|of)[ \t]*(?:là[ \t]+|was[ \t]+|is[ \t]+)?$/u;

const REST = /(?<![\p{L}])(?:còn lại|chưa|remaining|the rest|outstanding|left to|still to)(?![\p{L}])/u;

function measure(f: Figure): string | undefined {
  if (f.kind !== "number" || f.perYear || !f.value) return undefined;
  if (!f.unit) return isCount(f) ? "count" : undefined;
  if (f.unit === "%" || f.unit === "pp" || f.unit === "times") return undefined;
  return `${f.unit}×${f.scale?.factor ?? "1"}`;
}

/** A value of the plan's measure: one unit and scale, or a count of its noun (a bare count of a
 * sentence that names the noun before it: "Total visits … reached 1,846,200"). */
function sameMeasure(ctx: UnitContext, s: Sentence, f: Figure, plan: Figure): boolean {
  const m = measure(f);
  if (!m || m !== measure(plan)) return false;
  if (m !== "count") return true;
  if (f.noun && plan.noun) return sameNoun(f.noun, plan.noun);
  if (!plan.noun) return false;
  const head = plan.noun.split(" ").pop()!;
  return new RegExp(`(?<![\\p{L}])${head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(ctx.lower.slice(s.start, f.start));
}

/** After a total, the words that open its breakdown: what follows are its parts. */
const BREAKDOWN = /(?<![\p{L}])(?:gồm|bao gồm|comprising|made up of|broken down as)(?![\p{L}])/u;

function values(ctx: UnitContext, s: Sentence, upTo: number, plan: Figure, whole: boolean): Figure[] {
  const all = valuesOf(ctx, s, upTo, plan);
  // ("Tổng số tiền … là 48,76 tỷ đồng, gồm: phạt … 31,42 tỷ đồng, …. So với chỉ tiêu …": the
  // sentence before is judged whole, its total, not the parts it is made of. Within the sentence,
  // "trong đó" leaves it unclear which is judged.)
  return whole && all.length > 1 && BREAKDOWN.test(ctx.lower.slice(all[0].end, all[1].start)) ? [all[0]] : all;
}

function valuesOf(ctx: UnitContext, s: Sentence, upTo: number, plan: Figure): Figure[] {
  return s.figs.filter((f) => {
    if (f.end > upTo || f === plan || !sameMeasure(ctx, s, f, plan)) return false;
    if (f.qualifiers.some((q) => q.kind !== "estimate") || inBrackets(ctx, s.start, f.start)) return false;
    const q = f.qualifiers[0]?.start ?? f.start;
    // ("diện tích còn lại phải tiếp tục GPMB là 125,2 ha": a rest, whatever its clause says before it.)
    const clause = ctx.lower.slice(Math.max(s.start, q - 80), q).split(/[,;:(]/u).pop()!;
    // ("Bình quân mỗi năm huy động được 321,2 tỷ đồng": an average a year is no value of the plan's whole.)
    if (/(?<![\p{L}])(?:bình[ \t]+quân|trung[ \t]+bình|average|mỗi[ \t]+năm|hằng[ \t]+năm|a[ \t]+year|per[ \t]+year)(?![\p{L}])/u.test(clause)) return false;
    return !NOT_VALUE.test(ctx.lower.slice(Math.max(s.start, q - 24), q)) && !REST.test(clause);
  });
}

export function findPlansAgainst(ctx: UnitContext, taken: Set<Figure>): PlanAgainst[] {
  const out: PlanAgainst[] = [];
  if (!/so với|đối chiếu|against|compared|relative to/u.test(ctx.lower)) return out;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let i = 0; i + 1 < s.figs.length; i++) {
      const plan = s.figs[i];
      if (!measure(plan) || plan.qualifiers.some((q) => q.kind !== "estimate")) continue;
      const pq = plan.qualifiers[0]?.start ?? plan.start;
      const open = OPEN.exec(ctx.lower.slice(Math.max(s.start, pq - 120), pq));
      if (!open) continue;
      // The percent, past durations that say which result ("kết quả 6 tháng").
      let j = i + 1;
      while (j < s.figs.length && s.figs[j].kind === "number" && /^(?:tháng|năm|quý|months?|years?|quarters?)$/u.test(s.figs[j].noun ?? "")) j++;
      const p = s.figs[j];
      if (!p || p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.length) continue;
      // (The plan's noun may follow its figure: "2.000 doanh nghiệp, đạt".)
      let between = ctx.lower.slice(plan.end, p.start);
      if (plan.noun && between.startsWith(` ${plan.noun}`)) between = between.slice(plan.noun.length + 1);
      for (const d of s.figs.slice(i + 1, j)) between = between.replace(ctx.lower.slice(d.start, d.end), " ");
      // ("So với dự toán năm (380,0 tỷ đồng), thu nội địa đạt 110,2% dự toán": a subject of its own
      // words, which the value judged must be said with.)
      const verb = VERB.test(between);
      const named = verb ? undefined : NAMED_SUBJECT.exec(between)?.[1].trim();
      if (between.length > 60 || (!verb && !named) || !TAIL.test(ctx.lower.slice(p.end, p.end + 40))) continue;
      const openAt = pq - open[0].length + (/^[;,:]/u.test(open[0]) ? 1 : 0);
      const opensSentence = !/[\p{L}\p{N}]/u.test(ctx.lower.slice(s.start, openAt).replace(/[*_#>•-]/gu, ""));
      let found: Figure[];
      let from: UnitContext | undefined;
      if (!opensSentence) found = values(ctx, s, openAt, plan, false);
      else if (si > 0) found = values(ctx, ctx.sentences[si - 1], ctx.sentences[si - 1].end, plan, true);
      else {
        // "…, toàn tỉnh thu hút tổng vốn FDI đạt 1.649,8 triệu USD, gồm: …\n\nSo với kế hoạch năm
        // (1.500 triệu USD), tổng vốn thu hút đạt 110,0% kế hoạch": a value of the paragraph before
        // (its total, not the parts it is made of).
        const pc = ctx.previous();
        if (!pc) continue;
        // (The paragraph just before, past a heading it may carry.)
        const para = pc.text.trimEnd().lastIndexOf("\n\n") + 1;
        const paraSents = pc.sentences.filter((t) => t.start >= para);
        if (!paraSents.some((t) => t.figs.length > 0)) continue;
        // The subject the clause names ("tổng vốn thu hút", "thu nội địa"): the paragraph's one value
        // said with it. Named by no words ("kết quả đạt"), the paragraph's one value of the measure.
        const subj = (named ?? /,[ \t]*((?:tổng|số|giá[ \t]+trị|toàn)(?:[ \t]+[\p{L}\p{M}]+){1,4}?)[ \t]+(?:đã[ \t]+)?(?:đạt|bằng)/u.exec(between)?.[1])?.trim();
        if (subj) {
          // (Its words in any order: "tổng vốn thu hút" is said of "thu hút tổng vốn FDI đạt …".)
          const words = subj.replace(/^(?:tổng|số|giá[ \t]+trị|toàn)[ \t]+/u, "").split(/[ \t]+/u).filter((w) => w.length >= 2);
          const says = (lead: string) => words.every((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "u").test(lead));
          found = paraSents.flatMap((t) => values(pc, t, t.end, plan, true).filter((f) => says(pc.lower.slice(Math.max(t.start, f.start - 80), f.start).split(/[;:]/u).pop()!)));
          // (Of several, the one said with the very words in their order.)
          if (found.length > 1) found = found.filter((f) => pc.lower.slice(Math.max(0, f.start - 80), f.start).includes(words.join(" ")));
        } else {
          const all = paraSents.flatMap((t) => values(pc, t, t.end, plan, true));
          found = all.length === 1 ? all : [];
          // ("… đạt 14.862,5 tỷ đồng, trong đó:" then its items, then "So với kế hoạch …": the total
          // the lead above the list states, not its items.)
          const lead = pc.sentences.filter((t) => t.end <= para + 1);
          const leadValues = lead.flatMap((t) => values(pc, t, t.end, plan, true));
          if (!found.length && leadValues.length === 1 && /(?:trong[ \t]+đó|gồm|bao[ \t]+gồm|cụ[ \t]+thể|như[ \t]+sau|as[ \t]+follows|of[ \t]+which|including)[ \t]*:?\s*$/u.test(pc.lower.slice(0, para))) found = leadValues;
        }
        from = pc;
      }
      if (found.length !== 1) continue;
      const part = found[0];
      if (named) {
        const src = from ?? ctx;
        const ps = src.sentenceOf(part);
        if (!src.lower.slice(ps.start, part.start).includes(named)) continue;
      }
      if (!new D(plan.value!.exact).gt(0)) continue;
      out.push({ percent: p, part, whole: plan, ...(from ? { partFrom: from } : {}) });
      taken.add(p);
    }
  }
  return out;
}
