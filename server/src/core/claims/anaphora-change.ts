// A change stated of the previous sentence's figure: "Leakage averaged 176.2 Ml/d … . That is down
// 8.3 Ml/d, or 4.5%, on the 184.5 Ml/d reported last year"; "… đạt 86,5% kế hoạch … . So với năm
// 2023 (82,3%), tỷ lệ giải ngân tăng 4,2 điểm phần trăm". The new value is the previous sentence's
// one figure of the base's kind; the base and the stated change are in this sentence.
import type { Figure } from "../types.ts";
import { inBrackets, isPercent, type UnitContext } from "./context.ts";
import type { Change } from "./change.ts";
import { findBenchmarkGaps, findRelativeGaps, findTargetGaps } from "./benchmark-gap.ts";
import { findChanges, findReverseChanges } from "./change.ts";
import { findAnaphoraFrom } from "./anaphora-from.ts";
import { findThisRoseTo } from "./this-rose-to.ts";
import { findBracketBaseChanges } from "./bracket-base.ts";

const EN = /^[\s"“(*•-]*(?:that|this|it|this figure|this level|this rate|the rate|performance|the result|the figure)[ \t]+(?:is|was|represents|represented)[ \t]+(up|down|an?[ \t]+(?:increase|rise|fall|decrease|drop|decline|reduction)[ \t]+of)[ \t]+$/u;
// ("… up 3.5 percentage points on Q2 (58.9%)": or the earlier period named, its value in brackets.)
const EN_BASE = /^(?:[ \t]*[\p{L}/]+){0,2}[ \t]*,?[ \t]+(?:on|from|against|compared (?:with|to))[ \t]+(?:(?:the[ \t]+|last year's[ \t]+|the previous year's[ \t]+)?|(?:the[ \t]+)?(?:q[1-4]|quarter[ \t]+[1-4]|(?:previous|last|prior)[ \t]+(?:quarter|year|month)|(?:19|20)\d\d(?:\/\d{2})?)[ \t]*\([ \t]*)$/u;
const VI = /^[\s"“(*•-]*so[ \t]+với[ \t]+(?:cùng[ \t]+kỳ[ \t]+)?(?:năm|kỳ|quý|tháng|cuối năm|đầu năm)[^(;\d]{0,20}(?:(?:19|20)\d\d[ \t]*)?\([ \t]*$/u;
const VI_SUBJECT = /^(?:[ \t]+[\p{L}]+){0,3}[ \t]*\)[ \t]*,[ \t]*((?:[\p{L}]+[ \t]+){1,5}?)(?:đã[ \t]+)?(tăng|giảm)[ \t]+(?:thêm[ \t]+)?$/u;
const EN_AGAINST = /^[\s"“(*•-]*(?:compared[ \t]+(?:with|to)|against|relative[ \t]+to|on)[ \t]+(?:the[ \t]+)?(?:(?:fy[ \t]?)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?|last[ \t]+year|the[ \t]+(?:previous|prior)[ \t]+year|(?:previous|prior)[ \t]+year)[ \t]*\([ \t]*$/u;
const EN_SUBJECT = /^[ \t]*\)[ \t]*,[ \t]*((?:[\p{L}'’-]+[ \t]+){1,4}?)(?:has[ \t]+|have[ \t]+)?(rose|fell|increased|decreased|grew|declined|dropped|was[ \t]+up|was[ \t]+down|is[ \t]+up|is[ \t]+down)(?:[ \t]+by)?[ \t]+$/u;
const VI_AFTER = /^[ \t]*\)[ \t]*,[ \t]*(?:[\p{L}]+[ \t]+){0,5}?(tăng|giảm)[ \t]+(?:thêm[ \t]+)?$/u;

export function findAnaphoraChanges(ctx: UnitContext): Change[] {
  return ctx.memo("anaphora-changes", () => {
    const out: Change[] = [];
    let plain: Change[] | undefined;
    const changes = () => (plain ??= [...findChanges(ctx), ...findReverseChanges(ctx)]);
    for (let si = 0; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      const prev = ctx.sentences[si - 1];
      const [x, y, z] = s.figs;
      if (!x) continue;
      const head = ctx.lower.slice(s.start, x.qualifiers[0]?.start ?? x.start);
      // A paragraph opening "So với năm 2023 (…), tổng doanh thu tăng 12,6%": only the bracketed base
      // shape, whose new value may be the subject's in the paragraph before.
      if (!prev && !(VI.test(head) || EN_AGAINST.test(head))) continue;
      const en = prev ? EN.exec(head) : null;
      if (en) {
        // "That is down 8.3 Ml/d, or 4.5%, on the 184.5 Ml/d …" / "That is up 2.1% on the 412 …".
        const relative = !!y && y.kind === "percent" && !!z && /^(?:[ \t]*[\p{L}/]+)?[ \t]*,?[ \t]*or[ \t]+$/u.test(ctx.lower.slice(x.end, y.start));
        const base = relative ? z : y;
        const baseOk = !(!base || (base.kind !== "number" && base.kind !== "percent") || !base.value || !EN_BASE.test(ctx.lower.slice((relative ? y : x).end, base.qualifiers[0]?.start ?? base.start).replace(/^[ \t]*,/u, "")));
        if (!baseOk) {
          // "…, down from 8,265 the year before. That is a fall of 853 incidents, or 10.3%": the size
          // of the one change the sentence before told, its ends both there.
          const told = changes().filter((c) => prev!.figs.includes(c.from) && prev!.figs.includes(c.to));
          if (told.length !== 1) continue;
          const c = told[0];
          const stated: Change["stated"] = [{ figure: x, what: x.kind === "percent" && x.unit === "%" && c.to.unit !== "%" ? "relative" : "difference" }];
          const orPct = !!y && y.kind === "percent" && y.unit === "%" && /^(?:[ \t]*[\p{L}/]+)?[ \t]*,?[ \t]*or[ \t]+$/u.test(ctx.lower.slice(x.end, y.start));
          if (orPct) stated.push({ figure: y, what: "relative" });
          // (Anything else after the size but in a later clause of its own is another claim.)
          else if (y && !/^[^\d]*?(?:,|;)[ \t]*(?:which|and|but|while|against)(?![\p{L}])/u.test(ctx.lower.slice(x.end, y.start))) continue;
          const kindOk = stated[0].what === "relative" || (x.kind === c.to.kind && (x.unit ?? "") === (c.to.unit ?? "") && (x.scale?.factor ?? "1") === (c.to.scale?.factor ?? "1"));
          if (!kindOk) continue;
          const at = s.start + en.index + en[0].length - en[1].length - 1;
          const up = /^(?:up|an?[ \t]+(?:increase|rise))/u.test(en[1]);
          out.push({ from: c.from, to: c.to, direction: up ? "up" : "down", directionWord: { start: at, end: at + en[1].length }, stated });
          continue;
        }
        let to = prev.figs.filter((f) => f.kind === base.kind && (f.unit ?? "") === (base.unit ?? "") && !inBrackets(ctx, prev.start, f.start));
        // ("269 patients (62.4%) reached the unit …. Performance was up …": a rate given only in brackets
        // is the sentence's value when it is its only one.)
        if (!to.length && base.kind === "percent") to = prev.figs.filter((f) => f.kind === "percent" && (f.unit ?? "") === (base.unit ?? ""));
        // "612,450 adults were seen …, 39.8% of the adult population of 1,538,800. This was an increase
        // of 41,150 patients or 7.2% on the 571,300 adults seen …": the count of the base's noun.
        if (to.length > 1 && base.noun) to = to.filter((f) => !!f.noun && nounHead(f) === nounHead(base));
        if (to.length !== 1) continue;
        const stated: Change["stated"] = [{ figure: x, what: x.kind === "percent" && (base.kind !== "percent" || x.unit === "%") ? "relative" : "difference" }];
        if (relative) stated.push({ figure: y, what: "relative" });
        const at = s.start + en.index + en[0].length - en[1].length - 1;
        const up = /^(?:up|an?[ \t]+(?:increase|rise))/u.test(en[1]);
        out.push({ from: base, to: to[0], direction: up ? "up" : "down", directionWord: { start: at, end: at + en[1].length }, stated });
        continue;
      }
      if (y && x.kind === "number" && x.value && (VI.test(head) || EN_AGAINST.test(head))) {
        // "So với năm 2023 (16.645 triệu đồng), tổng doanh thu tăng 12,6%" after "Tổng doanh thu năm
        // 2024 đạt 18.742 triệu đồng"; "Compared with 2022/23 (£16.6m), income rose 12.6%".
        const m = (VI.test(head) ? VI_SUBJECT : EN_SUBJECT).exec(ctx.lower.slice(x.end, y.qualifiers[0]?.start ?? y.start));
        const subject = m ? changeSubject(m[1]) : undefined;
        if (!m || !subject || (z && !/^[^\d]*;/u.test(ctx.lower.slice(y.end, z.start)))) continue;
        const relative = y.unit === "%" && y.kind === "percent";
        if (!relative && !sameKind(y, x)) continue;
        let to = si ? subjectValue(ctx, si, subject, x, sameKind, false, true) : undefined;
        let toFrom: UnitContext | undefined;
        // (Sentences before it in the paragraph that open on "So với …" themselves judge the same value.)
        if (!to && (si === 0 || ctx.sentences.slice(0, si).every((t) => /^[\s*_"“]*(?:so[ \t]+với|compared[ \t]+(?:with|to)|against)(?![\p{L}])/u.test(ctx.lower.slice(t.start, t.end))))) {
          // "Tổng doanh thu năm 2024 đạt 18.742 triệu đồng, gồm: …" in the paragraph before: its last
          // sentences, the subject's one value there (a related location only).
          const pc = ctx.previous();
          to = pc ? subjectValue(pc, pc.sentences.length, subject, x, sameKind, true) : undefined;
          if (to) toFrom = pc;
        }
        if (!to) continue;
        const wAt = ctx.lower.lastIndexOf(m[2], y.start);
        out.push({ ...(toFrom ? { toFrom } : {}), from: x, to, direction: /^(?:tăng|rose|increased|grew|was up|is up|up)$/u.test(m[2].replace(/[ \t]+/g, " ")) ? "up" : "down", directionWord: wAt > x.end ? { start: wAt, end: wAt + m[2].length } : undefined, stated: [{ figure: y, what: relative ? "relative" : "difference" }] });
        continue;
      }
      if (prev && VI.test(head) && y && x.kind === "percent") {
        const m = VI_AFTER.exec(ctx.lower.slice(x.end, y.qualifiers[0]?.start ?? y.start));
        if (!m || (y.unit !== "pp" && y.kind !== "percent")) continue;
        const to = prev.figs.filter((f) => f.kind === "percent" && f.unit === "%" && !inBrackets(ctx, prev.start, f.start));
        if (to.length !== 1) continue;
        const at = y.start - m[1].length - 1;
        out.push({ from: x, to: to[0], direction: m[1] === "tăng" ? "up" : "down", directionWord: { start: at, end: at + m[1].length }, stated: [{ figure: y, what: y.unit === "pp" ? "difference" : "relative" }] });
      }
    }
    subjectPast(ctx, out);
    periodFirst(ctx, out);
    comparesWith(ctx, out);
    averageFrom(ctx, out);
    fromOnly(ctx, out);
    subjectChangeOnBase(ctx, out);
    bracketBases(ctx, out);
    out.push(...findAnaphoraFrom(ctx, (f) => out.some((c) => c.from === f)));
    out.push(...findBracketBaseChanges(ctx, (f) => out.some((c) => c.stated.some((x) => x.figure === f)) || changes().some((c) => c.stated.some((x) => x.figure === f))));
    out.push(...findThisRoseTo(ctx, (f) => out.some((c) => c.to === f) || changes().some((c) => c.to === f)));
    // "8.6%, against its benchmark return of 9.4%, underperforming by 0.8 percentage points": the gap.
    for (const g of findBenchmarkGaps(ctx)) out.push({ from: g.other, to: g.subject, stated: [{ figure: g.gap, what: "difference" }] });
    // "£1.284m against a profiled budget of £1.150m, exceeding the budget by £134,000": the size of the gap.
    for (const g of findTargetGaps(ctx)) if (!out.some((c) => c.stated.some((x) => x.figure === g.gap))) out.push({ from: g.other, to: g.subject, stated: [{ figure: g.gap, what: "difference" }] });
    // "12.94 million, 2.1% below the 2019 peak of 13.22 million": the gap relative to the other value.
    for (const g of findRelativeGaps(ctx, () => [...findChanges(ctx), ...findReverseChanges(ctx)].map((c) => c.to))) out.push({ from: g.other, to: g.subject, stated: [{ figure: g.pct, what: "relative" }] });
    return out;
  });
}

/** Words that make a figure a plan, a target or a benchmark rather than the subject's value. */
const NOT_VALUE = /(?<![\p{L}])(?:target|plan|planned|budget|budgeted|forecast|goal|estimate|projected|average|benchmark|standard|limit|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+toán|dự[ \t]+kiến|bình[ \t]+quân|trung[ \t]+bình|định[ \t]+mức)(?![\p{L}])/u;
const SUBJECT_STOP = /^(?:it|this|that|these|those|there|we|they|the|a|an|and|but|so|nó|đây|điều|và|nhưng|như|vậy|thì)$/u;

/** The subject of a change ("Headcount", "Lợi nhuận", "Total revenue") cleaned for matching: 1-3
 * words, no pronoun or figure word; undefined when it is not such a noun phrase. */
export function changeSubject(text: string): string | undefined {
  const t = text.replace(/[*_`]/g, " ").replace(/^[\s"“(•-]+/u, "").replace(/[ \t]+/g, " ").trim().replace(/^(?:the|our|total|overall|tổng|tổng số|số) /u, "");
  if (!/^[\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*){0,2}$/u.test(t)) return undefined;
  const w = t.split(" ");
  if (w.some((x) => SUBJECT_STOP.test(x)) || t.length < 4) return undefined;
  return t;
}

/** The value the subject was given in the sentences just before (up to three, in the unit): the one
 * figure of `like`'s kind that the subject's words name right before it ("Lợi nhuận trước thuế đạt
 * 1.456 triệu đồng", "Headcount: 14,826") or in a bracket right after it ("14,826 (unduplicated
 * headcount)"). Plans, targets and averages are not the value; two such figures in one sentence are
 * no answer. */
export function subjectValue(ctx: UnitContext, si: number, subject: string, like: Figure, ok: (a: Figure, b: Figure) => boolean, whole = false, opening = false): Figure | undefined {
  const word = new RegExp(`(?<![\\p{L}])${subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\t]+")}(?![\\p{L}])`, "u");
  // `whole`: every sentence of the unit (the paragraph before, its lead and list), one value in all.
  const all: Figure[] = [];
  for (let k = si - 1; k >= 0 && (whole || k >= si - 3); k--) {
    const p = ctx.sentences[k];
    const hits: Figure[] = whole ? all : [];
    for (let i = 0; i < p.figs.length; i++) {
      const f = p.figs[i];
      if (!ok(f, like) || inBrackets(ctx, p.start, f.start)) continue;
      const fq = f.qualifiers[0]?.start ?? f.start;
      const from = Math.max(p.start, i ? p.figs[i - 1].end : p.start, fq - 60);
      // A whole paragraph before may open on its heading line ("1. Doanh thu"): the line of the figure.
      const lead = ctx.lower.slice(whole ? Math.max(from, ctx.lower.lastIndexOf("\n", fq) + 1) : from, fq);
      const m = word.exec(lead);
      let named = false;
      // "technical losses of 7.9%" is not "Losses": only a determiner or the clause start before it.
      if (m && !/(?:^|[^\p{L}\s]|(?<![\p{L}])(?:the|a|an|total|overall|our|its|their|tổng|số|toàn|bộ|năm|in|and|và)[ \t]+)[ \t*]*$/u.test(lead.slice(0, m.index))) continue;
      if (m) {
        const rest = lead.slice(m.index + m[0].length);
        // "Lợi nhuận trước thuế đạt", "Headcount was", "Credit students:": a few words and a verb or colon.
        // Only period words and a verb between: "among young people was" names another group.
        named = !NOT_VALUE.test(rest) && /^(?:[ \t*]+(?:rate|ratio|năm|nay|in|during|for|the|year|this|total|overall|trước|thuế|before|after|tax|sau|cả|toàn|hiện|đã|ước|stood|at|reached|rose|increased|grew|fell|to|came|(?:fy)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?)){0,4}?[ \t*]*(?::|(?<![\p{L}])(?:đạt|là|có|was|were|is|are|stood at|reached|totalled|totaled|of|ở mức))?[ \t*]*$/u.test(rest) && !/[,;]/.test(rest);
      }
      // "Doanh thu bán lẻ hàng hóa và dịch vụ qua kênh thương mại điện tử năm 2024 ước đạt 4.286,4 tỷ
      // đồng": the subject opens the sentence, its long name runs to the verb of its first figure.
      // Only for `opening` callers, whose change names its base as a period's ("So với năm 2023
      // (…)"); "Unemployment among young people was 12.1%. Unemployment fell from 5.2%" is another group.
      if (!named && opening && i === 0) {
        const open = ctx.lower.slice(p.start, f.start);
        const o = OPENS_WITH.exec(open);
        named = !!o && word.test(o[1]) && o[1].search(word) === 0 && !NOT_VALUE.test(o[1]);
      }
      // ("toàn tỉnh hoàn thành 583 hộ …. So với cùng kỳ năm 2023 (418 hộ), số hộ hoàn thành tăng 39,5%":
      // the subject is the count's noun and the verb right before it.)
      if (!named && !!f.noun && subject.startsWith(`${f.noun} `)) {
        const verb = subject.slice(f.noun.length + 1);
        named = verb.length >= 4 && new RegExp(`(?<![\\p{L}])${verb.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\t]+")}[ \\t]+(?:được[ \\t]+|mới[ \\t]+|thêm[ \\t]+)?$`, "u").test(ctx.lower.slice(Math.max(p.start, fq - 40), fq));
      }
      if (!named) {
        const after = ctx.lower.slice(f.end, Math.min(p.end, f.end + 50));
        const b = /^(?:[ \t]+[\p{L}]+){0,2}[ \t]*\(([^()]{0,40})\)/u.exec(after);
        named = !!b && word.test(b[1]) && !NOT_VALUE.test(b[1]);
      }
      if (named) hits.push(f);
    }
    if (whole) continue;
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) return undefined;
  }
  return all.length === 1 ? all[0] : undefined;
}

const OPENS_WITH = /^[\s*•-]*(?:(?:tổng[ \t]+số|tổng|the[ \t]+total|total|the)[ \t]+)?((?:[\p{L}\p{M}][\p{L}\p{M}'’-]*,?[ \t]+|(?:19|20)\d\d(?:[\/–-]\d{2,4})?[ \t]+){1,24}?)(?:ước[ \t]+)?(?:đạt|là|was|reached|totalled|totaled|stood[ \t]+at|came[ \t]+to)[ \t]*$/u;

function sameKind(a: Figure, b: Figure): boolean {
  if ((a.kind !== "number" && a.kind !== "percent") || a.kind !== b.kind || !a.value || a.perYear) return false;
  if (isPercent(a)) return a.unit === b.unit;
  return (a.unit ?? "") === (b.unit ?? "") && (a.scale?.factor ?? "1") === (b.scale?.factor ?? "1");
}

// "Lợi nhuận năm 2023 là 1.108 triệu đồng, như vậy lợi nhuận năm nay tăng 31,4%", "Profit in 2023
// was £1.11m, so profit rose 31.4% this year": the earlier value with its period, then the change of
// the same subject; the new value is the subject's in the sentences before.
const VI_PAST = /^[\s*•-]*((?:[\p{L}]+[ \t]+){1,4}?)(?:của[ \t]+)?(?:năm[ \t]+(?:19|20)\d\d|năm[ \t]+trước|cùng[ \t]+kỳ(?:[ \t]+năm[ \t]+trước)?|kỳ[ \t]+trước)[ \t]+(?:là|đạt|chỉ[ \t]+đạt|ở[ \t]+mức)[ \t]*$/u;
const VI_PAST_CHANGE = /^[ \t]*(?:[\p{L}]+[ \t]*){0,2},[ \t]*(?:như[ \t]+vậy|do[ \t]+đó|vì[ \t]+vậy|tức[ \t]+là|nghĩa[ \t]+là)?[ \t]*((?:[\p{L}]+[ \t]+){1,6}?)(?:đã[ \t]+)?(tăng|giảm)(?:[ \t]+thêm)?[ \t]*$/u;
const EN_PAST = /^[\s*•-]*((?:[\p{L}'’-]+[ \t]+){1,3}?)(?:in|for)[ \t]+(?:(?:fy[ \t]?)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?|the[ \t]+(?:previous|prior)[ \t]+year|last[ \t]+year)[ \t]+(?:was|were|stood[ \t]+at|totalled|totaled|came[ \t]+to)[ \t]*$/u;
const EN_PAST_CHANGE = /^[ \t]*(?:[\p{L}]+[ \t]*){0,2},[ \t]*(?:so|meaning|which[ \t]+means)?[ \t]*(?:(?:this|the)[ \t]+year['’]s[ \t]+)?((?:[\p{L}'’-]+[ \t]+){1,4}?)(?:has[ \t]+|have[ \t]+)?(rose|fell|increased|decreased|grew|declined|dropped|(?:was|is)[ \t]+up|(?:was|is)[ \t]+down)(?:[ \t]+by)?[ \t]*$/u;

function subjectPast(ctx: UnitContext, out: Change[]): void {
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    if (s.figs.length !== 2) continue;
    const [a, d] = s.figs;
    if ((a.kind !== "number" && a.kind !== "percent") || (d.kind !== "number" && d.kind !== "percent")) continue;
    const head = ctx.lower.slice(s.start, a.qualifiers[0]?.start ?? a.start);
    const vi = VI_PAST.exec(head);
    const en = vi ? null : EN_PAST.exec(head);
    if (!vi && !en) continue;
    const m = (vi ? VI_PAST_CHANGE : EN_PAST_CHANGE).exec(ctx.lower.slice(a.end, d.qualifiers[0]?.start ?? d.start));
    if (!m) continue;
    const subject = changeSubject((vi ?? en)![1]);
    // The change is the same subject's: "lợi nhuận … lợi nhuận năm nay", "profit … profit".
    if (!subject || !m[1].replace(/[ \t]+/g, " ").includes(subject.split(" ")[0])) continue;
    const relative = d.unit === "%" && !isPercent(a);
    if (!relative && !(d.unit === "pp" && isPercent(a)) && !(sameKind(d, a) && !isPercent(a))) continue;
    const to = subjectValue(ctx, si, subject, a, sameKind);
    if (!to) continue;
    const word = m[2];
    const dir = /^(?:tăng|rose|increased|grew)$|up$/u.test(word) ? "up" : "down";
    const wAt = ctx.lower.lastIndexOf(word, d.start);
    out.push({ from: a, to, direction: dir, directionWord: wAt >= a.end ? { start: wAt, end: wAt + word.length } : undefined, stated: [{ figure: d, what: relative ? "relative" : "difference" }] });
  }
}

// "…, tổng vốn FDI … đạt 1.286,4 triệu USD, bằng 116,9% kế hoạch …; so với năm 2023 (1.024,7 triệu
// USD) tăng 25,5%", "xảy ra 9 vụ cháy rừng, diện tích thiệt hại 27,4 ha; so với năm 2023 (14 vụ,
// 69,3 ha) giảm 5 vụ và giảm 41,9 ha", "… reached £1.29bn; compared with 2023 (£1.02bn), up 25.5%":
// the earlier values in a bracket after their period, each changed to the one value of its kind
// stated before in the sentence (not a plan's, not in a bracket), the change right after the bracket.
const MID_BASE = /(?<![\p{L}])(?:so[ \t]+với[ \t]+(?:cùng[ \t]+kỳ[ \t]+)?(?:năm[ \t]+|kỳ[ \t]+|quý[ \t]+|tháng[ \t]+)?|compared[ \t]+(?:with|to)[ \t]+|against[ \t]+)(?:(?:19|20)\d\d(?:[\/–-]\d{2,4})?|trước|last[ \t]+year|the[ \t]+(?:previous|prior)[ \t]+year)[ \t]*\([ \t]*$/u;
const MID_WORD_VI = /^[ \t]*(?:,|và|;)?[ \t]*(?:(?:đã|thì|là|cũng)[ \t]+)?(tăng|giảm)[ \t]+(?:thêm[ \t]+)?(?:được[ \t]+)?$/u;
const MID_WORD_EN = /^[ \t]*(?:,|and)?[ \t]*(?:(?:this|it)[ \t]+(?:is|was)[ \t]+(?:an?[ \t]+)?)?(up|down|a[ \t]+rise[ \t]+of|a[ \t]+fall[ \t]+of|an[ \t]+increase[ \t]+of|a[ \t]+decrease[ \t]+of|rising|falling|increasing|decreasing)(?:[ \t]+by)?[ \t]+$/u;
const MID_REL = /^[ \t]*(?:,|\(|;)?[ \t]*(?:tương[ \t]+ứng|tương[ \t]+đương|tức|hay|or|i\.e\.)[ \t]*(?:[\p{L}]+[ \t]+){0,5}?(?:(tăng|giảm|up|down)[ \t]+)?$/u;
const PLAN_LEAD = /(?<![\p{L}])(?:kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+toán|target|plan|budget|forecast|bình[ \t]+quân|average|cùng[ \t]+với|together[ \t]+with|along[ \t]+with|including|trong[ \t]+đó|gồm|of[ \t]+which)(?![\p{L}])[^\d]{0,30}$/u;

/** Where a figure's counted noun ends ("14 vụ"), or the figure itself. */
function endOf(ctx: UnitContext, f: Figure): number {
  if (!f.noun) return f.end;
  const m = /^[ \t]+/u.exec(ctx.lower.slice(f.end, f.end + 4));
  const at = f.end + (m ? m[0].length : 0);
  return ctx.lower.startsWith(f.noun, at) ? at + f.noun.length : f.end;
}

function nounHead(f: Figure): string {
  return (f.noun ?? "").split(/[ \t]+/u)[0] ?? "";
}

function bracketBases(ctx: UnitContext, out: Change[]): void {
  for (const s of ctx.sentences) {
    const figs = s.figs;
    if (figs.length < 3) continue;
    for (let i = 1; i < figs.length - 1; i++) {
      const b0 = figs[i];
      const lead = ctx.lower.slice(Math.max(s.start, figs[i - 1].end), b0.qualifiers[0]?.start ?? b0.start);
      if (!MID_BASE.test(lead)) continue;
      // The bracket: one or two bases, then its close.
      const bases: Figure[] = [b0];
      let j = i + 1;
      if (j < figs.length && /^[ \t]*[,;][ \t]*$/u.test(ctx.lower.slice(endOf(ctx, b0), figs[j].start))) bases.push(figs[j++]);
      const last = bases[bases.length - 1];
      const ci = ctx.lower.slice(last.end, Math.min(s.end, last.end + 40)).indexOf(")");
      const close = ci < 0 ? -1 : last.end + ci;
      if (close < 0 || !/^[ \t]*$/u.test(ctx.lower.slice(endOf(ctx, last), close)) || j >= figs.length) continue;
      // A breakdown before it leaves the value changed unclear ("đạt 1.000 tỷ đồng, trong đó thu nội địa 800 tỷ đồng; so với …").
      if (/(?<![\p{L}])(?:trong[ \t]+đó|bao[ \t]+gồm|gồm|including|of[ \t]+which|comprising)(?![\p{L}])/u.test(ctx.lower.slice(s.start, b0.start))) continue;
      // Each base's new value: the one figure of its kind before the "so với", outside brackets and plans.
      // (Not a change's own size or base said before: "So với năm 2023 (186 vụ), giảm 21 vụ, …; so
      // với năm 2022 (201 vụ) giảm 36 vụ".)
      // (Nor a value before a clause with a subject of its own: "12 mô hình …; số mô hình cấp huyện tăng …".)
      const prior = figs.slice(0, i).filter((f) => !inBrackets(ctx, s.start, f.start) && !/;[ \t]*(?:số|tổng số|the number|the total)[ \t]/u.test(ctx.lower.slice(f.end, b0.start)) && !/(?<![\p{L}])(?:tăng|giảm|thêm|hơn|up|down|by|more|fewer)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (f.qualifiers[0]?.start ?? f.start) - 12), f.qualifiers[0]?.start ?? f.start)));
      const news: Figure[] = [];
      for (const b of bases) {
        if (b.kind !== "number" && b.kind !== "percent") break;
        const like = prior.filter((f) => sameKind(f, b) && (isPercent(b) || !b.noun || !f.noun || nounHead(f) === nounHead(b)) && !PLAN_LEAD.test(ctx.lower.slice(Math.max(s.start, f.start - 40), f.qualifiers[0]?.start ?? f.start)));
        if (like.length !== 1) break;
        news.push(like[0]);
      }
      if (news.length !== bases.length || new Set(news).size !== news.length) continue;
      // The changes: "tăng 25,5%", "giảm 5 vụ và giảm 41,9 ha", each matched to its base by kind.
      let at = close + 1;
      let k = j;
      const found: Change[] = [];
      let lastBase = -1;
      while (k < figs.length) {
        const d = figs[k];
        const gap = ctx.lower.slice(at, d.qualifiers[0]?.start ?? d.start);
        const w = (ctx.lang === "vi" ? MID_WORD_VI : MID_WORD_EN).exec(gap);
        const rel = !w && lastBase >= 0 && d.kind === "percent" && d.unit === "%" ? MID_REL.exec(gap) : null;
        if (!w && !rel) break;
        // ("… (4,14 tỷ USD) và tăng 42,4% so với năm 2020 (3,42 tỷ USD)": a change with a base of its own.)
        if (/^[ \t]*(?:so[ \t]+với|compared[ \t]+(?:with|to)|on|from|than)(?![\p{L}])/u.test(ctx.lower.slice(d.end, d.end + 16))) break;
        let bi: number;
        if (rel) bi = lastBase;
        else if (d.kind === "percent" && d.unit === "%" && !isPercent(bases[0])) bi = bases.length === 1 ? 0 : -1;
        else bi = bases.findIndex((b) => (isPercent(b) ? d.unit === "pp" || (d.unit === "%" && false) : sameKind(d, b) && (!b.noun || !d.noun || nounHead(d) === nounHead(b))));
        if (bi < 0) break;
        const b = bases[bi];
        const relative = d.kind === "percent" && d.unit === "%" && !isPercent(b);
        const word = w ? w[1] : rel?.[1];
        const up = word ? /^(?:tăng|up|rising|increasing|a[ \t]+rise[ \t]+of|an[ \t]+increase[ \t]+of)$/u.test(word) : undefined;
        const wAt = word ? ctx.lower.lastIndexOf(word, d.start) : -1;
        const prev = found.find((c) => c.from === b);
        if (prev && !word) prev.stated.push({ figure: d, what: relative ? "relative" : "difference" });
        else if (up === undefined) break;
        else found.push({ from: b, to: news[bi], direction: up ? "up" : "down", directionWord: wAt >= at ? { start: wAt, end: wAt + word!.length } : undefined, stated: [{ figure: d, what: relative ? "relative" : "difference" }] });
        lastBase = bi;
        at = endOf(ctx, d);
        k++;
      }
      out.push(...found);
      i = k - 1;
    }
  }
}

// "… of which overtime accounted for £2.71m and agency £0.71m. Agency spend fell by 39.8% compared with
// £1.18m in the same period last year"; "… thuê ngoài 0,71 tỷ đồng. Chi phí thuê ngoài giảm 39,8% so
// với cùng kỳ năm trước (1,18 tỷ đồng)": a subject's change against its earlier value, the new value
// the subject's in the sentences before (named by its words, or by its first word).
const EN_SUBJECT_CHANGE = /^[\s*•-]*((?:[\p{L}'’-]+[ \t]+){1,4}?)(?:has[ \t]+|have[ \t]+|had[ \t]+)?(rose|fell|increased|decreased|grew|declined|dropped|(?:was|were)[ \t]+up|(?:was|were)[ \t]+down)(?:[ \t]+by)?[ \t]*$/u;
const EN_ON_BASE = /^[ \t]*,?[ \t]*(?:compared[ \t]+(?:with|to)|against|on|from)[ \t]+(?:the[ \t]+)?$/u;
const EN_BASE_PERIOD = /^[ \t]+(?:(?:in|for|during|over|at)[ \t]+(?:the[ \t]+)?(?:same[ \t]+(?:period|quarter|month|point)|previous|prior|last|corresponding)|a[ \t]+year[ \t]+(?:earlier|ago|before)|last[ \t]+year|(?:in|for)[ \t]+(?:fy[ \t]?)?(?:19|20)\d\d)(?![\p{L}])/u;
const VI_SUBJECT_CHANGE = /^[\s*•-]*((?:[\p{L}]+[ \t]+){1,6}?)(?:đã[ \t]+)?(tăng|giảm)[ \t]+$/u;
const VI_ON_BASE = /^[ \t]*,?[ \t]*so[ \t]+với[ \t]+(?:cùng[ \t]+kỳ(?:[ \t]+năm[ \t]+(?:trước|(?:19|20)\d\d))?|năm[ \t]+(?:trước|(?:19|20)\d\d)|kỳ[ \t]+trước)[ \t]*\([ \t]*$/u;

function subjectChangeOnBase(ctx: UnitContext, out: Change[]): void {
  const vi = ctx.lang === "vi";
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const [d, b] = s.figs;
    if (!d || !b || (b.kind !== "number" && b.kind !== "percent") || !b.value || !d.value || (d.kind !== "number" && d.kind !== "percent")) continue;
    if (out.some((c) => c.from === b || c.stated.some((x) => x.figure === d))) continue;
    const m = (vi ? VI_SUBJECT_CHANGE : EN_SUBJECT_CHANGE).exec(ctx.lower.slice(s.start, d.qualifiers[0]?.start ?? d.start));
    if (!m) continue;
    if (!(vi ? VI_ON_BASE : EN_ON_BASE).test(ctx.lower.slice(d.end, b.qualifiers[0]?.start ?? b.start))) continue;
    if (vi ? !/^[ \t]*\)/u.test(ctx.lower.slice(b.end, b.end + 3)) : !EN_BASE_PERIOD.test(ctx.lower.slice(b.end, b.end + 40))) continue;
    const relative = d.kind === "percent" && d.unit === "%" && !isPercent(b);
    if (!relative && !(d.unit === "pp" && isPercent(b)) && !(sameKind(d, b) && !isPercent(b))) continue;
    // "Agency spend": its words, else its first word; "Chi phí thuê ngoài": its words, else the last two.
    const words = m[1].trim().split(/[ \t]+/u);
    const subject = changeSubject(m[1]) ?? (vi && words.length > 3 ? changeSubject(words.slice(-2).join(" ")) : undefined);
    if (!subject) continue;
    let to = subjectValue(ctx, si, subject, b, sameKind);
    const first = subject.split(" ")[0];
    if (!to && !vi && subject.includes(" ") && first.length >= 5 && !SUBJECT_STOP.test(first) && !NOT_VALUE.test(first)) to = subjectValue(ctx, si, first, b, sameKind);
    const tail = subject.split(" ").slice(-2).join(" ");
    if (!to && vi && subject.split(" ").length > 2 && !NOT_VALUE.test(tail)) to = subjectValue(ctx, si, tail, b, sameKind);
    if (!to || to === b) continue;
    const word = m[2];
    const wAt = s.start + m.index + m[0].lastIndexOf(word);
    out.push({ from: b, to, direction: /^(?:tăng|rose|increased|grew)$|up$/u.test(word) ? "up" : "down", directionWord: { start: wAt, end: wAt + word.length }, stated: [{ figure: d, what: relative ? "relative" : "difference" }] });
  }
}

// "… giải ngân đến ngày 30/9/2024 là 3.972,1 tỷ đồng … . Cùng kỳ năm 2023, tỉnh giải ngân được
// 3.514,8 tỷ đồng, đạt 45,2% kế hoạch; như vậy, giá trị giải ngân tăng 13,0%", "In the same period
// of 2023 we spent £3,514.8m; so spending rose 13.0%": a sentence opening on the earlier period gives
// the earlier value, then draws the change; the new value is the one of its kind in the sentence before.
const PERIOD_FIRST = /^[\s*•-]*(?:cùng[ \t]+kỳ(?:[ \t]+năm[ \t]+(?:trước|(?:19|20)\d\d))?|năm[ \t]+(?:trước|(?:19|20)\d\d)|(?:in|during)[ \t]+(?:the[ \t]+same[ \t]+period[ \t]+(?:of|in|last)[ \t]+)?(?:last[ \t]+year|year|(?:fy[ \t]?)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?)|a[ \t]+year[ \t]+earlier|the[ \t]+previous[ \t]+year)[ \t]*,?[^;\d]{0,60}$/u;
const THEREFORE = /(?:^|[,;][ \t]*)(?:như[ \t]+vậy|do[ \t]+đó|vì[ \t]+vậy|so|this[ \t]+means|meaning|that[ \t]+is)[ \t]*,?[ \t]*((?:[\p{L}]+[ \t]+){1,6}?)(?:đã[ \t]+|has[ \t]+|have[ \t]+)?(tăng|giảm|rose|fell|increased|decreased|grew|declined|(?:was|is)[ \t]+(?:up|down))(?:[ \t]+(?:thêm|by))?[ \t]*$/u;

function periodFirst(ctx: UnitContext, out: Change[]): void {
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const a = s.figs[0];
    if (!a || (a.kind !== "number" && a.kind !== "percent") || !a.value) continue;
    const head = ctx.lower.slice(s.start, a.qualifiers[0]?.start ?? a.start);
    if (!PERIOD_FIRST.test(head)) continue;
    // A bare year is the earlier period only when the sentence before names a later one.
    const year = /^[\s*•-]*(?:năm|in|during)[ \t]+(?:fy[ \t]?)?((?:19|20)\d\d)/u.exec(head);
    if (year && !Array.from(ctx.lower.slice(ctx.sentences[si - 1].start, ctx.sentences[si - 1].end).matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/gu)).some((y) => +y[1] > +year[1])) continue;
    for (let j = 1; j < s.figs.length; j++) {
      const d = s.figs[j];
      const m = THEREFORE.exec(ctx.lower.slice(s.figs[j - 1].end, d.qualifiers[0]?.start ?? d.start));
      if (!m) continue;
      // Nothing of the earlier value's kind between it and the change: the change is of that value.
      if (s.figs.slice(1, j).some((f) => sameKind(f, a))) break;
      const relative = d.kind === "percent" && d.unit === "%" && !isPercent(a);
      if (!relative && !(d.unit === "pp" && isPercent(a)) && !(sameKind(d, a) && !isPercent(a))) break;
      const prev = ctx.sentences[si - 1];
      // ("against the 95% standard was 96.2%": a figure labelled a standard after it is no value either.)
    const like = prev.figs.filter((f) => sameKind(f, a) && !inBrackets(ctx, prev.start, f.start) && !NOT_VALUE.test(ctx.lower.slice(Math.max(prev.start, f.start - 30), f.qualifiers[0]?.start ?? f.start)) && !/^[ \t]+(?:[\p{L}-]+[ \t]+)?(?:target|standard|benchmark|goal|threshold|limit|mục[ \t]+tiêu|chỉ[ \t]+tiêu)(?![\p{L}])/u.test(ctx.lower.slice(f.end, f.end + 30)));
      if (like.length !== 1) break;
      const word = m[2];
      const wAt = s.figs[j - 1].end + m.index + m[0].lastIndexOf(word);
      out.push({ from: a, to: like[0], direction: /^(?:tăng|rose|increased|grew)$|up$/u.test(word) ? "up" : "down", directionWord: { start: wAt, end: wAt + word.length }, stated: [{ figure: d, what: relative ? "relative" : "difference" }] });
      break;
    }
  }
}

// "… an in-year collection rate of 96.2% against a target of 96.5%. … Performance compared with 96.4%
// in 2022/23, a fall of 0.2 percentage points": the earlier value and the change, the new value the
// one of its kind in the nearest sentence before that holds figures (a target or benchmark is not it).
const COMPARES = /^[\s"“(*•-]*(?:that|this|it|performance|the[ \t]+(?:rate|figure|result|level|total|outturn))[ \t]+(?:compares|compared|is[ \t]+compared|was[ \t]+compared)[ \t]+(?:with|to|against)[ \t]+(?:the[ \t]+)?$/u;
const COMPARES_CHANGE = /^(?:[ \t]+(?:in|for|at|during)[ \t]+(?:the[ \t]+)?[^,;\d]{0,20}?(?:(?:fy[ \t]?)?(?:19|20)\d\d(?:[\/–-]\d{2,4})?)?)?[ \t]*,[ \t]*(?:(?:an?[ \t]+)?(fall|drop|decline|decrease|reduction|rise|increase|gain|improvement|deterioration)[ \t]+of|(up|down))[ \t]+$/u;

function comparesWith(ctx: UnitContext, out: Change[]): void {
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const [a, d] = s.figs;
    if (!a || !d || (a.kind !== "number" && a.kind !== "percent") || !a.value || (d.kind !== "number" && d.kind !== "percent")) continue;
    if (!COMPARES.test(ctx.lower.slice(s.start, a.qualifiers[0]?.start ?? a.start))) continue;
    const m = COMPARES_CHANGE.exec(ctx.lower.slice(a.end, d.qualifiers[0]?.start ?? d.start));
    if (!m) continue;
    const relative = d.kind === "percent" && d.unit === "%" && !isPercent(a);
    if (!relative && !(isPercent(a) && (d.unit === "pp" || d.unit === "%")) && !(sameKind(d, a) && !isPercent(a))) continue;
    let prev = ctx.sentences[si - 1];
    if (!prev.figs.length && si > 1) prev = ctx.sentences[si - 2];
    // ("against the 95% standard was 96.2%": a figure labelled a standard after it is no value either.)
    const like = prev.figs.filter((f) => sameKind(f, a) && !inBrackets(ctx, prev.start, f.start) && !NOT_VALUE.test(ctx.lower.slice(Math.max(prev.start, f.start - 30), f.qualifiers[0]?.start ?? f.start)) && !/^[ \t]+(?:[\p{L}-]+[ \t]+)?(?:target|standard|benchmark|goal|threshold|limit|mục[ \t]+tiêu|chỉ[ \t]+tiêu)(?![\p{L}])/u.test(ctx.lower.slice(f.end, f.end + 30)));
    if (like.length !== 1) continue;
    const word = m[1] ?? m[2];
    const up = /^(?:rise|increase|gain|up)$/u.test(word);
    const down = /^(?:fall|drop|decline|decrease|reduction|down)$/u.test(word);
    const wAt = a.end + m.index + m[0].lastIndexOf(word);
    out.push({ from: a, to: like[0], ...(up || down ? { direction: up ? "up" : "down", directionWord: { start: wAt, end: wAt + word.length } } : {}), stated: [{ figure: d, what: relative ? "relative" : "difference" }] });
  }
}

// "… năm 2024 ước đạt 152.380 tỷ đồng, tăng 11,8% so với năm 2023 (136.297 tỷ đồng). Từ mức 94.790 tỷ
// đồng năm 2020, giá trị sản xuất công nghiệp giai đoạn 2021–2024 tăng bình quân 12,6%/năm", "From
// £94.8bn in 2020, output grew by an average of 12.6% a year over 2021–2024": a yearly average from a
// dated starting value to the value of the sentence before.
const FROM_HEAD = /^[\s*•-]*(?:từ|from)[ \t]+(?:mức[ \t]+|a[ \t]+level[ \t]+of[ \t]+)?$/u;
const AVG_VI = /^[ \t]*(?:năm[ \t]+((?:19|20)\d\d))?[ \t]*,[ \t]*[^;\d]{0,80}?(?:giai[ \t]+đoạn[ \t]+(?:19|20)\d\d[ \t]*[-–][ \t]*((?:19|20)\d\d)[ \t]+)?(?:đã[ \t]+)?(tăng|giảm)(?:[ \t]+trưởng)?[ \t]+(?:bình[ \t]+quân|trung[ \t]+bình)(?:[ \t]+mỗi[ \t]+năm)?[ \t]*(?:(?:đạt|là)[ \t]+)?$/u;
const AVG_EN = /^[ \t]*(?:in[ \t]+((?:19|20)\d\d)(?:[\/–-]\d{2,4})?)?[ \t]*,[ \t]*[^;\d]{0,80}?(grew|rose|increased|fell|declined|decreased)[ \t]+(?:by[ \t]+)?(?:an[ \t]+average[ \t]+(?:of[ \t]+)?|on[ \t]+average[ \t]+(?:by[ \t]+)?)$/u;
const AVG_EN_YEARS = /^[ \t]*(?:a|per|each)[ \t]+year[ \t]+(?:over|between|in|during)[ \t]+(?:the[ \t]+(?:period[ \t]+)?)?(?:19|20)\d\d[ \t]*(?:[-–]|to|and)[ \t]*((?:19|20)\d\d)/u;

function averageFrom(ctx: UnitContext, out: Change[]): void {
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const [a, d] = s.figs;
    if (!a || !d || a.kind !== "number" || !a.value || d.kind !== "percent" || d.unit !== "%") continue;
    if (!FROM_HEAD.test(ctx.lower.slice(s.start, a.qualifiers[0]?.start ?? a.start))) continue;
    const gap = ctx.lower.slice(a.end, d.qualifiers[0]?.start ?? d.start);
    // ("real output grew by 2.1% a year", "tính theo giá so sánh": a growth net of prices, not of the values stated.)
    if (/(?<![\p{L}])(?:real|in[ \t]+real[ \t]+terms|constant[ \t]+prices|inflation[- ]adjusted|volume|giá[ \t]+so[ \t]+sánh|giá[ \t]+cố[ \t]+định)(?![\p{L}])/u.test(gap)) continue;
    const vi = AVG_VI.exec(gap);
    const en = vi ? null : AVG_EN.exec(gap);
    const m = vi ?? en;
    if (!m || !m[1]) continue;
    if (!d.perYear && !/^[ \t]*(?:\/[ \t]*năm|mỗi[ \t]+năm|(?:a|per|each)[ \t]+year)/u.test(ctx.lower.slice(d.end, d.end + 12))) continue;
    const prev = ctx.sentences[si - 1];
    // ("against the 95% standard was 96.2%": a figure labelled a standard after it is no value either.)
    const like = prev.figs.filter((f) => sameKind(f, a) && !inBrackets(ctx, prev.start, f.start) && !NOT_VALUE.test(ctx.lower.slice(Math.max(prev.start, f.start - 30), f.qualifiers[0]?.start ?? f.start)) && !/^[ \t]+(?:[\p{L}-]+[ \t]+)?(?:target|standard|benchmark|goal|threshold|limit|mục[ \t]+tiêu|chỉ[ \t]+tiêu)(?![\p{L}])/u.test(ctx.lower.slice(f.end, f.end + 30)));
    if (like.length !== 1) continue;
    const to = like[0];
    // The end year: the period named ("giai đoạn 2021–2024", "over 2021–2024"), else the new value's own.
    const named = vi ? m[2] : AVG_EN_YEARS.exec(ctx.lower.slice(d.end, d.end + 50))?.[1];
    const own = /(?:năm|in)[ \t]+((?:19|20)\d\d)[^\d]{0,30}$/u.exec(ctx.lower.slice(Math.max(prev.start, to.start - 40), to.start))?.[1] ?? (to.year ? String(to.year) : undefined);
    const end = named ?? own;
    if (!end || (named && own && named !== own)) continue;
    const years = +end - +m[1];
    if (years < 1 || years > 30) continue;
    const word = vi ? m[3] : m[2];
    const wAt = a.end + m.index + m[0].lastIndexOf(word);
    out.push({ from: a, to, years, direction: /^(?:tăng|grew|rose|increased)$/u.test(word) ? "up" : "down", directionWord: { start: wAt, end: wAt + word.length }, stated: [{ figure: d, what: "average" }] });
  }
}

// "Courses of treatment totalled 1,084,520, made up as follows: … Urgent treatment ..... 69,120" then
// "Urgent courses of treatment rose by 18.6% from 58,280 in 2022-23": a change with only its earlier
// value; the new value is the one whose label the subject repeats word for word (all of the label's
// words, two at least), in the sentences before or the paragraph before.
const FROM_ONLY_HEAD = /^[\s*•-]*((?:[\p{L}'’-]+[ \t]+){2,6}?)(?:has[ \t]+|have[ \t]+|đã[ \t]+)?(rose|fell|increased|decreased|grew|declined|tăng|giảm)(?:[ \t]+by)?[ \t]*$/u;
const FROM_ONLY_TAIL = /^(?:[ \t]+(?!in(?![\p{L}])|năm(?![\p{L}])|to(?![\p{L}])|lên(?![\p{L}])|xuống(?![\p{L}]))[\p{L}]+){0,2}?[ \t]*(?:(?:in|năm)[ \t]+(?:fy[ \t]?)?(?:19|20)\d\d(?:[-–\/]\d{2,4})?)?[ \t]*(?:[,.;]|$)/u;
const LABEL_STOP = new Set(["of", "the", "and", "a", "an", "in", "for", "số", "các", "những", "của", "và", "tổng"]);

function labelWords(t: string): string[] {
  return t.replace(/\.{2,}|…/g, " ").split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !LABEL_STOP.has(w));
}

function fromOnly(ctx: UnitContext, out: Change[]): void {
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    // The change opens its sentence, or its line when a list above runs into it without a stop.
    let i = 0;
    // (Only the gap between two figures is searched: a line break looked up backwards from each figure
    // scans a line of thousands of figures once per figure.)
    for (let j = s.figs.length - 1; j > 0; j--) if (ctx.lower.slice(s.figs[j - 1].end, s.figs[j].start).includes("\n")) { i = j; break; }
    const head0 = i ? ctx.lower.lastIndexOf("\n", s.figs[i].start) + 1 : s.start;
    const [d, a] = [s.figs[i], s.figs[i + 1]];
    if (!d || !a || (d.kind !== "percent" && d.kind !== "number") || a.kind !== "number" || !a.value || isPercent(a)) continue;
    if (!/^[ \t]*,?[ \t]*(?:from|từ)[ \t]+(?:mức[ \t]+)?$/u.test(ctx.lower.slice(d.end, a.qualifiers[0]?.start ?? a.start))) continue;
    if (!FROM_ONLY_TAIL.test(ctx.lower.slice(a.end, a.end + 20))) continue;
    if (out.some((c) => c.from === a)) continue;
    const m = FROM_ONLY_HEAD.exec(ctx.lower.slice(head0, d.qualifiers[0]?.start ?? d.start));
    if (!m) continue;
    const relative = d.kind === "percent" && d.unit === "%";
    if (!relative && !sameKind(d, a)) continue;
    const subject = new Set(labelWords(m[1]));
    const hits: { f: Figure; unit?: UnitContext }[] = [];
    const look = (u: UnitContext, from: number, to: number, unit?: UnitContext) => {
      for (let k = from; k < to; k++) {
        const p = u.sentences[k];
        for (let j = 0; j < p.figs.length; j++) {
          const f = p.figs[j];
          if (!sameKind(f, a) || inBrackets(u, p.start, f.start)) continue;
          const fq = f.qualifiers[0]?.start ?? f.start;
          // The label's line, whose leader dots may have closed a sentence: "Urgent treatment ..... 69,120".
          const lineStart = Math.max(u.lower.lastIndexOf("\n", fq) + 1, j ? p.figs[j - 1].end : k ? u.sentences[k - 1].figs.at(-1)?.end ?? 0 : 0);
          const label = labelWords(u.lower.slice(lineStart, fq));
          if (label.length >= 2 && label.length <= 5 && label.every((w) => subject.has(w))) hits.push({ f, unit });
        }
      }
    };
    look(ctx, Math.max(0, si - 3), si);
    if (i) look(ctx, si, si + 1);
    const pc = ctx.previous();
    if (pc) look(pc, 0, pc.sentences.length, pc);
    if (hits.length !== 1) continue;
    const word = m[2];
    const wAt = head0 + m.index + m[0].lastIndexOf(word);
    out.push({ ...(hits[0].unit ? { toFrom: hits[0].unit } : {}), from: a, to: hits[0].f, direction: /^(?:tăng|rose|increased|grew)$/u.test(word) ? "up" : "down", directionWord: { start: wAt, end: wAt + word.length }, stated: [{ figure: d, what: relative ? "relative" : "difference" }] });
  }
}
