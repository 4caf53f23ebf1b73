// Amounts and their parts: "Tổng chi 15.620 tỷ đồng, gồm: chi đầu tư 5.410 tỷ đồng, chi thường
// xuyên 9.870 tỷ đồng, dự phòng 240 tỷ đồng", "VND 3,450 billion, of which recurrent spending VND
// 2,100 billion and …". Each part is a short label and an amount in the whole's unit and scale;
// amounts in brackets, after comparison words, or after plan words are not parts.
import type { Figure, Span } from "../types.ts";
import { sameNoun } from "../figures/nouns.ts";
import { UnitContext, allMatches, figurelessClause, inBrackets, scaledValue, type Sentence } from "./context.ts";
import { SOME_ONLY, type TotalParts } from "./parts.ts";

const INTRO = /(?<![\p{L}])(trong đó|bao gồm|gồm có|gồm|cụ thể|of which|of these|of this|including|comprising|consisting of|made up of|broken down into|breaks? down as|broke down as|broken down as|chia ra|chia thành|comprises|comprised|comprise|consists of|consisted of|split between|divided between|(?:came|comes|come) from(?=[ \t]*:)|as follows(?=[ \t]*:)|như sau(?=[ \t]*:))(?![\p{L}])[ \t]*:?/gu;
/** "funded from four sources, totalling £15.17m:" over one amount a line: the colon opens the total's items. */
// (Matched forward, not behind each colon: a lookbehind over a run of digits would read it again at
// every position.)
const TOTAL_COLON = /(?:totalling|totaling|totalled|totaled|a[ \t]+total[ \t]+of|tổng[ \t]+cộng)[ \t]+[£$€]?[\d.,]+[ \t]*(?:m|bn|k|million|billion|triệu[ \t]+đồng|tỷ[ \t]+đồng)?:(?=[ \t]*\r?\n)/gu;

/** The colons of TOTAL_COLON, as matches of the colon alone (its intro word is ":"). */
function totalColons(lower: string): RegExpMatchArray[] {
  if (!/total|tổng[ \t]+cộng/u.test(lower)) return [];
  return allMatches(TOTAL_COLON, lower).map((m) => {
    const r = [":", ":"] as unknown as RegExpMatchArray;
    r.index = m.index! + m[0].length - 1;
    return r;
  });
}
/** "Of total expenditure of £471.3m, staff costs accounted for £283.9m, …": the amount the
 * sentence opens on, broken down after its comma. */
const OF_TOTAL = /(,)(?<=(?:(?:^|[.\n][ \t]*)of[ \t]+(?:the[ \t]+)?(?:[\p{L}-]+[ \t]+){1,4}of[ \t]+[£$€][\d.,]+[ \t]*(?:m|bn|k|million|billion)?|(?:^|[.\n][ \t]*)of[ \t]+the[ \t]+[£$€][\d.,]+[ \t]*(?:m|bn|k|million|billion)?(?:[ \t]+[\p{L}-]+){1,3}|(?:^|[.\n][ \t]*)of[ \t]+the[ \t]+[\d.,]+[ \t]*(?:tonnes|tons|hectares|ha|km|kilometres|miles|mwh|gwh|kwh|litres|megalitres|cubic[ \t]+metres)(?:[ \t]+[\p{L}-]+){0,3}),)/gu;
const COMPARED = /(?<![\p{L}])(?:thấp hơn|cao hơn|ít hơn|nhiều hơn|so với|hơn|than|compared (?:with|to)|against)(?![\p{L}])[^,;:\d]*$/u;
const EXHAUSTIVE_WORDS = "bao gồm|gồm có|gồm|cụ thể|comprising|consisting of|made up of|split between|divided between|broken down into|breaks? down as|broke down as|broken down as|chia ra|chia thành|comprises|comprised|comprise|consists of|consisted of";
const EXHAUSTIVE = new RegExp(`^(?:${EXHAUSTIVE_WORDS})$`, "u");
/** Words that list the whole item by item, so an item may be named after its amount ("bao gồm" too,
 * though it may leave items out). */
const LISTS_ALL = new RegExp(`^(?:bao gồm|${EXHAUSTIVE_WORDS})$`, "u");
/** Words in a part's label that make its amount something else than a share of the whole. */
const NOT_A_LABEL = /(?<![\p{L}])(?:tăng|giảm|vượt|hụt|bằng|so với|cùng kỳ|kế hoạch|dự toán|mục tiêu|lũy kế|luỹ kế|ước cả năm|bình quân|trung bình|tổng(?![ \t]+(?:công[ \t]+ty|cục|liên[ \t]+đoàn|đội|hội|biên[ \t]+tập|giám[ \t]+đốc))|up|down|increase|decrease|rose|fell|compared|against|plan|target|estimate|budget|forecast|average|total|than|last year|previous|per)(?![\p{L}])/u;
const BRACKET_NOT_LABEL = /(?<![\p{L}])(?:tăng|giảm|vượt|hụt|bằng|so với|cùng kỳ|kế hoạch|dự toán|lũy kế|luỹ kế|ước|bình quân|trung bình|up|down|increase|decrease|rose|fell|compared|against|plan|estimate|budget|forecast|average|than|last|previous|per)(?![\p{L}])/u;
/** Left over after the label: connectives, the verbs that carry an amount, and a currency code. */
const LABEL_TAIL = /(?:[ \t]+(?:là|đạt|khoảng|ước đạt|ước|was|were|is|of|at|about|totalling|totaling|amounting to|vnd|usd))*[ \t]*$/u;
/** The last item named as the rest of the whole: after its amount, or in its label before it. */
const REST_AFTER = /^[ \t]*(?:(?:are|were|is|was)[ \t]+)?(?:unclassified|other|others|the rest|remaining|còn lại|khác|chưa phân loại|chưa được phân loại)(?![\p{L}])[ \t]*(?:[.;)]|$)/u;
const REST_LABEL = /(?<![\p{L}])(?:còn lại|khác|the remaining|the rest|other|others|unclassified|chưa phân loại)(?![\p{L}])/u;
const SEPARATOR = /[,;:]|(?<![\p{L}])(?:và|and)(?![\p{L}])/gu;

/** The whole's unit and scale as written after its digits ("tỷ đồng", "billion"), for messages. */
export function amountSuffix(f: Figure): string {
  const v = f.value;
  if (!v) return "";
  const after = f.text.slice(v.end - f.start).trim();
  return after;
}

/** A number written the way an amount was: "£1.8m", "$1.8 million", "180 tỷ đồng". */
export function asWritten(f: Figure, num: string): string {
  const v = f.value;
  if (!v) return num;
  const prefix = f.text.slice(0, v.start - f.start);
  const glued = !/^[ \t]/.test(f.text.slice(v.end - f.start));
  return `${prefix}${num}${glued ? "" : " "}${amountSuffix(f)}`.trim();
}

function sameMeasure(a: Figure, b: Figure): boolean {
  // Scale words may differ: "$1.72bn, including $640m on fleet" (the checks compare scaled values).
  if (scaledCount(a) && scaledCount(b)) return !a.noun || !b.noun || sameNoun(a.noun, b.noun);
  return a.kind === "number" && b.kind === "number" && !!a.unit && a.unit === b.unit && a.unit !== "%" && a.unit !== "pp" && a.unit !== "times" && !a.perYear && !b.perYear;
}

