// change-arithmetic (list averages): an average that is not the mean of the values listed right
// before it ("15, 14 và 12 tiêu chí, bình quân 14,7 tiêu chí/xã": (15 + 14 + 12) / 3 = 13,7).
import { findListMeans } from "../claims/list-mean.ts";
import { findYearSeriesMeans } from "../claims/year-series.ts";
import { findMeansFirst } from "../claims/mean-first.ts";
import { findColumnMeans, type ColumnMean } from "../claims/column-mean.ts";
import type { UnitContext } from "../claims/context.ts";
import { fmt } from "../math/format.ts";
import { Interval } from "../math/interval.ts";
import { RULE } from "./change-arithmetic.ts";

export function checkListMeans(ctx: UnitContext): void {
  const lang = ctx.lang;
  const listed = findListMeans(ctx);
  const seen = new Set(listed.map((x) => x.average));
  for (const lm of [...listed, ...findYearSeriesMeans(ctx).filter((x) => !seen.has(x.average)), ...findMeansFirst(ctx), ...findColumnMeans(ctx)] as ColumnMean[]) {
    // (Values of a table in the unit before: read there, shown as related locations only.)
    const src = lm.from ?? ctx;
    const sum = lm.values.reduce((acc, f) => acc.add(src.interval(f, f.value!)), Interval.point(0));
    // (Amounts in a scale word are shown in it: "3.715,6 tỷ đồng", not the whole number of đồng.)
    const factor = lm.average.scale?.factor ?? "1";
    const expected = sum.div(Interval.point(lm.values.length));
    // An average is rounded, never a count: "13,7".
    const avg = ctx.interval(lm.average, { ...lm.average.value!, whole: false });
    const ok = expected.overlaps(avg);
    const dec = lm.average.value!.decimals;
    const mid = expected.mid.div(factor);
    let shown = fmt(mid, lang, dec);
    if (!ok && shown === fmt(lm.average.value!.exact, lang, dec)) shown = fmt(mid, lang, dec + 1);
    const formula = `(${lm.values.map((f) => fmt(f.value!.exact, lang)).join(" + ")}) / ${lm.values.length} = ${shown}`;
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: [...(lm.from ? [] : lm.values.map((f) => ({ figure: f, role: lang === "vi" ? "giá trị" : "value" }))), { figure: lm.average, role: lang === "vi" ? "bình quân" : "average" }],
      ok,
      explain: { vi: `${formula} ${ok ? "✓" : "✗"}`, en: `${formula} ${ok ? "✓" : "✗"}` },
      at: lm.average,
      magnitude: { computed: mid, stated: lm.average.value!.exact },
      message: {
        vi: `Bình quân của các giá trị đã nêu là ${formula}, không phải ${lm.average.text}`,
        en: `The average of the values listed is ${formula}, not ${lm.average.text}`,
      },
      related: lm.values.map((f) => ({ span: lm.from ? ctx.fromPrevious(f) : f, message: { vi: `giá trị: ${f.text}`, en: `value: ${f.text}` } })),
    });
  }
}
