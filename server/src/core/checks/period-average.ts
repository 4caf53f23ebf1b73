// change-arithmetic (period averages): a yearly average that is not the period's total divided by
// its years ("125.000 tỷ đồng trong 5 năm, bình quân 30.000 tỷ đồng/năm"). Part of the
// change-arithmetic rule: the same arithmetic on figures stated beside each other.
import type { UnitContext } from "../claims/context.ts";
import { findPeriodAverages, findRatioAverages, type RatioAverage } from "../claims/average.ts";
import { fmt } from "../math/format.ts";
import { D, Interval } from "../math/interval.ts";
import type { Figure, Num } from "../types.ts";
import { RULE } from "./change-arithmetic.ts";

function num(f: Figure): Num {
  return f.value!;
}

export function checkPeriodAverages(ctx: UnitContext): void {
  const tol = ctx.settings.tolerances;
  const lang = ctx.lang;
  for (const pa of findPeriodAverages(ctx)) {
    const total = (pa.from ?? ctx).interval(pa.total, num(pa.total));
    // An average of counts is rounded, not a count: 412 / 3 is "137".
    const avg = ctx.interval(pa.average, num(pa.average).whole ? { ...num(pa.average), whole: false } : num(pa.average));
    // February: 28 or 29 days.
    const expected = pa.lo && pa.lo !== pa.years ? new Interval(total.lo.div(pa.years), total.hi.div(pa.lo)) : total.div(Interval.point(pa.years));
    const nY = pa.lo && pa.lo !== pa.years ? `${pa.lo}–${pa.years}` : `${pa.years}`;
    const perVi = pa.per === "month" ? "tháng" : pa.per === "day" ? "ngày" : pa.per === "quarter" ? "quý" : "năm";
    const perEn = pa.per === "month" ? "months" : pa.per === "day" ? "days" : pa.per === "quarter" ? "quarters" : "years";
    const avgVi = pa.per === "month" ? "bình quân mỗi tháng" : pa.per === "day" ? "bình quân mỗi ngày" : pa.per === "quarter" ? "bình quân mỗi quý" : "bình quân mỗi năm";
    const avgEn = pa.per === "month" ? "monthly average" : pa.per === "day" ? "daily average" : pa.per === "quarter" ? "quarterly average" : "yearly average";
    const src = pa.per && !new RegExp(`^${pa.years}[ \\t]`).test(pa.yearsText) ? ` (${pa.yearsText})` : "";
    const ok = expected.overlaps(avg);
    if (!ok && !pa.lo && pa.per !== "month" && pa.per !== "day" && withMonths(ctx, pa, total, avg)) continue;
    // Shown in the average's own scale word, at its stated precision.
    const factor = pa.average.scale?.factor ?? "1";
    // (Two readings of the years: each end shown, "3.858–5.143".)
    const two = !!pa.lo && pa.per !== "day" && pa.lo !== pa.years;
    const shown = two ? `${fmt(new D(num(pa.total).exact).div(pa.years).div(factor), lang, num(pa.average).decimals)}–${fmt(new D(num(pa.total).exact).div(pa.lo!).div(factor), lang, num(pa.average).decimals)}` : fmt(expected.mid.div(factor), lang, num(pa.average).decimals);
    const unitWords = pa.average.text.slice(num(pa.average).end - pa.average.start).trim() || (pa.average.noun ?? "");
    const t = fmt(num(pa.total).exact, lang);
    const totalWords = pa.total.text.slice(num(pa.total).end - pa.total.start).trim() || (pa.total.noun ?? "");
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: [
        ...(pa.from ? [] : [{ figure: pa.total, role: lang === "vi" ? "tổng cả giai đoạn" : "total for the period" }]),
        { figure: pa.average, role: lang === "vi" ? avgVi : avgEn },
      ],
      ok,
      explain: {
        vi: `${t} ${totalWords} / ${nY} ${perVi} = ${shown} ${unitWords} ${ok ? "✓" : "✗"}`.replace(/ +/g, " "),
        en: `${t} ${totalWords} / ${nY} ${perEn} = ${shown} ${unitWords} ${ok ? "✓" : "✗"}`.replace(/ +/g, " "),
      },
      at: pa.average,
      message: {
        vi: `${avgVi[0].toUpperCase()}${avgVi.slice(1)} phải là ${t} ${totalWords} / ${nY} ${perVi}${src} = ${shown} ${unitWords}, không phải ${pa.average.text}`.replace(/ +/g, " ").replace(/ ,/g, ","),
        en: `The ${avgEn} should be ${t} ${totalWords} / ${nY} ${perEn}${src} = ${shown} ${unitWords}, not ${pa.average.text}`.replace(/ +/g, " ").replace(/ ,/g, ","),
      },
      related: [{ span: pa.from ? ctx.fromPrevious(pa.total) : pa.total, message: { vi: `tổng: ${pa.total.text} (${pa.yearsText})`, en: `total: ${pa.total.text} (${pa.yearsText})` } }],
    });
  }
}

