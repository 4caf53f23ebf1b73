// A part's share of a total that the paragraph states elsewhere and the sentence names:
// "Tổng chi 14.350,2 triệu đồng …; chi thường xuyên 8.870,2 triệu đồng, chiếm 61,8% tổng chi",
// "Trong tổng thu …, thu nội địa là 8.115,6 tỷ đồng, chiếm 82,5%", "Total enrolment was 23,418
// students … International students accounted for 21.4% of the total (5,012 students)".
// Only a share that names its total ("tổng chi", "trong tổng thu", "of the total") is read, and only
// against a figure the paragraph introduces as that total, in the same measure: a share of plan, of
// last year or of an unnamed base is never taken for one.
import { sameNoun } from "../figures/nouns.ts";
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { UnitContext, figureAt, figureIndex, isCount, itemLine, type Sentence } from "./context.ts";

export interface NamedShare {
  part: Figure;
  whole: Figure;
  percent: Figure;
}

/** "chiếm 61,8% tổng chi", "accounting for 21.4% of the total", "62% of total spending". */
const TOTAL_AFTER = /^[ \t]*(?:của[ \t]+|trong[ \t]+)?(?:tổng(?:[ \t]+số)?|tổng[ \t]+cộng)(?:[ \t]+([\p{L}\p{M}]+))?|^[ \t]+of[ \t]+(?:the[ \t]+)?total(?:[ \t]+([a-z]+))?|^[ \t]+of[ \t]+all(?:[ \t]+([a-z]+))?/u;
/** "Trong tổng thu …, thu nội địa …", "Of the total, …", "Of total spending, …". */
const TOTAL_BEFORE = /(?:^[ \t\r\n]*|[.;:][ \t]*)(?:trong[ \t]+tổng(?:[ \t]+số)?|of[ \t]+(?:the[ \t]+)?total|out[ \t]+of[ \t]+(?:the[ \t]+)?total)(?:[ \t]+([\p{L}\p{M}]+))?/gu;
/** Between the part and its percent: "8.870,2 triệu đồng, chiếm", "5,012 students (", "… accounting for". */
const LINK = /^[ \t]*(?:[\p{L}\p{M} \t-]{0,40}?)?(?:,[ \t]*|\([ \t]*|[ \t]+)(?:chiếm|bằng|accounting for|accounted for|representing|or|making up|equivalent to)?[ \t]*(?:khoảng[ \t]+|about[ \t]+)?$/u;
/** Words that make the percent a change or a comparison rather than a share. */
const NOT_LINK = /(?<![\p{L}])(?:tăng|giảm|vượt|hụt|hơn|so với|up|down|rose|fell|by|than|increase|decrease|growth|more|less|over|under)(?![\p{L}])/u;
/** A percent followed by these is a share of something else than the named total. */
const OTHER_BASE = /^[ \t]*(?:kế hoạch|mục tiêu|dự toán|so với|cùng kỳ|chỉ tiêu|nghị quyết|of (?:the )?(?:plan|target|budget|estimate|allocation|forecast)|(?:the )?(?:plan|target|budget)|year on year|compared)/u;
/** Words before a figure that introduce it as a total. */
const TOTAL_CUE = /(?:^|[^\p{L}])(tổng(?:[ \t]+số)?|tổng[ \t]+cộng|total|in total|overall|altogether)(?:[ \t]+([\p{L}\p{M}]+))?(?:[^.;()%]{0,100})$/u;
const CHANGE_BEFORE = /(?:tăng|giảm|vượt|hụt|so với|kế hoạch|dự toán|up|down|by|than|plan|target|budget|estimate|rose|fell|from|to)[ \t]*(?:là|of|:)?[ \t]*$/u;

function measure(f: Figure): string | undefined {
  if (f.kind !== "number" || f.perYear) return undefined;
  if (f.unit) return f.unit === "%" || f.unit === "pp" || f.unit === "times" ? undefined : `${f.unit}×${f.scale?.factor ?? "1"}`;
  return isCount(f) && f.noun ? "count" : undefined;
}

function sameMeasure(a: Figure, b: Figure, ctx?: UnitContext): boolean {
  // "Aboriginal … students numbered 42,870": a bare count named by the words before it.
  if (ctx && bareCount(a) && measure(b) === "count") {
    const head = b.noun!.split(" ").pop()!;
    return new RegExp(`(?<![\\p{L}])${head}[^.;\\d]{0,25}$`, "u").test(ctx.lower.slice(Math.max(0, a.start - 40), a.start));
  }
  const m = measure(a);
  if (!m || m !== measure(b)) return false;
  return m !== "count" || sameNoun(a.noun, b.noun);
}

function bareCount(f: Figure): boolean {
  return f.kind === "number" && !f.unit && !f.noun && isCount(f);
}

/** The figure the paragraph introduced as the total named `head` ("chi", "thu", undefined for "the total"). */
function namedTotal(ctx: UnitContext, part: Figure, head: string | undefined): Figure | undefined {
  const i = ctx.figures.indexOf(part);
  let weak: Figure | undefined;
  for (let j = i - 1; j >= 0; j--) {
    const w = ctx.figures[j];
    if (part.start - w.end > 1500) return weak;
    // A "total" not above its part is some other figure of the paragraph; one that carries its own
    // share is a sibling group ("nữ 4.133 đồng chí (48,2%), dân tộc thiểu số 3.085 …").
    if (carriesShare(ctx, w, j)) continue;
    // ("- Cấp mới 42 dự án với tổng vốn đăng ký 1.186,4 triệu USD;\n- Điều chỉnh tăng vốn … 538,2 triệu USD
    // (chiếm 30,1% tổng vốn đăng ký trong năm)": a sibling item's amount is no total of another item.)
    if (itemLine(ctx, w) !== undefined && itemLine(ctx, part) !== undefined && itemLine(ctx, w) !== itemLine(ctx, part)) continue;
    if (!sameMeasure(part, w, ctx) || !new D(w.value!.exact).times(w.scale?.factor ?? 1).gt(new D(part.value!.exact).times(part.scale?.factor ?? 1))) continue;
    const q = w.qualifiers[0]?.start ?? w.start;
    const s = ctx.sentenceOf(w);
    const before = ctx.lower.slice(Math.max(s.start, q - 130), q);
    if (CHANGE_BEFORE.test(before)) continue;
    const cue = TOTAL_CUE.exec(before);
    // "Enrolments reached 612,480 students … 7.0% of all enrolments": the total's own name as the
    // subject of its sentence names it too.
    // ("Số trẻ sinh ra trong năm là 18.624 trẻ; … chiếm 9,30% tổng số trẻ sinh ra": "số" before it.)
    // ("Tổng thu NSNN … 15.820,4 tỷ đồng … . Thu tiền sử dụng đất đạt 3.105,6 tỷ đồng … bằng 3,9% tổng
    // thu": a total named as such, further back, outranks a subject that only begins with the name.)
    if (!cue && head && new RegExp(`(?:^|[.;:]|\\n)\\s*(?:the\\s+(?:number\\s+of\\s+)?|(?:tổng\\s+)?số\\s+(?:lượng\\s+)?)?${head}[^.;()%\\d]{0,50}$`, "u").test(before)) {
      weak ??= w;
      continue;
    }
    // "… (32.4% of the total), followed by … $14.8 billion": a share's base, not a total's name.
    if (!cue || /(?:of(?: the)?|của)[ \t]*$/u.test(before.slice(0, cue.index + 1))) continue;
    // "tổng chi … 14.350,2": the total's own name must be the one the share names.
    // ("Total enrolment … was 23,418 students … of all students": the total's own noun names it too.)
    if (head && cue[2] !== head && !before.slice(cue.index).includes(` ${head}`) && !sameNoun(w.noun, head)) continue;
    return w;
  }
  return weak;
}

/** The nearest earlier count of the part's noun in its sentence or the one before, above the part,
 * neither a change nor in brackets. */
function plainTotal(ctx: UnitContext, part: Figure): Figure | undefined {
  const s = ctx.sentenceOf(part);
  const si = ctx.sentences.indexOf(s);
  const from = si > 0 ? ctx.sentences[si - 1].start : s.start;
  for (let j = ctx.figures.indexOf(part) - 1; j >= 0; j--) {
    const w = ctx.figures[j];
    if (w.start < from) return undefined;
    if (!sameMeasure(part, w, ctx)) continue;
    const q = w.qualifiers[0]?.start ?? w.start;
    const ws = ctx.sentenceOf(w);
    const before = ctx.lower.slice(Math.max(ws.start, q - 40), q);
    if (CHANGE_BEFORE.test(before) || before.lastIndexOf("(") > before.lastIndexOf(")")) return undefined;
    return new D(w.value!.exact).gt(part.value!.exact) ? w : undefined;
  }
  return undefined;
}

/** A prior period's figure in brackets: "(2022/23: £6.4m)", "(năm 2023: 5,2 tỷ đồng)". */
const PRIOR = /^[^()]{0,30}\([ \t]*(?:(?:fy|năm|quý|q[1-4])[ \t]*)?(?:19|20)\d\d(?:[/-]\d{2,4})?[ \t]*:[ \t]*$/u;

/** "… equivalent to 1.6% of total income. Total income rose by 4.0% to £412.6m": the total named at
 * the start of the next sentence, its first figure of the part's measure. */
function totalNext(ctx: UnitContext, part: Figure, p: Figure, head: string): Figure | undefined {
  const si = ctx.sentences.indexOf(ctx.sentenceOf(p));
  const next = ctx.sentences[si + 1];
  if (!next || !new RegExp(`^\\s*(?:the\\s+)?(?:total|tổng)\\s+${head}(?![\\p{L}])`, "u").test(ctx.lower.slice(next.start, next.start + 40))) return undefined;
  const w = next.figs.find((f) => sameMeasure(part, f, ctx));
  if (!w || /(?:from|by|từ)[ \t]*$/u.test(ctx.lower.slice(Math.max(next.start, w.start - 8), w.start))) return undefined;
  return w;
}

function headAfter(ctx: UnitContext, p: Figure, s: Sentence): { head?: string } | undefined {
  const m = TOTAL_AFTER.exec(ctx.lower.slice(p.end, Math.min(s.end, p.end + 40)));
  if (!m) return undefined;
  const head = m[1] ?? m[2] ?? m[3];
  return { head: head && !/^(?:the|of|số|là|trên|in|was)$/u.test(head) ? head : undefined };
}

function headBefore(ctx: UnitContext, s: Sentence, at: number): { head?: string } | undefined {
  let found: { head?: string } | undefined;
  const t = ctx.lower.slice(s.start, at);
  TOTAL_BEFORE.lastIndex = 0;
  let last = 0;
  for (let m = TOTAL_BEFORE.exec(t); m; m = TOTAL_BEFORE.exec(t)) {
    found = { head: m[1] && !/^(?:the|of|số|là|trên)$/u.test(m[1]) ? m[1] : undefined };
    last = m.index + m[0].length;
  }
  // ("Trong tổng số 46 dự án, có 12 dự án …; trong 12 dự án này, 5 dự án …": a narrower whole after it.)
  if (found && /[;:.][ \t]*(?:trong|trong số|of the|of these|among the|out of the)[ \t]+\d/u.test(t.slice(last))) return undefined;
  return found;
}

/** "…, có 2.754 hồ sơ đã giải quyết (96,3%), trong đó 2.690 hồ sơ …, chiếm 97,7% số hồ sơ đã giải
 * quyết": the base the percent names word for word is another count than the total. */
function namedElsewhere(ctx: UnitContext, whole: Figure, part: Figure, p: Figure): boolean {
  // ("… 1.286,4 km, trong đó kênh cấp I, cấp II … 214,8 km và kênh nội đồng (…) … 1.071,6 km. … 412,5
  // km, chiếm 38,5% tổng chiều dài kênh nội đồng": the measure named, then the name of another figure's
  // label in the paragraph, not the total's.)
  const mm = /^[ \t]+(?:của[ \t]+)?tổng[ \t]+(?:chiều[ \t]+dài|diện[ \t]+tích|số[ \t]+lượng|khối[ \t]+lượng|sản[ \t]+lượng|số|vốn|kinh[ \t]+phí)[ \t]+([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){1,4})/u.exec(ctx.lower.slice(p.end, p.end + 60));
  if (mm) {
    const label = mm[1];
    const lead = (f: Figure) => { const k = figureIndex(ctx, f); return ctx.lower.slice(Math.max(ctx.sentenceOf(f).start, f.start - 120, k > 0 ? ctx.figures[k - 1].end : 0), f.start); };
    const has = (x: string) => new RegExp(`(?<![\\p{L}])${label}(?![\\p{L}])`, "u").test(x);
    if (!has(ctx.lower.slice(Math.max(ctx.sentenceOf(whole).start, whole.start - 130), whole.start)) && ctx.figures.slice(figureIndex(ctx, whole) + 1, figureIndex(ctx, part)).some((g) => g.kind === "number" && g.unit === part.unit && has(lead(g)))) return true;
  }
  const m = /^[ \t]+(?:của[ \t]+|trên[ \t]+)?(?:tổng[ \t]+)?số[ \t]+([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){2,8})/u.exec(ctx.lower.slice(p.end, p.end + 80));
  if (!m) return false;
  const name = m[1].split(/[ \t]+(?:và|năm|trong|của)(?:[ \t]|$)/u)[0];
  const said = (f: Figure) => ctx.lower.slice(f.end, f.end + name.length + 4).trimStart().startsWith(name);
  return !said(whole) && ctx.figures.some((g) => g !== whole && g !== part && g.end <= part.start && g.kind === "number" && said(g));
}

/** "bằng 88,8% tổng đàn trâu" against "Tổng đàn trâu, bò … là 111.535 con": the share names one group
 * of a total the text named for that group and another. */
export function groupedTotal(ctx: UnitContext, p: Figure, whole: Figure): boolean {
  const named = /^[ \t]+(?:của[ \t]+)?tổng[ \t]+(?:số[ \t]+)?([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){1,3})/u.exec(ctx.lower.slice(p.end, p.end + 50))?.[1];
  if (!named) return false;
  const lead = ctx.lower.slice(Math.max(0, (whole.qualifiers[0]?.start ?? whole.start) - 120), whole.qualifiers[0]?.start ?? whole.start).split(/[.;]/u).pop()!;
  const last = named.split(/[ \t]+/u).pop()!.replace(/[.*+?^${}()|[\]\\]/gu, "");
  return new RegExp(`(?<![\\p{L}])(?:[\\p{L}\\p{M}]+[ \\t]*(?:,|và|and|&|/)[ \\t]*${last}|${last}[ \\t]*(?:,|và|and|&|/)[ \\t]*[\\p{L}\\p{M}]+)(?![\\p{L}])`, "u").test(lead);
}

export function nearerBase(ctx: UnitContext, whole: Figure, part: Figure): boolean {
  const s = ctx.sentenceOf(part);
  const head = (part.noun ?? "").split(" ")[0];
  if (!head) return false;
  return s.figs.some((h) => h !== whole && h.start > whole.end && h.end <= part.start && h.kind === "number" && !h.unit && (h.noun ?? "").split(" ")[0] === head && !new D(h.value!.exact).lt(part.value!.exact) && /^[^.;\d%()]{0,40},[ \t]*(?:trong[ \t]+đó[ \t]+|kết[ \t]+quả[ \t]+)?(?:có|of[ \t]+which|of[ \t]+whom)[ \t]+$/u.test(ctx.lower.slice(h.end, part.start)));
}

/** "Trong tổng thu năm 2023, thu nội địa …" after "Tổng thu … 3 năm đạt 31.994,4 tỷ đồng (…; năm 2023 ước
 * 10.945,3 tỷ đồng)": a total named for one year is the figure dated by that year, not a total over
 * more; undefined when the paragraph dates none. */
function datedTotal(ctx: UnitContext, s: Sentence, part: Figure, whole: Figure): Figure | undefined {
  const year = /(?<![\p{L}])(?:trong[ \t]+tổng|of[ \t]+(?:the[ \t]+)?total|out[ \t]+of[ \t]+(?:the[ \t]+)?total)[^,;.\d]{0,40}?(?:năm|in|for)[ \t]+((?:19|20)\d\d(?:[/-]\d{2})?)(?!\d)/u.exec(ctx.lower.slice(s.start, part.start))?.[1];
  if (!year) return whole;
  const ws = ctx.sentenceOf(whole);
  const dated = (f: Figure) => new RegExp(`(?<![\\d/])${year}(?![\\d/])[ \\t]*(?:ước[ \\t]*|est\\.?[ \\t]*)?:?[ \\t]*$`, "u").test(ctx.lower.slice(Math.max(0, (f.qualifiers[0]?.start ?? f.start) - 20), f.qualifiers[0]?.start ?? f.start));
  if (dated(whole) || new RegExp(`(?<![\\d/])${year}(?![\\d/])`, "u").test(ctx.lower.slice(Math.max(ws.start, whole.start - 130), whole.start))) return whole;
  return ctx.figures.find((f) => f.end <= part.start && f !== whole && sameMeasure(part, f, ctx) && dated(f) && new D(f.value!.exact).gt(part.value!.exact));
}

export function findNamedShares(ctx: UnitContext, taken: Set<Figure>): NamedShare[] {
  const out: NamedShare[] = [];
  for (const s of ctx.sentences) {
    // A sentence of one percent may still name its part by label ("Vốn … chiếm 59,0% tổng nguồn vốn.").
    for (let i = s.figs.length === 1 ? -1 : 0; i + 1 < s.figs.length; i++) {
      const b = s.figs[i + 1];
      const a = i >= 0 ? s.figs[i] : b;
      // "A …, chiếm P% tổng X" or "P% of the total (A)".
      let part: Figure, p: Figure, gap: string;
      let prior = false;
      const labelled = b.kind === "percent" && b.unit === "%" ? byLabel(ctx, s, b) : undefined;
      if (labelled) [part, p, gap] = [labelled, b, ""];
      else if (b.kind === "percent" && b.unit === "%" && i > 0 && PRIOR.test(ctx.lower.slice(s.figs[i - 1].end, a.start)) && /^[ \t]*\)[ \t]*,[ \t]*(?:equivalent to|representing|or)[ \t]*$/u.test(ctx.lower.slice(a.end, b.start)) && measure(a) && measure(a) === measure(s.figs[i - 1])) {
        // "£6.7m for 2023/24 (2022/23: £6.4m), equivalent to 1.6% of total income": the prior year's
        // figure in brackets stands between the part and its share.
        [part, p, gap, prior] = [s.figs[i - 1], b, ctx.lower.slice(a.end, b.start).replace(/^[ \t]*\)/u, ""), true];
      } else if (b.kind === "percent" && b.unit === "%" && i > 1 && measure(a) && /^[ \t]*\)[ \t]*(?:,[ \t]*)?(?:và|and)?[ \t]*(?:chiếm|accounting for|accounted for|representing|represented|making up|made up)[ \t]*$/u.test(ctx.lower.slice(a.end, b.start)) && /(?:so với|compared (?:with|to)|on|from)(?:[^()\d]|(?<!\d)(?:19|20)\d\d(?:\/\d{2})?(?!\d)){0,30}\([ \t]*$/u.test(ctx.lower.slice(s.figs[i - 1].end, a.start)) && /(?<![\p{L}])(?:tăng|giảm|up|down|rose|fell|increased|decreased|an? (?:increase|rise|fall|decrease) of)[ \t]*$/u.test(ctx.lower.slice(s.figs[i - 2].end, s.figs[i - 1].start)) && measure(s.figs[i - 2]) === measure(a)) {
        // "đạt 4.912,6 triệu kWh, tăng 9,4% so với năm 2023 (4.490,5 triệu kWh) và chiếm 38,2% tổng
        // sản lượng …": past the change and its bracketed base, the share is the sentence's value's.
        // The total it names is in brackets right after it ("… tổng sản lượng điện phát trên địa bàn (12.860 triệu kWh)").
        const w = s.figs[i + 2];
        const v = s.figs[i - 2];
        if (!taken.has(b) && !isApproxOrBound(b) && w && sameMeasure(v, w, ctx) && headAfter(ctx, b, s) && /^[^()\d;]{0,60}\([ \t]*$/u.test(ctx.lower.slice(b.end, w.start)) && /^[ \t]*\)/u.test(ctx.lower.slice(w.end, w.end + 3)) && new D(w.value!.exact).gt(v.value!.exact)) out.push({ part: v, whole: w, percent: b });
        continue;
      } else if (b.kind === "percent" && b.unit === "%" && (measure(a) || bareCount(a)) && !a.qualifiers.some((q) => q.kind === "under" || q.kind === "over" || q.kind === "atLeast" || q.kind === "atMost")) [part, p, gap] = [a, b, ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start)];
      else if (a.kind === "percent" && a.unit === "%" && measure(b)) [part, p, gap] = [b, a, ""];
      else continue;
      if (taken.has(p) || p.kind !== "percent" || isApproxOrBound(p)) continue;
      let ref: { head?: string } | undefined;
      if (part === labelled) {
        if (OTHER_BASE.test(ctx.lower.slice(p.end, p.end + 30))) continue;
        ref = headAfter(ctx, p, s);
      } else if (part === a || prior) {
        if (!LINK.test(gap) || NOT_LINK.test(gap) || OTHER_BASE.test(ctx.lower.slice(p.end, p.end + 30))) continue;
        ref = headAfter(ctx, p, s) ?? headBefore(ctx, s, part.start);
      } else {
        // "accounted for 21.4% of the total (5,012 students)": the part in brackets right after.
        const after = headAfter(ctx, p, s);
        const between = ctx.lower.slice(p.end, part.qualifiers[0]?.start ?? part.start);
        if (!after || !/^[^()]{0,40}\([ \t]*$/u.test(between)) continue;
        ref = after;
      }
      if (ref && part === a && ref.head) {
        // "… lúa trên diện tích 265 ha … . Trong tổng diện tích liên kết, có 120 ha …, chiếm 45,3%":
        // the total named by the words that introduced an earlier figure of the paragraph.
        const phrased = wholeByPhrase(ctx, s, part);
        if (phrased && !namedTotal(ctx, part, ref.head)) {
          out.push({ part, whole: phrased, percent: p });
          continue;
        }
      }
      if (!ref) {
        // "…, trong đó chi sự nghiệp giáo dục 1.734,2 tỷ đồng, chiếm 46,0% chi thường xuyên": the
        // whole named by the label an earlier amount of the paragraph carried.
        const named = part !== labelled ? wholeByLabel(ctx, part, p) : undefined;
        if (named) out.push({ part, whole: named, percent: p });
        continue;
      }
      // "enrolled 24,316 students, … . International students numbered 6,142, or 25.3% of the total":
      // a plain "of the total" after a count named by its noun is the paragraph's count of that noun.
      const plainOfTotal = ref.head === undefined && part !== labelled && /^[ \t]+(?:of[ \t]+the[ \t]+total(?![ \t]*[\p{L}\d£$€])|(?:của[ \t]+)?tổng[ \t]+số[ \t]*(?:[.;,)]|$))/u.test(ctx.lower.slice(p.end, p.end + 30));
      const found = namedTotal(ctx, part, ref.head) ?? (ref.head ? totalNext(ctx, part, p, ref.head) : undefined) ?? (ref.head && part === a && measure(part) === "count" && sameNoun(part.noun, ref.head) && headEnds(ctx, p, ref.head) ? firstCount(ctx, part) : undefined) ?? (plainOfTotal && bareCount(part) ? plainTotal(ctx, part) : undefined) ?? (plainOfTotal && part === a && measure(part) ? totalBefore(ctx, part) : undefined);
      const whole = found && datedTotal(ctx, s, part, found);
      // A "total" smaller than its part is some other figure: leave it.
      if (!whole || !new D(whole.value!.exact).gt(part.value!.exact)) continue;
      // ("Tổng đàn trâu, bò … là 111.535 con … trâu: 37.862 con, bằng 88,8% tổng đàn trâu": a total named
      // for the share's group and others besides is not the group's.)
      if (groupedTotal(ctx, p, whole)) continue;
      // ("bằng 62,8% tổng số giáo viên và 68,2% số giáo viên đạt chuẩn": the share beside it names the count
      // the part was said of; "tổng số" is a total of more.)
      if (/^[ \t]+(?:của[ \t]+)?tổng[ \t]+số[^,;.%\d]{0,40}?(?:và|and)[ \t]+\d[\d.,]*[ \t]*%[ \t]+(?:số|of)[ \t]/u.test(ctx.lower.slice(p.end, p.end + 90))) continue;
      // ("…; năm 2023 lấy 1.050 mẫu, có 42 mẫu không đạt, chiếm 4,0% tổng số mẫu giám sát": a nearer
      // count of the part's noun that the part is said of is the base, not the total named earlier.)
      if (nearerBase(ctx, whole, part) || namedElsewhere(ctx, whole, part, p)) continue;
      // ("affected 8,104 pupils, or 19.0% of pupils on roll, … 853 pupils (2.0% of all pupils)": a count
      // that is itself a share of the noun's total is not that total.)
      if (/^[^.;\d]{0,30}?(?:,[ \t]*(?:or|i\.e\.|equivalent[ \t]+to)[ \t]+|\([ \t]*|,[ \t]*(?:chiếm|accounting[ \t]+for|bằng)[ \t]+)\d[\d.,]*[ \t]*%[ \t]+(?:of|của|tổng)(?![\p{L}])/u.test(ctx.lower.slice(whole.end, whole.end + 60))) continue;
      // ("11 xã …, chiếm 61,1% tổng số xã; trong số 11 xã này có 4 xã …": a group that is a share of the
      // total, here or where it was first said.)
      if (ctx.figures.slice(Math.max(0, figureIndex(ctx, whole) - 12), figureIndex(ctx, whole) + 1).some((g) => whole.start - g.end < 400 && g.kind === whole.kind && g.value?.exact === whole.value?.exact && (g.noun ?? "").split(" ")[0] === (whole.noun ?? "").split(" ")[0] && /^[ \t\p{L}\p{M}]{0,80},[ \t]*(?:chiếm|bằng|accounting for|representing)[ \t]+\d[\d.,]*[ \t]*%[ \t]*(?:của[ \t]+)?(?:tổng|of the total|of all)/u.test(ctx.lower.slice(g.end, g.end + 120)))) continue;
      out.push({ part, whole, percent: p });
    }
  }
  out.push(...labelledTotals(ctx, taken, out));
  return out;
}

