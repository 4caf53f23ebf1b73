// A row of a table named in the text and judged against a target the sentence states: "| Minor | 214 |
// 181 | 84.6% | 85% (local) |" then "Minor applications fell just short of the local target of 85%";
// "| Huyện B | … | 91,2% |" then "Huyện B đã vượt chỉ tiêu 90%". The value is the row's one rate
// cell (not its target column); a target column, when there is one, must hold the stated target.
import type { Figure, Span } from "../types.ts";
import type { UnitContext } from "./context.ts";
import { tablesAbove } from "./table.ts";
import { lowerBetter } from "./plan.ts";
import { HEDGE } from "./status.ts";

export interface RowTarget {
  value: Figure;
  target: Figure;
  lowerIsBetter: boolean;
  /** The verdict words, between the row's name and the target. */
  verdict: Span;
  /** The row's label as written in the sentence. */
  label: string;
  /** The value was read in the unit before (the table above): a related location only. */
  from?: UnitContext;
}

const EN_VERDICT = /(?:^\s*|[.;:]\s+|\n|,[ \t]*(?:while|whereas|and|but)[ \t]+|(?:^|[ \t])(?:and|but|while|whereas)[ \t]+)((?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})((?:[ \t]+[\p{Ll}-]+){0,2}?)[ \t]+((?:(?:comfortably|narrowly|just|easily|again|also|all|both)[ \t]+)?(?:met|exceeded|beat|surpassed|achieved|missed|fell[ \t]+(?:just[ \t]+|well[ \t]+)?short[ \t]+of|did[ \t]+not[ \t]+meet|failed[ \t]+to[ \t]+meet))[ \t]+(?:the|its|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:target|standard|threshold|goal)[ \t]+(?:of[ \t]+)?$/u;
const VI_VERDICT = /(?:^\s*|[.;:]\s+|\n|,[ \t]*)((?:huyện|xã|phường|thị[ \t]+xã|thành[ \t]+phố|quận|tỉnh|đơn[ \t]+vị|trường|khoa|phòng|nhóm|khối)?[ \t]*\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*){0,3})[ \t]+((?:đã[ \t]+|chưa[ \t]+|không[ \t]+|cũng[ \t]+|đều[ \t]+)?(?:đạt|vượt|hoàn[ \t]+thành))[ \t]+(?:chỉ[ \t]+tiêu|mục[ \t]+tiêu|kế[ \t]+hoạch)(?:[ \t]+[\p{L}]+){0,3}?[ \t]*(?:là|\()?[ \t]*$/u;
const TARGET_HEAD = /(?:target|standard|threshold|goal|plan|benchmark|mục[ \t]+tiêu|chỉ[ \t]+tiêu|kế[ \t]+hoạch)/u;

function norm(s: string): string {
  return s.toLowerCase().replace(/[*_`]/gu, "").replace(/[ \t]+/gu, " ").trim();
}

export function findRowTargets(ctx: UnitContext): RowTarget[] {
  return ctx.memo("row-targets", () => {
    const out: RowTarget[] = [];
    const vi = ctx.lang === "vi";
    if (!(vi ? /chỉ tiêu|mục tiêu|kế hoạch/u : /target|standard|threshold|goal/u).test(ctx.lower)) return out;
    for (let si = 0; si < ctx.sentences.length; si++) {
      const s = ctx.sentences[si];
      for (const t of s.figs) {
        if (t.kind !== "percent" || t.unit !== "%" || !t.value || t.qualifiers.length) continue;
        const q = t.start;
        const from = Math.max(s.start, ctx.text.lastIndexOf("\n", q) + 1, q - 160);
        const m = (vi ? VI_VERDICT : EN_VERDICT).exec(ctx.text.slice(from, q));
        if (!m) continue;
        if (s.figs.some((f) => f !== t && f.start >= from + m.index && f.end <= q)) continue;
        if (HEDGE.test(ctx.lower.slice(from + m.index, q))) continue;
        const label = norm(m[1].replace(/^the[ \t]+/iu, ""));
        if (label.length < 3) continue;
        // The table: the last one above the sentence in the unit, else the unit before's.
        // (The table right above: the paragraph's first sentences only.)
        const { src, tables } = tablesAbove(ctx, from, () => si <= 2);
        const tb = tables[tables.length - 1];
        if (!tb || tb.rows.length < 2) continue;
        const rows = tb.rows.filter((r) => {
          const l = norm(r.label);
          return l === label || (vi ? false : l === label.replace(/s$/u, ""));
        });
        if (rows.length !== 1) continue;
        const row = rows[0];
        // The row's rate: its one percent cell outside a target column.
        const rates: Figure[] = [];
        let targetCell: Figure | undefined;
        let rateHead = "";
        row.cells.forEach((c, i) => {
          const f = c.figure;
          if (!f || f.kind !== "percent" || f.unit !== "%" || !f.value) return;
          const h = (tb.header[i] ?? "").toLowerCase();
          if (TARGET_HEAD.test(h)) targetCell = f;
          else {
            rates.push(f);
            rateHead = h;
          }
        });
        if (rates.length !== 1) continue;
        if (targetCell && targetCell.value!.exact !== t.value.exact) continue;
        const vAt = from + m.index + m[0].indexOf(m[3] ?? m[2], m[1].length);
        out.push({ value: rates[0], target: t, lowerIsBetter: lowerBetter(rateHead), verdict: { start: vAt, end: q }, label: m[1], ...(src !== ctx ? { from: src } : {}) });
      }
    }
    return out;
  });
}
