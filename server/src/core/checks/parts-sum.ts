// parts-sum: parts that do not make their stated total ("19 + 4 = 23, nhưng tổng đã nêu là 22 chỉ
// tiêu"). Parts that only may be some of the whole ("trong đó", "including") fail only above it.
import { OVERLAP, averaged, figureIndex, inBrackets, type UnitContext } from "../claims/context.ts";
import type { Figure } from "../types.ts";
import { asWritten } from "../claims/amounts.ts";
import { CUTS_ACROSS_ANY, findTotalParts, skipsABullet } from "../claims/parts.ts";
import { findStockFlows } from "../claims/stock-flow.ts";
import { nestedTiers, overlappingFindings, overlappingGroups } from "../claims/overlap.ts";
import { fmt } from "../math/format.ts";
import { Interval } from "../math/interval.ts";
import { digitCount, swappedInterval, swappedValues } from "../math/swaps.ts";

/** "…, with many taking part in more than one", "Some respondents gave more than one reason.", "một
 * người có thể tham gia nhiều hoạt động": the text says the parts overlap, so their sum is no total. */

function saysOverlap(ctx: UnitContext, last: Figure): boolean {
  const s = ctx.sentenceOf(last);
  const i = ctx.sentences.indexOf(s);
  const next = ctx.sentences[i + 1];
  return OVERLAP.test(ctx.lower.slice(s.start, next && next.start - s.end <= 3 ? next.end : s.end));
}

export const RULE = "parts-sum";

/** The dimension a label's attribute belongs to: labels on one dimension split a whole ("Lao động nữ",
 * "Lao động nam"); labels on several may overlap ("Đảng viên nữ", "Đảng viên dưới 30 tuổi"). */
const ATTRIBUTES: [string, RegExp][] = [
  ["sex", /(?<![\p{L}])(?:nữ|nam|female|male|women|men|girls|boys)(?![\p{L}])/u],
  ["age", /(?<![\p{L}])(?:elderly|cao tuổi|(?<!(?:trước|đủ|đến|quá|hết)[ \t]+)tuổi|aged|age|children|trẻ em)(?![\p{L}])/u],
  ["ethnic", /(?<![\p{L}])(?:dân tộc|ethnic|minority)(?![\p{L}])/u],
  ["disability", /(?<![\p{L}])(?:disabled|khuyết tật|disability)(?![\p{L}])/u],
  ["level", /(?<![\p{L}])(?:trình độ|sơ cấp|trung cấp|cao đẳng|đại học|thạc sĩ|tiến sĩ|dưới 3 tháng|qualified|graduates?|degree)(?![\p{L}])/u],
  ["youth", /(?<![\p{L}])(?:đoàn viên|thanh niên|young|youth)(?![\p{L}])/u],
];

const REST_CLOSE = /(?<![\p{L}])(?:khác|còn lại|other|others|the rest|remaining)(?![\p{L}])/u;

function attributeOf(label: string): string {
  return ATTRIBUTES.find(([, re]) => re.test(label))?.[0] ?? "";
}

/** Stages a project or work item is at, one at a time: done, under way, not yet begun. */
const STAGE_NOT_BEGUN = /(?<![\p{L}])(?:chuẩn bị đầu tư|chưa (?:triển khai|khởi công|thực hiện|thi công)|đang (?:làm|hoàn thiện|hoàn tất) thủ tục|not (?:yet )?(?:started|begun)|at (?:the )?(?:planning|preparation|design) stage|in (?:preparation|planning))(?![\p{L}])/u;
const STAGE_UNDER_WAY = /(?<![\p{L}])(?:đang (?:thi công|xây dựng|triển khai)|under construction|in progress|being built|under ?way|in delivery|being delivered|on site)(?![\p{L}])/u;
const STAGE_DONE = /(?<![\p{L}])(?:hoàn thành|đưa vào (?:sử dụng|vận hành|khai thác|hoạt động)|đi vào hoạt động|completed?|finished|in operation|operational)(?![\p{L}])/u;

function stageOf(words: string): number | undefined {
  if (STAGE_NOT_BEGUN.test(words)) return STAGE_UNDER_WAY.test(words) || STAGE_DONE.test(words) ? undefined : 2;
  if (/(?<![\p{L}])(?:chưa|not|yet|sẽ|will|sắp)(?![\p{L}])/u.test(words)) return undefined;
  const a = STAGE_UNDER_WAY.test(words), b = STAGE_DONE.test(words);
  return a === b ? undefined : a ? 1 : 0;
}

/** The short label right before a part, since the last separator ("xây mới" in ", xây mới 982 căn"). */
function labelBefore(ctx: UnitContext, f: Figure): string | undefined {
  const q = f.qualifiers[0]?.start ?? f.start;
  // ("…, doanh nghiệp có vốn đầu tư nước ngoài (FDI) là 182 doanh nghiệp": a label's gloss in
  // brackets and the verb that gives its figure are no part of it.)
  // ("lĩnh vực y tế (chủ yếu là X-quang chẩn đoán, X-quang nha khoa) có 896 cơ sở": and "có" after a
  // label of two words or more.)
  const before = ctx.lower.slice(Math.max(0, q - 120), q).replace(/[ \t]*\([^()\n]{1,80}\)/gu, "").replace(/(?<=[\p{L}\p{M}][ \t]+[\p{L}\p{M}]+)[ \t]+(?:là|có|were|was)[ \t]+$/u, " ").slice(-40);
  // "; tuyến huyện: 708.940 lượt", "- Tuyến xã: 304.880 lượt": a label and its colon.
  // ("- Trình độ sơ cấp và đào tạo dưới 3 tháng: 27.375 người": a bullet's label may be long.)
  const m = /(?:[,;:\n]|(?<![\p{L}])(?:và|and|trong đó|of which|including))[ \t]*(?:\r?\n[ \t]*)?(?:[-*+•][ \t]+)?((?:[\p{L}\p{M}]+[ \t]+){1,4}|(?:[\p{L}\p{M}]+[ \t]+){2,4}\d{1,2}[ \t]+[\p{L}\p{M}]+[ \t]+)$/u.exec(before) ?? /(?:^|[,;:\n])[ \t]*(?:[-*•+][ \t]+)?((?:[\p{L}\p{M}]+[ \t]+){0,3}[\p{L}\p{M}]+)[ \t]*:[ \t]*$/u.exec(before) ?? /\n[ \t]*[-*•+][ \t]+([\p{L}][\p{L}\p{M} \t,\d]{0,80}?[\p{L}\p{M}])[ \t]*:[ \t]*$/u.exec(ctx.lower.slice(Math.max(0, q - 100), q));
  // ("…; chuyển sang làm việc tại tổ chức không hưởng lương thường xuyên từ ngân sách nhà nước: 119
  // người": a long label between a semicolon and its colon.)
  // ("Trong đó: tham gia tố tụng 1.032 vụ việc; tư vấn pháp luật 398 vụ việc; đại diện ngoài tố tụng 56 vụ việc":
  // after a semicolon or a colon, a label of five or six words.)
  const m1 = m ?? /[;:][ \t]*(?:\r?\n[ \t]*)?(?:[-*+•][ \t]+)?((?:[\p{L}\p{M}]+[ \t]+){5,6})$/u.exec(before);
  const m2 = m1 ?? /(?:^|[;:\n])[ \t]*(?:[-*•+][ \t]+)?((?:[\p{L}\p{M}]+[ \t]+){4,16}[\p{L}\p{M}]+)[ \t]*:[ \t]*$/u.exec(ctx.lower.slice(Math.max(0, q - 140), q).replace(/[ \t]*\([^()\n]{1,80}\)/gu, ""));
  if (!m2) return undefined;
  const label = m2[1].trim();
  if (/(?:^|[ \t])(?:có|là|đạt|được|gồm|với|with|has|have|had|were|was|are|is|of|the|and|và|còn|còn lại|khoảng|about|over|hơn|trên|dưới)$/u.test(label) || /^(?:có|là|còn|the|and)$/u.test(label)) return undefined;
  return label;
}

