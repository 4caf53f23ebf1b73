// status-contradiction: a status word (vượt, đạt và vượt, không đạt; exceeded, met, missed) that the
// figure it judges contradicts: "đạt và vượt" at 98% of plan, "vượt mục tiêu" below the target.
import type { UnitContext } from "../claims/context.ts";
import { findHeaders, findPlanShares, findTargetMargins, findValueTargets, verdictsFor, type PlanShare, type ValueTarget } from "../claims/plan.ts";
import { findAnaphoraTargets } from "../claims/anaphora-target.ts";
import { clauseVerdict, findStatuses, HEDGE, statusWord, verdictOf, type Status } from "../claims/status.ts";
import { fmt, fmtRange } from "../math/format.ts";
import { asWritten } from "../claims/amounts.ts";
import { D, Interval } from "../math/interval.ts";
import { findRatingConflicts, findTableStatuses, findVerdictTallies } from "../claims/table-status.ts";
import { findStatusCounts } from "../claims/status-count.ts";
import { findRowTargets } from "../claims/row-target.ts";
import type { Figure, Num } from "../types.ts";

export const RULE = "status-contradiction";

/** After a target: "…, so the standard was met", "…, so this target was missed for a third year". */
const THE_TARGET = /^[\s"“]*(?:(?:như vậy|vì vậy|do đó|therefore|thus|so|accordingly)[ \t]*,?[ \t]*)?(?:the|this|that|chỉ tiêu|mục tiêu)(?:[ \t]+(?:target|standard|goal|này|đó|nói trên))?(?:[ \t]+(?:of|là)[ \t]+\d[\d.,]*[ \t]*%)?(?:[ \t]+(?:was|has been|is|were|therefore|thus|so|also|again|still|đã|vẫn|đều|cũng|clearly|comfortably|narrowly|just|easily|only[ \t]+just|well))*[ \t]+((?:not[ \t]+)?(?:met|missed|achieved|exceeded)|chưa đạt|không đạt|đạt|vượt)(?![\p{L}])/u;
/** "…, against a target of 65% in the Sufficiency Strategy 2022–2025, so the service fell short of
 * the target": a subject's own verb on "the target" just named. */
const SUBJECT_VERDICT = /^(?:[^;.]|(?<=\d)\.(?=\d)){0,60}?,[ \t]*(?:so|thus|therefore|hence|meaning)[ \t]+(?:(?:the|this|that|our|its|we)(?:[ \t]+[\p{L}'’-]+){0,3}?|[\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+)?)[ \t]+(?:(?:has|have|had)[ \t]+)?(?:exceeded|surpassed|beat|met|missed|fell[ \t]+short[ \t]+of|did[ \t]+not[ \t]+meet|failed[ \t]+to[ \t]+meet)[ \t]+(?:(?:the|its|our|their|this)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:target|standard|goal)(?![\p{L}])|it(?=[ \t]*(?:[.;,]|$)))/u;
/** "… against a target of 90%. Performance therefore exceeded the target by 2.7 percentage points",
 * "… . The partnership therefore exceeded its annual target": the next sentence's subject, a word
 * that draws the conclusion, and its verdict on the target just named. */
const NEXT_VERDICT = /^[\s"“]*(?:the[ \t]+|this[ \t]+|our[ \t]+)?(?:[\p{L}'’-]+[ \t]+){0,3}?(?:therefore|thus|so|accordingly|consequently)[ \t]+(?:(?:has|have|had)[ \t]+)?((?:exceeded|surpassed|beat|met|missed|fell[ \t]+short[ \t]+of|did[ \t]+not[ \t]+meet|failed[ \t]+to[ \t]+meet))[ \t]+(?:the|its|our|their|this)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:target|standard|goal)(?![\p{L}])/u;
/** "…, against a target of 95%, and so fell just short of the target"; "…, against a target of 42.0
 * minutes; the company therefore missed its CML target": a verdict that follows from the two. */
const SO_VERDICT = /^(?:[^;.]|(?<=\d)\.(?=\d)){0,40}?(?:,[ \t]*(?:and[ \t]+)?(?:so|thus|therefore|hence)|;[ \t]*(?:[\p{L}'’-]+[ \t]+){0,4}?(?:therefore|thus|so|accordingly|consequently))[ \t]+(?:(?:has|have|had|was|were)[ \t]+)?(?:(?:just|narrowly|comfortably|well|again|also)[ \t]+)?(exceeded|surpassed|beat|met|missed|(?:fell|falls)[ \t]+(?:just[ \t]+|narrowly[ \t]+)?short[ \t]+of|did[ \t]+not[ \t]+meet|failed[ \t]+to[ \t]+meet)[ \t]+(?:the|its|our|their|this|that)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:target|standard|goal)(?![\p{L}])/u;
const AFTER_TARGET = /^\)?[ \t]*,[ \t]*(?:(?:well|comfortably|just|narrowly|slightly|still|again)[ \t]+)?(?:ahead[ \t]+of|behind|short[ \t]+of|below)[ \t]+(?:the|its|our|their)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:target|standard|plan|goal|trajectory|profile)(?![\p{L}])|^(?:[^;.]|(?<=\d)\.(?=\d)){0,25}?,[ \t]*which[ \t]+(?:(?:we|it|they)[ \t]+)?(?:(?:have|has|was|were|had)[ \t]+)?(?:(?:therefore|thus|again|also|comfortably|narrowly|just)[ \t]+)?(?:not[ \t]+)?(?:met|missed|exceeded|achieved|surpassed)(?![\p{L}])|^\)?[ \t]*,[ \t]*(?:(?:so|thus|therefore|comfortably|narrowly|just)[ \t]+)?(?:exceeding|beating|surpassing|meeting|missing)[ \t]+(?:the|its|our|their|this|that)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:target|plan|standard|goal|trajectory|profile)(?![\p{L}])|^\)?[ \t]*,[ \t]*(?:this|the|that)[ \t]+(?:target|indicator|goal|standard|commitment)[ \t]+(?:was|has been|is|had been)[ \t]+(?:not[ \t]+)?(?:met|missed|achieved|exceeded)(?![\p{L}])|^(?:[^;.]|(?<=\d)\.(?=\d)){0,25}?(?:[ \t]*[—–-][ \t]*|\)?[ \t]*:[ \t]*)(?:not[ \t]+)?(?:met|missed|achieved|exceeded|đạt|không đạt|chưa đạt|vượt)(?![\p{L}])|^(?:[^;.]|(?<=\d)\.(?=\d)){0,25}?,?[ \t]*(?:so|thus|therefore|hence|meaning|and|vì vậy|do đó|như vậy|thì)[ \t]+(?:the|this|that|our|its|chỉ tiêu|mục tiêu)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:standard|target|goal|commitment|threshold|kpi|này|đề ra)?[ \t]*(?:was|were|has been|is|have been|đã|đều)?[ \t]*(?:(?:narrowly|comfortably|just|easily|clearly|well|only[ \t]+just|again|also)[ \t]+)?(?:not[ \t]+)?(?:met|missed|achieved|exceeded|đạt|vượt|không đạt|chưa đạt)(?![\p{L}])|^(?:[^;.]|(?<=\d)\.(?=\d)){0,40}?[;,][ \t]*(?:and[ \t]+)?(?:the|this|that|our|its)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:target|goal|standard|commitment|ambition|threshold)[ \t]+(?:was|were|has been|is|had been)[ \t]+(?:therefore[ \t]+|thus[ \t]+|also[ \t]+|again[ \t]+)?(?:not[ \t]+)?(?:met|missed|achieved|exceeded|surpassed)(?![\p{L}])|^(?:[^;.]|(?<=\d)\.(?=\d)){0,25}?,?[ \t]*(?:so|thus|therefore|and|meaning)[ \t]+(?:we|it)[ \t]+(?:have[ \t]+|has[ \t]+)?(?:(?:narrowly|comfortably|just|again|also|easily|clearly|only[ \t]+just)[ \t]+)?(?:met|missed|achieved|exceeded|surpassed|beat|fell short)(?![\p{L}])|^(?:[^;.]|(?<=\d)\.(?=\d)){0,25}?,[ \t]*(?:thus[ \t]+|so[ \t]+|and[ \t]+)?(?:(?:narrowly|comfortably|easily|just|well|clearly)[ \t]+)?(?:outperforming|underperforming|outperformed|underperformed|(?:exceeding|beating|missing|surpassing|meeting|hitting)[ \t]+(?:it|them|the[ \t]+(?:target|benchmark|standard))|falling[ \t]+short(?:[ \t]+of[ \t]+it)?)(?![\p{L}])/u;

