// Labelled amounts of one unit, then their total in the same sentence: "Sản lượng lúa chất lượng cao
// đạt 141.519 tấn, lúa thường 87.681 tấn; tổng sản lượng lúa vụ Mùa đạt 229.200 tấn", "Lúa 141.519
// tấn, ngô 87.681 tấn, tổng cộng 229.200 tấn", "£1.2m from grants and £0.8m from donations, a total
// of £2.0m".
//
// Trust first: the amounts stand side by side, each after its own label of words only (no change,
// plan or comparison word), of one unit and scale; the total follows words of summing. "Tổng cộng",
// "a total of" say the amounts are all of it; "tổng <tên> đạt" does so only when every later label
// opens with a word of the total's name (kinds of it); otherwise a sum above the total fails alone.
import type { Figure } from "../types.ts";
import type { Sentence, UnitContext } from "./context.ts";
import type { TotalParts } from "./parts.ts";

const SUMMED = /(?:[,;][ \t]*|(?<![\p{L}])(?:và|and)[ \t]+)(?:(?:nâng|đưa)[ \t]+)?(tổng[ \t]+cộng(?:[ \t]+(?:là|đạt))?|(?:a|giving a|making a|for a) total of|in total|totalling|totaling|bringing the total to|tổng((?:[ \t]+[\p{L}\p{M}]+){1,7}?)[ \t]+(?:ước[ \t]+)?(?:đạt|là|lên))[ \t]*$/u;
/** Words of a change, a plan, an average or a breakdown of its own: no label of an amount in a list. */
const CHANGE_PLAN_WORDS = "tăng|giảm|so với|cùng kỳ|kế hoạch|dự toán|mục tiêu|chỉ tiêu|bình quân|trung bình|mỗi|lũy kế|luỹ kế|up|down|than|compared|against|target|budget|plan|forecast|average|per|each|cumulative|previous|last year|năm trước|trong đó|of which|including|gồm";
const NOT_LABEL = new RegExp(`(?<![\\p{L}])(?:${CHANGE_PLAN_WORDS}|from)(?![\\p{L}])`, "u");
/** An item's label after a colon may name a source ("from grants"), never a signed amount ("over", "thiếu"). */
const NOT_ITEM = new RegExp(`(?<![\\p{L}])(?:${CHANGE_PLAN_WORDS}|over|under|surplus|deficit|overspent|underspent|thừa|thiếu|vượt|hụt)(?![\\p{L}])`, "u");
const GAP = /^[ \t]*(?:[,;][ \t]*(?:(?:và|and)[ \t]+)?|[ \t](?:và|and)[ \t]+)([\p{L}\p{M}][\p{L}\p{M} '’-]{1,60}?)[ \t]*(?::[ \t]*)?$/u;

function sameKind(a: Figure, b: Figure): boolean {
  return a.kind === "number" && b.kind === "number" && !!a.unit && a.unit === b.unit && a.unit !== "%" && !a.unit.includes("/") && (a.scale?.factor ?? "1") === (b.scale?.factor ?? "1") && !a.perYear && !b.perYear && !!a.value && !!b.value && !a.qualifiers.length && !b.qualifiers.length;
}

export function findAmountsThenTotal(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (const s of ctx.sentences) {
    for (let k = 2; k < s.figs.length; k++) {
      const t = s.figs[k];
      const prev = s.figs[k - 1];
      if (used.has(t.id) || !sameKind(t, prev)) continue;
      const cue = SUMMED.exec(ctx.lower.slice(Math.max(s.start, prev.end), t.start));
      if (!cue || cue.index > 40) continue;
      // The amounts before, back to the first whose neighbour before it is no amount of the list.
      const parts = [prev];
      const labels: string[] = [];
      for (let j = k - 2; j >= 0; j--) {
        const f = s.figs[j];
        const g = GAP.exec(ctx.lower.slice(f.end, parts[0].start));
        if (!g || !sameKind(f, t) || used.has(f.id) || NOT_LABEL.test(g[1])) break;
        labels.unshift(g[1]);
        parts.unshift(f);
      }
      if (parts.length < 2 || parts.some((f) => used.has(f.id))) continue;
      // (The first amount's own label: the clause's words before it, with no change or plan in them.)
      const clause = ctx.lower.slice(s.start, parts[0].start);
      const open = s.start + Math.max(clause.lastIndexOf(";"), clause.lastIndexOf(":")) + 1;
      const firstLabel = ctx.lower.slice(open, parts[0].start);
      if (NOT_LABEL.test(firstLabel) || /\d/u.test(firstLabel.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, ""))) continue;
      const name = cue[2]?.trim();
      const kinds = !!name && labels.every((l) => { const w = l.split(/[ \t]+/u)[0]; return w.length >= 2 && new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(name); });
      const exhaustive = !name || kinds;
      out.push({ whole: t, wholeNum: t.value!, parts: parts.map((f) => ({ figure: f, num: f.value! })), exhaustive, amounts: true, listed: true, open: !exhaustive || undefined });
      used.add(t.id);
      for (const f of parts) used.add(f.id);
    }
  }
  return out;
}

const ITEM_GAP = /^[ \t]+([\p{L}\p{M}][\p{L}\p{M} '’()-]{1,70}?)[ \t]*(?:,[ \t]*(?:and[ \t]+|và[ \t]+)?|[ \t](?:and|và)[ \t]+|;[ \t]*(?:and[ \t]+|và[ \t]+)?)$/u;

const LABEL_FIRST = /^[ \t]+[\p{L}\p{M}][\p{L}\p{M} '’()&\/-]{1,60}?[ \t]*:?[ \t]*$/u;
const LABEL_NEXT = /^[ \t]*(?:,|;)[ \t]*(?:and[ \t]+|và[ \t]+)?[\p{L}\p{M}][\p{L}\p{M} '’()&\/-]{1,60}?[ \t]*:?[ \t]*$|^[ \t]+(?:and|và)[ \t]+[\p{L}\p{M}][\p{L}\p{M} '’()&\/-]{1,60}?[ \t]*:?[ \t]*$/u;

/** The items after a total's colon, each an amount after its label, to the sentence's end. */
function labelledItems(ctx: UnitContext, s: Sentence, k: number, w: Figure, used: Set<number>): { parts: Figure[]; closed: boolean } | undefined {
  const parts: Figure[] = [];
  for (let j = k + 1; j < s.figs.length; j++) {
    const f = s.figs[j];
    if (!sameKind(f, w) || used.has(f.id) || f.qualifiers.length) return undefined;
    if (j > k + 1) {
      const gap = ctx.lower.slice(s.figs[j - 1].end, f.qualifiers[0]?.start ?? f.start);
      if (!LABEL_NEXT.test(gap) || NOT_ITEM.test(gap)) return undefined;
    }
    parts.push(f);
  }
  const last = parts[parts.length - 1];
  if (parts.length < 2 || !/^[ \t]*(?:\([^()]*\))?[ \t]*[.;]?[ \t]*$/u.test(ctx.lower.slice(last.end, s.end))) return undefined;
  // ("…, and communications and other costs £0.31m": "and" before the last label closes the list.)
  // ("…, chi khác 0,13 tỷ đồng": so does a last item of all the others.)
  const lastLabel = ctx.lower.slice(parts[parts.length - 2].end, last.qualifiers[0]?.start ?? last.start);
  const closed = parts.length >= 3 && (/(?:,|^)[ \t]*(?:and|và)[ \t]+\p{L}|^[ \t]+(?:and|và)[ \t]+\p{L}/u.test(lastLabel) || /(?<![\p{L}])(?:khác|other|others|còn[ \t]+lại|remaining|the[ \t]+rest)(?![\p{L}])/u.test(lastLabel));
  return { parts, closed };
}

export function findAmountColonLists(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (const s of ctx.sentences) {
    for (let k = 0; k + 2 < s.figs.length; k++) {
      const w = s.figs[k];
      if (used.has(w.id) || w.kind !== "number" || !w.unit || w.unit === "%" || w.unit.includes("/") || w.perYear || w.qualifiers.length || !w.value) continue;
      // ("overspent by a net £6.0m: £9.4m over on staffing and £3.4m under on supplies": a net sum of
      // signed items is no total of them.)
      if (/(?<![\p{L}])(?:net|ròng|by|bằng|tăng|giảm|up|down)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, (w.qualifiers[0]?.start ?? w.start) - 12), w.qualifiers[0]?.start ?? w.start))) continue;
      const near = ctx.text.slice(w.end, Math.min(s.figs[k + 1].start, w.end + 71)).indexOf(":");
      if (near < 0) continue;
      const colon = w.end + near;
      const phrase = ctx.lower.slice(w.end, colon).replace(/(?<!\d)(?:19|20)\d\d(?:[\/–-]\d{2,4})?(?!\d)/gu, "");
      if (!/^[\p{L}\p{M} \t'’-]*$/u.test(phrase) || NOT_LABEL.test(phrase)) continue;
      // ("The capital budget … is £2.84m: vehicles £1.92m, caddies and communal bins £0.61m, and
      // communications and other costs £0.31m": or each item's label before its amount.)
      const lead = ctx.lower.slice(colon + 1, s.figs[k + 1].qualifiers[0]?.start ?? s.figs[k + 1].start);
      if (!/^[ \t]*$/u.test(lead)) {
        const items = LABEL_FIRST.test(lead) && !NOT_ITEM.test(lead) ? labelledItems(ctx, s, k, w, used) : undefined;
        if (items) {
          // ("Project funding of £1.284m comprised: county council: £0.612m; …": a word that says the list is all.)
          const all = items.closed || /(?<![\p{L}])(?:comprised|comprises|comprise|comprising|consists[ \t]+of|consisted[ \t]+of|consisting[ \t]+of|made[ \t]+up[ \t]+of|gồm|bao[ \t]+gồm|gồm[ \t]+có)(?![\p{L}])/u.test(phrase);
          out.push({ whole: w, wholeNum: w.value, parts: items.parts.map((f) => ({ figure: f, num: f.value! })), exhaustive: all, amounts: true, listed: true, open: !all || undefined, cue: { start: colon, end: colon + 1 } });
          used.add(w.id);
          for (const f of items.parts) used.add(f.id);
        }
        continue;
      }
      const items: Figure[] = [];
      let closed = false;
      for (let j = k + 1; j < s.figs.length; j++) {
        const f = s.figs[j];
        if (!sameKind(f, w) || used.has(f.id)) break;
        items.push(f);
        const next = s.figs[j + 1];
        // (A bracket glosses its item's label: "£1.20m in welfare benefits (chiefly Universal Credit, …)".)
        const tail = ctx.lower.slice(f.end, next ? next.qualifiers[0]?.start ?? next.start : s.end).replace(/[ \t]*\([^()]*\)/gu, "");
        if (!next || !sameKind(next, w)) {
          // (The last item's label runs to its sentence's end.)
          closed = items.length >= 2 && /(?<![\p{L}])(?:and|và)[ \t]+$/u.test(ctx.lower.slice(items[items.length - 2].end, f.qualifiers[0]?.start ?? f.start).replace(/^[ \t]+[\p{L}\p{M} '’()-]{1,70}?(?=[ \t]*(?:,|and|và))/u, "").replace(/^[ \t]*,?/u, " "));
          if (!/^[ \t]+[\p{L}\p{M} '’()-]{1,70}?[ \t]*(?:[.;]|$)/u.test(tail) && !/^[ \t]*[.;]?[ \t]*$/u.test(tail)) items.length = 0;
          break;
        }
        const g = ITEM_GAP.exec(tail);
        if (!g || NOT_ITEM.test(g[1])) { items.length = 0; break; }
      }
      if (items.length < 2) continue;
      const exhaustive = closed && items.length >= 3;
      out.push({ whole: w, wholeNum: w.value, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive, amounts: true, listed: true, open: !exhaustive || undefined, cue: { start: colon, end: colon + 1 } });
      used.add(w.id);
      for (const f of items) used.add(f.id);
    }
  }
  return out;
}

/** "Programme income totalled £1.38m in 2023/24:" and then a bullet per source, "- Trusts and
 * foundations: £463,000": a total said at the end of its line, broken down by the bullets below it. */
const BULLET = /^\s*(?:[-*•+]|\d{1,2}[.)])[ \t]+/u;
const TOTAL_VERB = /(?<![\p{L}])(?:totalled|totaled|totals|total[ \t]+of|amounted[ \t]+to|came[ \t]+to|was|were|reached|tổng[ \t]+(?:cộng|số|thu|chi|kinh[ \t]+phí)?(?:[ \t]+[\p{L}\p{M}]+){0,4}?[ \t]+(?:là|đạt))[ \t]*(?:[£$€]|vnd|usd)?[ \t]*$/u;

export function findAmountBulletLists(ctx: UnitContext, used: Set<number>): TotalParts[] {
  const out: TotalParts[] = [];
  for (let si = 0; si + 2 < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const w = s.figs[s.figs.length - 1];
    if (!w || used.has(w.id) || w.kind !== "number" || !w.unit || w.unit === "%" || w.unit.includes("/") || w.perYear || w.qualifiers.length || !w.value) continue;
    const tail = ctx.text.slice(w.end, s.end + 2).replace(/(?<!\d)(?:19|20)\d\d(?:[\/–-]\d{2,4})?(?!\d)/gu, "");
    if (!/^[^\d;:.\n]{0,40}:[ \t]*(?:\r?\n|$)/u.test(tail) || !TOTAL_VERB.test(ctx.lower.slice(Math.max(s.start, (w.qualifiers[0]?.start ?? w.start) - 40), w.qualifiers[0]?.start ?? w.start))) continue;
    const items: Figure[] = [];
    for (let j = si + 1; j < ctx.sentences.length; j++) {
      const t = ctx.sentences[j];
      const line = ctx.text.slice(t.start, t.end);
      if (!BULLET.test(line)) break;
      const amounts = t.figs.filter((f) => f.kind === "number" && !!f.unit && f.unit !== "%");
      const f = amounts[0];
      // One amount of the total's unit a line, after a label of words (a percentage in brackets may follow).
      if (amounts.length !== 1 || !f.value || f.unit !== w.unit || f.unit.includes("/") || f.qualifiers.length || used.has(f.id)) { items.length = 0; break; }
      const label = ctx.lower.slice(t.start, f.start).replace(BULLET, "").replace(/\([^()]*\)/gu, " ");
      if (!/^[\p{L}\p{M} ,'’&-]{2,80}:?[ \t]*$/u.test(label) || NOT_ITEM.test(label)) { items.length = 0; break; }
      items.push(f);
    }
    if (items.length < 2) continue;
    out.push({ whole: w, wholeNum: w.value, parts: items.map((f) => ({ figure: f, num: f.value! })), exhaustive: false, amounts: true, listed: true, bulleted: true, cue: { start: w.end, end: w.end + 1 } });
    used.add(w.id);
    for (const f of items) used.add(f.id);
  }
  return out;
}
