// A margin: a profit over the revenue it was made on. "Group revenue reached £430.7 million and
// adjusted EBITDA £214.3 million, …, an EBITDA margin of 49.8%", "Doanh thu đạt 18.742 triệu đồng,
// lợi nhuận trước thuế 1.456 triệu đồng, tỷ suất lợi nhuận trên doanh thu đạt 7,8%". The profit is the
// amount the margin is named after (EBITDA, operating profit, surplus, lợi nhuận); the revenue the one
// amount named revenue, turnover, income or doanh thu; both in the sentence or the one before, in one
// currency, and each the only one of its name there.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";

export interface Margin {
  percent: Figure;
  profit: Figure;
  revenue: Figure;
}

const EN = /(?:an?|the|its|our)?[ \t]*((?:adjusted[ \t]+|underlying[ \t]+)?(?:ebitda|ebit|operating|gross|net|pre-tax|profit|surplus))[ \t]+margin[ \t]+(?:of|was|is|stood at|reached|rose to|fell to|at)?[ \t]*$/u;
const VI = /(?:tỷ suất lợi nhuận|tỷ suất lãi|biên lợi nhuận)(?:[ \t]+(?:trước thuế|sau thuế|gộp))?[ \t]+(?:trên|so với)[ \t]+(?:tổng[ \t]+)?doanh thu[ \t]*(?:đạt|là|ở mức|:)?[ \t]*$/u;
const REVENUE = /(?:^|[^\p{L}])(?:revenue|turnover|total income|income|sales|doanh thu)(?:[ \t]+[\p{L}\p{M}]+){0,5}?[ \t]*(?:was|were|reached|rose to|fell to|of|totalled|totaled|đạt|là|:)?[ \t]*$/u;

const SEGMENT = /(?<![\p{L}])(?:from|in|at|for|by|across|của chi nhánh|của công ty con|của mảng|của khối|từ|tại|mảng|khối|chi nhánh|công ty con)[ \t]+(?!(?:the[ \t]+)?(?:year|period|quarter|half|fy|financial year|twelve months|12 months|\d{4})(?![\p{L}])|(?:năm|quý|kỳ|cả năm)(?![\p{L}]))[\p{L}\p{M}]/u;

function profitName(kind: string): RegExp {
  if (/ebitda/u.test(kind)) return /(?:^|[^\p{L}])(?:adjusted[ \t]+|underlying[ \t]+)?ebitda(?:[ \t]+[\p{L}]+){0,2}?[ \t]*(?:was|of|reached|rose to|fell to|totalled|:)?[ \t]*$/u;
  if (/ebit|operating/u.test(kind)) return /(?:^|[^\p{L}])(?:ebit|operating (?:profit|surplus|income))(?:[ \t]+[\p{L}]+){0,2}?[ \t]*(?:was|of|reached|rose to|fell to|totalled|:)?[ \t]*$/u;
  if (/gross/u.test(kind)) return /(?:^|[^\p{L}])gross (?:profit|margin)(?:[ \t]+[\p{L}]+){0,2}?[ \t]*(?:was|of|reached|:)?[ \t]*$/u;
  if (/surplus/u.test(kind)) return /(?:^|[^\p{L}])(?:operating[ \t]+)?surplus(?:[ \t]+[\p{L}]+){0,2}?[ \t]*(?:was|of|reached|:)?[ \t]*$/u;
  if (/tỷ suất|biên|lãi/u.test(kind)) return /(?:^|[^\p{L}])(?:lợi nhuận|lãi)(?:[ \t]+(?:trước thuế|sau thuế|gộp|thuần))?(?:[ \t]+[\p{L}\p{M}]+){0,3}?[ \t]*(?:đạt|là|:)?[ \t]*$/u;
  return /(?:^|[^\p{L}])(?:net[ \t]+|pre-tax[ \t]+)?profit(?:[ \t]+[\p{L}]+){0,2}?[ \t]*(?:was|of|reached|:)?[ \t]*$/u;
}

function amountNamed(ctx: UnitContext, figs: Figure[], name: RegExp): Figure[] {
  return figs.filter((f) => {
    if (f.kind !== "number" || !f.unit || f.unit === "%" || f.unit === "pp" || f.unit === "times" || !f.value) return false;
    const q = f.qualifiers[0]?.start ?? f.start;
    const m = name.exec(ctx.lower.slice(Math.max(0, q - 60), q));
    // "Revenue from the UK business was …", "doanh thu của chi nhánh …": a segment's amount, not the
    // one the margin is on (period words aside: "Revenue for the year", "doanh thu năm 2024").
    return !!m && !SEGMENT.test(m[0]);
  });
}

export function findMargins(ctx: UnitContext): Margin[] {
  const out: Margin[] = [];
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (const p of s.figs) {
      if (p.kind !== "percent" || p.unit !== "%" || !p.value || p.qualifiers.some((q) => q.kind !== "estimate")) continue;
      const q = p.qualifiers[0]?.start ?? p.start;
      const before = ctx.lower.slice(Math.max(s.start, q - 80), q);
      const m = EN.exec(before) ?? VI.exec(before);
      if (!m) continue;
      const figs = [...(si > 0 ? ctx.sentences[si - 1].figs : []), ...s.figs.filter((f) => f.end <= p.start)];
      const profits = amountNamed(ctx, figs, profitName(m[1] ?? m[0]));
      const revenues = amountNamed(ctx, figs, REVENUE).filter((f) => !profits.includes(f));
      if (profits.length !== 1 || revenues.length !== 1) continue;
      const [profit, revenue] = [profits[0], revenues[0]];
      if (profit.unit !== revenue.unit) continue;
      out.push({ percent: p, profit, revenue });
    }
  }
  return out;
}
