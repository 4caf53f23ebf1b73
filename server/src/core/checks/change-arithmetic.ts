// change-arithmetic: a stated difference, per-year average, percentage or multiple that does not
// follow from the endpoints. Every plausible reading is tried (percentage points or relative
// percent; arithmetic or compound average); the check fires only when none of them holds.
import type { UnitContext } from "../claims/context.ts";
import { findBaseAverages, findBaseChanges, findChanges, findFractionChanges, findRankChanges, findReverseChanges, planAsBase, SET_BESIDE, type Change } from "../claims/change.ts";
import { findAnaphoraChanges } from "../claims/anaphora-change.ts";
import { findBaseFirstChanges } from "../claims/base-first.ts";
import { findByFromTo } from "../claims/by-from-to.ts";
import { findImpliedBases } from "../claims/implied-base.ts";
import { findNextSentenceChanges } from "../claims/next-sentence-change.ts";
import { findPairChanges } from "../claims/pair-change.ts";
import { withRatesAfterSize, withSizeAfterEnds } from "../claims/size-rate.ts";
import { isPercent } from "../claims/context.ts";
import { fmt } from "../math/format.ts";
import { D, figureInterval, halfUlp, Interval } from "../math/interval.ts";
import type { Figure, Num } from "../types.ts";

export const RULE = "change-arithmetic";

function n(f: Figure): Num {
  return (f.value ?? f.low)!;
}

/** Every change read from a unit, whatever its sentence shape (both change checks judge the same list). */
/** "£5,142 per unit, up 9.8% on 2022/23 but still £168 below the peer median": a gap from another
 * level is no level a change starts or ends at. */
function gapAsEndpoint(ctx: UnitContext, c: Change): boolean {
  return [c.from, c.to].some((f) => (f === c.from ? c.to : c.from).start < f.start && /^[ \t]*(?:[\p{L}]+[ \t]+)?(?:below|above|short[ \t]+of|ahead[ \t]+of|behind|more[ \t]+than|less[ \t]+than|fewer[ \t]+than|higher[ \t]+than|lower[ \t]+than|thấp[ \t]+hơn|cao[ \t]+hơn|(?:over|under)(?=[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+)?(?:budget|target|plan|median|average|benchmark|forecast)))(?![\p{L}])/u.test(ctx.lower.slice(f.end, f.end + 40)) && !c.stated.some((x) => x.figure === f));
}

/** "Leakage averaged 178.4 Ml/d over the three years, 6.2% below our 2019/20 baseline of 190.2 Ml/d": a
 * span of time in words is no level of the measure beside it. */
function periodEndpoint(c: Change): boolean {
  const period = (f: Figure) => !!f.words && !!f.noun && /^(?:days?|weeks?|months?|years?|quarters?|ngày|tuần|tháng|năm|quý)$/u.test(f.noun);
  return period(c.from) !== period(c.to);
}

/**
 * "Bình quân mỗi cơ sở nộp 11,7 triệu đồng. So với năm 2022 (1.421,6 triệu đồng), tổng số tiền phạt tăng
 * 424,7 triệu đồng, tương ứng tăng 29,9%", "… in 14 units, compared with 412 a year ago: 74 more young
 * people, a growth of 18.0%": a level read before its base or in another sentence, where the change's
 * own size and rate agree with its base and put the level far from it (under half or over twice base ±
 * size), is another figure, not the level that changed.
 */
