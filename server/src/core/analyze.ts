// Text in, findings out. A document is split into independent units (paragraphs with their lists);
// each unit is read and checked on its own, so an Analyzer can keep unit results between calls and an
// edit re-reads only the units it touched. analyze() is the same thing without a previous text: both
// give identical results by construction.
//
// Cost of an edit: the Analyzer finds the changed range by comparing the new text with the previous
// one, re-splits only the units around it (text/units.ts resplitUnits) and re-reads only the units
// whose text changed. Findings are assembled for the whole document (they become diagnostics), but
// figures, non-figures, claims and mixed styles, which only hovers, the figures view and the CLI's
// figures command read, are assembled from the unit results on first access.
//
// Memory: per unit the Analyzer always keeps what assembling findings and stats needs (Lite). With
// retainUnits: false (the language server) it keeps nothing else, and compact() drops the rest
// afterwards; a unit read again gives the same result, so what is asked for later (a hover:
// resultNear, the figures view) is read again then.
import { checkUnit } from "./checks/index.ts";
import { decideLanguage, decideNumberLocale, localeEvidence, NO_EVIDENCE, unitNumberLocale, type LocaleEvidence } from "./figures/locale.ts";
import { styleLocale } from "./figures/numparse.ts";
import { readFigures, type StyleMark } from "./figures/read.ts";
import { documentFindings } from "./document-findings.ts";
import { RULES } from "./rules.ts";
import { mergeSettings } from "./settings.ts";
import { applySuppressions } from "./suppress.ts";
import { maskMarkdown, maskPlain } from "./text/mask.ts";
import { resplitUnits, splitUnits, type Unit } from "./text/units.ts";
import { makeView } from "./text/view.ts";
import type {
  AnalysisResult, AnalyzeOptions, Claim, Figure, Finding, Lang, MixedStyle, NonFigure, Settings, Span,
} from "./types.ts";

interface UnitResult {
  figures: Figure[];
  nonFigures: NonFigure[];
  claims: Claim[];
  findings: Finding[];
  styles: StyleMark[];
  /** The previous unit as this one was read with, when a reader asked for it (see Before). */
  before?: string;
}

/**
 * The percent figures of a unit, for the mixed-style hints ("5 %" against "5%"), packed: three
 * numbers a figure (start, end, flags), and its text only where it is not the unit's own text there
 * (NFC, folded spaces or dashes), in `texts` by figure number.
 */
interface Percents {
  marks: readonly number[];
  texts?: ReadonlyMap<number, string>;
}
const SPACED = 1;
const TIGHT = 2;
const NO_PERCENTS: Percents = { marks: [] };

/** What assembling the findings and the stats needs from a unit, kept when the rest is dropped. */
interface Lite {
  findings: readonly Finding[];
  figures: number;
  nonFigures: number;
  claims: number;
  checked: number;
  unchecked: number;
  /** Unambiguous number styles of each convention. */
  viStyles: number;
  enStyles: number;
  /** The unambiguous styles of the other convention than the one the unit was read with. */
  foreign: readonly StyleMark[];
  percents: Percents;
  spaced: number;
  tight: number;
  /** As UnitResult.before: the result holds only while the previous unit is this. */
  before?: string;
  /** Figures in no claim, kept once the unchecked-figure rule has asked for them. */
  uncheckedMarks?: { start: number; end: number; text: string }[];
}

interface Slot {
  /** Locale evidence of the unit's text; undefined for skipped units. */
  ev?: LocaleEvidence;
  /** The settings and locale the unit was read with. */
  key?: string;
  lite?: Lite;
  /** The full result; undefined after compact() until it is needed again. */
  r?: UnitResult;
  /**
   * The unit's findings placed in the document at `at`, numbered after `claims` claims, with the
   * severities of `rules`: an edit elsewhere that moves nothing here reuses them (no copies, less
   * garbage per keystroke).
   */
  placed?: { at: number; end: number; claims: number; rules: string; findings: Finding[]; origins: FindingOrigin[] };
}

