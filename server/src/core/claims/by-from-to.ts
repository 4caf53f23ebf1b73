// A change stated first, then its endpoints: "The mean fell by 5.4 minutes on the previous quarter,
// from 35.7 to 31.2 minutes", "improved by 2.1 points, from 68.9% to 71.0%", "giảm 5,4 phút, từ 35,7
// xuống 31,2 phút". The stated change must be the gap (or the relative change) between the endpoints.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import { isPercent } from "./context.ts";
import { findChanges, findReverseChanges, type Change } from "./change.ts";

const LEAD = /(?:^|[^\p{L}])(rose|increased|grew|climbed|went up|fell|decreased|declined|dropped|went down|improved|worsened|deteriorated|tăng|giảm|cải thiện)[ \t]+(?:by[ \t]+|thêm[ \t]+)?(?:about[ \t]+|some[ \t]+|khoảng[ \t]+)?$/u;
const TO_FROM = /^[^;.\d]{0,50}?,[ \t]*(?:from|từ)[ \t]*(?:mức[ \t]+)?$/u;
const TO = /^[^;.\d()]{0,25}?[ \t](?:to|lên|xuống còn|xuống|còn|đến)[ \t]*(?:mức[ \t]+)?$/u;
const UP = /^(?:rose|increased|grew|climbed|went up|tăng)$/u;
const DOWN = /^(?:fell|decreased|declined|dropped|went down|giảm)$/u;

function unitOf(f: Figure): string {
  return isPercent(f) ? "%" : `${f.unit ?? ""}|${f.scale?.factor ?? "1"}`;
}

export function findByFromTo(ctx: UnitContext): Change[] {
  return ctx.memo("by-from-to", () => {
    const out: Change[] = [];
    // Endpoints another reading holds with a stated change are left to it; one that holds them with
    // a direction already judges the direction.
    const others = [...findChanges(ctx), ...findReverseChanges(ctx)];
    const known = new Set(others.filter((c) => c.stated.length > 0).map((c) => `${c.from.id}>${c.to.id}`));
    const directed = new Set(others.filter((c) => c.direction !== undefined).map((c) => `${c.from.id}>${c.to.id}`));
    for (const s of ctx.sentences) {
      for (let i = 0; i + 2 < s.figs.length; i++) {
        const [d, a, b] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
        if (![d, a, b].every((f) => (f.kind === "number" || f.kind === "percent") && !!f.value && !f.qualifiers.length)) continue;
        const dq = d.qualifiers[0]?.start ?? d.start;
        const lead = LEAD.exec(ctx.lower.slice(Math.max(s.start, dq - 30), dq));
        if (!lead) continue;
        if (!TO_FROM.test(ctx.lower.slice(d.end, a.start)) || !TO.test(ctx.lower.slice(a.end, b.start))) continue;
        if (unitOf(a) !== unitOf(b) || known.has(`${a.id}>${b.id}`)) continue;
        // The change in the endpoints' own measure, or in points or percent.
        const relative = d.unit === "%" && !isPercent(a);
        if (!relative && d.unit !== "pp" && unitOf(d) !== unitOf(a) && !(isPercent(a) && isPercent(d))) continue;
        const verb = lead[1];
        const at = Math.max(s.start, dq - 30) + lead.index + lead[0].indexOf(verb);
        const direction = directed.has(`${a.id}>${b.id}`) ? undefined : UP.test(verb) ? "up" : DOWN.test(verb) ? "down" : undefined;
        out.push({ from: a, to: b, direction, directionWord: direction ? { start: at, end: at + verb.length } : undefined, stated: [{ figure: d, what: relative ? "relative" : "difference" }] });
      }
    }
    yearSpanAverages(ctx, others, out);
    return out;
  });
}

