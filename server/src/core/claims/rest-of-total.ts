// What is left of a total after the part used: "vận động được 18,74 tỷ đồng … . Trong năm đã chi hỗ
// trợ … 16,95 tỷ đồng, còn tồn quỹ 1,79 tỷ đồng", "tiếp nhận 1.250 tấn gạo …; đã cấp phát 980 tấn …,
// còn lại 270 tấn", list items "- Tổng kinh phí … phê duyệt: 1.486,25 tỷ đồng. - Đã chi trả …:
// 1.127,40 tỷ đồng … - Số kinh phí chưa chi trả: còn 358,85 tỷ đồng", "was awarded £186,500 … . Of
// this, £142,300 had been spent …, leaving £44,200".
//
// Trust first: three amounts of one unit and scale (or counts of one noun) in one paragraph, read in
// order: the total named as received, approved or planned, then the part named as used by its verb,
// then the rest named as left. No other amount of the kind may stand between them outside brackets
// (a bracketed earlier value or average is allowed), and the part may not exceed the total.
import type { Figure } from "../types.ts";
import { type UnitContext, inBrackets, isPercent } from "./context.ts";
import type { Difference } from "./difference.ts";
import { findTotalParts } from "./parts.ts";

// A bare "còn" also joins contrasts ("…, còn huyện B đạt …"): only right before the figure.
const REST_VI = /(?:^|[^\p{L}])(?:(còn[ \t]+lại|còn[ \t]+tồn(?:[ \t]+quỹ)?|tồn[ \t]+quỹ|số[ \t]+dư)(?:[ \t]+(?:[\p{L}\d]+[ \t]+){0,9}?(?:là|khoảng|:))?|((?:vẫn[ \t]+|hiện[ \t]+)?còn))[ \t]*(?:khoảng[ \t]+)?$/u;
// "Số kinh phí chưa chi trả: còn …", "số còn lại chưa phân bổ là …": the words may also open the clause.
const REST_VI_LABEL = /(?:^|[^\p{L}])(chưa[ \t]+(?:được[ \t]+)?(?:chi(?:[ \t]+trả)?|giải[ \t]+ngân|phân[ \t]+bổ|cấp[ \t]+phát|sử[ \t]+dụng|thanh[ \t]+toán|bàn[ \t]+giao))(?:[ \t]+[\p{L}]+){0,4}?[ \t]*(?:là|:)[ \t]*(?:còn[ \t]+(?:lại[ \t]+)?)?$/u;
const REST_EN = /(?:^|[^\p{L}])(leaving(?:[ \t]+a[ \t]+balance[ \t]+of)?|with[ \t]+(?:the[ \t]+)?(?:remaining|rest)|the[ \t]+remaining|(?:a[ \t]+)?(?:remaining|unspent|unused)[ \t]+balance[ \t]+of|(?:which|this|that)[ \t]+leaves)[ \t]*(?:about[ \t]+|around[ \t]+)?$/u;
const REST_EN_AFTER = /^[ \t]+(?:(?:is|was|were|are)[ \t]+(?:still[ \t]+)?)?(?:remaining|left|unspent|unallocated|undisbursed|uncommitted|still[ \t]+to[ \t]+(?:be[ \t]+)?(?:spent|paid|allocated|disbursed)|remains?[ \t]+(?:available|unallocated|uncommitted|unspent|to[ \t]+be[ \t]+(?:spent|allocated|committed|lent)))(?![\p{L}])/u;
/** The verb that says the part was used: before it ("đã chi", "spent") or after it ("had been spent"). */
const USED_VI = /(?:^|[^\p{L}])(?:đã[ \t]+(?:được[ \t]+)?|trong[ \t]+năm[ \t]+(?:đã[ \t]+)?)?(?:chi(?:[ \t]+trả|[ \t]+hỗ[ \t]+trợ)?|giải[ \t]+ngân|cấp[ \t]+phát|cấp|phân[ \t]+bổ|sử[ \t]+dụng|thanh[ \t]+toán|xuất(?:[ \t]+cấp)?|trao|hỗ[ \t]+trợ)(?![\p{L}])[^\d;]{0,60}$/u;
const USED_VI_DA = /(?:^|[^\p{L}])đã(?![\p{L}])/u;
const USED_EN_BEFORE = /(?:^|[^\p{L}])(?:spent|paid(?:[ \t]+out)?|disbursed|distributed|allocated|used|committed|drawn[ \t]+down)[ \t]+(?:a[ \t]+total[ \t]+of[ \t]+)?$/u;
const USED_EN_AFTER = /^[ \t]*(?:(?:had|has|have|was|were)[ \t]+(?:been[ \t]+)?|(?:now|already)[ \t]+)(?:spent|paid(?:[ \t]+out)?|disbursed|distributed|allocated|used|committed|drawn[ \t]+down)(?![\p{L}])/u;
/** The total: received, raised, approved, planned or named as the total. */
const TOTAL_VI = /(?:^|[^\p{L}])(?:tổng|tiếp[ \t]+nhận|vận[ \t]+động(?:[ \t]+được)?|huy[ \t]+động(?:[ \t]+được)?|phê[ \t]+duyệt|kế[ \t]+hoạch|dự[ \t]+toán|được[ \t]+giao|bố[ \t]+trí|nhận(?:[ \t]+được)?|nguồn)(?![\p{L}])[^\d;]{0,60}$/u;
const TOTAL_EN = /(?:^|[^\p{L}])(?:awarded|received|raised|granted|allocated|budget(?:ed)?|approved|total(?:led|ed)?|a[ \t]+grant[ \t]+of|funding[ \t]+of|capitali[sz]ed|a[ \t]+fund[ \t]+of)(?![\p{L}])[^\d;]{0,50}$/u;

