// Groups of one whole named on different dimensions may overlap: "of whom 286 were women and 342
// were nurses", "trong đó 1.288 hộ trồng lúa, 1.377 hộ chăn nuôi lợn", "£593m was funded by
// borrowing and £750m was spent on schools". Their sum may pass the whole or fall short of it.
import type { Figure } from "../types.ts";
import type { UnitContext } from "./context.ts";

const DIMENSIONS: [string, RegExp][] = [
  ["sex", /(?<![\p{L}])(?:nữ|nam|phụ nữ|female|male|women|men|girls|boys)(?![\p{L}])/u],
  ["age", /(?<![\p{L}])(?:aged|older people|elderly|pensioners|cao tuổi|tuổi|under[ \t]+\d+|over[ \t]+\d+)(?![\p{L}])/u],
  ["ethnic", /(?<![\p{L}])(?:dân tộc|ethnic|minority|minorities)(?![\p{L}])/u],
  ["disability", /(?<![\p{L}])(?:disabled|disability|khuyết tật)(?![\p{L}])/u],
  ["role", /(?<![\p{L}])(?:nurses?|doctors?|midwives|teachers?|carers?|volunteers?|điều dưỡng|bác sĩ|giáo viên|tình nguyện viên)(?![\p{L}])/u],
  ["origin", /(?<![\p{L}])(?:from overseas|overseas|international|foreign|nội tỉnh|ngoại tỉnh|quốc tế|nước ngoài)(?![\p{L}])/u],
  ["income", /(?<![\p{L}])(?:low-income|low income|hộ nghèo|cận nghèo|free school meals|deprived)(?![\p{L}])/u],
  ["hours", /(?<![\p{L}])(?:part-time|full-time|part time|full time|bán thời gian)(?![\p{L}])/u],
  ["view", /(?<![\p{L}])(?:satisfied|dissatisfied|hài lòng)(?![\p{L}])/u],
  ["channel", /(?<![\p{L}])(?:trực tuyến|online|qua mạng|in person)(?![\p{L}])/u],
  ["field", /(?<![\p{L}])(?:lĩnh vực|giáo dục|y tế|đất đai|schools|education|health|highways)(?![\p{L}])/u],
  ["funding", /(?<![\p{L}])(?:vốn vay|borrowing|borrowed|loans?)(?![\p{L}])/u],
  ["profit", /(?<![\p{L}])(?:có lãi|thua lỗ|profitable|loss-making)(?![\p{L}])/u],
  ["employment", /(?<![\p{L}])(?:trực tiếp|gián tiếp|directly|indirectly)(?![\p{L}])/u],
  ["stay", /(?<![\p{L}])(?:lưu trú|qua đêm|overnight)(?![\p{L}])/u],
  ["crop", /(?<![\p{L}])(?:trồng lúa|trồng|crops?|arable)(?![\p{L}])/u],
  ["livestock", /(?<![\p{L}])(?:chăn nuôi|livestock)(?![\p{L}])/u],
  ["away", /(?<![\p{L}])(?:làm ăn xa|đi làm xa|migrant)(?![\p{L}])/u],
  ["sector", /(?<![\p{L}])(?:thương mại|dịch vụ|công nghiệp|manufacturing|retail|hospitality)(?![\p{L}])/u],
  ["rating", /(?<![\p{L}])(?:giỏi|xuất sắc|tiêu biểu)(?![\p{L}])/u],
];

/** The words that name a part: its label before it ("vốn vay 961 tỷ đồng", "nữ 2.310 người"), its
 * noun and what follows it up to the next part. */
function itemWords(ctx: UnitContext, f: Figure, prev: Figure | undefined, next: Figure | undefined): string {
  const q = f.qualifiers[0]?.start ?? f.start;
  const before = ctx.lower.slice(Math.max(prev ? prev.end : 0, q - 40), q);
  const label0 = before.split(/[,;:(]|(?<![\p{L}])(?:và|and|trong đó|gồm|including|of which|of whom)(?![\p{L}])/u).pop() ?? "";
  // ("530 lao động trực tiếp (chiếm 42,7%)": a share in its bracket is named by the words before it.)
  const label = /^[ \t]*(?:chiếm|bằng|accounting[ \t]+for|or)?[ \t]*$/u.test(label0) ? (before.split(/[,;:]|(?<![\p{L}])(?:và|and|trong đó|gồm|including|of which|of whom)(?![\p{L}])/u).pop() ?? "") : label0;
  const end = next ? (next.qualifiers[0]?.start ?? next.start) : f.end + 60;
  return label + " " + ctx.lower.slice(f.end, Math.min(end, f.end + 60)).split(/[,;.:()]|(?<![\p{L}])(?:và|and)(?![\p{L}])/u)[0];
}

function dimension(words: string): string | undefined {
  const hits = DIMENSIONS.filter(([, re]) => re.test(words));
  return hits.length === 1 ? hits[0][0] : undefined;
}

/** Every part named on a dimension of its own, no two on the same one. */
export function overlappingGroups(ctx: UnitContext, parts: Figure[]): boolean {
  if (parts.length < 2) return false;
  const dims = parts.map((f, i) => dimension(itemWords(ctx, f, parts[i - 1], parts[i + 1])));
  return dims.every((d) => !!d) && new Set(dims).size === dims.length;
}

const TIER = /^[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,2}?(?:đạt[ \t]+)?(?:chuẩn[ \t]+)?(?:nông[ \t]+thôn[ \t]+mới[ \t]+|ntm[ \t]+)?(nâng[ \t]+cao|kiểu[ \t]+mẫu|advanced|model)(?![\p{L}])/u;
const MET = /(?<![\p{L}])đạt[ \t]+chuẩn|met[ \t]+the[ \t]+standard/u;

/** "118 xã đạt chuẩn nông thôn mới, 27 xã đạt chuẩn nâng cao và 6 xã đạt chuẩn kiểu mẫu": the higher
 * tiers of a standard are counted among those that met it. */
export function nestedTiers(ctx: UnitContext, parts: Figure[]): boolean {
  const said = parts.map((f) => ctx.lower.slice(f.end, f.end + 50).split(/[,;.(]/u)[0]);
  const tier = said.map((t) => TIER.test(t));
  return tier.some((x) => x) && said.some((t, k) => !tier[k] && MET.test(t));
}