/** A verdict word alone before a bracket that holds the target and the value. */
const BRACKET_VERDICT = /(?<![\p{L}])(chưa đạt|không đạt|đạt và vượt|hoàn thành vượt|vượt|chưa hoàn thành|không hoàn thành|đã đạt|not met|not achieved|met|exceeded|surpassed|missed|fell short)[ \t]*$/u;

/** "Both targets were met", "Cả hai chỉ tiêu đều đạt", "All three standards were missed". */
const BOTH_TARGETS = /^[ \t*_]*(both|all|cả hai|cả|các)(?:[ \t]+(two|three|four|\d+|hai|ba|bốn))?[ \t]+(?:of[ \t]+the(?:se)?[ \t]+)?(?:targets|standards|goals|chỉ tiêu|mục tiêu)(?:[ \t]+(?:này|trên))?[ \t]+(?:(?:were|have been|are|đều|đã)[ \t]+){0,2}((?:not[ \t]+)?(?:met|missed|achieved|exceeded)|không đạt|chưa đạt|đạt|vượt)(?![\p{L}])/u;

/** "…, and is now above the target of 48.0%": the value compared with the target just after it. */
const REL_TARGET = /(?<![\p{L}])(above|over|higher than|below|under|lower than)[ \t]+(?:the|its|our|their|an?)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:target|goal|standard|benchmark)[ \t]+(?:of[ \t]+)?$/u;

/** A header that names the plan its items are measured against. */
const PLAN_NEAR = /(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|nghị quyết|plan|target|estimate|budget)/u;

function mainNum(f: Figure): Num {
  return (f.value ?? f.low ?? f.numerator)!;
}

/** The share of plan a figure states, in percent: "vượt 4%" is 104%, "giảm 3% so với KH" 97%. */
export function shareInterval(ctx: UnitContext, p: PlanShare): Interval {
  const iv = ctx.interval(p.figure, mainNum(p.figure));
  if (p.reading === "excess") return iv.add(Interval.point(100));
  if (p.reading === "shortfall") return Interval.point(100).sub(iv);
  return iv;
}

/** Whether a share (in % of plan) can satisfy the status. */
function holds(st: Status, s: Interval): boolean {
  switch (st) {
    case "exceed":
      return s.hi.gt(100);
    case "meet":
    case "meetOrExceed":
      return s.hi.gte(100);
    case "miss":
      return s.lo.lt(100);
  }
}

export function checkPlanShares(ctx: UnitContext): void {
  const headers = findHeaders(ctx);
  const lang = ctx.lang;
  for (const p of findPlanShares(ctx)) {
    const s = ctx.sentenceOf(p.figure);
    const verdicts = verdictsFor(ctx, s, p.figure, headers).filter((v) => !p.bare || (v.scope === "header" && PLAN_NEAR.test(ctx.lower.slice(Math.max(0, v.start - 30), v.end + 30))));
    if (!verdicts.length) continue;
    const share = shareInterval(ctx, p);
    const n = mainNum(p.figure);
    const shown = fmt(share.mid, lang, n.decimals);
    for (const v of verdicts) {
      const ok = holds(v.status, share);
      const word = { vi: statusWord(v.status, "vi"), en: statusWord(v.status, "en") };
      const need = v.status === "exceed" ? "> 100%" : v.status === "miss" ? "< 100%" : "≥ 100%";
      const where = {
        vi: v.scope === "header" ? `Được liệt kê là "${ctx.text.slice(v.start, v.end)}"` : `Ghi "${ctx.text.slice(v.start, v.end)}"`,
        en: v.scope === "header" ? `Listed under "${ctx.text.slice(v.start, v.end)}"` : `Said to be "${ctx.text.slice(v.start, v.end)}"`,
      };
      const reading = p.reading === "share" ? "" : p.reading === "excess" ? ` (100% + ${fmt(mainNum(p.figure).exact, lang)}%)` : ` (100% − ${fmt(mainNum(p.figure).exact, lang)}%)`;
      ctx.emit({
        kind: "share-of-plan",
        rule: RULE,
        roles: [{ figure: p.figure, role: lang === "vi" ? "tỷ lệ so với kế hoạch" : "share of plan" }],
        ok,
        explain: {
          vi: `${shown}% kế hoạch${reading}; "${word.vi}" cần ${need} ${ok ? "✓" : "✗"}`,
          en: `${shown}% of plan${reading}; "${word.en}" needs ${need} ${ok ? "✓" : "✗"}`,
        },
        message: {
          vi: `${where.vi} nhưng ${v.status === "miss" ? "đã đạt" : "chỉ đạt"} ${shown}% kế hoạch${reading} (cần ${need})`,
          en: `${where.en} but stands at ${shown}% of plan${reading} (needs ${need})`,
        },
        related: [{ span: v, message: { vi: `từ đánh giá "${word.vi}"`, en: `status word "${word.en}"` } }],
      });
    }
  }
}