function strayEnd(ctx: UnitContext, c: Change): boolean {
  if (!c.toFrom && ctx.sentenceOf(c.to) === ctx.sentenceOf(c.from) && c.to.start > c.from.start) return false;
  if (!c.from.value || !c.to.value || c.from.kind !== "number") return false;
  const scale = (f: Figure) => f.scale?.factor ?? "1";
  const base = new D(c.from.value.exact);
  if (base.lte(0) || scale(c.from) !== scale(c.to)) return false;
  const figs = ctx.sentenceOf(c.from).figs;
  const sizes = figs.filter((f) => f !== c.from && f.kind === "number" && !!f.value && (f.unit ?? "") === (c.from.unit ?? "") && scale(f) === scale(c.from) && f.start > c.from.start);
  const rates = figs.filter((f) => f.kind === "percent" && f.unit === "%" && !!f.value && f.start > c.from.start);
  const to = new D(c.to.value.exact);
  return sizes.some((size) => {
    const d = new D(size.value!.exact);
    const implied = d.div(base).times(100);
    // (The size and a rate beside it agree with the base, to a tenth of the rate.)
    if (!rates.some((r) => implied.minus(r.value!.exact).abs().lte(new D(r.value!.exact).times("0.1").plus("0.1")))) return false;
    return [base.plus(d), base.minus(d)].every((lvl) => lvl.lte(0) || to.lt(lvl.div(2)) || to.gt(lvl.times(2)));
  });
}

/** "The ICB therefore met the 80% national standard, up from 76.2% in Quarter 1": the standard met is
 * no level that rose. */
function standardEnd(ctx: UnitContext, c: Change): boolean {
  return [c.from, c.to].some((f) => {
    const q = f.qualifiers[0]?.start ?? f.start;
    // ("412 bed days against a trajectory of 450, a reduction of 26.0% from 557": a level set beside the value
    // is no end of its change.)
    // (Unless the change is the gap from that level: "against a target of 40 weeks; performance fell short of
    // the target by 12.3 weeks", "against a budget of £398,000, exceeding the budget by £14,380".)
    const said = c.stated[0]?.figure;
    const gapFromIt = !!said && said.start > f.end && /(?<![\p{L}])(?:target|budget|plan|trajectory|threshold|ceiling|milestone|limit|assumption|allocation|standard|kế[ \t]+hoạch|dự[ \t]+toán|chỉ[ \t]+tiêu|mục[ \t]+tiêu|ngưỡng)(?![\p{L}])/u.test(ctx.lower.slice(f.end, said.start));
    if (!gapFromIt && ctx.sentenceOf(f).figs[0] !== f && SET_BESIDE.test(ctx.lower.slice(Math.max(ctx.sentenceOf(f).start, q - 60), q))) return true;
    return /(?<![\p{L}])(?:met|meet|meets|meeting|exceeded|exceeds|exceeding|missed|missing|achieved|achieving|reached|surpassed|beat|against)[ \t]+(?:the|its|our|their|a)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, q - 30), q)) &&
      /^[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:standard|target|threshold|ambition|benchmark|requirement|trajectory|plan)(?![\p{L}])/u.test(ctx.lower.slice(f.end, f.end + 40));
  });
}

/** "triển khai 142 cuộc (kỳ trước chuyển sang 18 cuộc, triển khai mới 124 cuộc), giảm 9 cuộc so với năm
 * 2023 (151 cuộc)": a figure inside a bracket that closes before the change word is a detail of the
 * level before the bracket, not the level that changed. */
function bracketedEnd(ctx: UnitContext, c: Change): boolean {
  const word = c.stated[0]?.figure;
  if (!word) return false;
  return [c.from, c.to].some((f) => {
    if (f.start > word.start) return false;
    const between = ctx.lower.slice(f.end, word.start);
    const before = ctx.lower.slice(Math.max(0, f.start - 200), f.start);
    if (!/^[^()]*\)/u.test(between) || before.lastIndexOf("(") <= before.lastIndexOf(")")) return false;
    // (The level the bracket details stands right before it: "142 cuộc … (", of the same thing.)
    const open = f.start - before.length + before.lastIndexOf("(");
    // (Not the bracket a comparison opens on its base: "tăng so với năm 2023 (1.100 tỷ đồng) 250 tỷ đồng".)
    if (/(?<![\p{L}])(?:so[ \t]+với|compared[ \t]+(?:with|to)|than|from|on|against|cùng[ \t]+kỳ|kỳ[ \t]+trước|năm[ \t]+trước|last[ \t]+year|từ|đến|lên|xuống|to|hơn|below|above|versus|vs)(?![\p{L}])[^()]{0,60}$|(?:(?:19|20)\d\d(?:[\/–-]\d{2,4})?|năm|quý|tháng|year|quarter)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, open - 70), open))) return false;
    return ctx.figures.some((g) => g.end <= open && open - g.end <= 60 && g.kind === "number" && (g.unit ?? "") === (f.unit ?? "") && (!g.noun || !f.noun || g.noun.split(" ")[0] === f.noun.split(" ")[0]) && !/[;.]/u.test(ctx.lower.slice(g.end, open)));
  });
}

