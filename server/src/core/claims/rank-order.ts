// A rank stated against the values it ranks, when the unit's table gives them: "Cedar Falls … ranked
// 2nd of the five areas by median price" under a table with a "Median price" column and one row per
// area; "Huyện A đứng thứ hai trong 5 huyện về thu ngân sách" under a table of the five districts.
// The rank counts from the highest value (or from the lowest when the text says "lowest"); a
// measure where less may be better ranks either way and is left alone unless the text says which.
import type { Figure, Span } from "../types.ts";
import { D, Interval } from "../math/interval.ts";
import type { UnitContext } from "./context.ts";
import { LOWER_BETTER } from "./plan.ts";
import { contains, stem, words } from "./label-words.ts";
import { findTables, TOTAL_LABEL, type Row, type Table } from "./table.ts";
import { sumRowOf } from "./sum-row.ts";
import { lineLists } from "./rank-lines.ts";

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
  /** Every ranked row's value (the subject's included), with its sign as written. */
  values: { row: Row; figure: Figure; iv: Interval; text: string }[];
  /** "the highest median price": the words, when a superlative gives the rank. */
  superlative?: string;
  /** The unit whose table it is: this one, or previous() (its figures are then no roles). */
  source: UnitContext;
  /** No direction said ("ranked third of the five faculties"): either end may be first. */
  either?: boolean;
  /** The values are an inline list of the text, not a table ("huyện A 74,2%; huyện B 68,5%, …"). */
  list?: boolean;
  /** Rows the text puts ahead of it ("…, behind Ashby Vale", "chỉ đứng sau huyện A"). */
  ahead?: Row[];
  /** The words, in the paragraph before the table they rank (the claim then stands on the value). */
  said?: Span;
  /** Ranked in a wider set than the rows ("the 4th largest in the UK" over five ports): only the
   * rows above it bound the rank, others unlisted may stand between. */
  partial?: boolean;
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
  `(?<![\\p{L}])(?:ranked|ranks|ranking|placed|came|stood|finished)[ \\t]+(?:joint[ \\t]+)?(?:${ORD_EN})(?:[ \\t]+(highest|lowest|largest|smallest|biggest))?[ \\t]+(?:of|out[ \\t]+of|among)[ \\t]+(?:the[ \\t]+|all[ \\t]+(?:the[ \\t]+)?)?${COUNT_EN}(?:[ \\t]+[\\p{L}-]+(?:[ \\t]+[\\p{L}-]+)?)?[ \\t]+(?:by|on|for|in[ \\t]+terms[ \\t]+of)[ \\t]+(?:(?:its|their|the|average|overall)[ \\t]+)?`,
  "gu",
);
const ORD_VI = "(\\d{1,2})|(nhất|nhì|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười)";
const COUNT_VI = "(\\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)";
/** "đứng thứ hai trong 5 huyện về giá trị sản xuất", "xếp thứ 3/6 xã về thu nhập bình quân" (not "xếp thứ 3/6" alone). */
const RANK_VI = new RegExp(
  `(?<![\\p{L}])(?:xếp|đứng)(?:[ \\t]+hạng)?[ \\t]+thứ[ \\t]+(?:${ORD_VI})(?:[ \\t]+(cao nhất|thấp nhất))?[ \\t]+(?:trong|trên)[ \\t]+(?:số[ \\t]+)?(?:các[ \\t]+)?${COUNT_VI}[ \\t]+[\\p{L}-]+(?:[ \\t]+[\\p{L}-]+)?[ \\t]+(?:về|theo)[ \\t]+(?:mức[ \\t]+)?`,
  "gu",
);
/** "xếp thứ 3/4 huyện về thu ngân sách": the rank and the count as a fraction (groups as RANK_VI's). */
const RANK_VI_FRACTION = /(?<![\p{L}])(?:xếp|đứng)(?:[ \t]+hạng)?[ \t]+thứ[ \t]+(\d{1,2})()()[ \t]*\/[ \t]*(\d{1,2})(?:[ \t]+[\p{L}-]+(?:,[ \t]*[\p{L}-]+)?){0,4}?[ \t]+(?:về|theo)[ \t]+(?:mức[ \t]+)?/gu;
/** A row that gathers a counted rest ("10 phường còn lại", "the other 12 wards"): no item ranked. ("All
 * other benefits" may be ranked as a group, and the text says so when it is.) */
const REST_ROW = /^(?:\d+[ \t]+)?(?:[\p{L}\p{M}]+[ \t]+){1,3}(?:còn[ \t]+lại|khác)$|^(?:[Tt]he[ \t]+|[Aa]ll[ \t]+)?(?:[Rr]emaining|[Oo]ther)[ \t]+\d+[ \t]/u;
/** A row that sums or averages the others. */
export const TOTAL_ROW = /^(?:total|totals|all[ \t](?!others?(?![\p{L}]))|overall|region(?:al)?(?:[ \t]+total)?$|national|average|mean|median|england|tổng|cộng|toàn[ \t]|cả[ \t]|chung|bình quân|trung bình)/u;
const AGGREGATE_ROW = new RegExp(`${TOTAL_ROW.source}|${REST_ROW.source}`, "u");
const LOWEST = /^(?:lowest|smallest|thấp nhất)$/u;

/** "— of which colonoscopy", "trong đó: …": a row inside the row above it ranks with none. */
const SUB_ROW = /^[\s*_—–-]*(?:of[ \t]+which|of[ \t]+whom|in[ \t]+which|including|incl\.|trong[ \t]+đó|trong[ \t]+số[ \t]+đó)(?![\p{L}])/iu;

function core(h: string): string {
  return h.toLowerCase().replace(/\([^)]*\)/g, " ").replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
}

/** The column a measure names: the header that opens `after` (the longest one), else the header the
 * words of `after` open ("số vụ" names "Số vụ xử lý"; two words at least, then a stop), else the
 * header whose initials `afterOrig` spells ("PPM" names "Public Performance Measure (%)"). */
export function pickColumn(header: string[], after: string, afterOrig: string, skip?: (i: number) => boolean): number {
  let best = -1;
  let len = 0;
  let tie = false;
  header.forEach((h, i) => {
    const c = core(h);
    if (i === 0 || c.length < 3 || skip?.(i) || !after.startsWith(c) || /[\p{L}\p{M}\d]/u.test(after[c.length] ?? "")) return;
    if (c.length > len) [best, len, tie] = [i, c.length, false];
    else if (c.length === len) tie = true;
  });
  if (best >= 0) return tie ? -1 : best;
  // The measure's words up to a stop: "số vụ; …", "the lowest rate of the four".
  const phrase = /^([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)+?)(?=[ \t]*(?:[,;.:()]|$)|[ \t]+(?:of|in|among|across|for|at|on|than|trong|của|toàn|năm|so|với|là|và|and|cao|thấp|lớn|nhỏ|nhiều|ít)(?![\p{L}\p{M}]))/u.exec(after);
  if (phrase && phrase[1].length >= 5) {
    const hits = header.map((h, i) => i).filter((i) => i > 0 && !skip?.(i) && core(header[i]).startsWith(phrase[1]) && !/[\p{L}\p{M}\d]/u.test(core(header[i])[phrase[1].length] ?? ""));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) return -1;
    // "tỷ lệ tổn thất" names "Tổn thất 6 tháng 2024 (%)": the measure without its generic first word.
    const bare = /^(?:tỷ[ \t]+lệ|tỷ[ \t]+trọng|mức|the[ \t]+rate[ \t]+of|rate[ \t]+of)[ \t]+([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)+)$/u.exec(phrase[1])?.[1];
    if (bare && bare.length >= 5) {
      const pct = header.map((h, i) => i).filter((i) => i > 0 && !skip?.(i) && header[i].includes("%") && core(header[i]).startsWith(bare) && !/[\p{L}\p{M}\d]/u.test(core(header[i])[bare.length] ?? ""));
      if (pct.length === 1) return pct[0];
    }
  }
  // "the lowest answer rate" over a column headed "Rate (%)": the phrase's head noun is the header.
  if (phrase && /^(?:(?!(?:and|or|the|a|an|had|has|have|was|were|is|are|with|its|their)[ \t])[\p{L}-]+[ \t]+){1,2}(?:rate|share|percentage|proportion|ratio)$/u.test(phrase[1])) {
    const head = phrase[1].slice(phrase[1].lastIndexOf(" ") + 1);
    const hits = header.map((h, i) => i).filter((i) => i > 0 && !skip?.(i) && core(header[i]) === head);
    if (hits.length === 1 && !header.some((h, i) => i > 0 && i !== hits[0] && core(h).includes(head))) return hits[0];
  }
  // "by tonnage" over "2023 tonnage (mt)": one word, the header's own once its year is set aside.
  const one = /^([\p{L}\p{M}]{4,})(?=[ \t]*(?:[,;.:()]|$)|[ \t]+(?:in|of|for|at|on|and|trong|năm|của)(?![\p{L}\p{M}]))/u.exec(after)?.[1];
  if (one) {
    const hits = header.map((h, i) => i).filter((i) => i > 0 && !skip?.(i) && core(header[i]).replace(/(?:^|[ \t])(?:19|20)\d\d(?:[/-]\d{2,4})?(?=[ \t]|$)/gu, " ").trim() === one);
    if (hits.length === 1) return hits[0];
  }
  const acr = /^([A-Z]{2,6})(?![\p{L}\d])/u.exec(afterOrig);
  if (acr) {
    const hits = header.map((h, i) => i).filter((i) => {
      if (i === 0 || skip?.(i)) return false;
      const ws = core(header[i]).split(/[ \t-]+/u).filter(Boolean);
      const all = ws.map((w) => w[0]).join("").toUpperCase();
      const main = ws.filter((w) => !/^(?:of|and|the|in|for|to|a)$/u.test(w)).map((w) => w[0]).join("").toUpperCase();
      return all === acr[1] || main === acr[1];
    });
    if (hits.length === 1) return hits[0];
  }
  return -1;
}

/** Words that say what kind of place or body a row is, not which ("huyện", "xã", "the"). */
const KIND_WORDS = /^(?:(?:the|huyện|xã|thị[ \t]+xã|thị[ \t]+trấn|thành[ \t]+phố|tỉnh|phường|quận|đội|đoàn|khu[ \t]+vực|vùng|trường|sở|ban|phòng)[ \t]+)+(?=\p{L})/u;

/** The rows the text names: by their label as written, else by the label's distinctive words
 * ("Hương Ngải" names "Xã Hương Ngải", "paramedics" names "Paramedic"), when just one row is. */
function namedRows(ranked: Row[], text: string): Row[] {
  const exact = ranked.filter((r) => labelCore(r.label).length >= 3 && hasPhrase(text, labelCore(r.label)));
  if (exact.length) return exact;
  const hay = words(text);
  const loose = ranked.filter((r) => {
    const d = labelCore(r.label).replace(KIND_WORDS, "");
    return d.length >= 4 && contains(hay, words(d));
  });
  if (loose.length) return loose.length === 1 ? loose : [];
  // "Northbridge" names "Northbridge City" when no other row starts with it.
  const first = ranked.filter((r) => {
    const w = words(labelCore(r.label).replace(KIND_WORDS, ""));
    // (A Vietnamese syllable alone names nothing, "người" of "Người thu nhập thấp …": two in a row.)
    return w.length > 1 && w[0].length >= 5 && (/[^\x00-\x7f]/u.test(labelCore(r.label)) ? contains(hay, w.slice(0, 2)) : hay.includes(w[0]));
  });
  return first.length === 1 && ranked.filter((r) => words(labelCore(r.label).replace(KIND_WORDS, ""))[0] === words(labelCore(first[0].label).replace(KIND_WORDS, ""))[0]).length === 1 ? first : [];
}

