// A change given by its new value, the difference and the percentage, the earlier value left for the
// reader: "xảy ra 186 vụ … . So với cùng kỳ năm 2023, số vụ giảm 21 vụ (-10,1%)" (the base is
// 186 + 21), "186 vụ, giảm 21 vụ (-10,1%) so với cùng kỳ", "Estimated vacancies fell by 18,000, or
// 2.4%, to 742,000". The percentage is the difference over that implied base. A sign written in the
// bracket ("giảm 5 người (+3,6%)") is a direction of its own.
import type { Figure } from "../types.ts";
import { D } from "../math/interval.ts";
import { inBrackets, isPercent, type Sentence, type UnitContext } from "./context.ts";
import type { Direction } from "./change.ts";

export interface ImpliedBase {
  /** The value after the change; absent when only the sign can be judged. */
  now?: Figure;
  diff: Figure;
  pct: Figure;
  direction: Direction;
  word: { start: number; end: number };
  /** "(+3,6%)", "(-10,1%)": the sign written before the percentage. */
  sign?: { direction: Direction; start: number; end: number };
}

const LEAD = /(?:^|[^\p{L}])(tăng(?:[ \t]+thêm)?|giảm(?:[ \t]+đi)?|rose|fell|increased|decreased|grew|declined|dropped|(?:was|were|is|are)[ \t]+(?:up|down)|up|down)(?:[ \t]+by)?[ \t]*$/u;
const UP_WORD = /^(?:tăng|rose|increased|grew|(?:was|were|is|are)[ \t]+up|up)/u;
/** "21 vụ (-10,1%)": the percentage alone in a bracket after the difference and its noun. */
const TO_PCT_BRACKET = /^(?:[ \t]+[\p{L}]+){0,3}[ \t]*\([ \t]*([+−-])?[ \t]*$/u;
/** "18,000, or 2.4%", "23,7 ha, tương đương 14,5%": the percentage restating the difference. */
const TO_PCT_COMMA = /^(?:[ \t]+[\p{L}]+){0,3}[ \t]*,[ \t]*(?:or|i\.e\.|tương[ \t]+ứng|tương[ \t]+đương|tức(?:[ \t]+là)?|hay)[ \t]+(?:(?:tăng|giảm|up|down)[ \t]+)?$/u;
/** A share's whole or a target after the percentage: no change of the value before. */
const SHARE_AFTER = /^[ \t]*\)?[ \t]*(?:of|của|than|hơn|trên|kế[ \t]+hoạch|dự[ \t]+toán|chỉ[ \t]+tiêu|mục[ \t]+tiêu|target|plan|budget)(?![\p{L}])/u;
/** "… (-10,1%) so với năm 2023 (207 vụ)": a base stated after it is another reading's. */
const BASE_AFTER = /^[ \t]*\)?[ \t]*(?:so[ \t]+với|compared[ \t]+(?:with|to)|from|on|against)(?![\p{L}])[^,;\d]{0,50}$/u;
const TO_AFTER = /^[ \t]*,?[ \t]*(?:to|xuống(?:[ \t]+còn)?|lên|còn)[ \t]+$/u;
/** "So với cùng kỳ năm 2023, …", "Compared with the same period last year, …": the sentence
 * compares with an earlier period, so its differences are changes of the values stated before. */
