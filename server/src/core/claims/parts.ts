// Totals and their parts: "đề ra 22 chỉ tiêu. Trong đó có 19/22 chỉ tiêu … và 3 chỉ tiêu …",
// "54/66 chỉ tiêu …; còn 11 chỉ tiêu … và 1 chỉ tiêu …", "1.816 dịch vụ, trong đó có 1.217 …",
// "Of the 24 localities, 19 … and 5 …". Parts are matched to their whole by the counted noun.
import { withRestAfter } from "./rest-after.ts";
import { findCountOfThese } from "./count-of-these.ts";
import { kindOfNoun, nounKey, sameNoun } from "../figures/nouns.ts";
import { findYearSeriesTotals } from "./year-series.ts";
import { findTotalRows } from "./total-row.ts";
import { D, Interval } from "../math/interval.ts";
import { figuresStartingIn, lastEndingBy } from "../figures/sorted.ts";
import { findBreakdownOpeners } from "./breakdown-opener.ts";
import type { Figure, Num, Span } from "../types.ts";
import { findAmountParts, findBracketAmountParts, findOfNamedAmountParts } from "./amounts.ts";
import { findListParts } from "./list-parts.ts";
import { findElidedParts, outcomesApart } from "./elided-parts.ts";
import { findAccountedFor } from "./accounted-for.ts";
import { findGraded } from "./graded.ts";
import { findToDateParts } from "./to-date.ts";
import { findFigureComprises } from "./figure-comprises.ts";
import { findRemainingLists } from "./remaining-list.ts";
import { findExaminedFound } from "./examined-found.ts";
import { findSemicolonItems } from "./semicolon-items.ts";
import { findRateComponents } from "./rate-components.ts";
import { ageBands } from "./age-bands.ts";
import { findSubjectTotals } from "./subject-total.ts";
import { findChainedTotals } from "./chained-total.ts";
import { findBracketTwins } from "./bracket-twins.ts";
import { findLayoutLists, findTotalLineLists } from "./layout-list.ts";
import { findTimeSplits } from "./time-split.ts";
import { findRemainingRests } from "./remaining-rest.ts";
import { findNamedItems } from "./named-items.ts";
import { findByLeadLists } from "./by-lead-list.ts";
import { withoutNotCounts } from "./not-counts.ts";
import { findBreakdowns } from "./breakdown.ts";
import { findColonItems } from "./colon-items.ts";
import { findBracketCauses, findBracketItems, findBracketLabelled } from "./bracket-items.ts";
import { findBracketSplits } from "./bracket-split.ts";
import { findHeadedCounts } from "./headed-count.ts";
import { findCarriedNew } from "./carried-new.ts";
import { findFundedBy } from "./funded-by.ts";
import { findTotalsAfter } from "./total-after.ts";
import { findAmountBulletLists, findAmountColonLists, findAmountsThenTotal } from "./amounts-then-total.ts";
import { AVERAGE_LEAD, REST_BEFORE, UnitContext, allMatches, averaged, clauseEnd, figurelessClause, inBrackets, isCount, isPercent, type Sentence } from "./context.ts";

export interface Part {
  figure: Figure;
  /** The number that counts as the part (a fraction's numerator). */
  num: Num;
}

export interface TotalParts {
  whole: Figure;
  wholeNum: Num;
  parts: Part[];
  /** The parts are meant to make up the whole exactly (gồm, còn lại, X/total + others). */
  exhaustive: boolean;
  /** The words that introduced the parts, for messages. */
  cue?: Span;
  /** Amounts with a unit (money, area, tonnes) rather than counts of things. */
  amounts?: boolean;
  /** Enumerated after "gồm"/"bao gồm"/"comprising": side by side, so they cannot nest. */
  listed?: boolean;
  /** Side by side but maybe not all of them: a sum above the whole fails, one just short does not. */
  open?: boolean;
  /** Amounts laid out one a line under "of which:": a sum just short of the whole reads as a
   * miscount (a warning), as it does for counts. */
  bulleted?: boolean;
  /** Amounts split in one sentence under "Of the £X," and closed by "and": just short of the whole
   * (under 1.5%) reads as a miscount (a warning). */
  closedSplit?: boolean;
}

const INTRO = /(?<![\p{L}])(trong đó|trong số đó|trong số này|of these|of them|of those[ \t]+[a-z]{3,}|of this number|among these|among them|bao gồm|gồm có|gồm|cụ thể|including|of which|of whom|among them|among which|comprising|consisting of|made up of|broken down into|breaks? down as|broke down as|broken down as|divided into|chia ra|chia thành|comprises|comprised|comprise|consists of|consisted of|consist of|như sau|as follows)(?![\p{L}])|:(?!\d)(?=[ \t]*(?:(?:at the end of (?:the )?(?:year|quarter|period)|by (?:the )?(?:year|quarter)[ -]end|đến nay|đến cuối năm|tính đến nay|hiện nay)[ \t]*,[ \t]*)?(?:có[ \t]+)?\d)|:(?=[ \t]*(?:[\p{L}\p{M}]+[ \t]+){1,4}\d[\d.,]*[ \t]+[\p{L}])|(?<=[\p{L}\p{M}][ \t])[-–—](?=[ \t]+\d[^.;:()]{0,80}(?:,[^.;:()]{0,80})?(?<![\p{L}])(?:and|và)[ \t]+\d[^.;:()]{0,60}(?:[.;]|$))/gu;
/** Words that open a list of parts right after the whole: "687 cơ sở, bao gồm: 241 trường …". */
const LIST_INTRO = /^(?:gồm có|gồm|bao gồm|cụ thể|như sau|as follows|comprising|consisting of|made up of|broken down into|breaks? down as|broke down as|broken down as|divided into|chia ra|chia thành|of whom|comprises|comprised|comprise|consists of|consisted of|consist of)$/u;
/** A verb right after a bare count makes it the subject of its own clause. */
const BARE_SUBJECT = /^[ \t]*(?:were|was|are|is|have|had|remain|remained|remains|met|missed|exceeded|achieved|reached|failed|fell|did|will|would|could|may|đạt|vượt|không|chưa|được|đang|đã|hoàn thành|có khả năng|khó)(?![\p{L}])/u;
const PAST_SUBJECT = /^[ \t]*(?:[a-z]{3,}ed|went|left|came|took|got|made|won|lost|saw|chose|sent|paid|spent|found|became|gave|stayed)(?![\p{L}])/u;
const EXHAUSTIVE_INTRO = /^(?:bao gồm|gồm có|gồm|comprising|consisting of|made up of|broken down into|breaks? down as|broke down as|broken down as|divided into|chia ra|chia thành|comprises|comprised|comprise|consists of|consisted of|consist of)$/u;
const REST = /(?<![\p{L}])(?:còn lại|còn|the remaining|the rest|remaining|other|others|khác)(?![\p{L}])/u;
/** A figure right after these words is a change or an addition, not a part. */
// ("grew by a net 116 WTE: 412 starters and 296 leavers", "tăng ròng 838 doanh nghiệp: …", "tăng cơ
// học 1.470 người: …": a net change is no total of the flows after it.)
const NOT_PART_BEFORE = /(?:(?:vượt|hụt|thấp hơn|cao hơn|chưa đạt)[ \t]+(?:so với[ \t]+)?(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán)(?:[ \t]+(?:năm|đề ra|giao|được giao))?|(?:target|plan|budget|forecast)[ \t]+by|tăng|giảm|thêm|hơn|vượt|hụt|more|fewer|up|down|increase of|decrease of|rose by|fell by|grew by|exceeded by|short by|lên|xuống|net|a net|ròng|cơ học|compared (?:with|to)|as against|than|so với|%[ \t]+(?:của[ \t]+|trong[ \t]+)?tổng(?:[ \t]+số)?|%[ \t]+of[ \t]+(?:the|all|its|our)(?:[ \t]+total(?:[ \t]+of)?)?)[ \t]*$/u;
/** "142 group ceremonies attended by 2,987 new citizens": a count that says more of the item before it. */
// ("312 hộ thuộc 2 cù lao …": where an item's things belong, after its own noun.)
const ATTRIBUTE_OF_ITEM = /(?<![\p{L}])(?:attended[ \t]+by|used[ \t]+by|visited[ \t]+by|serving|reaching|involving|covering|benefiting|with|containing|housing|employing|thu[ \t]+hút|với|có[ \t]+sự[ \t]+tham[ \t]+gia[ \t]+của|(?:[\p{L}\p{M}]+[ \t]+){1,3}(?:thuộc|tại|ở|trên[ \t]+địa[ \t]+bàn))[ \t]*$/u;
const DURATION = /^(?:tháng|năm|ngày|tuần|giờ|phút|months?|years?|days?|weeks?|hours?|minutes?)(?:['’]|s['’])?(?: |$)/u;
/** "waiting for one of the 15 key diagnostic tests, of whom …": one of a set is no whole of it. */
const ONE_OF = /(?<![\p{L}])(?:one|any|each|either|một)[ \t]+(?:of|trong)(?:[ \t]+(?:the|số))?[ \t]*$/u;
/** "đạt 82,4% mục tiêu 1.500 camera; trong đó …", "102.1% of the activity plan of 60,000 tests. Of
 * these, …", "7.9 households per 1,000 households. Of these, …": a target or a rate's base is no
 * whole a list breaks down. */
