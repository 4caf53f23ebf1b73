// A row's gap to its target stated under the table (claims/table-gap.ts): the points must be the
// actual less the target (change-arithmetic), and the side (overweight, above; underweight, below)
// the one the table gives (status-contradiction). The table may be in the unit before: its cells
// are then related locations, not roles of the claim.
import type { UnitContext } from "../claims/context.ts";
import { findTableGaps, findTotalRateVerdicts } from "../claims/table-gap.ts";
import { statusWord } from "../claims/status.ts";
import type { Figure } from "../types.ts";
import { fmt } from "../math/format.ts";
import { Interval } from "../math/interval.ts";

export function checkTableGaps(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const tg of findTableGaps(ctx)) {
    const g = tg.gap;
    const own = tg.source === ctx;
    const span = (f: Figure) => (own ? f : ctx.fromPrevious(f));
    const a = tg.source.numInterval(tg.actual.value!);
    const b = tg.source.numInterval(tg.target.value!);
    const diff = a.sub(b).scale(tg.sign);
    const amt = tg.amountUnit;
    const stated = amt ? ctx.interval(g, g.value!) : ctx.interval(g, g.value!).widen(tol.percentPoints);
    const label = tg.row.label.replace(/[*_`]/g, "").trim();
    const row = tg.row.cells.find((c) => c.text.replace(/[*_`]/g, "").trim().toLowerCase() === label)?.text.replace(/[*_`]/g, "").trim() ?? label;
    const decimals = Math.max(g.value!.decimals, tg.actual.value!.decimals, tg.target.value!.decimals);
    const shown = fmt(a.sub(b).mid.abs(), lang, decimals);
    const pc = (f: Figure) => (amt ? f.text : f.unit === "%" ? f.text : `${f.text}%`);
    const unitVi = amt ?? "điểm phần trăm";
    const unitEn = amt ?? "percentage points";
    const expr = `${pc(tg.actual)} − ${pc(tg.target)}`;
    const ok = diff.overlaps(stated);
    const roles = [
      ...(own ? [{ figure: tg.actual, role: lang === "vi" ? "thực hiện" : "actual" }, { figure: tg.target, role: lang === "vi" ? "mục tiêu" : "target" }] : []),
      { figure: g, role: lang === "vi" ? "chênh lệch" : "gap" },
    ];
    const related = [
      { span: span(tg.actual), message: { vi: `dòng “${row}”, cột “${tg.actualHeader}”`, en: `row “${row}”, column “${tg.actualHeader}”` } },
      { span: span(tg.target), message: { vi: `dòng “${row}”, cột “${tg.targetHeader}”`, en: `row “${row}”, column “${tg.targetHeader}”` } },
    ];
    if (!ok && diff.hi.lt(0)) {
      // The other side of the target.
      const side = tg.sign > 0 ? { vi: "thấp hơn", en: "below" } : { vi: "cao hơn", en: "above" };
      ctx.emit({
        kind: "value-target",
        rule: "status-contradiction",
        roles,
        ok: false,
        explain: { vi: `Bảng, dòng “${row}”: ${pc(tg.actual)} ${side.vi} mục tiêu ${pc(tg.target)} ✗`, en: `Table, row “${row}”: ${pc(tg.actual)} is ${side.en} the target ${pc(tg.target)} ✗` },
        at: g,
        message: {
          vi: `Theo bảng, “${row}” ở mức ${pc(tg.actual)}, ${side.vi} mục tiêu ${pc(tg.target)}, ngược với chiều chênh lệch đã nêu`,
          en: `From the table, “${row}” is at ${pc(tg.actual)}, ${side.en} its target of ${pc(tg.target)}: the gap runs the other way`,
        },
        related,
      });
      continue;
    }
    ctx.emit({
      kind: "change",
      rule: "change-arithmetic",
      roles,
      ok,
      explain: {
        vi: `Bảng, dòng “${row}”: ${expr} = ${shown} ${unitVi} ${ok ? "✓" : `≠ ${g.text} ✗`}`,
        en: `Table, row “${row}”: ${expr} = ${shown} ${unitEn} ${ok ? "✓" : `≠ ${g.text} ✗`}`,
      },
      at: g,
      magnitude: { computed: a.sub(b).mid.abs(), stated: g.value!.exact },
      message: {
        vi: `Theo bảng, ${expr} = ${shown} ${unitVi}, không phải ${g.text}`,
        en: `From the table, ${expr} = ${shown} ${unitEn}, not ${g.text}`,
      },
      related,
      fix: { span: g.value!, newText: fmt(a.sub(b).mid.abs(), ctx.numberLocale, g.value!.decimals) },
    });
  }
}

/** A verdict on the table's overall rate against the target the sentence states (claims/table-gap.ts). */
export function checkTotalRateVerdicts(ctx: UnitContext): void {
  const lang = ctx.lang;
  const tol = ctx.settings.tolerances;
  for (const v of findTotalRateVerdicts(ctx)) {
    const own = v.source === ctx;
    const val = v.source.numInterval(v.value.value!);
    // A target is the exact figure it names ("the target of 92%"), the rate a rounded one.
    const tgt = Interval.point(v.target.value!.exact).widen(tol.percentPoints);
    // exceed: plainly above; meet: not plainly below; miss: not plainly at or above.
    const ok = v.status === "miss" ? !val.lo.gte(tgt.hi) : v.status === "exceed" ? val.hi.gt(tgt.lo) : !val.hi.lt(tgt.lo);
    const pc = v.value.unit === "%" ? v.value.text : `${v.value.text}%`;
    const word = ctx.text.slice(v.verdict.start, v.verdict.end);
    const label = v.row.label.replace(/[*_`]/g, "").trim();
    const row = v.row.cells.find((c) => c.text.replace(/[*_`]/g, "").trim().toLowerCase() === label)?.text.replace(/[*_`]/g, "").trim() ?? label;
    const header = v.header.replace(/[*_`]/g, "").trim();
    const cmp = val.hi.lt(tgt.lo) ? { vi: "thấp hơn", en: "below" } : val.lo.gt(tgt.hi) ? { vi: "cao hơn", en: "above" } : { vi: "bằng", en: "at" };
    ctx.emit({
      kind: "value-target",
      rule: "status-contradiction",
      roles: [...(own ? [{ figure: v.value, role: lang === "vi" ? "thực hiện" : "actual" }] : []), { figure: v.target, role: lang === "vi" ? "mục tiêu" : "target" }],
      ok,
      explain: {
        vi: `Bảng, dòng “${row}”, cột “${header}”: ${pc} so với mục tiêu ${v.target.text}; ghi "${word}" (${statusWord(v.status, "vi")}) ${ok ? "✓" : "✗"}`,
        en: `Table, row “${row}”, column “${header}”: ${pc} against the target ${v.target.text}; stated "${word}" (${statusWord(v.status, "en")}) ${ok ? "✓" : "✗"}`,
      },
      at: v.verdict,
      message: {
        vi: `Ghi "${word}" nhưng theo bảng (dòng “${row}”, cột “${header}”) tỷ lệ là ${pc}, ${cmp.vi} mục tiêu ${v.target.text}`,
        en: `Said to have "${word}" but the table (row “${row}”, column “${header}”) gives ${pc}, ${cmp.en} the target of ${v.target.text}`,
      },
      related: [{ span: own ? v.value : ctx.fromPrevious(v.value), message: { vi: `dòng “${row}”`, en: `row “${row}”` } }],
    });
  }
}