/** "Tổng công suất thiết kế của các nhà máy … là 285.000 m³/ngày đêm … . Công suất khai thác thực tế đạt
 * 231.400 m³/ngày đêm, bằng 81,2% công suất thiết kế": the share names, word for word, the label that
 * introduced an earlier total of the paragraph ("Tổng <label> … là"), with no "tổng" of its own. */
function labelledTotals(ctx: UnitContext, taken: Set<Figure>, found: NamedShare[]): NamedShare[] {
  const out: NamedShare[] = [];
  if (ctx.lang !== "vi") return out;
  for (const s of ctx.sentences) {
    for (let i = 1; i < s.figs.length; i++) {
      const [part, p] = [s.figs[i - 1], s.figs[i]];
      if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || isApproxOrBound(p) || found.some((x) => x.percent === p)) continue;
      const label = /^[ \t]+((?:[\p{L}\p{M}]+[ \t]+){1,4}[\p{L}\p{M}]+)[ \t]*(?:[.;,]|$)/u.exec(ctx.lower.slice(p.end, p.end + 60))?.[1];
      if (!label || /^(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|cùng kỳ|so với|năm|nghị quyết)(?![\p{L}])/u.test(label) || !measure(part) || part.qualifiers.length) continue;
      if (!/^(?:[ \t]+[\p{L}\p{M}]+){0,2}[ \t]*,[ \t]*(?:bằng|chiếm|đạt)[ \t]*$/u.test(ctx.lower.slice(part.end, p.start))) continue;
      const named = new RegExp(`(?:^|[.;:\\n])[\\s*•-]*tổng[ \\t]+${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])[^\\d;]{0,80}$`, "u");
      const wholes = ctx.figures.filter((w) => w.end <= part.start && w !== part && sameMeasure(part, w, ctx) && !w.qualifiers.length && named.test(ctx.lower.slice(Math.max(ctx.sentenceOf(w).start, w.start - 160), w.start)));
      if (wholes.length !== 1 || !new D(wholes[0].value!.exact).gt(part.value!.exact)) continue;
      out.push({ part, whole: wholes[0], percent: p });
    }
  }
  return out;
}

