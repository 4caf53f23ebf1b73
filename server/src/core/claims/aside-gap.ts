// A gap stated as an aside after a value and the value it is set against: "was 412 days, compared
// with the national average of 480 days, 68 days quicker"; "was 412 days, 68 days quicker than the
// national average of 480 days"; "đạt 12 ngày, so với quy định (15 ngày), nhanh hơn 3 ngày".
//
// Trust first: the three figures follow one another in one sentence with nothing else between them,
// the values are of one kind (one unit, or one counted noun) and the gap of that kind too (points
// for percentages); words of speed ("quicker", "sooner", "nhanh hơn") only of durations, where
// quicker is shorter.
import type { Figure } from "../types.ts";
import { D } from "../math/interval.ts";
import { type UnitContext, isPercent } from "./context.ts";
import type { LabelGap } from "./label-gap.ts";

const UP = "higher|more|greater|larger|above|longer|slower|later|cao[ \\t]+hơn|nhiều[ \\t]+hơn|lớn[ \\t]+hơn|dài[ \\t]+hơn|chậm[ \\t]+hơn|muộn[ \\t]+hơn|vượt";
const DOWN = "lower|less|fewer|smaller|below|shorter|quicker|faster|sooner|earlier|thấp[ \\t]+hơn|ít[ \\t]+hơn|nhỏ[ \\t]+hơn|ngắn[ \\t]+hơn|nhanh[ \\t]+hơn|sớm[ \\t]+hơn|thiếu|short";
const SPEED = /^(?:longer|slower|later|shorter|quicker|faster|sooner|earlier|dài|chậm|muộn|ngắn|nhanh|sớm)/u;
const TIME = /^(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?|giây|phút|giờ|ngày|tuần|tháng|năm)$/u;