/** A target is set, not measured: "kế hoạch 7%" means 7 exactly, not anything that rounds to 7. */
function exactTarget(t: Figure, n: Num): Interval {
  const v = Interval.point(n.exact);
  return t.scale ? v.scale(t.scale.factor) : v;
}

function targetInterval(t: Figure): Interval {
  if (t.kind === "range") return new Interval(exactTarget(t, t.low!).lo, exactTarget(t, t.high!).hi);
  return exactTarget(t, mainNum(t));
}

const DURATION = /^(?:days?|working days?|calendar days?|weeks?|hours?|minutes?|mins?|months?|ngày(?:[ \t]+làm[ \t]+việc)?|giờ|phút|tuần)$/u;
const FLOOR_WORDS = /(?<![\p{L}])(?:at least|minimum|or more|no fewer|tối thiểu|ít nhất|trở lên|không dưới)(?![\p{L}])/u;
const TIME_TAKEN = /(?<![\p{L}])(?:took|taken|take|takes|time|times|wait\p{L}*|process\p{L}*|length[ \t]+of[ \t]+stay|complet\p{L}*[ \t]+in|in[ \t]+an[ \t]+average|within|turnaround|re-?let|respon\p{L}*|answer\p{L}*|determin\p{L}*|decid\p{L}*|resolv\p{L}*|clear\p{L}*|thời[ \t]+gian|mất|giải[ \t]+quyết|xử[ \t]+lý)(?![\p{L}])/u;
function isDuration(f: Figure): boolean {
  return f.kind === "number" && !f.unit && !!f.noun && DURATION.test(f.noun);
}

/** The value's position against the target: "below", "within", "above" or undecided. */
function position(v: Interval, t: Interval, tLo: Interval, tHi: Interval): "below" | "above" | "reached" | "unknown" {
  if (v.hi.lt(tLo.lo)) return "below";
  if (v.lo.gt(tHi.hi)) return "above";
  if (v.lo.gte(tLo.hi)) return "reached";
  void t;
  return "unknown";
}

