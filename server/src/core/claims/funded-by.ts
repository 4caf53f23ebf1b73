// An amount and the sources that paid for it: "Actual spending was $14.18 million, 96.3% of budget,
// funded by the state surcharge ($9.64 million) and the county general fund ($4.54 million)",
// "funded from $9.64m of surcharge income and $4.54m from the general fund", "Tổng kinh phí 14,18 tỷ
// đồng, từ nguồn ngân sách tỉnh 9,64 tỷ đồng và ngân sách huyện 4,54 tỷ đồng". Money comes from one
// source each, so the sources make the amount (all of it unless the words say partly or mainly).
// Strict: the amount is the last of its measure before the words, in the same sentence, with only
// words and shares between; every amount of its measure after the words, to the clause's end, is a
// source with a label of its own (before it, or "from …" after it); no change or plan words.
import type { Figure } from "../types.ts";
import { UnitContext, allMatches, inBrackets } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const FUNDED = /(?<![\p{L}])(?:(?:funded|financed|paid for|met|covered|resourced)[ \t]+(?:(jointly|partly|partially|mainly|largely|mostly|primarily|wholly|entirely|fully)[ \t]+)?(?:by|from|through|out of)|(?:came|comes|come)[ \t]+(?:(jointly|partly|partially|mainly|largely|mostly|primarily|wholly|entirely|fully)[ \t]+)?from|(?:được[ \t]+)?(?:bố trí|huy động|đảm bảo|cân đối)?[ \t]*từ[ \t]+(?:các[ \t]+)?nguồn)(?![\p{L}])[ \t]*:?/gu;
const SOME = /(?<![\p{L}])(?:partly|partially|mainly|largely|mostly|primarily|including|among others|such as|chủ yếu|một phần|trong đó|như)(?![\p{L}])/u;
const NOT_SOURCE = /(?<![\p{L}])(?:up (?:by|from|on)|down (?:by|from|on)|increase|decrease|rose|fell|compared|against|than|budget|plan|target|forecast|tăng|giảm|so với|kế hoạch|dự toán|mục tiêu|average|bình quân|per|each|mỗi)(?![\p{L}])/u;

const PRONOUN = /^\s*(?:it|this|this (?:funding|money|sum|amount|budget|income|spending)|the (?:funding|money|sum)|these funds|khoản (?:kinh phí|tiền) này|số tiền này|nguồn (?:kinh phí|vốn) này|kinh phí này)[ \t]+(?:was[ \t]+|is[ \t]+|will be[ \t]+|được[ \t]+)?(?:(?:jointly|partly|mainly|largely|mostly|wholly|entirely|fully)[ \t]+)?$/u;

function money(f: Figure): boolean {
  return f.kind === "number" && !!f.unit && f.unit !== "%" && f.unit !== "pp" && f.unit !== "times" && !f.perYear;
}

