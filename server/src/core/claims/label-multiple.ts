// A multiple whose other side (or subject) is named by the words that named a figure before it, not
// written again: "… cho 650 cá nhân; danh hiệu Chiến sĩ thi đua cơ sở … là 1.560 cá nhân, gấp 2,4 lần số
// Chiến sĩ thi đua cấp tỉnh"; "… gồm 618 vụ việc tham gia tố tụng … và 418 vụ việc tư vấn pháp luật.
// Số vụ việc tham gia tố tụng gấp 1,5 lần số vụ việc tư vấn"; "Libraries therefore helped more than
// three times as many residents as community centres".
//
// Trust first: no figure follows the multiple in its clause; each side named by words (three letters
// or more, two words at least in Vietnamese) is the one figure of the paragraph up to it whose own
// label holds those words; both sides measure the same thing.
import type { Figure } from "../types.ts";
import { inBrackets, isPercent, type UnitContext } from "./context.ts";
import type { Multiple } from "./compare.ts";
import type { LabelGap } from "./label-gap.ts";

const VI_OTHER = /^[ \t]+(?:so[ \t]+với[ \t]+)?(?:(?:tổng[ \t]+)?số[ \t]+(?:lượng[ \t]+)?)?((?:[\p{L}\p{M}]+[ \t]+){1,7}?[\p{L}\p{M}]+)[ \t]*(?=[.;,]|$)/u;
const EN_OTHER = /^(?:[ \t]+times)?[ \t]+as[ \t]+(?:much|many)(?:[ \t]+([\p{L}-]+))?[ \t]+as[ \t]+(?:the[ \t]+|in[ \t]+)?((?:[\p{L}-]+[ \t]+){0,4}?[\p{L}-]+)[ \t]*(?=[.;,]|$)/u;
const VI_SUBJECT = /^[\s*•-]*(?:(?:tổng[ \t]+)?số[ \t]+(?:lượng[ \t]+)?|lượng[ \t]+)?((?:[\p{L}\p{M}]+[ \t]+){1,7}?[\p{L}\p{M}]+)[ \t]+(?:(?:cao|nhiều|lớn)[ \t]+)?(?:gấp|bằng)[ \t]*$/u;
const EN_SUBJECT = /^[\s*•-]*((?:[\p{L}-]+[ \t]+){0,3}?[\p{L}-]+)[ \t]+(?:therefore[ \t]+|thus[ \t]+|also[ \t]+)?(?:helped|served|supported|received|recorded|handled|had|saw|reached|attracted|delivered|sold|issued|made|carried[ \t]+out|completed|(?:is|was|were|are))[ \t]+(?:(?:more|less)[ \t]+than[ \t]+|over[ \t]+|almost[ \t]+|nearly[ \t]+|about[ \t]+|around[ \t]+)?$/u;
const CHANGE_BEFORE = /(?<![\p{L}])(?:tăng|giảm|thêm|hơn|up|down|by|more|fewer|rose|fell)[ \t]*$/u;
const STOP = new Set(["the", "and", "of", "in", "at", "for", "to", "số", "của", "các", "những", "năm", "với", "là", "và", "được", "đã"]);

function sameKind(a: Figure, b: Figure): boolean {
  if (a.kind !== "number" || b.kind !== "number" || isPercent(a) !== isPercent(b) || a.perYear || b.perYear) return false;
  return (a.unit ?? "") === (b.unit ?? "") && (a.scale?.factor ?? "1") === (b.scale?.factor ?? "1");
}

