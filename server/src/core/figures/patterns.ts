// Regular expressions built once from the lexicon. Every pattern is anchored (sticky or "$") and
// made of bounded, non-nested repetitions, so matching stays linear on hostile input.
import {
  CHROME_AFTER,
  COMPARATIVES,
  CURRENCY_BEFORE,
  DATE_BEFORE,
  PER_YEAR,
  PERCENT_WORDS,
  PHONE_BEFORE,
  QUALIFIERS,
  REF_BEFORE,
  SCALES,
  TIMES_WORDS,
  UNITS_AFTER,
} from "./lexicon.ts";

export function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Alternation of phrases, longest first, with flexible inner spaces. */
export function alt(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => esc(w).replace(/ /g, "\\s+"))
    .join("|");
}

const L = "\\p{L}\\p{M}";
/** Not followed by a letter: the end of a word. */
export const WORD_END = `(?![${L}\\d])`;

/** A digit token: digit groups joined by single dots or commas. */
export const NUM_RE = /\d{1,40}(?:[.,]\d{1,40}){0,20}/g;
export const NUM_SRC = "\\d{1,40}(?:[.,]\\d{1,40}){0,20}";

export const PERCENT_AFTER = new RegExp(`[ \\t]{0,2}(?:(%)|(${alt(PERCENT_WORDS)})${WORD_END})`, "uy");
export const POINTS_AFTER = new RegExp(
  `[ \\t]{0,2}(?:(điểm[ \\t]+phần[ \\t]+trăm|điểm[ \\t]*%|percentage[ \\t]+points?|pp${WORD_END}|p\\.p\\.))`,
  "uy",
);
export const TIMES_AFTER = new RegExp(`[ \\t]{0,2}(${alt(TIMES_WORDS)})${WORD_END}(?![ \\t]+thứ)`, "uy");
export const SCALE_AFTER = new RegExp(`[ \\t]{0,2}(${alt(SCALES.flatMap((s) => s.words))})${WORD_END}`, "uy");
export const UNIT_AFTER = new RegExp(`(?:[ \\t]{0,2}|-)(${alt(UNITS_AFTER.map((u) => u[0]))})(?![${L}\\d])`, "uy");
/** "the 9,700-tonne quota", "a 45-hectare site": a unit joined to its number by a hyphen. */
export const HYPHEN_UNIT_AT = new RegExp(`-(?:${alt(UNITS_AFTER.filter((u) => /^[a-z]{2,}$/u.test(u[0])).map((u) => u[0]))})(?![${L}\\d])`, "uy");
export const PER_YEAR_AFTER = new RegExp(`[ \\t]{0,2}(?:${alt(PER_YEAR)})${WORD_END}`, "uy");
export const CURRENCY_BEFORE_RE = new RegExp(`(?:^|[^${L}])(${alt(CURRENCY_BEFORE.map((c) => c[0]))})[ \\t]?$`, "u");

export const QUALIFIER_BEFORE = new RegExp(
  `(?:^|[^${L}])(${alt(QUALIFIERS.map((q) => q[0]))})(?:[ \\t]+(?:đạt|là|ở mức|at|to|of|by|reach|reached))?[ \\t]*$`,
  "u",
);
export const COMPARATIVE_BEFORE = new RegExp(`(?:^|[^${L}])(?:${alt(COMPARATIVES)})[ \\t]*$`, "u");
export const CHROME_FOLLOW = new RegExp(
  `[ \\t]*(?:[-/][ \\t]*\\d{1,6}[ \\t]*|trong[ \\t]+\\d{1,6}[ \\t]+)?(?:${alt(CHROME_AFTER)})${WORD_END}`,
  "uy",
);
export const DATE_BEFORE_RE = new RegExp(`(?:^|[^${L}])(?:${alt(DATE_BEFORE)})[ \\t,:-]*$`, "u");
export const REF_BEFORE_RE = new RegExp(`(?:^|[^${L}])(${alt(REF_BEFORE)})[ \\t]*:?[ \\t]*$`, "u");
/** "số" counts as a reference only after the name of a document. */
export const DOC_NUMBER_BEFORE = new RegExp(
  `(?:nghị quyết|quyết định|chương trình hành động|chương trình|kế hoạch|công văn|thông tư|luật|chỉ thị|kết luận|văn bản|tờ trình|báo cáo|đề án|nghị định|thông báo|hướng dẫn|quy định|công điện|hợp đồng)[ \\t]+số[ \\t]*:?[ \\t]*$|(?:^|\\n)[ \\t]*số[ \\t]*:[ \\t]*$`,
  "u",
);
export const PHONE_BEFORE_RE = new RegExp(`(?:${alt(PHONE_BEFORE)})[ \\t]*:?[ \\t]*[(+]?$`, "u");

