// A table's closing row that is the sum of the rows above it in every count or amount column is
// their total whatever its label says ("Force total", "University", "Borough"): it is no member
// of a ranking. Rates and shares are left out (a total's rate is no sum).
import { Interval, numInterval } from "../math/interval.ts";
import type { Row, Table } from "./table.ts";

const memo = new WeakMap<Table, Row | null>();

export function sumRowOf(t: Table): Row | undefined {
  const hit = memo.get(t);
  if (hit !== undefined) return hit ?? undefined;
  memo.set(t, null);
  const last = t.rows[t.rows.length - 1];
  const body = t.rows.slice(0, -1);
  if (!last || body.length < 2) return undefined;
  let summed = 0;
  for (let c = 1; c < last.cells.length; c++) {
    const f = last.cells[c]?.figure;
    if (!f || f.kind !== "number" || !f.value || /%/.test(t.header[c] ?? "")) continue;
    const parts = body.map((r) => r.cells[c]?.figure);
    if (parts.some((p) => !p || p.kind !== "number" || !p.value || (p.unit ?? "") !== (f.unit ?? "") || p.scale?.factor !== f.scale?.factor)) continue;
    let sum = Interval.point(0);
    for (const p of parts) sum = sum.add(numInterval(p!.value!));
    // Every column that can be summed must add up: one coincidence is not enough.
    if (!sum.overlaps(numInterval(f.value))) return undefined;
    summed++;
  }
  if (!summed) return undefined;
  memo.set(t, last);
  return last;
}
