// A comparison that opens with the change just stated: "Enrollment is projected at 18,742, down
// 1.9% from 19,104. This decline is steeper than the county average decline of 1.2%." "… tăng
// 8,4% so với cùng kỳ. Mức tăng này cao hơn mức bình quân chung của tỉnh (6,1%)." The subject is the
// previous sentence's change; sizes are compared.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import type { Comparison } from "./compare.ts";

const OPENER = /^[\s"“(*•-]*(?:this|that|the|its|mức|tốc độ)[ \t]+(?:decline|fall|drop|decrease|reduction|increase|rise|growth|gain|improvement|tăng|giảm|tăng trưởng|rate of (?:decline|growth|increase))[ \t]*(?:này|đó)?[ \t]+(?:is|was|has been|were|are|là)?[ \t]*((?:much |slightly |far |considerably )?(?:steeper|sharper|larger|bigger|greater|faster|higher|stronger|slower|smaller|gentler|milder|lower|weaker)[ \t]+than|cao hơn|thấp hơn|lớn hơn|nhỏ hơn|nhanh hơn|chậm hơn)(?![\p{L}])/u;
const HIGHER = /(?:steeper|sharper|larger|bigger|greater|faster|higher|stronger|cao hơn|lớn hơn|nhanh hơn)/u;
const CHANGE_BEFORE = /(?:up|down|rose|fell|rising|falling|increased|decreased|grew|declined|dropped|a rise of|a fall of|an increase of|a decrease of|a decline of|growth of|tăng|giảm)[ \t]*(?:by[ \t]+)?(?:khoảng[ \t]+)?$/u;

export function findAnaphoraComparisons(ctx: UnitContext): Comparison[] {
  return ctx.memo("anaphora-compare", () => {
    const out: Comparison[] = [];
    for (let si = 1; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      const m = OPENER.exec(ctx.lower.slice(s.start, s.end));
      if (!m) continue;
      const wordStart = s.start + m.index + m[0].length - m[1].length;
      const other = s.figs.find((f) => f.start > wordStart);
      if (!other || other.kind !== "percent" || other.unit !== "%" || !other.value) continue;
      // Only the comparison's own words before the other figure (no second figure, no clause break).
      if (/[;.]/.test(ctx.text.slice(wordStart, other.start)) || other.start - wordStart > 90) continue;
      const prev = ctx.sentences[si - 1];
      const changes = prev.figs.filter((f: Figure) => f.kind === "percent" && f.unit === "%" && !!f.value && CHANGE_BEFORE.test(ctx.lower.slice(Math.max(prev.start, (f.qualifiers[0]?.start ?? f.start) - 24), f.qualifiers[0]?.start ?? f.start)));
      if (changes.length !== 1) continue;
      out.push({ subject: changes[0], other, relation: HIGHER.test(m[1]) ? "higher" : "lower", word: { start: wordStart, end: wordStart + m[1].length } });
    }
    return out;
  });
}
