// Two states of one measure side by side, then the change between them by a noun or verb of change:
// "Visitors numbered 41,200 in 2023 and 45,900 in 2024, an increase of 4,700 (11.4%)", "Rent arrears
// stood at £612,480 at referral and £287,150 at closure, a reduction of £325,330 (53.1%)", "Số vụ năm
// 2023 là 120 vụ, năm 2024 là 96 vụ, giảm 24 vụ (20,0%)".
//
// Trust first: the two values are of one kind and have no qualifier; each is dated, or set at a point
// ("at referral", "at closure", "đầu năm", "cuối năm"); nothing but their labels and "and" (or a comma)
// lies between them; the change follows the second at once, its size of the values' kind (points for
// two rates), with at most its percentage in a bracket after it. The first is the earlier, unless the
// years say otherwise.
import type { Figure } from "../types.ts";
import type { Change } from "./change.ts";
import { comparable } from "./change.ts";
import { isPercent, type UnitContext } from "./context.ts";

const YEAR = /(?<!\d)(?:19|20)\d\d(?:[\/–-]\d{2,4})?(?!\d)/u;
const POINT = /(?<![\p{L}])(?:năm|at[ \t]+(?:the[ \t]+)?(?:start|end|point|time|referral|closure|opening|close|outset)|at[ \t]+case[ \t]+(?:opening|closure)|on[ \t]+(?:referral|entry|exit|discharge|admission)|before|after|đầu[ \t]+(?:năm|kỳ|nhiệm[ \t]+kỳ)|cuối[ \t]+(?:năm|kỳ|nhiệm[ \t]+kỳ)|trước|sau|last[ \t]+year|this[ \t]+year|a[ \t]+year[ \t]+earlier|cùng[ \t]+kỳ)(?![\p{L}])/u;
const JOIN = /^[^\d;.:()%]{0,60}?(?:,[ \t]*(?:and[ \t]+|và[ \t]+)?|[ \t](?:and|và)[ \t]+)[^\d;.:()%]{0,40}$/u;
const NOUN_CHANGE = /^[^\d;.:()%]{0,40}?(?:,|[ \t][–—-])[ \t]*(?:(?:an?|the)[ \t]+)?(?:overall[ \t]+)?(increase|rise|growth|gain|jump|improvement|reduction|fall|decrease|decline|drop|cut|saving)[ \t]+of[ \t]*$/u;
const VERB_CHANGE = /^[^\d;.:()%]{0,30}?,[ \t]*(?:tức[ \t]+(?:là[ \t]+)?)?(tăng|giảm)(?:[ \t]+thêm)?[ \t]*$/u;

/** A year or a point in time among the words that are a value's own: its side of the join. */
function dated(text: string): boolean {
  return YEAR.test(text) || POINT.test(text);
}

function yearNear(ctx: UnitContext, f: Figure, lo: number, hi: number): number | undefined {
  const after = /^[^\d;,]{0,20}?((?:19|20)\d\d)(?!\d)/u.exec(ctx.lower.slice(f.end, hi));
  if (after) return +after[1];
  const before = /((?:19|20)\d\d)(?!\d)[^\d;,]{0,20}$/u.exec(ctx.lower.slice(lo, f.start));
  return before ? +before[1] : undefined;
}

export function findPairChanges(ctx: UnitContext): Change[] {
  return ctx.memo("pair-changes", () => {
    const out: Change[] = [];
    for (const s of ctx.sentences) {
      for (let i = 0; i + 2 < s.figs.length; i++) {
        let [a, b] = [s.figs[i], s.figs[i + 1]];
        const d = s.figs[i + 2];
        if (!comparable(a, b) || a.qualifiers.length || b.qualifiers.length || !a.value || !b.value || d.qualifiers.length || !d.value) continue;
        if (a.kind === "fraction" || a.kind === "range" || b.kind === "range" || d.kind === "range" || d.kind === "fraction") continue;
        const between = ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start).replace(new RegExp(YEAR.source, "gu"), "năm");
        if (!JOIN.test(between)) continue;
        const lo = i > 0 ? s.figs[i - 1].end : s.start;
        // ("from 5,498 … to 6,142 in 2023/24 and 6,842 in 2024/25, an increase of 1,344": the first is a
        // step of a longer change; "… above the rate of 57.1% recorded in 2022/23": of another thing.)
        if (/(?<![\p{L}])(?:to|lên|đến|tới|from|từ|of|than|với|hơn)[ \t]*$/u.test(ctx.lower.slice(Math.max(lo, (a.qualifiers[0]?.start ?? a.start) - 12), a.qualifiers[0]?.start ?? a.start))) continue;
        if (/(?<![\p{L}])(?:above|below|than|compared|against|average|target|benchmark|so[ \t]+với|hơn|bình[ \t]+quân|mục[ \t]+tiêu|kế[ \t]+hoạch|net|ròng|from|từ|up|down|lên|xuống|rose|fell|to)(?![\p{L}])/u.test(between)) continue;
        // Each value dated on its own side of the join: "41,200 in 2023 and 45,900 in 2024", "năm 2023 là
        // 120 vụ, năm 2024 là 96 vụ".
        const raw = ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start);
        const j = Math.max(raw.lastIndexOf(","), raw.search(/[ \t](?:and|và)[ \t][^,]*$/u));
        const lead = ctx.lower.slice(lo, a.start);
        const aOwn = lead.slice(Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";")) + 1) + " " + raw.slice(0, Math.max(0, j));
        const gap = ctx.lower.slice(b.end, d.qualifiers[0]?.start ?? d.start).replace(new RegExp(YEAR.source, "gu"), "năm");
        const bOwn = raw.slice(Math.max(0, j)) + " " + ctx.lower.slice(b.end, d.qualifiers[0]?.start ?? d.start).split(/[,–—]/u)[0];
        if (!dated(aOwn) || !dated(bOwn)) continue;
        const m = (ctx.lang === "vi" ? VERB_CHANGE : NOUN_CHANGE).exec(gap) ?? NOUN_CHANGE.exec(gap);
        if (!m) continue;
        const points = isPercent(a);
        if (points ? d.unit !== "pp" : isPercent(d) || (d.unit ?? "") !== (a.unit ?? "") || (d.scale?.factor ?? "1") !== (a.scale?.factor ?? "1")) continue;
        // (The years, when both are given, say which is the earlier.)
        const ya = yearNear(ctx, a, lo, b.start);
        const yb = yearNear(ctx, b, a.end, d.start);
        if (ya && yb && ya > yb) [a, b] = [b, a];
        if (ya && yb && ya === yb) continue;
        const word = m[1];
        const at = (d.qualifiers[0]?.start ?? d.start) - gap.length + m.index + m[0].lastIndexOf(word);
        const up = /^(?:increase|rise|growth|gain|jump|tăng)$/u.test(word);
        const change: Change = word === "improvement" ? { from: a, to: b, stated: [{ figure: d, what: "difference" }] } : { from: a, to: b, direction: up ? "up" : "down", directionWord: { start: at, end: at + word.length }, stated: [{ figure: d, what: "difference" }] };
        // "(11.4%)": the change's percentage, alone in its bracket.
        const p = s.figs[i + 3];
        if (p && !points && p.kind === "percent" && p.unit === "%" && !p.qualifiers.length && /^[ \t]*\([ \t]*$/u.test(ctx.lower.slice(d.end, p.start).replace(/^[ \t]+[\p{L}\p{M}]+/u, "")) && /^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3))) change.stated.push({ figure: p, what: "relative" });
        out.push(change);
      }
      againstChanges(ctx, s, out);
    }
    return out;
  });
}

