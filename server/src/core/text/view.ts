// A "view" of a piece of text that the reader can scan with simple patterns: NFC-composed, with
// no-break spaces folded to spaces and every dash to "-", and an offset map back to the original.
// Same-length substitutions keep offsets; only NFC composition changes lengths, so the map is
// built only when the text holds combining marks (NFD input), keeping the common path cheap.

const SAME_LENGTH = /[\u00A0\u2007\u202F\u2009\u200A\u2010-\u2015\u2212\uFE63\uFF0D\u2018\u2019\u201C\u201D]/g;
const SAME_LENGTH_MAP: Record<string, string> = {
  "\u00A0": " ",
  "\u2007": " ",
  "\u202F": " ",
  "\u2009": " ",
  "\u200A": " ",
  "\u2212": "-",
  "\uFE63": "-",
  "\uFF0D": "-",
  "\u2018": "'",
  "\u2019": "'",
  "\u201C": '"',
  "\u201D": '"',
};
const COMBINING = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;

export interface View {
  text: string;
  /** Offset in the original text of a view offset (also valid for the end offset). */
  toOrig(offset: number): number;
}

function fold(s: string): string {
  return s.replace(SAME_LENGTH, (c) => SAME_LENGTH_MAP[c] ?? "-");
}

export function makeView(src: string): View {
  const folded = fold(src);
  if (!COMBINING.test(folded)) return { text: folded, toOrig: (o) => o };
  // Compose cluster by cluster (a base and its combining marks), recording where each composed
  // character came from. A cluster never changes its neighbours under NFC for Vietnamese text.
  const out: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < folded.length) {
    let j = i + 1;
    if (folded.charCodeAt(i) >= 0xd800 && folded.charCodeAt(i) <= 0xdbff && j < folded.length) j++;
    while (j < folded.length && COMBINING.test(folded[j])) j++;
    const composed = folded.slice(i, j).normalize("NFC");
    for (let k = 0; k < composed.length; k++) {
      out.push(composed[k]);
      map.push(i);
    }
    i = j;
  }
  map.push(folded.length);
  const text = out.join("");
  return { text, toOrig: (o) => map[Math.max(0, Math.min(o, map.length - 1))] };
}

/** Replaces [start, end) with spaces, keeping line breaks, so offsets stay put. */
export function blank(s: string, start: number, end: number): string {
  return s.slice(0, start) + s.slice(start, end).replace(/[^\n\r]/g, " ") + s.slice(end);
}
