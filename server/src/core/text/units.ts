// Splits a document into independent units: paragraphs, with a lead-in sentence or heading kept
// together with the list that follows it, because claims span a sentence and its list but never a
// blank line otherwise. Units are found from local text only, so an edit changes only the units it
// touches and the rest can be taken from a cache (incremental analysis equals full analysis).

export interface Unit {
  start: number;
  end: number;
  /** Fenced code or front matter: not report prose, never read. */
  skip: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^\s{0,6}(?:[-*+•–]|\d{1,3}[.)]|[a-zđ][.)])\s+/;
const HEADING = /^ {0,3}#{1,6}\s/;

interface Line {
  start: number;
  end: number; // excluding the line break
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf("\n", s);
    if (e < 0) e = text.length;
    const end = e > s && text.charCodeAt(e - 1) === 13 ? e - 1 : e;
    out.push({ start: s, end, text: text.slice(s, end) });
    if (e >= text.length) break;
    s = e + 1;
  }
  return out;
}

function isBlank(l: Line): boolean {
  return /^\s*$/.test(l.text);
}

export function splitUnits(text: string, markdown: boolean): Unit[] {
  const ls = lines(text);
  const blocks: Unit[] = [];
  let i = 0;
  // Front matter (--- … ---) at the very top of a Markdown file.
  if (markdown && ls.length > 1 && /^---\s*$/.test(ls[0].text)) {
    let j = 1;
    while (j < ls.length && !/^(---|\.\.\.)\s*$/.test(ls[j].text)) j++;
    if (j < ls.length) {
      blocks.push({ start: ls[0].start, end: ls[j].end, skip: true });
      i = j + 1;
    }
  }
  while (i < ls.length) {
    if (isBlank(ls[i])) {
      i++;
      continue;
    }
    const fence = markdown ? FENCE.exec(ls[i].text) : null;
    if (fence) {
      const marker = fence[1][0];
      let j = i + 1;
      while (j < ls.length && !new RegExp(`^ {0,3}\\${marker}{${fence[1].length},}\\s*$`).test(ls[j].text)) j++;
      const last = Math.min(j, ls.length - 1);
      blocks.push({ start: ls[i].start, end: ls[last].end, skip: true });
      i = last + 1;
      continue;
    }
    let j = i;
    while (j + 1 < ls.length && !isBlank(ls[j + 1]) && !(markdown && FENCE.test(ls[j + 1].text))) j++;
    blocks.push({ start: ls[i].start, end: ls[j].end, skip: false });
    i = j + 1;
  }
  // Glue a lead-in (ending with ":" or a heading) to a following list block, and list blocks to each
  // other when the list continues after a blank line.
  const units: Unit[] = [];
  for (const b of blocks) {
    const prev = units[units.length - 1];
    if (prev && !prev.skip && !b.skip) {
      const body = text.slice(b.start, b.end);
      const prevText = text.slice(prev.start, prev.end);
      const startsList = LIST_ITEM.test(body);
      const prevLastLine = prevText.slice(prevText.lastIndexOf("\n") + 1);
      const leadIn = /[:：]\s*$/.test(prevText) || HEADING.test(prevLastLine) || /^\s*#{1,6}\s/.test(prevText) && prevText.indexOf("\n") < 0;
      const prevIsList = LIST_ITEM.test(prevLastLine) || LIST_ITEM.test(prevText);
      if (startsList && (leadIn || prevIsList)) {
        prev.end = b.end;
        continue;
      }
    }
    units.push({ ...b });
  }
  return units;
}