/** The one figure of the unit before `upTo` whose label (the words around it) holds every word of `label`. */
function byLabel(ctx: UnitContext, label: string, upTo: number, not: Figure[]): Figure | undefined {
  const words = label.split(/[ \t]+/u).filter((w) => w.length >= 2 && !STOP.has(w));
  if (words.length < (ctx.lang === "vi" ? 2 : 1) || words.join("").length < 5) return undefined;
  const patterns = words.map((w) => new RegExp(`(?<![\\p{L}\\p{M}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{M}])`, "u"));
  const para = ctx.text.lastIndexOf("\n\n", upTo) + 1;
  const figs = ctx.figures;
  const hits = figs.filter((f, i) => {
    if (f.end > upTo || f.start < Math.max(0, para - 1500) || not.includes(f) || f.kind !== "number") return false;
    // (A change's size or a gap is no value a label names.)
    if (CHANGE_BEFORE.test(ctx.lower.slice(Math.max(0, f.start - 16), f.start))) return false;
    // Its own words: back to the figure or clause before it, on to the next figure or clause.
    const from = Math.max(0, f.start - 70, i > 0 ? figs[i - 1].end : 0);
    const to = Math.min(ctx.lower.length, f.end + 70, i + 1 < figs.length ? figs[i + 1].start : Infinity);
    const before = ctx.lower.slice(from, f.start).split(/[;:.]|,|(?<![\p{L}])(?:và|and)(?![\p{L}])/u).pop()!;
    const after = ctx.lower.slice(f.end, to).split(/[;:.,]|(?<![\p{L}])(?:và|and)(?![\p{L}])/u)[0];
    const around = before + " | " + after;
    return patterns.every((re) => re.test(around));
  });
  if (hits.length <= 1) return hits[0];
  // ("tổ chức 2 đợt thi tuyển … với tổng chỉ tiêu 186 người": of several, the one the words name right
  // before it.)
  const close = hits.filter((f) => { const b = ctx.lower.slice(Math.max(0, f.start - 30), f.start).split(/[;:.,]/u).pop()!; return patterns.every((re) => re.test(b)); });
  return close.length === 1 ? close[0] : undefined;
}

/** byLabel on the label's words, or on fewer of them from the end ("phí bảo hiểm vật nuôi" over items
 * named "vật nuôi" under a lead that said "phí bảo hiểm" once). */
function bySuffix(ctx: UnitContext, label: string, upTo: number, not: Figure[]): Figure | undefined {
  const words = label.split(/[ \t]+/u);
  for (let i = 0; i + (ctx.lang === "vi" ? 2 : 1) <= words.length; i++) {
    const f = byLabel(ctx, words.slice(i).join(" "), upTo, not);
    if (f) return f;
  }
  return undefined;
}

export function findLabelMultiples(ctx: UnitContext, out: Multiple[]): void {
  if (!/(?:gấp|times)/u.test(ctx.lower)) return;
  for (const s of ctx.sentences) {
    for (const t of s.figs) {
      if ((t.kind !== "multiplier" && !(t.kind === "number" && t.noun === "times")) || out.some((m) => m.times.start === t.start)) continue;
      const tail = ctx.lower.slice(t.end, s.end);
      if (s.figs.some((f) => f.start > t.end && f.start < t.end + (/[;]/u.exec(tail)?.index ?? tail.length))) continue;
      const vi = ctx.lang === "vi";
      const om = (vi ? VI_OTHER : EN_OTHER).exec(tail);
      if (!om) continue;
      const otherLabel = vi ? om[1] : om[2];
      const k = s.figs.indexOf(t);
      const tq = t.qualifiers[0]?.start ?? t.start;
      // The subject: the figure right before, joined by a comma; else the words the sentence opens on.
      let subject: Figure | undefined;
      const prev = k > 0 ? s.figs[k - 1] : undefined;
      if (prev && !inBrackets(ctx, s.start, prev.start) && !CHANGE_BEFORE.test(ctx.lower.slice(Math.max(s.start, prev.start - 16), prev.start)) && /^[^\d;.()]{0,40},[ \t]*(?:(?:cao|nhiều|lớn)[ \t]+)?(?:gấp|bằng)?[ \t]*(?:(?:hơn|khoảng|gần)[ \t]+)?$/u.test(ctx.lower.slice(prev.end, tq))) subject = prev;
      else {
        // ("Phí bảo hiểm cây lúa là 21,35 tỷ đồng, vật nuôi 33,84 tỷ đồng …; phí bảo hiểm vật nuôi gấp 2,6 lần
        // cây lúa": a clause that opens on the multiple after ";" names both sides by label.)
        const semi = ctx.lower.lastIndexOf(";", tq);
        const from = k === 0 ? s.start : semi > s.start && !s.figs.some((f) => f.start > semi && f.start < tq) ? semi + 1 : -1;
        if (from >= 0) {
          const sm = (vi ? VI_SUBJECT : EN_SUBJECT).exec(ctx.lower.slice(from, tq));
          if (sm) subject = bySuffix(ctx, sm[1], from, []);
        }
      }
      if (!subject) continue;
      const clauseOpen = subject !== prev && k > 0;
      // ("Số lao động đi Nhật Bản gấp 3,2 lần số đi Hàn Quốc": a side named by a verb and the label after it.)
      const other = clauseOpen ? bySuffix(ctx, otherLabel, ctx.lower.lastIndexOf(";", tq), [subject]) : byLabel(ctx, otherLabel, k === 0 ? s.start : subject.start, [subject]) ?? (k === 0 ? bySuffix(ctx, otherLabel, s.start, [subject]) : undefined);
      if (!other || !sameKind(subject, other)) continue;
      // ("… had three times as many volunteers as Tarn Head": the things counted are named on both sides.)
      const noun = vi ? undefined : om[1];
      if (noun && ![subject, other].every((f) => { const fs = ctx.sentenceOf(f); return ctx.lower.slice(fs.start, fs.end).includes(noun.slice(0, 5)); })) continue;
      out.push({ subject, other, times: t, ...(t.qualifiers.some((q) => q.kind === "over") ? { atLeast: true } : {}) });
    }
  }
}