/** "…; chi thường xuyên chiếm 61,8% tổng chi": the share names its part by the label the amount
 * carried earlier in the paragraph ("chi thường xuyên 8.870,2 triệu đồng"). */
const LABEL_SHARE = /(?:^[ \t\r\n]*|[;,:.][ \t]*|(?<![\p{L}])(?:trong đó|riêng)[ \t]+)([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){1,5})[ \t]+chiếm[ \t]*(?:khoảng[ \t]+)?$/u;
const LABEL_TAIL = /(?:[ \t]+(?:là|đạt|ước đạt|ước|khoảng|được|có|was|is|of))*[ \t]*$/u;

function byLabel(ctx: UnitContext, s: Sentence, p: Figure): Figure | undefined {
  const m = LABEL_SHARE.exec(ctx.lower.slice(Math.max(s.start, p.start - 60), p.qualifiers[0]?.start ?? p.start));
  if (!m) return undefined;
  const label = m[1].replace(/^(?:còn|và|riêng|trong đó)[ \t]+/u, "");
  return labelledBefore(ctx, p, label, 1500, (f) => !!measure(f) && f.kind === "number");
}

/** The nearest figure before `from` (within `reach`) whose own words end with `label`. */
function labelledBefore(ctx: UnitContext, from: Figure, label: string, reach: number, ok: (f: Figure) => boolean): Figure | undefined {
  for (let j = ctx.figures.indexOf(from) - 1; j >= 0; j--) {
    const f = ctx.figures[j];
    if (from.start - f.end > reach) return undefined;
    if (!ok(f)) continue;
    const q = f.qualifiers[0]?.start ?? f.start;
    const before = ctx.lower.slice(Math.max(0, q - label.length - 20), q).replace(LABEL_TAIL, "");
    if (before.endsWith(label) && !/[\p{L}\p{M}]/u.test(before.charAt(before.length - label.length - 1))) return f;
  }
  return undefined;
}