export function findFundedBy(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (const m of allMatches(FUNDED, ctx.lower)) {
    const p = m.index!;
    const cueEnd = p + m[0].length;
    const si = ctx.sentenceIndexAt(p);
    if (si < 0) continue;
    const s = ctx.sentences[si];
    // ("7.150 tỷ đồng (trong đó chi từ nguồn thu tiền sử dụng đất 3.120 tỷ đồng), …": a source named
    // inside a bracket is an aside about one part.)
    if (inBrackets(ctx, s.start, p)) continue;
    const before = s.figs.filter((f) => f.end <= p);
    // ("The Partnership's budget … was £1.24 million. It came from …": a pronoun for the one amount of
    // the sentence before.)
    const prevMoney = si > 0 && !before.length && PRONOUN.test(ctx.lower.slice(s.start, p)) ? ctx.sentences[si - 1].figs.filter((f) => money(f) && !/^[ \t]+(?:per|a|an|each|mỗi)[ \t]/u.test(ctx.lower.slice(f.end, f.end + 8))) : [];
    const whole = [...before].reverse().find(money) ?? (prevMoney.length === 1 ? prevMoney[0] : undefined);
    // ("…, of which £2.10m came from the combined authority, £0.58m from …": an amount right before the
    // words, itself after a list's words, is the first of the sources, not their whole.)
    if (whole && /(?<![\p{L}])(?:of which|of this|of these|including|trong đó|gồm)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, whole.start - 14), whole.qualifiers[0]?.start ?? whole.start))) continue;
    if (!whole || used.has(whole.id) || whole.qualifiers.length || inBrackets(ctx, s.start, whole.start)) continue;
    // Between the amount and the words: only its own words and shares of it ("96.3% of budget").
    if (whole.end > s.start && (before.some((f) => f.start > whole.end && f.kind !== "percent") || p - whole.end > 90 || /[;:]/u.test(ctx.text.slice(whole.end, p)))) continue;
    const semi = ctx.text.indexOf(";", cueEnd);
    let end = semi >= 0 && semi < s.end ? semi : s.end;
    // ("It was funded by:" over one source a line: "- grants from trusts and foundations: £1.52m".)
    if (/:[ \t]*$/u.test(m[0]) && /^[ \t]*\r?\n?[ \t]*$/u.test(ctx.text.slice(cueEnd, s.end))) {
      let j = si + 1;
      while (j < ctx.sentences.length && /^\s*(?:[-*+•–]|\d{1,2}[.)])[ \t]+/u.test(ctx.text.slice(ctx.sentences[j].start, ctx.sentences[j].start + 12)) && ctx.sentences[j].figs.filter(money).length === 1) j++;
      if (j - si - 1 >= 2) end = ctx.sentences[j - 1].end;
    }
    const after = (end > s.end ? ctx.figures : s.figs).filter((f) => f.start >= cueEnd && f.start < end);
    const items = after.filter((f) => money(f) && f.unit === whole.unit);
    // (Nothing else in the list but the sources and their shares in brackets.)
    // ("the state 911 surcharge": a number in a source's name is no amount.)
    const inName = (f: Figure) => f.kind === "number" && !f.unit && !f.scale && /^[ \t]+\p{L}/u.test(ctx.text.slice(f.end, f.end + 3)) && !/(?:[,;(]|(?<![\p{L}])(?:and|và))[ \t]*$/u.test(ctx.lower.slice(f.start - 6, f.start));
    if (items.length < 2 || after.some((f) => !items.includes(f) && !(f.kind === "percent" && inBrackets(ctx, cueEnd, f.start)) && !inName(f)) || items.some((f) => used.has(f.id) || f.qualifiers.length)) continue;
    let at = cueEnd;
    let ok = true;
    for (const f of items) {
      const q = f.qualifiers[0]?.start ?? f.start;
      // (A list line's marker, and the end of the line before, are no part of its label.)
      const head = ctx.lower.slice(at, q).replace(/^[ \t]*[;,.]?\s*(?:[-*+•–]|\d{1,2}[.)])[ \t]+/u, "");
      const tail = ctx.lower.slice(f.end, Math.min(end, f.end + 60)).split(/[,;]|(?<![\p{L}])(?:and|và)(?![\p{L}])/u)[0];
      // A label before it (its bracket or just its words), or "from …" after it.
      const labelBefore = /^[ \t]*(?:,|;|(?<![\p{L}])(?:and|và))?[ \t]*(?:the[ \t]+|các[ \t]+)?[\p{L}\p{M}][\p{L}\p{M} \t'’&-]{1,120}?[ \t]*(?:\(|:|,)?[ \t]*$/u.test(head.replace(/(?<!\d)\d{3,4}(?!\d)/gu, "x"));
      const article = /^[ \t]*(?:,|;|(?<![\p{L}])(?:and|và))?[ \t]*(?:an?|the)[ \t]*$/u.test(head);
      // ("a £70m loan from the National Wealth Fund, a £40m grant from …": what it is, then whence.)
      const labelAfter = /^[ \t]*(?:[\p{L}-]+[ \t]+){0,2}?(?:from|out of|từ)[ \t]+(?:the[ \t]+)?[\p{L}\p{M}]/u.test(tail) && /^[ \t]*(?:,|;|(?<![\p{L}])(?:and|và))?[ \t]*(?:(?<![\p{L}])an?[ \t]+)?$/u.test(head);
        if ((!labelBefore && !labelAfter) || NOT_SOURCE.test(head) || NOT_SOURCE.test(tail)) {
        ok = false;
        break;
      }
      // (Past its "from …" too, which is no label of the next.)
      at = labelAfter && (!labelBefore || article) ? f.end + tail.length : f.end;
      // (Past the bracket that holds it.)
      const close = /^[ \t]*(?:,[ \t]*\d[\d.,]*[ \t]*%[ \t]*)?\)/u.exec(ctx.text.slice(at, at + 20));
      if (close) at += close[0].length;
    }
    if (!ok) continue;
    const some = !!m[1] || !!m[2] || SOME.test(ctx.lower.slice(cueEnd, items[0].start)) || SOME.test(ctx.lower.slice(whole.end, p));
    out.push({ whole, wholeNum: whole.value!, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: !some, amounts: true, listed: true, cue: { start: p, end: cueEnd } });
    used.add(whole.id);
    for (const f of items) used.add(f.id);
  }
  return out;
}