/** "8.742 thành viên … 1.538 tổ, bình quân 5,7 thành viên/tổ": the average must be the one count
 * divided by the other (per 10,000 when so written). */
export function checkRatioAverages(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const ra of findRatioAverages(ctx)) {
    const a = (ra.from ?? ctx).interval(ra.numerator, num(ra.numerator)).scale(ra.factor * ra.per);
    const b = (ra.denFrom ?? ctx).interval(ra.denominator, num(ra.denominator));
    if (!b.lo.gt(0)) continue;
    const avg = ctx.interval(ra.average, { ...num(ra.average), whole: false });
    let expected = a.div(b);
    // Per month or day of the total's period: February has 28 or 29 days.
    if (ra.periods) expected = new Interval(expected.lo.div(ra.periods.count), expected.hi.div(ra.periods.lo ?? ra.periods.count));
    const ok = expected.overlaps(avg);
    if (!ok && !ra.denFrom && !ra.periods && otherCount(ctx, ra, a, avg)) continue;
    const dec = num(ra.average).decimals;
    const sf = ra.average.scale?.factor ?? "1";
    let shown = fmt(expected.mid.div(sf), lang, dec);
    if (!ok && shown === fmt(num(ra.average).exact, lang, dec)) shown = fmt(expected.mid.div(sf), lang, dec + 1);
    const perT = ra.per > 1 ? ` × ${fmt(ra.per, lang)}` : "";
    const perP = ra.periods ? ` / ${ra.periods.lo && ra.periods.lo !== ra.periods.count ? `${ra.periods.lo}–` : ""}${ra.periods.count} ${ra.periods.unit === "month" ? (lang === "vi" ? "tháng" : "months") : lang === "vi" ? "ngày" : "days"} (${ra.periods.text})` : "";
    let own = ra.average.text.slice(num(ra.average).end - ra.average.start).trim();
    // "triệu đồng/thành viên" read as the unit "đồng/thành" and the noun "viên": show it whole.
    if (/\/[\p{L}]+$/u.test(own) && ra.average.noun && ctx.lower.startsWith(` ${ra.average.noun}`, ra.average.end)) own += ctx.text.slice(ra.average.end, ra.average.end + 1 + ra.average.noun.length);
    const avgText = own.endsWith(ra.average.noun ?? "\u0000") ? ctx.text.slice(ra.average.start, ra.average.end + 1 + ra.average.noun!.length) : ra.average.text;
    const sfx = ra.periods?.suffix ?? "";
    const unitWords = own && /^\p{L}/u.test(sfx) ? `${own} ${sfx}` : own + sfx;
    // "£40.96": the currency sign written before the number.
    const sign = ra.average.text.slice(0, num(ra.average).start - ra.average.start);
    // ("£1.23m": a scale glued to the number stays glued.)
    const glued = !!unitWords && /^[a-z]{1,2}$/u.test(unitWords) && ra.average.text.endsWith(`${num(ra.average).text}${unitWords}`);
    const formula = `${ra.numerator.text} / ${ra.denominator.text}${perT}${perP} = ${sign}${shown}${unitWords ? `${glued ? "" : " "}${unitWords}` : ""}`;
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: [
        ...(ra.from ? [] : [{ figure: ra.numerator, role: lang === "vi" ? "tổng" : "total" }]),
        ...(ra.denFrom ? [] : [{ figure: ra.denominator, role: lang === "vi" ? "số đơn vị" : "count" }]),
        { figure: ra.average, role: lang === "vi" ? "bình quân" : "average" },
      ],
      ok,
      explain: { vi: `${formula} ${ok ? "✓" : "✗"}`, en: `${formula} ${ok ? "✓" : "✗"}` },
      at: ra.average,
      message: {
        vi: `Bình quân phải là ${formula}, không phải ${avgText}${/^\p{L}/u.test(sfx) ? ` ${sfx}` : sfx}`,
        en: `The average should be ${formula}, not ${avgText}${ra.periods?.suffix ? ` ${ra.periods.suffix}` : ""}`,
      },
      related: [
        { span: ra.from ? ctx.fromPrevious(ra.numerator) : ra.numerator, message: { vi: ra.from ? "tổng (đoạn trên)" : "tổng", en: ra.from ? "total (paragraph above)" : "total" } },
        { span: ra.denFrom ? ctx.fromPrevious(ra.denominator) : ra.denominator, message: { vi: ra.denFrom ? "số đơn vị (đoạn trên)" : "số đơn vị", en: ra.denFrom ? "count (paragraph above)" : "count" } },
      ],
    });
  }
}

