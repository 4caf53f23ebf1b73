// Shares of plan ("đạt 98% kế hoạch", "(đạt 106%)", "vượt 4% dự toán", "57.6% above the estimate"),
// values against a stated target ("ước đạt 7,92% (mục tiêu là 9-10%/năm)"), and the status words
// that judge them, including those that head a list and so apply to every item of it.
import type { Figure, Span } from "../types.ts";
import { D, halfUlp } from "../math/interval.ts";
import { UnitContext, clauseEnd, clauseStart, commaSegment, inBrackets, isCount, isPercent, type Sentence } from "./context.ts";
import { findFractionPercents } from "./shares.ts";
import { clauseVerdict, findStatuses, HEDGE, PURPOSE, type Status, type StatusHit } from "./status.ts";
import { findChanges, findReverseChanges } from "./change.ts";
import { findTotalParts } from "./parts.ts";
import { abbreviates, sameNoun } from "../figures/nouns.ts";
import { findMilestones } from "./milestone.ts";
import { restatesCountShare } from "./count-share.ts";

export type ShareReading = "share" | "excess" | "shortfall";

export interface PlanShare {
  figure: Figure;
  reading: ShareReading;
  /** "(đạt 106%)": a share only where a status word gives it meaning. */
  weak: boolean;
  /** "thu nội địa (105,1%)": a bare bracket after an item, a share only under a list header that
   * names the plan ("các khoản thu đạt và vượt dự toán gồm: …"). */
  bare?: boolean;
}

export interface ValueTarget {
  value: Figure;
  target: Figure;
  lowerIsBetter: boolean;
  /** The target stated first, then the result: "mục tiêu … có ít nhất 100 xã; kết quả 104 xã". */
  reversed?: boolean;
  /** The target in the next sentence, which names the value "this": its verdict is in that sentence. */
  anaphor?: boolean;
  /** "21 minutes 05 seconds": the seconds of a value in minutes. */
  seconds?: Figure;
  /** "…; vượt kế hoạch (57 triệu đồng)": where the verdict on the bracketed plan stands. */
  verdict?: Span;
}

/** Units of time a count may be in. */
function timeUnit(noun: string | undefined): "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | undefined {
  // ("1.8 working days", "10 business days": a kind of day is a day.)
  const w = noun?.replace(/^(?:working|business|calendar|clear|school|trading)[ \t]+/u, "").split(/[ \t]+/)[0];
  if (!w) return undefined;
  if (/^(?:seconds?|secs?|giây)$/u.test(w)) return "second";
  if (/^(?:minutes?|mins?|phút)$/u.test(w)) return "minute";
  if (/^(?:hours?|hrs?|giờ)$/u.test(w)) return "hour";
  if (/^(?:days?|ngày)$/u.test(w)) return "day";
  if (/^(?:weeks?|tuần)$/u.test(w)) return "week";
  if (/^(?:months?|tháng)$/u.test(w)) return "month";
  if (/^(?:years?|năm)$/u.test(w)) return "year";
  return undefined;
}

/** "20 days or fewer", "từ 95% trở lên": a bound written after the target (1: a ceiling, 2: a floor). */
const POST_BOUND = /^[ \t]*(?:\p{L}+[ \t]+)?(?:(or (?:less|fewer|lower|below|under)|trở xuống|hoặc thấp hơn|at most)|(or (?:more|above|higher|over|greater)|trở lên|hoặc cao hơn|at least))(?![\p{L}])/u;

/** "6.3% … were handed over more than 30 minutes after arrival", "8.9% … had waited 6 weeks or more",
 * "7.6% of invoices were paid more than 30 days after receipt": a share of cases past a time limit is
 * better low (not "tenancies sustained for more than 12 months": the time must run late or be waited). */
const TIME_NUM = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|fifty-two)";
const TIME_UNIT = "(?:(?:working|calendar|business|clear)[ \\t]+)?(?:minutes?|hours?|days?|weeks?|months?|phút|giờ|ngày|tuần|tháng)";
const TIME_OVER = "(?:(?:more|longer)[ \\t]+than|over|beyond|in[ \\t]+excess[ \\t]+of|quá|trên|hơn)";
const PAST_TIME = new RegExp(
  `(?<![\\p{L}])${TIME_OVER}[ \\t]+${TIME_NUM}[ \\t]+${TIME_UNIT}[ \\t]+(?:after|from|since|late|sau|kể[ \\t]+từ)(?![\\p{L}])|(?<![\\p{L}])(?:wait(?:ed|ing)?|delayed|took|taken|outstanding|overdue|unresolved|chờ|đợi)[ \\t]+(?:for[ \\t]+)?(?:${TIME_OVER}[ \\t]+${TIME_NUM}[ \\t]+${TIME_UNIT}(?![\\p{L}])|${TIME_NUM}[ \\t]+${TIME_UNIT}[ \\t]+(?:or[ \\t]+(?:more|longer|over)|trở[ \\t]+lên)(?![\\p{L}]))`,
  "u",
);

/** Durations where less is better: response, attendance, waiting and processing times. */
const TIME_LOWER = /(?:(?<![\p{L}])within(?:[ \t]+an?[ \t]+(?:average|mean|median)[ \t]+of)?[ \t]*$|(?<![\p{L}])trong[ \t]+vòng(?:[ \t]+(?:bình[ \t]+quân|trung[ \t]+bình))?[ \t]*$|(?:response|attendance|answer|answering|waiting|wait|processing|turnaround|handling|journey|travel|arrival)[ \t]+times?|(?:mean|average|median)[ \t]+time|time[ \t]+(?:from|taken|between)|time[ \t]+to[ \t]+(?:answer|attend|respond|process|resolve)|thời[ \t]+gian[ \t]+(?:bình[ \t]+quân|trung[ \t]+bình)|thời[ \t]+gian[ \t]+(?:chờ|xử lý|phản hồi|giải quyết|tiếp cận|có mặt))/u;

export interface Verdict extends StatusHit {
  /** Where the status word stands: in the figure's clause or in a list header. */
  scope: "clause" | "header";
}

const PLAN_WORDS = "kế hoạch(?: năm)?|kh|mục tiêu|chỉ tiêu|dự toán|nghị quyết|nq|kế hoạch đề ra|mục tiêu đề ra";
const EN_PLAN = "(?:the |its |their )?(?:annual |full-year |yearly |set |original )?(?:plan|target|goal|estimate|budget|projection|forecast)s?";
const SHARE_PRE = /(?:đạt|bằng|hoàn thành|thực hiện|được|chỉ đạt|mới đạt|achieved|achieving|reached|reaching|at|equal(?:ling)? to|equivalent to|representing|or)[ \t]*$/u;
const PLAN_POST = new RegExp(`^[ \\t]*(?:so[ \\t]+với[ \\t]+)?(?:${PLAN_WORDS})(?![\\p{L}])|^[ \\t]+of[ \\t]+${EN_PLAN}(?![\\p{L}])|^[ \\t]+of[ \\t]+the[ \\t]+(?:[\\p{L}'’-]+[ \\t]+){1,3}?(?:plan|target|goal|estimate|budget)s?(?![\\p{L}])`, "u");
const EXCESS_PRE = new RegExp(`(?:vượt|vượt[ \\t]+(?:${PLAN_WORDS})|tăng|exceeding[ \\t]+${EN_PLAN}[ \\t]+by|exceeded[ \\t]+${EN_PLAN}[ \\t]+by|above[ \\t]+${EN_PLAN}[ \\t]+by)[ \\t]*$`, "u");
const EXCESS_POST_VI = new RegExp(`^[ \\t]*(?:so[ \\t]+với[ \\t]+)(?:${PLAN_WORDS})(?![\\p{L}])`, "u");
const SHORT_PRE = new RegExp(`(?:giảm|thấp hơn|hụt|thiếu|below[ \\t]+${EN_PLAN}[ \\t]+by)[ \\t]*$`, "u");
const EN_ABOVE_POST = new RegExp(`^[ \\t]+(?:above|over|more[ \\t]+than|higher[ \\t]+than|ahead[ \\t]+of)[ \\t]+${EN_PLAN}(?![\\p{L}])`, "u");
/** "up 57.6% on the estimate": growth against a plan, so a share of it. */
const EN_UP_ON = new RegExp(`(?:^|[^\\p{L}])up[ \\t]*$`, "u");
const EN_ON_PLAN = new RegExp(`^[ \\t]+(?:on|against|over|from)[ \\t]+${EN_PLAN}(?![\\p{L}])`, "u");
const EN_BELOW_POST = new RegExp(`^[ \\t]+(?:below|under|less[ \\t]+than|lower[ \\t]+than|short[ \\t]+of)[ \\t]+${EN_PLAN}(?![\\p{L}])`, "u");
/** An item that is itself a rate states its value in brackets, not a share of plan. */
const RATE_ITEM = /(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tốc độ|tăng trưởng|chỉ số|mật độ|độ che phủ|che phủ|bình quân|rate|share|ratio|growth|index|coverage|proportion|percentage)/u;
const WEAK_PRE = /\([ \t]*(?:đạt|bằng|=|reaching|achieving|achieved|at|equal to)[ \t]*$/u;
const WEAK_POST = /^[ \t]*(?:\)|so với|kế hoạch|kh\b|mục tiêu|nq\b)/u;

