// Helpers shared by the answer-holding scripts: number parsing and tolerant comparisons.
const WORDS = {
  "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "hai": 2, "ba": 3,
  "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
  "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
};

// Parse the figures of a text in order. lang "vi": 12.467,5 ; lang "en": 12,467.5
// Word numbers are parsed only when `words` is true (they are ambiguous in running text).
export function nums(text, lang, words = false) {
  const numRe = lang === "vi"
    ? String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`
    : String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
  const wordRe = words ? "|(?<![\\p{L}])(?:" + Object.keys(WORDS).join("|") + ")(?![\\p{L}])" : "";
  const re = new RegExp(numRe + wordRe, "giu");
  const out = [];
  for (const m of text.matchAll(re)) {
    const t = m[0];
    const w = WORDS[t.toLowerCase()];
    if (w !== undefined) { out.push(w); continue; }
    out.push(lang === "vi" ? Number(t.replace(/\./g, "").replace(",", ".")) : Number(t.replace(/,/g, "")));
  }
  return out;
}

export const near = (a, b, tol = 0.051) => Math.abs(a - b) <= tol;
// percentage p (written with `dec` decimals) equals 100*a/b
export const pct = (a, b, p, dec = 1) => Math.abs((100 * a) / b - p) <= 0.5 * 10 ** -dec + 1e-9;
export const sum = (arr) => arr.reduce((x, y) => x + y, 0);