function labelCore(l: string): string {
  // (A row number before the name: "3. lệ phí trước bạ".)
  return l.replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim().replace(/^(?:\d{1,3}(?:\.\d{1,3})*\.?|[ivx]{1,4}\.)[ \t]+(?=\p{L})/u, "");
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
    const out: RankOrder[] = [];
    const res = [RANK_EN, RANK_VI, RANK_VI_FRACTION];
    const ranks = /(?:ranked|ranks|ranking|placed|came|stood|finished|xếp|đứng)/u.test(ctx.lower);
    const supers = /(?:highest|largest|biggest|lowest|smallest|most|fewest|least|busiest|quietest|fastest|slowest|strongest|weakest|nhất|đầu|cuối|than any other|than all|than every|còn lại|khác|(?:cao|lớn|nhiều|thấp|nhỏ|ít) thứ)/u.test(ctx.lower);
    // (A table opening its unit: the paragraph before may rank it.)
    if (/^[ \t]*(?:(?:table|bảng|biểu)[ \t]+[\divx]|\|)/u.test(ctx.lower)) {
      const own = findTables(ctx);
      if (own.length) superlativesBefore(ctx, own, out);
    }
    if (!ranks && !supers) return out;
    // No table here: the commentary may stand under the table of the unit before, asked only
    // once a rank or a superlative is written ("Millbrook had the highest median price").
    const near = tablesHereOrBefore(ctx, () => res.some((re) => new RegExp(re.source, "u").test(ctx.lower)) || BARE_ANY.test(ctx.lower) || new RegExp(SUPER_EN.source, "u").test(ctx.lower) || new RegExp(GROWTH_EN.source, "u").test(ctx.lower) || SUPER_VALUE.test(ctx.lower) || new RegExp(THAN_ALL_EN.source, "u").test(ctx.lower) || new RegExp(THAN_ALL_VI.source, "u").test(ctx.lower) || /(?:cao|lớn|thấp|nhỏ|nhiều|ít)[ \t]+(?:nhất|thứ[ \t]+(?:hai|nhì|ba|bốn|tư|năm|\d))(?![\p{L}])/u.test(ctx.lower));
    // The "name value" lists of the text, read only once a rank or a superlative may need them.
    let listMemo: Table[] | undefined;
    const lists = () => (listMemo ??= inlineLists(ctx));
    const ordSuper = supers && new RegExp((ctx.lang === "vi" ? ORD_SUPER_VI : ORD_SUPER_EN).source, "u").test(ctx.lower);
    if (!near && !(ranks && BARE_ANY.test(ctx.lower)) && !(supers && SUPER_ANY_ONE.test(ctx.lower)) && !ordSuper) return out;
    const { src, tables } = near ?? { src: ctx, tables: [] as Table[] };
    for (const s of ctx.sentences) {
      const text = ctx.lower.slice(s.start, s.end);
      if (supers) superlatives(ctx, src, tables, s, text, out, lists);
      if (supers) ordinalSupers(ctx, s, text, out, lists);
      if (!ranks) continue;
      bareRanks(ctx, src, tables, lists, s, text, out);
      for (const re of res) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const rank = m[1] ? +m[1] : WORD_NUM[m[2]];
          const count = /^\d+$/.test(m[4]) ? +m[4] : WORD_NUM[m[4]];
          if (!rank || !count) continue;
          const metricText = text.slice(m.index + m[0].length);
          // (The sentence's own line: a table above it is no part of its subject.)
          const line = text.slice(text.lastIndexOf("\n", m.index) + 1, m.index);
          const before = line.slice(line.lastIndexOf(";") + 1);
          for (const t of tables) {
            // The column the text names: its header (without units) opens the words after "by".
            let col = pickColumn(t.header, metricText, ctx.text.slice(s.start + m.index + m[0].length, s.end));
            // ("for overall absence": the word the pattern took as a qualifier may open the header.)
            const q = /(?:average|overall)[ \t]+$/u.exec(m[0]);
            if (col < 0 && q) col = pickColumn(t.header, text.slice(m.index + m[0].length - q[0].length), ctx.text.slice(s.start + m.index + m[0].length - q[0].length, s.end));
            if (col < 0) continue;
            const ranked = t.rows.filter((r) => !AGGREGATE_ROW.test(labelCore(r.label)) && !SUB_ROW.test(r.label));
            // The text counts the very rows of the table.
            if (ranked.length !== count || ranked.length < 3) continue;
            const values = ranked.map((r) => ({ row: r, figure: r.cells[col]?.figure }));
            if (values.some((v) => !v.figure || (v.figure.kind !== "number" && v.figure.kind !== "percent") || !v.figure.value)) continue;
            const f0 = values[0].figure!;
            if (values.some((v) => (v.figure!.unit ?? "") !== (f0.unit ?? "") || /^[+\-−–]/u.test(src.text.slice(v.figure!.start, v.figure!.end)))) continue;
            // The row ranked: the one row named before the rank in the sentence.
            let named = namedRows(ranked, before);
            if (!named.length) named = selfRow(ranked, before);
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
              values: values.map((v) => cellValue(src, v.row, col, v.figure!)),
              source: src,
            });
            break;
          }
        }
      }
    }
    return out;
  });
}

/** "Lakeport had the highest median price", "the third-largest sales", "Huyện A có thu ngân sách cao
 * nhất": a superlative naming a column of the table, said of the one row named in its clause. */
const SUPER_EN = /(?<![\p{L}])(?:the|its|their)[ \t]+(?:(second|third|fourth|fifth|2nd|3rd|4th|5th)[ \t-]+)?(highest|largest|biggest|lowest|smallest|most|fewest|least)(?:[ \t]+|(?=[.,;]|$))/gu;
const SUPER_VI = /^[ \t]+(?:là[ \t]+)?(cao|lớn|thấp|nhỏ|nhiều|ít)[ \t]+(?:nhất|thứ[ \t]+(hai|nhì|ba|bốn|tư|năm|\d))(?![\p{L}])/u;
const THAN_ALL_EN = /(?<![\p{L}])(higher|lower|larger|smaller|bigger|more|fewer|greater)[ \t]+((?:[\p{L}-]+[ \t]+){1,4}?)than[ \t]+(?:any[ \t]+other|all[ \t]+(?:the[ \t]+)?other|every[ \t]+other|each[ \t]+of[ \t]+the[ \t]+other)(?![\p{L}])/gu;
const THAN_ALL_VI = /(?<![\p{L}])(?:có|về)[ \t]+((?:[\p{L}\p{M}]+[ \t]+){1,6}?)(cao|thấp|lớn|nhỏ|nhiều|ít)[ \t]+hơn[ \t]+(?:tất[ \t]+cả[ \t]+)?(?:các|mọi)[ \t]+(?:[\p{L}\p{M}]+[ \t]+){0,3}?(?:còn[ \t]+lại|khác)(?![\p{L}])/gu;
/** Words that send a reader to the table of the unit before: a superlative with a value after it. */
const SUPER_VALUE = /(?:highest|largest|biggest|lowest|smallest|fewest|busiest|quietest|(?:cao|thấp|lớn|nhỏ|nhiều|ít)[ \t]+nhất|(?:dẫn|đứng|xếp)[ \t]+(?:đầu|cuối))[^;.\d]{0,40}\d|(?:dẫn|đứng|xếp)[ \t]+(?:đầu|cuối)(?:[ \t]+[\p{L}]+){0,3}[ \t]+về/u;
/** A superlative or "dẫn đầu" (leads) alone, its column named by the value after it or by "về …". */
const SIGNED_SUPER = /(?:highest|largest|biggest|greatest|lowest|smallest|most|least|lớn nhất|cao nhất|nhiều nhất)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:underspends?|shortfalls?|deficits?|loss(?:es)?|falls?|declines?|decreases?|drops?|reductions?|cuts?|variances?)(?![\p{L}])|(?:giảm|hụt|thâm hụt|tiết kiệm)[^.;\d]{0,20}(?:nhiều nhất|lớn nhất|ít nhất)/u;
const SUPER_ANY = /(?<![\p{L}])(?:(highest|largest|biggest|lowest|smallest|(?<=the[ \t]+)(?:most|fewest)(?![ \t]+(?:recent|recently|likely|common|commonly|often|frequent|frequently|popular|important|significant|serious|severe|vulnerable|deprived|effective)(?![\p{L}]))|busiest|quietest)|(cao|lớn|thấp|nhỏ|nhiều|ít)[ \t]+nhất|(dẫn[ \t]+đầu|(?<!người[ \t]+)(?:đứng|xếp)[ \t]+đầu)|((?:đứng|xếp)[ \t]+cuối))(?![\p{L}])/gu;
const SUPER_ANY_ONE = new RegExp(SUPER_ANY.source, "u");
/** "huyện A có tỷ lệ thấp nhất": the words of the measure between "có"/"về" and the superlative. */
const SUPER_VI_PHRASE = /(?<![\p{L}])(?:có|về)[ \t]+((?:[\p{L}\p{M}]+[ \t]+){1,6}?)(cao|lớn|thấp|nhỏ|nhiều|ít)[ \t]+nhất(?![\p{L}])/gu;
const ORD_WORD: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, hai: 2, nhì: 2, ba: 3, bốn: 4, tư: 4, năm: 5 };