/** The label words a target starts with; TARGET_PRE can only match text that holds one of them. */
const TARGET_WORDS = ["mục tiêu", "kế hoạch", "chỉ tiêu", "kh", "nq", "nghị quyết", "yêu cầu", "target", "plan", "goal", "standard", "threshold", "ambition", "benchmark", "commitment", "pledge"];
const TARGET_PRE = new RegExp(
  `(?<!(?:within|inside|outside|on|off)[ \\t]+)(?:${TARGET_WORDS.join("|")})(?:[ \\t]+(?:đề ra|đặt ra|được giao|giao|năm|của[ \\t]+\\p{L}+|nghị quyết|đại hội|đề án|chương trình|dự án|quốc gia|tỉnh|huyện|thành phố|hđnd|ubnd|giai đoạn|giảm xuống còn|giảm còn|giảm xuống|xuống còn|tăng lên|tăng|giảm|set|was|is|of|return|rate|for[ \\t]+the[ \\t]+year|for[ \\t]+\\d{4}|annual|giải[ \\t]+ngân|\\d{1,2}[ \\t]+tháng(?:[ \\t]+(?:đầu[ \\t]+)?năm)?|số[ \\t]+\\d{1,4}[\\p{L}\\d\\/.-]*))*[ \\t]*(?:là|:|of|at|was|is|=|đến[ \\t]+năm[ \\t]+\\d{4}[ \\t]+là)?[ \\t]*\\(?[ \\t]*(?:là[ \\t]+|:[ \\t]*)?(?:(?<=\\([ \\t]*)(?:giảm|tăng)(?:[ \\t]+bình[ \\t]+quân)?[ \\t]+)?(?:từ[ \\t]+|khoảng[ \\t]+|of[ \\t]+)?$|(?<![\\p{L}])against[ \\t]+(?:an?|the|its|our)[ \\t]+(?:planned|targeted|projected)[ \\t]*$|(?<![\\p{L}])(?:đạt|chưa[ \\t]+đạt|không[ \\t]+đạt)[ \\t]+yêu[ \\t]+cầu(?:[ \\t]+(?!là(?![\\p{L}]))[\\p{L}\\p{M}]+){0,4}?[ \\t]*$`,
  "u",
);
/** A target set by a body named between the label and "đề ra/giao", in brackets after it. */
const TARGET_SET_BY = /(?<![\p{L}])(?:(?:chỉ tiêu|mục tiêu|kế hoạch)(?:[ \t]+[\p{L}]+){0,8}?[ \t]+(?:đề ra|đặt ra|giao|được giao)|(?:target|goal)[ \t]+(?:set|agreed|adopted)[ \t]+(?:by|in)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,5}?[\p{L}'’-]+)[ \t]*\([ \t]*(?:(?:giảm|tăng)(?:[ \t]+bình[ \t]+quân)?[ \t]+|(?:từ|đạt[ \t]+từ|không[ \t]+dưới)[ \t]+)?$/u;
/** The words that make a value a change: "giảm 14 hộ", "a decrease of 8.5%". */
const CHANGE_LEAD = /(?:tăng|giảm|rose|fell|increased|decreased|up|down|(?:decrease|increase|reduction|fall|rise|drop|cut)[ \t]+of)[ \t]*$/u;
const FULL_YEAR = /(?:full[- ]year|annual|whole[- ]year|year-end|cả năm|năm[ \t]+20\d\d)/u;
const PART_YEAR = /(?:first[ \t]+(?:\w+[ \t]+)?(?:months?|quarters?|half)|year[ \t-]+to[ \t-]+date|so far|to date|\d+[ \t]+tháng|(?:chín|sáu|ba)[ \t]+tháng|lũy kế|luỹ kế|tính đến|quý[ \t]+(?:i|ii|iii|1|2|3)\b)/u;
/** Whether s holds a target label word: a cheap test that comes before TARGET_PRE's. */
function mayHoldTargetWord(s: string): boolean {
  for (const w of TARGET_WORDS) if (s.includes(w)) return true;
  return false;
}
export const LOWER_BETTER = /(?:lower is better|length of stay|rent lost|lost through|void loss|loss of rent|rent loss|processed[ \t]+in[ \t]+an[ \t]+average|processing[ \t]+times?|time[ \t]+taken|days[ \t]+taken|average[ \t]+(?:time|wait)|consumption|tiêu hao|tiêu thụ nước|tiêu thụ điện|the lower the better|thấp hơn là tốt|càng thấp càng tốt|hộ nghèo|nghèo|thất nghiệp|sự cố|incidents?|pollution|tử vong|suy dinh dưỡng|tai nạn|ô nhiễm|nợ xấu|tỷ lệ nợ|tỉ lệ nợ|nợ đọng|chậm đóng|lạm phát|bội chi|nợ công|thất thoát|khiếu nại|tồn đọng|ngập|phát thải|tội phạm|poverty|unemployment|mortality|malnutrition|accidents?|inflation|bad debt|deficit|stunting|drop-?outs?|withdrawals?|attrition|cancell?ations?|no-shows?|did[ -]not[ -]attend|bỏ học|sinh con thứ 3|chi phí|leakage|complaints?|waiting|wait|interruptions?|flooding|emissions?|sickness|absence|deaths?|crime|arrears|backlog|delays?|missed (?:bins?|collections?)|vacan(?:cy|cies)|turnover|residual waste|landfill|wastage|wasted|hao hụt|lãng phí|tổn thất|turnaround|speed of answer|thời gian chờ|casualties|killed or seriously injured|falls|with harm|medication errors|injur(?:y|ies)|infections?|c\. ?diff(?:icile)?|mrsa|mssa|e\. ?coli|klebsiella|pseudomonas|readmissions?|never events|(?:primary[ \t]+|secondary[ \t]+|dwelling[ \t]+)?fires|người chết|bị thương|thương vong|vụ cháy|cháy nổ|temporary accommodation|homeless\p{L}*|pressure ulcers?|neet|errors?(?! margin)|re-referrals?|days to re-?let|time to re-?let|fraud|overpayments?|underpayments?|exclusions?|gian lận|sai sót|minutes lost|customer minutes|outages?|power cuts?|mất điện)/u;
/** "tỷ lệ giải quyết tin báo, tố giác tội phạm", "crime prevention", "bảo hiểm thất nghiệp": the bad
 * thing is what the figure handles or covers, and more of that is better. */
const HANDLES = /(?<![\p{L}])(?:regist\p{L}*|giảm|positive[ \t]+outcomes?|outcome[ \t]+rate|validat\p{L}*|collect\p{L}*|giải quyết|xử lý|phát hiện|điều tra|khám phá|truy bắt|thu hồi|bắt giữ|làm rõ|phòng chống|phòng ngừa|đấu tranh|bảo hiểm|trợ cấp|thoát|hỗ trợ|cho vay|vay|cho|tiết kiệm|can thiệp|kết luận|khắc phục|averted|recovered|filled|diversion|diverted|avoided|saved|savings|reduction in|cut in|resolv\p{L}*|attended|arriv\p{L}*|respond\p{L}*|answered|clear(?:ed|ance|ing)?|detect\p{L}*|solv\p{L}*|prevent\p{L}*|insurance)(?:[ \t,]+[\p{L}\p{M}\d.\/-]+){0,12}[ \t,]*$/u;

/** Whether the words say that a lower figure is the better one. */
/** After the bad thing, what was done to it: "đơn khiếu nại … đã được giải quyết", "deaths averted",
 * "crime detection", "patients waiting under six weeks". */
const HANDLED_AFTER = /^(?:[^\d;:.]|\d[\d,]*(?:\.\d+)?){0,70}?(?<![\p{L}])(?:validat\p{L}*|collected|collection|(?:đã[ \t]+)?được[ \t]+(?:giải quyết|xử lý|hỗ trợ|khắc phục|can thiệp|thu hồi|điều tra|vay)|giải quyết|xử lý|thoát|vay|averted|recovered|managed[ \t]+(?:without|by|through|in|at|locally)|handled[ \t]+(?:without|by|through|locally)|dealt[ \t]+with|filled|diversion|diverted|detection|detected|resolved|cleared|prevented|preventions?|reliefs?|avoided|solved|charged|(?:with[ \t]+)?(?:an?[ \t]+)?(?:positive|successful)[ \t]+outcomes?|(?:under|within|less than|fewer than|inside)[ \t]+(?:\d+|one|two|three|four|five|six|eight|ten|twelve|eighteen)[ \t]+(?:(?:working|calendar|business|clear)[ \t]+)?(?:weeks?|days?|hours?|minutes?|months?))(?![\p{L}])/u;

/** ("Investigations per 100 incidents": what a rate is counted per says nothing of which way is better;
 * "Per capita consumption" keeps its measure.) The text with each "per <base>" blanked, same length. */
export function withoutPerBase(text: string): string {
  return text.replace(/(?<=[\p{L}][ \t]+)(?:per|mỗi|trên)[ \t]+(?:\d[\d.,]*[ \t]+)?(?!capita(?![\p{L}]))[\p{L}-]+/gu, (x) => " ".repeat(x.length));
}

/** ("1,051 (87.3%) died in their preferred place", "deaths in the usual place of residence": where people
 * die as they chose is an outcome of care, better high.) */
const CHOSEN_PLACE = /(?:preferred|usual|chosen)[ \t]+place|place[ \t]+of[ \t]+(?:their[ \t]+)?choice|nơi[ \t]+(?:mong[ \t]+muốn|lựa[ \t]+chọn)/u;

/** A measure of the good side of a bad thing: "6-week wait" (the share seen within it), "arrears with a
 * payment arrangement", "fires with a working smoke alarm", "pollution incidents self-reported", "nợ
 * đọng … được xử lý", "suy dinh dưỡng được theo dõi, can thiệp", "xã không xảy ra tai nạn", "cost
 * improvement programme". More of it is better. */
const GOOD_SIDE = /\d+[- ](?:weeks?|days?|hours?|minutes?|months?)[ \t-]+(?:wait|waits|waiting)(?![\p{L}])|(?<![\p{L}])(?:with[ \t]+(?:an?|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:arrangements?|alarms?|plans?|agreements?|detectors?)|self-reported|self-referred|được[ \t]+(?:xử[ \t]+lý|giải[ \t]+quyết|theo[ \t]+dõi|can[ \t]+thiệp|điều[ \t]+trị|quản[ \t]+lý|khắc[ \t]+phục|thu[ \t]+hồi)|(?:không|chưa)(?:[ \t]+để)?[ \t]+(?:xảy[ \t]+ra|có|phát[ \t]+sinh)|free[ \t]+(?:of|from)|without[ \t]+(?:an?[ \t]+|any[ \t]+)?|cost[ \t]+(?:improvement|savings?|reductions?)|efficiency[ \t]+savings?)(?![\p{L}])/u;
export function goodSide(text: string): boolean {
  return GOOD_SIDE.test(text);
}

export function lowerBetter(text: string, after = ""): boolean {
  text = withoutPerBase(text);
  if (goodSide(text)) return false;
  const m = LOWER_BETTER.exec(text);
  if (m && /^(?:deaths?|tử vong|người chết)$/u.test(m[0]) && CHOSEN_PLACE.test(text + after)) return false;
  // ("1,523 stage 1 complaints (82.5%) were answered within 10 working days": what was done to them may
  // follow the value.)
  if (m && after) text += after;
  // ("Re-referrals within 12 months", "readmissions within 30 days": the period is the measure's own.)
  return !!m && !HANDLES.test(text.slice(Math.max(0, m.index - 80), m.index)) && (/^(?:re-referrals?|readmissions?)$/u.test(m[0]) || !HANDLED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80).replace(/\([^()]*\)/gu, "")));
}

function lowerBefore(ctx: UnitContext, f: Figure, from: number): string {
  const q = f.qualifiers[0]?.start ?? f.start;
  return ctx.lower.slice(Math.max(from, q - 60), q);
}

function lowerAfter(ctx: UnitContext, f: Figure, to: number): string {
  return ctx.lower.slice(f.end, Math.min(to, f.end + 60));
}

/** ", vượt kế hoạch", ", chưa đạt chỉ tiêu", ", exceeding the plan": a verdict naming the plan (and
 * no figure of its own) right after a percent. */
const STATUS_PLAN_POST = /^[ \t]*(?:,|(?:,[ \t]*)?(?:và|and))[ \t]*(?:(?:không|chưa)[ \t]+(?:đạt|hoàn thành)|vượt|đạt|hoàn thành(?:[ \t]+vượt)?|exceeding|surpassing|beating|meeting|missing|short of|below|ahead of|behind)[ \t]+(?:mức[ \t]+)?(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu|(?:the|its|our|their)[ \t]+(?:annual[ \t]+|full-year[ \t]+)?(?:plan|target|budget))(?![\p{L}])(?![ \t]*(?:of|là|\d|\())/u;
/** "kế hoạch năm là 135 tỷ đồng", "có kế hoạch 2.400 lượt", "the plan was 2,400 sessions". */
const VERDICT_PLAN_SHARE = /(?<![\p{L}])(?:đạt và vượt|đạt|vượt|hoàn thành(?:[ \t]+vượt)?|chưa đạt|không đạt|chưa hoàn thành)[ \t]+(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu|dự[ \t]+toán)(?:[ \t]+(?:năm|đề[ \t]+ra|giao|được[ \t]+giao))?[ \t]*\([ \t]*$/u;
const PLAN_AMOUNT_PRE = /(?<![\p{L}])(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán|plan|target|budget)(?:[ \t]+(?:năm|giao|được giao|đề ra|năm[ \t]+\d{4}|for the year))?[ \t]*(?:là|đạt|:|of|was|is|set at)?[ \t]*$/u;

const PLAN_OPENER = /^[\s*•+-]*so[ \t]+với[ \t]+(?:kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+toán)(?:[ \t]+(?:năm|giao|được[ \t]+giao|đề[ \t]+ra|năm[ \t]+20\d\d))?[ \t]*,/u;

/** The plan's amount (not a percent, so the percent cannot be a rate judged against a target rate) in
 * the sentence before the percent, with no other percent and no rate word between. */
function planAmountBefore(ctx: UnitContext, s: Sentence, f: Figure, cs: number): boolean {
  const i = s.figs.indexOf(f);
  const plan = s.figs.slice(0, i).filter((g) => g.kind === "number" && g.unit !== "%" && PLAN_AMOUNT_PRE.test(lowerBefore(ctx, g, s.start)));
  // ("So với kế hoạch năm, thu ngân sách đạt 93,7%, hoàn thành vượt kế hoạch": the sentence opens on
  // the plan the percent is of, with no amount.)
  if (!plan.length && i === 0 && PLAN_OPENER.test(ctx.lower.slice(s.start, Math.min(s.end, s.start + 80)))) return true;
  if (plan.length !== 1) return false;
  if (s.figs.slice(s.figs.indexOf(plan[0]) + 1, i).some((g) => g.kind !== "number" || g.unit === "%" || g.unit !== plan[0].unit)) return false;
  return !/(?<![\p{L}])(?:tỷ lệ|tỉ lệ|rate|percentage|proportion|share)(?![\p{L}])/u.test(ctx.lower.slice(Math.min(cs, plan[0].start), f.start));
}

export function findPlanShares(ctx: UnitContext): PlanShare[] {
  // (Read by the status checks and by plan gaps: once per unit.)
  return ctx.memo("plan-shares", () => readPlanShares(ctx));
}

function readPlanShares(ctx: UnitContext): PlanShare[] {
  const out: PlanShare[] = [];
  // "20/22 chỉ tiêu đạt và vượt kế hoạch (đạt 90,9%)": the bracket restates the fraction.
  let ofFraction: Set<Figure> | undefined;
  const restatesFraction = (f: Figure) => (ofFraction ??= new Set(findFractionPercents(ctx).filter((x) => x.fraction).map((x) => x.percent))).has(f);
  for (const s of ctx.sentences) {
    for (const f of s.figs) {
      if (f.kind !== "percent" || f.unit !== "%") continue;
      // ("Amber where performance is within 15% of the target": a tolerance band of a rating key.)
      if (/(?<![\p{L}])(?:within|inside|outside|beyond|up[ \t]+to|trong[ \t]+phạm[ \t]+vi)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (f.qualifiers[0]?.start ?? f.start) - 20), f.qualifiers[0]?.start ?? f.start))) continue;
      const cs = clauseStart(ctx, s, f.start);
      const pre = lowerBefore(ctx, f, cs);
      const post = lowerAfter(ctx, f, s.end);
      if (EXCESS_PRE.test(pre) && (/vượt[ \t]+\S+/.test(pre.slice(-20)) || EXCESS_POST_VI.test(post) || /(?:exceed|above)/.test(pre) || /vượt[ \t]*$/.test(pre) && PLAN_POST.test(post))) {
        // "tăng 5%" alone is growth, not a share of plan: it needs "so với kế hoạch/dự toán".
        if (/tăng[ \t]*$/.test(pre) && !EXCESS_POST_VI.test(post)) continue;
        out.push({ figure: f, reading: "excess", weak: false });
      } else if (SHORT_PRE.test(pre) && (EXCESS_POST_VI.test(post) || /below/.test(pre))) {
        out.push({ figure: f, reading: "shortfall", weak: false });
      } else if (EN_ON_PLAN.test(post) && EN_UP_ON.test(pre)) {
        out.push({ figure: f, reading: "excess", weak: false });
      } else if (EN_ABOVE_POST.test(post)) {
        out.push({ figure: f, reading: "excess", weak: false });
      } else if (EN_BELOW_POST.test(post)) {
        out.push({ figure: f, reading: "shortfall", weak: false });
      } else if (PLAN_POST.test(post) && SHARE_PRE.test(pre)) {
        out.push({ figure: f, reading: "share", weak: false });
      } else if (/^[ \t]+of[ \t]+(?:the[ \t]+)?(?:annual[ \t]+|full-year[ \t]+)?(?:plan|target|goal|estimate|budget)/u.test(post) || (/(?:^|[^\p{L}])(?:this|that|it)[ \t]+(?:is|was|represents|represented)[ \t]*$/u.test(pre) && /^[ \t]+of[ \t]+(?:the|its|our|their)[ \t]+(?:[\p{L}-]+[ \t]+){1,2}?(?:plan|target|goal)[ \t]+of[ \t]+\d/u.test(post))) {
        out.push({ figure: f, reading: "share", weak: false });
      } else if (WEAK_PRE.test(pre) && WEAK_POST.test(post) && !restatesFraction(f) && !(/^[ \t]*\)/u.test(post) && restatesCountShare(ctx, s, f))) {
        out.push({ figure: f, reading: "share", weak: true });
      } else if (SHARE_PRE.test(pre) && STATUS_PLAN_POST.test(post) && planAmountBefore(ctx, s, f, cs)) {
        // "có kế hoạch 2.400 lượt, thực tế tổ chức được 2.215 lượt, đạt 92,3%, vượt kế hoạch": the
        // verdict names the plan, whose amount the sentence states before the percent.
        out.push({ figure: f, reading: "share", weak: false });
      } else if (/^[ \t]*\)/.test(post) && VERDICT_PLAN_SHARE.test(pre) && !restatesFraction(f) && !s.figs.some((g) => g !== f && g.end <= f.start && (g.unit === "%" || g.unit === "pp")) && !RATE_ITEM.test(ctx.lower.slice(s.start, f.start)) && !/(?<![\p{L}])(?:mức|con[ \t]+số|kết[ \t]+quả)(?:[ \t]+(?:này|đó))?(?![\p{L}])/u.test(ctx.lower.slice(s.start, f.start)) && new D(f.value!.exact).gte(50) && !s.figs.some((g) => g !== f && g.start >= cs && g.end <= f.start)) {
        // (Not a rate's target, "tỷ lệ … đạt 72,4%, đạt và vượt kế hoạch (72,0%)", nor a count's share, "có 10
        // chỉ tiêu đạt và vượt kế hoạch (83,3%)".)
        // "tổng đàn bò đạt và vượt kế hoạch (98,2%)": the verdict names the plan, the bracket its share.
        out.push({ figure: f, reading: "share", weak: false });
      } else if (/^[ \t]*\)/.test(post) && /[\p{L}][ \t]*\([ \t]*$/u.test(pre) && !restatesFraction(f) && !RATE_ITEM.test(pre.slice(Math.max(pre.lastIndexOf(","), pre.lastIndexOf(":"), pre.lastIndexOf(";"), pre.lastIndexOf(" và ")) + 1))) {
        out.push({ figure: f, reading: "share", weak: true, bare: true });
      }
    }
  }
  return out;
}

