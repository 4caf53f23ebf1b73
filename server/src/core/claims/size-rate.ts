// A change's size stated with its rate right after it: "2,864, compared with 2,690 a year earlier (up
// 174, 5.6%)", "1,486 adults, up from 1,352 (up 134, 9.9%)", "tăng từ 957 lên 1.024 cơ sở (tăng 67 cơ
// sở, tương ứng 7,0%)". Once a reading has both ends and the size, the rate beside the size is the
// size over the earlier end, and is judged with it.
// Trust first: the rate stands right after the size (its noun, a comma or a bracket between), names no
// base of its own ("of", "của", a plan) and is no other reading's.
import type { Figure } from "../types.ts";
import { type UnitContext, isPercent } from "./context.ts";
import type { Change } from "./change.ts";

const GAP = /^(?:[ \t]+[\p{L}\p{M}]+){0,2}?[ \t]*(?:,[ \t]*(?:or[ \t]+|i\.e\.[ \t]+|tương[ \t]+ứng[ \t]+|tương[ \t]+đương[ \t]+|tức(?:[ \t]+là)?[ \t]+|hay[ \t]+)?(?:(?:up|down|tăng|giảm)[ \t]+)?|\([ \t]*(?:(?:up|down|tăng|giảm)[ \t]+)?)$/u;
const AFTER = /^[ \t]*\)?[ \t]*(?:[.;,)]|$|\r?\n|(?:on|so[ \t]+với|compared|against|from|year|than)(?![\p{L}]))/u;
const OTHER_BASE = /^[ \t]*\)?[ \t]*(?:of|của|trên|kế[ \t]+hoạch|dự[ \t]+toán|chỉ[ \t]+tiêu|mục[ \t]+tiêu|points?|điểm)(?![\p{L}])/u;

export function withRatesAfterSize(ctx: UnitContext, changes: Change[]): Change[] {
  const used = new Set<Figure>(changes.flatMap((c) => c.stated.map((x) => x.figure)));
  for (const c of changes) {
    if (c.stated.some((x) => x.what === "relative") || isPercent(c.from) || c.toFrom) continue;
    const d = c.stated.find((x) => x.what === "difference")?.figure;
    if (!d || isPercent(d)) continue;
    const s = ctx.sentenceOf(d);
    const p = s.figs[s.figs.indexOf(d) + 1];
    if (!p || p.kind !== "percent" || p.unit !== "%" || !p.value || p.qualifiers.length || used.has(p)) continue;
    if (!GAP.test(ctx.lower.slice(d.end, p.start)) || OTHER_BASE.test(ctx.lower.slice(p.end, p.end + 12)) || !AFTER.test(ctx.lower.slice(p.end, p.end + 14))) continue;
    // (A bracket opened before the rate closes right after it.)
    if (/\([^)]*$/u.test(ctx.lower.slice(d.end, p.start)) && !/^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3))) continue;
    c.stated.push({ figure: p, what: "relative" });
    used.add(p);
  }
  return changes;
}

/** "1.046 doanh nghiệp, tăng 12,1% so với cùng kỳ năm 2023 (933 doanh nghiệp), tức tăng 113 doanh nghiệp",
 * "5.836,4 tỷ đồng, giảm 9,0% so với cùng kỳ (6.412,9 tỷ đồng), giảm 576,5 tỷ đồng": after a change read with
 * its rate, its size in the measure itself, said right after the later of its two ends. */
const SIZE_AFTER = /^[ \t]*\)?[ \t]*,[ \t]*(?:(?:tức(?:[ \t]+là)?|tương[ \t]+ứng|hay|or|i\.e\.|that[ \t]+is|which[ \t]+is)[ \t]*,?[ \t]*)?(?:(tăng|giảm|up|down)(?:[ \t]+thêm)?|an?[ \t]+(increase|decrease|rise|fall|reduction|drop)[ \t]+of)[ \t]*$/u;

export function withSizeAfterEnds(ctx: UnitContext, changes: Change[]): Change[] {
  const used = new Set<Figure>(changes.flatMap((c) => c.stated.map((x) => x.figure)));
  for (const c of changes) {
    if (isPercent(c.from) || c.toFrom || c.stated.some((x) => x.what === "difference") || !c.stated.some((x) => x.what === "relative")) continue;
    const last = c.from.end > c.to.end ? c.from : c.to;
    const s = ctx.sentenceOf(last);
    const d = s.figs[s.figs.indexOf(last) + 1];
    if (!d || d.kind !== "number" || !d.value || isPercent(d) || d.qualifiers.length || used.has(d)) continue;
    if ((d.unit ?? "") !== (c.from.unit ?? "") || (!d.unit && !!d.noun && !!c.from.noun && d.noun.split(" ")[0] !== c.from.noun.split(" ")[0])) continue;
    const between = ctx.lower.slice(last.end, d.qualifiers[0]?.start ?? d.start).replace(c.from.noun && !c.from.unit ? ` ${c.from.noun.toLowerCase()}` : "\u0000", "");
    if (!SIZE_AFTER.test(between)) continue;
    c.stated.push({ figure: d, what: "difference" });
    used.add(d);
  }
  return changes;
}