export function checkValueTargets(ctx: UnitContext): ValueTarget[] {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  // (Copies: the check settles lowerIsBetter on its own, the readings are shared.)
  const found = [...findValueTargets(ctx), ...findAnaphoraTargets(ctx)].map((vt) => ({ ...vt }));
  for (const vt of found) {
    // ("giảm còn 2,14% (712/33.270 hộ), từ mức 5,59% (1.824/32.630 hộ) đầu giai đoạn, đạt mục tiêu": where a
    // level came from is not the level a verdict judges.)
    const vq = vt.value.qualifiers[0]?.start ?? vt.value.start;
    if (/(?<![\p{L}])(?:từ|from)(?:[ \t]+mức)?[ \t]+(?:\d[\d.,]*[ \t]*%[ \t]*\([ \t]*)?$/u.test(ctx.lower.slice(Math.max(0, vq - 30), vq))) continue;
    // ("28,460 tonnes, 24.6% below the 2019/20 baseline … and ahead of the 20% interim target": a share that
    // is the gap from a baseline is how far it has come, not the level a lower-is-better target caps.)
    if (vt.lowerIsBetter && vt.value.unit === "%" && /^[ \t]+(?:below|lower[ \t]+than|under|less[ \t]+than|down[ \t]+on|thấp[ \t]+hơn|dưới|giảm[ \t]+so[ \t]+với)[ \t]+(?:the|its|our|their|mức)?[ \t]*(?:(?:19|20)\d\d(?:\/\d{2,4})?[ \t]+)?(?:baseline|base[ \t]+year|level|năm[ \t]+gốc|mức[ \t]+cơ[ \t]+sở)/u.test(ctx.lower.slice(vt.value.end, vt.value.end + 50))) continue;
    // ("length of stay was 5.2 days, achieving the target of 5.5 days", "completed in an average of 142
    // days, achieving the target of 150 days": a time taken is better short, unless the target says
    // it is a floor.)
    // (Not time given or held: "5.8 days of supply", "412,560 hours of their time".)
    if (!vt.lowerIsBetter && isDuration(vt.value) && isDuration(vt.target) && !FLOOR_WORDS.test(ctx.lower.slice(Math.max(0, vt.target.start - 30), vt.target.end + 20)) && !/^[ \t]+[\p{L}]+[ \t]+of(?![\p{L}])/u.test(ctx.lower.slice(vt.value.start + vt.value.text.length, vt.value.end + 12)) && TIME_TAKEN.test(ctx.lower.slice(Math.max(ctx.sentenceOf(vt.value).start, vt.value.start - 250), vt.value.start).split(";").pop()!)) vt.lowerIsBetter = true;
    const s = ctx.sentenceOf(vt.value);
    // "533/696 trường …, vượt chỉ tiêu 75%": a fraction judged by a percent target is its share.
    const asShare = vt.value.kind === "fraction" && vt.target.unit === "%";
    // ("có 2/6 dự án đạt yêu cầu giải ngân từ 90% trở lên": a requirement each item meets, not the share of items.)
    if (asShare && /yêu[ \t]+cầu/u.test(ctx.lower.slice(Math.max(0, vt.target.start - 50), vt.target.start))) continue;
    let v = asShare ? ctx.numInterval(vt.value.numerator!).div(ctx.numInterval(vt.value.denominator!)).scale(100) : ctx.interval(vt.value, mainNum(vt.value));
    // "21 minutes 05 seconds": minutes and sixtieths.
    if (vt.seconds) v = v.add(ctx.interval(vt.seconds, mainNum(vt.seconds)).div(Interval.point(60)));
    // ("4/6 cơ sở … theo mục tiêu (66,7%)": a bracketed percent that is the fraction's own share
    // restates it; it sets no target.)
    if (asShare && vt.target.kind === "percent" && /\([ \t]*$/u.test(ctx.text.slice(Math.max(0, vt.target.start - 3), vt.target.start)) && ctx.interval(vt.target, mainNum(vt.target)).overlaps(v)) continue;
    const t = targetInterval(vt.target);
    const tLo = vt.target.kind === "range" ? exactTarget(vt.target, vt.target.low!) : t;
    const tHi = vt.target.kind === "range" ? exactTarget(vt.target, vt.target.high!) : t;
    const pos = position(v, t, tLo, tHi);
    const better = vt.lowerIsBetter ? (pos === "below" ? "good" : pos === "above" ? "bad" : "mid") : pos === "above" || pos === "reached" ? "good" : pos === "below" ? "bad" : "mid";
    const unit = vt.seconds ? ` ${vt.target.noun ?? ""}` : vt.value.unit === "%" || asShare ? "%" : vt.value.unit ? ` ${vt.value.unit}` : "";
    const vText = ctx.text.slice(vt.value.start, vt.seconds ? vt.seconds.end : vt.value.end) + (vt.seconds?.noun ? ` ${vt.seconds.noun}` : "") + (asShare ? ` (${fmt(v.mid, lang, Math.max(1, mainNum(vt.target).decimals))}%)` : "");
    const tText = ctx.text.slice(vt.target.start, vt.target.end);
    // A status word between the value and its target judges that value ("7,2%, exceeding the target of 8%").
    const wordsStart = vt.anaphor ? ctx.sentenceOf(vt.target).start : vt.value.end;
    const tS0 = ctx.sentenceOf(vt.target);
    // ("74.3%, ahead of the November trajectory of 72.0% but below the March 2025 target of 78%": past another
    // reference's figure, only the words after it are said of this target.)
    const refsBetween = tS0.figs.filter((f) => f.start >= wordsStart && f.end <= vt.target.start && f !== vt.value && /(?<![\p{L}])(?:trajectory|target|standard|plan|ambition|benchmark|threshold|goal)(?:[ \t]+(?:of|at))?[ \t]*$/u.test(ctx.lower.slice(Math.max(tS0.start, f.start - 30), f.start)) && /^[ \t]*(?:,|but|and|và|nhưng)/u.test(ctx.lower.slice(f.end, f.end + 6)));
    const words = ctx.lower.slice(refsBetween.length ? refsBetween[refsBetween.length - 1].end : wordsStart, vt.target.start);
    // (Not a word said of another value before this one: "(81.4%), 24.0 points ahead of Social Sciences
    // (57.4%), which is also the only faculty below the threshold of 60%".)
    const between = /;/.test(words) || HEDGE.test(words) ? [] : findStatuses(words, wordsStart).filter((h) => !(ctx.sentenceOf(vt.value) === tS0 && h.start < vt.value.start)).map((h) => ({ ...h, scope: "clause" as const }));
    // "The council therefore met the 50% target": a bare verb before the target the sentence opens on.
    const tS = ctx.sentenceOf(vt.target);
    const bareVerb = !between.length && !/;/.test(words) && vt.value.end <= tS.start ? /(?<![\p{L}])(met|meets|achieved|reached|hit)[ \t]+(?:the|its|our|their)[ \t]+$/u.exec(ctx.lower.slice(tS.start, vt.target.start)) : null;
    if (bareVerb) between.push({ status: "meet", start: tS.start + bareVerb.index, end: tS.start + bareVerb.index + bareVerb[1].length, scope: "clause" as const });
    // ("390,131 calls (94.5%), meeting the 95% standard": the verb right before the target it names.)
    const verbBefore = !between.length && !/;/.test(words) ? /(?<![\p{L}])(meeting|meets|met|hitting|achieving|exceeding|exceeded|exceeds|beating|beat|surpassing|missing|missed|misses)[ \t]+(?:the|its|our|their)[ \t]+$/u.exec(words) : null;
    if (verbBefore) {
      const w = verbBefore[1];
      const at = wordsStart + verbBefore.index;
      between.push({ status: verdictOf(w), start: at, end: at + w.length, scope: "clause" as const });
    }
    if (vt.verdict) between.splice(0, between.length, ...findStatuses(ctx.lower.slice(vt.verdict.start, vt.verdict.end), vt.verdict.start).map((h) => ({ ...h, scope: "clause" as const })));
    // (A bare participle the reader placed: "so the target was met".)
    const bareWord = vt.verdict ? ctx.lower.slice(vt.verdict.start, vt.verdict.end) : "";
    if (vt.verdict && !between.length && /^(?:(?:not|yet|been)[ \t]+)*(?:met|missed|achieved|exceeded|surpassed)$|^(?:chưa đạt|không đạt|đạt|vượt|chậm(?: so với)?|behind|ahead of|on|meeting|missing|exceeding)$/u.test(bareWord)) {
      const w = bareWord;
      const status = verdictOf(w);
      between.push({ status, start: vt.verdict.start, end: vt.verdict.end, scope: "clause" as const });
    }
    let verdicts = vt.verdict ? between : vt.anaphor ? between : vt.reversed ? verdictsFor(ctx, s, vt.value).filter((x) => x.start > vt.value.end) : between.length ? between : verdictsFor(ctx, s, vt.value).filter((x) => x.start < vt.target.start);
    // (A word of comparison right after another figure, before this value, is that figure's gap: "(81.4%),
    // 24.0 points ahead of Social Sciences (57.4%)".)
    verdicts = verdicts.filter((x) => !(x.end <= vt.value.start && tS0.figs.some((f) => f.end <= x.start && x.start - f.end <= 24 && f !== vt.value && f !== vt.target && /^[ \t]*(?:percentage[ \t]+)?(?:points?|pp|điểm(?:[ \t]+phần[ \t]+trăm)?)[ \t]*$/u.test(ctx.lower.slice(f.end, x.start)))));
    // "…, against the standard of 76%, so the standard was met": a verdict on the target just named.
    if (!verdicts.length) {
      const rest = ctx.lower.slice(vt.target.end, Math.min(s.end, vt.target.end + 120));
      const tail = AFTER_TARGET.exec(rest.slice(0, 90)) ?? SUBJECT_VERDICT.exec(rest) ?? SO_VERDICT.exec(rest);
      if (tail && !HEDGE.test(tail[0])) {
        verdicts = findStatuses(tail[0], vt.target.end).map((h) => ({ ...h, scope: "clause" as const }));
        // "(target 32.0%) — met": a verdict word alone after a dash or colon.
        const bare = /(?:not[ \t]+)?(?:met|missed|achieved|exceeded|không đạt|chưa đạt|đạt|vượt)(?![\p{L}])$|(?:exceeding|beating|surpassing|missing|meeting|hitting)(?=[ \t]+(?:it|them)$)/u.exec(tail[0]);
        if (!verdicts.length && bare) {
          const w = bare[0];
          const status = verdictOf(w);
          const at = vt.target.end + bare.index;
          verdicts = [{ status, start: at, end: at + w.length, scope: "clause" as const }];
        }
      }
    }
    // "…, so với mục tiêu 40% là chưa đạt", "… (60 hộ); chỉ tiêu này đã vượt": a bare verdict that
    // closes the clause after the later of the two, with no figure between.
    if (!verdicts.length) {
      const from = Math.max(vt.value.end, vt.target.end);
      const hit = clauseVerdict(ctx.lower, from, s.end);
      if (hit && !s.figs.some((f) => f.start >= from && f.start < hit.start)) verdicts = [{ ...hit, scope: "clause" as const }];
    }
    // "riêng chỉ tiêu kết nạp thành viên mới chưa đạt (kế hoạch 35 thành viên, thực hiện 28 thành
    // viên, đạt 80,0%)", "Recruitment was missed (target 40, actual 31)": a bare verdict right before
    // the bracket that holds both the target and the value is the verdict on them.
    if (!verdicts.length) {
      const lo = Math.min(vt.value.start, vt.target.start);
      const hi = Math.max(vt.value.end, vt.target.end);
      const from = Math.max(s.start, lo - 40);
      const o = ctx.text.slice(from, lo).lastIndexOf("(");
      const open = o < 0 ? -1 : from + o;
      const c = ctx.text.slice(hi, Math.min(s.end + 1, hi + 200)).indexOf(")");
      const close = c < 0 ? -1 : hi + c;
      if (open >= s.start && lo - open <= 40 && !/[()\n;]/.test(ctx.text.slice(open + 1, lo)) && close >= 0 && close <= s.end + 1 && !/[(\n]/.test(ctx.text.slice(hi, close))) {
        const vFrom = Math.max(s.start, open - 30);
        const m = BRACKET_VERDICT.exec(ctx.lower.slice(vFrom, open));
        if (m && !HEDGE.test(ctx.lower.slice(Math.max(s.start, open - 40), open))) {
          const w = m[1];
          const at = vFrom + m.index;
          const status = verdictOf(w);
          verdicts = [{ status, start: at, end: at + w.length, scope: "clause" as const }];
        }
      }
    }
    // "… (target: 15 minutes) and … (target: 20 minutes). Both targets were met": a verdict on every
    // target of the sentence before, as many as it says.
    if (!verdicts.length) {
      const si = ctx.sentences.indexOf(s);
      const next = ctx.sentences[si + 1];
      const m = next && !/\n[ \t]*\n/.test(ctx.text.slice(s.end, next.start)) ? BOTH_TARGETS.exec(ctx.lower.slice(next.start, next.end)) : null;
      const n = m ? (m[1] === "both" || m[1] === "cả hai" || m[2] === "two" || m[2] === "hai" ? 2 : m[2] && /^\d+$/.test(m[2]) ? +m[2] : m[2] ? ({ three: 3, four: 4, ba: 3, bốn: 4 } as Record<string, number>)[m[2]] : 0) : 0;
      if (m && n && found.filter((x) => ctx.sentenceOf(x.target) === s).length === n && !HEDGE.test(m[0])) {
        const w = m[3];
        const at = next.start + m.index + m[0].length - w.length;
        const status = verdictOf(w);
        verdicts = [{ status, start: at, end: at + w.length, scope: "clause" as const }];
      }
    }
    // "… or 94.2%, against a target of 90%. The target was therefore met." / "… so với chỉ tiêu 95%.
    // Như vậy, chỉ tiêu này đã đạt.": a sentence with no figure of its own that judges the one target
    // of the sentence before.
    if (!verdicts.length) {
      const si = ctx.sentences.indexOf(s);
      const next = ctx.sentences[si + 1];
      // ("The target of 40% was therefore met": the target said again is no figure of its own.)
      const restated = (f: Figure) => f.kind === vt.target.kind && f.value?.exact === vt.target.value?.exact && (f.unit ?? "") === (vt.target.unit ?? "");
      const m0 = next && !/\n[ \t]*\n/.test(ctx.text.slice(s.end, next.start)) ? THE_TARGET.exec(ctx.lower.slice(next.start, next.end)) : null;
      // ("The target was therefore met, and the pass rate was down 1.4 percentage points from 81.3%": figures
      // of a clause after the verdict are that clause's.)
      const m = m0 && next.figs.every((f) => restated(f) || (f.start > next.start + m0.index + m0[0].length && /^[^\d]*?(?:,[ \t]*(?:and|but|while|although)|;)[ \t]/u.test(ctx.lower.slice(next.start + m0.index + m0[0].length, f.start)))) ? m0 : null;
      if (m && found.filter((x) => ctx.sentenceOf(x.target) === s).length === 1 && !HEDGE.test(m[0])) {
        const w = m[1];
        const at = next.start + m.index + m[0].length - w.length;
        const status = verdictOf(w);
        verdicts = [{ status, start: at, end: at + w.length, scope: "clause" as const }];
      }
    }
    if (!verdicts.length) {
      const si = ctx.sentences.indexOf(s);
      const next = ctx.sentences[si + 1];
      const m = next && !/\n[ \t]*\n/.test(ctx.text.slice(s.end, next.start)) ? NEXT_VERDICT.exec(ctx.lower.slice(next.start, next.end)) : null;
      // (Its own figure only as the margin after "by".)
      if (m && found.filter((x) => ctx.sentenceOf(x.target) === s).length === 1 && !HEDGE.test(m[0]) && next.figs.every((f) => f.start >= next.start + m[0].length && /^[ \t]+by[ \t]*$/u.test(ctx.lower.slice(next.start + m[0].length, f.start)))) {
        const at = next.start + m.index + m[0].indexOf(m[1]);
        verdicts = [{ status: verdictOf(m[1]), start: at, end: at + m[1].length, scope: "clause" as const }];
      }
    }
    const roles = [
      { figure: vt.value, role: lang === "vi" ? "giá trị" : "value" },
      { figure: vt.target, role: lang === "vi" ? "mục tiêu" : "target" },
    ];
    const dec = Math.max(asShare ? 1 : vt.seconds ? 2 : mainNum(vt.value).decimals, (vt.target.low ?? mainNum(vt.target)).decimals);
    // An amount's gap is shown in its own scale word: "chênh 180 tỷ đồng", not in đồng.
    const scale = !asShare && !vt.seconds && vt.value.scale && vt.value.value ? vt.value.scale : undefined;
    const per = scale ? new D(scale.factor) : new D(1);
    const gapLo = tLo.mid.minus(v.mid).div(per);
    const gapHi = tHi.mid.minus(v.mid).div(per);
    const gapNum = fmtRange(new Interval(D.min(gapLo, gapHi).abs(), D.max(gapLo, gapHi).abs()), lang, dec);
    const gap = scale ? asWritten(vt.value, gapNum) : gapNum;
    const gapUnit = unit === "%" ? (lang === "vi" ? " điểm %" : " percentage points") : scale ? "" : unit;
    // "is now above the target of 48.0%": a comparison with the target, whichever side is better.
    // Not a second comparison of a reference value ("above the national benchmark of 61% and above
    // our own target of 62%").
    const refValue = /(?:benchmark|average|target|standard|median|goal|threshold|level)[ \t]+(?:of[ \t]+)?$/u.test(ctx.lower.slice(Math.max(0, vt.value.start - 30), vt.value.qualifiers[0]?.start ?? vt.value.start));
    const rel = /;/.test(words) || HEDGE.test(words) || refValue ? null : REL_TARGET.exec(words);
    if (rel && !verdicts.some((x) => x.start >= vt.value.end)) {
      const above = /^(?:above|over|higher)/u.test(rel[1]);
      const bad = above ? !v.hi.gt(tLo.lo) : !v.lo.lt(tHi.hi);
      const word = rel[1];
      ctx.emit({
        kind: "value-target",
        rule: RULE,
        roles,
        ok: !bad,
        explain: {
          vi: `${vText} so với mục tiêu ${tText}: "${word}" ${bad ? "✗" : "✓"}`,
          en: `${vText} against the target ${tText}: "${word}" ${bad ? "✗" : "✓"}`,
        },
        message: {
          vi: `Ghi "${word}" mục tiêu nhưng ${vText} ${above ? "không cao hơn" : "không thấp hơn"} mục tiêu ${tText}`,
          en: `Said to be "${word}" the target but ${vText} is not ${above ? "above" : "below"} the target ${tText}`,
        },
        related: [{ span: vt.target, message: { vi: "mục tiêu", en: "target" } }],
      });
      continue;
    }
    // ("sickness absence of 4.8% exceeded the 4% corporate target": over a ceiling, "exceeded" says
    // it went over, not that it did better.)
    // ("285 …, 25 below the target of 310", "remains below the target of 5 days": under a ceiling,
    // "below" says where it stands, not that it fell short.)
    if (vt.lowerIsBetter) verdicts = verdicts.filter((vd) => !(vd.status === "exceed" && /(?:exceed|surpass|above|over|cao hơn)/u.test(ctx.lower.slice(vd.start, vd.end))) && !(vd.status === "miss" && /^(?:below|under|lower|behind|dưới|thấp hơn)/u.test(ctx.lower.slice(vd.start, vd.end))));
    if (verdicts.length) {
      for (const vd of verdicts) {
        const positive = vd.status !== "miss";
        const bad = positive ? better === "bad" : better === "good";
        const word = ctx.text.slice(vd.start, vd.end);
        ctx.emit({
          kind: "value-target",
          rule: RULE,
          roles,
          ok: !bad,
          explain: {
            vi: `${vText} so với mục tiêu ${tText}: ${better === "good" ? "đạt" : better === "bad" ? "chưa đạt" : "chưa rõ"}; "${word}" ${bad ? "✗" : "✓"}`,
            en: `${vText} against the target ${tText}: ${better === "good" ? "met" : better === "bad" ? "not met" : "undecided"}; "${word}" ${bad ? "✗" : "✓"}`,
          },
          message: positive
            ? {
                vi: `Ghi "${word}" nhưng ${vText} ${vt.lowerIsBetter ? "cao hơn" : "thấp hơn"} mục tiêu ${tText} (chênh ${gap}${gapUnit})`,
                en: `Said to be "${word}" but ${vText} is ${vt.lowerIsBetter ? "above" : "below"} the target ${tText} (by ${gap}${gapUnit})`,
              }
            : {
                vi: `Ghi "${word}" nhưng ${vText} đã đạt mục tiêu ${tText}`,
                en: `Said to be "${word}" but ${vText} meets the target ${tText}`,
              },
          related: [
            { span: vd, message: { vi: `từ đánh giá "${word}"`, en: `status word "${word}"` } },
            { span: vt.target, message: { vi: "mục tiêu", en: "target" } },
          ],
        });
      }
      continue;
    }
    if (better !== "bad") {
      ctx.emit({
        kind: "value-target",
        rule: "below-target",
        roles,
        ok: true,
        explain: {
          vi: `${vText} so với mục tiêu ${tText}: ${better === "good" ? "đạt ✓" : "chưa xác định"}`,
          en: `${vText} against the target ${tText}: ${better === "good" ? "met ✓" : "undecided"}`,
        },
      });
      continue;
    }
    ctx.emit({
      kind: "value-target",
      rule: "below-target",
      roles,
      ok: false,
      explain: {
        vi: `${vText} so với mục tiêu ${tText}: ${vt.lowerIsBetter ? "cao hơn" : "thấp hơn"} ${gap}${gapUnit}`,
        en: `${vText} against the target ${tText}: ${vt.lowerIsBetter ? "above" : "below"} by ${gap}${gapUnit}`,
      },
      message: {
        vi: `${vText} so với mục tiêu ${tText}: ${vt.lowerIsBetter ? "cao hơn" : "thấp hơn"} ${gap}${gapUnit}`,
        en: `${vText} against the target ${tText}: ${vt.lowerIsBetter ? "above" : "below"} by ${gap}${gapUnit}`,
      },
      related: [{ span: vt.target, message: { vi: "mục tiêu", en: "target" } }],
    });
  }
  return found;
}

/** Scorecard rows whose status cell their own target and actual contradict. */
export function checkTableStatuses(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const r of findTableStatuses(ctx)) {
    const a = ctx.interval(r.actual, mainNum(r.actual));
    // A scorecard's target is a definition, exact as written ("80%"); the actual is measured and rounded.
    const t = Interval.point(new D(mainNum(r.target).exact).times(r.target.scale?.factor ?? 1));
    const reached = r.lowerIsBetter ? a.lo.lte(t.hi) : a.hi.gte(t.lo);
    const short = r.lowerIsBetter ? a.hi.gt(t.lo) : a.lo.lt(t.hi);
    const ok = r.verdict === "met" ? reached : short;
    const word = r.status.text.replace(/[*_`]/g, "").trim();
    const side = r.lowerIsBetter
      ? { vi: r.verdict === "met" ? "cao hơn" : "không cao hơn", en: r.verdict === "met" ? "is above" : "is not above" }
      : { vi: r.verdict === "met" ? "thấp hơn" : "không thấp hơn", en: r.verdict === "met" ? "is below" : "is not below" };
    ctx.emit({
      kind: "value-target",
      rule: RULE,
      roles: [
        { figure: r.actual, role: lang === "vi" ? "thực hiện" : "actual" },
        { figure: r.target, role: lang === "vi" ? "mục tiêu" : "target" },
      ],
      ok,
      explain: {
        vi: `${r.actual.text} / mục tiêu ${r.target.text}${r.lowerIsBetter ? " (càng thấp càng tốt)" : ""}: "${word}" ${ok ? "✓" : "✗"}`,
        en: `${r.actual.text} against the target ${r.target.text}${r.lowerIsBetter ? " (lower is better)" : ""}: "${word}" ${ok ? "✓" : "✗"}`,
      },
      at: r.status,
      message: {
        vi: `Ghi "${word}" nhưng ${r.actual.text} ${side.vi} mục tiêu ${r.target.text}${r.lowerIsBetter ? " (chỉ tiêu càng thấp càng tốt)" : ""}`,
        en: `Marked "${word}" but ${r.actual.text} ${side.en} the target ${r.target.text}${r.lowerIsBetter ? " (lower is better)" : ""}`,
      },
      related: [
        { span: r.actual, message: { vi: "thực hiện", en: "actual" } },
        { span: r.target, message: { vi: "mục tiêu", en: "target" } },
      ],
    });
  }
  for (const c of findRatingConflicts(ctx)) {
    const word = c.row.text.replace(/[*_`]/g, "").trim();
    const otherWord = c.other.status.text.replace(/[*_`]/g, "").trim();
    ctx.emit({
      kind: "value-target",
      rule: RULE,
      roles: [
        { figure: c.attainment, role: lang === "vi" ? "tỷ lệ đạt" : "attainment" },
        { figure: c.other.attainment, role: lang === "vi" ? "dòng khác" : "other row" },
      ],
      ok: false,
      explain: {
        vi: `"${word}" ở ${c.attainment.text}, trong khi dòng ${c.other.attainment.text} được ghi "${otherWord}" ✗`,
        en: `"${word}" at ${c.attainment.text}, while the row at ${c.other.attainment.text} is "${otherWord}" ✗`,
      },
      at: c.row,
      message: {
        vi: `Ghi "${word}" ở mức ${c.attainment.text}, trái với các dòng khác của bảng (dòng ${c.other.attainment.text} được ghi "${otherWord}")`,
        en: `Rated "${word}" at ${c.attainment.text}, out of line with the table's other rows (the row at ${c.other.attainment.text} is rated "${otherWord}")`,
      },
      related: [{ span: c.other.status, message: { vi: `"${otherWord}" ở ${c.other.attainment.text}`, en: `"${otherWord}" at ${c.other.attainment.text}` } }],
    });
  }
}

/** "128/142 xã …, vượt 8 xã so với mục tiêu (120 xã)": the value must pass the target by the margin. */
export function checkTargetMargins(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const tm of findTargetMargins(ctx)) {
    const vn = tm.value.kind === "fraction" ? tm.value.numerator! : mainNum(tm.value);
    const v = tm.value.kind === "fraction" ? ctx.numInterval(vn) : ctx.interval(tm.value, vn);
    // (A target is set, not measured: "chỉ tiêu … (92%)" is 92 exactly.)
    const t = exactTarget(tm.target, mainNum(tm.target));
    const d = ctx.interval(tm.margin, mainNum(tm.margin)).scale(tm.sign);
    // "exceeding the end target by 7.0%": the margin as a percentage of the target.
    const diff = tm.relative ? v.div(t).sub(Interval.point(1)).scale(100) : v.sub(t);
    const ok = diff.overlaps(d);
    const vText = tm.value.kind === "fraction" ? fmt(vn.exact, lang) : tm.value.text;
    const shown = tm.relative ? `${fmt(diff.mid.abs(), lang, mainNum(tm.margin).decimals)}%` : fmt(diff.mid.abs().div(tm.margin.scale?.factor ?? "1"), lang, mainNum(tm.margin).decimals);
    const formula = tm.relative ? `${vText}/${tm.target.text} − 1` : `${vText} − ${tm.target.text}`;
    const side = diff.mid.gte(0) ? { vi: "cao hơn", en: "above" } : { vi: "thấp hơn", en: "below" };
    const wrongSide = tm.sign > 0 ? !diff.hi.gt(0) : !diff.lo.lt(0);
    ctx.emit({
      kind: "value-target",
      rule: wrongSide ? RULE : "change-arithmetic",
      roles: [
        { figure: tm.value, role: lang === "vi" ? "giá trị" : "value" },
        { figure: tm.target, role: lang === "vi" ? "mục tiêu" : "target" },
        { figure: tm.margin, role: lang === "vi" ? "chênh lệch" : "margin" },
      ],
      ok,
      explain: {
        vi: `${formula} = ${diff.mid.gte(0) ? "" : "−"}${shown}; ghi ${tm.sign > 0 ? "vượt" : "thấp hơn"} ${tm.margin.text} ${ok ? "✓" : "✗"}`,
        en: `${formula} = ${diff.mid.gte(0) ? "" : "−"}${shown}; stated ${tm.sign > 0 ? "above" : "below"} by ${tm.margin.text} ${ok ? "✓" : "✗"}`,
      },
      at: tm.margin,
      message: wrongSide
        ? {
            vi: `Ghi ${tm.sign > 0 ? "vượt" : "thấp hơn"} ${tm.margin.text} so với mục tiêu nhưng ${vText} ${diff.mid.isZero() ? "bằng" : side.vi} mục tiêu ${tm.target.text}${diff.mid.isZero() ? "" : ` (chênh ${shown})`}`,
            en: `Said to be ${tm.sign > 0 ? "above" : "below"} the target by ${tm.margin.text} but ${vText} is ${diff.mid.isZero() ? "equal to" : `${shown} ${side.en}`} the target ${tm.target.text}`,
          }
        : {
            vi: `${formula} = ${shown}, không phải ${tm.margin.text}`,
            en: `${formula} = ${shown}, not ${tm.margin.text}`,
          },
      related: [
        { span: tm.value, message: { vi: "giá trị", en: "value" } },
        { span: tm.target, message: { vi: "mục tiêu", en: "target" } },
      ],
    });
  }
}

