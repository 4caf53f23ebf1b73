// Groups of one whole named on different dimensions may overlap: "of whom 286 were women and 342
// were nurses", "trong đó 1.288 hộ trồng lúa, 1.377 hộ chăn nuôi lợn", "£593m was funded by
// borrowing and £750m was spent on schools". Their sum may pass the whole or fall short of it.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";

const DIMENSIONS: [string, RegExp][] = [
  ["sex", /(?<![\p{L}])(?:nữ|nam|phụ nữ|female|male|women|men|girls|boys)(?![\p{L}])/u],
  ["age", /(?<![\p{L}])(?:aged|older people|elderly|pensioners|cao tuổi|tuổi|under[ \t]+\d+|over[ \t]+\d+)(?![\p{L}])/u],
  ["ethnic", /(?<![\p{L}])(?:dân tộc|ethnic|minority|minorities)(?![\p{L}])/u],
  ["disability", /(?<![\p{L}])(?:disabled|disability|khuyết tật)(?![\p{L}])/u],
  ["role", /(?<![\p{L}])(?:nurses?|doctors?|midwives|teachers?|carers?|volunteers?|điều dưỡng|bác sĩ|giáo viên|tình nguyện viên)(?![\p{L}])/u],
  ["origin", /(?<![\p{L}])(?:from overseas|overseas|international|foreign|nội tỉnh|ngoại tỉnh|quốc tế|nước ngoài)(?![\p{L}])/u],
  ["income", /(?<![\p{L}])(?:low-income|low income|hộ nghèo|cận nghèo|free school meals|deprived)(?![\p{L}])/u],
  ["hours", /(?<![\p{L}])(?:part-time|full-time|part time|full time|bán thời gian)(?![\p{L}])/u],
  ["view", /(?<![\p{L}])(?:satisfied|dissatisfied|hài lòng)(?![\p{L}])/u],
  ["channel", /(?<![\p{L}])(?:trực tuyến|online|qua mạng|in person)(?![\p{L}])/u],
  ["field", /(?<![\p{L}])(?:lĩnh vực|giáo dục|y tế|đất đai|schools|education|health|highways)(?![\p{L}])/u],
  ["funding", /(?<![\p{L}])(?:vốn vay|borrowing|borrowed|loans?)(?![\p{L}])/u],
  ["profit", /(?<![\p{L}])(?:có lãi|thua lỗ|profitable|loss-making)(?![\p{L}])/u],
  ["employment", /(?<![\p{L}])(?:trực tiếp|gián tiếp|directly|indirectly)(?![\p{L}])/u],
  ["stay", /(?<![\p{L}])(?:lưu trú|qua đêm|overnight)(?![\p{L}])/u],
  ["crop", /(?<![\p{L}])(?:trồng lúa|trồng|crops?|arable)(?![\p{L}])/u],
  ["livestock", /(?<![\p{L}])(?:chăn nuôi|livestock)(?![\p{L}])/u],
  ["away", /(?<![\p{L}])(?:làm ăn xa|đi làm xa|migrant)(?![\p{L}])/u],
  ["sector", /(?<![\p{L}])(?:thương mại|dịch vụ|công nghiệp|manufacturing|retail|hospitality)(?![\p{L}])/u],
  ["rating", /(?<![\p{L}])(?:giỏi|xuất sắc|tiêu biểu)(?![\p{L}])/u],
];

/** The words that name a part: its label before it ("vốn vay 961 tỷ đồng", "nữ 2.310 người"), its
 * noun and what follows it up to the next part. */
