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