/** "Employment reached 4.82 million, including 1.31 million in industry": a count in scale words. */
function scaledCount(f: Figure): boolean {
  return f.kind === "number" && !f.unit && !!f.scale && !f.perYear;
}


/** Two labels that split any whole between them: "trong đó nuôi trồng 11.940 tấn, khai thác 920 tấn". */
const AMOUNT_SIDES: [RegExp, RegExp][] = [
  [/(?:^|[ \t])(?:nuôi trồng|farmed|aquaculture)$/u, /(?:^|[ \t])(?:khai thác|caught|capture|wild-caught)$/u],
  [/(?:^|[ \t])(?:thành thị|đô thị|urban)$/u, /(?:^|[ \t])(?:nông thôn|rural)$/u],
  [/(?:^|[ \t])(?:nam|men|males?)$/u, /(?:^|[ \t])(?:nữ|women|females?)$/u],
  [/(?:^|[ \t])công lập$/u, /(?:^|[ \t])ngoài công lập$/u],
  // The two kinds of transfer from the level above, and funds raised at home or abroad.
  [/(?:^|[ \t])(?:bổ sung )?cân đối$/u, /(?:^|[ \t])(?:bổ sung )?có mục tiêu$/u],
  [/(?:^|[ \t])(?:vốn )?trong nước$/u, /(?:^|[ \t])(?:vốn )?(?:nước ngoài|ngoài nước)$/u],
  [/(?:^|[ \t])domestic$/u, /(?:^|[ \t])(?:foreign|external|overseas)$/u],
];

/** The words right before the amount, since the last separator, without connectives. */
function labelBefore(ctx: UnitContext, from: number, f: Figure): string {
  const q = f.qualifiers[0]?.start ?? f.start;
  const before = ctx.lower.slice(Math.max(from, q - 80), q);
  let cut = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(before); m; m = SEPARATOR.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut).replace(LABEL_TAIL, "").trim();
}

function sides(ctx: UnitContext, from: number, two: Figure[]): boolean {
  const [a, b] = two.map((f) => labelBefore(ctx, from, f));
  return AMOUNT_SIDES.some(([x, y]) => (x.test(a) && y.test(b) && !y.test(a)) || (y.test(a) && x.test(b) && !y.test(b)));
}

