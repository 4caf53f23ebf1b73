// A share stated of the previous sentence's figure: "The system carried 128.46 million boardings,
// up 7.8% from 119.17 million in FY2023. That is 83.2% of the 154.32 million boardings recorded in
// FY2019." "… đạt 5.316,0 tỷ đồng. Con số này bằng 86,5% kế hoạch vốn (6.145,7 tỷ đồng)" is a plan
// share; here only "of the <figure>" after a pronoun that opens the sentence.
import type { Figure } from "../types.ts";
import { sameNoun } from "../figures/nouns.ts";
import { inBrackets, type UnitContext } from "./context.ts";
import { findFractionPercents, type FractionPercent } from "./shares.ts";
import { findTotalParts } from "./parts.ts";
import { stem } from "./label-words.ts";

const OPENER = /^[\s"“(*•-]*(?:that|this|it|which|this figure|that figure|this total|điều này|con số này|số này|mức này)[ \t]+(?:is|was|represents|represented|equals|equalled|equaled|equates to|amounts to|amounted to|bằng|tương đương|tương đương với|chiếm|là)[ \t]+(?:about|around|some|roughly|nearly|khoảng|gần)?[ \t]*$/u;
const OF = /^[ \t]+(?:of|của|so với)[ \t]+(?:the[ \t]+|a[ \t]+|tổng[ \t]+)?$/u;
/** The figure a change or comparison is measured from is not the subject's value. */
const BASE_BEFORE = /(?:from|than|compared (?:with|to)|on|against|so với|từ|hơn|up|down|by|tăng|giảm|of)[ \t]*$/u;

function kind(f: Figure): string {
  return `${f.unit ?? ""}|${f.scale ? "s" : ""}`;
}

export function findAnaphoraShares(ctx: UnitContext): FractionPercent[] {
  return ctx.memo("anaphora-share", () => {
    const out: FractionPercent[] = [];
    for (let si = 1; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      const [p, whole] = s.figs;
      if (!p || !whole || p.kind !== "percent" || p.unit !== "%" || whole.kind !== "number" || !whole.value) continue;
      const pq = p.qualifiers[0]?.start ?? p.start;
      if (!OPENER.test(ctx.lower.slice(s.start, pq))) continue;
      if (!OF.test(ctx.lower.slice(p.end, whole.qualifiers[0]?.start ?? whole.start))) continue;
      const prev = ctx.sentences[si - 1];
      // The previous sentence's value: its first figure of the same kind (and noun, when both have one).
      // ("… 41,862 subscribing households, up 6.4% on last year (39,344). This is 98.5% of the 42,500
      // target": a target's count names no noun of its own, and a base in brackets is no value.)
      const wn = whole.noun && !/^(?:target|goal|plan|budget|trajectory|ambition)(?: |$)/u.test(whole.noun) ? whole.noun : undefined;
      const value = prev.figs.find((f) => f.kind === "number" && !!f.value && kind(f) === kind(whole) && !inBrackets(ctx, prev.start, f.start) && (!f.noun || !wn || sameNoun(f.noun, wn) || sameNoun(wn, f.noun)));
      if (!value) continue;
      const vq = value.qualifiers[0]?.start ?? value.start;
      if (BASE_BEFORE.test(ctx.lower.slice(Math.max(prev.start, vq - 20), vq))) continue;
      out.push({ percent: p, part: value, whole, num: { exact: value.value!.exact }, den: { exact: whole.value.exact } });
    }
    out.push(...findWithBaseShares(ctx, new Set(out.map((x) => x.percent))));
    out.push(...findLabelShares(ctx, new Set(out.map((x) => x.percent))));
    return out;
  });
}

/** The verb after a part's name, ending the name: "Full-time students made up", "Category 2 remains". */
const NAME_END = /(?<![\p{L}])(?:remains|remained|remain|is|was|are|were|made up|make up|makes up|accounted for|accounts for|account for|represented|represents|comprised|chiếm|là|vẫn là|đạt)(?![\p{L}])/u;
const SHARE_VERB = /(?:made up|make up|makes up|accounted for|accounts for|account for|represented|represents|comprised|at|chiếm|bằng)[ \t]*(?:about[ \t]+|khoảng[ \t]+)?$/u;
const STOP = new Set(["the", "a", "an", "its", "our", "các", "những", "số", "of"]);
const CONNECTIVE = new Set(["therefore", "thus", "so", "hence", "alone", "together", "combined", "also", "still", "now", "như", "vậy", "do", "đó", "vì", "riêng"]);
const words = (t: string) => t.split(/[^\p{L}\p{M}\d-]+/u).filter((w) => w && !STOP.has(w));

/**
 * "… of which 5,934 studied full-time and 8,892 part-time. Full-time students made up 40.0% of the
 * total.", "… 9,642 in Category 1, 52,318 in Category 2 … . Category 2 remains the largest group at
 * 54.3% of incidents attended.": a sentence whose one figure is a share, named by the words that
 * label exactly one part of the list just before, of that list's whole.
 */
function findLabelShares(ctx: UnitContext, seen: Set<Figure>): FractionPercent[] {
  const out: FractionPercent[] = [];
  let totals: ReturnType<typeof findTotalParts> | undefined;
  let taken: Set<Figure> | undefined;
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const p = s.figs[0];
    // (Figures past the share's own clause say something else: "…, a share that has barely moved in two years".)
    if (!p || (s.figs.length > 1 && !/[,;]/u.test(ctx.lower.slice(p.end, s.figs[1].start))) || p.kind !== "percent" || p.unit !== "%" || p.qualifiers.length || seen.has(p)) continue;
    const head = ctx.lower.slice(s.start, p.start);
    if (!SHARE_VERB.test(head)) continue;
    const end = NAME_END.exec(head);
    if (!end || end.index > 60) continue;
    totals ??= findTotalParts(ctx);
    const prev = ctx.sentences[si - 1];
    const t = totals.find((x) => x.parts.length >= 2 && x.parts.every((q) => q.figure.start >= prev.start && q.figure.end <= prev.end) && x.whole.kind === "number");
    if (!t) continue;
    // Of the list's whole: "of the total", "of all …", "tổng số", or the whole's own noun.
    const after = ctx.lower.slice(p.end, Math.min(s.end, p.end + 40));
    const wholeHead = t.whole.noun?.split(" ")[0];
    // ("The experimental Claimant Count … was 1,684,300, of which … . Men accounted for 59.5% of
    // claimants": a word of the whole's own lead names it too.)
    const lead = new Set(words(ctx.lower.slice(Math.max(prev.start, t.whole.start - 80), t.whole.start).split(/[,;:]/u).pop()!).map(stem));
    const ofWord = /^[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?([\p{L}-]+)[ \t]*(?:[,.;]|$)/u.exec(after)?.[1];
    const ofWhole = /^[ \t]+(?:of[ \t]+(?:the[ \t]+)?total|of[ \t]+all|(?:của[ \t]+)?tổng(?:[ \t]+số)?)(?![\p{L}])/u.test(after) || (!!wholeHead && new RegExp(`^[ \\t]+(?:of[ \\t]+(?:the[ \\t]+|all[ \\t]+)?|)${wholeHead}(?![\\p{L}])`, "u").test(after)) || (!!ofWord && ofWord.length > 3 && lead.has(stem(ofWord)));
    if (!ofWhole) continue;
    // ("The remaining 386 departures were unplanned: …. Evictions accounted for 13.9% of all
    // departures": "all" names more than the rest the list breaks down.)
    if (/^[ \t]+(?:of[ \t]+all|(?:của[ \t]+)?tổng(?:[ \t]+số)?)(?![\p{L}])/u.test(after) && /(?<![\p{L}])(?:remaining|the[ \t]+rest|other|còn[ \t]+lại|khác)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, t.whole.start - 20), t.whole.start))) continue;
    // ("Men therefore accounted for …": a connective is no word of the name.)
    const name = words(head.slice(0, end.index).trim()).filter((w) => !CONNECTIVE.has(w));
    if (!name.length) continue;
    // Each part's own words: back to the separator before it, on to the one after.
    const own = t.parts.map((q, i) => {
      const from = Math.max(prev.start, i > 0 ? t.parts[i - 1].figure.end : q.figure.start - 40);
      const to = Math.min(prev.end, i + 1 < t.parts.length ? t.parts[i + 1].figure.start : q.figure.end + 40);
      const before = ctx.lower.slice(from, q.figure.start).split(/[,;:]|(?<![\p{L}])(?:and|và)(?![\p{L}])/u).pop()!;
      const after = ctx.lower.slice(q.figure.end, to).split(/[,;]|(?<![\p{L}])(?:and|và)(?![\p{L}])/u)[0];
      return new Set(words(`${before} ${q.figure.noun ?? ""} ${after}`));
    });
    const named = name.filter((w) => own.some((o) => o.has(w)));
    if (!named.length) continue;
    // Words of the name no part carries must be the paragraph's own ("students" of "Credit students").
    const prevWords = new Set(words(ctx.lower.slice(prev.start, prev.end)));
    if (name.some((w) => !named.includes(w) && !prevWords.has(w))) continue;
    const hits = t.parts.filter((_, i) => named.every((w) => own[i].has(w)));
    if (hits.length !== 1) continue;
    taken ??= new Set(findFractionPercents(ctx).map((x) => x.percent));
    if (taken.has(p)) continue;
    const part = hits[0];
    out.push({ percent: p, part: part.figure, whole: t.whole, num: { exact: part.num.exact }, den: { exact: t.wholeNum.exact } });
  }
  return out;
}

