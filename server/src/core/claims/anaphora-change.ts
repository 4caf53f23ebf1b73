// A change stated of the previous sentence's figure: "Leakage averaged 176.2 Ml/d … . That is down
// 8.3 Ml/d, or 4.5%, on the 184.5 Ml/d reported last year"; "… đạt 86,5% kế hoạch … . So với năm
// 2023 (82,3%), tỷ lệ giải ngân tăng 4,2 điểm phần trăm". The new value is the previous sentence's
// one figure of the base's kind; the base and the stated change are in this sentence.
import { inBrackets, type UnitContext } from "./context.ts";
import type { Change } from "./change.ts";

const EN = /^[\s"“(*•-]*(?:that|this|it|this figure|this level)[ \t]+(?:is|was|represents|represented)[ \t]+(up|down)[ \t]+$/u;
const EN_BASE = /^(?:[ \t]*[\p{L}/]+)?[ \t]*,?[ \t]+(?:on|from|against|compared (?:with|to))[ \t]+(?:the[ \t]+|last year's[ \t]+|the previous year's[ \t]+)?$/u;
const VI = /^[\s"“(*•-]*so[ \t]+với[ \t]+(?:cùng[ \t]+kỳ[ \t]+)?(?:năm|kỳ|quý|tháng|cuối năm|đầu năm)[^(;\d]{0,20}(?:(?:19|20)\d\d[ \t]*)?\([ \t]*$/u;
const VI_AFTER = /^[ \t]*\)[ \t]*,[ \t]*(?:[\p{L}]+[ \t]+){0,5}?(tăng|giảm)[ \t]+(?:thêm[ \t]+)?$/u;

export function findAnaphoraChanges(ctx: UnitContext): Change[] {
  return ctx.memo("anaphora-changes", () => {
    const out: Change[] = [];
    for (let si = 1; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      const prev = ctx.sentences[si - 1];
      const [x, y, z] = s.figs;
      if (!x) continue;
      const head = ctx.lower.slice(s.start, x.qualifiers[0]?.start ?? x.start);
      const en = EN.exec(head);
      if (en && y) {
        // "That is down 8.3 Ml/d, or 4.5%, on the 184.5 Ml/d …" / "That is up 2.1% on the 412 …".
        const relative = y.kind === "percent" && z && /^(?:[ \t]*[\p{L}/]+)?[ \t]*,[ \t]*or[ \t]+$/u.test(ctx.lower.slice(x.end, y.start));
        const base = relative ? z : y;
        if (!base || (base.kind !== "number" && base.kind !== "percent") || !base.value || !EN_BASE.test(ctx.lower.slice((relative ? y : x).end, base.qualifiers[0]?.start ?? base.start).replace(/^[ \t]*,/u, ""))) continue;
        const to = prev.figs.filter((f) => f.kind === base.kind && (f.unit ?? "") === (base.unit ?? "") && !inBrackets(ctx, prev.start, f.start));
        if (to.length !== 1) continue;
        const stated: Change["stated"] = [{ figure: x, what: x.kind === "percent" && (base.kind !== "percent" || x.unit === "%") ? "relative" : "difference" }];
        if (relative) stated.push({ figure: y, what: "relative" });
        const at = s.start + en.index + en[0].length - en[1].length - 1;
        out.push({ from: base, to: to[0], direction: en[1] === "up" ? "up" : "down", directionWord: { start: at, end: at + en[1].length }, stated });
        continue;
      }
      if (VI.test(head) && y && x.kind === "percent") {
        const m = VI_AFTER.exec(ctx.lower.slice(x.end, y.qualifiers[0]?.start ?? y.start));
        if (!m || (y.unit !== "pp" && y.kind !== "percent")) continue;
        const to = prev.figs.filter((f) => f.kind === "percent" && f.unit === "%" && !inBrackets(ctx, prev.start, f.start));
        if (to.length !== 1) continue;
        const at = y.start - m[1].length - 1;
        out.push({ from: x, to: to[0], direction: m[1] === "tăng" ? "up" : "down", directionWord: { start: at, end: at + m[1].length }, stated: [{ figure: y, what: y.unit === "pp" ? "difference" : "relative" }] });
      }
    }
    return out;
  });
}
