// A rate named by what its part did, with the part told in a sentence before: "The agency … approved
// 1,284 loans … . It received 2,140 eligible applications, so the approval rate was 60.0%"; "Of the
// enquiries, 812 were resolved at first contact … . With 1,020 enquiries in all, the resolution rate
// stood at 79.6%". The part is the one count the paragraph ties to the rate's verb ("approved",
// "resolved"), the base the one other count of the rate's own sentence; the part is not above it.
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { inBrackets, isCount, type UnitContext } from "./context.ts";

export interface VerbRate {
  percent: Figure;
  part: Figure;
  whole: Figure;
}

const RATE = /(?<![\p{L}])(?:the|an?|its|our|their)[ \t]+(?:overall[ \t]+|annual[ \t]+)?([a-z]{5,})[ \t]+rate[ \t]+(?:was|is|of|stood[ \t]+at|came[ \t]+to|reached|rose[ \t]+to|fell[ \t]+to)[ \t]*(?:about[ \t]+|around[ \t]+)?$/u;

function countFig(f: Figure): boolean {
  return f.kind === "number" && isCount(f) && !!f.value && !f.qualifiers.length && !f.perYear && !f.unit;
}

export function findVerbRates(ctx: UnitContext, taken: Set<Figure>): VerbRate[] {
  const out: VerbRate[] = [];
  if (!/ rate /u.test(ctx.lower)) return out;
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let i = 0; i < s.figs.length; i++) {
      const p = s.figs[i];
      if (p.kind !== "percent" || p.unit !== "%" || !p.value || taken.has(p) || p.qualifiers.length) continue;
      const q = p.qualifiers[0]?.start ?? p.start;
      const m = RATE.exec(ctx.lower.slice(Math.max(s.start, q - 50), q));
      if (!m) continue;
      // (The rate ends its clause: "… of 78.4% nationally" is another base's.)
      if (!/^[ \t]*(?:[.;,)]|$)/u.test(ctx.lower.slice(p.end, p.end + 3))) continue;
      const stem = m[1].slice(0, Math.min(6, m[1].length - 2));
      // The base: the one count of the rate's sentence before it.
      const bases = s.figs.slice(0, i).filter((f) => countFig(f) && !inBrackets(ctx, s.start, f.start));
      if (bases.length !== 1 || s.figs.slice(0, i).some((f) => f.kind === "percent")) continue;
      const whole = bases[0];
      // The part: the one count of the paragraph's earlier sentences said with the rate's verb.
      const verb = new RegExp(`(?<![\\p{L}])${stem}[a-z]*(?![\\p{L}])`, "u");
      const parts: Figure[] = [];
      for (let k = Math.max(0, si - 3); k < si; k++) {
        const t = ctx.sentences[k];
        for (const f of t.figs) {
          if (!countFig(f) || inBrackets(ctx, t.start, f.start)) continue;
          const q2 = f.qualifiers[0]?.start ?? f.start;
          const before = ctx.lower.slice(Math.max(t.start, q2 - 24), q2).split(/[,;:]/u).pop()!;
          const after = ctx.lower.slice(f.end, Math.min(t.end, f.end + 40)).split(/[,;:]/u)[0];
          if (verb.test(before) || /^(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+(?:were|was|had[ \t]+been|have[ \t]+been)[ \t]+/u.test(after) && verb.test(after)) parts.push(f);
        }
      }
      if (parts.length !== 1) continue;
      const part = parts[0];
      if (new D(part.value!.exact).gt(whole.value!.exact)) continue;
      out.push({ percent: p, part, whole });
      taken.add(p);
    }
  }
  return out;
}
