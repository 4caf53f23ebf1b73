// Changes told against last period's figures in a bracket that opens the sentence: "Tổng số lợn …
// phải tiêu hủy là 2.184 con … . So với năm 2023 (tiêu hủy 5.962 con), số lợn phải tiêu hủy giảm
// 3.778 con, tương ứng giảm 63,4%"; "… 3 vụ ngộ độc thực phẩm với 87 người mắc … . So với năm 2023
// (5 vụ, 133 người mắc), giảm 2 vụ và giảm 46 người mắc, tương ứng giảm 34,6% số người mắc". Each
// stated change pairs with the bracket's figure of its noun, and with the one figure of that noun
// the sentences before state as now (not a list item's, not in brackets).
import type { Figure } from "../types.ts";
import { inBrackets, isPercent, type UnitContext } from "./context.ts";
import type { Change } from "./change.ts";

const HEAD = /^[\s*•_"“-]*so[ \t]+với[ \t]+(?:cùng[ \t]+kỳ[ \t]+)?(?:năm|kỳ|quý|tháng|cuối[ \t]+năm|đầu[ \t]+năm|6[ \t]+tháng|9[ \t]+tháng)(?:[ \t]+(?:trước|ngoái|liền[ \t]+kề))?[ \t]*(?:(?:19|20)\d\d)?[ \t]*\(/u;
const LIST_ITEM = /^\s*(?:[-*+•–]|\d{1,2}[.)]|[a-zđ]\))[ \t]/u;

function key(f: Figure): string | undefined {
  if (f.kind !== "number" || !f.value || f.perYear || isPercent(f)) return undefined;
  if (f.unit) return `${f.unit}|${f.scale?.factor ?? "1"}`;
  return f.noun ? `#${f.noun.split(" ")[0]}` : undefined;
}

/** One noun, or one a kind of the other ("vụ" and "vụ cháy"; not "người mắc" and "người chết"). */
function nounsMeet(a: Figure, b: Figure): boolean {
  if (a.unit || b.unit) return true;
  const [x, y] = [a.noun ?? "", b.noun ?? ""];
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

export function findBracketBaseChanges(ctx: UnitContext, taken: (f: Figure) => boolean): Change[] {
  const out: Change[] = [];
  if (!/so[ \t]+với/u.test(ctx.lower)) return out;
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const h = HEAD.exec(ctx.lower.slice(s.start, s.end));
    if (!h) continue;
    const open = s.start + h[0].length;
    const close = ctx.lower.indexOf(")", open);
    if (close < 0 || close > s.end) continue;
    const bases = s.figs.filter((f) => f.start >= open && f.end <= close && !!key(f));
    if (!bases.length) continue;
    // The value now, by the base's measure: the nearest sentence before that states one of it.
    const nowOf = (b: Figure): Figure | undefined => {
      const k = key(b);
      for (let j = si - 1; j >= 0; j--) {
        const t = ctx.sentences[j];
        if (LIST_ITEM.test(ctx.text.slice(t.start, t.end))) continue;
        const same = t.figs.filter((f) => key(f) === k && nounsMeet(f, b) && !inBrackets(ctx, t.start, f.start) && !/(?:từ|so với|hơn|tăng|giảm|thêm)[ \t]*$/u.test(ctx.lower.slice(Math.max(t.start, f.start - 10), f.start)));
        if (same.length > 1) return undefined;
        if (same.length === 1) return same[0];
      }
      return undefined;
    };
    let last: { base: Figure; now: Figure } | undefined;
    for (const d of s.figs) {
      if (d.start <= close || taken(d)) continue;
      // (A clause of its own after ";" or another "so với" has bases of its own.)
      if (/;|(?<![\p{L}])so[ \t]+với(?![\p{L}])/u.test(ctx.lower.slice(close, d.start))) break;
      const q = d.qualifiers[0]?.start ?? d.start;
      const dir = /(?<![\p{L}])(tăng|giảm)(?:[ \t]+thêm)?[ \t]*$/u.exec(ctx.lower.slice(Math.max(close, q - 14), q));
      if (!dir) continue;
      // ("…, diện tích tăng 4.280 ha, bình quân mỗi năm tăng 1.070 ha": a yearly average is no difference.)
      if (/(?:bình[ \t]+quân|trung[ \t]+bình|mỗi[ \t]+năm|hằng[ \t]+năm|hàng[ \t]+năm)[^,;\d]{0,12}(?:tăng|giảm)(?:[ \t]+thêm)?[ \t]*$/u.test(ctx.lower.slice(Math.max(close, q - 40), q))) continue;
      const at = q - dir[0].length + dir.index;
      const directionWord = { start: at, end: at + dir[1].length };
      const direction = dir[1] === "tăng" ? "up" : "down";
      if (d.kind === "percent" && d.unit === "%") {
        // "tương ứng giảm 34,6% số người mắc": the base its noun names, else the last change's.
        const named = /^[ \t]+(?:số[ \t]+|tổng[ \t]+số[ \t]+)?([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?)/u.exec(ctx.lower.slice(d.end, d.end + 30))?.[1];
        const byName = named ? bases.filter((b) => !b.unit && !!b.noun && (named === b.noun || named.startsWith(`${b.noun} `) || b.noun.startsWith(named))) : [];
        const pair = byName.length === 1 ? { base: byName[0], now: nowOf(byName[0]) } : last;
        if (!pair?.now || !/(?:tương[ \t]+ứng|tức|hay|,)[ \t]*(?:là[ \t]+)?(?:tăng|giảm)/u.test(ctx.lower.slice(Math.max(close, q - 30), q))) continue;
        out.push({ from: pair.base, to: pair.now, direction, directionWord, stated: [{ figure: d, what: "relative" }] });
        continue;
      }
      const k = key(d);
      const base = bases.filter((b) => key(b) === k && nounsMeet(b, d));
      if (base.length !== 1) continue;
      const now = nowOf(base[0]);
      if (!now) continue;
      last = { base: base[0], now };
      out.push({ from: base[0], to: now, direction, directionWord, stated: [{ figure: d, what: "difference" }] });
    }
  }
  return out;
}
