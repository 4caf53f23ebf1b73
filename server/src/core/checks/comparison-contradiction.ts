// comparison-contradiction: "cao hơn" where the figure is lower, "gấp 2,5 lần" where it is not.
import type { UnitContext } from "../claims/context.ts";
import { findComparisons, findExtremes, findFractionWords, findMultiples, findRankedLists } from "../claims/compare.ts";
import { findSeriesTrends } from "../claims/series-trend.ts";
import { findAnaphoraComparisons } from "../claims/anaphora-compare.ts";
import { findRanksAmong } from "../claims/rank-among.ts";
import { findLabelGaps } from "../claims/label-gap.ts";
import { findComparisonGaps } from "../claims/compare-gap.ts";
import { findLabelAmountGaps } from "../claims/label-amount-gap.ts";
import { findAsideGaps } from "../claims/aside-gap.ts";
import { findRatioComparisons } from "../claims/ratio-compare.ts";
import { numInterval } from "../math/interval.ts";
import { RULE as ARITH } from "./change-arithmetic.ts";
import { RULE as PCT } from "./fraction-percent.ts";
import { D } from "../math/interval.ts";
import { fmt } from "../math/format.ts";
import { Interval } from "../math/interval.ts";
import type { Figure, Num } from "../types.ts";

export const RULE = "comparison-contradiction";

function n(f: Figure): Num {
  return f.value!;
}

const NUMBER_WORD_NEXT = /^[ \t]+(?:times[ \t]+|lần[ \t]+)?(?:the|that of|so với|số)?[ \t]*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?![\p{L}])/u;
const DURATION_AFTER = /^(?:[ \t]+[\p{L}]+)?[ \t]+(?:weekends?|weeks?|days?|months?|years?|hours?|sessions?|tuần|ngày|tháng|năm|giờ)(?![\p{L}])/u;

