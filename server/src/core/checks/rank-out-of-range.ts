// rank-out-of-range: "xếp thứ 70/63 tỉnh, thành phố" — a rank beyond the number ranked.
import type { UnitContext } from "../claims/context.ts";
import { findRatios, findTotalParts } from "../claims/parts.ts";
import { fmt } from "../math/format.ts";
import { D } from "../math/interval.ts";
import type { Figure, Span } from "../types.ts";
import { findListedRankings, findRankOrders, rankHolds, rankRange } from "../claims/rank-order.ts";
import { findBehindRanks } from "../claims/rank-behind.ts";
import { findRankMoves } from "../claims/rank-move.ts";
import { findRanksAmong } from "../claims/rank-among.ts";

export const RULE = "rank-out-of-range";

export function checkRank(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const r of findRatios(ctx, findTotalParts(ctx))) {
    if (!r.isRank) continue;
    const f = r.figure;
    const x = new D(f.numerator!.exact);
    const y = new D(f.denominator!.exact);
    const ok = x.gte(1) && x.lte(y);
    const xs = fmt(x, lang);
    const ys = fmt(y, lang);
    ctx.emit({
      kind: "rank",
      rule: RULE,
      roles: [{ figure: f, role: lang === "vi" ? "thứ hạng" : "rank" }],
      ok,
      explain: { vi: `1 ≤ ${xs} ≤ ${ys} ${ok ? "✓" : "✗"}`, en: `1 ≤ ${xs} ≤ ${ys} ${ok ? "✓" : "✗"}` },
      message: {
        vi: `Thứ hạng ${xs} vượt quá số đơn vị được xếp hạng (${ys})`,
        en: `Rank ${xs} is beyond the number ranked (${ys})`,
      },
    });
  }
}

// "ranked 8th of the six regions", "came 3rd out of the 12 trusts": an ordinal and then the count of
// those ranked, written as a figure of its own (in words or digits) after "of the". Only the rank
// verb before the ordinal makes it a rank.
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};
const ORD = `(\\d{1,3})(?:st|nd|rd|th)|(${Object.keys(ORDINAL_WORDS).join("|")})`;
const RANK_VERB = "(?:ranked|ranking|ranks|placed|came|finished|stood)[ \\t]+(?:joint[ \\t]+)?";
const ORDINAL_OF = new RegExp(`(?<![\\p{L}])${RANK_VERB}(?:${ORD})[ \\t]+(?:of|out[ \\t]+of|among)[ \\t]+(?:the[ \\t]+|all[ \\t]+(?:the[ \\t]+)?)$`, "u");
/** "…, Northern Province, ranked eighth, …": another rank later in the same sentence, of the same count. */
const RANKED_LATER = new RegExp(`(?<![\\p{L}])${RANK_VERB}(?:${ORD})(?![\\p{L}\\d])(?![ \\t]+(?:of|out|among|in|on|for|by|nationally|in[ \\t]+the)(?![\\p{L}]))`, "gu");

/** A sentence that brings in another ranking: nationally, among others, out of another count. */
const OTHER_RANKING = /(?<![\p{L}])(?:national\p{L}*|country|world\p{L}*|global\p{L}*|state\p{L}*|overall|among|out[ \t]+of|of[ \t]+the|of[ \t]+all|previous\p{L}*|last[ \t]+year|in[ \t]+20\d\d)(?![\p{L}])/u;

function ordinal(m: RegExpExecArray): number {
  return m[1] ? +m[1] : ORDINAL_WORDS[m[2]];
}