/** A list header: a sentence part ending in ":" whose items follow, separated by ";" or lines. */
interface Header extends Span {
  statuses: StatusHit[];
  scopeEnd: number;
}

function findHeaders(ctx: UnitContext): Header[] {
  return ctx.memo("headers", () => readHeaders(ctx));
}

function readHeaders(ctx: UnitContext): Header[] {
  const out: Header[] = [];
  const re = /:[ \t]*(?:\r?\n|(?=\S))/g;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const colon = m.index;
    // The header text: back to the sentence start (or line start for Markdown headings/lines).
    const si = Math.max(0, ctx.sentenceIndexAt(colon));
    const s = ctx.sentences[si];
    // Bounded like clauseStart: a header is short, and many colons in one long sentence must not
    // each rescan it.
    const floor = Math.max(s.start, colon - 400);
    let hStart = colon;
    while (hStart > floor && ctx.text.charCodeAt(hStart - 1) !== 10) hStart--;
    let head = ctx.lower.slice(hStart, colon);
    if (/\d$/.test(head) && /^\d/.test(ctx.text.slice(colon + 1, colon + 2))) continue; // "09:23", "3:1"
    // "11/16 khoản thu đạt và vượt dự toán; 5 khoản thu không đạt dự toán, gồm:": the list belongs
    // to the last clause, when that clause gives its own verdict.
    const semi = head.lastIndexOf(";");
    if (semi >= 0 && findStatuses(head.slice(semi + 1)).length) {
      hStart += semi + 1;
      head = head.slice(semi + 1);
    }
    // "22/24 chỉ tiêu đạt và vượt (91,7%), 2 chỉ tiêu chưa đạt gồm:": so does a last comma clause.
    // ("…, có 17/20 chỉ tiêu đạt và vượt, 3 chỉ tiêu chưa đạt, gồm:": past the list word itself.)
    const comma = /,[ \t]+(?=[^,]*$)/u.exec(head.replace(/,?[ \t]*(?:gồm có|bao gồm|gồm|cụ thể|là|including|namely)[ \t]*$/u, ""));
    if (comma && findStatuses(head.slice(comma.index + 1)).length && findStatuses(head.slice(0, comma.index)).length) {
      hStart += comma.index + 1;
      head = head.slice(comma.index + 1);
    }
    const statuses = findStatuses(head, hStart);
    if (!statuses.length || HEDGE.test(head)) continue;
    // Scope: the rest of the sentence, and following list lines.
    let scopeEnd = s.end;
    for (let i = si + 1; i < ctx.sentences.length; i++) {
      const x = ctx.sentences[i];
      if (/^[ \t]*(?:[-*+•–]|\d{1,3}[.)]|[a-zđ][.)])[ \t]/u.test(ctx.text.slice(x.start, x.end).replace(/^\s*\n/, ""))) scopeEnd = x.end;
      else break;
    }
    // Markdown heading with a status, followed by list items.
    out.push({ start: hStart, end: colon, statuses, scopeEnd });
  }
  // "hai chỉ tiêu chưa đạt là diện tích lúa (đạt 98,6%) và tổng đàn trâu (đạt 96,2% kế hoạch)":
  // targets named with their verdict, then listed after "là/gồm" within the sentence.
  // ("3 khoản không đạt dự toán là …", "two measures missed the target, namely …": the plan may be named.)
  const inline = /(?<![\p{L}])(?:chỉ tiêu|mục tiêu|khoản(?:[ \t]+thu|[ \t]+chi)?|nhiệm vụ|targets?|indicators?|measures?|items?)[ \t]+((?:đã[ \t]+)?(?:không đạt|chưa đạt|đạt và vượt|đạt|vượt|hoàn thành|were missed|were not met|were met|missed|met))(?:[ \t]+(?:dự toán|kế hoạch|mục tiêu|chỉ tiêu|(?:the|their|its)[ \t]+(?:target|plan|budget)))?[ \t]*(?:,[ \t]*)?(?:là|gồm|gồm có|including|namely|were)(?![\p{L}])/gu;
  for (let m = inline.exec(ctx.lower); m; m = inline.exec(ctx.lower)) {
    const si = ctx.sentenceIndexAt(m.index);
    if (si < 0) continue;
    const head = ctx.lower.slice(m.index, m.index + m[0].length);
    const statuses = findStatuses(head, m.index);
    if (!statuses.length || HEDGE.test(head)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, statuses, scopeEnd: ctx.sentences[si].end });
  }
  // A Markdown heading line with a status word and list lines after it.
  const hre = /^[ \t]{0,3}#{1,6}[ \t]+([^\n]*)$/gmu;
  for (let m = hre.exec(ctx.lower); m; m = hre.exec(ctx.lower)) {
    const hStart = m.index;
    const statuses = findStatuses(m[0], hStart);
    if (!statuses.length || HEDGE.test(m[0])) continue;
    const after = ctx.sentences.filter((x) => x.start >= hStart + m[0].length);
    let scopeEnd = hStart + m[0].length;
    for (const x of after) {
      if (/^\s*(?:[-*+•–]|\d{1,3}[.)])[ \t]/u.test(ctx.text.slice(x.start, x.end))) scopeEnd = x.end;
      else break;
    }
    if (scopeEnd > hStart + m[0].length) out.push({ start: hStart, end: hStart + m[0].length, statuses, scopeEnd });
  }
  return out;
}

/** The item of a header's list that holds `at`: between ";" or list lines. */
function itemSpan(ctx: UnitContext, h: Header, at: number): Span {
  let a = at;
  while (a > h.end + 1 && ctx.text[a - 1] !== ";" && ctx.text[a - 1] !== "\n") a--;
  let b = at;
  while (b < h.scopeEnd && ctx.text[b] !== ";" && ctx.text[b] !== "\n") b++;
  return { start: a, end: b };
}

/** Words that may stand between a figure and a status word after it. */
// Connectives that carry the verdict over ("bằng 97,6% dự toán nên chưa đạt chỉ tiêu").
const FILLER = new RegExp(`(?:${PLAN_WORDS}|so với|đề ra|của|nghị quyết|đại hội|năm|the|of|on|plan|target|estimate|budget|and|but|yet|và|nhưng|thus|tức là|nên|do đó|vì vậy|vì thế|như vậy|đã|đều|hence|therefore|so|,|\\(|\\)|\\s)`, "gu");

/** The verdict is followed at once by a bracket that holds the figure, with no other verdict,
 * hedge or bracket inside before it. */
