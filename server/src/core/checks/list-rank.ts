// rank-out-of-range, for a place among values the text lists (claims/list-rank.ts): the place the
// subject's value takes among them, rounding-aware (a tie allows every place it spans).
import type { UnitContext } from "../claims/context.ts";
import { findListRanks } from "../claims/list-rank.ts";

export function checkListRanks(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const r of findListRanks(ctx)) {
    const v = ctx.interval(r.value, r.value.value!);
    // The others: every listed value but the subject's own (listed again, or the value itself).
    const others = [...r.values];
    const self = others.includes(r.value) ? others.indexOf(r.value) : others.findIndex((f) => f.value!.exact === r.value.value!.exact);
    others.splice(self, 1);
    // Ahead: surely better; tied: may be either side.
    let ahead = 0;
    let tied = 0;
    for (const f of others) {
      const o = ctx.interval(f, f.value!);
      const better = r.order === "highest" ? o.lo.gt(v.hi) : o.hi.lt(v.lo);
      const worse = r.order === "highest" ? o.hi.lt(v.lo) : o.lo.gt(v.hi);
      if (better) ahead++;
      else if (!worse) tied++;
    }
    const lo = ahead + 1;
    const hi = ahead + tied + 1;
    const ok = r.place >= lo && (r.atLeast || r.place <= hi);
    const list = r.values.map((f) => f.text).join("; ");
    const placeVi = lo === hi ? `thứ ${lo}` : `thứ ${lo}–${hi}`;
    const placeEn = lo === hi ? `${lo}` : `${lo}–${hi}`;
    const dir = r.order === "highest" ? { vi: "từ cao xuống", en: "from the highest" } : { vi: "từ thấp lên", en: "from the lowest" };
    ctx.emit({
      kind: "rank",
      rule: "rank-out-of-range",
      roles: [{ figure: r.value, role: lang === "vi" ? "giá trị" : "value" }, ...r.values.filter((f) => f !== r.value).map((f) => ({ figure: f, role: lang === "vi" ? "so sánh" : "compared" }))],
      ok,
      explain: { vi: `${r.value.text} đứng ${placeVi} (${dir.vi}) trong ${list} ${ok ? "✓" : "✗"}`, en: `${r.value.text} places ${placeEn} ${dir.en} among ${list} ${ok ? "✓" : "✗"}` },
      at: r.said,
      message: {
        vi: `Ghi thứ ${r.place}, nhưng ${r.value.text} đứng ${placeVi} (${dir.vi}) trong các giá trị đã nêu: ${list}`,
        en: `Said to be ${r.place}${["", "st", "nd", "rd"][r.place] ?? "th"}, but ${r.value.text} places ${placeEn} ${dir.en} among the values listed: ${list}`,
      },
      related: r.values.filter((f) => f !== r.value).map((f) => ({ span: f, message: { vi: `giá trị ${f.text}`, en: `value ${f.text}` } })),
    });
  }
}
