// status-contradiction (sides of a gap): a gap of the right size said to lie on the wrong side of its
// base: "Expenditure was £176,240 against a budget of £184,500, an overspend of £8,260", "trồng mới 14.600
// cây, đạt 121,7% kế hoạch (12.000 cây), còn thiếu 2.600 cây". The size is the difference check's; this
// check reads only the side, and only where one of the two figures is named as the base.
import { BASE, findDifferences } from "../claims/difference.ts";
import { findPlanGaps } from "../claims/plan-gap.ts";
import type { UnitContext } from "../claims/context.ts";
import type { Figure } from "../types.ts";
import { RULE } from "./status-contradiction.ts";

/** Words that put the value above its base, and below it. (Not "ahead of", "behind" or "beaten": where lower
 * is better they say it is better, whichever side it is on.) */
const ABOVE = /^(?:an?[ \t]+)?(?:over-?spend(?:ing)?|overshot|exceeded|surpassed|excess)|^(?:over|above)(?![\p{L}])|^vượt/u;
const BELOW = /^(?:an?[ \t]+)?(?:under-?spend(?:ing)?|shortfall|undershot|slippage)|^(?:under|below|short)(?![\p{L}])|^(?:còn[ \t]+)?thiếu|^hụt/u;

/** The base is named right before its figure ("against a budget of £184,500", "kế hoạch (12.000 cây)"). */
const NAMED_RIGHT_BEFORE = /(?:budget|target|plan|allocation|forecast|standard|threshold|ceiling|limit|milestone|trajectory|kế[ \t]+hoạch|dự[ \t]+toán|chỉ[ \t]+tiêu|mục[ \t]+tiêu)(?:[ \t]+(?:for[ \t]+)?(?:(?:19|20)\d\d(?:\/\d{2,4})?|[\p{L}\p{M}]+)){0,3}?[ \t]*(?:of|is|was|at|là|:|\()?[ \t]*$/u;
/** A figure that is itself a gap or a change ("exceeded its target by 35", "the shortfall of 189"). */
const GAP_BEFORE = /(?<![\p{L}])(?:by|of|vượt|hụt|thiếu|tăng|giảm)[ \t]*$/u;

function named(ctx: UnitContext, f: Figure): boolean {
  const q = f.qualifiers[0]?.start ?? f.start;
  const lead = ctx.lower.slice(Math.max(ctx.sentenceOf(f).start, q - 40), q);
  return BASE.test(lead) && NAMED_RIGHT_BEFORE.test(lead);
}

function isGap(ctx: UnitContext, f: Figure): boolean {
  const q = f.qualifiers[0]?.start ?? f.start;
  const lead = ctx.lower.slice(Math.max(0, q - 30), q);
  return GAP_BEFORE.test(lead) && !NAMED_RIGHT_BEFORE.test(lead);
}

export function checkGapSides(ctx: UnitContext): void {
  const lang = ctx.lang;
  const judged = new Set<Figure>();
  for (const d of findDifferences(ctx)) {
    if (d.fromFraction || d.aFrom || d.ordered) continue;
    const word = ctx.lower.slice(d.word.start, d.word.end).trim();
    const up = ABOVE.test(word), down = BELOW.test(word);
    if (up === down) continue;
    const [ba, bb] = [named(ctx, d.a), named(ctx, d.b)];
    if (ba === bb) continue;
    const [value, base] = ba ? [d.b, d.a] : [d.a, d.b];
    if (!value.value || !base.value || isGap(ctx, value) || isGap(ctx, base)) continue;
    const v = ctx.interval(value, value.value), b = ctx.interval(base, base.value);
    // (Only a gap of the right size: a wrong size is the difference check's finding.)
    const gap = v.sub(b).abs();
    if (!gap.overlaps(ctx.interval(d.diff, d.diff.value!))) continue;
    const wrong = up ? v.hi.lte(b.lo) : v.lo.gte(b.hi);
    judged.add(d.diff);
    emit(ctx, value, base, d.diff, ctx.text.slice(d.word.start, d.word.end), up, !wrong, lang);
  }
  // "đạt 121,7% kế hoạch (12.000 cây), còn thiếu 2.600 cây": the share says which side.
  for (const x of findPlanGaps(ctx)) {
    if (!x.plan || !x.wrongSide || judged.has(x.gap)) continue;
    // (The share stands for the value: above 100% it is above the plan.)
    emit(ctx, x.percent, x.plan, x.gap, ctx.text.slice(x.word.start, x.word.end), x.sign === 1, false, lang, true);
  }
}

function emit(ctx: UnitContext, value: Figure, base: Figure, gap: Figure, word: string, up: boolean, ok: boolean, lang: "vi" | "en", share = false): void {
  const side = lang === "vi" ? (up ? "cao hơn" : "thấp hơn") : up ? "above" : "below";
  const real = lang === "vi" ? (up ? "thấp hơn" : "cao hơn") : up ? "below" : "above";
  // ("đạt 121,7% kế hoạch" is said of the value against the plan.)
  const valueText = share ? (lang === "vi" ? `giá trị (${value.text} kế hoạch)` : `the value (${value.text} of plan)`) : value.text;
  ctx.emit({
    kind: "value-target",
    rule: RULE,
    roles: [
      { figure: value, role: lang === "vi" ? "giá trị" : "value" },
      { figure: base, role: lang === "vi" ? "mốc" : "base" },
      { figure: gap, role: lang === "vi" ? "chênh lệch" : "gap" },
    ],
    ok,
    explain: {
      vi: `"${word}": ${valueText} ${ok ? side : real} ${base.text} ${ok ? "✓" : "✗"}`,
      en: `"${word}": ${valueText} ${ok ? side : real} ${base.text} ${ok ? "✓" : "✗"}`,
    },
    at: gap,
    message: {
      vi: `Ghi "${word}" (${side} mốc) nhưng ${valueText} ${real} ${base.text}`,
      en: `Said to be "${word}" (${side} the base) but ${valueText} is ${real} ${base.text}`,
    },
    related: [
      { span: value, message: { vi: "giá trị", en: "value" } },
      { span: base, message: { vi: "mốc", en: "base" } },
    ],
  });
}
