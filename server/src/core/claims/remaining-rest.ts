// The rest of a whole named as "the remaining N" after its other parts: "issued 58,436 PCNs …. Most were
// issued on-street (47,318), with the remaining 11,118 issued in car parks", "58,436 PCNs, 47,318
// on-street and the remaining 11,118 in car parks", "Có 1.240 hồ sơ, đã giải quyết 1.106 hồ sơ, số còn
// lại 134 hồ sơ đang xử lý".
// Strict: the whole is a count stated before the parts, in the sentence or in the one before when the
// parts' sentence opens on them ("Most were …", "Of these, …"); the parts are every count between the
// whole and the rest, each bare or of the whole's noun (a lone count in brackets counts as its item's);
// the rest comes last, right after "the remaining" / "còn lại"; and no other count stands between.
// "The remaining" says the parts are all of the whole, so they must make it.
import { sameNoun } from "../figures/nouns.ts";
import type { Figure } from "../types.ts";
import { D } from "../math/interval.ts";
import { UnitContext, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const REST_BEFORE = /(?:,|;|(?<![\p{L}])(?:and|và|while|with))[ \t]+((?:(?:and|with)[ \t]+)?(?:the[ \t]+remaining|số[ \t]+còn[ \t]+lại(?:[ \t]+là)?|còn[ \t]+lại))[ \t]*$/u;
const OPENS_ON_PARTS = /^[\s*•-]*(?:most|of[ \t]+these|of[ \t]+them|of[ \t]+this[ \t]+total|these|trong[ \t]+đó|trong[ \t]+số[ \t]+(?:đó|này)|phần[ \t]+lớn)(?![\p{L}])/u;

function plainCount(f: Figure): boolean {
  return f.kind === "number" && isCount(f) && !f.unit && !f.scale && !f.qualifiers.length && !!f.value;
}

export function findRemainingRests(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (const rest of s.figs) {
      if (!plainCount(rest) || used.has(rest.id)) continue;
      const from = Math.max(s.start, rest.start - 40);
      const restWords = REST_BEFORE.exec(ctx.lower.slice(from, rest.start));
      if (!restWords) continue;
      const before = s.figs.filter((f) => f.end <= rest.start);
      const opens = si > 0 && OPENS_ON_PARTS.test(ctx.lower.slice(s.start, s.start + 24));
      // The whole: a plain count with a noun, not a base in brackets or after "from/on/than"; in the
      // sentence before when this one opens on the parts, else the last before the parts.
      const wholeLike = (f: Figure) => plainCount(f) && !!f.noun && new D(f.value!.exact).gt(rest.value!.exact) && !/(?:\(|(?<![\p{L}])(?:from|on|than|với|từ))[ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 8), f.start));
      let whole: Figure | undefined;
      let parts: Figure[];
      if (opens) {
        whole = ctx.sentences[si - 1].figs.filter(wholeLike).pop();
        parts = before.filter((f) => f.kind !== "percent");
      } else {
        let wi = before.length - 2;
        while (wi >= 0 && !wholeLike(before[wi])) wi--;
        whole = wi >= 0 ? before[wi] : undefined;
        parts = before.slice(wi + 1).filter((f) => f.kind !== "percent");
      }
      if (!whole || !parts.length) continue;
      // (Right after the whole, only its words and an opening: a colon, "of which", "trong đó", or a comma
      // before the first part; never a share of its own, which makes it a part of something else.)
      if (whole.end > s.start && !/^[^\d;()%]{0,60}?(?::|,[ \t]*(?:of[ \t]+which|of[ \t]+whom|including|comprising|trong[ \t]+đó|gồm|bao[ \t]+gồm)?)[ \t]*$/u.test(ctx.lower.slice(whole.end, parts[0].start).replace(/(?<!\d)(?:19|20)\d\d(?:\/\d{2,4})?(?!\d)/gu, ""))) continue;
      // ("37 were unsatisfactory, including 14 … and 9 …; the remaining 14 …": the rest of a part broken down;
      // "41 reached grade A, compared with 36 the year before; the remaining five": a base is no item.)
      if (/(?<![\p{L}])(?:including|of[ \t]+which|of[ \t]+whom|trong[ \t]+đó|gồm|bao[ \t]+gồm|compared|than|against|from|so[ \t]+với|cùng[ \t]+kỳ|year[ \t]+before|previous[ \t]+year|last[ \t]+year|năm[ \t]+trước)(?![\p{L}])/u.test(ctx.lower.slice(parts[0].start, rest.start))) continue;
      // ("19/22 chỉ tiêu …, trong đó 15 chỉ tiêu vượt, 4 chỉ tiêu đạt; còn lại 3 …": a whole that is itself an
      // item of a list, or follows another count in its clause, is not what the rest is left of.)
      const ws = ctx.sentenceOf(whole)!;
      const clause = ctx.lower.slice(ws.start, whole.start).split(/[;]/u).pop()!;
      if (/(?<![\p{L}])(?:trong[ \t]+đó|of[ \t]+which|of[ \t]+whom|including|gồm|comprising)(?![\p{L}])|:/u.test(clause) || ws.figs.some((f) => f !== whole && f.end <= whole.start && f.start >= whole.start - clause.length && f.kind !== "percent")) continue;
      // (Between the items, words only: "on 01632 960 418" is no item.)
      const seq = [...parts, rest];
      if (seq.some((f, i) => i > 0 && (/\d/u.test(ctx.text.slice(seq[i - 1].end, f.start).replace(/\([^()]*%[^()]*\)/gu, "")) || !/(?:[,;]|(?<![\p{L}])(?:and|và|with))/u.test(ctx.lower.slice(seq[i - 1].end, f.start))))) continue;
      // (Not a change's base in its bracket: "up 6.4% on 2022/23 (54,912)".)
      if (parts.some((f) => /(?<![\p{L}])(?:on|from|than|compared[ \t]+(?:with|to)|so[ \t]+với|up|down|tăng|giảm)[ \t]+[^,;()]{0,24}\([ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 40), f.start)))) continue;
      // (A part's "noun" may be where or how it was: "47,318 on-street", "1,106 approved".)
      const another = (n: string) => !sameNoun(n, whole.noun!) && !sameNoun(whole.noun!, n) && !/^(?:[\p{L}]+-[\p{L}-]+|[a-z]+ed|online|offline)$/u.test(n);
      if (parts.some((f) => !plainCount(f) || used.has(f.id) || (f.noun && another(f.noun)))) continue;
      if (rest.noun && !sameNoun(rest.noun, whole.noun!) && !sameNoun(whole.noun!, rest.noun)) continue;
      // (A part in brackets only as the lone figure of its bracket: "on-street (47,318)".)
      if (parts.some((f) => { const o = ctx.text.lastIndexOf("(", f.start); const c = ctx.text.indexOf(")", f.end); return o > ctx.text.lastIndexOf(")", f.start) && c >= 0 && !/^[ \t]*\([ \t]*$/u.test(ctx.text.slice(o, f.start)); })) continue;
      // (No part as large as the whole.)
      if (parts.some((f) => new D(f.value!.exact).gte(whole.value!.exact))) continue;
      out.push({ whole, wholeNum: whole.value!, parts: [...parts, rest].map((f) => ({ figure: f, num: f.value! })), exhaustive: true, listed: true, cue: { start: from + restWords.index + restWords[0].indexOf(restWords[1]), end: rest.start } });
      used.add(whole.id);
      for (const f of [...parts, rest]) used.add(f.id);
    }
  }
  return out;
}
