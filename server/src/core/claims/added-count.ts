// A count added, then the total it moved from and to: "phát triển mới 416 trạm BTS, nâng tổng số trạm
// từ 6.122 trạm lên 6.538 trạm", "opened 12 new branches, bringing the total from 86 to 98". The count
// added is the later total less the earlier one.
//
// Trust first: the added figure and both ends are of one noun (or unit and scale), the link says the
// total was raised by it ("nâng tổng số … từ … lên", "bringing/taking/raising the total … from … to"),
// and nothing else stands between the added figure and the first end.
import type { Figure } from "../types.ts";
import { type UnitContext, isPercent } from "./context.ts";
import type { Difference } from "./difference.ts";

const LINK_VI = /^[^\d;.()]{0,40}?,?[ \t]*(?:qua[ \t]+đó[ \t]+|từ[ \t]+đó[ \t]+)?(nâng)[ \t]+(?:tổng[ \t]+)?(?:số[ \t]+)?(?:[\p{L}]+[ \t]+){0,6}?(?:trên[ \t]+địa[ \t]+bàn[ \t]+(?:[\p{L}]+[ \t]+){0,3}?)?từ[ \t]+(?:khoảng[ \t]+)?$/u;
const MID_VI = /^[ \t]*(?:[\p{L}]+[ \t]+){0,3}?(?:lên|thành)[ \t]+(?:khoảng[ \t]+)?$/u;
const LINK_EN = /^[^\d;.()]{0,40}?,?[ \t]*(bringing|taking|raising|increasing|lifting)[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+|their[ \t]+)?(?:total|number)(?:[ \t]+(?:number[ \t]+)?of[ \t]+(?:[\p{L}-]+[ \t]+){0,4}?)?[ \t]*from[ \t]+$/u;
const MID_EN = /^[ \t]*(?:[\p{L}-]+[ \t]+){0,3}?to[ \t]+$/u;
/** The figure is a count added: a verb of adding right before it. */
const ADDED_VI = /(?<![\p{L}])(?:mới|thêm|phát[ \t]+triển|xây[ \t]+dựng|lắp[ \t]+đặt|thành[ \t]+lập|kết[ \t]+nạp|tăng)[ \t]*(?:được[ \t]+)?$/u;
const ADDED_EN = /(?<![\p{L}])(?:added|opened|built|installed|recruited|created|established|launched|planted|registered|a[ \t]+further|another|an[ \t]+additional)[ \t]*(?:a[ \t]+further[ \t]+|another[ \t]+)?$/u;

function head(f: Figure): string {
  const w = (f.noun ?? "").split(/[ \t]+/u).filter((x) => !/^(?:new|additional|more|further|extra|mới)$/u.test(x));
  return (w[0] ?? "").replace(/(?<=[^s])s$/u, "");
}

function sameCount(x: Figure, y: Figure): boolean {
  if (x.kind !== "number" || isPercent(x) || !x.value || x.perYear || x.qualifiers.length) return false;
  if (x.unit || y.unit) return (x.unit ?? "") === (y.unit ?? "") && (x.scale?.factor ?? "1") === (y.scale?.factor ?? "1");
  // An end may leave its noun out ("from 86 to 98"); a noun it states must be the count's.
  return !x.noun || !y.noun || head(x) === head(y);
}

function ends(r: Figure): [Figure, Figure] {
  const mk = (n: NonNullable<Figure["low"]>): Figure => ({ ...r, kind: "number", value: n, low: undefined, high: undefined, start: n.start, end: n.end, text: n.text, qualifiers: n === r.low ? r.qualifiers : [] });
  return [mk(r.low!), mk(r.high!)];
}

export function findAddedCounts(ctx: UnitContext, found: Difference[]): Difference[] {
  const out: Difference[] = [];
  const vi = ctx.lang === "vi";
  if (!(vi ? /nâng/u : /bringing|taking|raising|increasing|lifting/u).test(ctx.lower)) return out;
  const taken = new Set(found.map((d) => d.diff));
  for (const s of ctx.sentences) {
    for (let k = 0; k + 1 < s.figs.length; k++) {
      const d = s.figs[k];
      if (taken.has(d) || !sameCount(d, d) || (!d.noun && !d.unit)) continue;
      // "from 86 to 98" is read as one range: its two ends.
      const r = s.figs[k + 1];
      const [a, b] = r.kind === "range" && r.low && r.high ? ends(r) : [r, s.figs[k + 2]];
      if (!a || !b || !sameCount(a, d) || !sameCount(b, d)) continue;
      const dq = d.qualifiers[0]?.start ?? d.start;
      if (!(vi ? ADDED_VI : ADDED_EN).test(ctx.lower.slice(Math.max(s.start, dq - 25), dq))) continue;
      const link = (vi ? LINK_VI : LINK_EN).exec(ctx.lower.slice(d.end, a.start));
      if (!link || !(vi ? MID_VI : MID_EN).test(ctx.lower.slice(a.end, b.start))) continue;
      // The move is a rise: "from 6,122 to 6,538".
      if (!ctx.interval(b, b.value!).lo.gte(ctx.interval(a, a.value!).lo)) continue;
      const at = d.end + link.index + link[0].indexOf(link[1]);
      out.push({ a: b, b: a, diff: d, word: { start: at, end: at + link[1].length }, points: false, ordered: true });
    }
  }
  return out;
}
