// What claim extractors see of a unit: its masked NFC text, lower-cased, the figures read from it,
// sentences and clauses, and a collector for claims and findings.
import { firstAtOrAfter } from "../figures/sorted.ts";
import type { Claim, ClaimKind, Figure, Finding, Lang, NonFigure, Num, Related, Settings, Severity, Span, Fix } from "../types.ts";
import { ruleInfo } from "../rules.ts";
import { mayMatch } from "../text/gate.ts";
import { D, figureInterval, numInterval, type Dec, type Interval } from "../math/interval.ts";

/** "was **48.6 million tonnes**, down from …": emphasis marks are no words, so the readings see
 * blanks of the same length (a bullet's "* " at the start of a line stays). */
const EMPHASIS = /(?<=[^\s*_])[*_]{1,3}(?=[\s.,;:)!?]|$)|(?<=^|[\s(])[*_]{1,3}(?=[^\s*_])/gmu;
function blankEmphasis(t: string): string {
  if (t.indexOf("*") < 0 && t.indexOf("_") < 0) return t;
  return t.replace(EMPHASIS, (m, at: number) => (/^[ \t]*$/.test(t.slice(t.lastIndexOf("\n", at - 1) + 1, at)) && /^\*[ \t]/.test(t.slice(at, at + 2)) ? m : " ".repeat(m.length)));
}

/** "năm học 2022 - 2023" reads as "năm học 2022-2023" (the same length: the spaces move after it), so
 * that one pattern of a period serves both ways of writing it. */
function closeYearSpans(t: string): string {
  if (!/\d[ \t]+[-–][ \t]+(?:19|20)\d\d/u.test(t)) return t;
  return t.replace(/(?<![\d.,])((?:19|20)\d\d)([ \t]+)([-–])([ \t]+)((?:19|20)\d\d)(?![\d.,]\d|\d)/gu, (_m, a: string, s1: string, d: string, s2: string, b: string) => `${a}${d}${b}${s1}${s2}`);
}

export interface UnitInput {
  text: string;
  figures: Figure[];
  nonFigures: NonFigure[];
  lang: Lang;
  numberLocale: Lang;
  settings: Settings;
  /**
   * The unit before this one, read on request: a table or a paragraph whose figures the text of
   * this unit talks about ("Buses … carried 55.5% of all boardings" under the table of boardings).
   * Its spans map into this unit's offsets with `toUnit` (negative: before the unit).
   */
  previous?: () => PreviousUnit | undefined;
}

export interface PreviousUnit {
  text: string;
  figures: Figure[];
  nonFigures: NonFigure[];
  toUnit(offset: number): number;
}

export interface Sentence extends Span {
  figs: Figure[];
}

const ABBREV = /(?:^|[^\p{L}])(?:tp|tt|ts|ths|pgs|gs|bs|ks|no|mr|mrs|ms|dr|st|vs|etc|approx|e\.g|i\.e|u\.s|q|kl|nq|tw|tu|ref|refs|cf|fig|para|paras)$/iu;

export class UnitContext {
  readonly text: string;
  readonly lower: string;
  readonly figures: Figure[];
  readonly nonFigures: NonFigure[];
  readonly lang: Lang;
  readonly numberLocale: Lang;
  readonly settings: Settings;
  readonly sentences: Sentence[];
  readonly claims: Claim[] = [];
  readonly findings: Finding[] = [];
  private readonly memos = new Map<string, unknown>();
  private readonly readPrevious?: () => PreviousUnit | undefined;
  private prev?: { ctx?: UnitContext; toUnit?: (o: number) => number };

  /** Claims found once per unit and shared by the checks that examine them. */
  memo<T>(key: string, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }

  /**
   * The intervals of the unit's numbers, each computed once: several checks ask for the same figure's
   * (intervals and their decimals are immutable, so they are shared). Per unit, dropped with it.
   */
  private readonly numIvs = new Map<Num, Interval>();
  private readonly figIvs = new Map<Num, { f: Figure; iv: Interval }>();

  /** numInterval(n), computed once per unit. */
  numInterval(n: Num): Interval {
    let iv = this.numIvs.get(n);
    if (!iv) this.numIvs.set(n, (iv = numInterval(n)));
    return iv;
  }

  /** figureInterval(f, n, this.settings.tolerances), computed once per unit. */
  interval(f: Figure, n: Num): Interval {
    // Without a scale word or qualifier, figureInterval is numInterval itself.
    if (!f.scale && f.qualifiers.length === 0) return this.numInterval(n);
    const hit = this.figIvs.get(n);
    if (hit && hit.f === f) return hit.iv;
    const iv = figureInterval(f, n, this.settings.tolerances);
    if (!hit) this.figIvs.set(n, { f, iv });
    return iv;
  }

  /** Figures already taking part in a claim of the given kind, to avoid reading one twice. */
  private readonly used = new Map<ClaimKind, Set<number>>();

  constructor(input: UnitInput) {
    this.text = input.text;
    const lower = input.text.toLowerCase();
    this.lower = closeYearSpans(blankEmphasis(lower.length === input.text.length ? lower : input.text));
    this.figures = input.figures;
    this.nonFigures = input.nonFigures ?? [];
    this.lang = input.lang;
    this.numberLocale = input.numberLocale;
    this.settings = input.settings;
    this.sentences = splitSentences(this.text, this.figures);
    this.readPrevious = input.previous;
  }

  /**
   * The unit before this one as a context of its own (claims of it are never emitted here), or
   * undefined when there is none that this unit may refer to. Asking makes this unit's result
   * depend on that text, so readers ask only once their own unit holds no answer.
   */
  previous(): UnitContext | undefined {
    if (!this.prev) {
      const p = this.readPrevious?.();
      this.prev = p
        ? { ctx: new UnitContext({ text: p.text, figures: p.figures, nonFigures: p.nonFigures, lang: this.lang, numberLocale: this.numberLocale, settings: this.settings }), toUnit: p.toUnit }
        : {};
    }
    return this.prev.ctx;
  }

  /** A span of previous() in this unit's offsets (for related locations). */
  fromPrevious(s: Span): Span {
    const f = this.prev?.toUnit;
    return f ? { start: f(s.start), end: f(s.end) } : s;
  }

  sentenceOf(f: Figure): Sentence {
    return this.sentences[this.sentenceIndexAt(f.start)] ?? this.sentences[this.sentences.length - 1];
  }

  /** Index of the sentence holding offset `at`, or -1 (between sentences or outside). */
  sentenceIndexAt(at: number): number {
    return spanIndexAt(this.sentences, at);
  }

  /** The sentence before `s` in its paragraph (no blank line between them), if any. */
  sentenceBefore(s: Sentence): Sentence | undefined {
    const k = this.sentenceIndexAt(s.start);
    const p = k > 0 ? this.sentences[k - 1] : undefined;
    return p && !/\n[ \t]*\r?\n/u.test(this.text.slice(p.end, s.start)) ? p : undefined;
  }

  /** The spans of figures' nouns that hold a digit ("stage 1 complaints", "year 6 pupils"). */
  private nounDigits(): [number, number][] {
    return this.memo("noun-digits", () => {
      const out: [number, number][] = [];
      for (const f of this.figures) {
        if (!f.noun || !/\d/u.test(f.noun)) continue;
        const at = this.lower.indexOf(f.noun.toLowerCase(), f.end);
        if (at >= 0 && at - f.end <= 3) out.push([at, at + f.noun.length]);
      }
      return out;
    });
  }

  between(a: number, b: number): string {
    return this.lower.slice(Math.max(0, a), Math.max(a, b));
  }

  /** The text between a and b with the years, periods and dates in it written as letters of the same
   * length ("in 2023–24" reads "in yyyyyyy"), so that gaps that allow no figure allow these. */
  plainBetween(a: number, b: number): string {
    const from = Math.max(0, a);
    let t = this.lower.slice(from, Math.max(from, b));
    if (!/\d/.test(t)) return t;
    for (const n of this.nonFigures) {
      if (n.end <= from || n.start >= b || (n.kind !== "year" && n.kind !== "period" && n.kind !== "date" && n.kind !== "quarter" && !(n.kind === "label" && n.reason === "rate base") && n.kind !== "code")) continue;
      const s = Math.max(n.start, from) - from;
      const e = Math.min(n.end, b) - from;
      t = t.slice(0, s) + "y".repeat(e - s) + t.slice(e);
    }
    // ("2,186 Stage 1 complaints, up 7.4% from 2,035": a class number inside a figure's own noun is no figure
    // on the way either.)
    for (const [ns, ne] of this.nounDigits()) {
      if (ne <= from || ns >= b) continue;
      const s = Math.max(ns, from) - from;
      const e = Math.min(ne, b) - from;
      t = t.slice(0, s) + t.slice(s, e).replace(/\d/gu, "n") + t.slice(e);
    }
    return t;
  }

  markUsed(kind: ClaimKind, ...figs: Figure[]): void {
    let s = this.used.get(kind);
    if (!s) this.used.set(kind, (s = new Set()));
    for (const f of figs) s.add(f.id);
  }

  isUsed(kind: ClaimKind, f: Figure): boolean {
    return this.used.get(kind)?.has(f.id) ?? false;
  }

  /**
   * Records a claim and, when it fails, its finding. `at` is the figure at fault; `others` become
   * related locations. Messages come in both languages; the document's language is chosen here.
   */
  emit(c: {
    kind: ClaimKind;
    rule: string;
    roles: { figure: Figure; role: string }[];
    explain: { vi: string; en: string };
    ok: boolean;
    at?: Span;
    message?: { vi: string; en: string };
    related?: { span: Span; message: { vi: string; en: string } }[];
    fix?: { span: Span; newText: string };
    severity?: Severity;
    /** The value the figures give and the value stated, for a claim that fails (see implausible). */
    magnitude?: { computed: Dec | string | number; stated: Dec | string | number };
  }): void {
    const spans = c.roles.map((r) => r.figure);
    // A claim whose figures are all in the unit before (a rank under a table) spans its words.
    const start = spans.length ? spans.reduce((m, f) => Math.min(m, f.start), Infinity) : (c.at?.start ?? 0);
    const end = spans.length ? spans.reduce((m, f) => Math.max(m, f.end), -Infinity) : (c.at?.end ?? 0);
    const id = this.claims.length;
    this.claims.push({
      id,
      kind: c.kind,
      start,
      end,
      roles: c.roles.map((r) => ({ figure: r.figure.id, role: r.role })),
      rules: [c.rule],
      explain: c.explain,
      ok: c.ok,
    });
    this.markUsed(c.kind, ...spans);
    if (c.ok || !c.message) return;
    const at = c.at ?? spans[0];
    // Two readings of one claim may both fail on the same figure: one finding is enough.
    if (this.findings.some((f) => f.rule === c.rule && f.start === at.start && f.end === at.end)) return;
    const related: Related[] = (c.related ?? []).map((r) => ({ start: r.span.start, end: r.span.end, message: r.message[this.lang] }));
    const fix: Fix | undefined = c.fix
      ? { start: c.fix.span.start, end: c.fix.span.end, newText: c.fix.newText, title: this.lang === "vi" ? `Sửa thành ${c.fix.newText}` : `Change to ${c.fix.newText}` }
      : undefined;
    const info = ruleInfo(c.rule);
    const cap = c.magnitude && implausible(c.magnitude.computed, c.magnitude.stated) ? "information" : c.severity;
    const sev = cap ?? (info && info.defaultSeverity !== "off" ? info.defaultSeverity : "hint");
    this.findings.push({ rule: c.rule, severity: sev, message: c.message[this.lang], start: at.start, end: at.end, related, fix, claim: id, ...(cap ? { cap } : {}) });
  }
}

/**
 * A stated value ten times off what its figures give, or more: drafts drift by a digit or a word, so
 * a gap that wide means the claim was misread (the wrong whole, a count of something else), and it
 * is shown as information rather than raised as an alarm.
 */
export function implausible(computed: Dec | string | number, stated: Dec | string | number): boolean {
  const a = new D(computed).abs();
  const b = new D(stated).abs();
  if (a.isZero() || b.isZero()) return !a.equals(b) && a.plus(b).gt(1);
  return a.div(b).gt(10) || b.div(a).gt(10);
}

/** Index of the span in sorted, disjoint `spans` that holds `at` (start ≤ at < end), or -1. */
export function spanIndexAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else if (spans[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export function splitSentences(text: string, figures: Figure[]): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    if (end > start && /\S/.test(text.slice(start, end))) out.push({ start, end, figs: [] });
    start = end;
  };
  const re = /[.!?…]+(?=[ \t]*(?:\r?\n|$)|[ \t]+["“(*•-]?[\p{Lu}\d])|\r?\n(?=[ \t]*(?:[-*+•]|\d{1,3}[.)]|#)[ \t])|(?<=[.!?:;])[ \t]*\r?\n|\r?\n[ \t]*\r?\n/gu;
  let fig = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    if (/^[.]/.test(m[0]) && ABBREV.test(text.slice(Math.max(0, at - 6), at))) continue;
    // A dot inside a figure ("12.467") never ends a sentence; the figure list tells. Matches come
    // in order and figures are sorted, so one pointer walks both.
    while (fig < figures.length && figures[fig].end <= at) fig++;
    if (fig < figures.length && at > figures[fig].start && at < figures[fig].end) continue;
    push(at + m[0].length);
  }
  push(text.length);
  let fi = 0;
  for (const s of out) {
    while (fi < figures.length && figures[fi].start < s.end) {
      if (figures[fi].start >= s.start) s.figs.push(figures[fi]);
      fi++;
    }
  }
  return out;
}

/** Start of the clause (after the last ";" or sentence start) that holds `at`. */
export function clauseStart(ctx: UnitContext, s: Sentence, at: number): number {
  const from = Math.max(s.start, at - 400);
  const t = ctx.text.slice(from, at);
  const k = Math.max(t.lastIndexOf(";"), t.lastIndexOf(":"));
  return k < 0 ? from : from + k + 1;
}

/** End of the clause that holds `at` (next ";" or sentence end). */
export function clauseEnd(ctx: UnitContext, s: Sentence, at: number): number {
  const k = ctx.text.slice(at, Math.min(s.end, at + 400)).indexOf(";");
  return k < 0 ? Math.min(s.end, at + 400) : at + k;
}

/** The comma-delimited segment around `at`, ignoring commas inside figures; bounded so that a
 * paragraph of thousands of figures stays linear. */
export function commaSegment(ctx: UnitContext, s: Sentence, at: number): Span {
  const LIMIT = 240;
  // Strictly inside: a comma right before or after a figure still separates.
  const inFigure = (i: number) => {
    const k = spanIndexAt(s.figs, i);
    return k >= 0 && s.figs[k].start < i;
  };
  const floor = Math.max(s.start, at - LIMIT);
  const ceil = Math.min(s.end, at + LIMIT);
  let a = at;
  while (a > floor && !(/[,;:(]/.test(ctx.text[a - 1]) && !inFigure(a - 1))) a--;
  let b = at;
  while (b < ceil && !(/[,;)]/.test(ctx.text[b]) && !inFigure(b))) b++;
  return { start: a, end: b };
}

/** [...s.matchAll(re)] for a global pattern that never matches empty text, without the iterator
 * (a third of the cost on the short texts of a unit). Leaves re.lastIndex at 0. */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  if (!mayMatch(re, s)) return out;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m);
  return out;
}