export function allChanges(ctx: UnitContext): Change[] {
  return ctx.memo("all-changes", () => {
    const found = [...findChanges(ctx), ...findReverseChanges(ctx), ...findAnaphoraChanges(ctx), ...findByFromTo(ctx), ...findBaseFirstChanges(ctx), ...findNextSentenceChanges(ctx)];
    // (Two dated values and the change after them: only where no other reading took that change.)
    const said = new Set(found.flatMap((c) => c.stated.map((x) => x.figure)));
    const pairs = findPairChanges(ctx).filter((c) => c.stated.every((x) => !said.has(x.figure)));
    return withSizeAfterEnds(ctx, withRatesAfterSize(ctx, [...found, ...pairs].filter((c) => !planAsBase(ctx, c) && !gapAsEndpoint(ctx, c) && !bracketedEnd(ctx, c) && !periodEndpoint(c) && !strayEnd(ctx, c) && !standardEnd(ctx, c)).map((c) => ({ ...c, stated: [...c.stated] }))));
  });
}

/** The roles of a change's two endpoints. */
export function endpointRoles(c: Change, lang: "vi" | "en"): { figure: Figure; role: string }[] {
  return [
    { figure: c.from, role: lang === "vi" ? "giá trị đầu" : "from" },
    ...(c.toFrom ? [] : [{ figure: c.to, role: lang === "vi" ? "giá trị cuối" : "to" }]),
  ];
}

/** Endpoints as intervals in one scale: a bare "từ 5.000" takes the scale of "lên 7.500 tỷ". */
const BOUNDS = new Set(["atLeast", "atMost"]);

export function endpoints(ctx: UnitContext, c: Change): { a: Interval; b: Interval } {
  const tol = ctx.settings.tolerances;
  // ("thấp hơn 0,6 điểm phần trăm so với chỉ tiêu tối thiểu 30%": a gap to a bound is taken from the bound.)
  const bounded = (f: Figure) => f.qualifiers.some((q) => BOUNDS.has(q.kind)) ? { ...f, qualifiers: f.qualifiers.filter((q) => !BOUNDS.has(q.kind)) } : f;
  const [from, to] = [bounded(c.from), bounded(c.to)];
  let a = from === c.from ? ctx.interval(c.from, n(c.from)) : figureInterval(from, n(c.from), ctx.settings.tolerances);
  let b = to === c.to ? (c.toFrom ?? ctx).interval(c.to, n(c.to)) : figureInterval(to, n(c.to), ctx.settings.tolerances);
  if (!c.from.scale && c.to.scale) a = a.scale(c.to.scale.factor);
  if (c.from.scale && !c.to.scale) b = b.scale(c.from.scale.factor);
  return { a, b };
}

interface Reading {
  name: { vi: string; en: string };
  value: Interval;
  unit: string;
  /** How the value reads in a message, e.g. "2,07 điểm %/năm". */
  show?: { vi: string; en: string };
  /** A difference of counts or amounts: shown as the stated figure is written, at its figures' precision. */
  amount?: boolean;
}

