// Shares: a fraction with its percentage ("19/21 xã (90,5%)", "19 of 21 communes, or 90.5%"), a
// part with its share of the whole ("trong đó có 1.217 …, chiếm 67%"), rates that cannot pass 100%
// ("tỷ lệ hộ … 105%", "105% số xã"), and shares of one whole ("cơ cấu: nông nghiệp 20%, …").
import { findComparedPlans } from "./compared-plan.ts";
import { findHeadlineRates } from "./headline-rate.ts";
import { findShareShapes } from "./share-shapes.ts";
import { findElidedShares } from "./elided-shares.ts";
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { UnitContext, commaSegment, figureAt, figureIndex, inBrackets, type Sentence } from "./context.ts";
import { findBaseShares } from "./base-share.ts";
import { findBracketShares } from "./bracket-share.ts";
import { findRatePairs } from "./rate-pair.ts";
import { findScopeShares } from "./scope-share.ts";
import { findOthersShares } from "./others-share.ts";
import { findOfTheBullets } from "./of-the-bullets.ts";
import { findFallbackShares } from "./share-fallback.ts";
import { findOfTheVerbShares } from "./of-the-verb-share.ts";
import { findListShares } from "./list-shares.ts";
import { namesOtherBase } from "./own-base.ts";
import { findNamedShares } from "./named-share.ts";
import { findPlanAmounts } from "./plan-amount.ts";
import { findPlansBefore } from "./plan-before.ts";
import { findVerbShares } from "./verb-share.ts";
import { findVerbRates } from "./verb-rate.ts";
import { findPlansAgainst } from "./plan-against.ts";
import { findLabelBases } from "./label-base.ts";
import { findRatesOfBase } from "./rate-of-base.ts";
import { findGapShares } from "./gap-share.ts";
import { findSumShares } from "./sum-share.ts";
import { findSharesThenRest } from "./share-then-rest.ts";
import { findLabelPartShares } from "./label-part-share.ts";
import { findSubjectTotalShares } from "./subject-total-share.ts";
import { findHandledShares } from "./handled-share.ts";
import { findSubjectPlans } from "./subject-plan.ts";
import { findTotalParts, ofNoun } from "./parts.ts";
import { findTables } from "./table.ts";
import { kindOfNoun } from "../figures/nouns.ts";

export interface FractionPercent {
  percent: Figure;
  fraction?: Figure;
  /** Part and whole when the share is of a part in a total-parts claim. */
  part?: Figure;
  whole?: Figure;
  /** The counts whose sum is the whole, when the whole is not stated (a list closed by its rest). */
  sumOf?: Figure[];
  num: { exact: string };
  den: { exact: string };
  /** The percent states by how much part/whole is above (1) or below (-1) 100%: "vượt 4,3% kế
   * hoạch (B)", "2.1% below the budget of B". */
  excess?: 1 | -1;
  /** The whole was read in the paragraph before: a related location only. */
  wholeFrom?: UnitContext;
  /** The part was read in the paragraph before: a related location only. */
  partFrom?: UnitContext;
}

const LINK = /^[ \t]*(?:\([ \t]*(?:đạt|bằng|chiếm|tỷ lệ|tỉ lệ|=|i\.e\.|or)?[ \t]*|,[ \t]*(?:(?:mới|chỉ|only|just)[ \t]+)?(?:đạt|bằng|chiếm|đạt tỷ lệ|tỷ lệ|tỉ lệ|or|i\.e\.|accounting for|representing|equal to)[ \t]+|[ \t]+(?:chiếm|bằng|đạt tỷ lệ|accounting for|representing|or)[ \t]+|[ \t]*[-–][ \t]*)(?:tỷ lệ[ \t]+|khoảng[ \t]+|about[ \t]+)?$/u;

// ("The 1,850 km of A roads includes 1,612 km …": a verb between makes the second a part of the first.)
const AGAINST = /^[ \t]*,?[ \t]*(?:against|out of|of(?![ \t]+(?:which|whom|these|them|those))|trên tổng số|trên|so với)[ \t]+(?:an?[ \t]+|the[ \t]+|its[ \t]+|tổng[ \t]+)?(?:(?!(?:includes?|included|including|comprises?|comprised|contains?|contained|is|are|was|were|has|have|had|gồm|bao gồm|có)[ \t])[\p{L}-]+[ \t]+){0,3}?(?:of[ \t]+|là[ \t]+)?$/u;
const DURATION = /^(?:months?|years?|weeks?|days?|quarters?|hours?|tháng|năm|tuần|ngày|quý|giờ)(?![\p{L}])/u;
// ("2,600 of those who completed (80.0%)": a pronoun narrowed by its own clause stands for a part.)
const PRONOUN_OF = /^[ \t]+(?:of them|of these|of those|trong số đó|trong số này)(?![\p{L}])(?![ \t]+(?:who|that|which|whom))/u;

function isCountFigure(f: Figure): boolean {
  return f.kind === "number" && !f.unit && !f.scale && f.value!.decimals === 0;
}

/** "14.72 million journeys": a count told in a scale word. */
function isScaledCount(f: Figure): boolean {
  return f.kind === "number" && !f.unit && !!f.scale && !!f.value;
}

/** The count a pronoun refers to: the last counted figure before, within a short reach. */
function antecedent(ctx: UnitContext, f: Figure): Figure | undefined {
  const i = ctx.figures.indexOf(f);
  for (let j = i - 1; j >= 0; j--) {
    const g = ctx.figures[j];
    if (f.start - g.end > 200) return undefined;
    // ("had not been inspected for more than ten years. Just 34 of them (39.1%) …": a span of
    // time, or a count smaller than the part, is not what the pronoun stands for.)
    // ("842 complaints, or 58.9 per 1,000 homes, and responded to 781 of them": the base of a rate is
    // no count of things.)
    if (/(?<![\p{L}])(?:per|trên|mỗi|every)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, g.start - 8), g.start))) continue;
    // ("406 fewer than in 2023/24 (3,624), a reduction of 11.2%. Of these, 3,028": a base in brackets.)
    if (/(?<![\p{L}])(?:than|on|from|compared[ \t]+(?:with|to)|so[ \t]+với)[^()]{0,30}\([ \t]*$/u.test(ctx.lower.slice(Math.max(0, g.start - 40), g.start))) continue;
    // ("… This is 91.7% of the pre-pandemic level of 16.05 million journeys in 2019/20": a level set beside the
    // count as a benchmark, or last year's value in its bracket, is not what the pronoun stands for.)
    if (/(?<![\p{L}])(?:level|baseline|benchmark|average|target|standard|ambition|trajectory)[ \t]+of[ \t]*$|\([ \t]*(?:fy[ \t]?)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?[ \t]*:[ \t]*$/u.test(ctx.lower.slice(Math.max(0, g.start - 30), g.start))) continue;
    // ("96 … and 143 applications …, a total of 239. Eighteen of these": the total of what was listed.)
    if (isCountFigure(g) && /(?:a[ \t]+total[ \t]+of|in[ \t]+total|totall?ing|tổng[ \t]+cộng|tổng[ \t]+số)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, g.start - 20), g.start)) && !new D((g.value ?? g.numerator)!.exact).lt((f.value ?? f.numerator)!.exact)) return g;
    if (isCountFigure(g) && g.noun && !SPAN_NOUN.test(g.noun) && !new D((g.value ?? g.numerator)!.exact).lt((f.value ?? f.numerator)!.exact)) return g;
    // ("14.72 million journeys … . … made 4.38 million of these journeys": counts in one scale word.)
    if (isScaledCount(f) && isScaledCount(g) && g.scale!.factor === f.scale!.factor && g.noun && !new D(g.value!.exact).lt(f.value!.exact)) return g;
    // ("Of the 3,478 completers, 2,105 returned the exit survey …, and 1,920 of these": the nearest count,
    // the subject of its own verb, is what the pronoun stands for.)
    if (isCountFigure(g) && !g.noun && g.kind === "number" && ctx.sentenceOf(g) === ctx.sentenceOf(f) && /^[ \t]+(?:[a-z]+ed|were|was|had|have|are|took|gave|said|made|went|came|got|sent|won|did)(?![\p{L}])/u.test(ctx.lower.slice(g.end, g.end + 16)) && !new D((g.value ?? g.numerator)!.exact).lt((f.value ?? f.numerator)!.exact)) return g;
    // ("2,946 Year 6 pupils received lessons, and 2,133 of them": a school year before the noun.)
    if (isCountFigure(g) && !g.noun && /^[ \t]+(?:year|grade|key[ \t]+stage|lớp|khối)[ \t]+\d{1,2}[ \t]+\p{L}{3,}/u.test(ctx.lower.slice(g.end, g.end + 30)) && !new D((g.value ?? g.numerator)!.exact).lt((f.value ?? f.numerator)!.exact)) return g;
  }
  return undefined;
}
const SPAN_NOUN = /^(?:years?|months?|weeks?|days?|hours?|minutes?|năm|tháng|tuần|ngày|giờ|phút)(?: |$)/u;

/** "Of these referrals, …": the count of the sentences before that the noun names, by its own noun
 * or by the words right after it ("2,218 (47.4%) led to an enquiry"); one only. */