/** "Northern Division handled 684 incidents, Southern Division 655, …": a count followed in its
 * sentence by bare counts listed after it is the first part of a list, not a count of its own. */
export function leadsCountList(ctx: UnitContext, f: Figure): boolean {
  const s = ctx.sentenceOf(f);
  const next = s.figs[s.figs.indexOf(f) + 1];
  if (!next || next.kind !== "number" || next.unit || next.perYear || next.scale !== f.scale) return false;
  if (next.noun && f.noun && next.noun.split(" ")[0] !== f.noun.split(" ")[0]) return false;
  const gap = ctx.lower.slice(f.end, next.qualifiers[0]?.start ?? next.start);
  return /^[^\d.;:()]{0,50}$/u.test(gap) && /,|(?<![\p{L}])(?:and|và)(?![\p{L}])/u.test(gap) && !/(?<![\p{L}])(?:of which|including|trong đó|gồm|from|to|từ|lên|xuống)(?![\p{L}])/u.test(gap);
}

/** Inside a bracket opened between `from` and `at` and not closed before `at`. */
export function inBrackets(ctx: UnitContext, from: number, at: number): boolean {
  // (A bracket is short: looking back further than 400 characters would make one long sentence
  // quadratic in its figures.)
  const t = ctx.text.slice(Math.max(from, at - 400), at);
  return t.lastIndexOf("(") > t.lastIndexOf(")");
}