function readings(ctx: UnitContext, c: Change, what: string, stated: Figure): Reading[] {
  const { a, b } = endpoints(ctx, c);
  const diff = b.sub(a).abs();
  const pct = isPercent(c.from);
  const out: Reading[] = [];
  const rel = diff.div(a.abs()).scale(100);
  // "an average gain of 2.1 points a year" after two percentages: "points" alone are percentage points.
  const statedUnit = stated.unit ?? (pct && /^(?:points?|điểm)(?:$|[ \t])/u.test(stated.noun ?? "") ? "pp" : "");
  const years = c.years;
  if (what === "multiple") {
    out.push({ name: { vi: "gấp", en: "multiple" }, show: { vi: "gấp {v} lần", en: "{v} times" }, value: b.div(a), unit: " lần" });
    // ("giảm 2,1 lần so với năm 2021 (102,3 tỷ đồng)" at 48,6: a fall by a factor is the start over the end.)
    if (b.hi.lt(a.lo)) out.push({ name: { vi: "giảm (số lần)", en: "fall by a factor" }, show: { vi: "giảm {v} lần", en: "{v} times smaller" }, value: a.div(b), unit: " lần" });
    return out;
  }
  if (what === "average") {
    if (!years || years <= 0) return out;
    if (pct && statedUnit !== "") out.push({ name: { vi: "điểm % mỗi năm", en: "points a year" }, show: { vi: "{v} điểm %/năm", en: "{v} points a year" }, value: diff.div(Interval.point(years)), unit: "" });
    if (!pct && statedUnit !== "%") out.push({ name: { vi: "mức tăng/giảm mỗi năm", en: "change a year" }, show: { vi: "{v}/năm", en: "{v} a year" }, value: diff.div(Interval.point(years)), unit: "", amount: true });
    if (statedUnit === "%") {
      out.push({ name: { vi: "bình quân cộng (% mỗi năm)", en: "arithmetic average (% a year)" }, show: { vi: "{v}%/năm (bình quân cộng)", en: "{v}% a year (arithmetic)" }, value: rel.div(Interval.point(years)), unit: "%" });
      const compound = b.div(a).root(years).sub(Interval.point(1)).abs();
      out.push({ name: { vi: "tăng trưởng kép (% mỗi năm)", en: "compound rate (% a year)" }, show: { vi: "{v}%/năm (tăng trưởng kép)", en: "{v}% a year (compound)" }, value: compound.scale(100), unit: "%" });
    }
    return out;
  }
  if (what === "relative" || (statedUnit === "%" && !pct)) {
    out.push({ name: { vi: "tỷ lệ thay đổi", en: "percentage change" }, show: { vi: "{v}%", en: "{v}%" }, value: rel, unit: "%" });
    return out;
  }
  if (pct) {
    if (statedUnit === "pp" || statedUnit === "%") out.push({ name: { vi: "điểm phần trăm", en: "percentage points" }, show: { vi: "{v} điểm %", en: "{v} percentage points" }, value: diff, unit: "" });
    if (statedUnit === "%") out.push({ name: { vi: "tỷ lệ thay đổi", en: "percentage change" }, show: { vi: "{v}%", en: "{v}%" }, value: rel, unit: "%" });
    return out;
  }
  out.push({ name: { vi: "chênh lệch", en: "difference" }, show: { vi: "{v}", en: "{v}" }, value: diff, unit: "", amount: true });
  return out;
}

