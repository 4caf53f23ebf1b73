// change-arithmetic (period averages): a yearly average that is not the period's total divided by
// its years ("125.000 tỷ đồng trong 5 năm, bình quân 30.000 tỷ đồng/năm"). Part of the
// change-arithmetic rule: the same arithmetic on figures stated beside each other.
import type { UnitContext } from "../claims/context.ts";
import { findPeriodAverages } from "../claims/average.ts";
import { fmt } from "../math/format.ts";
import { Interval } from "../math/interval.ts";
import type { Figure, Num } from "../types.ts";
import { RULE } from "./change-arithmetic.ts";

function num(f: Figure): Num {
  return f.value!;
}

export function checkPeriodAverages(ctx: UnitContext): void {
  const tol = ctx.settings.tolerances;
  const lang = ctx.lang;
  for (const pa of findPeriodAverages(ctx)) {
    const total = ctx.interval(pa.total, num(pa.total));
    // An average of counts is rounded, not a count: 412 / 3 is "137".
    const avg = ctx.interval(pa.average, num(pa.average).whole ? { ...num(pa.average), whole: false } : num(pa.average));
    const expected = total.div(Interval.point(pa.years));
    const ok = expected.overlaps(avg);
    // Shown in the average's own scale word, at its stated precision.
    const factor = pa.average.scale?.factor ?? "1";
    const shown = fmt(expected.mid.div(factor), lang, num(pa.average).decimals);
    const unitWords = pa.average.text.slice(num(pa.average).end - pa.average.start).trim() || (pa.average.noun ?? "");
    const t = fmt(num(pa.total).exact, lang);
    const totalWords = pa.total.text.slice(num(pa.total).end - pa.total.start).trim() || (pa.total.noun ?? "");
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: [
        { figure: pa.total, role: lang === "vi" ? "tổng cả giai đoạn" : "total for the period" },
        { figure: pa.average, role: lang === "vi" ? "bình quân mỗi năm" : "yearly average" },
      ],
      ok,
      explain: {
        vi: `${t} ${totalWords} / ${pa.years} năm = ${shown} ${unitWords} ${ok ? "✓" : "✗"}`,
        en: `${t} ${totalWords} / ${pa.years} years = ${shown} ${unitWords} ${ok ? "✓" : "✗"}`,
      },
      at: pa.average,
      message: {
        vi: `Bình quân mỗi năm phải là ${t} ${totalWords} / ${pa.years} năm = ${shown} ${unitWords}, không phải ${pa.average.text}`,
        en: `The yearly average should be ${t} ${totalWords} / ${pa.years} years = ${shown} ${unitWords}, not ${pa.average.text}`,
      },
      related: [{ span: pa.total, message: { vi: `tổng: ${pa.total.text} (${pa.yearsText})`, en: `total: ${pa.total.text} (${pa.yearsText})` } }],
    });
  }
}
