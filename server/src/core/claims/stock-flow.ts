// A stock at two dates and the flows between them: "The number of approved fostering households fell
// from 214 at 1 April 2023 to 203 at 31 March 2024: 21 new households were approved during the year
// and 32 were deregistered", "Open cases increased from 642 to 729, because receipts (1,284) exceeded
// closures (1,197)", "Số hộ nghèo đầu năm 1.245 hộ, trong năm thoát nghèo 412 hộ, phát sinh mới 36
// hộ, cuối năm còn 869 hộ". What was there, plus what came in, less what went out, is what is left.
// Strict: the opening and the closing are named as such (a change "from … to …", or the start and the
// end of the period), every other count of the sentence (or of the sentence after, when it opens on
// the period) is a flow named in or out by its own words, with at least one of each, all of one noun.
import type { Figure, Num } from "../types.ts";
import { sameNoun } from "../figures/nouns.ts";
import { UnitContext, inBrackets, isCount } from "./context.ts";
import { findLeavingBalances } from "./leaving-balance.ts";

export interface StockFlow {
  opening: Figure;
  closing: Figure;
  /** The numbers of the opening and the closing: the two ends of one range "from 1,120 to 1,190". */
  openingNum: Num;
  closingNum: Num;
  ins: Figure[];
  outs: Figure[];
}

