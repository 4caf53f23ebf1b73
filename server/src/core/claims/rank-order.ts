// A rank stated against the values it ranks, when the unit's table gives them: "Cedar Falls … ranked
// 2nd of the five areas by median price" under a table with a "Median price" column and one row per
// area; "Huyện A đứng thứ hai trong 5 huyện về thu ngân sách" under a table of the five districts.
// The rank counts from the highest value (or from the lowest when the text says "lowest"); a
// measure where less may be better ranks either way and is left alone unless the text says which.
import type { Figure, Span } from "../types.ts";
import { D, type Interval } from "../math/interval.ts";
import type { UnitContext } from "./context.ts";
import { LOWER_BETTER } from "./plan.ts";
import { findTables, type Row } from "./table.ts";

export interface RankOrder {
  /** The ordinal as written. */
  at: Span;
  rank: number;
  count: number;
  /** The row ranked and its value. */
  row: Row;
  value: Figure;
  /** The column's header, as written. */
  metric: string;
  /** Ranked from the lowest value. */
  ascending: boolean;
  /** Every ranked row's value (the subject's included). */
  values: { row: Row; figure: Figure; iv: Interval }[];
}

const WORD_NUM: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, nhất: 1, nhì: 2, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};
const ORD_EN = "(\\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)";
const COUNT_EN = "(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
/** "ranked 2nd of the five areas by median price", "was 3rd highest of the 6 trusts on …". */
const RANK_EN = new RegExp(
  `(?<![\\p{L}])(?:ranked|ranks|ranking|placed|came|stood|finished)[ \\t]+(?:joint[ \\t]+)?(?:${ORD_EN})(?:[ \\t]+(highest|lowest|largest|smallest|biggest))?[ \\t]+(?:of|out[ \\t]+of|among)[ \\t]+(?:the[ \\t]+|all[ \\t]+(?:the[ \\t]+)?)?${COUNT_EN}[ \\t]+[\\p{L}-]+(?:[ \\t]+[\\p{L}-]+)?[ \\t]+(?:by|on|for|in[ \\t]+terms[ \\t]+of)[ \\t]+(?:(?:its|their|the|average|overall)[ \\t]+)?`,
  "gu",
);
const ORD_VI = "(\\d{1,2})|(nhất|nhì|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười)";
const COUNT_VI = "(\\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)";
/** "đứng thứ hai trong 5 huyện về giá trị sản xuất", "xếp thứ 3/6 xã về thu nhập bình quân" (not "xếp thứ 3/6" alone). */
const RANK_VI = new RegExp(
  `(?<![\\p{L}])(?:xếp|đứng)(?:[ \\t]+hạng)?[ \\t]+thứ[ \\t]+(?:${ORD_VI})(?:[ \\t]+(cao nhất|thấp nhất))?[ \\t]+(?:trong|trên)[ \\t]+(?:số[ \\t]+)?(?:các[ \\t]+)?${COUNT_VI}[ \\t]+[\\p{L}-]+(?:[ \\t]+[\\p{L}-]+)?[ \\t]+(?:về|theo)[ \\t]+(?:mức[ \\t]+)?`,
  "gu",
);
/** A row that sums or averages the others. */
const TOTAL_ROW = /^(?:total|totals|all[ \t]|overall|region(?:al)?(?:[ \t]+total)?$|national|average|mean|median|england|tổng|cộng|toàn[ \t]|cả[ \t]|chung|bình quân|trung bình)/u;
const LOWEST = /^(?:lowest|smallest|thấp nhất)$/u;

function core(h: string): string {
  return h.toLowerCase().replace(/\([^)]*\)/g, " ").replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
}

function labelCore(l: string): string {
  return l.replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim();
}

/** Whether `word` stands in `text` as a whole phrase. */
function hasPhrase(text: string, word: string): boolean {
  let i = text.indexOf(word);
  while (i >= 0) {
    const before = i === 0 ? "" : text[i - 1];
    const after = text[i + word.length] ?? "";
    if (!/[\p{L}\p{M}\d]/u.test(before) && !/[\p{L}\p{M}\d]/u.test(after)) return true;
    i = text.indexOf(word, i + 1);
  }
  return false;
}

