// Runs every check over one unit. Each check module reads its claims from the unit and reports
// through the context; this list is the only place that knows them all.
import { UnitContext, type UnitInput } from "../claims/context.ts";
import type { Claim, Finding } from "../types.ts";
import { checkBaseAverages, checkBaseChanges, checkChangeArithmetic, checkFractionChanges, checkImpliedBases, checkRankPlaces } from "./change-arithmetic.ts";
import { checkDifferences, checkPlanGaps, checkShareRests } from "./change-difference.ts";
import { checkGapSides } from "./gap-side.ts";
import { checkBaseChangeDirection, checkChangeDirection, checkRankDirection, checkSignDirection } from "./change-direction.ts";
import { checkComparisons, checkFractionWords, checkRanksAmong } from "./comparison-contradiction.ts";
import { checkFractionPercent } from "./fraction-percent.ts";
import { checkShareOver100 } from "./share-over-100.ts";
import { checkFractionExceedsWhole } from "./fraction-exceeds-whole.ts";
import { checkPartExceedsWhole } from "./part-exceeds-whole.ts";
import { checkListMeans } from "./list-mean.ts";
import { checkPartsSum } from "./parts-sum.ts";
import { checkPreviousBreakdowns } from "./previous-breakdown.ts";
import { checkProductTotals } from "./product-total.ts";
import { checkPeriodAverages, checkRatioAverages } from "./period-average.ts";
import { checkSetCounts } from "./set-count.ts";
import { checkBehindRanks, checkRankMoves, checkListedRankings, checkOrdinalRank, checkRank, checkRankOrder } from "./rank-out-of-range.ts";
import { checkOnlyChanges, checkTableArithmetic } from "./table-arithmetic.ts";
import { checkTableShares } from "./table-share.ts";
import { checkTransposedShares } from "./transposed-share.ts";
import { checkTableGaps, checkTotalRateVerdicts } from "./table-gap.ts";
import { checkMargins } from "./margin.ts";
import { checkRagBands } from "./rag-bands.ts";
import { checkPlanShares, checkRowTargets, checkStatusCounts, checkTableStatuses, checkVerdictTallies, checkTargetMargins, checkValueTargets } from "./status-contradiction.ts";

const CHECKS: ((ctx: UnitContext) => unknown)[] = [
  checkPartsSum,
  checkPreviousBreakdowns,
  checkProductTotals,
  checkPartExceedsWhole,
  checkFractionExceedsWhole,
  checkRank,
  checkOrdinalRank,
  checkRankOrder,
  checkBehindRanks,
  checkRankMoves,
  checkListedRankings,
  checkOnlyChanges,
  checkPlanShares,
  checkValueTargets,
  checkRowTargets,
  checkTableStatuses,
  checkRagBands,
  checkTargetMargins,
  checkStatusCounts,
  checkVerdictTallies,
  checkChangeDirection,
  checkChangeArithmetic,
  checkBaseChanges,
  checkImpliedBases,
  checkSignDirection,
  checkFractionChanges,
  checkBaseChangeDirection,
  checkBaseAverages,
  checkRankDirection,
  checkRankPlaces,
  checkPeriodAverages,
  checkRatioAverages,
  checkListMeans,
  checkDifferences,
  checkShareRests,
  checkPlanGaps,
  checkGapSides,
  checkComparisons,
  checkRanksAmong,
  checkSetCounts,
  checkFractionWords,
  checkFractionPercent,
  checkTableShares,
  checkTableGaps,
  checkTotalRateVerdicts,
  checkMargins,
  checkShareOver100,
  checkTableArithmetic,
  // (Last: it speaks only of shares no other reading gave a base to.)
  checkTransposedShares,
];

/** Checks whose claims may hold no figure of the unit: words under the table of the unit before
 * ("Millbrook had the highest median price", "Harlow was the only area where prices fell"). */
const WORDS_ONLY: ((ctx: UnitContext) => unknown)[] = [checkRankOrder, checkOnlyChanges, checkBehindRanks, checkRankMoves];
const WORDS_TRIGGER = /(?:only|duy nhất|behind|places|đứng sau|highest|lowest|largest|smallest|biggest|most|fewest|least|busiest|quietest|nhất|dẫn đầu|ranked|xếp|đứng)/iu;

export function checkUnit(input: UnitInput): { claims: Claim[]; findings: Finding[] } {
  if (!input.figures.length) {
    // A unit with no figure of its own is read only for words about the table just above it.
    if (!input.previous || input.text.length > 2000 || !WORDS_TRIGGER.test(input.text)) return { claims: [], findings: [] };
    const ctx = new UnitContext(input);
    for (const c of WORDS_ONLY) c(ctx);
    return { claims: ctx.claims, findings: ctx.findings };
  }
  const ctx = new UnitContext(input);
  for (const c of CHECKS) c(ctx);
  return { claims: ctx.claims, findings: ctx.findings };
}
