// A value against a benchmark and the gap between them: "The Fund returned 8.6% over the year,
// against its strategic benchmark return of 9.4%, underperforming by 0.8 percentage points";
// "lợi suất đạt 8,6%, so với mức bình quân ngành là 9,4%, thấp hơn 0,8 điểm phần trăm". The word
// says which side is higher; the gap, when stated, is their difference.
import type { Figure, Span } from "../types.ts";
import { inBrackets, isPercent, type UnitContext } from "./context.ts";
import { findAnaphoraTargets } from "./anaphora-target.ts";

export interface BenchmarkGap {
  subject: Figure;
  other: Figure;
  relation: "higher" | "lower";
  word: Span;
  gap: Figure;
}

const EN_AGAINST = /^[^;\d]{0,60}?,[ \t]*(?:against|compared[ \t]+(?:with|to)|versus|relative[ \t]+to)[ \t]+(?:its[ \t]+|the[ \t]+|our[ \t]+|their[ \t]+|a[ \t]+)?(?:[\p{L}-]+[ \t]+){0,3}?(?:benchmark|index|comparator|average|median|peer[ \t]+group|peers|sector|market)(?:[ \t]+[\p{L}-]+){0,2}?[ \t]+(?:of|at|was|is)[ \t]+$/u;
const VI_AGAINST = /^[^;\d]{0,60}?,[ \t]*so[ \t]+với[ \t]+(?:mức[ \t]+|chỉ[ \t]+số[ \t]+)?(?:[\p{L}]+[ \t]+){0,3}?(?:bình[ \t]+quân|trung[ \t]+bình|chuẩn|tham[ \t]+chiếu)(?:[ \t]+[\p{L}]+){0,4}?[ \t]*(?:là|ở[ \t]+mức|\()?[ \t]*$/u;
const EN_GAP = /^[ \t]*\)?[ \t]*(?:[\p{L}-]+[ \t]+){0,2}?,[ \t]*(?:(?:and|so|thus|therefore|hence)[ \t]+)?(outperforming|underperforming|outperformed|underperformed|beating|trailing|lagging|exceeding|falling[ \t]+short(?:[ \t]+of[ \t]+it)?|ahead|behind|above|below)(?:[ \t]+(?:it|this|that|the[ \t]+benchmark))?[ \t]+by[ \t]+$/u;
const VI_GAP = /^[ \t]*\)?[ \t]*,[ \t]*(?:(?:tức|như[ \t]+vậy|do[ \t]+đó|thì)[ \t]+)?(cao[ \t]+hơn|thấp[ \t]+hơn|vượt|kém|thấp[ \t]+thua)[ \t]+$/u;
const HIGH = /^(?:outperforming|outperformed|beating|exceeding|ahead|above|cao[ \t]+hơn|vượt)$/u;

export function findBenchmarkGaps(ctx: UnitContext): BenchmarkGap[] {
  return ctx.memo("benchmark-gaps", () => {
    const out: BenchmarkGap[] = [];
    const vi = ctx.lang === "vi";
    if (!(vi ? /so[ \t]+với/u : /(?:against|compared|versus|relative)/u).test(ctx.lower)) return out;
    for (const s of ctx.sentences) {
      for (let k = 0; k + 2 < s.figs.length; k++) {
        const [a, b, d] = [s.figs[k], s.figs[k + 1], s.figs[k + 2]];
        if ((a.kind !== "number" && a.kind !== "percent") || a.kind !== b.kind || !a.value || !b.value || !d.value) continue;
        if (isPercent(a) !== isPercent(b) || a.unit === "pp" || b.unit === "pp" || (!isPercent(a) && ((a.unit ?? "") !== (b.unit ?? "") || (a.scale?.factor ?? "1") !== (b.scale?.factor ?? "1")))) continue;
        // The gap: points between percentages, the same unit between amounts.
        if (isPercent(a) ? d.unit !== "pp" : (d.unit ?? "") !== (a.unit ?? "") || d.kind !== "number") continue;
        if (inBrackets(ctx, s.start, a.start)) continue;
        if (!(vi ? VI_AGAINST : EN_AGAINST).test(ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start))) continue;
        const m = (vi ? VI_GAP : EN_GAP).exec(ctx.lower.slice(b.end, d.qualifiers[0]?.start ?? d.start));
        if (!m) continue;
        const at = b.end + m.index + m[0].lastIndexOf(m[1], m[0].length - 3);
        out.push({ subject: a, other: b, relation: HIGH.test(m[1]) ? "higher" : "lower", word: { start: at, end: at + m[1].length }, gap: d });
      }
    }
    return out;
  });
}

