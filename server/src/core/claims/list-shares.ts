// Shares in a bulleted list whose last item is the rest, each item a label, one count and its share:
// "- Đi không đúng phần đường: 12 vụ, chiếm 32,4%;\n- …\n- Các nguyên nhân khác: 9 vụ, chiếm 24,3%.",
// "- Speeding: 7 collisions (18.9%)\n- …\n- Other causes: 9 collisions (24.3%)". The rest closes the
// list, so its counts make the whole and each share is its count over their sum. Strict: three
// items at least, consecutive bullet lines, each with exactly one count (one noun, or none, for
// all) and one percent right after it, nothing else; the last label names the rest ("khác", "other",
// "còn lại", "the rest").
import { sameNoun } from "../figures/nouns.ts";
import type { Figure } from "../types.ts";
import { UnitContext, isCount } from "./context.ts";
import type { OthersShare } from "./others-share.ts";

const BULLET = /^[ \t]*[-*+•][ \t]+/u;
const REST = /(?<![\p{L}])(?:khác|còn lại|other|others|the rest|remaining)(?![\p{L}])/u;
/** A label: words, then a colon or a dash, right before the count. */
const LABEL = /^[ \t]*[-*+•][ \t]+([\p{L}\p{M}][\p{L}\p{M} \t,'’()/&–—-]{0,100}?)[ \t]*(?::|[ \t][-–—])[ \t]*$/u;
const LINK = /^[ \t]*(?:,[ \t]*(?:chiếm|accounting for|representing|or|bằng)(?:[ \t]+(?:tỷ lệ|tỉ lệ))?[ \t]*|\([ \t]*(?:chiếm[ \t]*)?|[ \t][-–—][ \t]*)$/u;
const NOT_LABEL = /(?<![\p{L}])(?:tăng|giảm|so với|kế hoạch|mục tiêu|up|down|increase|decrease|change|plan|target|budget|average|bình quân|per|mỗi|total|tổng|trong đó|of which|including)(?![\p{L}])/u;

export function findListShares(ctx: UnitContext, taken: Set<Figure>): OthersShare[] {
  const out: OthersShare[] = [];
  for (let si = 0; si < ctx.sentences.length; si++) {
    const items: { count: Figure; percent: Figure; label: string }[] = [];
    let sj = si;
    for (; sj < ctx.sentences.length; sj++) {
      const t = ctx.sentences[sj];
      const head = ctx.lower.slice(t.start, t.end);
      if (!BULLET.test(head)) break;
      if (t.figs.length !== 2) break;
      const [c, p] = t.figs;
      if (c.kind !== "number" || !isCount(c) || c.qualifiers.length || c.unit || p.kind !== "percent" || p.unit !== "%" || p.qualifiers.length) break;
      const label = LABEL.exec(ctx.lower.slice(t.start, c.start));
      if (!label || NOT_LABEL.test(label[1]) || /\d/.test(label[1])) break;
      const link = ctx.lower.slice(c.end, p.start).replace(c.noun ?? "\u0000", "");
      if (!LINK.test(link)) break;
      if (!/^[ \t]*\)?[ \t]*[;.,]?[ \t]*(?:\r?\n)?$/u.test(ctx.lower.slice(p.end, t.end))) break;
      items.push({ count: c, percent: p, label: label[1] });
    }
    if (items.length >= 3) {
      // Every item counts one thing, and only the last names the rest.
      const noun = items[0].count.noun;
      const oneNoun = items.every((x) => (noun ? !!x.count.noun && sameNoun(x.count.noun, noun) : !x.count.noun));
      const restAt = items.findIndex((x) => REST.test(x.label));
      if (oneNoun && restAt === items.length - 1) {
        const counts = items.map((x) => x.count);
        for (const x of items) if (!taken.has(x.percent)) out.push({ part: x.count, parts: counts, percent: x.percent });
      }
    }
    if (sj > si) si = sj - 1;
  }
  return out;
}
