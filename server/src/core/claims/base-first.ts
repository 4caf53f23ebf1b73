// A change told base first, its new value earlier in the sentence: "đã tiếp 3.418 lượt …; so với năm
// 2022 (3.068 lượt), số lượt tiếp tăng 11,4%", "handled 4,120 calls …; compared with 2023 (3,702
// calls), calls rose by 11.3%". The base names its period and stands in brackets; the new value is
// the one earlier count of the same noun, outside brackets and not itself a change.
import { kindOfNoun } from "../figures/nouns.ts";
import type { Change } from "./change.ts";
import { UnitContext, inBrackets } from "./context.ts";

const BASE_LEAD = /(?:^|[;,:][ \t]*)(?:so[ \t]+với|compared[ \t]+(?:with|to))[ \t]+(?:năm|cùng[ \t]+kỳ|kỳ|quý|tháng|(?:19|20)\d\d|the[ \t]+same[ \t]+period|last[ \t]+year|the[ \t]+previous[ \t]+year|(?:thời[ \t]+điểm|ngày|cuối|đầu|at|the[ \t]+end[ \t]+of)[ \t]+(?:[\p{L}]+[ \t]+){0,3}?(?:\d{1,2}\/)?\d{1,2}\/(?:19|20)\d\d)[^();\d]{0,30}(?:(?:19|20)\d\d(?:[\/–-]\d{2,4})?[^();\d]{0,12})?\([ \t]*$/u;
const AFTER_BASE = /^[ \t]*[\p{L}\p{M} ]{0,24}?\)[ \t]*,?[ \t]*(?:[\p{L}\p{M}-]+[ \t]+){0,5}?(tăng|giảm|rose|fell|increased|decreased|was[ \t]+up|was[ \t]+down|up|down)(?:[ \t]+(?:by|thêm))?[ \t]*$/u;
/** "… (15.525 người) tăng 3.912 người, tương ứng tăng 20,2%", "… tăng 3.912 người (20,2%)": the size
 * of the change told first, then its percentage. */
const SIZE_THEN = /^[ \t]*[\p{L}\p{M} ]{0,24}?\)[ \t]*,?[ \t]*(?:[\p{L}\p{M}-]+[ \t]+){0,5}?(tăng|giảm|rose|fell|increased|decreased|was[ \t]+up|was[ \t]+down|up|down)(?:[ \t]+(?:by|thêm))?[ \t]*#[ \t]*[\p{L}\p{M} ]{0,20}?[ \t]*(?:,[ \t]*(?:tương[ \t]+ứng|tức(?:[ \t]+là)?|hay|or|bằng)?[ \t]*(?:tăng|giảm|up|down)?|\((?:[ \t]*(?:tăng|giảm|up|down))?|,?[ \t]*or)[ \t]*$/u;
const CHANGE_BEFORE = /(?:tăng|giảm|thêm|hơn|up|down|by|more|fewer)[ \t]*$/u;

export function findBaseFirstChanges(ctx: UnitContext): Change[] {
  return ctx.memo("base-first-changes", () => {
    const out: Change[] = [];
    if (!/(?:so[ \t]+với|compared)/u.test(ctx.lower)) return out;
    for (const s of ctx.sentences) {
      for (let i = 1; i + 1 < s.figs.length; i++) {
        const b = s.figs[i];
        // The change's size between the base and its percentage: a count of the base's noun (or none).
        const size = s.figs[i + 1].kind === "number" && !s.figs[i + 1].unit && (!s.figs[i + 1].noun || kindOfNoun(s.figs[i + 1].noun, b.noun)) && i + 2 < s.figs.length ? s.figs[i + 1] : undefined;
        const p = size ? s.figs[i + 2] : s.figs[i + 1];
        if (b.kind !== "number" || !b.noun || b.unit || p.kind !== "percent" || p.unit !== "%" || p.qualifiers.length) continue;
        const bq = b.qualifiers[0]?.start ?? b.start;
        if (!BASE_LEAD.test(ctx.lower.slice(Math.max(s.start, bq - 70), bq))) continue;
        const m = size
          ? SIZE_THEN.exec(`${ctx.lower.slice(b.end, size.qualifiers[0]?.start ?? size.start)}#${ctx.lower.slice(size.end, p.qualifiers[0]?.start ?? p.start)}`)
          : AFTER_BASE.exec(ctx.lower.slice(b.end, p.qualifiers[0]?.start ?? p.start));
        if (!m) continue;
        // (A percentage of something else: "…, giảm 11,4% so với kế hoạch".)
        if (/^[ \t]*(?:so[ \t]+với|of|of[ \t]+the|kế[ \t]+hoạch|than|on|against)(?![\p{L}])/u.test(ctx.lower.slice(p.end, p.end + 16))) continue;
        const leadAt = bq - (ctx.lower.slice(Math.max(s.start, bq - 70), bq).length - BASE_LEAD.exec(ctx.lower.slice(Math.max(s.start, bq - 70), bq))!.index);
        const cands = s.figs.filter((a) => a.end <= leadAt && a.kind === "number" && !a.unit && kindOfNoun(a.noun, b.noun) && !inBrackets(ctx, s.start, a.start) && !CHANGE_BEFORE.test(ctx.lower.slice(Math.max(s.start, (a.qualifiers[0]?.start ?? a.start) - 10), a.qualifiers[0]?.start ?? a.start)));
        if (cands.length !== 1 || s.figs.slice(s.figs.indexOf(cands[0]) + 1, i).some((f) => kindOfNoun(f.noun, b.noun))) continue;
        const word = m[1];
        const at = ctx.lower.lastIndexOf(word, (size ?? p).start);
        out.push({ from: b, to: cands[0], direction: /^(?:tăng|rose|increased|was[ \t]+up|up)/u.test(word) ? "up" : "down", directionWord: { start: at, end: at + word.length }, stated: [...(size ? [{ figure: size, what: "difference" as const }] : []), { figure: p, what: "relative" }] } as Change);
      }
    }
    return out;
  });
}
