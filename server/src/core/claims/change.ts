// Changes between two endpoints: "giảm từ 28,85% năm 2020 xuống còn 24,71% năm 2022 (giảm bình
// quân 2,07%/năm)", "tăng từ A lên B", "rose from A in 2020 to B in 2022, or X%". With the stated
// difference, per-year average or percentage that the text gives beside them.
import type { Figure } from "../types.ts";
import { UnitContext, clauseEnd, isPercent } from "./context.ts";

export type Direction = "up" | "down";

export interface Change {
  from: Figure;
  to: Figure;
  direction?: Direction;
  directionWord?: { start: number; end: number };
  years?: number;
  /** Figures stated about the change: a difference, a per-year average, a multiple. */
  stated: { figure: Figure; what: "difference" | "average" | "relative" | "multiple" }[];
}

const UP = "tăng thêm|tăng|tăng trưởng|nâng|rose|risen|increased|increase|grew|grown|climbed|went up|gone up|raised|jumped|surged|edged up|expanded|up";
const DOWN = "giảm|hạ|rút xuống|fell|fallen|decreased|decrease|declined|decline|dropped|went down|gone down|reduced|cut|lowered|plunged|slipped|edged down|shrank|down";
const FROM_PRE = new RegExp(`(?:^|[^\\p{L}])(${UP}|${DOWN})(?:[ \\t]+[\\p{L}]+){0,4}?[ \\t]+(?:từ|from)[ \\t]*(?:mức[ \\t]+)?$|(?:^|[^\\p{L}])(?:từ|from)[ \\t]*(?:mức[ \\t]+)?$`, "u");
/** The cheap test first: only a figure right after "từ/from" can start a change. */
const FROM_END = /(?:từ|from)[ \t]*(?:mức[ \t]+)?$/u;
const TO_GAP = /^[^;]{0,60}?(?:(lên|xuống còn|xuống|còn|lên đến|lên tới|đến|tới|to|up to|down to)[ \t]*(?:mức[ \t]+)?(?:khoảng[ \t]+)?)$/u;
const AVERAGE_PRE = /(?:bình quân|trung bình|average|on average|mỗi năm|hằng năm|hàng năm|annual|annually|a year|per year)(?:[ \t]+(?:mỗi năm|hằng năm|hàng năm|annual|yearly|tăng|giảm|increase|decrease|decline|rise|fall|growth|reduction|drop|of|là|đạt))*[ \t]*$/u;
const DIFF_PRE = new RegExp(`(?:^|[^\\p{L}])(?:${UP}|${DOWN}|an? (?:increase|decrease|rise|fall|drop|decline|reduction|gain) of|by|tức|tương đương|hay|or|i\\.e\\.)[ \\t]*(?:thêm[ \\t]+)?$`, "u");
const UP_RE = new RegExp(`^(?:${UP})$`, "u");

