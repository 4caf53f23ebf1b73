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
const YIELD_VI = /(?<![\p{L}])năng[ \t]+suất[ \t]+((?:[\p{L}]+[ \t]+){0,6}?)(?:bình[ \t]+quân[ \t]+|trung[ \t]+bình[ \t]+)?(?:(?:đạt|là|ước[ \t]+đạt|khoảng)[ \t]+)?(?:khoảng[ \t]+)?$/u;
const YIELD_EN = /(?<![\p{L}])(?:the[ \t]+)?((?:[\p{L}-]+[ \t]+){1,3}?)yields?(?:[ \t]+(?:averaged|was|were|of|reached|came[ \t]+to|stood[ \t]+at))?[ \t]+(?:about[ \t]+|around[ \t]+)?$/u;
const OUTPUT = /(?<![\p{L}])(?:sản[ \t]+lượng|production|output|harvest)(?![\p{L}])/u;
const AREA = /(?<![\p{L}])(?:diện[ \t]+tích|area)(?![\p{L}])/u;
const STOP = /^(?:bình|quân|trung|đạt|là|the|of|a|an|in|năm|vụ|toàn|tỉnh|huyện|average|mean|overall|cây|and|và|with|its|their|was|were)$/u;
/** Crops and products by name: what a figure is of when its own words say so. */
const CROPS = /(?<![\p{L}])(lúa|ngô|bắp|sắn|mì|khoai(?:[ \t]+(?:lang|tây|mì))?|lạc|đậu(?:[ \t]+(?:tương|xanh|phộng))?|mía|chè|cà[ \t]+phê|hồ[ \t]+tiêu|cao[ \t]+su|điều|rau|lương[ \t]+thực|ngũ[ \t]+cốc|tôm|cá|rice|paddy|maize|corn|wheat|barley|oats|sorghum|millet|cereals?|grains?|potato(?:es)?|cassava|soya(?:[ \t]+beans?)?|soybeans?|beans|pulses|sugar[ \t]?cane|coffee|tea|cotton|rapeseed|oilseeds?)(?![\p{L}])/gu;
const CROP_SAME: Record<string, string> = { paddy: "rice", corn: "maize", bắp: "ngô", mì: "sắn", cereal: "cereals", grain: "grains", "soya bean": "soybeans", "soya beans": "soybeans", soybean: "soybeans", potato: "potatoes" };
/** The one crop named in a text, or "" for none, or undefined for several. */
function cropIn(t: string): string | undefined {
  const all = new Set([...t.matchAll(CROPS)].map((m) => CROP_SAME[m[1].replace(/[ \t]+/gu, " ")] ?? m[1].replace(/[ \t]+/gu, " ")));
  return all.size > 1 ? undefined : ([...all][0] ?? "");
}
/** A paragraph opened by its crop as a run-in heading: "Maize. Area harvested …", "Cây ngô: …". */
const RUN_IN = /^[\s#*•+-]*(?:(?:[a-zđ]|\d{1,2})\)[ \t]+|\d{1,2}\.[ \t]+)?(?:cây[ \t]+)?((?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+)[ \t]*[.:][ \t]+\p{L}/u;

function crop(words: string): string[] {
  return words.trim().split(/[ \t]+/u).filter((w) => w.length > 1 && !STOP.test(w));
}

/** The figures of a unit named by the crop's words and by the measure word, in the text before
 * `upTo`. `headed`: the unit opens on the crop as its run-in heading, so a measure word alone names
 * it there, unless another crop is named. A crop just before the figure names it in a list whose
 * sentence names the measure ("Cereal production … comprised maize 4.92 million tonnes, …"). */
function named(c: UnitContext, upTo: number, crop: string[], measure: RegExp, unitOk: (f: Figure) => boolean, headedAt = -1): Figure[] {
  const out: Figure[] = [];
  let prevEnd = 0;
  const has = (t: string, w: string) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(t);
  for (const f of c.figures) {
    if (f.start >= upTo) break;
    const from = prevEnd;
    prevEnd = f.end;
    if (f.kind !== "number" || !f.value || f.perYear || !unitOk(f)) continue;
    const s = c.sentenceOf(f);
    const lead = c.lower.slice(Math.max(s.start, from, f.start - 70), f.start);
    if (!measure.test(lead)) {
      const listed = new RegExp(`(?:^|[,;:][ \\t]*|[ \\t](?:and|và|comprised|comprising|gồm|including)[ \\t]+)${crop.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[ \\t]+")}[ \\t]*:?[ \\t]*$`, "u");
      if (!crop.length || !listed.test(lead) || !measure.test(c.lower.slice(s.start, from))) continue;
      out.push(f);
      continue;
    }
    const other = cropIn(lead.slice(lead.search(measure)));
    if (!(headedAt >= 0 && f.start > headedAt && other === "") && !crop.every((w) => has(lead, w))) continue;
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
      let words = crop(m[1]);
      // "Maize. Area harvested was … and the average yield 3.02 tonnes per hectare": the crop of a
      // paragraph headed by it, when the yield names none (and nothing before it in the sentence does).
      // (The heading of the yield's own line, in a list of crops one a line; else of the paragraph.)
      const line = ctx.lower.lastIndexOf("\n", avg.start) + 1;
      let headAt = line;
      let head = RUN_IN.exec(ctx.lower.slice(line));
      if (!head || !cropIn(head[1])) {
        headAt = 0;
        head = RUN_IN.exec(ctx.lower);
      }
      const headCrop = head && cropIn(head[1]) ? crop(head[1]) : [];
      const headEnd = head ? headAt + head[0].length - 1 : 0;
      const headed = !words.length && headCrop.length > 0 && cropIn(ctx.lower.slice(Math.max(s.start, headEnd), avg.start)) === "";
      if (headed) words = headCrop;
      if (!words.length) continue;
      const mass = (f: Figure) => !!f.unit && !!MASS[f.unit];
      const ha = (f: Figure) => f.unit === "ha";
      // This paragraph first, then the one before for what this one does not give.
      // (Up to the end of the yield's own sentence: "Cây lúa: diện tích 12.500 ha, năng suất 58,2
      // tạ/ha, sản lượng 72.750 tấn"; never a yield itself.)
      const notYield = (f: Figure) => f !== avg && !/^[ \t]*(?:per|a|\/)[ \t]*(?:hectare|ha)(?![\p{L}])/u.test(ctx.lower.slice(f.end, f.end + 14));
      let outs = named(ctx, s.end, words, OUTPUT, (f) => mass(f) && notYield(f), headed ? headAt : -1);
      let areas = named(ctx, s.end, words, AREA, ha, headed ? headAt : -1);
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