export function checkChangeArithmetic(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const c of allChanges(ctx)) {
    const { a, b } = endpoints(ctx, c);
    const directionBroken = c.direction && (c.direction === "up" ? !b.hi.gt(a.lo) : !b.lo.lt(a.hi));
    if (directionBroken) continue; // change-direction reports it; the numbers below would only echo it
    for (const st of c.stated) {
      const rs = readings(ctx, c, st.what, st.figure);
      if (!rs.length) continue;
      let stated = ctx.interval(st.figure, n(st.figure));
      if (st.figure.scale && !c.to.scale) stated = figureInterval({ ...st.figure, scale: undefined }, n(st.figure), tol).scale(st.figure.scale.factor);
      const slack = tol.percentPoints;
      const held = rs.find((r) => r.value.widen(slack).overlaps(stated));
      // ("giảm 1,2 điểm so với năm 2022 (113,8) và giảm 4,7 điểm so với năm 2015": a change against
      // another year than the one the earlier value is of.)
      if (!held && otherYear(ctx, c.from, st.figure)) continue;
      const dec = n(st.figure).decimals;
      const fromT = ctx.text.slice(c.from.start, c.from.end);
      const toT = (c.toFrom ?? ctx).text.slice(c.to.start, c.to.end);
      const yrs = st.what === "average" && c.years ? (lang === "vi" ? `, ${c.years} năm` : `, ${c.years} years`) : "";
      const value = (r: Reading, l: "vi" | "en") => (r.amount ? amountText(ctx, c, st.figure, r.value, l, !!held) : fmt(r.value.mid, l, Math.max(dec, 2)));
      const list = (l: "vi" | "en") =>
        rs.map((r) => (r.show && !(r.amount && st.figure.perYear) ? r.show[l].replace("{v}", value(r, l)) : `${value(r, l)}${r.unit}`)).join(l === "vi" ? " hoặc " : " or ");
      const statedT = ctx.text.slice(st.figure.start, st.figure.end);
      // English statistical style (ONS, GSS) states a change between two percentages in percentage
      // points: "up 3.4 per cent" for 11.2% → 14.6% reads as a rise of 30.4%. Vietnamese reports write
      // "%" for both by custom, so only English text is held to it, and as a warning.
      const pointsAsPercent =
        lang === "en" && held?.name.en === "percentage points" && st.figure.unit === "%" && !rs.some((r) => r !== held && r.value.widen(slack).overlaps(stated));
      const ok = !!held && !pointsAsPercent;
      const pointsText = `${ctx.text.slice(n(st.figure).start, n(st.figure).end)} ${lang === "vi" ? "điểm %" : "percentage points"}`;
      const single = rs.length === 1 ? rs[0] : undefined;
      // A fix only where one reading exists: then exactly one value makes the claim hold.
      const fixValue = single && !ok && single.value.hi.minus(single.value.lo).lt(halfUlp(dec).times(2)) ? fmt(single.value.mid, ctx.numberLocale, dec) : undefined;
      ctx.emit({
        kind: "change",
        rule: RULE,
        roles: [
          ...endpointRoles(c, lang),
          { figure: st.figure, role: st.what === "average" ? (lang === "vi" ? "bình quân mỗi năm" : "average a year") : lang === "vi" ? "mức thay đổi" : "stated change" },
        ],
        ok,
        explain: {
          vi: `${fromT} → ${toT}${yrs}: ${list("vi")}; ghi ${statedT} ${ok ? `✓ (${held!.name.vi})` : "✗"}`,
          en: `${fromT} → ${toT}${yrs}: ${list("en")}; stated ${statedT} ${ok ? `✓ (${held!.name.en})` : "✗"}`,
        },
        at: st.figure,
        message: pointsAsPercent
          ? {
              vi: `Từ ${fromT} đến ${toT}${yrs} là ${list("vi")}: ghi "${pointsText}" thay cho "${statedT}"`,
              en: `From ${fromT} to ${toT}${yrs} is ${list("en")}: "${statedT}" reads as a relative change; write "${pointsText}"`,
            }
          : {
              vi: `Từ ${fromT} đến ${toT}${yrs} là ${list("vi")}, không phải ${statedT}`,
              en: `From ${fromT} to ${toT}${yrs} is ${list("en")}, not ${statedT}`,
            },
        ...(pointsAsPercent ? { severity: "warning" as const } : {}),
        related: [
          { span: c.from, message: { vi: "giá trị đầu", en: "starting value" } },
          c.toFrom ? { span: ctx.fromPrevious(c.to), message: { vi: "giá trị cuối (đoạn trên)", en: "end value (paragraph above)" } } : { span: c.to, message: { vi: "giá trị cuối", en: "end value" } },
        ],
        fix: pointsAsPercent ? { span: st.figure, newText: pointsText } : fixValue ? { span: n(st.figure), newText: fixValue } : undefined,
      });
    }
  }
}

/** A difference of counts or amounts written as the stated figure is ("927 tỷ đồng", "£2.6m"), at the
 * precision of the figures it comes from; one more place when that would show the stated number. */
function amountText(ctx: UnitContext, c: Change, stated: Figure, v: Interval, l: "vi" | "en", held: boolean): string {
  const num = n(stated);
  const factor = stated.scale?.factor ?? "1";
  let dec = Math.max(n(c.from).decimals, n(c.to).decimals, num.decimals);
  const mid = v.mid.div(factor);
  let t = fmt(mid, l, dec);
  while (!held && dec < 4 && t === fmt(num.exact, l, dec)) t = fmt(mid, l, ++dec);
  return `${ctx.text.slice(stated.start, num.start)}${t}${ctx.text.slice(num.end, stated.end)}`;
}

