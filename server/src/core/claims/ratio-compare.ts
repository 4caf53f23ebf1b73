// Ratios written "N:1" compared by a word: "The student-staff ratio was 15.4:1, higher than our target
// of 14.5:1"; "tỷ lệ học sinh/giáo viên là 18,2:1, thấp hơn mức bình quân (19,5:1)". The figure
// reader leaves "N:1" unread (it is also a time or a score), so the pair is read here: both sides
// "N:1" in one clause, the word right after the first, no other figure between.
import type { Num, Span } from "../types.ts";
import type { UnitContext } from "./context.ts";

export interface RatioComparison {
  a: { span: Span; text: string; num: Num };
  b: { span: Span; text: string; num: Num };
  relation: "higher" | "lower";
  word: Span;
}

const BETWEEN = /^[ \t]*\)?[ \t]*,?[ \t]*(?:(?:well|slightly|still|just|much|far|vẫn|còn)[ \t]+)?(higher[ \t]+than|lower[ \t]+than|above|below|greater[ \t]+than|cao[ \t]+hơn|thấp[ \t]+hơn|lớn[ \t]+hơn|nhỏ[ \t]+hơn)[ \t]+(?:[\p{L}\p{M}'’-]+[ \t]+){0,6}?(?:of[ \t]+|là[ \t]+)?\(?[ \t]*$/u;

export function findRatioComparisons(ctx: UnitContext): RatioComparison[] {
  return ctx.memo("ratio-comparisons", () => {
    const out: RatioComparison[] = [];
    if (!/\d[ \t]*:[ \t]*1(?![\d.,]\d)/u.test(ctx.text)) return out;
    const dec = ctx.numberLocale === "vi" ? "," : ".";
    const re = new RegExp(`(?<![\\d.,:])(\\d{1,3}(?:[${dec}]\\d{1,2})?)[ \\t]*:[ \\t]*1(?![\\d:]|[.,]\\d)`, "gu");
    for (const s of ctx.sentences) {
      const text = ctx.text.slice(s.start, s.end);
      const hits = [...text.matchAll(re)];
      for (let i = 0; i + 1 < hits.length; i++) {
        const [x, y] = [hits[i], hits[i + 1]];
        const xe = s.start + x.index! + x[0].length;
        const ys = s.start + y.index!;
        const w = BETWEEN.exec(ctx.lower.slice(xe, ys));
        // (No figure of another kind between: "15.4:1, higher than the 12 staff …" is another comparison.)
        if (!w || s.figs.some((f) => f.start >= xe && f.end <= ys)) continue;
        const num = (m: RegExpMatchArray, at: number): Num => {
          const t = m[1];
          const d = t.includes(dec) ? t.length - t.indexOf(dec) - 1 : 0;
          return { start: at, end: at + t.length, text: t, exact: t.replace(dec, "."), decimals: d, whole: false } as Num;
        };
        const xa = s.start + x.index!;
        const wa = xe + w.index! + w[0].indexOf(w[1]);
        out.push({
          a: { span: { start: xa, end: xe }, text: x[0], num: num(x, xa) },
          b: { span: { start: ys, end: ys + y[0].length }, text: y[0], num: num(y, ys) },
          relation: /^(?:higher|above|greater|cao|lớn)/u.test(w[1]) ? "higher" : "lower",
          word: { start: wa, end: wa + w[1].length },
        });
      }
    }
    return out;
  });
}
