// A share of a plan bracketed after it, for a count the sentence names only by its noun: "… bắt giữ
// 486 vụ, 712 đối tượng, trong đó: … . So với cùng kỳ (448 vụ), số vụ bắt giữ tăng 38 vụ. Số vụ
// phát hiện đạt 121,5% chỉ tiêu Bộ Công an giao cho tỉnh (400 vụ)", "Police detected 486 cases … .
// The number of cases detected was 121.5% of the target set by the Ministry (400 cases)". Strict:
// the sentence opens on "số <noun>" / "the number of <noun>" and the share is its first figure; the
// plan is a count of that noun, the one figure after it; the count judged is the one count of the
// noun stated earlier in the paragraph that is no part of a breakdown, no change, no earlier value
// and not in brackets (when several are, the one the subject's own words lead to).
import { sameNoun } from "../figures/nouns.ts";
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets, isCount } from "./context.ts";
import { findTotalParts } from "./parts.ts";
import { words } from "./label-words.ts";
import { yearsNamed } from "./plan-before.ts";

export interface SubjectPlan {
  part: Figure;
  whole: Figure;
  percent: Figure;
}

const SUBJECT_VI = /^[\s*•-]*(?:tổng[ \t]+)?số[ \t]+((?:[\p{L}\p{M}]+[ \t]+){1,6}?)(?:(?:ước[ \t]+)?(?:đạt|bằng))[ \t]*$/u;
const SUBJECT_EN = /^[\s*•-]*(?:the[ \t]+)?(?:total[ \t]+)?number[ \t]+of[ \t]+((?:[\p{L}-]+[ \t]+){1,6}?)(?:was|is|reached|stood[ \t]+at|came[ \t]+to|represented|represents|amounted[ \t]+to|equalled|equaled)[ \t]*$/u;
const PLAN_AFTER = /^[ \t]+(?:of[ \t]+)?(?:the[ \t]+|its[ \t]+)?(?:[\p{L}'’-]+[ \t]+){0,2}?(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu|target|plan)(?![\p{L}])[^()\d.;]{0,60}?(\(|(?:of|là)[ \t]+)[ \t]*$/u;
const NOT_VALUE = /(?<![\p{L}])(?:tăng|giảm|thêm|hơn|so[ \t]+với|cùng[ \t]+kỳ|từ|up|down|by|from|than|compared[ \t]+with|more|fewer|increase[ \t]+of|decrease[ \t]+of|kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu|target|plan)(?:[ \t]+[\p{L}\p{M}]+){0,1}[ \t]*$/u;
const STOP = new Set(["the", "of", "số", "các", "những", "đã", "được", "have", "has", "been", "were", "was"]);

export function findSubjectPlans(ctx: UnitContext, taken: Set<Figure>): SubjectPlan[] {
  const out: SubjectPlan[] = [];
  if (!/chỉ tiêu|kế hoạch|mục tiêu|target|plan/u.test(ctx.lower)) return out;
  let parts: Set<Figure> | undefined;
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const [p, t] = s.figs;
    if (!p || !t || taken.has(p) || p.kind !== "percent" || p.unit !== "%" || p.qualifiers.length) continue;
    const m = (ctx.lang === "vi" ? SUBJECT_VI : SUBJECT_EN).exec(ctx.lower.slice(s.start, p.start));
    if (!m) continue;
    const plan = t.kind === "number" && isCount(t) && !!t.noun && !t.qualifiers.length ? PLAN_AFTER.exec(ctx.lower.slice(p.end, t.start).replace(/(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)/gu, "năm")) : null;
    if (!plan) continue;
    // The plan closes its bracket, or its clause: "(400 vụ)", "of the target of 400 cases."
    const close = ctx.lower.slice(t.end + 1 + t.noun!.length, t.end + 4 + t.noun!.length);
    if (!(plan[1] === "(" ? /^[ \t]*\)/u : /^[ \t]*(?:[.;,]|$)/u).test(close)) continue;
    // The subject names the plan's noun: "số vụ phát hiện" and "400 vụ".
    const subject = m[1].trim();
    const noun = t.noun!.split(" ")[0];
    if (!(ctx.lang === "vi" ? subject.startsWith(`${noun} `) || subject === noun : words(subject)[0] === words(noun)[0])) continue;
    parts ??= new Set(findTotalParts(ctx).flatMap((x) => x.parts.filter((q) => q.figure !== x.whole).map((q) => q.figure)));
    const candidates: Figure[] = [];
    // ("Năm 2023 phát hiện 448 vụ. Số vụ phát hiện năm 2024 …": another year's count is not it.)
    const own = yearsNamed(ctx.lower.slice(s.start, s.end));
    for (const u of ctx.sentences.slice(0, si)) {
      const uy = yearsNamed(ctx.lower.slice(u.start, u.end));
      if (own.size && uy.size && ![...uy].some((y) => own.has(y))) continue;
      for (const f of u.figs) {
        if (f.kind !== "number" || !isCount(f) || f.qualifiers.length || !sameNoun(f.noun, t.noun) || parts.has(f) || inBrackets(ctx, u.start, f.start)) continue;
        if (NOT_VALUE.test(ctx.lower.slice(Math.max(u.start, f.start - 20), f.start))) continue;
        candidates.push(f);
      }
    }
    let hit = candidates.length === 1 ? candidates[0] : undefined;
    if (candidates.length > 1) {
      // The one whose own words carry the subject's ("số vụ phát hiện" and "phát hiện 486 vụ").
      const said = words(subject).filter((w) => !STOP.has(w) && w !== noun);
      const led = candidates.filter((f) => {
        const lead = new Set(words(ctx.lower.slice(Math.max(0, f.start - 40), f.start).split(/[,;:.]/u).pop()!));
        return said.length > 0 && said.every((w) => lead.has(w));
      });
      hit = led.length === 1 ? led[0] : undefined;
    }
    if (hit) out.push({ part: hit, whole: t, percent: p });
  }
  return out;
}
