// Group rows inside a table's body: "**Cụm I** 740" over the communes that make it, or
// "Subtotal: People 213" under the services that make it. A column whose body splits wholly into
// such groups (two at least, each over two rows at least) adds up to its total twice over; the
// members alone (or the groups alone) are the parts.
import { Interval } from "../math/interval.ts";

type V = Interval | undefined;

function sumOf(vals: V[], from: number, to: number): Interval {
  let s = Interval.point(0);
  for (let k = from; k < to; k++) s = s.add(vals[k]!);
  return s;
}

/** Group rows first, each followed by its members. */
function headed(vals: V[]): number[] | undefined {
  const leaves: number[] = [];
  let groups = 0;
  for (let i = 0; i < vals.length; ) {
    const g = vals[i]!;
    let j = i + 1;
    while (j < vals.length && !(j - i - 1 >= 2 && sumOf(vals, i + 1, j).overlaps(g)) && sumOf(vals, i + 1, j).lo.lte(g.hi)) j++;
    if (j - i - 1 < 2 || !sumOf(vals, i + 1, j).overlaps(g)) return undefined;
    for (let k = i + 1; k < j; k++) leaves.push(k);
    groups++;
    i = j;
  }
  return groups >= 2 ? leaves : undefined;
}

/** Members first, each run closed by its subtotal. */
function trailed(vals: V[]): number[] | undefined {
  const leaves: number[] = [];
  let groups = 0;
  for (let i = 0; i < vals.length; ) {
    let j = i + 2;
    while (j < vals.length && !sumOf(vals, i, j).overlaps(vals[j]!)) j++;
    if (j >= vals.length) return undefined;
    for (let k = i; k < j; k++) leaves.push(k);
    groups++;
    i = j + 1;
  }
  return groups >= 2 ? leaves : undefined;
}

/** The indices of the member rows when the column's body is made of groups and their members. */
export function groupLeaves(vals: V[]): number[] | undefined {
  if (vals.length < 6 || vals.some((v) => !v || v.lo.lt(0))) return undefined;
  return headed(vals) ?? trailed(vals);
}