/** "So với năm 2023 (1.342 lượt), … giảm 156 lượt, tương ứng giảm 11,6%": the percentage must be the
 * difference over the base, even where the new value is not given. */
export function checkBaseChanges(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const c of findBaseChanges(ctx)) {
    let base = ctx.interval(c.base, n(c.base));
    let diff = ctx.interval(c.diff, n(c.diff));
    if (!c.base.scale && c.diff.scale) base = base.scale(c.diff.scale.factor);
    if (c.base.scale && !c.diff.scale) diff = diff.scale(c.base.scale.factor);
    if (!base.lo.gt(0)) continue;
    const rel = diff.div(base).scale(100);
    const stated = ctx.interval(c.pct, n(c.pct));
    const ok = rel.widen(tol.percentPoints).overlaps(stated);
    const dec = Math.max(n(c.pct).decimals, 1);
    const v = (l: "vi" | "en") => fmt(rel.mid, l, dec);
    const T = (f: Figure) => ctx.text.slice(f.start, f.end);
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: [
        { figure: c.base, role: lang === "vi" ? "giá trị gốc" : "base" },
        { figure: c.diff, role: lang === "vi" ? "mức thay đổi" : "stated change" },
        { figure: c.pct, role: lang === "vi" ? "tỷ lệ thay đổi" : "percentage change" },
      ],
      ok,
      explain: {
        vi: `${T(c.diff)} / ${T(c.base)} = ${v("vi")}%; ghi ${T(c.pct)} ${ok ? "✓" : "✗"}`,
        en: `${T(c.diff)} / ${T(c.base)} = ${v("en")}%; stated ${T(c.pct)} ${ok ? "✓" : "✗"}`,
      },
      at: c.pct,
      message: {
        vi: `${T(c.diff)} so với ${T(c.base)} là ${v("vi")}%, không phải ${T(c.pct)}`,
        en: `${T(c.diff)} on ${T(c.base)} is ${v("en")}%, not ${T(c.pct)}`,
      },
      related: [
        { span: c.base, message: { vi: "giá trị gốc", en: "base value" } },
        { span: c.diff, message: { vi: "mức thay đổi", en: "stated change" } },
      ],
    });
  }
}

/** "so với năm 2020 (40,8 triệu đồng) tăng 17,8 triệu đồng, bình quân mỗi năm tăng 4,45 triệu đồng":
 * the yearly average is the difference over the years. */
export function checkBaseAverages(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const c of findBaseAverages(ctx)) {
    const diff = ctx.interval(c.diff, n(c.diff));
    const stated = ctx.interval(c.average, n(c.average));
    const avg = diff.div(Interval.point(c.years));
    const ok = avg.overlaps(stated);
    const num = n(c.average);
    const dec = Math.max(num.decimals, n(c.diff).decimals);
    const T = (f: Figure) => ctx.text.slice(f.start, f.end);
    const factor = c.average.scale?.factor ?? "1";
    const v = (l: "vi" | "en") => `${ctx.text.slice(c.average.start, num.start)}${fmt(avg.mid.div(factor), l, dec)}${ctx.text.slice(num.end, c.average.end)}`;
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: [
        { figure: c.diff, role: lang === "vi" ? "mức thay đổi" : "stated change" },
        { figure: c.average, role: lang === "vi" ? "bình quân mỗi năm" : "average a year" },
      ],
      ok,
      explain: {
        vi: `${T(c.diff)} / ${c.years} năm = ${v("vi")}; ghi ${T(c.average)} ${ok ? "✓" : "✗"}`,
        en: `${T(c.diff)} / ${c.years} years = ${v("en")}; stated ${T(c.average)} ${ok ? "✓" : "✗"}`,
      },
      at: c.average,
      message: {
        vi: `${T(c.diff)} trong ${c.years} năm là bình quân ${v("vi")} mỗi năm, không phải ${T(c.average)}`,
        en: `${T(c.diff)} over ${c.years} years is ${v("en")} a year, not ${T(c.average)}`,
      },
      related: [{ span: c.diff, message: { vi: "mức thay đổi", en: "stated change" } }],
    });
  }
}

