// Numbers in messages, written the way the document writes them (12.467,5 in Vietnamese,
// 12,467.5 in English), from exact decimals.
import type { Lang } from "../types.ts";
import { D, type Dec, type Interval } from "./interval.ts";

export function fmt(v: Dec | string | number, lang: Lang, decimals?: number): string {
  let d = new D(v);
  if (!d.isFinite()) return d.isNeg() ? "−∞" : "∞";
  if (decimals !== undefined) d = d.toDecimalPlaces(decimals, D.ROUND_HALF_UP);
  else d = d.toDecimalPlaces(4, D.ROUND_HALF_UP);
  let s = decimals !== undefined ? d.toFixed(decimals) : d.toFixed();
  const neg = s.startsWith("-");
  if (neg) s = s.slice(1);
  let [i, f] = s.split(".");
  const thou = lang === "vi" ? "." : ",";
  const dec = lang === "vi" ? "," : ".";
  if (i.length > 3) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, thou);
  return (neg ? "−" : "") + (f ? `${i}${dec}${f}` : i);
}

/** An interval as "a" when narrow, "a–b" otherwise, at the given decimals. */
export function fmtRange(iv: Interval, lang: Lang, decimals: number): string {
  const a = fmt(iv.lo, lang, decimals);
  const b = fmt(iv.hi, lang, decimals);
  return a === b ? a : `${a}–${b}`;
}

/** Decimal places worth showing for a computed value next to stated ones. */
export function shownDecimals(...ds: number[]): number {
  return Math.min(4, Math.max(0, ...ds));
}
