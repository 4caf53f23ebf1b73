// A breakdown in a sentence of its own, of the figure the sentence before states: "Xảy ra 37 vụ tai
// nạn giao thông … . Phân theo tuyến đường, trong đó: quốc lộ 14 vụ, tỉnh lộ 9 vụ, …", "… 412 vụ vi
// phạm … . Phân theo hành vi, gồm:\n- Phá rừng: 61 vụ;\n- …", "Tổng thu … 9.846,2 tỷ đồng … . Cơ cấu
// thu gồm: thu nội địa 8.917,4 tỷ đồng; …", "The grant was £38.42 million … . It was spent as follows:
// £12.86 million on …, £9.74 million on …".
//
// Strict: the breakdown sentence opens with its lead (no figure before the list), every part is of
// the measure of the whole (the same counted noun, or the same unit and scale), the whole is the
// first such figure of the sentence before, outside brackets and not a change, plan or average, and
// parts that are changes, bracketed or averages are not parts. "Phân theo / cơ cấu / gồm / as follows"
// break the whole down completely; "trong đó" alone only bounds it.
import { headOfAbbreviation, nounKey, sameNoun } from "../figures/nouns.ts";
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets, type Sentence, isCount } from "./context.ts";
import { parallelPlaces, type TotalParts } from "./parts.ts";

const LEAD = /^[\s*•-]*(?:(?:(?!giá|price|prices)[\p{L}\p{M}'’-]+[ \t]+){1,3}?(?:(?:phân|chia)[ \t]+theo|theo[ \t]+từng|by|broken[ \t]+down[ \t]+by)(?=[ \t]+(?:năm|quý|tháng|giai[ \t]+đoạn|year|quarter|month|type|category|region|area|district|source|sector|địa[ \t]+bàn|lĩnh[ \t]+vực|nguồn|loại)(?![\p{L}]))|(?:phân|chia)[ \t]+theo|theo|xét[ \t]+theo|về|cơ[ \t]+cấu|by|broken[ \t]+down[ \t]+by|(?:it|this|the[ \t]+[\p{L}]+)[ \t]+(?:was|is|were)[ \t]+(?:spent|allocated|used|distributed|made[ \t]+up|divided|split)|(?:the[ \t]+)?breakdown(?:[ \t]+(?:by|of))?|(?:the[ \t]+)?(?:mix|split|composition|distribution|make-up|profile)[ \t]+of|kết[ \t]+quả(?:[ \t]+(?:giải[ \t]+quyết|xử[ \t]+lý|hòa[ \t]+giải|thực[ \t]+hiện))?|outcomes?|nguyên[ \t]+nhân|(?:the[ \t]+)?(?:main[ \t]+)?causes?(?:[ \t]+(?:were|was))?)(?:[ \t]+(?:[\p{L}\p{M}'’-]+|(?:19|20)\d\d)){0,10}?(?:[ \t]*,(?![ \t]*(?:trong[ \t]+đó|gồm|bao[ \t]+gồm|cụ[ \t]+thể|như[ \t]+sau|including|comprising|as[ \t]+follows)(?![\p{L}]))(?:[ \t]+[\p{L}\p{M}'’-]+){2,12}?)?[ \t]*,?[ \t]*(gồm|bao[ \t]+gồm|gồm[ \t]+có|trong[ \t]+đó|cụ[ \t]+thể|như[ \t]+sau|as[ \t]+follows|comprising|including)?[ \t]*:[ \t]*(?:\r?\n[ \t]*)?(?:[-*+•][ \t]+)?(?:[\p{L}\p{M}][\p{L}\p{M}\d \t'’,()-]{0,60}?[ \t:]*)?$/u;
const NOT_PART = /(?:tăng|giảm|so[ \t]+với|kế[ \t]+hoạch|mục[ \t]+tiêu|bình[ \t]+quân|trung[ \t]+bình|up|down|from|than|target|plan|average|per|mỗi)[ \t]*(?:thêm[ \t]+)?$/u;
const NOT_WHOLE = /(?:increase|decrease|rise|fall|growth|tăng|giảm|so[ \t]+với|kế[ \t]+hoạch|dự[ \t]+toán|mục[ \t]+tiêu|chỉ[ \t]+tiêu|bình[ \t]+quân|trung[ \t]+bình|cùng[ \t]+kỳ|up|down|from|by|than|target|plan|budget|average|per|mỗi|equivalent[ \t]+to|tương[ \t]+đương)[ \t]*(?:thêm[ \t]+|là[ \t]+|of[ \t]+)?$/u;
const LIST_ITEM = /^[ \t]*(?:[-*+•]|\d{1,2}[.)]|[a-zđ]\))[ \t]/u;

