// A value a year, listed one after another, then their total or their yearly average: "vốn FDI thu
// hút qua các năm lần lượt là: 986,2 triệu USD (2021); 1.104,7 triệu USD (2022); … và 1.649,8 triệu
// USD (2024). Tổng cộng 4 năm đạt 5.123,2 triệu USD", "năm 2021 đạt 3.120,4 tỷ đồng, năm 2022 là
// 3.486,2 tỷ đồng, … ; bình quân 3.715,6 tỷ đồng/năm", "£4.1m in 2021, £4.6m in 2022 and £5.2m in
// 2023, a total of £13.9m". Each value is tied to a year of its own, all in one unit and scale, and
// nothing between them says they change into each other.
import type { Figure } from "../types.ts";
import { inBrackets, isPercent, type UnitContext } from "./context.ts";
import type { ListMean } from "./list-mean.ts";
import type { TotalParts } from "./parts.ts";

const YEAR = /(?<![\d.,])(?:19|20)\d\d(?![\d.,])/gu;
const NOT_A_LIST = /(?<![\p{L}])(?:từ|lên|xuống|đến|tới|tăng|giảm|so với|from|to|up|down|rose|fell|increased|decreased|compared|than|hơn|trong đó|of which|including|gồm|gấp|times)(?![\p{L}])|%/u;
const TOTAL_BEFORE = /(?<![\p{L}])(?:tổng[ \t]+cộng|tổng[ \t]+số|tổng|cộng|lũy[ \t]+kế|(?:a|the)[ \t]+(?:combined[ \t]+|cumulative[ \t]+)?total[ \t]+of|in[ \t]+total|altogether|combined|cumulatively)(?![\p{L}])(?:[^\d;]|\d{1,2}[ \t]+(?:năm|years?)(?![\p{L}])){0,30}$/u;
const AVG_BEFORE = /(?<![\p{L}])(?:bình[ \t]+quân|trung[ \t]+bình|an[ \t]+average[ \t]+of|averag(?:e|ed|ing)|a[ \t]+mean[ \t]+of)(?![\p{L}])[^\d;]{0,20}$/u;

/** Unit and scale: what an average of the values is measured in. */
function measure(f: Figure): string {
  return `${f.unit ?? ""}|${f.scale?.factor ?? "1"}`;
}

/** The measure, and for counts the noun: what the values of one series share. */
function kind(f: Figure): string | undefined {
  if (f.kind !== "number" || !f.value || isPercent(f) || f.qualifiers.some((q) => q.kind !== "estimate")) return undefined;
  return `${measure(f)}|${f.unit ? "" : (f.noun ?? "").split(" ")[0]}`;
}

/** The year a value is tied to: in its own stretch of text before it, or in a bracket right after it. */
function yearOf(ctx: UnitContext, from: number, f: Figure): string | undefined {
  const after = /^[ \t]*\([ \t]*(?:năm[ \t]+)?((?:19|20)\d\d)[ \t]*\)/u.exec(ctx.lower.slice(f.end, f.end + 14))?.[1] ?? /^[ \t]+in[ \t]+((?:19|20)\d\d)(?![\d.,])/u.exec(ctx.lower.slice(f.end, f.end + 12))?.[1];
  if (after) return after;
  const before = ctx.lower.slice(Math.max(from, f.start - 40), f.qualifiers[0]?.start ?? f.start);
  const ys = before.match(YEAR);
  return ys && ys.length === 1 ? ys[0] : undefined;
}

interface Run {
  values: Figure[];
  si: number;
}

function runs(ctx: UnitContext): Run[] {
  return ctx.memo("year-series-runs", () => readRuns(ctx));
}

function readRuns(ctx: UnitContext): Run[] {
  const out: Run[] = [];
  // (Three years at least, or no series to read.)
  if ((ctx.lower.match(/(?:19|20)\d\d/gu)?.length ?? 0) < 3) return out;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    let cur: Figure[] = [];
    let years: string[] = [];
    const close = () => {
      if (cur.length >= 3 && new Set(years).size === cur.length) out.push({ values: cur, si });
      cur = [];
      years = [];
    };
    for (const f of s.figs) {
      const k = kind(f);
      const prev = cur[cur.length - 1];
      const from = prev ? prev.end : s.start;
      const y = k && !inBrackets(ctx, s.start, f.start) ? yearOf(ctx, from, f) : undefined;
      const joins = !!prev && !!y && k === kind(prev) && !NOT_A_LIST.test(ctx.lower.slice(from, f.start).replace(/\([^()]*\)/gu, " ")) && !years.includes(y);
      if (!joins) {
        close();
        if (y) {
          cur = [f];
          years = [y];
        }
        continue;
      }
      cur.push(f);
      years.push(y!);
    }
    close();
  }
  return out;
}