/** "23 warrants of entry in Quarter 2, against 14 in Quarter 1, up 64.3%", "412 in 2024/25 compared with
 * 368 in 2023/24, an increase of 12.0%": the value, its base after "against", each dated, then the change. */
const AGAINST_JOIN = /^[^\d;.:()%]{0,60}?,?[ \t]+(?:against|compared[ \t]+(?:with|to)|versus|vs\.?)[ \t]+(?:the[ \t]+)?$/u;
const AGAINST_CHANGE = /^[^\d;.:()%]{0,40}?,[ \t]*(?:(up|down)|(?:an?[ \t]+)?(increase|rise|growth|reduction|fall|decrease|decline|drop)[ \t]+of)[ \t]*$/u;
const PERIOD = /(?<![\p{L}])(?:quarter[ \t]+[1-4]|q[1-4]|(?:first|second|third|fourth|last|previous)[ \t]+quarter|quý[ \t]+(?:[ivx]+|[1-4])|(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:h[12]|first[ \t]+half|second[ \t]+half))(?![\p{L}\d])/u;

/** Years and numbered periods ("Quarter 2", "quý 3") as words, so that they are no figures between. */
function plainPeriods(t: string): string {
  return t.replace(new RegExp(YEAR.source, "gu"), "năm").replace(/(?<![\p{L}])(quarter|q|quý|phase|week|month|tháng|period)[ \t]*\d{1,2}(?!\d)/gu, "$1 n");
}

function againstChanges(ctx: UnitContext, s: { start: number; figs: Figure[] }, out: Change[]): void {
  for (let i = 0; i + 2 < s.figs.length; i++) {
    const [a, b, d] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
    if (!comparable(a, b) || isPercent(a) || a.qualifiers.length || b.qualifiers.length || !a.value || !b.value || !d.value || d.qualifiers.length || a.kind !== "number" || b.kind !== "number") continue;
    if ((a.scale?.factor ?? "1") !== (b.scale?.factor ?? "1") || (a.noun && b.noun && a.noun.split(" ")[0] !== b.noun.split(" ")[0])) continue;
    const raw = ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start);
    const join = AGAINST_JOIN.exec(plainPeriods(raw));
    if (!join) continue;
    const bTail = ctx.lower.slice(b.end, d.qualifiers[0]?.start ?? d.start);
    const m = AGAINST_CHANGE.exec(plainPeriods(bTail));
    if (!m) continue;
    const own = (t: string) => dated(t) || PERIOD.test(t);
    if (!own(raw.split(/,|(?<![\p{L}])(?:against|compared|versus|vs)(?![\p{L}])/u)[0]) || !own(bTail.split(",")[0])) continue;
    const relative = d.kind === "percent" && d.unit === "%";
    if (!relative && (isPercent(d) || (d.unit ?? "") !== (a.unit ?? "") || (d.scale?.factor ?? "1") !== (a.scale?.factor ?? "1"))) continue;
    const word = m[1] ?? m[2];
    const at = (d.qualifiers[0]?.start ?? d.start) - bTail.length + m.index + m[0].lastIndexOf(word);
    const up = /^(?:up|increase|rise|growth)$/u.test(word);
    out.push({ from: b, to: a, direction: up ? "up" : "down", directionWord: { start: at, end: at + word.length }, stated: [{ figure: d, what: relative ? "relative" : "difference" }] });
  }
}
