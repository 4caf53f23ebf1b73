// An amount with its share of a plan whose amount is stated too: "thu tiền sử dụng đất đạt 2.146,8
// tỷ đồng, bằng 119,3% dự toán (1.800 tỷ đồng)", "revenue was $38.9 billion, 52.6% of the annual
// budget estimate of $64.0 billion", "costs were £187.4 million, 2.1% below the budget of £181.4
// million", "vượt 4,3% kế hoạch (4.600 tỷ đồng)". The percent must be achieved/plan (or its excess).
import { kindOfNoun, nounKey } from "../figures/nouns.ts";
import { yearsNamed } from "./plan-before.ts";
import type { Figure } from "../types.ts";
import { UnitContext, figureAt, figureIndex, isCount, type Sentence } from "./context.ts";

export interface PlanAmount {
  achieved: Figure;
  plan: Figure;
  percent: Figure;
  /** 0: the percent is achieved/plan; 1: by how much it is above; -1: below. */
  excess: 0 | 1 | -1;
}

const PLAN_WORD = "kế hoạch|dự toán|mục tiêu|chỉ tiêu|kh|target|budget|plan|estimate|allocation|allowance|forecast|goal";
/** Between the achieved amount and the percent: a short phrase, then "bằng/đạt/vượt/of" or a comma. */
const LEAD = /^[*_]{0,2}(?:[ \t]+[\p{L}\p{M} \t/-]{0,40}?)?[ \t]*(?:,|\()[ \t]*(?:(bằng|đạt|vượt|tương đương|or|which is|equal to|representing|chiếm|accounting for))?[ \t]*$/u;
/** "tổ chức 86 hội nghị đối thoại trực tiếp giữa …, chính quyền với Nhân dân, đạt 117,5% kế hoạch
 * (kế hoạch 80 hội nghị)": a long noun phrase before the verb, held only when the plan in brackets
 * counts the very noun of the amount. */
const LONG_LEAD = /^[ \t]+[\p{L}\p{M} \t,/-]{0,140}?,[ \t]*(đạt|bằng)[ \t]*$/u;
/** "128.640 người, chiếm 24,1% lực lượng lao động trong độ tuổi (601.100 người)": the base named,
 * then its count in brackets. */
const SHARE_OF_NAMED = /^[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:[\p{L}\p{M}-]+[ \t]+){1,8}?\([ \t]*$/u;
/** After the percent: the plan named, then its amount ("dự toán (1.800", "of the annual budget estimate of $"). */
const AFTER = new RegExp(
  `^[ \\t]*(?:(of|below|above|under|over|higher than|lower than|so với|cao hơn|thấp hơn)[ \\t]+)?(?:the[ \\t]+|its[ \\t]+)?(?:[\\p{L}'’-]+[ \\t]+){0,3}?(?<!(?:within|inside|outside|on|off|in)[ \\t]+)(?:${PLAN_WORD})(?:[ \\t]+[\\p{L}\\p{M}-]+){0,8}?[ \\t]*(?:\\([ \\t]*(?:(?:${PLAN_WORD})(?:[ \\t]+[\\p{L}\\p{M}]+){0,3}?[ \\t]*:?[ \\t]*)?(?:là[ \\t]+)?|of[ \\t]+|là[ \\t]+|:[ \\t]*)$|^[ \\t]*(?:(so với)[ \\t]+)?(?:${PLAN_WORD})(?:[ \\t]+(?:năm|cả năm|giai đoạn|đề ra|được giao|giao|tỉnh giao|của tỉnh))?[ \\t]+$`,
  "u",
);

const LIST_INTRO = /(?<![\p{L}])(?:trong đó|gồm có|bao gồm|gồm|including|of which|comprising)(?![\p{L}])/gu;
/** Between an amount and its size in another measure: "với diện tích", "with a total area of". */
const WITH_MEASURE = /^(?:[ \t]+[\p{L}\p{M}]+){0,3}?[ \t]*,?[ \t]*(?:với|trên|with|covering)[ \t]+(?:(?:tổng[ \t]+)?(?:diện tích|quy mô|vốn|số vốn|kinh phí|công suất|chiều dài|tổng vốn)|(?:an?[ \t]+)?(?:total[ \t]+)?(?:area|floor area|length|value|capacity|cost)(?:[ \t]+of)?)?[ \t]*(?:là[ \t]+)?$/u;

/** A quoted name right after a bare count, and how far it reaches. */
function quotedNoun(ctx: UnitContext, f: Figure): [string, number] | undefined {
  if (f.kind !== "number" || f.unit || f.noun || !isCount(f)) return undefined;
  const q = /^[ \t]*["“«]([\p{L}\p{M} \t-]{2,60})["”»]/u.exec(ctx.lower.slice(f.end, f.end + 70));
  return q ? [q[1].trim().replace(/[ \t]+/g, " "), q[0].length] : undefined;
}

/** A level named as a base: "mức bình quân chung của tỉnh (", "of the regional average (". */
const LEVEL_NAMED = /^[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:(?:mức[ \t]+)?(?:bình quân|trung bình)(?:[ \t]+chung)?|(?:[\p{L}-]+[ \t]+){0,2}?(?:average|mean|median))(?:[ \t]+[\p{L}\p{M}-]+){0,6}?[ \t]*\([ \t]*$/u;

const OF_THE = /^[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|a[ \t]+)?$/u;
const PLAN_PARTICIPLE = /^[ \t]+(?:projected|planned|budgeted|targeted|forecast|allocated|expected|estimated|approved|committed|appropriated)(?![\p{L}])/u;
/** "… of the appropriation", "… of budget": a plan named with no amount after it. */
const NAMED_PLAN = /^[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+)?(?:(?:annual|full-year|approved|revised|original|total|net|gross|revenue|capital)[ \t]+)?(budget|appropriation|allocation|plan|target|forecast|estimate|program|programme|commitments)(?![\p{L}])(?![ \t]*(?:of|for)?[ \t]*[£$€\d])/u;

/** "Total expenditure was A$14.61 billion, or 98.6% of the appropriation", with "total
 * appropriation for 2023-24 was A$14.82 billion" before it in the paragraph. */
function namedPlan(ctx: UnitContext, s: Sentence, taken: Set<Figure>, out: PlanAmount[]): void {
  // Several items each "…% of budget" in one paragraph are each measured against a plan of their
  // own, which the paragraph need not state: only a lone one names the paragraph's plan.
  const uses = ctx.memo("named-plan-uses", () => ctx.lower.match(/[0-9]%[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+)?(?:(?:annual|full-year|approved|revised|original|total|net|gross|revenue|capital)[ \t]+)?(?:budget|appropriation|allocation|plan|target|forecast|estimate|program|programme|commitments)(?![\p{L}])/gu)?.length ?? 0);
  if (uses !== 1) return;
  for (let i = 0; i + 1 < s.figs.length; i++) {
    const [a, p] = [s.figs[i], s.figs[i + 1]];
    if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.some((q) => q.kind !== "estimate")) continue;
    const m = measureOf(a);
    if (!m || !m.includes("×") || a.qualifiers.some((q) => q.kind !== "estimate")) continue;
    // (Its plan may be stated in another scale: "$1.62 billion" approved, "$1,248.6 million" disbursed.)
    const u = m.split("×")[0];
    const unitOf = (f: Figure) => measureOf(f)?.split("×")[0];
    const lead = LEAD.exec(ctx.lower.slice(a.end, p.qualifiers[0]?.start ?? p.start));
    if (!lead || lead[1] === "vượt") continue;
    const named = NAMED_PLAN.exec(ctx.lower.slice(p.end, p.end + 50));
    // ("adult social care had spent £118.4m, 78.1% of its budget": its own budget, not the one stated.)
    if (!named || /^[ \t]+of[ \t]+its[ \t]/u.test(named[0])) continue;
    const ay = yearsNamed(ctx.lower.slice(s.start, p.start));
    const k = ctx.figures.indexOf(a);
    for (let j = k - 1; j >= 0; j--) {
      const b = ctx.figures[j];
      if (a.start - b.end > 600) break;
      if (unitOf(b) !== u || (measureOf(b) !== m && named[1] !== "commitments")) continue;
      const bq = b.qualifiers[0]?.start ?? b.start;
      const before = ctx.lower.slice(Math.max(0, bq - 60), bq);
      // "Cumulative disbursements …, or 77.1% of commitments" of "The Bank has approved $1.62 billion".
      const cue = new RegExp(`(?<![\\p{L}])${named[1] === "commitments" ? "(?:approved|committed|commitments?|net commitments?)" : named[1]}(?![\\p{L}])([^.;]{0,40})(?:was|is|of|were|:|totalled|totaled|amounted to|là|đạt)?[ \\t]*$`, "u").exec(before);
      if (!cue) continue;
      // ("The 2023/24 capital budget was £52.0m … . In 2024/25, … £27.4m had been spent": another year's.)
      const py = yearsNamed(ctx.lower.slice(ctx.sentenceOf(b).start, b.start));
      if (py.size && ay.size && ![...ay].some((y) => py.has(y))) continue;
      // ("84.8% of the capital budget": the plan named with its kind is that kind's.)
      const kind = /(revenue|capital|revised|original)[ \t]+\p{L}+/u.exec(named[0])?.[1];
      if (kind && !before.includes(kind)) continue;
      // "Dự toán chi … 12.480 tỷ đồng": a plan of one flow (chi, thu, vốn) only for that flow.
      const flow = /^[ \t]*(thu|chi|vốn|giải ngân|revenue|spending|expenditure|capital)(?![\p{L}])/u.exec(cue[1])?.[1];
      if (flow && !new RegExp(`(?<![\\p{L}])${flow}(?![\\p{L}])`, "u").test(ctx.lower.slice(s.start, a.start))) continue;
      // ("The original capital budget … was £48.6m, revised to £44.0m", "The revenue budget was
      // £412.6m and the capital budget £48.6m": a plan stated beside another amount of its measure
      // leaves it unclear which one the share is of.)
      const bs = ctx.sentenceOf(b);
      // (Its own breakdown after it is no rival: "revised to $21.9bn, comprising transport $12.4bn, …".)
      if (bs.figs.some((g) => g !== b && g !== a && unitOf(g) === u && !(g.start > b.end && /^[ \t]*\(|(?<![\p{L}])(?:comprising|including|of which|made up of|gồm|bao gồm|trong đó)(?![\p{L}])/u.test(ctx.lower.slice(b.end, g.start))))) break;
      out.push({ achieved: a, plan: b, percent: p, excess: 0 });
      taken.add(p);
      break;
    }
  }
}

/** A count of people by what they are ("bà mẹ", "học sinh", "volunteers") against a plan counted
 * as "người" / "people". */
const PEOPLE_NOUN = /^(?:bà mẹ|phụ nữ|trẻ(?: em)?|học sinh|sinh viên|lao động|người|đảng viên|hội viên|đoàn viên|thanh niên|bệnh nhân|người bệnh|cán bộ|công chức|viên chức|nhân viên|thành viên|học viên|tình nguyện viên|cử tri|mothers|women|children|pupils|students|workers|patients|members|volunteers|staff|employees|trainees|residents|people|persons)(?![\p{L}])/u;
function peoplePlan(a: Figure, b: Figure): boolean {
  return a.kind === "number" && b.kind === "number" && !a.unit && !b.unit && !!a.noun && PEOPLE_NOUN.test(a.noun) && /^(?:người|people|persons)$/u.test(b.noun ?? "");
}

function measureOf(f: Figure): string | undefined {
  if (f.kind !== "number" || f.perYear) return undefined;
  // Counts compare by their noun ("38 sản phẩm … (30 sản phẩm)").
  if (!f.unit) return isCount(f) && f.noun ? `count:${nounKey(f.noun)}` : undefined;
  if (f.unit === "%" || f.unit === "pp" || f.unit === "times") return undefined;
  // ("£1,147,300, or 95.2% of the £1.24m budget": amounts compare in any scale; the check scales them.)
  return `${f.unit}×`;
}

function excessOf(lead: string | undefined, rel: string | undefined): 0 | 1 | -1 | undefined {
  if (rel === "below" || rel === "under" || rel === "lower than" || rel === "thấp hơn") return lead === "vượt" ? undefined : -1;
  if (rel === "above" || rel === "over" || rel === "higher than" || rel === "cao hơn") return lead === "vượt" ? undefined : 1;
  // "vượt 62,7% so với mục tiêu (30 sản phẩm)", "bằng 95% so với kế hoạch (…)".
  return lead === "vượt" ? 1 : 0;
}

export function findPlanAmounts(ctx: UnitContext, taken: Set<Figure>): PlanAmount[] {
  const out: PlanAmount[] = [];
  for (const s of ctx.sentences) read(ctx, s, taken, out);
  // ("The budget for 2024 is £224,000, an increase of £5,600 (2.6%) on 2023": a change's size, its rate in the
  // bracket after it, is nothing achieved against that budget.)
  return out.filter((x) => !/(?<![\p{L}])(?:an?[ \t]+(?:increase|decrease|rise|fall|drop|reduction|cut|growth)[ \t]+of|(?:up|down|rose|fell|increased|decreased)[ \t]+by|(?<!(?:made|make|makes|making|adds?|added|sums?|summed|broken|breaks?)[ \t]+)(?:up|down)|tăng(?:[ \t]+thêm)?|giảm)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, (x.achieved.qualifiers[0]?.start ?? x.achieved.start) - 24), x.achieved.qualifiers[0]?.start ?? x.achieved.start)));
}