function measure(f: Figure): string | undefined {
  if (f.kind !== "number" || !f.value || f.perYear || f.qualifiers.some((q) => q.kind !== "estimate")) return undefined;
  if (f.unit) return f.unit === "%" || f.unit === "pp" || f.unit === "times" ? undefined : `${f.unit}×${f.scale?.factor ?? "1"}`;
  return (f.noun || LABELLED_BARE.has(f) || ELIDED.has(f)) && !f.scale && f.value.decimals === 0 ? "count" : undefined;
}

/** Bare counts after a list item's label ("- fires: 3,126 (31.8% of all incidents);"): of the whole's noun. */
const LABELLED_BARE = new WeakSet<Figure>();
const ELIDED = new WeakSet<Figure>();
const ITEM_LABEL = /^[ \t]*(?:[-*+•]|\d{1,2}[.)]|[a-zđ]\))[ \t]+[\p{L}\p{M}][\p{L}\p{M}\d '’(),/&-]{0,100}?:[ \t]*$/u;

function sameMeasure(a: Figure, b: Figure): boolean {
  const m = measure(a);
  if (!m || m !== measure(b)) return false;
  if (m === "count" && (!a.noun || !b.noun)) return true;
  return m !== "count" || sameNoun(a.noun, b.noun) || sameNoun(b.noun, a.noun) || a.noun!.split(" ")[0] === b.noun!.split(" ")[0] || initialsOf(a.noun!) === b.noun! || initialsOf(b.noun!) === a.noun! || headOfAbbreviation(a.noun, b.noun) || headOfAbbreviation(b.noun, a.noun);
}

/** "hợp tác xã (HTX)": a noun and the initials it is written as. */
function initialsOf(n: string): string {
  return n.split(/[ \t]+/u).map((w) => w[0]).join("");
}

/** Bare counts after item labels count the whole only when the lead names what the whole counts
 * ("The mix of incidents was as follows:" under "… 9,842 incidents …"), and the whole is no item of
 * another list. */
function bareFits(wctx: UnitContext, parts: Figure[], whole: Figure, lead: string): boolean {
  if (!parts.some((f) => LABELLED_BARE.has(f))) return true;
  const key = nounKey(whole.noun);
  if (!key || !lead.includes(key)) return false;
  const ws = wctx.sentenceOf(whole);
  return !/^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]/u.test(wctx.text.slice(ws.start, ws.start + 8).replace(/^\s*\n/u, ""));
}