const IN = /(?<![\p{L}])(?:new|newly|approved|received|receipts|opened|openings|admitted|admissions|joined|joiners|starters|entrants|arrivals|registered|added|referrals|placed|transferred in|moved in|chuyển đến|chuyển về|phát sinh(?: mới)?|mới|tái nghèo|tiếp nhận|thụ lý mới|nhận mới|kết nạp|tuyển mới|bổ sung|thành lập mới|đăng ký mới)(?![\p{L}])/u;
const OUT = /(?<![\p{L}])(?:transferred out|moved out|moved away|closed|closures|deregistered|de-registered|resigned|resignations|left|leavers|removed|discharged|discharges|exits|exited|deaths|died|withdrew|withdrawn|ceased|cancelled|disposals|disposed of|resolved|struck off|thoát nghèo|giải quyết(?: xong)?|ra khỏi|chấm dứt|giải thể|xóa tên|xoá tên|đóng|chuyển đi|đưa ra khỏi|rút khỏi|ngừng hoạt động|tử vong|thôi việc|nghỉ việc|cắt hủy|cắt huỷ|hủy bỏ|huỷ bỏ|thu hồi|xuất cảnh|từ trần|qua đời|khai trừ|cho ra khỏi đảng)(?![\p{L}])/u;
const OPEN_VI = /(?<![\p{L}])(?:đầu năm|đầu kỳ|đầu quý|đầu tháng|tồn đầu kỳ|kỳ trước chuyển sang|năm trước chuyển sang)(?![\p{L}])/u;
const CLOSE_VI = /(?<![\p{L}])(?:cuối năm|cuối kỳ|cuối quý|cuối tháng|tồn cuối kỳ|chuyển sang năm sau|chuyển sang kỳ sau)(?![\p{L}])/u;
const OPEN_EN = /(?<![\p{L}])(?:at the (?:start|beginning) of the (?:year|period|quarter|month)|brought forward|opening (?:balance|total|caseload|stock))(?![\p{L}])/u;
const CLOSE_EN = /(?<![\p{L}])(?:at the end of the (?:year|period|quarter|month)|at (?:the )?(?:year|period|quarter)[ -]end|carried forward|closing (?:balance|total|caseload|stock))(?![\p{L}])/u;
const DATED = /(?<![\p{L}])(?:(?:at|on|as at|as of)[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:tại thời điểm|tại ngày|vào ngày|đến ngày|tính đến(?: ngày)?)[ \t]+\d{1,2}\/\d{1,2})/u;
// ("…, nâng tổng số HTX nông nghiệp từ 561 HTX … lên 642 HTX", "bringing the total from 214 to 203".)
const MOVE = /(?<![\p{L}])(?:(?:rose|fell|increased|decreased|grew|dropped|declined|went (?:up|down)|reduced|climbed|tăng|giảm)[ \t]+|(?:nâng|đưa|bringing|taking|increasing|reducing)[ \t]+(?:the[ \t]+)?(?:tổng[ \t]+số|total|number)(?:[ \t]+[\p{L}\p{M}()]+){0,4}?[ \t]+)(?:from|từ)[ \t]*$/u;
/** What a flow's words may not be: a change, a share, a plan, a comparison. */
const NOT_FLOW = /(?<![\p{L}])(?:increase|decrease|rise|fall|up|down|net|per cent|percent|compared|than|target|plan|kế hoạch|so với|tăng|giảm|tỷ lệ|rate|average|bình quân|total|tổng)(?![\p{L}])/u;
const SEP = /[,;:()]|(?<![\p{L}])(?:and|và|because|as|while|with|since|do|vì)(?![\p{L}])/gu;
/** The sentence after speaks of the same period's flows. */
const PERIOD_OPENS = /^[\s"“*•-]*(?:(?:during|in|over|across|throughout)[ \t]+the[ \t]+(?:year|period|quarter|month)|trong[ \t]+(?:năm|kỳ|quý|tháng))(?![\p{L}])/u;

/** The words of a figure's own slot: back to the separator before it, on to the one after. */
function slot(ctx: UnitContext, f: Figure, from: number, to: number): string {
  const q = f.qualifiers[0]?.start ?? f.start;
  const before = ctx.lower.slice(Math.max(from, q - 60), q);
  // "receipts (1,284) exceeded closures (1,197)": a bracketed count is named by the word before it.
  if (/\([ \t]*$/u.test(before) && /^[ \t]*\)/u.test(ctx.lower.slice(f.end, f.end + 3))) {
    const b = before.replace(/[ \t]*\([ \t]*$/u, "");
    const cut = [...b.matchAll(SEP)].pop();
    return b.slice(cut ? cut.index! + cut[0].length : 0);
  }
  const cutB = [...before.matchAll(SEP)].pop();
  const after = ctx.lower.slice(f.end, Math.min(to, f.end + 70));
  SEP.lastIndex = 0;
  const cutA = SEP.exec(after);
  SEP.lastIndex = 0;
  const a = after.slice(0, cutA ? cutA.index : after.length).split(/[.]/u)[0];
  return `${before.slice(cutB ? cutB.index! + cutB[0].length : 0)} # ${a}`;
}

function sameStock(a: Figure, b: Figure): boolean {
  if (!a.noun || !b.noun) return true;
  const head = (n: string) => n.split(/[ \t]+/u);
  // ("118 hợp tác xã (HTX) … 73 HTX": a noun and its initials.)
  const initials = (n: string) => head(n).map((w) => w[0]).join("");
  if (initials(a.noun) === head(b.noun)[0] || initials(b.noun) === head(a.noun)[0]) return true;
  return sameNoun(a.noun, b.noun) || sameNoun(b.noun, a.noun) || head(a.noun)[0] === head(b.noun)[0] || head(a.noun).pop() === head(b.noun).pop();
}

export function findStockFlows(ctx: UnitContext): StockFlow[] {
  return ctx.memo("stock-flows", () => {
    const out: StockFlow[] = findLeavingBalances(ctx);
    if (!IN.test(ctx.lower) || !OUT.test(ctx.lower)) return out;
    for (let si = 0; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      // (A count in brackets only when the bracket holds it alone: "receipts (1,284)".)
      const alone = (f: Figure) => /\([ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 3), f.start)) && /^[ \t]*\)/u.test(ctx.lower.slice(f.end, f.end + 3));
      const counts = s.figs.filter((f) => f.kind === "number" && isCount(f) && (!inBrackets(ctx, s.start, f.start) || alone(f)));
      if (counts.length < 2 && !s.figs.some((f) => f.kind === "range")) continue;
      let opening: Figure | undefined;
      let closing: Figure | undefined;
      // "fell from 214 at 1 April 2023 to 203 at 31 March 2024".
      for (let i = 0; i + 1 < counts.length && !opening; i++) {
        const a = counts[i], b = counts[i + 1];
        if (!MOVE.test(ctx.lower.slice(Math.max(s.start, a.start - 60), a.qualifiers[0]?.start ?? a.start))) continue;
        // ("từ 561 HTX cuối năm 2023 lên 642 HTX": the noun and the date may stand between.)
        if (!/^[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,3}?(?:(?:at|on|in|as at|cuối|đầu|vào|tại|năm)[ \t]+[\p{L}\p{M}\d ]{1,25}?[ \t]*)?(?:to|lên|xuống(?:[ \t]+còn)?|còn)[ \t]*$/u.test(ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start))) continue;
        opening = a;
        closing = b;
      }
      // ("rose from 1,120 to 1,190": the two ends read as one range.)
      const range = !opening ? s.figs.find((f) => f.kind === "range" && !f.unit && !f.scale && f.low?.decimals === 0 && f.high?.decimals === 0 && MOVE.test(ctx.lower.slice(Math.max(s.start, f.start - 30), f.qualifiers[0]?.start ?? f.start))) : undefined;
      if (range) opening = closing = range;
      // ("held 2,310 companies at 1 April; … so 2,414 remained at 31 March": the first and the last
      // count of the sentence, each at a date.)
      if (!opening && counts.length >= 4) {
        const first = counts[0], last = counts[counts.length - 1];
        if (DATED.test(slot(ctx, first, s.start, s.end)) && DATED.test(slot(ctx, last, s.start, s.end))) {
          opening = first;
          closing = last;
        }
      }
      if (!opening) {
        opening = counts.find((f) => OPEN_VI.test(slot(ctx, f, s.start, s.end)) || OPEN_EN.test(slot(ctx, f, s.start, s.end)));
        closing = counts.find((f) => f !== opening && (CLOSE_VI.test(slot(ctx, f, s.start, s.end)) || CLOSE_EN.test(slot(ctx, f, s.start, s.end))));
      }
      if (!opening || !closing || (!range && !sameStock(opening, closing))) continue;
      let flows = counts.filter((f) => f !== opening && f !== closing);
      let scope = { start: s.start, end: s.end };
      const next = ctx.sentences[si + 1];
      if (!flows.length && next && PERIOD_OPENS.test(ctx.lower.slice(next.start, next.end))) {
        flows = next.figs.filter((f) => f.kind === "number" && isCount(f));
        scope = { start: next.start, end: next.end };
        if (next.figs.some((f) => f.kind === "number" && !isCount(f))) continue;
      }
      if (flows.length < 2) continue;
      // ("rose from 1,120 to 1,190 over the year, and 214 new members joined the forum": flows in the
      // change's own sentence must be told as its cause or its account, after a colon, "because", …)
      if (scope.start === s.start && (range || MOVE.test(ctx.lower.slice(Math.max(s.start, opening.start - 30), opening.start))) && flows[0].start > closing.end && !/(?:[:(–—]|(?<![\p{L}])(?:because|as|since|with|after|reflecting|vì|do|trong đó|gồm|bao gồm|of which|comprising)(?![\p{L}]))/u.test(ctx.lower.slice(closing.end, flows[0].start))) continue;
      const ins: Figure[] = [], outs: Figure[] = [];
      let ok = true;
      for (const f of flows) {
        const w = slot(ctx, f, scope.start, scope.end);
        const i = IN.test(w), o = OUT.test(w);
        if (i === o || NOT_FLOW.test(w) || !sameStock(opening, f)) { ok = false; break; }
        (i ? ins : outs).push(f);
      }
      if (!ok || !ins.length || !outs.length) continue;
      out.push({ opening, closing, openingNum: range ? range.low! : opening.value!, closingNum: range ? range.high! : closing.value!, ins, outs });
    }
    return out;
  });
}
