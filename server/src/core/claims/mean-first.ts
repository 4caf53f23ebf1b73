// An average stated before the values it is the mean of: "Data capture at the automatic sites averaged
// 96.4%, with individual sites achieving 98.1%, 95.6% and 95.5%", "tỷ lệ bình quân đạt 96,4%, trong
// đó từng trạm lần lượt đạt 98,1%, 95,6% và 95,5%". The values must be said to be each item's own
// ("individual", "each", "respectively", "từng", "lần lượt") and make a bare list closing the clause.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import type { ListMean } from "./list-mean.ts";

const AVG_LEAD = /(?<![\p{L}])(?:averaged|averaging|an[ \t]+average[ \t]+of|a[ \t]+mean[ \t]+of|on[ \t]+average|bình[ \t]+quân|trung[ \t]+bình)(?:[ \t]+(?:là|đạt|ở[ \t]+mức|of|at|was))?[ \t]*(?:about[ \t]+|around[ \t]+|khoảng[ \t]+)?$/u;
/** From the average to the first value: a clause that names the items one by one. */
const EACH_LINK = /^[ \t]*(?:[\p{L}%]+[ \t]*)?[,;(—–][ \t]*(?:with|while|và|với|trong[ \t]+đó)?[ \t]*(?:[^\d;.()]{0,50}?)(?<![\p{L}])(?:individual|each|respectively|từng|lần[ \t]+lượt|riêng)(?![\p{L}])[^\d;.()]{0,40}$/u;
const SEP = /^[ \t]*(?:,|;|and|và|,[ \t]*and|,[ \t]*và)[ \t]*$/u;

function sameKind(x: Figure, a: Figure): boolean {
  if (x.kind !== a.kind || !x.value || x.perYear || x.qualifiers.length) return false;
  if ((x.unit ?? "") !== (a.unit ?? "") || (x.scale?.factor ?? "1") !== (a.scale?.factor ?? "1")) return false;
  return !x.noun || !a.noun || x.noun.split(/[ \t]+/u)[0] === a.noun.split(/[ \t]+/u)[0];
}

export function findMeansFirst(ctx: UnitContext): ListMean[] {
  return ctx.memo("mean-first", () => {
    const out: ListMean[] = [];
    if (!/averag|mean|bình quân|trung bình/u.test(ctx.lower)) return out;
    for (const s of ctx.sentences) {
      for (let i = 0; i + 2 < s.figs.length; i++) {
        const avg = s.figs[i];
        if ((avg.kind !== "number" && avg.kind !== "percent") || !avg.value || avg.perYear || avg.qualifiers.length > 1) continue;
        const q = avg.qualifiers[0]?.start ?? avg.start;
        if (!AVG_LEAD.test(ctx.lower.slice(Math.max(s.start, q - 40), q))) continue;
        const first = s.figs[i + 1];
        // ("bình quân 74,9 triệu đồng, lần lượt cao hơn mức chung … 5,7 triệu đồng và 12,2 triệu đồng":
        // gaps to something else, one each, are no values of the items.)
        if (!sameKind(first, avg) || !EACH_LINK.test(ctx.lower.slice(avg.end, first.start)) || /(?<![\p{L}])(?:hơn|so[ \t]+với|than|above|below|more|less|fewer|higher|lower|up|down|tăng|giảm|vượt|chênh)(?![\p{L}])/u.test(ctx.lower.slice(avg.end, first.start))) continue;
        const values = [first];
        for (let k = i + 2; k < s.figs.length; k++) {
          const f = s.figs[k];
          if (!sameKind(f, avg) || !SEP.test(ctx.lower.slice(values[values.length - 1].end, f.start))) break;
          values.push(f);
        }
        if (values.length < 2) continue;
        // The list is whole: it closes its clause ("and 95.5%." / "; …"), the last joined by "and".
        const last = values[values.length - 1];
        const next = s.figs[s.figs.indexOf(last) + 1];
        const tail = ctx.lower.slice(last.end, next ? next.start : s.end);
        if (!/^[ \t]*(?:respectively|tương[ \t]+ứng)?[ \t]*(?:[.;,]|$)/u.test(tail)) continue;
        const gap = ctx.lower.slice(values[values.length - 2].end, last.start);
        if (!/(?:and|và)/u.test(gap)) continue;
        out.push({ values, average: avg });
      }
    }
    return out;
  });
}