function wholeByLabel(ctx: UnitContext, part: Figure, p: Figure): Figure | undefined {
  if (!/(?:chiếm|accounting for|accounted for)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, p.start - 14), p.start))) return undefined;
  const m = /^[ \t]+((?:[\p{L}\p{M}]+[ \t]+){1,4}[\p{L}\p{M}]+)[ \t]*(?=[.;,)]|$)/u.exec(ctx.lower.slice(p.end, p.end + 50));
  if (!m) return undefined;
  const label = m[1].replace(/^(?:of[ \t]+)?(?:the[ \t]+)?/u, "");
  if (label.split(/\s+/).length < 2) return undefined;
  const size = (f: Figure) => new D(f.value!.exact).times(f.scale?.factor ?? 1);
  return labelledBefore(ctx, part, label, 600, (w) => sameMeasure(part, w, ctx) && size(w).gt(size(part)));
}

function isApproxOrBound(f: Figure): boolean {
  return f.qualifiers.some((q) => q.kind !== "estimate");
}

/** "Trong tổng diện tích liên kết, có 120 ha …", "Of the total road network, 1,436 km …": the phrase
 * after the total's word names the earlier figure it was introduced with: its head right before the
 * figure ("trên diện tích 265 ha", "a road network of 4,218 km") and every word of it in that
 * figure's sentence. */
