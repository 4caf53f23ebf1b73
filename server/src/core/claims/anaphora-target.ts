// A verdict that opens with "This": "The Reserve for Economic Uncertainties is $12.1m, or 4.8% of
// expenditures. This exceeds the 3% minimum required …"; "Tỷ lệ hộ nghèo còn 2,9%. Mức này thấp
// hơn mục tiêu đề ra (dưới 3%)". The value is the previous sentence's percentage, the target the one
// named here; the status word between them is judged by the value-target check.
import type { Figure } from "../types.ts";
import { inBrackets, type UnitContext } from "./context.ts";
import { lowerBetter, type ValueTarget } from "./plan.ts";

const OPENER = /^[\s"“(*•-]*(?:this|that|it|this level|this rate|this share|điều này|mức này|tỷ lệ này|con số này|(?:(?:the|our)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+|we|huyện|tỉnh|xã|thành phố|đơn vị|ngành)[ \t]+(?:therefore|thus|so|accordingly|consequently|vì vậy|do đó|như vậy|vì thế)(?:[ \t]+(?:has|have|had))?)[ \t]+(?:is[ \t]+|was[ \t]+|remains[ \t]+|still[ \t]+|đã[ \t]+|vẫn[ \t]+)?(?:exceeds|exceeded|surpasses|surpassed|meets|met|falls short of|fell short of|misses|missed|is above|is below|above|below|within|outside|beats|beat|vượt|đạt|chưa đạt|không đạt|cao hơn|thấp hơn)(?![\p{L}])/u;
// ("the 80% national standard": a word or two may name whose it is.)
const LABEL_AFTER = /^[ \t]*(?:(?:national|local|corporate|regional|statutory|constitutional|operational|agreed|annual|interim|government|nhs|council)[ \t]+){0,2}(minimum|floor|target|standard|threshold|requirement|benchmark|goal|maximum|ceiling|cap|limit)(?![\p{L}])/u;
const LABEL_BEFORE = /(?:target|goal|standard|minimum|maximum|mục tiêu|chỉ tiêu|yêu cầu|mức tối thiểu|mức tối đa|ngưỡng)[^.;\d]{0,40}?(?:of|là|\()?[ \t]*$/u;
const CEILING = /(?:maximum|ceiling|cap|limit|tối đa|không quá|dưới)/u;

export function findAnaphoraTargets(ctx: UnitContext): ValueTarget[] {
  return ctx.memo("anaphora-target", () => {
    const out: ValueTarget[] = [];
    for (let si = 1; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      const m = OPENER.exec(ctx.lower.slice(s.start, s.end));
      if (!m) continue;
      const target = s.figs[0];
      if (!target || target.kind !== "percent" || target.unit !== "%" || !target.value) continue;
      const tq = target.qualifiers[0]?.start ?? target.start;
      if (tq - (s.start + m.index + m[0].length) > 50) continue;
      const after = LABEL_AFTER.exec(ctx.lower.slice(target.end, target.end + 40));
      const before = ctx.lower.slice(s.start + m.index + m[0].length, tq);
      if (!after && !LABEL_BEFORE.test(before)) continue;
      const prev = ctx.sentences[si - 1];
      const percents = prev.figs.filter((f: Figure) => f.kind === "percent" && f.unit === "%" && !!f.value);
      if (percents.length !== 1) continue;
      const value = percents[0];
      // A change is not a level: "up 2.1%".
      if (/(?:up|down|rose|fell|by|tăng|giảm|from|từ)[ \t]*$/u.test(ctx.lower.slice(Math.max(prev.start, (value.qualifiers[0]?.start ?? value.start) - 12), value.qualifiers[0]?.start ?? value.start))) continue;
      // ("3,208 (83.4%) received a response within 10 working days": a share done in time is better higher.)
      const timely = /(?<![\p{L}])(?:within|under|inside|in less than)[ \t]+(?:\d+|[a-z]+)[ \t]+(?:(?:working|calendar|business)[ \t]+)?(?:days?|weeks?|hours?|minutes?|months?)(?![\p{L}])/u.test(ctx.lower.slice(value.end, prev.end));
      const lowerIsBetter = CEILING.test(after?.[1] ?? before) || target.qualifiers.some((q) => q.kind === "under" || q.kind === "atMost") || (!timely && lowerBetter(ctx.lower.slice(prev.start, value.start)));
      out.push({ value, target, lowerIsBetter });
    }
    againstTargets(ctx, out);
    namedStandards(ctx, out);
    return out;
  });
}

// "846,200 premises had been passed … . This was against a target of 800,000 premises by March 2025,
// so the target was exceeded by 46,200 premises"; "Tỷ lệ … đạt 62,4% … . So với mục tiêu đến năm
// 2025 là 65%, chỉ tiêu này chưa đạt mục tiêu giai đoạn": a sentence that opens on the target alone
// and gives its verdict after it; the value is the previous sentence's one figure of the target's kind.
const AGAINST_OPEN = /^[\s"“(*•-]*(?:(?:this|that|it|the[ \t]+(?:figure|result|outturn|total))[ \t]+(?:was|is|compares|compared|stood|stands)[ \t]+(?:(?:well|just|slightly)[ \t]+)?(?:against|with|versus|relative[ \t]+to)|(?:so[ \t]+với|đối[ \t]+chiếu[ \t]+với))[ \t]+(?:(?:a|an|the|its|our|their)[ \t]+)?(?:[\p{L}-]+[ \t]+){0,3}?(?:target|goal|ambition|plan|mục[ \t]+tiêu|chỉ[ \t]+tiêu|kế[ \t]+hoạch)(?:[ \t]+[\p{L}\d-]+){0,5}?[ \t]*(?:of|là|đề[ \t]+ra[ \t]+là|:|\()?[ \t]*$/u;
/** "The standard is 80%, so it was not met": the target said alone, its verdict after it. */
const TARGET_IS = /^[\s"“(*•-]*(?:the|our|its|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:target|standard|goal|threshold|ambition)[ \t]+(?:is|was|has[ \t]+been)[ \t]+(?:set[ \t]+at[ \t]+)?$/u;
const AGAINST_HEDGE = /(?<![\p{L}])(?:if|unless|would|could|may|might|expected|likely|forecast|projected|nếu|dự[ \t]+kiến|có[ \t]+thể|phấn[ \t]+đấu)(?![\p{L}])/u;

function againstTargets(ctx: UnitContext, out: ValueTarget[]): void {
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const target = s.figs[0];
    if (!target || (target.kind !== "percent" && target.kind !== "number") || !target.value || target.perYear) continue;
    const tq = target.qualifiers[0]?.start ?? target.start;
    if (tq - s.start > 120) continue;
    const alone = target.kind === "percent" && TARGET_IS.test(ctx.lower.slice(s.start, tq));
    if (!alone && !AGAINST_OPEN.test(ctx.lower.slice(s.start, tq))) continue;
    if (s.figs.slice(1).some((f) => f.kind === target.kind && f.start < s.end && !(f.unit === "pp") && (target.kind === "percent" ? f.unit === "%" : (f.unit ?? "") === (target.unit ?? "") && (!!f.unit || f.noun === target.noun)))) {
      // Another value of the kind in the sentence is not a margin only when the verdict names it: keep it simple.
      const others = s.figs.slice(1).filter((f) => f.kind === target.kind);
      if (others.some((f) => !/(?:by|bằng|thêm|thiếu|hụt)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, f.start - 12), f.start)))) continue;
    }
    const prev = ctx.sentences[si - 1];
    if (!/^[ \t]*$/u.test(ctx.text.slice(prev.end, s.start))) continue;
    const word = (f: Figure) => (f.noun ?? "").toLowerCase().split(/[ \t]+/u)[0];
    const ofKind = (f: Figure) => f.kind === target.kind && !!f.value && !f.perYear && (target.kind === "percent" ? f.unit === "%" && target.unit === "%" : (f.unit ?? "") === (target.unit ?? "") && (f.scale?.factor ?? "1") === (target.scale?.factor ?? "1") && (f.unit ? true : !!word(f) && word(f) === word(target)));
    let like = prev.figs.filter((f) => ofKind(f) && !inBrackets(ctx, prev.start, f.start));
    // ("… of which 2,847 were assessed within 20 working days (72.8%). The standard is 80%, so it was not
    // met": the one share of the sentence, in its count's bracket.)
    if (alone && !like.length) like = prev.figs.filter((f) => ofKind(f) && inBrackets(ctx, prev.start, f.start) && /\d[ \t\p{L}\p{M}-]{0,60}\([ \t]*$/u.test(ctx.lower.slice(Math.max(prev.start, f.start - 64), f.start)));
    // (A target said alone needs its verdict: "The standard is 80%." judges nothing.)
    if (alone && !/^[ \t]*,[ \t]*(?:so|and|which|thus|therefore)[ \t]/u.test(ctx.lower.slice(target.end, target.end + 12))) continue;
    if (like.length !== 1) continue;
    const value = like[0];
    if (/(?:up|down|rose|fell|by|tăng|giảm|from|từ)[ \t]*$/u.test(ctx.lower.slice(Math.max(prev.start, (value.qualifiers[0]?.start ?? value.start) - 12), value.qualifiers[0]?.start ?? value.start))) continue;
    const semi = ctx.lower.indexOf(";", target.end);
    const end = semi >= 0 && semi < s.end ? semi : s.end;
    if (AGAINST_HEDGE.test(ctx.lower.slice(s.start, end))) continue;
    const lowerIsBetter = CEILING.test(ctx.lower.slice(s.start, tq)) || target.qualifiers.some((q) => q.kind === "under" || q.kind === "atMost") || lowerBetter(ctx.lower.slice(prev.start, value.start));
    out.push({ value, target, lowerIsBetter, verdict: { start: target.end, end } });
  }
}

/** "exceeding the standard", "missed the target", "above the national ambition": a verdict on a
 * standard named, not stated, in the clause. */
const NAMED_VERDICT = /^[ \t]*[,—–-]?[ \t]*(?:(?:and|so|which|thus)[ \t]+)?(?:(?:has|have|had|was|is|were|are)[ \t]+)?(?:(?:comfortably|narrowly|again|still|well|just)[ \t]+)?(exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|met|meet(?:s|ing)?|hit(?:s|ting)?|miss(?:es|ed|ing)?|(?:fell|falls|falling)[ \t]+short[ \t]+of|above|below|ahead[ \t]+of|behind)[ \t]+(?:the|its|our|their|this)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(standard|target|ambition|threshold|benchmark|goal|requirement)(?![\p{L}])/u;

// A value judged against a standard the sentence before set, by name: "The national standard requires
// 90% of launches within 15 minutes. In 2024 the region achieved 93.2%, exceeding the standard";
// "- 6-week standard: 75% of people should start treatment … . The ICB achieved 81.3%, exceeding the
// standard." The sentence before states one percentage and names the same word; the value is the one
// percentage of its own sentence before the verdict.
function namedStandards(ctx: UnitContext, out: ValueTarget[]): void {
  if (!/(?:standard|target|ambition|threshold|benchmark|goal|requirement)/u.test(ctx.lower)) return;
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const pcts = s.figs.filter((f) => f.kind === "percent" && f.unit === "%" && !!f.value);
    if (!pcts.length) continue;
    const value = pcts[0];
    if (out.some((x) => x.value === value)) continue;
    const next = s.figs[s.figs.indexOf(value) + 1];
    // (After the value, at most a gap in points before the verdict: "97.6%, 2.6 percentage points above the standard".)
    const from = next && next.unit === "pp" ? next.end : value.end;
    if (next && next.unit !== "pp" && next.start < s.end && next.start - value.end < 80) continue;
    const m = NAMED_VERDICT.exec(ctx.lower.slice(from, Math.min(s.end, from + 90)));
    if (!m) continue;
    if (/(?:up|down|rose|fell|by|from|to|than|of)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (value.qualifiers[0]?.start ?? value.start) - 12), value.qualifiers[0]?.start ?? value.start))) continue;
    const prev = ctx.sentences[si - 1];
    if (!/^[ \t]*$/u.test(ctx.text.slice(prev.end, s.start)) && !/^\r?\n[ \t]*$/u.test(ctx.text.slice(prev.end, s.start))) continue;
    const word = m[2];
    const prevText = ctx.lower.slice(prev.start, prev.end);
    if (!new RegExp(`(?<![\\p{L}])${word}s?(?![\\p{L}])`, "u").test(prevText)) continue;
    // ("… should start within six weeks": a prior list item of another standard is not in this one.)
    const targets = prev.figs.filter((f) => f.kind === "percent" && f.unit === "%" && !!f.value && !inBrackets(ctx, prev.start, f.start));
    if (targets.length !== 1) continue;
    const target = targets[0];
    const lowerIsBetter = CEILING.test(prevText) || /(?<![\p{L}])(?:or (?:less|fewer|lower)|no more than|at most|fewer than|less than|under)(?![\p{L}])/u.test(prevText) || target.qualifiers.some((q) => q.kind === "under" || q.kind === "atMost") || lowerBetter(prevText);
    const at = from + m.index + m[0].indexOf(m[1]);
    out.push({ value, target, lowerIsBetter, verdict: { start: at, end: at + m[1].length } });
  }
}
