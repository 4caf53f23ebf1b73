// A heading that carries its count in brackets, then the items that make it up: "Out-of-court
// disposals (118):" over lines "Youth cautions ........ 23", "Court orders (94): referral orders 52;
// youth rehabilitation orders 38; other orders 3", "Số vụ việc (412): hòa giải thành 367; …".
// Strict: the heading is a name of words ending in its bracketed count and a colon; every item holds
// one count and a name of words, nothing else. Lines under the heading, up to a blank line, are all of
// it; items on the heading's own line are all of it only when the last is named as the rest.
import type { Figure } from "../types.ts";
import { UnitContext, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const HEAD = /(?:^|\n)[ \t]*(?:[-*•+][ \t]+)?[\p{L}][\p{L}\p{M} '’&/-]{2,60}?[ \t]*\([ \t]*(\d[\d.,]*)[ \t]*\)[ \t]*:/gu;
const REST = /(?<![\p{L}])(?:other|others|the[ \t]+rest|remaining|khác|còn[ \t]+lại)(?![\p{L}])/u;
const NAME = /^[ \t]*(?:[-*•+][ \t]+)?[\p{L}][\p{L}\p{M} '’&/(),-]{1,80}?[ \t.:…]*$/u;

function countOk(f: Figure | undefined, w: Figure): f is Figure {
  return !!f && f.kind === "number" && isCount(f) && !!f.value && !f.unit && !f.qualifiers.length && f !== w;
}

export function findHeadedCounts(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  if (!ctx.text.includes("):")) return out;
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(ctx.text); m; m = HEAD.exec(ctx.text)) {
    const colon = m.index + m[0].length;
    const at = colon - m[0].length + m[0].lastIndexOf(m[1]);
    const w = ctx.figures.find((f) => f.start === at);
    if (!w || !countOk(w, { ...w }) || used.has(w.id)) continue;
    const lineEnd = ctx.text.indexOf("\n", colon);
    const rest = ctx.text.slice(colon, lineEnd < 0 ? ctx.text.length : lineEnd);
    const items: Figure[] = [];
    let closed = false;
    if (/^[ \t]*$/u.test(rest)) {
      // One item a line below, up to a blank line.
      let from = lineEnd + 1;
      while (from > 0 && from < ctx.text.length) {
        const end = ctx.text.indexOf("\n", from);
        const to = end < 0 ? ctx.text.length : end;
        const line = ctx.text.slice(from, to);
        if (!line.trim()) break;
        const figs = ctx.figures.filter((f) => f.start >= from && f.end <= to);
        const f = figs[0];
        if (figs.length !== 1 || !countOk(f, w) || used.has(f.id) || !/^[ \t]*$/u.test(ctx.text.slice(f.end, to).replace(/[.;,]$/u, "")) || !NAME.test(ctx.text.slice(from, f.start))) { items.length = 0; break; }
        items.push(f);
        from = to + 1;
      }
      closed = items.length >= 2;
    } else {
      // Items on the heading's own line, to the sentence's end: "referral orders 52; …; other orders 3."
      const stop = ctx.text.slice(colon, lineEnd < 0 ? undefined : lineEnd).search(/\.(?:\s|$)/u);
      const end = stop < 0 ? (lineEnd < 0 ? ctx.text.length : lineEnd) : colon + stop;
      const figs = ctx.figures.filter((f) => f.start > colon && f.end <= end);
      let from = colon;
      let ok = figs.length >= 2;
      for (const f of figs) {
        if (!countOk(f, w) || used.has(f.id)) { ok = false; break; }
        const before = ctx.lower.slice(from, f.start).replace(/^[ \t]*[;,][ \t]*/u, "");
        const after = ctx.lower.slice(f.end, figs[figs.indexOf(f) + 1]?.start ?? end);
        const name = (before.trim() || after.split(/[;,]/u)[0]).trim();
        if (!name || !/^[\p{L}][\p{L}\p{M} '’&/()-]{1,80}$/u.test(name)) { ok = false; break; }
        items.push(f);
        from = f.end + (before.trim() ? 0 : after.split(/[;,]/u)[0].length);
      }
      if (!ok) items.length = 0;
      const last = items[items.length - 1];
      closed = !!last && REST.test(ctx.lower.slice(Math.max(colon, ctx.text.lastIndexOf(";", last.start)), last.end + 20));
    }
    if (items.length < 2) continue;
    out.push({ whole: w, wholeNum: w.value!, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: closed, listed: true, open: !closed || undefined });
    used.add(w.id);
    for (const f of items) used.add(f.id);
  }
  return out;
}