interface State {
  text: string;
  markdown: boolean;
  binary: boolean;
  units: Unit[];
  slots: Slot[];
  readWith?: ReadWith;
  directives: boolean;
}

/** Everything a unit is read with, for reading it again. */
interface ReadWith {
  markdown: boolean;
  numberLocale: Lang;
  /** The user set the locale: no paragraph reads its numbers the other way. */
  fixedLocale: boolean;
  lang: Lang;
  settings: Settings;
}

/** How a unit's numbers are read: the document's locale, or the unit's own when it is plainly in the
 * other language and the user left the locale to be detected. */
function readLocale(rw: ReadWith, ev: LocaleEvidence): Lang {
  return rw.fixedLocale ? rw.numberLocale : unitNumberLocale(ev, rw.numberLocale);
}

/** One shared empty list for the many units with no findings, foreign styles or percents. */
const EMPTY: readonly never[] = Object.freeze([]);
const DEFAULT_SEVERITY = new Map(RULES.map((r) => [r.id, r.defaultSeverity]));
const MAX_HINTS = 50;
const RANK: Record<Finding["severity"], number> = { hint: 0, information: 1, warning: 2, error: 3 };
const SPACED_PERCENT = /\d[ \t]+%/;
const TIGHT_PERCENT = /\d%/;

/** Shifts every span inside a value (figures, their numbers, qualifiers, related spans, fixes). */
function mapSpans<T>(value: T, f: (o: number) => number): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const arr = new Array(value.length);
    for (let i = 0; i < value.length; i++) arr[i] = mapSpans(value[i], f);
    return arr as T;
  }
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in src) {
    const v = src[k];
    out[k] = (k === "start" || k === "end") && typeof v === "number" ? f(v) : typeof v === "object" ? mapSpans(v, f) : v;
  }
  return out as T;
}

/** mapSpans with a constant shift, without a closure call per number. */
function shiftSpans<T>(value: T, d: number): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const arr = new Array(value.length);
    for (let i = 0; i < value.length; i++) arr[i] = shiftSpans(value[i], d);
    return arr as T;
  }
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in src) {
    const v = src[k];
    out[k] = (k === "start" || k === "end") && typeof v === "number" ? v + d : typeof v === "object" ? shiftSpans(v, d) : v;
  }
  return out as T;
}

/**
 * For a finding of a unit: the unit-relative finding it was made from (stable while the unit's text
 * is) and the unit's span. The language server keys its cache of serialised diagnostics by it.
 */
export interface FindingOrigin {
  rel: Finding;
  unitStart: number;
  unitEnd: number;
}
const ORIGINS = new WeakMap<AnalysisResult, Map<Finding, FindingOrigin>>();
/** The origins of a result's findings (of its paragraphs' findings; not of document-level ones). */
export function findingOrigins(result: AnalysisResult): ReadonlyMap<Finding, FindingOrigin> | undefined {
  return ORIGINS.get(result);
}

/** { ...shiftSpans(f, d), claim } with one copy of the finding itself. */
function shiftFinding(f: Finding, d: number, claim: number | undefined): Finding {
  const o = { ...f } as Record<string, unknown>;
  for (const k in o) {
    const v = o[k];
    if (k === "start" || k === "end") {
      if (typeof v === "number") o[k] = v + d;
    } else if (typeof v === "object" && v !== null) o[k] = shiftSpans(v, d);
  }
  o.claim = claim;
  return o as unknown as Finding;
}

/**
 * The unit a unit may refer back to: the one right before it, unless the unit opens a section of
 * its own (a Markdown heading) or the one before is too long to be what it talks about. `key` names
 * the text and its distance, so that a result that read it is reused only while both stay.
 */
interface Before {
  src: string;
  /** Start of the previous unit minus start of this one (negative). */
  offset: number;
  key: string;
}

const MAX_BEFORE = 8000;
const OPENS_SECTION = /^[ \t]{0,3}#{1,6}[ \t]/;

