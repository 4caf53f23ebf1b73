// Splits a document into independent units: paragraphs, with a lead-in sentence or heading kept
// together with the list that follows it, because claims span a sentence and its list but never a
// blank line otherwise. Units are found from local text only, so an edit changes only the units it
// touches and the rest can be taken from a cache (incremental analysis equals full analysis).
//
// The splitter is one forward pass over the lines (no line array, no per-line strings), and it can
// restart at a unit boundary before an edit and stop at the first unit boundary after it where the
// text and the splitter's state are the same as before the edit (resplitUnits).

export interface Unit {
  start: number;
  end: number;
  /** Fenced code or front matter: not report prose, never read. */
  skip: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^\s{0,6}(?:[-*+•–]|\d{1,3}[.)]|[a-zđ][.)])\s+/;
const HEADING = /^ {0,3}#{1,6}\s/;
/** The longest text LIST_ITEM can look at (6 spaces, 3 digits and ")", one space) and HEADING (3 + 6 + 1). */
const LIST_ITEM_REACH = 12;

/** Whether the char code is matched by \s in a JavaScript regular expression. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

class Lines {
  constructor(readonly text: string) {}
  /** End of the line starting at s, excluding "\n" (and a "\r" before it). */
  end(s: number): number {
    const t = this.text;
    let e = t.indexOf("\n", s);
    if (e < 0) e = t.length;
    return e > s && t.charCodeAt(e - 1) === 13 ? e - 1 : e;
  }
  /** Start of the line after the one starting at s, or -1 if it is the last line. */
  next(s: number): number {
    const e = this.text.indexOf("\n", s);
    return e < 0 ? -1 : e + 1;
  }
  blank(s: number, end: number): boolean {
    const t = this.text;
    for (let i = s; i < end; i++) if (!isSpace(t.charCodeAt(i))) return false;
    return true;
  }
  fence(s: number, end: number): RegExpExecArray | null {
    const t = this.text;
    let i = s;
    while (i < end && i - s < 3 && t.charCodeAt(i) === 32) i++;
    const c = t.charCodeAt(i);
    if (c !== 96 && c !== 126) return null;
    return FENCE.exec(t.slice(s, end));
  }
}

/** Whether `body` (the block or unit at [start, end)) starts with a list item. */
function listItemAt(text: string, start: number, end: number): boolean {
  return LIST_ITEM.test(text.slice(start, Math.min(end, start + LIST_ITEM_REACH)));
}