function namedAntecedent(ctx: UnitContext, f: Figure, noun: string): Figure | undefined {
  const stemOf = (w: string) => w.replace(/(?:ies|es|s)$/u, "").slice(0, 6);
  const key = stemOf(noun.split(/[ \t]+/u).pop()!);
  if (key.length < 4) return undefined;
  const s = ctx.sentenceOf(f);
  const si = ctx.sentences.indexOf(s);
  const hits: Figure[] = [];
  for (let k = Math.max(0, si - 2); k < si; k++) {
    const t = ctx.sentences[k];
    for (const g of t.figs) {
      if (!isCountFigure(g) || g.year) continue;
      const own = (g.noun ?? "").split(/[ \t]+/u).some((w) => stemOf(w) === key);
      // ("21,460 Safe and Well visits": a named programme's words stand before the noun.)
      const said = (!g.noun || /^[ \t]+\p{Lu}/u.test(ctx.text.slice(g.end, g.end + 3))) && new RegExp(`^[^,;.\\d]{0,40}?(?<![\\p{L}])${key}`, "u").test(ctx.lower.slice(g.end, Math.min(t.end, g.end + 50)).replace(/^[ \t]*\([^()]*\)/u, "").replace(/(?<=[\p{L}][ \t]+)\d{1,3}(?=[ \t]+[\p{L}])/gu, "n"));
      // ("Referrals rose to 18,460 from 16,920": the clause's subject names it; not a base "from" or "than".)
      const lead = ctx.lower.slice(Math.max(t.start, g.start - 40), g.start).split(/[,;:(]/u).pop()!;
      const subject = !g.noun && new RegExp(`(?<![\\p{L}])${key}`, "u").test(lead) && !/(?:from|than|on|against|compared with)[ \t]*$/u.test(lead) && !/\d/u.test(lead) && !/(?<![\p{L}])(?:targets?|goals?|budget|plan|planned|forecast|standard|benchmark|kế hoạch|mục tiêu|chỉ tiêu)(?![\p{L}])/u.test(lead);
      // ("an average of 93.8 pupils per school, against a target of 36,000 pupils": an average and a target
      // count no group.)
      const gq = g.qualifiers[0]?.start ?? g.start;
      const notGroup = /(?:average|mean|target|plan|goal|aim|bình quân|trung bình|kế hoạch|mục tiêu|chỉ tiêu)(?:[ \t]+of)?[ \t]*$/u.test(ctx.lower.slice(Math.max(t.start, gq - 24), gq)) || /^[ \t]+[\p{L}]+[ \t]+(?:per|a|each|mỗi)[ \t]/u.test(ctx.lower.slice(g.end, g.end + 30));
      if ((own || said || subject) && !notGroup && !new D(g.value!.exact).lt(f.value!.exact)) hits.push(g);
    }
  }
  return hits.length === 1 ? hits[0] : undefined;
}

export function findFractionPercents(ctx: UnitContext): FractionPercent[] {
  return ctx.memo("fraction-percent", () => {
    const out: FractionPercent[] = [];
    const partShares: FractionPercent[] = [];
    // "kế hoạch 298,5 tỷ đồng, giải ngân 152,6 tỷ đồng (51,1%)": achieved against its own plan
    // before any share of a list's total.
    const plans = findPlanAmounts(ctx, new Set());
    const planned = new Set(plans.map((x) => x.percent));
    const partOf = new Map<Figure, Figure>();
    // (Parts of a list that may be only some of its whole: "đạt X%" after one is its own plan's rate.)
    const someOf = new Set<Figure>();
    // ("121,480 at our Type 1 emergency departments (4-hour performance 66.4%) and 32,816 at our urgent
    // treatment centres (98.1%)": where one part's bracket names its rate, the others' are that rate too.)
    const rated = new Set<Figure>();
    // ("3/18 xã (16,7%) chưa đạt chuẩn; 15 xã còn lại (83,3%)": the rest of a fraction is of its denominator.)
    const restOfFraction = new Set<Figure>();
    for (const t of findTotalParts(ctx)) {
      for (const p of t.parts) if (p.figure !== t.whole && p.figure.kind === "number") {
        partOf.set(p.figure, t.whole);
        if (t.whole.kind === "fraction" && t.parts.some((q) => q.figure === t.whole)) restOfFraction.add(p.figure);
        if (t.parts.length > 1 && !t.exhaustive) someOf.add(p.figure);
      }
      if (t.parts.length > 1 && t.parts.some((p) => /^[^();.]{0,80}?\([ \t]*(?!of|của|chiếm|trên)(?=[^()]*\p{L}[^()]*[ \t]\d)[^()%]{2,50}?[ \t]\d[\d.,]*[ \t]*%[ \t]*\)/u.test(ctx.lower.slice(p.figure.end, p.figure.end + 100)))) for (const p of t.parts) rated.add(p.figure);
    }
    for (const s of ctx.sentences) {
      for (let i = 0; i + 1 < s.figs.length; i++) {
        let f = s.figs[i];
        const p = s.figs[i + 1];
        // "3,738 had received two doses of MMR vaccine (88.7%)": a count in words inside the part's
        // own words says how much each had; the share is the part's.
        const g = s.figs[i - 1];
        // ("6,389 of the 6,702 eligible infants were reviewed by eight weeks (95.3%)": a time in words too.)
        // ("59 of 64 were decided within 13 weeks (92.2%)": in digits too, after a fraction.)
        let within: Figure | undefined;
        // ("1,876 hold the top rating of 5 (69.3%)": a number that names a level is no count of its own.)
        const level = !!g && f.kind === "number" && !f.noun && /^\d{1,2}$/u.test(f.text) && g.kind === "number" && /(?<![\p{L}])(?:rating|score|level|grade|band|category|tier|stage|priority|star|hạng|loại|cấp[ \t]+độ|mức)(?:[ \t]+of)?[ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 16), f.start));
        if (g && (level || !partOf.has(f)) && (level || (/^\p{L}/u.test(f.text) && partOf.has(g)) || (g.kind === "fraction" && f.kind === "number" && DURATION.test(f.noun ?? ""))) && !/[,;()]/.test(ctx.lower.slice(g.end, f.start).replace(/\([^()\d]*\)/gu, ""))) {
          if (/\d/u.test(f.text)) within = f;
          f = g;
        }
        // "đạt 97,2% (2.418/2.488 trẻ)": the percent first, its fraction in brackets after.
        // ("đạt 91,5% (giải ngân 1.820,4/2.015,0 tỷ đồng)": a word or two may name the fraction.)
        // ("made up 30.2% of all adults receiving long-term community support (1,486 of 4,295)": or the base
        // named first.)
        if (f.kind === "percent" && f.unit === "%" && p.kind === "fraction" && (/^[ \t]*\([ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,3}$/u.test(ctx.lower.slice(f.end, p.start)) || /^[ \t]+(?:of|của)[ \t]+(?:all[ \t]+|the[ \t]+|tổng[ \t]+số[ \t]+)?[\p{L}\p{M}'’ -]{2,80}\([ \t]*$/u.test(ctx.lower.slice(f.end, p.start))) && !CLAUSE_NOT_SHARE.test(ctx.lower.slice(f.end, p.start)) && !/(?<![\p{L}])(?:trong đó|gồm|riêng|of which|including|excluding)(?![\p{L}])/u.test(ctx.lower.slice(f.end, p.start)) && /^[ \t\p{L}\p{M}]{0,25}\)/u.test(ctx.lower.slice(p.end, p.end + 27)) && !/thứ[ \t]*$/u.test(ctx.lower.slice(Math.max(0, p.start - 8), p.start))) {
          // ("để đạt mức 60% (tối thiểu 32/52 cơ sở)": the least count that reaches a rate is no equal of it.)
          if (!/(?<![\p{L}])(?:tối[ \t]+thiểu|ít[ \t]+nhất|tối[ \t]+đa|không[ \t]+quá|at[ \t]+least|at[ \t]+most|minimum|maximum|up[ \t]+to)[ \t]*$/u.test(ctx.lower.slice(f.end, p.start))) out.push({ percent: f, fraction: p, num: p.numerator!, den: p.denominator! });
          continue;
        }
        if (p.kind !== "percent" || p.unit !== "%" || planned.has(p)) continue;
        // ("£224,000, an increase of £5,600 (2.6%) on 2023", "412 home visits, up from 356 the previous year
        // (15.7%)": the size or the start of a change, then its rate in a bracket: the change's, no share.)
        if (f.kind === "number" && /(?<![\p{L}])(?:an?[ \t]+(?:increase|decrease|rise|fall|drop|reduction|cut|growth)[ \t]+of|(?<!(?:made|make|makes|making|adds?|added|sums?|summed|broken|breaks?)[ \t]+)(?:up|down)(?:[ \t]+(?:by|from))?|(?:rose|fell|increased|decreased|grew|dropped|declined)[ \t]+(?:by|from)|from|tăng(?:[ \t]+thêm)?|giảm)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (f.qualifiers[0]?.start ?? f.start) - 24), f.qualifiers[0]?.start ?? f.start)) && /^[^\d;.()]{0,40}\([ \t]*$/u.test(ctx.lower.slice(f.end, p.qualifiers[0]?.start ?? p.start)) && /^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3))) continue;
        // The link may skip the counted noun: "19/21 xã (90,5%)", "19 of 21 communes, or 90.5%".
        const rawGap = within ? ctx.plainBetween(f.end, p.qualifiers[0]?.start ?? p.start).replace(within.text, "some") : ctx.plainBetween(f.end, p.qualifiers[0]?.start ?? p.start);
        // ("212 in Dockside, the ward with the lowest cover (6.4%)": the percentage of a superlative said
        // between them is that measure's.)
        if (/(?<![\p{L}])(?:lowest|highest|largest|smallest|biggest|thấp nhất|cao nhất|lớn nhất|nhỏ nhất)(?![\p{L}])/u.test(rawGap)) continue;
        // "29 of them (85.3%)": the whole is the count the pronoun stands for.
        const pronoun = PRONOUN_OF.exec(rawGap);
        const own = pronoun ? rawGap.slice(pronoun[0].length) : rawGap;
        // ("the 189 priority 1 cases within that period (93.1%)": a class number is part of the noun.)
        let gap = own.replace(/(?<![\p{L}])(category|class|type|priority|band|stage|level|tier|phase|grade|cấp độ|nhóm|loại|hạng)[ \t]+\d{1,2}(?![\d.,]*[ \t]*%)/gu, "$1 x").replace(/^[ \t]*[\p{L}][\p{L} \t-]{0,80}?(?=[ \t]*[(,])/u, "");
        // "146 cơ sở được hỗ trợ ứng dụng máy móc, thiết bị tiên tiến (chiếm 67,0%)": a label with
        // commas of its own, closed by the bracket that holds its share.
        if (!LINK.test(gap) && partOf.has(f) && !CLAUSE_NOT_SHARE.test(own) && !/(?<![\p{L}])(?:from|từ|since|kể từ)(?![\p{L}])/u.test(own)) gap = own.replace(/^[ \t]*[\p{L}][\p{L} \t,-]{0,100}(?=\([^(),]*$)/u, "");
        // "159 thôn, tổ dân phố đạt danh hiệu văn hóa năm 2024, chiếm 90,9%": the part's own clause, then its share.
        const clauseShare = partOf.has(f) && rawGap.length <= 100 && !/[;.]/.test(rawGap) && /,[ \t]*(?:chiếm|accounting for)[ \t]*(?:tỷ lệ[ \t]*)?$/u.test(rawGap);
        // "Containers, at 18.94 Mt of the 48.62 Mt total, accounted for 39.0% of tonnage": after a
        // part of its whole, the subject's verb of share ("chiếm" is in LINK already).
        const verbLink = !pronoun && i > 0 && /^[ \t]*,[ \t]*(?:accounted for|accounts for|made up|makes up|represented|represents)[ \t]+$/u.test(gap);
        // "Có 1.128/1.264 thôn, khối, bản đạt danh hiệu văn hóa, đạt tỷ lệ 89,2%", "41/45 schools met
        // the standard, a rate of 91.1%", "… were reviewed by eight weeks – 95.3%": a fraction, its own
        // clause, then the rate it gives.
        // (Not "…, which is 4.2% more than last year": a change said of the share.)
        const fracLink = f.kind === "fraction" && !pronoun && rawGap.length <= 100 && !/^[ \t]*(?:more|less|fewer|higher|lower|above|below|up|down|over|under|increase|decrease|rise|fall|cao hơn|thấp hơn|nhiều hơn|ít hơn|tăng|giảm)(?![\p{L}])/u.test(ctx.lower.slice(p.end, p.end + 14)) && !/[.;:()\d%]/.test(rawGap) && !CLAUSE_NOT_SHARE.test(rawGap.replace(/,[^,]*$/, "")) && (/,[ \t]*(?:chiếm(?:[ \t]+(?:tỷ|tỉ)[ \t]+lệ)?|accounting[ \t]+for|đạt[ \t]+(?:tỷ|tỉ)[ \t]+lệ|(?:tỷ|tỉ)[ \t]+lệ(?:[ \t]+[\p{L}]+){0,4}?(?:[ \t]+(?:đạt|là))?|(?:an?[ \t]+|the[ \t]+)?rate[ \t]+of|(?:an?|the)[ \t]+(?:occupancy|uptake|take-up|coverage)(?:[ \t]+rate)?[ \t]+of|or|i\.e\.|representing|equivalent to|(?:which|that)[ \t]+(?:is|was|represents|represented|equals|makes|made)(?:[ \t]+(?:an?[ \t]+)?(?:rate|share|proportion)[ \t]+of)?|giving[ \t]+(?:an?[ \t]+)?(?:rate|share|proportion)[ \t]+of|tức[ \t]+là|tương[ \t]+đương)[ \t]*$/u.test(rawGap) || ((/,[ \t]*(?:đạt|bằng)[ \t]*$/u.test(rawGap) || /[ \t][–—-][ \t]*$/u.test(rawGap)) && /^[ \t]*(?:[.;)]|$|\r?\n)/u.test(ctx.lower.slice(p.end, p.end + 3))));
        // "recruited 412 starters … against a plan of 450, so recruitment stands at 91.6% of plan":
        // a count against its plan, then the rate of plan in a clause of its own.
        const ofPlan = !pronoun && i > 0 && rawGap.length <= 60 && /^[ \t]*,[ \t]*(?:so|which means|meaning|and)?[ \t]*(?:[\p{L}-]+[ \t]+){0,3}?(?:stands at|stood at|is|was|reached|came to|equal to|equivalent to)[ \t]+$/u.test(rawGap) && /^[ \t]+(?:of[ \t]+(?:the[ \t]+)?(?:plan|target|planned level|profile))(?![\p{L}])/u.test(ctx.lower.slice(p.end, p.end + 30));
        // "22/27 nhiệm vụ sau nghiệm thu được chuyển giao, ứng dụng vào thực tiễn (81,5%)": a fraction,
        // its own clause, and the share alone in a bracket at the clause's end.
        // (Never a rank: "ranked 2nd of 8 …, behind only the Eastern region (7.4%)".)
        const fracBracket = f.kind === "fraction" && !pronoun && !/^\d+(?:st|nd|rd|th)(?![\p{L}])/u.test(f.text) && !/(?:xếp|đứng|thứ|hạng|rank\p{L}*|place)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 14), f.start)) && rawGap.length <= 100 && /^[^.;:()\d%]*\([ \t]*$/u.test(rawGap) && !/(?<![\p{L}])(?:trong đó|of which|of whom|including|gồm|cao nhất|thấp nhất|dẫn đầu|đứng đầu|highest|lowest|led by|leading|riêng|ngoại trừ|trừ|except|apart from|other than)(?![\p{L}])/u.test(rawGap) && !/(?:kế hoạch|mục tiêu|chỉ tiêu|dự toán|target|plan|budget|so với|compared|than)[^,]{0,20}\([ \t]*$/u.test(rawGap) && /^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3));
        // "1,212 of them were nurses, 21.9% of the workforce": after a pronoun, a bare comma and "of the …".
        const pronounOf = !!pronoun && /^[ \t]*,[ \t]*$/u.test(gap) && /^[ \t]+of[ \t]+(?:the|all|our|its|their)[ \t]/u.test(ctx.lower.slice(p.end, p.end + 12));
        // "of which 6,130 were accepted, an acceptance rate of 74.4%": the rate a part of its total gives.
        const rateOf = partOf.has(f) && !pronoun && RATE_OF.test(gap);
        // "- Chi cục THADS huyện A: 3.013/3.460 việc; 87,1%": a line's fraction, then its share after a
        // semicolon at the line's end.
        const fracSemi = f.kind === "fraction" && !pronoun && /^[^.;:()\d%]{0,20};[ \t]*$/u.test(rawGap) && /^[ \t]*[.;]?[ \t]*(?:\r?\n|$)/u.test(ctx.lower.slice(p.end, p.end + 4));
        // ("… hearings (8 of 25, 32.0%) was …": a fraction and its share, side by side in one bracket.)
        const fracPair = f.kind === "fraction" && !pronoun && /^[ \t]*,[ \t]*$/u.test(rawGap) && /\([ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 3), f.start)) && /^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3));
        if (!LINK.test(gap) && !clauseShare && !verbLink && !fracLink && !ofPlan && !fracBracket && !pronounOf && !rateOf && !fracSemi && !fracPair) continue;
        // ("9.214,0 triệu đồng (bổ sung cân đối 7.452,0 triệu đồng; bổ sung có mục tiêu 1.762,0 triệu đồng), chiếm
        // 63,3% tổng thu": past the bracket that holds a part of it, the share is the whole's.)
        const holder = partOf.get(f);
        if (holder && holder.end <= f.start && /^[^()]*\)/u.test(rawGap) && /\([^()]*$/u.test(ctx.lower.slice(holder.end, f.start))) continue;
        // "disbursed USD 142.6 million against an allocation of USD 150 million (95.1%)".
        const a = i > 0 ? s.figs[i - 1] : undefined;
        // ("284 affordable homes were completed against a target of 320 (88.8% of target)": counts too.)
        const sameAmount = f.kind === "number" && a?.kind === "number" && ((!!f.unit && f.unit === a.unit && f.unit !== "%" && (f.scale?.factor ?? "1") === (a.scale?.factor ?? "1")) || (!!a && isCountFigure(a) && isCountFigure(f) && (/against/u.test(ctx.lower.slice(a.end, f.start)) || /^[ \t]+[\p{L}\p{M}'’ -]{1,40}?[ \t]+(?:out of|trên tổng số|trong tổng số)[ \t]+$/u.test(ctx.lower.slice(a.end, f.start)) || /^[ \t]+(?:of|out of)[ \t]+(?:a|an|the)[ \t]+(?:planned|targeted|projected|budgeted|scheduled|expected|target(?:[ \t]+of)?|plan(?:[ \t]+of)?)[ \t]+$/u.test(ctx.lower.slice(a.end, f.start)))));
        if (ofPlan) {
          // (The count judged, past durations that only say when: "412 starters in the nine months to December".)
          let k = i - 1;
          while (k >= 0 && DURATION.test(s.figs[k].noun ?? "")) k--;
          const part = s.figs[k];
          if (part && isCountFigure(part) && isCountFigure(f) && /^[^.;:()\d%]{0,80}[ \t]against[ \t]+(?:an?|the|its)[ \t]+(?:plan|target|planned figure|profile)(?:[ \t]+of)?[ \t]+$/u.test(ctx.lower.slice(part.end, f.start).replace(/\d/g, (d, o) => (s.figs.slice(k + 1, i).some((x) => x.start - part.end <= o && o < x.end - part.end) ? "n" : d))) && new D(part.value!.exact).gt(0)) out.push({ percent: p, part, whole: f, num: part.value!, den: f.value! });
          continue;
        }
        const againstGap = ctx.lower.slice(a?.end ?? 0, f.qualifiers[0]?.start ?? f.start);
        // "at 18.94 Mt of the 48.62 Mt total, accounted for 39.0%": a measure not read as a unit,
        // the same word after both numbers, and "of the" between.
        if (verbLink && a && !sameAmount && a.kind === "number" && f.kind === "number" && !a.unit && !f.unit && (a.scale?.factor ?? "1") === (f.scale?.factor ?? "1") && a.noun && f.noun && a.noun.split(" ")[0] === f.noun.split(" ")[0] && !a.qualifiers.length && !f.qualifiers.length && new RegExp(`^[ \\t]+${a.noun.split(" ")[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ \\t]+(?:of|out of)[ \\t]+(?:the|a|an)[ \\t]+$`, "u").test(againstGap) && new D(f.value!.exact).gte(a.value!.exact)) {
          out.push({ percent: p, part: a, whole: f, num: a.value!, den: f.value! });
          continue;
        }
        if (!pronoun && a && sameAmount && (AGAINST.test(againstGap) || (/^(?:[ \t\p{L}-]|(?<!\d)(?:fy[ \t]?)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?(?!\d)){0,60}?[ \t](?:against|out of)[ \t]+(?:an?[ \t]+|the[ \t]+|its[ \t]+)?(?:[\p{L}-]+[ \t]+){0,3}?(?:of[ \t]+)?$/u.test(againstGap)))) {
          out.push({ percent: p, part: a, whole: f, num: a.value!, den: f.value! });
          continue;
        }
        if (verbLink) continue;
        if (pronoun && f.kind === "number" && (isCountFigure(f) || isScaledCount(f))) {
          // ("In 965 of those enquiries (88.9%)": the pronoun's noun names its count.)
          const pn = /^[ \t]*of[ \t]+(?:those|these|them|the)[ \t]+([\p{L}-]{4,})/u.exec(rawGap)?.[1];
          // ("False alarms made up 40.8% of all incidents; 1,906 of them (50.7%) were …": a clause that opens on
          // the pronoun stands for the subject of the clause before it.)
          const sf = ctx.sentenceOf(f);
          const clauses = ctx.lower.slice(sf.start, f.start).split(";");
          const subj = clauses.length >= 2 && /^[\s*•-]*$/u.test(clauses[clauses.length - 1]) ? /^[\s*•-]*(?:the[ \t]+)?([a-z][a-z-]+(?:[ \t]+[a-z-]+)?)[ \t]+(?:made[ \t]+up|accounted[ \t]+for|were|was|are|is|rose|fell|numbered|totalled)(?![\p{L}])/u.exec(clauses[clauses.length - 2])?.[1] : undefined;
          const w = (pn ? namedAntecedent(ctx, f, pn) : undefined) ?? (subj ? namedAntecedent(ctx, f, subj) : undefined) ?? antecedent(ctx, f);
          if (w) out.push({ percent: p, part: f, whole: w, num: f.value!, den: w.value! });
          continue;
        }
        // "4.520/6.030 tỷ đồng, bằng 75% kế hoạch": achieved/plan, the percent is still X/Y.
        // (Not past a semicolon: "…, chiếm 90,9%; so với chỉ tiêu … (88%)" judges the share in a clause of its own.)
        const planAfter = /(?:kế hoạch|mục tiêu|dự toán|so với|cùng kỳ|plan|target)/u.test(ctx.lower.slice(p.end, p.end + 20).split(";")[0]);
        if (planAfter && f.kind !== "fraction") continue;
        // ("2.964 chi bộ duy trì sinh hoạt định kỳ đủ 12/12 kỳ trong năm, đạt 94,8%": "đủ 12/12 kỳ" says
        // which things are counted; the share is theirs.)
        if (f.kind === "fraction" && f.numerator!.exact === f.denominator!.exact && /(?<![\p{L}])(?:đủ|full|all)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 6), f.start))) continue;
        if (f.kind === "fraction" && !/thứ[ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 8), f.start))) {
          // "56/58 đại biểu có mặt tán thành, bằng 91,8% tổng số đại biểu HĐND tỉnh (61 đại biểu)":
          // the percent names a base of its own, stated in brackets after it.
          const base = s.figs[i + 2];
          if (base && base.kind === "number" && isCountFigure(base) && /^[ \t]+(?:(?:trên|của|so với)[ \t]+)?(?:tổng[ \t]+số|of[ \t]+(?:the[ \t]+total|all)|of[ \t]+the)[ \t][^.;()\d]{0,60}\([ \t]*$/u.test(ctx.lower.slice(p.end, base.start))) {
            out.push({ percent: p, fraction: f, num: f.numerator!, den: base.value! });
            continue;
          }
          out.push({ percent: p, fraction: f, num: f.numerator!, den: f.denominator! });
        } else if (partOf.has(f) && !rated.has(f) && (rawGap.length <= 80 || (rateOf && rawGap.length <= 130)) && !/^[ \t]+of[ \t]+(?:those|them|these|whom)(?![\p{L}])/u.test(rawGap) && !namesOtherBase(ctx, p, partOf.get(f)) && !/(?<![\p{L}])là(?![\p{L}])/u.test(rawGap) && !(f.unit && /\([ \t]*(?:đạt|vượt|achieved|reached)[ \t]*$/u.test(rawGap)) && !(someOf.has(f) && /(?<![\p{L}])(?:đạt|achieved|reached)[ \t]*$/u.test(rawGap))) {
          // ("236,8 tỷ đồng (đạt 59,2%)": a part's achievement against its own plan, not its share.)
          // "hai chỉ tiêu chưa đạt là diện tích lúa (đạt 98,6%)": a share of plan, not of the whole.
          // ("…, chiếm 12,9% tổng số 202 sản phẩm OCOP của tỉnh": a base stated right after the share is
          // the whole it is of, whichever list the part sits in.)
          if (/^[ \t]*(?:của[ \t]+|trong[ \t]+)?(?:tổng[ \t]+số|of[ \t]+(?:the|all|its|our)(?:[ \t]+total(?:[ \t]+of)?)?)[ \t]+\d/u.test(ctx.lower.slice(p.end, p.end + 40))) continue;
          let w = partOf.get(f)!;
          // ("…; trong đó test nhanh 600 mẫu, có 588 mẫu đạt (98,0%)": a nearer count of the part's
          // noun, with "có" the part of it, is the whole the share is of.)
          const near = s.figs[i - 1];
          if (near && near !== w && near.start > w.end && near.kind === "number" && isCountFigure(near) && !!near.noun && !!f.noun && near.noun.split(" ")[0] === f.noun.split(" ")[0] && !new D(near.value!.exact).lt(f.value!.exact) && CO_PART.test(ctx.lower.slice(near.end, f.start))) w = near;
          // ("… có 9.418 hồ sơ nộp trực tuyến, chiếm 65,1%; trong các hồ sơ trực tuyến có 3.126 hồ sơ
          // …": "trong các <noun>" names the narrower group just counted as the base.)
          else {
            const named = /;[ \t]*trong[ \t]+(?:số[ \t]+)?(?:các|những)[ \t]+([\p{L}\p{M} ]{3,40}?)[ \t]+có[ \t]+$/u.exec(ctx.lower.slice(Math.max(s.start, f.start - 80), f.start));
            const prior = named ? s.figs.slice(0, i).filter((g) => g.start > w.end && g.kind === "number" && isCountFigure(g) && !!g.noun && g.end < f.start) : [];
            const hit = named ? prior.filter((g) => ctx.lower.slice(g.start, g.start + 80).includes(named[1].split(" ").slice(-2).join(" "))) : [];
            if (hit.length === 1 && !new D(hit[0].value!.exact).lt(f.value!.exact)) w = hit[0];
            else if (named) continue;
          }
          // ("11 xã …, chiếm 61,1% tổng số xã; trong số 11 xã này có 4 xã … (chiếm 22,2% tổng số xã)": a
          // whole that is itself a share of the total the percentage names is not that total.)
          const namedTotal = /^[ \t]*\)?[ \t]*(?:của[ \t]+|trong[ \t]+)?tổng[ \t]+số[ \t]+([\p{L}\p{M}]+)/u.exec(ctx.lower.slice(p.end, p.end + 30));
          const shareOfNamed = (x: Figure) => !!namedTotal && new RegExp(`^[^;]{0,60}?\\d[\\d.,]*[ \\t]*%[ \\t]*(?:của[ \\t]+|trong[ \\t]+)?tổng[ \\t]+số[ \\t]+${namedTotal[1]}(?![\\p{L}])`, "u").test(ctx.lower.slice(x.end, x.end + 100));
          if (namedTotal && s.figs.some((x) => x.end <= w.end && x.kind === w.kind && x.value?.exact === w.value?.exact && x.noun === w.noun && shareOfNamed(x))) continue;
          // ("309/312 người …, trong đó 58 người … (18,6% tổng số cán bộ …)": "tổng số" is the fraction's whole.)
          const ofAll = w.kind === "fraction" && /^[ \t]*\)?[ \t]*(?:của[ \t]+)?tổng[ \t]+số|^[ \t]+of[ \t]+all/u.test(ctx.lower.slice(p.end, p.end + 16));
          const wn = (w.kind === "fraction" ? (ofAll || restOfFraction.has(f) ? w.denominator : w.numerator) : w.value)!;
          const share = { percent: p, part: f, whole: w, num: f.value!, den: wn };
          out.push(share);
          partShares.push(share);
        }
      }
    }
    // ("giải ngân 1.021,3 tỷ đồng, đạt 81,8% tổng vốn. Trong đó, vốn đầu tư … 634,9 tỷ đồng (90,4%), vốn sự
    // nghiệp … 298,6 tỷ đồng (69,0%), …": percents of one whole's parts that pass 100% together are each
    // part's rate of its own plan, not its share.)
    for (const w of new Set(partShares.map((x) => x.whole))) {
      const of = partShares.filter((x) => x.whole === w);
      if (of.length < 2) continue;
      // (One share off is a slip to report; most of them off, another base.)
      const off = of.filter((x) => new D(x.num.exact).times(100).div(new D(x.den.exact)).minus(new D(x.percent.value!.exact)).abs().gt(1));
      // ("- Ngân sách nhà nước: 283,4 tỷ đồng, gồm: … 58,4 tỷ đồng (14,2%); … 96,3 tỷ đồng (23,3%); … 87,5
      // tỷ đồng (21,2%)": every one of three or more off the same way is a base the list does not name.)
      const allOff = of.length >= 3 && off.length === of.length;
      if (!allOff && (!of.reduce((a, x) => a.plus(x.percent.value!.exact), new D(0)).gt(101) || off.length * 2 <= of.length)) continue;
      for (const x of of) out.splice(out.indexOf(x), 1);
    }
    // "received 3,188 responses from the 4,120 graduates surveyed, a response rate of 77.4%": a count
    // drawn from a count, then the rate it gives.
    for (const s of ctx.sentences) {
      for (let i = 0; i + 2 < s.figs.length; i++) {
        const [a, w, p] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
        if (!isCountFigure(a) || !isCountFigure(w) || !w.noun || p.kind !== "percent" || p.unit !== "%" || planned.has(p) || out.some((y) => y.percent === p) || p.qualifiers.length) continue;
        if (!/^[ \t]+[\p{L}\p{M} -]{0,30}?[ \t]*(?:from|out of|trên tổng số|trên)[ \t]+(?:the[ \t]+|a total of[ \t]+|tổng số[ \t]+)?$/u.test(ctx.lower.slice(a.end, w.start))) continue;
        if (!/^[ \t]+[\p{L}\p{M} -]{0,40}?,[ \t]*(?:(?:giving|with|for)[ \t]+)?(?:an?[ \t]+)?(?:[\p{L}-]+[ \t]+)?(?:rate of|tỷ lệ(?:[ \t]+[\p{L}\p{M}]+){0,2}(?:[ \t]+(?:là|đạt))?)[ \t]*$/u.test(ctx.lower.slice(w.end, p.start))) continue;
        if (!new D(w.value!.exact).gte(a.value!.exact)) continue;
        out.push({ percent: p, part: a, whole: w, num: a.value!, den: w.value! });
      }
    }
    // "NHS Health Checks were offered to 18,450 eligible residents …, and 8,117 received one, an
    // uptake of 44.0%", "mời 1.240 người tham gia, 860 người phản hồi, tỷ lệ phản hồi 69,4%": a count
    // offered, then the count that took it up, then the rate.
    for (const s of ctx.sentences) {
      for (let i = 0; i + 2 < s.figs.length; i++) {
        // ("aged 40–74": an age range says who, it is not the count.)
        let j = i + 1;
        if (s.figs[j].kind === "range" && /(?:aged|age|tuổi|từ)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, s.figs[j].start - 8), s.figs[j].start))) j++;
        const [w, a, p] = [s.figs[i], s.figs[j], s.figs[j + 1]];
        if (!a || !p || !isCountFigure(w) || !w.noun || !isCountFigure(a) || p.kind !== "percent" || p.unit !== "%" || planned.has(p) || out.some((y) => y.percent === p) || p.qualifiers.length) continue;
        if (a.noun && !sameNounLoose(a.noun, w.noun)) continue;
        if (!/(?:offered|invited|eligible|sent|issued|approached|contacted|surveyed|mời|gửi|đối tượng)[^.;\d]{0,20}$/u.test(ctx.lower.slice(Math.max(s.start, w.start - 30), w.start))) continue;
        if (!/^[^.;%()]{0,70},[ \t]*(?:and[ \t]+|và[ \t]+)?(?:of[ \t]+(?:these|them|whom)[ \t]*,?[ \t]*)?$/u.test(ctx.lower.slice(w.end, a.start))) continue;
        if (!/^[ \t]+[^.;\d%()]{0,50}?,[ \t]*(?:(?:giving|with)[ \t]+)?(?:an?[ \t]+)?(?:(?:uptake|take-up|response|participation|completion|acceptance|coverage)(?:[ \t]+rate)?[ \t]+of|tỷ lệ[ \t]+(?:[\p{L}\p{M}]+[ \t]+){0,3}?(?:là|đạt)?)[ \t]*$/u.test(ctx.lower.slice(a.end, p.start))) continue;
        if (!new D(w.value!.exact).gte(a.value!.exact)) continue;
        out.push({ percent: p, part: a, whole: w, num: a.value!, den: w.value! });
      }
    }
    // "we provided 5,430 bed spaces, and 5,311 of them were occupied at the census date, an occupancy
    // rate of 97.8%": a count
    // of the count just given (a pronoun after it), then the rate it gives.
    for (const s of ctx.sentences) {
      for (let i = 0; i + 2 < s.figs.length; i++) {
        const [w, a, p] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
        if (!isCountFigure(w) || !w.noun || !isCountFigure(a) || p.kind !== "percent" || p.unit !== "%" || planned.has(p) || out.some((y) => y.percent === p) || p.qualifiers.length || w.qualifiers.length || a.qualifiers.length) continue;
        if (a.noun && !/^(?:of them|of these|of those)/u.test(a.noun)) continue;
        if (!/^[ \t]+(?:of them|of these|of those|trong số đó|trong số này)(?![\p{L}])/u.test(ctx.lower.slice(a.end, a.end + 20))) continue;
        if (!/^[ \t]+[^\d.;:()%]{0,40}?,[ \t]*(?:and[ \t]+|và[ \t]+)?$/u.test(ctx.lower.slice(w.end, a.start))) continue;
        const tail = ctx.lower.slice(a.end, p.start);
        if (tail.length > 120 || /[.;:()]/u.test(tail) || CLAUSE_NOT_SHARE.test(tail)) continue;
        if (!/,[ \t]*(?:(?:giving|with|for)[ \t]+)?(?:an?[ \t]+|the[ \t]+)?(?:[\p{L}-]+[ \t]+)?(?:rate of|tỷ lệ(?:[ \t]+[\p{L}\p{M}]+){0,2}(?:[ \t]+(?:là|đạt))?|đạt tỷ lệ)[ \t]*$/u.test(tail)) continue;
        out.push({ percent: p, part: a, whole: w, num: a.value!, den: w.value! });
      }
    }
    // "Of the 18,432 ED attendances, 13,750 were seen … within four hours (74.6%)", "Of the 1.380
    // million unemployed, 0.37 million had been unemployed for over 12 months, 26.8% of the total":
    // the clause's share, past durations that only say which part it is.
    // ("Of these, 38,406 had been waiting less than 18 weeks, which is 59.8%": the whole is the count
    // the pronoun stands for, in the sentence before.)
    for (const s of ctx.sentences) {
      for (let i = -1; i + 2 < s.figs.length; i++) {
        const x = s.figs[i + 1];
        // ("Of these referrals, 12,734 (69.0%) entered treatment": the pronoun may carry its noun.)
        const these = i < 0 && /(?:^|[.;:\n(])[ \t*•-]*(?:of these|of them|of those|trong số đó|trong số này|of the(?=[ \t]+\p{L}))(?:[ \t]+[\p{L}\p{M}-]+){0,2}[ \t]*,[ \t]*(?:có[ \t]+)?$/u.test(ctx.lower.slice(Math.max(0, s.start - 1, x.start - 45), x.start));
        // ("Of those enquiries, 1,239 …" after "2,218 (47.4%) led to an enquiry": the count the noun names.)
        const theseNoun = these ? /(?:of these|of them|of those|of the)[ \t]+([\p{L}-]+(?:[ \t]+[\p{L}-]+)?)[ \t]*,[ \t]*$/u.exec(ctx.lower.slice(Math.max(0, x.start - 45), x.start))?.[1] : undefined;
        // ("16,884 respondents (91.6%) rated … good. Of the remaining responses, 612 (3.3%) …": the rest of a
        // whole is not stated; the share is of the whole.)
        if (these && theseNoun && /^(?:remaining|rest|other|others)(?![\p{L}])/u.test(theseNoun)) continue;
        const w = i >= 0 ? s.figs[i] : these && isCountFigure(x) ? (theseNoun ? namedAntecedent(ctx, x, theseNoun) : antecedent(ctx, x) ?? lastCount(ctx, s, x)) : undefined;
        if (!w || w.kind !== "number" || x.kind !== "number" || (w.unit ?? "") !== (x.unit ?? "") || w.unit === "%" || w.unit === "pp" || w.perYear || x.perYear || w.qualifiers.length || x.qualifiers.length) continue;
        // Counts, or amounts of one unit and scale ("Of the £48.6m capital budget, £41.2m …").
        if (!(isCountFigure(w) && isCountFigure(x)) && !((w.scale || w.unit) && (w.scale?.factor ?? "1") === (x.scale?.factor ?? "1"))) continue;
        // ("treated 48,200 patients in A&E, 39,100 of whom were seen within four hours (81.1%)".)
        const ofWhom = !these && /^[ \t]+(?:of whom|of which|of them|of these)(?![\p{L}])/u.test(ctx.lower.slice(x.end, x.end + 12)) && /^[^\d.;:()%]{0,60},[ \t]*$/u.test(ctx.lower.slice(w.end, x.start)) && !!w.noun;
        if (!these && !ofWhom && !/(?:^|[.;:\n(])[ \t*•-]*(?:of the|of all(?: the)?|out of the|trong tổng số|trong số)[ \t]+$/u.test(ctx.lower.slice(Math.max(0, s.start - 1, w.start - 30), w.start))) continue;
        // ("Trong tổng số 620,0 tỷ đồng vốn được giao, đã giải ngân 512,4 tỷ đồng": the part's verb after the comma.)
        const wx = ctx.lower.slice(w.end, x.start);
        const head = these || ofWhom || (/^[^\d.;:,()%]{0,60},[ \t]*(?:đã[ \t]+)?(?:có[ \t]+|(?:[\p{L}\p{M}]+[ \t]+){0,2})$/u.test(wx) && !CLAUSE_NOT_SHARE.test(wx));
        if (!head) continue;
        // Past durations and thresholds that only say which part it is ("within four hours", "above
        // 40 µg/m³", "less than 18 weeks", "trên 5 năm").
        let j = i + 2;
        while (j < s.figs.length && s.figs[j].kind === "number" && ((s.figs[j].noun && /^(?:hours?|minutes?|days?|weeks?|months?|years?|giờ|phút|ngày|tuần|tháng|năm)$/u.test(s.figs[j].noun!)) || (s.figs[j].unit !== "%" && THRESHOLD.test(ctx.lower.slice(Math.max(s.start, s.figs[j].start - 16), s.figs[j].start)) && (s.figs[j].unit !== x.unit || s.figs[j].noun !== x.noun)))) j++;
        const p = s.figs[j];
        if (!p || p.kind !== "percent" || p.unit !== "%" || planned.has(p) || out.some((y) => y.percent === p) || p.qualifiers.length) continue;
        const mid = ctx.lower.slice(x.end, p.start);
        // (A bound's "less than" says which part, not a comparison.)
        // ("… in the previous twelve months (76.0%)": a window of time, not a comparison.)
        const bounds = mid.replace(/(?<![\p{L}])(?:less|more|fewer|greater|lower|higher)[ \t]+than[ \t]+(?=\d)/gu, " ").replace(/(?<![\p{L}])(?:the[ \t]+)?(?:previous|last|past)[ \t]+(?:[\p{L}\d]+[ \t]+)?(?:months?|weeks?|days?|years?)(?![\p{L}])/gu, " ").replace(/(?<![\p{L}])(?:support|care|action|treatment|personal|recovery|safety|discharge|education|health)[ \t]+plans?(?![\p{L}])/gu, " ");
        if (mid.length > 160 || /[.;:]/u.test(mid) || CLAUSE_NOT_SHARE.test(bounds)) continue;
        const bracketed = /\([ \t]*$/u.test(mid) && /^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3));
        const ofTotal = /,[ \t]*(?:or[ \t]+|chiếm[ \t]+|bằng[ \t]+)?$/u.test(mid) && /^[ \t]+(?:of[ \t]+(?:the[ \t]+)?(?:total|them|those|all)|tổng số)(?![\p{L}])/u.test(ctx.lower.slice(p.end, p.end + 20)) && !namesOtherBase(ctx, p, w);
        // "…, which is 59.8%", "…, tức là 59,8%": the share restated bare, closing its clause.
        // ("đạt 86,7% so với kế hoạch" is a share of plan: after "đạt", only the clause's end.)
        const restatedShare = /,[ \t]*(?:which is|that is|i\.e\.|or|representing|accounting for|tức là|tương đương|chiếm|bằng|đạt)[ \t]*$/u.test(mid) && (/^[ \t]*(?:[,.;)]|$|\r?\n)/u.test(ctx.lower.slice(p.end, p.end + 12)) || (!/đạt[ \t]*$/u.test(mid) && /^[ \t]*(?:against|compared)[ \t]/u.test(ctx.lower.slice(p.end, p.end + 12))));
        if (!bracketed && !ofTotal && !restatedShare) continue;
        out.push({ percent: p, part: x, whole: w, num: x.value!, den: w.value! });
      }
    }
    // "received 214,608 emergency (999) calls …, of which 196,152 (91.4%) were answered": the count
    // before "of which", past a bracketed figure that only names it, and the part's bracketed share.
    for (const s of ctx.sentences) {
      for (let i = 1; i + 1 < s.figs.length; i++) {
        const x = s.figs[i];
        // ("…, of which 348 within 40 working days (86.8% of those closed)": past a bound that says which.)
        let j = i + 1;
        while (j < s.figs.length && s.figs[j].kind === "number" && s.figs[j].unit !== "%" && THRESHOLD.test(ctx.lower.slice(Math.max(s.start, s.figs[j].start - 16), s.figs[j].start))) j++;
        const p = s.figs[j];
        if (!p || p.kind !== "percent" || p.unit !== "%" || p.qualifiers.length || planned.has(p) || out.some((y) => y.percent === p) || !isCountFigure(x) || x.qualifiers.length) continue;
        // (The bound's own words are the part's: from the last figure before the share.)
        const last = s.figs[j - 1];
        let xp = ctx.lower.slice(last.end, p.start);
        if (last.noun && xp.startsWith(` ${last.noun}`)) xp = xp.slice(last.noun.length + 1);
        const bracket = /^[ \t]*\([ \t]*$/u.test(xp) && /^[ \t]*(?:of[ \t]+(?:those|them|these)(?:[ \t]+[\p{L}-]+)?[ \t]*|trong số đó[ \t]*)?\)/u.test(ctx.lower.slice(p.end, p.end + 30));
        // ("…, of which 6,130 were accepted, an acceptance rate of 74.4%": the part's clause, then its rate.)
        const rate = j === i + 1 && RATE_OF.test(xp.replace(/^[ \t]*[\p{L}][\p{L} \t-]{0,60}?(?=[ \t]*,)/u, "")) && /^[ \t]*(?:[,.;)]|$|\r?\n)/u.test(ctx.lower.slice(p.end, p.end + 3));
        if (!bracket && !rate) continue;
        // ("12,800 households were selected …; 10,496 of them responded in full, a response rate of
        // 86.0%": the part names its whole by the pronoun after it.)
        const ofThem = rate && /^[ \t]+of[ \t]+(?:them|these|those)(?![\p{L}])/u.test(ctx.lower.slice(x.end, x.end + 12)) && /[;,][ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, x.start - 4), x.start));
        const of = ofThem ? [""] : /,[ \t]*(?:of which|of whom|trong đó(?:[ \t]+có)?)[ \t]*:?[ \t]*$/u.exec(ctx.lower.slice(Math.max(s.start, x.start - 24), x.start));
        if (!of) continue;
        let k = i - 1;
        while (k >= 0 && inBrackets(ctx, s.start, s.figs[k].start)) k--;
        const w = s.figs[k];
        // Only the whole's own words between it and "of which": no other count, no change.
        const between = w ? ctx.plainBetween(w.end, x.start - of[0].length) : "";
        if (!w || !isCountFigure(w) || (!w.noun && between.trim()) || w.qualifiers.length || !new D(w.value!.exact).gte(x.value!.exact)) continue;
        if (between.length > 80 || /[;.:]/u.test(ofThem ? between.replace(/[;,][ \t]*$/u, "") : between) || CLAUSE_NOT_SHARE.test(between)) continue;
        out.push({ percent: p, part: x, whole: w, num: x.value!, den: w.value! });
      }
    }
    // "35.980 hộ dân, trong đó 1.482 hộ nghèo, chiếm tỷ lệ 4,12%; 1.967 hộ cận nghèo, chiếm tỷ lệ
    // 5,47%": the next clause, a count of the same kind with its share in the same words, is a share
    // of the same whole.
    for (let k = 0; k < out.length; k++) {
      const x = out[k];
      if (!x.part || !x.whole || x.fraction || x.excess || x.part.kind !== "number" || !isCountFigure(x.part) || !isCountFigure(x.whole) || !x.whole.noun || partOf.get(x.part) !== x.whole) continue;
      const s = ctx.sentenceOf(x.percent);
      const i = s.figs.indexOf(x.percent);
      const [g, q] = [s.figs[i + 1], s.figs[i + 2]];
      if (!g || !q || q.kind !== "percent" || q.unit !== "%" || !isCountFigure(g) || !g.noun || partOf.has(g) || planned.has(q) || out.some((y) => y.percent === q)) continue;
      if (!ofNoun(x.whole.noun, g.noun) || !ofNoun(x.whole.noun, x.part.noun)) continue;
      if (!/^[ \t]*;[ \t]*(?:và[ \t]+|and[ \t]+)?$/u.test(ctx.lower.slice(x.percent.end, g.qualifiers[0]?.start ?? g.start))) continue;
      // The same link words before each share ("…, chiếm tỷ lệ").
      const link = (a: Figure, b: Figure) => /,[ \t]*((?:chiếm|accounting for|representing)[ \t]*(?:tỷ lệ|tỉ lệ)?)[ \t]*$/u.exec(ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start))?.[1];
      const l1 = link(x.part, x.percent);
      const gap = ctx.lower.slice(g.end, q.qualifiers[0]?.start ?? q.start);
      if (!l1 || link(g, q) !== l1 || gap.length > 80 || /[;.\d]/u.test(gap)) continue;
      out.push({ percent: q, part: g, whole: x.whole, num: g.value!, den: x.whole.value! });
    }
    // "486.215 hồ sơ, trong đó 372.904 hồ sơ nộp trực tuyến; tỷ lệ hồ sơ trực tuyến đạt 76,7%": the
    // rate the next clause states is the part over its whole.
    const restated = new Set(out.map((x) => x.percent));
    for (const t of findTotalParts(ctx)) {
      if (t.amounts || t.parts.length !== 1 || t.whole.kind !== "number") continue;
      const part = t.parts[0].figure;
      if (part.kind !== "number") continue;
      const s = ctx.sentenceOf(part);
      const next = s.figs[s.figs.indexOf(part) + 1];
      if (!next || next.kind !== "percent" || next.unit !== "%" || restated.has(next) || planned.has(next)) continue;
      const gapText = ctx.lower.slice(part.end, next.qualifiers[0]?.start ?? next.start);
      // ("356 ended in conviction, a conviction rate of 85.2%", "74 … were escalated …, an escalation
      // rate of 19.2%": the rate named by what the part did.)
      const kindRate = /^([^;.\d%]{0,60})[;,][ \t]*(?:an?|the)[ \t]+([\p{L}-]+)[ \t]+(?:rate|share|proportion)[ \t]+of[ \t]*$/u.exec(gapText);
      if (kindRate) {
        const stem = kindRate[2].slice(0, 6);
        // (The rate ends its clause: "… of 78.4% nationally" is another base's.)
        if (stem.length >= 5 && new RegExp(`(?<![\\p{L}])${stem}`, "u").test(kindRate[1]) && /^[ \t]*(?:[.;,)]|$)/u.test(ctx.lower.slice(next.end, next.end + 3))) {
          out.push({ percent: next, part, whole: t.whole, num: part.value!, den: t.wholeNum });
          restated.add(next);
        }
        continue;
      }
      const link = /^([^;.\d%]{0,60})[;,][ \t]*(?:tỷ lệ|tỉ lệ|the rate|the proportion|the share|a rate|a share|or)([^;.\d%]{0,60})?$/u.exec(gapText);
      if (!link) continue;
      // The rate must name what the part was called: "327.904 hồ sơ nộp trực tuyến; tỷ lệ hồ sơ trực
      // tuyến" (not "3.120 người xuất khẩu lao động; tỷ lệ lao động qua đào tạo").
      const words = (t: string) => t.split(/[^\p{L}\p{M}]+/u).filter((w) => w && !RATE_FILLER.has(w));
      const said = new Set([...words(link[1]), ...words(part.noun ?? ""), ...words(ctx.lower.slice(Math.max(s.start, part.start - 40), part.start).split(/[,;:]/).pop()!)]);
      const named = words(link[2] ?? "");
      if (named.length && !named.every((w) => said.has(w))) continue;
      out.push({ percent: next, part, whole: t.whole, num: part.value!, den: t.wholeNum });
      restated.add(next);
    }
    // "đưa ra 148 kiến nghị; đến nay đã có 131 kiến nghị được giải quyết (đạt 88,5%)", "received
    // 486 complaints and closed 401 (82.5%)": a count handled out of a count received.
    for (const s of ctx.sentences) {
      for (let i = 0; i + 2 < s.figs.length; i++) {
        const [w, part, p] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
        if (p.kind !== "percent" || p.unit !== "%" || restated.has(p) || planned.has(p)) continue;
        if (!isCountFigure(w) || !w.noun || part.kind !== "number" || !isCountFigure(part) || (part.noun && !sameNounLoose(part.noun, w.noun))) continue;
        // ("Test nhanh tại hiện trường 3.640 mẫu, có 3.512 mẫu đạt (96,5%)": whatever the verb, a count
        // whose clause names no change, plan or average, then "có" the part of its noun.)
        const wClause = ctx.lower.slice(Math.max(s.start, w.start - 80), w.start).split(/[,;:(]/u).pop()!;
        const coPart = CO_PART.test(ctx.lower.slice(w.end, part.start)) && !!part.noun && !NOT_WHOLE_CLAUSE.test(wClause);
        // ("46.315 thí sinh dự sát hạch, 39.742 thí sinh đạt (88,5%)", "2,140 pupils sat the test, 1,863
        // pupils passed (87.1%)": a whole that took part, and the part of the same noun that came through.)
        // ("186 thí sinh dự thi, 104 em đạt giải (59,5%)": "em" counts the candidates just named.)
        const satPart = !!part.noun && !!w.noun && (w.noun.startsWith(part.noun) || part.noun.startsWith(w.noun) || (/^(?:em|người|cháu)$/u.test(part.noun.split(" ")[0]) && PEOPLE.test(w.noun))) && SAT.test(ctx.lower.slice(w.end, part.start)) && PASSED.test(ctx.lower.slice(part.end, p.start));
        // ("tham mưu giải quyết 1.246 vụ việc …; hòa giải thành 1.093 vụ, đạt tỷ lệ 87,7%": of the cases dealt
        // with, those that came through.)
        const settled = /(?<![\p{L}])giải[ \t]+quyết[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, w.start - 20), w.start)) && /(?<![\p{L}])(?:hòa[ \t]+giải[ \t]+thành(?:[ \t]+công)?|(?:giải[ \t]+quyết|xử[ \t]+lý)[ \t]+dứt[ \t]+điểm)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, part.start - 30), part.start));
        if (!coPart && !satPart && !settled && !RECEIVED.test(ctx.lower.slice(Math.max(s.start, w.start - 60), w.start))) continue;
        // (A change is no part: "842.000 người, giảm 35.000 người (4,0%)".)
        // ("an increase of 245 (5.3%) on 4,617 a year earlier".)
        if (/(?<![\p{L}])(?:tăng|giảm|thêm|hơn|vượt|up|down|more|fewer|rose|fell|by|from|từ|(?:increase|rise|fall|decrease|reduction|drop|improvement|growth|gain|cut)[ \t]+of)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, part.start - 24), part.qualifiers[0]?.start ?? part.start))) continue;
        // "có 9 khoản đạt và vượt dự toán; 3 khoản không đạt dự toán là … (đạt 91,2%)": counts given a
        // verdict, then a list, are no count handled out of a count received.
        if (/(?<![\p{L}])(?:là|gồm|namely|including|đạt và vượt|không đạt|chưa đạt|were met|were missed)(?![\p{L}])/u.test(ctx.lower.slice(w.end, p.start))) continue;
        if (!/^[^.;\d%()]{0,60}[;,][^.;\d%()]{0,50}$|^[^.;\d%()]{0,40}(?:and|và)[ \t]+[\p{L}]+[ \t]+$/u.test(ctx.lower.slice(w.end, part.start))) continue;
        // ("… đã xử lý dứt điểm 17 điểm, đạt 73,9%;": the share may close the part's clause after a
        // comma too, when nothing after it names another base.)
        const pre = ctx.lower.slice(part.end, p.qualifiers[0]?.start ?? p.start);
        // (A share closes its bracket: not "(2.4% of all closures in England)", "(7% nationally)"; and
        // a share above 100% is of a plan, not of this whole.)
        const tail = /^([^()]{0,40})\)/u.exec(ctx.lower.slice(p.end, p.end + 42))?.[1].trim();
        const closes = tail === "" || (tail !== undefined && !!w.noun && tail.includes(w.noun.split(" ")[0]) && !/(?:cả nước|toàn quốc|national|england|of all|khu vực)/u.test(tail));
        const bracket = /^[^.;\d%()]{0,60}\([ \t]*(?:đạt|chiếm|bằng|tỷ lệ|or)?[ \t]*$/u.test(pre) && closes;
        if (p.value && new D(p.value.exact).gt(100)) continue;
        // ("…, chiếm 2,5% tổng số mẫu xét nghiệm": the whole's own noun may close the clause.)
        const wHead = (w.noun ?? "").split(" ")[0];
        const ownBase = !!wHead && new RegExp(`^[ \\t]+(?:của[ \\t]+)?(?:tổng[ \\t]+)?số[ \\t]+${wHead.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])[^.;,()\\d%]{0,30}(?:[.;,)\\n]|$)`, "u").test(ctx.lower.slice(p.end, p.end + 60)) && baseWordsSaid(ctx, w, p);
        const comma = /^[^.;\d%()]{0,60},[ \t]*(?:đạt|chiếm|bằng)(?:[ \t]+(?:tỷ|tỉ)[ \t]+lệ)?[ \t]*$/u.test(pre) && (/^[ \t]*(?:[.;,)\n]|$)/u.test(ctx.lower.slice(p.end, p.end + 3)) || ownBase);
        // (After a comma, only the same thing or a kind of it: not "520 hộ nghèo, 310 hộ cận nghèo, chiếm 4,2%".)
        const kindOf = !part.noun || kindOfNoun(part.noun, w.noun) || (coPart && part.noun.split(" ")[0] === wHead);
        // ("The survey reached 1,658 victims; 1,184 said they were satisfied …, a satisfaction rate of 71.4%".)
        const rateNamed = /^[^.;\d%()]{0,80},[ \t]*(?:giving[ \t]+)?(?:an?[ \t]+|the[ \t]+)?(?:satisfaction|acceptance|approval|success|completion|response|uptake|pass|resolution)[ \t]+rate[ \t]+of[ \t]+$/u.test(pre) && /^[ \t]*(?:[.;,)\n]|$)/u.test(ctx.lower.slice(p.end, p.end + 3));
        if (!bracket && !(comma && kindOf) && !rateNamed) continue;
        if (/^[ \t]*(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|so với|cùng kỳ|of (?:the )?(?:plan|target|budget))/u.test(ctx.lower.slice(p.end, p.end + 25))) continue;
        // (A whole larger than its part only.)
        if (new D(part.value!.exact).gt(w.value!.exact)) continue;
        out.push({ percent: p, part, whole: w, num: part.value!, den: w.value! });
        restated.add(p);
      }
    }
    const taken = new Set([...out.map((x) => x.percent), ...planned]);
    // Readers of a part, its whole and the percent, in order: each leaves alone what one before took.
    const pairs = (found: { percent: Figure; part: Figure; whole: Figure; wholeFrom?: UnitContext; partFrom?: UnitContext }[]) => {
      for (const n of found) out.push({ percent: n.percent, part: n.part, whole: n.whole, num: n.part.value!, den: n.whole.value!, ...(n.wholeFrom ? { wholeFrom: n.wholeFrom } : {}), ...(n.partFrom ? { partFrom: n.partFrom } : {}) });
      for (const x of out) taken.add(x.percent);
    };
    for (const read of [findNamedShares, findBaseShares, findBracketShares, findRatePairs, findScopeShares, findVerbShares, findOfTheBullets]) pairs(read(ctx, taken));
    for (const n of [...findOthersShares(ctx, taken), ...findListShares(ctx, taken)]) out.push({ percent: n.percent, part: n.part, sumOf: n.parts, num: n.part.value!, den: { exact: n.parts.reduce((a, f) => a.plus(f.value!.exact), new D(0)).toString() } });
    for (const n of findSumShares(ctx, new Set([...taken, ...out.map((x) => x.percent)]))) out.push({ percent: n.percent, part: n.part, ...(n.whole ? { whole: n.whole } : { sumOf: n.parts }), num: n.part.value!, den: n.whole ? n.whole.value! : { exact: n.parts.reduce((a, f) => a.plus(f.value!.exact), new D(0)).toString() } });
    for (const n of plans) out.push({ percent: n.percent, part: n.achieved, whole: n.plan, num: n.achieved.value!, den: n.plan.value!, excess: n.excess || undefined });
    for (const x of out) taken.add(x.percent);
    pairs(findHeadlineRates(ctx, taken));
    pairs(findComparedPlans(ctx).filter((c) => c.percent && !taken.has(c.percent)).map((c) => ({ percent: c.percent!, part: c.value, whole: c.plan })));
    for (const read of [findPlansBefore, findPlansAgainst, findLabelBases, findRatesOfBase, findGapShares, findHandledShares, findSubjectPlans, findLabelPartShares, findSubjectTotalShares, findVerbRates, findShareShapes, findOfTheVerbShares, findFallbackShares]) pairs(read(ctx, taken));
    // ("Of these, 5,278 (87.7%) were offered their first preference and 5,802 (94.6%) one of their top
    // three": the next count of the clause with its own bracketed share, after "and", is of the same whole.)
    for (const x of [...out]) {
      if (!x.part || !x.whole || x.fraction || x.excess || x.part.kind !== "number" || !/^[ \t]*\([ \t]*$/u.test(ctx.lower.slice(x.part.end, x.percent.start))) continue;
      const s = ctx.sentenceOf(x.percent);
      const k = s.figs.indexOf(x.percent);
      const [b, q] = [s.figs[k + 1], s.figs[k + 2]];
      if (!b || !q || b.kind !== "number" || !b.value || q.kind !== "percent" || q.unit !== "%" || taken.has(q) || out.some((y) => y.percent === q)) continue;
      if ((b.unit ?? "") !== (x.part.unit ?? "") || (b.noun && x.part.noun && b.noun.split(" ")[0] !== x.part.noun.split(" ")[0]) || new D(b.value.exact).gt(x.whole.value!.exact)) continue;
      if (!/^[ \t]*\)[^;.\d()%]{0,80}(?<![\p{L}])and[ \t]+$/u.test(ctx.lower.slice(x.percent.end, b.start)) || !/^[ \t]*\([ \t]*$/u.test(ctx.lower.slice(b.end, q.start)) || !/^[ \t]*\)/u.test(ctx.lower.slice(q.end, q.end + 3))) continue;
      out.push({ percent: q, part: b, whole: x.whole, num: b.value, den: x.den });
      taken.add(q);
    }
    // "The inpatient response rate was 26.4% (5,284 responses from 21,480 eligible discharges)": a rate,
    // then in its bracket the part and the whole it was taken over, and nothing else.
    for (const s of ctx.sentences) {
      for (let k = 0; k + 2 < s.figs.length; k++) {
        const [q, a, w] = [s.figs[k], s.figs[k + 1], s.figs[k + 2]];
        if (q.kind !== "percent" || q.unit !== "%" || q.qualifiers.length || taken.has(q) || out.some((y) => y.percent === q)) continue;
        if (!isCountFigure(a) || !isCountFigure(w) || a.qualifiers.length || w.qualifiers.length || !a.noun || new D(a.value!.exact).gt(w.value!.exact)) continue;
        if (!/^[ \t]*\([ \t]*$/u.test(ctx.lower.slice(q.end, a.start)) || !/^[ \t]+[\p{L}\p{M}'’ -]{0,40}?[ \t]+(?:out[ \t]+of|from|of)[ \t]+(?:(?:the|all|a[ \t]+total[ \t]+of)[ \t]+)?$/u.test(ctx.lower.slice(a.end, w.start))) continue;
        if (!/^[\p{L}\p{M}'’ -]{0,40}\)/u.test(ctx.lower.slice(w.end, w.end + 42))) continue;
        out.push({ percent: q, part: a, whole: w, num: a.value!, den: w.value! });
        taken.add(q);
      }
    }
    // "it grew by 45 responders (5.7%) from 597 a year earlier": a change's size, its percentage in a
    // bracket, then the level it started from; the percentage is the size over that level.
    for (const s of ctx.sentences) {
      for (let k = 0; k + 2 < s.figs.length; k++) {
        const [d, q, a] = [s.figs[k], s.figs[k + 1], s.figs[k + 2]];
        if (q.kind !== "percent" || q.unit !== "%" || q.qualifiers.length || taken.has(q) || out.some((y) => y.percent === q)) continue;
        if (d.kind !== "number" || a.kind !== "number" || d.qualifiers.length || a.qualifiers.length || !d.value || !a.value || (d.unit ?? "") !== (a.unit ?? "") || (d.scale?.factor ?? "1") !== (a.scale?.factor ?? "1") || d.unit === "%" || d.perYear || a.perYear) continue;
        if (!/(?<![\p{L}])(?:grew|rose|increased|fell|decreased|dropped|declined|went[ \t]+(?:up|down)|tăng|giảm)[ \t]+(?:by[ \t]+|thêm[ \t]+)?$/u.test(ctx.lower.slice(Math.max(s.start, d.start - 24), d.start))) continue;
        // ("tăng 574 người (tăng 6,4%) so với thời điểm 31/12/2022 (8.912 người)", "tăng 53 người, tức
        // tăng 11,3% so với năm 2022 (468 người)": the size's percentage, then the earlier level in
        // brackets after what it is.)
        const english = /^[ \t]*(?:[\p{L}-]+[ \t]*)?\([ \t]*$/u.test(ctx.lower.slice(d.end, q.start)) && /^[ \t]*\)[ \t]*,?[ \t]*(?:from|on|compared[ \t]+(?:with|to)|so[ \t]+với)[ \t]+(?:the[ \t]+|mức[ \t]+)?$/u.test(ctx.lower.slice(q.end, a.start));
        const bracketed = /^[ \t]*(?:[\p{L}\p{M}-]+[ \t]*){0,2}(?:\([ \t]*|,[ \t]*(?:tức|tương[ \t]+đương|tương[ \t]+ứng)(?:[ \t]+(?:là|với))?[ \t]+)(?:tăng|giảm)?[ \t]*$/u.test(ctx.lower.slice(d.end, q.start)) && /^[ \t]*\)?[ \t]*,?[ \t]*so[ \t]+với[ \t]+(?:[^\d;()]|(?<=[ \t\/])\d{1,4}(?=[\/ \t)]))*\([ \t]*$/u.test(ctx.lower.slice(q.end, a.start)) && /^[ \t]*[\p{L}\p{M} ]{0,20}\)/u.test(ctx.lower.slice(a.end, a.end + 24)) && (!d.noun || !a.noun || d.noun.split(" ")[0] === a.noun.split(" ")[0]);
        if (!english && !bracketed) continue;
        out.push({ percent: q, part: d, whole: a, num: d.value, den: a.value });
        taken.add(q);
      }
    }
    for (const n of findSharesThenRest(ctx, taken)) out.push({ percent: n.percent, part: n.part, sumOf: n.parts, num: n.part.value!, den: { exact: n.parts.reduce((a, f) => a.plus(f.value!.exact), new D(0)).toString() } });
    return out.filter((x) => {
      if (!x.part) return true;
      const gap = ctx.lower.slice(x.part.end, x.percent.qualifiers[0]?.start ?? x.percent.start);
      if (rated.has(x.part) && /^[^();.]{0,80}?\([ \t]*$/u.test(gap)) return false;
      // ("did not return within six months (5.2%)": a span of time in words is no part.)
      if (/^\p{L}/u.test(x.part.text) && DURATION.test(x.part.noun ?? "")) return false;
      // ("… giải ngân 142,8 tỷ đồng, đạt 76,6% kế hoạch; trong đó vốn đầu tư phát triển 118,5 tỷ đồng,
      // đạt 80,1%": beside a whole measured against its plan, a part's own "đạt" is its own plan's rate.)
      // ("đưa vào sử dụng 371 dự án (60,6% tổng số dự án). Có 47 dự án …, chiếm 7,7% tổng số dự án": a count said
      // itself to be a share of the total the percent names is no such total.)
      const named = /^[ \t]*(?:(?:của|trên|trong)[ \t]+)?(?:tổng[ \t]+số|tổng|of[ \t]+(?:the[ \t]+|all[ \t]+)?(?:total[ \t]+)?)[ \t]*([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?)/u.exec(ctx.lower.slice(x.percent.end, x.percent.end + 40))?.[1];
      if (named && x.whole && x.whole.end < x.part.start && new RegExp(`^[ \\t]*\\([ \\t]*\\d[\\d.,]*[ \\t]*%[ \\t]*(?:(?:của|trên|trong)[ \\t]+)?(?:tổng[ \\t]+số|tổng|of[ \\t]+(?:the[ \\t]+|all[ \\t]+)?(?:total[ \\t]+)?)[ \\t]*${named.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "u").test(ctx.lower.slice(x.whole.end, x.whole.end + 60).replace(/^[ \t]+[\p{L}\p{M} ]{0,20}?(?=[ \t]*\()/u, ""))) return false;
      // ("Total expenditure was £478.9m: - staff costs £281.6m, equal to 57.9% of income": a percent that names
      // what it is of is no share of a whole named otherwise.)
      const ofWhat = /^[ \t]+of[ \t]+(?:the[ \t]+|our[ \t]+|its[ \t]+|total[ \t]+|all[ \t]+)*([a-z]{4,})(?![\p{L}])/u.exec(ctx.lower.slice(x.percent.end, x.percent.end + 40))?.[1];
      // (Money only: income and spending are never each other; "staff" and "workforce" may be one.)
      if (ofWhat && x.whole && MONEY_SIDE.test(ofWhat)) {
        const ws = ctx.sentenceOf(x.whole);
        const words = `${ctx.lower.slice(Math.max(ws?.start ?? 0, x.whole.start - 60), x.whole.start)} ${x.whole.noun ?? ""}`;
        const side = (t: string) => (/(?:income|revenue|turnover|receipts)/u.test(t) ? "in" : /(?:expenditure|spending|spend|costs?|outgoings)/u.test(t) ? "out" : "");
        if (side(words) && side(ofWhat) && side(words) !== side(ofWhat)) return false;
      }
      const w = partOf.get(x.part);
      if (w && x.whole === w && /^[^\d;.]{0,30}?,[ \t]*(?:đạt|bằng|hoàn[ \t]+thành|achieving|reaching|at)[ \t]*$/u.test(gap) && /^[ \t]*(?:[\p{L}\p{M}]+[ \t]*){0,3},?[ \t]*(?:đạt|bằng|hoàn[ \t]+thành|achieving|reaching)[ \t]+\d[\d.,]*[ \t]*%[ \t]*(?:so[ \t]+với[ \t]+)?(?:kế[ \t]+hoạch|dự[ \t]+toán|chỉ[ \t]+tiêu|mục[ \t]+tiêu|kh|of[ \t]+(?:the[ \t]+)?(?:plan|target|budget))/u.test(ctx.lower.slice(w.end, w.end + 60))) return false;
      return true;
    });
  });
}

const MONEY_SIDE = /^(?:income|revenue|turnover|receipts|expenditure|spending|spend|costs?|outgoings)$/u;

/** Between a part and a later percent: words that make the percent a change or a target. */
const CLAUSE_NOT_SHARE = /(?<![\p{L}])(?:tăng|giảm|so với|cùng kỳ|kế hoạch|mục tiêu|up|down|rose|fell|increase|decrease|compared|than|target|standard|plan|previous|last year|per)(?![\p{L}])/u;

// ("201 were still in the scheme (or had completed it) twelve months later, a retention rate of 83.4%": the
// part's own words, then the rate.)
const RATE_OF = /^(?:[^;.\d%]{0,100}?)?[ \t]*,[ \t]*(?:giving[ \t]+)?(?:an?[ \t]+|the[ \t]+)?(?:acceptance|approval|success|completion|response|uptake|take-up|conversion|pass|occupancy|coverage|compliance|participation|attendance|resolution|clearance|detection|retention|survival|satisfaction)[ \t]+rate[ \t]+(?:of|was|is)[ \t]+$/u;

/** "There were 3,412 reported road casualties in 2023. Of these, 753 …": the last count of the
 * sentence before, when no counted noun names it. */
function lastCount(ctx: UnitContext, s: Sentence, x: Figure): Figure | undefined {
  const si = ctx.sentences.indexOf(s);
  const prev = si > 0 ? ctx.sentences[si - 1] : undefined;
  // ("Referrals rose to 18,460 from 16,920": the value a change went to is the count now.)
  const g = prev?.figs.filter((f) => isCountFigure(f) && !f.year && (/(?:(?:rose|fell|increased|decreased|grew|dropped|climbed|declined|went up|went down)[ \t]+to|from[ \t]+[\d.,]+(?:[ \t]+[\p{L}-]+){0,3}[ \t]+to)[ \t]*$/u.test(ctx.lower.slice(Math.max(prev.start, f.start - 40), f.start)) || !/(?:from|than|compared with|on|to)[ \t]*$/u.test(ctx.lower.slice(Math.max(prev.start, f.start - 16), f.start))) && !/(?<![\p{L}])(?:than|on|from|compared[ \t]+(?:with|to)|so[ \t]+với)[^()]{0,30}\([ \t]*$/u.test(ctx.lower.slice(Math.max(prev.start, f.start - 40), f.start))).pop();
  return g && !new D(g.value!.exact).lt(x.value!.exact) ? g : undefined;
}

/** Before a figure that only bounds which part is counted: "above 40 µg/m³", "dưới 5 ha". */
const THRESHOLD = /(?<![\p{L}])(?:above|below|over|under|more than|less than|at least|at most|exceeding|within|trên|dưới|vượt|quá|hơn|từ|trong vòng)[ \t]*$/u;

/** A count received, made or examined, of which a later count was handled. */
/** "…, chiếm 2,5% tổng số mẫu giám sát": every word the base adds after the whole's noun was said of
 * the whole ("1.860 mẫu giám sát …"); "tổng số xã miền núi" of "24 xã" names another base. */
function baseWordsSaid(ctx: UnitContext, w: Figure, p: Figure): boolean {
  const tail = ctx.lower.slice(p.end, p.end + 60).split(/[.;,)\n]/u)[0];
  const head = (w.noun ?? "").split(" ")[0];
  const rest = tail.slice(tail.indexOf(head) + head.length).split(/[ \t]+/u).filter(Boolean);
  const said = ctx.lower.slice(w.end, w.end + 60).split(/[.;,(]/u)[0];
  return rest.every((x) => new RegExp(`(?<![\\p{L}])${x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(said));
}

/** Between a count and its part: its noun's words, then "có" ("3.640 mẫu, có 3.512 mẫu đạt"). */
const SAT = /^[ \t]+[^.;\d%()]{0,30}?(?<![\p{L}])(?:dự[ \t]+thi|dự[ \t]+sát[ \t]+hạch|dự[ \t]+kiểm[ \t]+tra|tham[ \t]+gia|tham[ \t]+dự|đăng[ \t]+ký|được[ \t]+kiểm[ \t]+tra|được[ \t]+khám|được[ \t]+sàng[ \t]+lọc|sat|took[ \t]+part|took|attended|were[ \t]+tested|were[ \t]+screened|were[ \t]+assessed|were[ \t]+inspected|applied|registered|enrolled|entered)(?![\p{L}])[^.;\d%()]{0,40},[ \t]*$/u;
const PASSED = /^[ \t]+[^.;\d%()]{0,20}?(?<![\p{L}])(?:đạt|đỗ|hoàn[ \t]+thành|được[ \t]+cấp|passed|completed|achieved|qualified|were[ \t]+successful|succeeded)(?![\p{L}])[^.;\d%()]{0,40}\([ \t]*$/u;
const CO_PART = /^[^.;\d%()]{0,40},[ \t]*(?:trong[ \t]+đó[ \t]+|kết[ \t]+quả[ \t]+)?có[ \t]+$/u;

/** Words that make a count a change, a plan, an average or a comparison rather than a whole. */
const NOT_WHOLE_CLAUSE = /(?<![\p{L}])(?:tăng|giảm|thêm|hơn|vượt|so với|kế hoạch|mục tiêu|chỉ tiêu|dự kiến|bình quân|trung bình|từ|đến|lên|xuống|còn lại|up|down|from|to|than|plan|target|average|per|mỗi)(?![\p{L}])/u;
const RECEIVED = /(?:đưa ra|đề ra|tiếp nhận|nhận được|thụ lý|phát hiện|kiểm tra|thanh tra|có|khảo sát|received|issued|made|submitted|inspected|opened|recorded|logged|surveyed|interviewed|(?:survey|questionnaire|poll)[ \t]+reached|(?:tổng số|số)[ \t]+[^.;\d]{0,40}?[ \t]là|there were|there are)[ \t]*$/u;
const PEOPLE = /^(?:học sinh|sinh viên|người|lao động|đảng viên|hội viên|thí sinh|bệnh nhân|trẻ|cán bộ|students|pupils|people|patients|candidates|applicants|members|staff)(?: |$)/u;

function sameNounLoose(a: string, b: string): boolean {
  // "80 học sinh dự thi, 52 em đoạt giải": "em", "người" count the people just named.
  return a === b || a.split(" ")[0] === b.split(" ")[0] || (/^(?:em|người|cháu)$/u.test(a.split(" ")[0]) && PEOPLE.test(b));
}

const RATE_FILLER = new Set(["đạt", "là", "của", "ở", "mức", "chiếm", "was", "is", "of", "the", "at", "stood", "reached", "có", "được", "trong", "đó", "which", "were", "in", "total", "tổng", "số"]);
const RATE_WORDS = /(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|độ che phủ|che phủ|bao phủ|mức độ hài lòng|sự hài lòng|chỉ số hài lòng|coverage|share of|proportion|percentage of|rate of|satisfaction)/u;
const NOT_SHARE = /(?:tăng|giảm|vượt|gấp|sử dụng quỹ|sử dụng kinh phí|sử dụng dự toán|utilisation|utilization|occupancy|so với|cùng kỳ|kế hoạch|dự toán|mục tiêu|chỉ tiêu|growth|increase|decrease|rise|fall|compared|plan|target|budget|estimate|tốc độ)/u;
const POPULATION_AFTER = /^[ \t]*(?:số[ \t]+)?(?:xã|phường|huyện|thôn|bản|hộ|hộ gia đình|người dân|dân số|người|trường|học sinh|doanh nghiệp|đơn vị|cơ quan|chi bộ|đảng viên|lao động|văn bản|hồ sơ|thủ tục|of the time|of (?:the )?(?:[a-z-]+ ){0,3}(?:seats|posts|positions|places|members)|households|communes|villages|districts|people|residents|population|schools|pupils|students|of (?:the |all )?(?:[a-z-]+ ){0,2}?(?:population|households|communes|villages|people|residents|schools|students|pupils|patients|inpatients|outpatients|respondents|participants|staff|employees|workers|adults|children|graduates|members|users|customers|beneficiaries|schemes|projects|hospitals|clinics|facilities|firms|enterprises|businesses|companies))(?![\p{L}])/u;

/** "Of the 1,418 outputs submitted …, 96.8% were available", "Trong số 250 hộ được khảo sát, 92% …":
 * the first percent after a clause naming a counted population is a share of it. */
const OF_POPULATION = /(?:^|[.;:][ \t]*|\n[ \t]*)(?:of|among|trong số|trong tổng số)[ \t]+(?:the[ \t]+|all[ \t]+|these[ \t]+)?$/u;

function ofPopulation(ctx: UnitContext, s: Sentence, p: Figure): boolean {
  const k = s.figs.indexOf(p);
  const f = k > 0 ? s.figs[k - 1] : undefined;
  if (!f || f.kind !== "number" || !isCountFigure(f) || !f.noun) return false;
  if (!OF_POPULATION.test(ctx.lower.slice(Math.max(s.start, f.start - 30), f.qualifiers[0]?.start ?? f.start))) return false;
  return /^[^,;.()\d]{0,100},[ \t]*$/u.test(ctx.lower.slice(f.end, p.qualifiers[0]?.start ?? p.start));
}

export interface ShareBound {
  percent: Figure;
}

const PLAN_HEAD = /(?<![\p{L}])(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|plan|planned|target|budget|forecast|kh)(?![\p{L}])/u;

/** The table row holding `p` sits under a header that names a plan, target or budget column. */
function besidePlanColumn(ctx: UnitContext, p: Figure): boolean {
  const t = findTables(ctx).find(t => t.rows.some(r => r.start <= p.start && p.end <= r.end));
  if (t) return t.header.some(h => PLAN_HEAD.test(h.toLowerCase()));
  // A row the table reader did not take: the lines above it, up to a blank line, stand for its header.
  const lines = ctx.lower.slice(Math.max(0, p.start - 4000), p.start).split("\n");
  for (let i = lines.length - 1; i >= 0 && lines[i].trim(); i--) if (/^[ \t]*\|/u.test(lines[i]) && PLAN_HEAD.test(lines[i])) return true;
  return false;
}

export function findShareBounds(ctx: UnitContext): ShareBound[] {
  return ctx.memo("share-bound", () => {
    const out: ShareBound[] = [];
    for (const s of ctx.sentences) {
      for (const p of s.figs) {
        if (p.kind !== "percent" || p.unit !== "%") continue;
        const seg = commaSegment(ctx, s, p.start);
        const pre = ctx.lower.slice(seg.start, p.qualifiers[0]?.start ?? p.start);
        const post = ctx.lower.slice(p.end, Math.min(s.end, p.end + 40));
        if (NOT_SHARE.test(post.slice(0, 25)) || /^[ \t]*\/|^[ \t]*so/u.test(post)) continue;
        // ("tỷ lệ sử dụng giường bệnh đạt 112,6%": a use of capacity may pass it; "… đạt 101,2% do có trẻ vãng
        // lai", "… 103% because …": the text says why it is past the whole.)
        if (/(?:sử[ \t]+dụng[ \t]+giường|công[ \t]+suất|bed[ \t]+(?:occupancy|utili[sz]ation))/u.test(pre) || /^[ \t]*,?[ \t]*(?:do|vì|bởi[ \t]+vì|because|due[ \t]+to|owing[ \t]+to|as[ \t]+a[ \t]+result[ \t]+of)(?![\p{L}])/u.test(post)) continue;
        // "bằng 125% số hộ thoát nghèo năm 2023": against another period's count, a ratio; "(tính cả trẻ
        // từ địa bàn khác chuyển đến)": the text says what takes it past the whole.
        if ((/(?:bằng|equal to|equivalent to)[ \t]*$/u.test(pre) && /^[ \t]+[^,;.()\d]{1,40}?(?<![\p{L}])(?:năm[ \t]+|in[ \t]+|fy[ \t]*)?(?:19|20)\d\d(?!\d)/u.test(post)) || /^[ \t]*\([ \t]*(?:tính cả|kể cả|bao gồm cả|gồm cả|including|includes)(?![\p{L}])/u.test(post)) continue;
        // ("| Lớp tập huấn | 50 | 54 | 108,0% |" under "| … | Kế hoạch | Thực hiện | Tỷ lệ |": a table's
        // rate beside a plan column is the rate of the plan.)
        if (/\|[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (p.qualifiers[0]?.start ?? p.start) - 4), p.qualifiers[0]?.start ?? p.start)) && besidePlanColumn(ctx, p)) continue;
        // ("Tỷ lệ dư nợ trên vốn huy động là 114,7%", "the ratio of loans to deposits": one amount over
        // another is a ratio, which may pass 100%.)
        if (/(?:tỷ|tỉ)[ \t]+lệ[ \t]+[\p{L}\p{M} ]{2,40}?[ \t]+(?:trên|so với)[ \t]+[\p{L}\p{M} ]{2,40}$|ratio[ \t]+of[ \t]+[\p{L} ]{2,40}?[ \t]+to[ \t]/u.test(pre.replace(/[ \t]+(?:là|đạt|ở mức|was|is|of)[ \t]*$/u, ""))) continue;
        const rate = RATE_WORDS.exec(pre);
        // "… đều đạt và vượt kế hoạch giao; … dẫn đầu với tỷ lệ 112,9%": rates of a plan met, not shares.
        // (A rate that names what it counts, "tỷ lệ lao động qua đào tạo", is a share whatever else the
        // sentence says; a bare "tỷ lệ" after plans met takes up their rates.)
        const bare = !!rate && /^(?:tỷ lệ|tỉ lệ|rate)[ \t]*(?:(?:là|đạt|ở mức|với|khoảng|of|was|is|at)[ \t]*)*$/u.test(pre.slice(rate.index));
        const ofPlan = bare && /(?:đạt|vượt|hoàn thành|met|exceeded|achieved)[^.;\d]{0,25}(?<![\p{L}])(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|plan|target|budget)(?![\p{L}])/u.test(ctx.lower.slice(s.start, p.start));
        const share = (rate && !ofPlan && !NOT_SHARE.test(pre.slice(rate.index))) || /(?:chiếm|accounting for|accounted for|accounts for|making up)[ \t]*$/u.test(pre) || (POPULATION_AFTER.test(post) && !NOT_SHARE.test(pre.slice(-20))) || ofPopulation(ctx, s, p);
        if (share) out.push({ percent: p });
      }
    }
    return out;
  });
}

export interface SharesOfWhole {
  shares: Figure[];
}

const ELIDED_SHARE = /^[ \t]*(?:and[ \t]+|và[ \t]+)?[\p{L}\p{M}'’-]+(?:[ \t]+[\p{L}\p{M}'’-]+){0,7}[ \t]+(?:for[ \t]+(?:the[ \t]+(?:remaining|rest|other)[ \t]+)?|(?:khoảng[ \t]+)?)$/u;
// ("…, chiếm 47,94% tổng lượng rác …, đã lấp đầy 92,62% sức chứa thiết kế": a verb of its own says the share is another's.)
const NOT_ELIDED = /(?<![\p{L}])(?:hay|or|tức|tức là|đã|lấp đầy|sử dụng|used|filled|tương ứng|tương đương|i\.e\.|tăng|giảm|so với|từ|lên|xuống|đạt|bằng|là|tỷ lệ|tỉ lệ|tốc độ|hoàn thành|giải ngân|mục tiêu|kế hoạch|chỉ tiêu|hơn|rose|fell|up|down|from|increase|decrease|growth|rate|was|were|is|reached|at|the|ahead|behind|than|above|below|over|under|target|plan|compared|against|versus|vs|previous|prior|earlier|last|cùng kỳ|trước)(?![\p{L}])/u;
const STRUCTURE = /(?:cơ cấu|tỷ trọng|tỉ trọng|structure|breakdown|composition|(?:generation|energy|fuel|power|product|revenue|income|funding|sales|traffic|modal|gender|age)[ \t]+(?:mix|split)|make-?up of)/u;

/** The clause or bracket of the percent speaks of rounding. */
function roundingNote(ctx: UnitContext, s: Sentence, f: Figure): boolean {
  const before = ctx.lower.slice(Math.max(s.start, f.start - 120), f.start);
  const from = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("("), before.lastIndexOf(")")) + 1;
  const after = ctx.lower.slice(f.end, Math.min(s.end, f.end + 120));
  const to = after.search(/[,;()]/u);
  return /(?:làm tròn|rounding|rounded)/u.test(before.slice(from) + " " + (to < 0 ? after : after.slice(0, to)));
}

/** Attributes that cut across a whole's kinds: sex, ethnicity, age, qualification, locality. */
/** Groups a person may belong to alongside others: party members, union members, veterans, youth. */
const OVERLAP_ATTR = /(?<![\p{L}])(?:đảng[ \t]+viên|đoàn[ \t]+viên|hội[ \t]+viên|cựu[ \t]+chiến[ \t]+binh|thanh[ \t]+niên|trẻ[ \t]+tuổi|dưới[ \t]+\d+[ \t]+tuổi|party[ \t]+members?|union[ \t]+members?|veterans?|under[ \t]+\d+|over[ \t]+\d+|bme|lgbt\p{L}*|carers?)(?![\p{L}])/u;
/** Answers to a survey's separate questions: satisfied, would return, would recommend. */
const SURVEY_ITEM = /(?<![\p{L}])(?:hài[ \t]+lòng|sẵn[ \t]+sàng|giới[ \t]+thiệu|quay[ \t]+lại|đánh[ \t]+giá[ \t]+(?:tốt|cao)|satisfied|satisfaction|would[ \t]+(?:recommend|return|use)|recommend|agreed?|felt|rated)(?![\p{L}])/u;
const CUTS_ACROSS_ATTR = /(?<![\p{L}])(?:nữ|nam|dân tộc|trình độ|đại học|thạc sĩ|người địa phương|địa phương|khuyết tật|cao tuổi|women|female|male|men|ethnic|disabled|qualified|local)(?![\p{L}])/u;

export function findSharesOfWhole(ctx: UnitContext): SharesOfWhole[] {
  return ctx.memo("shares-whole", () => {
    const out: SharesOfWhole[] = [];
    for (const s of ctx.sentences) {
      const text = ctx.lower.slice(s.start, s.end);
      // ("(tổng có thể không bằng 100% do làm tròn)", "may not sum to 100% because of rounding": a note, no share.)
      // ("b) 70% tăng thu NSĐP …   312,6   11,7": a rate that opens an item's name says what the item is.)
      const opensItem = (f: Figure) => /(?:^|\n)[ \t]*(?:[a-zđ]\)|[-*•+]|\d{1,2}[.)])[ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 12), f.start)) && /^[ \t]+\p{L}/u.test(ctx.lower.slice(f.end, f.end + 3));
      // ("chiếm 97,7% (đầu năm là 205, chiếm 95,8%)": a share of another time, in its aside, is no part.)
      const otherTime = (f: Figure) => /\([ \t]*(?:đầu[ \t]+năm|cuối[ \t]+năm|cùng[ \t]+kỳ|năm[ \t]+trước|năm[ \t]+(?:19|20)\d\d|(?:19|20)\d\d(?:[\/–-]\d{2,4})?|last[ \t]+year|a[ \t]+year[ \t]+(?:earlier|ago)|q[1-4])[^()]{0,40}$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 60), f.start));
      const pcts = s.figs.filter((f) => f.kind === "percent" && f.unit === "%" && !roundingNote(ctx, s, f) && !opensItem(f) && !otherTime(f));
      if (pcts.length < 2) continue;
      // "đúng hạn đạt 98,6%, còn 1,4% hồ sơ trễ hạn", "82% …, the remaining 18%": the rest of one whole.
      for (let i = 1; i < pcts.length; i++) {
        const [a, b] = [pcts[i - 1], pcts[i]];
        const gap = ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start);
        if (gap.length <= 40 && /^[^;.\d%]*,[ \t]*(?:còn lại|còn|the remaining|the rest|with the remaining)[ \t]*$/u.test(gap)) out.push({ shares: [a, b] });
      }
      // ("taxes less subsidies made up the remaining 6.4%": the rest of the same whole.)
      const chiem = pcts.filter((p) => /(?:chiếm|accounting for|accounted for|accounts for|making up|made up)[ \t]*(?:the[ \t]+(?:remaining|rest|other)[ \t]+|phần còn lại[ \t]+)?(?:khoảng[ \t]+|about[ \t]+)?$/u.test(ctx.lower.slice(Math.max(s.start, p.start - 40), p.qualifiers[0]?.start ?? p.start)));
      // "employees accounted for 41.2%, third-party payments for 38.6%, premises for 8.9%",
      // "nông nghiệp chiếm 25%, công nghiệp 38%": the verb is written once and left out after.
      if (chiem.length >= 1) {
        for (const p of pcts) {
          if (p.start <= chiem[0].start || chiem.includes(p)) continue;
          const pre = ctx.lower.slice(Math.max(s.start, p.start - 60), p.qualifiers[0]?.start ?? p.start);
          const item = pre.slice(Math.max(pre.lastIndexOf(","), pre.lastIndexOf(";"), pre.lastIndexOf(" and "), pre.lastIndexOf(" và ")) + 1);
          const planAfter = /^[ \t]*(?:target|plan|goal|mục tiêu|kế hoạch|chỉ tiêu|dự toán)/u.test(ctx.lower.slice(p.end, p.end + 12));
          const label = item.replace(/[ \t]+for[ \t]+(?:the[ \t]+(?:remaining|rest|other)[ \t]+)?$/u, "");
          // ("material changes of use 24%": "of" inside a label; "an increase of 24%" ends on it.)
          if (ELIDED_SHARE.test(item) && !NOT_ELIDED.test(label) && !/(?<![\p{L}])of[ \t]*$/u.test(label) && !planAfter) chiem.push(p);
        }
      }
      chiem.sort((x, y) => x.start - y.start);
      let group: Figure[] = [];
      // "(chiếm 83,8%), gồm 1.046 … (chiếm 64,3% số dịch vụ công trực tuyến)": a share that names
      // another base, or one inside a breakdown of the first, is of a different whole.
      const bases = chiem.map((p) => /^[ \t]*(?:(?:của[ \t]+)?(?:tổng[ \t]+)?số|of(?:[ \t]+the)?|tổng)[ \t]+([\p{L}\p{M} ]{2,40})/u.exec(ctx.lower.slice(p.end, p.end + 45))?.[1].trim() ?? "");
      const nested = chiem.length >= 2 && /(?<![\p{L}])(?:gồm|bao gồm|trong đó|of which|including|comprising)(?![\p{L}])/u.test(ctx.lower.slice(chiem[0].end, chiem[chiem.length - 1].start));
      // ("… (chiếm 75,0%), 38 xã … (chiếm 33,3% số xã đạt chuẩn)": one share naming a narrower base of its own.)
      const ownBase = !bases[0] && bases.slice(1).some((b) => b.split(/[ \t]+/u).length >= 2);
      if (chiem.length >= 2 && (nested || ownBase || new Set(bases.filter((b) => b)).size > 1)) continue;
      // ("Mộc Sơn … chiếm 63,1% …; tính chung hai huyện Mộc Sơn và Vân Phong chiếm 83,2%": a later share
      // of items taken together holds the earlier one.)
      if (chiem.length >= 2 && /(?<![\p{L}])(?:tính[ \t]+chung|cộng[ \t]+chung|cộng[ \t]+dồn|gộp[ \t]+chung|gộp|cả[ \t]+hai|cả[ \t]+ba|together|combined|between[ \t]+them|cumulatively)(?![\p{L}])/u.test(ctx.lower.slice(chiem[0].end, chiem[chiem.length - 1].start))) continue;
      // ("exports accounted for 38.4% of output, imports for 41.2% and public spending for 22.6%":
      // shares of output by trade and spending are ratios to it, not parts of it.)
      if (chiem.length >= 2 && /(?<![\p{L}])(?:exports?|imports?|xuất khẩu|nhập khẩu)(?![\p{L}])/u.test(text) && /(?<![\p{L}])(?:output|gdp|grdp|gni|gross domestic product|tổng sản phẩm)(?![\p{L}])/u.test(text)) continue;
      // ("2.640 hộ có tài khoản …, chiếm 82,1% tổng số hộ; 2.890 hộ đã được kéo cáp quang …, chiếm
      // 89,9%": each share with its own count is that count's share; the counts may overlap, and
      // their sum is the parts' reading to judge.)
      const countOf = (p: Figure) => { const c = s.figs[s.figs.indexOf(p) - 1]; return c && c.kind === "number" && c.unit !== "%" && c.unit !== "pp" ? c : undefined; };
      const counted = (p: Figure) => { const c = countOf(p); return !!c && /^[^\d%;()]{0,80},[ \t]*(?:chiếm|accounting for)[ \t]*(?:tỷ lệ[ \t]*)?(?:khoảng[ \t]+|about[ \t]+)?$/u.test(ctx.lower.slice(c.end, p.qualifiers[0]?.start ?? p.start)); };
      if (chiem.length >= 2 && chiem.every(counted) && /;/u.test(ctx.lower.slice(chiem[0].end, chiem[chiem.length - 1].start))) continue;
      // ("trong đó nữ 15 người (chiếm 62,5%), có trình độ đại học … 21 người (chiếm 87,5%)": groups by
      // attribute, each with its count, may overlap.)
      const bracketCounted = (p: Figure) => { const c = countOf(p); return !!c && /^[^\d%;()]{0,30}\([ \t]*(?:chiếm|accounting for)[ \t]*$/u.test(ctx.lower.slice(c.end, p.qualifiers[0]?.start ?? p.start)); };
      if (chiem.length >= 2 && chiem.every((p) => counted(p) || bracketCounted(p)) && chiem.some((p) => CUTS_ACROSS_ATTR.test(ctx.lower.slice(Math.max(s.start, countOf(p)!.start - 40), countOf(p)!.start)))) continue;
      // ("nữ chiếm 46,8%, người dân tộc thiểu số chiếm 12,4%, đảng viên chiếm 88,6%", "hài lòng … chiếm 86,4%, sẵn
      // sàng quay lại chiếm 72,5%": groups named by attributes, or answers to separate questions, each labelled
      // right before its own verb, may overlap.)
      const labelOf = (p: Figure) => { const pre = ctx.lower.slice(Math.max(s.start, p.start - 70), p.qualifiers[0]?.start ?? p.start); return pre.slice(Math.max(pre.lastIndexOf(","), pre.lastIndexOf(";"), pre.lastIndexOf(":")) + 1); };
      if (chiem.length >= 2 && chiem.filter((p) => CUTS_ACROSS_ATTR.test(labelOf(p)) || OVERLAP_ATTR.test(labelOf(p))).length >= 2) continue;
      if (chiem.length >= 2 && chiem.filter((p) => SURVEY_ITEM.test(labelOf(p))).length >= 2) continue;
      if (chiem.length >= 2) group = chiem;
      else {
        const k = STRUCTURE.exec(text);
        if (!k) continue;
        // ("| Chỉ tiêu | Mục tiêu | Thực hiện | Đánh giá |" laid out with spaces: a scorecard's rates, each
        // against its target, are no parts of one whole.)
        if (/(?<![\p{L}])(?:mục[ \t]+tiêu|kế[ \t]+hoạch|chưa[ \t]+đạt|đánh[ \t]+giá|target|status|not[ \t]+met|missed)(?![\p{L}])/u.test(text.slice(k.index))) continue;
        // ("Cơ cấu lao động: nông nghiệp 38,2%, công nghiệp 30,5%, dịch vụ 31,3%; tỷ lệ lao động qua đào tạo
        // 68,5%": past a semicolon, a rate named as such is no part of the structure.)
        const after0 = pcts.filter((p) => p.start > s.start + k.index);
        const rateAt = after0.findIndex((p, i) => i > 0 && /;[ \t]*(?:tỷ[ \t]+lệ|tỉ[ \t]+lệ|the[ \t]+rate|rate|the[ \t]+proportion|proportion)(?![\p{L}])[^;%\d]*$/u.test(ctx.lower.slice(after0[i - 1].end, p.start)));
        const after = rateAt > 0 ? after0.slice(0, rateAt) : after0;
        // Each share named by a short noun phrase, no change words: "nông nghiệp 20%, công nghiệp 45%".
        const clean = after.filter((p) => {
          const pre = ctx.lower.slice(Math.max(s.start, p.start - 30), p.start);
          const name = pre.slice(Math.max(pre.lastIndexOf(","), pre.lastIndexOf(";"), pre.lastIndexOf(":"), pre.lastIndexOf("và")) + 1);
          // ("(6/8 trung tâm, đạt 75,0%) và … (46,8/60 ha, đạt 78,0%)": rates of completion are no shares.)
          return !/(?:tăng|giảm|từ|lên|xuống|so với|rose|fell|from|to|increase|decrease)/u.test(name) && !/(?<![\p{L}])(?:đạt|bằng|vượt|hoàn thành|reached|achieved|achieving)[ \t]*$/u.test(pre);
        });
        // ("chiếm tỷ trọng lớn nhất với 73,4% số vụ và 62,0% số tiền phạt": each share of its own base.)
        const named = clean.map((p) => /^[ \t]*(?:(?:của[ \t]+)?(?:tổng[ \t]+)?số|of(?:[ \t]+the|[ \t]+all)?|tổng)[ \t]+([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?)/u.exec(ctx.lower.slice(p.end, p.end + 45))?.[1].replace(/[ \t]+(?:và|and)$/u, "") ?? "");
        if (new Set(named.filter((b) => b)).size > 1) continue;
        if (clean.length >= 2 && clean.length === after.length) group = clean;
      }
      // Each percent restating its own fraction ("51/68 … (chiếm 75,0%) và 173/214 … (chiếm
      // 80,8%)") is a share of a different whole.
      const dens = new Set(findFractionPercents(ctx).filter((x) => group.includes(x.percent)).map((x) => x.den.exact));
      if (dens.size >= 2) continue;
      if (group.length >= 2) out.push({ shares: group });
    }
    listShares(ctx, out);
    for (const g of findElidedShares(ctx)) if (!out.some((o) => o.shares.some((f) => g.includes(f)))) out.push({ shares: g });
    // "  Total      71.6    100.0%": a total line's share is the whole itself, not a part of it.
    const onTotalLine = (f: Figure) => {
      const lineStart = ctx.text.lastIndexOf("\n", f.start - 1) + 1;
      // (A paragraph that opens on "Tổng chi …" is no total line: the share is sentences further on.)
      const line = ctx.lower.slice(lineStart, f.start);
      return line.length <= 80 && !/[.;:!?][ \t]+\p{L}/u.test(line) && /^[ \t|*•-]*(?:total|tổng(?:[ \t]+cộng|[ \t]+số)?|cộng|grand total|all|cả[ \t]+năm|toàn[ \t]+năm|full[ \t]+year|whole[ \t]+year|year[ \t]+total)(?![\p{L}])/u.test(line);
    };
    return out.filter((x) => !x.shares.some(onTotalLine));
  });
}

/** A lead that says its list splits one whole: "The causes of absence … break down as follows:",
 * "Cơ cấu nguồn vốn như sau:". */
const COMPOSITION = /(?<![\p{L}])(?:break(?:s)? down|broken down|breakdown|split|composition|made up|make-?up|cơ cấu|tỷ trọng|tỉ trọng|phân theo|chia theo|phân bổ theo)(?![\p{L}])[^\n]{0,80}:[ \t]*$/u;
const ITEM = /^[ \t]*(?:[-*+•–]|\d{1,2}[.)]|[a-zđ]\))[ \t]+/u;