/** "xếp thứ 18/63, tăng 6 bậc so với năm 2023 (thứ 24)", "up six places from 26th": the places
 * moved must be the distance between the two ranks. A move the wrong way is change-direction's. */
export function checkRankPlaces(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const c of findRankChanges(ctx)) {
    if (!c.places) continue;
    if (c.direction && (c.direction === "up" ? c.now >= c.before : c.now <= c.before)) continue;
    const moved = Math.abs(c.before - c.now);
    const ok = moved === c.places.value;
    const stated = ctx.text.slice(c.places.span.start, c.places.span.end);
    ctx.emit({
      kind: "rank",
      rule: RULE,
      roles: [{ figure: c.rank, role: lang === "vi" ? "thứ hạng" : "rank" }],
      ok,
      explain: {
        vi: `|${c.before} − ${c.now}| = ${moved} bậc; ghi ${stated} ${ok ? "✓" : "✗"}`,
        en: `|${c.before} − ${c.now}| = ${moved} places; stated ${stated} ${ok ? "✓" : "✗"}`,
      },
      at: c.places.span,
      message: {
        vi: `Từ hạng ${c.before} đến hạng ${c.now} là ${moved} bậc, không phải ${stated}`,
        en: `From ${c.before} to ${c.now} is ${moved} places, not ${stated}`,
      },
      related: [{ span: c.beforeSpan, message: { vi: "thứ hạng trước", en: "earlier rank" } }],
    });
  }
}

/** "Energy costs fell by a third, from £12.6m to £8.4m": a fraction in words is a round figure, so
 * it holds within 15% of itself (a third: 28.3% to 38.3%); a rise said as a fall is change-direction's. */
export function checkFractionChanges(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const f of findFractionChanges(ctx)) {
    const c = f.change;
    const { a, b } = endpoints(ctx, c);
    if (!a.lo.gt(0)) continue;
    if (f.direction === "up" ? !b.hi.gt(a.lo) : !b.lo.lt(a.hi)) continue;
    // "half as many": the new value over the old one.
    const rel = f.ratio ? b.div(a) : b.sub(a).abs().div(a);
    const frac = Interval.point(f.num).div(Interval.point(f.den));
    const stated = new Interval(frac.lo.times("0.85"), frac.hi.times("1.15"));
    const ok = rel.overlaps(stated);
    const word = ctx.text.slice(f.word.start, f.word.end).replace(/[ \t]*,?[ \t]*(?:from|từ)[ \t]*(?:mức[ \t]+)?$/iu, "");
    const fromT = ctx.text.slice(c.from.start, c.from.end);
    const toT = ctx.text.slice(c.to.start, c.to.end);
    const pct = (l: "vi" | "en") => fmt(rel.mid.times(100), l, 1);
    const fracT = `${f.num}/${f.den}`;
    // "half as many": the new value as a share of the old; "a third fewer": the change over the old.
    const reading = f.ratio
      ? { vi: `${toT} / ${fromT} = ${pct("vi")}%`, en: `${toT} / ${fromT} = ${pct("en")}%`, gotVi: `${toT} bằng ${pct("vi")}% của ${fromT}`, gotEn: `${toT} is ${pct("en")}% of ${fromT}` }
      : { vi: `${fromT} → ${toT}: ${pct("vi")}%`, en: `${fromT} → ${toT}: ${pct("en")}%`, gotVi: `Từ ${fromT} đến ${toT} là ${pct("vi")}%`, gotEn: `From ${fromT} to ${toT} is ${pct("en")}%` };
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: endpointRoles(c, lang),
      ok,
      explain: {
        vi: `${reading.vi}; ghi "${word}" (${fracT}) ${ok ? "✓" : "✗"}`,
        en: `${reading.en}; stated "${word}" (${fracT}) ${ok ? "✓" : "✗"}`,
      },
      at: f.word,
      message: {
        vi: `${reading.gotVi}, không phải "${word}" (${fracT})`,
        en: `${reading.gotEn}, not "${word}" (${fracT})`,
      },
      related: [
        { span: c.from, message: { vi: "giá trị đầu", en: "starting value" } },
        { span: c.to, message: { vi: "giá trị cuối", en: "end value" } },
      ],
    });
  }
}

