// A rank stated among values listed beside it: "(81.4 per 100,000) was the third lowest among the
// five neighbouring authorities …: Ashbury 76.2, Delford 79.8, Westbridge 81.4, Hallam 88.5 and
// Corley 92.1"; "đạt 96,4 điểm, chỉ đứng sau Công an thành phố A (97,2 điểm) và Công an thị xã B
// (96,8 điểm), xếp thứ 3/13". The rank is one more than the values on the better side.
import type { Figure, Span } from "../types.ts";
import { isPercent, type UnitContext } from "./context.ts";

export interface RankAmong {
  subject: Figure;
  /** The rank as stated and where. */
  rank: number;
  rankSpan: Span;
  /** The others: values on the rank's side and the values to count from. */
  others: Figure[];
  /** "lowest": the rank counts the values below; "highest" those above; "behind": every one listed is ahead. */
  side: "low" | "high" | "behind";
}

const ORD: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, hai: 2, nhì: 2, ba: 3, tư: 4, "bốn": 4, "năm": 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const EN_RANK = /^[^;\d]{0,30}?(?:was|is|were|are|ranked|ranks|ranking|stood|stands|came)[ \t]+(?:the[ \t]+)?(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\d{1,2})(?:st|nd|rd|th))[ \t]+(lowest|highest|smallest|largest|biggest)(?![\p{L}])([^;]{0,160}?):$/u;
const VI_RANK = /^[^;\d]{0,30}?(?:là|đứng|xếp)?[ \t]*(?:mức[ \t]+)?(thấp|cao|lớn|nhỏ)[ \t]+thứ[ \t]+(hai|nhì|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|(\d{1,2}))(?![\p{L}\d])([^;]{0,160}?):$/u;

function like(a: Figure, b: Figure): boolean {
  if ((b.kind !== "number" && b.kind !== "percent") || !b.value) return false;
  if (isPercent(a) !== isPercent(b)) return false;
  return (a.unit ?? "") === (b.unit ?? "") && (a.scale?.factor ?? "1") === (b.scale?.factor ?? "1");
}

