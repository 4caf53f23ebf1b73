// Swapped digits are the commonest slip in typed figures ("1.186" typed "1.168"). These helpers give
// the values a written number would have with two neighbouring digits the other way round, so a check
// can ask whether such a slip, and nothing else, explains a mismatch.
import type { Num } from "../types.ts";
import { numInterval, type Interval } from "./interval.ts";

/** The number's values with two neighbouring, different digits swapped (separators kept in place). */
export function swappedValues(n: Num): string[] {
  const out: string[] = [];
  const exact = n.exact;
  const neg = exact.startsWith("-");
  const body = neg ? exact.slice(1) : exact;
  const point = body.indexOf(".");
  const digits = body.replace(".", "");
  for (let i = 0; i + 1 < digits.length; i++) {
    if (digits[i] === digits[i + 1]) continue;
    const d = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
    const s = point < 0 ? d : `${d.slice(0, point)}.${d.slice(point)}`;
    // (A leading zero made by the swap is no number anyone typed: "186" → "816" yes, "105" → "015" no.)
    if (/^0\d/u.test(s)) continue;
    out.push((neg ? "-" : "") + s);
  }
  return out;
}

/** The interval a swapped value stands for, at the written precision, times the scale factor. */
export function swappedInterval(value: string, n: Num, factor: string): Interval {
  return numInterval({ ...n, exact: value }).scale(factor);
}

/** Digits written, separators aside. */
export function digitCount(n: Num): number {
  return n.exact.replace(/[^0-9]/gu, "").replace(/^0+/u, "").length;
}
