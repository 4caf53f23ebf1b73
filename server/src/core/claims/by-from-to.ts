// A change stated first, then its endpoints: "The mean fell by 5.4 minutes on the previous quarter,
// from 35.7 to 31.2 minutes", "improved by 2.1 points, from 68.9% to 71.0%", "giảm 5,4 phút, từ 35,7
// xuống 31,2 phút". The stated change must be the gap (or the relative change) between the endpoints.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import { isPercent } from "./context.ts";
import { findChanges, findReverseChanges, type Change } from "./change.ts";

const LEAD = /(?:^|[^\p{L}])(rose|increased|grew|climbed|went up|fell|decreased|declined|dropped|went down|improved|worsened|deteriorated|tăng|giảm|cải thiện)[ \t]+(?:by[ \t]+|thêm[ \t]+)?(?:about[ \t]+|some[ \t]+|khoảng[ \t]+)?$/u;
const TO_FROM = /^[^;.\d]{0,50}?,[ \t]*(?:from|từ)[ \t]*(?:mức[ \t]+)?$/u;
const TO = /^[^;.\d()]{0,25}?[ \t](?:to|lên|xuống còn|xuống|còn|đến)[ \t]*(?:mức[ \t]+)?$/u;
const UP = /^(?:rose|increased|grew|climbed|went up|tăng)$/u;
const DOWN = /^(?:fell|decreased|declined|dropped|went down|giảm)$/u;

function unitOf(f: Figure): string {
  return isPercent(f) ? "%" : `${f.unit ?? ""}|${f.scale?.factor ?? "1"}`;
}

export function findByFromTo(ctx: UnitContext): Change[] {
  return ctx.memo("by-from-to", () => {
    const out: Change[] = [];
    // Endpoints another reading holds with a stated change are left to it; one that holds them with
    // a direction already judges the direction.
    const others = [...findChanges(ctx), ...findReverseChanges(ctx)];
    const known = new Set(others.filter((c) => c.stated.length > 0).map((c) => `${c.from.id}>${c.to.id}`));
    const directed = new Set(others.filter((c) => c.direction !== undefined).map((c) => `${c.from.id}>${c.to.id}`));
    for (const s of ctx.sentences) {
      for (let i = 0; i + 2 < s.figs.length; i++) {
        const [d, a, b] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
        if (![d, a, b].every((f) => (f.kind === "number" || f.kind === "percent") && !!f.value && !f.qualifiers.length)) continue;
        const dq = d.qualifiers[0]?.start ?? d.start;
        const lead = LEAD.exec(ctx.lower.slice(Math.max(s.start, dq - 30), dq));
        if (!lead) continue;
        if (!TO_FROM.test(ctx.lower.slice(d.end, a.start)) || !TO.test(ctx.lower.slice(a.end, b.start))) continue;
        if (unitOf(a) !== unitOf(b) || known.has(`${a.id}>${b.id}`)) continue;
        // The change in the endpoints' own measure, or in points or percent.
        const relative = d.unit === "%" && !isPercent(a);
        if (!relative && d.unit !== "pp" && unitOf(d) !== unitOf(a) && !(isPercent(a) && isPercent(d))) continue;
        const verb = lead[1];
        const at = Math.max(s.start, dq - 30) + lead.index + lead[0].indexOf(verb);
        const direction = directed.has(`${a.id}>${b.id}`) ? undefined : UP.test(verb) ? "up" : DOWN.test(verb) ? "down" : undefined;
        out.push({ from: a, to: b, direction, directionWord: direction ? { start: at, end: at + verb.length } : undefined, stated: [{ figure: d, what: relative ? "relative" : "difference" }] });
      }
    }
    return out;
  });
}
