// A comparison with its gap stated: "Tỷ lệ … của huyện A (78,9%) cao hơn huyện B (72,6%) 6,3 điểm
// phần trăm", "… đạt 78,9%, cao hơn huyện B (72,6%) 6,3 điểm phần trăm", "The rate in Ashford (78.9%)
// was 6.3 percentage points higher than in Bexley (72.6%)". The gap must be the difference, on the
// side the word says (in Vietnamese the side is the comparison's own reading: "cao hơn A (…)").
//
// Trust first: the two values are of one kind (percentages with a gap in points, or amounts of one
// unit with a gap of that unit), the gap stands right after the second value (Vietnamese) or right
// before the comparison word (English), and no other figure stands between them.
import type { Figure } from "../types.ts";
import { type UnitContext, isPercent } from "./context.ts";
import type { LabelGap } from "./label-gap.ts";

const VI_WORD = /^[ \t]*\)?[ \t]*,?[ \t]*(cao[ \t]+hơn|thấp[ \t]+hơn|nhiều[ \t]+hơn|ít[ \t]+hơn|lớn[ \t]+hơn|nhỏ[ \t]+hơn)[ \t]+(?:so[ \t]+với[ \t]+)?(?:[\p{L}]+[ \t]+){0,6}?\(?[ \t]*(?:là[ \t]+)?$/u;
const VI_WORD_NO_BRACKET = /^[ \t]*,[ \t]*(cao[ \t]+hơn|thấp[ \t]+hơn)[ \t]+(?:so[ \t]+với[ \t]+)?(?:[\p{L}\p{M}]+[ \t]+){1,8}?$/u;
const GAP_FIRST = /^[ \t]*\([ \t]*$/u;
// ("cao hơn tổng giá khởi điểm (722,3 tỷ đồng) là 236,4 tỷ đồng": "là" before the gap.)
const VI_GAP = /^[ \t]*\)?[ \t]*(?:là[ \t]+)?$/u;
const EN_MID = /^(?:[ \t]+(?:of|in|at|for|among|across)(?:[ \t]+[\p{L}\d-]+){1,6}?(?:[ \t]+(?:were|was)[ \t]+[\p{L}-]+)?)?[ \t]*\)?[ \t]*(?:,[ \t]*(?:(?:which|this)[ \t]+(?:was|were|is|are)[ \t]+)?|,?[ \t]*(?:was|were|is|are|stood|came[ \t]+in)[ \t]+)(?:about[ \t]+|some[ \t]+|around[ \t]+)?$/u;
const EN_WORD = /^[ \t]*(?:percentage[ \t]+points?|points?|pp)?[ \t]*(higher|lower|above|below|more|less|fewer)[ \t]+(?:than[ \t]+)?(?:that[ \t]+(?:in|of|for|at)[ \t]+|in[ \t]+|at[ \t]+|for[ \t]+|the[ \t]+)?(?:[\p{L}'’-]+[ \t]+){0,5}?\(?[ \t]*$/u;

const GAP_SHARE = /^[ \t]*\)?[ \t]*,[ \t]*(?:tương[ \t]+đương|tức(?:[ \t]+là)?|bằng|or|equivalent[ \t]+to|i\.e\.)[ \t]+(?:(?:mức|tỷ[ \t]+lệ)[ \t]+)?$/u;

function kindOk(a: Figure, b: Figure, d: Figure): boolean {
  if (!a.value || !b.value || !d.value || a.qualifiers.length || b.qualifiers.length || d.qualifiers.length) return false;
  if (isPercent(a) && isPercent(b) && a.kind === "percent" && b.kind === "percent") return d.unit === "pp";
  if (a.kind !== "number" || b.kind !== "number" || d.kind !== "number" || isPercent(a) || isPercent(b)) return false;
  return !!a.unit && a.unit === b.unit && a.unit === d.unit && (a.scale?.factor ?? "1") === (b.scale?.factor ?? "1");
}

export function findComparisonGaps(ctx: UnitContext): LabelGap[] {
  return ctx.memo("comparison-gaps", () => read(ctx));
}

/** "…, a response rate of 82.0%. This was 3.3 percentage points lower than the 85.3% achieved in
 * 2021": the sentence opens on the rate the sentence before ends with. */
const THIS_WAS = /^[\s"“(*•-]*(?:this|that|it|this[ \t]+rate|the[ \t]+rate)[ \t]+(?:was|is)[ \t]+(?:about[ \t]+|some[ \t]+|around[ \t]+)?$/u;
const VI_THIS = /^[\s"“(*•-]*(?:tỷ[ \t]+lệ|tỷ[ \t]+trọng|mức)[ \t]+(?:này|đó|trên)[ \t]+(cao[ \t]+hơn|thấp[ \t]+hơn)[ \t]+(?:so[ \t]+với[ \t]+)?(?:[\p{L}\d]+[ \t]+){0,6}?\(?[ \t]*(?:là[ \t]+)?$/u;
const CHANGE_BEFORE = /(?:up|down|rose|fell|rising|falling|increased|decreased|grew|declined|dropped|by|of|tăng|giảm)[ \t]*$/u;
/** "This is above the national average of 10.5% by …": the other side right after the word. */
const BY_AFTER = /^[\s"“(*•-]*(?:this|that|it|this[ \t]+rate|the[ \t]+rate)[ \t]+(?:was|is)[ \t]+(?:still[ \t]+|therefore[ \t]+)?(higher[ \t]+than|lower[ \t]+than|above|below)[ \t]+(?:the[ \t]+|our[ \t]+|its[ \t]+)?(?:[\p{L}'’-]+[ \t]+){0,5}?(?:of[ \t]+)?\(?[ \t]*$/u;

function lastRate(ctx: UnitContext, si: number): Figure | undefined {
  const prev = ctx.sentences[si - 1];
  const f = prev?.figs[prev.figs.length - 1];
  if (!f || f.kind !== "percent" || f.unit !== "%" || !f.value || f.qualifiers.length) return undefined;
  if (!/^[ \t]*\)?[ \t]*[.;]?[ \t]*$/u.test(ctx.lower.slice(f.end, prev.end))) return undefined;
  const lead = ctx.lower.slice(Math.max(prev.start, f.start - 40), f.start);
  if (CHANGE_BEFORE.test(lead.replace(/(?:rate|tỷ lệ)[ \t]+of[ \t]*$/u, "")) && !/(?:rate|tỷ lệ|share|proportion)[ \t]+of[ \t]*$/u.test(lead)) return undefined;
  return f;
}

function anaphoric(ctx: UnitContext, out: LabelGap[]): void {
  const vi = ctx.lang === "vi";
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const [d, b, c] = vi ? [s.figs[1], s.figs[0], s.figs[2]] : [s.figs[0], s.figs[1], s.figs[2]];
    if (!d || !b) continue;
    let m: RegExpExecArray | null;
    let wordAt: number;
    if (vi) {
      m = VI_THIS.exec(ctx.lower.slice(s.start, b.qualifiers[0]?.start ?? b.start));
      if (!m || !/^[ \t]*\)?[ \t]*(?:là[ \t]+)?$/u.test(ctx.lower.slice(b.end, d.start))) continue;
      wordAt = s.start + m.index + m[0].indexOf(m[1]);
    } else {
      const by = THIS_WAS.test(ctx.lower.slice(s.start, d.qualifiers[0]?.start ?? d.start)) ? null : BY_AFTER.exec(ctx.lower.slice(s.start, d.qualifiers[0]?.start ?? d.start));
      // ("This is above the national average of 10.5% by 1.3 percentage points": the other side first, the
      // gap after "by".)
      if (by) {
        const [y, g] = [s.figs[0], s.figs[1]];
        if (!/^[ \t]*\)?[ \t]*by[ \t]+$/u.test(ctx.lower.slice(y.end, g.qualifiers[0]?.start ?? g.start)) || s.figs.length > 2) continue;
        const a = lastRate(ctx, si);
        if (!a || !kindOk(a, y, g)) continue;
        const at = s.start + by.index + by[0].indexOf(by[1]);
        out.push({ x: a, y, gap: g, higher: /^(?:higher|above|more)/u.test(by[1]), word: { start: at, end: at + by[1].length }, src: ctx });
        continue;
      }
      if (!THIS_WAS.test(ctx.lower.slice(s.start, d.qualifiers[0]?.start ?? d.start))) continue;
      m = EN_WORD.exec(ctx.lower.slice(d.end, b.qualifiers[0]?.start ?? b.start));
      if (!m) continue;
      wordAt = d.end + m.index + m[0].indexOf(m[1]);
    }
    const a = lastRate(ctx, si);
    if (!a || !kindOk(a, b, d) || (c && c.start - b.end < 4)) continue;
    const higher = /^(?:cao|higher|above|more)/u.test(m[1]);
    out.push({ x: a, y: b, gap: d, higher, word: { start: wordAt, end: wordAt + m[1].length }, src: ctx });
  }
}