function beforeOf(text: string, units: Unit[], i: number): Before | undefined {
  const u = units[i];
  const p = units[i - 1];
  if (!p || p.skip || p.end - p.start > MAX_BEFORE || OPENS_SECTION.test(text.slice(u.start, u.start + 10))) return undefined;
  // A one-line unit before that one is its heading or caption ("## Boardings by mode"): it names
  // what the table counts.
  const h = units[i - 2];
  // (Or, before a table's numbered caption, the paragraph that leads to it: "… rating rules: Green where
  // …; Amber where …" then "Table 2: Direct payments performance indicators".)
  const caption = p.end - p.start <= 160 && /^[ \t*_]*(?:table|bảng|biểu)[ \t]+\d/iu.test(text.slice(p.start, p.end));
  // (Or, under a table, a one-line key of its ratings or a note, "RAG: Green 100% or more; …", "*Ghi chú:
  // …*", between the table and the paragraph that speaks of it.)
  const note = p.end - p.start <= 240 && text.indexOf("\n", p.start) >= p.end - 1 && /^[ \t*_]*(?:rag|key|rag[ \t]+(?:key|rating|ratings|thresholds)|thresholds|ngưỡng|thang[ \t]+đánh[ \t]+giá|cách[ \t]+xếp[ \t]+loại|ghi[ \t]+chú|chú[ \t]+thích|notes?|nguồn|source)[ \t*_]*:/iu.test(text.slice(p.start, p.end)) && !!h && !h.skip && h.end - h.start <= 4000 && /\|[^\n]*\n[^\n]*\|/u.test(text.slice(h.start, h.end));
  const from = h && !h.skip && ((h.end - h.start <= 200 && text.indexOf("\n", h.start) >= h.end - 1) || (caption && h.end - h.start <= 1500) || note) ? h.start : p.start;
  const src = text.slice(from, p.end);
  const offset = from - u.start;
  return { src, offset, key: `${offset}|${src}` };
}

/** A unit's text as the checks see it (masked, in view characters) and the figures read from it. */
interface UnitRead {
  view: ReturnType<typeof makeView>;
  text: string;
  read: ReturnType<typeof readFigures>;
}

// The unit a paragraph refers back to is most often the unit just read: keep the last few reads so
// that previous() does not mask and read the same text again. (Reads are never changed by the checks.)
const RECENT_READS = new Map<string, UnitRead>();
const RECENT_MAX = 8;

function readUnit(src: string, markdown: boolean, numberLocale: Lang): UnitRead {
  const key = `${markdown ? "m" : "t"}${numberLocale}|${src}`;
  const hit = RECENT_READS.get(key);
  if (hit) return hit;
  const view = makeView(src);
  const text = markdown ? maskMarkdown(view.text) : maskPlain(view.text);
  const r: UnitRead = { view, text, read: readFigures(text, numberLocale) };
  if (RECENT_READS.size >= RECENT_MAX) RECENT_READS.delete(RECENT_READS.keys().next().value!);
  RECENT_READS.set(key, r);
  return r;
}

function analyzeUnit(src: string, markdown: boolean, numberLocale: Lang, lang: Lang, settings: Settings, before?: Before): UnitResult {
  const { view, text, read } = readUnit(src, markdown, numberLocale);
  let asked: string | undefined;
  const previous = () => {
    asked = before?.key ?? "";
    if (!before) return undefined;
    const p = readUnit(before.src, markdown, numberLocale);
    return { text: p.text, figures: p.read.figures, nonFigures: p.read.nonFigures, toUnit: (o: number) => p.view.toOrig(o) + before.offset };
  };
  const { claims, findings } = checkUnit({ text, figures: read.figures, nonFigures: read.nonFigures, lang, numberLocale, settings, previous });
  const raw: UnitResult = { figures: read.figures, nonFigures: read.nonFigures, claims, findings, styles: read.styles, before: asked };
  // (Spans in the previous unit are negative and already in the document's characters.)
  return view.toOrig(src.length) === src.length && view.text.length === src.length ? raw : mapSpans(raw, (o) => (o < 0 ? o : view.toOrig(o)));
}

