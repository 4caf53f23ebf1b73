// A share stated of the previous sentence's figure: "The system carried 128.46 million boardings,
// up 7.8% from 119.17 million in FY2023. That is 83.2% of the 154.32 million boardings recorded in
// FY2019." "… đạt 5.316,0 tỷ đồng. Con số này bằng 86,5% kế hoạch vốn (6.145,7 tỷ đồng)" is a plan
// share; here only "of the <figure>" after a pronoun that opens the sentence.
import type { Figure } from "../types.ts";
import { sameNoun } from "../figures/nouns.ts";
import type { UnitContext } from "./context.ts";
import type { FractionPercent } from "./shares.ts";

const OPENER = /^[\s"“(*•-]*(?:that|this|it|which|this figure|that figure|this total|điều này|con số này|số này|mức này)[ \t]+(?:is|was|represents|represented|equals|equalled|equaled|equates to|amounts to|amounted to|bằng|tương đương|tương đương với|chiếm|là)[ \t]+(?:about|around|some|roughly|nearly|khoảng|gần)?[ \t]*$/u;
const OF = /^[ \t]+(?:of|của|so với)[ \t]+(?:the[ \t]+|a[ \t]+|tổng[ \t]+)?$/u;
/** The figure a change or comparison is measured from is not the subject's value. */
const BASE_BEFORE = /(?:from|than|compared (?:with|to)|on|against|so với|từ|hơn|up|down|by|tăng|giảm|of)[ \t]*$/u;

function kind(f: Figure): string {
  return `${f.unit ?? ""}|${f.scale ? "s" : ""}`;
}

export function findAnaphoraShares(ctx: UnitContext): FractionPercent[] {
  return ctx.memo("anaphora-share", () => {
    const out: FractionPercent[] = [];
    for (let si = 1; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      const [p, whole] = s.figs;
      if (!p || !whole || p.kind !== "percent" || p.unit !== "%" || whole.kind !== "number" || !whole.value) continue;
      const pq = p.qualifiers[0]?.start ?? p.start;
      if (!OPENER.test(ctx.lower.slice(s.start, pq))) continue;
      if (!OF.test(ctx.lower.slice(p.end, whole.qualifiers[0]?.start ?? whole.start))) continue;
      const prev = ctx.sentences[si - 1];
      // The previous sentence's value: its first figure of the same kind (and noun, when both have one).
      const value = prev.figs.find((f) => f.kind === "number" && !!f.value && kind(f) === kind(whole) && (!f.noun || !whole.noun || sameNoun(f.noun, whole.noun) || sameNoun(whole.noun, f.noun)));
      if (!value) continue;
      const vq = value.qualifiers[0]?.start ?? value.start;
      if (BASE_BEFORE.test(ctx.lower.slice(Math.max(prev.start, vq - 20), vq))) continue;
      out.push({ percent: p, part: value, whole, num: { exact: value.value!.exact }, den: { exact: whole.value.exact } });
    }
    return out;
  });
}
