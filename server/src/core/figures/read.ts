// The figure reader: one pass over the digit tokens of a unit of text. Each token is first tested
// for the things that are not figures (dates, times, years, periods, references, list markers, page
// chrome), then read as a fraction, range, percent, multiplier or amount with its scale word, unit,
// counted noun, qualifiers and year.
import type { Figure, FigureKind, Lang, NonFigure, NonFigureKind, Num, Qualifier } from "../types.ts";
import { COUNT_NOUNS, CURRENCY_BEFORE, PHONE_BEFORE, QUALIFIERS, REF_BEFORE, SCALES, UNITS_AFTER, VERSION_BEFORE } from "./lexicon.ts";
import { parseNumberToken, type NumStyle } from "./numparse.ts";
import * as Patterns from "./patterns.ts";
import { readNounAfter } from "./nouns.ts";
import { prescanNonFigures } from "./prescan.ts";
import { readWordFractions, readWordNumbers } from "./words.ts";

/** "chuyển đổi số", "kinh tế số", "chính quyền số": "số" as "digital", with a label's colon after it. */
const DIGITAL_SO = /(?:^|[^\p{L}])(?:chuyển[ \t]+đổi|kinh[ \t]+tế|chính[ \t]+quyền|xã[ \t]+hội|công[ \t]+dân|nền[ \t]+tảng|hạ[ \t]+tầng|dữ[ \t]+liệu|công[ \t]+nghệ|chữ[ \t]+ký|truyền[ \t]+hình|ngân[ \t]+hàng|thương[ \t]+mại|nội[ \t]+dung|kỹ[ \t]+năng|văn[ \t]+hóa|thiết[ \t]+bị|giáo[ \t]+dục|y[ \t]+tế|thư[ \t]+viện|bản[ \t]+đồ|hồ[ \t]+sơ|sách[ \t]+giáo[ \t]+khoa)[ \t]+số[ \t]*:?[ \t]*$/u;

export interface StyleMark {
  style: NumStyle;
  start: number;
  end: number;
  ambiguous: boolean;
}

export interface ReadResult {
  figures: Figure[];
  nonFigures: NonFigure[];
  styles: StyleMark[];
}

// The patterns as plain properties: a module namespace may read each through a getter.
const P = { ...Patterns };

const LETTER = /[\p{L}\p{M}]/u;

// Word-level filters in front of the "$"-anchored lookback patterns (REF_BEFORE_RE, QUALIFIER_BEFORE,
// PHONE_BEFORE_RE), which would otherwise try every position of a window before every token. A
// pattern can only match when the letters just before the token (after its allowed trailing spaces
// and colon) are the last word of one of its phrases; only then is the pattern itself run, on the
// same window, so the result is the pattern's own.
const lastWord = (p: string) => p.slice(p.lastIndexOf(" ") + 1);
const REF_LAST = new Set(REF_BEFORE.map(lastWord));
const QUALIFIER_LAST = new Set([...QUALIFIERS.map((q) => lastWord(q[0])), "đạt", "là", "mức", "at", "to", "of", "by", "reach", "reached"]);
const PHONE_LAST = [...new Set(PHONE_BEFORE.map(lastWord))];

function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(s[i]);
}

function skipBlanks(s: string, e: number, floor: number): number {
  while (e > floor && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 9)) e--;
  return e;
}

/** Back over "[ \t]*:?[ \t]*" from e. */
function skipColon(s: string, e: number, floor: number): number {
  e = skipBlanks(s, e, floor);
  if (e > floor && s.charCodeAt(e - 1) === 58) e = skipBlanks(s, e - 1, floor);
  return e;
}

/** Start of the run of letters ending at e (not before floor). */
function letterRun(s: string, e: number, floor: number): number {
  let b = e;
  while (b > floor && isLetterAt(s, b - 1)) b--;
  return b;
}

