// A comparison of two amounts named by the labels of list items above, with its gap: "- Thu Quỹ
// BHTN 6 tháng: 1.538,4 tỷ đồng. - Chi Quỹ BHTN 6 tháng: 1.296,8 tỷ đồng …" then "Như vậy, số thu lớn
// hơn số chi 241,6 tỷ đồng"; "- Income: £2.41m - Expenditure: £2.29m" then "Income exceeded
// expenditure by £0.12m". The side is the word's, the size the difference.
//
// Trust first: each name opens exactly one bulleted item (its label's first word, then a colon) in
// this unit or the one before, both in the same one; the item's first figure after the colon is an
// amount of the gap's unit and scale.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import type { LabelGap } from "./label-gap.ts";
import { findInlineLabelGaps } from "./label-multiple.ts";

const NAME = String.raw`((?:[\p{L}\p{M}-]+[ \t]+){0,2}?[\p{L}\p{M}-]+)`;
const VI = new RegExp(String.raw`(?:^|[.;:,]|\n)[ \t*•-]*(?:(?:như[ \t]+vậy|do[ \t]+đó|vì[ \t]+vậy|tính[ \t]+chung)[ \t]*,?[ \t]*)?(?:số[ \t]+|tổng[ \t]+|khoản[ \t]+)?${NAME}[ \t]+(?:đã[ \t]+)?(lớn[ \t]+hơn|nhiều[ \t]+hơn|cao[ \t]+hơn|nhỏ[ \t]+hơn|ít[ \t]+hơn|thấp[ \t]+hơn|vượt)[ \t]+(?:so[ \t]+với[ \t]+)?(?:số[ \t]+|tổng[ \t]+|khoản[ \t]+)?${NAME}[ \t]+(?:là[ \t]+|khoảng[ \t]+)?$`, "u");
const EN_BY = new RegExp(String.raw`(?:^|[.;:,]|\n)[ \t*•-]*(?:(?:so|thus|overall|therefore|in[ \t]+total)[ \t]*,?[ \t]*)?(?:the[ \t]+|total[ \t]+)?${NAME}[ \t]+(exceeded|exceeds|outstripped|outstrips|fell[ \t]+short[ \t]+of|falls[ \t]+short[ \t]+of)[ \t]+(?:the[ \t]+|total[ \t]+)?${NAME}[ \t]+by[ \t]+$`, "u");
const EN_LEAD = new RegExp(String.raw`(?:^|[.;:,]|\n)[ \t*•-]*(?:(?:so|thus|overall|therefore|in[ \t]+total)[ \t]*,?[ \t]*)?(?:the[ \t]+|total[ \t]+)?${NAME}[ \t]+(?:was|were|is|are|came[ \t]+in)[ \t]+$`, "u");
const EN_TAIL = new RegExp(String.raw`^[ \t]+(higher|more|greater|lower|less)[ \t]+than[ \t]+(?:the[ \t]+|total[ \t]+)?${NAME}[ \t]*(?=[.,;]|$)`, "u");
const SKIP = /^(?:the|a|an|its|our|their|this|that|số|tổng|khoản)$/u;

function sameAmount(f: Figure, g: Figure): boolean {
  return f.kind === "number" && !!f.value && !!f.unit && f.unit === g.unit && (f.scale?.factor ?? "1") === (g.scale?.factor ?? "1") && !f.qualifiers.length;
}

/** The amount of the one bulleted item whose label opens with the name's words (of the gap's kind,
 * or any amount when `gap` is undefined). */
export function itemAmount(c: UnitContext, name: string, upTo: number, gap?: Figure): Figure | undefined | null {
  const ws = name.split(/[ \t]+/u).filter((w) => !SKIP.test(w));
  if (!ws.length) return undefined;
  const hits: (Figure | undefined)[] = [];
  for (const m of c.lower.slice(0, upTo).matchAll(/(?:^|\n)[ \t]*(?:[-*+•–]|\d{1,2}[.)])[ \t]+([^:\n]{1,100}):/gu)) {
    const label = m[1].replace(/[*_`]/gu, "").trim().split(/[ \t]+/u);
    while (label.length > 1 && SKIP.test(label[0])) label.shift();
    if (!ws.every((w, i) => label[i] === w)) continue;
    const from = m.index! + m[0].length;
    const f = c.figures.find((g) => g.start >= from);
    const nl = c.text.indexOf("\n", from);
    hits.push(f && (nl < 0 || f.start < nl) && (gap ? sameAmount(f, gap) : f.kind === "number" && !!f.value && !f.qualifiers.length) ? f : undefined);
  }
  // (null: a label that opens several items, or none of its kind.)
  return hits.length === 1 ? hits[0] ?? null : hits.length ? null : undefined;
}

export function findLabelAmountGaps(ctx: UnitContext): LabelGap[] {
  return ctx.memo("label-amount-gaps", () => {
    const out: LabelGap[] = [];
    const vi = ctx.lang === "vi";
    if (!(vi ? /hơn|vượt/u : /exceed|outstrip|short of|than/u).test(ctx.lower)) return out;
    for (const s of ctx.sentences) {
      for (const d of s.figs) {
        if (d.kind !== "number" || !d.value || !d.unit || d.qualifiers.length || d.unit === "%" || d.unit === "pp") continue;
        const head = ctx.lower.slice(s.start, d.start);
        let a: string | undefined;
        let b: string | undefined;
        let higher = true;
        let word = { start: d.start, end: d.end };
        if (vi) {
          const m = VI.exec(head);
          if (!m) continue;
          [a, b, higher] = [m[1], m[3], /^(?:lớn|nhiều|cao|vượt)/u.test(m[2])];
          const at = s.start + m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
          word = { start: at, end: at + m[2].length };
        } else {
          const m = EN_BY.exec(head);
          if (m) {
            [a, b, higher] = [m[1], m[3], !/short/u.test(m[2])];
            const at = s.start + m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
            word = { start: at, end: at + m[2].length };
          } else {
            const l = EN_LEAD.exec(head);
            const t = l ? EN_TAIL.exec(ctx.lower.slice(d.end, s.end)) : null;
            if (!l || !t) continue;
            [a, b, higher] = [l[1], t[2], /^(?:higher|more|greater)$/u.test(t[1])];
            const at = d.end + t.index + t[0].indexOf(t[1]);
            word = { start: at, end: at + t[1].length };
          }
        }
        if (!a || !b || a === b) continue;
        // Nothing between the gap and the words but the names: no figure in the clause before it.
        const clauseFrom = s.start + Math.max(head.lastIndexOf(";"), head.lastIndexOf(","), head.lastIndexOf("\n")) + 1;
        if (s.figs.some((f) => f !== d && f.start >= clauseFrom && f.start < d.start)) continue;
        let src: UnitContext = ctx;
        let x = itemAmount(ctx, a, clauseFrom, d);
        let y = itemAmount(ctx, b, clauseFrom, d);
        if (x === undefined && y === undefined) {
          const prev = ctx.previous();
          if (!prev) continue;
          src = prev;
          x = itemAmount(prev, a, prev.text.length, d);
          y = itemAmount(prev, b, prev.text.length, d);
        }
        if (!x || !y || x === y) continue;
        out.push({ x, y, gap: d, higher, word, src });
      }
    }
    out.push(...findInlineLabelGaps(ctx, out));
    return out;
  });
}
