// A yield stated after its output and area were given in the sentences before, or the paragraph
// before: "Diện tích nuôi tôm thẻ chân trắng là 5.130 ha … . Sản lượng tôm thẻ chân trắng đạt 38.460
// tấn … . Năng suất tôm thẻ chân trắng bình quân đạt 7,5 tấn/ha"; "The area under wheat was 1,630
// hectares. Production of wheat reached 13,200 tonnes, … . The wheat yield averaged 8.1 tonnes per
// hectare". The yield must be the output over the area.
//
// Trust first: the yield names its crop (or product), and the output and the area are the one
// figure each, named "sản lượng … <crop>" / "diện tích … <crop>" (or "production/output of <crop>",
// "area … <crop>"), in this paragraph or the one right before; no other figure of their unit names
// the crop there.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";
import type { RatioAverage } from "./average.ts";

const MASS: Record<string, number> = { kg: 1, tạ: 100, tấn: 1000 };
const YIELD_VI = /(?<![\p{L}])năng[ \t]+suất[ \t]+((?:[\p{L}]+[ \t]+){1,6}?)(?:bình[ \t]+quân[ \t]+|trung[ \t]+bình[ \t]+)?(?:đạt|là|ước[ \t]+đạt|khoảng)[ \t]+(?:khoảng[ \t]+)?$/u;
const YIELD_EN = /(?<![\p{L}])(?:the[ \t]+)?((?:[\p{L}-]+[ \t]+){1,3}?)yields?[ \t]+(?:averaged|was|were|of|reached|came[ \t]+to|stood[ \t]+at)[ \t]+(?:about[ \t]+|around[ \t]+)?$/u;
const OUTPUT = /(?<![\p{L}])(?:sản[ \t]+lượng|production|output|harvest)(?![\p{L}])/u;
const AREA = /(?<![\p{L}])(?:diện[ \t]+tích|area)(?![\p{L}])/u;
const STOP = /^(?:bình|trung|đạt|là|the|of|a|an|in|năm|vụ|toàn|tỉnh|huyện)$/u;

function crop(words: string): string[] {
  return words.trim().split(/[ \t]+/u).filter((w) => w.length > 1 && !STOP.test(w));
}

/** The figures of a unit named by the crop's words and by the measure word, in the text before `upTo`. */
function named(c: UnitContext, upTo: number, crop: string[], measure: RegExp, unitOk: (f: Figure) => boolean): Figure[] {
  const out: Figure[] = [];
  let prevEnd = 0;
  for (const f of c.figures) {
    if (f.start >= upTo) break;
    const from = prevEnd;
    prevEnd = f.end;
    if (f.kind !== "number" || !f.value || f.perYear || !unitOk(f)) continue;
    const s = c.sentenceOf(f);
    const lead = c.lower.slice(Math.max(s.start, from, f.start - 70), f.start);
    if (!measure.test(lead)) continue;
    if (!crop.every((w) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(lead))) continue;
    // Only the measure and the crop: not a change, target or comparison of them.
    if (/(?<![\p{L}])(?:tăng|giảm|so[ \t]+với|kế[ \t]+hoạch|mục[ \t]+tiêu|up|down|from|target|plan|than|hơn)(?![\p{L}])/u.test(lead.slice(lead.search(measure)))) continue;
    out.push(f);
  }
  return out;
}

export function findYieldAverages(ctx: UnitContext, out: RatioAverage[]): void {
  if (!/năng suất|yield/u.test(ctx.lower)) return;
  const seen = new Set(out.map((x) => x.average));
  for (const s of ctx.sentences) {
    for (const avg of s.figs) {
      if (seen.has(avg) || avg.kind !== "number" || !avg.value || avg.qualifiers.length) continue;
      let [num, den] = (avg.unit ?? "").split("/");
      // "8.1 tonnes per hectare": the unit read without its "per".
      if (!den && MASS[num] && /^[ \t]*(?:per|a|\/)[ \t]*(?:hectare|ha)(?![\p{L}])/u.test(ctx.lower.slice(avg.end, avg.end + 14))) den = "ha";
      if (den !== "ha" || !MASS[num]) continue;
      const lead = ctx.lower.slice(Math.max(s.start, avg.start - 80), avg.start);
      const m = (ctx.lang === "vi" ? YIELD_VI : YIELD_EN).exec(lead);
      if (!m) continue;
      const words = crop(m[1]);
      if (!words.length) continue;
      const mass = (f: Figure) => !!f.unit && !!MASS[f.unit];
      const ha = (f: Figure) => f.unit === "ha";
      // This paragraph first, then the one before for what this one does not give.
      let outs = named(ctx, s.start, words, OUTPUT, mass);
      let areas = named(ctx, s.start, words, AREA, ha);
      let numFrom: UnitContext | undefined;
      let denFrom: UnitContext | undefined;
      const prev = ctx.previous();
      if (!outs.length && prev) {
        outs = named(prev, prev.text.length, words, OUTPUT, mass);
        numFrom = prev;
      }
      if (!areas.length && prev) {
        areas = named(prev, prev.text.length, words, AREA, ha);
        denFrom = prev;
      }
      if (outs.length !== 1 || areas.length !== 1) continue;
      const [a, b] = [outs[0], areas[0]];
      if (a.qualifiers.length || b.qualifiers.length) continue;
      out.push({ numerator: a, denominator: b, average: avg, per: 1, factor: MASS[a.unit!] / MASS[num], ...(numFrom ? { from: numFrom } : {}), ...(denFrom ? { denFrom } : {}) });
      seen.add(avg);
    }
  }
}