function sameAmount(x: Figure, d: Figure): boolean {
  if (x.kind !== "number" || isPercent(x) || !x.value || x.perYear) return false;
  if (d.unit || x.unit) return (x.unit ?? "") === (d.unit ?? "") && (x.scale?.factor ?? "1") === (d.scale?.factor ?? "1");
  return !!x.noun && !!d.noun && x.noun.split(/[ \t]+/u)[0] === d.noun.split(/[ \t]+/u)[0];
}

function leadOf(ctx: UnitContext, f: Figure, prevEnd: number, n: number): string {
  const q = f.qualifiers[0]?.start ?? f.start;
  return ctx.lower.slice(Math.max(prevEnd, q - n), q);
}

export function findRestOfTotal(ctx: UnitContext, found: Difference[]): Difference[] {
  const out: Difference[] = [];
  const vi = ctx.lang === "vi";
  if (!(vi ? /còn|tồn|số dư|chưa/u : /leaving|leaves|remaining|remains?|unspent|unused|left|unallocated|undisbursed|uncommitted|still to/u).test(ctx.lower)) return out;
  const taken = new Set(found.map((d) => d.diff));
  const figs = ctx.figures;
  for (let i = 1; i < figs.length; i++) {
    const r = figs[i];
    if (!vi && !taken.has(r)) ofTheseRest(ctx, r, out);
    if (taken.has(r) || !sameAmount(r, r) || r.qualifiers.length > 1) continue;
    // A period between ("còn lại phải giải ngân trong 6 tháng cuối năm là") does not cut the words.
    let p = i - 1;
    while (p > 0 && figs[p].kind === "number" && !figs[p].unit && /^(?:tháng|năm|ngày|quý|months?|years?|days?|weeks?)(?:$|[ \t])/u.test(figs[p].noun ?? "")) p--;
    const prevEnd = figs[p].end;
    const lead = leadOf(ctx, r, prevEnd, 90);
    // The rest's own clause: back to the last comma, semicolon, colon or line start.
    // "…, with £44,200 remaining", "…; £44,200 is still unspent": the rest named after it.
    const after = !vi && /(?:(?:,|;)[ \t]*(?:with|and)?|[ \t]and)[ \t]*$/u.test(lead) ? REST_EN_AFTER.exec(ctx.lower.slice(r.end, r.end + 40)) : null;
    const m = vi ? (REST_VI.exec(lead) ?? REST_VI_LABEL.exec(lead)) : (REST_EN.exec(lead) ?? (after ? Object.assign([lead.slice(-1), lead.slice(-1)], { index: lead.length - 1, input: lead, groups: undefined }) as RegExpExecArray : null));
    if (!m) continue;
    // ("Đến nay đã hoàn thành 318 dự án … . Còn 18 dự án chậm tiến độ": a bare "còn" before a count says what
    // some of the rest are, unless nothing or a "not yet" follows the count's noun.)
    if (m[2] && !r.unit && r.noun && !/^[ \t]*(?:chưa|không|[.,;:]|$)/u.test(ctx.lower.slice(r.end, r.end + 40).replace(` ${r.noun}`, ""))) continue;
    if (/\([^)]*$/u.test(lead)) continue;
    // The part used: the nearest amount of the kind before, outside brackets.
    let k = i - 1;
    const like = (f: Figure) => sameAmount(f, r) && !inBrackets(ctx, Math.max(0, f.start - 80), f.start);
    while (k >= 0 && !like(figs[k])) k--;
    if (k < 0) continue;
    // "đã sử dụng 15.240 triệu đồng (81,9%), gồm … 9.870 triệu đồng và … 5.370 triệu đồng; số còn lại
    // 3.360 triệu đồng": the rest is of what was used in all, not of its last item.
    k = beforeBreakdown(ctx, figs, k, like);
    const d = figs[k];
    const dLead = leadOf(ctx, d, k ? figs[k - 1].end : 0, 80);
    const used = vi
      ? USED_VI.test(dLead) && (USED_VI_DA.test(dLead) || /trong[ \t]+năm|cho[ \t]+|hỗ[ \t]+trợ/u.test(dLead))
      : USED_EN_BEFORE.test(dLead) || USED_EN_AFTER.test(ctx.lower.slice(d.end, d.end + 40));
    if (!used) continue;
    // The total: the nearest amount of the kind before the part, outside brackets.
    let j = k - 1;
    while (j >= 0 && !like(figs[j])) j--;
    // "Tổng nguồn kinh phí … là 1.126,8 tỷ đồng, cụ thể: …" then, after its items (or opening the next
    // paragraph), "Đến ngày 31/12/2024 đã phân bổ 1.019,4 tỷ đồng, số còn lại chưa phân bổ là 107,4 tỷ
    // đồng": the total the breakdown above was of.
    const broken = (c: UnitContext, upTo: number) => brokenTotal(c, upTo, d, r);
    const plain = j >= 0 && !figs[j].qualifiers.length && (vi ? TOTAL_VI : TOTAL_EN).test(leadOf(ctx, figs[j], j ? figs[j - 1].end : 0, 90)) && ctx.interval(figs[j], figs[j].value!).hi.gte(ctx.interval(d, d.value!).lo);
    const tItem = j >= 0 && !plain && LIST_ITEM.test(ctx.text.slice(ctx.text.lastIndexOf("\n", figs[j].start) + 1, figs[j].start));
    // ("- Vốn đầu tư: 612,4 tỷ đồng, đã phân bổ 520,1 tỷ đồng, số còn lại … 92,3 tỷ đồng": a list item
    // with its own amount is the whole its rest is of.)
    if (tItem && ctx.sentenceOf(figs[j]) === ctx.sentenceOf(d) && ctx.sentenceOf(d) === ctx.sentenceOf(r) && !figs[j].qualifiers.length && ctx.interval(figs[j], figs[j].value!).hi.gte(ctx.interval(d, d.value!).lo)) {
      out.push({ a: figs[j], b: d, diff: r, word: after ? afterWord(r, after) : wordAt(r, lead, m), points: false, ordered: true });
      continue;
    }
    if (j < 0 || tItem) {
      const here = j >= 0 ? broken(ctx, d.start) : undefined;
      const prev = here ? undefined : ctx.figures.some((f) => f.end <= d.start && sameAmount(f, r)) ? undefined : ctx.previous();
      const above = here ?? (prev ? broken(prev, prev.text.length) : undefined);
      // ("Tổng chi … 6.496,9 …, trong đó: … 4.210 …; … 2.286,9 …. Số dư còn lại … 758,2": the last item
      // of the breakdown is no part used of its own whole.)
      if (above && here && findTotalParts(ctx).some((t) => t.whole === above && t.parts.some((x) => x.figure === d))) continue;
      if (above && /^[ \t]*$/u.test(ctx.text.slice(ctx.text.lastIndexOf("\n", d.start) + 1, ctx.sentenceOf(d).start))) out.push({ a: above, b: d, diff: r, word: after ? afterWord(r, after) : wordAt(r, lead, m), points: false, ordered: true, ...(here ? {} : { aFrom: prev }) });
      continue;
    }
    const t = figs[j];
    if (t.qualifiers.length || d.qualifiers.length) continue;
    const tLead = leadOf(ctx, t, j ? figs[j - 1].end : 0, 90);
    if (!(vi ? TOTAL_VI : TOTAL_EN).test(tLead)) continue;
    // One paragraph (list items count as one), no more than three sentences back.
    const span = ctx.text.slice(t.end, r.start);
    if (/\n[ \t]*\n/u.test(span) || span.length > 400) continue;
    const si = ctx.sentences.indexOf(ctx.sentenceOf(r));
    const st = ctx.sentences.indexOf(ctx.sentenceOf(t));
    if (si - st > 2) continue;
    // The rest closes the three: a fourth amount of the kind in the rest's clause makes it a list.
    const next = figs[i + 1];
    if (next && like(next) && !/[;.]/u.test(ctx.lower.slice(r.end, next.start).replace(/\d[.,]\d/gu, ""))) continue;
    if (!ctx.interval(t, t.value!).hi.gte(ctx.interval(d, d.value!).lo)) continue;
    out.push({ a: t, b: d, diff: r, word: after ? afterWord(r, after) : wordAt(r, lead, m), points: false, ordered: true });
  }
  return out;
}

