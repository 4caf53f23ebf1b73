// fraction-percent: "19/21 xã (90,5%)" where the percentage is not the fraction. The fix is the one
// value, at the stated precision, that the fraction gives.
import { figureIndex, scaledValue, type UnitContext } from "../claims/context.ts";
import { carriesShare } from "../claims/named-share.ts";
import type { Figure } from "../types.ts";
import { findFractionPercents, type FractionPercent } from "../claims/shares.ts";
import { findAnaphoraShares } from "../claims/anaphora-share.ts";
import { findOfAllShares } from "../claims/of-all-share.ts";
import { fmt } from "../math/format.ts";
import { D, Interval } from "../math/interval.ts";

export const RULE = "fraction-percent";

/** A figure's interval after its scale word ("$640m" of "$1.72bn" compare as amounts). */
function scaledIv(ctx: UnitContext, f: Figure): Interval {
  return ctx.numInterval(f.value!).scale(f.scale?.factor ?? "1");
}

/** "Trong 1.250 đảng viên …, có 1.155 đồng chí … (92,4%)": the earlier count of the sentence whose
 * share the whole's own bracketed percent is. */
function outerBySharedPercent(ctx: UnitContext, w: Figure): Figure | undefined {
  const i = figureIndex(ctx, w);
  const q = ctx.figures[i + 1];
  if (!q || q.kind !== "percent" || !q.value || !carriesShare(ctx, w, i) || !w.value || w.kind !== "number") return undefined;
  const s = ctx.sentenceOf(w);
  const qi = ctx.interval(q, q.value).widen(ctx.settings.tolerances.percentPoints);
  for (let j = i - 1; j >= Math.max(0, i - 8) && ctx.figures[j].start >= s.start; j--) {
    const t = ctx.figures[j];
    if (t.kind !== "number" || !t.value || t.unit !== w.unit || new D(t.value.exact).isZero()) continue;
    if (ctx.numInterval(w.value).div(ctx.numInterval(t.value)).scale(100).overlaps(qi)) return t;
  }
  return undefined;
}

/** "an increase of £33.85m (5.5%) on the 2024/25 budget of £612.45m": a change's size and its
 * percentage of the level it started from, named after it; another whole read for it is not meant. */
function changeBaseAfter(ctx: UnitContext, p: Figure, part: Figure | undefined, whole: Figure | undefined): boolean {
  if (!part || !whole) return false;
  if (!/(?<![\p{L}])(?:increase|decrease|rise|fall|drop|reduction|growth|up|down|tăng|giảm)(?:[ \t]+(?:of|by|là|thêm))?[ \t]*(?:[£$€][ \t]*)?$/u.test(ctx.lower.slice(Math.max(0, (part.qualifiers[0]?.start ?? part.start) - 24), part.qualifiers[0]?.start ?? part.start))) return false;
  const g = ctx.figures.find((f) => f.start > p.end && f.kind === "number");
  if (!g || g.start - p.end > 70) return false;
  if (!/^[ \t]*\)?[ \t]*,?[ \t]*(?:on|from|over|compared[ \t]+(?:with|to)|so[ \t]+với)(?![\p{L}])[^\d;.()]{0,12}(?:(?:19|20)\d\d(?:[\/–-]\d{2,4})?)?[^\d;.()]{0,40}$/u.test(ctx.lower.slice(p.end, g.qualifiers[0]?.start ?? g.start))) return false;
  return g !== whole && (g.unit ?? "") === (part.unit ?? "");
}

/** "412,5 tỷ đồng, bằng 2,4% tổng chi cân đối ngân sách địa phương (17.338,9 tỷ đồng)": the percent
 * names its base and gives it in brackets; another whole read for it is not the one meant. */