function wholeByPhrase(ctx: UnitContext, s: Sentence, part: Figure): Figure | undefined {
  const m = /^[\s*•-]*(?:trong[ \t]+tổng(?:[ \t]+số)?|of[ \t]+the[ \t]+total|out[ \t]+of[ \t]+the[ \t]+total)[ \t]+([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){0,5})[ \t]*,[ \t]*(?:có[ \t]+)?$/u.exec(ctx.lower.slice(s.start, part.qualifiers[0]?.start ?? part.start));
  if (!m) return undefined;
  const words = m[1].split(/[ \t]+/u);
  const heads = [words.slice(0, 2).join(" "), words[words.length - 1]].filter((h) => h.length >= 3);
  const size = (f: Figure) => new D(f.value!.exact).times(f.scale?.factor ?? 1);
  for (let j = ctx.figures.indexOf(part) - 1; j >= 0; j--) {
    const w = ctx.figures[j];
    if (part.start - w.end > 1500) return undefined;
    if (w.start >= s.start || !sameMeasure(part, w, ctx) || w.qualifiers.length || !size(w).gt(size(part))) continue;
    const ws = ctx.sentenceOf(w);
    const before = ctx.lower.slice(ws.start, w.start);
    if (CHANGE_BEFORE.test(before) || before.lastIndexOf("(") > before.lastIndexOf(")")) continue;
    const near = before.slice(-24).replace(/(?:[ \t]+(?:là|đạt|khoảng|có|was|is|of|at))*[ \t]*$/u, "");
    if (!heads.some((h) => near.endsWith(h) && !/[\p{L}\p{M}]/u.test(near.charAt(near.length - h.length - 1)))) continue;
    const own = new Set(before.split(/[^\p{L}\p{M}]+/u));
    return words.every((x) => own.has(x)) ? w : undefined;
  }
  return undefined;
}

