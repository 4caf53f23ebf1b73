// The kinds of a count set out after "trong đó:" or "of which:", one a clause, each clause a label and a
// count of the whole's own noun: "thụ lý 1.486 vụ việc. Trong đó: tham gia tố tụng 1.032 vụ việc, chiếm
// 69,4%; tư vấn pháp luật 398 vụ việc; đại diện ngoài tố tụng 56 vụ việc". "Trong đó" may leave kinds
// out, so the list is open: a sum above the whole fails, one just short of it says nothing unless a slip
// of two digits explains it.
// Strict: a colon after the words; at least three clauses, split by semicolons, to the sentence's end;
// each clause one count of the whole's noun, after a label of words only; the labels of one kind of
// attribute (not "nữ …; dân tộc thiểu số …", groups that overlap); the whole the last count of that
// noun before the words, in their sentence or, when they open it, in the sentence before.
import { sameNoun } from "../figures/nouns.ts";
import type { Figure } from "../types.ts";
import { D } from "../math/interval.ts";
import { UnitContext, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const INTRO = /(?<![\p{L}])(?:trong đó|trong số đó|of which|of these|including|trong số((?:[ \t]+[\p{L}\p{M}]+){1,5}))[ \t]*:/gu;
/** Words that name a group across the others: such labels may overlap. */
const CROSS = /(?<![\p{L}])(?:nữ|nam|dân tộc|trẻ em|người cao tuổi|khuyết tật|đảng viên|đoàn viên|thanh niên|hộ nghèo|cận nghèo|women|men|female|male|children|older|disabled|ethnic|aged|also|both)(?![\p{L}])/u;

export function findSemicolonItems(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  if (!ctx.lower.includes(":")) return out;
  INTRO.lastIndex = 0;
  for (let m = INTRO.exec(ctx.lower); m; m = INTRO.exec(ctx.lower)) {
    const si = ctx.sentenceIndexAt(m.index);
    if (si < 0) continue;
    const s = ctx.sentences[si];
    const from = m.index + m[0].length;
    const clauses: [number, number][] = [];
    let at = from;
    for (const piece of ctx.text.slice(from, s.end).split(";")) {
      clauses.push([at, at + piece.length]);
      at += piece.length + 1;
    }
    if (clauses.length < 3) continue;
    const items: Figure[] = [];
    let ok = true;
    for (const [a, b] of clauses) {
      const counts = s.figs.filter((f) => f.start >= a && f.end <= b && f.kind === "number" && isCount(f));
      const others = s.figs.filter((f) => f.start >= a && f.end <= b && !counts.includes(f) && !(f.kind === "percent" && /(?:chiếm|,|\()[ \t]*(?:tỷ[ \t]+lệ[ \t]+)?$/u.test(ctx.lower.slice(Math.max(a, f.start - 12), f.start))));
      const f = counts[0];
      const label = f ? ctx.lower.slice(a, f.qualifiers[0]?.start ?? f.start).trim() : "";
      if (counts.length !== 1 || others.length || !f.noun || used.has(f.id) || f.qualifiers.length || !/^[-+*•]?[ \t]*[\p{L}\p{M}][\p{L}\p{M} ,/-]{1,80}$/u.test(label) || label.split(/[ \t]+/u).length > 16 || /(?<![\p{L}])(?:tăng|giảm|so với|up|down|than)(?![\p{L}])/u.test(label)) {
        ok = false;
        break;
      }
      items.push(f);
    }
    if (!ok) continue;
    const noun = items[0].noun!;
    // ("Trong số lượt người tham gia: quân đội 2.318 lượt; …": the words name the whole, the items its head.)
    const named = m[1]?.trim();
    const ofNoun = (f: Figure) => !!f.noun && (sameNoun(f.noun, noun) || sameNoun(noun, f.noun) || (!!named && f.noun.split(" ")[0] === noun.split(" ")[0]));
    if (!items.every(ofNoun)) continue;
    const labels = items.map((f, i) => ctx.lower.slice(clauses[i][0], f.start));
    if (labels.some((l) => CROSS.test(l))) continue;
    // The whole: the last count of the items' noun before the words, outside brackets.
    const opens = /^[\s*•-]*$/u.test(ctx.text.slice(s.start, m.index));
    const pool = opens && si > 0 ? ctx.sentences[si - 1].figs : s.figs.filter((f) => f.end <= m!.index);
    const wholes = pool.filter((f) => f.kind === "number" && isCount(f) && !!f.noun && (named ? named.startsWith(f.noun) : sameNoun(f.noun, noun) || sameNoun(noun, f.noun)) && !f.qualifiers.length);
    const whole = wholes[wholes.length - 1];
    if (!whole || used.has(whole.id) || items.some((f) => !new D(f.value!.exact).lt(whole.value!.exact))) continue;
    // (Not a count that itself changed: "tăng 182 vụ việc", nor one set against a plan.)
    if (/(?<![\p{L}])(?:tăng|giảm|so với|vượt|kế hoạch|chỉ tiêu|up|down|than|target|plan)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, whole.start - 16), whole.start))) continue;
    out.push({ whole, wholeNum: whole.value!, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: false, cue: { start: m.index, end: m.index + m[0].length - 1 }, listed: true, open: true });
    used.add(whole.id);
    for (const f of items) used.add(f.id);
  }
  return out;
}