/** Words that introduce an amount as the plan: "vốn được giao 534,8 tỷ đồng", "a budget of £12m". */
const PLAN_BEFORE = new RegExp(`(?:được giao|giao|kế hoạch|dự toán|mục tiêu|chỉ tiêu|allocated|allocation|budgeted|budget|planned|target|plan)(?:[ \\t]+[\\p{L}\\p{M}\\d]+){0,4}?[ \\t]*(?:là|:|of|was|is)?[ \\t]*$`, "u");
/** After the percent, nothing that names another base. */
const BARE_END = /^[ \t]*(?:[.;,)]|$|\r?\n|of[ \t]+(?:the[ \t]+)?(?:target|plan|budget|estimate)[ \t]*[.;,)])/u;
const SHARE_LEAD = /^[ \t]*(?:,[ \t]*(?:(?:mới|chỉ|only|just)[ \t]+)?(?:đạt|bằng|or|equal to)|\([ \t]*(?:đạt|bằng)?)[ \t]*$/u;

/** "vốn … được giao 534,8 tỷ đồng, … đã giải ngân 497,6 tỷ đồng, đạt 98,0%": the plan stated first. */
function planFirst(ctx: UnitContext, s: Sentence, taken: Set<Figure>, out: PlanAmount[]): void {
  for (let i = 1; i + 1 < s.figs.length; i++) {
    const [a, p] = [s.figs[i], s.figs[i + 1]];
    if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.some((q) => q.kind !== "estimate")) continue;
    const m = measureOf(a);
    if (!m || !m.includes("×") || a.qualifiers.some((q) => q.kind !== "estimate")) continue;
    if (!SHARE_LEAD.test(ctx.lower.slice(a.end, p.qualifiers[0]?.start ?? p.start)) || !BARE_END.test(ctx.lower.slice(p.end, p.end + 3))) continue;
    // ("£6,980,000, which is £244,960 (3.4%) less than the 2024/25 total": a difference and its share of
    // another base, not an amount achieved.)
    if (/^[ \t]*\)?[ \t]*(?:less|more|fewer|lower|higher|below|above|over|under|up|down|ít[ \t]+hơn|nhiều[ \t]+hơn|thấp[ \t]+hơn|cao[ \t]+hơn|so[ \t]+với)(?![\p{L}])/u.test(ctx.lower.slice(p.end, p.end + 20))) continue;
    const b = s.figs[i - 1];
    if (measureOf(b) !== m || b.qualifiers.some((q) => q.kind !== "estimate")) continue;
    const bq = b.qualifiers[0]?.start ?? b.start;
    if (!PLAN_BEFORE.test(ctx.lower.slice(Math.max(s.start, bq - 30), bq))) continue;
    // Only the achieved amount's own words between them: no "tăng/so với" that would make b a base.
    if (/(?:tăng|giảm|so với|cùng kỳ|up|down|compared)/u.test(ctx.lower.slice(b.end, a.start))) continue;
    out.push({ achieved: a, plan: b, percent: p, excess: 0 });
    taken.add(p);
  }
}

