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
    rateAgain(ctx, out);
    return out;
  });
}

/** "… 1.203 mẫu đạt quy chuẩn, chiếm 97,8%. Tỷ lệ mẫu đạt của tỉnh cao hơn mức bình quân … (93,5%)",
 * "… by the end of the year (70.3%), short of the 75% target. The figure is also lower than the national
 * figure of 72.7%": a sentence that opens on the rate just stated, named again, and compares it. */
const RATE_OPENER = /^[\s"“(*•-]*((?:this|that|the)[ \t]+(?:figure|rate|level|proportion|share|result)|(?:the|our|its)[ \t]+(?:[\p{L}-]+[ \t]+){1,3}?rate|(?:tỷ|tỉ)[ \t]+lệ(?:[ \t]+[\p{L}\p{M}]+){0,8}?|mức[ \t]+này|con[ \t]+số[ \t]+này)[ \t]+(?:(?:is|was|remains|remained|also|still|therefore|vẫn|cũng|đều|đã)[ \t]+)*(higher[ \t]+than|lower[ \t]+than|above|below|cao[ \t]+hơn|thấp[ \t]+hơn)(?![\p{L}])/u;
const NOT_CONTENT = new Set(["tỷ", "tỉ", "lệ", "của", "tỉnh", "huyện", "xã", "thành", "phố", "toàn", "này", "mức", "con", "số", "the", "this", "that", "our", "its", "figure", "rate", "level", "proportion", "share", "result", "overall", "council", "trust", "force", "service"]);
const LEVEL_NOT = /(?:(?<![\p{L}])(?:up|down|rose|fell|by|from|on|than|tăng|giảm|so[ \t]+với|target|standard|mục[ \t]+tiêu|chỉ[ \t]+tiêu|kế[ \t]+hoạch)(?![\p{L}])[^\d;,]{0,12})$/u;

function rateAgain(ctx: UnitContext, out: Comparison[]): void {
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const m = RATE_OPENER.exec(ctx.lower.slice(s.start, s.end));
    if (!m) continue;
    const wordStart = s.start + m.index + m[0].length - m[2].length;
    if (out.some((c) => c.word.start === wordStart)) continue;
    // The other side: the sentence's first figure, a rate, after the word and its few words.
    const other = s.figs[0];
    if (!other || other.start < wordStart || other.kind !== "percent" || other.unit !== "%" || !other.value || other.start - wordStart > 90 || /[;.]/.test(ctx.text.slice(wordStart, other.start))) continue;
    const prev = ctx.sentences[si - 1];
    if (/\n[ \t]*\r?\n/u.test(ctx.text.slice(prev.end, s.start))) continue;
    const levels = prev.figs.filter((f) => f.kind === "percent" && f.unit === "%" && !!f.value && !f.qualifiers.length && !LEVEL_NOT.test(ctx.lower.slice(Math.max(prev.start, f.start - 30), f.start)) && !/^[ \t]*\)?[ \t]*(?:target|standard|threshold|ambition|mục[ \t]+tiêu|chỉ[ \t]+tiêu|kế[ \t]+hoạch)/u.test(ctx.lower.slice(f.end, f.end + 20)));
    const content = m[1].split(/[ \t]+/u).filter((w) => w && !NOT_CONTENT.has(w));
    const named = content.length ? levels.filter((f) => content.every((w) => new RegExp(`(?<![\\p{L}\\p{M}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{M}])`, "u").test(ctx.lower.slice(prev.start, f.start)))) : levels;
    if (named.length !== 1) continue;
    out.push({ subject: named[0], other, relation: /^(?:higher|above|cao)/u.test(m[2]) ? "higher" : "lower", word: { start: wordStart, end: wordStart + m[2].length } });
  }
}