/** A part: a short label of words right before the amount, since the last separator. */
function labelled(ctx: UnitContext, from: number, f: Figure): boolean {
  const q = f.qualifiers[0]?.start ?? f.start;
  // "Component 1, Water Supply Infrastructure, US$62.0 million": a label set off by a comma.
  // ("other earned income, including sponsorship and retail, of £1.74 million": an aside set off by
  // commas is no separator of items.)
  // ("nợ đang chờ xử lý (khoanh nợ, gia hạn, miễn giảm) 123,4 tỷ đồng": words in brackets gloss the
  // label; their commas part no items and their words are no change.)
  const before = ctx.lower.slice(Math.max(from, q - 80), q).replace(/\([^()\d]*\)/gu, " ").replace(/(?<=[\p{L}\p{M}])[ \t]*,[ \t]*(?:including|such as|chủ yếu là|như)[ \t][^;:\d()]{1,60}?,[ \t]*(?=of[ \t]*$)/u, " ").replace(/(?<=[\p{L}\p{M}])[ \t]*,[ \t]*$/u, " ");
  let cut = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(before); m; m = SEPARATOR.exec(before)) cut = m.index + m[0].length;
  const label = before.slice(cut).replace(LABEL_TAIL, "").trim();
  // ("NHS England Long Term Plan funding of £296,000": a capitalised name's "Plan" plans nothing.)
  const at = Math.max(from, q - 80) + before.lastIndexOf(label);
  const named = ctx.lower.length === ctx.text.length && before.length === q - Math.max(from, q - 80) ? label.replace(/(?<![\p{L}])[\p{L}]+(?![\p{L}])/gu, (w, i: number) => (/^\p{Lu}/u.test(ctx.text.charAt(at + i)) && i > 0 && /\p{Lu}/u.test(ctx.text.charAt(at + label.lastIndexOf(" ", i - 2) + 1)) ? "x" : w)) : label;
  // "thu chuyển nguồn từ năm 2022 sang 2.765,3 tỷ đồng": a year may name the part.
  // ("Chương trình mục tiêu quốc gia" names a programme; its "mục tiêu" is no target.)
  if (!label || /\d/.test(label.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, "")) || NOT_A_LABEL.test(named.replace(/chương trình mục tiêu(?: quốc gia)?|(?<=bổ sung )có mục tiêu/gu, "chương trình").replace(/giá trị gia tăng|^giảm (?=khấu trừ|trừ)/gu, "thuế "))) return false;
  const words = label.split(/\s+/);
  // (Vietnamese words are syllables: "hộ sản xuất kinh doanh tại vùng khó khăn" is one label.)
  // ("vốn đối ứng của các cơ sở công nghiệp nông thôn": eleven syllables after a semicolon.)
  return words.length <= 14 && words.every((w) => /^(?:[\p{L}\p{M}'’()&-]+|(?:19|20)\d\d)$/u.test(w));
}

const AVERAGE_LEAD = /(?<![\p{L}])(?:(?:bình[ \t]+quân|trung[ \t]+bình)[ \t]+(?:mỗi|một|trên)|on[ \t]+average|averaging|an?[ \t]+average[ \t]+of|mỗi|each|per)(?![\p{L}])/u;

function averageOf(ctx: UnitContext, s: Sentence, f: Figure): boolean {
  const q = f.qualifiers[0]?.start ?? f.start;
  return AVERAGE_LEAD.test(ctx.lower.slice(Math.max(s.start, q - 40), q).split(/[,;:(]/u).pop()!);
}

/** The amount of the average's unit right before the comma that opens the average's clause. */
function totalBeforeAverage(ctx: UnitContext, s: Sentence, avg: Figure): Figure | undefined {
  const k = s.figs.indexOf(avg);
  const t = k > 0 ? s.figs[k - 1] : undefined;
  if (!t || t.kind !== "number" || !t.unit || t.unit !== avg.unit || (t.scale?.factor ?? "1") !== (avg.scale?.factor ?? "1") || averageOf(ctx, s, t)) return undefined;
  return /^[^,;()\d]{0,60},[^,;()\d]{0,50}$/u.test(ctx.lower.slice(t.end, avg.qualifiers[0]?.start ?? avg.start)) ? t : undefined;
}

export function findAmountParts(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  const intros = [...allMatches(INTRO, ctx.lower), ...allMatches(OF_TOTAL, ctx.lower), ...totalColons(ctx.lower)].sort((a, b) => a.index! - b.index!);
  for (let k = 0; k < intros.length; k++) {
    const m = intros[k];
    const p = m.index!;
    const introEnd = p + m[0].length;
    const si = ctx.sentenceIndexAt(p);
    if (si < 0) continue;
    const s: Sentence = ctx.sentences[si];
    // "… 14.862,4 tỷ đồng, tăng 8,4%. Cụ thể:" + list lines: the whole leads the sentence before.
    // "… A$14.61 billion … . Expenditure comprised:": a short subject with no figure opens it too.
    const opensSentence = /^[\s"“(*•-]*$/.test(ctx.text.slice(s.start, p)) || (p - s.start <= 40 && !s.figs.some((f) => f.start < p));
    // (A part named again to be broken down is a whole in its own right: it may be used already.)
    const named = !nearestWhole(ctx, s, p) && opensSentence && si > 0 ? namedBefore(ctx, s, p, ctx.sentences[si - 1]) : undefined;
    const whole0 = named ?? nearestWhole(ctx, s, p) ?? (opensSentence && si > 0 ? leadAmount(ctx, ctx.sentences[si - 1]) ?? totalByName(ctx, s, p, si) : undefined);
    // ("… hiến 412.560 m² đất, bình quân mỗi hộ hiến 77,6 m²; trong đó đất ở …": past an average in its
    // clause, the total it averages, said right before it, is broken down.)
    const whole = whole0 && averageOf(ctx, s, whole0) ? totalBeforeAverage(ctx, s, whole0) : whole0;
    // (A part broken down in its own bracket, "… 2.315,4 tỷ đồng (trong đó …)", is a whole in its own right.)
    const ownBracket = !!whole && /^[ \t]*\([ \t]*$/u.test(ctx.text.slice(whole.end, p));
    // (Nor is one broken down within its own list item: "2. Thu bổ sung …: 612.480 triệu đồng, trong đó …".)
    const ownItem = !!whole && whole.start >= s.start && (/^\s*(?:[-+*•–]|\d{1,2}[.)]|[a-zđ]\))[ \t]+/u.test(ctx.text.slice(s.start, Math.min(s.end, s.start + 12))) || (si > 0 && /^\s*\d{1,2}\.$/u.test(ctx.text.slice(ctx.sentences[si - 1].start, ctx.sentences[si - 1].end))));
    if (!whole || (used.has(whole.id) && whole !== named && !ownBracket && !ownItem)) continue;
    // ("… a total of £90.3m. Cost per unit breaks down as follows: management £1,246; …": a subject that names a
    // rate per unit breaks down that rate, not a total said before it.)
    if (whole.end <= s.start && /(?<![\p{L}])(?:per|each|average|mean|mỗi|bình[ \t]+quân|trung[ \t]+bình)(?![\p{L}])|\//u.test(ctx.lower.slice(s.start, p))) continue;
    // ("Every £1 of LGF therefore levered about £2.2 …": an amount per unit is no whole.)
    if (/(?<![\p{L}])(?:every|each|per|mỗi|cứ)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, (whole.qualifiers[0]?.start ?? whole.start) - 8), whole.qualifiers[0]?.start ?? whole.start))) continue;
    // ("- dredging £5.4m (14.1%);\n- other costs, including volunteering and education, £3.8m": words
    // inside a list item's label break down nothing of the item above.)
    if (whole.end < p && /\n[ \t]*(?:[-+*•–]|\d{1,2}[.)]|[a-zđ]\))[ \t]+[^\n]*$/u.test(ctx.text.slice(whole.end, p))) continue;
    // ("£6.9m of these were collected, leaving £11.7m": an amount right before "of these" is a part of them.)
    if (/^(?:of these|of them|of those|of this)$/u.test(m[1] ?? "") && /^[ \t]*$/u.test(ctx.text.slice(whole.end, p))) continue;
    // (An intro with no figure in its own clause, "… on airfield works including the rehabilitation
    // of runway 09/27, and £15.6 million …", opens no list of its own.)
    let n = k + 1;
    // (Nor does one inside a bracket, which breaks down the part before it: "… 2.315,4 tỷ đồng (trong
    // đó vốn trong nước 1.987,0 tỷ đồng, …) và vốn … 420,2 tỷ đồng".)
    while (intros[n] && intros[n].index! < s.end && (figurelessClause(ctx, intros[n].index! + intros[n][0].length) || inBrackets(ctx, introEnd, intros[n].index!))) n++;
    const next = intros[n]?.index;
    let limit = next !== undefined && next < s.end ? next : s.end;
    // "gồm truy thu 9,18 tỷ đồng và phạt 3,27 tỷ đồng; bình quân mỗi doanh nghiệp … 183,1 triệu đồng":
    // without a colon the list ends with its clause.
    // ("Trong đó, ngành A đạt X; B Y; C Z" runs on: only a clause that is no item ends it.)
    if (!/:[ \t]*$/.test(m[0])) {
      for (let semi = ctx.text.indexOf(";", introEnd); semi >= 0 && semi < limit; semi = ctx.text.indexOf(";", semi + 1)) {
        const nextFig = s.figs.find((f) => f.start > semi);
        // ("; kiến nghị xử lý khác (giảm trừ quyết toán, …) 38,47 tỷ đồng": a bracket glosses the label.)
        const clause = ctx.lower.slice(semi + 1, nextFig ? nextFig.qualifiers[0]?.start ?? nextFig.start : limit).replace(/\([^()]*\)/gu, " ");
        // ("…; còn tồn quỹ 1,79 tỷ đồng", "…; leaving £1.8m unspent": what is left is no item of the list.)
        if (NOT_A_LABEL.test(clause) || /(?<![\p{L}])(?:mỗi|each|per)(?![\p{L}])/u.test(clause) || /^[ \t]*(?:còn[ \t]+(?:tồn|lại|dư)|số[ \t]+dư|tồn[ \t]+quỹ|kết[ \t]+dư|leaving|the[ \t]+rest|the[ \t]+remaining|a[ \t]+balance|riêng|in[ \t]+particular|of[ \t]+this)(?![\p{L}])/u.test(clause)) {
          limit = semi;
          break;
        }
      }
    }
    // ("Of the £12.0 million capital programme, £9.6 million … was spent; of the £3.0 million …": the
    // sentence's opening amount is broken down within its clause.)
    if (m[1] === ",") {
      const semi = ctx.text.indexOf(";", introEnd);
      if (semi >= 0 && semi < limit) limit = semi;
    }
    // An intro inside a bracket lists only up to the bracket's end: "… 7.150 tỷ đồng (trong đó chi từ
    // nguồn thu tiền sử dụng đất 3.120 tỷ đồng), chi thường xuyên …".
    if (inBrackets(ctx, s.start, p)) {
      const close = ctx.text.indexOf(")", introEnd);
      if (close >= 0 && close < limit) limit = close;
    }
    // "1.850 km đường tỉnh, trong đó 1.612 km đã được cứng hóa (87,1%); đường huyện 2.460 km, …":
    // "trong đó" inside a sentence lists up to its clause's end.
    // (Not over items labelled by their years: "trong đó năm 2022: 4,12 tỷ đồng; năm 2023: 6,53 tỷ đồng".)
    if (/^(?:trong đó|of which|including)$/u.test(m[1]) && !/:[ \t]*$/u.test(m[0]) && !opensSentence) {
      const semi = ctx.text.indexOf(";", introEnd);
      if (semi >= 0 && semi < limit && !/^[ \t]*(?:năm|year|fy)[ \t]+(?:19|20)\d\d(?:\/\d{2,4})?[ \t]*:/u.test(ctx.lower.slice(semi + 1, semi + 20))) limit = semi;
    }
    const parts: Figure[] = [];
    let itemSkipped = false;
    let deducted = false;
    /** The words right before an amount, back to `from` (at most 50 characters). */
    const leadOf = (f: Figure, from: number) => ctx.lower.slice(Math.max(introEnd, from, (f.qualifiers[0]?.start ?? f.start) - 50), f.qualifiers[0]?.start ?? f.start);
    for (const f of s.figs) {
      if (f.start < introEnd || f.start >= limit) continue;
      if (!sameMeasure(whole, f) || used.has(f.id)) continue;
      // ("…, thấp hơn 3,6 tỷ đồng so với mức 25,0 tỷ đồng dự kiến …": an amount its item is compared
      // with, or by which it differs, is no item; "…, less income of £1.24 million": one taken off
      // leaves a sum the parts do not make by adding.)
      const lead = leadOf(f, parts.length ? parts[parts.length - 1].end : introEnd);
      if (/(?<![\p{L}])(?:less|minus|net of|after deducting|offset by|trừ đi|(?<!giảm[ \t])khấu trừ)(?![\p{L}])[^,;:\d]*$/u.test(lead)) {
        deducted = true;
        break;
      }
      if (COMPARED.test(lead)) continue;
      // "£52.7 million, of which £41.4 million …": right after the words, no label is needed.
      const first = !parts.length && (f.qualifiers[0]?.start ?? f.start) - introEnd <= 6;
      // English names an amount after it too: "£3.7m are at risk", "$935m on infrastructure renewals".
      const namedAfter = /^[ \t]*(?:\([^()]*\)[ \t]*)?(?:(?:are|were|is|was|has|have|had|remain|remained)(?![\p{L}])|(?:on|for|in|from|to|at|across|under|within|through|via|by|(?:relating|related|attributable|due) to)[ \t]+\p{L})/u.test(ctx.lower.slice(f.end, f.end + 30)) || (LISTS_ALL.test(m[1]) && (/^[ \t]+of[ \t]+\p{L}/u.test(ctx.lower.slice(f.end, f.end + 6)) || (!!f.unit && !!f.noun)));
      // ("gồm: - ngân sách tỉnh: 612 triệu đồng; - ngân sách huyện: …": items inline, each a label and its colon.)
      const semi = ctx.text.lastIndexOf(";", f.start);
      // ("…, trong đó năm 2022: 4,12 tỷ đồng; năm 2023: 6,53 tỷ đồng; …": items labelled by their year.)
      const yearItem = /(?<![\p{L}])(?:năm|year|fy)[ \t]+(?:19|20)\d\d(?:\/\d{2,4})?[ \t]*:[ \t]*$/u.test(ctx.lower.slice(Math.max(introEnd, semi + 1), f.qualifiers[0]?.start ?? f.start));
      const inlineItem = (/:[ \t]*$/u.test(m[0]) && colonLabelled(ctx, Math.max(introEnd, semi + 1), f)) || yearItem;
      // "made up of the national park grant (£9.60 million), car park charges (£3.46 million) and …":
      // under words that list all of the whole, an amount alone in brackets after its label is the item's.
      const glossed = LISTS_ALL.test(m[1]) && !/[;]/u.test(ctx.text.slice(introEnd, f.start)) && /\p{L}[ \t]*\([ \t]*$/u.test(ctx.lower.slice(Math.max(introEnd, (f.qualifiers[0]?.start ?? f.start) - 30), f.qualifiers[0]?.start ?? f.start)) && /^[ \t]*\)/u.test(ctx.lower.slice(f.end, f.end + 3));
      // ("£14.6m, of which £9.1m was reactive jetting, £3.4m the FOG programme, and £1.7m proactive CCTV":
      // after an item read, the next named after it in the same run.)
      const runOn = parts.length >= 1 && /(?:,|(?<![\p{L}])and)[ \t]*$/u.test(ctx.lower.slice(parts[parts.length - 1].end, f.qualifiers[0]?.start ?? f.start)) && /^[^\d;.()]{0,80}$/u.test(ctx.lower.slice(parts[parts.length - 1].end, f.start)) && /^[ \t]+(?:the[ \t]+|was[ \t]+|were[ \t]+)?[\p{L}][^\d;()]{0,60}?(?:[,;.]|$)/u.test(ctx.lower.slice(f.end, Math.min(s.end + 1, f.end + 62))) && !/^[ \t]+of[ \t]/u.test(ctx.lower.slice(f.end, f.end + 5)) && !/(?<![\p{L}])(?:of[ \t]+which|including|trong[ \t]+đó)(?![\p{L}])/u.test(ctx.lower.slice(f.end, Math.min(s.end, f.end + 200)));
      if ((inBrackets(ctx, introEnd, f.start) && !glossed) || (!first && !glossed && !labelled(ctx, introEnd, f) && !namedAfter && !inlineItem && !runOn)) continue;
      parts.push(f);
    }
    // A colon at the end of the line: the parts are the list items below, one amount each.
    const colonLine = /^[ \t]*\r?\n/.test(ctx.text.slice(introEnd, introEnd + 3)) && /:[ \t]*$/.test(m[0]);
    if (colonLine) {
      let numbered = false;
      let firstKind: string | undefined;
      let firstItem: { indent: number; bullet: string } | undefined;
      let opensList = false;
      for (let j = si + 1; j < ctx.sentences.length; j++) {
        const item = ctx.sentences[j];
        // ("1. Thu …: 398.215 triệu đồng;": the sentences split after a list number's dot, so the
        // number stands alone and its item is the sentence after it.)
        if (/^\s*\d{1,2}\.$/u.test(ctx.text.slice(item.start, item.end)) && j + 1 < ctx.sentences.length) {
          numbered = true;
          continue;
        }
        const marker = numbered ? /^[ \t]*/u.exec(ctx.text.slice(item.start, item.end)) : /^\s*(?:[-+*•–]|\d{1,2}[.)]|[a-zđ]\))[ \t]+/u.exec(ctx.text.slice(item.start, item.end));
        const kind = numbered ? "1" : /\d/u.test(marker?.[0] ?? "") ? "1" : /\)/u.test(marker?.[0] ?? "") ? "a" : "-";
        numbered = false;
        if (!marker) break;
        // ("2. Chi thường xuyên …, cụ thể:\n- …;\n- ….\n\n3. Dự phòng …": items of one kind of marker
        // only; the next numbered item is a sibling of the line that opened the list.)
        firstKind ??= kind;
        if (kind !== firstKind) break;
        // ("- Thu bổ sung …: 618.275 triệu đồng\n    + Bổ sung cân đối: 421.600 …": an item set in further,
        // under another bullet, breaks down the item above it.)
        const indent = indentOf(ctx, item.start) + (/^\s*/u.exec(marker[0])?.[0].replace(/\r?\n/gu, "").length ?? 0);
        const bullet = /[-+*•–]/u.exec(marker[0])?.[0] ?? "";
        firstItem ??= { indent, bullet };
        // ("- Ngân sách trung ương: 142.300 triệu đồng, gồm:\n  - vốn đầu tư phát triển 98.600 …": an item set
        // in under one that opens a list of its own breaks that item down, whatever its bullet.)
        if (indent > firstItem.indent && (bullet !== firstItem.bullet || opensList)) continue;
        // ("- Nông nghiệp …, gồm:\n  - trồng trọt …;\n  - chăn nuôi …;\n- Lâm nghiệp …": an item set back further is
        // a sibling of the line that opened the list.)
        if (indent < firstItem.indent) break;
        opensList = /(?:gồm|bao[ \t]+gồm|cụ[ \t]+thể|trong[ \t]+đó|including|of[ \t]+which|comprising)?[ \t]*:\s*$/u.test(ctx.lower.slice(item.start, item.end).replace(/[.;]+\s*$/u, ""));
        const from = item.start + marker[0].length;
        // "- Chương trình …: kế hoạch 298,5 tỷ đồng, giải ngân 152,6 tỷ đồng": an item with two amounts
        // of the measure does not say which is its part.
        // (Not the base of its change: "£243.5m, up 4.0% from £234.1m".)
        const base = (g: Figure) => /(?<![\p{L}])(?:from|on|than|against|compared[ \t]+(?:with|to)|từ|so[ \t]+với|hơn|tăng|giảm|up|down|by)[ \t]*$/u.test(ctx.lower.slice(Math.max(from, g.start - 16), g.qualifiers[0]?.start ?? g.start));
        // ("2. Thu bổ sung: 612.480 triệu đồng, trong đó bổ sung cân đối 448.300 …": what follows the
        // item's own "trong đó" breaks the item down, and is read as its own list.)
        const nested = /(?<![\p{L}])(?:trong đó|of which|including|bao gồm|gồm)(?![\p{L}])/u.exec(ctx.lower.slice(from, item.end));
        const itemEnd = nested && item.figs.some((g) => g.start >= from && g.start < from + nested.index) ? from + nested.index : item.end;
        if (item.figs.filter((g) => g.start >= from && g.start < itemEnd && sameMeasure(whole, g) && !inBrackets(ctx, from, g.start) && !base(g)).length > 1) {
          itemSkipped = true;
          continue;
        }
        // "- coal, 2,100 MW;": a list item names its amount by its own words, whatever separates them.
        const f = item.figs.find((g) => g.start >= from && g.start < itemEnd && sameMeasure(whole, g) && !used.has(g.id) && !inBrackets(ctx, from, g.start) && (labelled(ctx, from, g) || (g === item.figs.find((x) => x.start >= from) && /^[\p{L}\p{M} \t'’()\d,-]+[,:]?[ \t]*$/u.test(ctx.lower.slice(from, g.qualifiers[0]?.start ?? g.start)) && /\p{L}/u.test(ctx.lower.slice(from, g.start)) && !NOT_A_LABEL.test(ctx.lower.slice(from, g.start)))));
        const g0 = f ? undefined : item.figs.find((g) => g.start >= from);
        if (f) parts.push(f);
        else if (g0 && sameMeasure(whole, g0) && !used.has(g0.id) && colonLabelled(ctx, from, g0)) parts.push(g0);
        // An item with an amount of the whole's measure that could not be read as a part ("Dịch vụ
        // làm đất, gieo sạ, thu hoạch bằng máy: 3.128 triệu đồng"): the list is not known to be whole.
        else if (item.figs.some((g) => g.start >= from && g.start < itemEnd && sameMeasure(whole, g) && !inBrackets(ctx, from, g.start))) itemSkipped = true;
      }
    }
    // One part is enough to hold it to its whole (part-exceeds-whole); a sum needs two.
    if (!parts.length || deducted) continue;
    const cue: Span = { start: p, end: p + m[1].length };
    // An amount of the same measure in the list that could not be read as a part: the list is
    // not known to be complete.
    const skipped = s.figs.some((f) => f.start >= introEnd && f.start < limit && !parts.includes(f) && sameMeasure(whole, f) && !inBrackets(ctx, introEnd, f.start) && !COMPARED.test(leadOf(f, introEnd)));
    // "Of this, 512 km are A roads, …, and 1,586 km are unclassified", "…, các nguồn khác 1.120 tỷ
    // đồng": a last item named as the rest closes the list, so the parts are all of the whole.
    const last = parts[parts.length - 1];
    const restLast = (parts.length === 2 && sides(ctx, introEnd, parts)) || parts.length >= 2 && (REST_AFTER.test(ctx.lower.slice(last.end, last.end + 40)) || REST_LABEL.test(ctx.lower.slice(Math.max(parts[parts.length - 2].end, (last.qualifiers[0]?.start ?? last.start) - 40), last.qualifiers[0]?.start ?? last.start).split(/[,;]|(?<![\p{L}])(?:và|and)(?![\p{L}])/u).pop()!));
    // ("Một số dự án có tỷ lệ giải ngân cao, cụ thể:": "cụ thể" names all only where nothing says some.)
    const someOnly = m[1] === "cụ thể" && SOME_ONLY.test(ctx.lower.slice(whole.end, p));
    // ("Total investment … was £9.84 million, of which:" over one amount a line: the breakdown laid
    // out in full.)
    const bulleted = m[1] === "of which" && colonLine && parts.length >= 3 && !skipped && !itemSkipped;
    // ("Of the £1,946,300 gross income, £1,412,800 came through the website, £289,400 through the box
    // office, £96,700 by telephone and £138,400 through agents": a whole split in one breath, closed by
    // "and", is meant as all of it; a sum a hair short of it is a miscount.)
    // ("… 612,5 triệu đồng, gồm ngân sách huyện 428,0 triệu đồng và nguồn xã hội hóa 184,5 triệu đồng (trong
    // đó kinh phí mua sách … là 186,4 triệu đồng)": a bracket after a list's last item that its part
    // passes, but not the sentence's total, breaks down that total.)
    if (ownBracket && parts.length === 1 && scaledValue(parts[0]).gt(scaledValue(whole)) && s.figs.some((f) => f.end <= whole.start && sameMeasure(whole, f) && scaledValue(f).gt(scaledValue(parts[0])))) continue;
    const closedSplit = m[1] === "," && parts.length >= 3 && !skipped && !itemSkipped && /(?<![\p{L}])and[ \t]+$/u.test(ctx.lower.slice(parts[parts.length - 2].end, parts[parts.length - 1].qualifiers[0]?.start ?? parts[parts.length - 1].start)) && !s.figs.some((f) => f.start > parts[parts.length - 1].end && sameMeasure(whole, f));
    // ("hiến 412.560 m² đất, …; trong đó đất ở 38.740 m², đất nông nghiệp 296.180 m², đất vườn 76.740 m²": three
    // kinds or more, each named by the whole's own noun, are meant as all of it.)
    const head = whole.noun?.split(" ")[0];
    const labels = parts.map((f, i) => ctx.lower.slice(i ? parts[i - 1].end : introEnd, f.qualifiers[0]?.start ?? f.start).replace(/^[ \t,;:]*(?:(?:và|and)[ \t]+)?/u, "").trim());
    // ("Tổng nguồn vốn … đạt 612,4 tỷ đồng … . Trong đó: nguồn vốn trung ương …; nguồn vốn ngân sách địa phương
    // …; nguồn vốn huy động …": or named by the words the whole's sentence gives it.)
    const common = labels[0]?.split(/[ \t]+/u).slice(0, 2).join(" ");
    const wholeLead = ctx.lower.slice(Math.max(ctx.sentenceOf(whole).start, whole.start - 80), whole.start);
    const namedKinds = !!common && common.includes(" ") && labels.every((l) => l.startsWith(`${common} `) && !/\d/u.test(l)) && new RegExp(`(?<![\\p{L}])${common.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(wholeLead);
    const kindsOfWhole = parts.length >= 3 && !skipped && !itemSkipped && /^(?:trong đó|gồm|bao gồm)$/u.test(m[1] ?? "") && new Set(labels).size === labels.length && ((!!head && head.length >= 2 && labels.every((l) => l.startsWith(`${head} `) && l.length <= 30 && !/\d/u.test(l))) || namedKinds);
    out.push({ whole, wholeNum: whole.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: ((EXHAUSTIVE.test(m[1]) && !someOnly) || m[1] === ":" || restLast) && !skipped && !itemSkipped, cue, amounts: true, bulleted: bulleted || undefined, closedSplit: closedSplit || kindsOfWhole || undefined });
    used.add(whole.id);
    for (const f of parts) used.add(f.id);
  }
  return out;
}

/** The spaces before `at` on its line (a tab counts as four). */
function indentOf(ctx: UnitContext, at: number): number {
  const lineStart = ctx.text.lastIndexOf("\n", at - 1) + 1;
  const lead = /^[ \t]*/u.exec(ctx.text.slice(lineStart, at))![0];
  return lead.length === at - lineStart ? lead.replace(/\t/gu, "    ").length : 0;
}

/**
 * "… gồm chi tại cấp 5.357,0 triệu đồng và … . Chi tại cấp cụ thể:": the words that open the
 * sentence name an amount of the sentence before, which the list breaks down.
 */
function namedBefore(ctx: UnitContext, s: Sentence, p: number, prev: Sentence): Figure | undefined {
  const name = ctx.lower.slice(s.start, p).replace(/^[\s#*•-]+/u, "").trim();
  if (!/^[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){1,5}$/u.test(name)) return undefined;
  const before = prev.figs.find((f) => f.kind === "number" && !!f.unit && f.unit !== "%" && new RegExp(`(?<![\\p{L}])${name}[ \\t]*(?:là|đạt|was|of)?[ \\t]*$`, "u").test(ctx.lower.slice(Math.max(prev.start, (f.qualifiers[0]?.start ?? f.start) - name.length - 12), f.qualifiers[0]?.start ?? f.start)));
  if (before) return before;
  // ("… and £4.21m on raising funds. The cost of raising funds comprises …": English names the amount
  // after it, by what it went on.)
  const core = /^(?:the[ \t]+)?(?:(?:total[ \t]+)?(?:cost|costs|spending|spend|expenditure|income)[ \t]+(?:of|on)[ \t]+)([\p{L}-]+(?:[ \t]+[\p{L}-]+){0,3})$/u.exec(name)?.[1];
  if (!core) return undefined;
  const hits = prev.figs.filter((f) => f.kind === "number" && !!f.unit && f.unit !== "%" && new RegExp(`^[ \\t]+(?:on|for|in)[ \\t]+(?:the[ \\t]+)?${core}(?![\\p{L}])`, "u").test(ctx.lower.slice(f.end, f.end + core.length + 16)));
  return hits.length === 1 ? hits[0] : undefined;
}

/** "thu bổ sung từ ngân sách Trung ương 11.284,9 tỷ đồng (bổ sung cân đối 7.812,4 tỷ đồng, bổ sung có
 * mục tiêu 3.472,5 tỷ đồng)": an amount broken down in the bracket right after it, each item labelled
 * as a kind of the amount's own label (the labels share their first word with it), so none is
 * another year or a plan. The items may not pass the amount. */
export function findBracketAmountParts(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (const s of ctx.sentences) {
    for (const w of s.figs) {
      if (w.kind !== "number" || !w.unit || w.unit === "%" || w.perYear) continue;
      const open = /^[ \t]*\(/u.exec(ctx.text.slice(w.end, w.end + 3));
      if (!open) continue;
      const from = w.end + open[0].length;
      // (Looked for within the sentence and a bounded reach, so that runs of "(" stay linear.)
      const k = ctx.text.slice(from, Math.min(s.end, from + 400)).indexOf(")");
      const close = k < 0 ? -1 : from + k;
      if (close < 0 || close > s.end || ctx.text.slice(from, close).includes("(")) continue;
      const items = s.figs.filter((f) => f.start >= from && f.end <= close);
      if (items.length < 2 || items.some((f) => !sameMeasure(w, f) || used.has(f.id) || f.qualifiers.length)) continue;
      const labels: string[] = [];
      let at = from;
      for (const f of items) {
        const m = /^[ \t]*(?:[,;][ \t]*)?(?:và[ \t]+|and[ \t]+)?([\p{L}\p{M}][\p{L}\p{M}-]*(?:[ \t]+[\p{L}\p{M}][\p{L}\p{M}-]*){0,6})[ \t]*:?[ \t]*$/u.exec(ctx.lower.slice(at, f.qualifiers[0]?.start ?? f.start).replace(LABEL_TAIL, ""));
        // ("bổ sung có mục tiêu" names a kind of transfer: only change, plan and period words are refused.)
        if (!m || BRACKET_NOT_LABEL.test(m[1]) || /(?<![\p{L}])(?:năm|quý|tháng|kỳ|year|quarter|month)(?![\p{L}])/u.test(m[1])) break;
        labels.push(m[1]);
        at = f.end;
      }
      if (labels.length !== items.length || !/^[ \t]*$/u.test(ctx.text.slice(at, close))) continue;
      const first = labels[0].split(/\s+/)[0];
      const wLabel = ctx.lower.slice(Math.max(s.start, (w.qualifiers[0]?.start ?? w.start) - 50), w.qualifiers[0]?.start ?? w.start);
      // ("Diện tích được chứng nhận VietGAP, GlobalGAP là 4.215 ha (VietGAP 3.108 ha, GlobalGAP 1.701 ha)": or
      // each item named in the whole's own words.)
      const named = (l: string) => new RegExp(`(?<![\\p{L}])${l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(wLabel);
      const eachNamed = labels.length >= 2 && labels.every(named);
      // ("Outturn was £4.70m (pay £3.71m; non-pay £1.09m)": a kind and the rest of it.)
      const neg = (a: string, b: string) => new RegExp(`^(?:non-?|not[ \\t]+|ngoài[ \\t]+|không[ \\t]+|phi[ \\t]+)${a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "u").test(b);
      const complement = labels.length === 2 && (neg(labels[0], labels[1]) || neg(labels[1], labels[0]));
      if (complement) {
        out.push({ whole: w, wholeNum: w.value!, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: true, amounts: true, listed: true });
        for (const f of items) used.add(f.id);
        continue;
      }
      if (new Set(labels).size !== labels.length || (!eachNamed && (labels.some((l) => l.split(/\s+/)[0] !== first || !l.includes(" ")) || !new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, "u").test(wLabel)))) continue;
      out.push({ whole: w, wholeNum: w.value!, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: false, amounts: true, listed: true });
      for (const f of items) used.add(f.id);
    }
  }
  return out;
}

/**
 * "Total visitor spending in the region reached £2,418m … . … . Spending by category was as follows:
 * …", "Tổng dư nợ … đạt 1.279,8 tỷ đồng … . Dư nợ theo từng chương trình như sau: …": the sentence
 * opens with a noun broken down by some dimension, and an amount a few sentences back is that
 * noun's total ("total … spending", "tổng dư nợ").
 */
function totalByName(ctx: UnitContext, s: Sentence, p: number, si: number): Figure | undefined {
  const m = /^[\s#*•-]*([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){0,2}?)[ \t]+(?:by|broken down by|theo|phân theo|chia theo)[ \t]+[\p{L}\p{M} \t]{1,30}?(?:[ \t]+(?:was|were|is|are|là))?[ \t]*$/u.exec(ctx.lower.slice(s.start, p));
  if (!m) return undefined;
  const name = m[1];
  const re = new RegExp(`(?<![\\p{L}])(?:total|tổng)(?:[ \\t]+[\\p{L}\\p{M}]+){0,2}?[ \\t]+${name}(?![\\p{L}])[^\\d.;:()%]{0,40}$`, "u");
  for (let j = si - 1; j >= 0 && j >= si - 3; j--) {
    const prev = ctx.sentences[j];
    if (s.start - prev.end > 800) return undefined;
    for (const f of prev.figs) {
      if (f.kind !== "number" || !f.unit || f.unit === "%" || f.unit === "pp" || f.unit === "times" || f.perYear || f.qualifiers.length) continue;
      const q = f.qualifiers[0]?.start ?? f.start;
      if (re.test(ctx.lower.slice(prev.start, q).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, "")) && !inBrackets(ctx, prev.start, f.start)) return f;
    }
  }
  return undefined;
}

/** "- Dịch vụ làm đất, gieo sạ, thu hoạch bằng máy: 3.128 triệu đồng;": an item's label before its
 * colon names the part whatever words it uses, unless it opens as a plan, change or total. */
const NOT_AN_ITEM_OPENER = /^[ \t]*(?:kế hoạch|dự toán|mục tiêu|tăng|giảm|so với|bình quân|trung bình|tổng|lũy kế|luỹ kế|total|plan|budget|target|estimate|forecast|average|increase|decrease|up|down|compared)(?![\p{L}])/u;

function colonLabelled(ctx: UnitContext, from: number, f: Figure): boolean {
  const head = ctx.lower.slice(from, f.qualifiers[0]?.start ?? f.start);
  return /^[^\d:;]*\p{L}[^\d:;]*:[ \t]*$/u.test(head.replace(/\([^()]*\)/gu, "")) && !NOT_AN_ITEM_OPENER.test(head);
}

/** The sentence's leading amount: its subject's figure, not a change, a plan or a bracket. */
function leadAmount(ctx: UnitContext, s: Sentence): Figure | undefined {
  const money = (g: Figure) => g.kind === "number" && !!g.unit && g.unit !== "%" && g.unit !== "pp" && g.unit !== "times" && !g.perYear;
  let f = s.figs.find(money);
  if (!f) return undefined;
  // ("… has been revised from £96.8m to £88.4m, … . The revised programme is financed as follows:": the
  // amount it changed to.)
  if (/(?<![\p{L}])(?:from|từ)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 8), f.start))) {
    const to = s.figs[s.figs.indexOf(f) + 1];
    if (!to || !money(to) || to.unit !== f.unit || !/^[^\d;]{0,30}(?<![\p{L}])(?:to|lên|xuống(?:[ \t]+còn)?|còn)[ \t]*$/u.test(ctx.lower.slice(f.end, to.start))) return undefined;
    f = to;
  }
  const q = f.qualifiers[0]?.start ?? f.start;
  if (/(?:tăng|giảm|vượt|hụt|so với|kế hoạch|dự toán|up|down|by|than|plan|target|estimate|budget)[ \t]*(?:là|of|:)?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, q - 30), q))) return undefined;
  if (inBrackets(ctx, s.start, f.start)) return undefined;
  return f;
}

/** The amount the list belongs to: the last one before the words, close to them, not in brackets
 * and not itself a change or a plan. */
function nearestWhole(ctx: UnitContext, s: Sentence, p: number): Figure | undefined {
  for (let i = s.figs.length - 1; i >= 0; i--) {
    const f = s.figs[i];
    if (f.end > p) continue;
    if (p - f.end > 60) return undefined;
    // "18.640 ha, bằng 101,3% kế hoạch, trong đó: …", "685 triệu USD, tăng 14,2% so với cùng kỳ,
    // trong đó …", "15.284 tỷ đồng, bằng 96,8% dự toán (15.790 tỷ đồng), trong đó …": the amount's
    // share of plan or its change stands between it and its parts.
    if (f.kind === "number" && f.unit && inBrackets(ctx, Math.max(s.start, f.start - 40), f.start) && /^[ \t]*\)[ \t]*[,;]?[ \t]*$/u.test(ctx.lower.slice(f.end, p)) && /%[ \t]*(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|so với[^(]{0,25}|of (?:the )?(?:plan|target|budget))[^(]{0,20}\([ \t]*(?:(?:kế hoạch|dự toán|plan|budget)[ \t\p{L}]{0,12})?$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 60), f.start))) {
      p = ctx.lower.lastIndexOf("(", f.start) + 1;
      continue;
    }
    if (f.kind === "percent" && /^[ \t]*(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|cùng kỳ|so với|of (?:the )?(?:plan|target|budget)|year on year|on (?:the )?(?:previous|last) year)[^,;.]{0,25}[ \t]*[,(;][ \t]*$/u.test(ctx.lower.slice(f.end, p)) && /(?:bằng|đạt|tăng|giảm|up|down|or|,)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 8), f.start))) {
      p = f.start - /,?[ \t]*(?:bằng|đạt|tăng|giảm|up|down|or)?[ \t]*$/u.exec(ctx.lower.slice(Math.max(s.start, f.start - 12), f.start))![0].length;
      continue;
    }
    // ("1.215 ha (chiếm 34,85%), gồm: …": the amount's share in its own bracket.)
    if (f.kind === "percent" && f.unit === "%" && /^[ \t]*\)[ \t]*,?[ \t]*$/u.test(ctx.lower.slice(f.end, p)) && /[\d\p{L}][ \t]*\([ \t]*(?:chiếm|accounting[ \t]+for)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 20), f.start))) {
      p = ctx.lower.lastIndexOf("(", f.start);
      continue;
    }
    // "totalled $486.0 million, equal to 30.0% of the Bank's own commitments, of which …", "đạt 1.250
    // tỷ đồng, bằng 30,0% tổng vốn của dự án, trong đó …": the amount's share of something else
    // stands between it and its parts.
    if (f.kind === "percent" && f.unit === "%" && /^[ \t]+(?:of[ \t]+|của[ \t]+)?[\p{L}\p{M}][^\d;.()%]{0,60},[ \t]*$/u.test(ctx.lower.slice(f.end, p)) && /,[ \t]*(?:equal to|equivalent to|representing|or|bằng|tương đương|tương đương với)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 20), f.start))) {
      p = f.start - /,[ \t]*(?:equal to|equivalent to|representing|or|bằng|tương đương|tương đương với)[ \t]*$/u.exec(ctx.lower.slice(Math.max(s.start, f.start - 20), f.start))![0].length;
      continue;
    }
    // ("£9.84m, up 7.9% from £9.12m, of which £8.97m …": the value a change started from, and the change,
    // stand between the amount and its parts.)
    if (f.kind === "number" && f.unit && i >= 2 && /(?<![\p{L}])(?:from|on|than|compared[ \t]+(?:with|to)|so[ \t]+với|từ)[ \t]*(?:the[ \t]+)?$/u.test(ctx.lower.slice(Math.max(s.start, (f.qualifiers[0]?.start ?? f.start) - 16), f.qualifiers[0]?.start ?? f.start)) && /^[ \t]*,?[ \t]*$/u.test(ctx.lower.slice(f.end, p).replace(/(?<!\d)(?:19|20)\d\d(?:[/–-]\d{2,4})?(?!\d)|(?<![\p{L}])(?:in|on|năm)(?![\p{L}])/gu, "")) && s.figs[i - 1].kind === "percent" && /(?:^|,)[ \t]*(?:up|down|tăng|giảm)[ \t]*(?:by[ \t]+)?$/u.test(ctx.lower.slice(s.figs[i - 2].end, s.figs[i - 1].qualifiers[0]?.start ?? s.figs[i - 1].start))) {
      const v = s.figs[i - 2];
      if (v.kind === "number" && v.unit === f.unit) {
        p = v.end + 1;
        continue;
      }
    }
    if (f.kind !== "number" || (!f.unit && !scaledCount(f)) || f.unit === "%" || f.unit === "pp" || f.unit === "times" || f.perYear) return undefined;
    const q = f.qualifiers[0]?.start ?? f.start;
    const before = ctx.lower.slice(Math.max(s.start, q - 30), q);
    if (/(?:tăng|giảm|vượt|hụt|so với|kế hoạch|dự toán|up|down|by|than|plan|target|estimate|budget)[ \t]*(?:là|of|:)?[ \t]*$/u.test(before)) return undefined;
    if (inBrackets(ctx, Math.max(s.start, f.start - 200), f.start)) return undefined;
    // Only what the amount is of, and connectives, between it and the words: "15.620 tỷ đồng, gồm",
    // "1.276 km đường giao thông nông thôn, trong đó".
    // ("734,2 tỷ đồng (tổng thu NSĐP trừ tổng chi NSĐP), trong đó: …": a bracket of words only is an aside.)
    // ("£1.38m in 2024/25, of which …": a year or a span of years says when.)
    const gap = ctx.lower.slice(f.end, p).replace(/(?<!\d)(?:19|20)\d\d(?:[/–-](?:\d{2}|(?:19|20)\d\d))?(?!\d)/gu, "").replace(/^[ \t]*\([^()\d%]{1,80}\)/u, "");
    // ("Of the £310,000 budget, £220,000 came from …, £66,000 from … and £28,000 from …": the sources of a
    // budget split it.)
    const ofTheBudget = /^[ \t]+(?:[\p{L}-]+[ \t]+){0,2}budget[ \t]*,?[ \t]*$/u.test(gap) && /(?:^|[.\n:])[ \t*•-]*of[ \t]+the[ \t]*(?:£|\$|€)?[ \t]*$/u.test(ctx.lower.slice(Math.max(0, q - 12), q));
    // "Its four components, totalling US$100.0 million, were costed … as follows:": the amount set off by
    // commas before the verb of its subject.
    // ("was £6.84m, funded as follows:": the amount's own participle.)
    if (!/^(?:[ \t]*,[ \t]*(?:were|was|are|is|được|funded|financed|spent|allocated|split|distributed|made[ \t]+up)(?![\p{L}]))?[\p{L}\p{M} \t-]{0,45}?[ \t]*(?:\)|,|;|:|\.|\s)*[ \t]*\(?[ \t]*$/u.test(gap) || (NOT_A_LABEL.test(gap) && !ofTheBudget)) return undefined;
    return f;
  }
  return undefined;
}

/**
 * "… comprising a loan of $60.0 million, … . Of the loan, $58.4 million was disbursed (97.3%) and
 * $1.6 million was cancelled.", "… khoản vay 60,0 tỷ đồng … . Trong số vốn vay, đã giải ngân 58,4 tỷ
 * đồng, hủy 1,6 tỷ đồng.": a sentence that opens with "of the" and a name, then amounts, divides the
 * amount an earlier sentence of the paragraph introduced by that name. The parts may not be all.
 */
export function findOfNamedAmountParts(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    if (!s.figs.length) continue;
    const m = /^[\s*•-]*(?:of the|out of the|trong số|trong tổng số|trong tổng)[ \t]+((?:[\p{L}\p{M}-]+[ \t]+){0,2}[\p{L}\p{M}-]+)[ \t]*,[ \t]*/u.exec(ctx.lower.slice(s.start, Math.min(s.end, s.start + 60)));
    if (!m || /(?:^|[ \t])(?:total|year|period|quarter|month|năm|quý|tháng)$/u.test(m[1])) continue;
    const from = s.start + m[0].length;
    const semi = ctx.text.indexOf(";", from);
    const end = semi >= 0 && semi < s.end ? semi : s.end;
    if (NOT_A_LABEL.test(ctx.lower.slice(from, end).replace(/\([^()]*\)/gu, ""))) continue;
    const cands = s.figs.filter((f) => f.start >= from && f.start < end && f.kind === "number" && !inBrackets(ctx, from, f.start));
    if (!cands.length || cands.some((f) => used.has(f.id) || f.qualifiers.length)) continue;
    // The earlier amount named by the words: "a loan of $60.0 million", "khoản vay 60,0 tỷ đồng".
    const name = m[1];
    let whole: Figure | undefined;
    for (let j = si - 1; j >= 0 && j >= si - 3 && !whole; j--) {
      const prev = ctx.sentences[j];
      for (let k = prev.figs.length - 1; k >= 0; k--) {
        const f = prev.figs[k];
        if (!cands.every((g) => sameMeasure(f, g)) || f.qualifiers.length) continue;
        const q = f.qualifiers[0]?.start ?? f.start;
        const before = ctx.lower.slice(Math.max(prev.start, q - 60), q).replace(/(?:[ \t]+(?:of|là|đạt|was|is|at|totalling|totaling))*[ \t]*:?[ \t]*$/u, "");
        if (before.endsWith(name) && !/[\p{L}\p{M}]/u.test(before.charAt(before.length - name.length - 1))) {
          whole = f;
          break;
        }
      }
    }
    if (!whole) continue;
    // Each part named by its verb or label: "$58.4 million was disbursed", "đã giải ngân 58,4 tỷ đồng".
    const parts = cands.filter((f) => labelled(ctx, from, f) || /^[ \t]*(?:\([^()]*\)[ \t]*)?(?:were|was|are|is|has|have|had)[ \t]+[\p{L}]/u.test(ctx.lower.slice(f.end, f.end + 30)));
    if (parts.length !== cands.length) continue;
    out.push({ whole, wholeNum: whole.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: false, amounts: true, cue: { start: s.start, end: from } });
    for (const f of parts) used.add(f.id);
  }
  return out;
}
