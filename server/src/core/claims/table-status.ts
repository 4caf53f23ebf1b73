// Scorecard tables: a target column, an actual column and a status column ("Met", "Missed",
// "Đạt", "Không đạt"). Each row's status must follow from its own two figures. The direction of
// each row (higher or lower is better) comes from its target cell ("5% or less", "dưới 3%") or its
// label ("waiting", "tỷ lệ hộ nghèo"); a table whose rows mostly disagree with that reading is
// read some other way by its authors and left alone.
import { D, type Dec } from "../math/interval.ts";
import type { Figure, Span } from "../types.ts";
import type { UnitContext } from "./context.ts";
import { isPercent } from "./context.ts";
import { findTables, type Cell, type Table } from "./table.ts";
import { goodSide, lowerBetter, withoutPerBase } from "./plan.ts";
import { findThresholdStatuses } from "./threshold-status.ts";

export interface TableStatus {
  actual: Figure;
  target: Figure;
  status: Cell;
  verdict: "met" | "missed";
  lowerIsBetter: boolean;
}

const WITHIN_TARGET = /(?:within|in|on|inside|outside|met|meeting)[ \t]+(?:the[ \t]+)?(?:target|standard)|(?:đạt|trong)[ \t]+(?:chỉ tiêu|mục tiêu|thời hạn)/u;
const STRONG_TARGET_HEAD = /(?:target|goal|standard|benchmark|mục tiêu|chỉ tiêu)/u;
const AGAINST_PLAN_HEAD = /(?:(?<![\p{L}])so(?:[ \t]+với)?|(?<![\p{L}])vs\.?|versus|against|% of)[ \t]+(?:the[ \t]+)?(?:kh|kế[ \t]+hoạch|target|plan|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+toán)(?![\p{L}])/u;
const TARGET_HEAD = /(?:target|goal|standard|plan|benchmark|milestone|trajectory|mục tiêu|kế hoạch|chỉ tiêu|mốc|kh\b)/u;
const ACTUAL_HEAD = /(?:actual|achieved|outturn|result|performance|outcome|value|thực hiện|kết quả|đạt được|ước đạt|\b(?:fy ?)?(?:19|20)\d\d(?:[/-]\d{2,4})?\b)/u;
const YEAR = /(?:19|20)\d\d/g;
const STATUS_HEAD = /(?:status|rating|rag|assessment|met\??$|đánh giá|tình trạng|kết quả đánh giá)/u;
const MET = /^(?:met|achieved|exceeded|target met|target achieved|target exceeded|đạt|vượt|đạt và vượt|hoàn thành|(?:đạt|vượt|hoàn thành|đạt và vượt)[ \t]+(?:kế hoạch|kh|chỉ tiêu|mục tiêu)|green|✓|✔|✅)$/u;
const MISSED = /^(?:missed|not met|not achieved|target missed|target not met|behind target|below target|off track|failed|không đạt|chưa đạt|không hoàn thành|chưa hoàn thành|(?:không|chưa)[ \t]+(?:đạt|hoàn thành)[ \t]+(?:kế hoạch|kh|chỉ tiêu|mục tiêu)|red|✗|✘|❌)$/u;
// ("| … | trong 30 ngày | bình quân 18 ngày | Đạt |": a time to stay within.)
const CEILING = /(?:or less|or fewer|at most|maximum|max\b|no more than|not more than|below|under|within|up to|≤|<|dưới|tối đa|không quá|không vượt|(?<![\p{L}])trong(?:[ \t]+vòng)?(?=[ \t]+\d))/u;
const FLOOR = /(?:or more|at least|minimum|min\b|≥|>|trên|tối thiểu|ít nhất)/u;
/** Labels of measures where more is better, whatever the other rows of the table do. */
const HIGHER_LABEL = /(?:coverage|compliance|satisfaction|attendance|completion|achievement|pass rate|collected|collection|revenue|income|recycl|uptake|vaccinat|immunis|screening|tỷ lệ bao phủ|bao phủ|hài lòng|thu ngân sách|thu nhập|hoàn thành|tiêm chủng)/u;
/** "Số vụ tai nạn giao thông (giảm so với năm trước, %)", "Emissions (% reduction on 2019)": the size
 * of a cut, where more is better. */
// ("Số hộ nghèo giảm (hộ)": the count that left poverty, a size of the fall, more is better.)
const REDUCTION_SIZE = /\([^()]*(?:giảm|reduction|decrease|fall|cut)[^()]*\)|(?:mức|tỷ lệ|%)[ \t]+giảm|^[\s*]*số[ \t]+[\p{L}\p{M} ]{1,30}?[ \t]+giảm(?:[ \t]+(?:được|trong[ \t]+năm))?[ \t]*(?:\(|$)|(?:percentage|%)[ \t]+(?:reduction|decrease|fall|cut)|(?<![\p{L}])(?:reduction|decrease|cut|fall)[ \t]+(?:on|from|against|since|vs\.?)[ \t]+(?:the[ \t]+)?(?:(?:19|20)\d\d(?:\/\d{2,4})?[ \t]+)?(?:baseline|base[ \t]+year|level)|giảm[ \t]+so[ \t]+với|^[\s*]*(?:\d{1,2}[.)][ \t]*)?(?:reductions?|cuts?|decreases?|falls?)[ \t]+in[ \t]|^[\s*]*(?:\d{1,2}[.)][ \t]*)?giảm[ \t]+(?:số|tỷ[ \t]+lệ|tỉ[ \t]+lệ|lượng|mức|phát[ \t]+thải|cường[ \t]+độ|\p{L}+[ \t]+\p{L}+)/u;
/** "Spend against budget | £6.42m | £6.87m": money spent against a budget is better under it (a rate of
 * the budget spent, "95% | 89.2%", is better high). */
