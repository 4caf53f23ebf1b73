// A value, then the amount it was moved by and where it ended: "arrears … of £9.84m were reduced by
// £2.37m to £7.47m", "the backlog of 1,240 cases was cut by 315 to 925", "nợ đọng 9,84 tỷ đồng đã
// giảm 2,37 tỷ đồng, còn 7,47 tỷ đồng". The amount moved is the gap between the two values.
//
// Trust first: the three are of one unit and scale (or counts of one noun), the first stands as the
// subject right before the verb (only its own words between), the verb says which way, and the
// second and third follow "by … to" (or "giảm … còn / xuống").
import type { Figure } from "../types.ts";
import { type UnitContext, isPercent } from "./context.ts";
import type { Difference } from "./difference.ts";

const VERB_EN = /^[^\d;.()]{0,50}?[ \t](?:was|were|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+(?:further[ \t]+)?(reduced|cut|lowered|brought[ \t]+down|increased|raised|grown|extended)[ \t]+by[ \t]+(?:a[ \t]+further[ \t]+)?$/u;
const TO_EN = /^[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?to[ \t]+(?:just[ \t]+)?$/u;
const VERB_VI = /^[^\d;.(),]{0,50}?[ \t](?:đã[ \t]+)?(?:được[ \t]+)?(giảm|cắt[ \t]+giảm|tăng)[ \t]+(?:thêm[ \t]+)?$/u;
const TO_VI = /^[ \t]*(?:[\p{L}]+[ \t]+){0,2}?,?[ \t]*(?:xuống[ \t]+còn|xuống|còn|lên)[ \t]+$/u;

function same(x: Figure, y: Figure): boolean {
  if (x.kind !== "number" || isPercent(x) || !x.value || x.perYear || x.qualifiers.length) return false;
  if (x.unit || y.unit) return (x.unit ?? "") === (y.unit ?? "") && (x.scale?.factor ?? "1") === (y.scale?.factor ?? "1");
  return !y.noun || !x.noun || x.noun.split(/[ \t]+/u)[0] === y.noun.split(/[ \t]+/u)[0];
}

export function findByTo(ctx: UnitContext, found: Difference[]): Difference[] {
  const out: Difference[] = [];
  const vi = ctx.lang === "vi";
  const taken = new Set(found.map((d) => d.diff));
  for (const s of ctx.sentences) {
    for (let k = 0; k + 2 < s.figs.length; k++) {
      const [a, d, b] = [s.figs[k], s.figs[k + 1], s.figs[k + 2]];
      if (taken.has(d) || !same(a, a) || !same(d, a) || !same(b, a)) continue;
      const v = (vi ? VERB_VI : VERB_EN).exec(ctx.lower.slice(a.end, d.start));
      if (!v || !(vi ? TO_VI : TO_EN).test(ctx.lower.slice(d.end, b.start))) continue;
      // The first value is the subject, not a change's base: "from £9.84m" is another reading.
      const lead = ctx.lower.slice(Math.max(s.start, a.start - 12), a.start);
      if (/(?<![\p{L}])(?:from|từ|by|to|lên|xuống)[ \t]*$/u.test(lead)) continue;
      const down = /^(?:reduced|cut|lowered|brought[ \t]+down|giảm|cắt[ \t]+giảm)$/u.test(v[1]);
      const at = a.end + v.index + v[0].indexOf(v[1]);
      out.push({ a: down ? a : b, b: down ? b : a, diff: d, word: { start: at, end: at + v[1].length }, points: false, ordered: true });
    }
  }
  return out;
}