/** The sentence's parts: its figures, and those of the list items right after when the lead ends its line. */
function partsOf(ctx: UnitContext, si: number, leadEnd: number): Figure[] | undefined {
  const s = ctx.sentences[si];
  const scope: Sentence[] = [s];
  // ("- Ngân sách nhà nước: 283,4 tỷ đồng, gồm:\n  - ngân sách trung ương 58,4 tỷ đồng; …": items set in
  // further break down the item above them, not the whole.)
  const indent = (at: number) => { const t = ctx.text.slice(at, at + 40); const lead = /^\s*/u.exec(t)![0]; return lead.slice(lead.lastIndexOf("\n") + 1).replace(/\t/gu, "    ").length; };
  let level = -1;
  if (!/\S/.test(ctx.text.slice(leadEnd, s.end))) for (let j = si + 1; j < ctx.sentences.length && LIST_ITEM.test(ctx.text.slice(ctx.sentences[j].start, ctx.sentences[j].start + 8)); j++) {
    const k = indent(ctx.sentences[j].start);
    if (level < 0) level = k;
    if (k > level) continue;
    scope.push(ctx.sentences[j]);
  }
  const out: Figure[] = [];
  for (const t of scope) {
    for (const f of t.figs) {
      if (f.start < leadEnd) continue;
      if (inBrackets(ctx, t.start, f.start)) continue;
      // (Shares and ranges that say who: "(33.5%) on 0–19 children's services".)
      if (f.kind === "percent" || f.kind === "range" || f.unit === "%" || f.unit === "pp") continue;
      const q = f.qualifiers[0]?.start ?? f.start;
      if (NOT_PART.test(ctx.lower.slice(Math.max(t.start, q - 20), q))) return undefined;
      // ("Cơ cấu theo phương thức: trong tổng kim ngạch 1.249,3 triệu USD, xuất khẩu chính ngạch …": the
      // whole said again is no part; the breakdown is of it, within its own sentence.)
      if (/(?<![\p{L}])(?:(?:trong|trên|của)[ \t]+tổng(?:[ \t]+[\p{L}\p{M}]+){0,4}|(?:of|out[ \t]+of)[ \t]+(?:the|a)[ \t]+total(?:[ \t]+[\p{L}-]+){0,3}?(?:[ \t]+of)?)[ \t]*$/u.test(ctx.lower.slice(Math.max(t.start, q - 40), q))) return undefined;
      // ("- of which at night: 3,120": an item of an item, not a part.)
      if (t !== s && /^\s*(?:[-*+•]|\d{1,2}[.)])[ \t]+(?:of which|trong đó|including|in which|among them|among which)(?![\p{L}])/u.test(ctx.lower.slice(t.start, f.start))) return undefined;
      if (t !== s && f.kind === "number" && !f.noun && !f.unit && !f.scale && f.value?.decimals === 0 && !f.qualifiers.length && ITEM_LABEL.test(ctx.lower.slice(t.start, f.start))) LABELLED_BARE.add(f);
      // ("By type, the incidents were: anti-social behaviour 3,948; theft and shoplifting 2,204; …; and road
      // traffic 706": items inline, each a label and its bare count, parted by semicolons.)
      if (t === s && f.kind === "number" && !f.noun && !f.unit && !f.scale && f.value?.decimals === 0 && !f.qualifiers.length && /^[ \t]*(?:(?:and|và)[ \t]+)?[\p{L}\p{M}][\p{L}\p{M} '’,&-]{1,60}$/u.test(ctx.lower.slice(Math.max(t.start, ctx.lower.lastIndexOf(";", f.start) + 1, ctx.lower.lastIndexOf(":", f.start) + 1), f.start)) && /^[ \t]*(?:[;.]|$)/u.test(ctx.lower.slice(f.end, f.end + 3))) LABELLED_BARE.add(f);
      // ("341,902 calls (82.8%) came from wireless phones, 48,215 (11.7%) from VoIP …": later items of
      // a run leave the first one's noun out.)
      if (out.length && out[0].noun && measure(out[0]) === "count" && f.kind === "number" && !f.noun && !f.unit && !f.scale && f.value?.decimals === 0 && !f.qualifiers.length && /(?:,|;|(?<![\p{L}])(?:and|và))[ \t]*$/u.test(ctx.lower.slice(Math.max(t.start, q - 6), q))) ELIDED.add(f);
      // ("COD 61 lượt, TSS 39 lượt, amoni 33 lượt và pH 15 lượt; trong đó có 9 lượt kéo dài …": past the
      // list, a part broken down again is none of its items.)
      if (out.length >= 2 && /[;,][ \t]*(?:trong[ \t]+(?:đó|số[ \t]+(?:đó|này))|of[ \t]+(?:which|whom|these)|including)(?![\p{L}])[^;\n]*$/u.test(ctx.lower.slice(out[out.length - 1].end, q)) && !/\n/u.test(ctx.lower.slice(out[out.length - 1].end, q))) return out;
      if (!measure(f)) return undefined;
      out.push(f);
    }
  }
  return out.length >= 2 ? out : undefined;
}

/** The whole of `parts`: the first figure of their measure in the nearest of sentences [from, to) going back. */
/** "Số HTX phân theo lĩnh vực:", "Progress by year:": a lead that names its subject before the
 * dimension, which may be a sub-list's dimension; its whole must be no list item. */
const OUTCOME_LEAD = /^[\s*•-]*(?:kết[ \t]+quả|outcomes?)(?![\p{L}])/u;
const PENDING = /(?<![\p{L}])(?:đang|chưa|còn[ \t]+lại|còn|tồn|pending|outstanding|ongoing|still[ \t]+open|in[ \t]+progress|under[ \t]+way)(?![\p{L}])/u;

function subjectLead(m: RegExpExecArray): boolean {
  return !/^[\s*•-]*(?:(?:phân|chia)[ \t]+theo|theo|xét|về|cơ[ \t]+cấu|by|broken|it|this|the|breakdown|mix|split|composition|distribution|make-up|profile)(?![\p{L}])/u.test(m[0]);
}

/** A figure of the sentence that may be a whole: outside brackets, not a change, plan or average. */
function plain(ctx: UnitContext, sent: Sentence, f: Figure): boolean {
  const q = f.qualifiers[0]?.start ?? f.start;
  return !inBrackets(ctx, sent.start, f.start) && !NOT_WHOLE.test(ctx.lower.slice(Math.max(sent.start, q - 25), q));
}

function wholeBefore(ctx: UnitContext, parts: Figure[], from: number, to: number, notItem = false): Figure | undefined {
  // "kiểm tra 4.286 vụ, phát hiện và xử lý 3.512 vụ vi phạm (…). Phân theo loại vi phạm: …": of
  // several candidates, the one the parts add up to, else the nearest sentence's first.
  const sum = parts.reduce((acc, p) => acc.plus(p.value!.exact), new D(0));
  let first: Figure | undefined;
  for (let k = to - 1; k >= from; k--) {
    const prev = ctx.sentences[k];
    // ("Phân theo tuyến đường: quốc lộ 34 vụ (39,1%), … . Phân theo nguyên nhân: …": a sentence that is
    // itself a breakdown holds parts of another whole.)
    if (prev.figs.length && LEAD.test(ctx.lower.slice(prev.start, prev.figs[0].qualifiers[0]?.start ?? prev.figs[0].start))) continue;
    if (notItem && (LIST_ITEM.test(ctx.text.slice(prev.start, prev.start + 8).replace(/^\s*\n/u, "")) || (k > 0 && /^\s*\d{1,2}\.$/u.test(ctx.text.slice(ctx.sentences[k - 1].start, ctx.sentences[k - 1].end))))) continue;
    const candidates = prev.figs.filter((f) => sameMeasure(f, parts[0]) && plain(ctx, prev, f));
    // ("received 412,836 911 calls": the number before a service's number is the count.)
    for (let i = 0; i < candidates.length; i++) {
      const f = candidates[i];
      const g = prev.figs[prev.figs.indexOf(f) - 1];
      if (g && g.kind === "number" && !g.noun && !g.unit && !g.scale && g.value?.decimals === 0 && !g.qualifiers.length && /^[ \t]$/u.test(ctx.text.slice(g.end, f.start)) && /^\d{3}$/u.test(f.text.split(/\s/u)[0])) {
        ELIDED.add(g);
        candidates[i] = g;
      }
    }
    const exact = candidates.find((f) => new D(f.value!.exact).times(f.scale?.factor ?? 1).equals(sum.times(parts[0].scale?.factor ?? 1)));
    if (exact) return exact;
    // ("có 214 giám định viên tư pháp, … bổ nhiệm mới 19 người … . Phân theo lĩnh vực: - pháp y: 38 người;
    // …": "người" counts the experts; the count the parts add up to exactly is theirs, whatever its noun.)
    const loose = measure(parts[0]) === "count" ? prev.figs.find((f) => measure(f) === "count" && plain(ctx, prev, f) && new D(f.value!.exact).equals(sum)) : undefined;
    if (loose) return loose;
    // ("GRDP … 112.460 tỷ đồng; giá trị tăng thêm của kinh tế số ước khoảng 11.021 tỷ đồng, … . Cơ cấu giá
    // trị kinh tế số … như sau: …": an approximate figure the parts add up to is their whole, not one to
    // hold them to.)
    if (prev.figs.some((f) => f.kind === "number" && !!f.value && f.qualifiers.length && (f.unit ?? "") === (parts[0].unit ?? "") && new D(f.value.exact).times(f.scale?.factor ?? 1).equals(sum.times(parts[0].scale?.factor ?? 1)))) return undefined;
    // ("aims to deliver 2,400 homes and 600 affordable homes by 2027. By March 2024: …": two wholes
    // of the measure, and a part of each below; which one is unclear.)
    if (!first && candidates.length > 1 && candidates.some((c, k) => k > 0 && !!c.noun && c.noun !== candidates[0].noun && parts.some((p) => p.noun === c.noun))) return undefined;
    first ??= candidates[0];
  }
  // (A whole smaller than one of its parts is a count of something else: "bổ nhiệm mới 19 người" beside
  // "pháp y: 38 người"; the sentence's count nearest the parts' sum is theirs, or none is.)
  if (first && measure(parts[0]) === "count" && parts.some((p) => new D(p.value!.exact).gt(first!.value!.exact))) {
    for (let k = to - 1; k >= from; k--) {
      const prev = ctx.sentences[k];
      const near = prev.figs.filter((f) => measure(f) === "count" && plain(ctx, prev, f) && new D(f.value!.exact).minus(sum).abs().lte(sum.times("0.25")) && parts.every((p) => new D(f.value!.exact).gt(p.value!.exact)));
      if (near.length === 1) return near[0];
      if (prev.figs.length) break;
    }
    return undefined;
  }
  return first;
}

/** "By region, 342 schools were in the North Metropolitan region, 401 in South Metropolitan, 296 …",
 * "Theo địa bàn, 342 trường ở …, 401 trường ở …": a dimension named before a comma, then three
 * counts or more, the first naming its noun, the others of the same noun or none, each at a place of
 * its own after the same preposition. A breakdown by a dimension is complete. */
const COMMA_LEAD = /^[\s*•-]*(?:by|(?:phân|chia)[ \t]+theo|theo)[ \t]+(?:(?:type|kind|category|region|area|district|locality|sector|size|phase|age|age[ \t]+group|tenure|mode|route|source|purpose|provider|function|level|stage|class|grade|status|ownership|cause|channel|destination|origin|technology|method|platform|device|service|product|programme|program|fund|funding[ \t]+source|gender|sex|ethnicity|nationality|country|outcome|result|priority|severity|shift|directorate|department|faculty|phương[ \t]+thức|kênh|thiết[ \t]+bị|quốc[ \t]+tịch|giới[ \t]+tính|dân[ \t]+tộc|kết[ \t]+quả|mức[ \t]+độ|nhóm|địa[ \t]+bàn|vùng|khu[ \t]+vực|loại[ \t]+hình|lĩnh[ \t]+vực|ngành|cấp|nguồn|hình[ \t]+thức|nguyên[ \t]+nhân|đối[ \t]+tượng|độ[ \t]+tuổi|tuyến|quy[ \t]+mô|địa[ \t]+phương)(?:[ \t]+(?:of|của)[ \t]+[\p{L}\p{M}'’-]+(?:[ \t]+[\p{L}\p{M}'’-]+)?)?)[ \t]*,[ \t]*$/u;
const KIND_DIMENSION = /(?:loại[ \t]+hình|lĩnh[ \t]+vực|nguồn|đối[ \t]+tượng|hình[ \t]+thức|nhóm|ngành|type|kind|category|source|sector)[ \t]*,[ \t]*$/u;
const VI_PLACE = /^[ \t]+(?:[\p{L}\p{M}]+[ \t]+){0,2}?(?:ở|tại|thuộc|từ)[ \t]/u;