/** "Tổng thu ước đạt 312,6 tỷ đồng; kế hoạch năm là 300 tỷ đồng, như vậy đạt 104,2%": the plan in
 * the clause after the amount, then the share as the verdict on both. */
const THEN_SHARE = /^[ \t]*[,;][ \t]*(?:(?:như vậy|tức là|do đó|vì vậy|nên)[ \t]+)?(?:đạt|bằng)[ \t]*$/u;
const PLAN_CLAUSE = /[;,][ \t]*(?:(?:còn|trong khi)[ \t]+)?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)(?:[ \t]+(?:năm|giao|được giao|đề ra|đặt ra|\d{4}))*[ \t]+(?:là|:)?[ \t]*$/u;

function amountPlanShare(ctx: UnitContext, s: Sentence, taken: Set<Figure>, out: PlanAmount[]): void {
  for (let i = 0; i + 2 < s.figs.length; i++) {
    const [a, b, p] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
    if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.some((q) => q.kind !== "estimate")) continue;
    const m = measureOf(a);
    if (!m || measureOf(b) !== m || a.qualifiers.some((q) => q.kind !== "estimate") || b.qualifiers.length) continue;
    const ab = ctx.lower.slice(a.end, b.start);
    // (Not a change's base in brackets: "tăng 12,0% so với năm 2023 (41,8 tỷ đồng); kế hoạch …".)
    if (/\([ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (a.qualifiers[0]?.start ?? a.start) - 3), a.qualifiers[0]?.start ?? a.start))) continue;
    if (!PLAN_CLAUSE.test(ab) || /[;,].*[;,][^;,]*[;,]/u.test(ab) || /(?:tăng|giảm|so với|cùng kỳ)/u.test(ab)) continue;
    if (!THEN_SHARE.test(ctx.lower.slice(b.end, p.qualifiers[0]?.start ?? p.start))) continue;
    if (!/^[ \t]*(?:[.;,)]|và|$|\r?\n|(?:so với[ \t]+)?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)(?![\p{L}]))/u.test(ctx.lower.slice(p.end, p.end + 20))) continue;
    out.push({ achieved: a, plan: b, percent: p, excess: 0 });
    taken.add(p);
  }
}

