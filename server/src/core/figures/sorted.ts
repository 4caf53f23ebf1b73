// Figures of a unit and of a sentence are kept in text order; a reading that looks for the figures near
// a point finds them by bisection, so a sentence of thousands of figures costs no more per point than a
// short one (a scan from either end per point makes long lists quadratic).
import type { Figure } from "../types.ts";

/** Index of the first figure starting at or after `at`. */
export function firstAtOrAfter(figs: readonly Figure[], at: number): number {
  let lo = 0;
  let hi = figs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figs[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The figures that start after `from` and before `to`, in order. */
export function figuresStartingIn(figs: readonly Figure[], from: number, to: number): Figure[] {
  const out: Figure[] = [];
  for (let i = firstAtOrAfter(figs, from + 1); i < figs.length && figs[i].start < to; i++) out.push(figs[i]);
  return out;
}

/** The last figure that ends by `p`, no further than `within` before it, and passes `ok`. */
export function lastEndingBy(figs: readonly Figure[], p: number, ok: (f: Figure) => boolean, within = Infinity): Figure | undefined {
  for (let i = firstAtOrAfter(figs, p) - 1; i >= 0; i--) {
    const f = figs[i];
    // (Figures do not overlap, so their ends are in order too: the first one too far ends the search.)
    if (p - f.end > within) return undefined;
    if (f.end <= p && ok(f)) return f;
  }
  return undefined;
}
