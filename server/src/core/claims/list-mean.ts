// The average of the values just listed: "xã Phú Cường đạt 15 tiêu chí, xã Tân Lập đạt 14 tiêu chí
// và xã Khe Mo đạt 12 tiêu chí, bình quân 13,7 tiêu chí/xã", "Riverside scored 41 points and
// Hillcrest 38 points, an average of 39.5 points". The average must be their mean.
import type { Figure } from "../types.ts";
import { sameNoun } from "../figures/nouns.ts";
import type { UnitContext } from "./context.ts";

export interface ListMean {
  values: Figure[];
  average: Figure;
}

const AVG_BEFORE = /(?:bình quân|trung bình|an average of|averaging|on average|a mean of|mean of|an?[ \t]+(?:monthly|annual|yearly|quarterly|weekly|daily)[ \t]+average[ \t]+of)[ \t]*(?:là|đạt|of|khoảng)?[ \t]*$/u;
/** A measured unit all the values share ("71 mm, 64 mm và 51 mm"), never a percent or a rate. */
function sameUnit(f: Figure, avg: Figure): boolean {
  return (f.unit ?? "") === (avg.unit ?? "").replace(/\/.*$/u, "") && f.unit !== "%" && f.unit !== "pp" && (f.scale?.factor ?? "1") === (avg.scale?.factor ?? "1");
}
/** Between two values: a change or a range joins them, not a list ("từ 12 lên 15", "from 12 to 15"). */
const GRADE_BEFORE = /(?<![\p{L}])(?:khá|tốt|giỏi|xuất sắc|loại|hộ|mức|hạng)(?![\p{L}])[^.]*(?:trung bình)[ \t]*$/u;
const NOT_A_LIST = /(?<![\p{L}])(?:từ|lên|xuống|đến|tới|tăng|giảm|so với|from|to|up|down|rose|fell|increased|decreased|compared|than|hơn|trong đó|of which|including|gồm|out of|trên tổng)(?![\p{L}])|[()/%]/u;

export function findListMeans(ctx: UnitContext): ListMean[] {
  return ctx.memo("list-mean", () => {
    const out: ListMean[] = [];
    for (const s of ctx.sentences) {
      for (let i = 2; i < s.figs.length; i++) {
        const avg = s.figs[i];
        // ("… lần lượt là 32.540 ha, 28.290 ha, 31.170 ha và 28.460 ha, bình quân 30.115 ha/năm": values
        // of a measured unit, one for each period.)
        const measured = !!avg.unit && avg.unit !== "%" && avg.unit !== "pp" && avg.unit !== "times" && !avg.scale;
        if (avg.kind !== "number" || (!avg.noun && !measured) || (avg.perYear && !measured) || (avg.unit && !measured) || !avg.value) continue;
        const q = avg.qualifiers[0]?.start ?? avg.start;
        if (!AVG_BEFORE.test(ctx.lower.slice(Math.max(s.start, q - 24), q))) continue;
        // "tốt 142 HTX, khá 265 HTX, trung bình 137 HTX, yếu 54 HTX", "hộ khá 1.540 hộ, hộ trung bình
        // 908 hộ": "trung bình" names a grade beside the others, not a mean.
        if (/trung bình[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, q - 24), q)) && GRADE_BEFORE.test(ctx.lower.slice(Math.max(s.start, q - 60), q))) continue;
        // A period's yearly average is another check's.
        // (Unless the values are the periods' own, one each: "các năm 2021, 2022, 2023 lần lượt là …".)
        const perPeriod = /(?<![\p{L}])lần lượt(?![\p{L}])/u.test(ctx.lower.slice(s.start, avg.start));
        const periodic = (avg.unit ?? "").includes("/") || /^[ \t]*\/[ \t]*(?:năm|tháng|year|month)|^[ \t]*(?:mỗi năm|a year|per year)/u.test(ctx.lower.slice(avg.end, avg.end + 12));
        if (!perPeriod && periodic) continue;
        // "women live on average 4.2 years longer than men": the mean of a gap, not of the values.
        if (/^[^,;.\d]{0,30}?(?<![\p{L}])(?:longer|shorter|more|less|fewer|higher|lower|older|younger|than|hơn)(?![\p{L}])/u.test(ctx.lower.slice(avg.end, avg.end + 40))) continue;
        const values: Figure[] = [];
        let ok = true;
        for (let k = i - 1; k >= 0; k--) {
          const f = s.figs[k];
          if (f.kind !== "number" || !f.value || (measured ? !sameUnit(f, avg) : f.unit || f.scale) || f.qualifiers.length) break;
          const next = values[0] ?? avg;
          const gap = ctx.lower.slice(f.end, next.qualifiers[0]?.start ?? next.start);
          // "82, 76 and 71 points": the values before the last share its noun.
          const bare = !f.noun && values.length > 0 && /^[ \t]*(?:,|and|và|or|hoặc)[ \t]*(?:and|và)?[ \t]*$/u.test(gap);
          if (!bare && !measured && !sameNoun(f.noun, avg.noun)) break;
          if (NOT_A_LIST.test(gap) || (!bare && !/\p{L}/u.test(gap))) {
            ok = false;
            break;
          }
          values.unshift(f);
        }
        if (!ok || values.length < 2) continue;
        // Each value is an item of its own: a count of another noun inside an item ("18 xã đạt 19
        // tiêu chí") weighs it, and the plain mean no longer holds.
        const first = values[0];
        const before = s.figs[s.figs.indexOf(first) - 1];
        const itemStart = Math.max(s.start, ctx.lower.lastIndexOf(",", first.start) + 1, ctx.lower.lastIndexOf(":", first.start) + 1);
        // (Unless it counts the items themselves: "The three branches scored 82, 76 and 71".)
        const countsItems = !!before && before.kind === "number" && !!before.value && before.value.exact === String(values.length);
        if (before && before.end > itemStart && !countsItems) continue;
        // A count of the items stated before them must agree with the list ("Ba xã … gồm: …").
        if (before && before.kind === "number" && before.noun && !countsItems) {
          const per = /^[ \t]*\/[ \t]*([\p{L}\p{M}]+)/u.exec(ctx.lower.slice(avg.end, avg.end + 20))?.[1];
          if (per && sameNoun(before.noun, per)) continue;
        }
        out.push({ values, average: avg });
      }
    }
    return out;
  });
}
