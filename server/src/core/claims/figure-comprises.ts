// A figure of the sentence before, named again and broken down: "Total system losses fell from
// 14.6% in FY2020 to 11.8% in FY2024 … . The FY2024 figure comprises technical losses of 7.9% and
// non-technical losses … of 3.9%", "Tỷ lệ tổn thất điện năng năm 2024 là 6,8%. Con số năm 2024
// gồm tổn thất truyền tải 2,1% và tổn thất phân phối 4,7%". Strict: the sentence opens with "the
// <period> figure/total/rate comprises" ("con số/tổng số/tỷ lệ năm <period> gồm"); its whole is the
// one figure of the sentence before stated for that period, or its only figure of the parts' kind;
// the parts, all of one kind with it, are all of it.
import type { Figure } from "../types.ts";
import { UnitContext } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const OPENS = /^[\s"“*•-]*(?:(?:the|this|that)[ \t]+(?:((?:fy|fy[ \t]*)?\d{4}(?:[/-]\d{2,4})?)[ \t]+)?(?:figure|total|rate)[ \t]+(?:comprises|comprised|is made up of|was made up of|consists of|consisted of)|(?:con số|tổng số|tỷ lệ)[ \t]+(?:này|năm[ \t]+(\d{4}))[ \t]+(?:gồm|bao gồm|gồm có))(?![\p{L}])/u;
const NOT_PART = /(?:up|down|from|to|by|than|tăng|giảm|từ|xuống|lên|so với|target|mục tiêu|kế hoạch)[ \t]*$/u;

function kind(f: Figure): string | undefined {
  if (f.kind === "percent") return f.unit === "%" ? "%" : undefined;
  if (f.kind !== "number" || !f.unit || f.perYear || f.unit === "pp" || f.unit === "times") return undefined;
  return `${f.unit}|${f.scale?.factor ?? "1"}`;
}

export function findFigureComprises(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const m = OPENS.exec(ctx.lower.slice(s.start, s.end));
    if (!m) continue;
    const parts = s.figs;
    const k = parts[0] && kind(parts[0]);
    if (parts.length < 2 || !k || parts.some((f) => kind(f) !== k || used.has(f.id) || f.qualifiers.length)) continue;
    if (parts.some((f) => NOT_PART.test(ctx.lower.slice(Math.max(s.start, f.start - 12), f.start)) || /\([^)]*$/u.test(ctx.lower.slice(s.start, f.start)))) continue;
    const prev = ctx.sentences[si - 1];
    const cands = prev.figs.filter((f) => kind(f) === k && !f.qualifiers.length);
    const period = (m[1] ?? m[2])?.replace(/[ \t]+/gu, "");
    let whole: Figure | undefined;
    if (period) {
      const tied = cands.filter((f) => {
        const after = ctx.lower.slice(f.end, Math.min(prev.end, f.end + 16)).replace(/[ \t]+/gu, " ");
        const before = ctx.lower.slice(Math.max(prev.start, f.start - 24), f.start);
        const p = period.replace(/[/]/gu, "\\/");
        // "11.8% in FY2024", "năm 2024 là 6,8%".
        return new RegExp(`^ (?:in |for |năm |vào năm )?${p}(?![\\d])`, "u").test(after) || new RegExp(`(?:năm|in|for)[ \\t]+${p}[ \\t]+(?:là|đạt|was|stood at|of)[ \\t]*$`, "u").test(before);
      });
      whole = tied.length === 1 ? tied[0] : undefined;
    } else whole = cands.length === 1 ? cands[0] : undefined;
    if (!whole || used.has(whole.id)) continue;
    out.push({ whole, wholeNum: whole.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: true, amounts: true, listed: true });
    used.add(whole.id);
    for (const f of parts) used.add(f.id);
  }
  return out;
}