/** "412,000 tonnes … were distributed against a target of 450,000 tonnes", "giải ngân 341,6 tỷ đồng
 * so với kế hoạch 620 tỷ đồng": the achieved amount, then its plan. */
const AGAINST_PLAN = new RegExp(`^[*_]{0,2}(?:[ \\t]+(?:[\\p{L}\\p{M}-]+|(?:fy[ \\t]?)?(?:19|20)\\d\\d(?:[\\/–-]\\d{2,4})?)){0,6}?[ \\t]*,?[ \\t]*(?:against|compared[ \\t]+(?:with|to)|versus|so[ \\t]+với)[ \\t]+(?:an?[ \\t]+|the[ \\t]+|its[ \\t]+|their[ \\t]+)?(?:(?:approved|annual|full-year|original|revised|agreed|set|planned|collectable|collectible|net|regulatory|final|statutory|capital|revenue|[\\p{L}]+-[\\p{L}]+)[ \\t]+){0,2}(?:${PLAN_WORD}|appropriation|debit|amount due|liability|số phải thu)(?:[ \\t]+(?!là|of)[\\p{L}\\p{M}]+){0,3}?(?:[ \\t]+20\\d\\d)?[ \\t]*(?:of|là|:)?[ \\t]*$`, "u");
/** Then the share: "(91.6%)", ", an execution rate of 90.0%", ", đạt 55,1%", ", exceeding the target by 9.7%". */
const AGAINST_SHARE = /^[*_]{0,2}[ \t]*(?:\([ \t]*(?:or[ \t]+|đạt[ \t]+|bằng[ \t]+)?|,[ \t]*(?:(or|đạt|bằng|i\.e\.|that is|equal to|an?[ \t]+(?:(?:in-year|overall|annual)[ \t]+)?(?:execution|completion|achievement|delivery|disbursement|spending|outturn|implementation|collection|recovery)[ \t]+rate[ \t]+of|(exceeding|above|ahead of|over|vượt|below|short of|under|thấp hơn)[ \t]+(?:it|the[ \t]+target|the[ \t]+plan|the[ \t]+budget|its[ \t]+target|kế hoạch|mục tiêu|dự toán)?[ \t]*(?:by)?)[ \t]*)?)$/u;

function againstPlan(ctx: UnitContext, s: Sentence, taken: Set<Figure>, out: PlanAmount[]): void {
  for (let i = 0; i + 2 < s.figs.length; i++) {
    const [b, p] = [s.figs[i + 1], s.figs[i + 2]];
    if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.some((q) => q.kind !== "estimate")) continue;
    const m = measureOf(b);
    if (!m) continue;
    // "engaged 14,260 pupils from 126 partner schools and colleges, against a target of 15,000
    // pupils": figures of another measure may describe the amount before its plan, within its clause.
    let k = i;
    while (k > i - 3 && k > 0 && measureOf(s.figs[k]) !== m && s.figs[k].kind === "number" && s.figs[k].unit !== "%") k--;
    const a = s.figs[k];
    if (m !== measureOf(a)) continue;
    if (k < i && /[.;:()%]/u.test(ctx.lower.slice(a.end, s.figs[i].start))) continue;
    // Measured amounts in one scale, or counts of one noun ("214 villages … against a target of 220").
    if (a.qualifiers.length || b.qualifiers.some((q) => q.kind !== "estimate")) continue;
    if (!AGAINST_PLAN.test(ctx.lower.slice(s.figs[i].end, b.qualifiers[0]?.start ?? b.start))) continue;
    // (The plan's own noun may follow it: "a target of 15,000 pupils, or 118.8% of target".)
    let rest = ctx.lower.slice(b.end, p.qualifiers[0]?.start ?? p.start);
    if (b.noun && !b.unit && rest.startsWith(` ${b.noun}`)) rest = rest.slice(b.noun.length + 1);
    const link = AGAINST_SHARE.exec(rest);
    if (!link) continue;
    // After the percent, nothing that names another base ("… 12% of the national total").
    const tail = ctx.lower.slice(p.end, p.end + 40);
    // ("…, 4.8% above the allowance": the side named after the percent.)
    const side = !link[1] && !link[2] ? /^[ \t]+(above|over|higher[ \t]+than|below|under|lower[ \t]+than|short[ \t]+of)[ \t]+(?:the|its|our|their)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:target|plan|budget|allowance|allocation|forecast)(?![\p{L}])/u.exec(tail) : null;
    if (!side && !/^[*_]{0,2}[ \t]*(?:[.;,)]|$|\r?\n|(?:of|so với)[ \t]+(?:the[ \t]+|its[ \t]+)?(?:target|plan|budget|kế hoạch|mục tiêu|dự toán)(?![\p{L}]))/u.test(tail)) continue;
    const rel = link[2] ?? side?.[1];
    const excess: 0 | 1 | -1 = !rel ? 0 : /^(?:below|short|under|thấp|lower)/u.test(rel) ? -1 : 1;
    out.push({ achieved: a, plan: b, percent: p, excess });
    taken.add(p);
  }
}

