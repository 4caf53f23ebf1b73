// A count, a short phrase, a colon, then its items as bare counts each followed by its own label:
// "Twenty-three schemes reached completion: 14 on time, 6 up to three months late and 3 more than
// three months late", "Có 23 công trình hoàn thành: 14 đúng tiến độ, 6 chậm dưới 3 tháng và 3 chậm
// trên 3 tháng". Numbers inside a label are bounds of a band ("up to three months"), not items.
// Strict: nothing but words between the count and the colon; every item starts its own list slot
// (right after the colon, or after a comma, semicolon or "and"); every other number of the list is
// a bound or a duration; labels are words only and differ. Closed by "and" the list is all of it.
import { sameNoun } from "../figures/nouns.ts";
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const BOUND = /(?<![\p{L}])(?:up to|more than|less than|fewer than|over|under|above|below|within|at least|at most|between|trên|dưới|từ|đến|hơn|tới|quá|không quá|aged|từ[ \t]+\d+[ \t]+đến)[ \t]*$/u;
const DURATION = /^(?:tháng|năm|ngày|tuần|giờ|phút|months?|years?|days?|weeks?|hours?|minutes?|working days?)(?: |$)/u;
const SLOT = /(?:,|;|(?<![\p{L}])(?:and|và))[ \t]*$/u;
/** Words that make the items something else than shares of the count: changes, averages, each. */
const NOT_ITEM = /(?<![\p{L}])(?:up (?:by|from|on)|down (?:by|from|on)|increase|decrease|rose|fell|compared|against|average|each|per|tăng|giảm|so với|bình quân|mỗi|trung bình|target|mục tiêu|kế hoạch|plan)(?![\p{L}])/u;

/** "64 receiving bail and remand support": a participle after a bare item is its label, not its noun. */
/** ("1,640 overdue", "29 resolved": and an adjective or a past participle.) */
const PARTICIPLE = /^(?:(?!(?:training|housing|funding|parking|meeting|planning|building|booking|hearing|sitting|offering|opening|crossing|rating|setting|listing|warning|screening|finding|saving|spending|earning|dwelling|lighting|recording|reading|ruling|wedding|landing|holding|posting|boarding|clothing|morning|evening)(?: |$))[a-z]{3,}ing|(?!(?:need|seed|feed|bed|shed|speed|breed|weed|creed|sled|hundred|red)(?: |$))[a-z]{2,}ed|overdue|outstanding|late|early|complete|open|pending|active|inactive|current|eligible|ineligible|satisfactory|unsatisfactory|withdrawn|invalid|valid|due)(?: |$)/u;
/** Words of a label that make it a target or plan, unless they say the item is within or past one
 * ("1,187 still within their target time"). */
const PLAN_LABEL = /(?<![\p{L}])(?<!(?:within|inside|outside|beyond|past|over|trong|ngoài|quá)[ \t]+(?:(?:the|their|its|our|thời[ \t]+hạn)[ \t]+)?)(?:target|mục tiêu|kế hoạch|plan)(?![\p{L}])/u;
const NOT_LABEL = new RegExp(NOT_ITEM.source.replace("|target|mục tiêu|kế hoạch|plan", ""), "u");

