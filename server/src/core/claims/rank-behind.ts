// A rank and the names said to be ahead of it, in one sentence: "ranked 3rd of 8 …, behind only the
// Eastern region (7.4%)", "xếp thứ 3/6 toàn đoàn, chỉ đứng sau đoàn Thanh Hóa", "ranked second …,
// behind Wales, the North and London". "Only" fixes the place at one more than the names; without
// it the place is at least that. Names joined by "and"/"và" may be one name ("Medicine and
// Health"), so each such join counts as one or two and the rank must fail every count.
import type { Figure, Span } from "../types.ts";
import type { UnitContext } from "./context.ts";

export interface BehindRank {
  rank: number;
  rankSpan: Span;
  /** The figure that writes the rank ("3/6"), if any. */
  rankFigure?: Figure;
  /** "only": the place is exactly one more than those ahead. */
  only: boolean;
  /** The fewest and the most names the words can hold. */
  min: number;
  max: number;
  /** Names said to be behind it ("và trên Cao Bằng, Hà Giang", "and ahead of Wales"), fewest and most. */
  below?: { min: number; max: number; phrase: string };
  /** The number ranked, when the sentence states it ("gồm 4 tỉnh", "of the four", "thứ 2/4"). */
  count?: number;
  /** The words naming those ahead, as written. */
  phrase: string;
  phraseSpan: Span;
}

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, nhất: 1, nhì: 2, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const RANK_EN = /(?<![\p{L}])(?:ranked|ranking|ranks|placed|came|finished|stood|was|is|in)[ \t]+(?:joint[ \t]+)?(?:(\d{1,2})(?:st|nd|rd|th)|(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))(?![\p{L}\d])/gu;
const RANK_VI = /(?<![\p{L}])(?:xếp|đứng)(?:[ \t]+(?:hạng|vị[ \t]+trí))?[ \t]+thứ[ \t]+(\d{1,2}|nhì|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![\p{L}\d])/gu;
const BEHIND_EN = /(?:,|;|—|–)[ \t]*(?:(only|just)[ \t]+behind|behind[ \t]+(only|just)|behind|trailing[ \t]+(only))[ \t]+/gu;
const BEHIND_VI = /(?:,|;|—|–)[ \t]*(chỉ[ \t]+)?(?:(?:đứng|xếp)[ \t]+)?sau[ \t]+/gu;
/** Where the names behind it start: right where those ahead end. */
const BELOW = /^(?:,|[ \t]+(?:and|but|và|nhưng))?[ \t]+(?:ahead[ \t]+of|above|in[ \t]+front[ \t]+of|(?:(?:đứng|xếp)[ \t]+)?(?:trên|trước))[ \t]+/u;
/** The number ranked, before the rank: "Trong cụm … gồm 4 tỉnh", "Of the five regions", "among the 8 trusts". */
const COUNT_BEFORE = /(?<![\p{L}])(?:gồm|có|trong|trong[ \t]+số|among|of|out[ \t]+of)[ \t]+(?:the[ \t]+|all[ \t]+|các[ \t]+)?$/u;
/** Where the names end: a clause or a phrase of another kind. */
const STOP = /[.;:]|(?:,|[ \t]+(?:and|but|và|nhưng))?[ \t]+(?:ahead[ \t]+of|above|in[ \t]+front[ \t]+of|(?:đứng|xếp)[ \t]+(?:trên|trước))(?![\p{L}])|(?:,|[ \t]+(?:và|nhưng))[ \t]+(?:trên|trước)[ \t]+(?=\p{Lu}|(?:huyện|tỉnh|thành[ \t]+phố|thị[ \t]+xã|xã|đoàn|đội|quận)[ \t]+\p{Lu})|,(?![ \t]*(?:the[ \t]+)?\p{Lu})|[ \t]+(?:in|on|for|by|at|with|which|who|where|while|as|after|but|trong|về|năm|với|do|vì|là|nhưng|song)(?![\p{L}])/u;
const UNIT_WORD = /^(?:the|đoàn|huyện|tỉnh|thành[ \t]+phố|thị[ \t]+xã|thị[ \t]+trấn|xã|phường|quận|đội|công[ \t]+an|trường|sở|ngành|khu[ \t]+vực|vùng|đơn[ \t]+vị|địa[ \t]+phương)[ \t]+/iu;

function name(piece: string): boolean {
  const p = piece.replace(/\([^)]*\)/gu, " ").trim();
  if (!p || /\d/u.test(p) || p.split(/[ \t]+/u).length > 8) return false;
  let q = p;
  for (let i = 0; i < 3 && UNIT_WORD.test(q); i++) q = q.replace(UNIT_WORD, "");
  return /^\p{Lu}/u.test(q);
}