export function isPercent(f: Figure): boolean {
  return f.kind === "percent" || (f.kind === "range" && f.unit === "%");
}

/** Words that say the groups of a breakdown overlap: their counts or shares are not to be added. */
export const OVERLAP = /(?<![\p{L}])(?:more than one (?:activity|category|programme|program|service|reason|answer|response|type|group|condition|area|scheme)|in more than one|(?:categories|groups|figures|counts) (?:may |can )?overlap|not mutually exclusive|double[- ]count|counted (?:more than once|twice|in (?:both|each))|multiple (?:answers|responses) (?:were |are )?(?:allowed|possible)|có thể (?:tham gia|thuộc|chọn|được tính) (?:nhiều|hơn một)|tính trùng|trùng lặp|trùng lắp|nhiều hơn một (?:hoạt động|nhóm|lựa chọn|loại)|không cộng dồn|(?:có|các nhóm có|nhóm có)[ \t]+(?:giao thoa|chồng lấn|giao nhau)|không cộng gộp|không được cộng|đồng thời có (?:nhiều|hai|cả)|(?:do|does|should|will) not (?:add up|sum|be added)|(?:figures|counts|categories|numbers) (?:above )?(?:do not|don't) (?:add|sum)|may (?:overlap|fall into more than one|appear in more than one|have more than one))(?![\p{L}])/u;
/** "còn lại 44 người", "leaving 64", "the remaining 12": what is left of a whole, no whole or base itself. */
export const REST_BEFORE = /(?<![\p{L}])(?:còn lại|còn|leaving|remaining)[ \t]*$/u;

/** "bình quân 9 đội viên mỗi đội", "an average of 164 visitors per event": a mean is no whole. */
/** "bình quân mỗi quý thu", "an average of", "on average": an average told before a figure (not the
 * grade "trung bình 17 em"). */
export const AVERAGE_LEAD = /(?<![\p{L}])(?:bình[ \t]+quân|trung[ \t]+bình[ \t]+(?:mỗi|một|hằng|hàng)|on[ \t]+average|an[ \t]+average(?:[ \t]+[\p{L}]+){0,2}?[ \t]+of|averag(?:ed|ing))(?![\p{L}])[^,;.\d]{0,30}$/u;

export function averaged(ctx: UnitContext, f: Figure): boolean {
  return !!f.perYear || /(?<![\p{L}])(?:bình quân|trung bình|average(?:[ \t]+of)?|mean(?:[ \t]+of)?|on average)(?:[ \t]+(?:mỗi|một|each|per)[ \t]+[\p{L}\p{M} ]{1,30}?)?[ \t]*$/u.test(ctx.lower.slice(Math.max(0, (f.qualifiers[0]?.start ?? f.start) - 50), f.qualifiers[0]?.start ?? f.start)) || (/^[ \t]+[\p{L}\p{M} ]{0,30}?(?:mỗi|per|một)[ \t]+\p{L}/u.test(ctx.lower.slice(f.end, f.end + 40)) && /^[^,;]*$/u.test(ctx.lower.slice(f.end, f.end + 40).split(/(?:mỗi|per|một)[ \t]/u)[0]));
}

const AGED_BEFORE = /(?<![\p{L}])(?:aged|ages?|age of)[ \t]+(?:(?:over|under|above|below|at least|up to|between|from)[ \t]+)?(?:\d{1,3}[ \t]*(?:to|-|–|and)[ \t]*)?$/u;

/** "aged 17 to 25", "aged over 75": a bound of the age band that says who is counted. */
export function agedBound(ctx: UnitContext, f: Figure): boolean {
  const start = f.qualifiers[0]?.start ?? f.start;
  const before = ctx.lower.slice(Math.max(0, start - 24), start);
  // ("1.327 nam công dân đủ 17 tuổi", "trẻ dưới 6 tuổi", "từ 60 tuổi trở lên"; not "tuổi thọ … 74,2 tuổi".)
  // ("23 trẻ em dưới 16 tuổi": the bound may be read as the figure's qualifier.)
  const bounded = f.qualifiers.some((q) => q.kind === "under" || q.kind === "over" || q.kind === "atLeast" || q.kind === "atMost");
  return AGED_BEFORE.test(before) || (!!f.noun && /^tuổi(?: |$)/u.test(f.noun) && (bounded || /(?<![\p{L}])(?:đủ|dưới|trên|từ|độ tuổi|tròn)[ \t]*$/u.test(before) || /^[ \t]*tuổi[ \t]+trở[ \t]+lên/u.test(ctx.lower.slice(f.end, f.end + 16))) && !/tuổi[ \t]+thọ/u.test(ctx.lower.slice(Math.max(0, start - 60), start)));
}

/** "of the remaining 33,610", "trong số còn lại": words that make what follows the base of a part. */
export const BASE_OF_REST = /(?<![\p{L}])(?:of|out[ \t]+of|among|trong[ \t]+số)[ \t]+(?:the[ \t]+)?$/u;

/** The figure's value after its scale word ("£1.24m" → 1240000): sizes compare across scales. */
export function scaledValue(f: Figure): Dec {
  return new D(f.value!.exact).times(f.scale?.factor ?? 1);
}

export function isCount(f: Figure): boolean {
  return (f.kind === "number" || f.kind === "fraction") && !f.unit && !f.scale && (f.value ?? f.numerator)!.decimals === 0;
}

/** A figure's index in its unit's figures (one map per unit), for scans back from it. */
export function figureIndex(ctx: UnitContext, f: Figure): number {
  return ctx.memo("figure-index", () => new Map(ctx.figures.map((g, i) => [g, i] as const))).get(f) ?? -1;
}

/** The first figure of the unit starting at or after `pos` (figures are in text order). */
export function figureAt(ctx: UnitContext, pos: number): Figure | undefined {
  return ctx.figures[firstAtOrAfter(ctx.figures, pos)];
}

/** Whether the clause after `at` ends (at a comma or semicolon, within 80 characters) before any figure. */
export function figurelessClause(ctx: UnitContext, at: number): boolean {
  const m = /^[^,;:]{0,80}?[,;]/u.exec(ctx.lower.slice(at, at + 81));
  if (!m) return false;
  const f = figureAt(ctx, at);
  return !f || f.start >= at + m[0].length;
}

/** The start of the list item's line a figure (or an offset) stands on, if it stands on one. */
export function itemLine(ctx: { text: string }, f: Figure | number): number | undefined {
  const at = typeof f === "number" ? f : f.start;
  const ls = ctx.text.lastIndexOf("\n", at - 1) + 1;
  return /^[ \t]*(?:[-*+•–]|\d{1,2}[.)]|[a-zđ]\))[ \t]/u.test(ctx.text.slice(ls, ls + 8)) ? ls : undefined;
}