/** "The container terminals handled 1,842,600 TEU, compared with 1,675,300 TEU in 2023.
 * Transshipment accounted for 552,780 TEU, or 30.0% of the total": "the total" is the figure of the
 * part's measure that the sentence before (or the part's own) states as the period's, not a base it
 * is compared with. */
const COMPARED_BEFORE = /(?:compared (?:with|to)|than|against|from|versus|vs\.?|so với|cùng kỳ|từ)[ \t]*(?:the[ \t]+|a[ \t]+)?(?:[\p{L}-]+[ \t]+){0,3}$/u;
/** A figure followed by its own share of the whole ("4.133 đồng chí (48,2%)", "5.580 người, bằng
 * 45,0% tổng số"): a part beside the one judged, never its total. */
export function carriesShare(ctx: UnitContext, w: Figure, j: number): boolean {
  const p = ctx.figures[j + 1];
  if (!p || p.kind !== "percent" || p.unit !== "%" || (w.kind !== "number" && w.kind !== "fraction")) return false;
  const gap = ctx.lower.slice(w.end, p.qualifiers[0]?.start ?? p.start);
  const after = ctx.lower.slice(p.end, p.end + 30);
  // ("lao động nữ 3.712 người (chiếm 54,0%)": the bracket may name its link word.)
  if (/^[ \t\p{L}\p{M}]{0,60}\([ \t]*(?:chiếm|bằng|đạt|or|i\.e\.)?[ \t]*$/u.test(gap) && /^[ \t]*\)/u.test(after) && !!p.value && new D(p.value.exact).lt(100)) return true;
  // ("nữ có 2.664 lượt người, chiếm 45,0%; người dân tộc thiểu số …": a share that closes its own
  // clause is a group's of the whole too.)
  return /^[ \t\p{L}\p{M}]{0,30},[ \t]*(?:bằng|chiếm|accounting for|representing|or)[ \t]*$/u.test(gap) && (TOTAL_AFTER.test(after) || (/^[ \t]*;/u.test(after) && !!p.value && new D(p.value.exact).lt(100)));
}

