// An average of one count per another whose two counts were stated in the sentences before: "…
// covers all 819 storm overflows … . Total spill duration fell from 48,620 hours in 2023 to 39,150
// hours in 2024 … . The average was 47.8 spill hours per overflow"; "Toàn tỉnh có 2.316 cơ sở Đoàn.
// Các cơ sở đã tổ chức 9.727 hoạt động. Bình quân mỗi cơ sở tổ chức 4,2 hoạt động".
//
// Trust first: the average names its unit ("per overflow", "mỗi cơ sở"), and each of the two counts
// is the one clean count of its noun in the paragraph up to the average (a change's end counts, its
// start does not; bracketed counts, targets, parts after "of which", changes by do not). When the
// total is a change's end, the average names no other year.
import type { Figure } from "../types.ts";
import { inBrackets, leadsCountList, type UnitContext } from "./context.ts";
import type { RatioAverage } from "./average.ts";
import { yearsNamed } from "./plan-before.ts";

const EN_LEAD = /(?<![\p{L}])(?:the[ \t]+(?:overall[ \t]+)?average(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+(?:was|is|stood[ \t]+at|came[ \t]+to|of)|an[ \t]+average[ \t]+of|averaging|averaged|on[ \t]+average,?(?:[ \t]+there[ \t]+(?:were|was))?|a[ \t]+mean[ \t]+of)[ \t]+(?:about[ \t]+|around[ \t]+|roughly[ \t]+)?$/u;
const EN_PER = /^[ \t]+(?:per|for[ \t]+each|for[ \t]+every|each)[ \t]+([\p{L}-]+)(?![\p{L}-])([ \t]+[\p{L}-]+)?/u;
const VI_LEAD = /(?<![\p{L}])(?:bình[ \t]+quân|trung[ \t]+bình)[ \t]+(?:mỗi|một)[ \t]+((?:[\p{L}\p{M}]+[ \t]+){0,3}?[\p{L}\p{M}]+)[ \t]+((?:[\p{L}\p{M}]+[ \t]+){0,2})$/u;
const TIME = /^(?:years?|months?|days?|weeks?|quarters?|hours?|annum|năm|tháng|ngày|tuần|quý|giờ|lần|kỳ)$/u;
/** Words before a count that make it no total of the paragraph: a change's size, a target, a part. */
const NOT_TOTAL = /(?<![\p{L}])(?:by|up|down|than|target|plan|budget|forecast|increase[ \t]+of|decrease[ \t]+of|rise[ \t]+of|fall[ \t]+of|reduction[ \t]+of|of[ \t]+which|of[ \t]+whom|including|of[ \t]+these|of[ \t]+them|tăng|giảm|thêm|hơn|so[ \t]+với|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|trong[ \t]+đó|gồm|average|bình[ \t]+quân|trung[ \t]+bình)(?:[ \t]+[\p{L}-]+){0,2}?[ \t]*(?:about|around|khoảng|nearly|gần)?[ \t]*$/u;
/** Words after the per-noun that narrow it: "per overflow that spilled", "per active member". */
const NARROW_AFTER = /^[ \t]+(?:that|which|who|with|in|on|at|from|of|có|được|đã|thuộc|tại|ở)(?![\p{L}])/u;

function singular(w: string): string {
  return w.replace(/ies$/u, "y").replace(/(?<=(?:ch|sh|x|ss|zz))es$/u, "").replace(/(?<=[^s])s$/u, "");
}

/** "spill hours" and "hours": English by the head (last word), Vietnamese by the first syllables. */
function sameCount(a: string, b: string, vi: boolean): boolean {
  const x = a.split(/[ \t]+/u);
  const y = b.split(/[ \t]+/u);
  if (vi) return x.slice(0, 2).join(" ") === y.slice(0, 2).join(" ") || (x.length === 1 && y[0] === x[0]) || (y.length === 1 && x[0] === y[0]);
  return singular(x[x.length - 1]) === singular(y[y.length - 1]);
}

/** The per-words name the count's noun: "overflow" names "819 storm overflows" (its head); "cơ sở"
 * names "2.316 cơ sở" (its first syllables). */
function namesUnit(words: string[], noun: string, vi: boolean): boolean {
  const n = noun.split(/[ \t]+/u);
  if (vi) return words.length <= n.length && words.every((w, k) => n[k] === w);
  return words.length === 1 && singular(n[n.length - 1]) === singular(words[0]);
}

export function findCountAverages(ctx: UnitContext, out: RatioAverage[]): void {
  if (!/averag|mean|bình[ \t]+quân|trung[ \t]+bình/u.test(ctx.lower)) return;
  const vi = ctx.lang === "vi";
  const seen = new Set(out.map((x) => x.average));
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (const avg of s.figs) {
      if (seen.has(avg) || avg.kind !== "number" || avg.unit || avg.scale || !avg.noun || !avg.value || avg.perYear || avg.qualifiers.length) continue;
      if (inBrackets(ctx, s.start, avg.start)) continue;
      const lead = ctx.lower.slice(Math.max(s.start, avg.start - 90), avg.start);
      let words: string[];
      if (vi) {
        const m = VI_LEAD.exec(lead);
        if (!m || /(?:tăng|giảm|hơn|thêm|còn|so|với|từ|đến|lên|xuống|trên|dưới|chiếm|bằng|khoảng)/u.test(m[2])) continue;
        words = m[1].split(/[ \t]+/u);
      } else {
        if (!EN_LEAD.test(lead)) continue;
        const after = ctx.lower.slice(avg.end, Math.min(s.end, avg.end + avg.noun.length + 40));
        const k = after.indexOf(avg.noun);
        if (k < 0 || k > 2) continue;
        const p = EN_PER.exec(after.slice(k + avg.noun.length));
        if (!p || (p[2] && !/^[ \t]+(?:a|per|each|in|during|over|across|was|were|is|and|but|while|which)$/u.test(p[2]))) continue;
        if (NARROW_AFTER.test(after.slice(k + avg.noun.length + p[0].length - (p[2]?.length ?? 0)))) continue;
        words = [p[1]];
      }
      if (TIME.test(words[0])) continue;
      // The counts of the paragraph up to the average, three sentences back at most.
      const nums: Figure[] = [];
      const dens: Figure[] = [];
      const cands: { f: Figure; k: number }[] = [];
      let bad = false;
      for (let k = Math.max(0, si - 3); k <= si; k++) {
        for (const f of ctx.sentences[k].figs) {
          if (f.start >= avg.start) break;
          if (f.kind !== "number" || f.unit || f.scale || !f.noun || !f.value || f.perYear) continue;
          cands.push({ f, k });
        }
      }
      for (let c = 0; c < cands.length; c++) {
        const { f, k } = cands[c];
        const t = ctx.sentences[k];
        const q = f.qualifiers[0]?.start ?? f.start;
        const before = ctx.lower.slice(Math.max(t.start, q - 40), q);
        if (inBrackets(ctx, t.start, f.start) || NOT_TOTAL.test(before) || /(?:of[ \t]+which|of[ \t]+whom|including|trong[ \t]+đó|gồm)/u.test(ctx.lower.slice(t.start, q))) {
          continue;
        }
        const isNum = sameCount(f.noun!, avg.noun!, vi);
        const isDen = namesUnit(words, f.noun!, vi);
        if (isNum === isDen) continue;
        // (The first of a list of counts, the rest bare, is one part of the total, not the total.)
        if (leadsCountList(ctx, f)) {
          bad = true;
          break;
        }
        // A change's start is not the total; its end is ("from 48,620 hours … to 39,150 hours").
        if (/(?<![\p{L}])(?:from|từ)[ \t]*$/u.test(before)) {
          const nx = cands[c + 1];
          if (nx && nx.k === k && /(?<![\p{L}])(?:to|xuống(?:[ \t]+còn)?|lên|còn)[ \t]*$/u.test(ctx.lower.slice(f.end, nx.f.qualifiers[0]?.start ?? nx.f.start))) continue;
          bad = true;
          break;
        }
        if (/(?<![\p{L}])(?:to|xuống|lên|còn)[ \t]*$/u.test(before)) {
          const pv = cands[c - 1];
          if (!pv || pv.k !== k || !/(?<![\p{L}])(?:from|từ)[ \t]*$/u.test(ctx.lower.slice(Math.max(t.start, pv.f.start - 30), pv.f.qualifiers[0]?.start ?? pv.f.start))) continue;
          // The end of a change stands for its year: the average must not name another.
          const ys = yearsNamed(ctx.lower.slice(s.start, s.end));
          const own = yearsNamed(ctx.lower.slice(f.end, Math.min(t.end, f.end + 30)).replace(/[,;].*$/su, ""));
          if (ys.size && ![...ys].every((y) => own.has(y))) continue;
        }
        (isNum ? nums : dens).push(f);
      }
      if (bad || nums.length !== 1 || dens.length !== 1) continue;
      // One of them at least in an earlier sentence: the in-sentence case has its own readings.
      if (ctx.sentenceOf(nums[0]) === s && ctx.sentenceOf(dens[0]) === s) continue;
      out.push({ numerator: nums[0], denominator: dens[0], average: avg, per: 1, factor: 1 });
      seen.add(avg);
    }
  }
}