/** "Three of our four modes met their punctuality targets:" over items that end "— met" / "— missed":
 * the count must be the number of items the lead-in's verdict fits. */
export function checkStatusCounts(ctx: UnitContext): void {
  for (const c of findStatusCounts(ctx)) {
    const n = c.items.filter((x) => x.met === c.met).length;
    const ok = n === c.count;
    const word = { vi: c.met ? "đạt" : "không đạt", en: c.met ? "met" : "missed" };
    ctx.emit({
      kind: "value-target",
      rule: RULE,
      roles: [],
      ok,
      at: c.at,
      explain: {
        vi: `${n}/${c.items.length} mục trong danh sách ghi "${word.vi}"; nêu ${c.count} ${ok ? "✓" : "✗"}`,
        en: `${n} of the ${c.items.length} items listed are "${word.en}"; stated ${c.count} ${ok ? "✓" : "✗"}`,
      },
      message: {
        vi: `Ghi ${c.count} mục ${word.vi} nhưng danh sách bên dưới có ${n}/${c.items.length} mục ${word.vi}`,
        en: `Says ${c.count} ${word.en} but ${n} of the ${c.items.length} items listed below are ${word.en}`,
      },
      related: c.items.filter((x) => x.met === c.met).map((x) => ({ span: x.span, message: { vi: word.vi, en: word.en } })),
    });
  }
}