/** "The causes of absence in December break down as follows:" over items "- anxiety, stress and
 * depression: 28.6%", …: each item's one figure is its share of that whole. */
function listShares(ctx: UnitContext, out: SharesOfWhole[]): void {
  if (!/break|split|composition|made up|make-?up|cơ cấu|tỷ trọng|tỉ trọng|phân theo|chia theo|phân bổ/u.test(ctx.lower)) return;
  const lines = ctx.text.split("\n");
  let at = 0;
  let group: Figure[] | undefined;
  const flush = () => {
    if (group && group.length >= 3) out.push({ shares: group });
    group = undefined;
  };
  for (const line of lines) {
    const start = at;
    at += line.length + 1;
    const item = ITEM.exec(line);
    if (!item) {
      // (A blank line may part the lead from its list.)
      if (!line.trim() && group && !group.length) continue;
      flush();
      if (COMPOSITION.test(ctx.lower.slice(start, start + line.length))) group = [];
      continue;
    }
    if (!group) continue;
    const figs: Figure[] = [];
    for (let k = figureIndex(ctx, figureAt(ctx, start) ?? ctx.figures[0]); k >= 0 && k < ctx.figures.length && ctx.figures[k].start < start + line.length && figs.length < 2; k++) if (ctx.figures[k].start >= start) figs.push(ctx.figures[k]);
    const p = figs[0];
    // One share an item, after its label: "- musculoskeletal problems: 22.4%".
    if (figs.length !== 1 || p.kind !== "percent" || p.unit !== "%" || p.qualifiers.length || !/\p{L}[^\d%]*[:–-]?[ \t]*$/u.test(ctx.lower.slice(start + item[0].length, p.start))) {
      group = undefined;
      continue;
    }
    group.push(p);
  }
  flush();
}
