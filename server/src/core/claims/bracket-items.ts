// A count broken down into named items, each item's count alone in brackets after its name: "The 74
// recoveries comprised subletting (29), non-residence (34), succession or assignment fraud (8) and
// false applications (6)", "Nguyên nhân không đạt của 3.213 hộ: vi phạm quy định về sinh con thứ ba
// (1.126 hộ), vi phạm pháp luật (384 hộ), chưa thực hiện tốt vệ sinh môi trường (1.730 hộ)".
// Strict: the words that open the list follow the count with nothing but words between; every item
// is a name of words and one bracket holding only a count (of the whole's noun, or none), perhaps with
// its share; the items are side by side (commas, semicolons, "and"), at least two, and nothing else of
// the sentence after them but words. "comprised", "gồm" and the like list all of the count.
import { sameNoun } from "../figures/nouns.ts";
import type { Figure } from "../types.ts";
import { UnitContext, isCount } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const OPENER = /^[\p{L}\p{M} \t'’-]{0,40}?(?:(comprised|comprises|comprise|comprising|consisted[ \t]+of|consists[ \t]+of|made[ \t]+up[ \t]+of|broken[ \t]+down[ \t]+into|split[ \t]+into|bao[ \t]+gồm|gồm(?:[ \t]+có)?|chia[ \t]+ra|chia[ \t]+thành|(?:were|was)[ \t]+(?:lost|due|attributed|put[ \t]+down)[ \t]+to|(?:were|was)[ \t]+caused[ \t]+by|went[ \t]+to|came[ \t]+from)|(?:were|was|included|including|are|là))?[ \t]*:?[ \t]*$/u;
const ALL = /^(?:comprised|comprises|comprise|comprising|consisted[ \t]+of|consists[ \t]+of|made[ \t]+up[ \t]+of|broken[ \t]+down[ \t]+into|split[ \t]+into|bao[ \t]+gồm|gồm(?:[ \t]+có)?|chia[ \t]+ra|chia[ \t]+thành)$/u;
/** What a name may not hold: a change, a comparison, a plan or a rate. */
const NOT_NAME = /(?<![\p{L}])(?:up|down|increase|decrease|rose|fell|compared|against|average|per|each|target|plan|tăng|giảm|so[ \t]+với|bình[ \t]+quân|mỗi|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu)(?![\p{L}])/u;
const SEP = /^[ \t]*(?:,|;|(?:,[ \t]*)?(?:and|và))[ \t]+/u;

export function findBracketItems(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  if (!ctx.text.includes("(")) return out;
  for (const s of ctx.sentences) {
    if (s.figs.length < 3) continue;
    for (let wi = 0; wi + 2 < s.figs.length; wi++) {
      const w = s.figs[wi];
      if (w.kind !== "number" || !isCount(w) || !w.noun || used.has(w.id) || w.qualifiers.length || w.unit) continue;
      // (The whole outside brackets itself.)
      if (/\([^()]*$/u.test(ctx.text.slice(s.start, w.start))) continue;
      const from = w.end + w.noun.length + 1;
      const items: Figure[] = [];
      let at = from;
      let opener: RegExpExecArray | null = null;
      let ok = true;
      for (let k = wi + 1; k < s.figs.length; k++) {
        const f = s.figs[k];
        const open = ctx.text.lastIndexOf("(", f.start);
        if (open < at || !/^[ \t]*$/u.test(ctx.text.slice(open + 1, f.qualifiers[0]?.start ?? f.start))) { ok = false; break; }
        // The item's name: from the separator (or the opener) to the bracket.
        let lead = ctx.lower.slice(at, open);
        if (items.length === 0) {
          // "… 74 recoveries comprised subletting (": the opener, then the first name.
          const words = lead.split(/[ \t]+/u);
          let found = false;
          for (let cut = 1; cut < words.length && !found; cut++) {
            const m = OPENER.exec(words.slice(0, cut).join(" ").trimEnd());
            if (m && (m[1] || /:[ \t]*$/u.test(words.slice(0, cut).join(" ")))) {
              opener = m;
              lead = words.slice(cut).join(" ");
              found = true;
            }
          }
          if (!found) {
            const colon = lead.indexOf(":");
            if (colon < 0 || !/^[\p{L}\p{M} \t'’-]{0,40}$/u.test(lead.slice(0, colon))) { ok = false; break; }
            lead = lead.slice(colon + 1);
          }
        } else {
          const sep = SEP.exec(lead);
          if (!sep) { ok = false; break; }
          lead = lead.slice(sep[0].length);
        }
        if (!/^[ \t]*[\p{L}\p{M}][\p{L}\p{M} \t,'’/&-]{1,120}?[ \t]*$/u.test(lead) || NOT_NAME.test(lead)) { ok = false; break; }
        if (f.kind !== "number" || !isCount(f) || f.qualifiers.length || f.unit || (f.noun && !sameNoun(f.noun, w.noun) && !sameNoun(w.noun, f.noun)) || used.has(f.id)) { ok = false; break; }
        // The bracket holds the count, perhaps its noun and its share ("(29; 39.2%)"), nothing else.
        const close = ctx.text.indexOf(")", f.end);
        if (close < 0 || close > s.end) { ok = false; break; }
        const inside = ctx.lower.slice(f.end, close).replace(f.noun ?? "\u0000", "");
        if (!/^[ \t]*(?:[;,][ \t]*\d{1,3}(?:[.,]\d+)?[ \t]*%)?[ \t]*$/u.test(inside)) { ok = false; break; }
        items.push(f);
        at = close + 1;
        if (s.figs[k + 1] && s.figs[k + 1].start < close) k++;
      }
      if (items.length < 2) continue;
      // Nothing of the sentence after the items but words: "… and false applications (6)."
      const tail = ctx.lower.slice(at, s.end);
      if (!ok && /\d/u.test(tail)) continue;
      if (!/^[^\d();]*$/u.test(tail.split(/[.;]/u)[0])) continue;
      const cue = opener?.[1] ?? "";
      // ("The 270 missed visits were caused by vehicle breakdowns (142), severe weather (81) and staff absence
      // (47)": the causes of all of them, closed by "and", unless only the main ones.)
      const causesAll = /^(?:were|was)[ \t]+(?:caused[ \t]+by|due[ \t]+to|attributed[ \t]+to)$/u.test(cue) && !/(?<![\p{L}])(?:mainly|mostly|chiefly|largely|primarily|including|main|principal)(?![\p{L}])/u.test(ctx.lower.slice(w.end, items[0].start)) && /(?<![\p{L}])and[ \t]+[^,;()]*\([ \t]*$/u.test(ctx.lower.slice(items[items.length - 2].end, items[items.length - 1].start));
      // ("… lists not filled in time (61) and other causes (33)": a last item named as the rest closes it.)
      const lastName = ctx.lower.slice(Math.max(s.start, ctx.text.lastIndexOf(",", items[items.length - 1].start), ctx.lower.lastIndexOf(" and ", items[items.length - 1].start)), items[items.length - 1].start);
      out.push({ whole: w, wholeNum: w.value!, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: ALL.test(cue) || causesAll || /(?<![\p{L}])(?:other|others|khác|còn[ \t]+lại)(?![\p{L}])/u.test(lastName), listed: true });
      used.add(w.id);
      for (const f of items) used.add(f.id);
      break;
    }
  }
  return out;
}

/** "3,512 applications (Quarter 1: 1,139; Quarter 2: 1,109; Quarter 3: 1,183)", "1.245 hồ sơ (quý I:
 * 402; quý II: 417; quý III: 426)": a count broken down in the bracket right after it, each item a
 * label, a colon and a count. Items named by periods split the count over them, all of it. */
const PERIOD_LABEL = /^(?:quarter[ \t]*[1-4]|q[1-4]|quý[ \t]*(?:i{1,3}|iv|[1-4])|month[ \t]*\d{1,2}|tháng[ \t]*\d{1,2}|(?:năm[ \t]+)?(?:19|20)\d\d(?:\/\d{2})?|h[12]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)$/u;

export function findBracketLabelled(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  if (!ctx.text.includes("(")) return out;
  for (const s of ctx.sentences) {
    for (let wi = 0; wi + 2 < s.figs.length; wi++) {
      const w = s.figs[wi];
      if (w.kind !== "number" || !isCount(w) || used.has(w.id) || w.qualifiers.length || w.unit || w.scale) continue;
      const open = ctx.text.indexOf("(", w.end);
      if (open < 0 || open > s.end || !/^[ \t\p{L}\p{M}'’-]*$/u.test(ctx.lower.slice(w.end, open))) continue;
      const close = ctx.text.indexOf(")", open);
      if (close < 0 || close > s.end) continue;
      const inner = ctx.lower.slice(open + 1, close);
      const items = inner.split(/;/u).map((x) => x.trim());
      if (items.length < 2) continue;
      const parts: Figure[] = [];
      const labels: string[] = [];
      let at = open + 1;
      let ok = true;
      for (const it of items) {
        const m = /^([\p{L}\p{M}\d \t\/'’-]{1,40}?)[ \t]*:[ \t]*$/u.exec(it.replace(/[\d.,]+(?:[ \t]+[\p{L}\p{M}]+)?$/u, ""));
        const f = s.figs.find((g) => g.start >= at && g.end <= close + 1 && g.kind === "number");
        if (!m || !f || !isCount(f) || f.qualifiers.length || f.unit || (f.noun && !sameNoun(f.noun, w.noun ?? f.noun))) { ok = false; break; }
        parts.push(f);
        labels.push(m[1].trim());
        at = f.end;
      }
      if (!ok || parts.length < 2 || s.figs.some((g) => g.start > open && g.end < close && !parts.includes(g))) continue;
      // ("lũy kế từ năm 2022 đến nay là 118 phiên (năm 2022: 31 phiên; năm 2023: 39 phiên)": a running
      // total to date holds the current period too, told elsewhere.)
      const toDate = /(?<![\p{L}])(?:lũy[ \t]+kế|luỹ[ \t]+kế|đến[ \t]+nay|tính[ \t]+đến|cumulative(?:ly)?|to[ \t]+date|since|so[ \t]+far)(?![\p{L}])/u.test(ctx.lower.slice(Math.max(s.start, w.start - 60), w.start));
      const periods = labels.every((l) => PERIOD_LABEL.test(l)) && !toDate;
      out.push({ whole: w, wholeNum: w.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: periods, listed: true });
      used.add(w.id);
      for (const f of parts) used.add(f.id);
    }
  }
  return out;
}

/** "Of 18,720 scheduled sessions, 1,274 were cancelled (6.8%). Cancellations were caused by regime
 * restrictions (658 sessions), staff absence (412) and other reasons (195)": the items' sentence opens
 * on a noun the whole's verb names ("cancelled"), then words that list what made it up. */
const CAUSED = /^[\s*•-]*(?:the[ \t]+)?([\p{L}-]{4,})(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+(?:were|was)[ \t]+(?:(?:mainly|mostly|largely)[ \t]+)?(?:caused[ \t]+by|due[ \t]+to|attributed[ \t]+to|made[ \t]+up[ \t]+of|split[ \t]+between|spread[ \t]+across|accounted[ \t]+for[ \t]+by)[ \t]+/u;

export function findBracketCauses(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  if (ctx.lang !== "en" || !ctx.text.includes("(")) return out;
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    if (s.figs.length < 2) continue;
    const m = CAUSED.exec(ctx.lower.slice(s.start, s.figs[0].start));
    if (!m) continue;
    const prev = ctx.sentences[si - 1];
    if (!/^[ \t]*$/u.test(ctx.text.slice(prev.end, s.start))) continue;
    const stem = m[1].slice(0, 5);
    // (The whole may be a part of the sentence before's own breakdown: "Of 18,720 sessions, 1,274 were cancelled".)
    const wholes = prev.figs.filter((f) => f.kind === "number" && isCount(f) && !f.unit && !f.qualifiers.length && new RegExp(`^(?:[ \\t]+[\\p{L}-]+)?[ \\t]+(?:(?:were|was|had[ \\t]+been|have[ \\t]+been)[ \\t]+)?${stem}`, "u").test(ctx.lower.slice(f.end, f.end + 50)));
    if (wholes.length !== 1) continue;
    const w = wholes[0];
    // Each item: a name, then its count alone in its bracket (its noun allowed), side by side.
    const items: Figure[] = [];
    let at = s.start + m.index + m[0].length;
    let ok = true;
    for (const f of s.figs) {
      const open = ctx.text.lastIndexOf("(", f.start);
      let lead = ctx.lower.slice(at, open);
      if (open < at || !/^[ \t]*$/u.test(ctx.text.slice(open + 1, f.start))) { ok = false; break; }
      if (items.length) {
        const sep = SEP.exec(lead);
        if (!sep) { ok = false; break; }
        lead = lead.slice(sep[0].length);
      }
      if (!/^[ \t]*[\p{L}\p{M}][\p{L}\p{M} \t,'’/&-]{1,120}?[ \t]*$/u.test(lead) || NOT_NAME.test(lead)) { ok = false; break; }
      if (f.kind !== "number" || !isCount(f) || f.qualifiers.length || f.unit || used.has(f.id) || (f.noun && w.noun && !sameNoun(f.noun, w.noun) && !sameNoun(w.noun, f.noun) && !/^[a-z]+s$/u.test(f.noun))) { ok = false; break; }
      const close = ctx.text.indexOf(")", f.end);
      if (close < 0 || close > s.end || !/^[ \t]*$/u.test(ctx.lower.slice(f.end, close).replace(f.noun ?? "\u0000", ""))) { ok = false; break; }
      items.push(f);
      at = close + 1;
    }
    if (!ok || items.length < 2 || !/^[^\d()]*$/u.test(ctx.lower.slice(at, s.end))) continue;
    const lastName = ctx.lower.slice(items.length > 1 ? ctx.text.lastIndexOf(")", items[items.length - 1].start) + 1 : s.start, items[items.length - 1].start);
    const closed = /(?<![\p{L}])(?:other|others|the[ \t]+rest|remaining)(?![\p{L}])/u.test(lastName);
    out.push({ whole: w, wholeNum: w.value!, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: closed, listed: true });
    used.add(w.id);
    for (const f of items) used.add(f.id);
  }
  return out;
}