const SPEND_BUDGET = /(?:spend|spending|expenditure|costs?|outturn)[ \t]+(?:against|vs\.?|versus|compared[ \t]+(?:with|to))[ \t]+(?:the[ \t]+)?budget/u;
/** "Satisfaction with complaint handling", "hài lòng với việc sửa chữa": a share satisfied is better
 * higher, whatever it is satisfied with. */
const SATISFIED = /(?<![\p{L}])(?:satisf(?:ied|action)|hài[ \t]+lòng)(?![\p{L}])/u;
const LOWER_LABEL = /(?:(?<![\p{L}])gaps?(?![\p{L}])|agency[ \t]+(?:spend|spending|staff|staffing|costs?|usage|use|nurses?)|within[ \t]+(?:the[ \t]+)?(?:(?:approved|agreed|revised|set|annual|original)[ \t]+)?(?:budget|allocation|cash[ \t]+limit|envelope)|trong[ \t]+(?:phạm[ \t]+vi[ \t]+)?dự[ \t]+toán|khoảng cách|sự cố|waiting|wait|delay|days to|missed|re-referrals?|readmissions?|errors?|fraud|overpayments?|exclusions?|turnaround|turn-around|re-let|relet|time to|time taken|backlog|vacanc|sickness|absence|mortality|deaths?|infections?|mrsa|c\. ?diff|complaints?|incidents?|accidents?|outages?|interruptions?|flooding|emissions?|pollution|crimes?|offences?|casualties|saidi|saifi|losses|leakage|arrears|debt(?![ \t]+(?:advice|advisers?|support|counsell?ing|services?|help|clients?|relief))|deficit|cost|poverty|unemployment|dropout|withdrawals?|attrition|cancell?ations?|hộ nghèo|thất nghiệp|tử vong|tai nạn|suy dinh dưỡng|bỏ học|(?<!dư[ \t]+)nợ|nợ[ \t]+(?:xấu|quá[ \t]+hạn)|thất thoát|ô nhiễm)/u;

/** "Bảo hiểm thất nghiệp", "unemployment insurance", "giảm nghèo", "crime prevention": cover against
 * a bad thing, or its reduction, is something to have more of. */
const COVER_AGAINST = /(?:bảo hiểm|trợ cấp|phòng chống|phòng ngừa|giảm|xóa|chống|cho|hỗ trợ|thoát)[ \t]+(?:[\p{L}]+[ \t]+)?(?:thất nghiệp|nghèo|tai nạn|tội phạm|ô nhiễm)|(?:unemployment|accident|crime|poverty)[ \t]+(?:insurance|benefits?|reduction|prevention)/u;

/** "Written complaints resolved at first contact", "khiếu nại được giải quyết": the share handled,
 * where higher is better, whatever it counts. */
const RESOLVED_LABEL = /(?:resolved|answered|closed|handled|managed[ \t]+(?:without|by|through|locally|at[ \t]+home)|dealt[ \t]+with|cleared|settled|first contact|on time|collected|recovered|được hỗ trợ|được vay|được cấp|thoát nghèo|supported|helped|assisted|solved|detected|charged|positive outcomes?|successful outcomes?|giải quyết|xử lý xong|đúng hạn)/u;

/** A label or header that names times where less is better. */
const TIME_CAPTION = /(?:response|waiting|wait|turnaround|processing|handling|answer(?:ing)?|attendance|journey|arrival)[ \t]+times?|thời[ \t]+gian[ \t]+(?:chờ|xử lý|phản hồi|giải quyết|tiếp cận|có mặt)/u;
/** A statistic of durations: "(mean, min)", "(90th centile, min)"; a centile of a duration is a
 * waiting or response time, a mean in minutes or seconds nearly always one too. */
const STATISTIC = /(?:mean|median|average|trung bình|bình quân)/u;
const CENTILE = /(?:centile|percentile)/u;
const SHORT_UNIT = /(?:\(|,[ \t]*|[ \t])(?:min|mins|minutes|seconds|secs|phút|giây)[ \t]*\)/u;
/** Time given or spent, where more may be better: training, opening, volunteering, care. */
const TIME_SPENT = /(?:training|learning|teaching|study|contact|worked|volunteer|opening|open|service|activity|exercise|care|đào tạo|tập huấn|học|giảng dạy|hoạt động|mở cửa)/u;
/** A duration unit in a label or header: "(mean, min)", "(days)", "minutes". */
const DURATION_UNIT = /(?:\(|,[ \t]*|[ \t])(?:min|mins|minutes|hours|hrs|days|seconds|secs|phút|giờ|ngày)[ \t]*\)|(?<![\p{L}])(?:minutes|hours|days|phút|giờ|ngày)(?![\p{L}])/u;

function column(t: Table, re: RegExp, not?: number): number {
  return t.header.findIndex((h, i) => i !== not && i > 0 && re.test(h.toLowerCase()));
}