const PERIOD_LEAD = /^[\s*•-]*(?:so[ \t]+với[ \t]+(?:cùng[ \t]+kỳ|năm|kỳ|quý|tháng|đầu[ \t]+năm|cuối[ \t]+năm)|compared[ \t]+(?:with|to)[ \t]+(?:the[ \t]+)?(?:same|previous|prior|last|(?:fy[ \t]?)?(?:19|20)\d\d))[^,;\d]{0,30}(?:(?:19|20)\d\d(?:[\/–-]\d{2,4})?)?[^,;\d]{0,15},/u;
/** "số vụ giảm 21 vụ (-10,1%) so với cùng kỳ năm 2023", "fell by 21 (-10.1%) on the same period last year". */
const PERIOD_AFTER = /^[ \t]*\)?[ \t]*(?:so[ \t]+với[ \t]+(?:cùng[ \t]+kỳ|năm[ \t]+trước|năm[ \t]+(?:19|20)\d\d|kỳ[ \t]+trước)|compared[ \t]+(?:with|to)[ \t]+(?:the[ \t]+same|last|the[ \t]+previous|the[ \t]+prior|(?:19|20)\d\d)|on[ \t]+(?:the[ \t]+same[ \t]+period|last[ \t]+year|a[ \t]+year[ \t]+earlier|the[ \t]+previous[ \t]+year)|year[ \t-]+on[ \t-]+year)(?![\p{L}])[^\d;]*(?:(?:19|20)\d\d[^\d;]*)?(?:[.;,]|$)/u;
const PLAN_LEAD = /(?<![\p{L}])(?:kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+toán|target|plan|budget|forecast|bình[ \t]+quân|trung[ \t]+bình|average|trong[ \t]+đó|gồm|of[ \t]+which|including)(?![\p{L}])[^\d;,]{0,25}$/u;
const STOP = new Set(["số", "tổng", "các", "những", "của", "đã", "được", "bị", "là", "có", "và", "the", "of", "number", "total", "was", "were", "has", "have", "in", "a", "an"]);

function countLike(a: Figure, b: Figure): boolean {
  if (a.kind !== "number" || b.kind !== "number" || isPercent(a) || isPercent(b) || !a.value || !b.value) return false;
  if ((a.unit ?? "") !== (b.unit ?? "") || (a.scale?.factor ?? "1") !== (b.scale?.factor ?? "1")) return false;
  const ha = (a.noun ?? "").split(/[ \t]+/u)[0];
  const hb = (b.noun ?? "").split(/[ \t]+/u)[0];
  // ("2,846 licences …, up 329 (11.6%)": a difference may leave its noun out.)
  return !a.unit && !!ha && !!hb ? ha === hb : true;
}

/** The words after the last clause break: "…, in which 97" → "in which"; "… and deaths fell" → "deaths". */
function clauseTail(t: string): string {
  return t.replace(/^[^]*(?:[,;:()]|(?<![\p{L}])(?:and|và)(?![\p{L}]))/u, "");
}

function words(t: string): string[] {
  return t.split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !STOP.has(w));
}