// "Over the five years since 2019, when emissions stood at 54.10 MtCO2e, to 38.62 MtCO2e in 2024, the
// average rate of reduction has been 6.5% a year"; "từ năm 2019 (54,10 triệu tấn) đến năm 2024 (38,62
// triệu tấn), bình quân mỗi năm giảm 6,5%": two values of one measure, each dated by its own year in
// the sentence, and a yearly average rate over the years between them (arithmetic or compound).
const YEAR_AT = /(?<![\d\p{L}\/.,-])((?:19|20)\d\d)(?![\d\/–-])/gu;
const RATE_AVG_EN = /(?:average|mean|annual|annualised|annualized)[ \t]+(?:annual[ \t]+|yearly[ \t]+)?(?:rate[ \t]+of[ \t]+)?(?:reduction|decline|decrease|fall|growth|increase|rise|improvement|change)(?:[ \t]+rate)?(?:[ \t]+(?:has[ \t]+been|was|is|of|came[ \t]+to|stood[ \t]+at|averaged))?[ \t]*(?:about[ \t]+|around[ \t]+|some[ \t]+)?$|(?:fell|declined|decreased|dropped|rose|grew|increased)[ \t]+(?:by[ \t]+)?(?:an[ \t]+average[ \t]+of|on[ \t]+average)[ \t]*$/u;
const RATE_AVG_VI = /(?:bình[ \t]+quân|trung[ \t]+bình)[ \t]+(?:mỗi[ \t]+năm[ \t]+|hằng[ \t]+năm[ \t]+|hàng[ \t]+năm[ \t]+)?(?:tăng|giảm)(?:[ \t]+khoảng)?[ \t]*$/u;
const YEAR_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

function yearSpanAverages(ctx: UnitContext, others: Change[], out: Change[]): void {
  const vi = ctx.lang === "vi";
  const taken = new Set([...others, ...out].flatMap((c) => c.stated.map((x) => x.figure)));
  for (const s of ctx.sentences) {
    if (s.figs.length < 3) continue;
    for (const p of s.figs) {
      if (p.kind !== "percent" || p.unit !== "%" || !p.value || taken.has(p)) continue;
      const pq = p.qualifiers[0]?.start ?? p.start;
      const lead = ctx.lower.slice(Math.max(s.start, pq - 70), pq);
      if (!(vi ? RATE_AVG_VI : RATE_AVG_EN).test(lead)) continue;
      if (!p.perYear && !/^[ \t]*(?:a|per|each|mỗi|\/)[ \t]*(?:year|annum|năm)(?![\p{L}])/u.test(ctx.lower.slice(p.end, p.end + 14)) && !(vi && /mỗi[ \t]+năm|hằng[ \t]+năm|hàng[ \t]+năm/u.test(lead))) continue;
      // The two values: the sentence's only two of one measure (not percentages), before the rate.
      const vals = s.figs.filter((f) => f !== p && f.kind === "number" && !isPercent(f) && !f.perYear && !/^(?:years?|months?|năm|tháng)(?:$|[ \t])/u.test(f.noun ?? ""));
      if (vals.length !== 2 || vals.some((f) => f.end > pq || !f.value || f.qualifiers.length)) continue;
      const [x, y] = vals;
      if (unitOf(x) !== unitOf(y) || (x.noun ?? "") !== (y.noun ?? "")) continue;
      // Each value's year: the nearest year to it in the sentence, on either side, none nearer the other value.
      const text = ctx.lower.slice(s.start, pq);
      const years = [...text.matchAll(YEAR_AT)].map((m) => ({ y: +m[1], at: s.start + m.index! }));
      if (years.length !== 2 || years[0].y === years[1].y) continue;
      const dist = (f: { start: number; end: number }, yr: { at: number }) => (yr.at >= f.end ? yr.at - f.end : f.start - (yr.at + 4));
      const yx = years.reduce((b, yr) => (dist(x, yr) < dist(x, b) ? yr : b));
      const yy = years.reduce((b, yr) => (dist(y, yr) < dist(y, b) ? yr : b));
      if (yx === yy || dist(x, yx) > 60 || dist(y, yy) > 60) continue;
      const [from, to] = yx.y < yy.y ? [x, y] : [y, x];
      const span = Math.abs(yy.y - yx.y);
      // A number of years stated must agree: "over the five years", "trong 5 năm".
      const n = /(?<![\p{L}])(?:over|in|during|across|trong|qua|sau)[ \t]+(?:the[ \t]+)?(?:(?:past|last|previous)[ \t]+)?(\d{1,2}|[\p{L}]+)[ \t]+(?:years|năm)(?![\p{L}])/u.exec(text);
      if (n) {
        const k = /^\d+$/u.test(n[1]) ? +n[1] : YEAR_WORDS[n[1]];
        if (k !== undefined && k !== span) continue;
      }
      out.push({ from, to, years: span, stated: [{ figure: p, what: "average" }] });
    }
  }
}