/** "A, compared with the national average of B, D quicker" (value, reference, gap). */
// ("88.4% of placement graduates were in highly skilled employment, compared with 74.2% of …": the
// value's own words may run to the comma.)
const AGAINST_EN = /^(?:[ \t]+[\p{L}'’-]+){0,14}?[ \t]*\)?[ \t]*(?:,[ \t]*(?:compared[ \t]+(?:with|to)|against|versus|vs\.?)|[ \t]against)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,6}?(?:of[ \t]+)?\(?[ \t]*$/u;
// ("đang nuôi dưỡng 186 người, trong khi công suất thiết kế là 150 người, vượt 36 người": the reference
// in a clause of contrast.)
const AGAINST_VI = /^[ \t]*\)?[ \t]*,[ \t]*(?:so[ \t]+với[ \t]+(?:[\p{L}\p{M}'’-]+[ \t]+){0,6}?(?:là[ \t]+)?|trong[ \t]+khi[ \t]+(?:[\p{L}\p{M}'’-]+[ \t]+){1,6}?(?:là|chỉ[ \t]+là|chỉ[ \t]+có|có)[ \t]+)\(?[ \t]*$/u;
const GAP_AFTER_EN = new RegExp(`^[ \\t]*(?:[\\p{L}]+[ \\t]+){0,2}?(${UP}|${DOWN})(?![\\p{L}])[ \\t]*(?:[.;]|$)`, "u");
const WORD_BEFORE_VI = new RegExp(`^[ \\t]*\\)?[ \\t]*,[ \\t]*(${UP}|${DOWN})[ \\t]+$`, "u");
/** "A, compared with B for other pupils, a gap of D": the size alone ("chênh lệch", "a difference of"). */
const GAP_NOUN_EN = /^(?:[ \t]+(?:for|in|among|at|across|of)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,10}?[\p{L}'’-]+)?[ \t]*\)?[ \t]*(?:,|—|–|-)[ \t]*(?:(?:a|an|the)[ \t]+)?(?:gap|difference|margin|shortfall|vacancy|vacancy[ \t]+gap)[ \t]+of[ \t]+$/u;
const GAP_NOUN_VI = /^[ \t]*\)?[ \t]*,[ \t]*(?:(?:mức|khoảng)[ \t]+)?(?:chênh[ \t]+lệch|cách[ \t]+biệt)[ \t]+(?:là[ \t]+)?$/u;
/** "A, D quicker than the national average of B" (value, gap, reference). */
const GAP_FIRST_MID = /^[ \t]*\)?[ \t]*,[ \t]*$/u;
/** "1,248 students undertook a placement year in 2023/24, 48 short of the target of 1,300": the value's own words before the comma. */
const WORDS_MID = /^(?:[ \t]+[\p{L}'’-]+|[ \t]+(?:19|20)\d\d(?:[\/–-]\d{2,4})?){0,12}?[ \t]*,[ \t]*$/u;
const GAP_FIRST_EN = new RegExp(`^[ \\t]*(?:[\\p{L}]+[ \\t]+){0,2}?((?:${UP}|${DOWN})(?=[ \\t]+than)|short(?=[ \\t]+of))[ \\t]+(?:than|of)[ \\t]+(?:[\\p{L}'’-]+[ \\t]+){0,6}?(?:of[ \\t]+)?\\(?[ \\t]*$`, "u");

const SHARE = /^[^,;.\d]{0,40}?,[ \t]*(?:or|equivalent[ \t]+to|i\.e\.|tương[ \t]+đương|tức(?:[ \t]+là)?|bằng)[ \t]+$/u;

function head(f: Figure): string {
  return (f.noun ?? "").split(/[ \t]+/u)[0];
}

function kindOk(a: Figure, b: Figure, d: Figure): boolean {
  for (const f of [a, b, d]) if (!f.value || f.qualifiers.length || f.kind === "range") return false;
  if (isPercent(a) || isPercent(b)) return a.kind === "percent" && b.kind === "percent" && d.unit === "pp";
  if (a.kind !== "number" || b.kind !== "number" || d.kind !== "number") return false;
  if ((a.scale?.factor ?? "1") !== (b.scale?.factor ?? "1")) return false;
  if (a.unit || b.unit) return a.unit === b.unit && d.unit === a.unit;
  return !!head(a) && head(a) === head(b) && head(d) === head(a);
}

export function findAsideGaps(ctx: UnitContext): LabelGap[] {
  return ctx.memo("aside-gaps", () => {
    const out: LabelGap[] = [];
    const vi = ctx.lang === "vi";
    if (!(vi ? /hơn|chênh|cách biệt|vượt|thiếu/u : /compared|against|versus|vs|than|short/u).test(ctx.lower)) return out;
    for (const s of ctx.sentences) {
      for (let k = 0; k + 2 < s.figs.length; k++) {
        const [f1, f2] = [s.figs[k], s.figs[k + 1]];
        let f3 = s.figs[k + 2];
        // (After a figure, its counted noun: "412 days, compared with …".)
        const gapText = (x: Figure, y: Figure) => {
          const g = ctx.lower.slice(x.end, y.qualifiers[0]?.start ?? y.start);
          const lead = x.noun ? /^[ \t]+/u.exec(g)?.[0].length ?? 0 : 0;
          const after = lead ? g.slice(lead) : g;
          return x.noun && after.startsWith(x.noun) && !/[\p{L}]/u.test(after[x.noun.length] ?? "") ? after.slice(x.noun.length) : g;
        };
        let a: Figure, b: Figure, d: Figure;
        let word: RegExpExecArray | null = null;
        let wordAt = 0;
        let sizeOnly = false;
        if ((vi ? AGAINST_VI : AGAINST_EN).test(gapText(f1, f2))) {
          [a, b, d] = [f1, f2, f3];
          if (vi) {
            // ("sớm hơn 4 ngày": the reader may take the word's "hơn" as the gap's qualifier.)
            const own = f3.qualifiers.length === 1 && f3.qualifiers[0].kind === "over" && /^hơn$/u.test(f3.qualifiers[0].text.toLowerCase());
            if (own) d = f3 = { ...f3, qualifiers: [] };
            word = WORD_BEFORE_VI.exec(gapText(f2, f3));
            if (word) wordAt = f2.end + word.index + word[0].indexOf(word[1]);
            else if (GAP_NOUN_VI.test(gapText(f2, f3))) sizeOnly = true;
          } else if (GAP_NOUN_EN.test(gapText(f2, f3))) {
            sizeOnly = true;
          } else if (GAP_FIRST_MID.test(gapText(f2, f3))) {
            word = GAP_AFTER_EN.exec(ctx.lower.slice(f3.end, Math.min(s.end, f3.end + 40)));
            if (word) wordAt = f3.end + word.index + word[0].indexOf(word[1]);
          }
        } else if (!vi && (GAP_FIRST_MID.test(gapText(f1, f2)) || (WORDS_MID.test(gapText(f1, f2)) && /^[ \t]+short[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+)?(?:[\p{L}-]+[ \t]+){0,3}?(?:target|plan|ambition|commitment|goal|standard)(?![\p{L}])/u.test(ctx.lower.slice(f2.end, f3.start))))) {
          [a, d, b] = [f1, f2, f3];
          // (The gap's noun may hold the word: "86 days quicker than …".)
          word = GAP_FIRST_EN.exec(ctx.lower.slice(f2.end, f3.qualifiers[0]?.start ?? f3.start));
          // ("9 days shorter than last year and within the ceiling of 42 days": the reference ended
          // at "and"; what follows is another comparison.)
          if (word && /(?<![\p{L}])(?:and|but|while|whereas|within|inside)(?![\p{L}])/u.test(word[0].slice(word[0].indexOf(word[1]) + word[1].length + 4))) word = null;
          if (word) wordAt = f2.end + word.index + word[0].indexOf(word[1]);
        } else continue;
        // ("…, a gap of 3.0 percentage points after adjustment": a gap said of other figures than these.)
        if (/(?<![\p{L}])(?:after|before|adjust\p{L}*|excluding|once|when|if|sau[ \t]+khi|trước[ \t]+khi|điều[ \t]+chỉnh)(?![\p{L}])/u.test(ctx.lower.slice(d.end, Math.min(s.end, d.end + 60)).split(/[,;.(]/u)[0])) continue;
        if (sizeOnly && kindOk(a, b, d) && !(s.figs[k + 3] && s.figs[k + 3].start - d.end < 4)) {
          // (No word: the side is whichever is larger; only the size is judged.)
          out.push({ x: a, y: b, gap: d, higher: new D(a.value!.exact).gte(new D(b.value!.exact)), word: { start: d.start, end: d.end }, src: ctx, sizeOnly: true });
          continue;
        }
        // (A gap short of a named target measures the value's own kind, the target and gap bare.)
        const shortOfTarget = !!word && word[1] === "short" && a!.kind === "number" && b!.kind === "number" && d!.kind === "number" && !a!.unit && !b!.unit && !d!.unit && !b!.noun && (!d!.noun || d!.noun === "short") && [a!, b!, d!].every((f) => !!f.value && !f.qualifiers.length && !f.scale) && /(?:target|plan|ambition|commitment|goal|standard)/u.test(word[0]);
        if (!word || (!kindOk(a, b, d) && !shortOfTarget)) continue;
        const w = word[1].replace(/[ \t]+/gu, " ");
        // Quicker, sooner, nhanh hơn: of durations only.
        if (SPEED.test(w) && !(TIME.test(a.unit ?? "") || TIME.test(head(a)))) continue;
        // The gap closes the comparison: nothing of its kind right after it.
        const last = d.end > b.end ? d : b;
        const next = s.figs[k + 3];
        if (next && next.start - last.end < 4 && !(next.kind === "percent" && !isPercent(last) && /^[ \t]*\($/u.test(ctx.lower.slice(last.end, next.start)))) continue;
        const higher = new RegExp(`^(?:${UP})$`, "u").test(w);
        // "…, or 32.7%", "…, tương đương 32,7%": the gap's share of the value it is measured from.
        const pct = next && next.kind === "percent" && !isPercent(a) && next.value && !next.qualifiers.length && SHARE.test(ctx.lower.slice(last.end, next.start)) && !/^[ \t]*(?:of|của)(?![\p{L}])/u.test(ctx.lower.slice(next.end, next.end + 8)) ? next : undefined;
        out.push({ x: a, y: b, gap: d, higher, word: { start: wordAt, end: wordAt + word[1].length }, src: ctx, ...(pct ? { pct } : {}) });
      }
    }
    return out;
  });
}