/** "Số hội viên mới kết nạp đạt 106,7% kế hoạch năm (kế hoạch 4.800 hội viên)", after "… kết nạp
 * mới 5.120 hội viên": the sentence's subject names, by its noun and its own words, one amount stated
 * just before in the paragraph. */
const SUBJECT = /^[ \t*_]*(?:số|tổng số|số lượng|the[ \t]+number[ \t]+of|the[ \t]+total[ \t]+number[ \t]+of)[ \t]+([\p{L}\p{M} \t-]{2,60}?)[ \t]+(?:đã[ \t]+)?(?:đạt|bằng|reached|was|stood[ \t]+at|is)[ \t]*$/u;
const SUBJECT_STOP = new Set(["trong", "năm", "the", "of", "in", "and", "và", "được", "đã", "a", "year", "this"]);

function subjectPlan(ctx: UnitContext, s: Sentence, taken: Set<Figure>, out: PlanAmount[]): void {
  if (s.figs.length < 2) return;
  const [p, b] = [s.figs[0], s.figs[1]];
  if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.length) return;
  const m = measureOf(b);
  if (!m || b.qualifiers.length) return;
  const between = ctx.lower.slice(p.end, b.qualifiers[0]?.start ?? b.start);
  const after = AFTER.exec(between);
  if (!after || (after[1] && after[1] !== "of") || !/\(/.test(between)) return;
  const subj = SUBJECT.exec(ctx.lower.slice(s.start, p.qualifiers[0]?.start ?? p.start));
  if (!subj) return;
  // The subject's words besides its noun: "mới kết nạp" of "hội viên mới kết nạp".
  const noun = b.noun ?? "";
  const nk = nounKey(noun);
  let rest = subj[1];
  if (noun && rest.includes(noun)) rest = rest.replace(noun, " ");
  else if (m.startsWith("count:") && !(nk && rest.includes(nk))) return;
  const words = rest.split(/[ \t]+/u).filter((w) => w && !SUBJECT_STOP.has(w));
  if (!words.length) return;
  // Earlier in the paragraph: amounts of the same measure whose own words hold every subject word.
  const k = figureIndex(ctx, s.figs[0]);
  const hits: Figure[] = [];
  for (let j = k - 1; j >= 0; j--) {
    const a = ctx.figures[j];
    if (s.start - a.end > 500 || /\n[ \t]*\n/.test(ctx.text.slice(a.end, s.start))) break;
    if ((measureOf(a) !== m && !sameHeadNoun(a, b)) || a.qualifiers.length) continue;
    const aq = a.qualifiers[0]?.start ?? a.start;
    const own = ctx.lower.slice(Math.max(0, aq - 30), aq).replace(/^.*[,;.:(]/su, "") + " " + ctx.lower.slice(a.end, Math.min(a.end + 30, ctx.lower.length)).replace(/[,;.:(].*$/su, "");
    if (words.every((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "u").test(own))) hits.push(a);
  }
  if (hits.length !== 1) return;
  out.push({ achieved: hits[0], plan: b, percent: p, excess: 0 });
  taken.add(p);
}

/** "5,120 new members" and "4,800 members": English counts by the last word of their noun. */
function sameHeadNoun(a: Figure, b: Figure): boolean {
  if (!measureOf(a)?.startsWith("count:") || !measureOf(b)?.startsWith("count:")) return false;
  const last = (n: string) => nounKey(n.split(" ").pop()) ?? "";
  return /^[a-z ]+$/.test(a.noun ?? "") && /^[a-z ]+$/.test(b.noun ?? "") && last(a.noun!) === last(b.noun!);
}

/** "Target 300,000; achieved 276,000, or 92.0% of the target", "kế hoạch 450; thực hiện 412 (đạt
 * 91,6%)": a labelled target, then the labelled result and its share (bare numbers too). */
function labelledPair(ctx: UnitContext, s: Sentence, taken: Set<Figure>, out: PlanAmount[]): void {
  for (let i = 1; i + 1 < s.figs.length; i++) {
    const [b, a, p] = [s.figs[i - 1], s.figs[i], s.figs[i + 1]];
    if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.length) continue;
    if (a.kind !== "number" || b.kind !== "number" || a.qualifiers.length || b.qualifiers.length || a.perYear || b.perYear) continue;
    if ((a.unit ?? "") !== (b.unit ?? "") || (a.scale?.factor ?? "1") !== (b.scale?.factor ?? "1") || a.unit === "%" || a.unit === "pp") continue;
    const bq = b.qualifiers[0]?.start ?? b.start;
    if (!/(?<![\p{L}])(?:target|plan|goal|kế hoạch|mục tiêu|chỉ tiêu)[ \t]*:?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, bq - 20), bq))) continue;
    if (!/^(?:[ \t]+[\p{L}-]+){0,2}[ \t]*[;,][ \t]*(?:achieved|actual|result|outturn|đạt|thực hiện|kết quả)[ \t]*:?[ \t]*$/u.test(ctx.lower.slice(b.end, a.qualifiers[0]?.start ?? a.start))) continue;
    // ("thực hiện 28 thành viên, đạt 80,0%": the result's own noun before the share.)
    if (!SHARE_LEAD.test(ctx.lower.slice(a.end, p.qualifiers[0]?.start ?? p.start).replace(/^(?:[ \t]+[\p{L}\p{M}]+){1,3}(?=[ \t]*[,(])/u, "")) || !BARE_END.test(ctx.lower.slice(p.end, p.end + 20))) continue;
    out.push({ achieved: a, plan: b, percent: p, excess: 0 });
    taken.add(p);
  }
}

