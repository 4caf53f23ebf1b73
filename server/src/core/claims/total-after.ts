// A total stated after its parts: "UBND tỉnh tặng Bằng khen cho 6 tập thể và 9 cá nhân; UBND huyện
// tặng Giấy khen cho 45 tập thể và 72 cá nhân. Tổng cộng có 51 tập thể và 81 cá nhân", "In total,
// 1,146 pupils …"; and a total named by the labels of its parts: "- **Jobs created:** 3,412 …
// - **Jobs safeguarded:** 1,865, giving 5,277 jobs created or safeguarded in total".
import { sameNoun } from "../figures/nouns.ts";
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets, isCount, type Sentence, REST_BEFORE } from "./context.ts";
import { parallelPlaces, type TotalParts } from "./parts.ts";
import { D } from "../math/interval.ts";

/** A sentence that opens with the words of a sum: "Tổng cộng có", "Tính chung", "In total,". */
const SUM_OPENER = /^[\s*•-]*(?:tổng cộng|tính chung|cộng chung|cộng lại|in total|altogether|in all)(?:[ \t]*[,:])?(?:[ \t]+(?:(?:đã[ \t]+)?có|là|there were|there are))?[ \t]*$/u;
/** A figure right after these words is a change, a comparison or a plan, not a part. */
const NOT_PART = /(?:tăng|giảm|thêm|hơn|vượt|so với|từ|lên|xuống|kế hoạch|mục tiêu|more|fewer|up|down|from|than|to|target|plan|of)[ \t]*$/u;
/** Before a total named after its parts' labels: "giving", "making", "a total of". */
const SUM_CUE = /(?:giving|making|bringing (?:the )?total to|for a total of|a total of|totalling|totaling|nâng tổng số lên|tổng cộng|tổng số)[ \t]+$/u;

/** Before the first count inspected. */
const INSPECTED = /(?:kiểm tra|thanh tra|giám sát|rà soát|inspected|audited|examined|checked)[ \t]*$/u;
/** Opens the findings of that inspection. */
const FOUND = /(?<![\p{L}])(?:qua (?:kiểm tra|thanh tra|giám sát|rà soát)|kết quả (?:kiểm tra|thanh tra)|the inspections? found|inspections? found)(?![\p{L}])/u;
const GOOD = /(?:chấp hành tốt|thực hiện tốt|không (?:có )?vi phạm|đạt yêu cầu|compliant|no breach|satisfactory)/u;
const BAD = /(?:vi phạm|sai phạm|khuyết điểm|không đạt|breach|violation|unsatisfactory|non-compliant)/u;

const PERSONS = /^(?:people|persons|individuals|residents|clients|patients|service users|households|families|children|adults)$/u;

/** "… 1,047 school sessions to 28,416 pupils … . Pupils came from:": a lead with no figure that opens
 * with the noun of one count in the sentence before names that count. */