function commaParts(ctx: UnitContext, si: number): Figure[] | undefined {
  const s = ctx.sentences[si];
  const first = s.figs[0];
  // ("By region, 1,536 volunteered in the North, …": the count may be bare, its verb saying what it counts.)
  if (!first || first.kind !== "number" || !isCount(first) || first.unit || first.scale || (measure(first) !== "count" && !!first.noun)) return undefined;
  const lead = ctx.lower.slice(s.start, first.qualifiers[0]?.start ?? first.start).replace(/,[ \t]*(?:có|gồm|là|there[ \t]+were)[ \t]+$/u, ", ");
  if (!COMMA_LEAD.test(lead)) return undefined;
  // ("Phân theo loại hình, có 178 di tích lịch sử, 146 …, 21 … và 49 danh lam thắng cảnh": kinds, each
  // named by its own noun, the last after "và".)
  const kinds = KIND_DIMENSION.test(lead);
  const parts = s.figs.filter((f) => !inBrackets(ctx, s.start, f.start));
  if (parts.length < 3 || parts.some((f) => f.kind !== "number" || !f.value || f.unit || f.scale || f.value.decimals !== 0 || f.qualifiers.length || (f.noun && !kinds && !sameNoun(f.noun, first.noun)))) return undefined;
  // Each at a place: "… were in …, 401 in …" or "… ở …, 401 trường ở …".
  const tail = (f: Figure) => {
    const t = ctx.lower.slice(f.end, f.end + 60);
    return f.noun && t.trimStart().startsWith(f.noun) ? " " + t.trimStart().slice(f.noun.length).trimStart() : t;
  };
  const vi = parts.every((f) => VI_PLACE.test(ctx.lower.slice(f.end, f.end + 40)) || VI_PLACE.test(tail(f))) || (kinds && parts.length >= 3 && parts.every((f) => !!f.noun) && /(?<![\p{L}])và[ \t]*$/u.test(ctx.lower.slice(parts[parts.length - 2].end, parts[parts.length - 1].start)));
  const preps = parts.map((f) => /^[ \t]+(?:(?:were|was|are|is|[a-z]{3,}ed)[ \t]+)?(?:(?:located|based|situated)[ \t]+)?(in|at|on)[ \t]/u.exec(tail(f))?.[1]);
  const listed = kinds && parts.length >= 3 && parts.every((f) => !!f.noun) && /(?<![\p{L}])(?:và|and)[ \t]*$/u.test(ctx.lower.slice(parts[parts.length - 2].end, parts[parts.length - 1].start)) && parts.slice(1).every((f, i) => /^[^\d;:.()]*$/u.test(ctx.lower.slice(parts[i].end, f.start)));
  if (!vi && !listed && !(preps.every((x) => x && x === preps[0]) || parallelPlaces(ctx, parts, s.end))) return undefined;
  // (Bare counts, each at its place, count what the whole counts.)
  for (const f of parts) if (!f.noun) LABELLED_BARE.add(f);
  return parts;
}

