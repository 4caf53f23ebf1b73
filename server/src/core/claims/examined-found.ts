// What an audit or an inspection found of the things it examined: "A functionality audit of 1,596
// water points found 1,437 functional (90.0%)", "The survey of 412 schools found 389 compliant",
// "Kiểm tra 1.596 công trình cấp nước, phát hiện 1.437 công trình hoạt động bình thường". The count
// found in a state is some of the things examined, so it cannot pass them.
// Strict: the count examined follows "audit/inspection/survey … of" or the verb of examining; the
// found count follows "found/showed/…" with nothing between but the examined things' words, and is
// bare or named by a single word of state ("functional", not "defects": an audit of 1,596 water
// points may find more defects than points), or by the examined things' own noun.
import type { Figure } from "../types.ts";
import { sameNoun } from "../figures/nouns.ts";
import { UnitContext, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const EXAMINED_EN = /(?<![\p{L}])(?:audit|inspection|survey|review|check|assessment|census|spot[ -]check)s?[ \t]+(?:of|covering)[ \t]+(?:all[ \t]+|the[ \t]+)?$|(?<![\p{L}])(?:audited|inspected|surveyed|reviewed|checked|assessed|tested|examined)[ \t]+(?:all[ \t]+|the[ \t]+)?$/u;
const EXAMINED_VI = /(?<![\p{L}])(?:kiểm tra|rà soát|khảo sát|thanh tra|đánh giá|kiểm định|kiểm nghiệm|xét nghiệm|giám định|(?:lấy|thu)(?:[ \t]+(?:được|và[ \t]+gửi|gửi))?)[ \t]+(?:(?:tại|đối với|ở)[ \t]+)?(?:tổng số[ \t]+|toàn bộ[ \t]+)?$/u;
const FOUND = /^[ \t]*[,;]?[ \t]*(?:and[ \t]+)?(?:found|showed|identified|confirmed|revealed|rated|judged|classed|classified|kết quả(?:[ \t]+(?:có|cho thấy))?|phát hiện|cho thấy(?:[ \t]+có)?|ghi nhận|xác định)(?:[ \t]+that)?[ \t]*$/u;

export function findExaminedFound(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  if (!/(?<![\p{L}])(?:found|showed|identified|confirmed|revealed|rated|judged|classed|classified|phát hiện|cho thấy|ghi nhận|xác định|kết quả)(?![\p{L}])/u.test(ctx.lower)) return out;
  for (const s of ctx.sentences) {
    for (let i = 0; i + 1 < s.figs.length; i++) {
      const w = s.figs[i], f = s.figs[i + 1];
      if (w.kind !== "number" || f.kind !== "number" || !isCount(w) || !isCount(f) || !w.noun || used.has(f.id)) continue;
      const before = ctx.lower.slice(Math.max(s.start, (w.qualifiers[0]?.start ?? w.start) - 40), w.qualifiers[0]?.start ?? w.start);
      const en = EXAMINED_EN.test(before);
      if (!en && !EXAMINED_VI.test(before)) continue;
      // Between them: the examined things' words (a time or place at most), then the verb of finding.
      const between = ctx.lower.slice(w.end, f.qualifiers[0]?.start ?? f.start);
      const verb = /(?:[,;]?[ \t]*(?:and[ \t]+)?(?:found|showed|identified|confirmed|revealed|rated|judged|classed|classified|kết quả(?:[ \t]+(?:có|cho thấy))?|phát hiện|cho thấy(?:[ \t]+có)?|ghi nhận|xác định)(?:[ \t]+that)?[ \t]*)$/u.exec(between);
      if (!verb || !FOUND.test(verb[0]) || between.length > 90 || /[;.:()]/u.test(between.slice(0, verb.index))) continue;
      const tail = ctx.lower.slice(f.end, f.end + 40);
      const stateWord = en && !!f.noun && /^[a-z-]+$/u.test(f.noun) && !/s$/u.test(f.noun) && /^[ \t]*[a-z-]+[ \t]*(?:[,.;(]|$|(?:and|or|in|at|on|with)(?![\p{L}]))/u.test(tail);
      const toBe = en && !f.noun && /^[ \t]+(?:to be|were|was)[ \t]+[a-z-]+/u.test(tail);
      // ("lấy 185 mẫu bệnh phẩm …; kết quả có 17 mẫu dương tính": in Vietnamese the head word names the
      // things, the words after it say which.)
      const sameHead = !en && !!f.noun && f.noun.split(" ")[0] === w.noun.split(" ")[0];
      if (!(stateWord || toBe || sameHead || (f.noun && sameNoun(f.noun, w.noun)))) continue;
      out.push({ whole: w, wholeNum: w.value!, parts: [{ figure: f, num: f.value! }], exhaustive: false });
      used.add(f.id);
    }
  }
  return out;
}