// "In 2023 there were 3,412 … casualties … . Of these, 41 … and 712 …, giving 753 … (KSI) casualties;
// the remaining 2,659 were slightly injured": the part is the sum stated ("giving", "a total of") in
// a sentence opening "Of these", the whole the count that opens the sentence before. Plain counts
// (nouns may be left out), the part and the rest in the one sentence.
const PLAIN = (f: Figure) => f.kind === "number" && !f.unit && !f.scale && !!f.value && !f.perYear && !f.qualifiers.length && !f.value.decimals;

function ofTheseRest(ctx: UnitContext, r: Figure, out: Difference[]): void {
  if (!PLAIN(r)) return;
  const s = ctx.sentenceOf(r);
  const k = s.figs.indexOf(r);
  const d = s.figs[k - 1];
  if (!d || !PLAIN(d)) return;
  const rq = r.start;
  const m = /(?:^|[;,][ \t]*|[ \t](?:and|while|with)[ \t]+)(the[ \t]+remaining|the[ \t]+other|the[ \t]+rest[ \t]+of[ \t]+them[ \t]+were|the[ \t]+rest[ \t]+were)[ \t]*$/u.exec(ctx.lower.slice(d.end, rq));
  if (!m) return;
  if (!/(?<![\p{L}])(?:giving|making|a[ \t]+total[ \t]+of|totalling|totaling|together|combined|in[ \t]+all|altogether)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, d.start - 25), d.start))) return;
  if (!/^[\s*•-]*of[ \t]+(?:these|them|those|this[ \t]+total|the[ \t]+total)[ \t]*,/u.test(ctx.lower.slice(s.start, s.end))) return;
  const si = ctx.sentences.indexOf(s);
  const prev = si > 0 ? ctx.sentences[si - 1] : undefined;
  if (!prev || !/^[ \t]*$/u.test(ctx.text.slice(prev.end, s.start))) return;
  const whole = prev.figs.find((f) => f.kind === "number" && !f.unit);
  if (!whole || !PLAIN(whole) || inBrackets(ctx, prev.start, whole.start)) return;
  if (!ctx.interval(whole, whole.value!).hi.gte(ctx.interval(d, d.value!).lo)) return;
  const at = d.end + m.index + m[0].indexOf(m[1]);
  out.push({ a: whole, b: d, diff: r, word: { start: at, end: at + m[1].length }, points: false, ordered: true });
}

