// A count of the things the sentence before counted: "Partners issued 386 Community Protection
// Warnings during the year. Seventy-four of these were escalated to Notices"; "Toàn tỉnh có 412 hộ
// được hỗ trợ. 96 hộ trong số này đã thoát nghèo". The part opens its sentence; the whole is the one
// count of the sentence before.
import type { Figure } from "../types.ts";
import { inBrackets, isCount, type UnitContext } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const OPENS = /^[\s"“*•-]*$/u;
const OF_THESE = /^(?:[ \t]+[\p{L}\p{M}]+){0,2}?[ \t]+(?:of[ \t]+(?:these|them|those)|trong[ \t]+số[ \t]+(?:này|đó))(?![\p{L}])/u;

export function findCountOfThese(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const f = s.figs[0];
    if (!f || used.has(f.id) || f.kind !== "number" || !isCount(f) || f.unit || f.qualifiers.length) continue;
    if (!OPENS.test(ctx.text.slice(s.start, f.start))) continue;
    const m = OF_THESE.exec(ctx.lower.slice(f.end, f.end + 40));
    if (!m) continue;
    const prev = ctx.sentences[si - 1];
    if (/\n[ \t]*\n/.test(ctx.text.slice(prev.end, s.start))) continue;
    const counts = prev.figs.filter((g: Figure) => g.kind === "number" && isCount(g) && !g.unit && !inBrackets(ctx, prev.start, g.start));
    if (counts.length !== 1 || !counts[0].noun || !counts[0].value || used.has(counts[0].id)) continue;
    const whole = counts[0];
    out.push({ whole, wholeNum: whole.value!, parts: [{ figure: f, num: f.value! }], exhaustive: false, cue: { start: f.end + m.index, end: f.end + m[0].length } });
    used.add(f.id);
  }
  return out;
}