function exhaustiveLead(m: RegExpExecArray): boolean {
  // ("Nguyên nhân chủ yếu do con người: …", "The main causes were: …": the chief ones, not all.)
  if (/(?<![\p{L}])(?:chủ[ \t]+yếu|phần[ \t]+lớn|main|mainly|chiefly|principal)(?![\p{L}])/u.test(m[0])) return false;
  return !m[1] || !/^(?:trong[ \t]+đó|including)$/u.test(m[1]) || /(?:phân|chia)[ \t]+theo|cơ[ \t]+cấu|broken|breakdown/u.test(m[0]);
}

/** A breakdown opening its unit, of a figure the unit before states ("…, đã thực hiện 1.284 vụ việc
 * …\n\nTheo hình thức, trong đó: tham gia tố tụng 742 vụ việc, …"). The whole belongs to the other
 * unit: only a related location of the finding. */
export interface PreviousBreakdown {
  whole: Figure;
  parts: Figure[];
  exhaustive: boolean;
  amounts: boolean;
}

export function findPreviousBreakdowns(ctx: UnitContext, taken: Set<Figure>): PreviousBreakdown[] {
  const s = ctx.sentences[0];
  if (!s) return [];
  const first = s.figs[0];
  const m = LEAD.exec(ctx.lower.slice(s.start, first ? first.qualifiers[0]?.start ?? first.start : s.end));
  if (!m) {
    const byComma = commaParts(ctx, 0);
    if (!byComma || byComma.some((p) => taken.has(p))) return [];
    const prev = ctx.previous();
    if (!prev) return [];
    const whole = wholeBefore(prev, byComma, Math.max(0, prev.sentences.length - 2), prev.sentences.length);
    return whole ? [{ whole, parts: byComma, exhaustive: true, amounts: false }] : [];
  }
  const parts = partsOf(ctx, 0, s.start + m[0].length);
  if (!parts || parts.some((p) => taken.has(p)) || !parts.every((p) => sameMeasure(p, parts[0]))) return [];
  const prev = ctx.previous();
  if (!prev) return [];
  // ("Phân theo trình độ đào tạo: sơ cấp 2.416 người; …" then "Phân theo nhóm nghề: …": a paragraph
  // that is itself a breakdown holds parts of another whole, none of this one's.)
  const para = prev.text.trimEnd().lastIndexOf("\n\n") + 1;
  const pl = prev.sentences.find((t) => t.start >= para && t.figs.length);
  if (pl && LEAD.test(prev.lower.slice(pl.start, pl.figs[0].qualifiers[0]?.start ?? pl.figs[0].start))) return [];
  // ("1. Theo mức độ: - … 3.942 người (21,4%)." then "2. Theo dạng tật: …": a numbered item breaks down
  // the whole, never the last item of the list before it.)
  const whole = wholeBefore(prev, parts, Math.max(0, prev.sentences.length - 2), prev.sentences.length, subjectLead(m) || opensListItem(ctx, 0));
  if (!whole || !bareFits(prev, parts, whole, m[0])) return [];
  // ("Running costs were £28.4m. … Spend by area of commissioning was: acute £1,502.6m; …": parts that
  // add up to far more than the figure above break down something else, a total told later.)
  const sum = parts.reduce((acc, p) => acc.plus(p.value!.exact), new D(0));
  if (sum.gt(new D(whole.value!.exact).times(2))) return [];
  // ("… trong đó: - tàu từ 15 m trở lên: 1.642 chiếc; …; - tàu từ 6 m đến dưới 12 m: 1.516 chiếc." then
  // "Cơ cấu đội tàu xa bờ theo nghề: …" adding up to 1.642: the parts make another figure above exactly.)
  const prevText = prev.text.trimEnd();
  const para0 = prevText.lastIndexOf("\n\n", prevText.lastIndexOf("\n\n") - 1) + 1;
  if (prev.figures.some((f) => f !== whole && f.start >= para0 && f.kind === "number" && !!f.value && sameMeasure(f, whole) && sum.eq(f.value.exact))) return [];
  return [{ whole, parts, exhaustive: exhaustiveLead(m), amounts: measure(whole) !== "count" }];
}