/** "5 were met and 7 were missed" beside a scorecard whose status cells say otherwise. */
export function checkVerdictTallies(ctx: UnitContext): void {
  for (const t of findVerdictTallies(ctx)) {
    for (const p of t.parts) {
      const n = p.expected ?? (p.met ? t.met : t.missed);
      const ok = n === p.count;
      const colourVi: Record<string, string> = { green: "xanh", amber: "vàng", red: "đỏ" };
      const word = p.colour ? { vi: colourVi[p.colour] ?? p.colour, en: p.colour[0].toUpperCase() + p.colour.slice(1) } : { vi: p.met ? "đạt" : "không đạt", en: p.met ? "met" : "missed" };
      ctx.emit({
        kind: "value-target",
        rule: RULE,
        roles: [],
        ok,
        at: p.span,
        explain: {
          vi: `Bảng có ${n}/${t.rows} dòng "${word.vi}"; ghi ${p.count} ${ok ? "✓" : "✗"}`,
          en: `The table has ${n} of ${t.rows} rows "${word.en}"; stated ${p.count} ${ok ? "✓" : "✗"}`,
        },
        message: {
          vi: `Ghi ${p.count} chỉ tiêu ${word.vi} nhưng bảng có ${n}/${t.rows} dòng ${word.vi}`,
          en: `Says ${p.count} ${word.en} but the table has ${n} of its ${t.rows} rows ${word.en}`,
        },
      });
    }
  }
}