function restItem(ctx: UnitContext, prev: Figure, f: Figure): string | undefined {
  const item = ctx.lower.slice(prev.end, f.qualifiers[0]?.start ?? f.start).replace(/\([^()]*\)/gu, "").split(/[;\n]/u).pop()!;
  return item.length <= 80 && REST_CLOSE.test(item) && !/[,:]/u.test(item) ? "còn lại" : undefined;
}

/** "412 serious incidents (category 1 and 2): 38 category 1 incidents and 347 category 2
 * incidents": the whole names the classes in brackets, and the parts are one of each. */
function classesNamed(ctx: UnitContext, whole: Figure, parts: Figure[]): boolean {
  const m = /^[ \t\p{L}\p{M}-]{0,40}\(([^()]{1,60})\)/u.exec(ctx.lower.slice(whole.end, whole.end + 110));
  if (!m || !/^[\p{L} \t]*\d{1,2}(?:[ \t]*(?:,|and|và|or|hoặc|&)[ \t]*\d{1,2})+[ \t]*$/u.test(m[1])) return false;
  const named = new Set(m[1].match(/\d{1,2}/g));
  const got = parts.map((p) => /(?:^| )(\d{1,2})(?: |$)/u.exec(p.noun ?? "")?.[1]);
  return got.every((c) => !!c && named.has(c)) && new Set(got).size === named.size;
}

/** "87 dự án giải ngân trên 70%, 302 dự án từ 30% đến 70% và 223 dự án dưới 30%", "41 scored above
 * 80, 112 between 50 and 80 and 19 below 50": each part in a band of one scale, bands apart. */
const BAND = /^[^,;.]{0,50}?(?<![\p{L}])(?:(trên|hơn|over|above|more than|at least|từ[^,;]{0,12}trở lên)|(từ|between)[ \t]+[\d.,%]+[ \t]*(?:đến|and|to|-|–)|(dưới|under|below|less than|fewer than))(?![\p{L}])/u;

function banded(ctx: UnitContext, parts: Figure[]): 0 | 1 | 2 {
  if (parts.length < 2) return 0;
  const kinds = parts.map((f, i) => {
    const end = i + 1 < parts.length ? parts[i + 1].start : f.end + 60;
    const m = BAND.exec(ctx.lower.slice(f.end, Math.min(end, f.end + 60)));
    return m ? (m[1] ? "high" : m[2] ? "mid" : "low") : "";
  });
  if (!kinds.every((k) => k) || new Set(kinds).size !== kinds.length) return 0;
  // (Three bands, the top, the one between and the bottom of the scale, cover it; two leave a gap.)
  const rest = /(?<![\p{L}])(?:còn lại|the remainder|the rest|remaining|others?)(?![\p{L}])/u.test(ctx.lower.slice(parts[parts.length - 1].end, ctx.sentenceOf(parts[parts.length - 1]).end));
  return kinds.length === 3 && kinds.includes("high") && kinds.includes("low") && !rest ? 2 : 1;
}

/** What was there, plus what came in, less what went out, against what is left. */
function checkStockFlows(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const t of findStockFlows(ctx)) {
    const iv = (f: Figure) => ctx.interval(f, f.value!);
    const got = t.outs.reduce((acc, f) => acc.sub(iv(f)), t.ins.reduce((acc, f) => acc.add(iv(f)), ctx.interval(t.opening, t.openingNum)));
    const closing = ctx.interval(t.closing, t.closingNum);
    const ok = got.overlaps(closing);
    // Amounts are shown as written ("GBP 8.46m − GBP 3.12m …"), their result in the closing's scale.
    const amounts = !!t.closing.unit;
    const n = (f: Figure) => (amounts ? f.text : fmt(f.value!.exact, lang));
    const expr = `${amounts ? t.opening.text : fmt(t.openingNum.exact, lang)}${t.ins.map((f) => ` + ${n(f)}`).join("")}${t.outs.map((f) => ` − ${n(f)}`).join("")}`;
    const resNum = fmt(t.closing.scale ? got.mid.div(t.closing.scale.factor) : got.mid, lang);
    const res = amounts ? asWritten(t.closing, resNum) : resNum;
    const noun = t.closing.noun && !amounts ? ` ${t.closing.noun}` : "";
    const closed = amounts ? t.closing.text : fmt(t.closingNum.exact, lang);
    ctx.emit({
      kind: "total-parts",
      rule: RULE,
      roles: [
        ...(t.opening === t.closing ? [] : [{ figure: t.opening, role: lang === "vi" ? "đầu kỳ" : "opening" }]),
        ...t.ins.map((f) => ({ figure: f, role: lang === "vi" ? "tăng" : "in" })),
        ...t.outs.map((f) => ({ figure: f, role: lang === "vi" ? "giảm" : "out" })),
        { figure: t.closing, role: lang === "vi" ? "cuối kỳ" : "closing" },
      ],
      ok,
      explain: {
        vi: `${expr} = ${res} ${ok ? "=" : "≠"} ${closed}${noun} ${ok ? "✓" : "✗"}`,
        en: `${expr} = ${res} ${ok ? "=" : "≠"} ${closed}${noun} ${ok ? "✓" : "✗"}`,
      },
      at: t.closing,
      message: {
        vi: `Đầu kỳ cộng phát sinh tăng trừ phát sinh giảm: ${expr} = ${res}, nhưng số cuối kỳ đã nêu là ${closed}${noun}`,
        en: `Opening plus additions less removals: ${expr} = ${res}, but the stated closing figure is ${closed}${noun}`,
      },
      related: [...(t.opening === t.closing ? [] : [t.opening]), ...t.ins, ...t.outs].map((f) => ({ span: f, message: { vi: fmt(f.value!.exact, "vi"), en: fmt(f.value!.exact, "en") } })),
    });
  }
}

