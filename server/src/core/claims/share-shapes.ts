// Shares told in four more shapes:
// - after the part, of a base named after "of the": "delivered 21,930 hours …, 95.7% of the 22,500
//   contracted hours";
// - a part of a named base, then its rate: "collected £139.1m of the net collectable debit of £142.6m,
//   an in-year collection rate of 95.7%", "£11.62m against a budget of £11.90m, so spending was 96.7%
//   of budget";
// - a plan in brackets, then what was done and its share: "kế hoạch vốn … (386,7 tỷ đồng), đã giải
//   ngân 295,1 tỷ đồng (67,3%)";
// - a count "trên tổng số" another, then its share in brackets: "Đã kiểm tra 12.846 cơ sở trên tổng
//   số 13.520 cơ sở thuộc diện quản lý (đạt 96,0%)".
// Trust first: part and base of one measure (unit and scale, or a count of one noun), nothing but
// words between them, the percentage in the same clause and not said of a plan, a change or a year.
import type { Figure } from "../types.ts";
import { isPercent, type UnitContext } from "./context.ts";

interface Found { percent: Figure; part: Figure; whole: Figure }

function measured(a: Figure, b: Figure): boolean {
  if (a.kind !== "number" || b.kind !== "number" || !a.value || !b.value || isPercent(a) || isPercent(b)) return false;
  if (a.qualifiers.length || b.qualifiers.length || a.perYear || b.perYear) return false;
  if (a.unit || b.unit) return (a.unit ?? "") === (b.unit ?? "");
  if (!a.noun || !b.noun) return !a.scale === !b.scale;
  const [x, y] = [a.noun.split(" "), b.noun.split(" ")];
  return x[0] === y[0] || x[x.length - 1] === y[y.length - 1];
}

const WORDS = (n: number) => `(?:[\\p{L}\\p{M}'’-]+[ \\t]+){0,${n}}`;
const OF_BASE = new RegExp(`^[ \\t]+of[ \\t]+(?:the|its|their|our|a|an)[ \\t]+${WORDS(4)}$`, "u");
const BASE_WORD = "(?:budget|target|plan|allocation|debit|total|estimate|forecast|profile|establishment|capacity|dự[ \\t]+toán|kế[ \\t]+hoạch)";
const AGAINST_BASE = new RegExp(`^[ \\t]+${WORDS(3)}(?:of|against|from)[ \\t]+(?:the|a|an|its|their|our)[ \\t]+${WORDS(3)}(?:${BASE_WORD}|debit|collectable)[ \\t]+${WORDS(2)}(?:of[ \\t]+)?$`, "u");
const RATE_AFTER = new RegExp(`^[ \\t]*,[ \\t]*(?:(?:so|and|giving|meaning|which[ \\t]+is)[ \\t]+)?(?:an?[ \\t]+|the[ \\t]+)?${WORDS(3)}(?:rate[ \\t]+of|(?:was|were|is|stood[ \\t]+at|came[ \\t]+to|represents|represented)(?:[ \\t]+(?:equal[ \\t]+to|at))?)[ \\t]+$`, "u");
const OF_BASE_AFTER = new RegExp(`^[ \\t]*(?:[.;,)]|$|of[ \\t]+(?:the[ \\t]+)?${BASE_WORD}(?![\\p{L}]))`, "u");

export function findShareShapes(ctx: UnitContext, taken: Set<Figure>): Found[] {
  const out: Found[] = [];
  for (const s of ctx.sentences) {
    const figs = s.figs;
    for (let k = 0; k < figs.length; k++) {
      const p = figs[k];
      if (p.kind !== "percent" || p.unit !== "%" || !p.value || taken.has(p) || p.qualifiers.length) continue;
      const pq = p.start;
      // "…, 95.7% of the 22,500 contracted hours": the base right after, the part before.
      const y = figs[k + 1];
      const x = figs[k - 1];
      if (y && x && OF_BASE.test(ctx.lower.slice(p.end, y.qualifiers[0]?.start ?? y.start)) && measured(x, y) && /^[^;:()\d%]{0,80},[ \t]*$/u.test(ctx.plainBetween(x.end, pq)) && !/(?<![\p{L}])(?:up|down|increase|decrease|rise|fall|than|compared|against|from)(?![\p{L}])/u.test(ctx.lower.slice(x.end, pq)) && !/(?<![\p{L}])(?:against|compared[ \t]+(?:with|to)|from|than|on|versus|vs\.?|so[ \t]+với|từ)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (x.qualifiers[0]?.start ?? x.start) - 24), x.qualifiers[0]?.start ?? x.start))) {
        out.push({ percent: p, part: x, whole: y });
        continue;
      }
      // "collected £139.1m of the net collectable debit of £142.6m, an in-year collection rate of 95.7%".
      if (k >= 2) {
        const [a, b] = [figs[k - 2], figs[k - 1]];
        if (measured(a, b) && AGAINST_BASE.test(ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start)) && RATE_AFTER.test(ctx.lower.slice(b.end, pq)) && OF_BASE_AFTER.test(ctx.lower.slice(p.end, p.end + 20))) {
          out.push({ percent: p, part: a, whole: b });
          continue;
        }
      }
      // "(386,7 tỷ đồng), đã giải ngân 295,1 tỷ đồng (67,3%)".
      if (k >= 2 && /^[ \t]*\([ \t]*$/u.test(ctx.lower.slice(figs[k - 1].end, pq)) && /^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3))) {
        const [b, a] = [figs[k - 2], figs[k - 1]];
        if (measured(a, b) && /\([ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, b.start - 3), b.start)) && /(?:kế[ \t]+hoạch|dự[ \t]+toán|vốn|chỉ[ \t]+tiêu)[^;()\d]{0,80}\([ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, b.start - 90), b.start).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, "năm")) && /^[ \t]*\)[ \t]*,[ \t]*(?:đã[ \t]+)?(?:giải[ \t]+ngân|thực[ \t]+hiện|thu|chi|hoàn[ \t]+thành|phân[ \t]+bổ|sử[ \t]+dụng)(?:[ \t]+được)?[ \t]*$/u.test(ctx.lower.slice(b.end, a.qualifiers[0]?.start ?? a.start))) {
          out.push({ percent: p, part: a, whole: b });
          continue;
        }
      }
      // "Đã kiểm tra 12.846 cơ sở trên tổng số 13.520 cơ sở thuộc diện quản lý (đạt 96,0%)".
      if (k >= 2 && /\([ \t]*(?:đạt|bằng|chiếm|tỷ[ \t]+lệ)?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, pq - 12), pq)) && /^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3))) {
        const [a, b] = [figs[k - 2], figs[k - 1]];
        if (measured(a, b) && /^[ \t]+[\p{L}\p{M} ]{0,30}?(?:trên|trong)[ \t]+tổng[ \t]+số[ \t]+$/u.test(ctx.lower.slice(a.end, b.start)) && /^[ \t]+[\p{L}\p{M} ,]{0,80}\([ \t]*(?:đạt|bằng|chiếm|tỷ[ \t]+lệ)?[ \t]*$/u.test(ctx.lower.slice(b.end, pq))) out.push({ percent: p, part: a, whole: b });
      }
    }
  }
  return out;
}
