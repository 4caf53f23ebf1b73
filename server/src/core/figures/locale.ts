// Decides a document's language (for messages) and number convention (for "3,824" and "14.888")
// from the evidence: Vietnamese letters against English function words, and the separators of the
// tokens that only one convention can read.
import type { Lang } from "../types.ts";

export interface LocaleEvidence {
  viLetters: number;
  enWords: number;
  viNumbers: number;
  enNumbers: number;
  /** Words of plain ASCII letters, and letters outside ASCII: the evidence of a block with no
   * prose (a table of "Service | Budget (£m)" rows is English, one of "Xã A" rows is not). */
  plainWords?: number;
  otherLetters?: number;
}

const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const EN_WORDS = /\b(?:the|and|of|to|in|is|was|were|for|with|percent|from|by|that|this|which|target|compared)\b/gi;
// Unambiguous: decimal comma with 1-2 or 4+ digits, or both separators.
const VI_NUM = /\d\.\d{3},\d|\d,\d{1,2}(?!\d)|\d,\d{4,}|\d\.\d{3}\.\d{3}(?![,.]?\d)/g;
const PLAIN_WORD = /(?<![\p{L}\p{M}])[A-Za-z]{3,}(?![\p{L}\p{M}])/gu;
const OTHER_LETTER = /(?![A-Za-z])\p{L}/gu;
const EN_NUM = /\d,\d{3}\.\d|\d\.\d{1,2}(?!\d)|\d\.\d{4,}|\d,\d{3},\d{3}(?![,.]?\d)/g;

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

export function localeEvidence(text: string): LocaleEvidence {
  // Letters in NFD are a base and a mark; count them composed, as in NFC text.
  const s = /[\u0300-\u036f]/.test(text) ? text.normalize("NFC") : text;
  return {
    viLetters: count(VI_LETTERS, s),
    enWords: count(EN_WORDS, s),
    viNumbers: count(VI_NUM, s),
    enNumbers: count(EN_NUM, s),
    plainWords: count(PLAIN_WORD, s),
    otherLetters: count(OTHER_LETTER, s),
  };
}

export function addEvidence(a: LocaleEvidence, b: LocaleEvidence): LocaleEvidence {
  return {
    viLetters: a.viLetters + b.viLetters,
    enWords: a.enWords + b.enWords,
    viNumbers: a.viNumbers + b.viNumbers,
    enNumbers: a.enNumbers + b.enNumbers,
    plainWords: (a.plainWords ?? 0) + (b.plainWords ?? 0),
    otherLetters: (a.otherLetters ?? 0) + (b.otherLetters ?? 0),
  };
}

export const NO_EVIDENCE: LocaleEvidence = { viLetters: 0, enWords: 0, viNumbers: 0, enNumbers: 0 };

/** The language of the prose. A few diacritics per English word is already Vietnamese. */
export function decideLanguage(e: LocaleEvidence): Lang {
  if (e.viLetters === 0 && e.enWords === 0) {
    if (e.enNumbers > e.viNumbers) return "en";
    // Labels all in plain letters ("Adult social care", "Subtotal: People", "Total") are English.
    return e.viNumbers === 0 && (e.otherLetters ?? 0) === 0 && (e.plainWords ?? 0) >= 3 ? "en" : "vi";
  }
  return e.viLetters >= e.enWords ? "vi" : "en";
}

/** The number convention: the prose language unless the unambiguous numbers clearly say otherwise. */
export function decideNumberLocale(e: LocaleEvidence, language: Lang): Lang {
  if (language === "vi" && e.enNumbers >= 2 && e.enNumbers > 2 * e.viNumbers) return "en";
  if (language === "en" && e.viNumbers >= 2 && e.viNumbers > 2 * e.enNumbers) return "vi";
  return language;
}

/**
 * A paragraph plainly in the other language, in a document of one: "Total spending was £21,480
 * million, made up of £7,150 million …" quoted in a Vietnamese report reads its numbers the English
 * way. Only on strong evidence: many words of that language, none of the other's letters, and
 * numbers written only its way.
 */
export function unitNumberLocale(e: LocaleEvidence, doc: Lang): Lang {
  if (doc === "vi" && e.viLetters === 0 && e.viNumbers === 0 && (e.enWords >= 6 || (e.enWords >= 3 && e.enNumbers >= 1))) return "en";
  if (doc === "en" && e.viLetters >= 12 && e.viNumbers >= 1 && e.enNumbers === 0) return "vi";
  return doc;
}