function liteOf(r: UnitResult, numberLocale: Lang, src: string): Lite {
  let checked = 0;
  const inClaims = new Set<number>();
  for (const c of r.claims) {
    if (c.rules.length > 0) checked++;
    for (const x of c.roles) inClaims.add(x.figure);
  }
  let unchecked = 0;
  const marks: number[] = [];
  let texts: Map<number, string> | undefined;
  let spacedCount = 0;
  let tightCount = 0;
  for (const f of r.figures) {
    if (!inClaims.has(f.id)) unchecked++;
    if (f.unit === "%") {
      const spaced = SPACED_PERCENT.test(f.text);
      const tight = TIGHT_PERCENT.test(f.text);
      if (spaced || tight) {
        if (f.text !== src.slice(f.start, f.end)) (texts ??= new Map()).set(marks.length / 3, f.text);
        marks.push(f.start, f.end, (spaced ? SPACED : 0) | (tight ? TIGHT : 0));
        if (spaced) spacedCount++;
        if (tight) tightCount++;
      }
    }
  }
  let viStyles = 0;
  let enStyles = 0;
  const foreign: StyleMark[] = [];
  for (const s of r.styles) {
    if (s.ambiguous) continue;
    const l = styleLocale(s.style);
    if (l === "vi") viStyles++;
    else if (l === "en") enStyles++;
    if (l && l !== numberLocale) foreign.push(s);
  }
  return {
    findings: r.findings.length ? r.findings : EMPTY, figures: r.figures.length, nonFigures: r.nonFigures.length, claims: r.claims.length,
    checked, unchecked, viStyles, enStyles,
    foreign: foreign.length ? foreign : EMPTY,
    percents: marks.length ? { marks, texts } : NO_PERCENTS,
    spaced: spacedCount,
    tight: tightCount,
    before: r.before,
  };
}

/** Figures of the unit in no claim of it. */
function uncheckedFigures(r: UnitResult): Figure[] {
  const inClaims = new Set<number>();
  for (const c of r.claims) for (const x of c.roles) inClaims.add(x.figure);
  return r.figures.filter((f) => !inClaims.has(f.id));
}

function hasNul(text: string, start = 0, end = text.length): boolean {
  if (start === 0 && end === text.length) return text.indexOf("\u0000") >= 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0) return true;
  return false;
}

const DIRECTIVE = "figlint-";

/** Length of the common prefix of a and b, compared a block at a time. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  const B = 2048;
  while (i + B <= n && a.slice(i, i + B) === b.slice(i, i + B)) i += B;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of a and b, not reaching into the first `floor` characters of either. */
function commonSuffix(a: string, b: string, floor: number): number {
  const n = Math.min(a.length, b.length) - floor;
  let i = 0;
  const B = 2048;
  while (i + B <= n && a.slice(a.length - i - B, a.length - i) === b.slice(b.length - i - B, b.length - i)) i += B;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Defines `key` of `obj` (already present, so the key order stays) as computed on first access. */
function lazy<T extends object, K extends keyof T>(obj: T, key: K, make: () => T[K]): void {
  const settle = (value: T[K]) => Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get() {
      const v = make();
      settle(v);
      return v;
    },
    set(v: T[K]) {
      settle(v);
    },
  });
}

export interface AnalyzerOptions {
  /**
   * Keep every unit's full result (figures, non-figures, claims) between analyses; true by default.
   * The language server keeps only what assembling findings needs (Lite), so a document it holds
   * costs a fraction of the memory; hovers and the figures view read the units they need again.
   */
  retainUnits?: boolean;
}

/** For a result of Analyzer.analyze: the same result restricted to the unit holding an offset. */
const NEAR = new WeakMap<AnalysisResult, (offset: number) => AnalysisResult>();

/**
 * The result with only the figures, non-figures and claims of the unit holding `offset` (ids and
 * offsets as in the whole result): what a hover needs, without assembling the whole document's.
 * Every figure or non-figure whose span holds the offset, and every claim of such a figure, is there.
 */
