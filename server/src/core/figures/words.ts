// Counts written as words before a counted noun: "hai chỉ tiêu", "ba xã", "Twenty-four localities".
// Only before a counted noun, because "năm" is also "year" and "one" is everywhere.
import type { Figure, NonFigure } from "../types.ts";
import { COUNT_NOUNS, EN_TENS, EN_UNITS, VI_NUMBER_WORDS } from "./lexicon.ts";
import { alt } from "./patterns.ts";
import { readNounAfter } from "./nouns.ts";
import { mayMatch } from "../text/gate.ts";

const VI_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${alt(Object.keys(VI_NUMBER_WORDS))})[ \\t]+(?=(?:${alt(COUNT_NOUNS)})(?![\\p{L}\\p{M}]))`,
  "gu",
);
const EN_RE = new RegExp(
  `(?<![\\p{L}\\p{M}-])((?:${Object.keys(EN_TENS).join("|")})(?:-(?:${Object.keys(EN_UNITS).slice(0, 9).join("|")}))?|${Object.keys(EN_UNITS).join("|")})[ \\t]+(?=(?:of[ \\t]+(?:the|its|these)[ \\t]+)?(?:[a-z]+(?:ed|ing|al|ive|ic|ful|ous|ent|ant|ble|ary|ory|ern|ior)[ \\t]+)?[a-z]+s\\b|(?:${alt(COUNT_NOUNS)})\\b)`,
  "giu",
);

const EN_WORD = `(?:${Object.keys(EN_TENS).join("|")})(?:-(?:${Object.keys(EN_UNITS).slice(0, 9).join("|")}))?|${Object.keys(EN_UNITS).join("|")}`;
/** "Nineteen of 21 communes", "five of eight districts", "seventeen of the city's 24 wards": fractions
 * written with words. */
const EN_FRACTION_RE = new RegExp(`(?<![\\p{L}\\p{M}-])(${EN_WORD})[ \\t]+(?:out[ \\t]+of|of)[ \\t]+(?:the[ \\t]+(?:[\\p{L}]+['’]s[ \\t]+)?|its[ \\t]+|our[ \\t]+|their[ \\t]+)?(${EN_WORD}|\\d{1,6})(?![\\p{L}\\d.,])`, "giu");

const VI_CANDIDATE = /(?<![\p{L}\p{M}])(?:hai|ba|bốn|sáu|bảy|bẩy|tám|chín|mười)(?![\p{L}\p{M}])/gu;
const VI_AT = new RegExp(VI_RE.source.replace(/^\(\?<!\[\\p\{L\}\\p\{M\}\]\)/, ""), "uy");
const EN_CANDIDATE = /(?<![\p{L}-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![a-z])/gu;
const EN_AT = new RegExp(EN_RE.source.replace(/^\(\?<!\[\\p\{L\}\\p\{M\}-\]\)/, ""), "iuy");

const EN_BARE_VERB = "(?:were|was|are|is|have|has|had|remain|remained|remains|met|missed|exceeded|achieved|reached|failed|fell|did|will|would|could|may|might|rose|increased|decreased|declined|received|completed|closed|stayed)";
const EN_BARE = new RegExp(
  `((?:^|[\\n.;:,][ \\t]*|(?<![\\p{L}])(?:and|but|while|whereas|of which|of whom|of these,|of them,|the remaining|the other)[ \\t]+)(?:[-*•][ \\t]+)?)(${EN_WORD})(?=[ \\t]+${EN_BARE_VERB}(?![\\p{L}])|[ \\t]+of[ \\t]+(?:these|them|those)(?![\\p{L}])|(?<=(?:remaining|other)[ \\t]+(?:${EN_WORD}))[ \\t]*(?:[.;,)]|$))`,
  "giu",
);

const EN_ELIDED = new RegExp(
  `(?<![\\p{L}-])(?:${EN_WORD}|\\d[\\d,]*)[ \\t]+(?:were|was|had been|have been|are|is)[ \\t]+[a-z]+(?:ed|en|wn)(?:[ \\t]+[a-z]+){0,3}?,?[ \\t]+(?:and|but|while)[ \\t]+(${EN_WORD})(?=[ \\t]+[a-z]+(?:ed|en|wn)(?![\\p{L}]))`,
  "giu",
);

function enValue(w: string): number {
  const [t, u] = w.toLowerCase().split("-");
  if (t in EN_TENS) return EN_TENS[t] + (u ? EN_UNITS[u] ?? 0 : 0);
  return EN_UNITS[t] ?? 0;
}

/** Word fractions replace the digit figure they contain ("Nineteen of 21" holds the figure "21"). */
export function readWordFractions(s: string, lower: string, figures: Figure[]): { add: Figure[]; remove: Set<Figure> } {
  const add: Figure[] = [];
  const remove = new Set<Figure>();
  if (!/ of /i.test(s)) return { add, remove };
  if (!mayMatch(EN_FRACTION_RE, s)) return { add, remove };
  EN_FRACTION_RE.lastIndex = 0;
  for (let m = EN_FRACTION_RE.exec(s); m; m = EN_FRACTION_RE.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    const inside = figures.filter((f) => f.start >= start && f.end <= end);
    if (figures.some((f) => f.start < end && f.end > start && !inside.includes(f))) continue;
    const numV = enValue(m[1]);
    const denText = m[2];
    const denV = /^\d/.test(denText) ? +denText : enValue(denText);
    if (!numV || !denV || numV === 1) continue;
    const denStart = end - denText.length;
    const noun = readNounAfter(s, lower, end);
    for (const f of inside) remove.add(f);
    add.push({
      id: 0,
      kind: "fraction",
      start,
      end,
      text: s.slice(start, end),
      numerator: { start, end: start + m[1].length, text: m[1], exact: String(numV), decimals: 0, whole: true },
      denominator: { start: denStart, end, text: denText, exact: String(denV), decimals: 0, whole: true },
      noun: noun?.text,
      qualifiers: [],
      words: true,
    });
  }
  return { add, remove };
}

export function readWordNumbers(s: string, lower: string, figures: Figure[], nonFigures: NonFigure[]): Figure[] {
  const out: Figure[] = [];
  const taken = (a: number, b: number) =>
    figures.some((f) => f.start < b && f.end > a) || nonFigures.some((n) => n.start < b && n.end > a);
  const push = (start: number, word: string, value: number) => {
    const end = start + word.length;
    if (value <= 0 || taken(start, end)) return;
    // "one of the provinces" is not a count; "một" as an article before a noun is not either.
    if (value === 1 && !/^(?:một|one)$/i.test(word)) return;
    if (value === 1) return;
    // ("three in five digital loans", "one in ten", "2 trên 3"): the other side of a ratio in words.
    if (/(?<![\p{L}\d.,])(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+(?:in|out[ \t]+of)[ \t]+$/u.test(lower.slice(Math.max(0, start - 12), start))) return;
    const noun = readNounAfter(s, lower, end);
    // "three quarters of", "two thirds", "hai phần ba": a proportion in words, not a count.
    if (noun && /^(?:quarters?|thirds?|fifths?|halves|tenths?|phần)(?: |$)/u.test(noun.text)) return;
    // ("used by about 312,000 passengers in its first six months", "sáu tháng đầu năm"): a period, not a figure.
    if (noun && /^(?:months?|years?|weeks?|days?|quarters?)$/u.test(noun.text) && /(?<![\p{L}])(?:first|last|past|next|previous|initial|final|coming|remaining|opening|closing)[ \t]+$/u.test(lower.slice(Math.max(0, start - 12), start))) return;
    if (noun && /^(?:tháng|năm|quý)(?: (?:đầu|cuối|qua|tới|gần đây))/u.test(noun.text)) return;
    out.push({
      id: 0,
      kind: "number",
      start,
      end,
      text: s.slice(start, end),
      value: { start, end, text: s.slice(start, end), exact: String(value), decimals: 0, whole: true },
      noun: noun?.text,
      qualifiers: [],
      words: true,
    });
  };
  // A cheap scan for the number words first; the full pattern only runs where one stands.
  VI_CANDIDATE.lastIndex = 0;
  if (mayMatch(VI_CANDIDATE, lower)) for (let c = VI_CANDIDATE.exec(lower); c; c = VI_CANDIDATE.exec(lower)) {
    VI_AT.lastIndex = c.index;
    const m = VI_AT.exec(lower);
    if (m) push(m.index, m[1], VI_NUMBER_WORDS[m[1].replace(/\s+/g, " ")] ?? 0);
  }
  EN_CANDIDATE.lastIndex = 0;
  if (mayMatch(EN_CANDIDATE, lower)) for (let c = EN_CANDIDATE.exec(lower); c; c = EN_CANDIDATE.exec(lower)) {
    EN_AT.lastIndex = c.index;
    const m = EN_AT.exec(s);
    if (m) push(m.index, m[1], enValue(m[1]));
  }
  // "of which nineteen met the target and six did not", "Twenty-one have been completed and six are
  // ongoing", "29 were resolved … and twelve remain active", "rose in the remaining seven": a count in
  // words with its noun left out, the subject of its own verb in a list (or the rest), never "one".
  if (mayMatch(EN_CANDIDATE, lower)) {
    EN_BARE.lastIndex = 0;
    for (let m = EN_BARE.exec(lower); m; m = EN_BARE.exec(lower)) {
      const start = m.index + m[1].length;
      const word = s.slice(start, start + m[2].length);
      const value = enValue(word);
      const end = start + word.length;
      if (value < 2 || taken(start, end) || out.some((f) => f.start < end && f.end > start)) continue;
      out.push({
        id: 0,
        kind: "number",
        start,
        end,
        text: word,
        value: { start, end, text: word, exact: String(value), decimals: 0, whole: true },
        qualifiers: [],
        words: true,
      });
    }
  }
  // "Fifteen were dismissed and nine allowed": the second count's verb is left out, its participle stays.
  if (/ and | but /iu.test(s)) {
    EN_ELIDED.lastIndex = 0;
    for (let m = EN_ELIDED.exec(lower); m; m = EN_ELIDED.exec(lower)) {
      const start = m.index + m[0].length - m[1].length;
      const word = s.slice(start, start + m[1].length);
      const value = enValue(word);
      const end = start + word.length;
      EN_ELIDED.lastIndex = end;
      if (value < 1 || taken(start, end) || out.some((f) => f.start < end && f.end > start)) continue;
      out.push({ id: 0, kind: "number", start, end, text: word, value: { start, end, text: word, exact: String(value), decimals: 0, whole: true }, qualifiers: [], words: true });
    }
  }
  // Multiples in words: "gấp đôi năm 2023 (620 lao động)", "twice as many as the 107 recorded".
  if (/gấp|twice/u.test(lower)) {
    for (const m of lower.matchAll(MULTIPLE_WORD)) {
      // The figure is the whole phrase ("gấp ba"), so that messages quote it.
      const word = m[2] ?? m[3];
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const value = MULTIPLE_VALUE[word];
      out.push({
        id: 0,
        kind: "multiplier",
        start,
        end,
        text: s.slice(start, end),
        value: { start, end, text: s.slice(start, end), exact: value, decimals: value.includes(".") ? 1 : 0 },
        unit: "times",
        qualifiers: [],
        words: true,
      });
    }
  }
  return out;
}

const MULTIPLE_WORD = /(?<![\p{L}])(gấp[ \t]+(đôi|ba|bốn|rưỡi)|(twice))(?![\p{L}])/gu;
const MULTIPLE_VALUE: Record<string, string> = { đôi: "2", ba: "3", bốn: "4", rưỡi: "1.5", twice: "2" };
