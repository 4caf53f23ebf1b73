// Hides what is not report prose: code, HTML comments, link targets and URLs. Hidden text becomes
// spaces, so every offset in the result is an offset in the input.

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()\]]+/gi;
const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const INLINE_CODE_RE = /(`+)[^`\n]+?\1/g;
const LINK_TARGET_RE = /\]\([^)\n]*\)/g;
const REF_DEF_RE = /^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm;
const AUTOLINK_RE = /<(?:https?|mailto):[^>\n]*>/gi;
const HTML_COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
const HTML_TAG_RE = /<\/?[a-zA-Z][^>\n]*>/g;

function spaces(m: string): string {
  return m.replace(/[^\n\r]/g, " ");
}

export function maskPlain(s: string): string {
  const t = s.indexOf("@") < 0 && !/https?:|www\./i.test(s) ? s : s.replace(URL_RE, spaces).replace(EMAIL_RE, spaces);
  return unwrapSoftBreaks(t);
}

const TABLE_LINE = /\S[ \t]{3,}\S|^[ \t]*\|/u;
const ITEM_START = /^[ \t]*(?:[-*+•–]|\d{1,3}[.)]|[a-zđ][.)])[ \t]/u;
const CONTINUES = /^[ \t]*[\p{Ll}\d(£$€"“]/u;
/** "(3,42 tỷ\nUSD)": a scale word at the end of the line, its currency at the start of the next. */
const SCALE_END = /\d[ \t]*(?:tỷ|triệu|nghìn|ngàn|million|billion|thousand)[ \t]*$/u;
const UNIT_START = /^[ \t]*(?:USD|VND|EUR|GBP|đồng|US\$)(?![\p{L}])/u;

/**
 * A line break inside a hard-wrapped paragraph ("… at 1,047 of the 1,184 primary\nfires (88.4%)")
 * reads as a space, so that a noun, a bracket or a phrase is not cut at the wrap. A break is soft
 * when the line before is prose long enough to have been wrapped (not a table row, a heading or a
 * lead ending in ":" or ";") and the next line carries on in lower case, a digit or a bracket (not a
 * list item or a table row). Same length, so offsets do not move.
 */
export function unwrapSoftBreaks(s: string): string {
  let i = s.indexOf("\n");
  if (i < 0) return s;
  let out: string[] | undefined;
  let from = 0;
  let lineStart = 0;
  while (i >= 0) {
    const next = s.indexOf("\n", i + 1);
    const prevEnd = i > 0 && s.charCodeAt(i - 1) === 13 ? i - 1 : i;
    const prev = s.slice(lineStart, prevEnd);
    const nextLine = s.slice(i + 1, next < 0 ? s.length : next);
    if (prev.trim().length >= 40 && !/[:;][ \t*_]*$/u.test(prev) && !/^[ \t]*#/u.test(prev) && !TABLE_LINE.test(prev) && (CONTINUES.test(nextLine) || (SCALE_END.test(prev) && UNIT_START.test(nextLine))) && !ITEM_START.test(nextLine) && !TABLE_LINE.test(nextLine)) {
      (out ??= []).push(s.slice(from, prevEnd), prevEnd < i ? "  " : " ");
      from = i + 1;
    }
    lineStart = i + 1;
    i = next;
  }
  if (!out) return s;
  out.push(s.slice(from));
  return out.join("");
}

/** Markdown within one unit (fenced code is removed earlier by the unit splitter). */
export function maskMarkdown(s: string): string {
  let t = s;
  if (t.indexOf("<!--") >= 0) t = t.replace(HTML_COMMENT_RE, spaces);
  if (t.indexOf("`") >= 0) t = t.replace(INLINE_CODE_RE, spaces);
  if (t.indexOf("](") >= 0) t = t.replace(LINK_TARGET_RE, (m) => "]" + spaces(m.slice(1)));
  if (t.indexOf("]:") >= 0) t = t.replace(REF_DEF_RE, spaces);
  if (t.indexOf("<") >= 0) t = t.replace(AUTOLINK_RE, spaces).replace(HTML_TAG_RE, spaces);
  return maskPlain(t);
}