/** How many names a list of names holds: commas part names; "A and B" may be one ("Medicine and Health"). */
function countNames(flat: string): { min: number; max: number } | undefined {
  let min = 0;
  let max = 0;
  for (const c of flat.split(/,[ \t]*/u)) {
    const parts = c.split(/[ \t]+(?:and|và)[ \t]+/u);
    if (!parts.every((p) => name(p))) {
      // "Medicine and Health": a join whose right side is no name of its own.
      if (!name(c)) return undefined;
      min += 1;
      max += 1;
      continue;
    }
    min += 1;
    max += parts.length;
  }
  return min ? { min, max } : undefined;
}

export function findBehindRanks(ctx: UnitContext): BehindRank[] {
  return ctx.memo("behind-ranks", () => {
    const out: BehindRank[] = [];
    const vi = ctx.lang === "vi";
    if (!(vi ? /(?:đứng|xếp|thứ[ \t]+[^,;.]{1,6},)[ \t]+sau/u : /(?:behind|trailing)/u).test(ctx.lower)) return out;
    for (const s of ctx.sentences) {
      const text = ctx.lower.slice(s.start, s.end);
      const orig = ctx.text.slice(s.start, s.end);
      const rre = vi ? RANK_VI : RANK_EN;
      const bre = vi ? BEHIND_VI : BEHIND_EN;
      rre.lastIndex = 0;
      const ranks = [...text.matchAll(rre)];
      bre.lastIndex = 0;
      // (A bare ", sau" is "behind" only right after the rank: "xếp thứ 2, sau Lào Cai".)
      const behinds = [...text.matchAll(bre)].filter((b) => !vi || /(?:đứng|xếp)/u.test(b[0]) || ranks.some((r) => r.index! + r[0].length === b.index));
      if (ranks.length !== 1 || behinds.length !== 1) continue;
      const r = ranks[0];
      const b = behinds[0];
      // One clause: no ";" between the rank and the names.
      const lo = Math.min(r.index!, b.index!);
      const hi = Math.max(r.index!, b.index!);
      if (/;/u.test(text.slice(lo + 1, hi))) continue;
      const from = b.index! + b[0].length;
      const rest = orig.slice(from);
      // (Brackets hold values, not names: skip over them when looking for the end.)
      const flat = rest.replace(/\([^)]*\)/gu, (x) => " ".repeat(x.length));
      const stop = STOP.exec(flat);
      let end = stop ? stop.index : flat.length;
      // The rank after the names ends them too.
      if (r.index! > b.index! && r.index! - from < end) end = r.index! - from;
      const phrase = rest.slice(0, end).replace(/[ \t,]+$/u, "");
      if (!phrase) continue;
      const names = countNames(flat.slice(0, phrase.length));
      if (!names) continue;
      const { min, max } = names;
      // "…, sau Lào Cai (512 vụ) và trên Cao Bằng (341 vụ), Hà Giang (297 vụ)": those behind it.
      let below: BehindRank["below"];
      const bl = stop && stop.index === end ? BELOW.exec(flat.slice(end)) : null;
      if (bl) {
        const bFrom = end + bl[0].length;
        const bFlat = flat.slice(bFrom);
        const bStop = STOP.exec(bFlat);
        let bEnd = bStop ? bStop.index : bFlat.length;
        if (r.index! > b.index! && r.index! - from - bFrom < bEnd && r.index! - from - bFrom > 0) bEnd = r.index! - from - bFrom;
        const bPhrase = rest.slice(bFrom, bFrom + bEnd).replace(/[ \t,]+$/u, "");
        const bn = bPhrase ? countNames(bFlat.slice(0, bPhrase.length)) : undefined;
        if (bn) below = { ...bn, phrase: bPhrase };
      }
      const only = vi ? !!b[1] : !!(b[1] || b[2] || b[3]);
      const w = r[1] ?? r[2];
      const rank = /^\d+$/u.test(w) ? +w : ORD[w];
      if (!rank) continue;
      const at = s.start + r.index! + r[0].lastIndexOf(w);
      const rankFigure = s.figs.find((f) => f.start <= at && f.end > at);
      // The number ranked: the rank's own "/4", else one count of the sentence before the rank.
      let count = rankFigure?.kind === "fraction" && rankFigure.denominator ? +rankFigure.denominator.exact : undefined;
      if (!count) {
        const counts = s.figs.filter((f) => f.end <= s.start + r.index! && f.kind === "number" && f.value && !f.unit && !f.value.decimals && f.noun && COUNT_BEFORE.test(ctx.lower.slice(Math.max(s.start, f.start - 20), f.start)));
        if (counts.length === 1 && +counts[0].value!.exact >= 3) count = +counts[0].value!.exact;
      }
      out.push({ rank, rankSpan: { start: at, end: at + w.length + (/^\d+$/u.test(w) && !vi ? 2 : 0) }, rankFigure, only, min, max, ...(below && count ? { below, count } : {}), phrase, phraseSpan: { start: s.start + from, end: s.start + from + phrase.length } });
    }
    return out;
  });
}