export interface RelativeGap {
  subject: Figure;
  other: Figure;
  relation: "higher" | "lower";
  word: Span;
  pct: Figure;
}

// "…, 12.94 million, 2.1% below the 2019 peak of 13.22 million", "Traffic is now only 2.1% below
// the 2019 peak of 13.22 million" (after "rose … to 12.94 million"), "thấp hơn 2,1% so với mức
// đỉnh năm 2019 (13,22 triệu lượt)": a percentage above or below another value of the subject's
// kind, the subject before it in the clause or, opening the sentence by its name, the previous
// sentence's value (the end of its one change, or its one figure of that kind).
const REL_WORD_EN = /^[ \t]*(above|below|higher[ \t]+than|lower[ \t]+than|short[ \t]+of|ahead[ \t]+of|up[ \t]+on|down[ \t]+on)[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+|our[ \t]+|last[ \t]+year['’]s[ \t]+)?(?:(?:fy[ \t]?)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?[ \t]+)?(?:[\p{L}-]+[ \t]+){0,3}?(?:of|at)[ \t]+$/u;
const REL_WORD_VI = /^[ \t]*so[ \t]+với[ \t]+(?:mức[ \t]+)?(?:[\p{L}]+[ \t]+){0,4}?(?:năm[ \t]+(?:19|20)\d\d[ \t]*)?\([ \t]*$/u;
const REL_LEAD_VI = /(cao[ \t]+hơn|thấp[ \t]+hơn|vượt|thấp[ \t]+thua|kém)[ \t]+$/u;
const EN_OPEN = /^[\s*•-]*(?:the[ \t]+)?[\p{L}][\p{L}'’-]*(?:[ \t]+[\p{L}][\p{L}'’-]*){0,2}[ \t]+(?:is|was|are|were|remains|remained|stands|stood)[ \t]+(?:(?:now|still|currently|therefore|thus)[ \t]+)?(?:(?:only|just|about|some|around|roughly)[ \t]+)?$/u;
const VI_OPEN = /^[\s*•-]*[\p{L}][\p{L}]*(?:[ \t]+[\p{L}]+){0,5}[ \t]+(?:(?:hiện|nay|vẫn|còn|chỉ)[ \t]+){0,3}$/u;

export function findRelativeGaps(ctx: UnitContext, changeEnds: () => Figure[]): RelativeGap[] {
  return ctx.memo("relative-gaps", () => {
    const out: RelativeGap[] = [];
    const vi = ctx.lang === "vi";
    for (let si = 0; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      for (let k = 0; k + 1 < s.figs.length; k++) {
        const [p, b] = [s.figs[k], s.figs[k + 1]];
        if (p.kind !== "percent" || p.unit !== "%" || p.qualifiers.length || b.kind !== "number" || isPercent(b) || !b.value || b.perYear) continue;
        const pq = p.qualifiers[0]?.start ?? p.start;
        const mid = ctx.lower.slice(p.end, b.qualifiers[0]?.start ?? b.start);
        let word: { text: string; start: number } | undefined;
        if (vi) {
          const lead = REL_LEAD_VI.exec(ctx.lower.slice(Math.max(s.start, pq - 20), pq));
          if (!lead || !REL_WORD_VI.test(mid) || !/^[ \t]*\)/u.test(ctx.lower.slice(b.end, b.end + 3))) continue;
          word = { text: lead[1], start: pq - (ctx.lower.slice(Math.max(s.start, pq - 20), pq).length - lead.index) };
        } else {
          const m = REL_WORD_EN.exec(mid);
          if (!m) continue;
          word = { text: m[1], start: p.end + m.index + m[0].indexOf(m[1]) };
        }
        // The subject: the figure right before, with only a comma (and the Vietnamese word) between.
        const head = ctx.lower.slice(k ? s.figs[k - 1].end : s.start, vi ? word.start : pq);
        let subject: Figure | undefined;
        const prevFig = k ? s.figs[k - 1] : undefined;
        if (prevFig && /^[ \t]*(?:[\p{L}-]+[ \t]*){0,2},[ \t]*(?:(?:only|just|about|some|or|chỉ|tức)[ \t]+)?$/u.test(head)) subject = prevFig;
        else if (!prevFig && si > 0 && (vi ? VI_OPEN : EN_OPEN).test(head)) {
          const prev = ctx.sentences[si - 1];
          if (!/^[ \t]*$/u.test(ctx.text.slice(prev.end, s.start))) continue;
          const like = (f: Figure) => f.kind === "number" && !isPercent(f) && (f.unit ?? "") === (b.unit ?? "") && !inBrackets(ctx, prev.start, f.start);
          const ends = changeEnds().filter((f) => f.start >= prev.start && f.end <= prev.end && like(f));
          const all = prev.figs.filter(like);
          // The one value there: the end of its one change, or its one value of the kind when the
          // sentence's subject is named in it ("Traffic" … "traffic rose").
          const words = head.split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && !/^(?:the|this|that|now|only|just|about|still|was|were|is|are|remains|remained|stands|stood|currently|therefore|thus|some|around|roughly|hiện|vẫn|còn|chỉ)$/u.test(w));
          const prevText = ctx.lower.slice(prev.start, prev.end);
          const named = words.some((w) => prevText.includes(w.length >= 6 ? w.slice(0, w.length - 2) : w));
          subject = ends.length === 1 ? ends[0] : all.length === 1 && named ? all[0] : undefined;
        }
        if (!subject || subject.kind !== "number" || isPercent(subject) || (subject.unit ?? "") !== (b.unit ?? "") || !subject.value) continue;
        const high = /^(?:above|higher|ahead|up|cao|vượt)/u.test(word.text);
        out.push({ subject, other: b, relation: high ? "higher" : "lower", word: { start: word.start, end: word.start + word.text.length }, pct: p });
      }
    }
    return out;
  });
}