export function resultNear(result: AnalysisResult, offset: number): AnalysisResult {
  return NEAR.get(result)?.(offset) ?? result;
}

export class Analyzer {
  private state?: State;
  private readonly retain: boolean;

  constructor(options: AnalyzerOptions = {}) {
    this.retain = options.retainUnits ?? true;
  }

  /** Whether the text of the last analysis holds NUL (it was not read: a binary file). */
  get binary(): boolean {
    return this.state?.binary ?? false;
  }

  /**
   * Drops the figures, non-figures and claims kept per unit (what hovers and the figures view read),
   * keeping what the next analysis of an edit needs. They are read again when asked for.
   */
  compact(): void {
    for (const sl of this.state?.slots ?? []) sl.r = undefined;
  }

  analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
    const settings = mergeSettings(options.settings);
    const markdown = options.languageId === "markdown";

    // Units and their slots: taken over from the previous text around the changed range.
    const prev = this.state;
    let units: Unit[];
    let slots: Slot[];
    let binary: boolean;
    // Whether the text may hold a suppression comment (applySuppressions finds none without this).
    let directives: boolean;
    if (prev && prev.markdown === markdown && !prev.binary) {
      const p = commonPrefix(prev.text, text);
      const s = p === prev.text.length && p === text.length ? 0 : commonSuffix(prev.text, text, p);
      const oldEnd = prev.text.length - s;
      const newEnd = text.length - s;
      binary = hasNul(text, p, newEnd);
      directives = prev.directives || text.slice(Math.max(0, p - DIRECTIVE.length), newEnd + DIRECTIVE.length).indexOf(DIRECTIVE) >= 0;
      if (binary) {
        units = [];
        slots = [];
      } else if (p === prev.text.length && p === text.length) {
        units = prev.units;
        slots = prev.slots;
      } else {
        const re = resplitUnits(prev.units, text, markdown, p, oldEnd, newEnd);
        units = re.units;
        const tail = prev.units.length - re.keepAfterFrom;
        slots = new Array(units.length);
        for (let i = 0; i < re.keepBefore; i++) slots[i] = prev.slots[i];
        for (let i = 0; i < tail; i++) slots[units.length - tail + i] = prev.slots[re.keepAfterFrom + i];
        // The units in between are new; one with the same text as a replaced unit keeps its slot.
        const replaced = new Map<string, Slot>();
        for (let i = re.keepBefore; i < re.keepAfterFrom; i++) {
          const u = prev.units[i];
          if (!u.skip) replaced.set(prev.text.slice(u.start, u.end), prev.slots[i]);
        }
        for (let i = re.keepBefore; i < units.length - tail; i++) {
          const u = units[i];
          if (u.skip) {
            slots[i] = {};
            continue;
          }
          const src = text.slice(u.start, u.end);
          slots[i] = replaced.get(src) ?? { ev: localeEvidence(src) };
        }
      }
    } else {
      binary = hasNul(text);
      directives = text.indexOf(DIRECTIVE) >= 0;
      units = binary ? [] : splitUnits(text, markdown);
      slots = units.map((u) => (u.skip ? {} : { ev: localeEvidence(text.slice(u.start, u.end)) }));
    }

    const ev: LocaleEvidence = { ...NO_EVIDENCE };
    for (const sl of slots) {
      const e = sl.ev;
      if (!e) continue;
      ev.viLetters += e.viLetters;
      ev.enWords += e.enWords;
      ev.viNumbers += e.viNumbers;
      ev.enNumbers += e.enNumbers;
      ev.plainWords = (ev.plainWords ?? 0) + (e.plainWords ?? 0);
      ev.otherLetters = (ev.otherLetters ?? 0) + (e.otherLetters ?? 0);
    }
    const language: Lang = settings.locale === "auto" ? decideLanguage(ev) : settings.locale;
    const numberLocale: Lang = settings.locale === "auto" ? decideNumberLocale(ev, language) : settings.locale;
    const lang: Lang = settings.messageLanguage === "auto" ? language : settings.messageLanguage;
    // A locale the user set holds for every paragraph; only an automatic one yields to a paragraph plainly in the other language.
    const fixedLocale = settings.locale !== "auto";
    const key = `${markdown ? "md" : "txt"}|${numberLocale}${fixedLocale ? "!" : ""}|${lang}|${JSON.stringify(settings.tolerances)}`;

