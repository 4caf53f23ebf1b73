// A percent that names a base of its own after it: "24,8 tỷ đồng (bằng 10% vốn trung ương)",
// "620 giáo viên tiểu học, bằng 80% số giáo viên tiểu học theo định mức (775 người)", "410 hộ, bằng
// 125% số hộ thoát nghèo năm 2023", "35% of all highways staff in the combined authority (1,200)".
// Such a percent is no share of the total the part was listed under, unless the words name that
// total ("tổng số", "tổng chi", "số hộ" of a count of households, "of the total").
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";

const NAMES_TOTAL = /^(?:tổng|toàn|cả|của[ \t]+tổng|trong[ \t]+tổng|of[ \t]+(?:the[ \t]+)?total|of[ \t]+them|of[ \t]+those)(?![\p{L}])/u;

export function namesOtherBase(ctx: UnitContext, p: Figure, whole: Figure | undefined): boolean {
  // (A dash set apart by spaces opens an aside: "chiếm 17,4% dân số - thuộc nhóm …" names "dân số" only.)
  const after = ctx.lower.slice(p.end, p.end + 80).replace(/[ \t][-–—][ \t][^]*$/u, ".");
  const m = /^[ \t]+((?:of[ \t]+)?[\p{L}\p{M}][\p{L}\p{M}\d' \t/-]{0,70}?)(?=[ \t]*(?:[,;.:)]|\(|$))/u.exec(after);
  if (!m) return false;
  const phrase = m[1].trim();
  // ("86.077 hồ sơ giải quyết đúng hạn …; trong đó … 71.508 hồ sơ, chiếm 82,7% tổng số hồ sơ tiếp nhận":
  // the total of the noun narrowed by words that never named the whole is another total.)
  if (whole && /^tổng[ \t]+số[ \t]/u.test(phrase)) {
    const ws = phrase.replace(/^tổng[ \t]+số[ \t]+/u, "").split(/[ \t]+/u).filter((x) => x && !/^(?:của|được|đã|các|những|toàn|tỉnh|huyện|xã|thành|phố|năm|trong|kỳ|người)$/u.test(x));
    const near = ctx.lower.slice(Math.max(0, (whole.qualifiers[0]?.start ?? whole.start) - 80), Math.max(whole.end, Math.min(whole.end + 60, p.start))) + " " + (whole.noun ?? "");
    if (ws.length && !ws.every((x) => new RegExp(`(?<![\\p{L}\\p{M}])${x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{M}])`, "u").test(near))) return true;
  }
  // ("19/21 xã … . Trong số 19 xã đạt chuẩn có 7 xã … (chiếm 33,3% tổng số xã)": the total of the noun is
  // the fraction's whole, not the part of it this count is.)
  if (NAMES_TOTAL.test(phrase)) return !!whole?.value && ctx.figures.some((f) => f.kind === "fraction" && f.end <= whole.start && f.numerator!.exact === whole.value!.exact && f.denominator!.exact !== whole.value!.exact && !!f.noun && !!whole.noun && f.noun.split(" ")[0] === whole.noun.split(" ")[0]);
  // "of all staff (2,800)" names the total by its bracketed figure; "of all highways staff in the
  // combined authority (1,200)" by another.
  const bracket = /^\([ \t]*([\d.,]+)/u.exec(after.slice(m[0].length).trimStart());
  if (/^of[ \t]+all(?![\p{L}])/u.test(phrase)) return !!bracket && !!whole && bracket[1] !== ctx.lower.slice(whole.start, whole.end).replace(/[^\d.,]/gu, "");
  // "số hộ", "số giáo viên": the whole's own noun, and nothing after it that narrows it.
  const noun = whole?.noun;
  const bare = /^(?:số[ \t]+)?(?:lượng[ \t]+)?(.+)$/u.exec(phrase)![1];
  if (noun && (noun === bare || noun.startsWith(bare + " ") || (bare.startsWith(noun) && bare.length - noun.length <= 4))) return false;
  // "chiếm 57,6% số được khám" of "khám tuyển 812 công dân": every word of it named the whole before.
  if (whole) {
    const near = ctx.lower.slice(Math.max(0, (whole.qualifiers[0]?.start ?? whole.start) - 60), whole.qualifiers[0]?.start ?? whole.start) + " " + (whole.noun ?? "");
    const ws = phrase.split(/[ \t]+/u).filter((x) => x && !/^(?:số|lượng|của|được|đã|các|những|the|of|all|in|a)$/u.test(x));
    if (ws.length && ws.every((x) => new RegExp(`(?<![\\p{L}\\p{M}])${x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{M}])`, "u").test(near))) return false;
  }
  return /^(?:số[ \t]+|of[ \t]+)?[\p{L}\p{M}]/u.test(phrase) && !/^(?:of|the|and|và|so|với|là|của|trong|in|on|at|for)$/u.test(phrase.split(/[ \t]+/u)[0]);
}