/** The figure that comes next after the run: later in its sentence, else the first of the next. */
function nextAfter(ctx: UnitContext, r: Run): Figure | undefined {
  const s = ctx.sentences[r.si];
  const last = r.values[r.values.length - 1];
  const rest = s.figs.filter((f) => f.start > last.end && !/^(?:năm|years?)$/u.test(f.noun ?? ""));
  if (rest.length) return rest[0];
  const n = ctx.sentences[r.si + 1];
  return n?.figs.find((f) => !/^(?:năm|years?)$/u.test(f.noun ?? ""));
}

export function findYearSeriesMeans(ctx: UnitContext): ListMean[] {
  return ctx.memo("year-series-means", () => {
    const out: ListMean[] = [];
    for (const r of runs(ctx)) {
      // The total may come first ("Tổng cộng 4 năm đạt …, bình quân …"): the average after it.
      let a = nextAfter(ctx, r);
      if (a && kind(a) === kind(r.values[0]) && !a.perYear && TOTAL_BEFORE.test(ctx.lower.slice(Math.max(0, (a.qualifiers[0]?.start ?? a.start) - 40), a.qualifiers[0]?.start ?? a.start))) {
        const s = ctx.sentenceOf(a);
        a = s.figs[s.figs.indexOf(a) + 1];
        if (a) continue; // the total's own average is the period-average check's
      }
      if (!a || measure(a) !== measure(r.values[0])) continue;
      const q = a.qualifiers[0]?.start ?? a.start;
      if (!AVG_BEFORE.test(ctx.lower.slice(Math.max(0, q - 30), q))) continue;
      // ("… năm 2024 phê duyệt 2 xã. Thời gian thẩm định bình quân một đồ án là 14,2 ngày": an average
      // of another thing, or one per item, is not the mean of the years' values.)
      const head = (x: Figure) => x.noun?.split(" ")[0];
      if ((a.noun && r.values[0].noun && head(a) !== head(r.values[0])) || /(?<![\p{L}])(?:bình[ \t]+quân|trung[ \t]+bình)[ \t]+(?:một|mỗi)[ \t]+[\p{L}]/u.test(ctx.lower.slice(Math.max(0, q - 60), q))) continue;
      // A yearly average of yearly values, or an average with no period at all.
      if (!a.perYear && /^[ \t]*(?:\/|per|mỗi|a)[ \t]*(?:tháng|month|quý|quarter|ngày|day)/u.test(ctx.lower.slice(a.end, a.end + 12))) continue;
      out.push({ values: r.values, average: a });
    }
    return out;
  });
}

export function findYearSeriesTotals(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (const r of runs(ctx)) {
    const t = nextAfter(ctx, r);
    if (!t || t.perYear || kind(t) !== kind(r.values[0]) || used.has(t.id) || r.values.some((f) => used.has(f.id))) continue;
    const q = t.qualifiers[0]?.start ?? t.start;
    const lead = ctx.lower.slice(Math.max(0, q - 40), q);
    if (!TOTAL_BEFORE.test(lead)) continue;
    // "Tổng cộng 4 năm": a count of the years, when stated, is the run's.
    const n = /(\d+)[ \t]+(?:năm|years?)(?![\p{L}])/u.exec(lead);
    if (n && +n[1] !== r.values.length) continue;
    out.push({ whole: t, wholeNum: t.value!, parts: r.values.map((f) => ({ figure: f, num: f.value! })), exhaustive: true, amounts: !!t.unit, listed: true, cue: { start: q - lead.length + TOTAL_BEFORE.exec(lead)!.index, end: q } });
    used.add(t.id);
    for (const f of r.values) used.add(f.id);
  }
  return out;
}
