// A rate named by the verb of the amount it is of, against the amount due stated before: "The net
// collectable council tax debit for 2023/24 was £112.46m. By 31 March 2024 we had collected
// £108.19m, an in-year collection rate of 96.2%", "Số thuế phải thu năm 2024 là 412,6 tỷ đồng; đã
// thu được 398,1 tỷ đồng, tỷ lệ thu đạt 96,5%". Strict: the rate's word answers the amount's verb
// (collected: collection; disbursed: disbursement …), and exactly one earlier amount of the same
// unit and scale, in this sentence or the one before, is introduced as what was due.
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets } from "./context.ts";

export interface RateOfBase {
  percent: Figure;
  part: Figure;
  whole: Figure;
}

/** Verb before the amount and the rate it makes. */
const PLANNED = /(?<![\p{L}])(?:được giao|giao|phân bổ|kế hoạch vốn|dự toán|allocated|allocation|budget|approved|committed|phê duyệt)(?![\p{L}])[^;()%]{0,60}$/u;
const PAIRS: { verb: RegExp; rate: RegExp; base?: RegExp }[] = [
  { verb: /(?:collected|đã thu|thu được)/u, rate: /(?:collection|thu|thu nộp)/u },
  // ("Kế hoạch vốn được giao 620 tỷ đồng; … đã giải ngân 512,4 tỷ đồng, tỷ lệ giải ngân đạt 82,6%".)
  { verb: /(?:disbursed|giải ngân)/u, rate: /(?:disbursement|giải ngân)/u, base: PLANNED },
  { verb: /(?:recovered|thu hồi)/u, rate: /(?:recovery|thu hồi)/u },
  { verb: /(?:paid out|paid|chi trả)/u, rate: /(?:payment|payout|chi trả)/u },
];
const VERB_END = /(?:[ \t]+(?:được|là|of|in|a total of))*[ \t]*$/u;
const RATE_EN = /^[ \t]*,[ \t]*(?:(?:giving|with|for)[ \t]+)?(?:an?[ \t]+|the[ \t]+)?((?:[\p{L}-]+[ \t]+){0,2}?)rate[ \t]+(?:of|was|is|at|stood at)[ \t]+$/u;
const RATE_VI = /^[ \t]*,[ \t]*(?:đạt[ \t]+)?(?:tỷ|tỉ)[ \t]+lệ[ \t]+((?:[\p{L}\p{M}]+[ \t]+){1,3}?)(?:đạt|là|bằng)?[ \t]*$/u;
/** What the base was introduced as: the amount due. */
const DUE = /(?<![\p{L}])(?:collectable|collectible|debit|due|billed|owed|payable|receivable|assessed|phải thu|phải nộp|ghi thu|số thu)(?![\p{L}])[^;()%]{0,60}$/u;
const TAIL = /^[ \t]*(?:[.,;)]|$|\r?\n|(?:against|compared|versus|so với|và|and)[ \t])/u;

function amount(f: Figure): boolean {
  return f.kind === "number" && !!f.value && !!f.unit && f.unit !== "%" && f.unit !== "pp" && f.unit !== "times" && !f.perYear && !f.qualifiers.some((q) => q.kind !== "estimate");
}

export function findRatesOfBase(ctx: UnitContext, taken: Set<Figure>): RateOfBase[] {
  const out: RateOfBase[] = [];
  if (!/collect|giải ngân|disburs|thu hồi|recover|chi trả|paid|thu được|đã thu/u.test(ctx.lower)) return out;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let i = 1; i < s.figs.length; i++) {
      const [part, p] = [s.figs[i - 1], s.figs[i]];
      if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.length || !amount(part)) continue;
      const gap = ctx.lower.slice(part.end, p.start);
      const r = RATE_EN.exec(gap) ?? RATE_VI.exec(gap);
      if (!r || !TAIL.test(ctx.lower.slice(p.end, p.end + 12))) continue;
      const pq = part.qualifiers[0]?.start ?? part.start;
      const before = ctx.lower.slice(Math.max(s.start, pq - 40), pq).replace(VERB_END, "");
      const pair = PAIRS.find((x) => new RegExp(`${x.verb.source}$`, "u").test(before));
      if (!pair || !pair.rate.test(r[1])) continue;
      const same = (f: Figure) => f !== part && amount(f) && f.unit === part.unit && (f.scale?.factor ?? "1") === (part.scale?.factor ?? "1");
      const bases: Figure[] = [];
      for (const t of si > 0 ? [ctx.sentences[si - 1], s] : [s]) {
        for (const f of t.figs) {
          if (f.end > part.start || !same(f) || inBrackets(ctx, t.start, f.start)) continue;
          const fq = f.qualifiers[0]?.start ?? f.start;
          if ((pair.base ?? DUE).test(ctx.lower.slice(Math.max(t.start, fq - 90), fq))) bases.push(f);
        }
      }
      if (bases.length !== 1) continue;
      out.push({ percent: p, part, whole: bases[0] });
      taken.add(p);
    }
  }
  return out;
}
