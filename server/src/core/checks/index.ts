// Runs every check over one unit. Each check module reads its claims from the unit and reports
// through the context; this list is the only place that knows them all.
import { UnitContext, type UnitInput } from "../claims/context.ts";
import type { Claim, Finding } from "../types.ts";
import { checkBaseAverages, checkBaseChanges, checkChangeArithmetic, checkFractionChanges, checkRankPlaces } from "./change-arithmetic.ts";
import { checkDifferences } from "./change-difference.ts";
import { checkBaseChangeDirection, checkChangeDirection, checkRankDirection } from "./change-direction.ts";
import { checkComparisons } from "./comparison-contradiction.ts";
import { checkFractionPercent } from "./fraction-percent.ts";
import { checkShareOver100 } from "./share-over-100.ts";
import { checkFractionExceedsWhole } from "./fraction-exceeds-whole.ts";
import { checkPartExceedsWhole } from "./part-exceeds-whole.ts";
import { checkListMeans } from "./list-mean.ts";
import { checkPartsSum } from "./parts-sum.ts";
import { checkPreviousBreakdowns } from "./previous-breakdown.ts";
import { checkProductTotals } from "./product-total.ts";
import { checkPeriodAverages, checkRatioAverages } from "./period-average.ts";
import { checkListedRankings, checkOrdinalRank, checkRank, checkRankOrder } from "./rank-out-of-range.ts";
import { checkListRanks } from "./list-rank.ts";
import { checkOnlyChanges, checkTableArithmetic } from "./table-arithmetic.ts";
import { checkTableShares } from "./table-share.ts";
import { checkTableGaps } from "./table-gap.ts";
import { checkMargins } from "./margin.ts";
import { checkPlanShares, checkStatusCounts, checkTableStatuses, checkVerdictTallies, checkTargetMargins, checkValueTargets } from "./status-contradiction.ts";

const CHECKS: ((ctx: UnitContext) => unknown)[] = [
  checkPartsSum,
  checkPreviousBreakdowns,
  checkProductTotals,
  checkPartExceedsWhole,
  checkFractionExceedsWhole,
  checkRank,
  checkOrdinalRank,
  checkListRanks,
  checkRankOrder,
  checkListedRankings,
  checkOnlyChanges,
  checkPlanShares,
  checkValueTargets,
  checkTableStatuses,
  checkTargetMargins,
  checkStatusCounts,
  checkVerdictTallies,
  checkChangeDirection,
  checkChangeArithmetic,
  checkBaseChanges,
  checkFractionChanges,
  checkBaseChangeDirection,
  checkBaseAverages,
  checkRankDirection,
  checkRankPlaces,
  checkPeriodAverages,
  checkRatioAverages,
  checkListMeans,
  checkDifferences,
  checkComparisons,
  checkFractionPercent,
  checkTableShares,
  checkTableGaps,
  checkMargins,
  checkShareOver100,
  checkTableArithmetic,
];

export function checkUnit(input: UnitInput): { claims: Claim[]; findings: Finding[] } {
  if (!input.figures.length) return { claims: [], findings: [] };
  const ctx = new UnitContext(input);
  for (const c of CHECKS) c(ctx);
  return { claims: ctx.claims, findings: ctx.findings };
}
