// A whole split by one verb said once: "Of the 412,380 claims received, money claims accounted for
// 331,960, damages claims for 24,310, possession claims (mortgage and landlord) for 38,720 and
// other claims for 17,390", "Of total spending of £48.2m, staff costs accounted for £31.4m,
// premises for £6.2m and other costs for £10.6m". Strict: the whole opens the sentence after "of",
// the first part follows "accounted for / made up / represented", every later part follows its
// own label and "for", all in the whole's measure; a last label naming the rest ("other", "the
// remaining") makes the list all of the whole, otherwise only a sum above it fails.
import type { Figure } from "../types.ts";
import { UnitContext, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const VERB = /(?:accounted|accounts|account)[ \t]+for[ \t]+$|(?:made|make|makes)[ \t]+up[ \t]+$|(?:represented|represents)[ \t]+$/u;
const LATER = /^(?:,|;|,?[ \t]+and|,?[ \t]+while)[ \t]+([\p{L}\p{M}][\p{L}\p{M}'’ \t-]{0,60}?)[ \t]+(?:for|made up|at)[ \t]+$/u;
const OPENS = /(?:^|[:;]|\n)[\s*•-]*(?:of|out of)[ \t]+(?:the|its|our|their|a|an|total[ \t]+[\p{L} ]{0,30}?[ \t]+of|all)?[ \t]*$/u;
const REST = /(?<![\p{L}])(?:other|others|the rest|remaining|remainder|miscellaneous)(?![\p{L}])/u;

function measure(f: Figure): string | undefined {
  if (f.kind !== "number" || !f.value || f.perYear || f.qualifiers.length) return undefined;
  if (isCount(f)) return "count";
  if (!f.unit || f.unit === "%" || f.unit === "pp" || f.unit === "times") return undefined;
  return `${f.unit}×${f.scale?.factor ?? "1"}`;
}

/** The one figure of the first part's measure in the sentence before, not a change, a base or a plan. */
function previousWhole(ctx: UnitContext, si: number, first: Figure): Figure | undefined {
  if (si === 0) return undefined;
  const prev = ctx.sentences[si - 1];
  const same = prev.figs.filter((f) => measure(f) === measure(first) && (measure(f) !== "count" || (!!f.noun && (!first.noun || f.noun === first.noun))));
  if (same.length !== 1) return undefined;
  const f = same[0];
  return /(?:up|down|from|by|than|of|increase|decrease|rise|fall|target|plan|budget|forecast)[ \t]*$/u.test(ctx.lower.slice(Math.max(prev.start, f.start - 20), f.start)) ? undefined : f;
}

export function findAccountedFor(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  if (!/account|made up|makes up|represent/u.test(ctx.lower)) return out;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let i = 0; i < s.figs.length; i++) {
      const first = s.figs[i];
      if (!VERB.test(ctx.lower.slice(Math.max(s.start, first.start - 24), first.start))) continue;
      // "The centre received 412,836 calls … . Wireless phones accounted for 341,902 calls, VoIP services
      // for 84,215 and landlines for 22,719": a sentence that opens on the first label, of the one figure
      // of its measure in the sentence before.
      const whole = i > 0 ? s.figs[i - 1] : previousWhole(ctx, si, first);
      const m = whole && measure(whole);
      if (!whole || !m || m !== measure(first) || used.has(whole.id) || (m === "count" && !whole.noun) || (m === "count" && first.noun && !(i === 0 && first.noun === whole.noun))) break;
      if (i > 0 && !OPENS.test(ctx.lower.slice(s.start, whole.start))) break;
      // (Between them only the whole's own words, a comma and the first label.)
      if (i > 0 && (/[;:()\d]/u.test(ctx.lower.slice(whole.end, first.start)) || !ctx.lower.slice(whole.end, first.start).includes(","))) break;
      if (i === 0 && !/^[\s*•-]*[\p{L}\p{M}][\p{L}\p{M}'’ \t-]{0,60}$/u.test(ctx.lower.slice(s.start, first.start).replace(VERB, ""))) break;
      const parts = [first];
      let label = "";
      for (let j = i + 1; j < s.figs.length; j++) {
        const f = s.figs[j];
        const prevPart = parts[parts.length - 1];
        let gap = ctx.lower.slice(prevPart.end, f.start).replace(/[ \t]*\([^()]*\)/gu, "");
        // ("341,902 calls, VoIP services for …": past the part's own noun.)
        if (prevPart.noun && gap.trimStart().startsWith(prevPart.noun)) gap = gap.trimStart().slice(prevPart.noun.length);
        const l = LATER.exec(gap);
        if (!l || measure(f) !== m || (m === "count" && f.noun)) break;
        parts.push(f);
        label = l[1];
      }
      if (parts.length < 3 || parts.some((f) => used.has(f.id))) break;
      // (Closed by "and", the list reads as the whole's breakdown: just short of it is a miscount, a warning.)
      const andClosed = /(?<![\p{L}])and[ \t]/u.test(ctx.lower.slice(parts[parts.length - 2].end, parts[parts.length - 1].start));
      out.push({ whole, wholeNum: whole.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: REST.test(label), cue: { start: first.start - 1, end: first.start }, listed: true, open: (!REST.test(label) && !andClosed) || undefined, amounts: m !== "count" || undefined, closedSplit: (andClosed && m !== "count") || undefined });
      used.add(whole.id);
      for (const f of parts) used.add(f.id);
      break;
    }
  }
  return out;
}
