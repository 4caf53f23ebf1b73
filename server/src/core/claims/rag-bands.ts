// RAG ratings set by a key the text gives in words: "RAG rating: Green = target met; Amber = within 2
// percentage points of target; Red = more than 2 points below target", "(Green = target met; Amber =
// within 1 percentage point of target; Red = more than 1 percentage point short)", then a table of
// measures with a target column, the value and the rating. The key makes each rating a matter of the
// gap to target: Green at or above it, Amber within the band, Red beyond it.
// Trust first: the key names one band in points, for both Amber and Red; the rating column holds only
// the three colours; the value is the nearest figure column before the rating (not the target), both
// percentages; at least two thirds of the rated rows must agree with the key read this way (higher is
// better) before any row is called wrong.
import { D, type Dec } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import { findTables, type Cell, type Table } from "./table.ts";

export type Colour = "green" | "amber" | "red";

export interface RagRow {
  actual: Figure;
  target: Figure;
  status: Cell;
  stated: Colour;
  /** The band of the key, in points: within it below target is Amber, beyond it Red. */
  band: Dec;
  /** The key's own words (for the message), in the unit or the one before. */
  key: string;
}

const AMBER = /amber[^.;\n|]{0,40}?within[ \t]+(\d+(?:\.\d+)?)[ \t]*(?:percentage[ \t]+points?|points?|pp|%[ \t]*points?)[ \t]+(?:of|below|under|short[ \t]+of)[ \t]+(?:the[ \t]+|its[ \t]+)?target/u;
const RED = /red[^.;\n|]{0,40}?more[ \t]+than[ \t]+(\d+(?:\.\d+)?)[ \t]*(?:percentage[ \t]+points?|points?|pp)[ \t]+(?:below|short|under|off|behind)/u;
const GREEN = /green[^.;\n|]{0,40}?(?:target[ \t]+(?:is[ \t]+|was[ \t]+)?(?:met|achieved|reached)|(?:at|on)[ \t]+or[ \t]+above[ \t]+(?:the[ \t]+)?target|met[ \t]+or[ \t]+exceeded)/u;
const STATUS_HEAD = /(?:rag|status|rating)/u;
const TARGET_HEAD = /(?:target|standard|goal)/u;

/** The band of a key in `text`, when Amber and Red both name the same one. */
function keyBand(text: string): { band: Dec; key: string } | undefined {
  const a = AMBER.exec(text);
  const r = RED.exec(text);
  if (!a || !r || a[1] !== r[1] || !GREEN.test(text)) return undefined;
  const from = Math.min(text.lastIndexOf("green", a.index), a.index, r.index);
  return { band: new D(a[1]), key: text.slice(Math.max(0, from), Math.max(a.index + a[0].length, r.index + r[0].length)) };
}

function colour(cell: Cell): Colour | undefined {
  const w = cell.text.replace(/[*_`]/gu, "").trim().toLowerCase();
  return w === "green" || w === "amber" || w === "red" ? w : undefined;
}

function rows(t: Table, band: Dec, key: string): RagRow[] {
  const header = t.header.map((h) => h.toLowerCase());
  let si = -1;
  for (let i = header.length - 1; i > 0; i--) if (STATUS_HEAD.test(header[i])) { si = i; break; }
  if (si < 0) return [];
  const ti = header.findIndex((h, i) => i > 0 && i < si && TARGET_HEAD.test(h));
  if (ti < 0) return [];
  let ai = -1;
  for (let i = si - 1; i > 0; i--) if (i !== ti && t.rows.filter((r) => r.cells[i]?.figure?.kind === "percent").length * 2 >= t.rows.length) { ai = i; break; }
  if (ai < 0) return [];
  const out: RagRow[] = [];
  for (const r of t.rows) {
    const sc = r.cells[si];
    const stated = sc ? colour(sc) : undefined;
    const a = r.cells[ai]?.figure;
    const tg = r.cells[ti]?.figure;
    if (!stated || !a || !tg || a.kind !== "percent" || tg.kind !== "percent" || a.unit !== "%" || tg.unit !== "%" || !a.value || !tg.value || a.qualifiers.length || tg.qualifiers.length) continue;
    out.push({ actual: a, target: tg, status: sc!, stated, band, key });
  }
  return out;
}

/** The colour the key gives a value (higher is better), from the written figures. */
export function keyColour(r: RagRow): Colour {
  const gap = new D(r.target.value!.exact).minus(r.actual.value!.exact);
  return gap.lte(0) ? "green" : gap.lte(r.band) ? "amber" : "red";
}

export function findRagRows(ctx: UnitContext): RagRow[] {
  return ctx.memo("rag-rows", () => {
    if (!/amber/u.test(ctx.lower)) return [];
    const tables = findTables(ctx);
    if (!tables.length) return [];
    let found = keyBand(ctx.lower);
    if (!found) {
      const prev = ctx.previous();
      found = prev ? keyBand(prev.lower) : undefined;
    }
    if (!found) return [];
    const out: RagRow[] = [];
    for (const t of tables) {
      const rs = rows(t, found.band, found.key);
      if (rs.length < 2) continue;
      const agree = rs.filter((r) => keyColour(r) === r.stated).length;
      if (agree * 3 < rs.length * 2) continue;
      out.push(...rs);
    }
    return out;
  });
}