function itemWords(ctx: UnitContext, f: Figure, prev: Figure | undefined, next: Figure | undefined): string {
  const q = f.qualifiers[0]?.start ?? f.start;
  const before = ctx.lower.slice(Math.max(prev ? prev.end : 0, q - 40), q);
  const label0 = before.split(/[,;:(]|(?<![\p{L}])(?:và|and|trong đó|gồm|including|of which|of whom)(?![\p{L}])/u).pop() ?? "";
  // ("530 lao động trực tiếp (chiếm 42,7%)": a share in its bracket is named by the words before it.)
  const label = /^[ \t]*(?:chiếm|bằng|accounting[ \t]+for|or)?[ \t]*$/u.test(label0) ? (before.split(/[,;:]|(?<![\p{L}])(?:và|and|trong đó|gồm|including|of which|of whom)(?![\p{L}])/u).pop() ?? "") : label0;
  const end = next ? (next.qualifiers[0]?.start ?? next.start) : f.end + 60;
  return label + " " + ctx.lower.slice(f.end, Math.min(end, f.end + 60)).split(/[,;.:()]|(?<![\p{L}])(?:và|and)(?![\p{L}])/u)[0];
}

function dimension(words: string): string | undefined {
  const hits = DIMENSIONS.filter(([, re]) => re.test(words));
  return hits.length === 1 ? hits[0][0] : undefined;
}

/** Every part named on a dimension of its own, no two on the same one. */
export function overlappingGroups(ctx: UnitContext, parts: Figure[]): boolean {
  if (parts.length < 2) return false;
  const dims = parts.map((f, i) => dimension(itemWords(ctx, f, parts[i - 1], parts[i + 1])));
  return dims.every((d) => !!d) && new Set(dims).size === dims.length;
}

const TIER = /^[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,2}?(?:đạt[ \t]+)?(?:chuẩn[ \t]+)?(?:nông[ \t]+thôn[ \t]+mới[ \t]+|ntm[ \t]+)?(nâng[ \t]+cao|kiểu[ \t]+mẫu|advanced|model)(?![\p{L}])/u;
const MET = /(?<![\p{L}])đạt[ \t]+chuẩn|met[ \t]+the[ \t]+standard/u;

/** "118 xã đạt chuẩn nông thôn mới, 27 xã đạt chuẩn nâng cao và 6 xã đạt chuẩn kiểu mẫu": the higher
 * tiers of a standard are counted among those that met it. */
export function nestedTiers(ctx: UnitContext, parts: Figure[]): boolean {
  const said = parts.map((f) => ctx.lower.slice(f.end, f.end + 50).split(/[,;.(]/u)[0]);
  const tier = said.map((t) => TIER.test(t));
  return tier.some((x) => x) && said.some((t, k) => !tier[k] && MET.test(t));
}

/** What an examination counts its items by: "officers checked all 1,412 let plots", "Clinical audit
 * sampled 240 CDC reports", "carried out 312 home visits", "kiểm tra hồ sơ 42 phiên". */
const EXAMINED = /(?<![\p{L}])(?:checked|inspected|assessed|audited|sampled|tested|surveyed|reviewed|examined|screened|kiểm[ \t]+tra|thanh[ \t]+tra|rà[ \t]+soát|khảo[ \t]+sát|giám[ \t]+sát|đánh[ \t]+giá)(?:[ \t]+(?:all|every|a[ \t]+total[ \t]+of|the|hồ[ \t]+sơ|tổng[ \t]+số))?[ \t]*$/u;
/** Examinations carried out, counted by their own noun: "carried out 312 home visits". (Not any count
 * made or done: "made 412 referrals: 212 were …, 150 came from …" is a split by source.) */
const CONDUCTED = /(?<![\p{L}])(?:carried[ \t]+out|conducted|undertook|completed)(?:[ \t]+(?:all|a[ \t]+total[ \t]+of|the))?[ \t]*$/u;
const EXAMINATION = /(?<![\p{L}])(?:visits?|inspections?|checks?|audits?|reviews?|tests?|assessments?|surveys?)$/u;
/** A bound in time on an item: "due to mature within three months", "more than 12 months old". */
const TIME_BOUND = /(?<![\p{L}])(?:within|in[ \t]+(?:the[ \t]+)?next|after|more[ \t]+than|less[ \t]+than|over|under|up[ \t]+to)[ \t]+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)[ \t]+(?:days?|weeks?|months?|years?)(?![\p{L}])/u;
/** Times told as a verdict ("late", "overdue", "on time"): then the items split by when. */
const LATE = /(?<![\p{L}])(?:late|overdue|on[ \t]+time|in[ \t]+time|early|delayed|timely|lapsed|expired)(?![\p{L}])/u;
/** A verb that opens an item's own clause. */
const VERB = /^(?:were|was|are|is|had|have|has|contains?|contained|met|meets|led|made|gave|took|held|showed|shows|needed|needs|required|requires|[a-z]+ed)$/u;
/** Words that set one outcome against another ("found full compliance … minor non-compliance", "29
 * were resolved and 15 remain active", "were not substantiated"): then the items are one divide. */
const CONTRAST = /(?<![\p{L}])(?:not|non-[\p{L}]+|no|never|failed|fail|unsatisfactory|partially|partly|remain|remains|remained|still|open|active|outstanding|withdrawn|rest|remaining|remainder|others?|minor|serious|either|neither)(?![\p{L}])/u;
/** A fault an item is counted by: "chưa đầy đủ thông tin", "không đúng thời hạn", "sai quy định". */
const FAULT_ITEM = /(?<![\p{L}])(?:chưa|không|sai|thiếu|chậm|trễ|quá[ \t]+hạn|not|without|late|incorrect|incomplete|missing|wrong|inaccurate|out[ \t]+of[ \t]+date)(?![\p{L}])/u;
/** A whole counted as the items with a fault: "phát hiện 19 đơn vị có sai sót", "found 6 files with errors". */
const FAULT_WHOLE = /^[ \t]+(?:[\p{L}\p{M}]+[ \t]+){0,3}?(?:có|bị|with|had|having|showing)[ \t]+(?:(?:some|one[ \t]+or[ \t]+more|at[ \t]+least[ \t]+one|một[ \t]+số)[ \t]+)?(?:sai[ \t]+sót|sai[ \t]+phạm|thiếu[ \t]+sót|tồn[ \t]+tại|hạn[ \t]+chế|lỗi|khuyết[ \t]+điểm|errors?|faults?|defects?|deficiencies|shortcomings|issues)(?![\p{L}])[ \t]*,?[ \t]*$/u;

/** The clause an item opens, up to the next item or the clause's end. */
function ownClause(ctx: UnitContext, parts: Figure[], i: number): string {
  const f = parts[i];
  const to = i + 1 < parts.length ? (parts[i + 1].qualifiers[0]?.start ?? parts[i + 1].start) : f.end + 90;
  return ctx.lower.slice(f.end, to).split(/[;.](?![\d])|\n/u)[0].replace(/[ \t]*(?:,|;|(?<![\p{L}])(?:and|và))[ \t]*$/u, "");
}

/**
 * Findings of one examination, each a property of its own that one item may have with the others:
 * "The condition survey assessed 186 buildings: 142 were in condition A or B, 61 are listed … and 38
 * contain asbestos", "Internal audit tested 120 contract awards: 112 complied fully …, 38 were call-offs
 * … and 9 relied on an approved waiver"; "phát hiện 19 đơn vị có sai sót, trong đó 14 đơn vị ghi sổ …
 * chưa đầy đủ thông tin, 9 đơn vị lưu trữ hồ sơ chưa đúng quy định": kinds of fault, which one unit may
 * have both of. Their sum may pass the whole; each of them may not.
 * (Not an outcome set against another, "4,912 found full compliance; a further 661 found minor
 * non-compliance", nor items all told by one verb, "29 were resolved and 15 were closed".)
 */
export function overlappingFindings(ctx: UnitContext, whole: Figure, parts: Figure[]): boolean {
  if (parts.length < 2 || parts.some((p) => p.unit || p.qualifiers.length || p.start < whole.end)) return false;
  const clauses = parts.map((_, i) => ownClause(ctx, parts, i));
  if (clauses.some((c) => CONTRAST.test(c))) return false;
  const sameNoun = (p: Figure) => !p.noun || p.noun === whole.noun || (!!whole.noun && whole.noun.endsWith(` ${p.noun}`)) || (!!whole.noun && p.noun.split(" ")[0] === whole.noun.split(" ")[0]);
  const gap = ctx.lower.slice(whole.end, parts[0].qualifiers[0]?.start ?? parts[0].start);
  // Kinds of fault under a whole counted by its faults.
  const faultGap = /^(.*?)[ \t]*(?:trong[ \t]+đó|of[ \t]+which|including)(?:[ \t]+có)?[ \t]*$/u.exec(gap);
  if (faultGap && parts.every(sameNoun) && FAULT_WHOLE.test(faultGap[1]) && clauses.every((c) => FAULT_ITEM.test(c) && /[\p{L}]{2,}[ \t]+[\p{L}]{2,}/u.test(c.replace(whole.noun ?? "\u0000", "")))) return true;
  // ("held 42 separate investments: 28 were fixed-term deposits, 19 were due to mature within three
  // months and 7 were holdings in money market funds": one item bounded in time among kinds that are
  // not is when some of those kinds fall due, not a kind of its own.)
  const timed = clauses.map((c) => TIME_BOUND.test(c));
  if (ctx.lang === "en" && parts.length >= 3 && timed.filter((x) => x).length === 1 && !LATE.test(clauses.join(" ")) && /^[^\d;.]{0,80}:[ \t]*$/u.test(gap) && clauses.every((c) => /^[ \t]*(?:were|was|are|is)[ \t]+[\p{L}]/u.test(c))) return true;
  // Findings of an examination told after its colon, each by a verb of its own.
  const q = whole.qualifiers[0]?.start ?? whole.start;
  const lead = ctx.lower.slice(Math.max(ctx.sentenceOf(whole).start, q - 40), q);
  if (ctx.lang !== "en" || !(EXAMINED.test(lead) || (CONDUCTED.test(lead) && EXAMINATION.test(whole.noun ?? "")))) return false;
  if (!/^[^\d;.]{0,80}:[ \t]*$/u.test(gap)) return false;
  // (Each count the subject of its verb, whatever was read as its noun: "58 followed intelligence reports".)
  const frames = clauses.map((c) => {
    const words = c.replace(/^[ \t]*\([^()]*\)/u, "").trim().split(/[ \t]+/u);
    // ("were fully cultivated", "had been double-reported": the auxiliary and its word say the frame.)
    return /^(?:were|was|are|is|had|have|has|been)$/u.test(words[0] ?? "") ? `${words[0]} ${/^(?:been|fully|partly|already|also)$/u.test(words[1] ?? "") ? words[2] ?? "" : ""}` : words[0] ?? "";
  });
  return frames.every((f) => VERB.test(f.split(" ")[0])) && new Set(frames).size >= 2 && new Set(frames.map((f) => f.split(" ")[0])).size >= 2;
}
