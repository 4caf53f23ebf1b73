// A share said with its verb, both amounts beside it: "Leakage of 171.9 Ml/d represents 15.9% of the
// 1,082.5 Ml/d of water we put into supply", "The 171 late cases accounted for 15.8% of the 1,082
// cases received", "Spending of £171.9 million is 15.9% of the £1,082.5 million budget". Strict: the
// part, the verb, the percent, "of", a few words and the whole follow each other with no other figure
// between, and part and whole are of one measure (one unit and scale, or counts of one noun).
import type { Figure } from "../types.ts";
import { sameNoun } from "../figures/nouns.ts";
import { isCount, type UnitContext } from "./context.ts";

export interface VerbShare {
  percent: Figure;
  part: Figure;
  whole: Figure;
}

const VERB = /^(?:[ \t]+[\p{L}'’\/-]+){0,5}?[ \t]+(?:represents|represented|represent|accounts[ \t]+for|accounted[ \t]+for|account[ \t]+for|makes[ \t]+up|made[ \t]+up|make[ \t]+up|constitutes|constituted|equates[ \t]+to|equated[ \t]+to|amounts[ \t]+to|amounted[ \t]+to)[ \t]+(?:about[ \t]+|around[ \t]+|roughly[ \t]+|some[ \t]+|just[ \t]+(?:over|under)[ \t]+)?$/u;
const OF = /^[ \t]+of[ \t]+(?:the|all|its|our|their|this|total)?[ \t]*(?:[\p{L}'’-]+[ \t]+){0,3}?$/u;

function measure(f: Figure): string | undefined {
  if (f.kind !== "number" || !f.value || f.perYear || f.qualifiers.length) return undefined;
  if (f.unit) return f.unit === "%" || f.unit === "pp" || f.unit === "times" ? undefined : `${f.unit}×${f.scale?.factor ?? "1"}`;
  // ("171.9 Ml/d", "1,082.5 megalitres": a measure the reader knows by its word alone.)
  return isCount(f) ? "count" : f.noun ? `noun:${f.noun.split(" ")[0]}` : undefined;
}

export function findVerbShares(ctx: UnitContext, taken: Set<Figure>): VerbShare[] {
  const out: VerbShare[] = [];
  if (!/(?:represent|account|made up|makes up|make up|constitut|equate|amount)/u.test(ctx.lower)) return out;
  for (const s of ctx.sentences) {
    for (let i = 0; i + 2 < s.figs.length; i++) {
      const [a, p, b] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
      if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.length) continue;
      const m = measure(a);
      if (!m || m !== measure(b)) continue;
      if (m === "count" && !(sameNoun(a.noun, b.noun) || !a.noun || !b.noun)) continue;
      if (!VERB.test(ctx.lower.slice(a.end, p.start)) || !OF.test(ctx.lower.slice(p.end, b.start))) continue;
      // ("… 171 cases, up 12%, represent …": a change word between is another reading.)
      if (/(?<![\p{L}])(?:up|down|rose|fell|increase|decrease|than|from|compared)(?![\p{L}])/u.test(ctx.lower.slice(a.end, p.start))) continue;
      out.push({ percent: p, part: a, whole: b });
    }
  }
  return out;
}