export function findImpliedBases(ctx: UnitContext, taken: (f: Figure) => boolean): ImpliedBase[] {
  return ctx.memo("implied-bases", () => {
    const out: ImpliedBase[] = [];
    for (let si = 0; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      for (let i = 0; i + 1 < s.figs.length; i++) {
        const [d, p] = [s.figs[i], s.figs[i + 1]];
        if (d.kind !== "number" || isPercent(d) || !d.value || p.kind !== "percent" || p.unit !== "%" || d.perYear || p.perYear) continue;
        const dq = d.qualifiers[0]?.start ?? d.start;
        const pq = p.qualifiers[0]?.start ?? p.start;
        const lead = LEAD.exec(ctx.lower.slice(Math.max(s.start, dq - 30), dq));
        if (!lead) continue;
        const gap = ctx.lower.slice(d.end, pq);
        const br = TO_PCT_BRACKET.exec(gap);
        if (br ? !/^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3)) : !TO_PCT_COMMA.test(gap)) continue;
        if (SHARE_AFTER.test(ctx.lower.slice(p.end, Math.min(s.end, p.end + 40)))) continue;
        const nx = s.figs[i + 2];
        if (nx && BASE_AFTER.test(ctx.lower.slice(p.end, nx.qualifiers[0]?.start ?? nx.start))) continue;
        const direction: Direction = UP_WORD.test(lead[1]) ? "up" : "down";
        const wAt = Math.max(s.start, dq - 30) + lead.index + lead[0].indexOf(lead[1]);
        const item: ImpliedBase = { diff: d, pct: p, direction, word: { start: wAt, end: wAt + lead[1].length } };
        if (br?.[1]) {
          const at = d.end + gap.lastIndexOf(br[1]);
          item.sign = { direction: br[1] === "+" ? "up" : "down", start: at, end: at + 1 };
        }
        if (!taken(d) && !taken(p)) item.now = nowValue(ctx, s, si, i, wAt);
        if (item.now || item.sign) out.push(item);
      }
      // "đã công chứng 44.287 việc, tăng 5,7% (2.369 việc) so với năm 2023": the rate first, the
      // difference in its bracket, the value the clause opened on.
      for (let i = 1; i + 1 < s.figs.length; i++) {
        const [v, p, d] = [s.figs[i - 1], s.figs[i], s.figs[i + 1]];
        if (p.kind !== "percent" || p.unit !== "%" || p.qualifiers.length || p.perYear || !countLike(v, d) || d.qualifiers.length || v.qualifiers.length || d.perYear || v.perYear) continue;
        const pq = p.qualifiers[0]?.start ?? p.start;
        const lead = LEAD.exec(ctx.lower.slice(Math.max(s.start, pq - 30), pq));
        if (!lead) continue;
        const wAt = Math.max(s.start, pq - 30) + lead.index + lead[0].indexOf(lead[1]);
        if (!/^[ \t]*\([ \t]*$/u.test(ctx.lower.slice(p.end, d.start)) || !/^(?:[ \t]+[\p{L}]+){0,3}[ \t]*\)/u.test(ctx.lower.slice(d.end, d.end + 40))) continue;
        if (!/^[^;\d()]{0,40},[ \t]*$/u.test(ctx.lower.slice(v.end, wAt)) || inBrackets(ctx, s.start, v.start) || PLAN_LEAD.test(ctx.lower.slice(Math.max(s.start, v.start - 30), v.qualifiers[0]?.start ?? v.start))) continue;
        // (A base stated after it is the change's own reading: "… (2.369 việc) so với năm 2023 (41.918 việc)".)
        const nx = s.figs[i + 2];
        if (nx && BASE_AFTER.test(ctx.lower.slice(d.end, nx.qualifiers[0]?.start ?? nx.start).replace(/^(?:[ \t]+[\p{L}]+){0,3}[ \t]*\)/u, ""))) continue;
        if (taken(d) || taken(p) || out.some((x) => x.pct === p || x.diff === d)) continue;
        // ("£9.84m, up 18.6% (£8.30m)": a bracket that holds the earlier value, not the difference. Under a
        // doubling the difference is less than half the value and the earlier value more.)
        if (!new D(d.value!.exact).times(d.scale?.factor ?? "1").times(2).lt(new D(v.value!.exact).times(v.scale?.factor ?? "1")) || !new D(p.value!.exact).lt(100)) continue;
        out.push({ now: v, diff: d, pct: p, direction: UP_WORD.test(lead[1]) ? "up" : "down", word: { start: wAt, end: wAt + lead[1].length } });
      }
    }
    return out;
  });
}

/** The value the change led to: after "to" ("…, or 2.4%, to 742,000"), before the direction word
 * in the clause ("186 vụ, giảm 21 vụ"), or named in the sentences before one that opens "So với
 * cùng kỳ …,". */
