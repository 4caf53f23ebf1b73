// The core's public vocabulary. Everything here is plain data (JSON-serialisable), so the language
// server, the CLI, worker threads and tests can pass results around without the core's classes.

export type Lang = "vi" | "en";
export type Severity = "error" | "warning" | "information" | "hint";
export type RuleSetting = Severity | "off";

/** UTF-16 offsets into the original text (as the editor holds it), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One number as it is written, with the precision it was stated with. */
export interface Num extends Span {
  /** The digits as written, e.g. "12.467,5". */
  text: string;
  /** Exact decimal string of the value before the scale word, e.g. "12467.5". */
  exact: string;
  /** Decimal places written (12.467,5 → 1). */
  decimals: number;
  /** True when a count or a value that cannot be rounded (digits 0 decimals and a counted noun). */
  whole?: boolean;
}

export type FigureKind = "number" | "percent" | "range" | "fraction" | "multiplier";

/** Things that look like numbers but are not figures of the report; never operands of a check. */
export type NonFigureKind =
  | "date"
  | "time"
  | "year"
  | "period"
  | "docref"
  | "ordinal"
  | "quarter"
  | "phone"
  | "version"
  | "chrome"
  | "code"
  | "label";

export type QualifierKind =
  /** khoảng, xấp xỉ, about, around: the true value lies near the stated one. */
  | "about"
  /** ước, ước đạt, dự kiến, estimated, expected: a forecast, stated with its own precision. */
  | "estimate"
  /** hơn, trên, over, more than, above: the true value is above the stated one. */
  | "over"
  /** dưới, under, less than, below: the true value is below the stated one. */
  | "under"
  /** gần, nearly, almost: just below the stated one. */
  | "nearly"
  /** tối thiểu, ít nhất, at least. */
  | "atLeast"
  /** tối đa, up to, at most. */
  | "atMost";

export interface Qualifier extends Span {
  kind: QualifierKind;
  text: string;
}

export interface Figure extends Span {
  id: number;
  kind: FigureKind;
  /** The whole figure as written, e.g. "12.467,5 tỷ đồng", "9-10%", "19/22 chỉ tiêu". */
  text: string;
  /** number, percent, multiplier: the value (after the scale word for amounts). */
  value?: Num;
  /** range: its ends. */
  low?: Num;
  high?: Num;
  /** fraction: its parts ("19/22", "19 of 22", "19 trên 22"). */
  numerator?: Num;
  denominator?: Num;
  /** Scale word as written and its factor as an exact decimal string ("tỷ" → "1000000000"). */
  scale?: { text: string; factor: string };
  /** Canonical unit: "%", "pp" (percentage points), "VND", "USD", "ha", "km", "tấn", "times", … */
  unit?: string;
  /** Counted noun as written after the figure, lower-case NFC ("chỉ tiêu", "xã", "doanh nghiệp"). */
  noun?: string;
  /** "/năm", "per year", "mỗi năm" after the figure. */
  perYear?: boolean;
  qualifiers: Qualifier[];
  /** A year the figure is tied to ("năm 2022", "in 2020"), when stated right beside it. */
  year?: number;
  /** Written as words ("hai chỉ tiêu", "twenty-four localities"). */
  words?: boolean;
}

export interface NonFigure extends Span {
  kind: NonFigureKind;
  text: string;
  /** Why it was taken for this kind, for hovers ("ngày 18/7/2022 is a date"). */
  reason: string;
}

export type ClaimKind =
  | "total-parts"
  | "fraction"
  | "rank"
  | "fraction-percent"
  | "share-of-plan"
  | "value-target"
  | "change"
  | "comparison"
  | "share-bound"
  | "shares-whole";

/** A figure's part in a claim, for hovers ("tổng", "phần", "giá trị đầu", …). */
export interface ClaimRole {
  figure: number;
  role: string;
}

export interface Claim extends Span {
  id: number;
  kind: ClaimKind;
  roles: ClaimRole[];
  /** Rule ids that examined this claim. */
  rules: string[];
  /** The arithmetic as the hover shows it, per language, with its verdict. */
  explain: { vi: string; en: string };
  ok: boolean;
}

export interface Related extends Span {
  message: string;
}

export interface Fix extends Span {
  newText: string;
  title: string;
}

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  related: Related[];
  fix?: Fix;
  claim?: number;
  /**
   * The most this finding may weigh, whatever its rule's severity: a list that may be incomplete
   * ("warning"), a discrepancy so large that the reading is more likely wrong than the figure
   * ("information").
   */
  cap?: Severity;
}

export interface Tolerances {
  /** Relative width allowed around "khoảng/about" figures (0.05 = ±5%). */
  approxRelative: number;
  /** How far below the stated value "gần/nearly" may be (relative). */
  nearlyRelative: number;
  /** Extra absolute slack, in percentage points, on percent comparisons beyond rounding. */
  percentPoints: number;
}

export interface Settings {
  locale: "auto" | Lang;
  messageLanguage: "auto" | Lang;
  /** Per-rule severity override or "off". Rules not named keep their default. */
  rules: Record<string, RuleSetting>;
  tolerances: Tolerances;
}

/** Settings as given by a layer (config file, editor, command line): any subset. */
export type SettingsInput = Partial<Omit<Settings, "tolerances">> & { tolerances?: Partial<Tolerances> };

export interface AnalyzeOptions {
  settings?: SettingsInput;
  /** "markdown" enables the Markdown view (code, comments and link targets are skipped). */
  languageId?: "markdown" | "plaintext";
}

export interface SuppressionReport {
  /** Findings removed by a suppression comment. */
  suppressed: number;
  /** Suppression comments that suppressed nothing (for --report-unused-disable). */
  unused: Related[];
}

export interface Stats {
  figures: number;
  claims: number;
  checked: number;
  /** Figures that take part in no claim. */
  unchecked: number;
  nonFigures: number;
}

export interface MixedStyle {
  /** e.g. "thousands-comma" in a document read as Vietnamese. */
  style: string;
  spans: Span[];
}

export interface AnalysisResult {
  /** The document's locale as detected or set. */
  locale: Lang;
  /** Language findings and hovers are written in. */
  messageLanguage: Lang;
  figures: Figure[];
  nonFigures: NonFigure[];
  claims: Claim[];
  findings: Finding[];
  suppression: SuppressionReport;
  stats: Stats;
  mixedStyles: MixedStyle[];
}

export interface RuleInfo {
  id: string;
  defaultSeverity: RuleSetting;
  description: { vi: string; en: string };
  /** True when the rule can offer a fix. */
  fixable: boolean;
}