/**
 * "Phấn đấu chuyển đổi thêm 40 đài …; ưu tiên 22 đài hữu tuyến …. Nhu cầu kinh phí 29,80 tỷ đồng (bình
 * quân 745 triệu đồng/đài)": another count of the same things, in the sentence or the one before, that
 * makes the average hold is the one it was taken over; the reading took the nearer count.
 */
function otherCount(ctx: UnitContext, ra: RatioAverage, total: Interval, avg: Interval): boolean {
  const head = (f: Figure) => f.noun?.split(" ")[0];
  const want = head(ra.denominator);
  if (!want) return false;
  const s = ctx.sentenceOf(ra.average);
  const figs = [...(ctx.sentenceBefore(s)?.figs ?? []), ...s.figs];
  // (Not a part of the count that was read: "250 hội viên …; trong đó 200 hội viên nữ".)
  const part = (f: Figure) => /(?<![\p{L}])(?:trong[ \t]+đó|trong[ \t]+số[ \t]+đó|gồm|bao[ \t]+gồm|of[ \t]+which|of[ \t]+whom|including)(?:[ \t]+có)?[ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 24), f.start));
  // (Nor the count a change starts from: "… tăng 12 hội viên so với năm 2023 (238 hội viên)".)
  const earlier = (f: Figure) => /(?<![\p{L}])(?:so[ \t]+với|compared[ \t]+(?:with|to)|from|than|từ|cùng[ \t]+kỳ|tăng|giảm|up|down|by)(?![\p{L}])[^\d;.]{0,30}$/u.test(ctx.plainBetween(Math.max(0, f.start - 40), f.start));
  return figs.some((f) => f !== ra.denominator && f !== ra.numerator && f.kind === "number" && !!f.value && !f.unit && !f.scale && f.value.decimals === 0 && head(f) === want && !part(f) && !earlier(f) && !new D(f.value.exact).isZero() && total.div(ctx.numInterval(f.value)).overlaps(avg));
}

/** "tính đến 30/9/2024 (3 năm 9 tháng), … 1.046,8 km, bình quân khoảng 279 km/năm": the months after the
 * years are part of the period (3,75 years). */
function withMonths(ctx: UnitContext, pa: { years: number; yearsText: string; average: Figure }, total: Interval, avg: Interval): boolean {
  const s = ctx.sentenceOf(pa.average);
  const at = ctx.lower.indexOf(pa.yearsText.toLowerCase(), s.start);
  if (at < 0 || at > s.end) return false;
  const m = /^[ \t]*(?:,[ \t]*|và[ \t]+|and[ \t]+)?(\d{1,2})[ \t]*(?:tháng|months?)(?![\p{L}])/u.exec(ctx.lower.slice(at + pa.yearsText.length, at + pa.yearsText.length + 20));
  if (!m || Number(m[1]) >= 12) return false;
  return total.div(Interval.point(new D(pa.years).plus(new D(m[1]).div(12)))).overlaps(avg);
}
