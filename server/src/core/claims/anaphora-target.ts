// A verdict that opens with "This": "The Reserve for Economic Uncertainties is $12.1m, or 4.8% of
// expenditures. This exceeds the 3% minimum required …"; "Tỷ lệ hộ nghèo còn 2,9%. Mức này thấp
// hơn mục tiêu đề ra (dưới 3%)". The value is the previous sentence's percentage, the target the one
// named here; the status word between them is judged by the value-target check.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import { lowerBetter, type ValueTarget } from "./plan.ts";

const OPENER = /^[\s"“(*•-]*(?:this|that|it|this level|this rate|this share|điều này|mức này|tỷ lệ này|con số này|(?:(?:the|our)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+|we|huyện|tỉnh|xã|thành phố|đơn vị|ngành)[ \t]+(?:therefore|thus|so|accordingly|consequently|vì vậy|do đó|như vậy|vì thế)(?:[ \t]+(?:has|have|had))?)[ \t]+(?:is[ \t]+|was[ \t]+|remains[ \t]+|still[ \t]+|đã[ \t]+|vẫn[ \t]+)?(?:exceeds|exceeded|surpasses|surpassed|meets|met|falls short of|fell short of|misses|missed|is above|is below|above|below|within|outside|beats|beat|vượt|đạt|chưa đạt|không đạt|cao hơn|thấp hơn)(?![\p{L}])/u;
const LABEL_AFTER = /^[ \t]*(minimum|floor|target|standard|threshold|requirement|benchmark|goal|maximum|ceiling|cap|limit)(?![\p{L}])/u;
const LABEL_BEFORE = /(?:target|goal|standard|minimum|maximum|mục tiêu|chỉ tiêu|yêu cầu|mức tối thiểu|mức tối đa|ngưỡng)[^.;\d]{0,40}?(?:of|là|\()?[ \t]*$/u;
const CEILING = /(?:maximum|ceiling|cap|limit|tối đa|không quá|dưới)/u;

export function findAnaphoraTargets(ctx: UnitContext): ValueTarget[] {
  return ctx.memo("anaphora-target", () => {
    const out: ValueTarget[] = [];
    for (let si = 1; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      const m = OPENER.exec(ctx.lower.slice(s.start, s.end));
      if (!m) continue;
      const target = s.figs[0];
      if (!target || target.kind !== "percent" || target.unit !== "%" || !target.value) continue;
      const tq = target.qualifiers[0]?.start ?? target.start;
      if (tq - (s.start + m.index + m[0].length) > 50) continue;
      const after = LABEL_AFTER.exec(ctx.lower.slice(target.end, target.end + 16));
      const before = ctx.lower.slice(s.start + m.index + m[0].length, tq);
      if (!after && !LABEL_BEFORE.test(before)) continue;
      const prev = ctx.sentences[si - 1];
      const percents = prev.figs.filter((f: Figure) => f.kind === "percent" && f.unit === "%" && !!f.value);
      if (percents.length !== 1) continue;
      const value = percents[0];
      // A change is not a level: "up 2.1%".
      if (/(?:up|down|rose|fell|by|tăng|giảm|from|từ)[ \t]*$/u.test(ctx.lower.slice(Math.max(prev.start, (value.qualifiers[0]?.start ?? value.start) - 12), value.qualifiers[0]?.start ?? value.start))) continue;
      const lowerIsBetter = CEILING.test(after?.[1] ?? before) || target.qualifiers.some((q) => q.kind === "under" || q.kind === "atMost") || lowerBetter(ctx.lower.slice(prev.start, value.start));
      out.push({ value, target, lowerIsBetter });
    }
    return out;
  });
}
