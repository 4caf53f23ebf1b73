// Income, spending and the balance between them, each named by its label within one paragraph:
// "- Tổng thu năm 2024: 7.513,5 triệu đồng; - Tổng chi năm 2024: 6.897,0 triệu đồng; - Chênh lệch
// thu lớn hơn chi: 616,5 triệu đồng", "Total income £2.41m … total expenditure £2.29m … a surplus of
// £0.12m". The balance must be the difference.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import type { Difference } from "./difference.ts";

const INCOME = /(?:tổng thu|tổng số thu|tổng nguồn thu|total income|total revenues?|total receipts|operating (?:revenues?|income))(?:[ \t]+(?:năm|in|for|of|the|trong|kỳ|year|\d{4}|[\p{L}]+)){0,4}[ \t]*(?:là|đạt|was|were|of|:)?[ \t]*$/u;
const SPENDING = /(?:tổng chi|tổng số chi|total expenditures?|total spending|total costs|operating (?:costs|expenditures?|expenses))(?:[ \t]+(?:năm|in|for|of|the|trong|kỳ|year|\d{4}|[\p{L}]+)){0,4}[ \t]*(?:là|đạt|was|were|of|:)?[ \t]*$/u;
const BALANCE = /(?:chênh lệch thu[^\d;.:]{0,20}chi|kết dư|thặng dư|bội thu|bội chi|thâm hụt|(?:a |an |the )?(?:net |operating )?(?:surplus|deficit)|net income|net expenditure|(?:income|revenues?) (?:exceeded|exceeds|exceed) (?:expenditures?|spending|costs) by|(?:expenditures?|spending|costs) (?:exceeded|exceeds|exceed) (?:income|revenues?) by)(?:[ \t]+(?:là|of|was|for the year|:))?[ \t]*:?[ \t]*$/u;

/** The label's span when the figure's clause or list item names it so. */
function labelled(ctx: UnitContext, f: Figure, re: RegExp): { start: number; end: number } | undefined {
  const q = f.qualifiers[0]?.start ?? f.start;
  const from = Math.max(0, q - 70);
  // Back to the start of its clause or list item only.
  const before = ctx.lower.slice(from, q);
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf("\n"), before.lastIndexOf(". "), before.lastIndexOf(","));
  const clause = before.slice(cut + 1);
  const lead = /^[ \t*•-]*/u.exec(clause)![0].length;
  if (!re.test(clause.slice(lead))) return undefined;
  const start = from + cut + 1 + lead;
  return { start, end: start + clause.slice(lead).replace(/[ \t:]+$/u, "").length };
}

export function findBalances(ctx: UnitContext): Difference[] {
  return ctx.memo("balance", () => {
    if (!/(?:tổng thu|tổng số thu|tổng nguồn thu|total income|total revenue|total receipts|operating revenue|operating income)/u.test(ctx.lower)) return [];
    const amounts = ctx.figures.filter((f) => f.kind === "number" && !!f.unit && f.unit !== "%" && !!f.value && !f.perYear);
    const income = amounts.filter((f) => labelled(ctx, f, INCOME));
    const spending = amounts.filter((f) => labelled(ctx, f, SPENDING));
    const balance = amounts.filter((f) => labelled(ctx, f, BALANCE));
    // One of each, in one unit of measure: otherwise which years or funds pair up is not known.
    if (income.length !== 1 || spending.length !== 1 || balance.length !== 1) return [];
    const [a, b, diff] = [income[0], spending[0], balance[0]];
    if (a.unit !== b.unit || a.unit !== diff.unit || diff.start < Math.min(a.start, b.start)) return [];
    return [{ a, b, diff, word: labelled(ctx, diff, BALANCE)!, points: false }];
  });
}
