// change-arithmetic (differences): a stated difference between two figures given just before
// that is not their difference ("budget £164.8m … outturn £163.1m …, an underspend of £2.7m").
// Part of the change-arithmetic rule: the same subtraction as a change's stated difference.
import type { UnitContext } from "../claims/context.ts";
import { findDifferences } from "../claims/difference.ts";
import { findBalances } from "../claims/balance.ts";
import { fmt } from "../math/format.ts";
import type { Figure, Num } from "../types.ts";
import { RULE } from "./change-arithmetic.ts";
import { D, Interval, type Dec } from "../math/interval.ts";
import { findShareRests } from "../claims/rest-of-share.ts";
import { pinByRatio } from "../claims/ratio-pin.ts";
import { findPlanGaps, type PlanGap } from "../claims/plan-gap.ts";

function num(f: Figure): Num {
  return f.value!;
}

/** The figure's text with its number replaced by `value` ("£2.7m" → "£1.7m"). */
function retext(f: Figure, value: string): string {
  const n = num(f);
  return f.text.slice(0, n.start - f.start) + value + f.text.slice(n.end - f.start);
}

const REFERENCE_AFTER = /^[ \t]*(?:percentage[ \t]+)?(?:points?[ \t]+|pp[ \t]+|điểm(?:[ \t]+phần[ \t]+trăm)?[ \t]+|%[ \t]+)?(?:above|below|under|over|ahead[ \t]+of|behind|short[ \t]+of|cao[ \t]+hơn|thấp[ \t]+hơn|vượt|dưới|trên)[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+|their[ \t]+|so[ \t]+với[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}?(?:target|plan|budget|standard|benchmark|trajectory|average|ambition|threshold|kpi|mục[ \t]+tiêu|kế[ \t]+hoạch|chỉ[ \t]+tiêu|dự[ \t]+toán|bình[ \t]+quân|trung[ \t]+bình)(?![\p{L}])/u;
const REFERENCE_BEFORE = /(?:target|plan|budget|standard|benchmark|trajectory|average|ambition|threshold|mục[ \t]+tiêu|kế[ \t]+hoạch|chỉ[ \t]+tiêu|dự[ \t]+toán|bình[ \t]+quân)(?![\p{L}])[^\d;.]{0,25}$/u;

/** The stated gap says, right after it, which reference it is from. */
function namedReference(ctx: UnitContext, f: Figure): boolean {
  return REFERENCE_AFTER.test(ctx.lower.slice(f.end, f.end + 60));
}

/** The value is an actual with its own gap from the reference right after it ("96.8%, 0.3 percentage
 * points above target"): a sibling of the value the stated gap is told of, not that gap's reference. */
function hasOwnGap(ctx: UnitContext, f: Figure): boolean {
  const s = ctx.sentenceOf(f);
  const g = s.figs[s.figs.indexOf(f) + 1];
  return !!g && /^[ \t]*,[ \t]*$/u.test(ctx.lower.slice(f.end, g.start)) && namedReference(ctx, g);
}

export function checkDifferences(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const d of [...findDifferences(ctx), ...findBalances(ctx)]) {
    // ("Council tax collection was 96.8%, 0.3 points above target … Business rates collection was 97.6%,
    // 0.4 points below target": a gap from a reference the words name, and the other value is not it.)
    if (namedReference(ctx, d.diff) && (hasOwnGap(ctx, d.a) || hasOwnGap(ctx, d.b)) && !REFERENCE_BEFORE.test(ctx.lower.slice(Math.max(0, d.a.start - 40), d.a.start)) && !REFERENCE_BEFORE.test(ctx.lower.slice(Math.max(0, d.b.start - 40), d.b.start))) continue;
    const a0 = d.fromFraction ? ctx.numInterval(d.a.denominator!) : (d.aFrom ?? ctx).interval(d.a, num(d.a));
    const b0 = d.fromFraction ? ctx.numInterval(d.a.numerator!) : ctx.interval(d.b, num(d.b));
    const [a, b] = d.fromFraction || d.aFrom ? [a0, b0] : pinByRatio(ctx, d.a, d.b, a0, b0);
    const diff = a.sub(b).abs();
    let stated = ctx.interval(d.diff, num(d.diff));
    if (d.points) stated = stated.widen(tol.percentPoints);
    // A net change is what came in less what went out: the other way round is not it.
    const ok = diff.overlaps(stated) && (!d.ordered || a.hi.gte(b.lo));
    // "… 1,120,000 premises … 846,200 had been passed … against a target of 800,000 …, exceeded by
    // 46,200. The remaining 273,800 …": another pair of the paragraph's figures gives the difference,
    // so the pair read was the wrong one.
    if (!ok && !d.ordered && /remain|còn|leav|left/u.test(ctx.lower.slice(d.word.start, d.word.end)) && otherPairGives(ctx, d.diff, stated)) continue;
    const factor = d.diff.scale?.factor ?? "1";
    const pts = d.points && d.diff.unit !== "pp" ? (lang === "vi" ? " điểm %" : " points") : "";
    // (Shown from the figures as written: "38,64 − 36 = 2,64", even where a stated share pinned the 36.)
    const shown = retext(d.diff, fmt(a0.sub(b0).abs().mid.div(factor), ctx.numberLocale, num(d.diff).decimals)) + pts;
    const at = d.fromFraction ? ctx.text.slice(d.a.denominator!.start, d.a.denominator!.end) : d.aFrom ? d.a.text : ctx.text.slice(d.a.start, d.a.end);
    const bt = d.fromFraction ? ctx.text.slice(d.a.numerator!.start, d.a.numerator!.end) : ctx.text.slice(d.b.start, d.b.end);
    const [hi, lo] = a.mid.gte(b.mid) ? [at, bt] : [bt, at];
    const st = d.diff.text + pts;
    const word = ctx.text.slice(d.word.start, d.word.end);
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: [
        ...(d.aFrom ? [] : [{ figure: d.a, role: lang === "vi" ? "giá trị thứ nhất" : "first value" }]),
        { figure: d.b, role: lang === "vi" ? "giá trị thứ hai" : "second value" },
        { figure: d.diff, role: lang === "vi" ? "chênh lệch" : "stated difference" },
      ],
      ok,
      explain: { vi: `${hi} − ${lo} = ${shown}; ghi ${st} ${ok ? "✓" : "✗"}`, en: `${hi} − ${lo} = ${shown}; stated ${st} ${ok ? "✓" : "✗"}` },
      at: d.diff,
      message: {
        vi: `${hi} − ${lo} = ${shown}, không phải ${st} ("${word}")`,
        en: `${hi} − ${lo} = ${shown}, not ${st} ("${word}")`,
      },
      related: [
        { span: d.aFrom ? ctx.fromPrevious(d.a) : d.a, message: { vi: "giá trị thứ nhất", en: "first value" } },
        { span: d.b, message: { vi: "giá trị thứ hai", en: "second value" } },
      ],
    });
  }
}