export function checkOrdinalRank(ctx: UnitContext): void {
  for (const s of ctx.sentences) {
    for (const f of s.figs) {
      if (f.kind !== "number" || f.unit || f.scale || !f.noun || !f.value || f.value.decimals) continue;
      const pre = ctx.lower.slice(Math.max(s.start, f.start - 50), f.start);
      const m = ORDINAL_OF.exec(pre);
      if (!m) {
        amongThenRank(ctx, s, f);
        continue;
      }
      // Another figure between the rank verb and the count is no part of this reading.
      const from = f.start - pre.length + m.index;
      if (s.figs.some((g) => g.start >= from && g.end <= f.start)) continue;
      const count = Number(f.value.exact);
      if (!Number.isInteger(count) || count < 2) continue;
      const ranks: { rank: number; at: number; text: string }[] = [];
      const t = m[1] ?? m[2];
      ranks.push({ rank: ordinal(m), at: from + m[0].indexOf(t, m[0].search(/[\d]|(?<=[ \t])[a-z]+(?=[ \t]+(?:of|out|among))/u)), text: t });
      // The later ranks of the sentence and of the next one in the paragraph ("… ranked first of the
      // eight provinces, Central second. Northern Province, ranked eighth, …"), while no other
      // figure or ranking comes in.
      const k = ctx.sentences.indexOf(s);
      const next = ctx.sentences[k + 1];
      const end = next && /^[ \t]*$/.test(ctx.text.slice(s.end, next.start)) && !OTHER_RANKING.test(ctx.lower.slice(next.start, next.end)) ? next.end : s.end;
      const rest = ctx.lower.slice(f.end, end);
      const figs = next && end === next.end ? [...s.figs, ...next.figs] : s.figs;
      RANKED_LATER.lastIndex = 0;
      for (let r = RANKED_LATER.exec(rest); r; r = RANKED_LATER.exec(rest)) {
        if (figs.some((g) => g.start > f.end && g.start < f.end + r!.index)) break;
        const w = r[1] ?? r[2];
        ranks.push({ rank: ordinal(r), at: f.end + r.index + r[0].lastIndexOf(w), text: w });
      }
      for (const { rank, at, text } of ranks) emitRank(ctx, f, rank, count, { start: at, end: at + text.length });
    }
  }
}

// "Among the 17 water sector projects completed in the region in 2022-2024, it ranked 3rd": the
// count opens the sentence, the rank follows in its main clause.
const AMONG_LEAD = /^[ \t*•-]*(?:among|out[ \t]+of|of)[ \t]+(?:the[ \t]+|all[ \t]+(?:the[ \t]+)?)$/u;
const AMONG_RANK = new RegExp(`^(?:[^;\\d]|(?:19|20)\\d\\d)${"{0,100}"}?,[ \\t]*(?:it|they|we|the[ \\t]+[\\p{L}-]+|this[ \\t]+[\\p{L}-]+)[ \\t]+(?:was[ \\t]+|were[ \\t]+)?${RANK_VERB}(?:${ORD})(?![\\p{L}\\d])(?![ \\t]+(?:of|out|among|nationally)(?![\\p{L}]))`, "u");

function amongThenRank(ctx: UnitContext, s: { start: number; end: number; figs: Figure[] }, f: Figure): void {
  if (!AMONG_LEAD.test(ctx.lower.slice(s.start, f.start))) return;
  const m = AMONG_RANK.exec(ctx.lower.slice(f.end, s.end));
  if (!m) return;
  if (s.figs.some((g) => g.start > f.end && g.start < f.end + m.index + m[0].length && !/^(?:19|20)\d\d/u.test(g.text))) return;
  const count = Number(f.value!.exact);
  if (!Number.isInteger(count) || count < 2) return;
  const w = m[1] ?? m[2];
  const rank = ordinal(m);
  const at = f.end + m.index + m[0].lastIndexOf(w);
  emitRank(ctx, f, rank, count, { start: at, end: at + w.length });
}

/** A rank given in words against the count of what was ranked. */
function emitRank(ctx: UnitContext, f: Figure, rank: number, count: number, at: Span): void {
  const ok = rank >= 1 && rank <= count;
  const lang = ctx.lang;
  ctx.emit({
    kind: "rank",
    rule: RULE,
    roles: [{ figure: f, role: lang === "vi" ? "số đơn vị được xếp hạng" : "number ranked" }],
    ok,
    explain: { vi: `1 ≤ ${rank} ≤ ${count} ${ok ? "✓" : "✗"}`, en: `1 ≤ ${rank} ≤ ${count} ${ok ? "✓" : "✗"}` },
    at,
    message: {
      vi: `Thứ hạng ${rank} vượt quá số đơn vị được xếp hạng (${count})`,
      en: `Rank ${rank} is beyond the number ranked (${count})`,
    },
    related: [{ span: f, message: { vi: "số đơn vị được xếp hạng", en: "number ranked" } }],
  });
}

/** "Cedar Falls … ranked 4th of the five areas by median price" under the table of the five: the
 * rank the column's values give the row (a range where rounded values may tie). */
