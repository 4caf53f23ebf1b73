// share-over-100: a rate or share that cannot pass 100% stated above it ("tỷ lệ hộ dùng điện 105%",
// "105% số xã"); shares-over-100: shares of one whole that add up to more than 100%.
import { OVERLAP, type UnitContext } from "../claims/context.ts";
import { findShareBounds, findSharesOfWhole } from "../claims/shares.ts";
import { overlappingGroups } from "../claims/overlap.ts";
import { fmt } from "../math/format.ts";
import { Interval } from "../math/interval.ts";

export const RULE = "share-over-100";
export const RULE_SUM = "shares-over-100";

const RESTATED = /(?<![\p{L}])(?:như[ \t]+vậy|tức(?:[ \t]+là)?|nghĩa[ \t]+là|that[ \t]+is|i\.e\.|in[ \t]+other[ \t]+words|so|thus)(?![\p{L}])[^\d;.]{0,24}$/u;

export function checkShareOver100(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const b of findShareBounds(ctx)) {
    // ("các tỷ trọng thành phần được làm tròn nên cộng lại là 100,1%": a sum of rounded shares, said so.)
    const sentence = ctx.sentenceOf(b.percent);
    if (/(?:làm tròn|rounding|rounded)/u.test(ctx.lower.slice(sentence.start, sentence.end))) continue;
    const iv = ctx.interval(b.percent, b.percent.value!);
    const ok = !iv.lo.gt(100);
    ctx.emit({
      kind: "share-bound",
      rule: RULE,
      roles: [{ figure: b.percent, role: lang === "vi" ? "tỷ lệ" : "share" }],
      ok,
      explain: { vi: `${b.percent.text} ${ok ? "≤" : ">"} 100% ${ok ? "✓" : "✗"}`, en: `${b.percent.text} ${ok ? "≤" : ">"} 100% ${ok ? "✓" : "✗"}` },
      message: {
        vi: `Tỷ lệ ${b.percent.text} vượt 100%, trong khi phần không thể lớn hơn tổng thể`,
        en: `The share ${b.percent.text} is above 100%, but a part cannot exceed its whole`,
      },
    });
  }
  for (const g of findSharesOfWhole(ctx)) {
    // (Shares of groups on different dimensions, "nữ chiếm 61,8%, dân tộc thiểu số chiếm 54,3%", overlap.)
    if (overlappingGroups(ctx, g.shares)) continue;
    // ("Về cơ cấu (các nhóm có giao thoa, không cộng dồn): nữ … (63,9%); …": the text says they overlap.)
    if (OVERLAP.test(ctx.lower.slice(ctx.sentenceOf(g.shares[0]).start, ctx.sentenceOf(g.shares[g.shares.length - 1]).end))) continue;
    // ("… chiếm 63,9% …; như vậy gần 64% hồ sơ …": a share restated in round words, after "như vậy", "tức",
    // "that is", is the same share, not one more.)
    if (g.shares.some((f, i) => i > 0 && RESTATED.test(ctx.lower.slice(Math.max(0, (f.qualifiers[0]?.start ?? f.start) - 30), f.qualifiers[0]?.start ?? f.start)) && g.shares.slice(0, i).some((e) => ctx.interval(e, e.value!).overlaps(ctx.interval(f, f.value!).widen(1))))) continue;
    const sum = g.shares.reduce((acc, f) => acc.add(ctx.interval(f, f.value!)), Interval.point(0));
    const ok = !sum.lo.gt(100);
    const expr = g.shares.map((f) => fmt(f.value!.exact, lang)).join(" + ");
    const total = fmt(sum.mid, lang, g.shares.reduce((m, f) => Math.max(m, f.value!.decimals), 0));
    ctx.emit({
      kind: "shares-whole",
      rule: RULE_SUM,
      roles: g.shares.map((f) => ({ figure: f, role: lang === "vi" ? "tỷ trọng" : "share" })),
      ok,
      explain: { vi: `${expr} = ${total}% ${ok ? "≤ 100% ✓" : "> 100% ✗"}`, en: `${expr} = ${total}% ${ok ? "≤ 100% ✓" : "> 100% ✗"}` },
      at: g.shares[g.shares.length - 1],
      message: {
        vi: `Các tỷ trọng cộng lại ${expr} = ${total}%, vượt 100%`,
        en: `The shares add up to ${expr} = ${total}%, more than 100%`,
      },
      related: g.shares.slice(0, -1).map((f) => ({ span: f, message: { vi: "tỷ trọng", en: "share" } })),
    });
  }
}
