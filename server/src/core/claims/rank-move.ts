// A rank, the places it moved and the rank before, named by a verb: "We ranked 6th of 14 …, an
// improvement of two places on last year, when we were 8th of 14"; "… finished 5th, down three
// places on 2023, when it was 2nd". (The shapes with "from 7th" are read with changes.)
import type { Span } from "../types.ts";
import type { UnitContext } from "./context.ts";

export interface RankMove {
  now: number;
  before: number;
  places: number;
  /** Said to be better now (a lower place number). */
  up: boolean;
  nowSpan: Span;
  placesSpan: Span;
  beforeSpan: Span;
}

const NUM: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
const ORD = "(\\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)";
// ("the University had the third-largest intake in 2024-25, up from fifth …": a superlative's place.)
const NOW = new RegExp(`(?<![\\p{L}])(?:(?:ranked|ranking|ranks|placed|came|finished|stood|were|was|are|is)[ \\t]+(?:joint[ \\t]+)?|(?:had|has|have|recorded|was|is)[ \\t]+the[ \\t]+)(?:${ORD})(?:-(?:largest|highest|biggest|lowest|smallest|best|busiest|fastest))?(?![\\p{L}\\d])`, "gu");
const MOVE = /(?<![\p{L}])(?:an?[ \t]+)?(improvement|rise|climb|gain|jump|fall|drop|decline|slip|improved|rose|risen|climbed|gained|jumped|fell|fallen|dropped|declined|slipped|up|down)(?:[ \t]+of|[ \t]+by)?[ \t]+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(?:places?|positions?|spots?|rungs?)(?![\p{L}])/u;
const BEFORE = new RegExp(`^[^;.\\d]{0,60}?(?<![\\p{L}])(?:were|was|had[ \\t]+been|ranked|came|placed|finished|stood)[ \\t]+(?:joint[ \\t]+)?(?:${ORD})(?![\\p{L}\\d])`, "u");

/** "…, up from 9th in 2023-24, a rise of …": the rank before, told before the move. */
const FROM_HEAD = new RegExp(`^[^;.]{0,60}?,[ \\t]*(?:(?:up|down|rising|falling|climbing|slipping)[ \\t]+)?from[ \\t]+(?:joint[ \\t]+)?(?:${ORD})(?![\\p{L}\\d])[^;.\\d]{0,30}?(?:(?:19|20)\\d\\d(?:[-–\\/]\\d{2,4})?)?[^;.\\d]{0,20}?(?:,|[ \\t][–—-]|[ \\t]*\\()[ \\t]*$`, "u");
const FROM = new RegExp(`^[ \\t]+(?:from|compared[ \\t]+with|on)[ \\t]+(?:joint[ \\t]+)?(?:${ORD})(?![\\p{L}\\d])(?![ \\t]+to[ \\t])`, "u");

const FROM_TO = new RegExp(`(?<![\\p{L}])(?:rose|risen|climbed|moved|improved|fell|fallen|dropped|slipped|went|slid)[ \\t]+(?:up[ \\t]+|down[ \\t]+)?from[ \\t]+(?:joint[ \\t]+)?(?:${ORD})[ \\t]+to[ \\t]+(?:joint[ \\t]+)?(?:${ORD})(?![\\p{L}\\d])`, "gu");

export function findRankMoves(ctx: UnitContext): RankMove[] {
  return ctx.memo("rank-moves", () => {
    const out: RankMove[] = [];
    if (ctx.lang !== "en" || !/(?:places?|positions?|spots?)(?![\p{L}])/u.test(ctx.lower)) return out;
    for (const s of ctx.sentences) {
      const text = ctx.lower.slice(s.start, s.end);
      NOW.lastIndex = 0;
      const n = NOW.exec(text);
      if (!n) continue;
      const after = text.slice(n.index + n[0].length);
      const mv = MOVE.exec(after);
      if (!mv) continue;
      // No other ordinal between the rank and the move, but the rank before: "ranked 5th …, up from 9th in
      // 2023-24, a rise of four places".
      const head = after.slice(0, mv.index);
      const fromHead = FROM_HEAD.exec(head);
      if ((head.match(/\d(?:st|nd|rd|th)(?![\p{L}])|(?<![\p{L}])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(?![\p{L}])/gu)?.length ?? 0) > (fromHead ? 1 : 0)) continue;
      const rest = after.slice(mv.index + mv[0].length);
      // "ranked 4th …, up two places from 6th" (a "from … to …" pair is a change's).
      const b = fromHead ?? BEFORE.exec(rest) ?? FROM.exec(rest);
      if (!b) continue;
      const now = n[1] ? +n[1] : NUM[n[2]];
      const before = b[1] ? +b[1] : NUM[b[2]];
      const places = /^\d+$/u.test(mv[2]) ? +mv[2] : NUM[mv[2]];
      if (!now || !before || !places) continue;
      const up = /^(?:improvement|rise|climb|gain|jump|improved|rose|risen|climbed|gained|jumped|up)$/u.test(mv[1]);
      const nowW = n[1] ?? n[2];
      const nowAt = s.start + n.index + n[0].lastIndexOf(nowW);
      const mvAt = s.start + n.index + n[0].length + mv.index;
      const bW = b[1] ?? b[2];
      const bAt = b === fromHead ? s.start + n.index + n[0].length + b.index + b[0].lastIndexOf(bW) : s.start + n.index + n[0].length + mv.index + mv[0].length + b.index + b[0].lastIndexOf(bW);
      out.push({ now, before, places, up, nowSpan: { start: nowAt, end: nowAt + nowW.length + (n[1] ? 2 : 0) }, placesSpan: { start: mvAt, end: mvAt + mv[0].length }, beforeSpan: { start: bAt, end: bAt + bW.length + (b[1] ? 2 : 0) } });
    }
    // "the university rose from 45th to 38th among UK institutions, up five places": both places and the
    // move after them.
    for (const s of ctx.sentences) {
      const text = ctx.lower.slice(s.start, s.end);
      for (const m of text.matchAll(FROM_TO)) {
        const after = text.slice(m.index! + m[0].length);
        const mv = MOVE.exec(after);
        if (!mv || mv.index > 80 || /[;.\d]/u.test(after.slice(0, mv.index).replace(/(?<!\d)(?:19|20)\d\d(?:[-–\/]\d{2,4})?(?!\d)/gu, ""))) continue;
        const before = m[1] ? +m[1] : NUM[m[2]];
        const now = m[3] ? +m[3] : NUM[m[4]];
        const places = /^\d+$/u.test(mv[2]) ? +mv[2] : NUM[mv[2]];
        if (!now || !before || !places || out.some((x) => x.now === now && x.before === before)) continue;
        const up = /^(?:improvement|rise|climb|gain|jump|improved|rose|risen|climbed|gained|jumped|up)$/u.test(mv[1]);
        const bW = m[1] ?? m[2];
        const nW = m[3] ?? m[4];
        const bAt = s.start + m.index! + m[0].indexOf(bW);
        const nAt = s.start + m.index! + m[0].lastIndexOf(nW);
        const mvAt = s.start + m.index! + m[0].length + mv.index;
        out.push({ now, before, places, up, nowSpan: { start: nAt, end: nAt + nW.length + (m[3] ? 2 : 0) }, placesSpan: { start: mvAt, end: mvAt + mv[0].length }, beforeSpan: { start: bAt, end: bAt + bW.length + (m[1] ? 2 : 0) } });
      }
    }
    return out;
  });
}