/** Words that make a figure a value someone set: a target, a standard, a budget's assumption. */
const SET_AFTER = /^[ \t]*\)?[ \t]*(?:(?!of|in|for|than)[\p{L}-]+[ \t]+){0,2}?(?:target|assumed|assumption|standard|threshold|limit|ceiling|cap|planned|budgeted|mục[ \t]+tiêu|kế[ \t]+hoạch|chỉ[ \t]+tiêu|định[ \t]+mức)(?![\p{L}])/u;
const SET_BEFORE = /(?<![\p{L}])(?:target|standard|threshold|limit|ceiling|cap|mục[ \t]+tiêu|chỉ[ \t]+tiêu|định[ \t]+mức)(?:[ \t]+(?:of|là|set[ \t]+at|:))?[ \t]*\(?[ \t]*$/u;

export function checkComparisons(ctx: UnitContext): void {
  const lang = ctx.lang;
  checkLabelGaps(ctx);
  // "15.4:1, higher than our target of 14.5:1": ratios to one, compared by their first terms.
  for (const c of findRatioComparisons(ctx)) {
    const a = numInterval(c.a.num);
    const b = numInterval(c.b.num);
    const ok = c.relation === "higher" ? a.hi.gt(b.lo) : a.lo.lt(b.hi);
    const word = ctx.text.slice(c.word.start, c.word.end);
    ctx.emit({
      kind: "comparison",
      rule: RULE,
      roles: [],
      ok,
      explain: { vi: `${c.a.text} ${c.relation === "higher" ? ">" : "<"} ${c.b.text} ${ok ? "✓" : "✗"}`, en: `${c.a.text} ${c.relation === "higher" ? ">" : "<"} ${c.b.text} ${ok ? "✓" : "✗"}` },
      at: c.a.span,
      message: {
        vi: `Ghi "${word}" nhưng ${c.a.text} ${c.relation === "higher" ? "không lớn hơn" : "không nhỏ hơn"} ${c.b.text}`,
        en: `Said to be "${word}" but ${c.a.text} is not ${c.relation === "higher" ? "above" : "below"} ${c.b.text}`,
      },
      related: [{ span: c.b.span, message: { vi: "mốc so sánh", en: "reference value" } }],
    });
  }
  for (const c of [...findComparisons(ctx), ...findRankedLists(ctx), ...findExtremes(ctx), ...findAnaphoraComparisons(ctx), ...findSeriesTrends(ctx)]) {
    let a = ctx.interval(c.subject, n(c.subject));
    // Against a range, the end on the side of the word: "above 2-3%" means above 3%.
    const otherNum = c.other.kind === "range" ? (c.relation === "higher" ? c.other.high! : c.other.low!) : n(c.other);
    // "thấp hơn chỉ tiêu kế hoạch (dưới 3%)": against a bound, the bound itself is the reference.
    const bound = c.other.kind !== "range" && c.other.qualifiers.some((q) => q.kind === "under" || q.kind === "over" || q.kind === "atLeast" || q.kind === "atMost");
    // ("97.8%, below the 98% assumed in the budget": a value that was set, not measured, is exact.)
    const set = !bound && c.other.kind !== "range" && !c.other.qualifiers.length && (SET_AFTER.test(ctx.lower.slice(c.other.end, c.other.end + 40)) || SET_BEFORE.test(ctx.lower.slice(Math.max(0, c.other.start - 40), c.other.start)));
    let b = bound || set ? Interval.point(otherNum.exact).scale(c.other.scale?.factor ?? "1") : ctx.interval(c.other, otherNum);
    if (c.subject.scale && !c.other.scale) b = b.scale(c.subject.scale.factor);
    if (!c.subject.scale && c.other.scale) a = a.scale(c.other.scale.factor);
    // "58,5 tạ/ha, thấp hơn năm trước 2,3 tạ/ha": a figure far below the subject after "thấp hơn"
    // is the gap, not the other level, so the comparison cannot be judged.
    // ("lower than the UK regional average of 4.1%": a level named as such is the other level, whatever its size.)
    const namedLevel = c.subject.kind === "percent" && c.other.kind === "percent" && c.word.end <= c.other.start && /(?:(?<![\p{L}])(?:of|là|at|ở[ \t]+mức)|[:(])[ \t]*$/u.test(ctx.lower.slice(c.word.end, c.other.qualifiers[0]?.start ?? c.other.start));
    if (c.relation === "lower" && !c.ranked && !namedLevel && b.hi.lt(a.lo.div(2))) continue;
    const ok = c.relation === "higher" ? a.hi.gt(b.lo) : a.lo.lt(b.hi);
    const word = ctx.text.slice(c.word.start, c.word.end);
    const st = ctx.text.slice(c.subject.start, c.subject.end);
    const ot = ctx.text.slice(c.other.start, c.other.end);
    ctx.emit({
      kind: "comparison",
      rule: RULE,
      roles: [
        { figure: c.subject, role: lang === "vi" ? "giá trị được so sánh" : "compared value" },
        { figure: c.other, role: lang === "vi" ? "mốc so sánh" : "reference value" },
      ],
      ok,
      explain: { vi: `${st} ${c.relation === "higher" ? ">" : "<"} ${ot} ${ok ? "✓" : "✗"}`, en: `${st} ${c.relation === "higher" ? ">" : "<"} ${ot} ${ok ? "✓" : "✗"}` },
      at: c.subject,
      message: {
        vi: `Ghi "${word}" nhưng ${st} ${c.relation === "higher" ? "không lớn hơn" : "không nhỏ hơn"} ${ot}`,
        en: `Said to be "${word}" but ${st} is not ${c.relation === "higher" ? "above" : "below"} ${ot}`,
      },
      related: [
        { span: c.other, message: { vi: "mốc so sánh", en: "compared with" } },
        { span: c.word, message: { vi: `từ "${word}"`, en: `the word "${word}"` } },
      ],
    });
  }
  for (const m of findMultiples(ctx)) {
    const src = m.from ?? ctx;
    // ("… (31.420 lượt) …, cao hơn 6.605 lượt so với … (24.815 lượt) và gấp 3,5 lần Bến xe Buôn Hồ": a gap
    // is no level one thing has so many times of another.)
    if (!m.from && /(?<![\p{L}])(?:hơn|more|fewer|less|higher|lower|tăng|giảm|vượt|up|down|by)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, (m.subject.qualifiers[0]?.start ?? m.subject.start) - 16), m.subject.qualifiers[0]?.start ?? m.subject.start))) continue;
    let a = src.interval(m.subject, n(m.subject));
    let b = src.interval(m.other, n(m.other));
    if (m.subject.scale && !m.other.scale) b = b.scale(m.subject.scale.factor);
    if (!m.subject.scale && m.other.scale) a = a.scale(m.other.scale.factor);
    const ratio = a.div(b);
    // "gấp đôi", "twice": a multiple in words is a round figure, so it holds within 15% of itself
    // (twice: 1.7 to 2.3), not over the whole rounding interval of a bare "2" (1.5 to 2.5).
    const written = ctx.interval(m.times, n(m.times));
    const stated0 = m.times.words ? new Interval(written.mid.times("0.85"), written.mid.times("1.15")) : written;
    // "about three times": wider by the approximate tolerance; "nearly double": up to the multiple
    // itself, and down by the "nearly" tolerance below the multiple's own reach.
    const tol = ctx.settings.tolerances;
    const stated = m.about ? new Interval(stated0.lo.times(1 - tol.approxRelative), stated0.hi.times(1 + tol.approxRelative)) : m.nearly ? new Interval(stated0.lo.times(1 - tol.nearlyRelative), stated0.hi) : stated0;
    // "more than seven times": at least the multiple.
    // ("more than six times": six itself is the floor, a word no looser for it.)
    const ok = m.atLeast ? ratio.hi.gte(m.times.words ? written.lo : stated.lo) : ratio.overlaps(stated);
    // ("cá nhân được … (2,34 triệu đồng), tập thể gấp đôi cá nhân (4,68 triệu đồng)": the pair read the
    // wrong way round holds; which side the words make the subject is not sure enough to alarm on.)
    if (!ok && !m.atLeast && stated.lo.gt(1) && b.div(a).overlaps(stated)) continue;
    // (After a change told as an aside, the multiple may be the change's own: either reading holding is enough.)
    if (!ok && m.alt && !m.from) {
      let c = ctx.interval(m.alt, n(m.alt));
      if (!m.alt.scale && m.other.scale) c = c.scale(m.other.scale.factor);
      const alt = c.div(b);
      if (m.atLeast ? alt.hi.gte(m.times.words ? written.lo : stated.lo) : alt.overlaps(stated)) continue;
    }
    // ("13 … outbreaks were 2.6 times the five recorded in 2023/24, reflecting two waves": a count in words
    // right after "times the" is the reference, whether or not it was read; "12 participants over its four
    // weekends, 3.1 times the 778": a count in words of durations is no subject.)
    if (!ok && !m.from && (NUMBER_WORD_NEXT.test(ctx.lower.slice(m.times.end, m.times.end + 30)) && m.other.start > m.times.end + 30 - 1 || (m.subject.words && DURATION_AFTER.test(ctx.lower.slice(m.subject.end, m.subject.end + 12))))) continue;
    const r = fmt(ratio.mid, lang, Math.max(2, n(m.times).decimals));
    ctx.emit({
      kind: "comparison",
      rule: RULE,
      roles: [
        ...(m.from ? [] : [
          { figure: m.subject, role: lang === "vi" ? "giá trị" : "value" },
          { figure: m.other, role: lang === "vi" ? "mốc so sánh" : "reference value" },
        ]),
        { figure: m.times, role: lang === "vi" ? "số lần" : "multiple" },
      ],
      ok,
      explain: {
        vi: `${m.subject.text} : ${m.other.text} = ${r} lần; ghi ${m.times.text} ${ok ? "✓" : "✗"}`,
        en: `${m.subject.text} / ${m.other.text} = ${r} times; stated ${m.times.text} ${ok ? "✓" : "✗"}`,
      },
      at: m.times,
      message: m.times.words && written.hi.lt(1)
        ? {
            // "half as many", "bằng một nửa": a share of the other value.
            vi: `${m.subject.text} bằng ${fmt(ratio.mid.times(100), lang, 1)}% của ${m.other.text}, không phải "${m.times.text}"`,
            en: `${m.subject.text} is ${fmt(ratio.mid.times(100), lang, 1)}% of ${m.other.text}, not "${m.times.text}"`,
          }
        : {
            vi: `${m.subject.text} ${ratio.hi.lt(stated.lo) ? "chỉ " : ""}gấp ${r} lần ${m.other.text}, không phải ${m.times.text}`,
            en: `${m.subject.text} is ${r} times ${m.other.text}, not ${m.times.text}`,
          },
      related: [
        { span: m.from ? ctx.fromPrevious(m.subject) : m.subject, message: { vi: "giá trị", en: "value" } },
        { span: m.from ? ctx.fromPrevious(m.other) : m.other, message: { vi: "mốc so sánh", en: "reference value" } },
      ],
    });
  }
}