/** "đã giải ngân 341,6 tỷ đồng, đạt 55,1% kế hoạch vốn năm 2024", after "Kế hoạch vốn năm 2024 được
 * giao 620 tỷ đồng": a plan named by a phrase of its own (the plan word and at least two more words),
 * whose amount the document states right after that same phrase, and states alike wherever it does. */
const PHRASE_AFTER_VI = /^[ \t]+((?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)(?:[ \t]+[\p{L}\p{M}\d]+){2,5}?)(?=[ \t]*(?:[,.;)]|$))/u;
const PHRASE_AFTER_EN = /^[ \t]+of[ \t]+the[ \t]+((?:[\p{L}\d-]+[ \t]+){1,4}(?:budget|allocation|plan|target|appropriation))(?=[ \t]*(?:[,.;)]|$))/u;

function phrasePlan(ctx: UnitContext, s: Sentence, taken: Set<Figure>, out: PlanAmount[]): void {
  for (let i = 0; i + 1 < s.figs.length; i++) {
    const [a, p] = [s.figs[i], s.figs[i + 1]];
    if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.length) continue;
    const m = measureOf(a);
    if (!m || !m.includes("×") || a.qualifiers.length) continue;
    const lead = LEAD.exec(ctx.lower.slice(a.end, p.start));
    if (!lead || !/^(?:đạt|bằng|or|equal to|representing)$/u.test(lead[1] ?? "")) continue;
    const after = ctx.lower.slice(p.end, p.end + 80);
    const ph = PHRASE_AFTER_VI.exec(after) ?? PHRASE_AFTER_EN.exec(after);
    if (!ph) continue;
    const phrase = ph[1].replace(/[ \t]+/g, " ");
    const re = new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\t]+")}(?![\\p{L}\\d])`, "gu");
    const plans: Figure[] = [];
    let bad = false;
    // Within the paragraph's neighbourhood: a long unit is not rescanned for every share.
    const from = Math.max(0, a.start - 3000);
    const win = ctx.lower.slice(from, Math.min(ctx.lower.length, p.end + 3000));
    for (let x = re.exec(win); x; x = re.exec(win)) {
      const end = from + x.index + x[0].length;
      if (end === p.end + ph.index + ph[0].length) continue;
      const next = figureAt(ctx, end);
      if (!next || next.start - end > 50) continue;
      if (!/^[ \t]*(?:được[ \t]+giao|giao|là|:|\(|was|is|of|totalled|amounted to)?[ \t]*$/u.test(ctx.lower.slice(end, next.qualifiers[0]?.start ?? next.start))) {
        // "kế hoạch vốn năm 2024 sau điều chỉnh là 700 tỷ đồng": another amount of that plan.
        if (measureOf(next) === m && !/[.;]/.test(ctx.lower.slice(end, next.start))) bad = true;
        if (bad) break;
        continue;
      }
      if (measureOf(next) !== m || next.qualifiers.length) {
        bad = true;
        break;
      }
      plans.push(next);
    }
    if (bad || !plans.length || plans.some((b) => b.value!.exact !== plans[0].value!.exact)) continue;
    const b = plans.find((x) => x.end <= a.start) ?? plans[0];
    if (b === a) continue;
    out.push({ achieved: a, plan: b, percent: p, excess: 0 });
    taken.add(p);
  }
}

/** "Parliament voted the Agency an appropriation of €1.38bn for 2023–24. Net expenditure was €1.31bn
 * (94.9%)": the paragraph's whole flow, with a bare bracket share, against the one plan amount of its
 * measure stated before it, with no other amount of that measure between. */
const FLOW_SUBJECT = /(?:(?:net|total|gross)[ \t]+(?:expenditure|spending|outturn|revenue|income)|(?:expenditure|spending|outturn|disbursements?)|tổng chi|tổng thu|tổng số chi|tổng số thu|giải ngân|ước thực hiện|thực hiện)[ \t]+(?:[\p{L}\p{M}\d/–-]+[ \t]+){0,6}?(?:was|were|came to|totalled|totaled|reached|amounted to|đạt|là|được)?[ \t]*$/u;
const PLAN_CUE = /(?:appropriation|budget|allocation|estimate|dự toán|kế hoạch)(?:[ \t]+[\p{L}\p{M}\d/–-]+){0,7}?[ \t]*(?:of|was|is|là|giao|được giao|:)[ \t]*$/u;