export function findColonItems(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (const s of ctx.sentences) {
    if (s.figs.length < 3) continue;
    for (let wi = 0; wi < s.figs.length - 2; wi++) {
      const w = s.figs[wi];
      if (w.kind !== "number" || !isCount(w) || !w.noun || DURATION.test(w.noun) || used.has(w.id) || w.qualifiers.length) continue;
      const colon = ctx.text.indexOf(":", w.end);
      if (colon < 0 || colon > s.end || colon - w.end > 60) continue;
      const phrase = ctx.lower.slice(w.end, colon).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, "");
      if (!/^[\p{L}\p{M} \t'’-]*$/u.test(phrase) || NOT_ITEM.test(phrase) || s.figs[wi + 1].start < colon) continue;
      const semi = ctx.text.indexOf(";", colon);
      const end = semi >= 0 && semi < s.end ? semi : s.end;
      const rest = s.figs.filter((f) => f.start > colon && f.start < end);
      const items: Figure[] = [];
      const named = new Set<Figure>();
      let ok = true;
      for (const f of rest) {
        const q = f.qualifiers[0]?.start ?? f.start;
        const slot = items.length === 0 ? /^[ \t]*$/u.test(ctx.text.slice(colon + 1, q)) : SLOT.test(ctx.lower.slice(Math.max(colon, q - 8), q));
        if (f.kind === "percent" && inBrackets(ctx, colon, f.start)) continue;
        if (slot && f.kind === "number" && isCount(f) && !f.qualifiers.length && (!f.noun || sameNoun(f.noun, w.noun) || PARTICIPLE.test(f.noun)) && !used.has(f.id)) {
          items.push(f);
          continue;
        }
        // ("received 412 applications: 137 for new licences and 275 renewals": an item named by a noun of
        // its own, a kind of the whole's.)
        if (slot && f.kind === "number" && isCount(f) && !f.qualifiers.length && !!f.noun && !DURATION.test(f.noun) && !used.has(f.id)) {
          items.push(f);
          named.add(f);
          continue;
        }
        // (A number that names the item's class: "312 in year 1, 287 in year 2", "… học sinh lớp 6".)
        if (items.length && f.kind === "number" && /(?<![\p{L}])(?:year|grade|level|band|stage|phase|tier|key[ \t]+stage|lớp|khối|năm[ \t]+thứ|cấp[ \t]+độ|hạng|loại|nhóm|group|priority|category)[ \t]*$/u.test(ctx.lower.slice(Math.max(colon, q - 16), q)) && /^\d{1,2}$/u.test(f.text)) continue;
        // (A number inside a label bounds its band: "6 up to three months late", "chậm dưới 3 tháng".)
        if (items.length && (BOUND.test(ctx.lower.slice(Math.max(colon, q - 16), q)) || f.qualifiers.some((x) => x.kind === "over" || x.kind === "under") || (!!f.noun && DURATION.test(f.noun)))) continue;
        ok = false;
        break;
      }
      // ("built by 3 housing associations: 168 by Riverside, 142 by … and 102 by …": a count of the
      // items themselves is not their whole.)
      if (!ok || items.length < 2 || String(items.length) === w.value!.exact) continue;
      // Each item's label: the words after it, up to the next slot; words only, and all different.
      const labels: string[] = [];
      for (let i = 0; i < items.length && ok; i++) {
        const to = i + 1 < items.length ? items[i + 1].qualifiers[0]?.start ?? items[i + 1].start : end;
        let label = ctx.lower.slice(items[i].end, to).replace(/\([^()]*\)/gu, " ");
        // (The noun of an item named by an adjective is its label: "1,640 overdue and 621 on hold".)
        if (items[i].noun && !PARTICIPLE.test(items[i].noun!) && !named.has(items[i])) label = label.trimStart().slice(items[i].noun!.length);
        label = label.replace(/(?:,|;|(?<![\p{L}])(?:and|và))?[ \t.]*$/u, "").replace(/\d[\d.,]*/gu, "#").trim();
        if (!label || !/^[\p{L}\p{M} \t#'’-]+$/u.test(label) || label.split(/\s+/).length > 8 || NOT_LABEL.test(label) || PLAN_LABEL.test(label)) ok = false;
        labels.push(label);
      }
      const last = items[items.length - 1];
      // ("… in learning: 312 in year 1, 287 in year 2, 215 in year 3 and 196 in year 4": one label counted
      // through from 1, closed by "and", names every class.)
      const numbered = ok && items.length >= 2 && labels.every((l) => /#/u.test(l) && l === labels[0]) && /(?<![\p{L}])(?:and|và)[ \t]*$/u.test(ctx.lower.slice(Math.max(colon, (last.qualifiers[0]?.start ?? last.start) - 6), last.qualifiers[0]?.start ?? last.start)) && items.every((f, i) => new RegExp(`^[^\\d]{0,30}?(?<!\\d)${i + 1}(?!\\d)`, "u").test(ctx.lower.slice(f.end, f.end + 40)));
      if (!ok || (new Set(labels).size !== labels.length && !numbered)) continue;
      const lastAt = last.qualifiers[0]?.start ?? last.start;
      if (named.size && !/(?<![\p{L}])(?:and|và)[ \t]*$/u.test(ctx.lower.slice(Math.max(colon, lastAt - 6), lastAt))) continue;
      // (Only a last item named as the rest closes the list: "412 calls: 212 in March and 150 in
      // April" may leave months out, so otherwise only a sum above the count fails.)
      const andLast = /(?<![\p{L}])(?:and|và)[ \t]*$/u.test(ctx.lower.slice(Math.max(colon, (last.qualifiers[0]?.start ?? last.start) - 6), last.qualifiers[0]?.start ?? last.start));
      const closed = andLast && /(?<![\p{L}])(?:other|others|the rest|remaining|khác|còn lại)(?![\p{L}])/u.test(labels[labels.length - 1]);
      // ("answered 38,470 enquiries: 17,320 in person, 12,065 via live chat and 8,545 by email": three
      // ways or more, closed by "and", read as the whole's breakdown, so just short of it is a miscount (a
      // warning); two may be picked from more.)
      const spelled = andLast && items.length >= 3;
      out.push({ whole: w, wholeNum: w.value!, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: closed || numbered, cue: { start: colon, end: colon + 1 }, listed: true, open: !(closed || spelled) || undefined });
      used.add(w.id);
      for (const f of items) used.add(f.id);
      break;
    }
  }
  return out;
}