/** "Số vụ tổn thất gồm 287 vụ đối với vật nuôi, 118 vụ đối với cây lúa … . Số vụ tổn thất đối với vật nuôi
 * nhiều hơn cây lúa 169 vụ": a gap between two figures named by the labels they carried, in the clause
 * before the gap. Trust first: each name holds the words of exactly one figure's label in the unit up
 * to the clause; both figures and the gap measure the same thing. */
const VI_GAP = /(?:^|[.;:,]|\n)[ \t*•-]*(?:(?:như[ \t]+vậy|do[ \t]+đó)[ \t]*,?[ \t]*)?(?:(?:tổng[ \t]+)?số[ \t]+)?((?:[\p{L}\p{M}-]+[ \t]+){1,7}?[\p{L}\p{M}-]+)[ \t]+(nhiều[ \t]+hơn|ít[ \t]+hơn|cao[ \t]+hơn|thấp[ \t]+hơn|lớn[ \t]+hơn|nhỏ[ \t]+hơn)[ \t]+(?:so[ \t]+với[ \t]+)?((?:[\p{L}\p{M}-]+[ \t]+){0,5}?[\p{L}\p{M}-]+)[ \t]+(?:là[ \t]+|khoảng[ \t]+)?$/u;

export function findInlineLabelGaps(ctx: UnitContext, taken: LabelGap[]): LabelGap[] {
  const out: LabelGap[] = [];
  if (ctx.lang !== "vi" || !/hơn/u.test(ctx.lower)) return out;
  for (const s of ctx.sentences) {
    for (const d of s.figs) {
      if (d.kind !== "number" || !d.value || d.qualifiers.length || isPercent(d) || d.unit === "pp" || taken.some((g) => g.gap === d)) continue;
      const head = ctx.lower.slice(s.start, d.start);
      const m = VI_GAP.exec(head);
      if (!m) continue;
      const clauseFrom = s.start + Math.max(head.lastIndexOf(";"), head.lastIndexOf(","), head.lastIndexOf("\n"), head.lastIndexOf(".")) + 1;
      if (s.figs.some((f) => f !== d && f.start >= clauseFrom && f.start < d.start)) continue;
      const x = bySuffix(ctx, m[1], clauseFrom, []);
      const y = x ? bySuffix(ctx, m[3], clauseFrom, [x]) : undefined;
      if (!x || !y || x === y || !sameKind(x, y) || (d.unit ?? "") !== (x.unit ?? "") || (!d.unit && (d.noun ?? "").split(" ")[0] !== (x.noun ?? "").split(" ")[0])) continue;
      const at = s.start + m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
      out.push({ x, y, gap: d, higher: /^(?:nhiều|cao|lớn)/u.test(m[2]), word: { start: at, end: at + m[2].length }, src: ctx });
    }
  }
  return out;
}
