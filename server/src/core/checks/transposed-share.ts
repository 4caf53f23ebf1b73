// A share that no reading gave a base to, whose digits, two of them swapped, are exactly its part over
// an earlier figure of the paragraph: "Officers carried out 1,264 compliance visits. These visits
// identified 186 breaches, a breach rate of 17.4% of visits" (186/1,264 = 14.7%). Swapped digits are the
// commonest slip in typed figures, and a match this exact is no coincidence a checker need fear: a
// share whose base is not stated at all matches no figure, swapped or not, and stays silent. The rule
// is fraction-percent's (a percentage that does not match its fraction), capped at a warning because
// the base was found by the match, not read.
import { averaged, figureIndex, inBrackets, scaledValue, type UnitContext } from "../claims/context.ts";
import type { Figure } from "../types.ts";
import { fmt } from "../math/format.ts";
import { D, Interval, type Dec } from "../math/interval.ts";

const RULE = "fraction-percent";
/** How far back (characters) a base may be: the sentence and about two before it. */
const REACH = 700;

/** "186 breaches, a breach rate of 17.4%", "1,912 (67.2%)", "chiếm 22,4% tổng …": the percent says
 * what share the figure before it is. */
const SHARE_BEFORE = /(?:\([ \t]*|(?<![\p{L}])(?:chiếm|bằng|đạt|tỷ lệ|rate of|share of|or|represent(?:s|ed|ing)?|accounts?[ \t]+for|accounted[ \t]+for|make[ \t]+up|made[ \t]+up|makes[ \t]+up|is|was|were|of)[ \t]*)$/u;
const SHARE_AFTER = /^[ \t]*(?:of(?![\p{L}])|số(?![\p{L}])|tổng(?![\p{L}])|trong(?![\p{L}]))/u;
/** A change or a comparison, not a share: "an increase of 37%", "giảm 16 người (-8,9%)", "38% below". */
const CHANGE_BEFORE = /(?:(?<![\p{L}])(?:tăng|giảm|increase|increased|decrease|decreased|rise|rose|risen|fell|fall|fallen|drop|dropped|up|down|reduction|growth|higher|lower|more|less|fewer|cao hơn|thấp hơn|vượt|hụt|so với|on|compared|against|versus|vs)(?![\p{L}])[^\d]*|[+\-−–][ \t]*)$/u;
const COMPARE_AFTER = /^[ \t]*(?:below|above|higher|lower|more|less|fewer|up|down|on(?![\p{L}])|over|under|increase|decrease|rise|fall|growth|compared|than|versus|vs|so với|cao hơn|thấp hơn|của năm|năm trước)/u;
/** "a decrease of 4,708 or 8.9%", "tăng 1.412 hộ (29,4%)": the size of a change, no part. */
const CHANGE_SIZE_BEFORE = /(?<![\p{L}])(?:tăng|giảm|increase|increased|decrease|decreased|rise|rose|fell|fall|drop|dropped|up|down|reduction|growth|more|fewer|less|thêm|hơn|by)(?:[ \t]+(?:of|by|là|thêm))?[ \t]*(?:[£$€][ \t]*)?$/u;
const OTHER_PERIOD_AFTER = /(?<![\p{L}])(?:năm[ \t]+trước|cùng[ \t]+kỳ|kỳ[ \t]+trước|năm[ \t]+y{4}|last[ \t]+year|previous|prior|the[ \t]+year[ \t]+before|in[ \t]+y{4}|y{4}(?:[ \t]*[-–\/][ \t]*y{2,4})?)(?![\p{L}])/u;
const NAMED_WHOLE_BEFORE = /(?<![\p{L}])(?:trong[ \t]+tổng(?:[ \t]+số)?|trong[ \t]+số|so[ \t]+với[ \t]+tổng(?:[ \t]+số)?|of[ \t]+the[ \t]+total|out[ \t]+of[ \t]+(?:the|all)|of[ \t]+all)(?![\p{L}])[^\d]*$/u;
/** The side a change or comparison starts from is not the figure the share is of. */
const BASE_SIDE = /(?<![\p{L}])(?:compared[ \t]+(?:with|to)|from|than|on|versus|vs\.?|against|so[ \t]+với|từ|cùng[ \t]+kỳ)(?![\p{L}])[^\d;.]{0,30}$/u;

function baseSide(ctx: UnitContext, f: Figure): boolean {
  return BASE_SIDE.test(ctx.plainBetween(Math.max(0, f.start - 40), f.start).replace(/\([ \t]*$/u, ""));
}

function ownShare(ctx: UnitContext, f: Figure): boolean {
  const n = ctx.figures[figureIndex(ctx, f) + 1];
  // (A whole may carry its share of a larger one it names: "187.460 người, chiếm 13,8% dân số".)
  return !!n && n.kind === "percent" && /^[ \t\p{L}\p{M}]{0,30}\([ \t]*(?:chiếm[ \t]+)?$/u.test(ctx.lower.slice(f.end, n.start)) && /^[ \t]*\)/u.test(ctx.lower.slice(n.end, n.end + 3));
}

function digitsOf(s: string): string {
  return s.replace(/[^0-9]/g, "");
}

/** The figure's line, when it is a table row or an aligned column (their shares are the tables'). */
function inTableLine(ctx: UnitContext, f: Figure): boolean {
  const a = ctx.text.lastIndexOf("\n", f.start - 1) + 1;
  let b = ctx.text.indexOf("\n", f.end);
  if (b < 0) b = ctx.text.length;
  const line = ctx.text.slice(a, b);
  return /^[ \t]*\|/u.test(line) || /\S {3,}\S/u.test(line) || line.includes("\t");
}

/** The figure right before the percent in its sentence, when the percent is that figure's share. */
function partOf(ctx: UnitContext, i: number): Figure | undefined {
  const p = ctx.figures[i];
  const x = ctx.figures[i - 1];
  const s = ctx.sentenceOf(p);
  if (!x || x.start < s.start || x.kind !== "number" || !x.value || x.qualifiers.length || x.perYear || new D(x.value.exact).lte(0)) return undefined;
  const gap = ctx.lower.slice(x.end, p.qualifiers[0]?.start ?? p.start);
  if (gap.length > 60 || /[.;!?\n]|\d/u.test(gap)) return undefined;
  // (A bracket the part sits in and the percent does not: "tăng 3,8% so với cùng kỳ (782.715 người) và
  // chiếm 93,6%" is a share of the sentence's subject, not of last year's figure.)
  if (inBrackets(ctx, s.start, x.start) && gap.includes(")")) return undefined;
  if (BASE_SIDE.test(ctx.lower.slice(Math.max(s.start, x.start - 40), x.start)) || CHANGE_SIZE_BEFORE.test(ctx.lower.slice(Math.max(s.start, (x.qualifiers[0]?.start ?? x.start) - 30), x.qualifiers[0]?.start ?? x.start)) || averaged(ctx, x)) return undefined;
  const before = ctx.lower.slice(Math.max(0, p.start - 30), p.start);
  if (CHANGE_BEFORE.test(ctx.lower.slice(Math.max(0, p.start - 40), p.start)) || COMPARE_AFTER.test(ctx.lower.slice(p.end, p.end + 30))) return undefined;
  if (!SHARE_BEFORE.test(before) && !SHARE_AFTER.test(ctx.lower.slice(p.end, p.end + 12))) return undefined;
  return x;
}

/** "14.218 trường hợp, chiếm 94,1%", "38 incidents (26.8%)", "1,912 reports, 67.2% of the total": a
 * share that says it is of the whole its part was counted in, with no other base named. */
const WHOLE_SHARE_BEFORE = /(?:(?<![\p{L}])(?:chiếm|chiếm tỷ lệ)[ \t]*|,[ \t]*|\([ \t]*(?:chiếm[ \t]+)?)$/u;
const WHOLE_SHARE_AFTER = /^[ \t]*(?:\)|,|;|\.|$|of[ \t]+(?:the[ \t]+total|all|the[ \t]+(?:[\p{L}-]+[ \t]+)?total)(?![\p{L}])|tổng[ \t]+số(?:[ \t]+(?:này|trên))?(?:[ \t]*[,;.)]|$))/u;
function sharesItsWhole(ctx: UnitContext, x: Figure, p: Figure): boolean {
  const gap = ctx.lower.slice(x.end, p.start);
  if (x.noun && !gap.startsWith(` ${x.noun}`)) return false;
  const rest = gap.slice(x.noun ? x.noun.length + 1 : 0);
  return /^[ \t]*(?:,[ \t]*(?:chiếm(?:[ \t]+tỷ[ \t]+lệ)?[ \t]+)?|\([ \t]*(?:chiếm[ \t]+)?|,[ \t]*(?:or|hay|tức|tương[ \t]+đương)[ \t]+)$/u.test(rest) && WHOLE_SHARE_BEFORE.test(rest) && WHOLE_SHARE_AFTER.test(ctx.lower.slice(p.end, p.end + 30));
}

function ratio(ctx: UnitContext, x: Figure, b: Figure): Interval {
  return ctx.numInterval(x.value!).scale(x.scale?.factor ?? "1").div(ctx.numInterval(b.value!).scale(b.scale?.factor ?? "1")).scale(100);
}

/** The stated digits with two of them swapped gives exactly `v` at the stated precision. */
function swappedTo(stated: string, v: Dec, decimals: number): boolean {
  const want = digitsOf(v.toFixed(decimals, D.ROUND_HALF_UP));
  const had = digitsOf(stated);
  if (want.length !== had.length || want === had) return false;
  const diff: number[] = [];
  for (let k = 0; k < had.length; k++) if (had[k] !== want[k]) diff.push(k);
  return diff.length === 2 && had[diff[0]] === want[diff[1]] && had[diff[1]] === want[diff[0]];
}

function oneDigitOff(stated: string, v: Dec, decimals: number): boolean {
  const want = digitsOf(v.toFixed(decimals, D.ROUND_HALF_UP));
  const had = digitsOf(stated);
  if (want.length !== had.length) return false;
  let n = 0;
  for (let k = 0; k < had.length; k++) if (had[k] !== want[k]) n++;
  return n === 1;
}

export function checkTransposedShares(ctx: UnitContext): void {
  const fs = ctx.figures;
  if (!fs.some((f) => f.kind === "percent")) return;
  const claimed = new Set<number>();
  // (Every share is bounded by 100%; that reading gives it no base.)
  for (const c of ctx.claims) if (c.kind !== "share-bound") for (const r of c.roles) claimed.add(r.figure);
  const tol = ctx.settings.tolerances;
  const like = (f: Figure, x: Figure) => f !== x && f.kind === "number" && !!f.value && !f.qualifiers.length && !f.perYear && (f.unit ?? "") === (x.unit ?? "") && !averaged(ctx, f);
  for (let i = 1; i < fs.length; i++) {
    const p = fs[i];
    if (p.kind !== "percent" || !p.value || p.qualifiers.length || claimed.has(p.id) || p.perYear) continue;
    const pv = new D(p.value.exact);
    if (pv.lte(0) || pv.gte(100) || digitsOf(p.value.text).length < 2 || inTableLine(ctx, p)) continue;
    const x = partOf(ctx, i);
    if (!x) continue;
    // ("bằng 78,0% số hộ đạt danh hiệu năm trước": a base of another period, named and not stated.)
    if (OTHER_PERIOD_AFTER.test(ctx.plainBetween(p.end, p.end + 60).split(/[,;.()]/u)[0])) continue;
    // ("Trong tổng diện tích liên kết, có 120 ha …, chiếm 54,3%": the whole is named, with no figure.)
    if (NAMED_WHOLE_BEFORE.test(ctx.lower.slice(ctx.sentenceOf(p).start, x.start))) continue;
    const xv = scaledValue(x);
    const stated = ctx.interval(p, p.value).widen(tol.percentPoints);
    const bases: Figure[] = [];
    for (let j = i - 2; j >= 0 && fs[j].start >= p.start - REACH; j--) {
      const b = fs[j];
      if (like(b, x) && scaledValue(b).gt(xv) && !inTableLine(ctx, b)) bases.push(b);
    }
    // A base that gives the share as written: the share is right, whatever it is of.
    if (!bases.length || bases.some((b) => ratio(ctx, x, b).overlaps(stated))) continue;
    // (Not the side a change or comparison starts from: "… 14.826 trường hợp, giảm 3,6% so với cùng kỳ
    // năm 2023 (15.372 trường hợp)" holds last year's count, no whole of this year's.)
    // (Nor a part that carries its own share: "Trung Quốc 79.200 lượt (20,0%), Nhật Bản 39.600 lượt".)
    const wholes = bases.filter((b) => !baseSide(ctx, b) && !ownShare(ctx, b));
    const found = wholes.filter((b) => swappedTo(p.value!.text, ratio(ctx, x, b).mid, p.value!.decimals) && siblingsAgree(ctx, b, p, x));
    // (One base only, or several that give the same share: two candidate readings make no finding.)
    const values = new Set(found.map((b) => ratio(ctx, x, b).mid.toFixed(p.value!.decimals, D.ROUND_HALF_UP)));
    // ("… được giao 620,0 tỷ đồng, kế hoạch vốn bổ sung 80,0 tỷ đồng; … giải ngân 512,4 tỷ đồng, tỷ lệ
    // giải ngân đạt 86,2%": a second amount after the base may be part of it; which whole is unclear.)
    const twoAmounts = (b: Figure) => !!(x.unit || x.scale) && ctx.sentenceOf(b).figs.some((w) => w !== b && w !== x && w.start > b.end && w.end <= x.start && like(w, x));
    // ("4.380 người …, bằng 62,8% tổng số giáo viên và 68,2% số giáo viên đạt chuẩn": the share of this
    // base is stated beside it; this one is of another whole.)
    const statedBeside = (b: Figure) => ctx.sentenceOf(p).figs.some((q) => q !== p && q.kind === "percent" && !!q.value && ratio(ctx, x, b).overlaps(ctx.interval(q, q.value)));
    const swapped = found.length > 0 && values.size === 1 && !twoAmounts(found[0]) && !statedBeside(found[0]);
    // Else the whole its part was counted in: the nearest earlier count of the same things, in the
    // sentence or the one before ("đăng ký khai sinh cho 14.826 trường hợp. Số … đúng hạn là 14.218
    // trường hợp, chiếm 95,9%").
    const b = swapped ? found[0] : namedWhole(ctx, x, p, wholes);
    if (!b) continue;
    const actual = ratio(ctx, x, b).mid;
    const lang = ctx.lang;
    const shown = fmt(actual, lang, p.value.decimals);
    const right = fmt(actual, ctx.numberLocale, p.value.decimals);
    const r = (x.scale?.factor ?? "1") === (b.scale?.factor ?? "1") ? `${fmt(x.value!.exact, lang)}/${fmt(b.value!.exact, lang)}` : `${x.text}/${b.text}`;
    ctx.emit({
      kind: "fraction-percent",
      rule: RULE,
      roles: [
        { figure: x, role: lang === "vi" ? "phần" : "part" },
        { figure: b, role: lang === "vi" ? "tổng thể" : "whole" },
        { figure: p, role: lang === "vi" ? "tỷ lệ" : "percentage" },
      ],
      ok: false,
      severity: "warning",
      at: p,
      explain: swapped
        ? { vi: `${r} = ${shown}% ≠ ${p.text} ✗ (hai chữ số bị đảo chỗ?)`, en: `${r} = ${shown}% ≠ ${p.text} ✗ (two digits swapped?)` }
        : { vi: `${r} = ${shown}% ≠ ${p.text} ✗ (tổng thể: ${b.text})`, en: `${r} = ${shown}% ≠ ${p.text} ✗ (whole: ${b.text})` },
      message: swapped
        ? { vi: `${r} = ${shown}%, không phải ${p.text}: có vẻ hai chữ số bị đảo chỗ`, en: `${r} = ${shown}%, not ${p.text}: two digits look swapped` }
        : { vi: `${r} = ${shown}%, không phải ${p.text} (tỷ lệ của ${x.text} trên ${b.text} đã nêu trước)`, en: `${r} = ${shown}%, not ${p.text} (the share of ${x.text} in the ${b.text} stated before)` },
      related: [
        { span: x, message: { vi: "phần", en: "part" } },
        { span: b, message: { vi: "tổng thể", en: "whole" } },
      ],
      fix: { span: p.value, newText: right },
    });
  }
}

function namedWhole(ctx: UnitContext, x: Figure, p: Figure, bases: Figure[]): Figure | undefined {
  if (!x.noun || !sharesItsWhole(ctx, x, p)) return undefined;
  const s = ctx.sentenceOf(p);
  const from = (ctx.sentenceBefore(s) ?? s).start;
  const b = bases.find((f) => f.noun === x.noun);
  if (!b || b.start < from || !siblingsAgree(ctx, b, p, x)) return undefined;
  // (One digit off only: a share far from its part over this count is of another whole, unstated.)
  if (!oneDigitOff(p.value!.text, ratio(ctx, x, b).mid, p.value!.decimals)) return undefined;
  // (A count of the same things between them that is no whole of it: "14.826 trường hợp …, 608 trường
  // hợp …, 14.218 trường hợp" leaves which whole unclear.)
  if (ctx.figures.some((f) => f.start > b.end && f.end <= x.start && f.kind === "number" && f.noun === x.noun && !baseSide(ctx, f))) return undefined;
  return b;
}

/**
 * The other shares written the same way after the base ("3,1 tỷ đồng (13,6%); … 1,56 tỷ đồng (6,8%)")
 * must be of it too: a base that leaves a sibling share unexplained is not the list's base.
 */
function siblingsAgree(ctx: UnitContext, b: Figure, p: Figure, x: Figure): boolean {
  const fs = ctx.figures;
  for (let k = figureIndex(ctx, b) + 1; k < fs.length && fs[k].start < p.end + 300; k++) {
    const q = fs[k];
    if (q === p || q.kind !== "percent" || !q.value || q.qualifiers.length) continue;
    const y = partOf(ctx, k);
    if (!y || y === b || (y.unit ?? "") !== (x.unit ?? "") || !scaledValue(b).gt(scaledValue(y))) continue;
    const r = ratio(ctx, y, b);
    if (!r.overlaps(ctx.interval(q, q.value).widen(ctx.settings.tolerances.percentPoints)) && !swappedTo(q.value.text, r.mid, q.value.decimals)) return false;
  }
  return true;
}