const PERIOD_HEAD = /^(?:q[1-4]|quarter[ \t]*[1-4]|quý[ \t]*(?:i{1,3}|iv|[1-4])|h[12]|tháng[ \t]*\d{1,2}|month[ \t]*\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)(?:[ \t]+(?:19|20)?\d\d(?:\/\d\d)?)?$/u;

/** The actual column: named as such; of several ("Actual 2022/23", "Actual 2023/24"), the latest year. */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
function withinYear(h: string): number {
  const q = /(?<![\p{L}])(?:q|quarter[ \t]*|quý[ \t]*)([1-4])(?![\d])/u.exec(h);
  if (q) return +q[1] * 3;
  const m = /(?<![\p{L}])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/u.exec(h);
  return m ? MONTHS.indexOf(m[1]) + 1 : 0;
}

function actualColumn(t: Table, ti: number, si: number): number {
  let best = -1;
  let bestYear = -1;
  t.header.forEach((h, i) => {
    if (i === 0 || i === ti || i === si || !ACTUAL_HEAD.test(h.toLowerCase())) return;
    // ("| Q2 2024/25 | Q3 2024/25 | Status |", "| Oct 2024 | Sep 2024 |": within a year, the later
    // quarter or month.)
    const year = Math.max(-1, ...(h.match(YEAR) ?? []).map(Number)) * 100 + withinYear(h.toLowerCase());
    if (best < 0 || year > bestYear) {
      best = i;
      bestYear = year;
    }
  });
  return best;
}