export interface TargetGap {
  subject: Figure;
  other: Figure;
  gap: Figure;
}

// "52.3 weeks, against a target of 40 weeks; performance fell short of the target by 12.3 weeks",
// "£1.284m against a profiled budget of £1.150m, exceeding the budget by £134,000", "58.4% of
// capacity, against a five-year average for that date of 71.2%, or 12.8 percentage points below
// normal": a value against a target, budget or norm, then the size of the gap between them. Only the
// size is read: whether falling short means above or below depends on the measure.
const EN_AGAINST_TARGET = /^[^;\d]{0,60}?(?:,[ \t]*|[ \t]+)(?:against|compared[ \t]+(?:with|to)|versus|relative[ \t]+to)[ \t]+(?:its[ \t]+|the[ \t]+|our[ \t]+|their[ \t]+|a[ \t]+|an[ \t]+)?(?:[\p{L}-]+[ \t]+){0,3}?(?:target|budget|plan|forecast|trajectory|ceiling|limit|standard|norm|average|benchmark|allocation|estimate)(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+(?:of|at|was|is)[ \t]+$/u;
const EN_TARGET_GAP = /^[ \t]*\)?(?:[ \t]*[\p{L}-]+){0,2}?[ \t]*[,;][ \t]*(?:(?:and|so|thus|therefore|hence|we|it|this|performance|income|spending|the[ \t]+[\p{L}-]+)[ \t]+){0,3}?(?:(?:therefore|thus|so)[ \t]+)?(?:exceed(?:ing|ed)|beat(?:ing)?|miss(?:ing|ed)|fall(?:ing)?[ \t]+short[ \t]+of|fell[ \t]+short[ \t]+of|short[ \t]+of|overshooting|overshot|undershooting|undershot|outperform(?:ing|ed)|underperform(?:ing|ed)|over(?:spending|spent)|under(?:spending|spent))(?:[ \t]+(?:it|this|that|the[ \t]+(?:target|budget|plan|forecast|trajectory|ceiling|limit|standard|norm|average|benchmark|allocation|estimate)))?[ \t]+by[ \t]+$/u;
const EN_OR_GAP = /^[ \t]*\)?[ \t]*,[ \t]*(?:or|that[ \t]+is|i\.e\.)[ \t]+$/u;
const EN_OR_AFTER = /^[ \t]*(?:above|below|over|under|short[ \t]+of|ahead[ \t]+of|behind)[ \t]+(?:the[ \t]+)?(?:normal|target|budget|plan|forecast|average|benchmark|standard|norm|it|this)(?![\p{L}])/u;

