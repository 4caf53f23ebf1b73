// Rounding-aware intervals in decimal arithmetic. A stated "82,7%" stands for [82,65; 82,75]; an
// approximate figure widens its interval; a check fires only when no value inside the intervals
// makes the claim true. Decimal.js keeps (28,85 − 24,71)/2 exactly 2,07.
import Decimal from "decimal.js";
import type { Figure, Num, Tolerances } from "../types.ts";

export const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_EVEN });
export type Dec = InstanceType<typeof D>;

// Decimals are immutable, so the constants and cached values below are shared freely.
const ONE = new D(1);

/**
 * D.min / D.max without their copies: the same choice (a NaN wins; of equal values, the later one
 * unless the earlier is of sign -n), returning the chosen instance itself. n = 1 for min, -1 for max.
 */
function pick(xs: readonly Dec[], n: 1 | -1): Dec {
  let x = xs[0];
  if (!x.s) return x;
  for (let i = 1; i < xs.length; i++) {
    const y = xs[i];
    if (!y.s) return y;
    const k = x.cmp(y);
    if (k === n || (k === 0 && x.s === n)) x = y;
  }
  return x;
}

export class Interval {
  constructor(readonly lo: Dec, readonly hi: Dec) {}

  static point(v: Dec | string | number): Interval {
    const d = new D(v);
    return new Interval(d, d);
  }

  add(o: Interval): Interval {
    return new Interval(this.lo.plus(o.lo), this.hi.plus(o.hi));
  }

  sub(o: Interval): Interval {
    return new Interval(this.lo.minus(o.hi), this.hi.minus(o.lo));
  }

  mul(o: Interval): Interval {
    const c = [this.lo.times(o.lo), this.lo.times(o.hi), this.hi.times(o.lo), this.hi.times(o.hi)].filter((x) => !x.isNaN());
    // (A product of unknowns, as from a bound "tối thiểu 30%" divided by itself: it may be anything.)
    if (!c.length) return new Interval(new D(-Infinity), new D(Infinity));
    return new Interval(pick(c, 1), pick(c, -1));
  }

  /** Division by an interval that does not contain zero (else: everything). */
  div(o: Interval): Interval {
    if (o.lo.lte(0) && o.hi.gte(0)) return new Interval(new D(-Infinity), new D(Infinity));
    // Quotients taken directly: a reciprocal first would make 45/48 fall a hair below 0.9375.
    const c = [this.lo.div(o.lo), this.lo.div(o.hi), this.hi.div(o.lo), this.hi.div(o.hi)];
    return new Interval(D.min(...c), D.max(...c));
  }


  scale(k: Dec | number | string): Interval {
    return this.mul(typeof k === "object" ? Interval.point(k) : constantPoint(k));
  }

  abs(): Interval {
    if (this.lo.gte(0)) return this;
    if (this.hi.lte(0)) return new Interval(this.hi.neg(), this.lo.neg());
    return new Interval(new D(0), D.max(this.lo.neg(), this.hi));
  }

  /** x^(1/n) for a positive interval (compound growth). */
  root(n: number): Interval {
    const inv = new D(1).div(n);
    return new Interval(this.lo.lte(0) ? new D(0) : this.lo.pow(inv), this.hi.pow(inv));
  }

  get isPoint(): boolean {
    return this.lo.eq(this.hi);
  }

  /**
   * Whether some value lies in both. Stated figures stand for half-open intervals ([82,65; 82,75)
   * for "82,7%"), and values computed from them are open at their ends, so ends that merely touch
   * do not overlap; a point meets an interval that includes its lower end.
   */
  overlaps(o: Interval): boolean {
    if (this.isPoint && o.isPoint) return this.lo.eq(o.lo);
    if (this.isPoint) return o.lo.lte(this.lo) && this.lo.lt(o.hi);
    if (o.isPoint) return this.lo.lte(o.lo) && o.lo.lt(this.hi);
    return this.lo.lt(o.hi) && o.lo.lt(this.hi);
  }

  /** The values in both, or undefined when they share none. */
  intersect(o: Interval): Interval | undefined {
    const lo = D.max(this.lo, o.lo);
    const hi = D.min(this.hi, o.hi);
    return lo.lte(hi) ? new Interval(lo, hi) : undefined;
  }

  widen(by: Dec | number): Interval {
    return new Interval(this.lo.minus(by), this.hi.plus(by));
  }

  get mid(): Dec {
    if (!this.lo.isFinite()) return this.hi;
    if (!this.hi.isFinite()) return this.lo;
    return this.lo.plus(this.hi).div(2);
  }
}

/**
 * Points of the constants intervals are scaled by (100, scale-word factors): parsed once. Bounded,
 * in case a caller scales by values read from a text.
 */
const POINTS = new Map<number | string, Interval>();
function constantPoint(k: number | string): Interval {
  // A Map does not tell 0 from -0, which Decimal keeps apart.
  if (k === 0) return Interval.point(k);
  let p = POINTS.get(k);
  if (!p) {
    p = Interval.point(k);
    if (POINTS.size < 1024) POINTS.set(k, p);
  }
  return p;
}

const HALF_ULPS: Dec[] = [];
/** Half a unit in the last written place: 82,7 → 0,05. A power of ten computed once per place. */
export function halfUlp(decimals: number): Dec {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 64) return new D(5).times(new D(10).pow(-(decimals + 1)));
  return (HALF_ULPS[decimals] ??= new D(5).times(new D(10).pow(-(decimals + 1))));
}

/** The interval a written number stands for, before scale and qualifiers. */
export function numInterval(n: Num): Interval {
  const v = new D(n.exact);
  if (n.whole) return Interval.point(v);
  const h = halfUlp(n.decimals);
  return new Interval(v.minus(h), v.plus(h));
}

/** A figure's main value as an interval, with scale word and qualifiers applied. */
export function figureInterval(f: Figure, n: Num, tol: Tolerances): Interval {
  let iv = numInterval(n);
  if (f.scale) iv = iv.scale(f.scale.factor);
  for (const q of f.qualifiers) {
    const v = iv.mid;
    switch (q.kind) {
      case "about":
        iv = new Interval(iv.lo.times(1 - tol.approxRelative), iv.hi.times(1 + tol.approxRelative));
        break;
      case "nearly":
        iv = new Interval(v.times(1 - tol.nearlyRelative), iv.hi);
        break;
      case "over":
      case "atLeast":
        iv = new Interval(iv.lo, new D(Infinity));
        break;
      case "under":
      case "atMost":
        iv = new Interval(new D(0), iv.hi);
        break;
      case "estimate":
        break;
    }
  }
  return iv;
}

export function isApprox(f: Figure): boolean {
  return f.qualifiers.some((q) => q.kind !== "estimate");
}
