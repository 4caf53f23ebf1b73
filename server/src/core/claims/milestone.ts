// A share of a plan judged against the milestone for the time elapsed: "đạt 75,9% kế hoạch giai đoạn,
// vượt tiến độ đề ra (mốc 60% sau 3 năm)", "64.2% of the programme delivered, behind the 70% milestone
// for year three". The milestone is a share of the same plan, so the verdict compares the two shares;
// the plan's own 100% is no yardstick here.
import type { Figure, Span } from "../types.ts";
import type { UnitContext } from "./context.ts";

export interface Milestone {
  value: Figure;
  target: Figure;
  /** The bare verdict word ("vượt", "chưa đạt", "behind", "ahead of"). */
  verdict: Span;
}

const VERDICT = "vượt|đạt|chưa đạt|không đạt|chậm|chậm so với|ahead of|behind|on|met|missed|meeting|missing|exceeding|exceeded";
// "chưa đạt tiến độ đề ra (mốc 60% sau 3 năm)", "behind schedule (milestone: 70%)".
const NAMED_THEN_BRACKET = new RegExp(
  `(?<![\\p{L}])(${VERDICT})[ \\t]+(?:so[ \\t]+với[ \\t]+)?(?:the[ \\t]+|its[ \\t]+)?(?:tiến[ \\t]+độ|schedule|trajectory)(?:[ \\t]+(?:đề[ \\t]+ra|yêu[ \\t]+cầu|kế[ \\t]+hoạch|set|agreed|planned))?[ \\t]*\\([ \\t]*(?:mốc|milestone|tiến[ \\t]+độ|target)?[ \\t]*(?::|là|of)?[ \\t]*$`,
  "u",
);
// "chưa đạt mốc 60% đề ra", "vượt mốc tiến độ 60%", "behind the 70% milestone", "ahead of the milestone of 60%".
const MILESTONE_BEFORE = new RegExp(`(?<![\\p{L}])(${VERDICT})[ \\t]+(?:so[ \\t]+với[ \\t]+)?(?:the[ \\t]+|its[ \\t]+)?(?:mốc(?:[ \\t]+tiến[ \\t]+độ)?(?:[ \\t]+(?:đề[ \\t]+ra|yêu[ \\t]+cầu))?(?:[ \\t]+là)?|(?:interim[ \\t]+)?milestone[ \\t]+of)[ \\t]*$`, "u");
const MILESTONE_AFTER = /^[ \t]+(?:interim[ \t]+|progress[ \t]+)?milestone(?![\p{L}])/u;
const VERDICT_BEFORE_FIG = new RegExp(`(?<![\\p{L}])(${VERDICT})[ \\t]+(?:the|its)[ \\t]*$`, "u");
// The value: a share of a plan or programme stated just before in the clause.
const SHARE_OF_PLAN = /^[ \t]*(?:kế[ \t]+hoạch|mục[ \t]+tiêu|khối[ \t]+lượng|of[ \t]+(?:the[ \t]+|its[ \t]+)?(?:[\p{L}-]+[ \t]+){0,3}?(?:programme|program|plan|target|total|scheme|works|budget|commitment))/u;

export function findMilestones(ctx: UnitContext): Milestone[] {
  return ctx.memo("milestones", () => {
    const out: Milestone[] = [];
    if (!/(?:tiến độ|mốc|milestone|schedule|trajectory)/u.test(ctx.lower)) return out;
    for (const s of ctx.sentences) {
      for (const t of s.figs) {
        if (t.unit !== "%" || t.qualifiers.some((q) => q.kind !== "about")) continue;
        const pre = ctx.lower.slice(Math.max(s.start, t.start - 90), t.start);
        const post = ctx.lower.slice(t.end, Math.min(s.end, t.end + 30));
        const m = NAMED_THEN_BRACKET.exec(pre) ?? MILESTONE_BEFORE.exec(pre) ?? (MILESTONE_AFTER.test(post) ? VERDICT_BEFORE_FIG.exec(pre) : null);
        if (!m) continue;
        const vAt = t.start - pre.length + m.index + m[0].indexOf(m[1]);
        // The one share of plan in the clause before the verdict: nothing but words between them.
        const before = s.figs.filter((v) => v.end <= vAt && v.unit === "%" && v !== t);
        const v = before[before.length - 1];
        if (!v || !SHARE_OF_PLAN.test(ctx.lower.slice(v.end, v.end + 50))) continue;
        const gap = ctx.text.slice(v.end, vAt);
        if (gap.length > 80 || /[;:\n]|[.!?](?:\s|$)/u.test(gap)) continue;
        out.push({ value: v, target: t, verdict: { start: vAt, end: vAt + m[1].length } });
      }
    }
    return out;
  });
}
