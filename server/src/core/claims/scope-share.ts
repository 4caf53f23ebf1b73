// A part's bare share of the count that opens the sentence before as everything there is: "Toàn
// huyện có 412 tổ tiết kiệm và vay vốn … . Kết quả đánh giá năm 2024 có 386 tổ xếp loại tốt, chiếm
// 93,7%", "There are 412 savings groups in the district. In 2024, 386 groups were rated good,
// accounting for 93.7%." Strict: the whole opens its sentence ("toàn/cả <nơi> có", "there are/were"),
// the part is of its noun with no other count of that noun before it in its sentence, and the percent names no
// base of its own (nothing follows it but the end of its clause).
import { sameNoun } from "../figures/nouns.ts";
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { UnitContext, isCount } from "./context.ts";

export interface ScopeShare {
  part: Figure;
  whole: Figure;
  percent: Figure;
}

const OPENS = /^[\s"“*•-]*(?:(?:toàn|cả)[ \t]+[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?[ \t]+(?:hiện[ \t]+|hiện nay[ \t]+)?có|there[ \t]+(?:are|were|was|is)(?:[ \t]+now)?)[ \t]*$/u;
const LINK = /^[^\d;:.()%]{0,60},[ \t]*(?:chiếm|accounting for|representing|or)[ \t]*(?:tỷ lệ[ \t]*)?$/u;
// ("That is a fall of 853 incidents, or 10.3%": the size of a change is no part.)
const CHANGE_BEFORE = /(?:tăng|giảm|thêm|hơn|vượt|up|down|by|more|fewer|than|from|từ|so với|(?:fall|rise|increase|decrease|drop|reduction|cut|decline|growth|gain|loss|improvement|deterioration)[ \t]+of)[ \t]*$/u;

/** "368 tổ xếp loại tốt" of "412 tổ tiết kiệm": the whole's head noun, then the part's own verb. */
const PREDICATE = /^(?:xếp|đạt|được|hoàn|có|không|chưa|bị|đã|đang|vượt|thực|tham|hoạt|duy)$/u;

function ofWhole(part: string, whole: string): boolean {
  if (sameNoun(part, whole) || sameNoun(whole, part)) return true;
  const [a, b] = [part.split(" "), whole.split(" ")];
  return !/^[a-z-]+$/u.test(a[0]) && a[0] === b[0] && a.length > 1 && PREDICATE.test(a[1]);
}

export function findScopeShares(ctx: UnitContext, taken: Set<Figure>): ScopeShare[] {
  const out: ScopeShare[] = [];
  for (let si = 1; si < ctx.sentences.length; si++) {
    const prev = ctx.sentences[si - 1];
    const whole = prev.figs[0];
    if (!whole || whole.kind !== "number" || !isCount(whole) || !whole.noun || whole.qualifiers.length) continue;
    if (!OPENS.test(ctx.lower.slice(prev.start, whole.start))) continue;
    const s = ctx.sentences[si];
    for (let i = 1; i < s.figs.length; i++) {
      const [part, p] = [s.figs[i - 1], s.figs[i]];
      if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.some((q) => q.kind !== "estimate")) continue;
      if (part.kind !== "number" || !isCount(part) || !part.noun || part.qualifiers.length || !ofWhole(part.noun, whole.noun)) continue;
      if (!LINK.test(ctx.lower.slice(part.end, p.start)) || !/^[ \t]*(?:[;.,]|$)/u.test(ctx.lower.slice(p.end, p.end + 3))) continue;
      if (CHANGE_BEFORE.test(ctx.lower.slice(Math.max(s.start, part.start - 24), part.start))) continue;
      // No other count of the noun before the part in its sentence (the whole's own sentence may
      // go on to say what it is: "412 tổ … qua 4 tổ chức …").
      const between = s.figs.filter((f) => f.start < part.start);
      if (between.some((f) => !!f.noun && (sameNoun(f.noun, whole.noun) || sameNoun(whole.noun, f.noun)))) continue;
      if (!new D(whole.value!.exact).gt(part.value!.exact)) continue;
      out.push({ part, whole, percent: p });
    }
  }
  return out;
}