export function findChanges(ctx: UnitContext): Change[] {
  return ctx.memo("changes", () => {
    const out: Change[] = [];
    for (const s of ctx.sentences) {
      for (let i = 0; i < s.figs.length; i++) {
        const a = s.figs[i];
        if (a.kind === "fraction" || a.kind === "multiplier") continue;
        const q = a.qualifiers[0]?.start ?? a.start;
        const pre = ctx.lower.slice(Math.max(s.start, q - 50), q);
        if (!FROM_END.test(pre)) continue;
        const m = FROM_PRE.exec(pre);
        if (!m) continue;
        let from = a;
        let to: Figure | undefined;
        let connector = "";
        if (a.kind === "range") {
          // "tăng từ 10% đến 15%", "increased from 45 to 52": read as a range, a change between its ends.
          if (!m[1] || !/(?:đến|tới|to)/.test(ctx.lower.slice(a.low!.end, a.high!.start))) continue;
          const ends = rangeEnds(a);
          const dir: Direction = UP_RE.test(m[1]) ? "up" : "down";
          const at = q - pre.length + m.index + m[0].indexOf(m[1]);
          out.push({ from: ends[0], to: ends[1], direction: dir, directionWord: { start: at, end: at + m[1].length }, stated: [] });
          continue;
        }
        for (let j = i + 1; j < s.figs.length; j++) {
          const b = s.figs[j];
          const gap = ctx.lower.slice(a.end, b.qualifiers[0]?.start ?? b.start);
          const g = TO_GAP.exec(gap);
          if (g) {
            to = b;
            connector = g[1];
          }
          break;
        }
        if (!to || to.kind === "fraction" || to.kind === "range") continue;
        if (isPercent(from) !== isPercent(to) || (from.unit && to.unit && from.unit !== to.unit)) continue;
        let direction: Direction | undefined;
        let directionWord: { start: number; end: number } | undefined;
        if (m[1]) {
          direction = UP_RE.test(m[1]) ? "up" : "down";
          const at = q - pre.length + m.index + m[0].indexOf(m[1]);
          directionWord = { start: at, end: at + m[1].length };
        } else if (/^(?:lên|lên đến|lên tới|up to)$/.test(connector)) direction = "up";
        else if (/^(?:xuống|xuống còn|down to)$/.test(connector)) direction = "down";
        if (!directionWord && direction) {
          const at = ctx.lower.indexOf(connector, from.end);
          if (at >= 0) directionWord = { start: at, end: at + connector.length };
        }
        const years = from.year && to.year && to.year > from.year ? to.year - from.year : yearsFromText(ctx.lower.slice(s.start, s.end));
        const change: Change = { from, to, direction, directionWord, years, stated: [] };
        const end = clauseEnd(ctx, s, to.end);
        for (const d of s.figs) {
          if (d.start <= to.end || d.start >= end + 1) continue;
          if (d.kind === "range" || d.kind === "fraction") continue;
          const dq = d.qualifiers[0]?.start ?? d.start;
          const dpre = ctx.lower.slice(Math.max(to.end, dq - 40), dq);
          if (d.kind === "multiplier") change.stated.push({ figure: d, what: "multiple" });
          else if (d.perYear || AVERAGE_PRE.test(dpre)) change.stated.push({ figure: d, what: "average" });
          else if (DIFF_PRE.test(dpre) || /^[ \t]*\(?[ \t]*$/.test(dpre.slice(-3)) && d.unit === "%" && !isPercent(from)) change.stated.push({ figure: d, what: d.unit === "%" && !isPercent(from) ? "relative" : "difference" });
          else break;
          if (change.stated.length >= 2) break;
        }
        out.push(change);
      }
    }
    return out;
  });
}

/** A range's ends as figures of their own, sharing the range's id, unit and scale. */
function rangeEnds(r: Figure): [Figure, Figure] {
  const mk = (n: NonNullable<Figure["low"]>): Figure => ({ ...r, kind: r.unit === "%" ? "percent" : "number", value: n, low: undefined, high: undefined, start: n.start, end: n.end, text: n.text, qualifiers: n === r.low ? r.qualifiers : [] });
  return [mk(r.low!), mk(r.high!)];
}

const REVERSE = new RegExp(`^(?:[ \\t]+(?:of[ \\t]+)?[\\p{L} \\t]{0,30})?[ \\t]*,[ \\t]*(?:(${UP}|${DOWN}|up|down)[ \\t]+)$`, "u");
const REVERSE_FROM = /^[ \t]*(?:(?:percentage[ \t]+points?|điểm[ \t]+phần[ \t]+trăm|điểm[ \t]*%)[ \t]*)?(?:from|so[ \t]+với)[ \t]+(?:[\p{L}\d]+[ \t]+){0,4}?\(?[ \t]*(?:mức[ \t]+)?$/u;

/**
 * "92,4%, tăng 1,1 điểm % so với năm 2022 (91,3%)", "92.4%, up 1.1 percentage points from 91.3%":
 * the new value first, then the change and the old value.
 */
export function findReverseChanges(ctx: UnitContext): Change[] {
  return ctx.memo("reverse-changes", () => {
    const out: Change[] = [];
    for (const s of ctx.sentences) {
      for (let i = 0; i + 2 < s.figs.length; i++) {
        const [b, d, a] = [s.figs[i], s.figs[i + 1], s.figs[i + 2]];
        if (b.kind !== "percent" && b.kind !== "number") continue;
        if (isPercent(a) !== isPercent(b) || a.kind === "range" || a.kind === "fraction" || d.kind === "range" || d.kind === "fraction") continue;
        if ((a.unit ?? "") !== (b.unit ?? "") && !(isPercent(a) && isPercent(b))) continue;
        const g1 = REVERSE.exec(ctx.lower.slice(b.end, d.qualifiers[0]?.start ?? d.start));
        if (!g1) continue;
        const gap2 = ctx.lower.slice(d.end, a.qualifiers[0]?.start ?? a.start);
        if (!REVERSE_FROM.test(gap2)) continue;
        const word = g1[1];
        const dir: Direction = UP_RE.test(word) || word === "up" ? "up" : "down";
        const at = b.end + ctx.lower.slice(b.end).indexOf(word);
        out.push({ from: a, to: b, direction: dir, directionWord: { start: at, end: at + word.length }, stated: [{ figure: d, what: d.unit === "%" && !isPercent(a) ? "relative" : "difference" }] });
      }
    }
    return out;
  });
}

/** "giai đoạn 2021-2023", "sau 3 năm", "trong 2 năm", "over three years" when no endpoint years. */
function yearsFromText(s: string): number | undefined {
  const p = /(?:giai đoạn|period|from|từ năm|từ)[ \t]+((?:19|20)\d\d)[ \t]*(?:-|đến|to)[ \t]*((?:19|20)\d\d)/u.exec(s);
  if (p) return +p[2] - +p[1];
  const n = /(?:sau|trong|qua|over|in|after)[ \t]+(\d{1,2})[ \t]+(?:năm|years)/u.exec(s);
  if (n) return +n[1];
  return undefined;
}
