// An average amount per recipient whose total is named by its label earlier: "- financial support:
// £4.12m; …" then "All financial support was paid as bursaries: 2,148 students received an award,
// averaging £1,918"; "- Kinh phí hỗ trợ học bổng: 4.120 triệu đồng; …" then "Toàn bộ kinh phí hỗ
// trợ học bổng được chi cho 2.148 học sinh, bình quân 1,92 triệu đồng/học sinh".
//
// Trust first: the average's sentence names the label as its subject (at its start, or after "all",
// "toàn bộ"), followed by a verb (not by words that narrow it: "financial support for care leavers");
// the label (two words or more) names exactly one amount of the average's unit in this paragraph
// or the one before; the count is the one count of the sentence, of those who received it.
import type { Figure } from "../types.ts";
import { inBrackets, type UnitContext } from "./context.ts";
import type { RatioAverage } from "./average.ts";

const AVG_LEAD = /(?<![\p{L}])(?:averaging|an[ \t]+average[ \t]+of|averaged|on[ \t]+average|bình[ \t]+quân|trung[ \t]+bình)[ \t]*(?:about[ \t]+|around[ \t]+|khoảng[ \t]+)?$/u;
const SUBJECT = /^[\s*•-]*(?:(all|the[ \t]+whole[ \t]+of|the[ \t]+whole|toàn[ \t]+bộ|tất[ \t]+cả)[ \t]+(?:the[ \t]+|số[ \t]+)?)?((?:[\p{L}\p{M}-]+[ \t]+){1,7}?)(?:was|were|has[ \t]+been|had[ \t]+been|went|is|are|đã[ \t]+được|đã|được)(?![\p{L}])/u;
/** The count received it: "2,148 students received an award", "paid to 2,148 students", "chi cho 2.148 học sinh". */
const RECEIVED_AFTER = /^[ \t]+(?:[\p{L}\p{M}-]+[ \t]+){0,2}?(?:received|were[ \t]+(?:awarded|paid|given|supported|helped)|benefited|benefitted|got|được[ \t]+(?:hỗ[ \t]+trợ|nhận|chi[ \t]+trả|cấp)|nhận)(?![\p{L}])/u;
const RECEIVED_BEFORE = /(?<![\p{L}])(?:to|among|between|for|cho)[ \t]+(?:the[ \t]+|some[ \t]+)?$/u;

/** A label without its determiner: "our hardship fund" and "the hardship fund" name one fund. */
function bare(label: string): string {
  return label.trim().replace(/^(?:the|our|its|their|this|that|a|an)[ \t]+/u, "");
}

function labelOf(c: UnitContext, f: Figure): string | undefined {
  // A list item's label: "- financial support: £4.12m", "- Kinh phí hỗ trợ học bổng: 4.120 triệu đồng".
  const line = c.lower.slice(c.lower.lastIndexOf("\n", f.start - 1) + 1, f.qualifiers[0]?.start ?? f.start);
  const item = /^[ \t]*(?:[-*+•–]|\d{1,2}[.)])?[ \t]*((?:[\p{L}\p{M}-]+[ \t]+){1,6}?[\p{L}\p{M}-]+)[ \t]*(?:\([^()]*\))?[ \t]*:[ \t]*$/u.exec(line);
  if (item) return bare(item[1]);
  // "… financial support of £4.12m", "financial support totalled £4.12m".
  const run = /(?:^|[,;:(][ \t]*|[ \t](?:and|và|with|với|on|for)[ \t]+)((?:[\p{L}\p{M}-]+[ \t]+){1,5}?[\p{L}\p{M}-]+)[ \t]+(?:of|was|were|totalled|totaled|came[ \t]+to|amounted[ \t]+to|paid[ \t]+out|là|đạt)[ \t]+$/u.exec(line.slice(-80));
  return run ? bare(run[1]) : undefined;
}

export function findLabelAverages(ctx: UnitContext, out: RatioAverage[]): void {
  if (!/averag|bình[ \t]+quân|trung[ \t]+bình/u.test(ctx.lower)) return;
  const seen = new Set(out.map((x) => x.average));
  for (const s of ctx.sentences) {
    for (let i = 1; i < s.figs.length; i++) {
      const avg = s.figs[i];
      if (seen.has(avg) || avg.kind !== "number" || !avg.unit || avg.unit === "%" || avg.unit === "pp" || avg.perYear || avg.qualifiers.length || !avg.value) continue;
      const q = avg.start;
      if (!AVG_LEAD.test(ctx.lower.slice(Math.max(s.start, q - 40), q))) continue;
      const [base, perUnit] = avg.unit.split("/");
      // The count: the sentence's one count before the average, said to have received it.
      const counts = s.figs.slice(0, i).filter((f) => f.kind === "number" && !f.unit && !f.scale && !!f.noun && !f.perYear && !!f.value && f.value.decimals === 0);
      if (counts.length !== 1 || s.figs.slice(0, i).length !== 1) continue;
      const den = counts[0];
      if (den.qualifiers.length || inBrackets(ctx, s.start, den.start)) continue;
      if (!RECEIVED_AFTER.test(ctx.lower.slice(den.end, den.end + 40)) && !RECEIVED_BEFORE.test(ctx.lower.slice(Math.max(s.start, den.start - 20), den.start))) continue;
      // Per the count when the average says per what: "£1,918 per student", "/học sinh".
      const per = perUnit ?? /^[ \t]+(?:per|each|for[ \t]+each|mỗi)[ \t]+([\p{L}\p{M}-]+)/u.exec(ctx.lower.slice(avg.end, avg.end + 30))?.[1];
      if (per && per !== "each" && !den.noun!.split(/[ \t]+/u).some((w) => w === per || w.replace(/s$/u, "") === per.replace(/s$/u, ""))) continue;
      // The subject names the total by its label.
      const subj = SUBJECT.exec(ctx.lower.slice(s.start, den.start));
      if (!subj) continue;
      const label = bare(subj[2]);
      if (label.split(/[ \t]+/u).length < 2) continue;
      const named = (c: UnitContext, upTo: number) =>
        c.figures.filter((f) => f.end <= upTo && f.kind === "number" && (f.unit ?? "") === base && !!f.value && !f.perYear && !f.qualifiers.length && labelOf(c, f) === label);
      let from: UnitContext | undefined;
      let nums = named(ctx, s.start);
      if (!nums.length) {
        const prev = ctx.previous();
        if (prev) {
          nums = named(prev, prev.text.length);
          from = prev;
        }
      }
      if (nums.length !== 1) continue;
      out.push({ numerator: nums[0], denominator: den, average: avg, per: 1, factor: 1, ...(from ? { from } : {}) });
      seen.add(avg);
    }
  }
}
