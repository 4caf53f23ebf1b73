// Grades given to a count said just before: "đã nghiệm thu 27 nhiệm vụ; kết quả xếp loại: xuất sắc 4
// nhiệm vụ, khá 15 nhiệm vụ, đạt 8 nhiệm vụ", "inspected 64 schools; the ratings were: outstanding 9
// schools, good 41 schools, requires improvement 12 schools and inadequate 2 schools". Each member
// gets one grade, so the grades cannot add up past the count (some may be left out: "three
// inspections were not yet published").
// Strict: the lead names a grading and ends in a colon with no figure after the whole; every part
// is of the whole's noun, after a grade word of its own.
import { sameNoun } from "../figures/nouns.ts";
import { UnitContext, inBrackets, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const LEAD = /(?:kết quả[ \t]+)?(?:đánh giá,?[ \t]+)?(?:xếp loại|phân loại|xếp hạng)(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]*:|(?:the[ \t]+)?(?:ratings?|grades?|gradings?|results?[ \t]+of[ \t]+(?:the[ \t]+)?(?:grading|rating|assessment))(?:[ \t]+(?:were|was|are|is))?[ \t]*:/gu;
const GRADE = /(?:^|[,;:][ \t]*|(?<![\p{L}])(?:và|and)[ \t]+)(xuất sắc|tốt|khá|trung bình|đạt yêu cầu|đạt|không đạt|yếu|kém|outstanding|excellent|good|satisfactory|requires improvement|inadequate|poor|fair|weak)[ \t]*:?[ \t]*$/u;

export function findGraded(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  if (!/xếp loại|phân loại|xếp hạng|rating|grade|grading|assessment/u.test(ctx.lower)) return out;
  LEAD.lastIndex = 0;
  for (let m = LEAD.exec(ctx.lower); m; m = LEAD.exec(ctx.lower)) {
    const p = m.index;
    const s = ctx.sentences[ctx.sentenceIndexAt(p)];
    if (!s) continue;
    const parts = s.figs.filter((f) => f.start > p);
    if (parts.length < 2 || parts.some((f) => f.kind !== "number" || !isCount(f) || !f.noun || used.has(f.id) || f.qualifiers.length)) continue;
    const grades = parts.map((f, i) => GRADE.exec(ctx.lower.slice(i ? parts[i - 1].end : p + m![0].length - 1, f.start).replace(new RegExp(`^[ \\t]*${(parts[i - 1]?.noun ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "u"), ""))?.[1]);
    if (grades.some((g) => !g) || new Set(grades).size !== grades.length) continue;
    // (Not a figure in brackets: "64 schools (2022: 58 schools); the ratings were: …".)
    const before = s.figs.filter((f) => f.end <= p && !inBrackets(ctx, s.start, f.start));
    const whole = before[before.length - 1];
    if (!whole || used.has(whole.id) || whole.kind !== "number" || !isCount(whole) || !whole.noun || parts.some((f) => !sameNoun(f.noun, whole.noun))) continue;
    if (!/^[^\d]{0,60}$/u.test(ctx.lower.slice(whole.end, p))) continue;
    out.push({ whole, wholeNum: whole.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: false, open: true, cue: { start: p, end: p + m[0].length }, listed: true });
    used.add(whole.id);
    for (const f of parts) used.add(f.id);
  }
  return out;
}
