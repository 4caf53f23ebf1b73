// Decides a document's language (for messages) and number convention (for "3,824" and "14.888")
// from the evidence: Vietnamese letters against English function words, and the separators of the
// tokens that only one convention can read.
import type { Lang } from "../types.ts";

export interface LocaleEvidence {
  viLetters: number;
  enWords: number;
  viNumbers: number;
  enNumbers: number;
}

const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const EN_WORDS = /\b(?:the|and|of|to|in|is|was|were|for|with|percent|from|by|that|this|which|target|compared)\b/gi;
// Unambiguous: decimal comma with 1-2 or 4+ digits, or both separators.
const VI_NUM = /\d\.\d{3},\d|\d,\d{1,2}(?!\d)|\d,\d{4,}|\d\.\d{3}\.\d{3}(?![,.]?\d)/g;
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
  };
}

export function addEvidence(a: LocaleEvidence, b: LocaleEvidence): LocaleEvidence {
  return {
    viLetters: a.viLetters + b.viLetters,
    enWords: a.enWords + b.enWords,
    viNumbers: a.viNumbers + b.viNumbers,
    enNumbers: a.enNumbers + b.enNumbers,
  };
}

export const NO_EVIDENCE: LocaleEvidence = { viLetters: 0, enWords: 0, viNumbers: 0, enNumbers: 0 };

/** The language of the prose. A few diacritics per English word is already Vietnamese. */
export function decideLanguage(e: LocaleEvidence): Lang {
  if (e.viLetters === 0 && e.enWords === 0) return e.enNumbers > e.viNumbers ? "en" : "vi";
  return e.viLetters >= e.enWords ? "vi" : "en";
}

/** The number convention: the prose language unless the unambiguous numbers clearly say otherwise. */
export function decideNumberLocale(e: LocaleEvidence, language: Lang): Lang {
  if (language === "vi" && e.enNumbers >= 2 && e.enNumbers > 2 * e.viNumbers) return "en";
  if (language === "en" && e.viNumbers >= 2 && e.viNumbers > 2 * e.enNumbers) return "vi";
  return language;
}
