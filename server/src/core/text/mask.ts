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
  if (s.indexOf("@") < 0 && !/https?:|www\./i.test(s)) return s;
  return s.replace(URL_RE, spaces).replace(EMAIL_RE, spaces);
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