    // Read the units that have no result for these settings (identical texts share one).
    const readWith: ReadWith = { markdown, numberLocale, fixedLocale, lang, settings };
    let fresh: Map<string, Slot> | undefined;
    // (Results handed out earlier read their units' slots lazily: never change an array they hold.)
    for (let i = 0; i < units.length; i++) {
      const sl = slots[i];
      if (!sl.ev) continue;
      // A result that read the unit before holds only while that unit is the same.
      const asked = sl.lite?.before;
      if (sl.key === key && (asked === undefined || asked === (beforeOf(text, units, i)?.key ?? ""))) continue;
      if (slots === prev?.slots) slots = slots.slice();
      const u = units[i];
      const src = text.slice(u.start, u.end);
      const before = beforeOf(text, units, i);
      fresh ??= new Map();
      let done = fresh.get(src);
      if (done && done.lite!.before !== undefined && done.lite!.before !== (before?.key ?? "")) done = undefined;
      if (!done) {
        const r = analyzeUnit(src, markdown, readLocale(readWith, sl.ev), lang, settings, before);
        done = { ev: sl.ev, key, lite: liteOf(r, numberLocale, src), r: this.retain ? r : undefined };
        fresh.set(src, done);
      }
      slots[i] = done;
    }
    this.state = { text, markdown, binary, directives, units, slots, readWith };
    /** The full result of unit i, read again if it was not kept (kept then with this result). */
    const reread = this.retain ? undefined : new Map<number, UnitResult>();
    const full = (i: number): UnitResult | undefined => {
      const sl = slots[i];
      if (!sl.lite) return undefined;
      let r = sl.r ?? reread?.get(i);
      if (!r) {
        const u = units[i];
        r = analyzeUnit(text.slice(u.start, u.end), readWith.markdown, readLocale(readWith, sl.ev!), readWith.lang, readWith.settings, beforeOf(text, units, i));
        if (reread) reread.set(i, r);
        else sl.r = r;
      }
      return r;
    };