/** Whether block b is glued to unit prev (a lead-in or list before a list). */
function glues(text: string, prev: Unit, b: Unit): boolean {
  if (!listItemAt(text, b.start, b.end)) return false;
  const nl = text.lastIndexOf("\n", prev.end - 1);
  const lastLine = nl >= prev.start ? nl + 1 : prev.start;
  // /[:：]\s*$/ on the unit's text.
  let k = prev.end - 1;
  while (k >= prev.start && isSpace(text.charCodeAt(k))) k--;
  const c = k >= prev.start ? text.charCodeAt(k) : -1;
  const leadIn =
    c === 0x3a || c === 0xff1a ||
    HEADING.test(text.slice(lastLine, Math.min(prev.end, lastLine + LIST_ITEM_REACH))) ||
    (lastLine === prev.start && /^\s*#{1,6}\s/.test(text.slice(prev.start, prev.end)));
  const prevIsList = listItemAt(text, lastLine, prev.end) || listItemAt(text, prev.start, prev.end);
  return leadIn || prevIsList;
}

/**
 * Scans from the line starting at `from` (0, or a unit start with `out` holding the units before it)
 * and appends units to `out`. Before a unit that starts a new unit is added, `stop(start)` may end
 * the scan (it returns true): the caller takes the rest from the previous split.
 */
function scan(text: string, markdown: boolean, from: number, out: Unit[], stop?: (start: number) => boolean): boolean {
  const L = new Lines(text);
  let s = from; // start of the current line, or -1 past the last line
  const add = (b: Unit): boolean => {
    const prev = out[out.length - 1];
    if (prev && !prev.skip && !b.skip && glues(text, prev, b)) {
      prev.end = b.end;
      return false;
    }
    if (stop && stop(b.start)) return true;
    out.push(b);
    return false;
  };
  // Front matter (--- … ---) at the very top of a Markdown file.
  if (from === 0 && markdown && text.indexOf("\n") >= 0 && /^---\s*$/.test(text.slice(0, L.end(0)))) {
    let j = L.next(0);
    let closeEnd = -1;
    let after = -1;
    while (j >= 0) {
      const e = L.end(j);
      if (/^(---|\.\.\.)\s*$/.test(text.slice(j, e))) {
        closeEnd = e;
        after = L.next(j);
        break;
      }
      j = L.next(j);
    }
    if (closeEnd >= 0) {
      if (add({ start: 0, end: closeEnd, skip: true })) return true;
      s = after;
    }
  }
  while (s >= 0) {
    const end = L.end(s);
    if (L.blank(s, end)) {
      s = L.next(s);
      continue;
    }
    const fence = markdown ? L.fence(s, end) : null;
    if (fence) {
      const marker = fence[1][0];
      const close = new RegExp(`^ {0,3}\\${marker}{${fence[1].length},}\\s*$`);
      let j = L.next(s);
      let lastEnd = end;
      let after = -1;
      while (j >= 0) {
        const e = L.end(j);
        lastEnd = e;
        if (close.test(text.slice(j, e))) {
          after = L.next(j);
          break;
        }
        j = L.next(j);
      }
      if (add({ start: s, end: lastEnd, skip: true })) return true;
      s = after;
      continue;
    }
    let blockEnd = end;
    let n = L.next(s);
    while (n >= 0) {
      const e = L.end(n);
      if (L.blank(n, e) || (markdown && L.fence(n, e))) break;
      blockEnd = e;
      n = L.next(n);
    }
    if (add({ start: s, end: blockEnd, skip: false })) return true;
    s = n;
  }
  return false;
}

export function splitUnits(text: string, markdown: boolean): Unit[] {
  const out: Unit[] = [];
  scan(text, markdown, 0, out);
  return out;
}

/**
 * The units of `text`, given the units `old` of the text before an edit that replaced
 * [changeStart, oldChangeEnd) of the old text with [changeStart, newChangeEnd) of the new one.
 * Equal to splitUnits(text, markdown); units outside the rescanned window are new objects with the
 * same fields (shifted after the edit). Also returns which old units were kept before and after.
 */
export function resplitUnits(
  old: readonly Unit[],
  text: string,
  markdown: boolean,
  changeStart: number,
  oldChangeEnd: number,
  newChangeEnd: number,
): { units: Unit[]; keepBefore: number; keepAfterFrom: number } {
  const delta = newChangeEnd - oldChangeEnd;
  // First old unit that reaches the edit (a unit ending right before it may grow into it).
  let lo = 0;
  let hi = old.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (old[mid].end + 2 < changeStart) lo = mid + 1;
    else hi = mid;
  }
  // Restart two units before it: the unit before the restart point and the first line of the unit
  // at it are untouched, so its glue decision and everything before it stay as they were.
  const k = lo - 2;
  const out: Unit[] = [];
  let keepBefore = 0;
  let from = 0;
  if (k >= 1) {
    for (let i = 0; i < k; i++) out.push({ ...old[i] });
    keepBefore = k;
    from = old[k].start;
  }
  // Old unit starts after the edit, for the resynchronisation test.
  let m = lo;
  let resume = -1;
  const stopped = scan(text, markdown, from, out, (start) => {
    if (start < newChangeEnd) return false;
    const oldStart = start - delta;
    while (m < old.length && old[m].start < oldStart) m++;
    if (m < old.length && old[m].start === oldStart) {
      resume = m;
      return true;
    }
    return false;
  });
  if (stopped) {
    for (let i = resume; i < old.length; i++) out.push({ start: old[i].start + delta, end: old[i].end + delta, skip: old[i].skip });
    return { units: out, keepBefore, keepAfterFrom: resume };
  }
  return { units: out, keepBefore, keepAfterFrom: old.length };
}
