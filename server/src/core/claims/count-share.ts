// A bracketed percent after a count that is that count's share of an earlier count of the same
// thing: "… cho 612 người … . Kết quả có 596 người đạt yêu cầu … (đạt 97,4%)" says 596 of the 612,
// not 97,4% of a plan, so no verdict on a plan may be read from it.
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { UnitContext, isCount, type Sentence } from "./context.ts";

const head = (n: string) => n.split(" ")[0];

export function restatesCountShare(ctx: UnitContext, s: Sentence, p: Figure): boolean {
  if (!p.value) return false;
  const i = s.figs.indexOf(p);
  const x = s.figs[i - 1];
  if (!x || x.kind !== "number" || !isCount(x) || !x.value || /[;.]/u.test(ctx.text.slice(x.end, p.start))) return false;
  // (A short reach back, so that a long sentence of shares stays linear.)
  const pool = [...(ctx.sentenceBefore(s)?.figs.slice(-20) ?? []), ...s.figs.slice(Math.max(0, i - 21), i - 1)];
  const stated = ctx.interval(p, p.value);
  const part = ctx.interval(x, x.value);
  return pool.some((w) => w.kind === "number" && isCount(w) && !!w.value && new D(w.value.exact).gt(x.value!.exact) && (!x.noun || !w.noun || head(x.noun) === head(w.noun)) && part.div(ctx.interval(w, w.value)).scale(100).overlaps(stated));
}
