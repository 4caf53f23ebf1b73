// Totals over a period with their yearly average: "tổng vốn đầu tư giai đoạn 2021-2025 đạt 125.000
// tỷ đồng, bình quân 25.000 tỷ đồng/năm", "over the five years 2020-2024 totalled $12.5 billion, an
// average of $2.5 billion a year". The average must be the total divided by the years.
import type { Figure } from "../types.ts";
import { UnitContext, clauseEnd } from "./context.ts";

export interface PeriodAverage {
  total: Figure;
  average: Figure;
  years: number;
  /** Where the number of years was read: "5 năm", "five years", "2021-2025". */
  yearsText: string;
}

const AVG_PRE = /(?:bình quân|trung bình|an average of|on average|averaging|average of)[ \t]*(?:mỗi năm|hằng năm|hàng năm|a year|per year|annually)?[ \t]*(?:là|đạt|khoảng|about|of)?[ \t]*$/u;
const PER_YEAR_AFTER = /^[ \t]*(?:\/[ \t]*năm|mỗi năm|một năm|a year|per year|annually|each year)/u;
const EN_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const VI_COUNT: Record<string, number> = { hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
/** A change word before the total makes it a change, whose average is another matter. */
const CHANGE_BEFORE = /(?:tăng|giảm|từ|lên|xuống|rose|fell|from|to|up|down|increase|decrease)[ \t]*$/u;

/** Years the total covers: an explicit count wins; a span "2021-2025" counts both ends. */
function periodYears(text: string): { years: number; text: string } | undefined {
  const n = /(?<![\p{L}\d])(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|hai|ba|bốn|sáu|bảy|tám|chín|mười)[ \t]+(?:năm|years)(?![\p{L}])/u.exec(text);
  if (n) {
    const v = /^\d+$/.test(n[1]) ? +n[1] : (EN_COUNT[n[1]] ?? VI_COUNT[n[1]]);
    if (v && v >= 2) return { years: v, text: n[0] };
  }
  const span = /(?:giai đoạn|thời kỳ|nhiệm kỳ|period|over|in|từ năm|from)[ \t]+((?:19|20)\d\d)[ \t]*(?:-|–|đến|to)[ \t]*((?:19|20)\d\d)(?!\d)/u.exec(text);
  if (span && +span[2] > +span[1] && +span[2] - +span[1] < 30) return { years: +span[2] - +span[1] + 1, text: span[0] };
  return undefined;
}

export function findPeriodAverages(ctx: UnitContext): PeriodAverage[] {
  return ctx.memo("period-average", () => {
    const out: PeriodAverage[] = [];
    for (const s of ctx.sentences) {
      for (let i = 1; i < s.figs.length; i++) {
        const avg = s.figs[i];
        if (avg.kind !== "number" || !avg.unit || avg.unit === "%" || avg.unit === "pp") continue;
        const q = avg.qualifiers[0]?.start ?? avg.start;
        if (!AVG_PRE.test(ctx.lower.slice(Math.max(s.start, q - 40), q))) continue;
        if (!avg.perYear && !PER_YEAR_AFTER.test(ctx.lower.slice(avg.end, avg.end + 14)) && !/(?:mỗi năm|hằng năm|hàng năm|a year|per year|annual)/u.test(ctx.lower.slice(Math.max(s.start, q - 40), q))) continue;
        // The total: the amount just before, in the same unit, with only its own words between.
        const total = s.figs[i - 1];
        if (total.kind !== "number" || total.perYear || (total.unit ?? "").split("/")[0] !== avg.unit.split("/")[0]) continue;
        const between = ctx.lower.slice(total.end, q);
        if (between.length > 40 || /[;]/.test(between)) continue;
        const tq = total.qualifiers[0]?.start ?? total.start;
        if (CHANGE_BEFORE.test(ctx.lower.slice(Math.max(s.start, tq - 12), tq))) continue;
        const end = clauseEnd(ctx, s, avg.end);
        const period = periodYears(ctx.lower.slice(s.start, end));
        if (!period) continue;
        out.push({ total, average: avg, years: period.years, yearsText: period.text });
      }
    }
    return out;
  });
}