/** Whether two figures of the difference's measure in its sentence or the three before differ by it. */
function otherPairGives(ctx: UnitContext, diff: Figure, stated: Interval): boolean {
  const si = ctx.sentences.indexOf(ctx.sentenceOf(diff));
  const figs = ctx.sentences.slice(Math.max(0, si - 3), si + 1).flatMap((x) => x.figs).filter((f) => f !== diff && f.kind === diff.kind && f.value && (f.unit ?? "") === (diff.unit ?? "") && (f.scale?.factor ?? "1") === (diff.scale?.factor ?? "1"));
  if (figs.length > 12) return false;
  for (let i = 0; i < figs.length; i++) {
    for (let j = i + 1; j < figs.length; j++) {
      if (ctx.interval(figs[i], num(figs[i])).sub(ctx.interval(figs[j], num(figs[j]))).abs().overlaps(stated)) return true;
    }
  }
  return false;
}

/** "87.8% of the 2,103,400 visits …, leaving a remaining gap of 257,200 visits": the base times what
 * the share leaves of it. */
export function checkShareRests(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const x of findShareRests(ctx)) {
    const base = ctx.interval(x.base, num(x.base));
    const left = Interval.point(100).sub(ctx.interval(x.percent, x.percent.value!)).scale("0.01");
    const want = base.mul(left);
    const stated = ctx.interval(x.rest, num(x.rest));
    const ok = want.overlaps(stated);
    const factor = x.rest.scale?.factor ?? "1";
    const shown = retext(x.rest, fmt(want.mid.div(factor), ctx.numberLocale, num(x.rest).decimals));
    const [bt, pt, st] = [x.base.text, x.percent.text, x.rest.text];
    const word = ctx.text.slice(x.word.start, x.word.end);
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: [
        { figure: x.percent, role: lang === "vi" ? "tỷ lệ đạt được" : "share reached" },
        { figure: x.base, role: lang === "vi" ? "gốc" : "base" },
        { figure: x.rest, role: lang === "vi" ? "phần còn lại" : "stated rest" },
      ],
      ok,
      explain: { vi: `${bt} × (100% − ${pt}) ≈ ${shown}; ghi ${st} ${ok ? "✓" : "✗"}`, en: `${bt} × (100% − ${pt}) ≈ ${shown}; stated ${st} ${ok ? "✓" : "✗"}` },
      at: x.rest,
      message: {
        vi: `${bt} × (100% − ${pt}) ≈ ${shown}, không phải ${st} ("${word}")`,
        en: `${bt} × (100% − ${pt}) ≈ ${shown}, not ${st} ("${word}")`,
      },
      related: [
        { span: x.base, message: { vi: "gốc", en: "base" } },
        { span: x.percent, message: { vi: "tỷ lệ đạt được", en: "share reached" } },
      ],
    });
  }
}

/** "55.318 người, đạt 105,6% kế hoạch, vượt 2.918 người": the plan is the value over its share, and
 * the gap is the value less that plan. Computed as value × |1 − 1/share| so that the value's own
 * rounding is counted once. */