const CHROME_REPORTED = /(?<![\p{L}])(?:thu[ \t]+hút|ghi[ \t]+nhận|đạt|có|với|tổng[ \t]+số|tổng|lên|received|attracted|recorded|reached|drew|had|totalled|totaling|totalling|of)[ \t]*(?:khoảng|gần|hơn|trên|about|around|over|nearly|some)?[ \t]*$/u;
const CHROME_COMPARED = /^[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,3}?[,(]?[ \t]*(?:tăng|giảm|gấp|so[ \t]+với|bằng|chiếm|up|down|compared|times|than|an?[ \t]+(?:increase|rise|fall))(?![\p{L}])/u;

/** P.REF_BEFORE_RE.exec(pre), pre being lower[a - 48, a). */
function refWordBefore(lower: string, a: number, pre: string): RegExpExecArray | null {
  const floor = a - pre.length;
  let e = skipColon(lower, a, floor);
  const dot = e > floor && lower.charCodeAt(e - 1) === 46;
  if (dot) e--;
  const b = letterRun(lower, e, floor);
  if (b === floor || (b < e && REF_LAST.has(lower.slice(b, e) + (dot ? "." : "")))) return P.REF_BEFORE_RE.exec(pre);
  return null;
}

/** Digits at s[a…], counted up to 7 (the patterns below take at most 6). */
function leadDigits(s: string, a: number): number {
  let k = 0;
  while (k < 7 && s.charCodeAt(a + k) >= 48 && s.charCodeAt(a + k) <= 57) k++;
  return k;
}

/** Whether the character after at most `max` leading digits at s[a…] is one of `chars`: every sticky
 * pattern below starts with \d{1,max} and then one of these, so without it the pattern cannot match. */
function digitsThen(s: string, a: number, lead: number, max: number, chars: string): boolean {
  return lead <= max && a + lead < s.length && chars.indexOf(s[a + lead]) >= 0;
}

/** The first character at or after i that is not a space or tab. */
function afterBlanks(s: string, i: number): string {
  while (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9) i++;
  return s[i] ?? "";
}

/** Whether pre (lower[a - pre.length, a)) ends with "số" and blanks: the word the "counting số" test needs. */
function endsWithSo(lower: string, a: number, pre: string): boolean {
  const e = skipBlanks(lower, a, a - pre.length);
  return e - 2 >= a - pre.length && lower.charCodeAt(e - 1) === 0x1ed1 && lower.charCodeAt(e - 2) === 115;
}

/** Whether pre ends with "số", blanks, an optional colon and blanks (/số[ \t]*:?[ \t]*$/ needs it). */
function endsWithSoColon(lower: string, a: number, pre: string): boolean {
  const floor = a - pre.length;
  const e = skipColon(lower, a, floor);
  return e - 2 >= floor && lower.charCodeAt(e - 1) === 0x1ed1 && lower.charCodeAt(e - 2) === 115;
}

const CURRENCY_LAST = new Set(CURRENCY_BEFORE.map((c) => c[0][c[0].length - 1]));

/** Whether the text before a (after at most one space or tab) ends like a currency of CURRENCY_BEFORE_RE. */
function currencyEnds(lower: string, a: number): boolean {
  let i = a - 1;
  if (i >= 0 && (lower[i] === " " || lower[i] === "\t")) i--;
  return i >= 0 && CURRENCY_LAST.has(lower[i]);
}

/** P.QUALIFIER_BEFORE.exec(pre), pre being lower[at - 40, at). */
function qualifierBefore(lower: string, at: number, pre: string): RegExpExecArray | null {
  const floor = at - pre.length;
  const e = skipBlanks(lower, at, floor);
  const b = letterRun(lower, e, floor);
  if (b === floor || (b < e && QUALIFIER_LAST.has(lower.slice(b, e)))) return P.QUALIFIER_BEFORE.exec(pre);
  return null;
}

/** P.PHONE_BEFORE_RE.test(pre), pre being lower[a - 48, a). The phrases have no left boundary. */
function phoneBefore(lower: string, a: number, pre: string): boolean {
  const floor = a - pre.length;
  let e = a;
  if (e > floor && (lower.charCodeAt(e - 1) === 40 || lower.charCodeAt(e - 1) === 43)) e--;
  e = skipColon(lower, e, floor);
  const b = letterRun(lower, e, floor);
  if (b === e) return false;
  const w = lower.slice(b, e);
  if (b === floor || PHONE_LAST.some((x) => w.endsWith(x))) return P.PHONE_BEFORE_RE.test(pre);
  return false;
}
const UPPER_WORD_BEFORE = /(?:^|[^\p{L}])([A-ZĐ]{2,8})[ \t]$/u;
const VERSION_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${P.alt(VERSION_BEFORE)})[ \\t]?$`, "iu");
/** ASCII letters a VERSION_BEFORE phrase ends with, either case (the pattern ignores case). */
const VERSION_LAST = new Set(VERSION_BEFORE.flatMap((w) => [w[w.length - 1], w[w.length - 1].toUpperCase()]).filter((c) => c.charCodeAt(0) < 128));

/** VERSION_BEFORE_RE.test(pre), run only where it may match: the phrase's last letter ends pre,
 * before at most one blank. A last character outside ASCII is left to the pattern (its case
 * folding is the pattern's business). */
function versionBefore(pre: string): boolean {
  let e = pre.length;
  if (e > 0 && (pre.charCodeAt(e - 1) === 32 || pre.charCodeAt(e - 1) === 9)) e--;
  if (e === 0) return false;
  const c = pre[e - 1];
  if (c.charCodeAt(0) < 128 && !VERSION_LAST.has(c)) return false;
  return VERSION_BEFORE_RE.test(pre);
}
const COUNT_NOUN_AT = new RegExp(`[ \\t]+(?:${P.alt(COUNT_NOUNS)})(?![\\p{L}\\p{M}])`, "uy");
const WEEKDAY_WORDS = /^(?:thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật|cn|monday|tuesday|wednesday|thursday|friday|saturday|sunday|gmt|utc|am|pm|cập|nhật|đăng|lúc|xuất|bản|ngày|giờ)$/u;

/** The word right after a figure ending at `at`, if a word follows it. */
function wordAt(lower: string, at: number): string | undefined {
  return /^[ \t]+([\p{L}\p{M}]+)/u.exec(lower.slice(at, at + 24))?.[1];
}

function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  let out = "";
  for (const ch of s) {
    const c = ch.toLowerCase();
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

function before(lower: string, at: number, width = 48): string {
  return lower.slice(Math.max(0, at - width), at);
}

export class FigureReader {
  private readonly lower: string;
  private figures: Figure[] = [];
  private nonFigures: NonFigure[] = [];
  private styles: StyleMark[] = [];
  private consumed = 0;
  private lastNonFigure?: NonFigure;

  constructor(private readonly s: string, private readonly locale: Lang) {
    this.lower = lowerSameLength(s);
  }

  read(): ReadResult {
    const s = this.s;
    const blocked = prescanNonFigures(s);
    for (const nf of blocked) this.nonFigures.push(nf);
    let bi = 0;
    const re = new RegExp(P.NUM_RE.source, "g");
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const a = m.index;
      if (a < this.consumed) continue;
      while (bi < blocked.length && blocked[bi].end <= a) bi++;
      if (bi < blocked.length && blocked[bi].start <= a) {
        re.lastIndex = Math.max(re.lastIndex, blocked[bi].end);
        continue;
      }
      const end = this.token(a, m[0]);
      if (end > re.lastIndex) re.lastIndex = end;
    }
    const wfr = readWordFractions(s, this.lower, this.figures);
    if (wfr.add.length) this.figures = this.figures.filter((f) => !wfr.remove.has(f)).concat(wfr.add);
    // ("Mười bốn dự án": "bốn" inside "mười bốn" is no count of its own.)
    const words = readWordNumbers(s, this.lower, this.figures, this.nonFigures);
    for (const wf of words) if (!words.some((o) => o !== wf && o.start <= wf.start && o.end >= wf.end && o.end - o.start > wf.end - wf.start)) this.figures.push(wf);
    this.figures.sort((x, y) => x.start - y.start);
    this.nonFigures.sort((x, y) => x.start - y.start);
    this.markBylineChrome();
    this.markServiceNumbers();
    this.markDescriptors();
    this.markLabelNumbers();
    this.markRankBands();
    this.figures.forEach((f, i) => (f.id = i));
    return { figures: this.figures, nonFigures: this.nonFigures, styles: this.styles };
  }

  private non(kind: NonFigureKind, start: number, end: number, reason: string): number {
    const nf: NonFigure = { kind, start, end, text: this.s.slice(start, end), reason };
    this.nonFigures.push(nf);
    this.lastNonFigure = nf;
    this.consumed = end;
    return end;
  }

  /** Handles the token at [a, a+tok.length); returns where scanning continues. */
  private token(a: number, tok: string): number {
    const s = this.s;
    const lower = this.lower;
    const b = a + tok.length;
    const prev = s[a - 1] ?? "";
    const next = s[b] ?? "";
    const pre = before(lower, a);

    // Glued to letters: codes and names (G20, Covid-19, 5G, file-1), unless an attached unit follows.
    if (prev && LETTER.test(prev) && !/[$€£]/.test(prev)) return this.non("code", this.wordStart(a), this.wordEnd(b), "glued to a word");
    if (prev === "-" && LETTER.test(s[a - 2] ?? "")) return this.non("code", this.wordStart(a - 1), this.wordEnd(b), "part of a name");
    // "110,2 bé trai/100 bé gái", "12,4 ca/100.000 dân": the base a rate is per, not a figure.
    if (prev === "/" && LETTER.test(s[a - 2] ?? "") && /^10{2,}$/u.test(tok.replace(/[.,\s]/gu, ""))) return this.non("label", a, b, "rate base");
    const lead = leadDigits(s, a);
    const docref = digitsThen(s, a, lead, 6, "/-") ? sticky(P.DOCREF_AT, s, a) : null;
    if (docref) return this.non("docref", a, a + docref[0].length, "document number");
    if ((next === "-" || next === "_") && LETTER.test(s[b + 1] ?? "") && !(next === "-" && sticky(P.HYPHEN_UNIT_AT, lower, b))) return this.non("code", a, this.wordEnd(b + 1), "part of a name");

    const full = digitsThen(s, a, lead, 2, "/.-") ? sticky(P.DATE_FULL_AT, s, a) : null;
    if (full && validDate(+full[1], +full[3])) return this.non("date", a, a + full[0].length, "day/month/year");
    const en = digitsThen(s, a, lead, 2, "snrt \t") ? sticky(P.DATE_EN_AT, s, a) : null;
    if (en && +en[1] >= 1 && +en[1] <= 31) return this.non("date", a, a + en[0].length, "day and month");
    if (/^\d{1,2}$/.test(tok) && +tok >= 1 && +tok <= 31 && P.EN_MONTH_BEFORE.test(s.slice(Math.max(0, a - 12), a))) return this.non("date", a, b, "day after its month");
    const time = digitsThen(s, a, lead, 2, ":h \t") ? sticky(P.TIME_AT, s, a) : null;
    if (time && validTime(time)) return this.non("time", a, a + time[0].length, "time of day");
    // "15.4:1", "1:25": a ratio written with a colon; neither term is a figure on its own.
    if (next === ":" && !time) {
      // ("năm 2024: 7.513,5 triệu đồng" is a label's colon: the number runs on, or a space follows a
      // term no ratio has; "(April to June 2024: 74.8%)", "(2023: 131)": a year labelling the value.)
      const ratio = /^:([ \t]?)(\d+(?:[.,]\d+)?)(?![\d:]|[.,]\d)/.exec(s.slice(b, b + 14));
      const label = ratio && ((/^(?:19|20)\d\d$/.test(tok) && /^:[ \t]/.test(ratio[0])) || /^[ \t]?%/.test(s.slice(b + ratio[0].length, b + ratio[0].length + 2)));
      // ("Lao động hợp đồng theo Nghị định 68: 83 người": after a spaced colon, a counted noun makes
      // the second term the label's value.)
      const counted = !!ratio && !!ratio[1] && /^[ \t]+\p{L}/u.test(s.slice(b + ratio[0].length, b + ratio[0].length + 3));
      if (ratio && !label && !counted && (!ratio[1] || (+tok <= 100 && +ratio[2].replace(",", ".") <= 100))) return this.non("code", a, b + ratio[0].length, "ratio written with a colon");
    }
    // "sản phẩm 3 sao", "a 4 star hotel": a class, not a count.
    if (/^\d$/.test(tok) && /^[ \t]*(?:sao|stars?)(?![\p{L}])/u.test(lower.slice(b, b + 8))) return this.non("ordinal", a, b, "star rating");
    // ("trưng bày ảo 3D", "mạng 5G": a digit glued to a capital letter names a technology.)
    if (/^\d$/.test(tok) && /^[DG](?![\p{L}\d])/u.test(s.slice(b, b + 2))) return this.non("code", a, b + 1, "name with a number");
    const my = digitsThen(s, a, lead, 2, "/") ? sticky(P.MONTH_YEAR_AT, s, a) : null;
    if (my && +my[1] >= 1 && +my[1] <= 12 && +my[2] >= 1900 && +my[2] <= 2100) return this.non("date", a, a + my[0].length, "month/year");

    // Line-start list numbers ("1.", "2.3.", "4)").
    // Only markers and spaces between the line start and the token (scanned back, so it stays O(1)).
    let ls = a;
    while (ls > 0 && /[ \t>#*+-]/.test(s[ls - 1])) ls--;
    if (ls === 0 || s[ls - 1] === "\n") {
      const lm = sticky(P.LIST_MARKER_AT, s, a);
      if (lm) return this.non("ordinal", a, a + lm[0].length, "list number");
    }

    // Coordinated with a reference just before: "lần thứ 14 và 15", "Điều 5, 6".
    if (this.lastNonFigure && (this.lastNonFigure.kind === "ordinal" || this.lastNonFigure.kind === "docref")) {
      const gap = lower.slice(this.lastNonFigure.end, a);
      // ("cấp độ 1 và 384 vụ tai nạn": a number followed by a counted noun is a count, not another reference.)
      // ("Level 3 — 647 pupils": a spaced dash sets a count apart from its label; "5-6" joins two.)
      // ("gồm 1 bến loại 1, 3 bến loại 2 và 6 bến loại 4": a number followed by the noun that followed
      // the count before the reference is another such count.)
      const prevFig = this.figures[this.figures.length - 1];
      const wordNext = prevFig && prevFig.end < this.lastNonFigure.start ? wordAt(lower, b) : undefined;
      const nounAgain = wordNext !== undefined && wordNext === wordAt(lower, prevFig.end);
      if ((/^[ \t]*(?:,|và|and|hoặc|or)[ \t]*$/.test(gap) || (/^[ \t]*-[ \t]*$/.test(gap) && (gap === "-" || tok.length < 3))) && !/[.,]/.test(tok) && !sticky(COUNT_NOUN_AT, lower, b) && !nounAgain) {
        return this.non(this.lastNonFigure.kind, a, b, "coordinated with the reference before it");
      }
    }

    // Years and periods.
    if (/^(?:19|20)\d\d$/.test(tok) || (/^\d{4}$/.test(tok) && /(?:năm|year|in)[ \t]*$/.test(pre))) {
      // "2023/24", "2024-25", "2024/2025": a financial or school year.
      const fy = sticky(/[/\-–](\d{2}|\d{4})(?![\d/])/y, s, b);
      if (fy && (+fy[1] % 100) === (+tok + 1) % 100) return this.non("period", a, b + fy[0].length, "financial or school year");
      const period = sticky(P.PERIOD_AFTER, lower, b);
      if (period && +period[1] > +tok && +period[1] - +tok <= 100) return this.non("period", a, b + period[0].length, "period of years");
      // ("the October 2024 staff travel survey", "tháng 10/2024": after a month it is the year, whatever follows.)
      const afterMonth = /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|tháng[ \t]+\d{1,2})[ \t]*$/u.test(pre);
      if ((afterMonth || !sticky(COUNT_NOUN_AT, lower, b)) && !/[%]/.test(s.slice(b, b + 2))) return this.non("year", a, b, "year");
    }

    // Ranks: "xếp thứ 30/63", "ranked 30th of 63" are fractions; "đứng thứ 28" is an ordinal.
    // "trong số 214 dự án", "tổng số 1.250 hộ": "số" here counts, it does not number a document.
    // ("chuyển đổi số: 4.073 lượt", "kinh tế số 18,2% GRDP": "số" is "digital" there.)
    const countingSo = (endsWithSo(lower, a, pre) && /(?:^|[^\p{L}])(?:trong|tổng|trên|trong tổng|thiểu|đa|dân|hộ)[ \t]+số[ \t]*$/u.test(pre)) || (endsWithSoColon(lower, a, pre) && DIGITAL_SO.test(pre));
    const refBefore = countingSo ? null : refWordBefore(lower, a, pre);
    const isRankSlash = refBefore && /(?:thứ|hạng)$/.test(refBefore[1]) && (sticky(P.FRACTION_SLASH, s, b) || sticky(P.FRACTION_WORD, s, b));
    // "412,600 people took part: 96,300 in sport, …": "part" of "take part" numbers nothing.
    const tookPart = refBefore && refBefore[1] === "part" && /(?:^|[^\p{L}])(?:took|take|takes|taking|taken|in|for the most)[ \t]+part[ \t]*:?[ \t]*$/u.test(pre);
    // ("đã hoàn thành hạ tầng 11/14 khu": "hạ tầng" is infrastructure, no floor.)
    const infra = refBefore && refBefore[1] === "tầng" && /(?:^|[^\p{L}])hạ[ \t]+tầng[ \t]*:?[ \t]*$/u.test(pre);
    // ("Volunteers played a big part: 2,870 volunteers joined …": a part is numbered small, and never
    // after a colon.)
    const playedPart = refBefore && refBefore[1] === "part" && (/:[ \t]*$/u.test(pre) || /\d[.,]\d{3}/u.test(tok));
    // ("Hoa Kỳ 21 mã": the name of a country is no period.)
    const placeName = refBefore && refBefore[1] === "kỳ" && /(?:^|[^\p{L}])hoa[ \t]+kỳ[ \t]*:?[ \t]*$/u.test(pre);
    // ("mỗi tuần 45 lượt", "3 tuần 12 ca", "per week 40": a week counted or a rate per week numbers nothing.)
    const weekly = refBefore && /^(?:tuần|week)$/u.test(refBefore[1]) && /(?:\d|(?:^|[^\p{L}])(?:mỗi|hàng|mọi|một|bình[ \t]+quân|trung[ \t]+bình|per|a|each|every|this|that|last|next))[ \t]+(?:tuần|week)[ \t]*:?[ \t]*$/u.test(pre);
    if (refBefore && !isRankSlash && !tookPart && !infra && !playedPart && !placeName && !weekly) {
      const w = refBefore[1];
      const countAfter = sticky(COUNT_NOUN_AT, lower, b);
      // "top 10 tỉnh", "tốp 10" are ranks; "nhóm 3 xã" is a count; a reference word followed by a counted
      // noun is a count ("phần 2 dự án" is rare, "5 xã" after "khoản" is not a clause number).
      // "các loại 1.795 ha": an amount with its unit is a figure whatever word precedes it.
      // ("Điện sinh khối: 28 MW": after any such word, an amount with its unit is a figure.)
      const measured = (/^(?:loại|nhóm|hạng|cấp)$/.test(w) || /:[ \t]*$/u.test(pre)) && this.hasMeasureAfter(b);
      // ("hạt điều: 44,3 triệu USD": an amount with its scale or unit after any word but a number's.)
      const amount = !/^(?:số|no\.?|thứ|lần thứ|top|tốp)$/.test(w) && (/[.,]\d/.test(tok) ? !!(sticky(P.SCALE_AFTER, lower, b) || sticky(P.UNIT_AFTER, lower, b) || sticky(P.PERCENT_AFTER, s, b)) : !!sticky(P.SCALE_AFTER, lower, b));
      // "phân loại 598 HTX", "xếp loại 412 đơn vị": the verb classifies a count; it numbers nothing.
      // ("khoáng sản kim loại 5 giấy phép": "loại" as a syllable of "kim loại", "chủng loại" names nothing;
      // "quả các loại 377 mẫu": nor do "various kinds".)
      const classifies = w === "loại" && (/(?:^|[^\p{L}])(?:phân|xếp)[ \t]+loại[ \t]*$/u.test(pre) || /(?:^|[^\p{L}])(?:kim|chủng|thể|nhân|đồng|các|mọi|nhiều|những)[ \t]+loại[ \t]*$/u.test(pre)) && /^[ \t]+[\p{L}]/u.test(lower.slice(b, b + 3));
      // ("Sở đã cấp 412 giấy phép": "cấp" is the verb to issue; a level is numbered small.)
      // ("trình UBND tỉnh cấp 47 giấy phép": what is issued follows the count.)
      const issued = w === "cấp" && (/(?:^|[^\p{L}])(?:đã|được|mới|lại|đổi|sẽ|chưa|đã được)[ \t]+cấp[ \t]*$/u.test(pre) || tok.replace(/\D/g, "").length >= 3 || /^[ \t]+(?:giấy|sổ|thẻ|chứng|mã|văn[ \t]+bằng|bằng|hộ[ \t]+chiếu|căn[ \t]+cước|biển|gcn|lượt|bộ[ \t]+hồ[ \t]+sơ)(?![\p{L}])/u.test(lower.slice(b, b + 16)));
      if (!amount && !((countAfter || measured || classifies || issued) && !/^(?:số|điều|khoản|chương|mục|phụ lục|thứ|lần thứ|top|tốp|class|category|type|tuýp|típ|cấp độ|band|key stage|priority)$/.test(w))) {
        return this.non(/^(?:số|no\.?)$/.test(w) ? "docref" : "ordinal", a, b, `after "${w}"`);
      }
    }
    // "Year 6 children", "Year 11 pupils": a school year names a group; it counts nothing.
    if (/^(?:[1-9]|1[0-3])$/.test(tok) && /(?:^|[^\p{L}])Year[ \t]$/u.test(s.slice(Math.max(0, a - 6), a))) return this.non("ordinal", a, b, "school year");
    if (endsWithSoColon(lower, a, pre) && /số[ \t]*:?[ \t]*$/.test(pre) && P.DOC_NUMBER_BEFORE.test(pre)) return this.non("docref", a, b, "document number");
    // ("các khu công nghiệp 15.310 người": a thousands group after the words is a count, not "4.0".)
    if (/^\d{1,2}(?:\.\d{1,2})+$/.test(tok) && versionBefore(pre)) return this.non("version", a, b, "version number");
    if ((tok.charCodeAt(0) === 48 && /^0\d{8,}$/.test(tok.replace(/[.\s]/g, ""))) || (phoneBefore(lower, a, pre) && tok.replace(/\D/g, "").length >= 6)) {
      return this.non("phone", a, b, "phone number");
    }

    // Page chrome: view counts, ratings, votes.
    // ("thu hút 58.400 lượt truy cập, gấp 3,2 lần năm 2023": a count a sentence reports or compares is
    // a figure, not a page's own counter.)
    const chrome0 = sticky(P.CHROME_FOLLOW, lower, b);
    const chrome = chrome0 && (CHROME_REPORTED.test(pre) || CHROME_COMPARED.test(lower.slice(b + chrome0[0].length, b + chrome0[0].length + 40))) ? null : chrome0;
    if (chrome) return this.non("chrome", a, b + chrome[0].length, "page chrome (views, ratings)");

    // Day/month without a year: a date unless a counted noun or a clear fraction follows.
    const dm = digitsThen(s, a, lead, 2, "/") ? sticky(P.DAY_MONTH_AT, s, a) : null;
    if (dm && validDate(+dm[1], +dm[2])) {
      const endDm = a + dm[0].length;
      const nounAfter = readNounAfter(s, lower, endDm);
      const dateCue = P.DATE_BEFORE_RE.test(pre) || /\($/.test(pre.trimEnd()) || /^[ \t]*[,)]/.test(s.slice(endDm, endDm + 2));
      const fractionCue = /(?:đạt|có|được|hoàn thành|xếp|đứng|thứ|achieved|met|of)[ \t]*$/.test(pre);
      if (dateCue || !(nounAfter || fractionCue)) return this.non("date", a, endDm, "day/month");
    }

    // "runway 09/27", "09/25": a count never starts with a zero, so this is a code or a date.
    const lz = /^0\d{1,2}\/\d{1,3}(?![\d\/%]|[.,]\d)/.exec(s.slice(a, a + 8));
    if (lz) return this.non("code", a, a + lz[0].length, "code or date with a leading zero");

    // Upper-case acronym + bare integer and nothing after: a name ("vùng CT 229").
    if ((s[a - 1] === " " || s[a - 1] === "\t") && /[A-ZĐ]/.test(s[a - 2] ?? "") && /^\d+$/.test(tok) && UPPER_WORD_BEFORE.test(s.slice(Math.max(0, a - 10), a))) {
      const acr = UPPER_WORD_BEFORE.exec(s.slice(Math.max(0, a - 10), a))![1].toLowerCase();
      const isCurrency = CURRENCY_BEFORE.some((c) => c[0] === acr);
      // ("thiếu men G6PD 196 trẻ": a count with its noun after the name is a figure all the same.)
      if (!isCurrency && !this.hasMeasureAfter(b) && !(/^[ \t]+\p{Ll}/u.test(s.slice(b, b + 3)) && readNounAfter(s, lower, b))) return this.non("code", a, b, "name with a number");
    }

    // English ordinals: "12th of 63 provinces" is a rank (a fraction), "the 14th Congress" is not a figure.
    const ord = "snrt".indexOf(next) >= 0 && next !== "" ? /^(?:st|nd|rd|th)(?![\p{L}])/u.exec(s.slice(b, b + 3)) : null;
    if (ord && /^\d+$/.test(tok)) {
      const rank = sticky(P.FRACTION_WORD, lower, b + ord[0].length);
      if (!rank) return this.non("ordinal", a, b + ord[0].length, "ordinal number");
      return this.figure(a, tok, ord[0].length);
    }

    return this.figure(a, tok);
  }

  private hasMeasureAfter(b: number): boolean {
    const s = this.s;
    const lower = this.lower;
    return !!(
      sticky(P.PERCENT_AFTER, s, b) ||
      sticky(P.SCALE_AFTER, lower, b) ||
      sticky(P.UNIT_AFTER, lower, b) ||
      sticky(COUNT_NOUN_AT, lower, b) ||
      sticky(P.TIMES_AFTER, lower, b)
    );
  }

  private num(a: number, tok: string): Num | null {
    const p = parseNumberToken(tok, this.locale);
    if (!p) return null;
    this.styles.push({ style: p.style, start: a, end: a + tok.length, ambiguous: p.ambiguous });
    return { start: a, end: a + tok.length, text: tok, exact: p.exact, decimals: p.decimals };
  }

  private figure(a: number, tok: string, suffix = 0): number {
    const s = this.s;
    const lower = this.lower;
    const first = this.num(a, tok);
    if (!first) return this.non(/^\d+(?:\.\d+)+$/.test(tok) ? "version" : "code", a, a + tok.length, "not a well-formed number");
    let end = first.end + suffix;
    let kind: FigureKind = "number";
    const fig: Figure = { id: 0, kind, start: a, end, text: "", qualifiers: [] };

    // ("101 calls answered: 71,918", "999 calls", "đường dây nóng 113": a service's phone number names
    // the calls, it counts nothing.)
    if (/^(?:999|111|101|112|113|114|115|1022)$/u.test(tok) && /^[ \t]+(?:calls?|call[ \t-]?handling|service|line|number|contacts?|non-emergency|emergency)(?![\p{L}])/u.test(lower.slice(end, end + 24))) return this.non("code", a, end, "phone service");
    // Fractions: 19/22, 19 trên 22, 19 of 22, 19 trong tổng số 22.
    const frac = (afterBlanks(s, end) === "/" ? sticky(P.FRACTION_SLASH, s, end) : null) ?? sticky(P.FRACTION_WORD, lower, end);
    let percentAfterFirst = false;
    if (frac) {
      const denStart = end + frac[0].length - frac[1].length;
      const den = this.num(denStart, s.slice(denStart, denStart + frac[1].length));
      // ("a rate of 190.2 per 100,000 of the 10-17 population": the base of a rate, and an age band.)
      // ("2,281,440 of the 2.91 million sessions": a denominator in a scale word is no count to set the
      // numerator over.)
      // ("312 of the 2022/23 placement students": a year of a span is no denominator.)
      const yearSpan = /^(?:19|20)\d\d$/u.test(frac[1]) && /^[/–-](?:\d{2}|(?:19|20)\d\d)(?!\d)/u.test(s.slice(denStart + frac[1].length, denStart + frac[1].length + 6));
      if (den && !yearSpan && !/^[ \t]*[-–][ \t]*\d/u.test(s.slice(den.end, den.end + 4)) && !(/\d[.,]\d{3}/u.test(tok) && !/\//u.test(frac[0]) && /^[ \t]*(?:million|billion|thousand|mn|bn|m|k|triệu|tỷ|nghìn|ngàn)(?![\p{L}\p{N}²³\/])/u.test(lower.slice(den.end, den.end + 10))) && !/(?<![\p{L}])(?:per|trên|mỗi)[ \t]*$/u.test(lower.slice(Math.max(0, a - 6), a))) {
        kind = "fraction";
        fig.numerator = first;
        fig.denominator = den;
        end = den.end;
        // ("All but 3 of the 186 practices (98.4%)": the count is of the rest, 183 of 186.)
        if (/(?<![\p{L}])all[ \t]+but[ \t]*$/u.test(lower.slice(Math.max(0, a - 10), a)) && /^\d+$/u.test(first.exact) && /^\d+$/u.test(den.exact) && BigInt(first.exact) <= BigInt(den.exact)) fig.numerator = { ...first, exact: String(BigInt(den.exact) - BigInt(first.exact)) };
      }
    }
    if (kind === "number") {
      const c = afterBlanks(s, end);
      const dashed = c === "-" || c === "%" ? sticky(P.RANGE_DASH, s, end) : null;
      const dash = dashed && dashJoins(dashed[0], dashed[2]) ? dashed : null;
      const word = sticky(P.RANGE_WORD, lower, end);
      const r = dash ?? (word && (P.RANGE_OPENER_BEFORE.test(before(lower, a)) || this.percentFollows(end + word[0].length)) ? word : null);
      if (r) {
        const hiStart = end + r[0].length - r[2].length;
        const hiTok = s.slice(hiStart, hiStart + r[2].length);
        const hi = parseNumberToken(hiTok, this.locale);
        const lo = parseNumberToken(tok, this.locale);
        const isYears = /^(?:19|20)\d\d$/.test(tok) && /^(?:19|20)\d\d$/.test(hiTok);
        if (hi && lo && !isYears && compareExact(lo.exact, hi.exact) <= 0) {
          const high = this.num(hiStart, hiTok)!;
          kind = "range";
          fig.low = first;
          fig.high = high;
          percentAfterFirst = !!r[1];
          end = high.end;
        }
      }
    }
    if (kind === "number") fig.value = first;

    // What follows: percent, points, times, scale word, unit.
    const pct = sticky(P.PERCENT_AFTER, s, end);
    const pts = sticky(P.POINTS_AFTER, lower, end);
    if (pts) {
      fig.unit = "pp";
      if (kind === "number") kind = "percent";
      end += pts[0].length;
    } else if (pct || percentAfterFirst) {
      fig.unit = "%";
      if (kind === "number") kind = "percent";
      if (pct) end += pct[0].length;
    } else {
      const times0 = sticky(P.TIMES_AFTER, lower, end);
      // "Helicopters were tasked 637 times", "tổ chức 12 lần": a whole count of occasions, with no
      // word of comparison before or after it, counts; "gấp 2,5 lần", "three times the rate" multiply.
      // ("downloaded 21,400 times": digits in thousands groups are a count however they are written.)
      const times = times0 && ((/[.,]\d/.test(tok) && !/^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/u.test(tok)) || P.COMPARE_BEFORE.test(lower.slice(Math.max(0, a - 24), a)) || P.COMPARE_AFTER.test(lower.slice(end + times0[0].length, end + times0[0].length + 24))) ? times0 : null;
      if (times && kind === "number") {
        kind = "multiplier";
        fig.unit = "times";
        end += times[0].length;
      } else {
        const attached = !/[ \t]/.test(s[end] ?? " ");
        const sc = sticky(P.SCALE_AFTER, lower, end);
        const currencyBefore = currencyEnds(lower, a) ? P.CURRENCY_BEFORE_RE.exec(before(lower, a, 6)) : null;
        // "m" and "k" are scales only glued to a number after a currency sign ($5m); "tr" only before đồng.
        // ("11.13m bus kilometres", "41.6m miles", "6.4m kWh", "12k visitors": glued before a plural count
        // or a unit, a count in millions or thousands, not metres.)
        const gluedCount = !!sc && attached && /^(?:m|k|mn)$/.test(sc[1]) && /^[ \t]+(?:[a-z]+[ \t]+)?(?:(?!metres|meters|kilometres|lengths|laps|sprints)[a-z]{2,}s|kwh|mwh|gwh|kw|mw|tonnes|litres)(?![\p{L}])/u.test(lower.slice(end + sc[0].length, end + sc[0].length + 30));
        const scaleOk = sc && (!/^(?:m|k|mn|tr)$/.test(sc[1]) || (attached && currencyBefore) || gluedCount || (sc[1] === "tr" && /^[ \t]*(?:đồng|đ)\b/u.test(lower.slice(end + sc[0].length))));
        if (sc && scaleOk) {
          const word = sc[1].replace(/\s+/g, " ");
          const def = SCALES.find((d) => d.words.includes(word));
          if (def) fig.scale = { text: s.slice(end + sc[0].length - sc[1].length, end + sc[0].length), factor: def.factor };
          end += sc[0].length;
        }
        const unit = sticky(P.UNIT_AFTER, lower, end);
        if (unit) {
          const name = UNITS_AFTER.find((u) => u[0] === unit[1].replace(/\s+/g, " "))?.[1];
          // "215 đồng chí", "đồng bào": a word that begins with "đồng", not the currency.
          // (Never after a scale word: "354 triệu đồng chủ yếu là …" is money.)
          const notDong = name === "VND" && unit[1] === "đồng" && !fig.scale && /^[ \t]+(?:chí|bào|nghiệp|thời|ý|bộ|hồ|đội|phục|chủ|hương|tâm|loạt|ruộng|cỏ|bằng|lòng|hành|minh)(?![\p{L}])/u.test(lower.slice(end + unit[0].length, end + unit[0].length + 10));
          if (name && !notDong && !(name === "VND" && unit[1] === "đ" && LETTER.test(s[end + unit[0].length] ?? ""))) {
            fig.unit = name;
            end += unit[0].length;
          }
        }
        if (!fig.unit && currencyBefore) {
          fig.unit = CURRENCY_BEFORE.find((c) => c[0] === currencyBefore[1])?.[1];
          const cStart = a - (before(lower, a, 6).length - currencyBefore.index - (currencyBefore[0].length - currencyBefore[1].length - (/[ \t]$/.test(currencyBefore[0]) ? 1 : 0)));
          if (cStart < fig.start && cStart >= 0) fig.start = cStart;
        }
        // A unit written per something: "triệu đồng/người".
        // ("2.310 ha/kế hoạch 2.500 ha": the slash of a done/planned pair is no "per".)
        const per = s[end] === "/" && !P.PLAN_AFTER_SLASH.test(s.slice(end, end + 14)) ? /^\/(?!năm)([\p{L}]+)/u.exec(s.slice(end, end + 20)) : null;
        if (per && fig.unit) {
          fig.unit += "/" + per[1].toLowerCase();
          end += per[0].length;
        }
      }
    }
    const perYear = sticky(P.PER_YEAR_AFTER, lower, end);
    // "436 a year earlier", "12 một năm trước": a time back, not a rate per year.
    if (perYear && !/^[ \t]+(?:earlier|before|ago|later|previously|trước|sau)(?![\p{L}])/u.test(lower.slice(end + perYear[0].length, end + perYear[0].length + 14))) {
      fig.perYear = true;
      end += perYear[0].length;
    }
    fig.kind = kind;
    const noun = readNounAfter(s, lower, end);
    if (noun) fig.noun = noun.text;
    fig.end = end;
    fig.text = s.slice(fig.start, end);
    fig.qualifiers = this.qualifiers(fig.start);
    const year = this.yearNear(fig.start, end + (noun ? 0 : 0));
    if (year) fig.year = year;
    const v = fig.value ?? fig.numerator;
    if (v && v.decimals === 0 && !fig.scale && (kind === "number" || kind === "fraction")) {
      v.whole = true;
      if (fig.denominator) fig.denominator.whole = true;
    }
    this.figures.push(fig);
    this.consumed = end;
    return end;
  }

  private percentFollows(at: number): boolean {
    return !!sticky(P.PERCENT_AFTER, this.s, at);
  }

  private qualifiers(start: number): Qualifier[] {
    const out: Qualifier[] = [];
    let at = start;
    for (let k = 0; k < 2; k++) {
      const pre = before(this.lower, at, 40);
      const m = qualifierBefore(this.lower, at, pre);
      if (!m) break;
      const word = m[1].replace(/\s+/g, " ");
      const qStartAbs = at - pre.length + m.index + m[0].indexOf(m[1]);
      // "cao hơn 5%" compares, "hơn 5%" bounds; "19 trên 22" was already read as a fraction.
      if ((word === "hơn" || word === "over" || word === "above" || word === "under" || word === "below") &&
          P.COMPARATIVE_BEFORE.test(this.lower.slice(Math.max(0, qStartAbs - 20), qStartAbs))) break;
      const kind = QUALIFIERS.find((q) => q[0] === word)?.[1];
      if (!kind) break;
      out.unshift({ kind, text: this.s.slice(qStartAbs, qStartAbs + m[1].length), start: qStartAbs, end: qStartAbs + m[1].length });
      at = qStartAbs;
    }
    return out;
  }

  private yearNear(start: number, end: number): number | undefined {
    const after = sticky(P.YEAR_AFTER, this.lower, end);
    if (after) return +(after[1] ?? after[2]);
    const pre = before(this.lower, start, 40);
    const m = /\d\d\d\d/.test(pre) ? P.YEAR_BEFORE.exec(pre) : null;
    if (m && !/[.;:]/.test(pre.slice(m.index))) return +m[1];
    return undefined;
  }

  private wordStart(at: number): number {
    let i = at;
    while (i > 0 && /[\p{L}\p{M}\d_-]/u.test(this.s[i - 1])) i--;
    return i;
  }

  private wordEnd(at: number): number {
    let i = at;
    while (i < this.s.length && /[\p{L}\p{M}\d_.,-]/u.test(this.s[i]) && !(/[.,-]/.test(this.s[i]) && !/[\p{L}\p{M}\d]/u.test(this.s[i + 1] ?? ""))) i++;
    return i;
  }

  /** A line that is only a byline (weekday, date, time, counters) holds page chrome, not figures. */
  /** Start of the line holding `at` if it is at most 300 characters back, else -1: the scan is
   * bounded so that a megabyte on one line stays linear. */
  private shortLineStart(at: number): number {
    const floor = Math.max(0, at - 301);
    for (let i = at - 1; i >= floor; i--) if (this.s.charCodeAt(i) === 10) return i + 1;
    return at <= 300 ? 0 : -1;
  }

  /** A number inside the label of a "label: value" line names a category ("Trình độ sơ cấp và đào
   * tạo dưới 3 tháng: 27.375 người", "Children aged under 5: 1,240", "Nhóm 2: 35 hộ"): it is not a
   * figure of the report, and read as one it breaks the list it heads. Only bounds, ages and
   * durations, or a bare number after a naming word, so "Tổng số 22 chỉ tiêu: 19 đạt" keeps its total. */
  private markLabelNumbers(): void {
    const fs = this.figures;
    const drop = new Set<Figure>();
    for (let i = 0; i + 1 < fs.length; i++) {
      const f = fs[i];
      if (drop.has(f)) continue;
      // ("- Thọ 70, 75, 80, 85 tuổi: 16.040 cụ": ages listed in a label, the last carrying the unit.)
      let j = i;
      while (j + 1 < fs.length && /^[ \t]*(?:,|và|and|or|hoặc)[ \t]*$/u.test(this.lower.slice(fs[j].end, fs[j + 1].start)) && !fs[j].noun && !fs[j].unit) j++;
      if (j > i && j + 1 < fs.length && !!fs[j].noun && AGE_OR_SPAN.test(fs[j].noun!) && fs.slice(i, j + 1).every((x) => x.kind === "number" && !x.unit)) {
        const ls = this.shortLineStart(f.start);
        if (ls >= 0 && LABEL_HEAD.test(this.lower.slice(ls, f.start)) && LABEL_TAIL.test(this.lower.slice(fs[j].end, fs[j + 1].start))) {
          for (const x of fs.slice(i, j + 1)) {
            drop.add(x);
            this.nonFigures.push({ kind: "label", start: x.start, end: x.end, text: x.text, reason: "number inside a list item's label" });
          }
          continue;
        }
      }
      // ("Children aged 5 to 10: 530": a range written out names one label.)
      let k = i;
      while (k + 2 < fs.length && k - i < 1 && RANGE_JOIN.test(this.lower.slice(fs[k].end, fs[k + 1].start))) k++;
      const g = fs[k + 1];
      if (g.start - fs[k].end > 90) continue;
      const ls = this.shortLineStart(f.start);
      if (ls < 0 || !LABEL_HEAD.test(this.lower.slice(ls, f.start))) continue;
      // (A label may name two numbers and words between them: "with 3 or more bedrooms", "1 or 2 bedrooms".)
      if (!LABEL_TAIL.test(this.lower.slice(fs[k].end, g.start))) {
        if (k + 2 < fs.length && BULLET_LABEL.test(this.lower.slice(ls, f.start)) && /^[\p{L}\p{M} \t,'’&/-]{0,30}$/u.test(this.lower.slice(fs[k].end, g.start)) && LABEL_TAIL.test(this.lower.slice(g.end, fs[k + 2].start)) && !LABEL_TOTAL.test(this.lower.slice(ls, fs[k + 2].start))) {
          for (const x of [f, g]) {
            drop.add(x);
            this.nonFigures.push({ kind: "label", start: x.start, end: x.end, text: x.text, reason: "number inside a list item's label" });
          }
        }
        continue;
      }
      const head = this.lower.slice(ls, f.start);
      // ("- homes with 3 or more bedrooms: 1,458", "- answered within 20 seconds: 182,300": on a
      // bulleted line, every number before the label's colon names the item.)
      const bulleted = BULLET_LABEL.test(head) && !LABEL_TOTAL.test(this.lower.slice(ls, g.start));
      const named = k === i && !f.noun && !f.unit && f.kind === "number" && NAMING_WORD.test(head);
      // ("The crew gave 6,412 hours of their time …: 4,780 hours …": a span in the thousands is time given,
      // not a bound that names an item.)
      const bound = AGE_BEFORE.test(head) || fs.slice(i, k + 1).some((x) => x.qualifiers.some((q) => q.kind === "over" || q.kind === "under") || (!!x.noun && AGE_OR_SPAN.test(x.noun) && !(x.value && x.value.exact.replace(/\..*$/u, "").length >= 4)));
      if (!named && !bound && !bulleted) continue;
      for (const x of fs.slice(i, k + 1)) {
        drop.add(x);
        this.nonFigures.push({ kind: "label", start: x.start, end: x.end, text: x.text, reason: "number inside a list item's label" });
      }
    }
    if (drop.size) {
      this.figures = fs.filter((f) => !drop.has(f));
      this.nonFigures.sort((x, y) => x.start - y.start);
    }
  }

  /** "received 412,836 999 calls", "tiếp nhận 12.480 cuộc gọi 113": a three-digit service number
   * right after a count names what was counted; the count takes its noun. */
  /** "214 trạm 3 pha và 87 trạm 1 pha", "45 sản phẩm OCOP đạt 3 sao", "nhà 2 tầng", "đường 4 làn xe":
   * a number that grades the thing counted is part of its name, no figure. */
  /** "among the 30% most deprived", "the 10% least affluent areas": a band of a ranking names who is
   * counted; it is no figure of the report. */
  private markRankBands(): void {
    let drop: Set<Figure> | undefined;
    for (const f of this.figures) {
      if (f.kind !== "percent" || f.unit !== "%" || !/^[ \t]+(?:most|least)[ \t]+\p{L}/u.test(this.lower.slice(f.end, f.end + 12))) continue;
      (drop ??= new Set()).add(f);
      this.nonFigures.push({ kind: "label", start: f.start, end: f.end, text: f.text, reason: "a band of a ranking" });
    }
    if (drop) {
      this.figures = this.figures.filter((f) => !drop!.has(f));
      this.nonFigures.sort((x, y) => x.start - y.start);
    }
  }

  private markDescriptors(): void {
    let drop: Set<Figure> | undefined;
    for (const f of this.figures) {
      if (f.kind !== "number" || f.unit || f.scale || !f.value || f.value.decimals !== 0 || !/^\d{1,3}$/u.test(f.text.split(/\s/u)[0])) continue;
      if (!/^[ \t]+(?:pha|sao|tầng|chỗ(?:[ \t]+ngồi)?|làn(?:[ \t]+xe)?)(?![\p{L}])/u.test(this.lower.slice(f.start + f.text.split(/\s/u)[0].length, f.start + f.text.split(/\s/u)[0].length + 16))) continue;
      if (!/[\p{L}][ \t]+$/u.test(this.lower.slice(Math.max(0, f.start - 3), f.start))) continue;
      (drop ??= new Set()).add(f);
      this.nonFigures.push({ kind: "label", start: f.start, end: f.end, text: f.text, reason: "a grade in the name of what is counted" });
    }
    if (drop) {
      this.figures = this.figures.filter((f) => !drop!.has(f));
      this.nonFigures.sort((x, y) => x.start - y.start);
    }
  }

  private markServiceNumbers(): void {
    let drop: Set<Figure> | undefined;
    for (let i = 0; i + 1 < this.figures.length; i++) {
      const g = this.figures[i];
      const f = this.figures[i + 1];
      if (g.kind !== "number" || g.noun || g.unit || g.scale || g.qualifiers.length || !g.value || g.value.decimals !== 0 || !/[.,\d]{4,}/u.test(g.text)) continue;
      if (f.kind !== "number" || !f.noun || f.unit || !/^(?:999|911|112|113|114|115|111|101|988)$/u.test(f.text.split(/\s/u)[0]) || !/^ (?:[\p{L}-]+ ){0,2}$/u.test(this.s.slice(g.end, f.start))) continue;
      (drop ??= new Set()).add(f);
      // ("212,640 emergency 999 calls": the words before the service number are the noun's.)
      g.noun = `${this.lower.slice(g.end + 1, f.start)}${f.noun}`;
      this.nonFigures.push({ kind: "code", start: f.start, end: f.start + 3, text: this.s.slice(f.start, f.start + 3), reason: "a service number naming what was counted" });
    }
    if (drop) {
      this.figures = this.figures.filter((f) => !drop!.has(f));
      this.nonFigures.sort((x, y) => x.start - y.start);
    }
  }

  private markBylineChrome(): void {
    if (!this.nonFigures.some((n) => n.kind === "date" || n.kind === "time")) return;
    const keep: Figure[] = [];
    // Lines that hold a date or time, found once: a byline is short, so only short lines count.
    const dated = new Set<number>();
    for (const n of this.nonFigures) if (n.kind === "date" || n.kind === "time") dated.add(this.shortLineStart(n.start));
    for (const f of this.figures) {
      const ls = this.shortLineStart(f.start);
      if (ls < 0 || !dated.has(ls)) {
        keep.push(f);
        continue;
      }
      let le = this.s.indexOf("\n", f.end);
      if (le < 0) le = this.s.length;
      if (le - ls <= 600) {
        const words = this.lower.slice(ls, le).match(/[\p{L}\p{M}]+/gu) ?? [];
        // (A table row, "| Day (07:00–15:00) | 148,620 | …", is no byline.)
        if (words.filter((w) => !WEEKDAY_WORDS.test(w)).length <= 1 && !f.unit && !/^[ \t]*\|(?:[^|\n]*\|){2,}/u.test(this.s.slice(ls, le))) {
          this.nonFigures.push({ kind: "chrome", start: f.start, end: f.end, text: f.text, reason: "counter on a byline" });
          continue;
        }
      }
      keep.push(f);
    }
    if (keep.length !== this.figures.length) {
      this.figures = keep;
      this.nonFigures.sort((x, y) => x.start - y.start);
    }
  }
}

const LABEL_HEAD = /^[ \t]*(?:[-*+•–][ \t]+|\d{1,2}[.)][ \t]+|[a-zđ][.)][ \t]+)?(?:\*\*|__)?[\p{L}][\p{L}\p{M} \t,'’&/-]*$/u;
const LABEL_TAIL = /^[\p{L}\p{M} \t,'’&/-]{0,60}?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(?:(?:khoảng|gần|ước|hơn|about|around|approximately|nearly|over)[ \t]+)?$/u;
const NAMING_WORD = /(?<![\p{L}])(?:nhóm|loại|đợt|giai đoạn|phase|category|group|tier|band|zone|lot|khu|tuyến|cụm|vùng|khối|hạng|cấp độ|mức|level|grade|stage|type|route|line|ward|district|region|area|khu vực|tổ|đội|team|block|lô|gói thầu|package)[ \t]*$/u;
const BULLET_LABEL = /^[ \t]*[-*+•–][ \t]+(?:\*\*|__)?[\p{L}][^:\n\d]*$/u;
const LABEL_TOTAL = /(?<![\p{L}])(?:tổng|total|trong đó|of which|including|gồm|bao gồm|cộng)(?![\p{L}])/u;
const RANGE_JOIN = /^[ \t]*(?:to|đến|-|–|and|và)[ \t]*$/u;
const AGE_BEFORE = /(?<![\p{L}])(?:aged|ages|age|độ tuổi|trẻ em|children)[ \t]*$/u;
const AGE_OR_SPAN = /^(?:tuổi|tháng|năm|ngày|tuần|giờ|phút|giây|years?|months?|days?|weeks?|hours?|minutes?|seconds?|year-olds?|km|mét|m)(?:$| )/u;

/** Whether the dash of a RANGE_DASH match joins its two numbers. Two cells of a plain-text row
 * ("0.4     -0.6", "by 10%   -13.5%") are not a range: a run of two or more blanks or a tab beside
 * the dash parts them, and a dash after blanks and right before the digit ("5 -3") is a minus sign. */
function dashJoins(m: string, high: string): boolean {
  const body = m.slice(0, m.length - high.length);
  if (/[ \t]{2}|\t/.test(body)) return false;
  const d = body.lastIndexOf("-");
  return !(d === body.length - 1 && d > 0 && body[d - 1] === " ");
}

function validDate(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

function validTime(m: RegExpExecArray): boolean {
  if (m[1] !== undefined) return +m[1] <= 24 && +m[2] < 60;
  if (m[3] !== undefined) return +m[3] <= 24;
  if (m[4] !== undefined) return +m[4] <= 24 && (m[5] === undefined || +m[5] < 60);
  return false;
}

/** Compares two exact decimal strings without floats. */
export function compareExact(x: string, y: string): number {
  const [xi, xf = ""] = x.split(".");
  const [yi, yf = ""] = y.split(".");
  if (xi.length !== yi.length) return xi.length < yi.length ? -1 : 1;
  if (xi !== yi) return xi < yi ? -1 : 1;
  const n = Math.max(xf.length, yf.length);
  const a = xf.padEnd(n, "0");
  const b = yf.padEnd(n, "0");
  return a === b ? 0 : a < b ? -1 : 1;
}

export function readFigures(s: string, locale: Lang): ReadResult {
  return new FigureReader(s, locale).read();
}