function flowShare(ctx: UnitContext, s: Sentence, taken: Set<Figure>, out: PlanAmount[]): void {
  for (let i = 0; i + 1 < s.figs.length; i++) {
    const [a, p] = [s.figs[i], s.figs[i + 1]];
    if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.length) continue;
    const m = measureOf(a);
    if (!m || !m.includes("×") || a.qualifiers.some((q) => q.kind !== "estimate")) continue;
    if (!/^[*_]{0,2}[ \t]*\([ \t]*$/u.test(ctx.lower.slice(a.end, p.start)) || !/^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3))) continue;
    const aq = a.qualifiers[0]?.start ?? a.start;
    const fs = FLOW_SUBJECT.exec(ctx.lower.slice(Math.max(s.start, aq - 60), aq));
    if (!fs) continue;
    const k = figureIndex(ctx, a);
    const same: Figure[] = [];
    for (let j = k - 1; j >= 0 && same.length < 2 && a.start - ctx.figures[j].end <= 1500; j--) if (measureOf(ctx.figures[j]) === m) same.push(ctx.figures[j]);
    if (same.length !== 1) continue;
    const b = same[0];
    const bq = b.qualifiers[0]?.start ?? b.start;
    const cue = PLAN_CUE.exec(ctx.lower.slice(Math.max(0, bq - 80), bq));
    if (b.qualifiers.length || !cue) continue;
    // "Tổng chi thường xuyên … (64,1%)" is a part of the spending, not the flow the plan is for: the
    // subject's own words must be the plan's ("Dự toán chi ngân sách địa phương … Tổng chi ngân sách
    // địa phương").
    const own = fs[0].replace(/^(?:(?:net|total|gross)[ \t]+)?(?:expenditure|spending|outturn|revenue|income|disbursements?|tổng số chi|tổng số thu|tổng chi|tổng thu|giải ngân|ước thực hiện|thực hiện)/u, "").replace(/(?:was|were|came to|totalled|totaled|reached|amounted to|ước đạt|đạt|là|được|ước)?[ \t]*$/u, "").trim();
    if (own && !own.split(/[ \t]+/).every((w) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(cue[0]) || /^(?:for|in|on|of|the|\d{4}(?:[–-]\d{2,4})?)$/u.test(w))) continue;
    out.push({ achieved: a, plan: b, percent: p, excess: 0 });
    taken.add(p);
  }
}