function totalBefore(ctx: UnitContext, part: Figure): Figure | undefined {
  const s = ctx.sentenceOf(part);
  const si = ctx.sentences.indexOf(s);
  const from = si > 0 ? ctx.sentences[si - 1].start : s.start;
  const size = (f: Figure) => new D(f.value!.exact).times(f.scale?.factor ?? 1);
  for (let j = ctx.figures.indexOf(part) - 1; j >= 0; j--) {
    const w = ctx.figures[j];
    if (w.start < from) return undefined;
    if (!sameMeasure(part, w, ctx) || w.qualifiers.length || carriesShare(ctx, w, j)) continue;
    // ("- e-books: 268,400 loans (65.0% of the total);\n- e-audiobooks: 144,460 loans (35.0% of the
    // total)": a sibling item is no total.)
    if (itemLine(ctx, w) && itemLine(ctx, part) && itemLine(ctx, w) !== itemLine(ctx, part)) continue;
    const ws = ctx.sentenceOf(w);
    const before = ctx.lower.slice(Math.max(ws.start, w.start - 40), w.start);
    if (before.lastIndexOf("(") > before.lastIndexOf(")") || COMPARED_BEFORE.test(before)) continue;
    if (CHANGE_BEFORE.test(before)) return undefined;
    if (!size(w).gt(size(part))) return undefined;
    return otherTotal(ctx, part, w) ? undefined : w;
  }
  return undefined;
}