function namedAbove(ctx: UnitContext, si: number, p: number): Figure | undefined {
  if (si === 0) return undefined;
  // (Or by a pronoun and the noun: "The source of those referrals was as follows:".)
  const lead = ctx.lower.slice(ctx.sentences[si].start, p);
  // ("In Q3 there were 1,596 discharges … . The average delay … was 6.8 days (…). Recorded reasons were:":
  // reasons, causes or outcomes of the one count of events told just above.)
  if (/^[\s*•#-]*(?:the[ \t]+)?(?:[\p{L}]+[ \t]+)?(?:reasons?|causes?|outcomes?)(?:[ \t]+(?:for|of)[ \t]+[\p{L}]+(?:[ \t]+[\p{L}]+)?)?[ \t]+(?:were|was|are|is)(?:[ \t]+as[ \t]+follows)?[ \t]*$/u.test(lead)) {
    const cands = ctx.sentences.slice(Math.max(0, si - 2), si).flatMap((x) => x.figs.filter((f) => f.kind === "number" && isCount(f) && !!f.noun && !/^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)(?: |$)/u.test(f.noun) && !inSentenceBrackets(ctx, x, f) && !/(?:average|mean|per)(?:[ \t]+[\p{L}]+){0,3}[ \t]*$/u.test(ctx.lower.slice(Math.max(x.start, f.start - 30), f.start))));
    if (cands.length === 1) return cands[0];
  }
  const head = /^[\s*•#-]*([\p{L}\p{M}]+)[ \t]/u.exec(lead)?.[1] === "the" || /^[\s*•#-]*\d/u.test(lead) ? /(?<![\p{L}])(?:those|these|the|all)[ \t]+([\p{L}]+)(?![\p{L}])/u.exec(lead.replace(/^[\s*•#-]*the[ \t]/u, " "))?.[1] : /^[\s*•#-]*([\p{L}\p{M}]+)[ \t]/u.exec(lead)?.[1];
  if (!head || head.length < 4) return undefined;
  const prev = ctx.sentences[si - 1];
  // (Not an average of that noun: "an average of 27 pupils per session".)
  const named = prev.figs.filter((f) => f.kind === "number" && isCount(f) && !!f.noun && f.noun.split(" ").pop() === head && !/^[ \t]+[\p{L} ]*?(?:per|a|each|mỗi)[ \t]/u.test(ctx.lower.slice(f.end, f.end + f.noun.length + 8)) && !/(?:average|mean|bình quân|trung bình)(?:[ \t]+of)?[ \t]*$/u.test(ctx.lower.slice(Math.max(prev.start, f.start - 20), f.start)));
  return named.length === 1 ? named[0] : undefined;
}

/** The counts joined by "và", "and" or a comma from s.figs[i] on: "1.246 tổ chức đảng và 3.518 đảng viên". */
function chainAt(ctx: UnitContext, s: Sentence, i: number): Figure[] {
  const out = [s.figs[i]];
  for (let j = i + 1; j < s.figs.length; j++) {
    const a = out[out.length - 1];
    const f = s.figs[j];
    if (f.kind !== "number" || !isCount(f) || !f.noun || !a.noun) break;
    if (!/^[ \t]*(?:,|và|and)[ \t]*$/u.test(ctx.lower.slice(ctx.lower.indexOf(a.noun, a.end) + a.noun.length, f.start))) break;
    out.push(f);
  }
  return out;
}

function inSentenceBrackets(ctx: UnitContext, s: Sentence, f: Figure): boolean {
  return inBrackets(ctx, s.start, f.start);
}

/** "sessions to 28,416 pupils": "to" after a verb of giving names who received, not a value reached. */
function recipientTo(b: string): string {
  return /(?<![\p{L}])(?:rose|risen|increased|fell|fallen|decreased|grew|grown|dropped|climbed|reduced|up|down|went|gone|changed|revised|moved)(?:[ \t]+[\p{L}]+){0,2}[ \t]+to[ \t]*$/u.test(b) ? b : b.replace(/(?<![\p{L}])to[ \t]*$/u, " ");
}

function before(ctx: UnitContext, f: Figure, n: number): string {
  const q = f.qualifiers[0]?.start ?? f.start;
  return ctx.lower.slice(Math.max(0, q - n), q);
}

export function findTotalsAfter(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const prev = ctx.sentences[si - 1];
    // 1) "Tổng cộng có 51 tập thể và 81 cá nhân": each total sums the previous sentence's counts of its noun.
    const first = s.figs[0];
    // ("In total, 40 schools have been refurbished since 2015": a total over a longer period is not their sum.)
    if (first && SUM_OPENER.test(ctx.lower.slice(s.start, first.qualifiers[0]?.start ?? first.start)) && !/(?<![\p{L}])(?:since|over the|in the last|in the past|to date|so far|cumulative|kể từ|từ năm|giai đoạn|nhiệm kỳ|lũy kế|luỹ kế|đến nay)(?![\p{L}])/u.test(ctx.lower.slice(s.start, s.end))) {
      // The totals: counts joined by "và/and/," right after the opener, nothing else between.
      const totals: Figure[] = [first];
      for (let i = 1; i < s.figs.length; i++) {
        const gap = ctx.lower.slice(s.figs[i - 1].end, s.figs[i].start);
        if (!/^[ \t]+[\p{L}\p{M} \t]{1,30}?(?:,|[ \t]+(?:và|and))[ \t]*$/u.test(gap)) break;
        totals.push(s.figs[i]);
      }
      for (const t of totals) {
        if (t.kind !== "number" || !isCount(t) || !t.noun || used.has(t.id)) continue;
        const same = prev.figs.filter((f) => f.kind !== "percent" && sameNoun(f.noun, t.noun));
        const parts = same.filter((f) => f.kind === "number" && isCount(f) && !used.has(f.id) && !inSentenceBrackets(ctx, prev, f) && !NOT_PART.test(before(ctx, f, 30)));
        if (parts.length < 2 || parts.length !== same.length) continue;
        out.push({ whole: t, wholeNum: t.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: true });
        used.add(t.id);
        for (const f of parts) used.add(f.id);
      }
    }
  }
  // 2) "… giving 5,277 jobs created or safeguarded in total": the total's words are its parts' labels
  // ("jobs created", "jobs safeguarded"), each labelling a count in the sentences just before.
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (const t of s.figs) {
      if (t.kind !== "number" || !isCount(t) || !t.noun || used.has(t.id) || !SUM_CUE.test(before(ctx, t, 30))) continue;
      const m = /^[ \t]+([\p{L}\p{M}-]+)[ \t]+([\p{L}\p{M}-]+)[ \t]+(?:or|and|và|hoặc)[ \t]+([\p{L}\p{M}-]+)(?![\p{L}\p{M}])/u.exec(ctx.lower.slice(t.end, t.end + 80));
      if (!m) continue;
      const labels = [`${m[1]} ${m[2]}`, `${m[1]} ${m[3]}`];
      const parts: Figure[] = [];
      for (const label of labels) {
        // The figure the label heads ("**Jobs created:** 3,412", "jobs created: 3,412"), nearest first.
        let found: Figure | undefined;
        for (let j = si; j >= Math.max(0, si - 2) && !found; j--) {
          for (const f of [...ctx.sentences[j].figs].reverse()) {
            if (f.start >= t.start || f === t || f.kind !== "number" || !isCount(f) || used.has(f.id)) continue;
            const b = before(ctx, f, label.length + 12);
            const at = b.lastIndexOf(label);
            if (at < 0 || !/^[ \t]*[*_]{0,2}[ \t]*:[ \t]*[*_]{0,2}[ \t]*$|^[ \t]*[*_]{0,2}[ \t]*$/u.test(b.slice(at + label.length)) || /[\p{L}\p{M}]/u.test(b.charAt(at - 1))) continue;
            found = f;
            break;
          }
        }
        if (!found) break;
        parts.push(found);
      }
      if (parts.length !== 2 || parts[0] === parts[1]) continue;
      out.push({ whole: t, wholeNum: t.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: true });
      used.add(t.id);
      for (const f of parts) used.add(f.id);
    }
  }
  // 3) "Có 158/164 thôn, tổ dân phố có nhà văn hóa, … . Hiện còn 6 thôn chưa có nhà văn hóa", "158 of
  // 164 villages have a hall. The remaining 6 villages …": the rest, in the next sentence, of a
  // fraction's whole. In Vietnamese the rest must deny the fraction's own words ("có nhà văn hóa").
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const r = s.figs[0];
    if (!r || r.kind !== "number" || !isCount(r) || used.has(r.id)) continue;
    const lead = ctx.lower.slice(s.start, r.qualifiers[0]?.start ?? r.start);
    const vi = /^[\s*•-]*(?:(?:hiện nay|hiện|đến nay|đến thời điểm này|đến thời điểm hiện tại)(?:[ \t]*,)?[ \t]+)?(?:vẫn[ \t]+)?còn(?:[ \t]+lại)?[ \t]*$/u.test(lead);
    const en = /^[\s*•-]*the[ \t]+(?:remaining|other)[ \t]*$/u.test(lead);
    if (!vi && !en) continue;
    const prev = ctx.sentences[si - 1];
    const fr = [...prev.figs].reverse().find((f) => f.kind === "fraction" && !used.has(f.id) && (r.noun ? sameNoun(f.noun, r.noun) : !!f.noun));
    if (!fr || !fr.noun || prev.figs.some((f) => f.kind === "fraction" && f !== fr && f.denominator!.exact === fr.denominator!.exact)) continue;
    if (/(?:xếp|đứng|hạng|thứ|ranked|rank)[ \t]*$/u.test(before(ctx, fr, 12))) continue;
    if (vi) {
      // What the fraction counts after its noun (and a noun list): "… có nhà văn hóa"; the rest: "chưa có nhà văn hóa".
      const nounEnd = ctx.lower.indexOf(fr.noun, fr.end) + fr.noun.length;
      const said = ctx.lower.slice(nounEnd, nounEnd + 80).replace(/^(?:[ \t]*,[ \t]*[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){0,2})*[ \t]*,?[ \t]*/u, "");
      const rNounEnd = r.noun ? ctx.lower.indexOf(r.noun, r.end) + r.noun.length : r.end;
      const denied = /^[ \t]*(?:chưa|không)[ \t]+((?:[\p{L}\p{M}]+[ \t]*){2,4})/u.exec(ctx.lower.slice(rNounEnd, rNounEnd + 60));
      if (!denied) continue;
      const words = denied[1].trim().split(/[ \t]+/).slice(0, 3).join(" ");
      if (!said.startsWith(words)) continue;
    }
    out.push({ whole: fr, wholeNum: fr.denominator!, parts: [{ figure: fr, num: fr.numerator! }, { figure: r, num: r.value! }], exhaustive: true });
    used.add(fr.id);
    used.add(r.id);
  }
  // 5) "đã kiểm tra 1.246 tổ chức đảng và 3.518 đảng viên … . Qua kiểm tra, kết luận 1.219 tổ chức đảng
  // và 3.402 đảng viên chấp hành tốt; 27 tổ chức đảng và 116 đảng viên có vi phạm": the counts found
  // after an inspection split the counts inspected, by noun; one outcome alone is at most its count.
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let i = 0; i < s.figs.length; i++) {
      const w0 = s.figs[i];
      if (w0.kind !== "number" || !isCount(w0) || !w0.noun || !INSPECTED.test(before(ctx, w0, 30))) continue;
      const inspected = chainAt(ctx, s, i);
      const last = inspected[inspected.length - 1];
      // The findings: "qua kiểm tra (,) (kết luận)" later in this sentence or at the start of the next.
      const rest = ctx.lower.slice(last.end, s.end);
      let cue = FOUND.exec(rest);
      let t = s;
      let at = cue ? last.end + cue.index + cue[0].length : -1;
      if (!cue && si + 1 < ctx.sentences.length) {
        t = ctx.sentences[si + 1];
        cue = FOUND.exec(ctx.lower.slice(t.start, t.end));
        at = cue && cue.index <= 4 ? t.start + cue.index + cue[0].length : -1;
      }
      if (at < 0) continue;
      // Clauses after the cue, split by ";": each opens with a chain of counts, then its outcome.
      const clauses: { figs: Figure[]; outcome: string }[] = [];
      let from = at;
      while (from < t.end) {
        const semi = ctx.text.indexOf(";", from);
        const end = semi >= 0 && semi < t.end ? semi : t.end;
        const k = t.figs.findIndex((f) => f.start >= from && f.start < end);
        if (k < 0 || !/^[ \t,:]*(?:(?:đã[ \t]+)?kết luận[ \t]+|có[ \t]+)?$/u.test(ctx.lower.slice(from, t.figs[k].start))) break;
        const figs = chainAt(ctx, t, k);
        clauses.push({ figs, outcome: ctx.lower.slice(figs[figs.length - 1].end, end) });
        from = end + 1;
      }
      if (!clauses.length) continue;
      // (A count inspected may be broken down otherwise too: "3.518 đảng viên, trong đó có 1.127 …".)
      for (const w of inspected) {
        const parts: Figure[] = [];
        const outcomes: string[] = [];
        for (const c of clauses) for (const f of c.figs) if (sameNoun(f.noun, w.noun) && !used.has(f.id)) { parts.push(f); outcomes.push(c.outcome); }
        if (!parts.length) continue;
        const pos = outcomes.some((o) => GOOD.test(o));
        const neg = outcomes.some((o) => !GOOD.test(o) && BAD.test(o));
        const exhaustive = parts.length >= 2 && pos && neg;
        if (parts.length >= 2 && !exhaustive) continue;
        out.push({ whole: w, wholeNum: w.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive });
        used.add(w.id);
        for (const f of parts) used.add(f.id);
      }
      i += inspected.length - 1;
    }
  }
  // 3b) "toàn huyện có 22 xã, đến nay có 17 xã đạt chuẩn nông thôn mới … . Năm xã còn lại đạt từ 13
  // đến 16 tiêu chí": the remaining ones, a few sentences on, complete the count and its part.
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const r = s.figs[0];
    if (!r || r.kind !== "number" || !isCount(r) || !r.noun || used.has(r.id)) continue;
    if (!/^[\s*•-]*$/u.test(ctx.lower.slice(s.start, r.start))) continue;
    const nounEnd = ctx.lower.indexOf(r.noun, r.end) + r.noun.length;
    if (!/^[ \t]+còn lại(?![\p{L}])/u.test(ctx.lower.slice(nounEnd, nounEnd + 12))) continue;
    for (let j = si - 1; j >= Math.max(0, si - 3); j--) {
      const t = ctx.sentences[j];
      const same = t.figs.filter((f) => f.kind === "number" && isCount(f) && sameNoun(f.noun, r.noun));
      const wi = same.findIndex((f) => /(?:^|[,;:.]|\s)(?:toàn[ \t]+[\p{L}\p{M}]+[ \t]+)?có[ \t]*$/u.test(before(ctx, f, 30)) && !NOT_PART.test(before(ctx, f, 20)) && !inSentenceBrackets(ctx, t, f));
      if (wi < 0 || wi + 1 >= same.length) continue;
      const [w, part] = [same[wi], same[wi + 1]];
      if (!/^[^.;()]{0,40},[ \t]*(?:(?:đến nay|hiện nay|hiện|trong đó)[ \t]+)?(?:đã[ \t]+)?có[ \t]*$/u.test(ctx.lower.slice(w.end, part.start))) continue;
      out.push({ whole: w, wholeNum: w.value!, parts: [{ figure: part, num: part.value! }, { figure: r, num: r.value! }], exhaustive: true });
      used.add(r.id);
      break;
    }
  }
  // 8) "Total income was £486.3 million … . Tuition fees accounted for £312.5 million (64.3%), research
  // grants £71.8 million (14.8%), …": amounts that each account for part of the total just stated.
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const a = s.figs[0];
    if (!a || a.kind !== "number" || !a.unit || a.unit === "%" || a.perYear || used.has(a.id)) continue;
    if (!/(?:accounted for|made up|contributed|comprised|chiếm|gồm)[ \t]*$/u.test(before(ctx, a, 20))) continue;
    const prev = ctx.sentences[si - 1];
    const same = (f: Figure) => f.kind === "number" && f.unit === a.unit && !f.perYear;
    const w = prev.figs.find((f) => same(f) && /(?:total|tổng)(?:[ \t]+[\p{L}\p{M}]+){0,4}[ \t]+(?:was|were|of|stood at|reached|amounted to|là|đạt|ước đạt)[ \t]*$/u.test(before(ctx, f, 60)));
    if (!w) continue;
    // The list: amounts of that unit, each after its own label, a share in brackets the only other figure.
    const parts = [a];
    for (let i = 1; i < s.figs.length; i++) {
      const f = s.figs[i];
      if (f.kind === "percent") {
        if (!/^[ \t]*\([ \t]*$/u.test(ctx.lower.slice(s.figs[i - 1].end, f.start))) { parts.length = 0; break; }
        continue;
      }
      if (!same(f)) { parts.length = 0; break; }
      const gap = ctx.lower.slice(s.figs[i - 1].end, f.start).replace(/^[ \t]*\)/u, "");
      if (!/^(?:[ \t]*,[ \t]*(?:and[ \t]+|và[ \t]+)?|[ \t]+(?:and|và)[ \t]+)[\p{L}\p{M} ,'’-]{2,80}$/u.test(gap) || /(?<![\p{L}])(?:up|down|from|than|compared|against|target|budget|plan|tăng|giảm|so với|kế hoạch|dự toán)(?![\p{L}])/u.test(gap)) { parts.length = 0; break; }
      parts.push(f);
    }
    if (parts.length < 2) continue;
    const lastLabel = ctx.lower.slice(parts[parts.length - 2].end, parts[parts.length - 1].start);
    const exhaustive = /(?<![\p{L}])(?:other|others|khác|còn lại)(?![\p{L}])/u.test(lastLabel);
    out.push({ whole: w, wholeNum: w.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive, amounts: true, listed: true });
    for (const f of parts) used.add(f.id);
  }
  // 6) "… the waiting list stood at 54,286 pathways … . Of the patients on the list, 33,114 (61.0%) had
  // waited …", "We received 4,812 written complaints … . Of all complaints, 1,618 related to billing,
  // 1,204 to water supply and 987 to sewerage": a sentence opening with the name of a count given just
  // before takes its counts as parts of it.
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const first = s.figs[0];
    if (!first || first.kind !== "number" || !isCount(first) || used.has(first.id)) continue;
    const open = /^[\s*•-]*(?:of|among|trong số|trong tổng số)[ \t]+(?:all[ \t]+)?(?:the[ \t]+|these[ \t]+|those[ \t]+|các[ \t]+)?([\p{L}\p{M}' -]{3,60}?)[ \t]*,[ \t]*(?:có[ \t]+)?$/u.exec(ctx.lower.slice(s.start, first.qualifiers[0]?.start ?? first.start));
    // ("Of the remaining responses, 612 (3.3%) …": the rest of a whole, its count not stated.)
    if (!open || /^(?:remaining|rest|other|others)(?![\p{L}])/u.test(open[1])) continue;
    const words = open[1].split(/[ \t]+/).filter((x) => x.length >= 3 && !/^(?:the|all|these|those|who|which|that|were|was|are|with|from|các|những|đã|được)$/u.test(x));
    if (!words.length) continue;
    const named = (f: Figure) => {
      const b = before(ctx, f, 40);
      return words.some((x) => sameNoun(f.noun, x) || new RegExp(`(?<![\\p{L}])${x}(?![\\p{L}])`, "u").test(b));
    };
    let whole: Figure | undefined;
    // ("We opened 312,400 enquiries … and closed 298,750. Of the closed enquiries, …": a count the
    // opening's other words name as well leaves it unclear which one is meant.)
    const score = (f: Figure) => words.filter((x) => sameNoun(f.noun, x) || new RegExp(`(?<![\\p{L}])${x}(?![\\p{L}])`, "u").test(before(ctx, f, 24))).length;
    // ("982 complaints had been closed, leaving 64 …. Of the closed complaints, …": what is left is no
    // whole; and a sentence that names two leaves it unclear, with no falling back to one further up.)
    let unclear = false;
    for (let j = si - 1; j >= Math.max(0, si - 2) && !whole && !unclear; j--) {
      const prev = ctx.sentences[j];
      const cands = prev.figs.filter((f) => f.kind === "number" && isCount(f) && !NOT_PART.test(before(ctx, f, 20)) && !REST_BEFORE.test(before(ctx, f, 16)) && !inSentenceBrackets(ctx, prev, f));
      whole = [...cands].reverse().find((f) => !!f.noun && named(f));
      if (whole && cands.some((f) => f !== whole && score(f) >= score(whole!))) {
        whole = undefined;
        unclear = true;
      }
    }
    if (!whole || !new D(whole.value!.exact).gt(first.value!.exact)) continue;
    // More parts only when each names where it goes with one preposition ("… to billing, 1,204 to …").
    const semi = ctx.text.indexOf(";", first.end);
    const end = semi >= 0 && semi < s.end ? semi : s.end;
    const run = [first];
    for (const f of s.figs.slice(1)) {
      if (f.start >= end || f.kind !== "number" || !isCount(f) || !/^[ \t]*(?:,|and|và)[ \t]*(?:and[ \t]+)?$/u.test(ctx.lower.slice(run[run.length - 1].end, f.start).replace(/^[^,]*?(?=,|[ \t]and[ \t])/u, ""))) break;
      run.push(f);
    }
    const parts = run.length >= 2 && parallelPlaces(ctx, run, end) ? run : [first];
    out.push({ whole, wholeNum: whole.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: false, listed: parts.length >= 2 || undefined });
    for (const f of parts) used.add(f.id);
  }
  // 7) "The programme covered 14 districts in three provinces: Northern (5 districts), Central (6) and
  // Eastern (3)", "gồm 3 cụm: Bắc (12 xã), Trung (9 xã) và Nam (7 xã)": named groups after a colon,
  // each with its count in brackets, make up the count of that noun before the colon.
  for (const s of ctx.sentences) {
    const text = ctx.text.slice(s.start, s.end);
    const c = text.indexOf(":");
    if (c < 0) continue;
    const colon = s.start + c;
    const lead = s.figs.filter((f) => f.end <= colon);
    const items = s.figs.filter((f) => f.start > colon);
    if (!lead.length || items.length < 2 || items.some((f) => f.kind !== "number" || !isCount(f) || used.has(f.id))) continue;
    // Every item: ", Name (N[ noun])" with "and"/"và" before the last, up to the clause's end.
    let at = colon + 1;
    let ok = true;
    for (const f of items) {
      const m = /^[ \t]*(?:,[ \t]*)?(?:(?:and|và)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}[ \t]*\([ \t]*$/u.exec(ctx.text.slice(at, f.start));
      const close = /^(?:[ \t]+[\p{L}\p{M}-]+){0,2}[ \t]*\)/u.exec(ctx.text.slice(f.end, f.end + 40));
      if (!m || !close || (f.noun && !/^[ \t]*\)/u.test(ctx.text.slice(f.end + close[0].length - 1)))) { ok = false; break; }
      at = f.end + close[0].length;
    }
    if (!ok || !/^[ \t]*(?:[.;]|$)/u.test(ctx.text.slice(at, s.end))) continue;
    const noun = items.find((f) => f.noun)?.noun;
    const w = noun ? [...lead].reverse().find((f) => f.kind === "number" && isCount(f) && sameNoun(f.noun, noun)) : lead.length === 1 ? lead[0] : undefined;
    if (!w || !w.noun || w.kind !== "number" || !isCount(w) || NOT_PART.test(before(ctx, w, 20)) || colon - w.end > 80 || items.some((f) => f.noun && !sameNoun(f.noun, w.noun))) continue;
    out.push({ whole: w, wholeNum: w.value!, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: true, listed: true });
    used.add(w.id);
    for (const f of items) used.add(f.id);
  }
  // 4) "The 14,286 crimes recorded break down by category as follows:" and then list items
  // ("- theft offences: 4,033 (28.2%);"), one count each: the items are parts of the count the line
  // names, all of it when the line breaks it down or the last item is the rest ("all other offences").
  for (let si = 0; si + 2 < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const colon = /:[ \t]*$/u.exec(ctx.text.slice(s.start, s.end).trimEnd());
    if (!colon) continue;
    const p = s.start + ctx.text.slice(s.start, s.end).trimEnd().length - 1;
    const w = s.figs.length ? s.figs[s.figs.length - 1] : namedAbove(ctx, si, p);
    // ("total learning participation was 97,525:": a total named before its figure, the colon right after.)
    const namedTotal = !!w && !w.noun && w.start > s.start && /^[ \t]*$/u.test(ctx.text.slice(w.end, p)) && /(?<![\p{L}])(?:total|tổng(?:[ \t]+số)?)(?![\p{L}])[^\d;:()]{0,60}(?:was|were|is|are|of|là|đạt)[ \t]*$/u.test(ctx.lower.slice(s.start, w.qualifiers[0]?.start ?? w.start));
    if (!w || w.kind !== "number" || !isCount(w) || (!w.noun && !namedTotal) || used.has(w.id) || (w.start > s.start && p - w.end > 100)) continue;
    const intro = ctx.lower.slice(w.start > s.start ? w.end : s.start, p);
    if (/[\d;()]/u.test(intro.replace(/(?<!\d)(?:19|20)\d\d(?:\/\d\d)?(?!\d)|(?<![\p{L}])(?:quarter|q|quý)[ \t]*[1-4](?!\d)/gu, "")) || NOT_PART.test(recipientTo(before(ctx, w, 30)))) continue;
    // "Of the 498 reablement episodes completed in Quarter 2:" and then "- 312 people needed …;": a
    // lead that takes its items out of the count may list them count first.
    const partitive = w.start > s.start && /^[\s*•-]*(?:(?:về|by)[ \t]+[\p{L}\p{M} ]{2,30},[ \t]*)?(?:of|among|out of|trong số|trong)[ \t]+(?:the[ \t]+|these[ \t]+|those[ \t]+|all[ \t]+|tổng số[ \t]+)?$/u.test(ctx.lower.slice(s.start, w.qualifiers[0]?.start ?? w.start));
    const parts: Figure[] = [];
    const labels: string[] = [];
    let j = si + 1;
    for (; j < ctx.sentences.length; j++) {
      const item = ctx.sentences[j];
      const marker = /^\s*(?:[-+*•–]|\d{1,2}[.)]|[a-zđ]\))[ \t]+/u.exec(ctx.text.slice(item.start, item.end));
      if (!marker) break;
      const from = item.start + marker[0].length;
      // ("- Very good (90-100): 318": a band in the label's brackets names the item; it counts nothing.)
      const named = item.figs.filter((g) => /\([^()]*$/u.test(ctx.text.slice(from, g.start)) && /^[^()\n]*\)[^\d\n]{0,40}:/u.test(ctx.text.slice(g.end, item.end)));
      const figs = item.figs.filter((g) => !named.includes(g));
      const f = figs[0];
      if (!f || f.kind !== "number" || !isCount(f) || used.has(f.id)) break;
      const label = ctx.lower.slice(from, f.start);
      const countFirst = partitive && f.start === from && (!f.noun || sameNoun(f.noun, w.noun) || PERSONS.test(f.noun)) && /^[ \t]+(?:[\p{L}\p{M}]+[ \t]+){0,2}?(?:were|was|are|is|had|have|has|needed|received|moved|went|returned|left|remained|achieved|did|did not|were not)(?![\p{L}])/u.test(ctx.lower.slice(f.end, f.end + 40));
      // ("- musculoskeletal (MSK) and biomechanics: 2,388": a short form in the label's brackets.)
      if (!countFirst && !(named.length ? /^[\p{L}\p{M} ,'’&–-]{2,100}\([^()]{0,100}\)[ \t]*:[ \t]*$/u : /^(?:[\p{L}\p{M} ,'’&–-]|\([^()\d]{0,60}\)){2,100}:[ \t]*$/u).test(label)) break;
      // ("- of which at night: 3,120": an item of the item before, not another part.)
      if (/^(?:of which|of whom|including|trong đó|in which)(?![\p{L}])/u.test(label)) break;
      // Its only other figure: a share in brackets right after it (or after ", chiếm").
      if (figs.length > 2 || (figs[1] && !(figs[1].kind === "percent" && /^[^()\d]{0,20}(?:\(|,[ \t]*(?:chiếm|accounting[ \t]+for|or))[ \t]*$/u.test(ctx.lower.slice(f.end, figs[1].start))))) break;
      parts.push(f);
      labels.push(label);
    }
    if (parts.length < 2) continue;
    // (The items ran on past what could be read: the list is not all read.)
    const unread = j < ctx.sentences.length && /^\s*(?:[-+*•–]|\d{1,2}[.)]|[a-zđ]\))[ \t]+/u.test(ctx.text.slice(ctx.sentences[j].start, ctx.sentences[j].end)) && ctx.sentences[j].figs.length > 0;
    // ("Of the 498 episodes completed:\n- 312 …;\n- 79 …; and\n- 35 …": items taken out of the count
    // and closed by "and" enumerate all of it.)
    const closedOut = partitive && parts.length >= 3 && /;[ \t]*(?:and|or)[ \t]*\r?\n/u.test(ctx.text.slice(parts[parts.length - 2].end, parts[parts.length - 1].start));
    // ("The source of those referrals was as follows:": laid out in full, unless only the main ones.)
    const asFollows = /(?<![\p{L}])(?:as follows|như sau)(?![\p{L}])/u.test(intro) && !/(?<![\p{L}])(?:main|key|principal|largest|biggest|top|some|examples?|notable|including|chủ yếu|chính|một số|tiêu biểu|nổi bật)(?![\p{L}])/u.test(ctx.lower.slice(s.start, p));
    // ("Về nguyên nhân, trong 87 vụ cháy:" … "- Đang điều tra, chưa xác định nguyên nhân: 05 vụ": causes
    // laid out to the last, unknown one.)
    const unknownLast = /(?<![\p{L}])(?:chưa xác định|không xác định|unknown|not known|not recorded|other|others|khác|còn lại)(?![\p{L}])/u.test(labels[labels.length - 1] ?? "");
    const exhaustive = !unread && (closedOut || asFollows || namedTotal || (partitive && unknownLast && parts.length >= 3) || /(?<![\p{L}])(?:break(?:s)? down|broken down|split|splits|comprise|comprises|comprising|gồm|bao gồm|chia ra|chia thành)(?![\p{L}])/u.test(intro) || /^(?:all[ \t]+)?(?:other|others|the rest|khác|còn lại|các [\p{L} ]+ khác)(?![\p{L}])/u.test(labels[labels.length - 1]));
    out.push({ whole: w, wholeNum: w.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive, listed: true });
    used.add(w.id);
    for (const f of parts) used.add(f.id);
    si = j - 1;
  }
  return out;
}
