// A rate stated of the two figures just given, in one sentence: "The 47,520 tonnes recycled or
// composted, out of 96,840 tonnes collected, give a household recycling rate of 49.1%", "Those
// 48,260 applications led to 33,780 offers, an offer rate of 70.0%", "1.240 phiếu thu về trên tổng
// số 1.500 phiếu phát ra, cho tỷ lệ phản hồi 82,7%". Strict: the sentence holds just these three
// figures, the two of one measure, linked by "out of"/"trên tổng số" (part first) or "led to" (base
// first, and the rate named by the result's own noun), and the rate named right before its percent.
import { sameNoun } from "../figures/nouns.ts";
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { UnitContext, isCount } from "./context.ts";

export interface RatePair {
  part: Figure;
  whole: Figure;
  percent: Figure;
}

const OUT_OF = /^[^\d;:.()%]{0,50}?,?[ \t]*(?:out of|from a total of|of a total of|(?:trên|trong)[ \t]+tổng(?:[ \t]+số)?(?:[ \t]+(?:dân|hộ|người|lao động|học sinh|diện tích))?(?:[ \t]+số)?)[ \t]+$/u;
const LED_TO = /^[ \t]*[\p{L}\p{M} \t-]{0,30}?(?:led to|resulted in|produced|generated|yielded|dẫn đến|mang lại)[ \t]+$/u;
const RATE = /^[^\d;:.()%]{0,50}?,[ \t]*(?:(?:which|this|these|they)[ \t]+)?(?:(?:giving|gives|give|gave|yielding|yields|an?|for an?|cho|đạt|tương ứng)[ \t]+|(?=tỷ lệ|tỉ lệ))([\p{L}\p{M} -]{0,30}?)(?:rate|tỷ lệ|tỉ lệ)([\p{L}\p{M} -]{0,30}?)[ \t]*(?:of|là|đạt|:)?[ \t]*$/u;
const NOT_RATE = /(?<![\p{L}])(?:and|và|while|but|nhưng|target|mục tiêu|kế hoạch|plan|average|bình quân|growth|change|tăng|giảm|up|down|than|hơn|compared|so với|last year|năm trước|national|cả nước)(?![\p{L}])/u;

const RECEIVED_BEFORE = /(?<![\p{L}])(?:received|receives|receive|considered|assessed|processed|handled|tiếp nhận|nhận được|thụ lý|xem xét)[ \t]+(?:a total of[ \t]+|tổng số[ \t]+)?$/u;
const DECIDED = /^[ \t]*[\p{L}\p{M} \t-]{0,30}?,?[ \t]*(?:and|và)[ \t]+(?:(?:we|then|đã)[ \t]+)?(?:made|approved|funded|awarded|granted|accepted|offered|upheld|resolved|closed|settled|phê duyệt|chấp thuận|giải quyết|trao|cấp|tài trợ)[ \t]+$/u;
const OUTCOME = /(?<![\p{L}])(?:success|approval|award|acceptance|conversion|offer|grant|funding|resolution|thành công|phê duyệt|chấp thuận|giải quyết)(?![\p{L}])/u;

function sameMeasure(a: Figure, b: Figure): boolean {
  if (a.kind !== "number" || b.kind !== "number" || a.perYear || b.perYear) return false;
  if (a.unit || b.unit) return !!a.unit && a.unit === b.unit && a.unit !== "%" && a.unit !== "pp" && a.unit !== "times" && (a.scale?.factor ?? "1") === (b.scale?.factor ?? "1");
  return isCount(a) && isCount(b) && !!a.noun && !!b.noun;
}

function stem(w: string): string {
  return w.replace(/(?:ing|ed|es|s)$/u, "").slice(0, 5);
}

/** "Tổng diện tích … là 3.286,5 ha; đã cho thuê 2.517,2 ha, tỷ lệ lấp đầy đạt 76,6%", "The total
 * stock is 4,120 homes; 3,890 are let, an occupancy rate of 94.4%": a total, the part taken of it in
 * the next clause, and the rate right after the part. */
const TOTAL_BEFORE = /(?<![\p{L}])(?:tổng|total)(?![\p{L}])[^;:.()%]{0,110}$/u;
const THEN_PART = /^[^\d.()%;]{0,40}[;,][ \t]*(?:(?:đã|đã được|hiện|of (?:these|this|which|them)|of whom)[ \t]*,?[ \t]*)?[\p{L}\p{M} \t-]{0,40}$/u;
const RATE_AFTER_PART = /^[^\d;:.()%]{0,40}?,[ \t]*(?:(?:giving|an?|cho|đạt|với)[ \t]+)?([\p{L}\p{M} -]{0,20}?)(?:rate|tỷ lệ|tỉ lệ)([\p{L}\p{M} -]{0,30}?)[ \t]*(?:of|là|đạt|:)?[ \t]*$/u;

