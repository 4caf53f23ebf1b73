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

// "Doanh thu năm 2024 đạt 18.742 triệu đồng; tổng chi phí 17.286 triệu đồng; lợi nhuận trước thuế
// 1.456 triệu đồng", "Revenue was $4.2m and costs $3.9m, … profit before tax of $0.3m": profit is
// revenue less costs (not after tax, not gross).
const REVENUE = /(?:tổng doanh thu|doanh thu|total revenues?|revenues?|turnover)(?:[ \t]+(?:năm|nay|in|for|of|the|trong|kỳ|year|this|cả|\d{4})){0,4}[ \t]*(?:là|đạt|was|were|of|:)?[ \t]*$/u;
const COSTS = /(?:tổng chi phí|chi phí|total costs|costs|total expenses|expenses)(?:[ \t]+(?:năm|nay|in|for|of|the|trong|kỳ|year|this|cả|\d{4})){0,4}[ \t]*(?:là|đạt|was|were|of|:)?[ \t]*$/u;
const PROFIT = /(?:lợi nhuận(?: trước thuế)?|(?:a |an |the )?(?:profit|profits)(?: before tax(?:ation)?)?)(?![ \t]+(?:sau|gộp|after|gross|margin|biên))(?:[ \t]+(?:năm|in|for|of|the|trong|kỳ|year|\d{4})){0,3}[ \t]*(?:là|đạt|was|of|:)?[ \t]*$/u;
// "Doanh số cho vay trong năm đạt 412,6 tỷ đồng …; doanh số thu nợ đạt 298,1 tỷ đồng. Như vậy, dư nợ
// tăng 114,5 tỷ đồng", "new lending of £41.2m and repayments of £29.8m, so the loan book grew by
// £11.4m": lending less collections is the rise in what is outstanding (unless debts were written off).
const LENDING = /(?:doanh số cho vay|cho vay mới|new lending|new loans|loans disbursed)(?:[ \t]+(?:năm|nay|in|for|of|the|trong|kỳ|year|this|cả|\d{4})){0,4}[ \t]*(?:là|đạt|was|were|of|:|totalled|totaled)?[ \t]*$/u;
const REPAID = /(?:doanh số thu nợ|thu nợ|repayments|collections|loans repaid)(?:[ \t]+(?:năm|nay|in|for|of|the|trong|kỳ|year|this|cả|\d{4})){0,4}[ \t]*(?:là|đạt|was|were|of|:|totalled|totaled)?[ \t]*$/u;
const NET_LENT = /(?:(?:tổng )?dư nợ(?: [\p{L}]+){0,3}? tăng(?: thêm| ròng)?|(?:the )?(?:loan book|loan portfolio|outstanding loans|loans outstanding) (?:grew|rose|increased) by)(?:[ \t]+(?:là|khoảng))?[ \t]*$/u;
const WRITE_OFF = /(?<![\p{L}])(?:xóa nợ|xoá nợ|khoanh nợ|xử lý rủi ro|xử lý nợ|bán nợ|write-?offs?|written off|charged off|charge-?offs?|loans? sold|debt sales?)(?![\p{L}])/u;

const TRIPLES: { gate: RegExp; a: RegExp; b: RegExp; diff: RegExp; not?: RegExp }[] = [
  { gate: /(?:tổng thu|tổng số thu|tổng nguồn thu|total income|total revenue|total receipts|operating revenue|operating income)/u, a: INCOME, b: SPENDING, diff: BALANCE },
  { gate: /(?:lợi nhuận|profit)/u, a: REVENUE, b: COSTS, diff: PROFIT },
  { gate: /(?:cho vay|lending|loans)/u, a: LENDING, b: REPAID, diff: NET_LENT, not: WRITE_OFF },
];

export function findBalances(ctx: UnitContext): Difference[] {
  return ctx.memo("balance", () => {
    const out: Difference[] = [];
    let amounts: Figure[] | undefined;
    for (const t of TRIPLES) {
      if (!t.gate.test(ctx.lower) || t.not?.test(ctx.lower)) continue;
      amounts ??= ctx.figures.filter((f) => f.kind === "number" && !!f.unit && f.unit !== "%" && !!f.value && !f.perYear);
      const income = amounts.filter((f) => labelled(ctx, f, t.a));
      const spending = amounts.filter((f) => labelled(ctx, f, t.b));
      const balance = amounts.filter((f) => labelled(ctx, f, t.diff));
      // One of each, in one unit of measure: otherwise which years or funds pair up is not known.
      if (income.length !== 1 || spending.length !== 1 || balance.length !== 1) continue;
      const [a, b, diff] = [income[0], spending[0], balance[0]];
      if (a === b || a === diff || b === diff) continue;
      if (a.unit !== b.unit || a.unit !== diff.unit || diff.start < Math.min(a.start, b.start)) continue;
      // "Doanh thu năm 2024 … chi phí năm 2023 …": the years named in the labels must agree.
      const years = new Set([a, b, diff].map((f) => /(?:19|20)\d\d/u.exec(ctx.lower.slice(labelled(ctx, f, f === a ? t.a : f === b ? t.b : t.diff)!.start, f.start))?.[0]).filter(Boolean));
      if (years.size > 1) continue;
      out.push({ a, b, diff, word: labelled(ctx, diff, t.diff)!, points: false });
    }
    return out;
  });
}