export function findTargetGaps(ctx: UnitContext): TargetGap[] {
  return ctx.memo("target-gaps", () => {
    const out: TargetGap[] = [];
    openingTargetGaps(ctx, out);
    whichGaps(ctx, out);
    if (ctx.lang === "vi" || !/(?:against|compared|versus|relative)/u.test(ctx.lower)) return out;
    for (const s of ctx.sentences) {
      for (let k = 0; k + 2 < s.figs.length; k++) {
        const [a, b, d] = [s.figs[k], s.figs[k + 1], s.figs[k + 2]];
        if ((a.kind !== "number" && a.kind !== "percent") || a.kind !== b.kind || !a.value || !b.value || !d.value || a.qualifiers.length || b.qualifiers.length || d.qualifiers.length) continue;
        if (isPercent(a) !== isPercent(b) || a.unit === "pp" || b.unit === "pp" || (!isPercent(a) && (a.unit ?? "") !== (b.unit ?? ""))) continue;
        if (isPercent(a) ? d.unit !== "pp" : (d.unit ?? "") !== (a.unit ?? "") || d.kind !== "number") continue;
        if (a.perYear !== b.perYear || inBrackets(ctx, s.start, a.start)) continue;
        if (!EN_AGAINST_TARGET.test(ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start))) continue;
        const mid = ctx.lower.slice(b.end, d.qualifiers[0]?.start ?? d.start);
        if (!EN_TARGET_GAP.test(mid) && !(EN_OR_GAP.test(mid) && EN_OR_AFTER.test(ctx.lower.slice(d.end, d.end + 40)))) continue;
        out.push({ subject: a, other: b, gap: d });
      }
    }
    nextSentenceGaps(ctx, out);
    return out;
  });
}