/** "With GSP estimated at $624.5bn, this is 9.8% of gross state product": the base set first by its
 * name, then the previous sentence's figure as a share of it, named again (in full or by initials). */
const WITH_BASE = /(?:^|[\s"“(*•-])(?:with|against|given|với|trong khi)[ \t]+(?:the[ \t]+|an?[ \t]+)?((?:[\p{L}\p{M}-]+[ \t]+){0,5}?[\p{L}\p{M}-]+)[ \t]+(?:(?:estimated|projected|forecast|expected|put|ước|dự kiến)[ \t]+)?(?:at|of|đạt|là|ở mức)?[ \t]*$/u;
const WITH_LINK = /^[ \t]*,[ \t]*(?:this|that|it|which|con số này|số này|mức này|khoản này)[ \t]+(?:is|was|would be|represents|equals|equates to|amounts to|bằng|tương đương|chiếm)[ \t]+$/u;
const WITH_OF = /^[ \t]+(?:of[ \t]+(?:the[ \t]+)?|của[ \t]+)?((?:[\p{L}\p{M}-]+[ \t]+){0,5}?[\p{L}\p{M}-]+)[ \t]*(?:[,.;]|$)/u;

function initials(t: string): string {
  return t.split(/[ \t-]+/u).filter(Boolean).map((w) => w[0]).join("");
}

function findWithBaseShares(ctx: UnitContext, seen: Set<Figure>): FractionPercent[] {
  const out: FractionPercent[] = [];
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const [whole, p] = s.figs;
    if (!whole || !p || whole.kind !== "number" || !whole.value || whole.qualifiers.some((q) => q.kind !== "estimate") || p.kind !== "percent" || p.unit !== "%" || p.qualifiers.length || seen.has(p)) continue;
    const w = WITH_BASE.exec(ctx.lower.slice(s.start, whole.qualifiers[0]?.start ?? whole.start));
    if (!w || !WITH_LINK.test(ctx.lower.slice(whole.end, p.start))) continue;
    const o = WITH_OF.exec(ctx.lower.slice(p.end, Math.min(s.end + 1, p.end + 60)));
    if (!o) continue;
    const [a, b] = [w[1].trim(), o[1].trim()];
    // The same name, or one the initials of the other: "GSP" and "gross state product".
    const same = a === b || (/^[a-z]{2,6}$/u.test(a) && initials(b) === a) || (/^[a-z]{2,6}$/u.test(b) && initials(a) === b);
    if (!same) continue;
    const prev = ctx.sentences[si - 1];
    const value = prev.figs.find((f) => f.kind === "number" && !!f.value && !f.qualifiers.some((q) => q.kind !== "estimate") && kind(f) === kind(whole));
    if (!value || prev.figs.some((f) => f !== value && f.kind === "number" && kind(f) === kind(whole))) continue;
    const vq = value.qualifiers[0]?.start ?? value.start;
    if (BASE_BEFORE.test(ctx.lower.slice(Math.max(prev.start, vq - 20), vq))) continue;
    out.push({ percent: p, part: value, whole, num: { exact: value.value!.exact }, den: { exact: whole.value.exact } });
  }
  return out;
}
