// Shares within a list that ends with "the others", so that its counts add up to the whole: "Nhật
// Bản … với 1.315 người (59,1%); tiếp đến là Hàn Quốc 402 người, Đài Loan 386 người, các thị trường
// khác 123 người", "Japan … with 1,315 workers (59.1%), followed by Korea 402 workers, Taiwan 386
// workers and other markets 123 workers". Strict: counts of one noun in one sentence, at least
// three, side by side (no change, total or breakdown words between them), the last named as the
// rest ("khác", "other", "còn lại"); a percent alone in a bracket right after a count is its share
// of their sum.
import { sameNoun } from "../figures/nouns.ts";
import type { Figure } from "../types.ts";
import { UnitContext, isCount } from "./context.ts";

export interface OthersShare {
  part: Figure;
  parts: Figure[];
  percent: Figure;
}

const REST = /(?<![\p{L}])(?:khác|còn lại|other|others|the rest|remaining)(?![\p{L}])/u;
const NOT_LIST = /(?<![\p{L}])(?:tăng|giảm|so với|cùng kỳ|kế hoạch|tổng|trong đó|gồm|bao gồm|riêng|up|down|from|to|than|compared|total|including|of which|of whom|comprising|plan|target|năm|year|per|mỗi|bình quân|average)(?![\p{L}])|\d/u;

export function findOthersShares(ctx: UnitContext, taken: Set<Figure>): OthersShare[] {
  const out: OthersShare[] = [];
  for (const s of ctx.sentences) {
    const counts = s.figs.filter((f) => f.kind === "number" && isCount(f) && !!f.noun && !f.qualifiers.length);
    if (counts.length < 3) continue;
    const noun = counts[0].noun!;
    if (!counts.every((f) => sameNoun(f.noun, noun) || sameNoun(noun, f.noun))) continue;
    // Only these counts and their bracketed percents in the sentence.
    const pcts = s.figs.filter((f) => !counts.includes(f));
    if (pcts.some((f) => f.kind !== "percent" || f.unit !== "%")) continue;
    // Side by side: between two counts only labels (and a bracketed percent).
    let ok = true;
    for (let i = 1; i < counts.length && ok; i++) {
      const gap = ctx.lower.slice(counts[i - 1].end, counts[i].start).replace(/\([ \t]*(?:chiếm[ \t]*)?\d[\d.,]*[ \t]*%[ \t]*\)/gu, "");
      if (NOT_LIST.test(gap.replace(/\([^()]*\)/gu, ""))) ok = false;
    }
    if (!ok) continue;
    const last = counts[counts.length - 1];
    const lastGap = ctx.lower.slice(counts[counts.length - 2].end, last.start).replace(/\([^()]*\)/gu, "");
    const lastLabel = lastGap.split(/[,;]|(?<![\p{L}])(?:và|and)(?![\p{L}])/u).pop() ?? "";
    if (!REST.test(lastLabel)) continue;
    // ("… dôi dư … là 412 người, đã giải quyết 268 người (65,0%), còn lại 144 người": the first count
    // is the sum of the others: it is their whole, not one of them.)
    if (counts.length === 3 && counts[0].value && counts[1].value && counts[2].value && Number(counts[0].value.exact) === Number(counts[1].value.exact) + Number(counts[2].value.exact)) continue;
    // Nothing before the first count names a total or a change.
    if (NOT_LIST.test(ctx.lower.slice(s.start, counts[0].start).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, ""))) continue;
    // ("Trong 214 vụ việc: … 96 vụ (44,9%); …": the count the sentence opens on is the list's whole.)
    // ("Trong danh sách 12 cơ sở …", "Of the list of 40 schools": so is a list's.)
    if (/(?<![\p{L}])(?:trong|trong số|of|among|out of|on)(?:[ \t]+(?:danh[ \t]+sách|tổng[ \t]+số|số|the[ \t]+list[ \t]+of|a[ \t]+list[ \t]+of|the))?[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, counts[0].start - 30), counts[0].start))) continue;
    for (const p of pcts) {
      if (taken.has(p)) continue;
      const part = [...counts].reverse().find((f) => f.end <= p.start);
      if (!part) continue;
      const before = ctx.lower.slice(part.end, p.start);
      if (!/^[\p{L}\p{M} \t]{0,20}\([ \t]*(?:chiếm[ \t]*)?$/u.test(before) || !/^[ \t]*\)/u.test(ctx.lower.slice(p.end, p.end + 3))) continue;
      if (part.noun && !ctx.lower.slice(part.end).trimStart().startsWith(part.noun)) continue;
      out.push({ part, parts: counts, percent: p });
    }
  }
  return out;
}