/** What the clause says of a part right after it, up to the next separator. */
function clauseAfter(ctx: UnitContext, f: Figure): string {
  return ctx.lower.slice(f.end, f.end + 70).split(/[,;.:()]|(?<![\p{L}])(?:and|or)(?![\p{L}])/u)[0];
}

const AGENT = /^[ \t]*(?:(?:were|was|are|is|had[ \t]+been|have[ \t]+been|has[ \t]+been)[ \t]+)?(?:[\p{L}-]+ed[ \t]+)?by[ \t]+(?:the[ \t]+)?([\p{L}][\p{L}\p{M} &'-]{1,50}?)[ \t]*$/u;

/** "978 were delivered by Northern Retrofit Partnership and 678 by Castlegate": each part done by an
 * agent of its own, the verb said once; "131,245 were older person passes and 17,375 were disabled
 * person passes": each a class of the whole's own noun. One thing is done by one agent and is of one
 * class, so the parts are apart. */
function predicatesApart(ctx: UnitContext, parts: Figure[], whole: Figure): boolean {
  if (ctx.lang !== "en" || parts.some((p) => p.noun || p.unit)) return false;
  const after = parts.map((p) => clauseAfter(ctx, p));
  const agents = after.map((a) => AGENT.exec(a)?.[1]);
  if (agents.every((a) => !!a) && new Set(agents).size === agents.length && /^[ \t]*(?:were|was|are|is|had|have|has)[ \t]/u.test(after[0])) return true;
  const head = (whole.noun ?? "").split(/[ \t]+/).pop() ?? "";
  if (head.length < 4) return false;
  const cls = after.map((a) => new RegExp(`^[ \\t]*(?:were|was|are|is)[ \\t]+((?:[\\p{L}-]+[ \\t]+){1,3})${head}[ \\t]*$`, "u").exec(a)?.[1].trim());
  return cls.every((c) => !!c) && new Set(cls).size === cls.length;
}

/** "trong đó 372 lượt tham gia hội chợ trong nước, 46 lượt tham gia hội chợ ở nước ngoài và 50 lượt tham
 * gia hội chợ trực tuyến", "1.215 lượt từ trạm y tế xã, phường và 613 lượt từ các Trung tâm Y tế":
 * Vietnamese items of one noun, each told by words that open alike and end apart: kinds of one divide. */
function parallelLabelsVi(ctx: UnitContext, parts: Figure[]): boolean {
  if (ctx.lang !== "vi" || parts.length < 2 || parts.some((p) => !p.noun || p.unit || p.noun !== parts[0].noun)) return false;
  const labels = parts.map((p, i) => {
    const from = ctx.lower.indexOf(p.noun!, p.end) + p.noun!.length;
    const to = i + 1 < parts.length ? parts[i + 1].qualifiers[0]?.start ?? parts[i + 1].start : ctx.sentenceOf(p).end;
    const raw = ctx.lower.slice(from, to);
    return (i + 1 < parts.length ? raw.replace(/[ \t]*(?:,|;|(?<![\p{L}])và)[ \t]*$/u, "") : raw.split(/[;.]|,[ \t]*(?:chiếm|tăng|giảm|đạt|bằng)/u)[0]).trim();
  });
  if (labels.some((l) => !l || /\d/u.test(l) || l.length > 70 || CUTS_ACROSS_ANY.test(l)) || new Set(labels).size !== labels.length) return false;
  const first = labels.map((l) => l.split(/[ \t]+/u)[0]);
  // (Not states told by an auxiliary, which one item may pass through to another: "12 dự án đã khởi công,
  // 9 dự án đã hoàn thành".)
  if (first.every((w) => w === first[0]) && first[0].length >= 2 && !AUX_WORD.test(first[0])) return true;
  // ("24 cơ sở giết mổ gia súc, 9 cơ sở giết mổ gia cầm và 8 cơ sở giết mổ cả gia súc và gia cầm": three
  // kinds or more of one noun, none a state the others may pass through.)
  return labels.length >= 3 && labels.every((l) => !STATE_WORD.test(l));
}
const AUX_WORD = /^(?:đã|đang|được|có|chưa|sẽ|bị|không|là|đạt|vẫn|còn)$/u;
const STATE_WORD = /(?<![\p{L}])(?:đã|đang|được|chưa|sẽ|bị|không|có|đạt|vẫn|còn|hoàn thành|khởi công|thi công|triển khai|xếp loại)(?![\p{L}])/u;

/** Verbs a bare count's clause may open with: a state or an outcome. */
const PAST_IRREGULAR = "went|left|came|took|got|made|won|lost|fell|rose|saw|began|chose|sent|paid|spent|sought|brought|held|kept|found|became|ran|gave|stayed|remain|remains";
const CLAUSE_VERB = new RegExp(`^[ \\t]*(?:\\([^()]*\\)[ \\t]*)?(?:(?:were|was|are|is|had|have|has|remain|remained|remains)(?:[ \\t]+(?:not|still|either|then|already|fully|partly))?[ \\t]+([\\p{L}-]+)|([\\p{L}-]+ed|${PAST_IRREGULAR})|(either))(?![\\p{L}])`, "u");
/** A count's "noun" that is the verb of its clause ("39 died in hospital"). */
const VERB_NOUN = new RegExp(`^(?:[a-z]+ed|${PAST_IRREGULAR})(?: |$)`, "u");
/** An item that leaves out the verb said before it: "63 went to a rehabilitation unit, 47 to a care home". */
const ELIDED_ITEM = /^[ \t]*(?:to|into|in|at|from|on|by|via|through|under|over)[ \t]+[\p{L}]/u;
/** Words that name a group any of the others may belong to. */
const CROSS_GROUP = /(?<![\p{L}])(?:women|men|female|male|girls|boys|aged|older|younger|children|disabled|also|both|new|first-time|repeat)(?![\p{L}])/u;

/** "Of the 187 patients cancelled, 158 were treated within 28 days, 22 breached the standard and 9
 * either declined …", "… of which 7 were substantiated, 8 were not substantiated and 3 remain under
 * investigation": three bare counts or more, each opening a clause with a verb of its own, the list
 * closed by "and". One patient has one outcome; the counts may leave some out, not pass the whole. */
function clausesApart(ctx: UnitContext, parts: Figure[]): boolean {
  // ("27 transfers have been completed, 11 are at the legal stage and 5 were withdrawn": the first may name
  // what it counts in one word.)
  const ownNoun = (p: Figure, i: number) => !!p.noun && i === 0 && parts.length >= 3 && !p.noun.includes(" ") && ctx.lower.startsWith(` ${p.noun}`, p.end);
  if (ctx.lang !== "en" || parts.length < 2 || parts.some((p, i) => p.unit || (p.noun && !/^(?:either|neither)$/u.test(p.noun) && !ownNoun(p, i) && !VERB_NOUN.test(p.noun)) || p.qualifiers.length)) return false;
  const gaps = parts.slice(1).map((p, i) => ctx.lower.slice(parts[i].end, p.start));
  if (gaps.some((g) => /[;.]|\n/u.test(g.replace(/\d\.\d/gu, "")) || g.length > 160) || !/(?:,|(?<![\p{L}])and)[ \t]*$/u.test(gaps[gaps.length - 1]) || !/(?<![\p{L}])and[ \t]*$/u.test(gaps[gaps.length - 1])) return false;
  if (!gaps.slice(0, -1).every((g) => /,[ \t]*$/u.test(g))) return false;
  const verbs: string[] = [];
  for (const [i, p] of parts.entries()) {
    const after = ctx.lower.slice(p.end + (ownNoun(p, i) ? p.noun!.length + 1 : 0), p.end + 80);
    const m = CLAUSE_VERB.exec(after);
    if (!m && !(i > 0 && ELIDED_ITEM.test(after))) return false;
    const clause = after.split(/[,;.]|(?<![\p{L}])and(?![\p{L}])/u)[0];
    if (CROSS_GROUP.test(clause)) return false;
    verbs.push(clause.replace(/\([^()]*\)/gu, " ").trim().split(/[ \t]+/u).slice(0, 3).join(" "));
  }
  return new Set(verbs).size === verbs.length;
}

/** "412 people were killed or seriously injured …: 27 were killed and 385 were seriously injured",
 * "… đã hoàn thành hoặc đang thi công: …": the whole is defined as one thing or another, and each
 * part is one of them. */
function eitherOr(ctx: UnitContext, whole: Figure, parts: Figure[]): boolean {
  if (parts.length !== 2) return false;
  const def = ctx.lower.slice(whole.end, whole.end + 90).split(/[:;.(]/u)[0];
  const m = /(?<![\p{L}])((?:[\p{L}\p{M}-]+[ \t]+)?[\p{L}\p{M}-]+)[ \t]+(?:or|hoặc)[ \t]+((?:[\p{L}\p{M}-]+[ \t]+){0,2}[\p{L}\p{M}-]+)/u.exec(def);
  if (!m) return false;
  // (The second ends where a preposition starts its place or time: "seriously injured on the roads".)
  const second = m[2].split(/[ \t]+(?:on|in|at|for|by|of|to|from|with|during|trong|tại|ở|của|năm|trên)(?:[ \t]|$)/u)[0];
  const alts = [m[1].split(/[ \t]+/u).pop()!, second.split(/[ \t]+/u).pop()!];
  if (alts[0] === alts[1] || alts.some((a) => a.length < 3)) return false;
  const said = parts.map((p) => clauseAfter(ctx, p));
  const hit = (k: number, a: string) => new RegExp(`(?<![\\p{L}])${a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(said[k]);
  return (hit(0, alts[0]) && hit(1, alts[1]) && !hit(0, alts[1]) && !hit(1, alts[0])) || (hit(0, alts[1]) && hit(1, alts[0]) && !hit(0, alts[0]) && !hit(1, alts[1]));
}

/** "Giai đoạn 2022-2024, … tiếp nhận 3.412 người. Cụ thể: năm 2022 … 1.086 người, năm 2023 là 1.193 người và
 * năm 2024 là 1.187 người", "… 1,240 between 2021 and 2023: 398 in 2021, …": each part dated by a year
 * of its own, and together the years are every year of the span the whole was told over. */
function yearsCover(ctx: UnitContext, whole: Figure, parts: Figure[]): boolean {
  if (parts.length < 2) return false;
  const ys = parts.map((p, i) => {
    const from = i > 0 ? parts[i - 1].end : Math.max(0, p.start - 40);
    const m = [...ctx.lower.slice(Math.max(from, p.start - 40), p.qualifiers[0]?.start ?? p.start).matchAll(/(?<![\d.,\/])((?:19|20)\d\d)(?![\d\/–-])/gu)];
    return m.length === 1 ? +m[0][1] : NaN;
  });
  if (ys.some((y) => Number.isNaN(y)) || new Set(ys).size !== ys.length) return false;
  const ws = ctx.sentenceOf(whole);
  const span = /(?<![\d.,])((?:19|20)\d\d)[ \t]*[-–—][ \t]*((?:19|20)\d\d)(?!\d)|(?<![\p{L}])(?:between|from)[ \t]+((?:19|20)\d\d)[ \t]+(?:and|to)[ \t]+((?:19|20)\d\d)(?!\d)|(?<![\p{L}])từ[ \t]+(?:năm[ \t]+)?((?:19|20)\d\d)[ \t]+đến[ \t]+(?:năm[ \t]+)?((?:19|20)\d\d)(?!\d)/u.exec(ctx.lower.slice(ws.start, whole.start));
  if (!span) return false;
  const [a, b] = [+(span[1] ?? span[3] ?? span[5]), +(span[2] ?? span[4] ?? span[6])];
  if (b <= a || b - a + 1 !== ys.length) return false;
  const sorted = [...ys].sort((x, y) => x - y);
  return sorted[0] === a && sorted[sorted.length - 1] === b;
}

const SOME_INTRO = /^(?:trong đó|trong số đó|trong số này|of which|of whom|of these|of them|including|among them|among these)$/u;
/** Outcomes and verdicts split their whole in full ("đạt …, không đạt …", "met … missed"): not kinds. */
const VERDICT_WORDS = /(?<![\p{L}])(?:đạt|vượt|chưa|không|hoàn thành|met|missed|exceeded|achieved|not|failed|on track|behind|completed)(?![\p{L}])/u;

type Parts = ReturnType<typeof findTotalParts>[number];

function someOnly(ctx: UnitContext, t: Parts, parts: Figure[]): boolean {
  if (!t.cue || t.amounts || !t.whole.noun || parts.length < 2) return false;
  const cue = ctx.lower.slice(t.cue.start, t.cue.end).trim();
  if (!SOME_INTRO.test(cue)) return false;
  // (Only a whole that is itself a subset told by what it lacks: "52 hồ … chưa được kiểm định", "6 xã chưa
  // có tổ …"; "Huyện có 22 chỉ tiêu, trong đó 18 … và 3 …" is a list short by one, worth a warning.)
  if (!/(?<![\p{L}])(?:chưa|không|not|yet|còn|without|lack\p{L}*)(?![\p{L}])/u.test(ctx.lower.slice(t.whole.end, t.cue.start))) return false;
  const head = t.whole.noun.split(" ")[0];
  const mods = parts.map((p) => (p.noun && p.noun.startsWith(`${head} `) ? p.noun.slice(head.length + 1) : undefined));
  if (mods.some((m) => !m) || new Set(mods).size !== mods.length) return false;
  const said = parts.map((p, i) => ctx.lower.slice(p.end, i + 1 < parts.length ? parts[i + 1].start : Math.min(ctx.sentenceOf(p).end, p.end + 60)));
  return !said.some((w) => VERDICT_WORDS.test(w)) && !mods.some((m) => VERDICT_WORDS.test(m!) || REST_CLOSE.test(m!));
}

export function checkPartsSum(ctx: UnitContext): void {
  checkStockFlows(ctx);
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const t of findTotalParts(ctx)) {
    if (t.parts.length < 2) continue;
    // ("… 3.917.800 cây, …, mật độ bình quân 1.667 cây/ha": an average inside an item is no part.)
    // (Not a grade named "Trung bình": "loại Trung bình 36 hợp tác xã" is a part.)
    if (t.parts.some((p) => averaged(ctx, p.figure) && /^(?:[ \t]+[\p{L}\p{M}]+){0,2}[ \t]*\/[ \t]*\p{L}/u.test(ctx.lower.slice(p.figure.end, p.figure.end + 30)))) continue;
    // ("611 said these were fully achieved and 229 partially achieved — 840 in all, or 95.9% — while 36 …":
    // a subtotal of the items before it is no item of its own.)
    if (t.parts.some((p, k) => k >= 2 && /^[ \t]*(?:[\p{L}]+[ \t]+)?(?:in[ \t]+all|in[ \t]+total|altogether|together|combined|between[ \t]+them|tổng[ \t]+cộng|cộng[ \t]+lại|tất[ \t]+cả)(?![\p{L}])/u.test(ctx.lower.slice(p.figure.end, p.figure.end + 24)) && t.parts.slice(0, k).reduce((a, q) => a.add(ctx.interval(q.figure, q.num)), Interval.point(0)).overlaps(ctx.interval(p.figure, p.num)))) continue;
    const whole = ctx.interval(t.whole, t.wholeNum);
    const sum = t.parts.reduce((acc, p) => acc.add(ctx.interval(p.figure, p.num)), Interval.point(0));
    // Parts after "trong đó" / "including" may nest ("25 xã đạt chuẩn, 6 xã đạt chuẩn nâng cao"),
    // so only parts meant to be all of the whole are held to its total.
    // Parts of different kinds ("120 xã, 20 phường và 10 thị trấn") cannot nest, so their sum still
    // may not pass the whole.
    // Counts with no noun of their own ("of which 220 were women and 145 were over 50") may overlap.
    const kinds = new Set(t.parts.map((p) => p.figure.noun ?? (t.amounts ? `#${p.figure.id}` : "")));
    // "trong đó xây mới 982 căn, sửa chữa 436 căn": each part named by its own label is a kind of its own.
    // ("…; Cao Đài 26.130 tín đồ; 5 tôn giáo còn lại (…) có 8.160 tín đồ": the last item named as the
    // rest, however long its name, is a label of its own.)
    const labels = t.parts.map((p, i) => labelBefore(ctx, p.figure) ?? (i > 0 && i === t.parts.length - 1 ? restItem(ctx, t.parts[i - 1].figure, p.figure) : undefined));
    // "3 sản phẩm 5 sao, 41 sản phẩm 4 sao và 242 sản phẩm 3 sao": classes named right after.
    const classes = t.parts.map((p) => /^[ \t\p{L}\p{M}]{0,30}?(\d+[ \t]*(?:sao|stars?)|(?:hạng|loại|cấp|class|grade|band)[ \t]+[\p{L}\d]+)(?![\p{L}\d])/u.exec(ctx.lower.slice(p.figure.end, p.figure.end + 45))?.[1]);
    // ("- Đảng viên dưới 30 tuổi: 167; - Đảng viên nữ: 96", "- Lao động nữ …; - Lao động có trình độ đại
    // học …": labels of attributes that cut across each other name groups that may overlap.)
    const attrs = labels.map((l) => attributeOf(l ?? ""));
    // (Two dimensions, or one attribute on one label only — a subgroup of the others — may overlap;
    // an attribute on most labels is the dimension the list splits by.)
    const named = attrs.filter((a) => a);
    // (A list closed by its rest, "… và đối tượng khác 76 người", is meant as a partition.)
    const restClosed = REST_CLOSE.test(labels[labels.length - 1] ?? "");
    const crossLabels = !restClosed && (new Set(named).size > 1 || (named.length === 1 && attrs.length > 1));
    // ("3,412,860 meals …, of which 2,204,530 were universal infant free school meals, 734,915 were
    // benefits-related free school meals and 473,415 were paid meals": each part said to be a kind of
    // the whole's own noun, each a different kind.)
    const wholeHead = t.whole.noun?.split(" ").pop();
    // ("… 79 were temporary consents (up to 28 days) and 47 were pavement café consents granted under …":
    // the kind runs to the whole's own head noun, whatever follows it.)
    const headRe = wholeHead ? new RegExp(`^[ \\t]+(?:were|was|are|is)[ \\t]+((?:[\\p{L}-]+[ \\t]+){1,3}?${wholeHead.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})(?![\\p{L}])`, "u") : undefined;
    const kindsSaid = ctx.lang === "en" && !!wholeHead && wholeHead.length > 3 ? t.parts.map((p) => /^[ \t]+(?:were|was|are|is)[ \t]+([a-z][a-z -]{1,60}?)(?=[ \t]*(?:[,;.]|$)|[ \t]+and[ \t])/u.exec(ctx.lower.slice(p.figure.end, p.figure.end + 80))?.[1] ?? headRe!.exec(ctx.lower.slice(p.figure.end, p.figure.end + 80))?.[1]) : [];
    const saidKinds = kindsSaid.length > 1 && kindsSaid.every((k) => !!k && k.split(" ").pop() === wholeHead && k !== wholeHead) && new Set(kindsSaid).size === kindsSaid.length && !kindsSaid.some((k) => CUTS_ACROSS_ANY.test(k!));
    // ("Of the 74 cases, 51 were hospital-onset healthcare-associated and 23 were community-onset
    // healthcare-associated": kinds that share their last word, each told apart by the words before it.)
    const tails = kindsSaid.map((k) => k?.split(/[ \t]+/u) ?? []);
    const tailKinds = kindsSaid.length > 1 && tails.every((w) => w.length >= 2 && w[w.length - 1] === tails[0][tails[0].length - 1] && w[w.length - 1].length >= 4) && new Set(kindsSaid).size === kindsSaid.length && !kindsSaid.some((k) => CUTS_ACROSS_ANY.test(k!) || CROSS_GROUP.test(k!));
    const labelled = saidKinds || tailKinds || (!crossLabels && labels.every((l) => !!l) && new Set(labels).size === labels.length) || (classes.every((c) => !!c) && new Set(classes).size === classes.length);
    // "trong đó 6 dự án đã hoàn thành, 8 dự án đang thi công và 5 dự án đang chuẩn bị đầu tư", "of
    // which 6 have been completed, 8 are under construction and 5 are in preparation": each part
    // at a stage of its own, and a project is at one stage only.
    const stages = t.parts.map((p) => stageOf(ctx.lower.slice(p.figure.end, p.figure.end + 60).split(/[,;.:()]|(?<![\p{L}])(?:và|and|or|hoặc)(?![\p{L}])/u)[0]));
    const staged = stages.every((x) => x !== undefined) && new Set(stages).size === stages.length;
    // ("700 primary schools, 400 upgraded schools and 150 secondary schools": one kind named by an
    // attribute the others may have as well is no kind of its own.)
    const itemWords = (f: Figure) => ctx.lower.slice(f.end, f.end + 40).split(/[,;.:()]|(?<![\p{L}])(?:và|and|or|hoặc)(?![\p{L}])/u)[0];
    const across = t.amounts ? 0 : t.parts.filter((p) => CUTS_ACROSS_ANY.test(itemWords(p.figure))).length;
    const kindsApart = kinds.size === t.parts.length && (across === 0 || across === t.parts.length || CUTS_ACROSS_ANY.test(t.whole.noun ?? ""));
    const partFigs = t.parts.map((p) => p.figure);
    const bands = banded(ctx, partFigs);
    const strictlyApart = (t.listed && !crossLabels) || kindsApart || labelled || staged || bands > 0 || parallelLabelsVi(ctx, partFigs);
    // (Parts set apart only by what the clause says of them may leave others out: held to the whole from above only.)
    // (Clauses apart only by their verbs may be kinds that overlap, "52 are academies, 71 are rated good
    // and 14 are secondary": far past the whole, they are; just past it, a count has drifted.)
    const byClauses = !strictlyApart && !predicatesApart(ctx, partFigs, t.whole) && clausesApart(ctx, partFigs);
    if (byClauses && !t.exhaustive && sum.lo.gt(whole.hi.times("1.05").plus(1))) continue;
    const distinct = strictlyApart || predicatesApart(ctx, partFigs, t.whole) || byClauses;
    // ("Of these, 268 were annual consents, 97 were temporary consents and 47 were pavement café
    // consents": three kinds or more of the whole's own noun, closed by "and", are all of it.)
    const kindsClosed = saidKinds && partFigs.length >= 3 && /(?<![\p{L}])and[ \t]*$/u.test(ctx.lower.slice(partFigs[partFigs.length - 2].end, partFigs[partFigs.length - 1].start));
    const exhaustive = t.exhaustive || kindsClosed || bands === 2 || classesNamed(ctx, t.whole, partFigs) || eitherOr(ctx, t.whole, partFigs) || yearsCover(ctx, t.whole, partFigs);
    if (!exhaustive && !distinct) continue;
    if (saysOverlap(ctx, t.parts[t.parts.length - 1].figure)) continue;
    if (nestedTiers(ctx, partFigs) || overlappingGroups(ctx, partFigs)) continue;
    // (A stated total stands for [lo, hi) and a sum of stated parts for [Σlo, Σhi): ends that touch
    // leave no value both can be, "9.6 + 4.3 + 1.1" is not "£14.8m".)
    const apart = !sum.overlaps(whole);
    const over = apart && sum.lo.gte(whole.hi);
    // (Findings of one examination, each a property of its own, may pass the whole together; each of
    // them alone is held to it by part-exceeds-whole.)
    if (over && overlappingFindings(ctx, t.whole, partFigs)) continue;
    // Distinct kinds that fall just short of the whole ("22 chỉ tiêu, gồm/including 18 … và 3 …") read
    // as a miscount rather than an incomplete list: a warning, since the list may not be all.
    const gapToWhole = whole.lo.minus(sum.hi);
    // Amounts listed after "trong đó" often leave out an "other" remainder, so only counts do.
    // (Stages leave out the stalled and the dropped: a stage list short of its whole is no miscount.)
    // ("…, tư vấn pháp luật 518 vụ việc; 24 vụ việc còn lại là …": the rest is told after the list,
    // and makes the whole up.)
    const lastPart = t.parts[t.parts.length - 1].figure;
    const lastAt = figureIndex(ctx, lastPart);
    const restTold = ctx.figures.slice(lastAt + 1, lastAt + 4).some((f) => f.kind === "number" && !!f.value && sum.add(ctx.interval(f, f.value)).overlaps(whole) && f.start - lastPart.end < 120 && ctx.sentenceOf(f) === ctx.sentenceOf(lastPart) && REST_CLOSE.test(ctx.lower.slice(f.end, f.end + 30).split(/[,;.]/u)[0] + " " + ctx.lower.slice(Math.max(lastPart.end, f.start - 30), f.start).split(/[,;.]/u).pop()));
    // ("…, trung học phổ thông 9 trường và 4 trung tâm giáo dục nghề nghiệp": one more item the list
    // gives under another noun; the list is not short.)
    const nextFig = ctx.figures[lastAt + 1];
    const extraItem = !!nextFig && nextFig.kind === "number" && !t.parts.some((q) => q.figure === nextFig) && ctx.sentenceOf(nextFig) === ctx.sentenceOf(lastPart) && /^[^.;,\d]{0,40}(?<![\p{L}])(?:và|and)[ \t]*$/u.test(ctx.lower.slice(lastPart.end, nextFig.qualifiers[0]?.start ?? nextFig.start));
    // ("52 hồ … chưa được kiểm định, trong đó có 42 hồ nhỏ và 8 hồ vừa", "6 xã chưa có tổ …, trong đó 4 xã
    // vùng cao và 1 xã bãi ngang ven biển", "of which 42 were small reservoirs and 8 medium": after words that
    // single out some of the whole, kinds of its own noun named by a modifier leave the others unnamed on
    // purpose; the list short of the whole is no miscount.)
    const someKinds = someOnly(ctx, t, partFigs);
    const nearMiss = !someKinds && !restTold && !extraItem && !exhaustive && !t.open && (!t.amounts || t.bulleted || t.closedSplit) && strictlyApart && !(staged && !(t.listed || kindsApart || labelled)) && gapToWhole.gt(0) && (gapToWhole.lte(1) || gapToWhole.lte(whole.lo.times(t.closedSplit && !t.bulleted ? 0.015 : 0.04)));
    // ("Tenancies ended on 171 plots: 94 were …, 58 followed … and 19 ended for other reasons": the
    // last item, read apart, makes the whole up.)
    const lastMakesUp = extraItem && !!nextFig.value && sum.add(ctx.interval(nextFig, nextFig.value)).overlaps(whole);
    // ("gồm: người cao tuổi 24.860 người (trong đó …); người khuyết tật 14.920 người; …", "14 are Green, 6
    // are Amber and 3 are Red; 1 indicator has no data": a figure of the clause that the list read left
    // out makes the whole up; the list is read short, not written short.)
    const missingPart = ctx.sentenceOf(lastPart).figs.some((f) => f.kind === "number" && !!f.value && !f.qualifiers.length && !(f.noun && /^(?:days?|weeks?|months?|years?|hours?|minutes?|ngày|tuần|tháng|năm|giờ|phút|tuổi)(?: |$)/u.test(f.noun)) && !inBrackets(ctx, ctx.sentenceOf(f).start, f.start) && !partFigs.includes(f) && f !== t.whole && f.start > t.whole.end && f.start < lastPart.end + 150 && (f.unit ?? "") === (t.whole.unit ?? "") && (f.scale?.factor ?? "1") === (t.whole.scale?.factor ?? "1") && sum.add(ctx.interval(f, f.value)).overlaps(whole));
    const under = (exhaustive || nearMiss) && apart && sum.hi.lte(whole.lo) && !lastMakesUp && !missingPart && !skipsABullet(ctx, t);
    // ("2.684 biên chế (cấp tỉnh 1.498, cấp huyện 1.168)": a list that may leave some out, short of its
    // whole by exactly what two swapped digits of one of its figures make, holds a slip, not an untold rest.)
    // (Not where the sentence goes on with figures after the last part: "…, infectious syphilis 31 and new HIV 9"
    // may be an item the reading left out.)
    const slip = !under && !over && !exhaustive && !nearMiss && apart && sum.hi.lte(whole.lo) && !restTold && !extraItem && !lastMakesUp && !missingPart && !skipsABullet(ctx, t) && !(t.amounts && /^(?:trong đó|trong số đó|including|of which|bao gồm|gồm có)$/u.test(t.cue ? ctx.lower.slice(t.cue.start, t.cue.end) : "")) && !/\d/u.test(ctx.lower.slice(lastPart.end, listEnd(ctx, lastPart)).replace(/(?<![\d.,])(?:19|20)\d\d(?:[\/–-]\d{2,4})?(?![\d.,]?\d)/gu, "")) ? swapSlip(ctx, t, sum, whole) : undefined;
    const ok = !over && !under && !slip;
    if (!ok && (sumStatedNearby(ctx, t.whole, partFigs, sum) || overlapStated(ctx, t.whole, partFigs, sum, whole))) continue;
    const mixedScale = t.parts.some((p) => (p.figure.scale?.factor ?? "1") !== (t.whole.scale?.factor ?? "1"));
    const expr = t.parts.map((p) => (mixedScale ? p.figure.text : fmt(p.num.exact, lang))).join(" + ");
    // Amounts share one scale word, so the sum is shown in it ("15.520 tỷ đồng").
    const totalNum = fmt(t.whole.scale ? sum.mid.div(t.whole.scale.factor) : sum.mid, lang);
    // Amounts are shown as written: "£18.4m", "$1.72bn", "14.350,2 triệu đồng".
    // Counts in a scale word keep it: "8.17 + 2.36 + 1.87 = 12.4 million, but … 12.94 million passengers".
    const scaleWord = !t.amounts && t.whole.scale && !mixedScale ? ` ${t.whole.scale.text}` : "";
    const total = t.amounts ? asWritten(t.whole, totalNum) : `${totalNum}${scaleWord}`;
    const w = t.amounts ? t.whole.text : `${fmt(t.wholeNum.exact, lang)}${scaleWord}`;
    const noun = t.whole.noun ? ` ${t.whole.noun}` : "";
    ctx.emit({
      kind: "total-parts",
      rule: RULE,
      roles: [
        { figure: t.whole, role: lang === "vi" ? "tổng" : "total" },
        ...t.parts.map((p) => ({ figure: p.figure, role: lang === "vi" ? "phần" : "part" })),
      ],
      ok,
      explain: {
        vi: ok
          ? `${expr} = ${total} ✓ (tổng đã nêu: ${w}${noun}${exhaustive ? "" : "; các phần có thể chưa đủ"})`
          : `${expr} = ${total} ${over ? ">" : "≠"} ${w}${noun} ✗`,
        en: ok
          ? `${expr} = ${total} ✓ (stated total: ${w}${noun}${exhaustive ? "" : "; the parts may not be all"})`
          : `${expr} = ${total} ${over ? ">" : "≠"} ${w}${noun} ✗`,
      },
      at: t.whole,
      message: over
        ? {
            vi: `Các phần cộng lại ${expr} = ${total}, lớn hơn tổng đã nêu là ${w}${noun}`,
            en: `The parts add up to ${expr} = ${total}, more than the stated total of ${w}${noun}`,
          }
        : slip && slip.figure
        ? {
            vi: `${expr} = ${total}, nhưng tổng đã nêu là ${w}${noun}; nếu đảo lại hai chữ số của ${slip.figure.text} (${fmt(slip.value!, lang)}) thì khớp`,
            en: `${expr} = ${total}, but the stated total is ${w}${noun}; with two digits of ${slip.figure.text} swapped back (${fmt(slip.value!, lang)}) they match`,
          }
        : slip
        ? {
            vi: `${expr} = ${total}, nhưng tổng đã nêu là ${w}${noun}; chênh lệch đúng bằng hai chữ số bị đảo chỗ ở một trong các số`,
            en: `${expr} = ${total}, but the stated total is ${w}${noun}; the gap is exactly what two swapped digits in one of the figures make`,
          }
        : {
            vi: `${expr} = ${total}, nhưng tổng đã nêu là ${w}${noun}`,
            en: `${expr} = ${total}, but the stated total is ${w}${noun}`,
          },
      severity: (nearMiss || slip) && !over ? "warning" : undefined,
      related: t.parts.map((p) => ({ span: p.figure, message: { vi: `phần: ${fmt(p.num.exact, "vi")}`, en: `part: ${fmt(p.num.exact, "en")}` } })),
    });
  }
}

/**
 * "Dự toán … 96,48 tỷ đồng; … đã cấp phát 91,27 tỷ đồng, đạt 94,6% dự toán. Số đã cấp phát gồm: …":
 * another figure between the whole that was read and the parts, of the same unit, that the parts make
 * exactly, is the total they break down; the reading took the wrong one.
 */
function sumStatedNearby(ctx: UnitContext, whole: Figure, parts: Figure[], sum: Interval): boolean {
  const first = parts[0];
  const from = Math.min(whole.start, ctx.sentenceOf(first).start);
  const ws = (whole.scale?.factor ?? "1");
  for (let i = figureIndex(ctx, first) - 1; i >= 0 && ctx.figures[i].start >= from; i--) {
    const f = ctx.figures[i];
    if (f === whole || parts.includes(f) || f.kind !== "number" || !f.value || f.qualifiers.length || (f.unit ?? "") !== (whole.unit ?? "") || (f.scale?.factor ?? "1") !== ws) continue;
    if (ctx.interval(f, f.value).overlaps(sum)) return true;
  }
  return false;
}

/** Where a list that ends with `last` stops: at the bracket that holds it ("4.850 lít hóa chất (ngân sách tỉnh
 * 3.000 lít, ngân sách huyện 1.580 lít) cho 19 xã"), else at the sentence's end. */
function listEnd(ctx: UnitContext, last: Figure): number {
  const s = ctx.sentenceOf(last);
  const close = ctx.text.indexOf(")", last.end);
  return close >= 0 && close < s.end && inBrackets(ctx, s.start, last.start) ? close : s.end;
}

/** "103.684 người, gồm 86.412 người tăng huyết áp và 31.508 người đái tháo đường (14.236 người mắc đồng thời cả
 * hai bệnh)": a figure of the sentence after the parts that is exactly what they pass the whole by is the
 * overlap, stated. */
function overlapStated(ctx: UnitContext, whole: Figure, parts: Figure[], sum: Interval, wholeIv: Interval): boolean {
  if (!sum.lo.gt(wholeIv.hi)) return false;
  const s = ctx.sentenceOf(parts[parts.length - 1]);
  const over = sum.sub(wholeIv);
  // (Said to be in both, or set in a bracket right after the list: not "…; kết dư 0,4 tỷ đồng", an amount of its own.)
  return s.figs.some((f) => f.start > parts[parts.length - 1].end && (/^[^\d;]{0,12}\([ \t]*$/u.test(ctx.lower.slice(parts[parts.length - 1].end, f.start)) || /(?<![\p{L}])(?:đồng thời|cả hai|cả 2|both|trùng|overlap\p{L}*|more than one)(?![\p{L}])/u.test(ctx.lower.slice(f.end, f.end + 60))) && f.kind === "number" && !!f.value && !f.qualifiers.length && (f.unit ?? "") === (whole.unit ?? "") && (f.scale?.factor ?? "1") === (whole.scale?.factor ?? "1") && ctx.interval(f, f.value).overlaps(over));
}

/**
 * A figure of the list or its whole whose two neighbouring digits, swapped back, make the parts add
 * up to the whole (named when it is the only one). Short figures are passed over:
 * in a two-digit count a swap moves it by a multiple of 9, which an untold rest matches too easily.
 */
function swapSlip(ctx: UnitContext, t: Parts, sum: Interval, whole: Interval): { figure?: Figure; value?: string } | undefined {
  if (t.whole.qualifiers.length || t.parts.some((p) => p.figure.qualifiers.length)) return undefined;
  const found: { figure: Figure; value: string }[] = [];
  const ivs = t.parts.map((p) => ctx.interval(p.figure, p.num));
  t.parts.forEach((p, k) => {
    if (digitCount(p.num) < 3) return;
    for (const v of swappedValues(p.num)) {
      const iv = swappedInterval(v, p.num, p.figure.scale?.factor ?? "1");
      if (ivs.reduce((a, x, j) => a.add(j === k ? iv : x), Interval.point(0)).overlaps(whole)) found.push({ figure: p.figure, value: v });
    }
  });
  if (digitCount(t.wholeNum) >= 3) for (const v of swappedValues(t.wholeNum)) if (sum.overlaps(swappedInterval(v, t.wholeNum, t.whole.scale?.factor ?? "1"))) found.push({ figure: t.whole, value: v });
  // (Two swaps that would each explain it still say a slip, not which figure holds it.)
  return found.length === 1 ? found[0] : found.length ? {} : undefined;
}
