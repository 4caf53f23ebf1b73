// Parts told by age band: "41,320 were aged 0 to 4, 96,850 were aged 5 to 11 and 60,590 were aged
// 12 to 17", "1.120 em dưới 6 tuổi, 2.310 em từ 6 đến 10 tuổi, 980 em từ 11 tuổi trở lên". Bands
// that do not overlap name groups that cannot overlap; bands that run on from each other, from birth
// to an open top (or, for children, to the last year of childhood), cover every member of the whole.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";

interface Band {
  lo: number;
  /** Infinity for an open top ("65 and over", "từ 60 tuổi trở lên"). */
  hi: number;
}

const RANGE = /^[^,;.\d]{0,30}?(?<![\p{L}])(?:aged|ages|age|độ tuổi|tuổi|từ)[ \t]+(?:(?:from|từ)[ \t]+)?(\d{1,3})[ \t]*(?:to|-|–|đến)[ \t]*(\d{1,3})(?!\d|[.,]\d)/u;
const UNDER = /^[^,;.\d]{0,30}?(?<![\p{L}])(?:aged[ \t]+)?(?:under|below|dưới)[ \t]+(\d{1,3})(?!\d|[.,]\d)/u;
const OVER = /^[^,;.\d]{0,30}?(?<![\p{L}])(?:(?:aged[ \t]+)?(\d{1,3})[ \t]*(?:\+|and over|and older|or over|or older)|(?:từ[ \t]+)?(\d{1,3})[ \t]*tuổi[ \t]+trở[ \t]+lên)/u;
const CHILDREN = /^(?:children|child|pupils|young people|trẻ em|trẻ|em|cháu)(?: |$)/u;

function bandOf(words: string): Band | undefined {
  const r = RANGE.exec(words);
  if (r) return { lo: Number(r[1]), hi: Number(r[2]) };
  const u = UNDER.exec(words);
  if (u) return { lo: 0, hi: Number(u[1]) - 1 };
  const o = OVER.exec(words);
  if (o) return { lo: Number(o[1] ?? o[2]), hi: Infinity };
  return undefined;
}

/** Whether the parts are in age bands of their own, and whether the bands cover every age of the whole. */
export function ageBands(ctx: UnitContext, whole: Figure, parts: Figure[], end: number): { apart: boolean; all: boolean } {
  const none = { apart: false, all: false };
  if (parts.length < 2) return none;
  const bands: Band[] = [];
  for (let i = 0; i < parts.length; i++) {
    const to = Math.min(i + 1 < parts.length ? parts[i + 1].start : end, parts[i].end + 60);
    const b = bandOf(ctx.lower.slice(parts[i].end, to));
    if (!b || b.lo > b.hi) return none;
    bands.push(b);
  }
  const sorted = [...bands].sort((a, b) => a.lo - b.lo);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].lo <= sorted[i - 1].hi) return none;
  const runOn = sorted.every((b, i) => i === 0 || b.lo === sorted[i - 1].hi + 1);
  const top = sorted[sorted.length - 1].hi;
  // ("children" in a report are under 18 in England, "trẻ em" under 16 in Việt Nam.)
  const childhood = CHILDREN.test(whole.noun ?? "") && (top === 17 || top === 15);
  return { apart: true, all: runOn && sorted[0].lo === 0 && (top === Infinity || childhood) };
}