export function findRanksAmong(ctx: UnitContext): RankAmong[] {
  return ctx.memo("ranks-among", () => {
    const out: RankAmong[] = [];
    const vi = ctx.lang === "vi";
    for (const s of ctx.sentences) {
      for (let k = 0; k < s.figs.length; k++) {
        const v = s.figs[k];
        if ((v.kind !== "number" && v.kind !== "percent") || !v.value) continue;
        if (/(?:per|\/|trên)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, v.start - 6), v.start))) continue;
        const next = s.figs[k + 1];
        // "X was the third lowest …: A 76.2, B 79.8, …" (the subject may stand in a bracket with a per-base).
        let k2 = k + 1;
        let end = v.end;
        if (next && /^[ \t]*(?:per|\/)[ \t]*$/u.test(ctx.lower.slice(v.end, next.start))) { k2 = k + 2; end = next.end; }
        const ci = ctx.lower.slice(end, Math.min(s.end, end + 180)).indexOf(":");
        const colon = ci < 0 ? -1 : end + ci;
        if (colon > 0 && colon < s.end && colon - end < 180) {
          // Only a count in words may stand before the colon ("among the five neighbouring authorities").
          const mids = s.figs.filter((f) => f.start >= end && f.start < colon);
          const m = mids.every((f) => f.words || (f.kind === "number" && !f.unit && !f.scale && f.value && !f.value.decimals)) ? (vi ? VI_RANK : EN_RANK).exec(ctx.lower.slice(end, colon + 1).replace(/^[ \t]*\)/u, "")) : null;
          if (m) {
            const rank = vi ? (m[3] ? +m[3] : ORD[m[2]]) : m[2] ? +m[2] : ORD[m[1]];
            const low = vi ? /^(?:thấp|nhỏ)$/u.test(m[1]) : /^(?:lowest|smallest)$/u.test(m[3]);
            // The list: figures of the subject's kind to the sentence's end.
            const list = s.figs.filter((f) => f.start > colon);
            const word = ctx.lower.indexOf(vi ? "thứ" : m[1], end);
            // A count of the set before the colon must be the list's ("among the five …: five values").
            const counts = mids.filter((f) => +f.value!.exact === list.length || +f.value!.exact === list.length + 1);
            if (list.length >= 3 && counts.length === mids.length && list.every((f) => like(v, f)) && rank && rank <= list.length + 1 && word >= 0) {
              out.push({ subject: v, rank, rankSpan: { start: word, end: word + (vi ? 4 + m[2].length : m[1].length) }, others: list, side: low ? "low" : "high" });
            }
          }
        }
        // "đạt 96,4 điểm, chỉ đứng sau A (97,2 điểm) và B (96,8 điểm), xếp thứ 3/13".
        const b0 = s.figs[k + 1];
        if (!b0) continue;
        const lead = ctx.lower.slice(v.end, b0.qualifiers[0]?.start ?? b0.start);
        // ("only": without it, others may be ahead too and the place is not known.)
        if (!/^[^;\d]{0,20}?,[ \t]*(?:chỉ[ \t]+(?:đứng[ \t]+)?sau|(?:only|just)[ \t]+behind|behind[ \t]+only|second[ \t]+only[ \t]+to)[ \t]+[^;\d()]{1,80}\([ \t]*$/u.test(lead)) continue;
        const ahead: Figure[] = [];
        let j = k + 1;
        for (; j < s.figs.length; j++) {
          const f = s.figs[j];
          if (!like(v, f)) break;
          ahead.push(f);
          const nx = s.figs[j + 1];
          // Between two of them: a closing bracket, "và"/"and" or a comma, a name, an opening bracket.
          if (!nx || !/^[ \t]*(?:[\p{L}]+[ \t]*)?\)[ \t]*(?:,|và|and|,[ \t]*(?:và|and))[ \t]+[^;\d()]{1,80}\([ \t]*$/u.test(ctx.lower.slice(f.end, nx.qualifiers[0]?.start ?? nx.start))) { j++; break; }
        }
        const last = ahead[ahead.length - 1];
        if (!last) continue;
        // Each one ahead is named (a capital), not an average or a target.
        const named = ahead.every((f, i) => {
          const seg = ctx.text.slice(i ? ahead[i - 1].end : v.end, f.start);
          return /\p{Lu}/u.test(seg.slice(seg.search(/(?:sau|behind)/iu) + 1)) && !/(?<![\p{L}])(?:average|median|target|benchmark|national|bình[ \t]+quân|trung[ \t]+bình|mục[ \t]+tiêu|kế[ \t]+hoạch|cả[ \t]+nước|toàn[ \t]+quốc)(?![\p{L}])/iu.test(seg);
        });
        if (!named) continue;
        const r = s.figs[j];
        const rest = ctx.lower.slice(last.end, r ? r.qualifiers[0]?.start ?? r.start : s.end);
        // "…, xếp thứ 3/13", "…, xếp thứ 3 toàn tỉnh", "…, ranking third", "…, in 3rd place".
        if (r && r.kind === "fraction" && r.numerator && !r.numerator.decimals && /^[ \t]*(?:[\p{L}]+[ \t]*)?\)[ \t]*,[ \t]*(?:(?:và|and)[ \t]+)?(?:xếp[ \t]+thứ|đứng[ \t]+thứ)[ \t]*$/u.test(rest)) {
          out.push({ subject: v, rank: +r.numerator.exact, rankSpan: { start: r.numerator.start, end: r.numerator.end }, others: ahead, side: "behind" });
          continue;
        }
        const w = /^[ \t]*(?:[\p{L}]+[ \t]*)?\)[ \t]*,[ \t]*(?:(?:và|and)[ \t]+)?(?:(?:xếp|đứng)[ \t]+thứ[ \t]+(\d{1,2}|hai|nhì|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![\p{L}\d\/])|(?:ranking|ranked|placing[ \t]+(?:it|us|them)|coming|finishing|in)[ \t]+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\d{1,2})(?:st|nd|rd|th))(?![\p{L}\d]))/u.exec(rest);
        if (!w) continue;
        const word = w[1] ?? w[2];
        const rank = w[3] ? +w[3] : /^\d+$/u.test(word) ? +word : ORD[word];
        if (!rank) continue;
        const at = last.end + w.index + w[0].lastIndexOf(word);
        out.push({ subject: v, rank, rankSpan: { start: at, end: at + word.length }, others: ahead, side: "behind" });
      }
    }
    return out;
  });
}