function ownBaseAfter(ctx: UnitContext, p: Figure, whole: Figure | undefined): boolean {
  if (!whole) return false;
  const m = /^[ \t]+[^\d;.()%]{2,80}\([ \t]*$/u.exec(ctx.lower.slice(p.end, p.end + 90).split(/(?<=\()/u)[0]);
  if (!m) return false;
  const g = ctx.figures.find((f) => f.start >= p.end + m[0].length && f.start <= p.end + m[0].length + 2);
  return !!g && g !== whole && g.kind === "number" && (g.unit ?? "") === (whole.unit ?? "") && /^[ \t]*\)/u.test(ctx.lower.slice(g.end, g.end + 3));
}

/** "Deaths registered decreased by 3.7% to 3,972 (2022/23: 4,126). Of these, 611 (15.4%) …": a whole read in
 * a bracket that gives last year's value stands for the value the bracket follows. */
const PRIOR_IN_BRACKET = /\([ \t]*(?:(?:[\p{L}\p{M}]+|\d{1,2})[ \t]+){0,4}(?:fy[ \t]?)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?[ \t]*:[ \t]*$/u;
function beforePriorYear(ctx: UnitContext, fp: ReturnType<typeof findFractionPercents>[number]): ReturnType<typeof findFractionPercents>[number] {
  const w = fp.whole;
  if (!w || !fp.part || w.kind !== "number" || fp.sumOf) return fp;
  const m = PRIOR_IN_BRACKET.exec(ctx.lower.slice(Math.max(0, w.start - 40), w.start));
  if (!m) return fp;
  const open = w.start - (ctx.lower.slice(Math.max(0, w.start - 40), w.start).length - m.index);
  const s = ctx.sentenceOf(w);
  const owner = [...s.figs].reverse().find((f) => f.end <= open);
  if (!owner || owner.kind !== "number" || !owner.value || !/^[ \t]*$/u.test(ctx.lower.slice(owner.end, open)) || (owner.unit ?? "") !== (w.unit ?? "") || (owner.scale?.factor ?? "1") !== (w.scale?.factor ?? "1")) return fp;
  return { ...fp, whole: owner, den: owner.value };
}

export function checkFractionPercent(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  const read = [...findFractionPercents(ctx), ...findAnaphoraShares(ctx)];
  // (A percent already read with another base keeps that reading.)
  const seen = new Set(read.map((x) => x.percent));
  const all = [...read, ...findOfAllShares(ctx).filter((x) => !seen.has(x.percent))];
  const outers = new Map<Figure, Figure>();
  // (A share of a plan is no outer whole: "38,640 pupils …, against a target of 36,000 pupils (107.3%)".)
  for (const x of all) if (x.part && x.whole && !x.excess && !x.sumOf && !(x.percent.value && new D(x.percent.value.exact).gt(100)) && !/(?<![\p{L}])(?:target|plan|budget|goal|forecast|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+toán)(?:[ \t]+of)?[ \t]*\(?[ \t]*$/u.test(ctx.lower.slice(Math.max(0, x.whole.start - 30), x.whole.start))) outers.set(x.part, x.whole);
  for (const fp0 of all) {
    const fp = beforePriorYear(ctx, fp0);
    if (ownBaseAfter(ctx, fp.percent, fp.whole) || changeBaseAfter(ctx, fp.percent, fp.part, fp.whole)) continue;
    const num = new D(fp.num.exact);
    const den = new D(fp.den.exact);
    if (den.isZero()) continue;
    // Amounts stand for the interval their written precision allows (counts are exact).
    // Amounts may carry different scale words ("$640m" of "$1.72bn").
    const amounts = !!fp.part && !!fp.whole && fp.part.kind === "number" && fp.whole.kind === "number";
    // (Amounts summed to their whole are rounded too: "£41.2m …, leaving £5.4m".)
    const summed = !!fp.part && !!fp.sumOf && fp.sumOf.every((f) => f.kind === "number" && !!f.unit && !!f.value);
    // (A plan is set, not measured: "đạt 118,75% kế hoạch (kế hoạch 8 tỷ đồng)" is of 8 exactly.)
    const planWhole = amounts && /(?<![\p{L}])(?:target|plan|budget|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+toán)(?:[ \t]+[\p{L}\p{M}]+){0,3}?(?:[ \t]+(?:of|là|:))?[ \t]*\(?[ \t]*(?:(?:kế[ \t]+hoạch|dự[ \t]+toán|plan|target|budget)[ \t]*:?[ \t]*)?$/u.test(ctx.lower.slice(Math.max(0, (fp.whole!.qualifiers[0]?.start ?? fp.whole!.start) - 40), fp.whole!.qualifiers[0]?.start ?? fp.whole!.start));
    const wholeIv = (f: Figure) => (planWhole ? Interval.point(scaledValue(f)) : scaledIv(ctx, f));
    const actual = amounts
      ? scaledIv(ctx, fp.part!).div(wholeIv(fp.whole!)).scale(100)
      : summed
      ? scaledIv(ctx, fp.part!).div(fp.sumOf!.map((f) => scaledIv(ctx, f)).reduce((a, b) => a.add(b))).scale(100)
      : Interval.point(num.div(den).times(100));
    const mixedScale = amounts && (fp.part!.scale?.factor ?? "1") !== (fp.whole!.scale?.factor ?? "1");
    const p = fp.percent;
    const pn = p.value!;
    const stated = ctx.interval(p, pn).widen(tol.percentPoints);
    // "vượt 4,3% kế hoạch", "2.1% below the budget": the percent is the distance from 100%.
    const said = fp.excess ? Interval.point(100).add(stated.scale(fp.excess)) : stated;
    // "1.155 đồng chí … (92,4%), trong đó 226 đồng chí hoàn thành xuất sắc (18,1%)": a part of a part
    // may give its share of the outer whole the first share was of.
    const outer = !fp.excess && !fp.sumOf && fp.part && fp.whole ? outers.get(fp.whole) ?? outerBySharedPercent(ctx, fp.whole) : undefined;
    if (outer && !actual.overlaps(said) && outer.value && !new D(outer.value.exact).isZero() && scaledIv(ctx, fp.part!).div(scaledIv(ctx, outer)).scale(100).overlaps(said)) continue;
    if (!actual.overlaps(said) && explainedNearby(ctx, fp, said)) continue;
    const ok = actual.overlaps(said);
    const distance = fp.excess ? actual.mid.minus(100).times(fp.excess) : actual.mid;
    const right = fmt(distance, ctx.numberLocale, pn.decimals);
    const shown = fmt(actual.mid, lang, Math.max(pn.decimals, 1));
    const ratio = mixedScale ? `${fp.part!.text}/${fp.whole!.text}` : fp.sumOf ? `${fmt(num, lang)}/(${fp.sumOf.map((f) => fmt(f.value!.exact, lang)).join(" + ")})` : `${fmt(num, lang)}/${fmt(den, lang)}`;
    const away = fp.excess ? fmt(actual.mid.minus(100).abs(), lang, Math.max(pn.decimals, 1)) : "";
    const gapVi = fp.excess ? ` (${actual.mid.gte(100) ? "vượt" : "thấp hơn"} ${away}%)` : "";
    const gapEn = fp.excess ? ` (${actual.mid.gte(100) ? "above" : "below"} by ${away}%)` : "";
    const roles = fp.sumOf
      ? [
          ...fp.sumOf.map((f) => ({ figure: f, role: lang === "vi" ? "phần" : "part" })),
          { figure: p, role: lang === "vi" ? "tỷ lệ" : "percentage" },
        ]
      : fp.fraction
      ? [
          { figure: fp.fraction, role: lang === "vi" ? "phân số" : "fraction" },
          { figure: p, role: lang === "vi" ? "tỷ lệ" : "percentage" },
        ]
      : [
          ...(fp.partFrom ? [] : [{ figure: fp.part!, role: lang === "vi" ? "phần" : "part" }]),
          ...(fp.wholeFrom ? [] : [{ figure: fp.whole!, role: lang === "vi" ? "tổng thể" : "whole" }]),
          { figure: p, role: lang === "vi" ? "tỷ lệ" : "percentage" },
        ];
    ctx.emit({
      kind: "fraction-percent",
      rule: RULE,
      roles,
      ok,
      explain: { vi: `${ratio} = ${shown}%${gapVi} ${ok ? "✓" : `≠ ${p.text} ✗`}`, en: `${ratio} = ${shown}%${gapEn} ${ok ? "✓" : `≠ ${p.text} ✗`}` },
      at: p,
      // (A fraction written out is read as written; a part and whole found apart may be the wrong pair.)
      magnitude: fp.excess || fp.fraction ? undefined : { computed: actual.mid, stated: pn.exact },
      message: { vi: `${ratio} = ${shown}%${gapVi}, không phải ${p.text}`, en: `${ratio} = ${shown}%${gapEn}, not ${p.text}` },
      related: [{ span: fp.partFrom ? ctx.fromPrevious(fp.part!) : fp.fraction ?? fp.part!, message: { vi: `tỷ số ${ratio}`, en: `ratio ${ratio}` } }, ...(fp.wholeFrom ? [{ span: ctx.fromPrevious(fp.whole!), message: { vi: "tổng thể", en: "whole" } }] : [])],
      // A distance that changed side ("below" where the figures say above) has no one-number fix.
      fix: fp.excess && distance.isNegative() ? undefined : { span: pn, newText: right },
    });
  }
}

/**
 * "tăng 3.140 triệu đồng …, đạt 104,7% kế hoạch tăng trưởng được giao (3.000 triệu đồng)", "412 were
 * urgent referrals …. We achieved this for 389 of them (94.4%)": when another figure of the sentence
 * (or the one before, in the paragraph) makes the percentage hold with the whole or the part that was
 * read, the reading took the wrong figure; a careful reader would not call the percentage wrong.
 */
function explainedNearby(ctx: UnitContext, fp: FractionPercent, said: Interval): boolean {
  // ("1 indicator was not met (71.4% against 85%)": a value set against its target, no share.)
  if (/\([ \t]*$/u.test(ctx.lower.slice(Math.max(0, fp.percent.start - 3), fp.percent.start)) && AGAINST_TARGET_AFTER.test(ctx.lower.slice(fp.percent.end, fp.percent.end + 40))) return true;
  // ("tức gần 2/3 tổng số HCV (64,5%)": a fraction said roughly describes the share, it does not state it.)
  if (fp.fraction && ROUGHLY_BEFORE.test(ctx.lower.slice(Math.max(0, fp.fraction.start - 16), fp.fraction.start))) return true;
  if (otherWhole(ctx, fp, said)) return true;
  const { part, whole } = fp;
  if (!part || !whole || fp.fraction || fp.excess || fp.sumOf || fp.partFrom || fp.wholeFrom || part.kind !== "number" || whole.kind !== "number") return false;
  const s = ctx.sentenceOf(fp.percent);
  const prev = ctx.sentenceBefore(s)?.figs ?? [];
  // (Not the side a comparison or change starts from: "1,842,600 TEU, compared with 1,675,300 TEU in
  // 2023. Transshipment … 33.0% of the total" is of this year's total, and 33.0% of last year's is a slip.)
  const base = (f: Figure) => /(?<![\p{L}])(?:compared[ \t]+(?:with|to)|from|than|on|versus|vs\.?|against|so[ \t]+với(?:[ \t]+[^\d;.]{0,30})?|từ|năm[ \t]+trước|cùng[ \t]+kỳ(?:[ \t]+[^\d;.]{0,20})?|(?:19|20)\d\d[ \t]*:)[ \t]*\(?[ \t]*$/u.test(ctx.lower.slice(Math.max(0, (f.qualifiers[0]?.start ?? f.start) - 40), f.qualifiers[0]?.start ?? f.start));
  const like = (f: Figure, g: Figure) => f.kind === "number" && !!f.value && !new D(f.value.exact).isZero() && (f.unit ?? "") === (g.unit ?? "") && !f.qualifiers.length && !base(f);
  // (Another whole only among counts, whose values are exact, and never a target: "against a target of
  // 36,000 pupils (107.3%). Of those pupils, 14,297 (39.7%)" is of the 38,640, and 39.7% a slip.)
  const target = (f: Figure) => /(?<![\p{L}])(?:target|plan|planned|budget|budgeted|goal|forecast|trajectory|ambition|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+toán)(?:[ \t]+(?:of|là|năm|giao|đề[ \t]+ra))?[ \t]*\(?[ \t]*$/u.test(ctx.lower.slice(Math.max(0, (f.qualifiers[0]?.start ?? f.start) - 30), f.qualifiers[0]?.start ?? f.start));
  const at = s.figs.indexOf(fp.percent);
  for (const f of [...prev.slice(-20), ...s.figs.slice(Math.max(0, at - 20), at + 20)]) {
    if (f !== whole && like(f, whole) && !f.unit && !f.scale && f.value!.whole && !target(f) && scaledIv(ctx, part).div(scaledIv(ctx, f)).scale(100).overlaps(said)) return true;
    // (Another part only where it is the change the plan was of: "tăng 3.140 triệu đồng …, đạt 104,7% kế
    // hoạch tăng trưởng (3.000 triệu đồng)"; a sibling part's share is the slip a checker is for.)
    if (f !== part && like(f, part) && /(?<![\p{L}])(?:tăng|giảm|up|down|increase[ \t]+of|rise[ \t]+of|growth[ \t]+of)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 16), f.start)) && scaledIv(ctx, f).div(scaledIv(ctx, whole)).scale(100).overlaps(said)) return true;
  }
  // ("tiêm phòng … cho 21.640 con trâu, bò, đạt 76,5% tổng đàn trâu, bò (28.285 con)": the figure right
  // before the percentage, over one of its sentence.)
  const near = at > 0 ? s.figs[at - 1] : undefined;
  if (near && near !== part && near.kind === "number" && near.value && !near.qualifiers.length && s.figs.some((f) => f !== near && like(f, near) && scaledIv(ctx, near).div(scaledIv(ctx, f)).scale(100).overlaps(said))) return true;
  // ("affected 4,582 clients (71.4%). … reported by 3,086 clients (48.1% of all clients)": a whole that
  // is itself a share is not "all".)
  if (/^[ \t]+of[ \t]+all(?![\p{L}])/u.test(ctx.lower.slice(fp.percent.end, fp.percent.end + 10)) && /^[ \t\p{L}]{0,20}\([ \t]*\d[\d.,]*[ \t]*%[ \t]*\)/u.test(ctx.lower.slice(whole.end, whole.end + 40))) return true;
  return false;
}

const AGAINST_TARGET_AFTER = /^[ \t]*(?:against|versus|vs\.?|compared[ \t]+(?:with|to)|so[ \t]+với|với)[ \t]+(?:(?:a|the|an)[ \t]+)?(?:(?:target|standard|goal|benchmark|plan|mục[ \t]+tiêu|chỉ[ \t]+tiêu|kế[ \t]+hoạch)[ \t]+(?:of[ \t]+|là[ \t]+)?)?\d[\d.,]*[ \t]*%[ \t]*\)/u;
const ROUGHLY_BEFORE = /(?<![\p{L}])(?:gần|khoảng|hơn|trên|xấp xỉ|nearly|almost|about|around|roughly|over|more[ \t]+than|less[ \t]+than|under|just[ \t]+(?:over|under))[ \t]*$/u;
/** The side a change starts from: "rose from £216.8m in 2022/23 … to £240.2m", "tăng từ 2.665,1 tỷ đồng
 * năm 2023 lên …", "the 2022/23 figure (£96.4m)". */
const FROM_SIDE = /(?<![\p{L}])(?:from|từ|so[ \t]+với|compared[ \t]+(?:with|to)|than|(?:(?:19|20)\d\d(?:\/\d\d)?|y{4}(?:y{3})?)[ \t]+(?:figure|total|level|number|value)|năm[ \t]+trước|cùng[ \t]+kỳ)(?![\p{L}])[^\d;.]{0,24}$/u;
const OVER_BY_BEFORE = /(?<![\p{L}])(?:vượt|vượt[ \t]+(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu)(?:[ \t]+năm)?|exceeded[ \t]+(?:the[ \t]+|its[ \t]+)?(?:target|plan|budget)[ \t]+by|above[ \t]+(?:the[ \t]+|its[ \t]+)?(?:target|plan|budget)[ \t]+by)[ \t]*$/u;

/**
 * A whole that was read wrongly, when the figures beside it give the share exactly:
 * - the whole read is where a change starts, and another amount of the sentence or the one before
 *   (its end) gives it: "Local spend rose from £216.8m … to £240.2m … . … received £31.5m, 13.1% of
 *   local spend";
 * - the count of a fraction says what the whole is: "142/142 hồ … . … tại 47 hồ, chiếm 33,1% tổng số hồ";
 * - the part is an excess over a plan the whole was measured against: "3.642 vị trí, vượt kế hoạch năm
 *   142 vị trí (4,1%)" is 142 of the 3.500 planned.
 */
function otherWhole(ctx: UnitContext, fp: FractionPercent, said: Interval): boolean {
  const { part, whole } = fp;
  if (!part || !whole || fp.fraction || fp.excess || fp.sumOf || fp.partFrom || fp.wholeFrom || part.kind !== "number" || !part.value || !whole.value) return false;
  const p = scaledIv(ctx, part);
  const w = scaledIv(ctx, whole);
  if (OVER_BY_BEFORE.test(ctx.lower.slice(Math.max(0, part.start - 40), part.start)) && w.lo.gt(p.hi) && p.div(w.sub(p)).scale(100).overlaps(said)) return true;
  const s = ctx.sentenceOf(fp.percent);
  const before = ctx.sentenceBefore(s);
  const figs = [...((before && ctx.sentenceBefore(before)?.figs) ?? []), ...(before?.figs ?? []), ...s.figs.filter((f) => f.start < fp.percent.start)];
  const fromSide = FROM_SIDE.test(ctx.plainBetween(Math.max(0, whole.start - 40), whole.start).replace(/\([ \t]*$/u, ""));
  for (const f of figs) {
    if (f === whole || f === part) continue;
    if (f.kind === "fraction" && f.denominator && !f.unit && !part.unit && !part.scale && f.noun && f.noun === part.noun && !new D(f.denominator.exact).isZero() && p.div(Interval.point(f.denominator.exact)).scale(100).overlaps(said)) return true;
    if (fromSide && f.kind === "number" && f.value && !f.qualifiers.length && (f.unit ?? "") === (whole.unit ?? "") && !new D(f.value.exact).isZero() && p.div(scaledIv(ctx, f)).scale(100).overlaps(said)) return true;
  }
  return false;
}