/** "231 of the 412 serious incidents, more than half": the fraction's share against its words. */
export function checkFractionWords(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const fw of findFractionWords(ctx)) {
    const den = ctx.numInterval(fw.fraction.denominator!);
    if (!den.lo.gt(0)) continue;
    const ratio = ctx.numInterval(fw.fraction.numerator!).div(den);
    const x = new D(fw.exact);
    const ok =
      fw.bound === "over" ? ratio.hi.gt(x) :
      fw.bound === "under" ? ratio.lo.lt(x) :
      fw.bound === "near" ? ratio.hi.gte(x.times("0.8")) && ratio.lo.lte(x.times("1.02")) :
      ratio.hi.gte(x.times("0.85")) && ratio.lo.lte(x.times("1.15"));
    const pct = fmt(ratio.mid.times(100), lang, 1);
    const word = ctx.text.slice(fw.word.start, fw.word.end);
    const ft = fw.fraction.text;
    ctx.emit({
      kind: "comparison",
      rule: RULE,
      roles: [{ figure: fw.fraction, role: lang === "vi" ? "phân số" : "fraction" }],
      ok,
      explain: { vi: `${ft} = ${pct}%; ghi "${word}" ${ok ? "✓" : "✗"}`, en: `${ft} = ${pct}%; stated "${word}" ${ok ? "✓" : "✗"}` },
      at: fw.word,
      message: { vi: `${ft} là ${pct}%, không phải "${word}"`, en: `${ft} is ${pct}%, not "${word}"` },
      related: [{ span: fw.fraction, message: { vi: "phân số", en: "fraction" } }],
    });
  }
}