const NOT_WHOLE_BEFORE = /(?<![\p{L}])(?:(?:mục[ \t]+tiêu|kế[ \t]+hoạch|chỉ[ \t]+tiêu|dự[ \t]+toán)(?:[ \t]+(?:năm|đề[ \t]+ra|giao|được[ \t]+giao))?(?:[ \t]+là)?|(?:target|plan|budget|trajectory|ambition|goal|forecast)(?:[ \t]+(?:of|was|is))?|per|each|(?:19|20)\d\d[ \t]*\(|(?:cùng[ \t]+kỳ|năm[ \t]+trước|last[ \t]+year|a[ \t]+year[ \t]+(?:earlier|before))[ \t]*\()[ \t]*$/u;
/** A total that was set or examined: its parts by outcome must make it up. */
/** A total of works begun or cases received: only done and the rest split it. */
const STARTED = /(?:đầu tư|khởi công|triển khai|tiếp nhận|nhận được|invested in|started|began|received)(?:[ \t]+(?:được|tổng số|tổng cộng|là|a total of|all|xây dựng))?[ \t]*$/u;
const SET_OR_EXAMINED = /(?:đề ra|đặt ra|giao|kiểm tra|thanh tra|rà soát|đánh giá|khảo sát|giám sát|đầu tư|khởi công|triển khai|tiếp nhận|nhận được|invested in|started|began|received|set|sets|established|adopted|inspected|assessed|reviewed|surveyed|tracked|monitored|audited|tested)(?:[ \t]+(?:được|tổng số|tổng cộng|là|a total of|all))?[ \t]*$/u;
const GENERIC_PERSON = /^(?:người|em|cháu|people|persons)$/u;
/** Bodies and establishments, which a breakdown may name by their several kinds. */
const BODY_NOUN = /^(?:cơ quan|đơn vị|tổ chức|ubnd|uỷ ban|ủy ban|doanh nghiệp|cơ sở|hợp tác xã|htx|công ty|trường|bệnh viện|phòng khám|trạm|trung tâm|agencies|bodies|organisations|organizations|businesses|companies|establishments|premises|providers|schools|practices)(?: |$)/u;
const PERSON_NOUN = /^(?:đối tượng|người có công|giáo viên|học sinh|sinh viên|lao động|đảng viên|cán bộ|công chức|viên chức|hội viên|đoàn viên|bác sĩ|nhân viên|người|hộ|thành viên|bệnh nhân|trẻ|staff|teachers|pupils|students|workers|people|patients|members|employees|residents|beneficiaries|claimants|recipients|clients|users)(?: |$)/u;
/** Classes of things a breakdown may name by their several kinds. */
const KIND_CLASSES = [PERSON_NOUN, BODY_NOUN];
/** Heads of counted nouns that a breakdown repeats with its own kind: "63 người nhiễm HIV, trong đó
 * 51 người điều trị ARV", "1.250 hộ nghèo, trong đó 320 hộ …". */
/** The bounds of an age band are no parts: "41,320 were aged 0 to 4", "từ 6 đến 10 tuổi". */
const AGE_BOUND = /(?<![\p{L}])(?:aged|ages|age|độ tuổi|tuổi)[ \t]+(?:(?:from|từ)[ \t]+)?(?:\d{1,3}[ \t]*(?:to|-|–|đến)[ \t]*)?$/u;
const RESTATED = /(?<![\p{L}])(?:in other words|that is to say|that is|i\.e\.|put another way|tức là|nói cách khác|hay nói cách khác|nghĩa là)(?![\p{L}])/u;
const BOUND_BEFORE = /(?:(?<![\p{L}])(?:above|below|over|under|between|than|before|after|within|trên|dưới|từ|hơn|trước|sau)|(?:between|từ)[ \t]+[\d.,]+[ \t]+(?:and|to|đến|-|–))[ \t]*$/u;
/** Words that say a list names only some of its whole. */
export const SOME_ONLY = /(?<![\p{L}])(?:chủ yếu|một số|nổi bật|tiêu biểu|điển hình|mạnh|tập trung|lớn nhất|cao nhất|như|mainly|main|some|notable|largest|such as)(?![\p{L}])/u;
const REST_AFTER_LIST = /^[^.]{0,40}?(?<![\p{L}])(?:còn lại|khác|the rest|remaining|other)(?![\p{L}])/u;
const INTRO_WORDS = /(?<![\p{L}])(?:of which|of whom|including|trong đó|gồm|bao gồm|comprising)(?![\p{L}])/u;
const REST_UNTOLD = /(?<![\p{L}])(?:the remainder|the rest|the others|remaining|other[ \t]+[\p{L}]+[ \t]+(?:making up|make up|made up|accounting for)|còn lại|khác)(?![\p{L}])(?![^\d]{0,30}\d)|(?:together|in all|altogether)[ \t]+\d[\d.,]*[ \t]*%[ \t]+of[ \t]+the[ \t]+total/u;
/** After the last count of a list of places: all the other places. */
const REST_PLACE = /^[ \t]+(?:(?:were|was|came|in total)[ \t]+)?(?:from|in|at|on|by|for|across|ở|tại|từ|của|thuộc)[ \t]+(?:all[ \t]+|the[ \t]+|các[ \t]+)?(?:other|others|remaining|[\p{L}]+(?:[ \t]+[\p{L}]+)?[ \t]+(?:khác|còn lại))(?![\p{L}])[^,;.]{0,30}[ \t]*(?:[.;)]|$)/u;
const PRONOUN_SUBJECT = /^[\s"“*•-]*(?:these|they|this|those|số này|các [\p{L}]+ này)[ \t]+(?:were|was|are|is)?[ \t]*$/u;
// ("vụ": incidents of a kind, "1.215 vụ phạm pháp hình sự, trong đó 1.842 vụ trộm cắp", are some of them.)
const SHARED_HEAD = /^(?:người|hộ|trẻ|vụ)$/u;
const PRONOUN_INTRO = /^(?:of these|of them|of those[ \t]+[a-z]{3,}|of whom|among them|among these|trong số đó|trong số này)$/u;
const BARE_TRONG = /(?:^|[^\p{L}])(?:trong|đối chiếu với|xét)[ \t]*$/u;
const OF_THE = /(?:^|[^\p{L}])(?:of the(?:[ \t]+[\p{L}]+['’]s)?|of those|of these|of|trong tổng số|trong số|trên tổng số|out of)[ \t]*$/u;

/** Nouns whose X/Y cannot have X > Y (a count of members of a set), unlike admitted/target pairs. */
const POPULATION = /^(?:chỉ tiêu|tiêu chí|tiêu chuẩn|nhiệm vụ|xã|phường|thị trấn|huyện|thị xã|thành phố|tỉnh|thôn|bản|tổ dân phố|khu phố|đơn vị|cơ quan|trường|chi bộ|đảng bộ|ấp|làng|targets?|indicators?|criteria|communes?|wards?|districts?|provinces?|localities|locality|villages?|units?|schools?|tasks?|cities|towns?)(?:$| )/u;

const NEG = /(?:non-compliant|not compliant|failed to comply|không tuân thủ|đang triển khai|đang thực hiện|chưa hoàn thành|in progress|ongoing|under way|vi phạm|không bảo đảm|không đảm bảo|(?<![\p{L}])(?:red|amber)(?![\p{L}])|not achieved|not delivered|not completed|not implemented|not started|not fulfilled|chưa thực hiện|không thực hiện|chưa triển khai|không đạt|chưa đạt|khó đạt|đạt dưới|đạt thấp|khó hoàn thành|không hoàn thành|chưa hoàn thành|khả năng không|không thể|unlikely|not met|not be met|not been met|missed|did not|failed|at risk|fell short|short of|not yet|off track)/u;
const POS = /(?:đạt|vượt|hoàn thành|met|exceeded|achieved|reached|on track|completed|fulfilled|delivered|implemented|complied|compliant|(?<![\p{L}])green(?![\p{L}]))/u;

/** Parts split by outcome (met / not met) partition their whole: they must add up to it. */
function outcomeContrast(ctx: UnitContext, parts: Figure[], end: number): boolean {
  let pos = false;
  let neg = false;
  const banded = parts.every((f, i) => /^[^,;]{0,40}?(?<![\p{L}])(?:trên|dưới|above|below|over|under|more than|less than|fewer than|between|từ)[ \t]+\d/u.test(ctx.lower.slice(f.end, Math.min(i + 1 < parts.length ? parts[i + 1].start : end, f.end + 60))));
  parts.forEach((f, i) => {
    let segEnd = i + 1 < parts.length ? parts[i + 1].start : end;
    if (i + 1 === parts.length) {
      // The last part's words end with its clause: "…; không có tổ chức nào không hoàn thành".
      const semi = ctx.lower.indexOf(";", f.end);
      if (semi >= 0 && semi < segEnd) segEnd = semi;
    }
    const seg = ctx.lower.slice(f.end, segEnd);
    // ("36 xã đạt trên 90% tiêu chí và 37 xã đạt dưới 70%": bands on a scale, not met and not met.)
    if (banded) return;
    if (NEG.test(seg)) neg = true;
    else if (POS.test(seg)) pos = true;
  });
  return pos && neg;
}

/** "of which 2,164 were on overhead lines, 1,402 on underground cables, 497 at substations and 255
 * were other faults": three items or more, one after another, the last of them the rest ("other",
 * "others", "the rest"), so the list means to be all of its whole. */
function closedByOther(ctx: UnitContext, run: Figure[]): boolean {
  if (run.length < 3) return false;
  for (let k = 1; k < run.length; k++) if (!/^[^\d;.:()]{0,50}?(?:,|(?<![\p{L}])and)[ \t]*$/u.test(ctx.lower.slice(run[k - 1].end, run[k].start))) return false;
  const last = run[run.length - 1];
  return /^[ \t]+(?:(?:were|was|are|is)[ \t]+)?(?:(?:in|of|from|for|at|on)[ \t]+)?(?:all[ \t]+)?(?:other|others|the[ \t]+rest|remaining|elsewhere)(?![\p{L}])/u.test(ctx.lower.slice(last.end, last.end + 30));
}

/** "about six times that of the county town: 412,000 against 68,500": a multiple read as a count
 * of "times" is no whole. */
function multipleWhole(ctx: UnitContext, t: TotalParts): boolean {
  return /^(?:times|lần)(?: |$)/u.test(t.whole.noun ?? "") && /^[ \t]+(?:times|lần)[ \t]+(?:that|the|those|as|more|higher|larger|greater|bigger|lower|smaller|fewer|less|so[ \t]+với|cao|thấp|nhiều|ít|lớn|nhỏ|hơn)(?![\p{L}])/u.test(ctx.lower.slice(t.whole.end, t.whole.end + 24)) && t.parts.every((p) => new D(p.num.exact).gt(t.wholeNum.exact));
}

/** The whole's counted nouns, with a list right after it: "150 xã, phường, thị trấn, trong đó …". */
function nounsOf(ctx: UnitContext, whole: Figure, intro: number): string[] {
  const out = whole.noun ? [whole.noun] : [];
  if (!whole.noun || intro <= whole.end) return out;
  const tail = ctx.lower.slice(whole.end, intro);
  if (tail.length > 60 || /[.;]/.test(tail)) return out;
  for (const chunk of tail.split(/,|(?<![\p{L}])(?:và|hoặc|and|or)(?![\p{L}])/u)) {
    const w = chunk.trim();
    if (w && w.split(/\s+/).length <= 3 && !/\d/.test(w)) out.push(w);
  }
  return out;
}

/** The whole's noun is the head with a word for "all of them" ("hộ dân", "hộ gia đình", "người
 * dân"): a part named by the head and its own kind ("hộ nghèo", "hộ cận nghèo") counts some of them. */
const ALL_OF_HEAD = /^(\p{L}+) (?:dân|dân cư|gia đình)$/u;

/** "5.842 tàu cá …: 2.976 chiếc": "chiếc" counts vehicles and machines by their classifier. */
const CLASSIFIED = /^(?:tàu|xe|thuyền|ghe|sà lan|phương tiện|ô tô|máy|máy bay|đầu máy|toa)(?: |$)/u;

export function ofNoun(whole: string | undefined, part: string | undefined): boolean {
  if (sameNoun(whole, part)) return true;
  if (part === "chiếc" && !!whole && CLASSIFIED.test(whole)) return true;
  // ("đào tạo cho 186.420 lượt người …. Cụ thể: - Trình độ đại học: 24.310 người": the people of a count of
  // person-times.)
  if (!!whole && whole.startsWith("lượt ") && sameNoun(whole.slice(5), part)) return true;
  const head = whole ? ALL_OF_HEAD.exec(whole)?.[1] : undefined;
  return !!head && !!part && part.startsWith(`${head} `);
}

/** English nouns that count the same things under two names ("hate crimes" and "aggravated offences"). */
const SAME_THINGS: RegExp[] = [/^(?:crimes?|offen[cs]es?)$/u, /^(?:pupils?|students?)$/u, /^(?:homes?|dwellings?|houses?)$/u];

/** "842 racially or religiously aggravated offences": the part's head noun, after modifiers joined
 * by "or"/"and" (its read noun stops at the first "or"), when it names the whole's things again. */
function namedAgainAfter(ctx: UnitContext, whole: string | undefined, f: Figure): boolean {
  if (!whole || !/^[a-z]/u.test(whole)) return false;
  const m = /^[ \t]+((?:[a-z-]+[ \t]+){1,6}?)([a-z]+)(?=[ \t]*(?:[,;.:()]|$)|[ \t]+(?:in|of|with|that|which|by|were|was|are|is|for|from|recorded|reported|during)(?![\p{L}]))/u.exec(ctx.lower.slice(f.end, f.end + 80));
  if (!m || /(?<![\p{L}])(?:in|of|with|that|which|by|were|was|are|is|for|from|the|a|an|to|at|on|had|have|has)(?![\p{L}])/u.test(m[1])) return false;
  const head = m[2];
  const wholeHead = whole.split(" ").pop()!;
  return nounKey(head) === nounKey(wholeHead) || SAME_THINGS.some((re) => re.test(head) && re.test(wholeHead));
}

/** A count in scale words with no unit: "33.42 million people", "1,2 triệu lượt khách". */
function scaledCount(f: Figure): boolean {
  return f.kind === "number" && !f.unit && !!f.scale && !f.perYear;
}

/** "gồm: khiển trách 8, cảnh cáo 4, cách chức 1, khai trừ 1": a bare count after its own label of
 * one to four words, closing its item. */
function labelledBare(ctx: UnitContext, s: Sentence, f: Figure): boolean {
  if (f.kind !== "number" || f.noun || f.qualifiers.length) return false;
  const before = ctx.lower.slice(Math.max(s.start, f.start - 50), f.start);
  const m = /(?:[,;:]|(?<![\p{L}])(?:và|and))[ \t]*((?:[\p{L}\p{M}]+[ \t]+){1,4})$/u.exec(before);
  if (!m || /(?<![\p{L}])(?:tăng|giảm|thêm|hơn|vượt|so với|từ|đến|lên|xuống|năm|tháng|quý|ngày|up|down|from|to|by|than|year|month|aged|top)(?![\p{L}])/u.test(m[1])) return false;
  return /^[ \t]*(?:[,;.)]|(?:và|and)(?![\p{L}])|$)/u.test(ctx.lower.slice(f.end, f.end + 6));
}

/** "342 schools were in the North, 401 in the Midlands and 296 in the South; of these, …": a
 * pronoun after counts listed beside the first one refers to all of them, not to the first. */
function headsSiblings(ctx: UnitContext, whole: Figure, p: number, intro: string): boolean {
  if (!/^(?:of these|of them|among them|among these|trong số đó|trong số này)$/u.test(intro)) return false;
  const s = ctx.sentenceOf(whole);
  const sep = (f: Figure) => /(?:,|;|(?<![\p{L}])(?:and|và))[ \t]*$/u.test(ctx.lower.slice(Math.max(0, (f.qualifiers[0]?.start ?? f.start) - 8), f.qualifiers[0]?.start ?? f.start));
  // (The whole itself the last of such a list: "342 trường ở huyện A, 401 trường ở huyện B và 296 trường ở huyện C; trong số đó …".)
  if (sep(whole) && s.figs.some((f) => f.end < whole.start && f.kind === "number" && isCount(f) && sameNoun(f.noun, whole.noun) && !/[().]/u.test(ctx.lower.slice(f.end, whole.start)))) return true;
  return s.figs.some((f) => f.start > whole.end && f.end <= p && f.kind === "number" && isCount(f) && (!f.noun || sameNoun(f.noun, whole.noun)) && !/\([^()]*$/u.test(ctx.lower.slice(whole.end, f.start)) && /(?:,|;|(?<![\p{L}])(?:and|và))[ \t]*$/u.test(ctx.lower.slice(Math.max(0, (f.qualifiers[0]?.start ?? f.start) - 8), f.qualifiers[0]?.start ?? f.start)) && !precededBy(ctx, f, NOT_PART_BEFORE));
}

/** An outcome said in the negative ("1 chỉ tiêu chưa đạt", "2 were not met"): a sibling of the met ones. */
const NEG_OUTCOME = /(?<![\p{L}])(?:not|chưa|không|missed|failed|did not|fell short|short of)(?![\p{L}])/u;

function partNum(f: Figure): Num {
  return (f.numerator ?? f.value)!;
}

/** The spans of a list sorted by start that start after `from` and end before `to` (a binary search,
 * not a scan of the whole unit per claim). */
function spanOf<T extends { start: number; end: number }>(xs: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < xs.length && xs[k].start < to; k++) if (xs[k].end <= to) out.push(xs[k]);
  return out;
}

function precededBy(ctx: UnitContext, f: Figure, re: RegExp): boolean {
  const q = f.qualifiers[0]?.start ?? f.start;
  return re.test(ctx.lower.slice(Math.max(0, q - 24), q));
}

/** "…, phát sinh thêm 387 nhà và đưa ra khỏi danh sách 152 nhà, nâng tổng số nhà cần hỗ trợ lên 5.061 nhà,
 * trong đó …", "bringing the total number of sites to 3,412, of which …": the level a total is brought
 * to is the whole of what follows, even with no "from" before it; the flows before it are not. */
const LEVEL_REACHED = /(?<![\p{L}])(?:nâng|đưa|bringing|taking|raising|increasing|reducing)[ \t]+(?:the[ \t]+)?(?:tổng[ \t]+số|tổng|total|number|overall)(?![\p{L}])[^\d;:.()]{0,60}?(?<![\p{L}])(?:lên|xuống còn|xuống|còn|to)[ \t]*$/u;
function levelReached(ctx: UnitContext, f: Figure): boolean {
  const q = f.qualifiers[0]?.start ?? f.start;
  return LEVEL_REACHED.test(ctx.lower.slice(Math.max(ctx.sentenceOf(f).start, q - 90), q));
}

/** A figure in a bracket closed before `p` ("24.600 người (trong đó lao động nữ 11.830 người), gồm …",
 * "3,640 staff (including 2,184 women), made up of …"): an aside about the whole, not the whole. */
function asideBefore(ctx: UnitContext, s: Sentence, f: Figure, p: number): boolean {
  return f.start > s.start && f.end <= p && inBrackets(ctx, s.start, f.start) && !inBrackets(ctx, s.start, p);
}

/** "…: hoàn thành xuất sắc 48 người, …, không hoàn thành 4 người; trong đó có 27 người …": a count
 * after others of its noun in its clause is the last item of a list, not a whole of its own. */
function listItemBefore(ctx: UnitContext, s: Sentence, f: Figure): boolean {
  const from = Math.max(s.start, ctx.lower.lastIndexOf(";", f.start), ctx.lower.lastIndexOf(":", f.start));
  // (Two items before it at least: "tiếp nhận 412.586 hồ sơ, đã giải quyết 398.204 hồ sơ; trong đó …"
  // is a pair, and "trong đó" breaks down the second.)
  return s.figs.filter((g) => g !== f && g.start >= from && g.end <= f.start && isCount(g) && !!g.noun && sameNoun(g.noun, f.noun)).length >= 2;
}

/** Words that end a list of parts: "gồm 23 đảng bộ và 24 chi bộ, với 6.215 đảng viên". */
const LIST_ITEM_START = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]/u;
// ("có" inside an item's label, "trẻ em thuộc các nhóm có hoàn cảnh đặc biệt khác 1.376 em", is no break:
// only "có" right before the figure or opening its clause is.)
const LIST_BREAK = /(?<![\p{L}])có[ \t]*$|(?:^|[,;])[ \t]*có(?![\p{L}])|(?<![\p{L}])(?:với|cùng với|có tổng|tổng số|tổng cộng|bình quân|mỗi|trong đó|with|having|totalling|in total|each|per|(?:and|và)[ \t]+(?:involved|involving|affected|affecting|covered|covering|served|serving|reached|reaching|benefited|benefiting)|(?:nhiều|ít|cao|thấp|lớn|nhỏ)[ \t]+hơn|so với|more than|fewer than|less than|compared)(?![\p{L}])|[.:(]/u;

/** The parts up to the first one set off from the list by a break word. */
/** "46 … applications in 2024, 12 minerals and 34 waste applications": the last of a run of counts
 * whose sum is the count right before the run stands in that whole's list. */
function listHead(ctx: UnitContext, s: Sentence, f: Figure): Figure | undefined {
  const k = s.figs.indexOf(f);
  let sum = new D(0);
  for (let i = k; i >= 1; i--) {
    const g = s.figs[i];
    if (g.kind !== "number" || !isCount(g) || !g.value) return undefined;
    sum = sum.plus(g.value.exact);
    const h = s.figs[i - 1];
    // (Digits between two figures are no figures: "6 chợ hạng 1, 31 chợ hạng 2 và 199 chợ".)
    if (!/^[^\d;.]{0,40}(?:,|(?<![\p{L}])(?:and|và))[ \t]*[^\d;.]{0,20}$/u.test(ctx.lower.slice(h.end, g.start).replace(/(?<!\d|\d[.,])\d{1,2}(?!\d|[.,]\d)/gu, "n"))) return undefined;
    if (i < k && h.kind === "number" && isCount(h) && h.value && sum.eq(h.value.exact)) return h;
  }
  return undefined;
}

function figureBefore(s: Sentence, f: Figure): Figure | undefined {
  const i = s.figs.indexOf(f);
  return i > 0 ? s.figs[i - 1] : undefined;
}

/** "1,240 tissue donations, including 612 cornea donations, and supplied 2,930 tissue grafts": a verb
 * of its own after ", and" starts another predicate; the list ended before it. */
const NEW_PREDICATE = /,[ \t]*and[ \t]+(?:also[ \t]+|then[ \t]+)?[a-z]+ed(?![\p{L}])/u;

function listRun(ctx: UnitContext, parts: Figure[], skip: [number, number][] = []): Figure[] {
  for (let i = 1; i < parts.length; i++) {
    // A bracket closed within the gap belongs to the item before: "1,582 were first-class (31.0%), 2,613 …".
    // "; - Mức Khá: 5.442 em": an item's label and its colon do not end the list.
    // (A list nested in an item, `skip`, is passed over: "- 97 bể …, trong đó 42 bể …;\n- 11 khu vực …".)
    const from = parts[i - 1].end;
    const raw = ctx.lower.slice(from, parts[i].qualifiers[0]?.start ?? parts[i].start);
    const gap = (skip.length ? [...raw].map((c, k) => (skip.some(([a, b]) => from + k >= a && from + k < b) && c !== "\n" ? "" : c)).join("") : raw).replace(/\([^()]*\)/g, "").replace(/([;,\n])[ \t*•+-]*[\p{L}][\p{L}\p{M} \t–—&/-]{0,120}(?:[ \t]\d{1,3}(?:[ \t][\p{L}\p{M} \t]{0,20})?|\d{1,2}\p{L}{1,3}(?:\/\d{1,2}\p{L}{1,3})*)?:[ \t]*$/u, "$1");
    // ("198 were discharged to their usual residence, 74 were discharged with early supported discharge,
    // 63 went to …": a break word inside the item before, closed by its comma, leaves the list going.)
    const tail = /[,;][^,;]*$/u.exec(gap)?.[0] ?? gap;
    if (LIST_BREAK.test(tail) || /[.:(]/u.test(gap) || /[,;][ \t]*có(?![\p{L}])/u.test(gap)) return parts.slice(0, i);
    // ("934 members of the 61 community groups": a count after "of the" says whose, it is no item.)
    if (!/[,;]/u.test(gap) && /(?<![\p{L}])(?:of|across|from|among)[ \t]+(?:the|its|their|all|these|those)[ \t]+$/u.test(gap)) return parts.slice(0, i);
    if (NEW_PREDICATE.test(gap)) return parts.slice(0, i);
    // ("gồm 4 cơ sở công lập và 5 cơ sở ngoài công lập, đang nuôi dưỡng 1.086 đối tượng": the item
    // after "và" closes the list; a comma after it opens a clause of its own.)
    if (i >= 2 && /^[^,;\n]*,[^;\n]*$/u.test(gap) && /(?<![\p{L}])(?:và|and)(?![\p{L}])[^,;\n]*$/u.test(ctx.lower.slice(parts[i - 2].end, parts[i - 1].start))) return parts.slice(0, i);
  }
  return parts;
}

/**
 * "Ba xã chưa đạt chuẩn gồm: xã Phú Cường đạt 15 tiêu chí, xã Tân Lập đạt 14 tiêu chí …": each item
 * is one of the whole's things, named by the whole's noun, and its figure measures it in another
 * noun; the figures are not parts of the count.
 */
function itemsMeasured(ctx: UnitContext, whole: Figure, parts: Figure[], from: number): boolean {
  if (!whole.noun || parts.some((f) => !f.noun || sameNoun(f.noun, whole.noun))) return false;
  const head = whole.noun.split(" ")[0];
  const named = new RegExp(`(?<![\\p{L}])${head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u");
  let start = from;
  for (const f of parts) {
    if (!named.test(ctx.lower.slice(start, f.start))) return false;
    start = f.end;
  }
  return true;
}

/** A count said to be more of the same list: "a further 611 found …", "another 301 were …". */
const FURTHER = /(?<![\p{L}])(?:a further|another|an additional|a thêm|thêm)[ \t]*$/u;

/** The word after a count and its bracket: "4,912 (86.3%) found full compliance" gives "found". */
function verbOf(ctx: UnitContext, f: Figure): string | undefined {
  return /^[ \t]*(?:\([^()]*\)[ \t]*)?([a-z]+)/u.exec(ctx.lower.slice(f.end, f.end + 40))?.[1];
}

/** The two words right before a figure, its verb: "phát hiện" in "Công an phát hiện 39.870". */
function verbBefore(ctx: UnitContext, f: Figure): string | undefined {
  const q = f.qualifiers[0]?.start ?? f.start;
  return /(?:^|[^\p{L}\p{M}])((?:[\p{L}\p{M}]+[ \t]+)?[\p{L}\p{M}]+)[ \t]+$/u.exec(ctx.lower.slice(Math.max(0, q - 30), q))?.[1];
}

/** "phát hiện 48.356 trường hợp vi phạm; cụ thể: lực lượng Công an phát hiện 39.870 trường hợp,
 * Thanh tra Sở Giao thông vận tải phát hiện 8.486 trường hợp": after "cụ thể:", each body did with its
 * own count what the whole's verb says, so the bodies share the whole out between them. */
function byAgents(ctx: UnitContext, intro: string, whole: Figure, parts: Figure[], p: number): boolean {
  if (intro !== "cụ thể" || !/^cụ thể[ \t]*:/u.test(ctx.lower.slice(p, p + 12)) || SOME_ONLY.test(ctx.lower.slice(whole.end, p))) return false;
  const v = verbBefore(ctx, whole);
  if (!v || /(?<![\p{L}])(?:có|là|được|đạt|tổng|số|với|gồm)$/u.test(v)) return false;
  // Each part named by its agent before the verb: words that differ, not the same label twice.
  const agents = parts.map((f) => { const q = f.qualifiers[0]?.start ?? f.start; const before = ctx.lower.slice(Math.max(p, q - 80), q); return verbBefore(ctx, f) === v ? before.split(/[,;:]/u).pop()!.replace(v, "").trim() : ""; });
  return agents.every((a) => a && !/\d/u.test(a)) && new Set(agents).size === agents.length;
}

/** "The Plan set 12 targets. Nine of the twelve were met, …": a fraction with its noun left out,
 * of a set whose count and noun the sentence before (or its own clause before it) states. */
function namedSet(ctx: UnitContext, s: Sentence, f: Figure): boolean {
  if (!/[ \t](?:of the|of these|of those|trong số|trong tổng số)[ \t]/u.test(f.text.toLowerCase())) return false;
  // ("…, two were partially met and one was not met": "one" is read as no figure, so the list would
  // be short by it.)
  // (Nor "and one – the progression of … – was missed", "and the rest were missed".)
  if (/(?:,|;|(?<![\p{L}])(?:and|và|còn))[ \t]+(?:one|một|a single|a further|the rest|the remainder|the others?|another|none|còn lại)(?![\p{L}])/u.test(ctx.lower.slice(f.end, s.end))) return false;
  const i = ctx.sentences.indexOf(s);
  const pool = [...(i > 0 ? ctx.sentences[i - 1].figs : []), ...s.figs.filter((g) => g.end <= f.start)];
  const named = pool.filter((g) => g.kind === "number" && isCount(g) && !!g.noun && g.value!.exact === f.denominator!.exact);
  return named.length === 1 && pool.filter((g) => g.kind === "number" && isCount(g) && !!g.noun).length <= 2;
}

/** "Of the 24 localities, …" opens its clause; "against a target of 300, …" does not. */
function opensClause(ctx: UnitContext, s: Sentence, f: Figure): boolean {
  const q = f.qualifiers[0]?.start ?? f.start;
  const before = ctx.lower.slice(Math.max(s.start, q - 40), q);
  return /(?:^|[;:,.]|\n)[ \t*•-]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:and[ \t]+|but[ \t]+|và[ \t]+|nhưng[ \t]+)?(?:of the(?:[ \t]+[\p{L}]+['’]s)?|of|trong tổng số|trong số|trên tổng số|out of|trong|đối chiếu với|xét)[ \t]*$/u.test(before) && (q - 40 <= s.start || /[;:,.\n]/.test(before));
}

/** "Of the 612 looked-after children at 31 March 2025, …": a short phrase with no other figure
 * (dates and years are not figures) and then a comma. */
function phraseThenComma(ctx: UnitContext, s: Sentence, f: Figure): boolean {
  // ("trong tổng số 612 dự án có 87 dự án …": "có" after the whole's noun opens the parts as a comma would.)
  const next = s.figs.find((g) => g.start > f.end);
  // ("trong tổng số 186 vụ có: đường bộ xảy ra 181 vụ, …": a colon and the first item's label after "có".)
  if (next && /^[^\d,;.:()]{0,40}?[ \t]có(?:[ \t]+|[ \t]*:[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,5})$/u.test(ctx.lower.slice(f.end, next.qualifiers[0]?.start ?? next.start)) && /(?:trong tổng số|trong số)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (f.qualifiers[0]?.start ?? f.start) - 16), f.qualifiers[0]?.start ?? f.start))) return true;
  const comma = ctx.text.indexOf(",", f.end);
  // ("trong 25 chỉ tiêu chủ yếu theo Nghị quyết số 56/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh, có …":
  // a document's number and date lengthen the phrase.)
  // So do a period and a programme's name ("trong 14 chỉ tiêu của Chương trình … giai đoạn 2021–2030
  // được giao cho năm 2023, có …", "Of the 198,760 children seen in the 12 months to 31 March 2024, …").
  const reach = /(?:số[ \t]+\d+\/|ngày[ \t]+\d{1,2}\/\d{1,2}\/\d{4}|no\.[ \t]*\d|(?<![\p{L}])(?:năm|giai đoạn|in|to|during|at)[ \t]+(?:\d{1,2}[ \t]+\p{L}+[ \t]+)?(?:19|20)\d\d(?!\d))/u.test(ctx.lower.slice(f.end, Math.max(f.end, comma))) ? 110 : /\d/.test(ctx.text.slice(f.end, Math.max(f.end, comma))) ? 60 : 80;
  if (comma < 0 || comma - f.end > reach || comma > s.end) return false;
  if (/[.;:]/.test(ctx.text.slice(f.end, comma).replace(/\d[\d./]*\d/g, ""))) return false;
  // (A span of time in the phrase says when, it is no figure of the breakdown.)
  return !s.figs.some((g) => g.start > f.end && g.start < comma && !(g.kind === "number" && !!g.noun && DURATION.test(g.noun) && /(?:in|over|during|trong)[ \t]+(?:the[ \t]+)?(?:last[ \t]+|past[ \t]+)?$/u.test(ctx.lower.slice(Math.max(0, g.start - 16), g.start))));
}

/** The last figure of `s` ending by `p` that satisfies `ok`, scanning back from `p`. */
/** "… có 1.216 đơn đủ điều kiện xử lý và 321 đơn không đủ … . Đơn đủ điều kiện xử lý gồm: …": a
 * sentence that opens with the name an earlier count was given, then "gồm", breaks that count down. */
function wholeByName(ctx: UnitContext, s: Sentence, p: number): Figure | undefined {
  if (s.figs.some((f) => f.start < p)) return undefined;
  // ("Số đơn đủ điều kiện xử lý gồm …", "The number of eligible claims comprised …": the count's name
  // after words that say "the number of".)
  // ("By source, the serious incidents comprised …", "Theo nguồn, các vụ nghiêm trọng gồm …": the
  // dimension the breakdown is by comes first.)
  const name = ctx.lower.slice(s.start, p).trim().replace(/[ \t]*(?:,|:)$/u, "").replace(/^(?:by|theo|phân theo|chia theo|xét theo)[ \t]+[\p{L}\p{M} ]{2,30},[ \t]*/u, "").replace(/^(?:tổng số|số lượng|số|the total number of|the number of|the|các|những)[ \t]+/u, "");
  // ("… doanh nghiệp nhỏ và vừa (DNNVV) là 6.519 doanh nghiệp. Theo quy mô, DNNVV gồm …": the
  // initials the count was given in brackets.)
  const at = ctx.lower.lastIndexOf(name, p);
  if (/^[a-zđ]{2,8}$/u.test(name) && at >= s.start && ctx.text.slice(at, at + name.length) === ctx.text.slice(at, at + name.length).toUpperCase()) {
    const i = ctx.figures.findIndex((f) => f.start >= s.start);
    for (let j = i - 1; j >= 0 && s.start - ctx.figures[j].end <= 600; j--) {
      const f = ctx.figures[j];
      if (isCount(f) && f.kind === "number" && new RegExp(`\\(${name}\\)[ \\t]*(?:là|đạt|có|was|were|of|:)?[ \\t]*$`, "u").test(ctx.lower.slice(Math.max(0, f.start - name.length - 8), f.start))) return f;
    }
    return undefined;
  }
  if (name.split(/\s+/).length < 2 || name.length > 60 || !/^[\p{L}\p{M} ]+$/u.test(name)) return undefined;
  const i = ctx.figures.findIndex((f) => f.start >= s.start);
  for (let j = i - 1; j >= 0; j--) {
    const f = ctx.figures[j];
    if (s.start - f.end > 600) return undefined;
    if (!isCount(f)) continue;
    // ("… 1.486 vụ việc, tăng 12,1% so với năm 2023 (1.326 vụ việc). Theo hình thức, số vụ việc gồm …": last
    // year's value in its bracket is not the count named.)
    if (bracketedBase(ctx, f)) continue;
    if (f.noun && ctx.lower.slice(f.end, f.end + name.length + 2).trimStart().startsWith(name)) return f;
    // ("41 were category 1 or 2 (serious) incidents … the serious incidents comprised …": a bare count's
    // own phrase, up to its clause's end, holds every word of the name, its head noun last.)
    const phrase = /^[^,;.:]{0,70}/u.exec(ctx.lower.slice(f.end, f.end + 70))![0].replace(/[()]/gu, " ");
    const words = name.split(/\s+/);
    const has = (w: string) => new RegExp(`(?<![\\p{L}\\p{M}])${w}(?![\\p{L}\\p{M}])`, "u");
    if (!f.noun && !/(?<![\p{L}])(?:not|non|không|chưa)(?![\p{L}])/u.test(phrase) && words.every((w) => has(w).test(phrase)) && new RegExp(`(?<![\\p{L}\\p{M}])${words[words.length - 1]}[ \\t]*$`, "u").test(phrase.trimEnd())) return f;
  }
  return undefined;
}

/** "… received 1,248 applications. These comprised 802 from individuals, …": "These" for the one
 * count of the sentence before. */
function pronounCount(ctx: UnitContext, s: Sentence, si: number, p: number): Figure | undefined {
  if (si === 0 || !/^[\s"“*•-]*(?:these|they|this|those|số này|các [\p{L}]+ này)[ \t]*$/u.test(ctx.lower.slice(s.start, p))) return undefined;
  const ps = ctx.sentences[si - 1];
  const counts = ps.figs.filter((f) => isCount(f) && f.kind === "number");
  return counts.length === 1 && !!counts[0].noun && !INTRO_WORDS.test(ctx.lower.slice(ps.start, ps.end)) ? counts[0] : undefined;
}

/** "13 recorded positive growth, 2 were broadly flat and 1 contracted": each part moved one way, a
 * different way each, so none is counted twice. */
function directions(ctx: UnitContext, parts: Figure[], end: number): boolean {
  if (parts.length < 2) return false;
  const ways = parts.map((f, i) => {
    const seg = ctx.lower.slice(f.end, Math.min(i + 1 < parts.length ? parts[i + 1].start : end, f.end + 80));
    const up = /(?<![\p{L}])(?:grew|rose|increased|positive growth|tăng trưởng dương|tăng)(?![\p{L}])/u.test(seg);
    const flat = /(?<![\p{L}])(?:flat|unchanged|stable|không đổi|đi ngang)(?![\p{L}])/u.test(seg);
    const down = /(?<![\p{L}])(?:contracted|fell|declined|decreased|negative growth|shrank|giảm)(?![\p{L}])/u.test(seg);
    return up === flat ? (flat === down ? "" : down ? "down" : "") : up && !flat && !down ? "up" : flat && !up && !down ? "flat" : "";
  });
  return ways.every((x) => x) && new Set(ways).size === ways.length;
}

/** "trong đó khiếu nại đúng 7 vụ, khiếu nại đúng một phần 12 vụ, khiếu nại sai 47 vụ", "of which 7
 * were upheld, 12 partly upheld and 47 not upheld": the verdicts on the cases settled, one each,
 * right and wrong both among them. */
function verdicts(ctx: UnitContext, s: Sentence, parts: Figure[]): boolean {
  const kinds = parts.map((f) => {
    const label = ctx.lower.slice(Math.max(s.start, f.start - 40), f.start).split(/[,;:]|(?<![\p{L}])(?:trong đó|và)(?![\p{L}])/u).pop()!;
    const after = ctx.lower.slice(f.end, f.end + 30).split(/[,;]|(?<![\p{L}])and(?![\p{L}])/u)[0];
    if (/(?<![\p{L}])đúng một phần(?![\p{L}])/u.test(label) || /(?<![\p{L}])partly upheld|partially upheld(?![\p{L}])/u.test(after)) return "partly";
    if (/(?<![\p{L}])sai(?![\p{L}])/u.test(label) || /(?<![\p{L}])(?:not upheld|rejected|dismissed)(?![\p{L}])/u.test(after)) return "wrong";
    if (/(?<![\p{L}])đúng(?![\p{L}])/u.test(label) || /(?<![\p{L}])upheld(?![\p{L}])/u.test(after)) return "right";
    return "";
  });
  return kinds.every((k) => k) && new Set(kinds).size === kinds.length && kinds.includes("right") && kinds.includes("wrong");
}

const SIDES: [RegExp, RegExp][] = [
  [/^undergraduates?$/u, /^(?:postgraduates?|graduates?)$/u],
  [/^full-time$/u, /^part-time$/u],
  [/^toàn thời gian$/u, /^bán thời gian$/u],
  [/^(?:cá nhân|individuals?)$/u, /^(?:pháp nhân|legal entities|corporate members)$/u],
  [/^(?:trong nước|domestic)$/u, /^(?:nước ngoài|foreign|overseas)$/u],
  [/^công lập$/u, /^ngoài công lập$/u],
  [/^nông nghiệp$/u, /^phi nông nghiệp$/u],
  [/^(?:men|males?)$/u, /^(?:women|females?)$/u],
  [/^nam$/u, /^nữ$/u],
  [/^(?:urban|thành thị)$/u, /^(?:rural|nông thôn)$/u],
  [/^(?:small|smes?|small and medium-sized|small or medium-sized)$/u, /^(?:large|large employers|large firms|large businesses|large companies|large enterprises)$/u],
];

/** The word each count is called by ("were undergraduates", "5,411 postgraduates", "nam 620 người"),
 * and whether the two are the two sides of one divide. */
function complementary(ctx: UnitContext, two: Figure[]): boolean {
  const word = (f: Figure) => ((f.noun && !GENERIC_PERSON.test(f.noun) ? f.noun : undefined) ?? /^[ \t]+(?:were|was|are|is|là)[ \t]+([\p{L}\p{M}-]+)/u.exec(ctx.lower.slice(f.end, f.end + 30))?.[1] ?? /([\p{L}\p{M}-]+)[ \t]*$/u.exec(ctx.lower.slice(Math.max(0, f.start - 20), f.start))?.[1] ?? "").split(" ")[0];
  // "5,934 studied full-time and 8,892 part-time", "5.934 học toàn thời gian và 8.892 bán thời
  // gian": the side named after a verb of the count.
  const side = (f: Figure) => (f.noun ?? "").replace(/^(?:studied|worked|were employed|enrolled|học|làm việc)[ \t]+/u, "");
  const sided = (w: string, z: string) => SIDES.some(([x, y]) => (x.test(w) && y.test(z)) || (y.test(w) && x.test(z)));
  const [a, b] = two.map(word);
  return sided(a, b) || sided(side(two[0]), side(two[1]));
}

/** "269 thành viên là cá nhân và 16 thành viên là pháp nhân", "412 were domestic and 88 were
 * foreign": two counts of the whole's noun, each said to be one side of one divide. */
function predicateSides(ctx: UnitContext, two: Figure[]): boolean {
  const said = (f: Figure) => {
    let t = ctx.lower.slice(f.end, f.end + 50);
    if (f.noun && t.trimStart().startsWith(f.noun)) t = t.trimStart().slice(f.noun.length);
    const m = /^[ \t]+(?:là|were|are|was|is)[ \t]+([\p{L}\p{M}-]+(?:[ \t]+[\p{L}\p{M}-]+){0,2})/u.exec(t);
    if (!m) return [];
    const w = m[1].split(/[ \t]+/u);
    return [w[0], w.slice(0, 2).join(" "), w.slice(0, 3).join(" ")];
  };
  const [a, b] = two.map(said);
  return a.some((x) => b.some((y) => SIDES.some(([p, q]) => (p.test(x) && q.test(y)) || (q.test(x) && p.test(y)))));
}

/** "cấp cho hộ gia đình, cá nhân 6.702 giấy và cấp cho tổ chức 132 giấy", "issued to individuals
 * 412 and to organisations 38": two counts named before them by the two sides of one divide. */
const LABEL_SIDES: [RegExp, RegExp][] = [
  ...SIDES,
  [/^(?:cá nhân|hộ gia đình|individuals?|households?)$/u, /^(?:tổ chức|organi[sz]ations?)$/u],
];
function labelSides(ctx: UnitContext, two: Figure[]): boolean {
  const said = (f: Figure) => {
    // ("… có vốn đầu tư nước ngoài (FDI) là 182 doanh nghiệp": past its gloss and its verb.)
    const w = ctx.lower.slice(Math.max(0, (f.qualifiers[0]?.start ?? f.start) - 40), f.qualifiers[0]?.start ?? f.start).replace(/[ \t]*\([^()\n]{1,20}\)/gu, "").replace(/[ \t]+(?:là|were|was)[ \t]*$/u, "").trim().split(/[ \t]+/u);
    return [w.slice(-1).join(" "), w.slice(-2).join(" "), w.slice(-3).join(" ")];
  };
  const [a, b] = two.map(said);
  return a.some((x) => b.some((y) => LABEL_SIDES.some(([p, q]) => (p.test(x) && q.test(y)) || (q.test(x) && p.test(y)))));
}

/** "17 are rated on track, 4 are rated potential problem and 2 are rated actual problem": each item
 * given a rating on one scale, so each member of the whole is counted once. */
function rated(ctx: UnitContext, parts: Figure[]): boolean {
  return parts.length >= 2 && parts.every((f) => /^[ \t]+(?:(?:are|were|is|was)[ \t]+(?:rated|graded|classified as|assessed as)|(?:được[ \t]+)?xếp loại)(?![\p{L}])/u.test(ctx.lower.slice(f.end, f.end + 30)));
}

/** Words of a kind that cuts across the others (sex, age, group, standard, state of repair, setting,
 * stage): "… và 9.412 sinh viên nữ", "… 200 trường đạt chuẩn quốc gia …", "… 40 upgraded stations". */
/** Of those, the ones that never name a stage or a kind of works, so a list where only some items
 * have them mixes two dimensions ("700 primary schools, 400 accredited schools and …"); "61 dự án
 * khởi công mới" beside "138 dự án chuyển tiếp" is a stage, not an attribute. */
export const CUTS_ACROSS_ANY = /(?<![\p{L}])(?:nữ|female|male|women|men|girls|boys|elderly|cao tuổi|aged|dân tộc|ethnic|minority|disabled|khuyết tật|đạt chuẩn|chuẩn quốc gia|certified|accredited)(?![\p{L}])/u;
export const CUTS_ACROSS = /(?<![\p{L}])(?:nữ|nam|female|male|women|men|girls|boys|young|older|elderly|cao tuổi|aged|children|trẻ em|dân tộc|ethnic|minority|disabled|khuyết tật|mới|new|newly|first-time|nghèo|poor|đạt chuẩn|chuẩn|standard|certified|accredited|compliant|upgraded|renovated|refurbished|repaired|nâng cấp|cải tạo|sửa chữa|xây mới|kiên cố|rural|urban|nông thôn|thành thị|remote|vùng sâu|vùng xa|miền núi|khó khăn|completed|finished|hoàn thành|đang|ongoing|under construction|in progress|active|inactive|hoạt động|tạm dừng|closed|đóng cửa)(?![\p{L}])/u;

/** Words for an attribute that cuts across statuses: "681 were women", "113 were aged under 21". */
const CROSS_ATTRIBUTE = /(?<![\p{L}])(?:women|men|female|male|girls|boys|aged|over|under|older|younger|new|first-time|foreign|disabled|also|both|either|still|already|then|later|subsequently|among|of|in|from|at)(?![\p{L}])/u;

/** "Of the 3,012, 2,218 were sentenced, 681 were held on remand and 113 were recalled …": three
 * counts or more, each the subject of the same auxiliary and a status word of its own, whose sum
 * comes within a tenth of the whole, are the statuses the whole divides into (not attributes that
 * cut across them, nor steps of one process, which add up far past it). */
function statusSplit(ctx: UnitContext, parts: Figure[], end: number, whole: Figure): boolean {
  if (parts.length < 3) return false;
  let aux: string | undefined;
  const words = new Set<string>();
  for (let i = 0; i < parts.length; i++) {
    const next = i + 1 < parts.length ? parts[i + 1].start : end;
    const tail = ctx.lower.slice(parts[i].end, Math.min(next, parts[i].end + 60)).split(/[,;.]|(?<![\p{L}])(?:and|or)(?![\p{L}])/u)[0];
    const m = /^[ \t]+(were|was|are|is)[ \t]+([\p{L}-]+)/u.exec(tail);
    if (!m || (aux && m[1] !== aux) || CROSS_ATTRIBUTE.test(tail) || /(?<![\p{L}])(?:not|no)(?![\p{L}])/u.test(tail)) return false;
    aux = m[1];
    words.add(m[2]);
  }
  if (words.size !== parts.length) return false;
  const sum = parts.reduce((a, f) => a.plus(f.value!.exact), new D(0));
  const w = new D(whole.value!.exact);
  return sum.minus(w).abs().lte(w.times("0.1"));
}

/** How an item came: "1,572 by telephone", "689 online", "357 by post". */
const CHANNEL = /^[ \t]+(?:(?:were|was|came|arrived|received|made|submitted|returned|taken|completed)[ \t]+)?(?:by|via|online|in[ \t]+person|face[ \t]+to[ \t]+face|over[ \t]+the[ \t]+(?:phone|telephone)|on[ \t]+paper|bằng|qua|trực[ \t]+tuyến|trực[ \t]+tiếp)(?![\p{L}])/u;
/** Each item followed by the same preposition of place or origin ("… were at …, … at …",
 * "came from …, … from …"): a partition, not overlapping attributes. */
export function parallelPlaces(ctx: UnitContext, items: Figure[], end: number): boolean {
  let prep: string | undefined;
  let places = true;
  const heads: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const next = i + 1 < items.length ? items[i + 1].start : end;
    const own = ctx.lower.slice(items[i].end, Math.min(next, items[i].end + 40));
    // ("341,902 calls came from …, 48,215 from …": past the first item's noun.)
    const noun = items[i].noun;
    const tail = noun && own.trimStart().startsWith(noun) ? " " + ctx.lower.slice(items[i].end, Math.min(next, items[i].end + 40 + noun.length)).trimStart().slice(noun.length).trimStart() : own;
    // ("8.71 million travelled on short-haul routes, 2.36 million on domestic routes": the verb said once.)
    // ("341,902 (82.8%) came from …": past a share in brackets; "341.902 cuộc gọi từ …, 84.215 cuộc gọi từ …".)
    const m = /^[ \t]+(?:(?:were|was|are|is|came|went|lived|worked|related|referred|belonged|flew|travell?ed|moved|passed|arrived|departed|đến)[ \t]+)?(at|from|in|to|on|via|through|for|từ|tại|ở)[ \t]/u.exec(tail.replace(/^[ \t]*\([^()]*\)/u, ""));
    if (!m || (prep && m[1] !== prep)) places = false;
    else prep = m[1];
    // "397 caused no or low harm, 19 moderate harm and 3 severe harm": one scale, each item a grade.
    heads.push(/(?<![\p{L}])(harm|severity|injur(?:y|ies)|damage|risk|priority|rating|grade|class|band)(?![\p{L}])/u.exec(own.split(/[,;.]/)[0])?.[1] ?? "");
  }
  const graded = heads.every((h) => h && h === heads[0]);
  // ("…: 1,572 by telephone, 689 online and 357 by post": each item says how it came.)
  const channels = items.every((f, i) => CHANNEL.test(ctx.lower.slice(f.end, Math.min(i + 1 < items.length ? items[i + 1].start : end, f.end + 40))));
  return items.length >= 2 && (places || graded || channels);
}

/**
 * "of which 2,874 occurred in hospital, 731 at home, 214 in care homes and 128 elsewhere", "Of these,
 * 96 hold a hackney-only licence, 1,493 a private hire licence and 258 a dual licence": the first
 * count's verb said once, each later count followed at once by where or what (a preposition or an
 * article), the items joined by commas and "and".
 */
const ELIDED_FIRST = /^[ \t]+(?:\([^()]*\)[ \t]*)?(?:were|was|are|is|had|have|has|hold|held|occurred|came|went|took|lived|live|worked|work|received|attended|[a-z]{3,}ed)(?:[ \t]+[a-z]{3,}ed)?[ \t]+[a-z]/u;
const ELIDED_NEXT = /^[ \t]+(?:\([^()]*\)[ \t]*)?(?:at|in|on|by|from|for|to|a|an|as|under|over|via|through|within|outside|elsewhere|abroad|online|overseas)(?![\p{L}])/u;
function elidedVerb(ctx: UnitContext, items: Figure[]): boolean {
  if (items.length < 3 || ctx.lang !== "en" || items.some((f) => f.noun && !/^(?:elsewhere|abroad|online|overseas)$/u.test(f.noun))) return false;
  if (!ELIDED_FIRST.test(ctx.lower.slice(items[0].end, items[0].end + 60))) return false;
  for (let k = 1; k < items.length; k++) {
    if (!/^[^\d;.:]{0,80}?(?:,|(?<![\p{L}])and)[ \t]*$/u.test(ctx.lower.slice(items[k - 1].end, items[k].start))) return false;
    if (!ELIDED_NEXT.test(ctx.lower.slice(items[k].end, items[k].end + 40))) return false;
  }
  return true;
}

/** "14,862 repair orders, of which 2,173 were emergency, 4,950 urgent and 7,784 routine": the verb
 * said once, each later count followed only by the word for its kind (gapping), every kind another. */
const GAP_NOT_KIND = /^(?:women|men|female|male|girls|boys|new|aged|over|under|more|less|fewer|up|down|higher|lower|also|then|respectively|in|on|from|at|by|to|for|of|with|per|each|a|an|the|and|or|were|was|are|is|people|cases|times|percent)$/u;
export function gappedKinds(ctx: UnitContext, items: Figure[], end: number): boolean {
  if (items.length < 3 || ctx.lang !== "en") return false;
  const kinds: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const last = i === items.length - 1;
    const own = ctx.lower.slice(items[i].end, last ? Math.min(end, items[i].end + 40) : items[i + 1].start);
    const m = last
      ? /^[ \t]+((?:were|was|are|is)[ \t]+)?([a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+)?)[ \t]*(?:[.;]|$)/u.exec(own)
      : /^[ \t]+((?:were|was|are|is)[ \t]+)?([a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+)?)[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)$/u.exec(own);
    if (!m || (i === 0) !== !!m[1] || m[2].split(/[ \t]+/u).some((w) => GAP_NOT_KIND.test(w))) return false;
    kinds.push(m[2]);
  }
  return new Set(kinds).size === kinds.length;
}

/** "Trong đó: làm việc tại các doanh nghiệp trong tỉnh 812 người; làm việc ngoài tỉnh 328 người; đi
 * làm việc ở nước ngoài 105 người": items of a list, each in its own clause and each saying where
 * (a place, not an attribute such as "nữ" that may overlap), split their whole side by side. */
/** A verb of receiving or handling cases, after the item's own subject. */
const HANDLED = /^[\p{L}\p{M} ,]+?[ \t]+(tiếp nhận|tiếp|thụ lý|giải quyết|xử lý|cấp|received|handled|processed|issued)(?:[ \t]+[\p{L}\p{M},]+){0,5}$/u;

function placeItems(ctx: UnitContext, parts: Figure[], from: number): boolean {
  if (parts.length < 2) return false;
  const labels: string[] = [];
  let at = from;
  for (const f of parts) {
    const q = f.qualifiers[0]?.start ?? f.start;
    const gap = ctx.lower.slice(at, q);
    const cut = Math.max(gap.lastIndexOf(";"), gap.lastIndexOf(":"));
    if (cut < 0) return false;
    const label = gap.slice(cut + 1).trim();
    if (/\d/.test(label) || label.length > 120) return false;
    labels.push(label);
    at = f.end;
  }
  if (new Set(labels).size !== labels.length) return false;
  if (labels.every((l) => /(?<![\p{L}])(?:tại|ở|ngoài tỉnh|trong tỉnh|nước ngoài|ngoài nước|trong nước|ngoài huyện|trong huyện|at|in|abroad|overseas)(?![\p{L}])/u.test(l))) return true;
  // "trong đó: Ban Tiếp công dân tiếp 418 lượt; Chủ tịch UBND tiếp định kỳ 96 lượt; …": each body
  // received or handled its own cases, with one verb.
  const verbs = labels.map((l) => HANDLED.exec(l)?.[1]);
  return verbs.every((v) => v && v === verbs[0]);
}

/** "gồm: thu nội địa 8.652,7 tỷ đồng, đạt 92,5% dự toán (9.350 tỷ đồng), …": the plan a part's share
 * is of, in brackets after that share, is no part of the list; nor is an average beside the parts. */
const PLAN_BRACKET = /%[ \t]+(?:(?:của|of|the)[ \t]+)*(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|nghị quyết|plan|target|budget|forecast)(?:[ \t]+[^\d()%;]{0,40})?[ \t]*\([ \t]*$/u;
function withoutPlanBrackets(ctx: UnitContext, t: TotalParts): TotalParts {
  // ("quý III đạt 3.412,8 tỷ đồng, …; bình quân mỗi quý thu 3.428,2 tỷ đồng": nor is an average.)
  const parts = t.parts.filter((p) => !PLAN_BRACKET.test(ctx.lower.slice(Math.max(0, p.figure.start - 70), p.figure.start)) && !(p.figure.kind === "number" && t.parts.length > 2 && AVERAGE_LEAD.test(ctx.lower.slice(Math.max(0, p.figure.start - 50), p.figure.start)) && !AVERAGE_LEAD.test(ctx.lower.slice(Math.max(0, t.whole.start - 50), t.whole.start))));
  return parts.length === t.parts.length || parts.length === 0 ? t : { ...t, parts };
}

/** "612 cơ sở giáo dục ở 8/8 huyện, thành phố, gồm 318 trường mầm non và 294 trường tiểu học": the
 * places a count was taken in are where, not what the list divides. */
function placeScope(ctx: UnitContext, t: TotalParts): boolean {
  const w = t.whole;
  if (!w.noun || !/(?<![\p{L}])(?:ở|tại|trên[ \t]+địa[ \t]+bàn|in|across|at)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, w.start - 16), w.start))) return false;
  // (Places only: "across 23 operations: 14 sovereign loans, 6 grants and 3 …" is a whole.)
  if (w.kind !== "fraction" && !/^(?:huyện|xã|tỉnh|thành phố|phường|thị trấn|thôn|bản|địa phương|districts?|wards?|boroughs?|counties|regions?|areas?|localities|countries|sites|towns|villages|communes|provinces)(?: |$)/u.test(w.noun)) return false;
  const head = w.noun.split(" ")[0];
  return t.parts.every((p) => !!p.figure.noun && p.figure.noun.split(" ")[0] !== head);
}

/** "a net penalty of £14.6m, made up of penalties of £19.8m and rewards of £5.2m": a net figure is
 * what one side leaves after the other, not their sum. */
function netWhole(ctx: UnitContext, t: TotalParts): boolean {
  const wq = t.whole.qualifiers[0]?.start ?? t.whole.start;
  if (/(?<![\p{L}])(?:net|ròng)(?![\p{L}])[^\d;.]{0,30}$/u.test(ctx.lower.slice(Math.max(0, wq - 40), wq))) return true;
  // ("The stock rose by 137 homes during the year: 187 homes were added …, 38 were sold … and 12 were
  // demolished", "tăng 3.214 người, gồm tăng tự nhiên 4.102 người và giảm cơ học 888 người": a change made
  // of what came in and what went out.)
  if (!/(?<![\p{L}])(?:rose|fell|grew|increased|decreased|went[ \t]+(?:up|down)|up|down|tăng|giảm)(?:[ \t]+(?:by|thêm))?[ \t]*$/u.test(ctx.lower.slice(Math.max(0, wq - 16), wq))) return false;
  return t.parts.some((p) => OUTFLOW.test(ctx.lower.slice(Math.max(0, p.figure.start - 24), p.figure.end + 40).replace(/^[^]*?[,;:]/u, "")));
}
const OUTFLOW = /(?<![\p{L}])(?:sold|demolished|lost|removed|closed|left|disposed|transferred[ \t]+out|died|deaths|giảm|ra[ \t]+khỏi|chuyển[ \t]+đi|xuất[ \t]+cư|chết|tử[ \t]+vong|bán|phá[ \t]+dỡ)(?![\p{L}])/u;

/** Readings of a list that the words show are not a whole and its parts. */
/** A minus sign right before `at`, after something else on its line ("Corporate −£0.65m"), not a bullet's
 * dash at the start of a line. Read backwards from `at`, so a long line costs no more than its last words. */
function signedInLine(text: string, at: number): boolean {
  let i = at - 1;
  if (i < 0 || !"−–-".includes(text[i])) return false;
  for (i--; i >= 0 && (text[i] === " " || text[i] === "\t"); i--);
  return i >= 0 && !/\s/u.test(text[i]);
}

function notParts(ctx: UnitContext, t: TotalParts): boolean {
  // ("comprises Medicine £2.14m, …, Clinical Support −£0.31m and Corporate −£0.65m", "Place £(0.5)m"): parts
  // that take away, whose signs the reading does not carry.
  const first = t.parts[0].figure;
  const last = t.parts[t.parts.length - 1].figure;
  // (A sign set right against the figure, not a bullet's dash at the start of a line.)
  if (t.parts.some((p) => signedInLine(ctx.text, p.figure.start)) || /[£$€]\([ \t]*\d/u.test(ctx.text.slice(first.start, Math.min(ctx.text.length, last.end + 60)))) return true;
  const cue = t.cue ? ctx.lower.slice(t.cue.start, t.cue.end) : "";
  // ("…; including bank staff, 6,104 WTE were deployed", "including arrears from earlier years, the overall
  // collection rate was 101.2%": what "including" adds makes a larger figure, no part.)
  if (/^(?:including|bao gồm|kể cả)$/u.test(cue) && t.cue!.end < first.start && /,/u.test(ctx.lower.slice(t.cue!.end, first.start))) return true;
  // ("Of these, 1,713 had a food hygiene rating and 1,652 were rated 3 or above", "121 were accidental and 96
  // started in the kitchen": two things said of the same items, by different verbs, may overlap.)
  if (/^(?:of these|of them|of those|of which|of whom)/u.test(cue) && t.parts.length >= 2) {
    const verb = (f: Figure) => {
      let rest = ctx.lower.slice(f.end, f.end + 40);
      if (f.noun && rest.trimStart().startsWith(f.noun)) rest = rest.trimStart().slice(f.noun.length);
      const m = /^[ \t]*(?:(were|was|are|is|(?:have|has|had)[ \t]+been)|(had|have|has)(?![ \t]+(?:been|[\p{L}-]+ed)(?![\p{L}]))|([\p{L}-]+ed)(?=[ \t]+(?:in|at|on|from|with|into|through|after|before|during)[ \t]))(?![\p{L}])/u.exec(rest);
      // Said by the verb "to be" (what they are), "to have" (what they hold) or a verb that did something
      // somewhere ("started in the kitchen"; not "1,445 unsheltered", a state).
      return !m ? undefined : m[1] ? "be" : m[2] ? "have" : "did";
    };
    const vs = t.parts.map((p) => verb(p.figure));
    // (What some hold beside what others are: "1,713 had a rating and 1,652 were rated 3 or above"; what some
    // are beside what others did, two of them only: "121 were accidental and 96 started in the kitchen". Not
    // "97 have been approved, 31 rejected and 20 remain", one status each.)
    if (vs.includes("have") && vs.some((v) => v && v !== "have")) return true;
    if (t.parts.length === 2 && vs.includes("be") && vs.includes("did")) return true;
  }
  return false;
}

/** "214 trường tiểu học gồm 96 trường dưới 300 học sinh, 87 trường từ 300 đến 700 học sinh và 31 trường
 * trên 700 học sinh": the limits of a size band say which items are counted; they are no items. */
const BAND_BEFORE = /(?:(?<![\p{L}])(?:dưới|trên|từ|under|over|below|above|from|between|fewer[ \t]+than|more[ \t]+than|less[ \t]+than)|(?<![\p{L}])(?:từ|from)[ \t]+\d[\d.,]*[ \t]+(?:đến|tới|to)|(?<![\p{L}])between[ \t]+\d[\d.,]*[ \t]+and)[ \t]*$/u;
const BAND_AFTER = /^[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,3}?(?:trở[ \t]+lên|trở[ \t]+xuống|or[ \t]+more|or[ \t]+fewer|or[ \t]+over|and[ \t]+over|and[ \t]+above|plus)(?![\p{L}])/u;
function withoutBandLimits(ctx: UnitContext, t: TotalParts): TotalParts {
  const head = (f: Figure) => (f.noun ?? "").split(/[ \t]+/u)[0].replace(/(?<=[a-z]{3})s$/u, "");
  const wh = head(t.whole);
  if (!wh || t.whole.unit || t.parts.length < 3) return t;
  const limit = (f: Figure) => {
    const q = f.qualifiers[0]?.start ?? f.start;
    // ("121 dự án từ 100 đến dưới 500 tỷ đồng": the lower limit, bare before "đến".)
    if (f.kind === "number" && !f.noun && /^[ \t]*(?:đến|tới|to|[-–])[ \t]/u.test(ctx.lower.slice(f.end, f.end + 6)) && /(?<![\p{L}])(?:từ|from|between)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, q - 8), q))) return true;
    if (f.kind !== "number" || f.unit || !f.noun || head(f) === wh) return false;
    return f.qualifiers.some((x) => x.kind === "under" || x.kind === "over" || x.kind === "atLeast" || x.kind === "atMost") || BAND_BEFORE.test(ctx.lower.slice(Math.max(0, q - 24), q)) || BAND_AFTER.test(ctx.lower.slice(f.end, f.end + 40));
  };
  const keep = t.parts.filter((p) => !limit(p.figure));
  if (keep.length === t.parts.length || keep.length < 2 || !keep.every((p) => head(p.figure) === wh)) return t;
  return { ...t, parts: keep };
}

/** A breakdown set out one bullet a part, that leaves out a bullet between its parts which states an
 * amount of its own ("- Chi thường xuyên: 11.235,8 tỷ đồng, chiếm 55,7% tổng chi; trong đó …"
 * between "- Chi đầu tư phát triển" and "- Chi trả nợ lãi"): read with a part missing, so a sum short of
 * the whole says nothing. */
const BULLET_LINE = /^[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]/u;
export function skipsABullet(ctx: UnitContext, t: TotalParts): boolean {
  if (t.parts.length < 2) return false;
  const lineOf = (at: number) => ctx.text.lastIndexOf("\n", at - 1) + 1;
  const starts = t.parts.map((p) => lineOf(p.figure.start));
  if (new Set(starts).size !== starts.length || !starts.every((a) => BULLET_LINE.test(ctx.text.slice(a, a + 6)))) return false;
  const from = Math.min(...starts);
  const to = Math.max(...starts);
  // (A sub-bullet under a part, indented, is a part of that part.)
  const indent = (a: number) => /^[ \t]*/u.exec(ctx.text.slice(a, a + 12))![0].length;
  if (!starts.every((a) => indent(a) === indent(from))) return false;
  // (Also the bullets that go on after the last part, when the whole's own line opens the list:
  // "… là 701.254 triệu đồng, gồm:", "- Chi thường xuyên: … Trong đó:" and its sub-bullets, then "- Chi
  // bổ sung cho ngân sách xã: 87.105 triệu đồng".)
  const wLine = lineOf(t.whole.start);
  const wEnd = ctx.text.indexOf("\n", t.whole.end);
  const introduced = wLine < from && /:[ \t]*$/u.test(ctx.text.slice(t.whole.end, wEnd < 0 ? ctx.text.length : wEnd));
  for (let a = from; ; ) {
    const e = ctx.text.indexOf("\n", a);
    const end = e < 0 ? ctx.text.length : e;
    if (a > to && (!introduced || !BULLET_LINE.test(ctx.text.slice(a, a + 6)))) break;
    if (!starts.includes(a) && indent(a) === indent(from) && BULLET_LINE.test(ctx.text.slice(a, a + 6)) && ctx.figures.some((f) => f.start >= a && f.end <= end && f.kind === "number" && (f.unit ?? "") === (t.whole.unit ?? "") && f.unit !== "%")) return true;
    if (e < 0) break;
    a = e + 1;
  }
  return false;
}

/** "tăng 8,7% so với năm 2022 (563.450 lượt)": the base of a comparison, in brackets, is not the
 * whole that a following "trong đó" divides. */
function bracketedBase(ctx: UnitContext, f: Figure): boolean {
  const before = ctx.lower.slice(Math.max(0, f.start - 60), f.start);
  const open = before.lastIndexOf("(");
  return open >= 0 && open > before.lastIndexOf(")") && /(?:so với|cùng kỳ|năm trước|compared|than|from|on|kế hoạch|dự toán|mục tiêu|chỉ tiêu|plan|target|budget)[^(]{0,30}\([^)]*$/u.test(before);
}

/** Inside a bracket that opened after `from`. */
function inBracketAfter(ctx: UnitContext, from: number, f: Figure): boolean {
  const t = ctx.text.slice(from, f.start);
  return t.lastIndexOf("(") > t.lastIndexOf(")");
}

/** ("lập biên bản 98.652 trường hợp vi phạm, …; tước giấy phép lái xe 9.214 trường hợp; … . Trong đó, vi
 * phạm nồng độ cồn là 21.378 trường hợp": of the sentence's counts of one noun, the one whose own words
 * the part repeats; none when several could be meant and the words pick none.) */
function namedAmong(ctx: UnitContext, prev: Sentence, last: Figure | undefined, ok: (f: Figure) => boolean, part: Figure): Figure | undefined {
  if (!last?.noun) return last;
  const head = last.noun.split(" ")[0];
  const same = prev.figs.filter((f) => f !== last && ok(f) && !!f.noun && f.noun.split(" ")[0] === head);
  if (!same.length) return last;
  const label = ctx.lower.slice(Math.max(ctx.sentenceOf(part).start, part.start - 50), part.start) + " " + ctx.lower.slice(part.end, part.end + 60).split(/[.;]/u)[0];
  // (What a noun adds to the words all of them share: "trường hợp vi phạm" over "trường hợp".)
  const words = [last, ...same].map((f) => f.noun!.split(" "));
  let common = 0;
  while (words.every((w) => w.length > common && w[common] === words[0][common])) common++;
  const extra = (f: Figure) => f.noun!.split(" ").slice(common).join(" ");
  const said = [last, ...same].filter((f) => extra(f).length >= 3 && label.includes(extra(f)));
  return said.length === 1 ? said[0] : last;
}

function lastBefore(s: Sentence, p: number, ok: (f: Figure) => boolean): Figure | undefined {
  return lastEndingBy(s.figs, p, ok);
}

/** lastBefore for a test that holds only within `within` characters of `p`: the search stops there, so an
 * intro late in a long sentence does not read back over all of it. */
function lastNear(s: Sentence, p: number, within: number, ok: (f: Figure) => boolean): Figure | undefined {
  return lastEndingBy(s.figs, p, ok, within);
}

const NEWCOMERS = /^(?:new|newly|additional|further|extra)[ \t]|[ \t](?:mới|kết[ \t]+nạp[ \t]+mới|tuyển[ \t]+mới)$/u;

/**
 * "Trong đó, khu vực FDI xuất khẩu 4.312,5 triệu USD, nhập khẩu 3.102,4 triệu USD; khu vực trong nước
 * xuất khẩu 934,3 triệu USD, nhập khẩu 881,8 triệu USD", "khu vực thành thị có 84.200 hộ, 1.120 hộ nghèo
 * (1,33%); khu vực nông thôn có 217.900 hộ, 10.118 hộ nghèo": groups told one a clause, each with the
 * same measures. The whole's parts are one measure across the groups: the one named as the whole is
 * (its words before the whole, or its noun); with none so named, no reading.
 */
function gridColumn(ctx: UnitContext, t: TotalParts): TotalParts | undefined {
  if (t.parts.length < 4) return t;
  const segs: Figure[][] = [[t.parts[0].figure]];
  for (let k = 1; k < t.parts.length; k++) {
    if (ctx.lower.slice(t.parts[k - 1].figure.end, t.parts[k].figure.start).includes(";")) segs.push([]);
    segs[segs.length - 1].push(t.parts[k].figure);
  }
  const width = segs[0].length;
  if (segs.length < 2 || width < 2 || segs.some((g) => g.length !== width)) return t;
  const wq = t.whole.qualifiers[0]?.start ?? t.whole.start;
  const wholeWords = ctx.lower.slice(Math.max(0, wq - 40), wq);
  const lead = (f: Figure) => {
    const q = f.qualifiers[0]?.start ?? f.start;
    const ws = ctx.lower.slice(Math.max(0, q - 30), q).split(/[,;:()]/u).pop()!.trim().split(/[ \t]+/u).filter((w) => /\p{L}/u.test(w));
    return ws.slice(-2).join(" ");
  };
  const named = (j: number) => segs.every((g) => (!!g[j].noun && g[j].noun === t.whole.noun) || (lead(g[j]).length >= 4 && wholeWords.includes(lead(g[j]))));
  const cols = [...Array(width).keys()].filter(named);
  if (cols.length !== 1) return undefined;
  const keep = new Set(segs.map((g) => g[cols[0]]));
  return { ...t, parts: t.parts.filter((x) => keep.has(x.figure)) };
}

/** ("… 11.238 hộ nghèo. Trong đó, khu vực thành thị có 84.200 hộ, 1.120 hộ nghèo": a count of the
 * broader thing the whole's noun narrows is its place's base, no part.) */
function withoutBroader(ctx: UnitContext, t: TotalParts): TotalParts {
  const w = t.whole.noun;
  if (!w || !w.includes(" ")) return t;
  // (Only a base told right before the count of the whole's own noun: "84.200 hộ, 1.120 hộ nghèo".)
  const broader = (f: Figure, k: number) => f !== t.whole && !!f.noun && w.startsWith(`${f.noun} `) && !!f.value && new D(f.value.exact).gt(t.wholeNum.exact) && t.parts[k + 1]?.figure.noun === w && /^[ \t]*(?:[\p{L}\p{M}]+[ \t]*)?,[ \t]*(?:với[ \t]+|có[ \t]+|trong[ \t]+đó[ \t]+)?$/u.test(ctx.lower.slice(f.end, t.parts[k + 1].figure.qualifiers[0]?.start ?? t.parts[k + 1].figure.start));
  return t.parts.some((x, k) => broader(x.figure, k)) ? { ...t, parts: t.parts.filter((x, k) => !broader(x.figure, k)) } : t;
}

/** ("We repaired 24,860 potholes (2023/24: 31,412; 2022/23: 28,146)": earlier years' figures, each after its
 * year and a colon, are the same measure then, no parts of it now.) */
const PRIOR_YEAR_LABEL = /(?:\(|;|,)[ \t]*(?:(?:fy|năm|quý|q[1-4])[ \t]*)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?[ \t]*:[ \t]*$/u;
/** A whole over a span of years ("3 năm", "giai đoạn 2021-2025", "since 2021"), whose years are its parts. */
const SPAN_WHOLE = /(?<![\p{L}])(?:(?:\d+|hai|ba|bốn|năm|two|three|four|five)[ \t]+(?:năm|years)|giai[ \t]+đoạn|nhiệm[ \t]+kỳ|lũy[ \t]+kế|luỹ[ \t]+kế|cumulative|since|từ[ \t]+năm|over[ \t]+the[ \t]+(?:period|last)|in[ \t]+total|tổng[ \t]+cộng)(?![\p{L}])|(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)?\d\d/u;
/** "£312.4m, made up of £268.9m … and £43.5m …; £4.1m of this was spent …", "286,4 km, gồm … 84,2 km, …
 * 142,7 km và … 59,5 km; kiên cố hóa 48,6 km kênh mương": a list closed by "and" before a semicolon that
 * already makes its whole ends there; what the clause after the semicolon says is no item of it. */
function closedBeforeSemicolon(ctx: UnitContext, t: TotalParts): TotalParts {
  if (t.parts.length < 3) return t;
  for (let k = 1; k + 1 < t.parts.length; k++) {
    const [prev, part, next] = [t.parts[k - 1].figure, t.parts[k].figure, t.parts[k + 1].figure];
    if (!/(?<![\p{L}])(?:and|và)[ \t]+(?:[^\d;,]{0,60})?$/u.test(ctx.lower.slice(prev.end, part.qualifiers[0]?.start ?? part.start))) continue;
    if (!ctx.lower.slice(part.end, next.qualifiers[0]?.start ?? next.start).includes(";")) continue;
    const sum = t.parts.slice(0, k + 1).reduce((a, p) => a.add(ctx.interval(p.figure, p.num)), Interval.point(0));
    return sum.overlaps(ctx.interval(t.whole, t.wholeNum)) ? { ...t, parts: t.parts.slice(0, k + 1) } : t;
  }
  return t;
}

/** "an average of 1,046 Ml/d from 68 sources: 612 Ml/d from reservoirs, 286 Ml/d from rivers and …": parts all
 * of one noun that is not the whole's, which an earlier figure of the sentence has, are of that figure; the
 * whole read is a count of something else. */
function ofAnotherMeasure(ctx: UnitContext, t: TotalParts): TotalParts | undefined {
  const nouns = t.parts.map((p) => p.figure.noun);
  const n = nouns[0];
  if (!n || !t.whole.noun || t.parts.length < 2 || nouns.some((x) => x !== n) || sameNoun(n, t.whole.noun) || sameNoun(t.whole.noun, n)) return t;
  const s = ctx.sentenceOf(t.whole);
  return s.figs.some((f) => f.end <= t.whole.start && f.noun === n && f.kind === t.parts[0].figure.kind) ? undefined : t;
}

/** "Of the 2,708 rated establishments, 1,876 hold the top rating of 5": a number that names a level, a
 * grade or a class is no part. */
const LEVEL_BEFORE = /(?<![\p{L}])(?:rating|score|level|grade|band|category|tier|stage|priority|hạng|loại|cấp[ \t]+độ)(?:[ \t]+of)?[ \t]*$/u;
function withoutLevelNumbers(ctx: UnitContext, t: TotalParts): TotalParts {
  const level = (f: Figure) => f.kind === "number" && !f.noun && !f.unit && /^\d{1,2}$/u.test(f.text) && LEVEL_BEFORE.test(ctx.lower.slice(Math.max(0, f.start - 16), f.start));
  return t.parts.some((p) => level(p.figure)) ? { ...t, parts: t.parts.filter((p) => !level(p.figure)) } : t;
}

function withoutPriorYears(ctx: UnitContext, t: TotalParts): TotalParts {
  const ws = ctx.sentenceOf(t.whole);
  if (SPAN_WHOLE.test(ctx.lower.slice(Math.max(ws.start, t.whole.start - 120), t.whole.start))) return t;
  const prior = (f: Figure) => f.start > t.whole.end && inBrackets(ctx, ws.start, f.start) && PRIOR_YEAR_LABEL.test(ctx.lower.slice(Math.max(0, (f.qualifiers[0]?.start ?? f.start) - 30), f.qualifiers[0]?.start ?? f.start));
  return t.parts.some((x) => prior(x.figure)) ? { ...t, parts: t.parts.filter((x) => !prior(x.figure)) } : t;
}

/** ("Of the 412 cadets enrolled at the start of the year, 337 were still active …, and 149 new cadets
 * joined": newcomers are no part of those there before.) */
function withoutNewcomers(t: TotalParts): TotalParts {
  // ("1.250 đoàn viên, trong đó 1.100 đoàn viên cũ và 150 đoàn viên mới": old and new together make it.)
  if (NEWCOMERS.test(t.whole.noun ?? "") || t.parts.some((x) => /(?:^|[ \t])(?:cũ|existing|returning|continuing)(?:$|[ \t])/u.test(x.figure.noun ?? ""))) return t;
  // (Only after a whole told first: "1,240 new jobs and … a further 2,310, a total of 3,450" sums them.)
  const fresh = (f: Figure) => f !== t.whole && f.start > t.whole.end && NEWCOMERS.test(f.noun ?? "") && t.parts.some((x) => x.figure.start < f.start && !NEWCOMERS.test(x.figure.noun ?? ""));
  return t.parts.some((x) => fresh(x.figure)) ? { ...t, parts: t.parts.filter((x) => !fresh(x.figure)) } : t;
}

function countsAfter(ctx: UnitContext, s: Sentence, from: number, noun: string | undefined, allowBareAfterRest: boolean, allowBareSubjects = false): Figure[] {
  const out: Figure[] = [];
  for (const f of s.figs) {
    if (f.start < from || !isCount(f)) continue;
    if (precededBy(ctx, f, NOT_PART_BEFORE)) continue;
    if (f.kind === "fraction" && precededBy(ctx, f, /thứ[ \t]*$/u)) continue;
    // "18 of the 24 KPIs were met (green), 4 were within 5% of target (amber) and 2 were missed": a
    // bare count, the subject of its own verb, right after a separator.
    const bareSubject = allowBareSubjects && f.kind === "number" && !f.noun && BARE_SUBJECT.test(ctx.lower.slice(f.end, f.end + 24)) && precededBy(ctx, f, /(?:,|;|(?<![\p{L}])(?:and|và))[ \t]*$/u);
    // ("12/15 huyện, thị xã, thành phố đạt …, còn 4 đơn vị chưa đạt": the rest named by a word for any unit.)
    const genericRest = allowBareAfterRest && !!f.noun && /^(?:đơn vị|địa phương|units?|localities|areas?)(?: |$)/u.test(f.noun) && precededBy(ctx, f, /(?:remaining|rest|other|còn lại|còn)[ \t]*$/u);
    if (sameNoun(f.noun, noun) || bareSubject || genericRest || (allowBareAfterRest && !f.noun && precededBy(ctx, f, /(?:remaining|rest|other|còn lại|còn)[ \t]*$/u))) out.push(f);
  }
  return out;
}

/** "3,738 had received two doses of MMR vaccine": a count written as a word, of another noun than
 * the whole's, says how much of something each part had, not how many parts there are. */
function dropWordCountsOfOtherNouns(t: TotalParts): TotalParts {
  // ("1,083 were resolved within 20 working days": a duration is no part of a count of complaints.)
  const other = (f: Figure) => !!f.noun && !!t.whole.noun && !sameNoun(f.noun, t.whole.noun) && !sameNoun(t.whole.noun, f.noun) && (/^\p{L}/u.test(f.text) || (DURATION.test(f.noun.replace(/^(?:working|calendar|business)[ \t]+/u, "")) && !DURATION.test(t.whole.noun)));
  return t.parts.some((x) => other(x.figure)) ? { ...t, parts: t.parts.filter((x) => !other(x.figure)) } : t;
}

/** "recorded in three categories: 2,148 personal, 4,736 nuisance and 528 environmental": a whole
 * that counts the items listed (as many as there are parts, each part above it) counts kinds, not
 * what the parts count. */
function countsKinds(t: TotalParts): boolean {
  const w = t.wholeNum.exact;
  return t.parts.length >= 2 && String(t.parts.length) === w && t.parts.every((p) => new D(p.num.exact).gt(w));
}

export function findTotalParts(ctx: UnitContext): TotalParts[] {
  return ctx.memo("total-parts", () => {
    const out: TotalParts[] = [];
    const used = new Set<number>();
    // A breakdown in a sentence of its own ("Phân theo …, gồm:", "It was spent as follows:") is
    // read first: its lead says it breaks the earlier figure down completely.
    out.push(...findBreakdowns(ctx, used));
    out.push(...findAccountedFor(ctx, used));
    out.push(...findGraded(ctx, used));
    out.push(...findSubjectTotals(ctx, used));
    out.push(...findChainedTotals(ctx, used));
    out.push(...findLayoutLists(ctx, used));
    out.push(...findTotalLineLists(ctx, used));
    out.push(...findByLeadLists(ctx, used));
    out.push(...findHeadedCounts(ctx, used));
    out.push(...findColonItems(ctx, used));
    out.push(...findBracketItems(ctx, used));
    out.push(...findBracketLabelled(ctx, used));
    out.push(...findCarriedNew(ctx, used));
    out.push(...findFundedBy(ctx, used));
    out.push(...findCountOfThese(ctx, used));
    out.push(...findYearSeriesTotals(ctx, used));
    // (Before the lists below: a bare count after a colon would otherwise be read as one part of the time.)
    out.push(...findTimeSplits(ctx, used));
    out.push(...findRemainingRests(ctx, used));
    // A) whole … trong đó / gồm / including … parts
    const intros = allMatches(INTRO, ctx.lower);
    for (let k = 0; k < intros.length; k++) {
      const m = intros[k];
      const p = m.index!;
      const si = ctx.sentenceIndexAt(p);
      if (si < 0) continue;
      const s = ctx.sentences[si];
      // Parts run to the next "trong đó"/"gồm" of the sentence: that one opens its own list, and
      // a claim per intro over every later figure would make long lists quadratic.
      // "bao gồm: 241 …": the colon belongs to the words before it, it does not open another list.
      if (m[1] === undefined && k > 0 && /^[ \t]*$/.test(ctx.text.slice(intros[k - 1].index! + intros[k - 1][0].length, p))) continue;
      // ("Level 3 (including Free Courses for Jobs)    6,418": words in a bracket that closes before any
      // figure qualify a label; they open no list.)
      if (m[1] !== undefined && /\([^()]*$/u.test(ctx.lower.slice(Math.max(s.start, p - 60), p)) && /^[^()\d]*\)/u.test(ctx.lower.slice(p, s.end))) continue;
      // "(target: 15 minutes)", "mục tiêu: 95%": a label's colon, not a breakdown.
      if (m[1] === undefined && (/\([^)]*$/u.test(ctx.lower.slice(Math.max(s.start, p - 40), p)) || /(?:target|goal|plan|aim|standard|baseline|source|note|mục tiêu|kế hoạch|chỉ tiêu|nguồn|ghi chú)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, p - 20), p)))) continue;
      let n = k + 1;
      if (intros[n] && intros[n][1] === undefined && /^[ \t]*$/.test(ctx.text.slice(p + m[0].length, intros[n].index!))) n++;
      // "Trong đó: tuyến tỉnh: 412.560 lượt; tuyến huyện: 708.940 lượt": the items' label colons
      // stay inside the list that a word opened.
      // ("- Vi phạm khác (lấn chiếm hành lang, …): 79 công trình": a bracket glosses the label.)
      if (m[1] !== undefined) while (intros[n] && intros[n][1] === undefined && /(?:^|[;:,\n])[ \t*•+-]*[\p{L}][\p{L}\p{M} \t–—&/-]{0,120}(?:\d{1,3}(?:[ \t]+[\p{L}\p{M} \t]{0,20})?|\d{1,2}\p{L}{1,3}(?:\/\d{1,2}\p{L}{1,3})*)?$/u.test(ctx.lower.slice(p + m[0].length, intros[n].index!).replace(/[ \t]*\([^()\d]{0,120}\)[ \t]*$/u, ""))) n++;
      // "£29.1 million on airfield works including the rehabilitation of runway 09/27, and £15.6
      // million …": an intro with no figure in its own clause opens no list of its own.
      while (intros[n] && intros[n][1] !== undefined && ctx.sentenceIndexAt(intros[n].index!) === si && figurelessClause(ctx, intros[n].index! + intros[n][0].length)) n++;
      // "gồm 41 …, 5 … (trong đó 2 …) và 12 …": a list inside a bracket is its item's, the outer list
      // runs on past it.
      // (Looked for within a short reach only: a scan back to the start per figure would be quadratic.)
      const openBefore = (at: number) => {
        const from = Math.max(p + 1, at - 300);
        const back = ctx.text.slice(from, at);
        const o = back.lastIndexOf("(");
        return o >= 0 && back.indexOf(")", o) < 0 ? from + o : -1;
      };
      const inBracket = (at: number) => openBefore(at) >= 0;
      while (intros[n] && inBracket(intros[n].index!) && ctx.text.slice(intros[n].index!, intros[n].index! + 300).includes(")")) n++;
      const next = intros[n]?.index;
      const afterIntro = p + (m[1] ?? m[0]).length;
      // "Trong đó:\n- Tuyến tỉnh: 412.560 lượt;\n- Tuyến huyện: …": an intro ending its line opens
      // the bulleted items below it (each its own sentence).
      let scopeEnd = s.end;
      if (m[1] !== undefined && /^[ \t]*:?[ \t]*\r?\n?$/u.test(ctx.text.slice(afterIntro, s.end))) {
        // (Items of one level only: "- Khối xã: 2.912 người, trong đó:\n  + …;\n  + …;\n- Khối phường …"
        // ends the nested list at the outer item.)
        const marker = (j: number) => /^\s*(?:[-*+•]|\d{1,3}[.)])/u.exec(ctx.text.slice(ctx.sentences[j].start, ctx.sentences[j].start + 12))?.[0].replace(/\d+/u, "1").replace(/^\s*\n/u, "");
        const level = si + 1 < ctx.sentences.length ? marker(si + 1) : undefined;
        for (let j = si + 1; j < ctx.sentences.length && LIST_ITEM_START.test(ctx.text.slice(ctx.sentences[j].start, ctx.sentences[j].start + 12)) && marker(j) === level; j++) scopeEnd = ctx.sentences[j].end;
      }
      // ("gồm:\n- 38 bể bơi cố định …;\n- 97 bể bơi lắp ghép, trong đó 42 bể …;\n- 11 khu vực …": a list inside
      // one bulleted item is that item's; the outer list runs on past it, without its figures.)
      const nested: [number, number][] = [];
      let nextAt = next;
      if (scopeEnd !== s.end) {
        let q = n;
        while (intros[q] && intros[q].index! < scopeEnd && intros[q][1] !== undefined) {
          const j = ctx.sentenceIndexAt(intros[q].index!);
          const item = j > si ? ctx.sentences[j] : undefined;
          if (!item || !ctx.figures.some((f) => f.start >= item.start && f.end <= intros[q].index!)) break;
          nested.push([intros[q].index!, item.end]);
          q++;
        }
        if (nested.length) nextAt = intros[q]?.index;
      }
      let limit = nextAt !== undefined && nextAt < scopeEnd ? nextAt : scopeEnd;
      // "trong đó 9 tổ chức …; 2 tổ chức …": without a colon the list ends with its clause; with
      // one ("trong đó: …; …; …") the items run on across semicolons.
      if (m[1] !== undefined && !/^[ \t]*:/.test(ctx.text.slice(afterIntro, afterIntro + 3))) {
        const semi = ctx.text.indexOf(";", afterIntro);
        if (semi >= 0 && semi < limit) limit = semi;
      }
      // "6 stop notices (including two temporary stop notices) and 11 …": an intro inside a bracket
      // lists only what the bracket holds.
      const back = ctx.text.slice(Math.max(s.start, p - 300), p);
      const ob = back.lastIndexOf("(");
      if (ob >= 0 && back.indexOf(")", ob) < 0) {
        const close = ctx.text.slice(p, Math.min(limit, p + 600)).indexOf(")");
        if (close >= 0) limit = p + close;
      }
      const inScope = figuresStartingIn(scopeEnd === s.end ? s.figs : ctx.figures, p, limit).filter((f) => !nested.some(([a, b]) => f.start > a && f.start < b) && !(inBracket(f.start) && INTRO_WORDS.test(ctx.lower.slice(openBefore(f.start), f.start))));
      // ("xếp loại 94 HTX: loại Tốt 21 HTX, loại Khá 38 HTX, …": labels before the items' counts, each of the
      // whole's own noun; never a change or a comparison told after a colon: "… 10,740 tCO2e: a further
      // reduction of 1,192 tCO2e", "two successive years: from 5,498 …".)
      const labelsFirst = m[0] === ":" && !/^[ \t]*(?:(?:at the end of (?:the )?(?:year|quarter|period)|by (?:the )?(?:year|quarter)[ -]end|đến nay|đến cuối năm|tính đến nay|hiện nay)[ \t]*,[ \t]*)?(?:có[ \t]+)?\d/u.test(ctx.lower.slice(p + 1, p + 60));
      if (labelsFirst && (!inScope[0] || /(?<![\p{L}])(?:reduction|increase|decrease|rise|fall|growth|further|another|additional|more|fewer|less|from|to|by|than|tăng|giảm|thêm|từ|lên|xuống|so với|hơn|of|up|down)(?![\p{L}])/u.test(ctx.lower.slice(p + 1, inScope[0].start)))) continue;
      // "An estimated 33.42 million people aged 16 and over were in work …: 28.96 million employees,
      // 4.21 million self-employed people and 0.25 million people on …": counts in scale words, broken
      // down after a colon.
      if (m[1] === undefined && inScope[0] && scaledCount(inScope[0]) && !/\([^)]*$/u.test(ctx.lower.slice(Math.max(s.start, p - 40), p))) {
        const whole = lastNear(s, p, 100, (f) => scaledCount(f) && !!f.noun && p - f.end <= 100 && !precededBy(ctx, f, NOT_PART_BEFORE) && !bracketedBase(ctx, f) && /^[^\d;:,()]*$/u.test(ctx.lower.slice(f.end, p).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, "").replace(/(?:aged|từ)[ \t]+\d+(?:[ \t]*[-–][ \t]*\d+)?(?:[ \t]+tuổi)?(?:[ \t]+(?:and|or)[ \t]+(?:over|above|older)|[ \t]+trở lên)?/gu, "")));
        const end = clauseEnd(ctx, s, p);
        const parts = whole ? listRun(ctx, inScope.filter((f) => scaledCount(f) && !!f.noun && f.start < end && !precededBy(ctx, f, NOT_PART_BEFORE))) : [];
        if (whole && parts.length >= 2 && parts[0] === inScope[0]) {
          out.push({ whole, wholeNum: whole.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: true, cue: { start: p, end: p + 1 }, listed: true, amounts: true });
          used.add(whole.id);
          for (const f of parts) used.add(f.id);
          continue;
        }
      }
      // ("of which 398,400 were paid within 20 days (96.5%), …": a duration says when, it is no part.)
      const after = inScope.filter((f) => isCount(f) && f.noun && !DURATION.test(f.noun));
      const first = after.find((f) => !precededBy(ctx, f, NOT_PART_BEFORE));
      const startsSentence = /^[\s"“(*•-]*$/.test(ctx.text.slice(s.start, p));
      // ("…; giảm 713 đồng chí, gồm 163 … và 550 …": a change's size broken down right after it.)
      // ("tăng 875 người so với đầu năm, cụ thể:": a change against a base lists no parts of its size.)
      const sizeThenList = (f: Figure) => /^[ \t]+[\p{L}\p{M} ]{1,30}?,?[ \t]*$/u.test(ctx.lower.slice(f.end, p)) && !/(?<![\p{L}])(?:so[ \t]+với|compared|than|on[ \t]+the|since|from)(?![\p{L}])/u.test(ctx.lower.slice(f.end, p)) && !precededBy(ctx, f, /(?<![\p{L}])(?:lên|xuống|to|từ|from|net|ròng|cơ học)[ \t]*$/u);
      // ("Including tenants, airlines and ground handlers, around 2,100 people work on the site": a
      // phrase that opens its sentence widens the count after it; it lists no parts.)
      // ("Including cases carried over from 2023/24, it decided 5,333 applications": the subject and its
      // verb may come first, and the phrase may name a period.)
      if (startsSentence && /^(?:including|kể cả|tính cả)$/u.test(m[1] ?? "") && /^[ \t]+[^\d;:.]{3,80}?,[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,4}?(?:(?:around|about|some|almost|nearly|over|more than|khoảng|gần|hơn|trên)[ \t]+)?[\d]/u.test(ctx.plainBetween(p + m[1]!.length, p + m[1]!.length + 120))) continue;
      // "Of these, 24 were met or exceeded, 7 were partially met and 3 were not met": counts with
      // their noun left out, each the subject of its own verb.
      const bareSubjects = inScope.filter((f) => isCount(f) && f.kind === "number" && !f.noun && !precededBy(ctx, f, NOT_PART_BEFORE) && BARE_SUBJECT.test(ctx.lower.slice(f.end, f.end + 24)));
      // ("…: 22 (53.7%) were dismissed, 10 were allowed and 9 were withdrawn": a share in brackets
      // between a count and its verb.)
      // ("These 49 victims took part as follows: 17 attended …; 21 received …; and 11 received …": after "as
      // follows", a verb of any kind.)
      const follows = /^(?:as follows|như sau)$/u.test(m[1] ?? "");
      const subjectAt = (x: string) => BARE_SUBJECT.test(x) || (follows && PAST_SUBJECT.test(x));
      const bareSubjectsB = inScope.filter((f) => isCount(f) && f.kind === "number" && !f.noun && !precededBy(ctx, f, NOT_PART_BEFORE) && subjectAt(ctx.lower.slice(f.end, f.end + 40).replace(/^[ \t]*\([^()\d]*\d[^()]*\)/u, "")));
      // "… 24,318 students. Of these, 17,902 were undergraduates, 5,811 taught postgraduates and
      // 805 research students": after a pronoun, the list runs on whatever each item is called.
      // "287 nurses, of which 164 came from India, 81 from the Philippines and 52 from other
      // countries": items that each say where they are, with one preposition, split their whole.
      // ("Of these, 143 decisions were upheld on review, 51 were revised … and 21 were outstanding": the
      // first count names what it counts once, the others leave it out.)
      const namedOnce = (f: Figure) => !!f.noun && !f.noun.includes(" ") && PRONOUN_INTRO.test(m[1] ?? "") && BARE_SUBJECT.test(ctx.lower.slice(f.end, f.end + 60).trimStart().slice(f.noun.length)) && inScope.slice(1).some((g) => isCount(g) && !g.noun && BARE_SUBJECT.test(ctx.lower.slice(g.end, g.end + 24)));
      // ("…, 79 were temporary consents (up to 28 days) and 47 …": a bound on a duration is no item.)
      const run = inScope.length > 0 && inScope[0].kind === "number" && isCount(inScope[0]) && (!inScope[0].noun || namedOnce(inScope[0])) ? listRun(ctx, inScope.filter((f) => isCount(f) && f.kind === "number" && !precededBy(ctx, f, NOT_PART_BEFORE) && !(f.noun && DURATION.test(f.noun) && f.qualifiers.length))) : [];
      // "Crews attended 96,415 incidents face to face: 9,642 in Category 1 (…), 52,318 in Category 2
      // (…) …": after a count and its colon, bare counts that each say where they fall.
      const colonPlaces = m[1] === undefined && run.length >= 2 && parallelPlaces(ctx, run, limit) && !!lastNear(s, p, 60, (f) => isCount(f) && !!f.noun && !DURATION.test(f.noun) && p - f.end <= 60 && /^[^\d;:,()]*$/u.test(ctx.lower.slice(f.end, p)));
      // "The 74 permanent exclusions comprised 61 from secondary schools, 11 from primary schools and 2
      // from special schools": a word that says the list is the whole, over counts that each say where.
      const placesComprised = run.length >= 2 && EXHAUSTIVE_INTRO.test(m[1] ?? "") && parallelPlaces(ctx, run, limit);
      const pronounList = run.length && ((PRONOUN_INTRO.test(m[1] ?? "") && (bareSubjects[0] === inScope[0] || (run[0] === inScope[0] && !!run[0].noun) || (run.length >= 3 && parallelPlaces(ctx, run, limit)))) || colonPlaces || (/^(?:of which|of whom|including)$/u.test(m[1] ?? "") && (parallelPlaces(ctx, run, limit) || verdicts(ctx, s, run) || closedByOther(ctx, run))) || (/^(?:of which|of whom|of these|of them)$/u.test(m[1] ?? "") && gappedKinds(ctx, run, limit)) || placesComprised || ((/^(?:of which|of whom|of these|of them)$/u.test(m[1] ?? "") || m[1] === undefined) && elidedVerb(ctx, run))) ? run : [];
      if (pronounList.length >= 2 && pronounList[0] === inScope[0]) {
        // ("612 international nurses over three years: 184 in 2021/22, …": a duration is no whole of counts.)
        // ("6,480 bed spaces across 14 residences …. Of these, 4,215 …": a count of where is no whole.)
        const hasNoun = (f: Figure) => isCount(f) && !!f.noun && !DURATION.test(f.noun) && !precededBy(ctx, f, NOT_PART_BEFORE) && !precededBy(ctx, f, NOT_WHOLE_BEFORE) && !bracketedBase(ctx, f) && !precededBy(ctx, f, /(?:from|từ|so với|than|compared (?:with|to)|across|among|between)[ \t]*$/u) && !precededBy(ctx, f, ONE_OF);
        const whole = lastNear(s, p, 80, (f) => hasNoun(f) && p - f.end <= 80 && !(placesComprised && asideBefore(ctx, s, f, p))) ?? (startsSentence && si > 0 ? lastBefore(ctx.sentences[si - 1], p, hasNoun) : undefined) ?? wholeByName(ctx, s, p) ?? pronounCount(ctx, s, si, p);
        // ("38 GP partners …, of whom 22 are women, and 41 practice nurses …": a count with a noun of its
        // own after the bare ones is the whole's sibling.)
        const attr = !pronounList[0].noun && /^[ \t]+(?:are|were|is|was)[ \t]+(?:women|men|female|male|girls|boys)(?![\p{L}])/u.test(ctx.lower.slice(pronounList[0].end, pronounList[0].end + 20));
        const foreign = whole?.noun && attr ? pronounList.findIndex((f, i) => i > 0 && !!f.noun && /,[ \t]*and[ \t]*$/u.test(ctx.lower.slice(pronounList[i - 1].end, f.start)) && !sameNoun(f.noun, whole.noun) && !sameNoun(whole.noun, f.noun) && !kindOfNoun(f.noun, whole.noun)) : -1;
        // ("486 households …, of whom 291 have dependent children, and 1,126 households in which …": after
        // a bare item, a count named by the whole's own noun is the whole's sibling.)
        const sibling = whole?.noun && !pronounList[0].noun ? pronounList.findIndex((f, i) => i > 0 && !!f.noun && (sameNoun(f.noun, whole.noun!) || sameNoun(whole.noun!, f.noun) || f.noun.split(" ")[0] === whole.noun!.split(" ")[0]) && /,[ \t]*and[ \t]*$/u.test(ctx.lower.slice(pronounList[i - 1].end, f.start))) : -1;
        const list = foreign > 0 ? pronounList.slice(0, foreign) : sibling > 0 ? pronounList.slice(0, sibling) : pronounList;
        if (whole && list.length >= 2 && !headsSiblings(ctx, whole, p, m[1] ?? "")) {
          const rest = list.slice(1).some((f) => REST.test(ctx.between(f.start - 16, f.start)));
          // ("480 homes: 168 for social rent, 72 for shared ownership and the rest for market sale": a
          // rest named with no figure leaves the list short of its whole on purpose.)
          const lastP = list[list.length - 1];
          const restUntold = /^[^.;\d]{0,60}?(?:,|(?<![\p{L}])(?:and|và))[ \t]+(?:the[ \t]+)?(?:rest|remainder|remaining|others|còn[ \t]+lại|số[ \t]+còn[ \t]+lại)(?![\p{L}])[^\d]{0,40}(?:[.;]|$)/u.test(ctx.lower.slice(lastP.end, ctx.sentenceOf(lastP).end + 1));
          out.push({ whole, wholeNum: partNum(whole), parts: list.map((f) => ({ figure: f, num: partNum(f) })), exhaustive: !restUntold && (rest || colonPlaces || placesComprised || outcomeContrast(ctx, list, limit) || verdicts(ctx, s, list) || closedByOther(ctx, list)), cue: { start: p, end: p + (m[1] ?? m[0]).length }, listed: true });
          used.add(whole.id);
          for (const f of list) used.add(f.id);
          continue;
        }
      }
      // "enrolled 24,316 students, of which 18,905 were undergraduates and 5,411 postgraduates": two
      // counts of the two sides of one divide are side by side.
      if (inScope.length >= 2) {
        const two = listRun(ctx, inScope.filter((f) => isCount(f) && f.kind === "number" && !precededBy(ctx, f, NOT_PART_BEFORE))).slice(0, 2);
        const sides = two.length === 2 && /^[ \t]*(?:,|and|và)[ \t]*(?:and[ \t]+)?[\p{L}\p{M}]*[ \t]*$/u.test(ctx.lower.slice(two[0].end, two[1].start).replace(/[ \t]*\([^()]*\)(?=[ \t]*(?:,|and|và))/gu, "").replace(/^[ \t]+(?:were|was|are|is|là|studied|worked|học|làm việc)?[ \t]*(?:toàn thời gian|bán thời gian|[\p{L}\p{M}-]+)/u, "")) ? complementary(ctx, two) : false;
        // ("1,046 musician days, of which 734 were worked by orchestra players (70.2%) and 321 by freelance
        // animateurs": the same verb, left out of the second, said of two agents.)
        const agentSides = !sides && two.length === 2 && /^[ \t]+(?:were|was|are|is)[ \t]+[a-z]+(?:ed|en)[ \t]+by[ \t]+[^\d;,()]{2,60}?(?:[ \t]*\([^()]*\))?[ \t]*,?[ \t]*and[ \t]*$/u.test(ctx.lower.slice(two[0].end, two[1].start)) && /^[ \t]+by[ \t]+\p{L}/u.test(ctx.lower.slice(two[1].end, two[1].end + 8));
        const hasNoun = (f: Figure) => isCount(f) && !!f.noun && !precededBy(ctx, f, NOT_PART_BEFORE) && !bracketedBase(ctx, f);
        // "Credit students: 14,826 (unduplicated headcount), of which …": a bare count right before
        // the words, with at most a bracket of words, is the whole that the two sides split.
        const bareBefore = (f: Figure) => isCount(f) && f.kind === "number" && !f.noun && !precededBy(ctx, f, NOT_PART_BEFORE) && !bracketedBase(ctx, f) && /^[ \t]*(?:\([^()\d%]{1,40}\)[ \t]*)?,[ \t]*$/u.test(ctx.lower.slice(f.end, p));
        const whole = sides || agentSides ? lastBefore(s, p, (f) => (hasNoun(f) && p - f.end <= 80) || bareBefore(f)) : undefined;
        if (whole && two[0] === inScope[0] && new D(whole.value!.exact).gt(two[0].value!.exact)) {
          out.push({ whole, wholeNum: partNum(whole), parts: two.map((f) => ({ figure: f, num: partNum(f) })), exhaustive: false, cue: { start: p, end: p + (m[1] ?? m[0]).length }, listed: true });
          used.add(whole.id);
          for (const f of two) used.add(f.id);
          continue;
        }
      }
      const verb = /^of those[ \t]+([a-z]{3,})$/u.exec(m[1] ?? "")?.[1];
      // ("… 1,284 (66.9%) were housed. Of those housed, 642 …": a bare count the verb was said of too;
      // "… reached 38,640 pupils from 412 schools …. Of those pupils, 14,297 …": or the count of the noun.)
      const byVerb = verb && startsSentence && si > 0 ? ctx.sentences[si - 1].figs.filter((f) => isCount(f) && f.kind === "number" && !precededBy(ctx, f, /(?<![\p{L}])(?:target|plan|goal|budget|forecast|trajectory)(?:[ \t]+of)?[ \t]*$/u) && ((!!f.noun && f.noun.split(" ").pop() === verb) || (/(?:ed|en)$/u.test(verb) && new RegExp(`^(?:[ \\t]+[\\p{L} -]{0,40}?|[ \\t]*\\([^()]*\\)[ \\t]+[\\p{L} -]{0,20}?)${verb}(?![\\p{L}])`, "u").test(ctx.lower.slice(f.end, f.end + 60))))) : [];
      if (!first && bareSubjectsB.length >= 2) {
        // ("served 3,412,860 meals across 118 schools, of which 2,204,530 were …": a count of where,
        // after its preposition and smaller than the parts, is no whole; the count before it is.)
        const where = (f: Figure) => precededBy(ctx, f, /(?<![\p{L}])(?:across|in|at|among|between|from|by|over|tại|ở|trên)[ \t]+(?:(?:the|all|its|our|their|các)[ \t]+)?$/u) && bareSubjectsB.some((b) => new D(partNum(b).exact).gt(partNum(f).exact));
        const hasNoun = (f: Figure) => isCount(f) && !!f.noun && !precededBy(ctx, f, NOT_PART_BEFORE) && !where(f);
        // ("Seventeen referrals for suspected misuse of direct payment funds were received in 2024/25, of
        // which 7 …": the subject may stand a long clause before the words, with no count between.)
        // ("1,102 of the claims had been concluded …. Of those concluded, 874 were …, 198 … and 30 …": the count
        // the verb was said of.)
        const whole = lastBefore(s, p, (f) => hasNoun(f) && (p - f.end <= 80 || (p - f.end <= 130 && /^[^\d;:()]*(?:(?<!\d)(?:19|20)\d\d(?:\/\d{2,4})?[^\d;:()]*)?$/u.test(ctx.lower.slice(f.end, p))))) ?? (verb ? (byVerb.length === 1 ? byVerb[0] : undefined) : startsSentence && si > 0 ? lastBefore(ctx.sentences[si - 1], p, hasNoun) : undefined);
        // ("…: 76,375 (42.0%) were resolved …; 58,190 (32.0%) led to …; 21,821 … resulted in …; 16,366 …
        // were transferred …": an item between whose verb was not read leaves the list unread.)
        const lastB = bareSubjectsB[bareSubjectsB.length - 1];
        const unread = inScope.some((f) => f.kind === "number" && isCount(f) && !f.noun && !bareSubjectsB.includes(f) && f.start > bareSubjectsB[0].start && f.start < lastB.start && /[;,][ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 4), f.start)));
        if (whole && !unread) {
          const rest = bareSubjectsB.slice(1).some((f) => REST.test(ctx.between(f.start - 16, f.start)));
          // "engaged at 41 sites: 29 were resolved and 12 remain active": a colon after the total.
          const colon = m[1] === undefined && /^[^\d;:,()]*$/u.test(ctx.lower.slice(whole.end, p)) && p - whole.end <= 60;
          // ("of which 138 were small and medium-sized enterprises (64.5%) and 67 were large employers":
          // the two sides of one divide.)
          const exhaustive = rest || colon || follows || outcomeContrast(ctx, bareSubjectsB, limit) || (bareSubjectsB.length === 2 && predicateSides(ctx, bareSubjectsB));
          out.push({ whole, wholeNum: partNum(whole), parts: bareSubjectsB.map((f) => ({ figure: f, num: partNum(f) })), exhaustive, cue: { start: p, end: p + (m[1] ?? m[0]).length } });
          used.add(whole.id);
          for (const f of bareSubjectsB) used.add(f.id);
          continue;
        }
      }
      const bareFirst = inScope.find((f) => f.start - (p + (m[1] ?? m[0]).length) <= 6 && isCount(f) && f.kind === "number" && !f.noun);
      // "gồm: khiển trách 8, cảnh cáo 4, …": labelled bare counts make a list of their own.
      const labelledList = LIST_INTRO.test(m[1] ?? m[0]) && inScope.filter((f) => labelledBare(ctx, s, f)).length >= 2;
      if ((!first && !labelledList) || (bareFirst && bareFirst.start < (first?.start ?? Infinity) && PRONOUN_INTRO.test(m[1] ?? ""))) {
        // "2,450 enterprises, of which 3,100 are small": a bare count right after the words is a part.
        const bare = bareFirst;
        // "… 1,284 stage one complaints … . Of these, 1,093 (85.1%) received …": the sentence before.
        // ("…, equal to 30.5% of the 61,380 active library members. Of these:": the base of a share is no whole.)
        const hasNoun = (f: Figure) => isCount(f) && !!f.noun && !precededBy(ctx, f, NOT_WHOLE_BEFORE) && !precededBy(ctx, f, /(?:from|từ|so với|than|compared (?:with|to)|%[ \t]+of(?:[ \t]+(?:the|all|its|our))?)[ \t]*$/u) && !precededBy(ctx, f, ONE_OF) && !asideBefore(ctx, s, f, p);
        // "Businesses assisted: 1,240, of which 418 were start-ups": a bare count right before the words.
        const rightBefore = lastBefore(s, p, (f) => isCount(f) && f.kind === "number" && /^[ \t]*,?[ \t]*$/u.test(ctx.lower.slice(f.end, p)));
        // ("A total of 1,087 applications were determined: …. Of those determined, 903 …": the count the
        // verb was said of.)
        const whole = bare && verb ? (byVerb.length === 1 ? byVerb[0] : undefined) : bare && (lastNear(s, p, 80, (f) => hasNoun(f) && p - f.end <= 80) ?? (bare.value && rightBefore && rightBefore !== bare ? rightBefore : undefined) ?? (startsSentence && si > 0 && PRONOUN_INTRO.test(m[1] ?? "") ? lastBefore(ctx.sentences[si - 1], p, hasNoun) : undefined));
        // ("built by 3 housing associations: 168 by Riverside …", "delivered by 2 contractors: 978 …": a
        // count of who or where, after its preposition, is no whole of a larger count.)
        // ("…, 12 minerals and 34 waste applications. Of these, 42 …": a pronoun for the sentence before
        // stands for the whole its list adds up to, never for a count smaller than the part.)
        const wholeAbove = !!whole && whole.end < s.start;
        const whole2 = wholeAbove ? listHead(ctx, ctx.sentenceOf(whole), whole) ?? whole : whole;
        const whoCount = !!whole2 && !!bare && new D(partNum(bare).exact).gt(partNum(whole2).exact) && (wholeAbove || precededBy(ctx, whole2, /(?<![\p{L}])(?:by|across|among|between|from|in|at|to|with|after|following|within|bởi|tại|ở|cho|của|sau)[ \t]*$/u));
        // ("Engaged women fall into two groups: 186 who joined …": a count of kinds is no whole of members.)
        const kinds = !!whole2 && /^(?:groups?|types?|kinds?|categories|category|classes|class|ways?|strands?|nhóm|loại)$/u.test((whole2.noun ?? "").split(" ")[0]);
        if (bare && whole2 && !whoCount && !kinds && !headsSiblings(ctx, whole2, p, m[1] ?? "")) {
          out.push({ whole: whole2, wholeNum: partNum(whole2), parts: [{ figure: bare, num: partNum(bare) }], exhaustive: false, cue: { start: p, end: p + (m[1] ?? m[0]).length } });
          used.add(whole2.id);
          used.add(bare.id);
        }
        continue;
      }
      const intro = m[1] ?? m[0];
      // "engaged at 41 sites: 29 were resolved … and 12 remain", "412,600 people took part in …:
      // 96,300 …, 148,900 … and 167,400 …": a colon right after a total's phrase breaks it down.
      // (Never a label's colon inside brackets, "(target: 15 minutes)", nor after a duration.)
      // ("Of these, 54 resulted in a positive outcome – 31 charges or summonses, 19 cautions and 14 community
      // resolutions": after a dash, the bare count whose verb the words before it are.)
      // ("1,284 children on the caseload were open to children's social care – 421 subject to a plan and 863 as
      // children in need": the count's noun and a few words of its own before the verb.)
      const dashWhole = /^[-–—]/u.test(m[0]) ? lastBefore(s, p, (f) => isCount(f) && f.kind === "number" && !f.qualifiers.length && p - f.end <= (f.noun ? 100 : 60) && (f.noun ? /^[ \t]+(?:[\p{L}'’-]+[ \t]+){0,5}?(?:were|was|are|is|had|have)(?![\p{L}])[^\d;:,()]*$/u : /^[ \t]+(?:[a-z]+ed|were|was|are|is|had|have|received|made|gave|led)(?![\p{L}])[^\d;:,()]*$/u).test(ctx.lower.slice(f.end, p))) : undefined;
      // ("xếp loại 94 HTX: loại Tốt 21 HTX, loại Khá 38 HTX, …": labels before the items' counts, each of the
      // whole's own noun.)
      const colonList = m[1] === undefined && !/\([^)]*$/u.test(ctx.lower.slice(Math.max(s.start, p - 40), p)) && !!lastNear(s, p, 60, (f) => isCount(f) && !!f.noun && (!labelsFirst || (!!inScope[0] && inScope[0].kind === "number" && sameNoun(inScope[0].noun, f.noun))) && !DURATION.test(f.noun) && p - f.end <= 60 && /^[^\d;:,()]*$/u.test(ctx.lower.slice(f.end, p).replace(/(?<!\d)(?:19|20)\d\d(?:[-–\/](?:19|20)?\d\d)?(?!\d)/gu, "")));
      if (LIST_INTRO.test(intro) || colonList || dashWhole) {
        // "150 đơn vị hành chính, gồm 120 xã, 20 phường và 10 thị trấn": every count after "gồm" is a part.
        // The nearest count, even past an amount that describes it ("1.284 đối tượng … với tổng
        // kinh phí 7.862,4 triệu đồng, cụ thể: …").
        // ("24.600 người (trong đó lao động nữ 11.830 người), gồm …": a count inside a bracket closed
        // before the words is an aside about the whole, not the whole.)
        const countWhole = (f: Figure) => isCount(f) && !!f.noun && !averaged(ctx, f) && (!precededBy(ctx, f, NOT_PART_BEFORE) || sizeThenList(f) || levelReached(ctx, f)) && !bracketedBase(ctx, f) && !asideBefore(ctx, s, f, p);
        // "There were 61,840 new family cases … . These comprised 13,920 private law cases, …": a
        // pronoun for the sentence before's only count.
        const pronounWhole = () => {
          if (si === 0 || !PRONOUN_SUBJECT.test(ctx.lower.slice(s.start, p))) return undefined;
          // (Only a sentence with one count and no breakdown of its own: "…, of which 13,920 were
          // private law cases. These comprised …" may mean the last.)
          const ps = ctx.sentences[si - 1];
          const prev = ps.figs.filter(countWhole);
          return prev.length === 1 && ps.figs.filter((f) => isCount(f)).length === 1 && !INTRO_WORDS.test(ctx.lower.slice(ps.start, ps.end)) ? prev[0] : undefined;
        };
        // ("…; số hộ nghèo cuối năm theo từng địa bàn, cụ thể:": a clause of its own after ";" names a
        // whole the text does not state; "1.380 hộ thoát nghèo, 210 hộ tái nghèo và 95 hộ nghèo phát sinh
        // mới, cụ thể: huyện A có 520 hộ thoát nghèo, …": the count of the items' own noun is their whole.)
        const ownClause = (f: Figure) => !otherClause(ctx, f, p);
        const itemNoun = (() => { const ns = new Set(inScope.filter((f) => isCount(f) && !!f.noun).map((f) => f.noun)); return ns.size === 1 ? [...ns][0] : undefined; })();
        const near0 = lastNear(s, p, 100, (f) => countWhole(f) && p - f.end <= 100 && ownClause(f));
        // ("38 cơ sở lưu trú với 412 buồng, gồm: 21 homestay, 9 nhà nghỉ, …": a count after "với" says what
        // the count before it has; items of neither noun break down the one before.)
        const nounedSum = inScope.filter((g) => isCount(g) && !!g.noun).reduce((a, g) => a.plus(g.value?.exact ?? 0), new D(0));
        const withOf = near0 && precededBy(ctx, near0, /(?<![\p{L}])(?:với|with)(?:[ \t]+tổng(?:[ \t]+số)?)?[ \t]*$/u) && !inScope.some((f) => isCount(f) && !!f.noun && (sameNoun(f.noun, near0.noun) || sameNoun(near0.noun, f.noun))) ? lastBefore(s, near0.start, (f) => countWhole(f) && near0.start - f.end <= 60 && !/[;,]/u.test(ctx.lower.slice(f.end, near0.start)) && !nounedSum.gt(f.value!.exact)) : undefined;
        const near = withOf ?? near0;
        // ("486 vận động viên ở 18 môn thể thao …, gồm: - đội tuyển tỉnh: 142 VĐV; …": a noun and its initials.)
        const initials = (n?: string) => (n ?? "").split(/[ \t]+/u).map((w) => w[0]).join("");
        const sameNamed = itemNoun && near && !kindOfNoun(near.noun, itemNoun) ? lastNear(s, p, 160, (f) => countWhole(f) && (f.noun === itemNoun || (itemNoun.length >= 2 && !itemNoun.includes(" ") && initials(f.noun).startsWith(itemNoun))) && p - f.end <= 160 && ownClause(f)) : undefined;
        // "Formal notices served during the year totalled 110, comprising 74 …": a bare count after a
        // verb of totalling, right before the words, is the whole its subject names.
        const totalled = () => lastBefore(s, p, (f) => isCount(f) && f.kind === "number" && !f.noun && /^[ \t]*,?[ \t]*$/u.test(ctx.lower.slice(f.end, p)) && /(?<![\p{L}])(?:totalled|totaled|totalling|numbered|came[ \t]+to|amounted[ \t]+to|tổng[ \t]+cộng|tổng[ \t]+số[ \t]+là)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 20), f.start)));
        // ("146 care homes … with 5,318 beds: 94 residential homes and 52 nursing homes": items of one
        // English head noun belong to the count of that head, not to the nearest count of another.)
        const last = (n?: string) => n?.split(" ").pop();
        const itemHead = ctx.lang !== "en" ? undefined : (() => { const hs = new Set(inScope.filter((f) => isCount(f) && !!f.noun && /^[a-z]/u.test(f.noun)).map((f) => last(f.noun))); return hs.size === 1 ? [...hs][0] : undefined; })();
        const headNamed = itemHead && near && last(near.noun) !== itemHead ? lastNear(s, p, 200, (f) => countWhole(f) && last(f.noun) === itemHead && p - f.end <= 200 && ownClause(f)) : undefined;
        // ("… was 318 against an establishment of 360 … . The 318 comprise 26 watch managers, …": a bare
        // count after "The" that opens its sentence, right before the words, is a whole said again.)
        const theBare = () => lastBefore(s, p, (f) => isCount(f) && f.kind === "number" && !f.noun && /^[ \t]*$/u.test(ctx.lower.slice(f.end, p)) && /^[\s*•-]*the[ \t]+$/u.test(ctx.lower.slice(s.start, f.start)));
        // ("612 cơ sở giáo dục ở 8/8 huyện, gồm 381 trường mầm non và 294 trường tiểu học": items that are all
        // bodies, or all people, belong to the count of such, not to the nearer count of places.)
        const itemClass = KIND_CLASSES.find((re) => { const named = inScope.filter((f) => isCount(f) && !!f.noun); return named.length >= 2 && named.every((f) => re.test(f.noun!)); });
        const classNamed = itemClass && near && !itemClass.test(near.noun ?? "") ? lastNear(s, p, 160, (f) => countWhole(f) && f.kind === "number" && itemClass.test(f.noun ?? "") && p - f.end <= 160 && ownClause(f)) : undefined;
        const whole = sameNamed ?? headNamed ?? classNamed ?? near ?? wholeByName(ctx, s, p) ?? pronounWhole() ?? totalled() ?? theBare() ?? dashWhole;
        // ("cụ thể: mồ côi 1.128 em; khuyết tật 4.276 em; …": after the words and a colon, items run on
        // across semicolons, up to the list's limit.)
        const colonItems = m[1] !== undefined && /^[ \t]*:/.test(ctx.text.slice(afterIntro, afterIntro + 3));
        const end = scopeEnd !== s.end || colonItems ? limit : clauseEnd(ctx, s, p);
        // "đào tạo dưới 3 tháng 15.365 người": a duration inside an item's name is not a part.
        const duration = (f: Figure) => !!f.noun && DURATION.test(f.noun) && !(whole?.noun && DURATION.test(whole.noun));
        const run = listRun(ctx, inScope.filter((f) => isCount(f) && (!!f.noun || bareSubjects.includes(f) || labelledBare(ctx, s, f) || (!!dashWhole && /(?<![\p{L}])(?:and|và)[ \t]*$/u.test(ctx.lower.slice(Math.max(p, f.start - 6), f.start)))) && f.start < end && !precededBy(ctx, f, NOT_PART_BEFORE) && !precededBy(ctx, f, AGE_BOUND) && !precededBy(ctx, f, ATTRIBUTE_OF_ITEM) && f.kind === "number" && !duration(f)), nested);
        // "21,640 homes: 17,285 general needs, 2,910 supported and older persons' homes, and 1,445 …":
        // a count inside the run whose item name was not read as a noun is an item all the same.
        const parts0 = run.length >= 2 ? inScope.filter((f) => run.includes(f) || (f.start > run[0].end && f.end < run[run.length - 1].start && f.kind === "number" && isCount(f) && !precededBy(ctx, f, NOT_PART_BEFORE) && !precededBy(ctx, f, ATTRIBUTE_OF_ITEM) && !/\([^()]*$/u.test(ctx.lower.slice(run[0].end, f.start)) && !duration(f))) : run;
        // ("… and 7 special schools, and 12 were judged outstanding": a bare count with a verb of its
        // own after counts with nouns says something else.)
        const cut = parts0.findIndex((f, i) => i >= 2 && !f.noun && !!parts0[0].noun && BARE_SUBJECT.test(ctx.lower.slice(f.end, f.end + 24)));
        // ("612 công dân đạt …, gồm: loại 1 là 98 người, …, loại 3 là 228 người; 574 công dân không đạt":
        // past a semicolon, a count of the whole's own noun after items of another is the whole's sibling.)
        // (Not the rest named by the whole's noun: "…; 131 cơ sở của các tôn giáo khác".)
        const sibling = whole?.noun ? parts0.findIndex((f, i) => i >= 2 && f.noun === whole.noun && parts0.slice(0, i).every((g) => g.noun !== whole.noun) && /;[^;]*$/u.test(ctx.text.slice(parts0[i - 1].end, f.start)) && !REST.test(ctx.lower.slice(f.end, f.end + 120).replace(/\([^()]*\)/gu, " ").split(/[;.]/u)[0])) : -1;
        const parts = cut > 0 ? parts0.slice(0, cut) : sibling > 0 ? parts0.slice(0, sibling) : [...parts0];
        // ("16,842 homes, comprising 14,215 general needs properties and 2,672 sheltered and extra-care
        // flats": the last item, its name not read as a noun, closing the clause; "The 61 homes recovered
        // comprised 24 unlawfully sublet, 29 where …, and 8 obtained by a false housing application".)
        const lastP = parts[parts.length - 1];
        const nextF = lastP ? inScope.find((f) => f.start > lastP.end) : undefined;
        if (EXHAUSTIVE_INTRO.test(intro) && lastP && nextF && nextF.kind === "number" && isCount(nextF) && !nextF.noun && !nextF.qualifiers.length && !nextF.scale && (/^[ \t]*(?:,[ \t]*)?(?:and|và)[ \t]+$/u.test(ctx.lower.slice(lastP.end + (lastP.noun && ctx.lower.startsWith(` ${lastP.noun}`, lastP.end) ? lastP.noun.length + 1 : 0), nextF.start)) || (parts.length >= 2 && /^[^\d;.:]{0,120},[ \t]*(?:and|và)[ \t]+$/u.test(ctx.lower.slice(lastP.end, nextF.start).replace(/\([^()\d]*\)/gu, "")))) && /^[ \t]+[\p{L}][\p{L}\p{M} \t'’-]{2,60}(?:[.;]|$)/u.test(ctx.lower.slice(nextF.end, s.end + 1)) && !BARE_SUBJECT.test(ctx.lower.slice(nextF.end, nextF.end + 24))) parts.push(nextF);
        // ("These comprised 142 car occupants and 71 pedestrians, with the remainder motorcyclists …":
        // the rest told without its figure leaves the list short by it.)
        const restUntold = parts.length > 0 && REST_UNTOLD.test(ctx.lower.slice(parts[parts.length - 1].end, s.end));
        // "took part: 96,300 in sport, 248,900 in arts events and …": a count of the list left out of
        // the run (its item not read as a noun) leaves the parts unread, not short.
        const skipped = parts.length >= 2 && inScope.some((f) => f.start > p && f.end < parts[0].start && f.kind === "number" && isCount(f) && !precededBy(ctx, f, NOT_PART_BEFORE) && !/\([^()]*$/u.test(ctx.lower.slice(p, f.start)) && /^[^\d;.]*$/u.test(ctx.lower.slice(f.end, parts[0].start).replace(/\d+[ \t]*[–-][ \t]*\d+/gu, "")))
          // ("mầm non 512, tiểu học 468, THCS 173, THPT 51": a number among the items read as no figure.)
          || (parts.length >= 2 && spanOf(ctx.nonFigures, parts[0].end, parts[parts.length - 1].start).some((n) => /^\d[\d.,]*$/u.test(ctx.text.slice(n.start, n.end)) && /[,;][ \t]*[\p{L}\p{M} ]{1,30}$/u.test(ctx.lower.slice(Math.max(0, n.start - 30), n.start))));
        // "…, cụ thể:" closing its line over labelled items, one a line: the breakdown of the whole (inline,
        // "cụ thể: 12 xã đạt chuẩn nâng cao, 5 xã …" may name only some of it).
        // (Not where the words say the list is only some of it, "chủ yếu ở …", "một số …", "các thị trường
        // tăng trưởng mạnh", nor where the rest is told after it, nor with items of another noun.)
        const head = (n?: string) => n?.split(" ")[0];
        const bulletedSpecifics = intro === "cụ thể" && scopeEnd !== s.end && !!whole && !SOME_ONLY.test(ctx.lower.slice(whole.end, p)) && !REST_AFTER_LIST.test(ctx.lower.slice(scopeEnd, scopeEnd + 120)) && parts.every((f) => !f.noun || head(f.noun) === head(whole.noun));
        // "…; trẻ em thuộc các nhóm có hoàn cảnh đặc biệt khác 1.376 em", "…, and 43 other grants": the
        // last item named as the rest closes the list, which is then all of the whole.
        const lastItem = parts.length >= 2 ? ctx.lower.slice(Math.max(parts[parts.length - 2].end, parts[parts.length - 1].start - 80), parts[parts.length - 1].start).split(/[,;:]|(?<![\p{L}])(?:và|and)(?![\p{L}])/u).pop()! : "";
        const restClosed = /(?<![\p{L}])(?:khác|còn lại|other|others|the rest|remaining)(?![\p{L}])(?![ \t]+nhau)/u.test(lastItem) && !/\d/u.test(lastItem);
        // ("cho trẻ dưới 1 tuổi: 9.812 trẻ/kế hoạch 10.400 trẻ": an age bound is no whole.)
        const ageBound = !!whole && (/^(?:tuổi|years?[ \t]+old|năm[ \t]+tuổi)(?: |$)/u.test(whole.noun ?? "") || precededBy(ctx, whole, /(?<![\p{L}])(?:dưới|trên|từ|under|over|aged)[ \t]*$/u));
        // ("4/6 cơ sở …, gồm Trung tâm Hỗ trợ khởi nghiệp tỉnh, 2 vườn ươm … và 1 không gian …": an item
        // named with no count before the counted ones is one of them all the same.)
        const uncounted = parts.length > 0 && /^[ \t:]*[\p{L}][^\d;:()]{2,80}[,;][ \t]*$/u.test(ctx.lower.slice(afterIntro, parts[0].qualifiers[0]?.start ?? parts[0].start));
        if (whole && !ageBound && parts.length >= 2 && !skipped && !uncounted && !itemsMeasured(ctx, whole, parts, p)) {
          // ("- Tuất hằng tháng: 8.915 người;\n- Trợ cấp … theo Quyết định số 91/2000/QĐ-TTg …: 3.620 người": a
          // count of the whole's noun left after the parts, in the list's scope, leaves the list open.)
          const lastPart = parts[parts.length - 1];
          const trailing = (scopeEnd === s.end ? s.figs : ctx.figures).some((f) => f.start > lastPart.end && f.start < Math.max(end, scopeEnd) && f.kind === "number" && isCount(f) && !!whole.noun && f.noun === whole.noun && !parts.includes(f) && !precededBy(ctx, f, NOT_PART_BEFORE) && !inBrackets(ctx, ctx.sentenceOf(f).start, f.start) && !/(?<![\p{L}])(?:mục[ \t]+tiêu|kế[ \t]+hoạch|chỉ[ \t]+tiêu|dự[ \t]+toán|target|plan|so[ \t]+với|than|from|tăng|giảm|up|down)(?![\p{L}])[^\d;]{0,25}$/u.test(ctx.lower.slice(Math.max(0, f.start - 40), f.start)));
          out.push({ whole, wholeNum: partNum(whole), parts: parts.map((f) => ({ figure: f, num: partNum(f) })), exhaustive: (EXHAUSTIVE_INTRO.test(intro) || colonList || bulletedSpecifics || restClosed || byAgents(ctx, intro, whole, parts, p)) && !restUntold && !trailing, cue: { start: p, end: p + intro.length }, listed: true });
          used.add(whole.id);
          for (const f of parts) used.add(f.id);
          continue;
        }
      }
      if (!first) continue;
      // "thiếu 1.184 giáo viên …, trong đó mầm non thiếu 642 người, …": parts counted as "người"
      // (people) belong to the nearest count of people-like things just before the words.
      const generic = GENERIC_PERSON.test(first.noun ?? "");
      // ("tăng từ 61 làng năm 2019 lên 80 làng năm 2024, trong đó có 28 … và 52 …": the list is of the
      // level reached, not of the level left.)
      const changeEnd = (f: Figure) => (precededBy(ctx, f, /(?<![\p{L}])(?:lên|xuống còn|xuống|to)[ \t]*$/u) && precededBy(ctx, figureBefore(s, f) ?? f, /(?<![\p{L}])(?:từ|from)[ \t]*$/u)) || levelReached(ctx, f);
      const changeStart = (f: Figure) => precededBy(ctx, f, /(?<![\p{L}])(?:từ|from)[ \t]*$/u) && /^[^\d;.]{0,40}?(?<![\p{L}])(?:lên|xuống|to)[ \t]+\d/u.test(ctx.lower.slice(f.end, f.end + 50));
      // ("tăng 237 người; trong đó 173 người …, số còn lại 64 người": a change's size, its clause closed by
      // ";", broken down after it, when the first part fits in it; "tăng 19 làng; trong đó có 28 làng …"
      // is of the level reached.)
      const sizeBeforeSemi = (f: Figure) => precededBy(ctx, f, /(?<![\p{L}])(?:tăng|giảm)[ \t]*$/u) && /^[ \t]+[\p{L}\p{M} ]{1,30}?;[ \t]*$/u.test(ctx.lower.slice(f.end, p)) && !!f.value && !!first.value && new D(first.value.exact).lte(f.value.exact);
      // ("4.812 người, trong đó 2.915 đoàn viên …": people of a kind are some of the people counted.)
      const isWhole = (f: Figure) => isCount(f) && !averaged(ctx, f) && !precededBy(ctx, f, NOT_WHOLE_BEFORE) && !asideBefore(ctx, s, f, p) && !(/;/u.test(ctx.lower.slice(f.end, p)) && !sizeBeforeSemi(f) && (used.has(f.id) || listItemBefore(ctx, s, f))) && (nounsOf(ctx, f, p).some((n) => ofNoun(n, first.noun) || namedAgainAfter(ctx, n, first)) || (!!f.noun && GENERIC_PERSON.test(f.noun) && PERSON_NOUN.test(first.noun ?? "") && p - f.end <= 40 && /^[^\d;:()]*$/u.test(ctx.lower.slice(f.end, p))) || (generic && !!f.noun && PERSON_NOUN.test(f.noun) && (f.end > s.start ? p - f.end <= 80 : startsSentence && !inBracketAfter(ctx, ctx.sentenceOf(f).start, f)))) && (!precededBy(ctx, f, NOT_PART_BEFORE) || changeEnd(f) || sizeThenList(f) || sizeBeforeSemi(f)) && !changeStart(f) && !(f.kind === "fraction" && precededBy(ctx, f, /thứ[ \t]*$/u)) && !bracketedBase(ctx, f);
      // The nearest candidate before the words, else (for "Trong đó …" opening a sentence) the
      // previous sentence's.
      // "đang quản lý 63 người nhiễm HIV còn sống, trong đó 51 người điều trị ARV": the count right
      // before the words and the part share their head ("người", "hộ"): the part is some of them.
      const head = first.noun?.split(" ")[0];
      // ("tham gia 64 vụ cứu nạn, cứu hộ, cứu được 37 người, tìm kiếm 29 thi thể; trong đó có 33 vụ đuối
      // nước, …": past counts of other heads, up to the semicolon that opens the list.)
      const headGap = (f: Figure) => {
        const gap = ctx.lower.slice(f.end, p);
        // (Not the last item of a list the semicolon closes: "gồm …, 845 hộ cận nghèo và 385 hộ …; trong đó".)
        if (/;/u.test(gap) && (used.has(f.id) || listItemBefore(ctx, s, f))) return false;
        if (/^[^\d;:.()]{0,60}[,;]?[ \t]*$/u.test(gap)) return true;
        return gap.length <= 120 && /^[^;:.()]*;[ \t]*$/u.test(gap) && spanOf(ctx.figures, f.end, p).every((g) => g.kind === "number" && !!g.noun && g.noun.split(" ")[0] !== head);
      };
      const headWhole = !!head && SHARED_HEAD.test(head) ? lastBefore(s, p, (f) => f.kind === "number" && isCount(f) && !!f.noun && f.noun !== first.noun && f.noun.split(" ")[0] === head && !precededBy(ctx, f, NOT_PART_BEFORE) && !bracketedBase(ctx, f) && headGap(f)) : undefined;
      const nearest = lastBefore(s, p, (f) => isWhole(f) && !otherClause(ctx, f, p));
      // ("- Trường ngoài công lập: 44 trường.\nTrong đó trường đạt chuẩn quốc gia: 418 trường": after a
      // list, "Trong đó" is of the list's whole, not of its last item.)
      const prevItem = si > 0 && LIST_ITEM_START.test(ctx.text.slice(ctx.sentences[si - 1].start, ctx.sentences[si - 1].start + 12).replace(/^\s*\n/u, ""));
      // (Items with no stop at their ends run into one sentence: "Trong đó …" opening the line after
      // a list item is still of the list's whole.)
      // (The line's start is found by reading back over its opening marks only: a search for it from every
      // intro of a long line would be quadratic.)
      let lineOpen = p - 1;
      while (lineOpen >= s.start && /[ \t*_]/u.test(ctx.text[lineOpen])) lineOpen--;
      if (startsSentence === false && lineOpen >= s.start && ctx.text[lineOpen] === "\n" && LIST_ITEM_START.test(ctx.text.slice(ctx.text.lastIndexOf("\n", lineOpen - 1) + 1, lineOpen))) continue;
      // ("236 chợ, gồm: 6 …, 31 … và 199 chợ hạng 3. Trong đó, …": the list's whole, not its last item.)
      // ("cấp mới 46 dự án và điều chỉnh tăng vốn 38 lượt dự án; … . Cụ thể: - …: 36 dự án cấp mới": of the
      // sentence before, the count of the items' own head noun, before the nearest of another.)
      const headOf = (n?: string) => n?.split(" ")[0];
      const aboveSameHead = startsSentence && si > 0 && !prevItem ? lastBefore(ctx.sentences[si - 1], p, (f) => isWhole(f) && !!f.noun && headOf(f.noun) === headOf(first.noun)) : undefined;
      const above = startsSentence && si > 0 && !prevItem ? namedAmong(ctx, ctx.sentences[si - 1], aboveSameHead ?? lastBefore(ctx.sentences[si - 1], p, isWhole), isWhole, first) : undefined;
      // (Also when the list's last item ends on a number the sentences were not split at: "… hạng 3. Trong đó".)
      const w0 = (headWhole && (!nearest || nearest.end < headWhole.end) ? headWhole : undefined) ?? nearest;
      const nearHead = w0 && /^[^;]*\.[ \t]+\p{Lu}/u.test(ctx.text.slice(w0.end, p + 1)) ? listHead(ctx, s, w0) : undefined;
      // ("… 62 hòa giải viên, gồm 38 …, 15 … và 9 người …. Trong đó nữ có 27 người": the last item of a
      // list above, when the list's head was not found, is no whole of a sentence opening "Trong đó".)
      const lastItem = (f: Figure) => precededBy(ctx, f, /(?:,|;|(?<![\p{L}])(?:và|and))[ \t]*$/u) && INTRO_WORDS.test(ctx.lower.slice(ctx.sentenceOf(f).start, f.start));
      const whole = nearHead ?? w0 ?? (above && (listHead(ctx, ctx.sentences[si - 1], above) ?? (lastItem(above) ? undefined : above)));
      if (!whole) {
        // "200 piped water schemes completed, of which 142 gravity-fed, 46 boreholes with solar pumping
        // and 12 protected spring schemes": kinds of the whole, each its own noun, one of them ending
        // in the whole's own head noun. They may not be all, but cannot pass it.
        const afterWords = p + intro.length;
        const w = /^(?:of which|including|trong đó|gồm|bao gồm|comprising)$/u.test(intro) ? lastNear(s, p, 60, (f) => f.kind === "number" && isCount(f) && !!f.noun && p - f.end <= 60 && /^[^\d;:.()]*$/u.test(ctx.lower.slice(f.end, p)) && !precededBy(ctx, f, NOT_PART_BEFORE) && !bracketedBase(ctx, f)) : undefined;
        // (Every count of the clause is an item, each after a separator, the last one closing the list.)
        const items = w ? inScope.filter((f) => f.start < clauseEnd(ctx, s, afterWords)) : [];
        const last = (n: string) => n.split(" ").pop()!;
        const itemStart = (f: Figure, i: number) => i === 0 ? f.start - afterWords <= 6 : /(?:,|;|(?<![\p{L}])(?:and|và))[ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 8), f.start));
        // (Three kinds at least, none an attribute that cuts across the others: "… và 9.412 sinh viên nữ".)
        // (Nor a standard, a state of repair or works, a setting or a stage that any kind may have:
        // "… 300 trường tiểu học, 200 trường đạt chuẩn quốc gia và …", "… 40 upgraded stations".)
        const attribute = (n: string) => CUTS_ACROSS.test(n);
        if (w && items.length >= 3 && !items.some((f) => attribute(f.noun ?? "")) && items.every((f, i) => f.kind === "number" && isCount(f) && !!f.noun && !DURATION.test(f.noun) && !precededBy(ctx, f, NOT_PART_BEFORE) && itemStart(f, i)) && new Set(items.map((f) => f.noun)).size === items.length && (last(items[items.length - 1].noun!) === last(w.noun!) || items[items.length - 1].noun!.startsWith(`${w.noun} `)) && items.some((f) => !sameNoun(f.noun, w.noun))) {
          out.push({ whole: w, wholeNum: partNum(w), parts: items.map((f) => ({ figure: f, num: partNum(f) })), exhaustive: false, cue: { start: p, end: afterWords }, listed: true });
          used.add(w.id);
          for (const f of items) used.add(f.id);
        }
        continue;
      }
      // "tuyến tỉnh: 412.560 lượt; tuyến huyện: 708.940 lượt": a label's colon gives that label's
      // figure; it does not break down the item before the semicolon.
      if (m[1] === undefined && /[;\n]/u.test(ctx.text.slice(whole.end, p))) continue;
      if (headsSiblings(ctx, whole, p, m[1] ?? "")) continue;
      const alts = (generic || whole === headWhole) && !nounsOf(ctx, whole, p).some((n) => sameNoun(n, first.noun)) ? [...nounsOf(ctx, whole, p), first.noun!] : nounsOf(ctx, whole, p);
      // "… 105 người (Nhật Bản 64 người, Hàn Quốc 23 người, …)": a part's own breakdown in brackets
      // is not another part of the whole.
      const parts0 = inScope.filter((f) => f !== whole && isCount(f) && !(m[1] !== undefined && inBracketAfter(ctx, p, f)) && !precededBy(ctx, f, NOT_PART_BEFORE) && !(f.kind === "fraction" && precededBy(ctx, f, /thứ[ \t]*$/u)) && (alts.some((n) => ofNoun(n, f.noun) || namedAgainAfter(ctx, n, f)) || (generic && !!f.noun && f.noun.startsWith(`${first.noun} `)) || (whole === headWhole && f.noun?.split(" ")[0] === head) || (ctx.lang === "vi" && !!whole.noun && !!f.noun && f.noun.split(" ")[0] === whole.noun.split(" ")[0] && !CUTS_ACROSS.test(f.noun) && /(?:,|;|(?<![\p{L}])và)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 6), f.start))) || (!f.noun && (precededBy(ctx, f, /(?:remaining|rest|other|còn lại|còn)[ \t]*$/u) || bareSubjects.includes(f)))));
      // ("158.426 trẻ, trong đó 62.108 trẻ mẫu giáo và 97.218 học sinh tiểu học": people named by another
      // noun, joined to the last part by "và" or a comma, are another kind of the same people; so with
      // bodies.)
      // ("38 cơ quan, tổ chức, trong đó: 12 cơ quan cấp tỉnh, 17 UBND cấp xã và 9 đơn vị sự nghiệp": bodies.)
      const kindClass = whole.noun ? KIND_CLASSES.find((re) => re.test(whole.noun!)) : undefined;
      if (!parts0.length && whole.noun && GENERIC_PERSON.test(whole.noun) && PERSON_NOUN.test(first.noun ?? "") && !CUTS_ACROSS.test(first.noun ?? "") && inScope[0] === first) parts0.push(first);
      if (parts0.length && kindClass) {
        for (const f of inScope) {
          const prev = parts0[parts0.length - 1];
          if (f.start <= prev.end || parts0.includes(f)) continue;
          if (f.kind !== "number" || !isCount(f) || !f.noun || !kindClass.test(f.noun) || CUTS_ACROSS.test(f.noun) || precededBy(ctx, f, NOT_PART_BEFORE) || !/^[^\d;:.()]{0,40}(?:,|(?<![\p{L}])(?:và|and))[ \t]*$/u.test(ctx.lower.slice(prev.end, f.start))) break;
          parts0.push(f);
        }
      }
      // ("dự án giao thông chiếm 214 dự án, trong đó 38 dự án đã hoàn thành, dự án giáo dục 187 dự án …":
      // an item named by the whole's own noun and a label of its own is the whole's sibling.)
      const wholeHead = whole.noun ? whole.noun.split(" ").slice(0, 2).join(" ") : "";
      const sibling = wholeHead ? parts0.findIndex((f, i) => i > 0 && ctx.lower.slice(parts0[i - 1].end, f.start).includes(`, ${wholeHead} `) && new RegExp(`(?:,|và)[ \\t]+${wholeHead.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ \\t]+[\\p{L}\\p{M} ]{1,30}$`, "u").test(ctx.lower.slice(parts0[i - 1].end, f.start))) : -1;
      // ("1.248 phòng, trong đó: phòng kiên cố 1.106 phòng, phòng bán kiên cố 191 phòng, …": when the first item
      // is labelled by the whole's noun too, every item is, and none is a sibling.)
      const labelledFirst = !!wholeHead && parts0.length > 0 && new RegExp(`(?:^|[:,])[ \\t]*${wholeHead.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ \\t]+[\\p{L}\\p{M} ]{1,30}$`, "u").test(ctx.lower.slice(p + intro.length, parts0[0].start));
      const parts1 = sibling > 0 && !labelledFirst ? parts0.slice(0, sibling) : parts0;
      // (Words in an item's bracket gloss its name: "Vi phạm khác (lấn chiếm …, không che chắn): 79 công trình".)
      const verbAt = parts1.findIndex((f, i) => i > 0 && NEW_PREDICATE.test(ctx.lower.slice(parts1[i - 1].end, f.start).replace(/\([^()]*\)/gu, " ")));
      const parts = verbAt > 0 ? parts1.slice(0, verbAt) : parts1;
      if (!parts.length) continue;
      // "10 chỉ tiêu đã đạt và vượt, gồm: …; 3 chỉ tiêu chưa đạt": a count whose verdict contradicts
      // the whole's is its sibling, not its part.
      const wholeNeg = NEG.test(ctx.lower.slice(whole.end, p));
      const wholePos = !wholeNeg && POS.test(ctx.lower.slice(whole.end, p));
      if ((wholePos || wholeNeg) && parts.some((f) => { const seg = ctx.lower.slice(f.end, Math.min(clauseEnd(ctx, s, f.end), f.end + 60)); return wholePos ? NEG.test(seg) : !NEG.test(seg) && POS.test(seg); })) continue;
      const wholeNum = partNum(whole);
      const fractionOfWhole = parts.some((f) => f.kind === "fraction" && f.denominator!.exact === wholeNum.exact);
      const rest = parts.slice(1).some((f) => REST.test(ctx.between(f.start - 16, f.start)));
      // A fraction whole (19/21 xã, trong đó 2 xã …) counts the numerator's set.
      // ("… có 2.486 người nghiện …. Cụ thể: 612 người …; 398 người …; 1.485 người …": "Cụ thể:" opening
      // its sentence after the whole's, over items set apart by semicolons, tells all of it.)
      const specifics = intro === "cụ thể" && startsSentence && whole.end < s.start && /^cụ thể[ \t]*:/u.test(ctx.lower.slice(p, p + 12)) && parts.every((f, i) => i === 0 || /;\s*$/u.test(ctx.lower.slice(parts[i - 1].end, f.start).split(/\d/u)[0]) || /;[^;\d]*$/u.test(ctx.lower.slice(parts[i - 1].end, f.start))) && !SOME_ONLY.test(ctx.lower.slice(whole.end, p)) && !REST_AFTER_LIST.test(ctx.lower.slice(parts[parts.length - 1].end, parts[parts.length - 1].end + 120).split(/\n\s*\n/u)[0].replace(/^[^.;]*[.;]/u, ""));
      // ("- Bằng khen …: 412 trường hợp;\n- Cờ thi đua …: 38 tập thể;\n- Chiến sĩ thi đua …: 9 cá nhân": items
      // counted by another noun, outside brackets, are in the list too: these parts are not all of it.)
      const lastPart = parts[parts.length - 1];
      const otherKind = spanOf(ctx.figures, parts[0].end, Math.min(ctx.sentenceOf(lastPart).end, lastPart.end + 300)).some((g) => !parts.includes(g) && g.kind === "number" && isCount(g) && !!g.noun && !!whole.noun && !sameNoun(g.noun, whole.noun) && !DURATION.test(g.noun) && !inBrackets(ctx, ctx.sentenceOf(g).start, g.start));
      const exhaustive = parts.length >= 2 && !otherKind && (EXHAUSTIVE_INTRO.test(intro) || specifics || fractionOfWhole || rest || outcomeContrast(ctx, parts, s.end) || verdicts(ctx, s, parts) || (parts.length === 2 && (predicateSides(ctx, parts) || labelSides(ctx, parts))) || byAgents(ctx, intro, whole, parts, p));
      out.push({ whole, wholeNum, parts: parts.map((f) => ({ figure: f, num: partNum(f) })), exhaustive, cue: { start: p, end: p + intro.length }, listed: placeItems(ctx, parts, p) || (parts.length >= 3 && parallelPlaces(ctx, parts, s.end)) || undefined });
      used.add(whole.id);
      for (const f of parts) used.add(f.id);
    }
    // B) X/Y noun …; còn Z noun … và W noun: X + Z + W = Y
    for (const s of ctx.sentences) {
      for (const f of s.figs) {
        if (f.kind !== "fraction" || used.has(f.id) || (!f.noun && !namedSet(ctx, s, f)) || precededBy(ctx, f, /thứ[ \t]*$/u)) continue;
        // "riêng ba xã biên giới …", "trong đó 2 xã …": a subset singled out, not the rest.
        // ("…; the other 31 standards, each with fewer than 40 leavers": a bound on each is no part.)
        const others = countsAfter(ctx, s, f.end, f.noun, true, true).filter((g) => g.kind !== "fraction" && !used.has(g.id) && !g.qualifiers.some((q) => q.kind === "under" || q.kind === "over" || q.kind === "atMost" || q.kind === "atLeast") && !precededBy(ctx, g, /(?<![\p{L}])(?:each|mỗi)(?:[ \t]+[\p{L}\p{M}]+){0,4}[ \t]*$/u) && !precededBy(ctx, g, /(?:riêng|trong đó|trong số đó|including|of which|among them)(?:[ \t]+(?:có|là))?[ \t]*$/u));
        if (!others.length) continue;
        // "4/4 xã đạt chuẩn, 2/4 xã đạt chuẩn nâng cao, hai xã còn lại …": the rest completes the
        // nearest fraction of the same whole, not the first.
        // ("đủ 12/12 kỳ …; cấp huyện tiếp 118/120 kỳ …; 2 kỳ còn lại": of any whole.)
        if (s.figs.some((g) => g.kind === "fraction" && g.start > f.end && g.start < others[0].start)) continue;
        // ("tỷ lệ tàu sử dụng năng lượng xanh còn thấp (12/512 tàu); còn 8 tàu hư hỏng …": a fraction set
        // aside in its bracket illustrates a rate; what follows the bracket is not its rest.)
        if (inBrackets(ctx, s.start, f.start) && ctx.text.slice(f.end, others[0].start).includes(")")) continue;
        // ("14 xã đạt chuẩn đều đạt 19/19 tiêu chí; 2 xã còn lại đạt 15 và 17 tiêu chí": nothing is left of a
        // whole that is all done, and the rest said of another noun's count is that noun's.)
        if (new D(f.numerator!.exact).eq(f.denominator!.exact)) continue;
        // ("Mục tiêu Nghị quyết đến năm 2025 là 75/86 trường đạt chuẩn …; còn 14 trường phải hoàn thành": a target's
        // fraction is the goal; what remains is measured against it, not its whole.)
        if (/(?<![\p{L}])(?:mục[ \t]+tiêu|chỉ[ \t]+tiêu|kế[ \t]+hoạch|target|goal|aim)(?![\p{L}])[^;.\d]{0,40}(?:là|:|đề[ \t]+ra|đặt[ \t]+ra|is|was|of)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 60), f.start).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, ""))) continue;
        if (s.figs.some((g) => g.start > f.end && g.end <= others[0].start && !!g.noun && !sameNoun(g.noun, f.noun) && /^[ \t]+(?:[\p{L}\p{M}]+[ \t]+){0,2}?(?:còn[ \t]+lại|remaining|other)(?![\p{L}])/u.test(ctx.lower.slice(g.end, g.end + 30)))) continue;
        const gap = ctx.between(f.end, others[0].start);
        // A semicolon alone does not make the later counts the rest of the fraction's whole ("51/68
        // tổ chức vi phạm …; phải kỷ luật 9 tổ chức" counts a subset): a rest word or contrasting
        // outcomes do.
        // ("112/187 xã đạt … từ 80% trở lên; 18 xã còn dưới 50%": "còn" before a bound is "still", no rest.)
        const restAfter = REST.test(ctx.between(others[0].end, others[0].end + 24).split(/[,;.]/)[0].replace(/(?<![\p{L}])còn[ \t]+(?:dưới|trên|thấp|cao|ở[ \t]+mức|chưa[ \t]+tới|quá)(?![\p{L}]).*$/u, ""));
        if (!REST.test(gap) && !restAfter && !/(?:while|whereas)/u.test(gap) && !outcomeContrast(ctx, [f, ...others], s.end)) continue;
        // ("58/62 trường có công trình vệ sinh đạt chuẩn (93,55%) và 54/62 trường có hệ thống nước uống …; 4
        // trường còn lại chưa có công trình vệ sinh đạt chuẩn": the rest is of the fraction whose words it
        // says are missing.)
        const missing = /(?<![\p{L}])(?:chưa|không|do[ \t]+not|did[ \t]+not|have[ \t]+no|had[ \t]+no)[ \t]+((?:[\p{L}\p{M}]+[ \t]+){1,2}[\p{L}\p{M}]+)/u.exec(ctx.lower.slice(others[others.length - 1].end, Math.min(s.end, others[others.length - 1].end + 80)))?.[1].replace(/^(?:có|được|đạt|have|has)[ \t]+/u, "");
        if (missing) {
          const own = (g: Figure) => ctx.lower.slice(g.end, Math.min(s.end, g.end + 80)).includes(missing);
          if (!own(f) && s.figs.some((g) => g !== f && g.kind === "fraction" && own(g))) continue;
        }
        // ("Four of the seven measures are Green, two are Amber and one is Red": "one" in words is read
        // as no figure, so the list is not all read.)
        if (/(?:,|(?<![\p{L}])and|(?<![\p{L}])và)[ \t]+(?:one|a[ \t]+single|một)[ \t]+(?:is|was|were|are|remains?|measure|indicator|target|red|amber|green|met|missed|chỉ[ \t]+tiêu|đạt|không|chưa)(?![\p{L}])/u.test(ctx.lower.slice(f.end, s.end))) continue;
        // "Nineteen of the 25 indicators met the target and six did not; twelve remain active": once the
        // parts make the whole exactly, a count past a semicolon (no rest word) says something else.
        let sum = new D(f.numerator!.exact);
        for (let k = 0; k < others.length; k++) {
          if (k > 0 && sum.eq(f.denominator!.exact) && /;/.test(ctx.between(others[k - 1].end, others[k].start)) && !REST.test(ctx.between(others[k].start - 16, others[k].end + 24)) && !NEG_OUTCOME.test(ctx.between(others[k].end, others[k].end + 40).split(/[,;.]/u)[0])) {
            others.length = k;
            break;
          }
          sum = sum.plus(partNum(others[k]).exact);
        }
        out.push({
          whole: f,
          wholeNum: f.denominator!,
          parts: [{ figure: f, num: f.numerator! }, ...others.map((g) => ({ figure: g, num: partNum(g) }))],
          exhaustive: true,
        });
        used.add(f.id);
        for (const g of others) used.add(g.id);
      }
    }
    // C) "Of the 24 localities, 19 … and 5 …" / "Trong tổng số 24 xã, có 19 xã …"
    for (const s of ctx.sentences) {
      const w = s.figs.find((f) => (isCount(f) || scaledCount(f)) && f.kind === "number" && !used.has(f.id) && (precededBy(ctx, f, OF_THE) || (!!f.noun && precededBy(ctx, f, BARE_TRONG))) && opensClause(ctx, s, f) && phraseThenComma(ctx, s, f));
      if (!w) continue;
      // Bare "Trong 30 chỉ tiêu, …" also opens time spans ("Trong 5 năm, …"): parts must count
      // the same thing.
      const bare = !precededBy(ctx, w, OF_THE);
      // "Of the 12.94 million passengers, 8.71 million …": counts in one scale word.
      const countLike = (f: Figure) => (scaledCount(w) ? scaledCount(f) && f.scale!.factor === w.scale!.factor : isCount(f));
      // ("96 had list sizes above 10,000 patients, 118 between 5,000 and 10,000": a band's bounds are no parts.)
      // ("…, and a number of the 61 assessments started this year …": a count after "of the" is another base.)
      // ("Of 1,124 learners …, 330 (29.4%) …; of 1,318 entered for mathematics, 318 …": another "of" opens
      // another whole.)
      const nextOf = s.figs.find((f) => f.start > w.end && /;[ \t]*(?:of|among|out[ \t]+of|trong[ \t]+số)[ \t]+(?:the[ \t]+)?$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 16), f.start)));
      const after = s.figs.filter((f) => f.start > w.end && (!nextOf || f.start < nextOf.start) && countLike(f) && f.kind === "number" && !(f.noun && DURATION.test(f.noun)) && !precededBy(ctx, f, NOT_PART_BEFORE) && !precededBy(ctx, f, /(?<![\p{L}])(?:a[ \t]+number|some|many|most|several|part|any|none|each|one)[ \t]+of[ \t]+(?:the|all|its|our|these|those)[ \t]*$/u) && !precededBy(ctx, f, BOUND_BEFORE) && !precededBy(ctx, f, AGE_BOUND) && !f.qualifiers.some((q) => q.kind === "over" || q.kind === "under") && !used.has(f.id));
      // "Of 5,104 degrees, 1,582 were first-class, 2,613 upper second …": after a bare first
      // count, the list runs on whatever each item is called.
      // ("13 recorded positive growth": a verb read as the count's noun.)
      const verbFirst = !bare && after.length > 0 && !!after[0].noun && /^(?:recorded|reported|posted|showed|saw)(?: |$)/u.test(after[0].noun) && directions(ctx, listRun(ctx, after), s.end);
      // ("Of the twelve district areas, Preston recorded the most casualties (412), …": a count in
      // brackets after words of its own is the value of a named item, not a part.)
      const after1 = after.filter((f) => !inBracketAfter(ctx, w.end, f));
      // ("44,560 (85.1%) were delivered by the 68 framework providers and the remaining 7,820": a count
      // of other things after a preposition says who or where, it is no part.)
      const after2 = after1.filter((f) => !(f.noun && w.noun && !sameNoun(f.noun, w.noun) && precededBy(ctx, f, /(?<![\p{L}])(?:by|from|to|across|among|with|at|for|between|over|through|via)[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+|our[ \t]+|all[ \t]+)?$/u)));
      // ("Of the 41 business cases, 27 transfers have been completed, 11 are at the legal stage and 5 were
      // withdrawn": the first item names what it counts its own way, the others leave it out.)
      const namedFirst = !bare && ctx.lang === "en" && after2.length >= 3 && !!after2[0].noun && !after2[0].noun.includes(" ") && /^[ \t]+(?:have|has|had|were|was|are|is)[ \t]/u.test(ctx.lower.slice(after2[0].end + after2[0].noun.length + 1, after2[0].end + after2[0].noun.length + 8)) && after2.slice(1).every((f) => !f.noun && BARE_SUBJECT.test(ctx.lower.slice(f.end, f.end + 24)));
      const parts0 = (!bare && after2.length && !after2[0].noun) || verbFirst || namedFirst ? listRun(ctx, after2) : after2.filter((f) => (bare ? sameNoun(f.noun, w.noun) : !f.noun || sameNoun(f.noun, w.noun) || !/^[a-z]/.test(f.noun)));
      // ("…, 38 (17.8%) were accepting new patients; in other words, thirty-eight practices were open
      // and 176 were not": the same parts told again are no more parts.)
      const again = parts0.findIndex((f, i) => i > 0 && RESTATED.test(ctx.between(parts0[i - 1].end, f.start)));
      const again0 = again > 0 ? parts0.slice(0, again) : parts0;
      // ("…, 172 moved out and 205 new households were placed, so 483 were in temporary accommodation
      // in March": a count the clause says follows from the others is their result, no part.)
      const result = again0.findIndex((f, i) => i > 0 && /(?:,|;)[ \t]*(?:so|thus|hence|giving|bringing|leaving|making|taking|which[ \t]+left|which[ \t]+leaves|to[ \t]+give)[ \t]+(?:the[ \t]+(?:total|number|count)[ \t]+(?:to|of)[ \t]+)?$/u.test(ctx.between(again0[i - 1].end, f.qualifiers[0]?.start ?? f.start)));
      const parts = result > 0 ? again0.slice(0, result) : again0;
      // ("Of the 268 patients, 52 had atrial fibrillation, of whom only 31 …": a part of a part.)
      // ("…; the remaining 397 include 214 in temporary buildings and 183 …": a part broken down in turn.)
      const nested = parts.findIndex((f, k) => k > 0 && precededBy(ctx, f, /(?<![\p{L}])(?:of[ \t]+(?:whom|which|these|those|them)|trong[ \t]+(?:đó|số[ \t]+đó|số[ \t]+này)|includes?|included|including|comprises?|comprised|comprising)(?:[ \t]+(?:only|just|some|about|around|nearly|almost|chỉ|có))*[ \t]*$/u));
      if (nested > 0) parts.length = nested;
      if (parts.length < 1 || (bare && parts.length < 2)) continue;
      // "Of the 412 works, 398 (96.6%) complied …; the 14 non-compliant works are …": the rest, named
      // by the whole's noun with a negative prefix, in the next clause.
      const negRest = parts.length === 1 && !bare ? after.find((f) => f !== parts[0] && !!f.noun && !!w.noun && sameNoun(f.noun, w.noun) && /^(?:non-|not[ \t]|un|in)[\p{L}]/u.test(f.noun) && /;[ \t]*(?:and[ \t]+)?the[ \t]*$/u.test(ctx.between(f.start - 10, f.start)) && !/\.(?:\s|$)/u.test(ctx.between(parts[0].end, f.start))) : undefined;
      if (negRest) parts.push(negRest);
      // "Of the 5,104 degrees, 1,582 were first-class and 2,613 upper second; 1,340 graduates went on
      // …", "Of the 31 targets, 24 were met, 5 … and 2 were not met; 7 targets were new": past a
      // semicolon, a count with a noun of its own, or one after parts that already make the whole, says
      // something else (unless it is the rest).
      for (let k = 1, sum = new D(partNum(parts[0]).exact); k < parts.length; sum = sum.plus(partNum(parts[k]).exact), k++) {
        const f = parts[k];
        // ("Of the 29 appeals decided, 24 were dismissed, 3 … and 2 …; the other 12 await a hearing": past
        // parts that already make the whole, even "the other" counts what lies outside it.)
        if (k >= 2 && sum.eq(w.value!.exact) && /;/.test(ctx.between(parts[k - 1].end, f.start))) {
          parts.length = k;
          break;
        }
        // ("…, 4,912 found full compliance; a further 611 found minor non-compliance and 166 …": "a
        // further" adds items of the same list past the semicolon.)
        if (f === negRest || !/;/.test(ctx.between(parts[k - 1].end, f.start)) || REST.test(ctx.between(f.start - 16, f.end + 24)) || (precededBy(ctx, f, FURTHER) && (!f.noun || !w.noun || sameNoun(f.noun, w.noun) || !/^[a-z]+ed(?: |$)/u.test(f.noun) || verbOf(ctx, parts[0]) === f.noun.split(" ")[0]))) continue;
        const negative = NEG_OUTCOME.test(ctx.between(f.end, f.end + 40).split(/[,;.]/u)[0]);
        // ("1.093 vụ việc đã giải quyết (85,1%); 412 vụ việc thuộc thẩm quyền cấp huyện": a count with
        // its noun said again past a semicolon, neither the rest nor an outcome against the ones before,
        // cuts across them.)
        const restated = !!f.noun && !negative && !outcomeContrast(ctx, parts.slice(0, k + 1), s.end) && !parallelPlaces(ctx, parts.slice(0, k + 1), s.end);
        if ((f.noun && w.noun && !sameNoun(f.noun, w.noun)) || (k >= 2 && sum.eq(w.value!.exact) && !negative) || restated) {
          parts.length = k;
          break;
        }
      }
      // ("Of the 2,310 new jobs created, 1,155 … ; a further 3,405 jobs were safeguarded": past a
      // semicolon, "a further" or "another" count larger than the whole adds something else.)
      const beyond = parts.findIndex((f, k) => k > 0 && /;/u.test(ctx.between(parts[k - 1].end, f.start)) && precededBy(ctx, f, /(?:a[ \t]+further|another|thêm)[ \t]*$/u) && new D(partNum(f).exact).gt(w.value!.exact));
      if (beyond > 0) parts.length = beyond;
      // ("978 (41.3%) were aged 75 or over, although this age group accounted for only 6,231 type 1
      // attendances": a clause of contrast counts something else.)
      const contrast = parts.findIndex((f, k) => k > 0 && /(?<![\p{L}])(?:although|though|whereas|while|but|yet|nhưng|trong[ \t]+khi|mặc[ \t]+dù|song)(?![\p{L}])/u.test(ctx.between(parts[k - 1].end, f.start)));
      if (contrast > 0) parts.length = contrast;
      // ("…, 311 from community groups and 125 from other organisations": the last place named as all
      // the others closes the list.)
      const restPlace = parts.length >= 2 && parallelPlaces(ctx, parts, s.end) && REST_PLACE.test(ctx.lower.slice(parts[parts.length - 1].end, parts[parts.length - 1].end + 50));
      const rest = !!negRest || restPlace || parts.slice(1).some((f) => REST.test(ctx.between(f.start - 16, f.start)));
      // (Places and statuses listed may leave some out: "Of the 500 staff, 200 in London, 150 in Leeds
      // and 130 in Manchester" is not short of its whole, only a sum above it fails.)
      const open = parts.length >= 3 && (parallelPlaces(ctx, parts, s.end) || statusSplit(ctx, parts, s.end, w) || elidedVerb(ctx, parts));
      const ages = ageBands(ctx, w, parts, s.end);
      // ("Of the three years 2021 to 2023, … there were 121 in 2023": years are no whole of counts.)
      if (w.noun && DURATION.test(w.noun) && parts.some((f) => !f.noun || !DURATION.test(f.noun))) continue;
      // ("Of the 38 corporate indicators, 24 were green, 9 amber and 4 red; one could not be measured": a
      // count in words after the list, of the ones left out of it.)
      const lastPart = parts[parts.length - 1];
      const leftOut = /^[^.]*?;[ \t]*(?:and[ \t]+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|một|hai|ba|bốn|năm)[ \t]+(?:[\p{L}\p{M}]+[ \t]+){0,3}?(?:could|was|were|is|are|has|have|had|did|cannot|can't|chưa|không)(?:[ \t]+(?:not|no|được|có))?(?![\p{L}])/u.test(ctx.lower.slice(lastPart.end, s.end));
      if (leftOut) continue;
      out.push({ whole: w, wholeNum: w.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: parts.length >= 2 && (rest || outcomeContrast(ctx, parts, s.end) || rated(ctx, parts) || ages.all || (parts.length === 2 && labelSides(ctx, parts))), listed: directions(ctx, parts, s.end) || open || (parts.length === 2 && parallelPlaces(ctx, parts, s.end)) || ages.apart || outcomesApart(ctx, parts, s.end) || undefined, open: open || (parts.length === 2 && parallelPlaces(ctx, parts, s.end)) || outcomesApart(ctx, parts, s.end) || undefined });
      used.add(w.id);
    }
    // D) "Nghị quyết đề ra 27 chỉ tiêu; đến nay có 18 chỉ tiêu đạt và vượt, 6 chỉ tiêu có khả năng
    // đạt, còn 3 chỉ tiêu khó đạt", "kiểm tra 412 cơ sở; 389 cơ sở đạt yêu cầu, 23 cơ sở vi phạm": a
    // total that was set or examined, then counts of the same thing that split it by outcome.
    for (const s of ctx.sentences) {
      for (const w of s.figs) {
        // "Có 11 trường hợp không chấp hành …; … đã vận động được 7 trường hợp …, còn 4 trường hợp …": a
        // count the sentence opens with, split into a part and the rest.
        const opener = w === s.figs[0] && /^[\s*•-]*(?:(?:toàn|cả)[ \t]+[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?[ \t]+)?(?:hiện[ \t]+)?có[ \t]*$/u.test(ctx.lower.slice(s.start, w.qualifiers[0]?.start ?? w.start));
        // ("Kế hoạch đến hết năm 2024 hoàn thành 216 trụ sở; kết quả … 174 trụ sở …, đang thi công 39 trụ sở,
        // chưa khởi công 13 trụ sở": a count the plan sets, then where each of them stands.)
        // (Looked for near the sentence's start only: a slice from it per figure would be quadratic.)
        const planned = !opener && (w.qualifiers[0]?.start ?? w.start) - s.start <= 100 && /^[\s*•-]*(?:theo[ \t]+)?kế[ \t]+hoạch(?![\p{L}])[^;,.\d]{0,60}$/u.test(ctx.lower.slice(s.start, w.qualifiers[0]?.start ?? w.start).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, ""));
        if (w.kind !== "number" || !isCount(w) || !w.noun || used.has(w.id) || (!opener && !planned && !precededBy(ctx, w, SET_OR_EXAMINED))) continue;
        // Up to a "trong đó" that opens a breakdown of one of them (a part may be a whole elsewhere).
        // ("…; còn lại 44 vụ việc, cụ thể: …": a list under the rest is the rest's.)
        const sub = /(?<![\p{L}])(?:trong đó|riêng|cụ thể|gồm|bao gồm|including|of which|of whom)(?![\p{L}])/u.exec(ctx.lower.slice(w.end, s.end));
        const cut = sub ? w.end + sub.index : s.end;
        // ("… được giao là 3.528 người, bình quân 21 người/đơn vị; số hiện có 3.297 người …": an average is no part.)
        const parts = s.figs.filter((f) => f.start > w.end && f.start < cut && f.kind === "number" && isCount(f) && sameNoun(f.noun, w.noun) && !precededBy(ctx, f, NOT_PART_BEFORE) && !precededBy(ctx, f, /(?<![\p{L}])(?:bình[ \t]+quân|trung[ \t]+bình|average|mean)(?:[ \t]+(?:mỗi|một|of))?[ \t]*$/u) && !/^[ \t]*[\p{L}\p{M} ]{0,12}\/[ \t]*\p{L}/u.test(ctx.lower.slice(f.end, f.end + 16)));
        // Between them only the total's own words and a clause opener ("; đến ngày 30/11/2024 đã hoàn thành").
        if (parts.length < 2 || s.figs.some((f) => f.start > w.end && f.start < parts[0].start) || !/^[^.]{0,60}?[;,:][^.;]{0,50}$/u.test(ctx.lower.slice(w.end, parts[0].start))) continue;
        // ("15 công trình còn lại chuyển tiếp sang năm 2025": the rest named after its noun.)
        const rest = parts.slice(1).some((f) => REST.test(ctx.between(f.start - 16, f.start)) || /^[ \t]+(?:[\p{L}\p{M}]+[ \t]+){0,3}?(?:còn lại|remaining)(?![\p{L}])/u.test(ctx.lower.slice(f.end, f.end + 30)));
        // (Where each stands may be told before its count: "đang thi công 39 trụ sở, chưa khởi công 13 trụ sở".)
        const leads = planned ? parts.map((f, i) => ctx.lower.slice(i ? parts[i - 1].end : w.end, f.qualifiers[0]?.start ?? f.start).split(/[,;(]/u).pop()!) : [];
        const notYet = /(?<![\p{L}])(?:chưa|không)(?![\p{L}])/u;
        const stagedBefore = planned && parts.length >= 3 && leads.some((l) => notYet.test(l)) && leads.some((l) => !notYet.test(l) && /(?<![\p{L}])(?:đang|đã|hoàn[ \t]+thành|đưa[ \t]+vào)(?![\p{L}])/u.test(l));
        if (!rest && !stagedBefore && (opener || !outcomeContrast(ctx, parts, s.end))) continue;
        // A total invested in or started ("đầu tư 63 công trình") splits only into done and the rest.
        if (!rest && STARTED.test(ctx.lower.slice(Math.max(0, (w.qualifiers[0]?.start ?? w.start) - 24), w.qualifiers[0]?.start ?? w.start))) continue;
        out.push({ whole: w, wholeNum: w.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: true });
        used.add(w.id);
        for (const f of parts) used.add(f.id);
      }
    }
    // F) "… kết nạp 118 đảng viên … . Trong số đảng viên mới kết nạp có 52 đảng viên nữ (44,1%), 67
    // đảng viên là người dân tộc thiểu số (56,8%) …": groups of the count just given, which may
    // overlap, each at most the whole.
    for (let si = 1; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      const open = /^[\s*•-]*(?:trong số|trong tổng số|among)[ \t]+(?:các[ \t]+|the[ \t]+)?([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){0,6})[ \t]*(?:,[ \t]*)?(?:có|there were|,)/u.exec(ctx.lower.slice(s.start, Math.min(s.end, s.start + 80)));
      if (!open) continue;
      const groups = s.figs.filter((f) => f.kind === "number" && isCount(f) && !!f.noun && !used.has(f.id) && sameNoun(f.noun, open[1]));
      if (!groups.length) continue;
      const prev = ctx.sentences[si - 1];
      const fit = (f: Figure) => isCount(f) && !!f.noun && sameNoun(f.noun, groups[0].noun) && !precededBy(ctx, f, NOT_PART_BEFORE) && !precededBy(ctx, f, REST_BEFORE) && !bracketedBase(ctx, f) && !precededBy(ctx, f, /(?:from|từ|so với|than|compared (?:with|to))[ \t]*$/u);
      // ("… 1,164 primary fires, 1,498 secondary fires and 50 chimney fires. Among primary fires …": the
      // count the lead's own words name, not the last of its noun.)
      const leadWords = open[1].split(/[ \t]+/u).filter((x) => !(groups[0].noun ?? "").split(" ").includes(x) && !/^(?:các|những|the|của|được|mới|new|đã)$/u.test(x));
      const named = leadWords.length && /^[\s*•-]*among/u.test(ctx.lower.slice(s.start, s.start + 12)) ? prev.figs.filter((f) => fit(f) && leadWords.every((x) => new RegExp(`(?<![\\p{L}])${x}(?![\\p{L}])`, "u").test(`${ctx.lower.slice(Math.max(prev.start, f.start - 25), f.start).split(/[,;]|\d/u).pop()} ${f.noun}`))) : [];
      const whole = named.length ? named[named.length - 1] : lastBefore(prev, prev.end, fit);
      if (!whole) continue;
      // (The words of the lead beyond the noun name the whole: "Trong số đảng viên mới kết nạp" is of
      // "kết nạp 118 đảng viên"; a bare "Trong tổng số hội viên" is of the count named as the total,
      // not of the 186 members admitted in the year.)
      const nounWords = (groups[0].noun ?? "").split(" ");
      const extra = open[1].split(/[ \t]+/u).filter((x) => !nounWords.includes(x) && !/^(?:các|những|the|của|được|mới|new|đã)$/u.test(x));
      const near = ctx.lower.slice(Math.max(prev.start, whole.start - 50), Math.min(prev.end, whole.end + 50));
      if (extra.length ? !extra.every((x) => new RegExp(`(?<![\\p{L}])${x}(?![\\p{L}])`, "u").test(near)) : !/(?<![\p{L}])(?:tổng[ \t]+số|toàn|total|in[ \t]+all)(?![\p{L}])/u.test(ctx.lower.slice(Math.max(prev.start, whole.start - 60), whole.start))) continue;
      for (const g of groups) out.push({ whole, wholeNum: partNum(whole), parts: [{ figure: g, num: partNum(g) }], exhaustive: false });
    }
    // G) "đi làm việc ở nước ngoài 105 người (Nhật Bản 64 người, Hàn Quốc 23 người, Đài Loan 18
    // người)", "1,240 visitors (England 812, Wales 301, Scotland 127)": a count broken down in the
    // bracket right after it, each item a proper name and a count of the same thing. Named places or
    // bodies do not overlap, so the items may not pass the count.
    for (const s of ctx.sentences) {
      for (const w of s.figs) {
        if (w.kind !== "number" || !isCount(w)) continue;
        const wEnd = w.noun && ctx.lower.slice(w.end).trimStart().startsWith(w.noun) ? ctx.lower.indexOf(w.noun, w.end) + w.noun.length : w.end;
        const open = /^[ \t]*\(/u.exec(ctx.text.slice(wEnd, wEnd + 3));
        if (!open) continue;
        const from = wEnd + open[0].length;
        // (Looked for within the sentence and a bounded reach, so that runs of "(" stay linear.)
        const k = ctx.text.slice(from, Math.min(s.end, from + 400)).indexOf(")");
        const close = k < 0 ? -1 : from + k;
        if (close < 0 || close > s.end || ctx.text.slice(from, close).includes("(")) continue;
        const items = s.figs.filter((f) => f.start >= from && f.end <= close);
        if (items.length < 2 || items.some((f) => f.kind !== "number" || !isCount(f) || used.has(f.id) || (f.noun ? !(w.noun && sameNoun(f.noun, w.noun)) && !(GENERIC_PERSON.test(f.noun) && (!w.noun || PERSON_NOUN.test(w.noun) || GENERIC_PERSON.test(w.noun))) : !!w.noun && !/^[a-z]/u.test(w.noun)))) continue;
        // Each item: a capitalised name of one to four words, then its count (and noun), then a comma.
        let at = from;
        let ok = true;
        const names: string[] = [];
        for (const f of items) {
          const m = /^[ \t]*(?:[,;][ \t]*)?(?:và[ \t]+|and[ \t]+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3})[ \t]*:?[ \t]*$/u.exec(ctx.text.slice(at, f.start));
          if (!m) { ok = false; break; }
          names.push(m[1]);
          at = f.end;
          if (f.noun && ctx.lower.slice(at).trimStart().startsWith(f.noun)) at = ctx.lower.indexOf(f.noun, at) + f.noun.length;
        }
        if (!ok || !/^[ \t]*$/u.test(ctx.text.slice(at, close)) || new Set(names).size !== names.length) continue;
        out.push({ whole: w, wholeNum: w.value!, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: false, listed: true });
        used.add(w.id);
        for (const f of items) used.add(f.id);
      }
    }
    // H) "By property type, detached houses accounted for 3,918 of the 6,842 sales, or 57.3%.
    // Townhouses made up 1,564 sales and condominiums 1,360": a breakdown by one dimension, its first
    // part given as a fraction of the whole, the others as counts of the same thing (here or in the
    // next sentence). The parts may not be all, but they cannot pass the whole.
    for (let si = 0; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      if (!/^[\s*•-]*(?:by|broken down by|theo|phân theo|chia theo)[ \t]+[\p{L}\p{M}-]+(?:[ \t]+[\p{L}\p{M}-]+){0,2}[ \t]*,/u.test(ctx.lower.slice(s.start, Math.min(s.end, s.start + 50)))) continue;
      const fr = s.figs.find((f) => f.kind === "fraction" && !!f.noun && !used.has(f.id) && !precededBy(ctx, f, /thứ[ \t]*$/u) && new D(f.denominator!.exact).gte(f.numerator!.exact));
      if (!fr || s.figs.some((f) => f !== fr && f.kind === "fraction")) continue;
      const next = ctx.sentences[si + 1];
      const pool = [...s.figs.filter((f) => f.start > fr.end), ...(next && !next.figs.some((f) => f.kind === "fraction") && !/^[\s*•-]*(?:by|theo|phân theo|chia theo)(?![\p{L}])/u.test(ctx.lower.slice(next.start, next.start + 20)) ? next.figs : [])];
      const others = pool.filter((f) => f.kind === "number" && isCount(f) && !used.has(f.id) && (f.noun ? sameNoun(f.noun, fr.noun) : true) && (!precededBy(ctx, f, NOT_PART_BEFORE) || precededBy(ctx, f, /(?:made|make|makes)[ \t]+up[ \t]*$/u)) && !precededBy(ctx, f, /(?:from|từ|so với|than|compared (?:with|to)|against|of)[ \t]*$/u) && !inBracketAfter(ctx, ctx.sentenceOf(f).start, f) && /^[ \t]*(?:[\p{L}\p{M}-]+[ \t]*)?(?:[,.;]|and|và|$)/u.test(ctx.lower.slice(f.end, f.end + 30).replace(fr.noun!, "")));
      if (!others.length || others.length !== pool.filter((f) => f.kind === "number" && isCount(f)).length) continue;
      out.push({ whole: fr, wholeNum: fr.denominator!, parts: [{ figure: fr, num: fr.numerator! }, ...others.map((f) => ({ figure: f, num: f.value! }))], exhaustive: false, listed: true });
      used.add(fr.id);
      for (const f of others) used.add(f.id);
    }
    // E) "Tỷ lệ lao động qua đào tạo đạt 68,5%, …, trong đó có bằng cấp, chứng chỉ đạt 24,6%": a rate
    // within a rate is never above it.
    for (const m of ctx.memo("part-intros", () => [...ctx.lower.matchAll(/(?<![\p{L}])(?:trong đó|of which|including)(?![\p{L}])/gu)])) {
      const p = m.index!;
      const si = ctx.sentenceIndexAt(p);
      if (si < 0) continue;
      const s = ctx.sentences[si];
      const rate = (f: Figure) => f.kind === "percent" && f.unit === "%" && !precededBy(ctx, f, /(?:tăng|giảm|so với|up|down|by|from|\()[ \t]*(?:khoảng[ \t]+)?$/u);
      const whole = lastNear(s, p, 90, (f) => rate(f) && p - f.end <= 90 && /(?:tỷ lệ|tỉ lệ|rate|coverage|proportion)[^;.]{0,60}$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 70), f.start)) && !/\([^)]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 30), f.start)));
      if (!whole) continue;
      const part = figuresStartingIn(s.figs, p, p + 71).find(rate);
      // ("tỷ lệ 11,42%; trong đó hộ nghèo dân tộc thiểu số 17.935 hộ, chiếm 72,3% tổng số hộ nghèo": a
      // share of a count said between them, or of a named total, is no rate within the rate.)
      if (part && (s.figs.some((f) => f.start > p && f.end <= part.start && f.kind === "number" && !isPercent(f)) || /^[ \t]*(?:của[ \t]+)?(?:tổng[ \t]+số|of[ \t]+(?:the[ \t]+)?total|of[ \t]+all)/u.test(ctx.lower.slice(part.end, part.end + 20)))) continue;
      // ("Tỷ lệ thất nghiệp 2,5%, trong đó thành thị 3,1%": the rate of a group, not a share of the
      // whole's base, may pass the overall rate.)
      if (!part || used.has(part.id) || /[;]/.test(ctx.lower.slice(p, part.start)) || /(?<![\p{L}])(?:thành thị|nông thôn|đô thị|nam|nữ|urban|rural|men|women|males?|females?|boys|girls|khu vực|vùng|huyện|tỉnh|region|area)(?![\p{L}])/u.test(ctx.lower.slice(p, part.start))) continue;
      // (Only those of the whole's base who also have something: "trong đó có bằng cấp, chứng chỉ đạt 24,6%".
      // A group named after the words has a rate of its own, above the whole's or not: "đạt 96,5%, trong đó
      // đối với cây lúa đạt 99,2%", "trong đó người dân tộc thiểu số đạt 99,3%".)
      // (Said of a quality some of the whole's base have, with no verb of its own: "nước hợp vệ sinh đạt 98,6%,
      // trong đó nước sạch theo quy chuẩn 54,2%".)
      const sub = ctx.lower.slice(p + m[0].length, part.start);
      if (!/^[ \t,:]*(?:có|được|with|having)(?![\p{L}])/u.test(sub) && (/(?<![\p{L}])(?:đạt|là|was|is|were|at|reached)[ \t]*$/u.test(sub) || !/\p{L}/u.test(sub))) continue;
      out.push({ whole, wholeNum: whole.value!, parts: [{ figure: part, num: part.value! }], exhaustive: false, cue: { start: p, end: p + m[0].length } });
    }
    out.push(...findTotalsAfter(ctx, used));
    out.push(...findAmountsThenTotal(ctx, used));
    out.push(...findBreakdownOpeners(ctx, used));
    out.push(...findAmountColonLists(ctx, used));
    out.push(...findAmountBulletLists(ctx, used));
    out.push(...findAmountParts(ctx, used));
    out.push(...findOfNamedAmountParts(ctx, used));
    out.push(...findTotalRows(ctx, used));
    out.push(...findBracketAmountParts(ctx, used));
    out.push(...findListParts(ctx, used));
    out.push(...findElidedParts(ctx, used));
    out.push(...findNamedItems(ctx, used));
    out.push(...findToDateParts(ctx, used));
    out.push(...findFigureComprises(ctx, used));
    out.push(...findBracketTwins(ctx, [...out], used));
    out.push(...findExaminedFound(ctx, used));
    out.push(...findSemicolonItems(ctx, used));
    // (Last: a bracket split with no opening word is the weakest reading of the figures.)
    out.push(...findBracketSplits(ctx, used));
    out.push(...findBracketCauses(ctx, used));
    out.push(...findRemainingLists(ctx, out));
    out.push(...findRateComponents(ctx));
    return withRestAfter(ctx, out.map((t) => withUntoldRest(ctx, t)).map((t) => gridColumn(ctx, t)).map((t) => t && ofAnotherMeasure(ctx, t)).filter((t): t is TotalParts => !!t).map(dropWordCountsOfOtherNouns).map(withoutNewcomers).map((t) => withoutBroader(ctx, t)).map((t) => withoutPriorYears(ctx, t)).map((t) => closedBeforeSemicolon(ctx, t)).map((t) => withoutLevelNumbers(ctx, t)).map((t) => withoutNotCounts(ctx, t)).map((t) => withoutPlanBrackets(ctx, t)).map((t) => withoutBandLimits(ctx, t)).filter((t) => !netWhole(ctx, t) && !placeScope(ctx, t) && !(t.parts.length > 0 && notParts(ctx, t)))).filter((t) => t.parts.length > 0 && !rateWhole(t) && !rowsOfMeasures(ctx, t) && !plannedWhole(ctx, t) && !countsKinds(t) && !multipleWhole(ctx, t) && !peopleOfThings(ctx, t) && !wordCountOfItems(t));
  });
}

/** "funded by … (£318.5m), the transport levy (£142.0m) and other sources", "gồm ngân sách trung ương
 * 62,5 tỷ đồng, ngân sách tỉnh 48,3 tỷ đồng và các nguồn vốn lồng ghép, huy động khác": a last item
 * named as the rest, with no figure, leaves the list short of its whole on purpose; so does a whole
 * that is only the base of shares. */
const UNTOLD_REST = /^[^\d;]{0,80}?(?:,|(?<![\p{L}])(?:and|và|cùng))[ \t]+(?:(?:the[ \t]+)?(?:other|others|remaining|rest|remainder|miscellaneous)(?![\p{L}])|(?:các|những|số)[ \t]+[^\d;.]{0,60}?(?<![\p{L}])(?:khác|còn[ \t]+lại)(?![\p{L}]))[^\d;]{0,60}(?:[;.]|$)/u;
function withUntoldRest(ctx: UnitContext, t: TotalParts): TotalParts {
  if (!t.exhaustive || !t.parts.length) return t;
  const last = t.parts[t.parts.length - 1].figure;
  const s = ctx.sentenceOf(last);
  if (!s) return t;
  const tail = ctx.lower.slice(last.end, s.end + 1).replace(/\([^()]*\)/gu, "");
  // ("Kết quả rà soát trên tổng số 47.750 hộ: còn 1.652 hộ nghèo, chiếm 3,46%, và 2.540 hộ cận nghèo": the
  // base the shares are taken of, not a whole the groups make up.)
  const base = /(?<![\p{L}])(?:trên[ \t]+tổng[ \t]+số|out[ \t]+of[ \t]+(?:a[ \t]+total[ \t]+of[ \t]+)?)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, t.whole.start - 20), t.whole.start));
  return UNTOLD_REST.test(tail) || base ? { ...t, exhaustive: false, open: true } : t;
}

/** "…186 hộ nghèo; số hộ nghèo cuối năm theo từng địa bàn, cụ thể:": after ";" a clause of its own
 * names a whole the text does not state; the count before it is not that whole. */
function otherClause(ctx: UnitContext, f: Figure, p: number): boolean {
  const between = ctx.lower.slice(f.end, p);
  return /;[ \t]*[\p{L}\p{M}][\p{L}\p{M} \t,]{6,}$/u.test(between) && !/;[ \t]*(?:trong đó|gồm|bao gồm|cụ thể|of which|including|in which)?[ \t,]*$/u.test(between);
}

/** "118 volunteers attended at least one of 31 training courses, including 42 who completed …": parts
 * that are people ("who") are no parts of a count of things. */
function peopleOfThings(ctx: UnitContext, t: TotalParts): boolean {
  const w = t.whole;
  // (Only a whole that counts plain things: courses, sites, sessions, grants.)
  if (!w.noun || PERSON_NOUN.test(w.noun) || w.unit || !/^(?:[\p{L}-]+[ \t]+)?(?:courses?|sessions?|sites?|events?|schemes?|projects?|grants?|visits?|meetings?|classes|workshops?|programmes?|buildings?|premises|locations?|venues?|schools?|days?|weeks?|months?)$/u.test(w.noun)) return false;
  return t.parts.some((p) => !p.figure.noun && /^[ \t]+(?:who|whom)(?![\p{L}])/u.test(ctx.lower.slice(p.figure.end, p.figure.end + 8)));
}

/** "Of 1,240 apprenticeship starts planned, 1,302 were achieved": a plan is no whole of what was done. */
function plannedWhole(ctx: UnitContext, t: TotalParts): boolean {
  const w = t.whole;
  // ("… 113.9% of the annual plan (6,000 permits). Of these, 6,072 went to …": a plan in brackets is
  // an aside; the parts outside the bracket are of what was done.)
  const close = ctx.text.indexOf(")", w.end);
  if (close >= 0 && close - w.end <= 40 && /(?:plan|target|budget|forecast|kế hoạch|mục tiêu|chỉ tiêu|dự toán)[^()]{0,30}\([^()]*$/u.test(ctx.lower.slice(Math.max(0, w.start - 80), w.start)) && t.parts.every((p) => p.figure.start > close)) return true;
  return /^[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:planned|targeted|budgeted|forecast|projected|theo kế hoạch|kế hoạch)(?![\p{L}])/u.test(ctx.lower.slice(w.end, w.end + 50)) && t.parts.some((p) => p.figure.value && w.value && new D(p.figure.value.exact).gt(w.value.exact));
}

/** "năng suất bình quân 58,6 tạ/ha": a rate per unit is no total of its items' rates. A flow per
 * unit of time is ("1.184 tấn/ngày, trong đó đô thị 742 tấn/ngày, nông thôn 442 tấn/ngày"): what
 * each source yields a day adds up to what all yield a day. */
const PER_TIME = /\/[ \t]*(?:ngày|tháng|năm|giờ|tuần|day|month|year|hour|week|d|h|yr|annum)$/u;
function rateWhole(t: TotalParts): boolean {
  const u = t.whole.unit;
  if (u && PER_TIME.test(u) && t.parts.every((p) => p.figure.unit === u)) return false;
  return !!t.whole.unit?.includes("/") || t.parts.some((p) => !!p.figure.unit?.includes("/"));
}

/** "- Đường bộ: 180 vụ, chết 138 người, bị thương 121 người;": list lines that each give several
 * counts are rows of a table, not parts of one whole. */
function rowsOfMeasures(ctx: UnitContext, t: TotalParts): boolean {
  if (!t.listed || t.amounts) return false;
  const rows = new Map<number, number>();
  for (const p of t.parts) {
    const k = ctx.sentenceIndexAt(p.figure.start);
    const line = ctx.sentences[k];
    if (!line || !LIST_ITEM_START.test(ctx.text.slice(line.start, line.start + 12).replace(/^\s*\n/u, ""))) return false;
    rows.set(k, (rows.get(k) ?? 0) + 1);
  }
  return rows.size >= 2 && [...rows.values()].some((n) => n >= 2);
}

export interface Ratio {
  figure: Figure;
  isRank: boolean;
  /** X/Y read as a part of a whole; false where "achieved/target" is the likelier reading. */
  partOfWhole: boolean;
}

export function findRatios(ctx: UnitContext, totals: TotalParts[]): Ratio[] {
  return ctx.memo("ratios", () => {
    const out: Ratio[] = [];
    const statedTotals = new Map<string, Set<string>>();
    for (const f of ctx.figures) if (f.kind === "number" && isCount(f) && f.noun) {
      const k = nounKey(f.noun)!;
      let set = statedTotals.get(k);
      if (!set) statedTotals.set(k, (set = new Set()));
      set.add(f.value!.exact);
    }
    const inTotals = new Set<Figure>();
    for (const t of totals) {
      inTotals.add(t.whole);
      for (const p of t.parts) inTotals.add(p.figure);
    }
    for (const s of ctx.sentences) {
      for (let fi = 0; fi < s.figs.length; fi++) {
        const f = s.figs[fi];
        if (f.kind !== "fraction") continue;
        const isRank = precededBy(ctx, f, /(?:xếp|đứng|xếp hạng|hạng|thứ|ranked|ranking|rank|place|position)[ \t]*(?:thứ)?[ \t]*$/u) || /^\d+(?:st|nd|rd|th)(?![\p{L}])/u.test(f.text);
        if (isRank) {
          out.push({ figure: f, isRank: true, partOfWhole: false });
          continue;
        }
        // "đạt 412/400 …, đạt 103% chỉ tiêu": a share of plan follows, so X/Y is achieved/target.
        const after = ctx.lower.slice(f.end, Math.min(s.end, f.end + 80));
        // Or a bracketed percent above 100 ("186/180 blocks were completed (103.3% of the target)").
        let nextPct: Figure | undefined;
        for (let j = fi + 1; j < s.figs.length && s.figs[j].start - f.end <= 80; j++) {
          if (s.figs[j].kind === "percent") {
            nextPct = s.figs[j];
            break;
          }
        }
        const over100 = !!nextPct && /^[ \t\p{L}]*[(,][ \t]*$/u.test(ctx.lower.slice(f.end, nextPct.start)) && Number(nextPct.value!.exact) > 100;
        const planFollows = over100 || /(?:đạt|bằng|vượt|hoàn thành|achieved|reaching|or)[ \t]+(?:khoảng[ \t]+|gần[ \t]+)?\d[\d.,]*[ \t]*%/u.test(after);
        const money = !!(f.unit || f.scale);
        const population = !!f.noun && POPULATION.test(f.noun);
        const matchesTotal = !!f.noun && !!statedTotals.get(nounKey(f.noun)!)?.has(f.denominator!.exact);
        const inParts = inTotals.has(f);
        // "17 of the 14 offices", "5 trong tổng số 4 xã": the words themselves make X a subset of Y.
        const subsetWords = /[ \t](?:of|out[ \t]+of|trong[ \t]+(?:tổng[ \t]+)?số)[ \t]/u.test(f.text.toLowerCase());
        out.push({ figure: f, isRank: false, partOfWhole: !money && !planFollows && (population || matchesTotal || inParts || subsetWords) });
      }
    }
    return out;
  });
}

/** "3,482 CAS for the two intakes. Of these, 3,196 …", "three measurable targets: 10,500 volunteer hours,
 * 60 school sessions and …": a small count in words says how many things there are, and the figures
 * after it measure something else; it is no whole of them. */
function wordCountOfItems(t: TotalParts): boolean {
  const w = t.whole;
  if (!w.words || !w.value) return false;
  const v = new D(w.value.exact);
  return t.parts.some((p) => p.figure.noun !== w.noun && new D(p.num.exact).gt(v));
}