function read(ctx: UnitContext, s: Sentence, taken: Set<Figure>, out: PlanAmount[]): void {
  flowShare(ctx, s, taken, out);
  phrasePlan(ctx, s, taken, out);
  labelledPair(ctx, s, taken, out);
  subjectPlan(ctx, s, taken, out);
  againstPlan(ctx, s, taken, out);
  planFirst(ctx, s, taken, out);
  amountPlanShare(ctx, s, taken, out);
  namedPlan(ctx, s, taken, out);
  for (let i = 0; i + 2 < s.figs.length; i++) {
    let [a, p, b] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
    if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.some((q) => q.kind !== "estimate")) continue;
    // "đã thực hiện 1.284 vụ việc, tăng 17,3% so với cùng kỳ năm 2023 (1.095 vụ việc); đạt 58,4% kế
    // hoạch năm (…)": past the change's bracketed base, the share is the sentence's own amount's.
    // (A comma too, and the change's own amount is no rival: "ước đạt 32,4 triệu đồng, tăng 3,6 triệu
    // đồng (tăng 12,5%) so với năm 2022 (28,8 triệu đồng), bằng 58,9% mức bình quân chung (…)".)
    if (/^[^;()]{0,30}\)[ \t]*(?:[;,]|,?[ \t]*và)[ \t]*(?:đạt|bằng)[ \t]*$/u.test(ctx.lower.slice(a.end, p.qualifiers[0]?.start ?? p.start))) {
      const own = s.figs.find((f) => f.start < a.start && measureOf(f) === measureOf(a) && !/\([^)]*$/u.test(ctx.lower.slice(s.start, f.start)));
      const change = (f: Figure) => /(?<![\p{L}])(?:tăng|giảm|thêm)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (f.qualifiers[0]?.start ?? f.start) - 8), f.qualifiers[0]?.start ?? f.start));
      if (!own || change(own) || s.figs.some((f) => f.start > own.end && f.start < a.start && measureOf(f) === measureOf(a) && f !== a && !change(f))) continue;
      // ("… đạt 1.128,4 tỷ đồng, chiếm 13,4% …; riêng năm 2024 tăng 215,6 tỷ đồng so với đầu năm (912,8 tỷ
      // đồng), bằng 107,8% kế hoạch tăng trưởng …": past a semicolon, a clause of its own.)
      if (/;/u.test(ctx.text.slice(own.end, a.start))) continue;
      a = own;
    }
    // ("hỗ trợ 1.520 hộ, trong đó xây mới 1.130 hộ và sửa chữa 390 hộ, đạt 108,6% kế hoạch (1.400
    // hộ)": the last part of a list is not what the share is of; the whole before the list is.)
    if (a === s.figs[i]) {
      // (A window back, so that a long sentence stays linear.)
      const from = Math.max(s.start, a.start - 240);
      const head = ctx.lower.slice(from, a.start);
      const intro = [...head.matchAll(LIST_INTRO)].pop();
      if (intro && !/[;:]/u.test(head.slice(intro.index! + intro[0].length))) {
        const whole = s.figs.filter((f) => f.end <= from + intro.index!).pop();
        // (One part alone may have a plan of its own: "trong đó chi hỗ trợ 608 triệu đồng, đạt 40,0%
        // dự toán chi hỗ trợ (…)".)
        const items = s.figs.filter((f) => f.start > from + intro.index! && f.end <= a.start && (measureOf(f) === measureOf(a) || (!!f.noun && !!a.noun && !f.unit && !a.unit && f.noun.split(" ")[0] === a.noun.split(" ")[0])));
        if (whole && items.length) {
          if (measureOf(whole) !== measureOf(b) || !/^[^;.]{0,40}$/u.test(ctx.lower.slice(whole.end, from + intro.index!))) continue;
          a = whole;
        }
      }
    }
    // ("Xây dựng mới 35 km …, nâng cấp 20 km đường huyện, đạt 110,0% kế hoạch (kế hoạch 50 km)": after
    // another amount of the measure in its own clause, which one the share is of is not said.)
    if (a === s.figs[i] && i > 0 && measureOf(s.figs[i - 1]) === measureOf(a) && /^[^;.()\d]{0,80},[ \t]*[\p{L}\p{M} ]{1,24}$/u.test(ctx.lower.slice(s.figs[i - 1].end, a.qualifiers[0]?.start ?? a.start)) && !/(?<![\p{L}])(?:trong đó|gồm|bao gồm|including|of which)(?![\p{L}])/u.test(ctx.lower.slice(s.figs[i - 1].end, a.start))) continue;
    // "cấp được 6.834 giấy với diện tích 2.415,6 ha, đạt 113,9% kế hoạch năm (kế hoạch 6.000
    // giấy)": the amount of the plan's measure, then its size in another measure.
    let mid: Figure | undefined;
    if (a === s.figs[i] && i > 0 && measureOf(a) !== measureOf(b) && measureOf(s.figs[i - 1]) === measureOf(b) && WITH_MEASURE.test(ctx.lower.slice(s.figs[i - 1].end, a.qualifiers[0]?.start ?? a.start))) [mid, a] = [a, s.figs[i - 1]];
    // 'xây dựng mới 1.128 "Điểm chữa cháy công cộng", vượt 21,8% chỉ tiêu (1.000 điểm)': a count
    // whose noun is a quoted name, counted by the plan's noun.
    const quoted = a === s.figs[i] && !mid ? quotedNoun(ctx, a) : undefined;
    const m = quoted && (kindOfNoun(quoted[0], b.noun) || (/^[a-z -]+$/.test(quoted[0]) && nounKey(quoted[0].split(" ").pop()) === nounKey(b.noun))) ? measureOf(b) : measureOf(a);
    // "7.510 bà mẹ …, bằng 62,6% kế hoạch năm (12.000 người)": a plan counted in people.
    const people = !!m && m !== measureOf(b) && peoplePlan(a, b);
    // ("mở 54 lớp tập huấn …, đạt 120,0% kế hoạch (kế hoạch 50 lớp)": the plan counts the kind.)
    const kind = !!m && !people && m !== measureOf(b) && !a.unit && !b.unit && isCount(b) && kindOfNoun(a.noun, b.noun);
    // ("21,480 …, 103.2% of the target of 21,000": a plan given as a bare count, right after its
    // word, counts what the amount counts.)
    // ("1,386 inspections …, 95.9% of the 1,450 planned": or a plan word right after it.)
    const bareCount = (f: Figure) => f.kind === "number" && !f.unit && !f.noun && isCount(f) && !f.perYear && !f.qualifiers.length;
    const bare = (!!m?.startsWith("count:") || (!m && bareCount(a) && a === s.figs[i] && i === 0)) && bareCount(b) && (AFTER.test(ctx.lower.slice(p.end, b.start)) || (OF_THE.test(ctx.lower.slice(p.end, b.start)) && PLAN_PARTICIPLE.test(ctx.lower.slice(b.end, b.end + 20))));
    if ((!m && !bare) || (m !== measureOf(b) && !people && !kind && !bare)) continue;
    // Plan amounts qualified as bounds ("không dưới 1.800 tỷ đồng") are not its value.
    if (b.qualifiers.some((q) => q.kind !== "estimate") || a.qualifiers.some((q) => q.kind !== "estimate" && q.kind !== "about")) continue;
    if (a.qualifiers.some((q) => q.kind === "about")) continue;
    // ("21,480 at the end of March 2024, 103.2% …", "6,842 enrolments in 2023/24, 98.7% …": a year
    // in the amount's own words.)
    const leadGap = ctx.lower.slice((mid ?? a).end + (quoted?.[1] ?? 0), p.qualifiers[0]?.start ?? p.start).replace(/(?<![\d.,])(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?(?![\d%]|[.,]\d)/gu, "năm");
    const sameNoun = !!a.noun && !!b.noun && (a.noun === b.noun || a.noun.startsWith(b.noun + " ")) && a === s.figs[i] && !mid && !quoted;
    const lead = a === s.figs[i] || mid ? LEAD.exec(leadGap) ?? (sameNoun ? LONG_LEAD.exec(leadGap) : null) : /(đạt|bằng)[ \t]*$/u.exec(ctx.lower.slice(p.start - 8, p.qualifiers[0]?.start ?? p.start));
    if (!lead) continue;
    const between = ctx.lower.slice(p.end, b.qualifiers[0]?.start ?? b.start);
    // "119.8% of the $290 million projected": the plan word after the plan's amount.
    const planAfter = OF_THE.test(between) && PLAN_PARTICIPLE.test(ctx.lower.slice(b.end, b.end + 20));
    const after = AFTER.exec(between);
    // "bằng 58,9% mức bình quân chung của tỉnh (55,0 triệu đồng)": a ratio to a level named, its
    // amount bracketed; never of a change's amount ("tăng 3,6 triệu đồng, bằng …").
    const level = /^(?:bằng|equal to)$/u.test(lead[1] ?? "") && LEVEL_NAMED.test(between) && !/(?<![\p{L}])(?:tăng|giảm|thêm|up|down|by)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (a.qualifiers[0]?.start ?? a.start) - 8), a.qualifiers[0]?.start ?? a.start));
    // ("26.980 ha, đạt 98,4% tổng diện tích nhiễm (28.460 ha)": a share of a total named, its amount bracketed.)
    const ofTotal = /^(?:đạt|bằng)$/u.test(lead[1] ?? "") && /^[ \t]+tổng(?:[ \t]+[\p{L}\p{M}-]+){1,6}[ \t]*\([ \t]*$/u.test(between);
    const shareOf = level || ofTotal || (/^(?:chiếm|accounting for|representing)$/u.test(lead[1] ?? "") && SHARE_OF_NAMED.test(between)) || (!!m?.includes("×") && /^[ \t]+of[ \t]+(?:the|its|a|an)[ \t]+$/u.test(between));
    if (!after && !planAfter && !shareOf) continue;
    if (people && !after) continue;
    const excess = after ? excessOf(lead[1], after[1]) : lead[1] === "vượt" ? undefined : 0;
    if (excess === undefined) continue;
    out.push({ achieved: a, plan: b, percent: p, excess });
  }
}
