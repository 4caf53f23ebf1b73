// A total broken down "as follows" into lines laid out as a plain-text table, one label and one
// figure a line, the figure set off by spaces, dot leaders or a colon: "The 1,846,200 visits were split
// between centres as follows:\n    - Riverside Leisure Centre        512,400\n    - …", "Courses of
// treatment totalled 1,084,520, made up as follows:\n    Band 1 (examination, …) ..... 612,880\n …",
// "Tổng số 1.240 lượt khám được phân bổ như sau:\n    Tuyến tỉnh ....... 512". The words say the
// lines are the whole's breakdown, so the lines are all of it.
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

/** The intro ends its line: "…, made up as follows:", "… được phân bổ như sau:". */
const INTRO = /(?<![\p{L}])(?:as follows|như sau)[ \t]*:[ \t]*\r?\n/gu;
/** Between the whole and the intro: its noun and the words that say it is split, and no figure. */
const LEAD = /^[ \t\p{L}\p{M}'’,-]{0,80}$/u;
const NOT_WHOLE = /(?<![\p{L}])(?:main|chief|largest|biggest|key|top|some|selected|chủ yếu|chính|lớn nhất|một số|tăng|giảm|so với|kế hoạch|mục tiêu|up|down|from|than|target|plan|budget|average|per|each|bình quân|mỗi)(?![\p{L}])/u;
const NOT_LABEL = /(?<![\p{L}])(?:total|tổng|tổng cộng|cộng|increase|decrease|change|plan|target|budget|average|per|tăng|giảm|kế hoạch|mục tiêu|bình quân)(?![\p{L}])/u;
/** One line: an optional bullet, the label, a gap of two spaces or more, dot leaders or a tab, then the
 * figure (a label's colon is list-parts.ts's). */
const LINE = /^[ \t]*(?:[-*+•][ \t]+)?(\p{L}[^\n]*?\p{L}["”’']?\)?)(?:[ \t]{2,}|[ \t]*\.{3,}[ \t]*|\t[ \t]*|(?<=\))[ \t])$/u;

function measureOf(f: Figure): string | undefined {
  if (f.kind !== "number" || f.perYear || f.qualifiers.length) return undefined;
  if (isCount(f) && !f.unit) return "#";
  if (!f.unit || f.unit === "%" || f.unit === "pp" || f.unit === "times") return undefined;
  return `${f.unit}|${f.scale?.factor ?? "1"}`;
}

export function findLayoutLists(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  INTRO.lastIndex = 0;
  for (let m = INTRO.exec(ctx.lower); m; m = INTRO.exec(ctx.lower)) {
    const p = m.index;
    const si = ctx.sentenceIndexAt(p);
    if (si < 0) continue;
    const s = ctx.sentences[si];
    const before = s.figs.filter((f) => f.end <= p);
    const whole = before[before.length - 1];
    const kind = whole && measureOf(whole);
    if (!whole || !kind || used.has(whole.id) || inBrackets(ctx, s.start, whole.start)) continue;
    const lead = ctx.lower.slice(whole.end, p);
    if (!LEAD.test(lead) || NOT_WHOLE.test(lead.replace(/(?<![\p{L}])(?:made up|breaks? down|broken down|broke down)(?![\p{L}])/u, "")) || NOT_WHOLE.test(ctx.lower.slice(Math.max(s.start, whole.start - 20), whole.start))) continue;
    // The lines under the intro, each with one figure at its end; the list ends at a blank line or
    // a line that is not such an item.
    let at = p + m[0].length;
    let fi = ctx.figures.findIndex((f) => f.start >= at);
    const parts: Figure[] = [];
    const labels = new Set<string>();
    let ok = fi >= 0;
    while (ok && at < ctx.text.length) {
      const nl = ctx.text.indexOf("\n", at);
      const lineEnd = nl < 0 ? ctx.text.length : nl;
      const line = ctx.text.slice(at, lineEnd);
      if (!line.trim()) break;
      const figs: Figure[] = [];
      while (fi >= 0 && fi < ctx.figures.length && ctx.figures[fi].start < lineEnd) figs.push(ctx.figures[fi++]);
      const f = figs[figs.length - 1];
      // (A label may hold a class number, "Band 1", which is read as no figure or as one before the last.)
      const own = f && figs.slice(0, -1).every((g) => /^\d{1,2}$/u.test(g.text));
      const label = own ? LINE.exec(ctx.lower.slice(at, f.start)) : null;
      if (!f || !own || !label || !/^[ \t]*[;.,]?[ \t]*\r?$/u.test(ctx.text.slice(f.end, lineEnd)) || f.noun || measureOf(f) !== kind || used.has(f.id) || NOT_LABEL.test(label[1]) || labels.has(label[1])) {
        // (A line with a figure that is no item leaves the list unknown; a line of words ends it.)
        ok = parts.length >= 2 && !figs.some((g) => measureOf(g) === kind);
        break;
      }
      labels.add(label[1]);
      parts.push(f);
      at = lineEnd + 1;
      if (nl < 0) break;
    }
    if (!ok || parts.length < 2) continue;
    out.push({ whole, wholeNum: whole.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: true, listed: true, amounts: kind !== "#" || undefined, cue: { start: p, end: p + m[0].trimEnd().length } });
    used.add(whole.id);
    for (const f of parts) used.add(f.id);
  }
  return out;
}

/** The line that closes a laid-out list as its total: "Total ........ 846,200", "Tổng cộng   1.240". */
const TOTAL_LINE = /^(?:total|grand total|overall total|all [\p{L}]+|tổng|tổng cộng|tổng số|cộng|toàn [\p{L}\p{M}]+)$/u;

/**
 * Lines laid out with dot leaders or spaces, one label and one figure each, closed by a line labelled
 * as their total, with no words of intro needed: "  Lot 1  North Coast and Dales ........ 212,400\n
 * … \n  Total ............................... 846,200". The total line says the lines above it are
 * all of it. (Runs of one column only; tables of several are table.ts's.)
 */
export function findTotalLineLists(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  if (!/(?<![\p{L}])(?:total|tổng|cộng|all|toàn)(?![\p{L}])/u.test(ctx.lower)) return out;
  let fi = 0;
  let run: { f: Figure; label: string }[] = [];
  // (A sub-item, "of which …" or indented deeper than the rest, would count twice: no claim for the run.)
  let broken = false;
  let indent = -1;
  for (let at = 0; at <= ctx.text.length; ) {
    const nl = ctx.text.indexOf("\n", at);
    const lineEnd = nl < 0 ? ctx.text.length : nl;
    const figs: Figure[] = [];
    while (fi < ctx.figures.length && ctx.figures[fi].start < at) fi++;
    for (let k = fi; k < ctx.figures.length && ctx.figures[k].start < lineEnd; k++) figs.push(ctx.figures[k]);
    const f = figs[figs.length - 1];
    const own = !!f && figs.slice(0, -1).every((g) => /^\d{1,2}$/u.test(g.text));
    const m = own ? LINE.exec(ctx.lower.slice(at, f.start)) : null;
    const item = !!m && /^[ \t]*[;.,]?[ \t]*\r?$/u.test(ctx.text.slice(f.end, lineEnd)) && !f.noun && !!measureOf(f) && !used.has(f.id);
    const label = m ? m[1].replace(/^(?:\p{L}+[ \t]+\d{1,2}[ \t]+)/u, "").trim() : "";
    const lead = /^[ \t]*/u.exec(ctx.text.slice(at, lineEnd))![0].replace(/\t/gu, "    ").length;
    // (A line that ends on a figure but reads as no item leaves the run unknown, not ended; before the
    // run too: "Entry level and Level 1    38,926" above "Level 3 …    6,418" is a row not read.)
    if (!item && f && /^[ \t]*[;.,]?[ \t]*\r?$/u.test(ctx.text.slice(f.end, lineEnd))) {
      broken = true;
    } else if (!item) {
      run = [];
      broken = false;
      indent = -1;
    } else if (/^(?:of which|in which|including|incl\.?|trong đó|bao gồm|gồm)(?![\p{L}])/u.test(label) || (indent >= 0 && lead !== indent)) {
      broken = true;
    } else if (TOTAL_LINE.test(label)) {
      const kind = measureOf(f);
      if (!broken && run.length >= 2 && run.every((x) => measureOf(x.f) === kind) && new Set(run.map((x) => x.label)).size === run.length && !run.some((x) => NOT_LABEL.test(x.label))) {
        out.push({ whole: f, wholeNum: f.value!, parts: run.map((x) => ({ figure: x.f, num: x.f.value! })), exhaustive: true, listed: true, amounts: kind !== "#" || undefined });
        used.add(f.id);
        for (const x of run) used.add(x.f.id);
      }
      run = [];
      broken = false;
      indent = -1;
    } else {
      run.push({ f, label: m![1] });
      indent = lead;
    }
    if (nl < 0) break;
    at = lineEnd + 1;
  }
  return out;
}
