// Counts that carry an amount each: "46 dự án với tổng diện tích 312,8 ha, gồm 29 dự án chuyển tiếp
// (204,5 ha) và 17 dự án khởi công mới (108,3 ha)", "46 projects covering 312.8 ha, comprising 29
// continuing projects (204.5 ha) and 17 new projects (108.3 ha)". Once the counts are read as parts
// of the count, the amount stated with it splits as they do: each part's bracket holds its share.
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets } from "./context.ts";
import type { TotalParts } from "./parts.ts";

/** The amount said of the whole, right after it: "với tổng diện tích", "with a total area of", "covering". */
const OF_WHOLE = /(?<![\p{L}])(?:với|có|cùng|with|covering|totalling|totaling|worth)(?:[ \t]+[\p{L}\p{M}]+){0,4}[ \t]*(?:là|of|khoảng)?[ \t]*$/u;
const NOT_OF_WHOLE = /(?<![\p{L}])(?:tăng|giảm|so với|kế hoạch|mục tiêu|bình quân|mỗi|up|down|than|plan|target|average|per|each)(?![\p{L}])/u;

function measure(f: Figure): string | undefined {
  if (f.kind !== "number" || !f.unit || f.unit === "%" || f.unit === "pp" || f.unit === "times" || f.perYear || f.qualifiers.length) return undefined;
  return f.unit;
}

/** The one amount in the bracket right after a part (and its noun's words), or none. */
function bracketAmount(ctx: UnitContext, f: Figure, next: number, unit: string): Figure | undefined {
  const open = ctx.text.indexOf("(", f.end);
  if (open < 0 || open >= next || /[,;:]/u.test(ctx.text.slice(f.end, open))) return undefined;
  const close = ctx.text.indexOf(")", open);
  if (close < 0 || close >= next || ctx.text.slice(open + 1, close).includes("(")) return undefined;
  const s = ctx.sentenceOf(f);
  const inside = s.figs.filter((g) => g.start > open && g.end <= close);
  if (inside.length !== 1 || measure(inside[0]) !== unit) return undefined;
  // (Words before it may name it, "(diện tích 204,5 ha)", but not make it a change or a plan, "(up 4.5 ha)".)
  const words = ctx.lower.slice(open + 1, inside[0].qualifiers[0]?.start ?? inside[0].start);
  if (!/^[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,3}$/u.test(words) || NOT_OF_WHOLE.test(words) || /(?<![\p{L}])(?:from|to|by|từ|lên|xuống|thêm|hơn|more|fewer|less)(?![\p{L}])/u.test(words) || !/^[ \t]*$/u.test(ctx.text.slice(inside[0].end, close))) return undefined;
  return inside[0];
}

export function findBracketTwins(ctx: UnitContext, totals: TotalParts[], used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (const t of totals) {
    if (t.amounts || t.parts.length < 2 || t.whole.kind !== "number") continue;
    const s = ctx.sentenceOf(t.whole);
    const first = t.parts[0].figure;
    if (ctx.sentenceOf(first) !== s) continue;
    const between = s.figs.filter((g) => g.start > t.whole.end && g.end <= first.start);
    if (between.length !== 1) continue;
    const w = between[0];
    const unit = measure(w);
    if (!unit || used.has(w.id) || inBrackets(ctx, s.start, w.start)) continue;
    const lead = ctx.lower.slice(t.whole.end, w.qualifiers[0]?.start ?? w.start);
    if (!OF_WHOLE.test(lead) || NOT_OF_WHOLE.test(lead) || /[;.]/u.test(lead)) continue;
    const amounts: Figure[] = [];
    for (let i = 0; i < t.parts.length; i++) {
      const f = t.parts[i].figure;
      const next = i + 1 < t.parts.length ? t.parts[i + 1].figure.start : s.end;
      const a = bracketAmount(ctx, f, next, unit);
      if (!a || used.has(a.id)) break;
      amounts.push(a);
    }
    if (amounts.length !== t.parts.length) continue;
    out.push({ whole: w, wholeNum: w.value!, parts: amounts.map((f) => ({ figure: f, num: f.value! })), exhaustive: t.exhaustive, amounts: true, listed: t.listed, open: t.open });
    used.add(w.id);
    for (const f of amounts) used.add(f.id);
  }
  return out;
}