function totalThenPart(ctx: UnitContext, taken: Set<Figure>, out: RatePair[]): void {
  for (const s of ctx.sentences) {
    for (let i = 0; i + 2 < s.figs.length; i++) {
      const [w, a, p] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
      if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.some((q) => q.kind !== "estimate")) continue;
      // ("3,890 are let": a bare count of the total's noun.)
      const bare = a.kind === "number" && !a.noun && isCount(a) && w.kind === "number" && isCount(w) && !!w.noun;
      if (!bare && (!sameMeasure(w, a) || (!w.unit && !sameNoun(a.noun, w.noun) && !sameNoun(w.noun, a.noun)))) continue;
      if (w.qualifiers.length || a.qualifiers.length) continue;
      if (!TOTAL_BEFORE.test(ctx.lower.slice(Math.max(s.start, w.start - 120), w.start))) continue;
      const wa = ctx.lower.slice(w.end, a.start);
      const ap = ctx.lower.slice(a.end, p.qualifiers[0]?.start ?? p.start);
      if (!THEN_PART.test(wa) || NOT_RATE.test(wa) || !RATE_AFTER_PART.test(ap) || NOT_RATE.test(ap)) continue;
      // ("establishment 9,412 WTE and staff in post total 8,772 WTE, leaving 640 WTE vacancies, a vacancy
      // rate of 6.8%": what is left over is a part of the first whole, not of the one it is left from.)
      if (/(?<![\p{L}])(?:leaving|remaining|còn[ \t]+lại|còn)[ \t]*$/u.test(wa)) continue;
      if (!new D(w.value!.exact).gt(a.value!.exact)) continue;
      out.push({ part: a, whole: w, percent: p });
    }
  }
}

export function findRatePairs(ctx: UnitContext, taken: Set<Figure>): RatePair[] {
  const out: RatePair[] = [];
  totalThenPart(ctx, taken, out);
  for (const s of ctx.sentences) {
    if (s.figs.length !== 3) continue;
    const [a, b, p] = s.figs;
    if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || out.some((x) => x.percent === p) || p.qualifiers.some((q) => q.kind !== "estimate")) continue;
    if (!sameMeasure(a, b) || a.qualifiers.length || b.qualifiers.length) continue;
    const ab = ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start);
    const bp = ctx.lower.slice(b.end, p.qualifiers[0]?.start ?? p.start);
    const r = RATE.exec(bp);
    if (!r || NOT_RATE.test(bp)) continue;
    let part: Figure, whole: Figure;
    if (OUT_OF.test(ab) && !NOT_RATE.test(ab)) {
      [part, whole] = [a, b];
      if (!a.unit && !sameNoun(a.noun, b.noun)) continue;
    } else if (LED_TO.test(ab) && !NOT_RATE.test(ab) && b.noun) {
      // "33,780 offers, an offer rate": the rate is named by the result's own noun.
      const named = `${r[1]} ${r[2]}`.trim().split(/\s+/).filter(Boolean);
      const own = b.noun.split(/\s+/).map(stem);
      if (!named.some((w) => own.includes(stem(w)))) continue;
      [part, whole] = [b, a];
    } else if (RECEIVED_BEFORE.test(ctx.lower.slice(Math.max(s.start, a.start - 30), a.qualifiers[0]?.start ?? a.start)) && DECIDED.test(ab) && b.noun && a.noun && /^[ \t]*(?:[.,;)]|$|\r?\n)/u.test(ctx.lower.slice(p.end, p.end + 3))) {
      // (Nothing after the rate: "… of 42.0% for first-time applicants" is some group's own.)
      // "We received 1,264 applications and made 386 awards, a success rate of 30.5%": a count
      // received, the count granted of it, and the rate of success named as such or by its noun.
      const named = `${r[1]} ${r[2]}`.trim().split(/\s+/).filter(Boolean);
      const own = b.noun.split(/\s+/).map(stem);
      if (!OUTCOME.test(named.join(" ")) && !named.some((w) => own.includes(stem(w)))) continue;
      [part, whole] = [b, a];
    } else continue;
    if (!new D(whole.value!.exact).gt(part.value!.exact)) continue;
    out.push({ part, whole, percent: p });
  }
  return out;
}
