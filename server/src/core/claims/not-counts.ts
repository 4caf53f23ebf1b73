// Numbers inside a breakdown that count nothing of its whole: age bounds in the labels ("1,300
// aged 60 and over", "1.250 người trên 75 tuổi"), the terms of a weighting ("weighted 50:25:25"),
// a duration or a count of places taken as the whole of people or visits ("seen within four
// weeks; of whom 180 …", "21 wards and a population of 204,300, of whom 39,200 …").
import { sameNoun } from "../figures/nouns.ts";
import { D, type Dec } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { agedBound, figureIndex, type UnitContext } from "./context.ts";
import { carriesShare } from "./named-share.ts";
import type { TotalParts } from "./parts.ts";
import { BARE_ON } from "./time-split.ts";

// Income less spending: no part of the spending listed before it ("…, giving net income of £238k",
// "; kết dư 0,4 tỷ đồng"), unless the whole is that balance itself (income may count last year's
// surplus: "thu kết dư ngân sách năm 2022").
const BALANCE = /(?<![\p{L}])(?:kết dư|bội chi|bội thu|thặng dư|chênh lệch thu|surplus|deficit|net[ \t]+(?:income|expenditure|spending|result|position))(?![\p{L}])/u;
const DURATION_NOUN = /^(?:tháng|năm|ngày|tuần|giờ|phút|giây|months?|years?|days?|weeks?|hours?|minutes?|seconds?|working days?)(?: |$)/u;
// ("65+" is an age; "1,512     +26" is a value and its signed change in the next column.)
const AGE_AFTER = /^(?:[ \t]?\+(?![ \t]*\d)|[ \t]+(?:and|or)[ \t]+(?:over|above|older|under|younger|more)(?![\p{L}])|[ \t]+(?:years?[ \t-]+old|year-olds?)(?![\p{L}])|[ \t]+tuổi(?![\p{L}]))/u;

function ageBound(ctx: UnitContext, f: Figure): boolean {
  if (f.noun && /^tuổi(?: |$)/u.test(f.noun)) return true;
  return agedBound(ctx, f) || AGE_AFTER.test(ctx.lower.slice(f.end, f.end + 16));
}

/** "50:25:25": the terms of a ratio. */
function ratioTerm(ctx: UnitContext, f: Figure): boolean {
  // (Written tight: "2024: 28.96 million" is a label's colon.)
  return /\d:$/u.test(ctx.text.slice(Math.max(0, f.start - 2), f.start)) || /^:\d/u.test(ctx.text.slice(f.end, f.end + 2));
}

function big(f: Figure): Dec | undefined {
  const n = f.value ?? f.numerator;
  return n ? new D(n.exact).times(f.scale ? new D(f.scale.factor) : 1) : undefined;
}