/** "was the third lowest …: Ashbury 76.2, Delford 79.8, Westbridge 81.4, …", "chỉ đứng sau A (97,2
 * điểm) và B (96,8 điểm), xếp thứ 3/13": the rank is one more than the values on its better side
 * (ties allow any place among them). */
export function checkRanksAmong(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const r of findRanksAmong(ctx)) {
    const v = new D(r.subject.value!.exact);
    const vals = r.others.map((f) => new D(f.value!.exact));
    let lo: number;
    let hi: number;
    if (r.side === "behind") {
      if (vals.some((x) => x.lt(v))) continue;
      lo = hi = r.others.length + 1;
    } else {
      const better = vals.filter((x) => (r.side === "low" ? x.lt(v) : x.gt(v))).length;
      const ties = vals.filter((x) => x.eq(v)).length;
      lo = better + 1;
      hi = better + Math.max(ties, 1);
    }
    const ok = r.rank >= lo && r.rank <= hi;
    const listed = r.others.map((f) => ctx.text.slice(f.start, f.end)).join(", ");
    const sv = ctx.text.slice(r.subject.start, r.subject.end);
    const want = lo === hi ? `${lo}` : `${lo}–${hi}`;
    const sideVi = r.side === "low" ? "thấp hơn" : "cao hơn";
    const sideEn = r.side === "low" ? "below" : "above";
    ctx.emit({
      kind: "rank",
      rule: RULE,
      roles: [{ figure: r.subject, role: lang === "vi" ? "giá trị được xếp hạng" : "ranked value" }, ...r.others.map((f) => ({ figure: f, role: lang === "vi" ? "giá trị so sánh" : "compared value" }))],
      ok,
      explain: {
        vi: `${sv} so với ${listed}: hạng ${want}; ghi ${r.rank} ${ok ? "✓" : "✗"}`,
        en: `${sv} against ${listed}: place ${want}; stated ${r.rank} ${ok ? "✓" : "✗"}`,
      },
      at: r.rankSpan,
      message:
        r.side === "behind"
          ? { vi: `Đứng sau ${r.others.length} đơn vị (${listed}) là hạng ${want}, không phải ${r.rank}`, en: `Behind ${r.others.length} others (${listed}) is place ${want}, not ${r.rank}` }
          : { vi: `${lo - 1} giá trị ${sideVi} ${sv} (${listed}), nên là hạng ${want}, không phải ${r.rank}`, en: `${lo - 1} of the values listed are ${sideEn} ${sv} (${listed}), so it is place ${want}, not ${r.rank}` },
      related: r.others.map((f) => ({ span: f, message: { vi: "giá trị so sánh", en: "compared value" } })),
    });
  }
}

/** "The primary rate was 12.2 percentage points higher than the secondary rate" against the two list
 * items so labelled, "The rate in Ashford (78.9%) was 6.3 percentage points higher than in Bexley
 * (72.6%)": the side first (a comparison), then the gap (arithmetic). */
