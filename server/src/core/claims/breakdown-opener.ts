// "… đã thu thập mới 1.286 nguồn gen cây trồng, đạt 107,2% kế hoạch (1.200 nguồn gen). Phân theo nhóm
// cây trồng, cây lương thực có 405 nguồn gen (31,5%), cây ăn quả 286 nguồn gen (22,2%), …", "Tổng số
// tiền thu được là 312,46 tỷ đồng …. Trong tổng số thu, tiền ủy thác … là 241,38 tỷ đồng (chiếm 77,3%),
// thu từ các đơn vị nội tỉnh 71,80 tỷ đồng": a sentence that opens on the dimension a total splits by,
// or on "trong tổng số", lists parts of the one total the sentence before it states.
//
// Trust first: the total is the only figure of its kind outside brackets in the sentence before, in the
// same paragraph; the parts are every figure of that kind outside brackets in the opened sentence, none
// a change, a plan or a comparison. A dimension ("phân theo", "by") splits the whole, so a sum just
// short of it is a miscount (a warning); "trong tổng số" may leave parts out, so only a sum above fails.
import type { Figure } from "../types.ts";
import { inBrackets, isCount, type Sentence, type UnitContext } from "./context.ts";
import { sameNoun } from "../figures/nouns.ts";
import { D } from "../math/interval.ts";
import type { TotalParts } from "./parts.ts";

const OPENER = /^[\s*•+-]*(?:(phân[ \t]+theo|chia[ \t]+theo|xét[ \t]+theo|by|broken[ \t]+down[ \t]+by)[ \t]+(?:[\p{L}\p{M}'’-]+[ \t]+){0,5}?[\p{L}\p{M}'’-]+|(trong[ \t]+tổng[ \t]+số)(?:[ \t]+[\p{L}\p{M}]+){0,4}?)(?:[ \t]*,|(?=[ \t]+(?:these|they)[ \t]+(?:were|are|comprised|comprise)[ \t]))/u;
/** Words before a figure that make it a change, a plan, a comparison or an average, not a part or a total. */
const NOT_PLAIN = /(?<![\p{L}])(?:tăng|giảm|so[ \t]+với|hơn|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+toán|bình[ \t]+quân|trung[ \t]+bình|mỗi|gấp|than|up|down|from|to|by|target|plan|budget|average|per|each|compared)[ \t]*(?:[\p{L}\p{M}]+[ \t]*){0,2}$/u;

function kindOf(f: Figure): string | undefined {
  if (f.kind !== "number" || !f.value || f.perYear || f.qualifiers.length) return undefined;
  if (isCount(f)) return "#";
  if (f.unit && f.unit !== "%" && !f.unit.includes("/")) return `${f.unit}×${f.scale?.factor ?? "1"}`;
  return undefined;
}

function plain(ctx: UnitContext, s: Sentence, f: Figure): boolean {
  const q = f.qualifiers[0]?.start ?? f.start;
  return !inBrackets(ctx, s.start, f.start) && !NOT_PLAIN.test(ctx.lower.slice(Math.max(s.start, q - 24), q));
}

function sameThing(a: Figure, b: Figure): boolean {
  if (kindOf(a) !== kindOf(b)) return false;
  if (kindOf(a) !== "#") return true;
  return !!a.noun && !!b.noun && (sameNoun(a.noun, b.noun) || sameNoun(b.noun, a.noun));
}

export function findBreakdownOpeners(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const m = OPENER.exec(ctx.lower.slice(s.start, Math.min(s.end, s.start + 90)));
    if (!m) continue;
    const prev = ctx.sentences[si - 1];
    if (/\n[ \t]*\n/u.test(ctx.text.slice(prev.end, s.start))) continue;
    const firsts = s.figs.filter((f) => kindOf(f) && !inBrackets(ctx, s.start, f.start));
    if (firsts.length < 2) continue;
    // ("… 142 vụ BLGĐ, giảm 27 vụ (16,0%) so với năm 2022": a change beside the whole is none.)
    // ("By works category these were 2,184 major, 9,736 standard, …": after "these", counts named by their kind.)
    const these = /^[ \t]+(?:these|they)[ \t]/u.test(ctx.lower.slice(s.start + m.index + m[0].length, s.start + m.index + m[0].length + 8)) && firsts.every((f) => kindOf(f) === "#");
    const wholes = prev.figs.filter((f) => kindOf(f) && !inBrackets(ctx, prev.start, f.start) && plain(ctx, prev, f) && (sameThing(f, firsts[0]) || (kindOf(f) === "#" && !!f.noun && (these || (!firsts[0].noun && kindOf(firsts[0]) === "#")))));
    if (wholes.length !== 1 || used.has(wholes[0].id)) continue;
    const whole = wholes[0];
    // ("By category, these were: hacking …, 742; ransomware, 58; …": counts that all leave the noun out.)
    const bare = (these || firsts.every((f) => kindOf(f) === "#" && !f.noun)) && kindOf(whole) === "#";
    const parts = bare ? firsts : firsts.filter((f) => sameThing(f, whole));
    // (Every figure of the whole's kind is a plain part, each below the whole, or none is read.)
    if (parts.length < 2 || parts.length !== firsts.length || parts.some((f) => used.has(f.id) || !plain(ctx, s, f) || !new D(f.value!.exact).lt(whole.value!.exact))) continue;
    const dimension = !!m[1];
    const amounts = kindOf(whole) !== "#";
    out.push({
      whole,
      wholeNum: whole.value!,
      parts: parts.map((f) => ({ figure: f, num: f.value! })),
      exhaustive: false,
      cue: { start: s.start + m.index, end: s.start + m[0].length },
      listed: dimension || undefined,
      open: dimension ? undefined : true,
      amounts: amounts || undefined,
      closedSplit: dimension && amounts ? true : undefined,
    });
    used.add(whole.id);
    for (const f of parts) used.add(f.id);
  }
  return out;
}
