// What is left of a target or a base once part of it is reached, said in the same sentence: "18,265
// homes have been better protected against the six-year target of 32,000 homes (57.1%), with 13,735
// homes remaining", "đã hỗ trợ 18.265 hộ so với mục tiêu 32.000 hộ (đạt 57,1%), còn lại 13.735 hộ"
// (the target less the value reached); "2023 attendance was 87.8% of the 2,103,400 visits recorded
// in 2019, leaving a remaining gap of 257,200 visits", "bằng 87,8% so với năm 2019 (2.103.400
// lượt), còn thiếu 257.200 lượt" (the base times what the share leaves).
//
// Strict: one sentence, no other figure between but the share; the value, the target (or base) and
// the rest measure one thing (a unit in one scale, or counts of one noun); the rest is named as left
// right before it ("leaving", "còn lại") or right after it ("remaining", "still to be …").
import type { Figure } from "../types.ts";
import { UnitContext, isPercent } from "./context.ts";
import type { Difference } from "./difference.ts";

export interface ShareRest {
  percent: Figure;
  base: Figure;
  rest: Figure;
  word: { start: number; end: number };
}

const AGAINST_EN = /^[^\d.;:()]{0,80}?(?:[ \t]|^)(?:against|towards?|compared[ \t]+(?:with|to)|out[ \t]+of)[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+|their[ \t]+|an?[ \t]+)?(?:[\p{L}-]+[ \t]+){0,4}?(?:target|goal|plan|budget|ambition|commitment|total)[ \t]+(?:of[ \t]+)?$/u;
const AGAINST_VI = /^[^\d.;:()]{0,80}?(?:[ \t]|^)(?:so[ \t]+với|trên[ \t]+tổng[ \t]+số|trên)[ \t]+(?:kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+toán|tổng[ \t]+số)(?:[ \t]+[\p{L}\p{M}]+){0,6}?[ \t]*(?:là[ \t]+)?$/u;
const SHARE_OF_PLAN = /^[^\d.;:()]{0,40}?,[ \t]*(?:đạt|bằng|or|representing)?[ \t]*$/u;
const PLAN_NAMED = /^[ \t]+(?:of[ \t]+)?(?:the[ \t]+|its[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}?(?:kế[ \t]+hoạch|dự[ \t]+toán|chỉ[ \t]+tiêu|mục[ \t]+tiêu|target|plan|budget|allocation)(?![\p{L}])[\p{L}\p{M} \t]{0,30}?(?:\([ \t]*|là[ \t]+|of[ \t]+)?$/u;
/** Between the target and the rest: the target's noun, its share in a bracket or a clause, a comma. */
const SHARE_BETWEEN = /^(?:[ \t]+[\p{L}\p{M}-]+){0,3}?[ \t]*(?:\([ \t]*(?:đạt[ \t]+|or[ \t]+)?(?:\d[\d.,]*[ \t]*%)[ \t]*\)[ \t]*)?(?:,[ \t]*(?:(?:đạt|bằng|or)[ \t]+)?\d[\d.,]*[ \t]*%[ \t]*)?$/u;
const REST_EN = /^[ \t]*[,;][ \t]*(?:and[ \t]+)?(?:(with|and|(?=$))[ \t]*|(leaving|which[ \t]+leaves|this[ \t]+leaves|that[ \t]+leaves)(?:[ \t]+an?(?:[ \t]+remaining)?[ \t]+(?:gap|shortfall|balance)[ \t]+of)?[ \t]+)(?:a[ \t]+further[ \t]+|another[ \t]+)?$/u;
const REST_EN_AFTER = /^(?:[ \t]+[\p{L}-]+){0,2}?[ \t]+(?:(?:still[ \t]+)?(?:remaining|outstanding|left|to[ \t]+go)|(?:still[ \t]+)?to[ \t]+be[ \t]+[\p{L}]+ed|(?:still[ \t]+)?(?:remain|remained)(?![\p{L}]))(?![\p{L}])/u;
const REST_VI = /^[ \t]*[,;][ \t]*((?:số[ \t]+|phần[ \t]+)?(?:hiện[ \t]+|vẫn[ \t]+)?còn(?:[ \t]+(?:lại|thiếu|phải))?(?:[ \t]+[\p{L}\p{M}]+){0,3}?[ \t]*(?:là[ \t]+)?)$/u;
/** The share of a base: "87.8% of the", "bằng 87,8% so với năm 2019 (". */
const OF_BASE_EN = /^[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+|their[ \t]+)?(?:[\p{L}-]+[ \t]+){0,4}?$/u;
const OF_BASE_VI = /^[ \t]+(?:so[ \t]+với|của)[ \t]+(?:[\p{L}\p{M}]+[ \t]+){0,6}?(?:\(|là[ \t]+)?[ \t]*$/u;
/** A year says when, it is no figure between: "the 2030 goal of", "visits recorded in 2019". */
const YEAR = /(?<![\d.,])(?:19|20)\d\d(?:[/–-]\d{2,4})?(?!\d|[.,]\d)/gu;
const SHARE_LEAD = /(?:was|were|is|are|reached|stood[ \t]+at|at|represents|represented|equal[ \t]+to|equivalent[ \t]+to|bằng|đạt|chiếm|,)[ \t]*$/u;

/** One measure: a unit in one scale, or a count of one noun (a rest may leave its noun out). */
function sameMeasure(x: Figure, y: Figure, restOf = false): boolean {
  if (x.kind !== "number" || y.kind !== "number" || isPercent(x) || isPercent(y) || !x.value || !y.value || x.perYear || y.perYear) return false;
  if (x.unit || y.unit) return x.unit === y.unit && (x.scale?.factor ?? "1") === (y.scale?.factor ?? "1");
  if ((x.scale?.factor ?? "1") !== (y.scale?.factor ?? "1")) return false;
  const a = (x.noun ?? "").split(/[ \t]+/)[0];
  const b = (y.noun ?? "").split(/[ \t]+/)[0];
  return a ? a === b || (restOf && !b) : false;
}

function restWord(ctx: UnitContext, t: Figure, r: Figure): { start: number; end: number } | undefined {
  const gap = ctx.lower.slice(t.end, r.qualifiers[0]?.start ?? r.start);
  // (The share the words between may state: skip it to reach the rest's own words.)
  const k = Math.max(gap.lastIndexOf(","), gap.lastIndexOf(";"));
  if (k < 0 || !SHARE_BETWEEN.test(gap.slice(0, k))) return undefined;
  const tail = gap.slice(k);
  const at = t.end + k;
  if (ctx.lang === "vi") {
    const m = REST_VI.exec(tail);
    if (!m) return undefined;
    const w = m[1].trim();
    const s = at + tail.indexOf(w);
    return { start: s, end: s + w.length };
  }
  const m = REST_EN.exec(tail);
  if (!m) return undefined;
  // "with 13,735 homes remaining": "with" alone says nothing until the word after the rest.
  return enWord(ctx, m, at, tail, r);
}

/** The English rest word: "leaving" before the rest, or after it ("13,735 homes remaining"),
 * which "with" and a bare clause ("; 13,735 homes remain") need. */
function enWord(ctx: UnitContext, m: RegExpExecArray, at: number, tail: string, r: Figure): { start: number; end: number } | undefined {
  if (m[1] !== undefined) {
    const after = REST_EN_AFTER.exec(ctx.lower.slice(r.end, r.end + 50));
    if (!after) return undefined;
    if (!m[1]) {
      const w = /(?:remain\p{L}*|outstanding|left|to[ \t]+go|to[ \t]+be)/u.exec(after[0])!;
      return { start: r.end + w.index, end: r.end + w.index + w[0].length };
    }
  }
  const w = m[1] || m[2];
  const s = at + tail.indexOf(w);
  return { start: s, end: s + w.length };
}

/** "… against the six-year target of 32,000 homes (57.1%). A further 13,735 homes need to be
 * protected by 2027.", "… so với mục tiêu 32.000 hộ. Còn 13.735 hộ cần được hỗ trợ": the rest opens
 * the next sentence, when the target closes its own (only its share after it). */
function nextRest(ctx: UnitContext, s: { end: number; figs: Figure[] }, n: { start: number; figs: Figure[] }, t: Figure, k: number): { start: number; end: number } | undefined {
  if (k !== s.figs.length - 1 || !/^(?:[ \t]+[\p{L}\p{M}-]+){0,3}?[ \t]*(?:\([ \t]*(?:đạt[ \t]+|or[ \t]+)?\d[\d.,]*[ \t]*%[ \t]*\)[ \t]*)?(?:,[ \t]*(?:(?:đạt|bằng|or)[ \t]+)?\d[\d.,]*[ \t]*%[ \t]*)?[.][ \t]*$/u.test(ctx.lower.slice(t.end, s.end))) return undefined;
  const r = n.figs[0];
  if (!r || !/^[ \t]*$/u.test(ctx.text.slice(s.end, n.start)) || !sameMeasure(t, r, true)) return undefined;
  const m = /^[\s*•-]*(a[ \t]+further|another|còn(?:[ \t]+lại)?|cần[ \t]+thêm|phải[ \t]+thêm)[ \t]+$/u.exec(ctx.lower.slice(n.start, r.qualifiers[0]?.start ?? r.start));
  if (!m) return undefined;
  // The rest's verb says it is still to do.
  if (!/^(?:[ \t]+[\p{L}\p{M}-]+){0,2}?[ \t]+(?:need|needs|remain|remains|are[ \t]+still|still|have[ \t]+yet|are[ \t]+yet|to[ \t]+be|cần|phải|chưa|đang[ \t]+chờ)(?![\p{L}])/u.test(ctx.lower.slice(r.end, r.end + 50))) return undefined;
  const at = n.start + ctx.lower.slice(n.start).indexOf(m[1]);
  return { start: at, end: at + m[1].length };
}

/** "X against the target of T (P%), with R remaining": T − X = R. */
export function findRestsOfTarget(ctx: UnitContext, taken: Set<Figure>): Difference[] {
  const out: Difference[] = [];
  if (!(ctx.lang === "vi" ? /còn/u : /remain|leav|left|outstanding|to go|to be/u).test(ctx.lower)) return out;
  const against = ctx.lang === "vi" ? AGAINST_VI : AGAINST_EN;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const next = ctx.sentences[si + 1];
    for (let i = 0; i + 1 < s.figs.length; i++) {
      const x = s.figs[i];
      // "đã giải ngân 41,2 tỷ đồng, đạt 84,8% kế hoạch vốn 48,6 tỷ đồng, còn …": the share of the
      // target may come between the value and the target.
      const shareFirst = isPercent(s.figs[i + 1]) && i + 3 < s.figs.length && SHARE_OF_PLAN.test(ctx.lower.slice(x.end, s.figs[i + 1].start)) && PLAN_NAMED.test(ctx.lower.slice(s.figs[i + 1].end, s.figs[i + 2].start).replace(YEAR, "yyyy"));
      const t = s.figs[shareFirst ? i + 2 : i + 1];
      let k = shareFirst ? i + 3 : i + 2;
      if (!shareFirst && k < s.figs.length && isPercent(s.figs[k])) k++;
      // (The rest may open the next sentence: "… (57.1%). A further 13,735 homes need …".)
      const r = k < s.figs.length ? s.figs[k] : next?.figs[0];
      if (!t || !r || taken.has(r) || !sameMeasure(t, x) || !sameMeasure(t, r, true) || x.qualifiers.length || t.qualifiers.length) continue;
      if (!shareFirst && !against.test(ctx.lower.slice(x.end, t.start).replace(YEAR, "yyyy"))) continue;
      const word = k < s.figs.length ? restWord(ctx, t, r) : nextRest(ctx, s, next!, t, k - 1);
      if (!word) continue;
      // (Past the target the words say by how much it was beaten, not what is left.)
      if (!ctx.interval(t, t.value!).hi.gte(ctx.interval(x, x.value!).lo)) continue;
      out.push({ a: t, b: x, diff: r, word, points: false, ordered: true });
    }
  }
  return out;
}

/** "P% of the B, leaving a remaining gap of R": R = B × (100 − P)%. */
export function findShareRests(ctx: UnitContext): ShareRest[] {
  return ctx.memo("share-rests", () => {
    const out: ShareRest[] = [];
    const vi = ctx.lang === "vi";
    if (!(vi ? /còn/u : /remain|leav|left|outstanding|to go|to be/u).test(ctx.lower)) return out;
    const taken = new Set<Figure>();
    for (const s of ctx.sentences) {
      for (let i = 0; i + 2 < s.figs.length; i++) {
        const [p, b, r] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
        if (p.kind !== "percent" || p.unit !== "%" || !p.value || p.qualifiers.length || b.qualifiers.length || taken.has(r)) continue;
        if (p.value.exact.startsWith("-") || Number(p.value.exact) >= 100) continue;
        if (!sameMeasure(b, b) || !sameMeasure(b, r, true)) continue;
        if (!SHARE_LEAD.test(ctx.lower.slice(Math.max(s.start, p.start - 20), p.start))) continue;
        // The percent is the value's share of the base, not a change or a gap to it.
        if (/(?<![\p{L}])(?:up|down|rose|fell|increase|decrease|higher|lower|above|below|more|less|tăng|giảm|cao|thấp|hơn)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, p.start - 14), p.start))) continue;
        if (!(vi ? OF_BASE_VI : OF_BASE_EN).test(ctx.lower.slice(p.end, b.start).replace(YEAR, "yyyy"))) continue;
        // (A year that says when the base was counted is no figure between: "visits recorded in 2019".)
        const gap = ctx.lower.slice(b.end, r.qualifiers[0]?.start ?? r.start).replace(YEAR, "yyyy");
        const k = Math.max(gap.lastIndexOf(","), gap.lastIndexOf(";"));
        const opened = /\([ \t]*$/u.test(ctx.lower.slice(p.end, b.start));
        if (k < 0 || k > 80 || /[\d.;:()%]/u.test(opened ? gap.slice(0, k).replace(")", "") : gap.slice(0, k))) continue;
        const tail = gap.slice(k);
        const m = vi ? REST_VI.exec(tail) : REST_EN.exec(tail);
        if (!m) continue;
        let word: { start: number; end: number } | undefined;
        if (vi) {
          const w = m[1].trim();
          const at = b.end + k + tail.indexOf(w);
          word = { start: at, end: at + w.length };
        } else word = enWord(ctx, m, b.end + k, tail, r);
        if (!word) continue;
        out.push({ percent: p, base: b, rest: r, word });
        taken.add(r);
      }
    }
    return out;
  });
}
