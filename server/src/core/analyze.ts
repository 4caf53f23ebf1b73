// Text in, findings out. A document is split into independent units (paragraphs with their lists);
// each unit is read and checked on its own, so an Analyzer can keep unit results in a cache and an
// edit re-reads only the units it touched. analyze() is the same thing without a cache: both give
// identical results by construction.
import { checkUnit } from "./checks/index.ts";
import { addEvidence, decideLanguage, decideNumberLocale, localeEvidence, NO_EVIDENCE, type LocaleEvidence } from "./figures/locale.ts";
import { readFigures, type StyleMark } from "./figures/read.ts";
import { documentFindings } from "./document-findings.ts";
import { RULES } from "./rules.ts";
import { mergeSettings } from "./settings.ts";
import { applySuppressions } from "./suppress.ts";
import { maskMarkdown, maskPlain } from "./text/mask.ts";
import { splitUnits } from "./text/units.ts";
import { makeView } from "./text/view.ts";
import type {
  AnalysisResult, AnalyzeOptions, Claim, Figure, Finding, Lang, NonFigure, Settings, Span,
} from "./types.ts";

interface UnitResult {
  figures: Figure[];
  nonFigures: NonFigure[];
  claims: Claim[];
  findings: Finding[];
  styles: StyleMark[];
}

const DEFAULT_SEVERITY = new Map(RULES.map((r) => [r.id, r.defaultSeverity]));

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

function analyzeUnit(src: string, markdown: boolean, numberLocale: Lang, lang: Lang, settings: Settings): UnitResult {
  const view = makeView(src);
  const text = markdown ? maskMarkdown(view.text) : maskPlain(view.text);
  const read = readFigures(text, numberLocale);
  const { claims, findings } = checkUnit({ text, figures: read.figures, nonFigures: read.nonFigures, lang, numberLocale, settings });
  const raw: UnitResult = { figures: read.figures, nonFigures: read.nonFigures, claims, findings, styles: read.styles };
  return view.toOrig(src.length) === src.length && view.text.length === src.length ? raw : mapSpans(raw, view.toOrig);
}

function isBinary(text: string): boolean {
  return text.indexOf("\u0000") >= 0;
}

export class Analyzer {
  private units = new Map<string, UnitResult>();
  private evidence = new Map<string, LocaleEvidence>();

  analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
    const settings = mergeSettings(options.settings);
    const markdown = options.languageId === "markdown";
    const units = isBinary(text) ? [] : splitUnits(text, markdown);

    let ev = NO_EVIDENCE;
    const liveEvidence = new Map<string, LocaleEvidence>();
    for (const u of units) {
      if (u.skip) continue;
      const src = text.slice(u.start, u.end);
      let e = this.evidence.get(src) ?? liveEvidence.get(src);
      if (!e) e = localeEvidence(src);
      liveEvidence.set(src, e);
      ev = addEvidence(ev, e);
    }
    this.evidence = liveEvidence;
    const language: Lang = settings.locale === "auto" ? decideLanguage(ev) : settings.locale;
    const numberLocale: Lang = settings.locale === "auto" ? decideNumberLocale(ev, language) : settings.locale;
    const lang: Lang = settings.messageLanguage === "auto" ? language : settings.messageLanguage;
    const keyPrefix = `${markdown ? "md" : "txt"}|${numberLocale}|${lang}|${JSON.stringify(settings.tolerances)}|`;

    const figures: Figure[] = [];
    const nonFigures: NonFigure[] = [];
    const claims: Claim[] = [];
    let findings: Finding[] = [];
    const styles: StyleMark[] = [];
    const live = new Map<string, UnitResult>();
    for (const u of units) {
      if (u.skip) continue;
      const src = text.slice(u.start, u.end);
      const key = keyPrefix + src;
      let r = live.get(key) ?? this.units.get(key);
      if (!r) r = analyzeUnit(src, markdown, numberLocale, lang, settings);
      live.set(key, r);
      const shift = (o: number) => o + u.start;
      const figBase = figures.length;
      const claimBase = claims.length;
      for (const f of r.figures) figures.push({ ...mapSpans(f, shift), id: f.id + figBase });
      for (const n of r.nonFigures) nonFigures.push(mapSpans(n, shift));
      for (const c of r.claims) {
        const m = mapSpans(c, shift);
        claims.push({ ...m, id: c.id + claimBase, roles: m.roles.map((x) => ({ ...x, figure: x.figure + figBase })) });
      }
      for (const f of r.findings) findings.push({ ...mapSpans(f, shift), claim: f.claim === undefined ? undefined : f.claim + claimBase });
      for (const s of r.styles) styles.push({ ...s, start: s.start + u.start, end: s.end + u.start });
    }
    this.units = live;

    const inClaims = new Set<number>();
    for (const c of claims) for (const r of c.roles) inClaims.add(r.figure);
    const uncheckedOn = (settings.rules["unchecked-figure"] ?? DEFAULT_SEVERITY.get("unchecked-figure")) !== "off";
    const doc = documentFindings({ text, figures, styles, numberLocale, lang, inClaims, uncheckedOn });
    // A loop, not push(...): a 10 MB report has more findings than a call's argument list can hold.
    for (const f of doc.findings) findings.push(f);

    findings = findings
      .map((f) => ({ ...f, severity: (settings.rules[f.rule] ?? DEFAULT_SEVERITY.get(f.rule) ?? f.severity) as Finding["severity"] | "off" }))
      .filter((f): f is Finding => f.severity !== "off")
      .sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    const suppressed = applySuppressions(text, findings, markdown ? "markdown" : "plaintext");

    return {
      locale: language,
      messageLanguage: lang,
      figures,
      nonFigures,
      claims,
      findings: suppressed.findings,
      suppression: suppressed.report,
      stats: {
        figures: figures.length,
        claims: claims.length,
        checked: claims.filter((c) => c.rules.length > 0).length,
        unchecked: figures.filter((f) => !inClaims.has(f.id)).length,
        nonFigures: nonFigures.length,
      },
      mixedStyles: doc.mixedStyles,
    };
  }
}

export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  return new Analyzer().analyze(text, options);
}

export type { Span };
