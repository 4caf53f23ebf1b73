// A lead of its own that names a noun and the dimension it is split by, over list items that each
// give a count and maybe an amount: "We … made 386 awards … . Grants totalled £13.72m … . Awards by
// programme were:\n\n- **Community health**: 142 grants, £5.18m\n- …", "… cấp 412 giấy phép … .
// Giấy phép theo lĩnh vực như sau:\n- Xây dựng: 180 giấy phép; …". The whole of the counts is the
// one count of the lead's noun in the sentences just before; the whole of the amounts the one amount
// said to be a total there. A split by one dimension is all of the whole.
import { sameNoun } from "../figures/nouns.ts";
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const LEAD = /^[\s#*•-]*((?:[\p{L}\p{M}'’-]+[ \t]+){0,2}[\p{L}\p{M}'’-]+)[ \t]+(?:by|theo|phân theo|chia theo)[ \t]+[\p{L}\p{M} \t-]{1,30}?[ \t]*(?:(?:were|was|are|is|như sau|as follows)[ \t]*)?:\s*$/u;
const ITEM = /^\s*[-*+•][ \t]+(?:\*\*|__)?[\p{L}\p{M}][^:\n]{0,80}?(?:\*\*|__)?(?:[ \t]*\([^()\n]{0,60}\))?[ \t]*:[ \t]*$/u;
const NOT_WHOLE = /(?:tăng|giảm|so với|kế hoạch|mục tiêu|bình quân|average|per|up|down|from|by|than|target|plan|budget|of)[ \t]*$/u;
const TOTAL_BEFORE = /(?<![\p{L}])(?:total|totalled|totaled|totalling|tổng|tổng cộng|tổng số)(?![\p{L}])[^\d;.]{0,30}$/u;

function amountKind(f: Figure): string | undefined {
  if (f.kind !== "number" || !f.unit || f.unit === "%" || f.unit === "pp" || f.unit === "times" || f.perYear || f.qualifiers.length) return undefined;
  return `${f.unit}|${f.scale?.factor ?? "1"}`;
}

export function findByLeadLists(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (let si = 1; si + 2 < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    if (s.figs.length) continue;
    const lead = LEAD.exec(ctx.lower.slice(s.start, s.end));
    if (!lead) continue;
    const counts: Figure[] = [];
    const amounts: Figure[] = [];
    let ok = true;
    let j = si + 1;
    for (; j < ctx.sentences.length; j++) {
      const t = ctx.sentences[j];
      if (!/^\s*[-*+•][ \t]/u.test(ctx.text.slice(t.start, t.start + 8))) break;
      const figs = t.figs.filter((f) => !inBrackets(ctx, t.start, f.start));
      const c = figs[0];
      if (!c || c.kind !== "number" || !isCount(c) || c.unit || !c.noun || c.qualifiers.length || used.has(c.id) || !ITEM.test(ctx.lower.slice(t.start, c.start))) { ok = false; break; }
      if (counts.length && !sameNoun(c.noun, counts[0].noun)) { ok = false; break; }
      counts.push(c);
      const a = figs[1];
      if (figs.length > 2 || (a && (!amountKind(a) || used.has(a.id) || !/^[ \t]*,[ \t]*$/u.test(ctx.lower.slice(ctx.lower.indexOf(c.noun, c.end) + c.noun.length, a.start))))) { ok = false; break; }
      if (a) amounts.push(a);
    }
    if (!ok || counts.length < 2 || (amounts.length && amounts.length !== counts.length) || (amounts.length && amounts.some((a) => amountKind(a) !== amountKind(amounts[0])))) continue;
    // The wholes: in the three sentences before, the one count of the lead's noun (or the items'),
    // and the one amount of the items' kind said to be a total.
    const before = ctx.sentences.slice(Math.max(0, si - 3), si).flatMap((p) => p.figs.filter((f) => !inBrackets(ctx, p.start, f.start) && !NOT_WHOLE.test(ctx.lower.slice(Math.max(p.start, (f.qualifiers[0]?.start ?? f.start) - 16), f.qualifiers[0]?.start ?? f.start))));
    const countWholes = before.filter((f) => f.kind === "number" && isCount(f) && !f.unit && !!f.noun && (sameNoun(f.noun, lead[1]) || sameNoun(lead[1], f.noun) || sameNoun(f.noun, counts[0].noun)));
    if (countWholes.length === 1 && !used.has(countWholes[0].id)) {
      const w = countWholes[0];
      out.push({ whole: w, wholeNum: w.value!, parts: counts.map((f) => ({ figure: f, num: f.value! })), exhaustive: true, listed: true, cue: { start: s.start, end: s.end } });
      used.add(w.id);
      for (const f of counts) used.add(f.id);
    }
    if (amounts.length) {
      const amountWholes = before.filter((f) => amountKind(f) === amountKind(amounts[0]) && TOTAL_BEFORE.test(ctx.lower.slice(Math.max(0, f.start - 40), f.qualifiers[0]?.start ?? f.start)));
      if (amountWholes.length === 1 && !used.has(amountWholes[0].id)) {
        const w = amountWholes[0];
        out.push({ whole: w, wholeNum: w.value!, parts: amounts.map((f) => ({ figure: f, num: f.value! })), exhaustive: true, listed: true, amounts: true, cue: { start: s.start, end: s.end } });
        used.add(w.id);
        for (const f of amounts) used.add(f.id);
      }
    }
  }
  return out;
}