export function checkRankOrder(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const r of findRankOrders(ctx)) {
    const [best, worst] = rankRange(r);
    const ok = rankHolds(r);
    const name = (r.row.cells.find((c) => /\p{L}/u.test(c.text))?.text ?? r.row.label).replace(/[*_`]/g, "").trim();
    const mine = r.values.find((v) => v.row === r.row)?.text ?? r.value.text;
    const order = [...r.values].sort((a, b) => (r.ascending ? a.iv.mid.cmp(b.iv.mid) : b.iv.mid.cmp(a.iv.mid)));
    const list = order.map((v) => (r.list ? `${v.row.cells[0]?.text ?? v.row.label} ${v.text}` : v.text)).join(r.ascending ? " < " : " > ").replace(/ [<>] $/, "");
    const nth = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;
    // (Ranked in a wider set than the rows: only the rows above it bound its place.)
    const place = r.partial ? `${nth(best)} or lower` : best === worst ? nth(best) : `${nth(best)}–${nth(worst)}`;
    const placeVi = r.partial ? `${best} trở xuống` : best === worst ? String(best) : `${best}–${worst}`;
    // With no direction said: the place from the other end too.
    const [b2, w2] = rankRange({ ...r, ascending: !r.ascending });
    const place2 = b2 === w2 ? nth(b2) : `${nth(b2)}–${nth(w2)}`;
    const placeVi2 = b2 === w2 ? String(b2) : `${b2}–${w2}`;
    const metric = r.metric.replace(/[*_`]/g, "").trim();
    const from = r.list ? { vi: "danh sách nêu", en: "the values listed" } : { vi: "bảng", en: "the table" };
    ctx.emit({
      kind: "rank",
      rule: RULE,
      // (A table of the unit before: its figures are related locations only.)
      roles: r.source !== ctx ? [] : [
        { figure: r.value, role: lang === "vi" ? "giá trị được xếp hạng" : "value ranked" },
        ...r.values.filter((v) => v.row !== r.row).map((v) => ({ figure: v.figure, role: lang === "vi" ? "giá trị khác" : "other value" })),
      ],
      ok,
      at: r.at,
      explain: r.either ? {
        vi: `${metric ? `${metric}: ` : ""}${list}; ${name} (${mine}) đứng thứ ${placeVi}/${r.count} từ trên xuống, thứ ${placeVi2} từ dưới lên, ghi thứ ${r.rank} ${ok ? "✓" : "✗"}`,
        en: `${metric ? `${metric}: ` : ""}${list}; ${name} (${mine}) is ${place} of ${r.count} from the top, ${place2} from the bottom, stated ${nth(r.rank)} ${ok ? "✓" : "✗"}`,
      } : {
        vi: `${metric ? `${metric}: ` : ""}${list}; ${name} (${mine}) đứng thứ ${placeVi}${r.partial ? "" : `/${r.count}`}, ghi thứ ${r.rank} ${ok ? "✓" : "✗"}`,
        en: `${metric ? `${metric}: ` : ""}${list}; ${name} (${mine}) is ${place}${r.partial ? "" : ` of ${r.count}`}, stated ${nth(r.rank)} ${ok ? "✓" : "✗"}`,
      },
      message: !ok && rankHolds({ ...r, ahead: undefined }) && r.ahead?.length ? (() => {
        const named = r.ahead.map((row) => {
          const v = r.values.find((x) => x.row === row);
          return `${(row.cells.find((c) => /\p{L}/u.test(c.text))?.text ?? row.label).replace(/[*_`]/g, "").trim()} (${v?.text ?? ""})`;
        }).join(", ");
        return {
          vi: `Ghi ${name} đứng sau ${named} nhưng ${name} (${mine}) đứng trên theo ${from.vi} (${list})`,
          en: `Said to be behind ${named} but ${name} (${mine}) is ahead in ${from.en} (${list})`,
        };
      })() : r.superlative ? {
        vi: `Ghi "${r.superlative}" nhưng ${name} (${mine}) đứng thứ ${placeVi}${r.partial ? "" : `/${r.count}`} theo ${from.vi} (${list})`,
        en: `Said to have "${r.superlative}" but ${name} (${mine}) comes ${place}${r.partial ? "" : ` of ${r.count}`} in ${from.en} (${list})`,
      } : r.either ? {
        vi: `Ghi thứ ${r.rank}/${r.count} nhưng ${name} (${mine}) đứng thứ ${placeVi} từ trên xuống và thứ ${placeVi2} từ dưới lên theo ${from.vi} (${list})`,
        en: `Ranked ${nth(r.rank)} of ${r.count} but ${name} (${mine}) comes ${place} from the top and ${place2} from the bottom in ${from.en} (${list})`,
      } : {
        vi: `Ghi thứ ${r.rank}/${r.count}${r.list ? "" : ` về “${metric}”`} nhưng ${name} (${mine}) đứng thứ ${placeVi} theo ${from.vi} (${list})`,
        en: `Ranked ${nth(r.rank)} of ${r.count}${r.list ? "" : ` by “${metric}”`} but ${name} (${mine}) comes ${place} in ${from.en} (${list})`,
      },
      related: r.said ? [{ span: ctx.fromPrevious(r.said), message: { vi: "nhận định ở đoạn trên", en: "the words above the table" } }] : [{ span: r.source !== ctx ? ctx.fromPrevious(r.value) : r.value, message: { vi: r.list ? "giá trị nêu" : "giá trị trong bảng", en: r.list ? "value listed" : "value in the table" } }],
    });
  }
}

/** "grew fastest, at 4.6%, followed by Valmir at 4.1%; … ranked third … with growth of 4.5%": each
 * place's value no higher than the one before it (no lower, ranked from the lowest). */
export function checkListedRankings(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const r of findListedRankings(ctx)) {
    const ivs = r.items.map((x) => ctx.interval(x.figure, x.figure.value!));
    for (let j = 1; j < r.items.length; j++) {
      // The nearest earlier place that this value plainly passes.
      let bad = -1;
      for (let i = j - 1; i >= 0; i--) {
        if (r.items[i].place === r.items[j].place) continue;
        if (r.ascending ? ivs[j].hi.lt(ivs[i].lo) : ivs[j].lo.gt(ivs[i].hi)) {
          bad = i;
          break;
        }
      }
      const x = r.items[j];
      const y = bad >= 0 ? r.items[bad] : r.items[j - 1];
      const ok = bad < 0;
      if (ok && y.place === x.place) continue;
      const cmp = r.ascending ? { vi: "thấp hơn", en: "lower than" } : { vi: "cao hơn", en: "higher than" };
      const nth = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;
      ctx.emit({
        kind: "rank",
        rule: RULE,
        roles: [
          { figure: x.figure, role: lang === "vi" ? `giá trị thứ ${x.place}` : `value in ${nth(x.place)} place` },
          { figure: y.figure, role: lang === "vi" ? `giá trị thứ ${y.place}` : `value in ${nth(y.place)} place` },
        ],
        ok,
        at: x.at,
        explain: {
          vi: `thứ ${y.place}: ${y.figure.text}; thứ ${x.place}: ${x.figure.text} ${ok ? "✓" : "✗"}`,
          en: `${nth(y.place)}: ${y.figure.text}; ${nth(x.place)}: ${x.figure.text} ${ok ? "✓" : "✗"}`,
        },
        message: {
          vi: `Xếp thứ ${x.place} với ${x.figure.text}, ${cmp.vi} ${y.figure.text} của vị trí thứ ${y.place}`,
          en: `Placed ${nth(x.place)} with ${x.figure.text}, ${cmp.en} the ${y.figure.text} placed ${nth(y.place)}`,
        },
        related: [{ span: y.figure, message: { vi: `thứ ${y.place}`, en: `${nth(y.place)} place` } }],
      });
    }
  }
}

/** "ranked 3rd of 8 …, behind only the Eastern region", "xếp thứ 3/6, chỉ đứng sau đoàn Thanh Hóa":
 * the place the names ahead give (exactly one more with "only", at least one more without). */
export function checkBehindRanks(ctx: UnitContext): void {
  const lang = ctx.lang;
  const among = findRanksAmong(ctx);
  for (const r of findBehindRanks(ctx)) {
    // (Names with their values and the rank after them: read by the ranks among them.)
    if (among.some((a) => a.side === "behind" && a.rankSpan.start === r.rankSpan.start)) continue;
    const lo = r.min + 1;
    let hi = r.max + 1;
    // Those named behind it, of the number ranked, bound the place from below: at most count − them.
    const floor = r.below && r.count ? r.count - r.below.min : undefined;
    if (floor !== undefined) hi = r.only ? Math.min(hi, floor) : floor;
    const ok = r.only || floor !== undefined ? r.rank >= lo && r.rank <= hi : r.rank >= lo;
    const want = lo === hi ? `${lo}` : `${lo}–${hi}`;
    const n = lo === r.max + 1 ? `${r.min}` : `${r.min}–${r.max}`;
    // Behind some and ahead of others (a bounded place), or behind some only.
    const m = r.below ? (r.below.min === r.below.max ? `${r.below.min}` : `${r.below.min}–${r.below.max}`) : "";
    const bounded = !!r.below && floor !== undefined;
    ctx.emit({
      kind: "rank",
      rule: RULE,
      roles: r.rankFigure ? [{ figure: r.rankFigure, role: lang === "vi" ? "thứ hạng" : "rank" }] : [],
      ok,
      at: r.rankSpan,
      explain: bounded
        ? {
            vi: `đứng sau ${n} (${r.phrase}), trên ${m} (${r.below!.phrase}) trong ${r.count}: thứ ${want}; ghi thứ ${r.rank} ${ok ? "✓" : "✗"}`,
            en: `behind ${n} (${r.phrase}), ahead of ${m} (${r.below!.phrase}) of ${r.count}: place ${want}; stated ${r.rank} ${ok ? "✓" : "✗"}`,
          }
        : {
            vi: `${r.only ? "chỉ " : ""}đứng sau ${n} đơn vị (${r.phrase}): thứ ${r.only ? want : `≥ ${lo}`}; ghi thứ ${r.rank} ${ok ? "✓" : "✗"}`,
            en: `${r.only ? "only " : ""}behind ${n} (${r.phrase}): place ${r.only ? want : `≥ ${lo}`}; stated ${r.rank} ${ok ? "✓" : "✗"}`,
          },
      message: bounded
        ? {
            vi: `Ghi thứ ${r.rank} nhưng đứng sau ${n} đơn vị (${r.phrase}) và trên ${m} đơn vị (${r.below!.phrase}) trong ${r.count}, tức là thứ ${want}`,
            en: `Ranked ${ordEn(r.rank)} but behind ${n} (${r.phrase}) and ahead of ${m} (${r.below!.phrase}) of ${r.count}, which is place ${want}`,
          }
        : r.only
          ? {
              vi: `Ghi thứ ${r.rank} nhưng chỉ đứng sau ${n} đơn vị (${r.phrase}), tức là thứ ${want}`,
              en: `Ranked ${ordEn(r.rank)} but behind only ${n} (${r.phrase}), which is place ${want}`,
            }
          : {
              vi: `Ghi thứ ${r.rank} nhưng đứng sau ${n} đơn vị (${r.phrase}), tức là thứ ${lo} trở xuống`,
              en: `Ranked ${ordEn(r.rank)} but behind ${n} others (${r.phrase}), which is place ${lo} or lower`,
            },
      related: [{ span: r.phraseSpan, message: { vi: "các đơn vị đứng trên", en: "those ahead" } }],
    });
  }
}

function ordEn(n: number): string {
  return `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;
}

/** "ranked 6th …, an improvement of two places on last year, when we were 8th": 8 − 6 = 2 places up. */
export function checkRankMoves(ctx: UnitContext): void {
  for (const r of findRankMoves(ctx)) {
    const moved = r.before - r.now;
    const ok = r.up ? moved === r.places : -moved === r.places;
    const said = `${r.up ? "up" : "down"} ${r.places}`;
    const real = moved === 0 ? "no change" : `${moved > 0 ? "up" : "down"} ${Math.abs(moved)}`;
    ctx.emit({
      kind: "rank",
      rule: RULE,
      roles: [],
      ok,
      at: r.nowSpan,
      explain: {
        vi: `thứ ${r.before} → thứ ${r.now}: ${real}; ghi ${said} ${ok ? "✓" : "✗"}`,
        en: `${ordEn(r.before)} → ${ordEn(r.now)}: ${real}; stated ${said} ${ok ? "✓" : "✗"}`,
      },
      message: {
        vi: `Từ thứ ${r.before} sang thứ ${r.now} là ${moved === 0 ? "giữ nguyên" : `${moved > 0 ? "tăng" : "giảm"} ${Math.abs(moved)} bậc`}, không phải ${r.up ? "tăng" : "giảm"} ${r.places} bậc`,
        en: `From ${ordEn(r.before)} to ${ordEn(r.now)} is ${moved === 0 ? "no change" : `${Math.abs(moved)} place${Math.abs(moved) === 1 ? "" : "s"} ${moved > 0 ? "up" : "down"}`}, not ${r.places} place${r.places === 1 ? "" : "s"} ${r.up ? "up" : "down"}`,
      },
      related: [
        { span: r.placesSpan, message: { vi: "số bậc thay đổi", en: "places moved" } },
        { span: r.beforeSpan, message: { vi: "thứ hạng trước", en: "earlier rank" } },
      ],
    });
  }
}
