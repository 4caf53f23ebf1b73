// A share stated after a breakdown, its subject naming one part by its label: "Of the 3,412
// households, 2,105 were families with children and 1,307 were single adults …; families therefore
// made up 61.7% of the total", "Trong 3.412 hộ có 2.105 hộ gia đình có trẻ em và 1.307 hộ độc thân;
// như vậy hộ có trẻ em chiếm 61,7%". The part is the one whose label holds every word of the subject.
//
// Strict: the share follows the breakdown's last part in its sentence (or opens the next) with no
// figure between; nothing after it but the whole named ("of the total", "tổng số") and the clause's
// end; the subject's words are in exactly one part's label.
import type { Figure } from "../types.ts";
import { D } from "../math/interval.ts";
import { UnitContext, figureIndex } from "./context.ts";
import { findTotalParts } from "./parts.ts";
import { words } from "./label-words.ts";

export interface LabelPartShare {
  percent: Figure;
  part: Figure;
  whole: Figure;
}

const SUBJECT = /(?:^|[;,:.]|(?<![\p{L}])(?:and|so|và|nên|do đó|vì vậy))[ \t]*(?:như vậy|therefore|thus|hence|overall)?[ \t,]*((?:[\p{L}\p{M}'’-]+[ \t]+){0,6}?[\p{L}\p{M}'’-]+)(?:[ \t]+(?:therefore[ \t]+|thus[ \t]+|so[ \t]+|together[ \t]+|now[ \t]+|still[ \t]+|alone[ \t]+)?(?:made up|make up|makes up|accounted for|account for|accounts for|represented|represent|represents|comprised|chiếm)|[ \t]*,[ \t]*at)[ \t]*(?:tỷ lệ[ \t]*|tỉ lệ[ \t]*)?$/u;
const AFTER = /^[ \t]*(?:(?:of[ \t]+(?:the[ \t]+|all[ \t]+)?(?:total|whole|them|these|[\p{L}-]+)|(?:trong[ \t]+)?(?:tổng[ \t]+)?số[ \t]+[\p{L}\p{M}]+|tổng số))?[ \t]*(?:[.;,)]|$|\r?\n)/u;
const FILLER = new Set(["the", "a", "an", "of", "these", "those", "số", "các", "những", "như", "vậy", "therefore", "thus", "so", "and", "và", "nhóm", "group"]);

/** The words that name a part: its own words after it to the next comma or "and", and its noun. */
function label(ctx: UnitContext, f: Figure, next: Figure | undefined): Set<string> {
  const end = Math.min(next?.start ?? f.end + 80, f.end + 80);
  // ("65,247 were turn-up-and-go assists": "and" inside a hyphened word parts nothing.)
  const after = ctx.lower.slice(f.end, end).split(/[,;.()]|(?<![\p{L}-])(?:and|và)(?![\p{L}-])/u)[0];
  const before = ctx.lower.slice(Math.max(0, f.start - 40), f.qualifiers[0]?.start ?? f.start).split(/[,;:.()]|(?<![\p{L}])(?:and|và|có)(?![\p{L}])/u).pop() ?? "";
  return new Set(words(`${before} ${after} ${f.noun ?? ""}`));
}

export function findLabelPartShares(ctx: UnitContext, taken: Set<Figure>): LabelPartShare[] {
  const out: LabelPartShare[] = [];
  if (!/made up|make up|makes up|accounted for|account for|accounts for|represent|comprised|chiếm|, at /u.test(ctx.lower)) return out;
  for (const t of findTotalParts(ctx)) {
    const total = t.whole.value;
    if (!total || t.amounts) continue;
    // The counts after the whole up to the first percent: the breakdown, whether or not every one
    // was read as a part ("2,105 were families … and 1,307 were single adults").
    const w = figureIndex(ctx, t.whole);
    const parts: Figure[] = [];
    // ("612 burials in 2024/25, up 4.1% on the 588 … . Of these, 400 …": the whole's own change, in its
    // sentence, stands before the breakdown.)
    const first = figureIndex(ctx, t.parts[0].figure);
    let j = first > w + 1 && ctx.figures.slice(w + 1, first).every((f) => ctx.sentenceOf(f) === ctx.sentenceOf(t.whole)) ? first : w + 1;
    for (; j < ctx.figures.length && ctx.figures[j].kind === "number" && !ctx.figures[j].unit && ctx.figures[j].value; j++) parts.push(ctx.figures[j]);
    const p = ctx.figures[j];
    if (parts.length < 2 || !t.parts.some((x) => x.figure === parts[0])) continue;
    if (parts.some((f) => !/^\d+$/.test(f.value!.exact) || new D(f.value!.exact).gt(total.exact))) continue;
    const last = parts[parts.length - 1];
    if (!p || p.kind !== "percent" || p.unit !== "%" || !p.value || p.qualifiers.length || taken.has(p) || out.some((x) => x.percent === p)) continue;
    const s = ctx.sentenceOf(last);
    const ps = ctx.sentenceOf(p);
    if (ps !== s && ctx.sentences.indexOf(ps) !== ctx.sentences.indexOf(s) + 1) continue;
    const subj = SUBJECT.exec(ctx.lower.slice(Math.max(s.start, last.end), p.start));
    if (!subj || !AFTER.test(ctx.lower.slice(p.end, p.end + 40))) continue;
    // ("The remaining 386 departures were unplanned: …. Evictions accounted for 13.9% of all
    // departures": "all" names more than the rest the list breaks down.)
    if (/^[ \t]*of[ \t]+all|^[ \t]*(?:của[ \t]+|trong[ \t]+)?tổng[ \t]+số/u.test(ctx.lower.slice(p.end, p.end + 20)) && /(?<![\p{L}])(?:remaining|the[ \t]+rest|other|còn[ \t]+lại|khác)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, t.whole.start - 20), t.whole.start))) continue;
    // ("Overseas placements, at 21.0% of the total" of "786 placements": the whole's own noun names no part.)
    const wholeWords = new Set(words(t.whole.noun ?? ""));
    const want = words(subj[1]).filter((w) => !FILLER.has(w) && !wholeWords.has(w));
    if (!want.length) continue;
    const labels = parts.map((f, i) => label(ctx, f, parts[i + 1]));
    const hits = parts.filter((_, i) => want.every((w) => labels[i].has(w)));
    if (hits.length !== 1) continue;
    out.push({ percent: p, part: hits[0], whole: t.whole });
  }
  return out;
}