function nowValue(ctx: UnitContext, s: Sentence, si: number, i: number, wAt: number): Figure | undefined {
  const d = s.figs[i];
  const p = s.figs[i + 1];
  const next = s.figs[i + 2];
  if (next && TO_AFTER.test(ctx.lower.slice(p.end, next.qualifiers[0]?.start ?? next.start).replace(/^[ \t]*\)/u, ""))) return countLike(next, d) ? next : undefined;
  // The clause before the direction word: "186 vụ, giảm 21 vụ", "742,000, down 18,000 (2.4%)".
  if (i > 0) {
    const v = s.figs[i - 1];
    // (Dates on the way say when: "2,846 licences in force at 31 March, up 329 (11.6%)".)
    const between = ctx.lower.slice(v.end, wAt).replace(/\d{1,2}[ \t]+(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?<![\d.,])(?:19|20)\d\d(?:[\/–-]\d{2,4})?(?![\d.,]\d)|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?/gu, "");
    if (countLike(v, d) && /^[^;\d()]{0,40},[ \t]*$/u.test(between) && !inBrackets(ctx, s.start, v.start) && !PLAN_LEAD.test(ctx.lower.slice(Math.max(s.start, v.start - 30), v.qualifiers[0]?.start ?? v.start))) return v;
    // ("bắt giữ 214 vụ, 356 đối tượng …, tăng 12 vụ (5,9%)": past a count of another noun listed beside it.)
    const u = i > 1 ? s.figs[i - 2] : undefined;
    if (u && !countLike(v, d) && v.kind === "number" && !isPercent(v) && !!v.noun && countLike(u, d) && /^(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]*,[ \t]*$/u.test(ctx.lower.slice(u.end, v.start)) && /^[^;\d()]{0,60},[ \t]*$/u.test(between) && !inBrackets(ctx, s.start, u.start) && !PLAN_LEAD.test(ctx.lower.slice(Math.max(s.start, u.start - 30), u.qualifiers[0]?.start ?? u.start))) return u;
    // Only earlier items of the same list ("số vụ giảm 21 vụ (-10,1%), số người chết giảm 12 người …")
    // may stand before it in a sentence that opens on its period.
    for (let j = 0; j < i; j++) {
      const f = s.figs[j];
      if (f.kind === "percent" && f.unit === "%") continue;
      if (!LEAD.test(ctx.lower.slice(Math.max(s.start, (f.qualifiers[0]?.start ?? f.start) - 30), f.qualifiers[0]?.start ?? f.start))) return undefined;
    }
  }
  // A sentence opening "So với cùng kỳ năm 2023, số vụ giảm 21 vụ": the value of the subject in
  // the sentence before (or the one before that, when the nearer holds no figure).
  if (!PERIOD_LEAD.test(ctx.lower.slice(s.start, d.start)) && !PERIOD_AFTER.test(ctx.lower.slice(p.end, Math.min(s.end, p.end + 60)))) return undefined;
  const subject = words(clauseTail(ctx.lower.slice(s.start, wAt)));
  for (let k = si - 1; k >= 0 && k >= si - 2; k--) {
    const prev = ctx.sentences[k];
    if (!prev.figs.length) continue;
    // "collisions fell by 21": a difference without its noun may be of any count before, named by the subject.
    const bare = !d.noun && !d.unit;
    // (Not a change's own size: "số thành viên tăng 518 người" is no value of the members.)
    let like = prev.figs.filter((f) => countLike(bare ? { ...f, noun: undefined } : f, d) && !inBrackets(ctx, prev.start, f.start) && !PLAN_LEAD.test(ctx.lower.slice(Math.max(prev.start, f.start - 30), f.qualifiers[0]?.start ?? f.start)) && !LEAD.test(ctx.lower.slice(Math.max(prev.start, (f.qualifiers[0]?.start ?? f.start) - 30), f.qualifiers[0]?.start ?? f.start)));
    if (like.length > 1 || bare) {
      // "làm chết 97 người, bị thương 142 người": the one whose own words the subject repeats.
      const own = new Set(words(d.noun ?? ""));
      like = like.filter((f) => {
        const j = prev.figs.indexOf(f);
        const from = Math.max(prev.start, j ? prev.figs[j - 1].end : prev.start, f.start - 40);
        const label = [...words(clauseTail(ctx.lower.slice(from, f.start))), ...words(f.noun ?? "")];
        return subject.some((w) => !own.has(w) && label.includes(w));
      });
    }
    return like.length === 1 ? like[0] : undefined;
  }
  return undefined;
}