// "88.4% of trains arrived within five minutes …, against a target of 90.0%. We therefore fell short
// of the target by 1.6 percentage points": the value against its target closes one sentence, the gap
// opens the next.
const EN_NEXT_GAP = /^[\s"“(*•-]*(?:(?:we|it|this|that|performance|the[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+)[ \t]+)?(?:(?:therefore|thus|so|consequently|accordingly|also)[ \t]+)?(?:(?:exceeded|beat|missed|overshot|undershot|outperformed|underperformed|overspent|underspent|fell[ \t]+short[ \t]+of|(?:was|were|is|are|came[ \t]+in)[ \t]+(?:short[ \t]+of|above|below|under|over|ahead[ \t]+of|behind))(?:[ \t]+(?:it|this|that|the[ \t]+(?:target|budget|plan|forecast|trajectory|ceiling|limit|standard|norm|benchmark|allocation|goal)))?|(?:(?:this|that|it)[ \t]+(?:is|was)[ \t]+)?(?:a[ \t]+)?(?:shortfall|gap|overshoot|margin)[ \t]+of)[ \t]+(?:by[ \t]+)?$/u;

/** The value's own words may run longer before "against" when the target closes the sentence. */
const EN_AGAINST_TARGET_LONG = new RegExp(EN_AGAINST_TARGET.source.replace("{0,60}", "{0,130}"), "u");

function nextSentenceGaps(ctx: UnitContext, out: TargetGap[]): void {
  for (let si = 0; si + 1 < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const t = ctx.sentences[si + 1];
    const n = s.figs.length;
    if (n < 2 || !t.figs.length || !/^[ \t]*$/u.test(ctx.text.slice(s.end, t.start))) continue;
    const [b, d] = [s.figs[n - 1], t.figs[0]];
    // The value: the last figure of the target's kind before it ("88.4% of trains arrived within five
    // minutes …, against a target of 90.0%").
    const a = s.figs.slice(0, n - 1).reverse().find((f) => f.kind === b.kind && isPercent(f) === isPercent(b));
    if (!a) continue;
    if ((a.kind !== "number" && a.kind !== "percent") || a.kind !== b.kind || !a.value || !b.value || !d.value || a.qualifiers.length || b.qualifiers.length || d.qualifiers.length) continue;
    if (isPercent(a) !== isPercent(b) || a.unit === "pp" || b.unit === "pp" || (!isPercent(a) && ((a.unit ?? "") !== (b.unit ?? "") || (a.noun ?? "").split(" ")[0] !== (b.noun ?? "").split(" ")[0]))) continue;
    if (isPercent(a) ? d.unit !== "pp" : (d.unit ?? "") !== (a.unit ?? "") || d.kind !== "number" || (!!d.noun && !!a.noun && d.noun.split(" ")[0] !== a.noun.split(" ")[0])) continue;
    if (a.perYear !== b.perYear || inBrackets(ctx, s.start, a.start) || out.some((g) => g.gap === d)) continue;
    if (!EN_AGAINST_TARGET_LONG.test(ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start))) continue;
    // The target closes its sentence: nothing but its own words after it.
    if (/\d/u.test(ctx.lower.slice(b.end, s.end)) || ctx.lower.slice(b.end, s.end).length > 40) continue;
    if (!EN_NEXT_GAP.test(ctx.lower.slice(t.start, d.qualifiers[0]?.start ?? d.start))) continue;
    out.push({ subject: a, other: b, gap: d });
  }
}

// "… tỷ lệ bao phủ đạt 93,6% dân số … . So với chỉ tiêu 94,2% được giao, tỷ lệ bao phủ còn thấp hơn
// 0,6 điểm phần trăm", "… 846,200 premises … . This was against a target of 800,000 premises, so the
// target was exceeded by 46,200 premises": a sentence opening on the target (the value is the one
// of its kind in the sentence before, as the verdict reads it) and stating the gap right after it.
const VI_OPEN_GAP = /^[^\d;]{0,60}?(?:,|[ \t])[ \t]*(?:[\p{L}]+[ \t]+){0,5}?(?:(?:còn|vẫn|đã|chỉ|mới)[ \t]+){0,2}(?:thấp[ \t]+hơn|cao[ \t]+hơn|vượt|kém|thiếu|hụt|chênh[ \t]+lệch)(?:[ \t]+(?:chỉ[ \t]+tiêu|mục[ \t]+tiêu|kế[ \t]+hoạch)(?:[ \t]+(?:đề[ \t]+ra|được[ \t]+giao))?)?[ \t]+(?:là[ \t]+)?$/u;
const EN_OPEN_GAP = /^[^\d;]{0,60}?(?:,|[ \t])[ \t]*(?:so|thus|therefore|and|meaning)?[ \t]*(?:(?:we|it|the[ \t]+target|the[ \t]+goal|the[ \t]+plan|the[ \t]+budget)[ \t]+(?:was[ \t]+|were[ \t]+|has[ \t]+been[ \t]+|have[ \t]+)?)?(?:exceeded|beaten|beat|missed|overshot|undershot|fell[ \t]+short(?:[ \t]+of[ \t]+it)?|(?:is|was|are|were)[ \t]+(?:above|below|short[ \t]+of)[ \t]+it)[ \t]+by[ \t]+$/u;