/** Figures another change reading already judges: the implied base is only a fallback. */
export function impliedBases(ctx: UnitContext) {
  return findImpliedBases(ctx, (f) => ctx.memo("change-stated", () => {
    const set = new Set<Figure>();
    for (const c of allChanges(ctx)) for (const st of c.stated) set.add(st.figure);
    for (const c of findBaseChanges(ctx)) set.add(c.diff).add(c.pct);
    return set;
  }).has(f));
}

/** "186 vụ … số vụ giảm 21 vụ (-10,1%)": the percentage is the difference over the earlier value,
 * the new value plus the fall (or less the rise). */
export function checkImpliedBases(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const c of impliedBases(ctx)) {
    const nowF = c.now;
    if (!nowF || (c.sign && c.sign.direction !== c.direction)) continue;
    const now = ctx.interval(nowF, n(nowF));
    const diff = ctx.interval(c.diff, n(c.diff));
    const base = c.direction === "up" ? now.sub(diff) : now.add(diff);
    if (!base.lo.gt(0)) continue;
    const rel = diff.div(base).scale(100);
    const stated = ctx.interval(c.pct, n(c.pct));
    const ok = rel.widen(tol.percentPoints).overlaps(stated);
    const dec = Math.max(n(c.pct).decimals, 1);
    const T = (f: Figure) => ctx.text.slice(f.start, f.end);
    const op = c.direction === "up" ? "−" : "+";
    const b = () => fmt(base.mid, ctx.numberLocale, n(nowF).decimals);
    const v = () => fmt(rel.mid, ctx.numberLocale, dec);
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: [
        { figure: nowF, role: lang === "vi" ? "giá trị cuối" : "to" },
        { figure: c.diff, role: lang === "vi" ? "mức thay đổi" : "stated change" },
        { figure: c.pct, role: lang === "vi" ? "tỷ lệ thay đổi" : "percentage change" },
      ],
      ok,
      explain: {
        vi: `${T(c.diff)} / (${T(nowF)} ${op} ${T(c.diff)} = ${b()}) = ${v()}%; ghi ${T(c.pct)} ${ok ? "✓" : "✗"}`,
        en: `${T(c.diff)} / (${T(nowF)} ${op} ${T(c.diff)} = ${b()}) = ${v()}%; stated ${T(c.pct)} ${ok ? "✓" : "✗"}`,
      },
      at: c.pct,
      message: {
        vi: `Giá trị trước là ${T(nowF)} ${op} ${T(c.diff)} = ${b()}, nên ${T(c.diff)} là ${v()}%, không phải ${T(c.pct)}`,
        en: `The earlier value is ${T(nowF)} ${op} ${T(c.diff)} = ${b()}, so ${T(c.diff)} is ${v()}%, not ${T(c.pct)}`,
      },
      related: [
        { span: nowF, message: { vi: "giá trị cuối", en: "end value" } },
        { span: c.diff, message: { vi: "mức thay đổi", en: "stated change" } },
      ],
    });
  }
}

function otherYear(ctx: UnitContext, from: Figure, stated: Figure): boolean {
  const own = /(?:năm|in|of|year)[ \t]+((?:19|20)\d\d)[^\d;.]{0,12}$/u.exec(ctx.lower.slice(Math.max(0, from.start - 30), from.start));
  const said = /^[ \t]*(?:[\p{L}%]+[ \t]*){0,4}?(?:so[ \t]+với|compared[ \t]+with|on|since|from)[ \t]+(?:(?:năm|the|year)[ \t]+)?((?:19|20)\d\d)(?!\d)/u.exec(ctx.lower.slice(stated.end, stated.end + 50));
  return !!own && !!said && own[1] !== said[1];
}