    // Findings of the units, then of the document.
    let findings: Finding[] = [];
    const origins = new Map<Finding, FindingOrigin>();
    let nFigures = 0, nNonFigures = 0, nClaims = 0, nChecked = 0, nUnchecked = 0;
    let viStyles = 0, enStyles = 0, nSpaced = 0, nTight = 0;
    const rulesKey = JSON.stringify(settings.rules);
    for (let i = 0; i < units.length; i++) {
      const sl = slots[i];
      const lite = sl.lite;
      if (!lite) continue;
      const d = units[i].start;
      if (lite.findings.length) {
        let pl = sl.placed;
        if (!pl || pl.at !== d || pl.end !== units[i].end || pl.claims !== nClaims || pl.rules !== rulesKey) {
          const unitEnd = units[i].end;
          const placed = lite.findings.map((f) => shiftFinding(f, d, f.claim === undefined ? undefined : f.claim + nClaims));
          pl = { at: d, end: unitEnd, claims: nClaims, rules: rulesKey, findings: placed, origins: lite.findings.map((f) => ({ rel: f, unitStart: d, unitEnd })) };
          sl.placed = pl;
        }
        for (let k = 0; k < pl.findings.length; k++) {
          origins.set(pl.findings[k], pl.origins[k]);
          findings.push(pl.findings[k]);
        }
      }
      nFigures += lite.figures;
      nNonFigures += lite.nonFigures;
      nClaims += lite.claims;
      nChecked += lite.checked;
      nUnchecked += lite.unchecked;
      viStyles += lite.viStyles;
      enStyles += lite.enStyles;
      nSpaced += lite.spaced;
      nTight += lite.tight;
    }
    const uncheckedOn = (settings.rules["unchecked-figure"] ?? DEFAULT_SEVERITY.get("unchecked-figure")) !== "off";
    // As documentFindings() computes them, from the units' Lite (its mixed styles are lazy below).
    if ((numberLocale === "vi" ? enStyles : viStyles) > 0) {
      let left = MAX_HINTS;
      for (let i = 0; i < units.length && left > 0; i++) {
        const lite = slots[i].lite;
        if (!lite) continue;
        const d = units[i].start;
        for (const s of lite.foreign) {
          const start = s.start + d;
          const end = s.end + d;
          const tok = text.slice(start, end);
          findings.push({
            rule: "mixed-number-style",
            severity: "hint",
            start,
            end,
            related: [],
            message:
              lang === "vi"
                ? `"${tok}" viết theo kiểu ${numberLocale === "vi" ? "tiếng Anh (dấu chấm thập phân)" : "tiếng Việt (dấu phẩy thập phân)"}, khác với phần còn lại của văn bản`
                : `"${tok}" uses ${numberLocale === "vi" ? "English" : "Vietnamese"} separators, unlike the rest of the document`,
          });
          if (--left === 0) break;
        }
      }
    }
    if (nSpaced && nTight) {
      const spacedMinority = nSpaced <= nTight;
      let left = MAX_HINTS;
      for (let i = 0; i < units.length && left > 0; i++) {
        const lite = slots[i].lite;
        if (!lite) continue;
        const d = units[i].start;
        const { marks, texts } = lite.percents;
        for (let k = 0; k < marks.length; k += 3) {
          const flags = marks[k + 2];
          if (!(flags & (spacedMinority ? SPACED : TIGHT))) continue;
          const spaced = spacedMinority || (flags & SPACED) !== 0;
          const start = marks[k] + d;
          const end = marks[k + 1] + d;
          const ftext = texts?.get(k / 3) ?? text.slice(start, end);
          findings.push({
            rule: "mixed-number-style",
            severity: "hint",
            start,
            end,
            related: [],
            message:
              lang === "vi"
                ? `"${ftext}" viết dấu % ${spaced ? "cách" : "liền"} số, khác với phần lớn văn bản`
                : `"${ftext}" writes % ${spaced ? "apart from" : "next to"} the number, unlike most of the document`,
          });
          if (--left === 0) break;
        }
      }
    }
    if (uncheckedOn) {
      for (let i = 0; i < units.length; i++) {
        const lite = slots[i].lite;
        if (!lite || lite.unchecked === 0) continue;
        const d = units[i].start;
        lite.uncheckedMarks ??= uncheckedFigures(full(i)!).map((f) => ({ start: f.start, end: f.end, text: f.text }));
        for (const f of lite.uncheckedMarks) {
          findings.push({
            rule: "unchecked-figure",
            severity: "hint",
            start: f.start + d,
            end: f.end + d,
            related: [],
            message: lang === "vi" ? `Số liệu "${f.text}" không thuộc nhận định nào được kiểm tra` : `"${f.text}" takes part in no checked claim`,
          });
        }
      }
    }

    // Every finding here is this analysis's own or placed with these very rules: set its severity in
    // place (the same value again for a placed one; the key keeps its position).
    let off = false;
    for (const f of findings) {
      const ruled = (settings.rules[f.rule] ?? DEFAULT_SEVERITY.get(f.rule) ?? f.severity) as Finding["severity"] | "off";
      const sev = ruled !== "off" && f.cap && RANK[f.cap] < RANK[ruled] ? f.cap : ruled;
      if (sev === "off") off = true;
      (f as { severity: string }).severity = sev;
    }
    if (off) findings = findings.filter((f) => (f.severity as string) !== "off");
    findings = findings
      .sort((a, b) => a.start - b.start || a.end - b.end || (a.rule === b.rule ? 0 : a.rule.localeCompare(b.rule)));
    // Without "figlint-" in the text there is no directive: what applySuppressions would return.
    const suppressed = directives
      ? applySuppressions(text, findings, markdown ? "markdown" : "plaintext")
      : { findings, report: { suppressed: 0, unused: [] } };