/** ("Spend with local suppliers was £148.6m, or 36.0% of total spend. … £93.2m was spent with local SMEs
 * … . Spend with VCSE organisations was £21.4m, or 5.2% of the total": an earlier share of the total
 * puts the total, unwritten, far from `w`.) */
function otherTotal(ctx: UnitContext, part: Figure, w: Figure): boolean {
  const para = ctx.text.lastIndexOf("\n\n", part.start) + 1;
  const figs = ctx.figures;
  const size = (f: Figure) => new D(f.value!.exact).times(f.scale?.factor ?? 1);
  const first = figureAt(ctx, para);
  for (let j = Math.max(1, first ? figureIndex(ctx, first) + 1 : figs.length); j < figs.length && figs[j].start < part.start; j++) {
    const p = figs[j];
    const q = figs[j - 1];
    if (p.kind !== "percent" || p.unit !== "%" || !p.value || new D(p.value.exact).lte(0) || q === w || !sameMeasure(part, q, ctx)) continue;
    if (!/^[ \t]+of[ \t]+(?:the[ \t]+)?total(?![\p{L}])/u.test(ctx.lower.slice(p.end, p.end + 20)) || !/^[ \t]*(?:\(|,[ \t]*(?:or|i\.e\.|equivalent[ \t]+to|representing)?)[ \t]*$/u.test(ctx.lower.slice(q.end, p.start))) continue;
    const implied = size(q).times(100).div(new D(p.value.exact));
    if (implied.minus(size(w)).abs().gt(size(w).times("0.05"))) return true;
  }
  return false;
}

/** "Toàn huyện có 24 xã, đến nay 19 xã đạt chuẩn …, chiếm 79,2% tổng số xã": the share names the
 * part's own noun; its total is the first count of that noun in the sentence or the one before,
 * when it is the largest of them (a subgroup named after it is not the total). */
function firstCount(ctx: UnitContext, part: Figure): Figure | undefined {
  const s = ctx.sentenceOf(part);
  const si = ctx.sentences.indexOf(s);
  const from = si > 0 ? ctx.sentences[si - 1].start : s.start;
  const counts: Figure[] = [];
  for (let j = ctx.figures.indexOf(part) - 1; j >= 0 && ctx.figures[j].start >= from; j--) {
    const w = ctx.figures[j];
    if (measure(w) !== "count" || !sameNoun(w.noun, part.noun) || w.qualifiers.length) continue;
    const before = ctx.lower.slice(Math.max(ctx.sentenceOf(w).start, w.start - 40), w.start);
    if (CHANGE_BEFORE.test(before) || before.lastIndexOf("(") > before.lastIndexOf(")")) return undefined;
    counts.unshift(w);
  }
  const first = counts[0];
  if (!first || counts.some((c) => new D(c.value!.exact).gt(first.value!.exact)) || !new D(first.value!.exact).gt(part.value!.exact)) return undefined;
  return first;
}

/** "… tổng số xã." and not "… tổng số xã miền núi": the named noun ends the clause, so the total is
 * of that noun and not of a group of it. */
function headEnds(ctx: UnitContext, p: Figure, head: string): boolean {
  const at = ctx.lower.slice(p.end, p.end + 60);
  const k = at.indexOf(head);
  return k >= 0 && /^[ \t]*(?:[.,;)]|$|\r?\n)/u.test(at.slice(k + head.length));
}