function afterWord(r: Figure, after: RegExpExecArray): { start: number; end: number } {
  const k = after[0].search(/\S/u);
  return { start: r.end + k, end: r.end + after[0].length };
}

function wordAt(r: Figure, lead: string, m: RegExpExecArray): { start: number; end: number } {
  const w = m[1] ?? m[2];
  const at = (r.qualifiers[0]?.start ?? r.start) - lead.length + m.index + m[0].indexOf(w);
  return { start: at, end: at + w.length };
}

const LIST_ITEM = /^[ \t]*(?:[-*+•–]|\d{1,2}[.)])[ \t]/u;

/** The total named "tổng …" (or "total …") and broken down after it ("cụ thể:", "gồm", "made up
 * of:"), in `c` before `upTo`: the one such amount of the kind, no smaller than the part used. */
function brokenTotal(c: UnitContext, upTo: number, d: Figure, r: Figure): Figure | undefined {
  const vi = c.lang === "vi";
  const hits = c.figures.filter((f) => {
    if (f.end > upTo || !sameAmount(f, r) || f.qualifiers.length || inBrackets(c, Math.max(0, f.start - 80), f.start)) return false;
    // (A year in the total's name is no figure: "Tổng nguồn kinh phí … năm 2024 là".)
    const lead = c.lower.slice(Math.max(0, f.start - 70), f.start).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, "năm");
    const tail = c.lower.slice(f.end, f.end + 40);
    return (vi ? /(?<![\p{L}])tổng(?![\p{L}])[^\d;]{0,60}$/u : /(?<![\p{L}])total(?![\p{L}])[^\d;]{0,50}$/u).test(lead) && (vi ? /^[^\d;.]{0,25}?(?:,[ \t]*)?(?:cụ[ \t]+thể|gồm|bao[ \t]+gồm|trong[ \t]+đó)[ \t]*:?/u : /^[^\d;.]{0,25}?(?:,[ \t]*)?(?:as[ \t]+follows|comprising|made[ \t]+up[ \t]+of|including)[ \t]*:?/u).test(tail);
  });
  if (hits.length !== 1) return undefined;
  return c.interval(hits[0], hits[0].value!).hi.gte(c.interval(d, d.value!).lo) ? hits[0] : undefined;
}

