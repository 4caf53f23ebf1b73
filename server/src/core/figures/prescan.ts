// Multi-word non-figures found before the token pass: quarters ("quý I/2024", "Q1 2024", "Q3 2023/24"), months
// ("tháng 10"), versions ("v1.2.3") and phone numbers with a country code.
import type { NonFigure } from "../types.ts";
import { mayMatch } from "../text/gate.ts";

const PATTERNS: [RegExp, NonFigure["kind"], string][] = [
  [/(?<![\p{L}])quý[ \t]+(?:[IVX]{1,4}|[1-4])(?:[ \t]*[/-][ \t]*\d{4}|[ \t]+(?:năm[ \t]+)?\d{4})?(?![\p{L}\d])/giu, "quarter", "quarter"],
  [/(?<![\p{L}\d])Q[1-4](?:[ \t]*[/-]?[ \t]*\d{4}(?:\/(?:\d{2}|\d{4}))?)?(?![\p{L}\d])/gu, "quarter", "quarter"],
  // "in Quarter 2", "Quarter 3 2024/25": a quarter named by its number.
  [/(?<![\p{L}])quarter[ \t]+[1-4](?:[ \t]+\d{4}(?:\/(?:\d{2}|\d{4})(?!\d))?)?(?![\p{L}\d]|[.,]\d)/giu, "quarter", "quarter"],
  [/(?<![\p{L}])(?:first|second|third|fourth)[ \t]+quarter(?:[ \t]+of)?(?:[ \t]+\d{4}(?:\/(?:\d{2}|\d{4})(?!\d))?)?/giu, "quarter", "quarter"],
  [/(?<![\p{L}])tháng[ \t]+(?:1[0-2]|0?[1-9])(?:[ \t]*\/[ \t]*\d{4}|[ \t]+năm[ \t]+\d{4})?(?![\p{L}\d/,.])/giu, "date", "month"],
  [/(?<![\p{L}\d])v\d{1,4}(?:\.\d{1,4}){1,3}(?![\d])/gu, "version", "version number"],
  [/(?:\+84|\(\+84\))[ \t.-]?\d{1,4}(?:[ \t.-]?\d{2,4}){2,4}/gu, "phone", "phone number"],
  // ("Đường dây nóng: 1900.6789", "1800 1091": Vietnamese service lines, never a decimal.)
  [/(?<![\p{L}\d.,])1[89]00[ .]?\d{3,4}(?![\d]|[.,]\d)/gu, "phone", "phone number"],
  [/(?<![\p{L}\d])(?:[01]?\d|2[0-3]):[0-5]\d[ \t]*\/[ \t]*(?:[01]?\d|2[0-3]):[0-5]\d/gu, "time", "media player time"],
];

export function prescanNonFigures(s: string): NonFigure[] {
  const out: NonFigure[] = [];
  if (!/\d/.test(s)) return out;
  for (const [re, kind, reason] of PATTERNS) {
    if (!mayMatch(re, s)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (!/\d|[IVX]/.test(m[0])) continue;
      out.push({ kind, start: m.index, end: m.index + m[0].length, text: s.slice(m.index, m.index + m[0].length), reason });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: NonFigure[] = [];
  for (const n of out) {
    const last = merged[merged.length - 1];
    if (last && n.start < last.end) continue;
    merged.push(n);
  }
  return merged;
}