/** "Met", "Not met", "Green (met)", "Red (missed)"; "Amber", "On track" and the like say neither. */
function verdictOf(text: string): "met" | "missed" | undefined {
  const word = text.toLowerCase().replace(/[*_`]/g, "").trim();
  if (MET.test(word)) return "met";
  if (MISSED.test(word)) return "missed";
  const m = /^(green|red)\s*\(([^)]*)\)$/u.exec(word) ?? /^([^(]*\S)\s*\((green|red)\)$/u.exec(word);
  if (!m) return undefined;
  const [colour, inner] = m[1] === "green" || m[1] === "red" ? [m[1], m[2].trim()] : [m[2], m[1]];
  const v = MET.test(inner) ? "met" : MISSED.test(inner) ? "missed" : undefined;
  return v && (v === "met") === (colour === "green") ? v : undefined;
}

const ON_TRACK = /^(?:on track|on target|on course|đúng tiến độ|đảm bảo tiến độ)$/u;

/** The status column when no header names it: the one whose cells are (nearly) all verdicts. */
function statusColumn(t: Table): number {
  const named = column(t, STATUS_HEAD);
  if (named >= 0) return named;
  const width = Math.max(...t.rows.map((r) => r.cells.length));
  for (let c = width - 1; c > 0; c--) {
    const words = t.rows.filter((r) => r.cells[c] && verdictOf(r.cells[c].text)).length;
    if (words >= 2 && words >= t.rows.length * 0.8) return c;
  }
  // A column of figures with a verdict where no figure says it ("| Tỷ lệ so KH (%) |" holding
  // "103,6" on most rows and "Đạt" on the rows whose target is a ceiling).
  for (let c = width - 1; c > 0; c--) {
    const words = t.rows.filter((r) => r.cells[c] && verdictOf(r.cells[c].text)).length;
    if (words >= 2 && t.rows.every((r) => !r.cells[c] || verdictOf(r.cells[c].text) || r.cells[c].figure || r.cells[c].dash || !r.cells[c].text)) return c;
  }
  return -1;
}

/**
 * The target: the cell's one figure; in a cell of words ("Attend 80% of rural emergencies in 20
 * minutes") its one percentage, when the actual is one too. A change to make ("Reduce burglary by
 * 10%") is not a level to reach: none.
 */
function targetFigure(c: Cell, actual: Figure): Figure | undefined {
  if (/\bby\b|\b(?:reduce|cut|increase|raise|lower)\b/iu.test(c.text)) return undefined;
  if (c.figure) return c.figure;
  if (!c.figures || !isPercent(actual)) return undefined;
  const percents = c.figures.filter((f) => isPercent(f) && f.kind === "percent");
  return percents.length === 1 ? percents[0] : undefined;
}

function sameKind(a: Figure, b: Figure): boolean {
  if (a.kind === "fraction" || b.kind === "fraction" || a.kind === "range" || b.kind === "range") return false;
  return isPercent(a) === isPercent(b) && (a.unit ?? "") === (b.unit ?? "");
}

export function findTableStatuses(ctx: UnitContext): TableStatus[] {
  return ctx.memo("table-status", () => {
    const out: TableStatus[] = [];
    for (const t of findTables(ctx)) {
      // The target column holds figures: "Chỉ tiêu" over the indicators' names is not one.
      // ("% of quarterly target", "Tỷ lệ so với kế hoạch": a rate of the target is no target.)
      const isTarget = (h: string, i: number) => i > 0 && TARGET_HEAD.test(h.toLowerCase()) && !/(?:%|tỷ[ \t]+lệ|tỉ[ \t]+lệ|rate|per[ \t]*cent)[^|]{0,12}(?:of|so[ \t]+với)?[ \t]*(?:the[ \t]+)?(?:[\p{L}]+[ \t]+)?(?:target|plan|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu)/u.test(h.toLowerCase()) && t.rows.filter((r) => r.cells[i]?.figure || r.cells[i]?.figures).length * 2 >= t.rows.length;
      // "Within target" counts the cases that met it; the target itself is in its own column.
      const si = statusColumn(t);
      // ("| Sessions planned | Sessions used | Utilisation | Target | RAG |": of several, the status is
      // judged against the target column nearest before it.)
      // ("| KH 2024 | TH 2024 | So KH (%) |": a rate against the plan is no plan.)
      const targets = t.header.map((h, i) => i).filter((i) => isTarget(t.header[i], i) && !WITHIN_TARGET.test(t.header[i].toLowerCase()) && !AGAINST_PLAN_HEAD.test(t.header[i].toLowerCase()));
      const strong = targets.filter((i) => STRONG_TARGET_HEAD.test(t.header[i].toLowerCase()) && (si < 0 || i < si));
      const ti = targets.length > 1 && strong.length ? strong[strong.length - 1] : targets.length ? targets[0] : t.header.findIndex(isTarget);
      if (ti < 0 || si < 0) continue;
      // ("| Kế hoạch vốn | Đã giải ngân | Tỷ lệ (%) | Đánh giá so với yêu cầu 60% |": the verdict names a
      // standard of its own, which the plan column is not.)
      if (/\d/u.test(t.header[si] ?? "")) continue;
      // The actual column: named as such, else the figure column beside the target.
      let ai = actualColumn(t, ti, si);
      // ("| Target | Q1 | Q2 | Change | Status |": of several periods, the status is of the latest.)
      const periods = t.header.map((h, i) => i).filter((i) => i > 0 && i !== ti && i !== si && PERIOD_HEAD.test(t.header[i].toLowerCase().replace(/[*_`]/gu, "").trim()));
      if (ai < 0 && periods.length >= 2) ai = periods[periods.length - 1];
      if (ai < 0 || ai === si) ai = ti + 1 !== si ? ti + 1 : -1;
      if (ai >= t.header.length) ai = -1;
      // ("| Achieved | Eligible | Rate | Target | Status |": the counts named "achieved" are not what the
      // target measures; the column of the target's kind is, the nearest before it.)
      const kindRows = (i: number) => t.rows.filter((r) => { const tf = r.cells[ti] && r.cells[i]?.figure ? targetFigure(r.cells[ti], r.cells[i].figure!) : undefined; return !!tf && sameKind(tf, r.cells[i].figure!); }).length;
      if (ai < 0 || kindRows(ai) * 2 < t.rows.length) {
        const alt = t.header.map((_, i) => i).filter((i) => i > 0 && i !== ti && i !== si && kindRows(i) * 2 >= t.rows.length).sort((x, y) => (x < ti ? ti - x : 100 + x) - (y < ti ? ti - y : 100 + y));
        if (alt.length) ai = alt[0];
      }
      // ("| Chỉ tiêu (%) | Số được tiêm | Tỷ lệ (%) | Đánh giá |": a target in percent judges the rate
      // column, not the count beside it.)
      const pctHead = (h: string) => /(?:%|tỷ[ \t]+lệ|tỉ[ \t]+lệ|(?<![\p{L}])rate|per[ \t]*cent)/u.test(h.toLowerCase());
      if (ai >= 0 && pctHead(t.header[ti]) && !pctHead(t.header[ai])) {
        const rate = t.header.map((_, i) => i).filter((i) => i > 0 && i !== ti && i !== si && pctHead(t.header[i]) && !TARGET_HEAD.test(t.header[i].toLowerCase()));
        if (rate.length === 1) ai = rate[0];
      }
      if (ai < 0 || ai === si) continue;
      // "Response time (min)", "Category 1 (mean, min)": times, where less is better.
      const timeHead = TIME_CAPTION.test(t.header.join(" ").toLowerCase());
      const withinTable = t.header.some((h) => /(?:within|on time|in time|trong vòng|đúng hạn|đúng thời hạn)(?![\p{L}])/u.test(h.toLowerCase()));
      const rows: TableStatus[] = [];
      /** Rows whose direction is only the default guess (higher is better). */
      const guessed = new Set<TableStatus>();
      let lowerLabelled = 0;
      let agree = 0;
      let explicitWrong = 0;
      let supporting = 0;
      for (const r of t.rows) {
        const tc = r.cells[ti];
        const ac = r.cells[ai];
        const sc = r.cells[si];
        if (!tc || !ac?.figure || !sc) continue;
        // A signed actual ("-13.5%", "+4.6%") is a change, not a level.
        if (/^[+\-−–]/u.test(ac.text)) continue;
        const target = targetFigure(tc, ac.figure);
        if (!target) continue;
        const verdict = verdictOf(sc.text);
        const onTrack = !verdict && ON_TRACK.test(sc.text.toLowerCase().replace(/[*_`]/g, "").trim());
        if ((!verdict && !onTrack) || !sameKind(target, ac.figure)) continue;
        // ("| Q2 | 750 | 748 | 99.7% | Green |" beside Amber rows: three colours give Green a tolerance the text
        // may set elsewhere ("Green at 95% or above"); a hair below target is no contradiction.)
        if (/^(?:\*\*|__)?green(?:\*\*|__)?$/u.test(sc.text.toLowerCase().trim()) && t.rows.some((x) => /^(?:\*\*|__)?amber/u.test((x.cells[si]?.text ?? "").toLowerCase().trim())) && target.value && ac.figure.value && new D(ac.figure.value.exact).lt(target.value.exact) && new D(ac.figure.value.exact).gte(new D(target.value.exact).times("0.995"))) continue;
        // In a cell of words, only the words right around the percentage qualify it.
        const ttext = (tc.figure ? tc.text : ctx.text.slice(Math.max(tc.start, target.start - 15), Math.min(tc.end, target.end + 12))).toLowerCase();
        const lab = withoutPerBase(r.label.toLowerCase());
        // ("Homes under placement suspension at year end (max)": the label's own bound.)
        const labelBound = /\((max|maximum|tối đa|ceiling|min|minimum|tối thiểu|≤|<=|≥|>=)\)/u.exec(lab)?.[1];
        const explicit = (withinTable && ac.figure.unit === "%") || CEILING.test(ttext) || (!!labelBound && labelBound !== "ceiling") || FLOOR.test(ttext) || target.qualifiers.some((q) => q.kind === "under" || q.kind === "atMost" || q.kind === "over" || q.kind === "atLeast");
        // "waiting under 18 weeks", "seen within 4 hours": a share meeting a standard, higher is better.
        // A table counting cases "Within target" / "đúng hạn" gives the share of them: higher is better.
        // ("Tỷ suất tử vong trẻ em dưới 1 tuổi": an age names who is counted, not a standard.)
        // ("Death notifications actioned in 5 days": a share done in a time is a standard too.)
        const withinStandard = /(?:within|under|less than|fewer than|in under|trong vòng|dưới)[ \t]+\d+(?![\d.,]*[ \t]*(?:tuổi|years?[ \t]+old|year-olds?|yrs))/u.test(r.label) || (ac.figure.unit === "%" && (withinTable || /(?<![\p{L}])(?:in|trong)[ \t]+\d+[ \t]+(?:working[ \t]+|calendar[ \t]+|ngày[ \t]+làm[ \t]+việc)?(?:days?|hours?|minutes?|weeks?|months?|ngày|giờ|phút|tuần|tháng)(?![\p{L}])/u.test(r.label.toLowerCase())));
        // ("Enquiries allocated to caseworker (days)": a time taken, given in its unit.)
        const timed = ac.figure.unit !== "%" && !TIME_SPENT.test(lab) && (TIME_CAPTION.test(lab) || (/\((?:working[ \t]+)?(?:days|hours|minutes|mins|weeks|ngày|giờ|phút)\)/u.test(lab) && /(?<![\p{L}])(?:to|allocated|processed|completed|responded|answered|assessed|decided|resolved|wait|waiting|time|turnaround|response)(?![\p{L}])/u.test(lab)) || (DURATION_UNIT.test(lab) && (timeHead || CENTILE.test(lab))) || (SHORT_UNIT.test(lab) && STATISTIC.test(lab)));
        const labelCeiling = (!!labelBound && !/^(?:min|minimum|tối thiểu|≥|>=)$/u.test(labelBound)) || (!labelBound && /\b(?:max|maximum)\b/u.test(lab));
        // (A target of nought can only be met from above: "Families in B&B over six weeks | 0 | 2 | Red".)
        const lowerIsBetter = CEILING.test(ttext) || labelCeiling || (!!target.value && target.value.exact === "0") || target.qualifiers.some((q) => q.kind === "under" || q.kind === "atMost") ? true : FLOOR.test(ttext) || target.qualifiers.some((q) => q.kind === "over" || q.kind === "atLeast") ? false : !withinStandard && !REDUCTION_SIZE.test(lab) && !/^[ \t]*(?:giảm|reduce|reduction|cut|down|decrease)/u.test(ttext) && (LOWER_LABEL.test(lab) || (SPEND_BUDGET.test(lab) && ac.figure.unit !== "%") || lowerBetter(lab) || (timed && !HIGHER_LABEL.test(lab))) && !RESOLVED_LABEL.test(r.label.toLowerCase()) && !COVER_AGAINST.test(r.label.toLowerCase()) && !goodSide(lab) && !/(?<![\p{L}])(?:recovery|recovered|recouped)(?![\p{L}])/u.test(lab) && !satisfiedTable(ctx, t, lab);
        const row: TableStatus = { actual: ac.figure, target, status: sc, verdict: verdict ?? "met", lowerIsBetter };
        // "On track" judges a course, not the level: a row already past its target on this reading
        // of direction supports the reading; one short of it says nothing.
        if (onTrack) {
          if (consistent(row)) supporting++;
          continue;
        }
        rows.push(row);
        if (lowerIsBetter && !explicit) lowerLabelled++;
        // (A share of cases seen, treated or answered in time is a standard to reach, not guessed.)
        if (!explicit && !withinStandard && !lowerIsBetter && ac.figure.unit !== "%" && !HIGHER_LABEL.test(lab) && !RESOLVED_LABEL.test(lab)) guessed.add(row);
        if (consistent(row)) agree++;
        else if (explicit) explicitWrong++;
      }
      // Most rows must read right this way before any row is called wrong; a lone row whose target
      // says its direction ("16.0 or less", "≤ 18,5") needs no guess, so one other row agreeing will do.
      // A table that mixes directions (leakage and interruptions beside consumption) leaves a row
      // of unknown direction open both ways: "Met" at 138.6 l/p/d against 139.5 may be right.
      const open = (r: TableStatus) => lowerLabelled > 0 && guessed.has(r) && !consistent(r);
      const judged = rows.filter((r) => !open(r));
      if (judged.length >= 2 && ((agree + supporting) * 3 >= (judged.length + supporting) * 2 || (agree >= 1 && explicitWrong === 1 && agree + 1 === judged.length))) out.push(...judged);
    }
    // A status column judged both ways (plan against actual, and a rate against one threshold the text
    // states: "từ 90% kế hoạch trở lên là "Đạt""): the reading with fewer rows against it stands.
    const byThreshold = findThresholdStatuses(ctx, findTables(ctx));
    const thresholdAt = new Set(byThreshold.map((r) => r.status.start));
    const both = out.filter((r) => thresholdAt.has(r.status.start));
    const bothAt = new Set(both.map((r) => r.status.start));
    const wrong = (rs: TableStatus[]) => rs.filter((r) => !consistent(r)).length;
    const thresholdWins = both.length > 0 && wrong(byThreshold.filter((r) => bothAt.has(r.status.start))) < wrong(both);
    const kept = thresholdWins ? out.filter((r) => !thresholdAt.has(r.status.start)) : out;
    const judged = new Set(kept.map((r) => r.status.start));
    return [...kept, ...byThreshold.filter((r) => !judged.has(r.status.start))];
  });
}

/** Plain comparison of the written values (the check itself compares rounding intervals). */
function consistent(r: TableStatus): boolean {
  const a = new D(r.actual.value!.exact).times(r.actual.scale?.factor ?? 1);
  const t = new D(r.target.value!.exact).times(r.target.scale?.factor ?? 1);
  const reached = r.lowerIsBetter ? a.lte(t) : a.gte(t);
  return r.verdict === "met" ? reached : !reached;
}

/**
 * Ratings in order of attainment: a scorecard with a "% of target" column and ratings on three
 * steps (achieved, on track, behind target) rates rows by bands of that column. A row whose rating
 * puts it above a row with a higher attainment (or below one with a lower) breaks the bands; when
 * one row alone does and the other rows keep them, that row's rating is wrong.
 */
export interface RatingConflict {
  row: Cell;
  attainment: Figure;
  /** A row of the other side of the broken band. */
  other: { status: Cell; attainment: Figure };
}

const ATTAIN_HEAD = /(?:% of (?:target|plan|goal)|(?:tỷ lệ|tỉ lệ)?[ \t]*(?:so với|so)[ \t]+(?:kh|kế hoạch|mục tiêu|chỉ tiêu)|% (?:kh|kế hoạch|mục tiêu)|attainment|achievement \(%\))/u;
const RATING_STEP: [RegExp, number][] = [
  [/^(?:achieved|met|exceeded|đạt|vượt|đạt và vượt|hoàn thành|vượt kế hoạch)$/u, 3],
  [/^(?:on track|đúng tiến độ)$/u, 2],
  [/^(?:behind target|off track|not met|missed|not achieved|không đạt|chưa đạt|chậm tiến độ)$/u, 1],
];

function ratingStep(text: string): number | undefined {
  const w = text.toLowerCase().replace(/[*_`]/g, "").trim();
  return RATING_STEP.find(([re]) => re.test(w))?.[1];
}

export function findRatingConflicts(ctx: UnitContext): RatingConflict[] {
  return ctx.memo("rating-conflicts", () => {
    const out: RatingConflict[] = [];
    for (const t of findTables(ctx)) {
      const si = statusColumn(t);
      const pi = t.header.findIndex((h, i) => i > 0 && i !== si && ATTAIN_HEAD.test(h.toLowerCase()));
      if (si < 0 || pi < 0) continue;
      const rows: { status: Cell; attainment: Figure; step: number; lo: Dec; hi: Dec }[] = [];
      for (const r of t.rows) {
        const sc = r.cells[si];
        const f = r.cells[pi]?.figure;
        const step = sc && ratingStep(sc.text);
        if (!sc || !step || !f || (f.kind !== "percent" && f.kind !== "number") || /^[+\-−–(]/u.test(r.cells[pi].text)) continue;
        const iv = ctx.interval(f, f.value!);
        rows.push({ status: sc, attainment: f, step, lo: iv.lo, hi: iv.hi });
      }
      const steps = new Set(rows.map((r) => r.step));
      if (rows.length < 5 || steps.size < 3) continue;
      // A conflict: a higher rating on a plainly lower attainment.
      const clash = (x: (typeof rows)[number], y: (typeof rows)[number]) => (x.step > y.step && x.hi.lt(y.lo)) || (y.step > x.step && y.hi.lt(x.lo));
      const pairs: [number, number][] = [];
      for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) if (clash(rows[i], rows[j])) pairs.push([i, j]);
      if (!pairs.length) continue;
      // The one row in every conflict, and no other row alone would clear them all.
      const culprits = rows.map((_, i) => i).filter((i) => pairs.every(([x, y]) => x === i || y === i));
      if (culprits.length !== 1) continue;
      const bad = culprits[0];
      // The other rows keep the bands, every step with a row of its own.
      const rest = rows.filter((_, i) => i !== bad);
      if (new Set(rest.map((r) => r.step)).size < 3) continue;
      const [x, y] = pairs[0];
      const o = rows[x === bad ? y : x];
      out.push({ row: rows[bad].status, attainment: rows[bad].attainment, other: { status: o.status, attainment: o.attainment } });
    }
    return out;
  });
}

/** "Of the 12 indicators in the scorecard, 5 were met and 7 were missed", "9 chỉ tiêu đạt, 3 chỉ tiêu
 * không đạt", in the paragraph of a scorecard table: the counts against the table's status cells. */
export interface VerdictTally {
  /** The counts as written; a count of a colour ("Five of the six indicators are Green") carries the
   * colour and the table's count of it. */
  parts: { span: Span; count: number; met: boolean; colour?: string; expected?: number }[];
  met: number;
  missed: number;
  rows: number;
}

const N_WORDS = "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười";
const N_VALUE: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
/** "5 were met", "5 targets were met", "5 targets met" (a noun, when the verb is left out). */
const TALLY_EN_ONE = "(?:(?:targets?|indicators?|measures?|kpis?|standards?|commitments?)[ \\t]+(?:(?:were|was|have been|has been|are|is)[ \\t]+)?|(?:were|was|have been|has been|are|is)[ \\t]+)";
const TALLY_EN = new RegExp(`(?<![\\p{L}\\d.,])(${N_WORDS})[ \\t]+${TALLY_EN_ONE}(met|achieved|missed|not[ \\t]+met)[ \\t]*,?[ \\t]+and[ \\t]+(${N_WORDS})[ \\t]+${TALLY_EN_ONE}(met|achieved|missed|not[ \\t]+met)(?![\\p{L}])`, "gu");
const TALLY_VI = new RegExp(`(?<![\\p{L}\\d.,])(${N_WORDS})[ \\t]+(?:chỉ tiêu|mục tiêu|tiêu chí)[ \\t]+(?:đã[ \\t]+)?(đạt và vượt|đạt|vượt|không đạt|chưa đạt)(?:[ \\t]+(?:kế hoạch|mục tiêu))?[ \\t]*(?:[,;]|và)[ \\t]*(?:còn[ \\t]+)?(${N_WORDS})[ \\t]+(?:chỉ tiêu|mục tiêu|tiêu chí)[ \\t]+(đạt và vượt|đạt|vượt|không đạt|chưa đạt)(?![\\p{L}])`, "gu");

/** "Four of the five measures were met", "Five of the six indicators are Green and one is Amber". */
const SINGLE_EN = new RegExp(`(?<![\\p{L}\\d.,])(${N_WORDS})[ \\t]+of[ \\t]+(?:the|our|its|these|all)[ \\t]+(${N_WORDS})[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,3}?(?:were|was|are|is|have been|has been)[ \\t]+(?:rated[ \\t]+)?(met|achieved|missed|not[ \\t]+met|green|amber|red)(?![\\p{L}])(?![ \\t]*(?:or|\\/|and)[ \\t]*(?:better|above|worse|green|amber|red|met|exceeded))(?:[ \\t]*,?[ \\t]+and[ \\t]+(${N_WORDS})[ \\t]+(?:(?:was|is|were|are)[ \\t]+)?(?:rated[ \\t]+)?(met|achieved|missed|not[ \\t]+met|green|amber|red)(?![\\p{L}]))?`, "gu");
/** "4/6 chỉ tiêu đạt và vượt kế hoạch", "2/6 chỉ tiêu chưa đạt". */
const SINGLE_VI = new RegExp(`(?<![\\p{L}\\d.,])(\\d{1,2})[ \\t]*\\/[ \\t]*(\\d{1,2})[ \\t]+(?:chỉ tiêu|mục tiêu|tiêu chí|nhiệm vụ)[ \\t]+(?:đã[ \\t]+)?(?:hoàn thành và hoàn thành vượt|đạt và vượt|hoàn thành vượt|hoàn thành|đạt|vượt|không đạt|chưa đạt|chưa hoàn thành|không hoàn thành)(?![\\p{L}])`, "gu");
const TOTAL_ROW = /^(?:total|overall|all|tổng|cộng|toàn)(?![\p{L}])|(?<![\p{L}])(?:total|tổng cộng)$/u;
const COLOUR = /^(?:\*\*|__)?(green|amber|red)\b/u;

export function findVerdictTallies(ctx: UnitContext): VerdictTally[] {
  return ctx.memo("verdict-tallies", () => {
    const out: VerdictTally[] = [];
    if (!/(?:met|missed|đạt|green|amber|red)/u.test(ctx.lower)) return out;
    const val = (w: string) => (/^\d+$/.test(w) ? +w : N_VALUE[w]);
    // The tallies first: only a unit that states one may look at the table of the unit before.
    const found: RegExpExecArray[] = [];
    for (const re of [TALLY_EN, TALLY_VI]) {
      re.lastIndex = 0;
      for (let m = re.exec(ctx.lower); m; m = re.exec(ctx.lower)) {
        // "are expected to be met", "dự kiến … đạt": a forecast, not the table's verdicts.
        if (/(?:expect|likely|forecast|project|dự kiến|dự báo|khả năng|phấn đấu|at risk|on track|by year-end|cả năm)/u.test(ctx.lower.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
        const metA = !/^(?:missed|not|không|chưa)/u.test(m[2]);
        const metB = !/^(?:missed|not|không|chưa)/u.test(m[4]);
        if (metA === metB || !val(m[1]) || !val(m[3])) continue;
        found.push(m);
      }
    }
    const singles: RegExpExecArray[] = [];
    for (const re of [SINGLE_EN, SINGLE_VI]) {
      re.lastIndex = 0;
      for (let m = re.exec(ctx.lower); m; m = re.exec(ctx.lower)) {
        if (/(?:expect|likely|forecast|project|dự kiến|dự báo|khả năng|phấn đấu|at risk|on track|by year-end|cả năm|ước)/u.test(ctx.lower.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
        singles.push(m);
      }
    }
    if (!found.length && !singles.length) return out;
    // The scorecard of this unit, else (when this unit has no table) of the unit before: the
    // commentary under a table after a blank line.
    let tables = findTables(ctx);
    if (!tables.length) {
      const prev = ctx.previous();
      tables = prev ? findTables(prev) : [];
    }
    if (!tables.length) return out;
    // The scorecards: a status column of verdicts on every row.
    const cards: { met: number; missed: number; rows: number; colours?: Map<string, number> }[] = [];
    for (const t of tables) {
      const si = statusColumn(t);
      if (si < 0) continue;
      // (A total row's own status is no indicator's.)
      const rows = t.rows.filter((r) => !TOTAL_ROW.test(r.label.replace(/[*_`]/gu, "").trim().toLowerCase()));
      const colours = rows.map((r) => COLOUR.exec((r.cells[si]?.text ?? "").trim().toLowerCase())?.[1]);
      if (colours.every((c) => !!c)) {
        const m = new Map<string, number>();
        for (const c of colours) m.set(c!, (m.get(c!) ?? 0) + 1);
        cards.push({ met: m.get("green") ?? 0, missed: m.get("red") ?? 0, rows: rows.length, colours: m });
        continue;
      }
      const v = rows.map((r) => (r.cells[si] ? verdictOf(r.cells[si].text) : undefined));
      // ("Amber", "Partly met" between "Met" and "Not met": neither, so only a count of those met is told.)
      const between = v.filter((x, k) => !x && /^(?:\*\*|__)?(?:amber|partly|partially|part[ -]met)/u.test((rows[k].cells[si]?.text ?? "").trim().toLowerCase())).length;
      if (v.filter((x) => !x).length !== between) continue;
      cards.push({ met: v.filter((x) => x === "met").length, missed: between ? -1 : v.filter((x) => x === "missed").length, rows: v.length });
    }
    if (cards.length !== 1) return out;
    const card = cards[0];
    const val2 = (w: string) => (/^\d+$/.test(w) ? +w : N_VALUE[w]);
    for (const m of singles) {
      const of = val2(m[2]);
      if (!of || of !== card.rows) continue;
      const parts: VerdictTally["parts"] = [];
      const add = (word: string, countText: string, at: number) => {
        const count = val2(countText);
        if (!count && countText !== "0") return;
        const colour = /^(?:green|amber|red)$/u.test(word) ? word : undefined;
        if (colour && !card.colours) return;
        if (!colour && card.colours) return;
        const met = colour ? colour === "green" : !/^(?:missed|not|không|chưa)/u.test(word);
        if (!met && !colour && card.missed < 0) return;
        parts.push({ span: { start: at, end: at + countText.length }, count, met, colour, expected: colour ? card.colours!.get(colour) ?? 0 : undefined });
      };
      const verdictWord = /(?:met|achieved|missed|not[ \t]+met|green|amber|red|hoàn thành và hoàn thành vượt|đạt và vượt|hoàn thành vượt|hoàn thành|đạt|vượt|không đạt|chưa đạt|chưa hoàn thành|không hoàn thành)(?![\p{L}])/u.exec(m[0].slice(m[1].length + 1))![0];
      add(verdictWord.replace(/^hoàn thành.*$/u, "đạt"), m[1], m.index);
      if (m[4] && m[5]) add(m[5], m[4], m.index + m[0].lastIndexOf(m[4], m[0].length - m[5].length));
      if (parts.length) out.push({ parts, met: card.met, missed: card.missed, rows: card.rows });
    }
    {
      for (const m of found) {
        const metA = !/^(?:missed|not|không|chưa)/u.test(m[2]);
        const metB = !/^(?:missed|not|không|chưa)/u.test(m[4]);
        const [a, b] = [val(m[1]), val(m[3])];
        // The two counts must cover the table: their sum is its number of rows.
        if (!a || !b || a + b !== card.rows || card.missed < 0 || card.colours) continue;
        const bAt = m.index + m[0].indexOf(m[3], m[1].length + m[2].length);
        out.push({
          parts: [
            { span: { start: m.index, end: m.index + m[1].length }, count: a, met: metA },
            { span: { start: bAt, end: bAt + m[3].length }, count: b, met: metB },
          ],
          met: card.met,
          missed: card.missed,
          rows: card.rows,
        });
      }
    }
    return out;
  });
}

/** The row, its table's header or the caption above it (in the unit before, past a blank line) says
 * the figures are shares satisfied. */
function satisfiedTable(ctx: UnitContext, t: Table, lab: string): boolean {
  if (SATISFIED.test(lab) || SATISFIED.test(t.header.join(" ").toLowerCase())) return true;
  const at = t.rows[0]?.start ?? 0;
  const before = ctx.lower.slice(Math.max(0, at - 300), at);
  const paras = before.split(/\n[ \t]*\n/u);
  // (The caption in the unit before when the table's own unit opens on its header.)
  const caption = paras.length > 1 ? paras.slice(-2).join(" ") : `${ctx.previous()?.lower.slice(-300).split(/\n[ \t]*\n/u).pop() ?? ""} ${before}`;
  return SATISFIED.test(caption);
}