const BREAKDOWN_OPEN = /^[ \t]*(?:\([^()\d]*\d[^()]*\))?[ \t]*,?[ \t]*(?:gồm|bao[ \t]+gồm|trong[ \t]+đó|cụ[ \t]+thể|including|of[ \t]+which|comprising)(?![\p{L}])/u;

/** The amount whose breakdown ends at figs[k], when figs[k] is its last item: the items follow it
 * after "gồm / trong đó / including", all in one clause (no ";" or "." between). Else k. */
function beforeBreakdown(ctx: UnitContext, figs: Figure[], k: number, like: (f: Figure) => boolean): number {
  for (let j = k - 1, seen = 0; j >= 0 && seen < 6; j--) {
    if (!like(figs[j])) continue;
    seen++;
    const next = figs.slice(j + 1, k + 1).find(like);
    if (!next) return k;
    if (/[;]|\.[ \t]/u.test(ctx.lower.slice(figs[j].end, figs[k].start).replace(/\d[.,]\d/gu, ""))) return k;
    if (BREAKDOWN_OPEN.test(ctx.lower.slice(figs[j].end, next.start).replace(/^[^(,;]*?(?=\(|,|gồm|bao|trong|cụ|including|of|comprising)/u, ""))) {
      // The items are joined as a list ("… 9.870 triệu đồng và … 5.370 triệu đồng"), with no verb of
      // their own between them ("612,4 tỷ đồng, đã phân bổ 520,1 tỷ đồng" is an item and its use).
      const items = figs.slice(j + 1, k + 1).filter(like);
      for (let n = 1; n < items.length; n++) {
        const gap = ctx.lower.slice(items[n - 1].end, items[n].start);
        if (!/(?:,|(?<![\p{L}])(?:và|and))/u.test(gap) || /[:\n]|(?<![\p{L}])(?:đã|được|spent|used|allocated|paid|disbursed|phân[ \t]+bổ|giải[ \t]+ngân)(?![\p{L}])/u.test(gap)) return k;
      }
      return seen >= 2 ? j : k;
    }
  }
  return k;
}