function superlatives(ctx: UnitContext, src: UnitContext, tables: ReturnType<typeof findTables>, s: { start: number; end: number }, text: string, out: RankOrder[], getLists: () => Table[]): void {
  const hits: { index: number; len: number; rank: number; low: boolean; col: number; t: (typeof tables)[number]; list?: boolean; row?: Row; growth?: boolean; partial?: boolean }[] = [];
  // ("Highways had the largest underspend, £0.7m" over a signed variance column: the largest of a
  // fall is its most negative value, and which way a table signs it is not said.)
  if (SIGNED_SUPER.test(text)) return;
  // ("…: Chương trình giảm nghèo … (51,6%); Chương trình … (45,6%); Chương trình … (31,4%), là chương
  // trình có tỷ lệ thấp nhất": a sentence that states the rates it compares ranks among them, not
  // among a table's rows.)
  const proseLine = (f: { start: number }) => {
    const a = ctx.text.lastIndexOf("\n", f.start - 1) + 1;
    const e = ctx.text.indexOf("\n", f.start);
    return !/\S {3,}\S|\||\t/u.test(ctx.text.slice(a, e < 0 ? ctx.text.length : e));
  };
  if (tables.length && ctx.figures.filter((f) => f.start >= s.start && f.end <= s.end && f.kind === "percent" && proseLine(f)).length >= 3) tables = [];
  SUPER_EN.lastIndex = 0;
  for (let m = SUPER_EN.exec(text); m; m = SUPER_EN.exec(text)) {
    // "the 4th largest in the UK by tonnage": a wider set before the measure; the rows listed are
    // then some of those ranked, and only the ones above it bound its place.
    const scoped = /^((?:in|across|among)[ \t]+(?:the[ \t]+)?[\p{L}-]+(?:[ \t]+[\p{L}-]+){0,2}?[ \t]+)?(?:by|in[ \t]+terms[ \t]+of)[ \t]+(?=\p{L})/u.exec(text.slice(m.index + m[0].length));
    const scope = scoped?.[1];
    const skip = scoped?.[0].length ?? 0;
    const after = text.slice(m.index + m[0].length + skip);
    const afterOrig = ctx.text.slice(s.start + m.index + m[0].length + skip, s.end);
    for (const t of tables) {
      let col = pickColumn(t.header, after, afterOrig);
      // "handled the most calls" over "911 calls" / "Calls received": a count named by its noun alone.
      const noun = col < 0 && /^(?:most|fewest)$/u.test(m[2]) ? /^([\p{L}-]{4,})(?=[ \t]*(?:[,;.]|$)|[ \t]+(?:and|of|in|at|for|than|while|but|during|this|last)(?![\p{L}]))/u.exec(after)?.[1] : undefined;
      if (noun) {
        const hits = t.header.map((_, i) => i).filter((i) => {
          const ws = words(core(t.header[i]).replace(/\d+/gu, " "));
          return i > 0 && !t.header[i].includes("%") && !CHANGE_HEAD.test(core(t.header[i])) && ws.length > 0 && ws.length <= 3 && (ws[0] === stem(noun) || ws[ws.length - 1] === stem(noun));
        });
        if (hits.length === 1) col = hits[0];
      }
      // "had the third highest rate of the five boroughs" over a table of one column of values headed
      // otherwise: that column, when the count said is the table's rows.
      if (col < 0 && t.header.length === 2) {
        const said = new RegExp(`^(?:[\\p{L}-]+[ \\t]+){1,3}?(?:of|among|out[ \\t]+of)[ \\t]+(?:the[ \\t]+|all[ \\t]+(?:the[ \\t]+)?)?${COUNT_EN}[ \\t]+[\\p{L}-]+(?=[ \\t]*(?:[,;.]|$))`, "u").exec(after);
        const c = said?.[1];
        const rows = t.rows.filter((r) => !AGGREGATE_ROW.test(labelCore(r.label)) && !TOTAL_LABEL.test(labelCore(r.label)) && !SUB_ROW.test(r.label) && r !== sumRowOf(t));
        const n = c ? (/^\d+$/.test(c) ? +c : WORD_NUM[c]) : 0;
        if (n && n === rows.length && !CHANGE_HEAD.test(core(t.header[1])) && rows.every((r) => { const x = r.cells[1]?.figure; return x && x.value && (x.kind === "number" || x.kind === "percent"); })) col = 1;
        // ("Estates was the largest area of spend and digital the third-largest" under a table of one
        // column of amounts: an ordinal with no measure of its own, or one the text named before it
        // in the same sentence, ranks that column.)
        const bare = /^[ \t]*(?:[.,;]|$|and[ \t]|while[ \t])/u.test(after) || /^(?:area|item|category|source|element|component|programme|scheme|group|product)s?[ \t]+of[ \t]+(?:spend|spending|expenditure|income)(?![\p{L}])/u.test(after);
        if (col < 0 && bare && !CHANGE_HEAD.test(core(t.header[1])) && !t.header[1].includes("%") && rows.length >= 3 && rows.every((r) => { const x = r.cells[1]?.figure; return x && x.value && x.kind === "number" && !x.qualifiers.length; })) col = 1;
      }
      // ("The highest upheld rate was at …" over an "Upheld" column of counts: a rate is no count.)
      if (col >= 0 && /^(?:[\p{L}-]+[ \t]+){0,3}?(?:rate|rates|percentage|proportion|share)(?![\p{L}])/u.test(after) && !/(?:%|rate|percentage|proportion|share|(?<![\p{L}])per[ \t]|\/)/u.test(t.header[col].toLowerCase()) && !t.rows.some((r) => r.cells[col]?.figure?.kind === "percent")) col = -1;
      if (col >= 0) {
        const w = /^[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)*?(?=[ \t]*(?:[,;.:()]|$)|[ \t]+(?:of|in|among|across|for|at|on|than|and|but|while)(?![\p{L}]))/u.exec(after);
        const l = after.startsWith(core(t.header[col])) ? core(t.header[col]).length : (w?.[0].length ?? 0);
        hits.push({ index: m.index, len: m[0].length + skip + l, rank: m[1] ? ORD_WORD[m[1]] : 1, low: /^(?:lowest|smallest|fewest|least)$/u.test(m[2]), col, t, partial: !!scope });
        break;
      }
    }
  }
  // "recorded the fastest growth", "có tốc độ tăng trưởng nhanh nhất": the table's one change column,
  // when every row rose (a fall would make "largest" ambiguous).
  for (const m of text.matchAll(ctx.lang === "vi" ? GROWTH_VI : GROWTH_EN)) {
    if (hits.some((h) => m.index! >= h.index && m.index! < h.index + h.len)) continue;
    for (const t of tables) {
      const cols = t.header.map((_, i) => i).filter((i) => i > 0 && CHANGE_HEAD.test(core(t.header[i])));
      if (cols.length !== 1) continue;
      // ("Dunmore grew fastest in percentage terms (29.4%)" over a column of counts: another measure.)
      const rel = /^[ \t]*(?:in[ \t]+(?:percentage|relative|proportional|%)[ \t]+terms|proportionally|as[ \t]+a[ \t]+(?:percentage|share)|tính[ \t]+theo[ \t]+tỷ[ \t]+lệ|về[ \t]+tỷ[ \t]+lệ|\([ \t]*[+]?\d[\d.,]*[ \t]*%)/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40));
      if (rel && !/%|percent|tỷ[ \t]+lệ/u.test(t.header[cols[0]].toLowerCase())) continue;
      const w = m[1] ?? m[2] ?? m[3];
      hits.push({ index: m.index!, len: m[0].length, rank: 1, low: /^(?:slowest|weakest|lowest|smallest|chậm|thấp)$/u.test(w), col: cols[0], t, growth: true });
      break;
    }
  }
  // Vietnamese: the column's name, then "cao nhất" / "thấp nhất" / "lớn thứ hai".
  for (const t of tables) {
    t.header.forEach((h, col) => {
      const c = core(h);
      if (col === 0 || c.length < 3) return;
      for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
        if (/[\p{L}\p{M}]/u.test(text[i - 1] ?? "")) continue;
        // "tỷ lệ thực hiện cao nhất" ranks the rate, not the column "Thực hiện" of amounts.
        // ("tỷ lệ trường có phòng tư vấn cao nhất (93,2%)": so does "tỷ lệ" a word or three before it.)
        if (/(?:tỷ|tỉ)[ \t]+(?:lệ|trọng)(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]+$/u.test(text.slice(Math.max(0, i - 30), i)) && !/%|(?:tỷ|tỉ)[ \t]+(?:lệ|trọng)/u.test(h.toLowerCase())) continue;
        const m = SUPER_VI.exec(text.slice(i + c.length, i + c.length + 24));
        if (m) hits.push({ index: i, len: c.length + m[0].length, rank: m[2] ? (/^\d$/.test(m[2]) ? +m[2] : ORD_WORD[m[2]]) : 1, low: /^(?:thấp|nhỏ|ít)$/u.test(m[1]), col, t });
        // "tỷ lệ tiêm vắc xin viêm gan B sơ sinh trong 24 giờ đầu thấp nhất": the row named between
        // the measure and the word (its label whole, at most two words after it), in one clause.
        else {
          const tail = /^[^,;.:()\n]{3,110}?(?=[ \t]+(?:cao|lớn|thấp|nhỏ|nhiều|ít)[ \t]+(?:nhất|thứ)(?![\p{L}]))/u.exec(text.slice(i + c.length));
          if (!tail) continue;
          const rows = t.rows.filter((r) => !AGGREGATE_ROW.test(labelCore(r.label)) && !TOTAL_LABEL.test(labelCore(r.label)) && !SUB_ROW.test(r.label) && r !== sumRowOf(t));
          const named = rows.filter((r) => labelCore(r.label).length >= 3 && hasPhrase(tail[0], labelCore(r.label)));
          if (named.length !== 1) continue;
          const lab = labelCore(named[0].label);
          const rest = tail[0].slice(tail[0].lastIndexOf(lab) + lab.length);
          if (!/^(?:[ \t]+[\p{L}\p{M}\d]+){0,2}$/u.test(rest)) continue;
          const m2 = SUPER_VI.exec(text.slice(i + c.length + tail[0].length, i + c.length + tail[0].length + 24));
          if (m2) hits.push({ index: i, len: c.length + tail[0].length + m2[0].length, rank: m2[2] ? (/^\d$/.test(m2[2]) ? +m2[2] : ORD_WORD[m2[2]]) : 1, low: /^(?:thấp|nhỏ|ít)$/u.test(m2[1]), col, t, row: named[0] });
        }
      }
    });
  }
  if (ctx.lang === "vi") {
    SUPER_VI_PHRASE.lastIndex = 0;
    for (let m = SUPER_VI_PHRASE.exec(text); m; m = SUPER_VI_PHRASE.exec(text)) {
      const at = m.index + m[0].indexOf(m[1]);
      if (hits.some((h) => h.index <= at && h.index + h.len >= at)) continue;
      const phrase = m[1].trim();
      for (const t of tables) {
        const col = pickColumn(t.header, phrase, phrase);
        if (col < 0) continue;
        // ("số cơ sở vi phạm nhiều nhất" over "Số cơ sở" and "Có vi phạm": words past the header that
        // another header holds name that other column.)
        const extra = phrase.startsWith(core(t.header[col])) ? phrase.slice(core(t.header[col]).length).trim().split(/[ \t]+/u).filter((x) => x.length >= 2) : [];
        // ("tỷ lệ trả lời" over "Tỷ lệ (%)" and "Trả lời trong 15 giây": the rate of what the other column counts.)
        if (extra.length && !/(?:tỷ|tỉ)[ \t]+(?:lệ|trọng)|%|rate|share/u.test(t.header[col].toLowerCase()) && t.header.some((h, i) => i > 0 && i !== col && extra.some((x) => new RegExp(`(?<![\\p{L}\\p{M}])${x}(?![\\p{L}\\p{M}])`, "u").test(core(h))))) break;
        hits.push({ index: at, len: m[0].length - (at - m.index), rank: 1, low: /^(?:thấp|nhỏ|ít)$/u.test(m[2]), col, t });
        break;
      }
    }
  }
  // "tỉnh ta có tỷ lệ cháy thấp thứ 3/5 tỉnh" under a table of one column of values headed otherwise
  // ("Số vụ/10 vạn dân"): that column, when the count said is the table's rows or the sentence
  // points to the table ("theo bảng trên").
  if (ctx.lang === "vi") {
    for (const m of text.matchAll(/(?<![\p{L}])(?:có|về)[ \t]+((?:[\p{L}\p{M}]+[ \t]+){1,6}?)(cao|lớn|thấp|nhỏ|nhiều|ít)[ \t]+(?:nhất|thứ[ \t]+(hai|nhì|ba|bốn|tư|năm|\d{1,2}))(?:[ \t]*\/[ \t]*(\d{1,2})|[ \t]+(?:trong|trên)[ \t]+(?:số[ \t]+)?(?:các[ \t]+)?(\d{1,2}))?(?![\p{L}\d\/])/gu)) {
      const at = m.index! + m[0].indexOf(m[1]);
      if (hits.some((h) => at >= h.index && at < h.index + h.len)) continue;
      const said = m[4] ?? m[5];
      const points = /(?:theo|trong|tại|ở)[ \t]+bảng|bảng[ \t]+(?:trên|nêu[ \t]+trên)/u.test(text);
      for (const t of tables) {
        if (pickColumn(t.header, m[1].trim(), m[1].trim()) >= 0) continue;
        const rows = t.rows.filter((r) => !AGGREGATE_ROW.test(labelCore(r.label)) && !TOTAL_LABEL.test(labelCore(r.label)) && !SUB_ROW.test(r.label) && r !== sumRowOf(t));
        const cols = t.header.map((_, i) => i).filter((i) => i > 0 && !CHANGE_HEAD.test(core(t.header[i])) && rows.every((r) => {
          const x = r.cells[i]?.figure;
          return x && x.value && (x.kind === "number" || x.kind === "percent");
        }));
        if (cols.length !== 1 || t.header.length !== 2 || !(said ? +said === rows.length : points)) continue;
        hits.push({ index: at, len: m[0].length - (at - m.index!), rank: m[3] ? (/^\d+$/.test(m[3]) ? +m[3] : ORD_WORD[m[3]]) : 1, low: /^(?:thấp|nhỏ|ít)$/u.test(m[2]), col: cols[0], t });
        break;
      }
    }
  }
  // "tiếp nhận nhiều cuộc gọi nhất", "có ít vụ tai nạn nhất": the counted noun between the word and "nhất".
  if (ctx.lang === "vi") {
    for (const m of text.matchAll(/(?<![\p{L}])(nhiều|ít)[ \t]+((?:[\p{L}\p{M}]+[ \t]+){1,3}?)nhất(?![\p{L}])/gu)) {
      const at = m.index! + m[0].indexOf(m[2]);
      if (hits.some((h) => m.index! >= h.index && m.index! < h.index + h.len)) continue;
      for (const t of tables) {
        const col = pickColumn(t.header, m[2].trim(), m[2].trim());
        if (col < 0 || t.header[col].includes("%")) continue;
        hits.push({ index: m.index!, len: m[0].length, rank: 1, low: m[1] === "ít", col, t });
        break;
      }
      void at;
    }
  }
  // A comparison with every other row: "a higher vacancy rate than any other staff group", "có tỷ lệ
  // cao hơn tất cả các huyện còn lại": the highest (or lowest) of the column it names.
  for (const m of text.matchAll(ctx.lang === "vi" ? THAN_ALL_VI : THAN_ALL_EN)) {
    const measure = (ctx.lang === "vi" ? m[1] : m[2]).trim();
    const word = ctx.lang === "vi" ? m[2] : m[1];
    if (!measure || hits.some((h) => m.index! >= h.index && m.index! < h.index + h.len)) continue;
    for (const t of tables) {
      const col = pickColumn(t.header, measure, measure);
      if (col < 0) continue;
      hits.push({ index: m.index!, len: m[0].length, rank: 1, low: /^(?:lower|smaller|fewer|thấp|nhỏ|ít)$/u.test(word), col, t });
      break;
    }
  }
  // A superlative with no column named, the value after it naming one: "đạt thấp nhất (71,8%)",
  // "recorded the lowest, at 86.2%", "dẫn đầu với tỷ lệ 112,9%"; "dẫn đầu về số vụ xử lý".
  const figs = (s as { figs?: Figure[] }).figs ?? [];
  SUPER_ANY.lastIndex = 0;
  for (let m = SUPER_ANY.exec(text); m; m = SUPER_ANY.exec(text)) {
    const at = m.index;
    if (hits.some((h) => at >= h.index && at < h.index + h.len)) continue;
    const w = m[1] ?? m[2] ?? m[3] ?? m[4];
    const lead = !!(m[3] ?? m[4]);
    const low = /^(?:lowest|smallest|fewest|quietest|thấp|nhỏ|ít)/u.test(w) || !!m[4];
    // "the second highest number of arrests (657)": the place the ordinal before it names.
    const ord = /(?<![\p{L}])(second|third|fourth|fifth|2nd|3rd|4th|5th)[ \t-]+$/u.exec(text.slice(Math.max(0, at - 12), at));
    const rank = ord ? ORD_WORD[ord[1]] : 1;
    const end = at + m[0].length;
    // "tăng cao nhất", "grew the most": a change, not the value.
    if (/(?:tăng|giảm|growth|grew|grow|increase[sd]?|rise|rose|fell|fall|change[sd]?|improve[sd]?|improvement)[ \t]+(?:(?:the|mức|với|tốc[ \t]+độ)[ \t]+)?$/u.test(text.slice(Math.max(0, at - 30), at))) continue;
    let found: { col: number; t: Table } | undefined;
    const about = lead ? /^(?:[ \t]+(?:toàn|cả|trong|các|tỉnh|huyện|thành|phố|khu|vực|nhóm|đơn|vị)){0,3}[ \t]+về[ \t]+([^,;.()\d]{3,60})/u.exec(text.slice(end)) : null;
    if (about) {
      for (const t of tables) {
        const col = pickColumn(t.header, about[1].trim(), about[1].trim());
        if (col >= 0) {
          found = { col, t };
          break;
        }
      }
    } else {
      const v = figs.find((f) => f.start >= s.start + end);
      const gap = v ? ctx.lower.slice(s.start + end, v.qualifiers[0]?.start ?? v.start) : "";
      // ("khối lượng lớn nhất và tỷ lệ thấp nhất (92,7%)": the value belongs to the superlative nearest it.)
      const usable = v && v.value && (v.kind === "number" || v.kind === "percent") && !v.qualifiers.length && /^[^;.\d]{0,40}$/u.test(gap) && !/,[^,]*,/u.test(gap) && !SUPER_ANY_ONE.test(gap);
      const cands: { col: number; t: Table }[] = [];
      if (usable) for (const t of tables) {
        t.header.forEach((_, col) => {
          if (col === 0 || CHANGE_HEAD.test(core(t.header[col]))) return;
          if (t.rows.some((r) => { const x = r.cells[col]?.figure; return x && x.value && x.value.exact === v!.value!.exact && x.value.decimals === v!.value!.decimals && !AGGREGATE_ROW.test(labelCore(r.label)) && !TOTAL_LABEL.test(labelCore(r.label)) && !SUB_ROW.test(r.label); })) cands.push({ col, t });
        });
      }
      if (cands.length === 1) found = cands[0];
      // "nhóm … mới đạt 51,9%, thấp nhất trong các nhóm", "at 51.9%, the lowest of the groups": the
      // value just before names the column and the row (one cell of the tables holds it).
      if (!found && !usable) {
        const pv = [...figs].reverse().find((f) => f.end <= s.start + at);
        const pgap = pv ? ctx.lower.slice(pv.end, s.start + at) : "";
        if (pv && pv.value && (pv.kind === "number" || pv.kind === "percent") && !pv.qualifiers.length && /^[ \t]*,[ \t]*(?:(?:là|the|was|is)[ \t]+)?$/u.test(pgap) && /^[ \t]+(?:trong|của|among|of|in)[ \t]+(?:các|những|all|the)[ \t]/u.test(text.slice(end, end + 20))) {
          const byValue: { col: number; t: Table; row: Row }[] = [];
          for (const t of tables) {
            t.header.forEach((_, col) => {
              if (col === 0 || CHANGE_HEAD.test(core(t.header[col]))) return;
              for (const r of t.rows) {
                const x = r.cells[col]?.figure;
                if (x && x.value && x.value.exact === pv.value!.exact && x.value.decimals === pv.value!.decimals && ((x.unit ?? "") === (pv.unit ?? "") || (pv.unit === "%" && !x.unit && t.header[col].includes("%"))) && !AGGREGATE_ROW.test(labelCore(r.label)) && !TOTAL_LABEL.test(labelCore(r.label)) && !SUB_ROW.test(r.label)) byValue.push({ col, t, row: r });
              }
            });
          }
          if (byValue.length === 1) {
            hits.push({ index: at - (ord?.[0].length ?? 0), len: m[0].length + (ord?.[0].length ?? 0), rank, low, col: byValue[0].col, t: byValue[0].t, row: byValue[0].row });
            continue;
          }
        }
      }
      // "February was the busiest month": the noun after it is what the rows are (the first
      // header), and the table has one column of values that is no change.
      const noun = /^[ \t]+([\p{L}-]+)/u.exec(text.slice(end))?.[1];
      // (Busiest and quietest only: "the largest region" may be by a measure the table lacks.)
      if (!found && noun && !usable && /^(?:busiest|quietest)$/u.test(w)) {
        for (const t of tables) {
          if (stem(noun) !== stem(core(t.header[0])) || t.header.length < 2) continue;
          const rows = t.rows.filter((r) => !AGGREGATE_ROW.test(labelCore(r.label)) && !TOTAL_LABEL.test(labelCore(r.label)) && !SUB_ROW.test(r.label) && r !== sumRowOf(t));
          const cols = t.header.map((_, i) => i).filter((i) => i > 0 && !CHANGE_HEAD.test(core(t.header[i])) && !t.header[i].includes("%") && rows.every((r) => {
            const x = r.cells[i]?.figure;
            return x && x.value && x.kind === "number";
          }));
          if (cols.length === 1) {
            found = { col: cols[0], t };
            break;
          }
        }
      }
    }
    // A "name value" list of the text that names the subject, the superlative outside it:
    // "… huyện B 68,5%, huyện C 63,0%. Huyện B có tỷ lệ cao nhất."
    const lists = !found && !about ? getLists() : [];
    if (lists.length) {
      const line = text.slice(text.lastIndexOf("\n", at) + 1, at);
      const before = line.slice(Math.max(line.lastIndexOf(";"), line.lastIndexOf(","), line.lastIndexOf(" và "), line.lastIndexOf(" and ")) + 1);
      // (A superlative in the list's own sentence is read with the ranking it walks.)
      // The measure the superlative names is the one the list's lead names: every content word of
      // the clause (other than the subject's) stands in the lead.
      const clause = text.slice(line.length - before.length + (text.lastIndexOf("\n", at) + 1), at) + " " + text.slice(at + m[0].length).split(/[;.,(:]/u)[0];
      const content = words(clause).filter((w) => w.length >= 2 && !/\d/u.test(w) && !/^(?:the|and|had|has|have|was|were|is|are|with|than|that|this|its|their|of|in|at|on|for|by|to|a|an|có|là|đạt|với|của|các|những|được|trong|năm|và|số|mức|ở|tại|nhất|cao|thấp|lớn|nhỏ|nhiều|ít|highest|lowest|largest|smallest|biggest|most|fewest|busiest|quietest)$/u.test(w));
      const owns = lists.filter((l) => {
        const sub = namedRows(l.rows, before);
        if (sub.length !== 1 || (l.rows[0].start >= s.start && l.rows[0].start < s.end)) return false;
        const leadWords = words(l.header[1]);
        const own = new Set(words(labelCore(sub[0].label)));
        const measure = content.filter((w) => !own.has(w));
        return measure.length > 0 && measure.every((w) => leadWords.includes(w));
      });
      if (owns.length === 1) {
        hits.push({ index: at, len: m[0].length, rank: 1, low, col: 1, t: owns[0], list: true });
        continue;
      }
    }
    // ("Đứng đầu", "xếp cuối" of a measure where less is better may count either way.)
    if (found && lead && LOWER_BETTER.test(core(found.t.header[found.col]))) continue;
    if (found) hits.push({ index: at - (ord?.[0].length ?? 0), len: m[0].length + (ord?.[0].length ?? 0), rank, low, col: found.col, t: found.t });
  }
  for (const h of hits) {
    // ("tỷ lệ giải ngân cao nhất" names "Tỷ lệ giải ngân (%)", not "Giải ngân (tỷ đồng)" inside it.)
    if (hits.some((o) => o !== h && o.len > h.len && o.index <= h.index && o.index + o.len >= h.index + h.len)) continue;
    const { t, col } = h;
    const ranked = t.rows.filter((r) => !AGGREGATE_ROW.test(labelCore(r.label)) && !TOTAL_LABEL.test(labelCore(r.label)) && !SUB_ROW.test(r.label) && r !== sumRowOf(t));
    if (ranked.length < 3 || !h.rank) continue;
    const values = ranked.map((r) => ({ row: r, figure: r.cells[col]?.figure }));
    if (values.some((v) => !v.figure || (v.figure.kind !== "number" && v.figure.kind !== "percent") || !v.figure.value)) continue;
    const f0 = values[0].figure!;
    const signed = CHANGE_HEAD.test(core(t.header[col])) || t.header[col].includes("%");
    const cellText = (v: { row: Row }) => (v.row.cells[col]?.text ?? "").replace(/[*_`]/g, "").trim();
    if (h.growth ? values.some((v) => (v.figure!.unit ?? "") !== (f0.unit ?? "") || /^[-−–(]/u.test(cellText(v)) || src.interval(v.figure!, v.figure!.value!).lo.lt(0)) : values.some((v) => (v.figure!.unit ?? "") !== (f0.unit ?? "") || (signed ? /^[+\-−–(]/u : /^[+(]/u).test((h.list ? ctx : src).text.slice(v.figure!.start, v.figure!.end)))) continue;
    // The subject: the one row named in the clause before the superlative, with no other row after it.
    const line = text.slice(text.lastIndexOf("\n", h.index) + 1, h.index);
    const before = line.slice(Math.max(line.lastIndexOf(";"), line.lastIndexOf(","), line.lastIndexOf(" và "), line.lastIndexOf(" and ")) + 1);
    let named = h.row ? [h.row] : namedRows(ranked, before);
    if (!named.length && !h.row) named = selfRow(ranked, before);
    // "The evening shift handled the most calls and had the lowest answer rate": one subject, two verbs.
    const andAt = Math.max(line.lastIndexOf(" and "), line.lastIndexOf(" và "));
    if (!named.length && !h.row && andAt > Math.max(line.lastIndexOf(";"), line.lastIndexOf(",")) && /^[ \t]*(?:and|và)[ \t]+(?:also[ \t]+|cũng[ \t]+)?(?:had|has|have|was|were|is|are|recorded|saw|posted|reported|achieved|handled|received|showed|đạt|có|là|ghi[ \t]+nhận)(?![\p{L}])/u.test(line.slice(andAt))) {
      named = namedRows(ranked, line.slice(Math.max(line.lastIndexOf(";"), line.lastIndexOf(",")) + 1, andAt));
    }
    // (Any row named after it, "… than Millbrook", makes it a comparison of its own.)
    let rest = text.slice(h.index + h.len, h.index + h.len + 60).split(/[;.,]/u)[0];
    // Or the subject after it: "the highest rate was in Ashbury", "cao nhất là huyện Đông Hưng (74,2%)".
    const cop = named.length ? null : /^[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,3}?(?:was|were|is|are|là|thuộc[ \t]+về)[ \t]+(?:(?:in|at|on|for|by|recorded[ \t]+(?:in|at|on|by))[ \t]+)?/u.exec(text.slice(h.index + h.len));
    if (cop) {
      const clause = text.slice(h.index + h.len + cop[0].length).split(/[;.,(:]/u)[0];
      // (Of another year: "… was in South in 2019".)
      if (/(?:19|20)\d\d|last[ \t]+year|previous|năm[ \t]+trước|cùng[ \t]+kỳ/u.test(line.slice(line.lastIndexOf(";") + 1) + " " + clause)) continue;
      named = namedRows(ranked, clause);
      rest = text.slice(h.index + h.len, h.index + h.len + cop[0].length);
    }
    if (named.length !== 1 || ranked.some((r) => labelCore(r.label).length >= 3 && hasPhrase(rest, labelCore(r.label)))) continue;
    // Not a change of it nor a part of it: "the highest growth in median price", "the highest median price in 2023".
    // (The year the column's header gives is the column's own: "by tonnage in 2023" over "2023 tonnage".)
    const yr = /^[ \t]*(?:in|năm)[ \t]+((?:19|20)\d\d)/u.exec(rest)?.[1];
    if (!(yr && t.header[col].includes(yr)) && /^[ \t]*(?:in[ \t]+(?:19|20)\d\d|growth|change|increase|rise|fall|năm[ \t]+(?:19|20)\d\d|tăng|giảm)/u.test(rest)) continue;
    const row = named[0];
    const at = s.start + h.index;
    out.push({
      at: { start: at, end: at + h.len },
      rank: h.rank,
      count: ranked.length,
      row,
      value: row.cells[col].figure!,
      metric: t.header[col],
      ascending: h.low,
      values: values.map((v) => cellValue(h.list ? ctx : src, v.row, col, v.figure!)),
      superlative: ctx.text.slice(at, at + h.len),
      source: h.list ? ctx : src,
      list: h.list,
      partial: h.partial,
    });
  }
}

// (Rates only: "the largest increase" may be the absolute one, which a % column does not rank.)
const GROWTH_EN = /(?<![\p{L}])(?:(?:the|its|their)[ \t]+(?:(fastest|slowest|strongest|weakest)[ \t]+(?:growth|increase|rise)|(highest|lowest)[ \t]+growth(?:[ \t]+rate)?)|(?:grew|rose|increased|expanded)[ \t]+(?:the[ \t]+)?(fastest|slowest))(?![\p{L}])/gu;
const GROWTH_VI = /(?<![\p{L}])(?:tốc[ \t]+độ[ \t]+)?(?:tăng[ \t]+trưởng|mức[ \t]+tăng|tăng)[ \t]+(nhanh|chậm|cao|thấp|mạnh)[ \t]+nhất(?![\p{L}])/gu;

/** "Table 1 shows … the Discovery Centre recorded the fastest growth." above "Table 1: Visits by site …":
 * the superlatives of the paragraph before, over this unit's table when that paragraph points to it. */
function superlativesBefore(ctx: UnitContext, tables: Table[], out: RankOrder[]): void {
  const head = ctx.lower.slice(0, 200);
  const caption = /^[ \t#*]*(?:table|bảng|biểu)[ \t]+(\d{1,2}|[ivx]{1,4})(?![\p{L}\d])/u.exec(head);
  const prev = ctx.previous();
  if (!prev || findTables(prev).length) return;
  const points = (caption && new RegExp(`(?<![\\p{L}])(?:table|bảng|biểu)[ \\t]+${caption[1]}(?![\\p{L}\\d])`, "u").test(prev.lower)) || /(?:(?:table|figures?)[ \t]+below|following[ \t]+table|bảng[ \t]+(?:dưới[ \t]+đây|sau(?:[ \t]+đây)?))/u.test(prev.lower)
    // ("…, the port was the 4th largest in the UK by tonnage in 2023:" and the table under the colon.)
    || /:[ \t*]*$/u.test(prev.lower.trimEnd());
  if (!points) return;
  const tmp: RankOrder[] = [];
  for (const s of prev.sentences) superlatives(prev, ctx, tables, s, prev.lower.slice(s.start, s.end), tmp, () => []);
  for (const r of tmp) out.push({ ...r, at: { start: r.value.start, end: r.value.end }, source: ctx, said: r.at });
}

/** "Social Sciences ranked third of the five faculties.", "The Midlands ranked third fastest of the
 * five regions, behind …", "Huyện Kiến Thụy xếp thứ 3/6 huyện.": a rank with no measure after it,
 * among as many rows as the table (or the list of the text) has. The measure may open the sentence
 * ("Về số thu nộp ngân sách, Đội số 5 đứng thứ 3/5"); with none, every column of values that is
 * not a change must contradict the rank, and with no direction said, from either end. */
const BARE_EN = new RegExp(
  `(?<![\\p{L}])(?:ranked|ranks|placed|came|stood|finished|was|is)[ \\t]+(?:joint[ \\t]+)?(?:${ORD_EN}|(last|bottom))(?:[ \\t]+(highest|lowest|largest|smallest|biggest|fastest|slowest|best|worst))?[ \\t]+(?:of|out[ \\t]+of|among)[ \\t]+(?:the[ \\t]+|all[ \\t]+(?:the[ \\t]+)?)?${COUNT_EN}(?:[ \\t]+(?!(?:by|on|for|in|with|at|and|but|while|whereas|so)(?![\\p{L}]))[\\p{L}-]+){0,5}(?=[ \\t]*(?:[,.;]|$)|[ \\t]+(?:with|at)[ \\t]+\\d|[ \\t]+(?:and|but|while|whereas|so)[ \\t]|[ \\t]+by[ \\t]+(?:value|size|amount|volume)(?![\\p{L}])|[ \\t]+(?:on|by|for|in[ \\t]+terms[ \\t]+of)[ \\t]+(?:this|that|the[ \\t]+same)[ \\t]+(?:measure|indicator|metric|basis|rate|figure)(?![\\p{L}])|[ \\t]+(?:in|within)[ \\t]+(?:the|our|its)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,2}?(?:region|sub-region|group|cluster|family|partnership)[ \\t]*(?:[,.;]|$))`,
  "gu",
);
const BARE_VI = new RegExp(
  `(?<![\\p{L}])(?:xếp|đứng)(?:[ \\t]+hạng)?[ \\t]+thứ[ \\t]+(?:(\\d{1,2})[ \\t]*\\/[ \\t]*(\\d{1,2})|(?:${ORD_VI})[ \\t]+(?:trong|trên)[ \\t]+(?:số[ \\t]+)?(?:các[ \\t]+)?${COUNT_VI})(?:[ \\t]+(?!(?:về|theo|trong|năm|với|đạt|và|nhưng|còn)(?![\\p{L}]))[\\p{L}]+){0,4}(?=[ \\t]*(?:[,.;]|$)|[ \\t]+(?:với|đạt)[ \\t]+\\d|[ \\t]+(?:và|nhưng|còn)[ \\t]|[ \\t]+(?:trong|của)[ \\t]+(?:cụm|khối|nhóm)(?:[ \\t]+[\\p{L}]+){0,3}[ \\t]*(?:[,.;]|$))`,
  "gu",
);
const OWN_RANKING = /(?<![\p{L}])(?:survey|index|indices|league|according[ \t]+to|national(?:ly)?|nationwide|in[ \t]+(?:england|the[ \t]+country|the[ \t]+uk)|chỉ[ \t]+số|bảng[ \t]+xếp[ \t]+hạng|khảo[ \t]+sát|theo[ \t]+kết[ \t]+quả|toàn[ \t]+quốc|cả[ \t]+nước|pci|par[ \t]+index|dti|sipas|papi)(?![\p{L}])/u;
/** "Of the seven ICBs in the region, this ICB ranked 5th for adult access": the set first. */
const BARE_EN_OF = new RegExp(
  `(?:^|[.;:]|\\n)[ \\t*•-]*of[ \\t]+(?:the[ \\t]+|all[ \\t]+(?:the[ \\t]+)?)?${COUNT_EN}[ \\t]+[^,;.\\d]{1,60}?,[ \\t]*(?:(?:[\\p{L}'’-]+[ \\t]+){1,5}?)(?:ranked|came|placed|finished|was)[ \\t]+(?:joint[ \\t]+)?(?:${ORD_EN}|(last|bottom))(?:[ \\t]+(highest|lowest|largest|smallest|biggest|fastest|slowest|best|worst))?(?=[ \\t]*(?:[,.;]|$|[ \\t](?:for|on|by|in)[ \\t]))`,
  "gu",
);
const BARE_ANY = new RegExp(`${BARE_EN.source}|${BARE_VI.source}|${BARE_EN_OF.source}`, "u");
/** "Về số thu nộp ngân sách, …", "By median price, …", "In terms of punctuality, …": the measure of the sentence. */
const LEAD_MEASURE = /^[ \t*•-]*(?:về|xét về|theo|by|in[ \t]+terms[ \t]+of|on)[ \t]+([^,;.\d]{3,60}?)[ \t]*,/u;

function bareRanks(ctx: UnitContext, src: UnitContext, tables: Table[], getLists: () => Table[], s: { start: number; end: number }, text: string, out: RankOrder[]): void {
  for (const re of [BARE_EN, BARE_VI, BARE_EN_OF]) {
    re.lastIndex = 0;
    for (let m0 = re.exec(text); m0; m0 = re.exec(text)) {
      const vi = re === BARE_VI;
      // (BARE_EN_OF: the count first; its groups put in BARE_EN's order, the subject before the verb.)
      const m: RegExpExecArray = re === BARE_EN_OF ? Object.assign([m0[0], m0[2], m0[3], m0[4], m0[5], m0[1]], { index: m0.index + m0[0].search(/(?<![\p{L}])(?:ranked|came|placed|finished|was)(?![\p{L}])/u), input: m0.input }) as RegExpExecArray : m0;
      if (re === BARE_EN_OF) m[0] = m0[0].slice(m.index - m0.index);
      const c = vi ? m[2] ?? m[5] : m[5];
      const count = /^\d+$/.test(c) ? +c : WORD_NUM[c];
      // ("ranked last of the five": the count's place.)
      const rank = vi ? (m[1] ? +m[1] : m[3] ? +m[3] : WORD_NUM[m[4]]) : m[1] ? +m[1] : m[3] ? count : WORD_NUM[m[2]];
      if (!rank || !count || count < 3) continue;
      const dir = vi ? undefined : m[4];
      // "ranked 5th for adult access": a measure named after the rank counts from its best end.
      const forMeasure = !vi && !dir ? /^[ \t]+(?:for|on|in)[ \t]+((?:[\p{L}-]+[ \t]*){1,4})/u.exec(text.slice(m.index + m[0].length)) : null;
      const measured = forMeasure && !/^(?:(?:the|a|an|this|that|its|their|our|both|all|each|every)(?![\p{L}])|\d)/u.test(forMeasure[1]) ? forMeasure[1].trim() : undefined;
      const line = text.slice(text.lastIndexOf("\n", m.index) + 1, m.index);
      const before = line.slice(line.lastIndexOf(";") + 1);
      // "By office, … ranked third of the four offices": the lead names what is ranked, not a measure.
      const lead0 = LEAD_MEASURE.exec(text);
      const ranked0 = words(m[0].slice(m[0].search(/(?<![\p{L}])(?:of|out[ \t]+of|among|trong|trên)(?![\p{L}])|\//u)));
      const lead = lead0 && contains(ranked0, words(lead0[1])) ? null : lead0;
      // A ranking of its own named in the sentence (a survey, an index, a league): not the table's.
      if (!lead && OWN_RANKING.test(text)) continue;
      const word = vi ? (m[1] ?? m[3] ?? m[4]) : (m[1] ?? m[2] ?? m[3]);
      const wordAt = m.index + m[0].indexOf(word, m[0].search(/thứ|\d|(?<=[ \t])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|bottom)/u));
      const at = { start: s.start + wordAt, end: s.start + wordAt + word.length + (!vi && m[1] ? 2 : 0) };
      const lists = getLists();
      // Values one to a line above the sentence, in this unit or the one before.
      const lineSrc = new Map<Table, UnitContext>();
      const here = lineLists(ctx).filter((t) => t.rows[t.rows.length - 1].end <= s.start + m.index);
      for (const t of here) lineSrc.set(t, ctx);
      const prevCtx = !here.length && ctx.sentences[0] === s ? ctx.previous() : undefined;
      if (prevCtx) for (const t of lineLists(prevCtx)) lineSrc.set(t, prevCtx);
      // "Visits per resident in 2023 were: Glasgow 3.1, …" closing the paragraph above the rank.
      const last = prevCtx?.sentences[prevCtx.sentences.length - 1];
      if (prevCtx && last && !lists.length) for (const t of inlineLists(prevCtx)) if (t.rows[0].start >= last.start) lineSrc.set(t, prevCtx);
      for (const t of [...tables, ...lists, ...lineSrc.keys()]) {
        const isList = lists.includes(t) || lineSrc.has(t);
        // (A list ranks what the rank says only in its own sentence or the one just before.)
        if (isList && !lineSrc.has(t)) {
          const li = ctx.sentenceIndexAt(t.rows[0].start);
          const si = ctx.sentenceIndexAt(s.start);
          if (li < 0 || si < 0 || si - li > 1 || si < li) continue;
        }
        let ranked = t.rows.filter((r) => !AGGREGATE_ROW.test(labelCore(r.label)) && !TOTAL_LABEL.test(labelCore(r.label)) && !SUB_ROW.test(r.label) && r !== sumRowOf(t));
        // "Huyện Mộ Đức tiếp tục dẫn đầu, Đức Phổ xếp thứ 3/5": the one named in the rank's own clause.
        let named = namedRows(ranked, before);
        if (named.length > 1) named = namedRows(ranked, before.slice(before.lastIndexOf(",") + 1));
        // "…; huyện Hương Sơn đứng thứ 5/5 với 52,8%": the others listed, the subject's value beside its rank.
        if (isList && !lineSrc.has(t) && !named.length && ranked.length === count - 1 && t.header.length === 2) {
          const own = ownValue(ctx, s, m.index, m.index + m[0].length, before, ranked);
          if (own) {
            ranked = [...ranked, own];
            named = [own];
          }
        }
        // "…, this city 2.2, … The Trust therefore ranked 4th": the report's own body, listed as "this city".
        if (isList && !named.length && SELF_SUBJECT.test(before)) named = ranked.filter((r) => SELF_LABEL.test(r.label));
        if (!isList && !named.length) named = selfRow(ranked, before);
        if (ranked.length !== count) continue;
        if (named.length !== 1) continue;
        const row = named[0];
        const usable = (i: number) => {
          if (i === 0 || CHANGE_HEAD.test(core(t.header[i])) || /^(?:rank|xếp hạng|hạng|thứ hạng|position)$/u.test(core(t.header[i]))) return false;
          const f0 = ranked[0].cells[i]?.figure;
          return ranked.every((r) => {
            const f = r.cells[i]?.figure;
            return f && f.value && (f.kind === "number" || f.kind === "percent") && (f.unit ?? "") === (f0?.unit ?? "") && !/^[+(]/u.test(r.cells[i].text.replace(/[*_`]/g, "").trim());
          });
        };
        let cols = t.header.map((_, i) => i).filter(usable);
        if (lead) {
          const col = pickColumn(t.header, lead[1].trim(), ctx.text.slice(s.start + lead.index + lead[0].indexOf(lead[1]), s.end), (i) => !usable(i));
          cols = col >= 0 ? [col] : [];
        }
        if (!cols.length) continue;
        const orders = cols.map((col) => {
          const from = lineSrc.get(t) ?? (isList ? ctx : src);
          const values = ranked.map((r) => cellValue(from, r, col, r.cells[col].figure!));
          // Lines or a list written from the highest down rank from the top, unless less is better.
          const topDown = isList && !dir && !measured && !LOWER_BETTER.test(t.header[col].toLowerCase()) && values.every((v, i) => i === 0 || v.iv.hi.lte(values[i - 1].iv.lo));
          const o: RankOrder = { at, rank, count, row, value: row.cells[col].figure!, metric: t.header[col], ascending: dir ? /^(?:lowest|smallest)$/u.test(dir) : !!measured && LOWER_BETTER.test(measured), values, source: from, either: dir ? /^(?:fastest|slowest|best|worst)$/u.test(dir) : !measured && !topDown, list: isList, ahead: aheadRows(ranked, row, text.slice(m.index + m[0].length)) };
          return o;
        });
        const holds = [...orders].reverse().find((o) => rankHolds(o));
        out.push(holds ?? orders[orders.length - 1]);
        return;
      }
    }
  }
}

/** The report's own body, as a list names it ("this city 2.2") and as a sentence does ("The Trust ranked …"). */
const SELF = String.raw`(?:this|our)[ \t]+[\p{L}-]+|(?:tỉnh|huyện|thành[ \t]+phố|thị[ \t]+xã|xã|phường|đơn[ \t]+vị|ngành)[ \t]+(?:ta|nhà|mình)|chúng[ \t]+(?:ta|tôi)`;
const SELF_LABEL = new RegExp(`^(?:${SELF})$`, "u");
const SELF_SUBJECT = new RegExp(String.raw`(?<![\p{L}])(?:we|our|us|it|${SELF}|the[ \t]+(?:trust|council|authority|service|city|county|board|force|department|organi[sz]ation|company|group|museum|museums|library|libraries|university|college|school|hospital|region|district|province))(?![\p{L}])`, "u");

/** A table's row for the report's own body ("**This borough**", "Tỉnh ta") when the clause speaks of
 * that body ("The borough ranked …", "tỉnh ta có …") and names no other row. */
function selfRow(ranked: Row[], before: string): Row[] {
  const own = ranked.filter((r) => SELF_LABEL.test(labelCore(r.label).replace(/[*_`]/g, "")));
  if (own.length !== 1) return [];
  const noun = /^(?:this|our)[ \t]+([\p{L}-]+)$/u.exec(labelCore(own[0].label).replace(/[*_`]/g, ""))?.[1];
  const said = SELF_SUBJECT.test(before) || (!!noun && new RegExp(`(?<![\\p{L}])(?:the|this|our)[ \\t]+${noun}(?![\\p{L}])`, "u").test(before));
  return said ? own : [];
}

/** The subject of a rank and its value, beside the rank ("đứng thứ 5/5 với 52,8%", "ranked 4th
 * of the eight, with 2.2 visits") or before it ("Chester, at 93.8%, ranked …"), as a row to rank
 * with the others listed: named (a capital or the report's own body), of the list's kind. */
function ownValue(ctx: UnitContext, s: { start: number; end: number; figs?: Figure[] }, at: number, after: number, before: string, ranked: Row[]): Row | undefined {
  const figs = s.figs ?? [];
  const f0 = ranked[0].cells[1].figure!;
  const kindOf = (f: Figure) => f.value && f.kind === f0.kind && (f.unit ?? "") === (f0.unit ?? "") && (f.scale?.factor ?? "1") === (f0.scale?.factor ?? "1") && !f.qualifiers.length;
  const listed = new Set(ranked.map((r) => r.cells[1].figure));
  const from = s.start + at - before.length;
  let f = figs.find((g) => g.start >= s.start + after);
  const gap = f ? ctx.lower.slice(s.start + after, f.start) : "";
  if (!f || !kindOf(f) || !/^[ \t]*,?[ \t]*(?:với|đạt|with|at|on)[ \t]+(?:(?:a|an|the|mức|tỷ[ \t]+lệ)[ \t]+)?$/u.test(gap)) {
    // "Chester, at 93.8%, ranked …", "huyện E (52,8%) đứng thứ …".
    const inside = figs.filter((g) => g.start >= from && g.end <= s.start + at && !listed.has(g));
    f = inside.length === 1 && kindOf(inside[0]) && /^(?:[ \t]*,[ \t]*(?:at|with|với|đạt)[ \t]+|[ \t]*\([ \t]*)$/u.test(ctx.lower.slice(Math.max(from, inside[0].start - 8), inside[0].start).replace(/^.*?(?=[ \t]*[,(])/u, "")) ? inside[0] : undefined;
  }
  if (!f || listed.has(f)) return undefined;
  const nameEnd = Math.min(s.start + at, f.start < s.start + at ? f.start : s.start + at);
  const name = ctx.text.slice(from, nameEnd).replace(/^[\s,;:]*(?:(?:so|and|while|whereas|thus|therefore|hence|overall|còn|và|trong[ \t]+khi|như[ \t]+vậy|do[ \t]+đó)[ \t,]+)*/iu, "").replace(/(?:[\s,(]+(?:at|with|với|đạt|therefore|thus|then|also|đã|cũng|có)(?![\p{L}]))*[\s,(]*$/iu, "").replace(/[\s,(]+$/u, "").trim();
  if (!name || name.length > 60 || /\d/u.test(name.replace(/(?:số|no\.?)[ \t]*\d{1,2}(?![\d.,])/giu, "")) || !(/\p{Lu}/u.test(name) || SELF_SUBJECT.test(name.toLowerCase()))) return undefined;
  const start = from + ctx.text.slice(from).indexOf(name);
  return { start, end: f.end, label: name.toLowerCase(), cells: [{ start, end: start + name.length, text: name, dash: false }, { start: f.start, end: f.end, text: f.text, figure: f, dash: false }] };
}

/** Whether the stated rank is one the row can hold (from either end when no direction is said). */
export function rankHolds(r: RankOrder): boolean {
  const fits = (o: RankOrder) => {
    const [a, b] = rankRange(o);
    return o.rank >= a && o.rank <= b && aheadHolds(o);
  };
  return fits(r) || (!!r.either && fits({ ...r, ascending: !r.ascending }));
}

/** Whether every row said to be ahead may be ahead (none is plainly behind). */
export function aheadHolds(r: RankOrder): boolean {
  if (!r.ahead?.length) return true;
  const me = r.values.find((v) => v.row === r.row)!;
  return r.ahead.every((row) => {
    const v = r.values.find((x) => x.row === row);
    if (!v) return true;
    return r.ascending ? v.iv.lo.lte(me.iv.hi) : v.iv.hi.gte(me.iv.lo);
  });
}

/** "…, behind Ashby Vale and Kelsey", "chỉ đứng sau huyện A": the rows named as ahead. */
const AHEAD = /^[^;.]{0,80}?(?:,|;|—|–)[ \t]*(?:(?:only|just)[ \t]+)?(?:behind|trailing)(?:[ \t]+(?:only|just))?[ \t]+([^;.]{1,120})|^[^;.]{0,80}?(?:,|;|—|–)[ \t]*(?:chỉ[ \t]+)?(?:đứng|xếp)[ \t]+sau[ \t]+([^;.]{1,120})/u;

function aheadRows(ranked: Row[], subject: Row, after: string): Row[] {
  const m = AHEAD.exec(after);
  if (!m) return [];
  const phrase = (m[1] ?? m[2]).split(/,[ \t]*(?:having|with|while|which|after|as|but|đạt|với|do|là)(?![\p{L}])/u)[0];
  const hay = words(phrase);
  return ranked.filter((r) => {
    if (r === subject) return false;
    const l = labelCore(r.label);
    if (l.length >= 3 && hasPhrase(phrase, l)) return true;
    const d = l.replace(KIND_WORDS, "");
    return d.length >= 4 && contains(hay, words(d));
  });
}

/** "huyện Đông Hưng đạt cao nhất 74,2%; tiếp đến là huyện Tiên Lữ 68,5%, huyện Kiến Thụy 63,0%, …",
 * "Ashbury 76.2, Delford 79.8, Westbridge 81.4 and Hallam 88.5": three or more values of one kind,
 * each after a name, read as a table of one column. */
const LIST_NAME = new RegExp(String.raw`(?:^|[;,:(]|(?<![\p{L}])(?:là|và|and|then|gồm|including|sau đó|tiếp đến|tiếp theo|followed by|were|are|was|is))[ \t]*((?:(?:huyện|xã|thị xã|thị trấn|thành phố|tỉnh|phường|quận|đội|đoàn|khu vực|vùng|the)[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|số[ \t]+\d{1,2}))*|${SELF})(?:[ \t]*(?::|,|–|—|\())?(?:[ \t]+(?:đạt|có|với|là|ở mức|at|with|on|was|had|recorded|reached)(?:[ \t]+(?:cao nhất|thấp nhất|lớn nhất|nhỏ nhất|nhiều nhất|ít nhất|the highest|the lowest))?)?[ \t]*$`, "u");

const PLACE_AFTER = /^[ \t]+(?:in|at|for|ở|tại)[ \t]+((?:the[ \t]+)?(?:huyện[ \t]+|xã[ \t]+|tỉnh[ \t]+|thành[ \t]+phố[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*)*)(?=[ \t]*(?:[,;.)]|$)|[ \t]+(?:and|và)[ \t])/u;

function inlineLists(ctx: UnitContext): Table[] {
  return ctx.memo("inline-rank-lists", () => {
    const out: Table[] = [];
    for (const s of ctx.sentences) {
      if (s.figs.length < 3) continue;
      let run: { name: string; at: number; f: Figure }[] = [];
      const close = () => {
        const labels = new Set(run.map((x) => x.name.toLowerCase()));
        if (run.length >= 3 && labels.size === run.length) {
          // The list's lead names its measure ("Tỷ lệ hộ dùng nước sạch năm 2024:", "Median waits were:").
          const lead = ctx.text.slice(s.start, run[0].at).replace(/^[\s*#>•-]+/u, "").replace(/[\s:;,(–—-]+$/u, "").trim();
          out.push({
            header: ["", lead],
            rows: run.map((x) => ({ start: x.at, end: x.f.end, label: x.name.toLowerCase(), cells: [{ start: x.at, end: x.at + x.name.length, text: x.name, dash: false }, { start: x.f.start, end: x.f.end, text: x.f.text, figure: x.f, dash: false }] })),
          });
        }
        run = [];
      };
      // "88.1% in the North, 85.4% in the East, 81.0% in the South and 79.3% in the West": each value, then its place.
      let after: { name: string; at: number; f: Figure }[] = [];
      const closeAfter = () => {
        if (after.length >= 3 && new Set(after.map((x) => x.name.toLowerCase())).size === after.length) {
          const lead = ctx.text.slice(s.start, after[0].f.qualifiers[0]?.start ?? after[0].f.start).replace(/^[\s*#>•-]+/u, "").replace(/[\s:;,(–—-]+$/u, "").trim();
          out.push({ header: ["", lead], rows: after.map((x) => ({ start: x.f.start, end: x.at + x.name.length, label: x.name.toLowerCase(), cells: [{ start: x.at, end: x.at + x.name.length, text: x.name, dash: false }, { start: x.f.start, end: x.f.end, text: x.f.text, figure: x.f, dash: false }] })) });
        }
        after = [];
      };
      for (const f of s.figs) {
        const ok = (f.kind === "number" || f.kind === "percent") && f.value && !f.words;
        const m = ok ? PLACE_AFTER.exec(ctx.text.slice(f.end, Math.min(s.end, f.end + 80))) : null;
        const last = after[after.length - 1];
        const joined = last && /^[ \t]*(?:,|;|,?[ \t]+(?:and|và))[ \t]*$/u.test(ctx.lower.slice(last.at + last.name.length, f.qualifiers[0]?.start ?? f.start));
        if (!m || (last && (!joined || f.kind !== last.f.kind || (f.unit ?? "") !== (last.f.unit ?? "") || (f.scale?.factor ?? "1") !== (last.f.scale?.factor ?? "1")))) closeAfter();
        if (m) after.push({ name: m[1], at: f.end + m.index + m[0].indexOf(m[1]), f });
      }
      closeAfter();
      let prev = s.start;
      for (const f of s.figs) {
        const q = f.qualifiers[0]?.start ?? f.start;
        // (The name stands just before its value: a bounded look back.)
        // (Cut short, its start is no boundary: a mark that no name or lead matches stands there.)
        const seg = (q - prev > 100 ? "\u0001" : "") + ctx.text.slice(Math.max(prev, q - 100), q);
        prev = f.end;
        const ok = (f.kind === "number" || f.kind === "percent") && f.value && !f.words;
        const m = ok ? LIST_NAME.exec(seg) : null;
        const first = run[0]?.f;
        if (m && first && (f.kind !== first.kind || (f.unit ?? "") !== (first.unit ?? "") || (f.scale?.factor ?? "1") !== (first.scale?.factor ?? "1"))) close();
        if (!m) {
          close();
          continue;
        }
        const name = m[1].trim();
        run.push({ name, at: q - seg.length + m.index + m[0].indexOf(m[1]), f });
      }
      close();
    }
    return out;
  });
}

/** A cell's value with the sign written before its figure ("-8" in a headroom column). */
function cellValue(src: UnitContext, row: Row, col: number, f: Figure): { row: Row; figure: Figure; iv: Interval; text: string } {
  const iv = src.interval(f, f.value!);
  const cell = (row.cells[col]?.text ?? f.text).replace(/[*_`]/g, "").trim();
  const minus = /^[-−–]/u.test(cell) && !/^[-−–]/u.test(f.text) && !iv.hi.lt(0);
  return { row, figure: f, iv: minus ? new Interval(iv.hi.neg(), iv.lo.neg()) : iv, text: minus ? cell : f.text };
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
  return [above + 1, r.partial ? Number.MAX_SAFE_INTEGER : above + maybe + 1];
}

/** "Harlow was the only area where the median price fell", "Huyện C là địa phương duy nhất có thu
 * ngân sách giảm": the one row of the table whose change goes that way. */
export interface OnlyChange {
  /** The verb as written. */
  at: Span;
  fall: boolean;
  row: Row;
  /** Every ranked row's change (the subject's included). */
  values: { row: Row; figure: Figure; text: string; sign: -1 | 0 | 1 }[];
  metric: string;
  /** The unit whose table it is: this one, or previous() (its figures are then no roles). */
  source: UnitContext;
}

const ONLY_EN = /(?:was|is|were|are|remains|remained)[ \t]+the[ \t]+only[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:where|in[ \t]+which|with|to[ \t]+(?:see|record|post|show|report))[ \t]+((?:[\p{L}'’-]+[ \t]+){0,6}?)(fell|fall|falls|declined|decline|decreased|decrease|dropped|drop|rose|rise|increased|increase|grew|growth)(?![\p{L}])/gu;
const ONLY_VI = /(?:là|cũng là)[ \t]+(?:[\p{L}]+[ \t]+){0,2}?duy[ \t]+nhất[ \t]+(?:có|ghi[ \t]+nhận|mà)?[ \t]*((?:[\p{L}]+[ \t]+){0,6}?)(giảm|tăng)(?![\p{L}])/gu;
/** Words that say a change and nothing of what changed. */
const CHANGE_WORDS = /(?:change|changes|growth|y\/y|yoy|on[ \t]+(?:the[ \t]+)?year|year[ \t]+on[ \t]+year|vs|annual|tăng\/giảm|tăng|giảm|thay đổi|biến động|so với|so cùng kỳ|năm trước|cùng kỳ|kỳ trước|previous|prior|last|year|%|in|of|the)/gu;
const GENERIC = /^(?:change|changes|growth|annual|year|previous|prior|over|than|from|with)$/u;
const THRESHOLD = /^[ \t]*(?:by[ \t]+(?:more|over|at least|less)|more[ \t]+than|over[ \t]+\d|above|at[ \t]+least|faster|further|most|trên|hơn|quá|từ|nhiều|mạnh|nhanh|\d)/u;
export const CHANGE_HEAD = /(?:change|growth|y\/y|yoy|on[ \t]+(?:the[ \t]+)?year|vs|tăng|giảm|thay đổi|biến động|so với|so cùng kỳ)/u;

function signOf(ctx: UnitContext, c: { start: number; text: string }, f: Figure): -1 | 0 | 1 {
  const iv = ctx.interval(f, f.value!);
  const neg = /^[ \t*_]*[-−–(]/u.test(c.text) || iv.hi.lt(0);
  if (neg) return iv.lo.isZero() && iv.hi.isZero() ? 0 : -1;
  return iv.lo.gt(0) || (!iv.lo.lt(0) && !iv.hi.isZero() && /^[ \t*_]*\+/u.test(c.text)) ? 1 : new D(f.value!.exact).isZero() ? 0 : 1;
}

/** The unit's tables; with none, those of the unit before, asked only once `triggered` says the
 * words that need one are written. */
export function tablesHereOrBefore(ctx: UnitContext, triggered: () => boolean): { src: UnitContext; tables: Table[] } | undefined {
  const here = findTables(ctx);
  if (here.length) return { src: ctx, tables: here };
  const prev = triggered() ? ctx.previous() : undefined;
  const there = prev ? findTables(prev) : [];
  return prev && there.length ? { src: prev, tables: there } : undefined;
}

export function findOnlyChanges(ctx: UnitContext): OnlyChange[] {
  return ctx.memo("only-changes", () => {
    if (!/(?:only|duy nhất)/u.test(ctx.lower)) return [];
    const out: OnlyChange[] = [];
    const res = [ONLY_EN, ONLY_VI];
    // No table here: the table of the unit before, asked only once the words are written.
    const near = tablesHereOrBefore(ctx, () => res.some((re) => new RegExp(re.source, "u").test(ctx.lower)));
    if (!near) return [];
    const { src, tables } = near;
    for (const s of ctx.sentences) {
      const text = ctx.lower.slice(s.start, s.end);
      for (const re of res) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          // The subject: the one row named on the sentence's line before the words.
          const before = text.slice(text.lastIndexOf("\n", m.index) + 1, m.index);
          const verb = m[2];
          // "the only area where prices rose by more than 5%": a threshold, not the sign.
          if (THRESHOLD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
          const words = m[1].split(/[ \t]+/u).filter((w) => w.length >= 4 && !/^(?:the|their|its|where|with|which|year|over)$/u.test(w));
          const fall = /^(?:fell|fall|falls|declined|decline|decreased|decrease|dropped|drop|giảm)$/u.test(verb);
          for (const t of tables) {
            const ranked = t.rows.filter((r) => !AGGREGATE_ROW.test(labelCore(r.label)) && !TOTAL_LABEL.test(labelCore(r.label)) && !SUB_ROW.test(r.label) && r !== sumRowOf(t));
            if (ranked.length < 3) continue;
            const named = ranked.filter((r) => labelCore(r.label).length >= 3 && hasPhrase(before, labelCore(r.label)));
            if (named.length !== 1 || !/^[^,;:]*$/u.test(before.slice(before.indexOf(labelCore(named[0].label))))) continue;
            // The change column: signed figures on every row; of several, the one whose header shares a word with the text.
            let cols = t.header.map((h, i) => i).filter((i) => i > 0 && CHANGE_HEAD.test(core(t.header[i])) && ranked.every((r) => r.cells[i]?.figure?.value && (r.cells[i].figure!.kind === "number" || r.cells[i].figure!.kind === "percent")));
            // The measure the text names: in the change column's own header ("Change in median"), or
            // as the header of the column just before a bare change column ("Thu ngân sách" | "Tăng/giảm").
            const phrase = m[1].trim();
            const all = cols;
            if (phrase) {
              cols = cols.filter((i) => {
                const h = core(t.header[i]);
                if (words.some((w) => !GENERIC.test(w) && hasPhrase(h, w))) return true;
                const prev = core(t.header[i - 1] ?? "");
                return i > 1 && !h.replace(CHANGE_WORDS, "").replace(/[^\p{L}]/gu, "") && prev.length >= 3 && hasPhrase(phrase, prev);
              });
            }
            // "the only site where concentrations fell" over "2022 annual mean | 2023 annual mean |
            // Change (%)": one change column of a table measuring one thing, by years.
            // (Only a generic word for the measured value, the clause closing on the verb.)
            if (!cols.length && all.length === 1 && /^(?:(?:the|its|their|annual|mean|average)[ \t]+)?(?:concentrations?|levels?|values?|readings?|figures?|nồng[ \t]+độ|giá[ \t]+trị|mức)$/u.test(phrase) && /^[ \t]*(?:[,.;]|$)/u.test(text.slice(m.index + m[0].length))) {
              const others = t.header.map((h, i) => i).filter((i) => i > 0 && i !== all[0]).map((i) => core(t.header[i]).replace(/(?:19|20)\d\d(?:[\/–-]\d{2,4})?/gu, "").replace(/\s+/gu, " ").trim());
              if (others.length >= 2 && others.every((h) => h.length >= 3 && h === others[0])) cols = all;
            }
            if (cols.length !== 1) continue;
            const col = cols[0];
            const values = ranked.map((r) => ({ row: r, figure: r.cells[col].figure!, text: r.cells[col].text.replace(/[*_`]/g, "").trim(), sign: signOf(src, r.cells[col], r.cells[col].figure!) }));
            // A column of changes has rises and falls written with their signs.
            if (!ranked.some((r) => /^[ \t*_]*[-−–+]/u.test(r.cells[col].text))) continue;
            const at = s.start + m.index + m[0].length - verb.length;
            out.push({ at: { start: at, end: at + verb.length }, fall, row: named[0], values, metric: t.header[col], source: src });
            break;
          }
        }
      }
    }
    return out;
  });
}

/** "The Northern Coast region grew fastest, at 4.6%, followed by Valmir at 4.1%; the capital region
 * … ranked third of the 16 regions with growth of 3.5%": the values of a ranking the sentence walks
 * down, each with its place. */
export interface ListedRank {
  place: number;
  figure: Figure;
  /** The words that give the place. */
  at: Span;
}

export interface ListedRanking {
  /** Ranked from the lowest value ("slowest", "lowest", "thấp nhất"). */
  ascending: boolean;
  items: ListedRank[];
}

// ("recorded the most casualties (412), ahead of …": "most" and "fewest" only after "the"; "dẫn đầu là
// huyện A (412 hộ), tiếp theo là …": the one who leads.)
const LEAD_EN = /(?<![\p{L}])(fastest|highest|largest|biggest|strongest|greatest|lowest|slowest|smallest|weakest|(?<=the[ \t]+)(?:most|fewest)(?=[ \t]+\p{L}))(?![\p{L}])/gu;
const LEAD_VI = /(?<![\p{L}])(cao nhất|lớn nhất|nhanh nhất|nhiều nhất|thấp nhất|nhỏ nhất|chậm nhất|ít nhất|dẫn đầu(?=[ \t]+là[ \t]))(?![\p{L}])/gu;
const LEAD = new RegExp(`${LEAD_EN.source}|${LEAD_VI.source}`, "gu");
/** Between the superlative and its value: ", at", " with", " (", ": ". */
const LEAD_GAP = /^(?:[ \t]+[\p{L}-]+){0,4}?[ \t]*(?:,[ \t]*|[ \t]+)(?:at|with|of|on|đạt|với|là|ở[ \t]+mức)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:of[ \t]+)?$|^(?:[ \t]+[\p{L}-]+){0,4}?[ \t]*(?:\(|:|,)[ \t]*$/u;
const NEXT_EN = /(?:followed[ \t]+by|then|and|ahead[ \t]+of)[ \t]+(?:the[ \t]+)?(?:\p{Lu}|[\p{L}-]+)(?:[ \t]+[\p{L}-]+){0,3}?[ \t]*(?:,[ \t]*)?(?:at|with|on|\()[ \t]*$/u;
const NEXT_VI = /(?:tiếp theo là|tiếp đến là|sau đó là|tiếp theo|tiếp đến|rồi đến|và)[ \t]+(?:[\p{L}-]+[ \t]+){0,4}?(?:với|đạt|ở mức|\()[ \t]*$/u;
const ORDINAL_PLACE = new RegExp(
  `(?<![\\p{L}])(?:ranked|ranking|came|was|placed|stood|finished)[ \\t]+(?:${ORD_EN})(?:[ \\t]+(?:of|out[ \\t]+of|among)[ \\t]+(?:the[ \\t]+)?(?:\\d{1,3}|[\\p{L}-]+)[ \\t]+[\\p{L}-]+)?[ \\t]+(?:with|at)[ \\t]+(?:(?!by|in)[\\p{L}-]+[ \\t]+){0,3}?(?:of[ \\t]+)?$|(?<![\\p{L}])(?:xếp|đứng)(?:[ \\t]+hạng)?[ \\t]+thứ[ \\t]+(?:${ORD_VI})(?:[ \\t]+(?:trong|trên)[ \\t]+(?:số[ \\t]+)?\\d{1,3}[ \\t]+[\\p{L}]+(?:[ \\t]+[\\p{L}]+)?)?[ \\t]+(?:với|đạt)[ \\t]+(?:[\\p{L}]+[ \\t]+){0,3}?$`,
  "u",
);

export function findListedRankings(ctx: UnitContext): ListedRanking[] {
  return ctx.memo("listed-rankings", () => {
    const out: ListedRanking[] = [];
    const lead = LEAD;
    lead.lastIndex = 0;
    if (!lead.test(ctx.lower)) return out;
    for (const s of ctx.sentences) {
      if (s.figs.length < 3) continue;
      const text = ctx.lower.slice(s.start, s.end);
      lead.lastIndex = 0;
      const m = lead.exec(text);
      if (!m) continue;
      const leadEnd = s.start + m.index + m[0].length;
      const first = s.figs.find((f) => f.start >= leadEnd);
      if (!first || !LEAD_GAP.test(ctx.lower.slice(leadEnd, first.qualifiers[0]?.start ?? first.start))) continue;
      if (first.kind !== "percent" && first.kind !== "number") continue;
      const items: ListedRank[] = [{ place: 1, figure: first, at: { start: leadEnd - m[0].length, end: leadEnd } }];
      let place = 1;
      let explicit = false;
      for (const f of s.figs.slice(s.figs.indexOf(first) + 1)) {
        const q = f.qualifiers[0]?.start ?? f.start;
        const pre = ctx.lower.slice(Math.max(s.start, q - 90), q);
        const o = ORDINAL_PLACE.exec(pre);
        const same = f.kind === first.kind && (f.unit ?? "") === (first.unit ?? "") && (f.scale?.factor ?? "1") === (first.scale?.factor ?? "1");
        if (o && same) {
          const w = o[1] ?? o[2] ?? o[3] ?? o[4];
          const p = /^\d+$/.test(w) ? +w : WORD_NUM[w];
          if (!p || p <= place) break;
          place = p;
          explicit = true;
          const a = q - pre.length + o.index;
          items.push({ place, figure: f, at: { start: a, end: a + o[0].trimEnd().length } });
          continue;
        }
        const next = NEXT_EN.exec(pre.slice(-60)) ?? NEXT_VI.exec(pre.slice(-60));
        if (next && same && !explicit) {
          // "followed by Valmir at 4.1% and Eastport at 3.9%": the items joined by "and" share a tier.
          if (!/^(?:and|và)(?![\p{L}])/u.test(next[0]) || items.length === 1) place++;
          const a = q - next[0].length;
          items.push({ place, figure: f, at: { start: a, end: q } });
          continue;
        }
        // "which produces 38.6% of national output": a share of something else, aside from the chain.
        if (/^[ \t]+(?:of|của)[ \t]/u.test(ctx.lower.slice(f.end, f.end + 5)) || /(?:chiếm|accounts?[ \t]+for|accounting[ \t]+for|produces?)[ \t]*$/u.test(pre)) continue;
        // Another figure in the chain's unit that no place is given to ends it.
        if (same) break;
      }
      // "… ahead of Blackburn (389) and Blackpool (356). Lancaster ranked fourth with 331": the walk
      // goes on in the next sentence when that one opens on the next place.
      const ns = ctx.sentences[ctx.sentences.indexOf(s) + 1];
      const nf = ns?.figs.find((f) => f.kind === first.kind && (f.unit ?? "") === (first.unit ?? "") && (f.scale?.factor ?? "1") === (first.scale?.factor ?? "1"));
      if (ns && nf && items[items.length - 1].figure !== nf && !ns.figs.some((f) => f.end <= nf.start)) {
        const q = nf.qualifiers[0]?.start ?? nf.start;
        const pre = ctx.lower.slice(ns.start, q);
        const o = pre.length <= 90 ? ORDINAL_PLACE.exec(pre) : null;
        const w = o ? o[1] ?? o[2] ?? o[3] ?? o[4] : undefined;
        const p = w ? (/^\d+$/.test(w) ? +w : WORD_NUM[w]) : 0;
        // (Of the same thing: its noun, when it has one, is said in the walk's sentence.)
        const noun = nf.noun?.toLowerCase().split(/[ \t]+/u)[0];
        if (o && p > place && /^[^,;:]*$/u.test(pre.slice(0, o.index)) && (!noun || text.includes(noun))) {
          explicit = true;
          items.push({ place: p, figure: nf, at: { start: ns.start + o.index, end: ns.start + o.index + o[0].trimEnd().length } });
        }
      }
      if (items.length >= 3 || (items.length === 2 && explicit)) out.push({ ascending: /^(?:lowest|slowest|smallest|weakest|fewest|thấp nhất|nhỏ nhất|chậm nhất|ít nhất)$/u.test(m[1] ?? m[2]), items });
    }
    return out;
  });
}

// "The five busiest stations were Central (1,912 incidents), Northgate (1,406), Riverside (1,233), …;
// Riverside was the third busiest station"; "Đức Phổ có năng suất cao thứ ba": an ordinal superlative
// said of one name of a list in the sentence or the one before (or of lines laid out just above).
const ORD_SUPER_EN = /(?<![\p{L}])(?:was|is|were|are|ranked|came|remained|remains)[ \t]+(?:the[ \t]+)?(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)[ \t-]+(busiest|highest|largest|biggest|most[ \t]+[\p{L}-]+|greatest|lowest|smallest|quietest|least[ \t]+[\p{L}-]+)(?![\p{L}])/gu;
const ORD_N: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

// "Đức Phổ có năng suất cao thứ ba", "… Sơn Tịnh thấp thứ hai": the Vietnamese order (the word, then the place).
const ORD_SUPER_VI = /(?<![\p{L}])(?:là|có|đạt|đứng|xếp)?[ \t]*(?:[\p{L}]+[ \t]+){0,3}?(cao|lớn|nhiều|thấp|nhỏ|ít)[ \t]+thứ[ \t]+(hai|nhì|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})(?![\p{L}\d\/])/gu;
const ORD_N_VI: Record<string, number> = { hai: 2, nhì: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

function ordinalSupers(ctx: UnitContext, s: { start: number; end: number }, text: string, out: RankOrder[], getLists: () => Table[]): void {
  const vi = ctx.lang === "vi";
  const re = vi ? ORD_SUPER_VI : ORD_SUPER_EN;
  re.lastIndex = 0;
  for (let m0 = re.exec(text); m0; m0 = re.exec(text)) {
    // (Groups as the English one's: the place, then the word.)
    const m = vi ? Object.assign([m0[0].slice(m0[0].indexOf(m0[1])), m0[2], m0[1]], { index: m0.index + m0[0].indexOf(m0[1]), input: m0.input }) as RegExpExecArray : m0;
    const rank = vi ? (ORD_N_VI[m[1]] ?? parseInt(m[1], 10)) : (ORD_N[m[1]] ?? parseInt(m[1], 10));
    if (!rank) continue;
    // "the second most expensive": a "most" of a quality the list may not measure.
    if (/^(?:most|least)[ \t]/u.test(m[2])) continue;
    // "tăng cao thứ hai": a change, not the value.
    if (vi && /(?:tăng|giảm)[ \t]+(?:[\p{L}]+[ \t]+){0,2}$/u.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const low = /^(?:lowest|smallest|quietest|thấp|nhỏ|ít)$/u.test(m[2]);
    const clause = text.slice(0, m.index);
    const before = clause.slice(Math.max(clause.lastIndexOf(";"), clause.lastIndexOf(","), clause.lastIndexOf("\n")) + 1);
    const si = ctx.sentenceIndexAt(s.start);
    const cands = getLists().filter((t) => {
      const li = ctx.sentenceIndexAt(t.rows[0].start);
      return li >= 0 && si >= 0 && si - li <= 1 && si >= li && t.rows[t.rows.length - 1].end <= s.start + m!.index;
    });
    if (cands.length !== 1) continue;
    const t = cands[0];
    // The list is whole: no value of its kind before its first name in its sentence.
    const ls = ctx.sentences[ctx.sentenceIndexAt(t.rows[0].start)];
    const f0 = t.rows[0].cells[1].figure!;
    if (ls.figs.some((f) => f.end <= t.rows[0].start && f.kind === f0.kind && (f.unit ?? "") === (f0.unit ?? ""))) continue;
    const ranked = t.rows.filter((r) => !AGGREGATE_ROW.test(labelCore(r.label)) && !TOTAL_LABEL.test(labelCore(r.label)) && !SUB_ROW.test(r.label) && r !== sumRowOf(t));
    if (ranked.length < 3 || rank > ranked.length) continue;
    const named = namedRows(ranked, before);
    if (named.length !== 1) continue;
    const row = named[0];
    // A measure named between the subject and the word must be the list's ("có năng suất cao thứ
    // hai" under "Năng suất lúa: …"; not "có diện tích cao thứ hai").
    const own = new Set(words(labelCore(row.label)));
    const measure = words(before).filter((w) => w.length >= 2 && !own.has(w) && !/^(?:có|là|đạt|đứng|xếp|với|the|was|is|were|are|huyện|xã|tỉnh)$/u.test(w));
    const tail = measure.slice(Math.max(0, measure.length - 3));
    if (vi && tail.length && !tail.every((w) => words(t.header[1]).includes(w))) continue;
    const values = ranked.map((r) => cellValue(ctx, r, 1, r.cells[1].figure!));
    const at = { start: s.start + m.index + m[0].indexOf(m[1]), end: s.start + m.index + m[0].indexOf(m[1]) + m[1].length };
    out.push({ at, rank, count: ranked.length, row, value: row.cells[1].figure!, metric: t.header[1], ascending: low, values, source: ctx, list: true, superlative: vi ? m[0] : m[0].slice(m[0].indexOf(m[1])) });
  }
}
