// A count handled out of a count taken on in the sentence before: "Toàn ngành đã triển khai 186 cuộc
// thanh tra (kỳ trước chuyển sang 24 cuộc, …); … . Đến cuối kỳ đã kết thúc 171 cuộc, đạt 91,9%",
// "The inspectorate opened 186 inspections in the year (24 carried over, 162 new). By the year end
// it had closed 171 inspections (91.9%)". Strict: the share bare after the part (", đạt P%" closing
// its clause, or alone in a bracket), the part's own verb says it was finished, and the whole is the
// first count of the part's noun in the sentence before, its verb saying it was taken on, no smaller
// than any other count of that noun there.
import { sameNoun } from "../figures/nouns.ts";
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets, isCount } from "./context.ts";

export interface HandledShare {
  part: Figure;
  whole: Figure;
  percent: Figure;
}

const DONE = /(?<![\p{L}])(?:(?:đã[ \t]+)?(?:kết[ \t]+thúc|hoàn[ \t]+thành|giải[ \t]+quyết(?:[ \t]+xong)?|xử[ \t]+lý(?:[ \t]+xong)?|ban[ \t]+hành[ \t]+kết[ \t]+luận|kết[ \t]+luận|đóng)(?:[ \t]+được)?|closed|completed|resolved|finished|concluded|dealt[ \t]+with|cleared|settled)(?:[ \t]+là|[ \t]*:)?[ \t]*$/u;
const DONE_AFTER = /^[ \t]+(?:[\p{L}-]+[ \t]+)?(?:had|have|has|were|was)[ \t]+(?:been[ \t]+)?(?:closed|completed|resolved|finished|concluded|dealt[ \t]+with|cleared|settled)(?![\p{L}])/u;
const TAKEN_ON = /(?<![\p{L}])(?:triển[ \t]+khai|tiến[ \t]+hành|tiếp[ \t]+nhận|thụ[ \t]+lý|nhận[ \t]+được|mở|phát[ \t]+sinh|opened|received|launched|started|began|took[ \t]+on|registered|logged)(?![\p{L}])(?:[ \t]+(?:mới|tổng[ \t]+cộng|tổng[ \t]+số|a[ \t]+total[ \t]+of))?(?:[ \t]+là|[ \t]*:)?[ \t]*$/u;
const SHARE_AFTER = /^[ \t]*(?:,[ \t]*(?:đạt|chiếm|bằng|or)(?:[ \t]+(?:tỷ|tỉ)[ \t]+lệ)?[ \t]*|\([ \t]*)$/u;
const NOT_BASE_AFTER = /^[ \t]*(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|so với|cùng kỳ|of (?:the )?(?:plan|target|budget)|of (?:all|the total))/u;

export function findHandledShares(ctx: UnitContext, taken: Set<Figure>): HandledShare[] {
  const out: HandledShare[] = [];
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const prev = ctx.sentences[si - 1];
    if (!/^[ \t]*$/u.test(ctx.text.slice(prev.end, s.start))) continue;
    for (let i = 0; i + 1 < s.figs.length; i++) {
      const [x, p] = [s.figs[i], s.figs[i + 1]];
      if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.length || !p.value || new D(p.value.exact).gt(100)) continue;
      if (x.kind !== "number" || !isCount(x) || !x.noun || x.qualifiers.length || s.figs.slice(0, i).some((f) => sameNoun(f.noun, x.noun))) continue;
      let gap = ctx.lower.slice(x.end, p.start);
      if (gap.startsWith(` ${x.noun}`)) gap = gap.slice(x.noun.length + 1);
      const doneAfter = DONE_AFTER.exec(gap);
      // ("389 complaints were resolved within the period (94.4%)": the verb's own words, then the bracket.)
      if (doneAfter) gap = gap.slice(doneAfter[0].length).replace(/^[ \t\p{L}-]{0,40}(?=\()/u, "");
      if (!SHARE_AFTER.test(gap)) continue;
      const bracket = /\($/u.test(gap.trimEnd());
      if (!(bracket ? /^[ \t]*\)/u : /^[ \t]*(?:[.;,\n]|$)/u).test(ctx.lower.slice(p.end, p.end + 3)) || NOT_BASE_AFTER.test(ctx.lower.slice(p.end, p.end + 25))) continue;
      const clause = ctx.lower.slice(s.start, x.start).split(/[;:]/u).pop()!;
      if (!doneAfter && !DONE.test(clause)) continue;
      if (/\d|(?<![\p{L}])(?:tăng|giảm|up|down|more|fewer|thêm)(?![\p{L}])/u.test(clause.slice(-40))) continue;
      // ("Trong quý IV đã giải quyết 120 hồ sơ, đạt 96,8%": a part of the period is no share of the
      // whole period's count; "đến cuối kỳ", "by the year end" is all of it.)
      if (/(?<![\p{L}])(?:trong|in|during)[ \t]+(?:quý|tháng|tuần|the[ \t]+(?:quarter|month|week|first|last|second)|q[1-4])(?![\p{L}])/u.test(clause)) continue;
      const like = prev.figs.filter((f) => f.kind === "number" && isCount(f) && sameNoun(f.noun, x.noun) && !f.qualifiers.length);
      const w = like.find((f) => !inBrackets(ctx, prev.start, f.start));
      if (!w || w !== like[0]) continue;
      const lead = ctx.lower.slice(prev.start, w.start).split(/[;:]/u).pop()!;
      if (!TAKEN_ON.test(lead)) continue;
      // (The part's noun no narrower than the whole's: "đơn thuộc thẩm quyền" is not all "đơn".)
      if (!(`${w.noun} `).startsWith(`${x.noun} `)) continue;
      const wv = new D(w.value!.exact);
      if (wv.lt(x.value!.exact) || like.some((f) => wv.lt(f.value!.exact))) continue;
      out.push({ part: x, whole: w, percent: p });
    }
  }
  return out;
}
