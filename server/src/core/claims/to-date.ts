// A quarter's amount that brings a year-to-date total, with the earlier quarters in brackets:
// "Capital investment in Q3 was £214.6 million, bringing the year-to-date total to £598.2 million
// (Q1: £178.3 million; Q2: £205.3 million)", "Quý III giải ngân 214,6 tỷ đồng, nâng lũy kế 9 tháng
// lên 598,2 tỷ đồng (quý I: 178,3 tỷ đồng; quý II: 205,3 tỷ đồng)". Strict: the bracket names every
// earlier quarter once and nothing else, so the quarters are all of the total.
import type { Figure } from "../types.ts";
import { UnitContext } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const BRINGING = /^[^\d;()]{0,20}?,?[ \t]*(?:bringing|taking|to give|giving)[ \t]+(?:the[ \t]+)?(?:year-to-date|cumulative|running|ytd)[ \t]+(?:total|spend|figure|amount)(?:[ \t]+for the year)?[ \t]+to[ \t]*$|^[^\d;()]{0,20}?,?[ \t]*(?:nâng|đưa)[ \t]+(?:tổng[ \t]+số|lũy kế|luỹ kế)(?:[ \t]+(?:từ đầu năm|\d[ \t]*tháng|[\p{L}]+)){0,4}?[ \t]+lên[ \t]*$/u;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** The quarter a label names: "Q3", "quarter 3", "quý III", "third quarter". */
function quarter(label: string): number | undefined {
  const m = /(?<![\p{L}\d])(?:q([1-4])|quarter[ \t]+([1-4])|quý[ \t]+(iv|iii|ii|i)|(first|second|third|fourth)[ \t]+quarter)(?![\p{L}\d])/u.exec(label);
  if (!m) return undefined;
  if (m[1] || m[2]) return Number(m[1] ?? m[2]);
  if (m[3]) return ROMAN[m[3]];
  return ["first", "second", "third", "fourth"].indexOf(m[4]) + 1;
}

function sameMeasure(a: Figure, b: Figure): boolean {
  return a.kind === "number" && b.kind === "number" && !!a.unit && a.unit === b.unit && a.unit !== "%" && a.unit !== "pp" && a.unit !== "times" && !a.perYear && !b.perYear;
}

export function findToDateParts(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (const s of ctx.sentences) {
    for (let i = 1; i < s.figs.length; i++) {
      // ("nâng lũy kế 9 tháng lên …": the months the total covers stand between.)
      let j = i;
      while (j < s.figs.length - 1 && /^(?:tháng|months?)$/u.test(s.figs[j].noun ?? "")) j++;
      const [a, t] = [s.figs[i - 1], s.figs[j]];
      if (!sameMeasure(a, t) || used.has(a.id) || used.has(t.id) || a.qualifiers.length || t.qualifiers.length) continue;
      if (!BRINGING.test(ctx.lower.slice(a.end, t.start).replace(/(?<![\d.,])\d{1,2}[ \t]+(?=tháng|months?)/gu, ""))) continue;
      const n = quarter(ctx.lower.slice(s.start, a.start));
      if (!n || n < 2) continue;
      const open = /^[ \t]*\(/u.exec(ctx.text.slice(t.end, t.end + 3));
      if (!open) continue;
      const from = t.end + open[0].length;
      const k = ctx.text.slice(from, Math.min(s.end, from + 300)).indexOf(")");
      if (k < 0) continue;
      const close = from + k;
      const items = s.figs.filter((f) => f.start >= from && f.end <= close);
      if (items.length !== n - 1 || items.some((f) => !sameMeasure(t, f) || used.has(f.id) || f.qualifiers.length)) continue;
      const seen = new Set<number>();
      let at = from;
      let ok = true;
      for (const f of items) {
        const label = ctx.lower.slice(at, f.start);
        const q = /^[ \t]*[,;]?[ \t]*(?:and[ \t]+|và[ \t]+)?([\p{L}\d \t]{1,20}?)[ \t]*:?[ \t]*$/u.exec(label);
        const qn = q ? quarter(q[1]) : undefined;
        if (!qn || qn >= n || seen.has(qn)) { ok = false; break; }
        seen.add(qn);
        at = f.end;
      }
      if (!ok || !/^[ \t]*$/u.test(ctx.text.slice(at, close))) continue;
      const parts = [...items, a];
      out.push({ whole: t, wholeNum: t.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: true, amounts: true, listed: true });
      used.add(t.id);
      for (const f of parts) used.add(f.id);
    }
  }
  return out;
}
