// A count split in the bracket right after it, with no word to open the list: "received 1,164
// licence applications during the year (481 new and 746 renewals)", "tiếp nhận 1.164 hồ sơ (481 hồ
// sơ cấp mới và 746 hồ sơ gia hạn)", "3,412 open jobs (1,187 within target, 1,640 overdue and 621 on
// hold)".
// Strict: the bracket opens right after the count's noun (or a few words of when or where) and holds
// nothing but the items: counts side by side (commas, semicolons, "and"), each with a short label of
// words, no share, change, plan or rate; at least one item is of the whole's noun, bare, or
// named by an adjective; none is larger than the whole. Such a bracket may give only some kinds, so the items
// bound the whole; a last item named as the rest ("and 12 others") makes them all of it.
import { sameNoun } from "../figures/nouns.ts";
import type { Figure } from "../types.ts";
import { D } from "../math/interval.ts";
import { UnitContext, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

/** Between the count's noun and the bracket: when or where, a few words, no figure. */
const LEAD = /^(?:[ \t]+(?:during|in|over|across|for|at|by|from|this|the|that|last|year|quarter|month|period|trong|năm|quý|tháng|kỳ|qua|tại|trên|địa|bàn|(?:19|20)\d\d(?:\/\d{2,4})?)){0,5}(?:[ \t]*,[ \t]*(?:chiếm|accounting[ \t]+for|or)[ \t]+\d[\d.,]*[ \t]*%)?[ \t]*\([\p{L}\p{M} \t'’-]{0,40}:?[ \t]*$/u;
const WORDS_LEAD = /^(?:[ \t]+[\p{L}\p{M}'’-]+){1,7}[ \t]*\($/u;
const SEP = /(?:,|;|(?<![\p{L}])(?:and|và))[ \t]*$/u;
const NOT_LABEL = /(?<![\p{L}])(?:up|down|increase|decrease|rose|fell|compared|against|average|per|each|target|plan|budget|of|than|from|to|tăng|giảm|so[ \t]+với|bình[ \t]+quân|mỗi|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+toán|trên|từ|đến|lên|xuống|năm|year|years|cùng[ \t]+kỳ)(?![\p{L}])/u;
const REST = /(?<![\p{L}])(?:others?|other[ \t]+[\p{L}]+|the[ \t]+rest|remaining|khác|còn[ \t]+lại)(?![\p{L}])/u;
/** An item named by an adjective or a participle, not a noun of its own ("481 new", "621 pending"). */
const ADJECTIVE = /^(?:new|existing|returning|repeat|first-time|open|closed|pending|active|overdue|outstanding|late|early|complete|current|eligible|ineligible|valid|invalid|full-time|part-time|male|female|urban|rural|internal|external|domestic|international|primary|secondary|undergraduate|postgraduate|[a-z]{2,}ed|[a-z]{3,}ing)(?: |$)/u;
const SIDES_VI: [RegExp, RegExp][] = [
  [/(?:^|[ \t])nhà[ \t]+trẻ$/u, /(?:^|[ \t])mẫu[ \t]+giáo$/u],
  [/(?:^|[ \t])nam$/u, /(?:^|[ \t])nữ$/u],
  [/(?:^|[ \t])(?:khu[ \t]+vực[ \t]+)?thành[ \t]+thị$/u, /(?:^|[ \t])(?:khu[ \t]+vực[ \t]+)?nông[ \t]+thôn$/u],
  [/(?:^|[ \t])công[ \t]+lập$/u, /(?:^|[ \t])ngoài[ \t]+công[ \t]+lập$/u],
  [/(?:^|[ \t])trong[ \t]+nước$/u, /(?:^|[ \t])nước[ \t]+ngoài$/u],
  [/(?:^|[ \t])trong[ \t]+tỉnh$/u, /(?:^|[ \t])ngoài[ \t]+tỉnh$/u],
];
/** Two items that are the two sides of one divide ("5,212 primary and 4,714 secondary"): all of the whole. */
const SIDES: [RegExp, RegExp][] = [
  [/^primary(?: |$)/u, /^secondary(?: |$)/u],
  [/^(?:male|men|boys)(?: |$)/u, /^(?:female|women|girls)(?: |$)/u],
  [/^urban(?: |$)/u, /^rural(?: |$)/u],
  [/^full-time(?: |$)/u, /^part-time(?: |$)/u],
  [/^undergraduate(?: |$)/u, /^postgraduate(?: |$)/u],
  [/^(?:domestic|home)(?: |$)/u, /^(?:international|overseas)(?: |$)/u],
  [/^adults?(?: |$)/u, /^(?:children|child|young[ \t]+people)(?: |$)/u],
  [/^(?:nam)$/u, /^(?:nữ)$/u],
  [/^(?:thành thị)$/u, /^(?:nông thôn)$/u],
];

function itemNounOk(f: Figure, w: Figure): boolean {
  if (!f.noun) return true;
  if (sameNoun(f.noun, w.noun) || sameNoun(w.noun, f.noun)) return true;
  // ("481 new applications and 746 renewal applications": the whole's head noun last, in English.)
  if (/^[a-z -]+$/u.test(f.noun + w.noun!) && f.noun.split(" ").pop() === w.noun!.split(" ").pop()) return true;
  // ("481 hồ sơ cấp mới": the whole's head first, in Vietnamese.)
  if (!/^[a-z -]+$/u.test(f.noun) && f.noun.split(" ")[0] === w.noun!.split(" ")[0] && f.noun.split(" ").length > 1) return true;
  // ("742 xe tập lái (xe hạng B: 608 xe; …)": the whole's head alone.)
  if (!/^[a-z -]+$/u.test(w.noun!) && f.noun === w.noun!.split(" ")[0]) return true;
  return ADJECTIVE.test(f.noun);
}

export function findBracketSplits(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  if (!ctx.text.includes("(")) return out;
  for (const s of ctx.sentences) {
    if (s.figs.length < 3) continue;
    for (let wi = 0; wi + 2 < s.figs.length; wi++) {
      const w = s.figs[wi];
      // (The whole may be another list's part: "… trong đó … 27.566 trẻ, chiếm 28,0% (nhà trẻ 9.842 trẻ, …)".)
      if (w.kind !== "number" || !isCount(w) || !w.noun || !w.value || w.qualifiers.length || w.unit) continue;
      if (/\([^()]*$/u.test(ctx.text.slice(s.start, w.start))) continue;
      const nounEnd = ctx.lower.indexOf(w.noun, w.end);
      if (nounEnd < 0 || nounEnd - w.end > 3) continue;
      const afterNoun = nounEnd + w.noun.length;
      // (Past the whole's own share: "27.566 trẻ, chiếm 28,0% (nhà trẻ …".)
      const first = s.figs[wi + 1].kind === "percent" && s.figs[wi + 2] ? s.figs[wi + 2] : s.figs[wi + 1];
      // ("87 certificates were revoked during the year (32 firearm certificates and …)", "27 hồ sơ có sai sót
      // về thủ tục (17 hồ sơ …)": a few words of any kind, when every item is named by the whole's noun.)
      const leadText = ctx.lower.slice(afterNoun, first.qualifiers[0]?.start ?? first.start);
      const listLead = LEAD.exec(leadText);
      const lead = listLead ?? WORDS_LEAD.exec(leadText);
      if (!lead) continue;
      const wordsLead = !listLead;
      const open = afterNoun + lead[0].lastIndexOf("(");
      const close = ctx.text.indexOf(")", open);
      if (close < 0 || close > s.end || /\(/u.test(ctx.text.slice(open + 1, close))) continue;
      const items = s.figs.filter((f) => f.start > open && f.end <= close);
      if (items.length < 2) continue;
      let ok = true;
      for (let i = 0; i < items.length && ok; i++) {
        const f = items[i];
        // ("21,874 hours of volunteering (cadets 16,392 hours, leaders 5,482 hours)": time split into time.)
        if (f.kind !== "number" || !isCount(f) || f.qualifiers.length || f.unit || !f.value || used.has(f.id) || (/^(?:months?|years?|days?|weeks?|hours?|tháng|năm|ngày|tuần|giờ)(?: |$)/u.test(f.noun ?? "") && f.noun !== w.noun)) ok = false;
        else if (wordsLead && !(f.noun && itemNounOk(f, w))) ok = false;
        else if (new D(f.value.exact).gt(w.value.exact)) ok = false;
        else if (i > 0 && !/(?:,|;|(?<![\p{L}])(?:and|và))/u.test(ctx.lower.slice(items[i - 1].end, f.start))) ok = false;
      }
      if (!ok) continue;
      // What stands between the items names them: words only ("481 new and 746 renewals", "nhà trẻ 9.842
      // trẻ, mẫu giáo 17.274 trẻ"), no change, plan or rate.
      const bounds = [open + 1, ...items.flatMap((f) => [f.start, f.end]), close];
      const segments: string[] = [];
      for (let i = 0; i < bounds.length; i += 2) segments.push(ctx.lower.slice(bounds[i], bounds[i + 1]).replace(/(?:,|;|(?<![\p{L}])(?:and|và)(?![\p{L}]))/gu, " ").trim());
      // ("(xe hạng B: 608 xe; hạng C: 69 xe; hạng D, E: 38 xe)": a label may end in its colon.)
      if (segments.some((t) => !/^[\p{L}\p{M} \t'’-]{0,60}:?$/u.test(t) || NOT_LABEL.test(t)) || !segments.slice(0, -1).some((t) => t.length > 0) && !segments.slice(1).some((t) => t.length > 0)) continue;
      const labels = items.map((f, i) => `${segments[i]}|${segments[i + 1]}`);
      const side = (f: Figure, i: number) => f.noun ?? segments[i];
      const sided = items.length === 2 && SIDES.some(([x, y]) => (x.test(side(items[0], 0)) && y.test(side(items[1], 1))) || (y.test(side(items[0], 0)) && x.test(side(items[1], 1))));
      // ("3,964 new referrals (3,121 adults and 852 children)": the two sides of a divide need no noun of the whole's.)
      if (new Set(labels).size !== labels.length || (!sided && !items.some((f) => itemNounOk(f, w)))) continue;
      // ("(nhà trẻ 9.842 trẻ, mẫu giáo 17.274 trẻ)": in Vietnamese the side is named before its count.)
      const sidedVi = items.length === 2 && SIDES_VI.some(([x, y]) => (x.test(segments[0]) && y.test(segments[1])) || (y.test(segments[0]) && x.test(segments[1])));
      const closed = sided || sidedVi || REST.test(segments[segments.length - 1]) || REST.test(segments[segments.length - 2]) || REST.test(items[items.length - 1].noun ?? "");
      // ("(xe hạng B: 608 xe; hạng C: 69 xe; hạng D, E: 38 xe)": items named as classes of one scale read
      // as the whole's breakdown, so a sum just short of it is a slip.)
      const classed = items.every((f, i) => /(?<![\p{L}])(?:hạng|loại|cấp|class|grade|band|nhóm|category|tier)[ \t]+[\p{L}\d]{1,3}(?![\p{L}\d])/u.test(segments[i]));
      out.push({ whole: w, wholeNum: w.value, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: closed, cue: { start: open, end: open + 1 }, listed: true, open: (!closed && !classed) || undefined });
      used.add(w.id);
      for (const f of items) used.add(f.id);
    }
  }
  return out;
}