/** "Minor applications met the local target of 85%" under a table whose Minor row stands at 84.6%. */
export function checkRowTargets(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const rt of findRowTargets(ctx)) {
    const src = rt.from ?? ctx;
    const v = src.interval(rt.value, mainNum(rt.value));
    const t = targetInterval(rt.target);
    const pos = position(v, t, t, t);
    const better = rt.lowerIsBetter ? (pos === "below" ? "good" : pos === "above" ? "bad" : "mid") : pos === "above" || pos === "reached" ? "good" : pos === "below" ? "bad" : "mid";
    const hits = findStatuses(ctx.lower.slice(rt.verdict.start, rt.verdict.end), rt.verdict.start);
    if (hits.length !== 1) continue;
    const vd = hits[0];
    const positive = vd.status !== "miss";
    const bad = positive ? better === "bad" : better === "good";
    const word = ctx.text.slice(vd.start, vd.end);
    const vText = rt.value.text;
    const tText = rt.target.text;
    const dec = Math.max(mainNum(rt.value).decimals, mainNum(rt.target).decimals);
    const gap = fmt(t.mid.minus(v.mid).abs(), lang, dec);
    const gapUnit = lang === "vi" ? " điểm %" : " percentage points";
    ctx.emit({
      kind: "value-target",
      rule: RULE,
      roles: [...(rt.from ? [] : [{ figure: rt.value, role: lang === "vi" ? "giá trị" : "value" }]), { figure: rt.target, role: lang === "vi" ? "mục tiêu" : "target" }],
      ok: !bad,
      explain: {
        vi: `${rt.label}: ${vText} so với mục tiêu ${tText}: ${better === "good" ? "đạt" : better === "bad" ? "chưa đạt" : "chưa rõ"}; "${word}" ${bad ? "✗" : "✓"}`,
        en: `${rt.label}: ${vText} against the target ${tText}: ${better === "good" ? "met" : better === "bad" ? "not met" : "undecided"}; "${word}" ${bad ? "✗" : "✓"}`,
      },
      at: rt.target,
      message: positive
        ? {
            vi: `Ghi "${word}" nhưng ${rt.label} đạt ${vText} (bảng), ${rt.lowerIsBetter ? "cao hơn" : "thấp hơn"} mục tiêu ${tText} (chênh ${gap}${gapUnit})`,
            en: `Said to have "${word}" but ${rt.label} stands at ${vText} in the table, ${rt.lowerIsBetter ? "above" : "below"} the target ${tText} (by ${gap}${gapUnit})`,
          }
        : {
            vi: `Ghi "${word}" nhưng ${rt.label} đạt ${vText} (bảng), đã đạt mục tiêu ${tText}`,
            en: `Said to have "${word}" but ${rt.label} stands at ${vText} in the table, which meets the target ${tText}`,
          },
      related: [{ span: rt.from ? ctx.fromPrevious(rt.value) : rt.value, message: { vi: "giá trị trong bảng", en: "value in the table" } }],
    });
  }
}
