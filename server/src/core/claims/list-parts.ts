// A total stated as a bare number and broken down in the bulleted list right under it, each item a
// label, a colon and a count: "Total loans for the year were 2,146,300, of which:\n- print books:
// 1,412,900\n- e-books: 498,700\n- e-audiobooks: 234,700", "Tổng số lượt mượn là 2.146.300, trong
// đó:\n- sách in: 1.412.900\n- …". Strict: the sentence names the total ("total", "tổng"), the
// intro ends its line right after the total, and every item below is one label and one count of
// the total's kind with nothing else (no change, no share, no second figure).
// A bare colon may open the list too ("Kết quả phân loại 598 HTX đang hoạt động theo Thông tư số
// 09/2022/TT-BKHĐT:\n- Loại tốt: 142 HTX;\n- …"), when every item names the total's own noun.
import { sameNoun } from "../figures/nouns.ts";
import { Interval } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const INTRO = /^[ \t]*,?[ \t]*(of which|including|comprising|made up as follows|broken down as follows|as follows|trong đó|bao gồm|gồm|cụ thể|như sau)[ \t]*:[ \t]*\r?\n?$/u;
const EXHAUSTIVE = /^(?:comprising|made up as follows|broken down as follows|as follows|gồm|như sau)$/u;
const ITEM = /^[ \t]*[-*+•][ \t]+([\p{L}\p{M}][\p{L}\p{M}\d \t,'’()/&–—-]{0,80}?)[ \t]*:[ \t]*$/u;
const TOTAL = /(?<![\p{L}])(?:total|tổng(?:[ \t]+số)?)(?![\p{L}])/u;
const SHARE_BRACKET = /^([^\d()]{0,30}?)[ \t]*\([ \t]*(?:chiếm|bằng|accounting for|or)?[ \t]*\d[\d.,]*[ \t]*%[ \t]*\)[ \t]*[;.,]?[ \t]*\r?\n?$/u;
const BREAKDOWN_LEAD = /(?<![\p{L}])(?:cơ cấu|phân theo|chia theo|breakdown of|broken down by)(?![\p{L}])/u;
const NAMED_INTRO = /^[ \t]*,[ \t]*((?:[\p{L}\p{M}]+[ \t]+){1,6}?)(gồm có|gồm|bao gồm|include|includes|included|were|are|comprised|comprise)[ \t]*:[ \t]*\r?\n?$/u;
const REST_LABEL = /(?<![\p{L}])(?:khác|còn lại|other|others|the rest|remaining|remainder)(?![\p{L}])/u;
const BARE_COLON = /^[^:;.\n]{0,90}?:[ \t]*\r?\n?$/u;
const NOT_LABEL = /(?<![\p{L}])(?:tăng|giảm|so với|kế hoạch|mục tiêu|up|down|increase|decrease|change|plan|target|budget|average|bình quân|per|mỗi|total|tổng)(?![\p{L}])/u;

export function findListParts(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (let si = 0; si + 2 < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const whole = s.figs[s.figs.length - 1];
    if (!whole || used.has(whole.id) || whole.kind !== "number" || whole.qualifiers.length || whole.perYear) continue;
    // Counts, or amounts in one unit and scale ("Trong tổng kim ngạch 4.915,3 triệu USD, các nhóm hàng gồm: …").
    const amounts = !isCount(whole);
    if (amounts && (!whole.unit || whole.unit === "%" || whole.unit === "pp" || whole.unit === "times")) continue;
    const sameMeasure = (f: Figure) => amounts ? f.unit === whole.unit && (f.scale?.factor ?? "1") === (whole.scale?.factor ?? "1") : isCount(f) && !f.unit;
    const tail = ctx.lower.slice(whole.end, s.end);
    // ("598 HTX, tăng 58 HTX so với năm 2022 (540 HTX):": the last figure is a base in brackets.)
    if (/[()]/u.test(tail) || inBrackets(ctx, s.start, whole.start)) continue;
    const named = NAMED_INTRO.exec(tail);
    const m = INTRO.exec(tail) ?? (named && !NOT_LABEL.test(named[1]) ? [named[0], named[2]] as unknown as RegExpExecArray : null);
    const bare = !m && !!whole.noun && BARE_COLON.test(tail) && !NOT_LABEL.test(tail.replace(/(?<![\p{L}])(?:total|tổng(?:[ \t]+số)?)(?![\p{L}])/gu, ""));
    if (!m && !bare) continue;
    // ("The reasons recorded … for the 187 cancellations were:\n- list overrun: 64\n- …": the whole's noun
    // and a verb that says the lines are what it was made of; items may then be bare counts.)
    const saidOf = bare && /^[ \t]+[\p{L}\p{M} \t'’-]{0,40}?(?<![\p{L}])(?:were|are|was|comprised|included|gồm|là)[ \t]*:[ \t]*\r?\n?$/u.test(tail);
    // The sentence names its figure as a total, before it (or each item names the total's noun).
    if (!bare && !TOTAL.test(ctx.lower.slice(s.start, whole.start))) continue;
    const parts: Figure[] = [];
    const shares: Figure[] = [];
    let lastLabel = "";
    let ok = true;
    for (let j = si + 1; j < ctx.sentences.length; j++) {
      const t = ctx.sentences[j];
      if (!/^[ \t]*[-*+•][ \t]/u.test(ctx.text.slice(t.start, t.start + 8))) break;
      // ("- Thị xã An Phú: 1.285 căn (chiếm 26,4%);": the item's share in brackets after its count.)
      const share = t.figs.length === 2 && t.figs[1].kind === "percent" && t.figs[1].unit === "%" ? SHARE_BRACKET.exec(ctx.lower.slice(t.figs[0].end, t.end)) : null;
      if (t.figs.length !== 1 && !share) { ok = false; break; }
      const f = t.figs[0];
      const label = ITEM.exec(ctx.lower.slice(t.start, f.start));
      const tail = share ? share[1] : ctx.lower.slice(f.end, t.end).trim();
      const nounOk = amounts || (f.noun ? !!whole.noun && sameNoun(f.noun, whole.noun) : !bare || saidOf);
      // ("Năm 2022: 570 HTX": items by year are a series, not parts; "dưới 3 tháng" names a kind.)
      if (!label || NOT_LABEL.test(label[1]) || (bare ? /\d/.test(label[1]) : /(?<!\d)(?:19|20)\d\d(?!\d)/.test(label[1])) || f.kind !== "number" || !sameMeasure(f) || f.qualifiers.length || used.has(f.id) || !nounOk || !/^(?:[;.,]|và|and)?$/u.test(tail.replace(f.noun ?? "\u0000", "").trim())) { ok = false; break; }
      parts.push(f);
      lastLabel = label[1];
      if (share) shares.push(t.figs[1]);
    }
    if (!ok || parts.length < 2) continue;
    // Blank lines between the sentence and its items only: the list must start on the next lines.
    const gap = ctx.text.slice(s.end, ctx.sentences[si + 1].start);
    if (!/^[ \t\r\n]*$/u.test(gap) || (gap.match(/\n/g)?.length ?? 0) > 2) continue;
    // A list is all of its whole when its lead says it is a breakdown ("Cơ cấu …", "phân theo …")
    // or when every item's share is given and the shares make 100%.
    const lead = ctx.lower.slice(s.start, whole.start);
    const sharesAll = shares.length === parts.length && shares.reduce((acc, p) => acc.add(ctx.interval(p, p.value!)), Interval.point(0)).overlaps(Interval.point(100));
    // (So is a list closed by the rest: "- Hàng hóa khác: 349,5 triệu USD", "- Other: 1,204".)
    // ("các nhóm hàng chủ lực gồm:" names only some: only the rest closing the list makes it all.)
    const exhaustive = (!!m && EXHAUSTIVE.test(m[1]) && !named) || REST_LABEL.test(lastLabel) || (!(m && /^(?:of which|including|trong đó)$/u.test(m[1])) && BREAKDOWN_LEAD.test(lead)) || sharesAll;
    out.push({ whole, wholeNum: whole.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive, cue: { start: whole.end, end: s.end }, listed: true, amounts: amounts || undefined });
    used.add(whole.id);
    for (const f of parts) used.add(f.id);
  }
  return out;
}