export function checkPlanGaps(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  let taken: Set<Figure> | undefined;
  for (const x of findPlanGaps(ctx)) {
    taken ??= new Set([...findDifferences(ctx), ...findBalances(ctx)].map((d) => d.diff));
    if (taken.has(x.gap)) continue;
    const stated = ctx.interval(x.percent, x.percent.value!).widen(tol.percentPoints);
    const r = (x.excess ? stated.add(Interval.point(100)) : stated).scale("0.01");
    if (!r.lo.gt(0)) continue;
    if (x.plan) {
      if (!x.wrongSide) planGap(ctx, x, r);
      continue;
    }
    const f = (k: Dec) => new D(1).minus(new D(1).div(k)).abs();
    const [f1, f2] = [f(r.lo), f(r.hi)];
    const factor = r.lo.lt(1) && r.hi.gt(1) ? new Interval(new D(0), D.max(f1, f2)) : new Interval(D.min(f1, f2), D.max(f1, f2));
    const value = ctx.interval(x.value, num(x.value));
    const want = value.mul(factor);
    const said = ctx.interval(x.gap, num(x.gap));
    const ok = want.overlaps(said);
    const scale = x.gap.scale?.factor ?? "1";
    const plan = retext(x.value, fmt(new D(num(x.value).exact).div(r.mid), ctx.numberLocale, num(x.value).decimals));
    const shown = retext(x.gap, fmt(want.mid.div(scale), ctx.numberLocale, num(x.gap).decimals));
    const [vt, pt, gt] = [x.value.text, x.percent.text, x.gap.text];
    const word = ctx.text.slice(x.word.start, x.word.end);
    const share = x.excess ? `(100% + ${pt})` : pt;
    const op = x.sign === 1 ? `${vt} − ${plan}` : `${plan} − ${vt}`;
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: [
        { figure: x.value, role: lang === "vi" ? "giá trị" : "value" },
        { figure: x.percent, role: lang === "vi" ? "tỷ lệ so với kế hoạch" : "share of plan" },
        { figure: x.gap, role: lang === "vi" ? "chênh lệch" : "stated gap" },
      ],
      ok,
      explain: {
        vi: `kế hoạch = ${vt} / ${share} ≈ ${plan}; ${op} ≈ ${shown}; ghi ${gt} ${ok ? "✓" : "✗"}`,
        en: `plan = ${vt} / ${share} ≈ ${plan}; ${op} ≈ ${shown}; stated ${gt} ${ok ? "✓" : "✗"}`,
      },
      at: x.gap,
      message: {
        vi: `Kế hoạch là ${vt} / ${share} ≈ ${plan}, nên chênh lệch ("${word}") là ${op} ≈ ${shown}, không phải ${gt}`,
        en: `The plan is ${vt} / ${share} ≈ ${plan}, so the gap ("${word}") is ${op} ≈ ${shown}, not ${gt}`,
      },
      related: [
        { span: x.value, message: { vi: "giá trị", en: "value" } },
        { span: x.percent, message: { vi: "tỷ lệ so với kế hoạch", en: "share of plan" } },
      ],
    });
  }
}

/** The plan stated beside its share: the gap is plan × |share − 100%|. */
function planGap(ctx: UnitContext, x: PlanGap, r: Interval): void {
  const lang = ctx.lang;
  const plan = x.plan!;
  const factor = r.sub(Interval.point(1)).abs();
  const want = ctx.interval(plan, num(plan)).mul(factor);
  const said = ctx.interval(x.gap, num(x.gap));
  const ok = want.overlaps(said);
  const shown = retext(x.gap, fmt(want.mid.div(x.gap.scale?.factor ?? "1"), ctx.numberLocale, num(x.gap).decimals));
  const [lt, pt, gt] = [plan.text, x.percent.text, x.gap.text];
  const word = ctx.text.slice(x.word.start, x.word.end);
  const op = `${lt} × |${pt} − 100%|`;
  ctx.emit({
    kind: "change",
    rule: RULE,
    roles: [
      { figure: plan, role: lang === "vi" ? "kế hoạch" : "plan" },
      { figure: x.percent, role: lang === "vi" ? "tỷ lệ so với kế hoạch" : "share of plan" },
      { figure: x.gap, role: lang === "vi" ? "chênh lệch" : "stated gap" },
    ],
    ok,
    explain: { vi: `${op} ≈ ${shown}; ghi ${gt} ${ok ? "✓" : "✗"}`, en: `${op} ≈ ${shown}; stated ${gt} ${ok ? "✓" : "✗"}` },
    at: x.gap,
    message: {
      vi: `Đạt ${pt} kế hoạch ${lt} thì chênh lệch ("${word}") là ${op} ≈ ${shown}, không phải ${gt}`,
      en: `At ${pt} of a plan of ${lt}, the gap ("${word}") is ${op} ≈ ${shown}, not ${gt}`,
    },
    related: [
      { span: plan, message: { vi: "kế hoạch", en: "plan" } },
      { span: x.percent, message: { vi: "tỷ lệ so với kế hoạch", en: "share of plan" } },
    ],
  });
}