    const result: AnalysisResult = {
      locale: language,
      messageLanguage: lang,
      figures: [],
      nonFigures: [],
      claims: [],
      findings: suppressed.findings,
      suppression: suppressed.report,
      stats: { figures: nFigures, claims: nClaims, checked: nChecked, unchecked: nUnchecked, nonFigures: nNonFigures },
      mixedStyles: [],
    };
    lazy(result, "figures", () => {
      const out: Figure[] = [];
      for (let i = 0; i < units.length; i++) {
        const r = full(i);
        if (!r) continue;
        const d = units[i].start;
        const base = out.length;
        for (const f of r.figures) out.push({ ...shiftSpans(f, d), id: f.id + base });
      }
      return out;
    });
    lazy(result, "nonFigures", () => {
      const out: NonFigure[] = [];
      for (let i = 0; i < units.length; i++) {
        const r = full(i);
        if (!r) continue;
        const d = units[i].start;
        for (const n of r.nonFigures) out.push(shiftSpans(n, d));
      }
      return out;
    });
    lazy(result, "claims", () => {
      const out: Claim[] = [];
      let figBase = 0;
      for (let i = 0; i < units.length; i++) {
        const r = full(i);
        if (!r) continue;
        const d = units[i].start;
        const claimBase = out.length;
        for (const c of r.claims) {
          const m = shiftSpans(c, d);
          out.push({ ...m, id: c.id + claimBase, roles: m.roles.map((x) => ({ ...x, figure: x.figure + figBase })) });
        }
        figBase += r.figures.length;
      }
      return out;
    });
    lazy(result, "mixedStyles", (): MixedStyle[] => {
      const styles: StyleMark[] = [];
      for (let i = 0; i < units.length; i++) {
        const r = full(i);
        if (!r) continue;
        const d = units[i].start;
        for (const s of r.styles) styles.push({ ...s, start: s.start + d, end: s.end + d });
      }
      return documentFindings({ text, figures: result.figures, styles, numberLocale, lang, inClaims: new Set(), uncheckedOn: false }).mixedStyles;
    });
    ORIGINS.set(result, origins);
    NEAR.set(result, (offset) => {
      if (Object.getOwnPropertyDescriptor(result, "figures")?.get === undefined) return result;
      // The unit holding the offset, and the figures and claims of the units before it.
      let lo = 0;
      let hi = units.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (units[mid].start <= offset) lo = mid;
        else hi = mid - 1;
      }
      const near: AnalysisResult = { ...NO_FIGURES_OF(result), figures: [], nonFigures: [], claims: [] };
      const u = units[lo];
      const r = u && u.start <= offset && offset < u.end ? full(lo) : undefined;
      if (!r) return near;
      let figBase = 0;
      let claimBase = 0;
      for (let i = 0; i < lo; i++) {
        const lite = slots[i].lite;
        if (!lite) continue;
        figBase += lite.figures;
        claimBase += lite.claims;
      }
      const d = u.start;
      near.figures = r.figures.map((f) => ({ ...shiftSpans(f, d), id: f.id + figBase }));
      near.nonFigures = r.nonFigures.map((n) => shiftSpans(n, d));
      near.claims = r.claims.map((c) => {
        const m = shiftSpans(c, d);
        return { ...m, id: c.id + claimBase, roles: m.roles.map((x) => ({ ...x, figure: x.figure + figBase })) };
      });
      return near;
    });
    return result;
  }
}

/** The parts of a result that do not list figures, non-figures or claims (read without the getters). */
function NO_FIGURES_OF(r: AnalysisResult): Omit<AnalysisResult, "figures" | "nonFigures" | "claims"> & { mixedStyles: MixedStyle[] } {
  return { locale: r.locale, messageLanguage: r.messageLanguage, findings: r.findings, suppression: r.suppression, stats: r.stats, mixedStyles: [] };
}

export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  return new Analyzer().analyze(text, options);
}

export type { Span };