function read(ctx: UnitContext): LabelGap[] {
  const out: LabelGap[] = [];
  const vi = ctx.lang === "vi";
  if (!(vi ? /hơn/u : /higher|lower|above|below|more|less|fewer/u).test(ctx.lower)) return out;
  anaphoric(ctx, out);
  for (const s of ctx.sentences) {
    for (let k = 0; k + 2 < s.figs.length; k++) {
      let a: Figure, b: Figure, d: Figure;
      let m: RegExpExecArray | null;
      let wordAt: number;
      let sizeOnly = vi;
      if (vi && GAP_FIRST.test(ctx.lower.slice(s.figs[k + 1].end, s.figs[k + 2].qualifiers[0]?.start ?? s.figs[k + 2].start)) && /^[ \t]*\)/u.test(ctx.lower.slice(s.figs[k + 2].end, s.figs[k + 2].end + 3))) {
        // "68,4%, cao hơn tỷ lệ chung của lao động nam 3,1 điểm phần trăm (71,5%)": the gap, then the
        // other side in its bracket; no other reading takes the side, so this one does.
        [a, d, b] = [s.figs[k], s.figs[k + 1], s.figs[k + 2]];
        m = VI_WORD_NO_BRACKET.exec(ctx.lower.slice(a.end, d.qualifiers[0]?.start ?? d.start));
        if (!m) continue;
        sizeOnly = false;
        wordAt = a.end + m.index + m[0].indexOf(m[1]);
      } else if (vi) {
        [a, b, d] = [s.figs[k], s.figs[k + 1], s.figs[k + 2]];
        m = VI_WORD.exec(ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start));
        if (!m || !VI_GAP.test(ctx.lower.slice(b.end, d.qualifiers[0]?.start ?? d.start))) continue;
        // The second value's bracket closes right after it, before the gap.
        if (!/^[ \t]*\)/u.test(ctx.lower.slice(b.end, b.end + 3)) && !/\([ \t]*$/u.test(ctx.lower.slice(Math.max(0, b.start - 3), b.start)) && !/^[ \t]+$/u.test(ctx.lower.slice(b.end, d.start))) continue;
        wordAt = a.end + m.index + m[0].indexOf(m[1]);
      } else {
        [a, d, b] = [s.figs[k], s.figs[k + 1], s.figs[k + 2]];
        if (!EN_MID.test(ctx.lower.slice(a.end, d.qualifiers[0]?.start ?? d.start))) continue;
        // ("£26,500 (interquartile range £23,000 to £31,000), £500 below …": a figure that only describes
        // the value inside its bracket is no side; the value before the bracket is.)
        if (/\)/u.test(ctx.lower.slice(a.end, d.start))) {
          const open = ctx.lower.lastIndexOf("(", a.start);
          if (open >= s.start && /\S/u.test(ctx.lower.slice(open + 1, a.start))) {
            const outer = s.figs.filter((f) => f.end <= open).pop();
            if (!outer || !/^[ \t]*$/u.test(ctx.lower.slice(outer.end, open))) continue;
            a = outer;
          }
        }
        m = EN_WORD.exec(ctx.lower.slice(d.end, b.qualifiers[0]?.start ?? b.start));
        if (!m) continue;
        wordAt = d.end + m.index + m[0].indexOf(m[1]);
      }
      if (!kindOk(a, b, d)) continue;
      // The gap closes the comparison: nothing of its kind right after it.
      const next = s.figs[vi ? k + 3 : k + 3];
      if (next && next.start - (vi ? d.end : b.end) < 4) continue;
      const higher = /^(?:cao|nhiều|lớn|higher|above|more)/u.test(m[1]);
      // (The Vietnamese side is the comparison's own reading: only the size is this one's.)
      // "…, tương đương 32,7%", "…, or 32.7%": the gap's share of the value it is measured from.
      const p = s.figs[k + 3];
      const pct = p && p.kind === "percent" && p.value && !p.qualifiers.length && GAP_SHARE.test(ctx.lower.slice(vi ? d.end : b.end, p.start)) && !/^[ \t]*(?:of|của|so[ \t]+với|points?|điểm)/u.test(ctx.lower.slice(p.end, p.end + 12)) ? p : undefined;
      out.push({ x: a, y: b, gap: d, higher, word: { start: wordAt, end: wordAt + m[1].length }, src: ctx, sizeOnly, ...(pct ? { pct } : {}) });
    }
  }
  return out;
}