function openingTargetGaps(ctx: UnitContext, out: TargetGap[]): void {
  const vi = ctx.lang === "vi";
  for (const vt of findAnaphoraTargets(ctx)) {
    if (!vt.verdict) continue;
    const s = ctx.sentenceOf(vt.target);
    const k = s.figs.indexOf(vt.target);
    const d = s.figs[k + 1];
    const [a, b] = [vt.value, vt.target];
    if (!d || !d.value || d.qualifiers.length || !a.value || !b.value || a.qualifiers.length) continue;
    if (isPercent(b) ? d.unit !== "pp" : d.kind !== "number" || (d.unit ?? "") !== (b.unit ?? "") || (!!d.noun && !!b.noun && d.noun.split(" ")[0] !== b.noun.split(" ")[0])) continue;
    if (!(vi ? VI_OPEN_GAP : EN_OPEN_GAP).test(ctx.lower.slice(b.end, d.qualifiers[0]?.start ?? d.start))) continue;
    if (out.some((g) => g.gap === d)) continue;
    out.push({ subject: a, other: b, gap: d });
  }
}

// "Our recycling rate was 43.7%. That is up from 41.9% …, but the rate remains below the 50% target set
// in the strategy, which was missed by 6.3 percentage points": a target named after "below/above the",
// the gap after "which was missed (exceeded) by"; the value is the one the clause's subject ("the
// rate", "it", "this") stands for: the last of its kind before, in the sentence or the one before,
// that is not a change's base nor a gap ("from 41.9%", "by 1.8 points").
const WHICH_LEAD = /(?:^|[,;]|(?<![\p{L}])(?:but|and|while|so))[ \t]*(?:the[ \t]+[\p{L}-]+|this|it|that)[ \t]+(?:remains|remained|is|was|stays|stayed|came[ \t]+in|fell|sits|sat)[ \t]+(?:(?:still|well|just|slightly|therefore)[ \t]+)?(?:below|above|short[ \t]+of|under|over|behind|ahead[ \t]+of)[ \t]+(?:the|its|our|their)[ \t]+$/u;
const WHICH_TAIL = /^[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:target|goal|standard|ambition)(?:[ \t]+[^,;.\d]{0,50}?)?[ \t]*,[ \t]*(?:which|and[ \t]+(?:this|it)|so[ \t]+(?:the[ \t]+(?:target|goal)|it))[ \t]+(?:was|has[ \t]+been|is|had[ \t]+been)[ \t]+(?:therefore[ \t]+)?(?:missed|exceeded|beaten|undershot|overshot)[ \t]+by[ \t]+$/u;
const NOT_VALUE = /(?<![\p{L}])(?:from|by|to|than|target|targets|goal|(?:fall|rise|increase|decrease|improvement|reduction|change|gap|drop|growth)[ \t]+of)[ \t]*$/u;

function whichGaps(ctx: UnitContext, out: TargetGap[]): void {
  if (ctx.lang === "vi" || !/which|so the|and this|and it/u.test(ctx.lower)) return;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let k = 0; k + 1 < s.figs.length; k++) {
      const [b, d] = [s.figs[k], s.figs[k + 1]];
      if (!isPercent(b) || b.kind !== "percent" || !b.value || b.qualifiers.length || d.unit !== "pp" || !d.value || d.qualifiers.length || out.some((g) => g.gap === d)) continue;
      if (!WHICH_LEAD.test(ctx.lower.slice(Math.max(s.start, b.start - 60), b.start))) continue;
      if (!WHICH_TAIL.test(ctx.lower.slice(b.end, d.qualifiers[0]?.start ?? d.start))) continue;
      const prev = si > 0 && /^[ \t]*$/u.test(ctx.text.slice(ctx.sentences[si - 1].end, s.start)) ? ctx.sentences[si - 1] : undefined;
      const pool = [...(prev?.figs ?? []), ...s.figs.slice(0, k)].filter((f) => f.kind === "percent" && f.unit === "%" && !!f.value && !f.qualifiers.length && !inBrackets(ctx, ctx.sentenceOf(f).start, f.start));
      const a = [...pool].reverse().find((f) => !NOT_VALUE.test(ctx.lower.slice(Math.max(0, f.start - 25), f.start)));
      if (!a) continue;
      out.push({ subject: a, other: b, gap: d });
    }
  }
}