function checkLabelGaps(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const g of [...findLabelGaps(ctx), ...findComparisonGaps(ctx), ...findLabelAmountGaps(ctx), ...findAsideGaps(ctx)]) {
    const x = g.src.interval(g.x, n(g.x));
    const y = g.src.interval(g.y, n(g.y));
    const pp = g.gap.unit === "pp";
    const gap = pp ? ctx.interval(g.gap, n(g.gap)).widen(ctx.settings.tolerances.percentPoints) : ctx.interval(g.gap, n(g.gap));
    const sideOk = g.higher ? x.hi.gt(y.lo) : x.lo.lt(y.hi);
    const diff = x.sub(y).abs();
    const sizeOk = diff.overlaps(gap);
    const [xt, yt] = [g.x.text, g.y.text];
    // The larger value first: "480 − 412 = 68" for "68 days quicker".
    const [big, small] = g.higher ? [xt, yt] : [yt, xt];
    const word = ctx.text.slice(g.word.start, g.word.end);
    // In points, or in the gap's own unit and scale ("£1.1m").
    const v = n(g.gap);
    const num = fmt(diff.mid.div(g.gap.scale?.factor ?? "1"), ctx.numberLocale, v.decimals);
    const shown = pp ? `${num} ${lang === "vi" ? "điểm %" : "points"}` : ctx.text.slice(g.gap.start, v.start) + num + ctx.text.slice(v.end, g.gap.end);
    const here = g.src === ctx;
    const related = [
      { span: here ? g.x : ctx.fromPrevious(g.x), message: { vi: "giá trị được so sánh", en: "compared value" } },
      { span: here ? g.y : ctx.fromPrevious(g.y), message: { vi: "mốc so sánh", en: "reference value" } },
    ];
    const roles = [...(here ? [{ figure: g.x, role: lang === "vi" ? "giá trị được so sánh" : "compared value" }, { figure: g.y, role: lang === "vi" ? "mốc so sánh" : "reference value" }] : []), { figure: g.gap, role: lang === "vi" ? "chênh lệch" : "stated difference" }];
    if (!sideOk && g.sizeOnly) continue;
    if (!sideOk) {
      ctx.emit({
        kind: "comparison",
        rule: RULE,
        roles,
        ok: false,
        explain: { vi: `${xt} ${g.higher ? ">" : "<"} ${yt} ✗`, en: `${xt} ${g.higher ? ">" : "<"} ${yt} ✗` },
        at: g.gap,
        message: {
          vi: `Ghi "${word}" nhưng ${xt} ${g.higher ? "không lớn hơn" : "không nhỏ hơn"} ${yt}`,
          en: `Said to be "${word}" but ${xt} is not ${g.higher ? "above" : "below"} ${yt}`,
        },
        related,
      });
      continue;
    }
    ctx.emit({
      kind: "change",
      rule: ARITH,
      roles,
      ok: sizeOk,
      explain: { vi: `${big} − ${small} = ${shown}; ghi ${g.gap.text} ${sizeOk ? "✓" : "✗"}`, en: `${big} − ${small} = ${shown}; stated ${g.gap.text} ${sizeOk ? "✓" : "✗"}` },
      at: g.gap,
      message: {
        vi: `${big} − ${small} = ${shown}, không phải ${g.gap.text}`,
        en: `${big} − ${small} = ${shown}, not ${g.gap.text}`,
      },
      related,
    });
    // The gap's share of the value it is measured from, from the two values (not the stated gap).
    if (g.pct && !pp && y.lo.gt(0)) {
      const share = diff.div(y).scale("100");
      const p = ctx.interval(g.pct, n(g.pct));
      const ok = share.overlaps(p);
      const sv = fmt(share.mid, ctx.numberLocale, n(g.pct).decimals);
      ctx.emit({
        kind: "fraction-percent",
        rule: PCT,
        roles: [{ figure: g.gap, role: lang === "vi" ? "chênh lệch" : "difference" }, { figure: g.pct, role: lang === "vi" ? "tỷ lệ" : "percentage" }],
        ok,
        explain: { vi: `(${xt} − ${yt}) / ${yt} = ${sv}%; ghi ${g.pct.text} ${ok ? "✓" : "✗"}`, en: `(${xt} − ${yt}) / ${yt} = ${sv}%; stated ${g.pct.text} ${ok ? "✓" : "✗"}` },
        at: g.pct,
        message: {
          vi: `Chênh lệch ${shown} so với ${yt} là ${sv}%, không phải ${g.pct.text}`,
          en: `The difference of ${shown} on ${yt} is ${sv}%, not ${g.pct.text}`,
        },
        related,
      });
    }
  }
}