// read.ts runs the next patterns only when the character after the token's leading digits can
// continue them (digitsThen: "/-" for DOCREF_AT, "/.-" for DATE_FULL_AT, ":h \t" for TIME_AT, "/" for
// MONTH_YEAR_AT and DAY_MONTH_AT, "snrt \t" for DATE_EN_AT): change both together.
export const DOCREF_AT = /\d{1,6}(?:\/\d{2,4})?[-/][A-ZĐ][A-Za-zĐđ]{0,12}(?:[-/.][A-ZĐ][A-Za-zĐđ]{0,12}){0,6}/y;
export const DATE_FULL_AT = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/y;
const EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
/** "31 March 2025", "1st July": English months are capitalised, which keeps "5 may be met" a count. */
export const DATE_EN_AT = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(?:${EN_MONTHS})\\.?(?:,?[ \\t]+\\d{4})?(?![\\p{L}\\d])`, "uy");
/** "March 31, 2025": the day after its month. */
export const EN_MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${EN_MONTHS})\\.?[ \\t]+$`, "u");
export const MONTH_YEAR_AT = /(\d{1,2})\/(\d{4})(?![\d/])/y;
export const TIME_AT = /(\d{1,2})(?::|h)(\d{2})(?::\d{2})?(?!\d)|(\d{1,2})h(?![\p{L}\d])|(\d{1,2})[ \t]+giờ(?:[ \t]+(\d{1,2})(?:[ \t]+phút)?)?(?![\p{L}])/uy;
export const DAY_MONTH_AT = /(\d{1,2})\/(\d{1,2})(?![\d/])/y;
// "1.", "2.3.", "4)", and section numbers before a capitalised word: "7.1 Of the 32 indicators".
export const LIST_MARKER_AT = /\d{1,3}(?:\.\d{1,3}){0,4}[.)](?=[ \t])|\d{1,2}(?:\.\d{1,2}){1,3}(?=[ \t]+\p{Lu})/uy;
export const PERIOD_AFTER = /[ \t]*(?:-|đến|tới|to|until)[ \t]*(?:năm[ \t]+)?(\d{4})(?!\d)/y;
export const YEAR_LIST_AFTER = /[ \t]*(?:,|và|and)[ \t]*(\d{4})(?![\d.,]\d)/y;

export const FRACTION_SLASH = new RegExp(`[ \\t]*/[ \\t]*(${NUM_SRC})`, "y");
export const FRACTION_WORD = new RegExp(
  `[ \\t]+(?:trên|out[ \\t]+of|of|trong[ \\t]+(?:tổng[ \\t]+)?số)[ \\t]+(?:the[ \\t]+|those[ \\t]+|these[ \\t]+|tổng[ \\t]+số[ \\t]+)?(${NUM_SRC})(?![\\d])`,
  "uy",
);
export const RANGE_DASH = new RegExp(`[ \\t]*(%)?[ \\t]*-[ \\t]*(${NUM_SRC})(?![\\d/])`, "y");
export const RANGE_WORD = new RegExp(`[ \\t]*(%)?[ \\t]+(?:đến|tới|to|and)[ \\t]+(?:mức[ \\t]+)?(${NUM_SRC})(?![\\d/])`, "uy");
export const RANGE_OPENER_BEFORE = /(?:^|[^\p{L}])(?:từ|from|between|trong khoảng|khoảng từ)[ \t]*$/u;

export const YEAR_AFTER = /[ \t]*(?:\(|,)?[ \t]*(?:vào[ \t]+|trong[ \t]+)?(?:năm|in|by|as of|of)[ \t]+(\d{4})(?!\d)|[ \t]*\((\d{4})\)/uy;
export const YEAR_BEFORE = /(?:năm|in)[ \t]+(\d{4})[ \t]*,?[ \t]*(?:[\p{L}]+[ \t]+){0,3}$/u;

/** Words that make "N times"/"N lần" a multiple rather than a count of occasions. */
export const COMPARE_BEFORE = /(?<![\p{L}])(?:gấp|bằng|tăng|giảm|hơn|cao|thấp|lớn|nhỏ|nhiều|ít|khoảng|gần|trên|increased?|rose|risen|grew|grown|up|more|higher|larger|greater|lower|fewer|smaller|by|nearly|almost|over|around|about|some|roughly|approximately|than|is|was|were|are|be|been|being|of)[ \t]*$/u;
export const COMPARE_AFTER = /^[ \t]*(?:more|higher|larger|greater|bigger|lower|smaller|fewer|less|as|than|that|the|those|this|its|their|our|faster|slower|over|above|below|so[ \t]+với|cao|thấp|nhiều|ít|lớn|nhỏ|hơn|mức|số|năm|cùng|trung|bình)/u;

/** A done/planned pair written with a slash: "286.420 liều/kế hoạch 312.700 liều", "2.310 ha/kế hoạch
 * 2.500 ha". The words for the plan after the slash; `PLAN_SLASH` is the gap between the two figures. */
export const PLAN_AFTER_SLASH = /^\/[ \t]*(?:kế[ \t]+hoạch|kh|chỉ[ \t]+tiêu|mục[ \t]+tiêu|dự[ \t]+toán|target|plan)(?![\p{L}])/iu;
export const PLAN_SLASH = /^[ \t]*(?:[\p{L}\p{M}]+[ \t]*)?\/[ \t]*(?:kế[ \t]+hoạch|kh|chỉ[ \t]+tiêu|mục[ \t]+tiêu|dự[ \t]+toán|target|plan)[ \t]*$/u;
