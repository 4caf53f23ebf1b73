// Hover: what figlint read at the cursor, a figure with its claims or a number that is not a figure.
import { resultNear } from "../core/analyze.ts";
import type { AnalysisResult, Span, Tolerances } from "../core/types.ts";
import { describeFigure, escapeMd } from "./describe.ts";
import { msg } from "./messages.ts";

function innermost<T extends Span>(items: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const it of items) {
    if (it.start <= offset && offset < it.end && (!best || it.end - it.start < best.end - best.start)) best = it;
  }
  return best;
}

export function hoverAt(whole: AnalysisResult, offset: number, tol: Tolerances): { markdown: string; span: Span } | undefined {
  // Only the paragraph under the cursor: the server keeps no document's figures (core Analyzer).
  const result = resultNear(whole, offset);
  const lang = result.messageLanguage;
  const fig = innermost(result.figures, offset);
  if (fig) return { markdown: describeFigure(fig, result, tol).join("\n").trimEnd(), span: fig };
  const non = innermost(result.nonFigures, offset);
  if (non) {
    const m = msg(lang);
    const why = lang === "en" ? ` (${escapeMd(non.reason)})` : "";
    return { markdown: m.notFigure(escapeMd(non.text), m.nonFigure[non.kind]) + why, span: non };
  }
  return undefined;
}
