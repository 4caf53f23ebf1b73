// Findings about the whole document rather than one claim: mixed number styles (a hint) and figures
// that took part in no claim (off by default; "say what was not checked").
import type { StyleMark } from "./figures/read.ts";
import { styleLocale } from "./figures/numparse.ts";
import type { Figure, Finding, Lang, MixedStyle } from "./types.ts";

const MAX_HINTS = 50;

export function documentFindings(d: {
  text: string;
  figures: Figure[];
  styles: StyleMark[];
  numberLocale: Lang;
  lang: Lang;
  inClaims: Set<number>;
  uncheckedOn: boolean;
}): { findings: Finding[]; mixedStyles: MixedStyle[] } {
  const findings: Finding[] = [];
  const mixedStyles: MixedStyle[] = [];
  const foreign = d.styles.filter((s) => !s.ambiguous && styleLocale(s.style) && styleLocale(s.style) !== d.numberLocale);
  const ambiguous = d.styles.filter((s) => s.ambiguous);
  if (foreign.length) {
    mixedStyles.push({ style: d.numberLocale === "vi" ? "english-separators" : "vietnamese-separators", spans: foreign.map((s) => ({ start: s.start, end: s.end })) });
    for (const s of foreign.slice(0, MAX_HINTS)) {
      const tok = d.text.slice(s.start, s.end);
      findings.push({
        rule: "mixed-number-style",
        severity: "hint",
        start: s.start,
        end: s.end,
        related: [],
        message:
          d.lang === "vi"
            ? `"${tok}" viết theo kiểu ${d.numberLocale === "vi" ? "tiếng Anh (dấu chấm thập phân)" : "tiếng Việt (dấu phẩy thập phân)"}, khác với phần còn lại của văn bản`
            : `"${tok}" uses ${d.numberLocale === "vi" ? "English" : "Vietnamese"} separators, unlike the rest of the document`,
      });
    }
    if (ambiguous.length) {
      mixedStyles.push({ style: "ambiguous-read-by-locale", spans: ambiguous.map((s) => ({ start: s.start, end: s.end })) });
    }
  }
  const spaced = d.figures.filter((f) => f.unit === "%" && /\d[ \t]+%/.test(f.text));
  const tight = d.figures.filter((f) => f.unit === "%" && /\d%/.test(f.text));
  if (spaced.length && tight.length) {
    const minority = spaced.length <= tight.length ? spaced : tight;
    mixedStyles.push({ style: spaced.length <= tight.length ? "percent-with-space" : "percent-without-space", spans: minority.map((f) => ({ start: f.start, end: f.end })) });
    for (const f of minority.slice(0, MAX_HINTS)) {
      findings.push({
        rule: "mixed-number-style",
        severity: "hint",
        start: f.start,
        end: f.end,
        related: [],
        message:
          d.lang === "vi"
            ? `"${f.text}" viết dấu % ${spaced.includes(f) ? "cách" : "liền"} số, khác với phần lớn văn bản`
            : `"${f.text}" writes % ${spaced.includes(f) ? "apart from" : "next to"} the number, unlike most of the document`,
      });
    }
  }
  for (const f of d.uncheckedOn ? d.figures : []) {
    if (d.inClaims.has(f.id)) continue;
    findings.push({
      rule: "unchecked-figure",
      severity: "hint",
      start: f.start,
      end: f.end,
      related: [],
      message: d.lang === "vi" ? `Số liệu "${f.text}" không thuộc nhận định nào được kiểm tra` : `"${f.text}" takes part in no checked claim`,
    });
  }
  return { findings, mixedStyles };
}
