// A change told of the figure in the sentence before, by its earlier value only: "48,760 children
// lived in relative low income families. The number rose from 45,120 in FYE 2023, an increase of
// 3,640 children or 8.1%"; "… có 48.760 trẻ em. Số này tăng từ 45.120 trẻ năm 2023, tức tăng 3.640
// trẻ (8,1%)". The subject is a word that points back ("the number", "this", "số này"); the new value
// is the one figure of the earlier value's kind that the sentence before states as its own.
import type { Figure } from "../types.ts";
import { inBrackets, isPercent, type UnitContext } from "./context.ts";
import type { Change } from "./change.ts";

const HEAD = /^[\s"“*•-]*(?:the[ \t]+(?:number|total|figure|count|rate|level|proportion|share)|this(?:[ \t]+(?:number|total|figure|rate|level))?|that|it|số[ \t]+(?:này|lượng[ \t]+này)|con[ \t]+số[ \t]+này|tổng[ \t]+số[ \t]+này|tỷ[ \t]+lệ[ \t]+này)[ \t]+(?:has[ \t]+|had[ \t]+|have[ \t]+|đã[ \t]+)?(rose|fell|increased|decreased|grew|declined|dropped|went[ \t]+up|went[ \t]+down|was[ \t]+up|was[ \t]+down|is[ \t]+up|is[ \t]+down|tăng|giảm)[ \t]+(?:from|từ)[ \t]+(?:mức[ \t]+)?$/u;
/** Between the earlier value (with its period) and a stated size: "in FYE 2023, an increase of". */
const LEAD = /^(?:[^;\d]|(?<!\d)(?:19|20)\d\d(?:[\/–-]\d{2,4})?(?!\d)){0,40}?(?:,|\()[ \t]*(?:(?:an?[ \t]+)?(?:increase|rise|growth|fall|decrease|drop|decline|reduction)[ \t]+of|up|down|or|i\.e\.|tức(?:[ \t]+là)?|hay|tương[ \t]+ứng|tương[ \t]+đương)?[ \t]*(?:(?:tăng|giảm)[ \t]+)?(?:thêm[ \t]+)?$/u;
const OR = /^[ \t]*(?:[\p{L}]+[ \t]*)?(?:,[ \t]*)?(?:or|i\.e\.|hay|tương[ \t]+ứng|tương[ \t]+đương|\()[ \t]*$/u;
/** Words that make a figure a plan, a base or a benchmark rather than the sentence's own value. */
const NOT_OWN = /(?:target|plan|budget|forecast|goal|average|benchmark|standard|of(?:[ \t]+the)?(?:[ \t]+[\p{L}'’-]+){0,2}|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|bình[ \t]+quân|trong[ \t]+tổng[ \t]+số|trên[ \t]+tổng[ \t]+số)[ \t]*$/u;

function kindOf(f: Figure): string | undefined {
  if (f.kind !== "number" && f.kind !== "percent") return undefined;
  if (f.perYear || !f.value) return undefined;
  return isPercent(f) ? `%${f.unit}` : `${f.unit ?? ""}×${f.scale?.factor ?? "1"}`;
}

export function findAnaphoraFrom(ctx: UnitContext, taken: (f: Figure) => boolean): Change[] {
  const out: Change[] = [];
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const a = s.figs[0];
    if (!a || taken(a)) continue;
    const k = kindOf(a);
    if (!k) continue;
    const m = HEAD.exec(ctx.lower.slice(s.start, a.qualifiers[0]?.start ?? a.start));
    if (!m) continue;
    const prev = ctx.sentences[si - 1];
    if (/\n[ \t]*\n/.test(ctx.text.slice(prev.end, s.start))) continue;
    const own = prev.figs.filter((f) => kindOf(f) === k && !f.qualifiers.length && !inBrackets(ctx, prev.start, f.start) && !NOT_OWN.test(ctx.lower.slice(Math.max(prev.start, f.start - 30), f.start)));
    if (own.length !== 1) continue;
    const to = own[0];
    // The sizes stated after the earlier value, in the same clause.
    const stated: Change["stated"] = [];
    let last = a;
    for (const d of s.figs.slice(1, 3)) {
      const gap = ctx.lower.slice(last.end, d.qualifiers[0]?.start ?? d.start);
      if (!(stated.length ? OR.test(gap) : LEAD.test(gap))) break;
      // ("up from 52 (12.9% of a fleet of 403)": a share of something, not the size of the change.)
      if (/^[ \t]+(?:of|của)(?![\p{L}])/u.test(ctx.lower.slice(d.end, d.end + 6))) break;
      const what = d.unit === "pp" ? (isPercent(a) ? "difference" : undefined) : d.kind === "percent" && d.unit === "%" ? (isPercent(a) ? undefined : "relative") : !isPercent(a) && (d.unit ?? "") === (a.unit ?? "") && (d.scale?.factor ?? "1") === (a.scale?.factor ?? "1") ? "difference" : undefined;
      if (!what || stated.some((x) => x.what === what)) break;
      stated.push({ figure: d, what });
      last = d;
    }
    const word = m[1];
    const at = s.start + m.index + m[0].lastIndexOf(word);
    const up = /^(?:rose|increased|grew|went[ \t]+up|was[ \t]+up|is[ \t]+up|tăng)$/u.test(word);
    out.push({ from: a, to, direction: up ? "up" : "down", directionWord: { start: at, end: at + word.length }, stated });
  }
  return out;
}