/** Whether sentence si opens an item of a list ("- Về sức khỏe: …", "2. Theo dạng tật: …"); the list
 * number may stand as a sentence of its own ("2." then "Theo dạng tật: …"). */
function opensListItem(ctx: UnitContext, si: number): boolean {
  const s = ctx.sentences[si];
  if (LIST_ITEM.test(ctx.text.slice(s.start, s.start + 8).replace(/^\s*\n/u, ""))) return true;
  const before = ctx.sentences[si - 1];
  return !!before && /^\s*\d{1,2}\.$/u.test(ctx.text.slice(before.start, before.end));
}

export function findBreakdowns(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    // (A lead that ends its line is a sentence of its own, the items below it the next ones.)
    const first = s.figs[0];
    const m = LEAD.exec(ctx.lower.slice(s.start, first ? first.qualifiers[0]?.start ?? first.start : s.end));
    if (!m) {
      const byComma = commaParts(ctx, si);
      if (!byComma || byComma.some((p) => used.has(p.id))) continue;
      const whole = wholeBefore(ctx, byComma, Math.max(0, si - 3), si);
      if (!whole || used.has(whole.id)) continue;
      out.push({ whole, wholeNum: whole.value!, parts: byComma.map((f) => ({ figure: f, num: f.value! })), exhaustive: true, cue: { start: s.start, end: first!.start }, listed: true });
      used.add(whole.id);
      for (const p of byComma) used.add(p.id);
      continue;
    }
    const leadEnd = s.start + m[0].length;
    const found = partsOf(ctx, si, leadEnd);
    if (!found || found.some((p) => used.has(p.id)) || !found.every((p) => sameMeasure(p, found[0]))) continue;
    let parts = found;
    // The whole: the first figure of the parts' measure in the nearest of the three sentences before
    // that has one ("… 37 vụ tai nạn … . So với cùng kỳ, số vụ giảm 6 vụ … . Phân theo tuyến đường …").
    // ("- Về chính trị: đảng viên 38 người;\n- Về sức khỏe: loại 1 có 563 người, …": a list item breaks
    // down the list's whole, never a sibling item's figure.)
    // ("- HSSV …: 531 em (13,4%).\nTheo trình độ đào tạo: đại học 2.814 em, …": a breakdown after a list,
    // not in it, is of the whole the list broke down, never of its last item.)
    const afterList = !opensListItem(ctx, si) && si > 0 && LIST_ITEM.test(ctx.text.slice(ctx.sentences[si - 1].start, ctx.sentences[si - 1].start + 8).replace(/^\s*\n/u, ""));
    const whole = wholeBefore(ctx, parts, Math.max(0, si - 3), si, subjectLead(m) || opensListItem(ctx, si) || afterList);
    if (!whole || used.has(whole.id) || !bareFits(ctx, parts, whole, m[0])) continue;
    // ("tiếp nhận 3.658 vụ việc … . Kết quả: hòa giải thành 2.967 vụ việc; không thành 412 vụ việc; đang hòa
    // giải 297 vụ việc": outcomes cover all only when one of them is what is still pending.)
    const outcome = OUTCOME_LEAD.test(m[0]);
    // (A part's own "trong đó" breaks that part down: what follows is none of the outcomes.)
    if (outcome) {
      const sub = /(?<![\p{L}])(?:trong[ \t]+đó|of[ \t]+which|of[ \t]+whom|including|bao[ \t]+gồm)(?![\p{L}])/u.exec(ctx.lower.slice(leadEnd, s.end));
      if (sub) parts = parts.filter((f) => f.start < leadEnd + sub.index);
      if (!parts.length) continue;
    }
    const pending = outcome && PENDING.test(ctx.lower.slice(parts[parts.length - 2]?.end ?? leadEnd, parts[parts.length - 1].start).split(/[;,]/u).pop()!);
    out.push({ whole, wholeNum: whole.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: outcome ? pending && parts.length >= 2 : exhaustiveLead(m), cue: { start: s.start, end: leadEnd }, amounts: measure(whole) !== "count", listed: true });
    used.add(whole.id);
    for (const p of parts) used.add(p.id);
  }
  return out;
}