export function findRankOrders(ctx: UnitContext): RankOrder[] {
  return ctx.memo("rank-orders", () => {
    const tables = findTables(ctx);
    if (!tables.length) return [];
    const out: RankOrder[] = [];
    const re = ctx.lang === "vi" ? RANK_VI : RANK_EN;
    if (!/(?:ranked|ranks|ranking|placed|came|stood|finished|xếp|đứng)/u.test(ctx.lower)) return [];
    for (const s of ctx.sentences) {
      const text = ctx.lower.slice(s.start, s.end);
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const rank = m[1] ? +m[1] : WORD_NUM[m[2]];
        const count = /^\d+$/.test(m[4]) ? +m[4] : WORD_NUM[m[4]];
        if (!rank || !count) continue;
        const metricText = text.slice(m.index + m[0].length);
        // (The sentence's own line: a table above it is no part of its subject.)
        const before = text.slice(text.lastIndexOf("\n", m.index) + 1, m.index);
        for (const t of tables) {
          // The column the text names: its header (without units) opens the words after "by".
          const col = t.header.findIndex((h, i) => i > 0 && core(h).length >= 3 && metricText.startsWith(core(h)) && !/[\p{L}\p{M}]/u.test(metricText[core(h).length] ?? ""));
          if (col < 0) continue;
          const ranked = t.rows.filter((r) => !TOTAL_ROW.test(labelCore(r.label)));
          // The text counts the very rows of the table.
          if (ranked.length !== count || ranked.length < 3) continue;
          const values = ranked.map((r) => ({ row: r, figure: r.cells[col]?.figure }));
          if (values.some((v) => !v.figure || (v.figure.kind !== "number" && v.figure.kind !== "percent") || !v.figure.value)) continue;
          const f0 = values[0].figure!;
          if (values.some((v) => (v.figure!.unit ?? "") !== (f0.unit ?? "") || /^[+\-−–]/u.test(ctx.text.slice(v.figure!.start, v.figure!.end)))) continue;
          // The row ranked: the one row named before the rank in the sentence.
          const named = ranked.filter((r) => labelCore(r.label).length >= 3 && hasPhrase(before, labelCore(r.label)));
          if (named.length !== 1) continue;
          const dir = m[3] ?? m[5];
          const metric = t.header[col];
          // "ranked 2nd by unemployment": less is better, so either end may be first.
          if (!dir && LOWER_BETTER.test(core(metric))) continue;
          const ascending = !!dir && LOWEST.test(dir);
          const at = s.start + m.index + m[0].indexOf(m[1] ?? m[2], m[0].search(/thứ|\d|(?<=[ \t])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)/u));
          const row = named[0];
          out.push({
            at: { start: at, end: at + (m[1] ?? m[2]).length + (m[1] && ctx.lang === "en" ? 2 : 0) },
            rank,
            count,
            row,
            value: row.cells[col].figure!,
            metric,
            ascending,
            values: values.map((v) => ({ row: v.row, figure: v.figure!, iv: ctx.interval(v.figure!, v.figure!.value!) })),
          });
          break;
        }
      }
    }
    return out;
  });
}

/** The ranks the row can hold, given the rounding of every value: [best, worst]. */
export function rankRange(r: RankOrder): [number, number] {
  const me = r.values.find((v) => v.row === r.row)!;
  let above = 0;
  let maybe = 0;
  for (const v of r.values) {
    if (v.row === r.row) continue;
    const over = r.ascending ? v.iv.hi.lt(me.iv.lo) : v.iv.lo.gt(me.iv.hi);
    const tie = r.ascending ? v.iv.lo.lte(me.iv.hi) : v.iv.hi.gte(me.iv.lo);
    if (over) above++;
    else if (tie) maybe++;
  }
  void D;
  return [above + 1, above + maybe + 1];
}