export function withoutNotCounts(ctx: UnitContext, t: TotalParts): TotalParts {
  const w = t.whole;
  // ("18,347 hours in total: 9,786 on call-outs, 6,214 on training …": bare counts of what the time
  // went on are hours too.)
  const spentOn = t.parts.length >= 2 && t.parts.every((p) => !p.figure.noun && BARE_ON.test(ctx.lower.slice(p.figure.end, p.figure.end + 12)));
  if (w.noun && DURATION_NOUN.test(w.noun) && !spentOn && !t.parts.some((p) => p.figure.noun && DURATION_NOUN.test(p.figure.noun))) return { ...t, parts: [] };
  // "960 women (52.2%) and 880 men (47.8%). Among them, 410 (22.3%) …": "them" after groups that
  // carry their shares of the whole is that whole, not the last group.
  if (t.cue && /^(?:among them|among these|of these|of them|of whom|trong số đó|trong số này)$/u.test(ctx.lower.slice(t.cue.start, t.cue.end).trim()) && carriesShare(ctx, w, figureIndex(ctx, w))) return { ...t, parts: [] };
  const wholeAge = ageBound(ctx, w);
  // ("người cao tuổi (từ đủ 60 tuổi trở lên) … Trong đó: người từ 80 tuổi trở lên 31.560 người": an
  // age is no whole of ages, nor of people.)
  if (wholeAge && /^tuổi(?: |$)/u.test(w.noun ?? "")) return { ...t, parts: [] };
  const s = ctx.sentenceOf(w);
  const balanceWhole = BALANCE.test(ctx.lower.slice(Math.max(s?.start ?? 0, w.start - 60), w.end));
  const spending = /(?<![\p{L}])(?:chi|expenditure|spent|spend|spending|costs?)(?![\p{L}])/u.test(ctx.lower.slice(Math.max(s?.start ?? 0, w.start - 60), w.end));
  const balance = (i: number) => spending && !balanceWhole && i > 0 && BALANCE.test(ctx.lower.slice(t.parts[i - 1].figure.end, t.parts[i].figure.start));
  const parts = t.parts.filter((p, i) => p.figure === w || !((!wholeAge && ageBound(ctx, p.figure)) || ratioTerm(ctx, p.figure) || balance(i)));
  if (parts.length !== t.parts.length && parts.length < 2 && !t.exhaustive) return { ...t, parts: [] };
  // A larger figure between the whole and its parts is the whole "of whom" speaks of.
  const first = parts[0]?.figure;
  const wv = big(w);
  const top = parts.reduce<Dec | undefined>((m, p) => { const v = big(p.figure); return v && (!m || v.gt(m)) ? v : m; }, undefined);
  // (Not when the parts name the whole's own noun: "kiểm tra 68 tổ chức đảng và 124 đảng viên; …
  // kết luận 81 tổ chức đảng" is a part past its whole.)
  const ownNoun = parts.some((p) => p.figure.noun && w.noun && sameNoun(p.figure.noun, w.noun));
  if (first && wv && top && !ownNoun && first.start > w.end && top.gt(wv)) {
    const until = t.cue && t.cue.start > w.end ? Math.min(t.cue.start, first.start) : first.start;
    for (let k = figureIndex(ctx, w) + 1; k < ctx.figures.length && ctx.figures[k].end <= until; k++) {
      const g = ctx.figures[k];
      if (g.kind === "number" && big(g)?.gte(top)) return { ...t, parts: [] };
    }
  }
  const banded = ageBandTail(ctx, parts.map((p) => p.figure));
  if (banded) return { ...t, parts: [...parts, { figure: banded, num: banded.value! }] };
  return parts.length === t.parts.length ? t : { ...t, parts };
}

/** "1,300 aged 60 and over, 800 aged 40 to 59 and 300 under 40": a list of age bands whose last item
 * names its band by a bound only, with no noun the reading of the others could match. */
function ageBandTail(ctx: UnitContext, parts: Figure[]): Figure | undefined {
  if (parts.length < 2 || !parts.every((f) => /^[ \t]+(?:aged|people aged|người[ \t]+(?:từ|trên|dưới))(?![\p{L}])/u.test(ctx.lower.slice(f.end, f.end + 20)) || f.noun === "aged")) return undefined;
  const last = parts[parts.length - 1];
  const s = ctx.sentenceOf(last);
  let prev = last;
  for (let i = figureIndex(ctx, last) + 1; i < ctx.figures.length; i++) {
    const f = ctx.figures[i];
    if (f.start >= s.end) return undefined;
    if (f.kind === "range" || ageBound(ctx, f) || (prev !== last && /^[ \t]*(?:to|-|–|đến)[ \t]*$/u.test(ctx.lower.slice(prev.end, f.start)))) {
      prev = f;
      continue;
    }
    const ok = f.kind === "number" && !!f.value && !f.noun && !f.unit && !f.scale && f.value.decimals === 0 && /^[^,;.\d]{0,30}(?:,|(?<![\p{L}])(?:and|và))[ \t]*$/u.test(ctx.lower.slice(prev.end, f.start)) && /^[ \t]+(?:under|over|below|above|aged|dưới|trên)[ \t]+\d/u.test(ctx.lower.slice(f.end, f.end + 12));
    return ok ? f : undefined;
  }
  return undefined;
}
