// What a period's flows leave of the stock the sentence before states: "Salt stock at 1 October 2023
// was 24,500 tonnes. During the season we spread 17,860 tonnes and took delivery of 6,000 tonnes,
// leaving 12,460 tonnes in store", "Arrears brought forward at 1 April were £8.46m. During the year
// £3.12m was collected and £0.87m was written off, leaving £4.74m outstanding", "Quỹ có số dư đầu năm
// 12,5 tỷ đồng. Trong năm thu 8,2 tỷ đồng, chi 9,1 tỷ đồng, còn tồn 11,6 tỷ đồng".
// Strict: the balance closes a sentence that opens on the period; the opening is the only figure of its
// measure in the sentence before, named as a stock, balance, budget or what was brought forward; every
// other figure of the measure in the period's sentence is a flow named in or out by its own words (an
// average aside), and there is at least one.
import type { Figure } from "../types.ts";
import { isPercent, type UnitContext } from "./context.ts";
import type { StockFlow } from "./stock-flow.ts";

const PERIOD = /^[\s"“*•-]*(?:(?:during|in|over|across|throughout)[ \t]+the[ \t]+(?:year|season|period|quarter|month|winter|summer)|trong[ \t]+(?:năm|kỳ|quý|tháng|mùa))(?![\p{L}])/u;
const OPENING = /(?<![\p{L}])(?:stock|stocks|balance|budget|arrears|brought[ \t]+forward|allocation|reserve|reserves|opening|số[ \t]+dư|tồn[ \t]+(?:quỹ|kho|đầu[ \t]+kỳ)|dự[ \t]+toán|đầu[ \t]+năm|đầu[ \t]+kỳ|chuyển[ \t]+sang)(?![\p{L}])/u;
const LEAVING = /(?<![\p{L}])(?:leaving|which[ \t]+leaves|to[ \t]+leave|còn[ \t]+tồn|còn[ \t]+lại|tồn[ \t]+cuối[ \t]+kỳ|số[ \t]+dư[ \t]+cuối[ \t]+(?:năm|kỳ))(?:[ \t]+(?:an?[ \t]+)?(?:(?:closing|year-end|remaining|unspent)[ \t]+)?(?:balance|stock)(?:[ \t]+of)?)?(?:[ \t]+(?:là|of))?[ \t]*$/u;
const OUT = /(?<![\p{L}])(?:spread|used|spent|written[ \t]+off|write-offs?|paid|paid[ \t]+out|issued|awarded|made|distributed|disposed[ \t]+of|sold|consumed|drawn[ \t]+down|released|repaid|cleared|disbursed|chi|đã[ \t]+chi|sử[ \t]+dụng|xuất|giải[ \t]+ngân|xóa[ \t]+nợ|xoá[ \t]+nợ)(?![\p{L}])/u;
const IN = /(?<![\p{L}])(?:delivery|deliveries|received|receipts|purchased|bought|added|raised|topped[ \t]+up|top-ups?|new[ \t]+arrears|income|bổ[ \t]+sung|nhập|nhận|mua|phát[ \t]+sinh)(?![\p{L}])/u;
/** Collecting adds to a fund and takes from a debt. */
const COLLECT = /(?<![\p{L}])(?:collected|recovered|thu|thu[ \t]+được|đã[ \t]+thu|thu[ \t]+hồi)(?![\p{L}])/u;
const DEBT = /(?<![\p{L}])(?:arrears|debts?|owed|outstanding|nợ)(?![\p{L}])/u;
const AVERAGE = /(?<![\p{L}])(?:average|mean|bình[ \t]+quân|trung[ \t]+bình)(?:[ \t]+of)?[ \t]*$/u;
const SEP = /[,;:()]|(?<![\p{L}])(?:and|và|while|of[ \t]+which|trong[ \t]+đó)(?![\p{L}])/gu;

function measure(f: Figure): string | undefined {
  if (f.kind !== "number" || !f.value || isPercent(f) || f.perYear || f.qualifiers.length) return undefined;
  if (f.unit) return `u:${f.unit}`;
  const head = f.noun?.split(/[ \t]+/u).pop();
  return head && head.length > 2 ? `n:${head}` : undefined;
}

/** The words of a flow's own slot: back to the separator before it, on to the one after. */
function slot(ctx: UnitContext, f: Figure, from: number, to: number): string {
  const q = f.qualifiers[0]?.start ?? f.start;
  const before = ctx.lower.slice(Math.max(from, q - 60), q);
  const cut = [...before.matchAll(SEP)].pop();
  const after = ctx.lower.slice(f.end, Math.min(to, f.end + 50));
  SEP.lastIndex = 0;
  const cutA = SEP.exec(after);
  SEP.lastIndex = 0;
  return `${before.slice(cut ? cut.index! + cut[0].length : 0)} # ${after.slice(0, cutA ? cutA.index : after.length)}`;
}

export function findLeavingBalances(ctx: UnitContext): StockFlow[] {
  const out: StockFlow[] = [];
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    if (!PERIOD.test(ctx.lower.slice(s.start, s.end))) continue;
    const closing = [...s.figs].reverse().find((f) => !!measure(f));
    if (!closing || !LEAVING.test(ctx.lower.slice(Math.max(s.start, (closing.qualifiers[0]?.start ?? closing.start) - 50), closing.qualifiers[0]?.start ?? closing.start))) continue;
    const m = measure(closing)!;
    const prev = ctx.sentences[si - 1];
    const opens = prev.figs.filter((f) => measure(f) === m);
    if (opens.length !== 1) continue;
    const opening = opens[0];
    const lead = ctx.lower.slice(prev.start, opening.qualifiers[0]?.start ?? opening.start).split(/[;:]/u).pop()!;
    if (!OPENING.test(lead)) continue;
    const debt = DEBT.test(lead);
    const flows = s.figs.filter((f) => f !== closing && f.start < closing.start && measure(f) === m && !AVERAGE.test(ctx.lower.slice(Math.max(s.start, f.start - 20), f.qualifiers[0]?.start ?? f.start)) && !/^[ \t]+(?:[\p{L}]+[ \t]+)?(?:per|each|a|mỗi)[ \t]/u.test(ctx.lower.slice(f.end, f.end + 20)));
    // (A figure of the measure that is no flow of this stock, a percentage or another measure aside: give up.)
    if (!flows.length || s.figs.some((f) => f !== closing && f.start < closing.start && f.kind === "number" && !measure(f) && !!f.unit && f.unit === closing.unit)) continue;
    const ins: Figure[] = [], outs: Figure[] = [];
    let ok = true;
    for (const f of flows) {
      const w = slot(ctx, f, s.start, closing.start);
      const c = COLLECT.test(w);
      const i = IN.test(w) || (c && !debt), o = OUT.test(w) || (c && debt);
      if (i === o) { ok = false; break; }
      (i ? ins : outs).push(f);
    }
    if (!ok) continue;
    out.push({ opening, closing, openingNum: opening.value!, closingNum: closing.value!, ins, outs });
  }
  return out;
}