function statusBracket(ctx: UnitContext, h: StatusHit, f: Figure): boolean {
  const m = /^[ \t]*\(/u.exec(ctx.lower.slice(h.end, h.end + 4));
  if (!m) return false;
  const inside = ctx.lower.slice(h.end + m[0].length, f.start);
  if (inside.length > 60 || /[()\n;]/.test(inside) || HEDGE.test(inside)) return false;
  return findStatuses(inside).every((x) => /^(?:đạt|achieved|reaching|reached)$/u.test(inside.slice(x.start, x.end)));
}

const ITEM_OWN_VERDICT = /(?:[—–-]|:)[ \t]*(?:not[ \t]+met|not[ \t]+achieved|met|achieved|exceeded|missed|đạt và vượt|đạt|vượt|không đạt|chưa đạt)[ \t]*[.;]?[ \t*_]*$/u;

const PLAN_OF_AMOUNT = /^[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+|their[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}?(?:plan|target|budget|estimate|profile|goal)[ \t]+of[ \t]+/u;
/** After the plan's amount and its noun: ", so job creation remains ", ", meaning recruitment is ". */
const SUBJECT_VERDICT = /^(?:[ \t]+[\p{L}-]+){0,2}[ \t]*,[ \t]*(?:so|thus|therefore|hence|meaning|which[ \t]+means)[ \t]+(?:that[ \t]+)?(?:[\p{L}-]+[ \t]+){1,3}?(?:remains|remained|is|was|stays|stayed|stands|stood|are|were|has[ \t]+been|have[ \t]+been)[ \t]+(?:(?:still|now|well|slightly|just|therefore)[ \t]+)?$/u;
/** The verdict names the plan: "ahead of profile", "behind target", "on track". */
const PROFILE_AFTER = /^(?:ahead[ \t]+of|behind|below|above|short[ \t]+of)[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+)?(?:profile|target|plan|trajectory|schedule|budget|goal)(?![\p{L}])/u;

/** Status words that judge a figure: its own clause first, else the header of its list. */
/** "tỷ lệ mô hình không đạt hiệu quả 4,3%", "tỷ lệ mẫu nước thải sau xử lý không đạt quy chuẩn 8,0%",
 * "The proportion of renewals that failed to meet the expiry deadline was 6.4%": a status word inside the
 * name of the measure says what is counted, not whether the figure met its target. (Not "tỷ lệ hộ dùng
 * nước sạch chưa đạt kế hoạch": the plan itself is what is judged.) */
const NAME_HEAD_VI = /(?<![\p{L}])(?:tỷ[ \t]+lệ|tỉ[ \t]+lệ|tỷ[ \t]+trọng|số[ \t]+lượng|số)(?:[ \t]+[\p{L}\p{M}]+){1,10}[ \t]+$/u;
const NAME_TAIL_VI = /^[ \t]+(?!(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu|dự[ \t]+toán|nghị[ \t]+quyết|so[ \t]+với|được[ \t]+giao|đề[ \t]+ra)(?![\p{L}]))(?:[\p{L}\p{M}]+[ \t]+){1,6}(?:(?:là|chiếm|đạt)[ \t]+)?$/u;
const NAME_HEAD_EN = /(?<![\p{L}])(?:proportion|share|percentage|number|rate|count)[ \t]+of[ \t]+(?:[\p{L}'’-]+[ \t]+){1,6}?(?:that|which|who|whose)[ \t]+(?:(?:had|have|has)[ \t]+)?$/u;
const NAME_TAIL_EN = /^[ \t]+(?:[\p{L}'’-]+[ \t]+){1,6}?(?:was|were|is|are|stood[ \t]+at|remained|rose[ \t]+to|fell[ \t]+to|reached)[ \t]+$/u;
function inMeasureName(ctx: UnitContext, cs: number, h: StatusHit, f: Figure): boolean {
  const at = f.qualifiers[0]?.start ?? f.start;
  if (h.end > at) return false;
  const before = ctx.lower.slice(cs, h.start);
  const after = ctx.lower.slice(h.end, at);
  return (NAME_HEAD_VI.test(before) && NAME_TAIL_VI.test(after)) || (NAME_HEAD_EN.test(before) && NAME_TAIL_EN.test(after));
}

export function verdictsFor(ctx: UnitContext, s: Sentence, f: Figure, headers = findHeaders(ctx)): Verdict[] {
  const cs = clauseStart(ctx, s, f.start);
  const ce = clauseEnd(ctx, s, f.end);
  const seg = commaSegment(ctx, s, f.start);
  const clauseHits = findStatuses(ctx.lower.slice(cs, ce), cs).filter((h) => !(h.start <= f.start && h.end >= f.end));
  // ("đạt 80,0% kế hoạch, đã hoàn thành": a bare verdict closing the clause of a share of plan.)
  if (f.kind === "percent" && !clauseHits.some((h) => h.start >= f.end) && /^[ \t]*(?:kế[ \t]+hoạch|dự[ \t]+toán|mục[ \t]+tiêu|chỉ[ \t]+tiêu)(?![\p{L}])/u.test(ctx.lower.slice(f.end, f.end + 12))) {
    const cv = clauseVerdict(ctx.lower, f.end, ce);
    // (Only "hoàn thành" itself: "đạt yêu cầu" may name another standard, "cơ bản hoàn thành" allows a shortfall.)
    if (cv && /^hoàn thành$/u.test(ctx.lower.slice(cv.start, cv.end)) && !/cơ[ \t]+bản[ \t]*$/u.test(ctx.lower.slice(Math.max(f.end, cv.start - 10), cv.start)) && !/^[ \t]+(?:yêu[ \t]+cầu|nhiệm[ \t]+vụ)/u.test(ctx.lower.slice(cv.end, cv.end + 12)) && !s.figs.some((g) => g.start > f.end && g.start < cv.start && g.kind === "percent")) clauseHits.push(cv);
  }
  const otherFigs = s.figs.filter((g) => g !== f && g.start >= cs && g.end <= ce);
  const own: Verdict[] = [];
  for (const h of clauseHits) {
    if (HEDGE.test(ctx.lower.slice(Math.max(cs, h.start - 25), h.end)) || PURPOSE.test(ctx.lower.slice(Math.max(cs, h.start - 12), h.start))) continue;
    if (inMeasureName(ctx, cs, h, f)) continue;
    if (h.end <= f.start) {
      // Before the figure: same comma segment, or the previous one with no other figure between.
      // ("Năm 2022 và năm 2024 chưa đạt kế hoạch năm, riêng năm 2023 vượt kế hoạch 7,64%": a clause of
      // contrast sets the figure apart from the verdict before it.)
      const between = otherFigs.some((g) => g.start >= h.end && g.end <= f.start) || /[,;][ \t]*(?:riêng|còn|nhưng|song|trong[ \t]+khi|ngoại[ \t]+trừ|except|but|whereas|while)(?![\p{L}])/u.test(ctx.lower.slice(h.end, f.start));
      const prevSegStart = commaSegment(ctx, s, Math.max(cs, seg.start - 2)).start;
      if (!between && h.start >= prevSegStart) own.push({ ...h, scope: "clause" });
      // "chưa đạt (412/450 tổ, đạt 91,6% kế hoạch)": the bracket right after the verdict is its
      // evidence, whatever else it holds.
      else if (statusBracket(ctx, h, f)) own.push({ ...h, scope: "clause" });
    } else {
      // After the figure: only plan words, brackets and connectives between.
      let gap = ctx.lower.slice(f.end, h.start);
      // "bằng 98,6% dự toán (6.248 tỷ đồng), vượt dự toán": the plan's own amount in brackets.
      const planBracket = /^([ \t]*(?:so với[ \t]+)?(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|(?:of[ \t]+)?(?:the[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}?(?:plan|target|budget|estimate))(?:[ \t]+[\p{L}]+){0,3}?[ \t]*)\([^()]{1,40}\)/u.exec(gap);
      let skipped = planBracket ? { start: f.end + planBracket[1].length, end: f.end + planBracket[0].length } : undefined;
      // "79.9% of the programme target of 1,650 jobs, so job creation remains ahead of profile": the
      // plan's own amount after "of", then a verdict on the figure's subject against the plan.
      const planOf = planBracket ? null : PLAN_OF_AMOUNT.exec(gap);
      const planFig = planOf ? s.figs.find((g) => g.start === f.end + planOf[0].length || (g.qualifiers[0]?.start ?? -1) === f.end + planOf[0].length) : undefined;
      let subjectVerdict = false;
      if (planOf && planFig) {
        const after = ctx.lower.slice(planFig.end, h.start);
        const m = SUBJECT_VERDICT.exec(after);
        if (m && PROFILE_AFTER.test(ctx.lower.slice(h.start, h.end + 30))) {
          skipped = { start: f.end + planOf[0].length, end: planFig.end + m[0].length - m[0].trimStart().length };
          subjectVerdict = true;
        }
      }
      if (planBracket) gap = planBracket[1] + " ".repeat(planBracket[0].length - planBracket[1].length) + gap.slice(planBracket[0].length);
      const plain = gap.replace(FILLER, "");
      // Or the figure's own phrase, a comma, and the status word right after it ("94,3% of the
      // central government's estimate, exceeding the plan"): a new subject would stand between.
      const comma = gap.lastIndexOf(",");
      const phraseThenStatus = comma >= 0 && /^[ \t]*(?:và|and|thus|nên|do đó|vì vậy|vì thế|như vậy|so|hence|therefore)?[ \t]*(?:đã|đều|has|have)?[ \t]*$/u.test(gap.slice(comma + 1)) && comma <= 60 && !/[;.]/.test(gap.slice(0, comma)) && !s.figs.some((g) => g.start > f.end && g.start < h.start && !(skipped && g.start >= skipped.start && g.end <= skipped.end));
      // "27.7% of the annual plan, ahead of the quarterly pace (25%)", "vượt tiến độ quý (25%)": a
      // verdict with a benchmark figure of its own judges that benchmark, not this figure.
      const phraseEnd = ctx.lower.slice(h.end, s.end).search(/[,;.]/u);
      // (When the verdict holds against that benchmark; "85% of the plan, exceeding the 95% target"
      // is wrong either way.)
      const bench = s.figs.find((g) => g.start >= h.end && (phraseEnd < 0 || g.start < h.end + phraseEnd));
      // ("vượt chỉ tiêu (thấp hơn 1,6 điểm phần trăm)": a gap in points is no benchmark.)
      const holdsOnBench = !!bench && bench.kind === f.kind && bench.unit === f.unit && !!bench.value && !!f.value && (h.status === "miss" ? new D(f.value.exact).lt(bench.value.exact) : new D(f.value.exact).gte(bench.value.exact));
      if (((plain.length === 0 && gap.length <= 40) || phraseThenStatus || subjectVerdict) && !holdsOnBench) own.push({ ...h, scope: "clause" });
    }
  }
  if (own.length) return own;
  // The nearest header before the figure: a later list in the sentence ends an earlier one
  // ("9 chỉ tiêu đã đạt và vượt, gồm: …; 3 chỉ tiêu chưa đạt, gồm: …").
  const around = headers.filter((h) => f.start > h.end && f.start < h.scopeEnd).sort((x, y) => y.end - x.end);
  for (const h of around.slice(0, 1)) {
    const item = itemSpan(ctx, h, f.start);
    // (A status word in the item's own measure name is no verdict of its own: "tỷ lệ mô hình không đạt
    // hiệu quả 4,3% (chỉ tiêu dưới 5%)" under "đạt và vượt 6 chỉ tiêu, cụ thể:".)
    const itemHits = findStatuses(ctx.lower.slice(item.start, item.end), item.start).filter((x) => !(x.start <= f.start && x.end >= f.end) && !inMeasureName(ctx, item.start, x, f));
    // "- Ferry: 98.2% (target 97.0%) — met.": an item closed by a verdict of its own.
    if (itemHits.length || ITEM_OWN_VERDICT.test(ctx.lower.slice(item.start, item.end))) return [];
    return h.statuses.map((x) => ({ ...x, scope: "header" as const }));
  }
  return [];
}

/** A change's base in its bracket: "so với năm 2022 (", "on Q2 (", "compared with 2023/24 (". */
const CHANGE_BASE_BEFORE = /(?<![\p{L}])(?:on|from|against|compared[ \t]+(?:with|to)|so[ \t]+với)[ \t]+(?:the[ \t]+)?[^()\d;.]{0,24}(?:(?:19|20)\d\d(?:\/\d{2})?|q[1-4]|[ivx]+)?[ \t]*\([ \t]*$/u;

export function findValueTargets(ctx: UnitContext): ValueTarget[] {
  return ctx.memo("value-targets", () => readValueTargets(ctx).filter((x) => !shareOfItems(ctx, x)));
}

/** "8/12 chỉ tiêu đã đạt và vượt (chiếm 66,7%), 3 chỉ tiêu ước đạt trên 80% và …": a share of the items
 * counted is no value that the next item's bound judges; another count stands between them. */
function shareOfItems(ctx: UnitContext, x: ValueTarget): boolean {
  const v = x.value;
  const t = x.target;
  if (v.kind !== "percent" || t.start < v.end || !/(?:chiếm|accounting[ \t]+for)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, (v.qualifiers[0]?.start ?? v.start) - 12), v.qualifiers[0]?.start ?? v.start))) return false;
  // (A count that is the share's own base, "chiếm 62,8% trong tổng số 427.335 hồ sơ", is no other item.)
  return ctx.figures.some((f) => f.start > v.end && f.end <= t.start && f.kind !== "percent" && isCount(f) && /(?:[,;]|(?<![\p{L}])và)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 6), f.start)));
}

function readValueTargets(ctx: UnitContext): ValueTarget[] {
  const out: ValueTarget[] = [];
  for (const s of ctx.sentences) {
    for (const t of s.figs) {
      if (t.kind === "fraction" || t.kind === "multiplier") continue;
      const q = t.qualifiers[0]?.start ?? t.start;
      let pre = ctx.lower.slice(Math.max(s.start, q - 50), q);
      let targetPre = mayHoldTargetWord(pre) && TARGET_PRE.test(pre);
      // "chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện đề ra (88%)", "chỉ tiêu HĐND phường giao (giảm 15
      // hộ)": the body that set it, then the target in brackets.
      let setBy: RegExpExecArray | null = null;
      if (!targetPre) {
        const longPre = ctx.lower.slice(Math.max(s.start, q - 90), q);
        setBy = mayHoldTargetWord(longPre) ? TARGET_SET_BY.exec(longPre) : null;
        if (setBy) {
          pre = longPre;
          targetPre = true;
        }
      }
      // "exceeding the target of a 5% reduction": a target for a change, named after its figure.
      const changeAfter = !targetPre && /(?:target|goal|aim)[ \t]+(?:of|was|is)[ \t]+an?[ \t]+$/u.test(pre) && /^[ \t]+(?:reduction|decrease|cut|fall|increase|rise)(?![\p{L}])/u.test(ctx.lower.slice(t.end, t.end + 12));
      if (changeAfter) targetPre = true;
      // "ahead of the 96% target", "the 75% interim target": the label after the figure.
      // ("1 of its 5 threshold-met cases": a word of the counted noun is no label.)
      const after = !targetPre && /^[ \t]+(?:(?!(?:of|and|or|than|in|on|for|to|at|by|was|were|is|are|per)[ \t])[\p{L}-]+[ \t]+){0,2}?(?:target|goal|standard|benchmark|threshold)(?![\p{L}-])(?![ \t]+(?:met|cases?|groups?|population|audience|list|date|payments?)(?![\p{L}]))/u.test(ctx.lower.slice(t.end, t.end + 40)) && /(?:the|its|their|an?)[ \t]+$/u.test(pre);
      if (!targetPre && !after) continue;
      // "đạt 82,7% mục tiêu": a plan word right after a figure is a share, not a target label.
      const label = after ? /(?:the|its|their|an?)[ \t]+$/u.exec(pre)! : changeAfter ? /(?:target|goal|aim)[ \t]+(?:of|was|is)[ \t]+an?[ \t]+$/u.exec(pre)! : (setBy ?? TARGET_PRE.exec(pre)!);
      const labelStart = q - pre.length + label.index;
      // "against its strategic benchmark return of 9.4%", "ahead of the benchmark of 6.5%": a benchmark
      // is a target only where the value is set against it ("nearly double the regional benchmark
      // of 6.0%" compares).
      if (!after && !changeAfter && /^benchmark/u.test(label[0]) && !/(?:against|versus|vs\.?|relative[ \t]+to|ahead[ \t]+of|behind|above|below|outperform\p{L}*|underperform\p{L}*|beat\p{L}*|so với)[ \t]+(?:(?:the|its|their|our)[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}$/u.test(ctx.lower.slice(Math.max(s.start, labelStart - 40), labelStart))) continue;
      // "mục tiêu tăng 9%": a growth target, judged against a stated growth.
      // ("mục tiêu giảm còn dưới 2,5%" names a level to reach, not a change.)
      const growthTarget = changeAfter || (/(?:tăng|giảm|growth|increase)/u.test(label[0]) && !/(?:còn|xuống|lên|to)[ \t]*$/u.test(label[0]));
      const cs = clauseStart(ctx, s, labelStart);
      // "giảm 1,63 điểm phần trăm, vượt chỉ tiêu giảm 1,5%": a rate's target change is in points.
      // ("112 bé trai/100 bé gái", "28 thuê bao/100 dân": the base of a ratio is no value.)
      // ("Three of the five waterways met the 88% target": a tally of items that met it, not a rate; but
      // "533/696 trường đạt chuẩn, vượt chỉ tiêu 80%" sets the rate itself against it.)
      // ("612 lượt học viên, bình quân 76,5 học viên/lớp, vượt chỉ tiêu 600 lượt": an average per unit is no value judged.)
      const candidates = s.figs.filter((v) => v.end <= labelStart && v !== t && !(/(?<![\p{L}])(?:bình[ \t]+quân|trung[ \t]+bình|average|averaging|mean)(?:[ \t]+(?:of|là|đạt|mỗi[ \t]+[\p{L}\p{M}]+))?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (v.qualifiers[0]?.start ?? v.start) - 24), v.qualifiers[0]?.start ?? v.start)) && ((v.unit ?? "").includes("/") || /^[ \t]*[\p{L}\p{M} ]{0,24}\/|^[ \t]+(?:[\p{L}\p{M}]+[ \t]+){0,3}?(?:per|mỗi|each)(?![\p{L}])/u.test(ctx.lower.slice(v.end, v.end + 30)))) && !(v.kind === "fraction" && /^[^,;]*(?<![\p{L}])(?:met|meet|meets|achieved|reached|exceeded|missed|hit|đạt|vượt|không[ \t]+đạt|chưa[ \t]+đạt)(?![\p{L}])[^,;]*$/u.test(ctx.lower.slice(v.end, labelStart).replace(/\([^()]*\)/gu, " "))) && (compatible(v, t) || (growthTarget && v.unit === "pp" && t.kind === "percent")) && !bracketedBase(ctx, s, v) && !/\/[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, v.start - 3), v.start)) && !/^[ \t]*(?:[\p{L}/]+[ \t]*)?(?:\([^()]*\)[ \t]*)?(?:lower|higher|more|less|fewer|above|below|quicker|faster|slower|shorter|longer|sooner|later|earlier|cao hơn|thấp hơn|nhanh hơn|chậm hơn|sớm hơn|muộn hơn)[ \t]+(?:than|so với)(?![\p{L}])/u.test(ctx.lower.slice(v.end, v.end + 40)));
      // ("112,4 …, giảm 1,3 điểm so với năm 2023 (113,7); so với chỉ tiêu … không quá 112,0": past a
      // change's amount to the level it changed to.)
      const isChangeAmount = (x: Figure) => /(?:tăng|giảm|rose|fell|increased|decreased|up|down|(?:improvement|increase|rise|fall|reduction|decrease|drop|deterioration|gain|cut)[ \t]+of)(?:[ \t]+by)?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (x.qualifiers[0]?.start ?? x.start) - 24), x.qualifiers[0]?.start ?? x.start));
      // ("95.9% (Q1: 96.3%)", "71,3% (năm 2023: 69,8%)": an earlier period's value in an aside is not
      // the one judged.)
      const periodAside = (x: Figure) => /\([ \t]*(?:q[1-4]|h[12]|quý[ \t]+[ivx\d]+|(?:năm[ \t]+)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?|last[ \t]+year|năm[ \t]+trước|cùng[ \t]+kỳ|đầu[ \t]+năm|previous[ \t]+(?:year|quarter))[ \t]*[:=][ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (x.qualifiers[0]?.start ?? x.start) - 30), x.qualifiers[0]?.start ?? x.start));
      // ("well short of the constitutional standard (no more than 1% waiting …) and of the 2025 target of
      // 5%": a standard's own level, in its bracket, is no value.)
      const standardAside = (x: Figure) => /(?:standard|target|goal|threshold|ambition|benchmark|tiêu[ \t]+chuẩn|mục[ \t]+tiêu|chỉ[ \t]+tiêu|quy[ \t]+định)[ \t]*\([^()]{0,40}$/u.test(ctx.lower.slice(Math.max(s.start, x.start - 60), x.qualifiers[0]?.start ?? x.start));
      // ("higher than the 74% recorded in 2024 and the 71% national figure but below the 80% target": a
      // figure named after it as another body's is a comparator, not the value judged.)
      const comparator = (x: Figure) => /^[ \t]*(?:(?:national|regional|county|england|uk|eu|sector|peer|industry|london|wales|scotland)[ \t]+(?:figure|average|median|mean|rate|level|benchmark|result|score|comparator)|(?:của[ \t]+)?(?:toàn[ \t]+quốc|cả[ \t]+nước)|bình[ \t]+quân[ \t]+chung)(?![\p{L}])/u.test(ctx.lower.slice(x.end, x.end + 30));
      // ("74.3%, ahead of the November trajectory of 72.0% but below the March 2025 target of 78%": another
      // reference is no value judged against this one.)
      const reference = (x: Figure) => /(?<![\p{L}])(?:trajectory|target|standard|plan|ambition|benchmark|threshold|goal|quỹ[ \t]+đạo|lộ[ \t]+trình)(?:[ \t]+(?:of|at|was|is|là))?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (x.qualifiers[0]?.start ?? x.start) - 30), x.qualifiers[0]?.start ?? x.start));
      const values = candidates.filter((x) => !standardAside(x) && !periodAside(x) && !comparator(x) && !reference(x));
      const last = values[values.length - 1];
      const level = !growthTarget && last && isChangeAmount(last) ? values.filter((x) => !isChangeAmount(x) && x.unit === t.unit && (!x.noun || !t.noun || x.noun === t.noun)).pop() : undefined;
      let v = level ?? last;
      if (!v) continue;
      // ("chiếm 59,1% số cá nhân … và 33,7% tổng số trường hợp …, vượt chỉ tiêu đề ra (trên 50% số cá nhân)":
      // a target that names the base of its share is of the value with that base.)
      if (isPercent(t) && isPercent(v)) {
        const baseAfter = (f: Figure) => /^[ \t]*\)?[ \t]*(?:của[ \t]+)?((?:tổng[ \t]+)?số[ \t]+[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?|of[ \t]+(?:all[ \t]+)?[\p{L}-]+(?:[ \t]+[\p{L}-]+)?)/u.exec(ctx.lower.slice(f.end, f.end + 40))?.[1].replace(/^tổng[ \t]+/u, "");
        const tb = baseAfter(t);
        const vb = baseAfter(v);
        if (tb && vb && tb !== vb) {
          const named = values.filter((x) => isPercent(x) && baseAfter(x) === tb);
          if (named.length === 1) v = named[0];
        }
      }
      // ("218 cô đỡ thôn, bản hoạt động tại 203 thôn, bản …, đạt 90,8% chỉ tiêu Đề án (240 người)": the
      // share of plan said between them names which count it is.)
      const ofPlan = s.figs.find((f) => f.kind === "percent" && f.unit === "%" && !!f.value && !f.qualifiers.length && f.start > v!.end && f.end <= labelStart);
      if (ofPlan && t.value && !isPercent(t) && !t.qualifiers.length && new D(t.value.exact).gt(0)) {
        const fits = (x: Figure) => !!x.value && new D(x.value.exact).div(t.value!.exact).times(100).minus(ofPlan.value!.exact).abs().lte(halfUlp(ofPlan.value!.decimals).plus("0.0001"));
        const other = fits(v) ? undefined : values.filter((x) => x !== v && !isPercent(x) && x.unit === v!.unit && fits(x)).pop();
        if (other) v = other;
      }
      // ("tổ chức 2 đợt thi tuyển … với tổng chỉ tiêu 186 người": a count of occasions is no count of what the
      // target counts.)
      const head = (n?: string) => (n ?? "").split(" ")[0];
      if (!v.unit && !t.unit && v.noun && t.noun && head(v.noun) !== head(t.noun) && /^(?:đợt|lần|cuộc|buổi|kỳ|phiên|rounds?|sessions?|events?|waves?|batches?)$/u.test(head(v.noun))) continue;
      // Durations: "21 minutes 05 seconds … (target: 20 minutes)" is one value; other units of time
      // that differ are not compared.
      let seconds: Figure | undefined;
      const vUnit = timeUnit(v.noun);
      const tUnit = timeUnit(t.noun);
      let value = v;
      if (vUnit || tUnit) {
        if (vUnit === "second" && tUnit === "minute") {
          const k = s.figs.indexOf(v);
          const mins = s.figs[k - 1];
          if (!mins || timeUnit(mins.noun) !== "minute" || !/^[ \t]*(?:and[ \t]+|và[ \t]+|,[ \t]*)?$/u.test(ctx.lower.slice(ctx.lower.indexOf(mins.noun!, mins.end) + mins.noun!.length, v.start))) continue;
          seconds = v;
          value = mins;
        } else if (vUnit !== tUnit) continue;
      }
      // ("Có 18/21 huyện … hoàn thành khối lượng kế hoạch 6 tháng (85,7%)": a percent alone in brackets
      // after a fraction's clause is the fraction's share, not the plan's level.)
      if (v.kind === "fraction" && t.kind === "percent" && /\([ \t]*$/u.test(ctx.lower.slice(Math.max(0, t.start - 3), t.start)) && /^[ \t]*\)/u.test(ctx.lower.slice(t.end, t.end + 3)) && !/[;.]/u.test(ctx.lower.slice(v.end, t.start))) continue;
      // The value must not itself be a share of plan or a change, and must sit near the target.
      const gap = ctx.lower.slice(v.end, labelStart);
      // "chiếm 90,9%; so với chỉ tiêu … (88%)": the clause after ";" takes up the value before it.
      // ("… ước đạt 312,6 tỷ đồng; kế hoạch năm là 300 tỷ đồng": or the target opens the next clause.)
      if (gap.length > 120 || (/[;]/.test(gap) && !/^[^;]*;[ \t]*(?:(?:so[ \t]+với|compared[ \t]+(?:with|to)|against)[ \t]|$)/u.test(gap))) continue;
      // Columns laid out with spaces: a value on one row is not judged by a label on the next.
      if (/\n/.test(gap) && /[ \t]{3,}/.test(gap)) continue;
      const vPre = ctx.lower.slice(Math.max(s.start, (v.qualifiers[0]?.start ?? v.start) - 20), v.qualifiers[0]?.start ?? v.start);
      // ("Còn 288 ha phải trồng mới … để đạt mục tiêu 4.200 ha", "leaving 454 to complete to reach the
      // target": what is still needed to reach a target is no value judged against it.)
      if (/(?<![\p{L}])(?<!(?:xuống|giảm|chỉ|mới)[ \t]+)(?:còn(?:[ \t]+lại)?|còn[ \t]+phải|remaining|leaving|a[ \t]+further|another|still)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (v.qualifiers[0]?.start ?? v.start) - 20), v.qualifiers[0]?.start ?? v.start)) || /(?<![\p{L}])(?:để|nhằm|in[ \t]+order[ \t]+to|needed[ \t]+to|required[ \t]+to|so[ \t]+as[ \t]+to)[ \t]+(?:đạt|hoàn[ \t]+thành|reach|meet|achieve|hit)(?![\p{L}])/u.test(gap)) continue;
      // "42 per 100,000 scheduled collections": the base of a rate is not a value.
      if (/(?:(?<![\p{L}])per|mỗi)[ \t]*$/u.test(vPre)) continue;
      // "46.7% below the 2005 baseline of 72.48 MtCO2e and beat the … target of 40.00": a reference
      // level is not the value judged.
      if (/(?:baseline|benchmark|peak|reference[ \t]+level|(?:national|regional|provincial|england|uk|eu)[ \t]+(?:average|median)|mức[ \t]+cơ[ \t]+sở|bình[ \t]+quân[ \t]+chung)(?:[ \t]+(?:19|20)\d\d)?[ \t]+(?:(?:of|là|năm)[ \t]+)?$/u.test(ctx.lower.slice(Math.max(s.start, (v.qualifiers[0]?.start ?? v.start) - 40), v.qualifiers[0]?.start ?? v.start))) continue;
      // ("38 hộ, thấp hơn 8 hộ so với kế hoạch (50 hộ)": nor is a margin.)
      if (/(?:tăng|giảm|vượt|thêm|(?:cao|thấp|nhiều|ít)[ \t]+hơn|hụt|thiếu|rose|fell|increased|decreased|up|down|by|a further|an additional|another)[ \t]*$/u.test(vPre) && !(growthTarget && CHANGE_LEAD.test(vPre))) continue;
      // ("đạt mức cao hơn năm trước 6 triệu đồng": a difference from another value is no value.)
      if (/(?:cao hơn|thấp hơn|nhiều hơn|ít hơn|higher than|lower than|more than|less than|fewer than)(?:[ \t]+[\p{L}\p{M}]+){1,3}[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (v.qualifiers[0]?.start ?? v.start) - 40), v.qualifiers[0]?.start ?? v.start))) continue;
      // "xuống còn 5,21%, …, vượt chỉ tiêu giảm 1,5%": a target for a change judges a stated change only.
      if (growthTarget && !CHANGE_LEAD.test(vPre) && !/by[ \t]*$/u.test(vPre)) continue;
      // "down 8.3 Ml/d on the 184.5 Ml/d reported last year, but we still missed our target": the
      // figure a change is measured from is the old level, not the one judged.
      if (/(?:(?<![\p{L}])on the|(?<![\p{L}])from|so với|than|compared (?:with|to))(?:[ \t]+(?:the|mức|con số))?[ \t]*$/u.test(vPre)) continue;
      // ("up 3.8 percentage points on the 2018/19 cohort (77.9%), and is above the target": nor is the
      // old level in its bracket.)
      if (/(?:(?<![\p{L}])(?:on|from|than)|so[ \t]+với|compared[ \t]+(?:with|to))(?![\p{L}])[^;()\d%]{0,40}(?:(?:19|20)\d\d(?:[\/–-]\d{2,4})?[^;()\d%]{0,20})?\([ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (v.qualifiers[0]?.start ?? v.start) - 60), v.qualifiers[0]?.start ?? v.start))) continue;
      // ("đạt 38,5% so với kế hoạch 45%": a rate set beside its planned rate is no share of the plan.)
      if (PLAN_POST.test(ctx.lower.slice(v.end, v.end + 30)) && !(isPercent(v) && isPercent(t) && t.start === q && /^[ \t]*so[ \t]+với[ \t]+(?:kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu)(?:[ \t]+(?:năm|đề[ \t]+ra|giao))?[ \t]*$/u.test(ctx.lower.slice(v.end, t.start)))) continue;
      // The value's own item: after the last ";" or ":" of its sentence ("…, tỷ lệ giảm hộ nghèo, …;
      // 3 chỉ tiêu chưa đạt, gồm: … tỷ lệ hộ dùng nước sạch (54,2%, mục tiêu 60%)").
      let subject = ctx.lower.slice(Math.min(cs, s.start), v.start);
      // ("…, exceeding the 31-day waiting time standard, while 94.1% of patients …": the clause after
      // "while" has a subject of its own.)
      const contrast = /^.*(?<![\p{L}])(?:while|whereas|trong khi)(?![\p{L}])/su.exec(subject);
      if (contrast) subject = subject.slice(contrast[0].length);
      const cut = Math.max(subject.lastIndexOf(";"), subject.lastIndexOf(": "));
      // ("Leakage: the three-year rolling average fell to …": a short label before the colon names the measure.)
      const measure = cut >= 0 && subject[cut] === ":" ? /(?:^|[;\n])[ \t*_-]*([\p{L}\p{M} '’-]{2,40})$/u.exec(subject.slice(0, cut))?.[1] : undefined;
      if (cut >= 0 && /\p{L}{2}/u.test(subject.slice(cut + 1))) subject = (measure ? `${measure}: ` : "") + subject.slice(cut + 1);
      // ("…1,142 complaints …; 1,097 (96.1%) were responded to within 3 working days, against a target
      // of 95%": a clause that opens on its figure says what it is after it.)
      else if (cut >= 0 && subject[cut] === ";") subject = ctx.lower.slice(v.end, labelStart);
      // "… to 171.2 km in the first nine months against a full-year target of 240 km": progress
      // part-way through the period, not a verdict on the year.
      if (FULL_YEAR.test(ctx.lower.slice(v.end, q)) && PART_YEAR.test(ctx.lower.slice(Math.max(s.start, v.start - 80), v.start))) continue;
      // A ceiling ("dưới 40%", "under 5%", "tối đa") says lower is better; a floor says the opposite.
      const bound = t.qualifiers.find((x) => x.kind === "under" || x.kind === "atMost" || x.kind === "over" || x.kind === "atLeast");
      // A target for a change is met by a change at least as large, whichever way it goes.
      // "20 days or fewer", "từ 95% trở lên": the bound written after the target.
      const postBound = POST_BOUND.exec(ctx.lower.slice(t.end, t.end + 24));
      // ("476 kg per household, comfortably inside the target of 500 kg": a target one stays within is a ceiling.)
      // (Not "completed within target time, against a combined target of 90%": the phrase names the target.)
      const within = /(?<![\p{L}])(?:inside|within)[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+)?(?:[\p{L}-]+[ \t]+)?(?:target|limit|cap|ceiling)(?:[ \t]+(?:of|at))?[ \t]*$/u.test(ctx.lower.slice(v.end, t.start));
      // ("0,92%, thấp hơn mức kiểm soát theo Nghị quyết … (1,0%)": a level to stay under.)
      const ceiling = /(?<![\p{L}])(?:mức[ \t]+kiểm[ \t]+soát|mức[ \t]+trần|ngưỡng[ \t]+kiểm[ \t]+soát|ceiling|cap|upper[ \t]+limit)(?![\p{L}])/u.test(ctx.lower.slice(v.end, t.start));
      // ("10,497 (84.6%) were attended within 20 minutes": a share done in time is better high.)
      const doneInTime = v.unit === "%" && /^[ \t)]*(?:were|was|are|is|had[ \t]+been|have[ \t]+been)[ \t]+[a-z]+ed[ \t]+(?:within|in|on)[ \t]/u.test(ctx.lower.slice(v.end, v.end + 50));
      // (The value's own words up to the target, its clause only: "38 cases of Clostridioides difficile
      // infection (CDI) in 2024/25 against the NHS England threshold of 45" counts the bad thing itself.)
      const ownWords = ctx.lower.slice(v.end, t.start).split(/;|,[ \t]|\(|(?<![\p{L}])(?:against|compared|so[ \t]+với)(?![\p{L}])/u)[0];
      // ("Waiting list validation reached 96.4% of patients waiting over 12 weeks": the share is of what was done to them.)
      const pastTime = !growthTarget && v.unit === "%" && PAST_TIME.test(ownWords) && !/(?<![\p{L}])(?:validat|review|contact|offer|audit|check|assess|treat|seen|clear)\p{L}*(?![\p{L}])[^\d;.]{0,30}$/u.test(subject);
      const named = ownWords.replace(/(?<![\p{L}])[\p{L}\p{M}'’-]+ed(?![\p{L}])[\s\S]*$/u, "");
      // ("hỗ trợ … nhà ở cho 64 hộ nghèo (kế hoạch 60 hộ)": what was done for them, before the count, still
      // makes more the better.)
      const countsBad = !growthTarget && !isPercent(v) && /^[ \t]*(?:[\p{L}\p{M}\d'’\/-]+[ \t]+){1,8}$/u.test(named) && LOWER_BETTER.test(named) && lowerBetter(`${ctx.lower.slice(Math.max(s.start, v.start - 80), v.start).replace(/[\s\S]*(?:;|,[ \t])/u, "")}${named}`);
      const lowerIsBetter = bound ? bound.kind === "under" || bound.kind === "atMost" : postBound ? !!postBound[1] : within || ceiling || pastTime || countsBad || (!growthTarget && !doneInTime && (lowerBetter(subject, t.start > v.end ? ctx.lower.slice(v.end, Math.min(t.start, v.end + 80)) : "") || (!!v.noun && lowerBetter(`${subject} ${v.noun}`))));
      // ("… 139.6 litres …, but remains above our target of 136.0 litres, so this commitment was not
      // met": a side and a verdict that the writer joins say which way is better.)
      const side = /(?<![\p{L}])(above|over|higher[ \t]+than|below|under|lower[ \t]+than)[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+|their[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}?(?:target|goal|standard|ambition|commitment)(?:[ \t]+of)?[ \t]*$/u.exec(ctx.lower.slice(v.end, t.qualifiers[0]?.start ?? t.start));
      const verdict = side ? /^[^.;]{0,50}?,[ \t]*(?:(?:so|and so|therefore|meaning)[ \t]+(?:[\p{L}]+[ \t]+){0,3}?|which[ \t]+)(?:(was|were|is|has been)[ \t]+(not[ \t]+)?(?:met|achieved)|(?:was[ \t]+|were[ \t]+|has[ \t]+been[ \t]+)?(missed|fell short)|(met|achieved))(?![\p{L}])/u.exec(ctx.lower.slice(t.end, t.end + 90)) : null;
      const failed = verdict ? !!verdict[3] || (!!verdict[1] && !!verdict[2]) : undefined;
      const sideLower = side && failed !== undefined ? (/^(?:above|over|higher)/u.test(side[1]) ? failed : !failed) : undefined;
      // ("… fell from 104 to 96, a reduction of 7.7%, short of the 10% target": a change's size meets its
      // target by being at least as large.)
      const changeSize = /(?<![\p{L}])(?:reduction|increase|rise|fall|decrease|cut|drop|improvement|growth)[ \t]+of[ \t]*$/u.test(vPre);
      // ("… (chiếm 21,6% tổng số của tỉnh) và tỷ lệ hoàn thành kế hoạch (85,2%)": the rate of meeting the
      // plan, stated, is no plan.)
      if (/(?<![\p{L}])(?:tỷ|tỉ)[ \t]+lệ[ \t]+(?:hoàn[ \t]+thành|thực[ \t]+hiện|đạt)[ \t]+(?:so[ \t]+với[ \t]+)?(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|mục[ \t]+tiêu|dự[ \t]+toán)(?:[ \t]+[\p{L}]+){0,2}[ \t]*\(?[ \t]*$|(?<![\p{L}])(?:rate|level)[ \t]+of[ \t]+(?:plan|target)[ \t]+(?:completion|achievement)[ \t]*\(?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (t.qualifiers[0]?.start ?? t.start) - 50), t.qualifiers[0]?.start ?? t.start))) continue;
      out.push({ value, target: t, lowerIsBetter: sideLower ?? (changeSize ? false : lowerIsBetter || (!!vUnit && v.unit !== "%" && !bound && !postBound && TIME_LOWER.test(ctx.lower.slice(s.start, v.start).split(/;|(?<![\p{L}])(?:while|whereas)(?![\p{L}])/u).pop()!))), seconds });
    }
  }
  resultAfterTarget(ctx, out);
  atValueVerdict(ctx, out);
  anaphoricTarget(ctx, out);
  targetThenResult(ctx, out);
  targetAfterValue(ctx, out);
  verdictPlanBracket(ctx, out);
  for (const m of findMilestones(ctx)) out.push({ value: m.value, target: m.target, lowerIsBetter: false, verdict: m.verdict });
  // "46 sản phẩm OCOP, gồm 38 sản phẩm 3 sao và 8 sản phẩm 4 sao, vượt mục tiêu đề ra (40 sản phẩm)":
  // the verdict after a breakdown is said of its whole, not of its last part.
  const parts = new Map<Figure, Figure>();
  for (const t of findTotalParts(ctx)) for (const p of t.parts) if (p.figure !== t.whole) parts.set(p.figure, t.whole);
  return out.flatMap((vt) => {
    // ("… met the national target of 60% but not the local target of 85%": a target is no value;
    // "there were 1,018, still 398 above the goal of 620": a gap to the target is no value either.)
    const v = vt.value;
    // ("… but remains 4 minutes 18 seconds above the recovery target of 30 minutes": a duration set
    // straight against the target, with no comma, is the gap to it.)
    // ("6,9 người/100.000 dân (dân số trung bình năm 2023 là 1,41 triệu người), thấp hơn chỉ tiêu …": a figure in
    // a bracket that glosses the one before it is not the value judged.)
    { const vs = ctx.sentenceOf(v); if (v.end < vt.target.start && inBrackets(ctx, vs.start, v.start) && !inBrackets(ctx, vs.start, vt.target.start) && vs.figs.some((f) => f.end <= v.start && !inBrackets(ctx, vs.start, f.start) && /^[^()]{0,40}\([^()]*?\p{L}{2,}[ \t]+\p{L}[^()]*$/u.test(ctx.lower.slice(f.end, v.start)))) return []; }
    if (!vt.reversed && (vt.seconds ?? v).end < vt.target.start && /^(?:[ \t]+[\p{L}]+){0,2}?[ \t]+(?:above|below|over|under|short[ \t]+of|ahead[ \t]+of|behind|outside|within)[ \t]+(?:the|its|our|their|an?)[ \t]/u.test(ctx.lower.slice((vt.seconds ?? v).end, vt.target.start)) && /(?<![\p{L}])(?:remains?|remained|still|now|stood|stands|is|was|were|are)[ \t]+(?:[\p{L}]+[ \t]+)?(?:\d+[ \t]+(?:minutes?|mins?|hours?)[ \t]+)?$/u.test(ctx.lower.slice(Math.max(0, v.start - 40), v.start))) return [];
    if (/(?:target|goal|standard|mục tiêu|chỉ tiêu)(?:[ \t]+of)?[ \t]*$/u.test(ctx.lower.slice(Math.max(0, (v.qualifiers[0]?.start ?? v.start) - 25), v.qualifiers[0]?.start ?? v.start))) return [];
    // ("Performance was up 3.5 percentage points on Q2 (58.9%) but remains below the 75% target": the base a
    // change started from, in its bracket, is not what the verdict judges.)
    if (v.end < vt.target.start && CHANGE_BASE_BEFORE.test(ctx.lower.slice(Math.max(0, v.start - 50), v.start))) return [];
    // ("exceeding the 30 Mbps superfast threshold and approaching the 100 Mbps …": a figure labelled
    // a threshold after it is a target too; "Some 38% of councils exceeded …": a share of the things
    // judged is not the measure judged.)
    if (/^[ \t]+(?:(?!(?:of|and|or|than|in|on|for|to|at|by|was|were|is|are|per|against|versus|vs|with|below|above|under|over|from|a|an|the|its|our|their|so|với|là|đạt)[ \t])[\p{L}-]+[ \t]+){0,2}?(?:target|goal|standard|benchmark|threshold)(?![\p{L}])/u.test(ctx.lower.slice(v.end, v.end + 40))) return [];
    if (v.unit === "%" && /^[ \t]+(?:of[ \t]+(?:the[ \t]+|all[ \t]+)?(?:councils|authorities|schools|trusts|providers|practices|respondents|areas|regions|districts|sites|organisations|bodies|members)|(?:số|các)[ \t]+(?:xã|huyện|tỉnh|đơn vị|trường|cơ sở|địa phương))(?![\p{L}])/u.test(ctx.lower.slice(v.end, v.end + 30))) return [];
    const of = v.value && vt.target.value ? ctx.sentenceOf(v).figs.find((u) => u !== v && u !== vt.target && u.end <= v.start && !!u.value && u.unit === v.unit && u.kind === v.kind && new D(u.value.exact).minus(vt.target.value!.exact).abs().eq(v.value!.exact)) : undefined;
    if (of) return out.some((o) => o.value === of) ? [] : [{ ...vt, value: of }];
    const whole = parts.get(vt.value);
    if (!whole) return [vt];
    return whole.kind === vt.value.kind && whole.unit === vt.value.unit && sameNoun(whole.noun, vt.target.noun ?? whole.noun) && !out.some((o) => o.value === whole) ? [{ ...vt, value: whole }] : [];
  });
}

/** "The Council's target is 95% occupancy. At 93.2% the target was narrowly missed": a verdict said of
 * the value the sentence opens on, against the one target the sentence before set. */
const AT_VALUE = /^[\s*•-]*(?:at|với[ \t]+mức|ở[ \t]+mức)[ \t]+$/u;
const AT_VERDICT = /^[ \t]*,?[ \t]*(?:the|this|our|its|their|mục[ \t]+tiêu|chỉ[ \t]+tiêu)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:(?:target|standard|goal|ambition|benchmark)[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been)[ \t]+)?(?:(?:narrowly|comfortably|just|therefore|again|only|still|also|clearly|easily)[ \t]+)*((?:not[ \t]+)?(?:missed|exceeded|met|achieved|beaten|surpassed|reached)|(?:đã[ \t]+)?(?:vượt|đạt|không[ \t]+đạt|chưa[ \t]+đạt))(?![\p{L}])/u;
const TARGET_SET = /(?<![\p{L}])(?:target|standard|goal|ambition|mục[ \t]+tiêu|chỉ[ \t]+tiêu)(?:[ \t]+[\p{L}-]+){0,2}?[ \t]+(?:is|was|of|at|là|đề[ \t]+ra|đặt[ \t]+ra)[ \t]*$/u;

function atValueVerdict(ctx: UnitContext, out: ValueTarget[]): void {
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const v = s.figs[0];
    if (!v || !v.value || v.qualifiers.length || !AT_VALUE.test(ctx.lower.slice(s.start, v.start))) continue;
    const m = AT_VERDICT.exec(ctx.lower.slice(v.end, s.end));
    if (!m || s.figs.some((f) => f !== v && f.start < v.end + m[0].length)) continue;
    const prev = ctx.sentences[si - 1];
    const ts = prev.figs.filter((f) => f.kind === v.kind && (f.unit ?? "") === (v.unit ?? "") && !!f.value && TARGET_SET.test(ctx.lower.slice(Math.max(prev.start, f.start - 40), f.start)));
    if (ts.length !== 1 || out.some((o) => o.value === v)) continue;
    const at = v.end + m.index + m[0].lastIndexOf(m[1]);
    // ("Residual waste was 412 kg per household against a target of 420 kg. At 412 kg the target was met."):
    // the measure named in the sentence before says which way is better.)
    const t = ts[0];
    const named = ctx.lower.slice(prev.start, t.start);
    const lower = lowerBetter(named) || /(?<![\p{L}])(?:no[ \t]+more[ \t]+than|at[ \t]+most|maximum|ceiling|limit|cap|under|below|reduce|cut|tối[ \t]+đa|không[ \t]+quá|dưới|giảm)(?![\p{L}])/u.test(ctx.lower.slice(Math.max(prev.start, t.start - 30), t.start));
    out.push({ value: v, target: t, lowerIsBetter: lower, verdict: { start: at, end: at + m[1].length } });
  }
}

/** "Average student attendance was 90.8% in 2023-24, up from 89.6% … . This remains behind the target
 * of 92%": a sentence that judges the value of the one before it, named by "this". */
const ANAPHOR = /^[ \t*_]*(?:this|that|it|the rate|the result|the outturn|the total|performance|tỷ lệ này|chỉ tiêu này|kết quả này|con số này|mức này)[ \t]+(?:still[ \t]+|vẫn[ \t]+|nevertheless[ \t]+|however[ \t]+|already[ \t]+|again[ \t]+|comfortably[ \t]+|just[ \t]+|đã[ \t]+)?(?:remains|remained|is|was|stays|stayed|còn|đã|chưa|là)?[ \t]*(?:well[ \t]+|still[ \t]+|vẫn[ \t]+)?$/u;
const BASE_BEFORE = /(?:from|than|compared[ \t]+with|against|on|từ|so với|hơn)[ \t]*$|\([ \t]*$/u;

const SUBJECT_HEAD = /^[ \t*_]*(?:(?:despite|in[ \t]+spite[ \t]+of|however|nevertheless|nonetheless|even[ \t]+so|but|yet)(?:[ \t]+[\p{L}-]+){0,3}[ \t]*,[ \t]*)?(?:the[ \t]+|our[ \t]+)?((?:[\p{L}-]+[ \t]+){1,3}?)(?:(?:still|again|also|nevertheless|comfortably|narrowly|just)[ \t]+)?(?:has[ \t]+|have[ \t]+|had[ \t]+)?$/u;

function anaphoricTarget(ctx: UnitContext, out: ValueTarget[]): void {
  const targets = new Set(out.map((x) => x.target));
  for (let k = 1; k < ctx.sentences.length; k++) {
    const s = ctx.sentences[k];
    const t = s.figs[0];
    if (!t || (t.kind !== "percent" && t.kind !== "number") || targets.has(t)) continue;
    const q = t.qualifiers[0]?.start ?? t.start;
    const head = ctx.lower.slice(s.start, q);
    // "This remains behind the target of 92%": the verdict and the target label, nothing else.
    const m = /^(.*?)((?:behind|below|above|ahead[ \t]+of|short[ \t]+of|under|over|thấp hơn|cao hơn|chưa đạt|không đạt|đạt|vượt)[ \t]+(?:the|its|our|their)?[ \t]*(?:[\p{L}-]+[ \t]+){0,2}?(?:target|goal|standard|mục tiêu|chỉ tiêu|kế hoạch)(?:[ \t]+(?:of|là|đề ra|:))?[ \t]*)$/u.exec(head)
      ?? /^(.*?)((?:beat|exceeded|surpassed|outperformed|met|achieved|missed|fell[ \t]+short[ \t]+of|failed[ \t]+to[ \t]+meet|did[ \t]+not[ \t]+meet)[ \t]+(?:the|its|our|their)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,2}?(?:target|goal|standard|ambition)[ \t]+of[ \t]*)$/u.exec(head);
    if (!m) continue;
    const prev = ctx.sentences[k - 1];
    if (/\n[ \t]*\n/.test(ctx.text.slice(prev.end, s.start))) continue;
    // "Despite this improvement, leakage beat the regulatory target of …": the subject named in the
    // sentence before, whose value there is the end of its one change.
    const named = ANAPHOR.test(m[1]) ? undefined : SUBJECT_HEAD.exec(m[1]);
    if (!ANAPHOR.test(m[1]) && !(named && ctx.lower.slice(prev.start, prev.end).includes(named[1].trim().split(/[ \t]+/u)[0]) && named[1].trim().split(/[ \t]+/u)[0].length >= 4)) continue;
    let cands = prev.figs.filter((v) => compatible(v, t) && v.kind !== "fraction" && !BASE_BEFORE.test(ctx.lower.slice(Math.max(prev.start, (v.qualifiers[0]?.start ?? v.start) - 16), v.qualifiers[0]?.start ?? v.start)));
    if (named && cands.length > 1) {
      const ends = new Set([...findChanges(ctx), ...findReverseChanges(ctx)].filter((c) => c.to.start >= prev.start && c.to.end <= prev.end).map((c) => c.to));
      cands = cands.filter((v) => ends.has(v));
      if (ends.size !== 1) continue;
    }
    if (cands.length !== 1) continue;
    const v = cands[0];
    const vPre = ctx.lower.slice(Math.max(prev.start, (v.qualifiers[0]?.start ?? v.start) - 20), v.qualifiers[0]?.start ?? v.start);
    if (/(?:tăng|giảm|vượt|rose|fell|increased|decreased|up|down|by)[ \t]*$/u.test(vPre)) continue;
    const bound = t.qualifiers.find((x) => x.kind === "under" || x.kind === "atMost" || x.kind === "over" || x.kind === "atLeast");
    // ("the national ambition of 6% or less")
    const post = POST_BOUND.exec(ctx.lower.slice(t.end, t.end + 24));
    const lowerIsBetter = bound ? bound.kind === "under" || bound.kind === "atMost" : post ? !!post[1] : lowerBetter(ctx.lower.slice(prev.start, v.start));
    out.push({ value: v, target: t, lowerIsBetter, anaphor: true });
  }
}

/** "The Partnership's target is a 40% reduction in KSI casualties …. The 2023 figure of 753 is 36.7%
 * below the baseline, so the target has not yet been met", "Our target is 95%. We achieved 93.1%, so
 * the target was missed": the one target of the sentence before, judged by this sentence's verdict on
 * "the target", its one value in the target's measure. */
const TARGET_IS = /(?<![\p{L}])(?:target|goal|aim|ambition|standard|mục tiêu|chỉ tiêu)(?:[ \t]+[\p{L}\p{M}\d'’-]+){0,4}?[ \t]*(?:is|was|of|là|:)[ \t]+(?:an?[ \t]+|to[ \t]+(?:reach|achieve|cut|reduce)[ \t]+(?:it[ \t]+(?:by|to)[ \t]+)?)?$/u;
const ON_THE_TARGET = /(?:,|;|(?<![\p{L}])(?:so|thus|therefore|hence|and|vì vậy|do đó|như vậy|nên))[ \t]*,?[ \t]*(?:the|this|that|our|its|chỉ tiêu|mục tiêu)(?:[ \t]+(?:target|goal|ambition|standard|này|đó|nói trên))?(?:[ \t]+(?:has|have|was|were|is|had|đã|vẫn))?(?:[ \t]+(?:therefore|thus|so|also|still|again|yet|narrowly|comfortably|clearly|just))*[ \t]+((?:not[ \t]+(?:yet[ \t]+)?(?:been[ \t]+)?(?:met|achieved)|(?:been[ \t]+)?(?:met|missed|achieved|exceeded|surpassed)|chưa đạt|không đạt|đạt|vượt))(?![\p{L}])[^.;]{0,40}[.;!]?[ \t]*$/u;
const REDUCTION_AFTER = /^[ \t]+(?:reduction|decrease|cut|fall|drop|increase|rise|improvement)(?![\p{L}])/u;
const CHANGE_VALUE_AFTER = /^[ \t]+(?:below|under|lower[ \t]+than|down[ \t]+on|less[ \t]+than|above|over|higher[ \t]+than|up[ \t]+on)[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+)?(?:[\p{L}\d–-]+[ \t]+){0,2}?(?:baseline|level|average)(?![\p{L}])/u;

/** "4,512 (92.6%) began within 15 minutes. The service standard is 95%, so the standard was not
 * met": a sentence that states a target and judges it, of the one value of the sentence before. */
function targetAfterValue(ctx: UnitContext, out: ValueTarget[]): void {
  const used = new Set(out.flatMap((x) => [x.value, x.target]));
  for (let k = 1; k < ctx.sentences.length; k++) {
    const s = ctx.sentences[k];
    const prev = ctx.sentences[k - 1];
    if (!s.figs.length || /\n[ \t]*\n/.test(ctx.text.slice(prev.end, s.start))) continue;
    const t = s.figs[0];
    // (Figures after the verdict's clause are another clause's.)
    const clauseStop = s.figs.length > 1 ? ctx.text.slice(t.end, s.figs[1].start).indexOf(";") : 0;
    if (clauseStop < 0) continue;
    if ((t.kind !== "percent" && t.kind !== "number") || used.has(t)) continue;
    const q = t.qualifiers[0]?.start ?? t.start;
    if (!TARGET_IS.test(ctx.lower.slice(Math.max(s.start, q - 50), q))) continue;
    const tail0 = ctx.lower.slice(t.end, s.end);
    const semi = tail0.indexOf(";");
    const tail = semi >= 0 ? tail0.slice(0, semi + 1) : tail0;
    const verdict = ON_THE_TARGET.exec(tail);
    if (!verdict || HEDGE.test(verdict[0]) || verdict.index > 40) continue;
    const cands = prev.figs.filter((v) => compatible(v, t) && v.kind !== "fraction" && !used.has(v) && !CHANGE_LEAD.test(ctx.lower.slice(Math.max(prev.start, (v.qualifiers[0]?.start ?? v.start) - 20), v.qualifiers[0]?.start ?? v.start)) && !/(?:from|than|compared[ \t]+with|against|on|từ|so với|hơn)[ \t]*\(?[ \t]*$/u.test(ctx.lower.slice(Math.max(prev.start, (v.qualifiers[0]?.start ?? v.start) - 16), v.qualifiers[0]?.start ?? v.start)));
    if (cands.length !== 1) continue;
    const v = cands[0];
    const vAt = t.end + verdict.index + verdict[0].indexOf(verdict[1], verdict[0].search(/(?:the|this|that|our|its|chỉ tiêu|mục tiêu)/u));
    const bound = t.qualifiers.find((x) => x.kind === "under" || x.kind === "atMost" || x.kind === "over" || x.kind === "atLeast");
    const lowerIsBetter = bound ? bound.kind === "under" || bound.kind === "atMost" : lowerBetter(ctx.lower.slice(prev.start, prev.end));
    out.push({ value: v, target: t, lowerIsBetter, verdict: { start: vAt, end: vAt + verdict[1].length } });
    used.add(v);
    used.add(t);
  }
}

function targetThenResult(ctx: UnitContext, out: ValueTarget[]): void {
  const used = new Set(out.flatMap((x) => [x.value, x.target]));
  for (let k = 1; k < ctx.sentences.length; k++) {
    const s = ctx.sentences[k];
    const prev = ctx.sentences[k - 1];
    if (/\n[ \t]*\n/.test(ctx.text.slice(prev.end, s.start))) continue;
    const verdict = ON_THE_TARGET.exec(ctx.lower.slice(s.start, s.end));
    if (!verdict || HEDGE.test(verdict[0])) continue;
    const vAt = s.start + verdict.index + verdict[0].indexOf(verdict[1], verdict[0].search(/(?:the|this|that|our|its|chỉ tiêu|mục tiêu)/u));
    const targets = prev.figs.filter((t) => (t.kind === "percent" || t.kind === "number") && TARGET_IS.test(ctx.lower.slice(Math.max(prev.start, (t.qualifiers[0]?.start ?? t.start) - 50), t.qualifiers[0]?.start ?? t.start)));
    if (targets.length !== 1 || used.has(targets[0])) continue;
    const t = targets[0];
    // (The sentence judges nothing of its own: no target label of its own before the verdict.)
    if (/(?:target|goal|mục tiêu|chỉ tiêu|kế hoạch)[^.;]*$/u.test(ctx.lower.slice(s.start, s.start + verdict.index))) continue;
    const changeTarget = REDUCTION_AFTER.test(ctx.lower.slice(t.end, t.end + 20));
    const isChange = (v: Figure) => CHANGE_LEAD.test(ctx.lower.slice(Math.max(s.start, (v.qualifiers[0]?.start ?? v.start) - 20), v.qualifiers[0]?.start ?? v.start).replace(/[ \t]+by[ \t]*$/u, " ")) || CHANGE_VALUE_AFTER.test(ctx.lower.slice(v.end, v.end + 40));
    const cands = s.figs.filter((v) => v.end <= s.start + verdict.index && compatible(v, t) && !used.has(v) && (changeTarget ? isChange(v) : !isChange(v)) && !BASE_BEFORE.test(ctx.lower.slice(Math.max(s.start, (v.qualifiers[0]?.start ?? v.start) - 16), v.qualifiers[0]?.start ?? v.start)));
    if (cands.length !== 1) continue;
    const v = cands[0];
    const bound = t.qualifiers.find((x) => x.kind === "under" || x.kind === "atMost" || x.kind === "over" || x.kind === "atLeast");
    const lowerIsBetter = changeTarget ? false : bound ? bound.kind === "under" || bound.kind === "atMost" : lowerBetter(ctx.lower.slice(prev.start, prev.end)) || (!!v.noun && lowerBetter(`${ctx.lower.slice(s.start, v.start)} ${v.noun}`));
    out.push({ value: v, target: t, lowerIsBetter, verdict: { start: vAt, end: vAt + verdict[1].length } });
    used.add(v);
    used.add(t);
  }
}

/** A target, then the result in the next clause of the sentence: "đề ra mục tiêu đến năm 2025 có ít
 * nhất 100 xã đạt chuẩn; kết quả 104 xã, hoàn thành vượt mức mục tiêu", "a target of 300 homes; the
 * result was 284 homes". */
const TARGET_LEAD = /(?<![\p{L}])(?:mục tiêu|chỉ tiêu|kế hoạch|target|goal)(?:[ \t]+[\p{L}\p{M}\d]+){0,6}?[ \t]*(?:có|là|đạt|of|:|was|is)?[ \t]*$/u;
// ("Chỉ tiêu năm 2024 giao 95% bếp ăn tập thể có GCN; kết quả đạt 93,4%": the target's noun may run long.)
const RESULT_LEAD = /^(?:[ \t]+[\p{L}\p{M}-]+){0,8}[ \t]*[;,][ \t]*(?:kết quả|thực hiện|thực tế|đạt được|the result was|the outturn was|result|achieved|actual|outturn)[ \t]*(?:là|đạt|:|was)?[ \t]*$/u;

/** "So với mục tiêu …", "Against the 95% target, …": a clause that opens on its target. */
const SO_VOI_LEAD = /(?:^|[;:\n][ \t]*)[ \t*_-]*(?:so[ \t]+với|compared[ \t]+(?:with|to)|(?:measured[ \t]+)?against)[ \t]+(?:(?:the|its|our|their|an?)[ \t]+)?$/u;
/** The target's clause ends at a comma, then a short subject names the value. */
const SUBJECT_GAP = /^[^;,()]{0,70},[ \t]*(?:[\p{L}\p{M}-]+[ \t]+){0,8}$/u;

function resultAfterTarget(ctx: UnitContext, out: ValueTarget[]): void {
  const used = new Set(out.flatMap((x) => [x.value, x.target]));
  for (const s of ctx.sentences) {
    for (let i = 0; i + 1 < s.figs.length; i++) {
      const [t, v] = [s.figs[i], s.figs[i + 1]];
      if (t.kind !== "number" && t.kind !== "percent") continue;
      if (!compatible(v, t) || v.qualifiers.length || used.has(v) || used.has(t)) continue;
      // Counts must count the same thing.
      if (!t.unit && (!t.noun || !v.noun || (t.noun.split(" ")[0] !== v.noun.split(" ")[0] && !(/^[a-z ]+$/.test(t.noun + v.noun) && t.noun.split(" ").pop() === v.noun.split(" ").pop())))) continue;
      const q = t.qualifiers[0]?.start ?? t.start;
      const lead = TARGET_LEAD.exec(ctx.lower.slice(Math.max(s.start, q - 60), q));
      if (!lead) continue;
      const gap = ctx.lower.slice(t.end, v.qualifiers[0]?.start ?? v.start);
      // "So với mục tiêu giải ngân tối thiểu 60%, tỷ lệ giải ngân 50,5% của tỉnh là chưa đạt": the
      // clause opens on the target, then the value and its verdict.
      const labelAt = q - lead[0].length;
      const opens = SO_VOI_LEAD.test(ctx.lower.slice(Math.max(s.start, labelAt - 40), labelAt)) && SUBJECT_GAP.test(gap);
      let said: Span | undefined;
      if (opens) {
        const rest = ctx.lower.slice(v.end, s.end);
        const verdict = clauseVerdict(ctx.lower, v.end, s.end) ?? findStatuses(rest.split(/[;.]/u)[0], v.end)[0];
        if (!verdict || s.figs.some((f) => f.start > v.end && f.start < verdict.start && compatible(f, t))) continue;
        said = { start: verdict.start, end: verdict.end };
      } else if (!RESULT_LEAD.test(gap)) continue;
      const bound = t.qualifiers.find((x) => x.kind === "under" || x.kind === "atMost" || x.kind === "over" || x.kind === "atLeast");
      const lowerIsBetter = bound ? bound.kind === "under" || bound.kind === "atMost" : lowerBetter(ctx.lower.slice(Math.max(s.start, q - 60), t.end + 30));
      out.push({ value: v, target: t, lowerIsBetter, reversed: true, verdict: said });
    }
  }
}

/** A base value in brackets after its year or comparison: "gấp 1,8 lần năm 2020 (40 triệu đồng)". */
function bracketedBase(ctx: UnitContext, s: Sentence, v: Figure): boolean {
  const q = v.qualifiers[0]?.start ?? v.start;
  return /(?:năm[ \t]+(?:19|20)\d\d|so[ \t]+với[^(;]{0,30}|cùng[ \t]+kỳ|lần[^(;]{0,20}|(?:than[ \t]+)?in[ \t]+(?:19|20)\d\d(?:[\/–-]\d{2,4})?|on[ \t]+(?:19|20)\d\d(?:\/\d{2,4})?|than[^(;]{0,30}|year[ \t-]+on[ \t-]+year|from[^(;]{0,30}|compared[^(;]{0,30}|last[ \t]+year|a[ \t]+year[ \t]+(?:ago|earlier))[ \t]*\([ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, q - 45), q));
}

function compatible(v: Figure, t: Figure): boolean {
  if (v.kind === "range") return false;
  // "533/696 trường đạt chuẩn …, vượt chỉ tiêu 75%": the fraction's share.
  if (isPercent(t)) return (v.kind === "percent" && v.unit === "%") || (v.kind === "fraction" && t.kind === "percent" && !!v.denominator && !new D(v.denominator.exact).isZero() && new D(v.numerator!.exact).lte(v.denominator.exact));
  if (t.unit === "pp" || v.unit === "pp") return false;
  return (v.unit ?? "") === (t.unit ?? "") && v.kind === "number" && (t.kind === "number" || t.kind === "range");
}

/** "128/142 xã đạt chuẩn (90,1%), vượt 8 xã so với mục tiêu Nghị quyết (120 xã)", "214 villages,
 * exceeding the target of 200 by 14": the value, the target and the margin stated between them. */
export interface TargetMargin {
  value: Figure;
  target: Figure;
  margin: Figure;
  /** 1: the value is above the target by the margin; -1: below it. */
  sign: 1 | -1;
  /** The margin is a percentage of the target: "exceeding the end target by 7.0%". */
  relative?: boolean;
}

const MARGIN_VI_BARE = /^[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,2}?so[ \t]+với[ \t]+(?:mục tiêu|kế hoạch|chỉ tiêu)(?:[ \t]+(?:đề[ \t]+ra|giao|được[ \t]+giao|năm))?[ \t]*(?:là[ \t]+)?$/u;
const MARGIN_VI = /^[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,2}?so[ \t]+với[ \t]+(?:mục tiêu|kế hoạch|chỉ tiêu)(?:[ \t]+[\p{L}\p{M}\d]+){0,5}?[ \t]*\([ \t]*$/u;
const MARGIN_EN_PRE = /(?:exceeding|beating|above|ahead[ \t]+of|missing|below|short[ \t]+of)[ \t]+(?:the|its|our|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:target|goal|plan)[ \t]+(?:of[ \t]+)?$/u;

/** "Target 200 villages; 214 … were certified, exceeding the end target by 7.0%", "Mục tiêu 200 xã;
 * đạt 214 xã, vượt mục tiêu 7,0%": the target labelled first, then the value, then the margin. */
const LABEL_FIRST = /(?:^[\s*_]*|[.;:(][ \t]*)(?:against[ \t]+(?:an?|the|its|our)[ \t]+|(?:the|an?)[ \t]+)?(?:(?:end|final|annual|overall|project|programme|program)[ \t]+)?(?:target|goal|mục tiêu|kế hoạch|chỉ tiêu)(?:[ \t]+(?:was|is|là|:|of))?[ \t]*:?[ \t]*$/u;
const MARGIN_AFTER = /(?:(exceeding|exceeded|beating|beat|surpassing|surpassed|above|ahead[ \t]+of|missing|missed|below|short[ \t]+of)[ \t]+(?:the|its|our|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:target|goal|plan)[ \t]+by|(vượt|hụt|thấp hơn|cao hơn)[ \t]+(?:so[ \t]+với[ \t]+)?(?:mục tiêu|kế hoạch|chỉ tiêu)(?:[ \t]+đề ra)?)[ \t]+$/u;

function labelFirstMargins(ctx: UnitContext, s: Sentence, out: TargetMargin[]): void {
  for (let i = 0; i + 2 < s.figs.length; i++) {
    const [t, v] = [s.figs[i], s.figs[i + 1]];
    if (t.kind !== "number" || t.qualifiers.length || t.unit === "%" || (!t.unit && !t.noun)) continue;
    if (!LABEL_FIRST.test(ctx.lower.slice(Math.max(s.start, t.start - 40), t.start))) continue;
    // The value: the next figure, in the target's unit, or a count (or fraction) of its noun.
    const head = (n: string | undefined) => n?.split(" ")[0];
    const sameNoun = !t.unit && !!v.noun && head(v.noun) === head(t.noun);
    if (v.kind === "fraction" ? !sameNoun : v.kind !== "number" || v.qualifiers.length || (v.unit ?? "") !== (t.unit ?? "") || (v.scale?.factor ?? "1") !== (t.scale?.factor ?? "1") || (!t.unit && !sameNoun)) continue;
    // ("Against a target of £95,000 we raised £102,640, …": the clause the target opens runs on to the value.)
    const against = /against[ \t]+(?:an?|the|its|our)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:target|goal)[ \t]+of[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, t.start - 40), t.start));
    if (!/^[ \t\p{L}\p{M}-]*[;,][ \t]*(?:[\p{L}\p{M}-]+[ \t]+){0,5}?$/u.test(ctx.lower.slice(t.end, v.qualifiers[0]?.start ?? v.start)) && !(against && /^[ \t]*,?[ \t]*(?:[\p{L}\p{M}-]+[ \t]+){1,5}?$/u.test(ctx.lower.slice(t.end, v.qualifiers[0]?.start ?? v.start)))) continue;
    for (let j = i + 2; j < s.figs.length; j++) {
      const d = s.figs[j];
      if ((d.kind !== "number" && d.kind !== "percent") || d.start - v.end > 300) break;
      const dq = d.qualifiers[0]?.start ?? d.start;
      const m = MARGIN_AFTER.exec(ctx.lower.slice(Math.max(v.end, dq - 60), dq));
      if (!m) continue;
      if (d.qualifiers.length) break;
      const relative = d.unit === "%";
      if (!relative && ((d.unit ?? "") !== (t.unit ?? "") || (!t.unit && head(d.noun) !== head(t.noun)))) break;
      const w = m[1] ?? m[2];
      out.push({ value: v, target: t, margin: d, sign: /^(?:missing|missed|below|short|hụt|thấp hơn)/u.test(w) ? -1 : 1, relative });
      break;
    }
  }
}

export function findTargetMargins(ctx: UnitContext): TargetMargin[] {
  const out: TargetMargin[] = [];
  for (const s of ctx.sentences) {
    if (s.figs.length >= 3) labelFirstMargins(ctx, s, out);
    for (let i = 1; i + 1 < s.figs.length; i++) {
      // Vietnamese: value …, vượt D so với mục tiêu (T).
      const [d, t] = [s.figs[i], s.figs[i + 1]];
      const dq = d.qualifiers[0]?.start ?? d.start;
      const lead = /(vượt|hụt|thấp hơn|cao hơn|nhiều hơn|ít hơn)[ \t]*$/u.exec(ctx.lower.slice(Math.max(s.start, dq - 14), dq));
      // ("đạt 91,5%, vượt 6,5 điểm phần trăm so với chỉ tiêu Bộ Công an giao (85%)", "… so với chỉ tiêu 85%.": a
      // rate's margin in points, the target in brackets or closing the clause.)
      const points = isPercent(t) && d.unit === "pp";
      if (lead && (d.kind === "number" || points) && !d.qualifiers.length && ((MARGIN_VI.test(ctx.lower.slice(d.end, t.start)) && /^[ \t\p{L}\p{M}]*\)/u.test(ctx.lower.slice(t.end, t.end + 20))) || (MARGIN_VI_BARE.test(ctx.lower.slice(d.end, t.start)) && /^[ \t]*(?:[.;,]|$)/u.test(ctx.lower.slice(t.end, t.end + 3))))) {
        const v = marginValue(ctx, s, i, t);
        if (v) out.push({ value: v, target: t, margin: d, sign: /^(?:hụt|thấp hơn|ít hơn)$/u.test(lead[1]) ? -1 : 1 });
        continue;
      }
      // English: value …, exceeding the target of T by D.
      const [t2, d2] = [s.figs[i], s.figs[i + 1]];
      const tq = t2.qualifiers[0]?.start ?? t2.start;
      const en = MARGIN_EN_PRE.exec(ctx.lower.slice(Math.max(s.start, tq - 50), tq));
      if (en && d2.kind === "number" && !d2.qualifiers.length && /^[ \t\p{L}]*?[ \t]+by[ \t]+$/u.test(ctx.lower.slice(t2.end, d2.qualifiers[0]?.start ?? d2.start))) {
        const v = marginValue(ctx, s, i, t2);
        if (v) out.push({ value: v, target: t2, margin: d2, sign: /^(?:missing|below|short)/u.test(en[0]) ? -1 : 1 });
      }
    }
  }
  return out;
}

/** The value a margin is counted from: the nearest figure before, in the target's unit or, for
 * counts, a fraction or count of the same noun. */
function marginValue(ctx: UnitContext, s: Sentence, i: number, t: Figure): Figure | undefined {
  if (isPercent(t) && !t.qualifiers.length) {
    const v = s.figs[i - 1];
    return v && isPercent(v) && !v.qualifiers.length && v.unit === t.unit ? v : undefined;
  }
  if (t.kind !== "number" || t.qualifiers.length) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const v = s.figs[j];
    if (v.kind === "percent" && t.unit !== "%") continue;
    // ("70 trạm, tăng 14 trạm so với năm 2022 (56 trạm), …; vượt 2 trạm so với kế hoạch năm (68 trạm)": a change's
    // base in its bracket, and the change's size, are passed over for the level.)
    if (CHANGE_BASE_BEFORE.test(ctx.lower.slice(Math.max(s.start, v.start - 50), v.qualifiers[0]?.start ?? v.start)) || /(?<![\p{L}])(?:tăng|giảm|up|down|by)(?:[ \t]+thêm)?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, v.start - 12), v.qualifiers[0]?.start ?? v.start))) continue;
    if (v.kind === "fraction") return !t.unit && t.noun && v.noun && t.noun.split(" ")[0] === v.noun.split(" ")[0] ? v : undefined;
    if (v.kind !== "number" || v.qualifiers.length) return undefined;
    if ((v.unit ?? "") !== (t.unit ?? "") || (v.scale?.factor ?? "1") !== (t.scale?.factor ?? "1")) return undefined;
    if (!t.unit && (!t.noun || !v.noun || (t.noun.split(" ")[0] !== v.noun.split(" ")[0] && !abbreviates(t.noun, v.noun) && !abbreviates(v.noun, t.noun)))) return undefined;
    return v;
  }
  return undefined;
}

export { findHeaders };
export type { Status };

/** "Thu nhập bình quân đầu người … ước đạt 58,2 triệu đồng/người/năm, tăng … so với năm 2023 (53,5
 * triệu đồng), …; vượt kế hoạch (57 triệu đồng)", "output was 4,210 homes, exceeding the plan (4,000 homes)" (not a budget,
 * under which less may be better):
 * a verdict on the plan whose amount stands in brackets after it judges the sentence's one level in
 * that unit (the others being changes and earlier values). */
const VERDICT_PLAN_BRACKET = /(?<![\p{L}])(?:(?:không|chưa)[ \t]+(?:đạt|hoàn thành)|vượt|đạt|hoàn thành(?:[ \t]+vượt)?|exceeding|exceeded|missing|missed|meeting|met)[ \t]+(?:mức[ \t]+)?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|(?:the|its|our)[ \t]+(?:annual[ \t]+)?(?:plan|budget|target))(?:[ \t]+(?:năm|\d{4}|hđnd|ubnd|tỉnh|huyện|thành phố|thị xã|xã|giao|được giao|đề ra|đặt ra|nghị quyết))*[ \t]*\([ \t]*$/u;
const LEVEL_PRE = /(?:đạt|là|reached|was|were|stood at|totalled|totaled|came to)[ \t]*$/u;

function verdictPlanBracket(ctx: UnitContext, out: ValueTarget[]): void {
  const used = new Set(out.flatMap((x) => [x.value, x.target]));
  for (const s of ctx.sentences) {
    for (const t of s.figs) {
      if (t.kind !== "number" || !t.unit || t.unit === "%" || t.unit === "pp" || used.has(t) || t.qualifiers.length) continue;
      const pre = ctx.lower.slice(Math.max(s.start, t.start - 50), t.start);
      const m = VERDICT_PLAN_BRACKET.exec(pre);
      if (!m || !/^[ \t]*\)/.test(ctx.lower.slice(t.end, t.end + 3))) continue;
      const vStart = t.start - pre.length + m.index;
      const base = (f: Figure) => (f.unit ?? "").split("/")[0];
      const same = s.figs.filter((v) => v.end <= vStart && v.kind === "number" && base(v) === base(t) && (v.scale?.factor ?? "1") === (t.scale?.factor ?? "1"));
      if (!same.length) continue;
      const levels = same.filter((v) => {
        const q = v.qualifiers[0]?.start ?? v.start;
        // "ước đạt 58,2 triệu đồng": the qualifier may hold the verb.
        const vp = ctx.lower.slice(Math.max(s.start, q - 20), v.start);
        return (LEVEL_PRE.test(vp) || LEVEL_PRE.test(ctx.lower.slice(Math.max(s.start, q - 20), q))) && !/\([^()]*$/u.test(ctx.text.slice(Math.max(s.start, v.start - 60), v.start));
      });
      if (levels.length !== 1) continue;
      const v = levels[0];
      // The others only changes and earlier values: "tăng 4,7 triệu đồng", "(53,5 triệu đồng)".
      const others = same.filter((x) => x !== v);
      if (others.some((x) => x.start < v.start)) continue;
      if (!others.every((x) => /(?:tăng|giảm|up|down|by|rise of|increase of|fall of)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, x.start - 14), x.start)) || /\([^()]*$/u.test(ctx.text.slice(Math.max(s.start, x.start - 40), x.start)))) continue;
      const gap = ctx.text.slice(v.end, vStart);
      if (gap.length > 200 || /[:\n]/.test(gap) || used.has(v)) continue;
      // Nothing between the last ";" and the verdict: the verdict opens its clause.
      const semi = gap.lastIndexOf(";");
      if (semi >= 0 && !/^[ \t]*(?:nhưng|song|tuy nhiên|but|and|và)?[ \t]*$/u.test(gap.slice(semi + 1))) continue;
      out.push({ value: v, target: t, lowerIsBetter: lowerBetter(ctx.lower.slice(s.start, v.start)), verdict: { start: vStart, end: t.start } });
    }
  }
}
