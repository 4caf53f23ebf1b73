// A change told by its new value only, of the figure named just before: "In 2022/23 … 612 homes were
// completed; in 2023/24 this rose to 1,044 homes, an increase of 70.6%", "Năm 2022 có 612 hộ …; năm
// 2023 con số này tăng lên 1.044 hộ". The earlier value is the one figure of the new value's kind
// before it, in its sentence or (when the sentence has none) the sentence before in the paragraph.
import type { Figure } from "../types.ts";
import { inBrackets, type Sentence, type UnitContext } from "./context.ts";
import { collectStated, comparable, type Change } from "./change.ts";

const LEAD = /(?:^|[;,:][ \t]*|(?<![\p{L}])(?:and|but|while|và|nhưng)[ \t]+)(?:(?:in|by|during|over|trong|đến|năm)[ \t]+[^,;\d]{0,22}(?:(?:19|20)\d\d(?:[\/–-]\d{2,4})?)?[ \t]*,?[ \t]*)?(?:this|that|it|the[ \t]+(?:number|figure|total|count)|số[ \t]+(?:này|lượng[ \t]+này)|con[ \t]+số[ \t]+này)[ \t]+(?:has[ \t]+|had[ \t]+|then[ \t]+|đã[ \t]+)?(rose|increased|grew|climbed|went[ \t]+up|fell|decreased|dropped|declined|went[ \t]+down|tăng|giảm)[ \t]+(to|lên|xuống[ \t]+còn|xuống)[ \t]*$/u;

function sameKind(a: Figure, b: Figure): boolean {
  if (!comparable(a, b) || (a.scale?.factor ?? "1") !== (b.scale?.factor ?? "1") || a.perYear || !a.value) return false;
  const head = (f: Figure) => (f.noun ?? "").split(" ");
  if (!a.noun || !b.noun) return true;
  const [x, y] = [head(a), head(b)];
  return x[0] === y[0] || x[x.length - 1] === y[y.length - 1];
}

function onlyOfKind(ctx: UnitContext, s: Sentence, figs: Figure[], like: Figure): Figure | undefined {
  const same = figs.filter((f) => sameKind(f, like) && !inBrackets(ctx, s.start, f.start));
  return same.length === 1 ? same[0] : undefined;
}

export function findThisRoseTo(ctx: UnitContext, taken: (f: Figure) => boolean): Change[] {
  const out: Change[] = [];
  if (!/(?<![\p{L}])(?:this|that|it|the number|the figure|the total|the count|số này|số lượng này|con số này)[ \t]+/u.test(ctx.lower)) return out;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let i = 0; i < s.figs.length; i++) {
      const to = s.figs[i];
      if ((to.kind !== "number" && to.kind !== "percent") || !to.value || taken(to)) continue;
      const q = to.qualifiers[0]?.start ?? to.start;
      const from0 = i ? s.figs[i - 1].end : s.start;
      const m = LEAD.exec(ctx.lower.slice(from0, q));
      if (!m) continue;
      let from = onlyOfKind(ctx, s, s.figs.slice(0, i), to);
      if (!from && !s.figs.slice(0, i).some((f) => sameKind(f, to))) {
        const prev = ctx.sentences[si - 1];
        if (prev && /^[ \t]*$/.test(ctx.text.slice(prev.end, s.start))) from = onlyOfKind(ctx, prev, prev.figs, to);
      }
      if (!from || taken(from)) continue;
      const up = /^(?:rose|increased|grew|climbed|went[ \t]+up|tăng)$/u.test(m[1]);
      const at = from0 + m.index + m[0].lastIndexOf(m[1]);
      const change: Change = { from, to, direction: up ? "up" : "down", directionWord: { start: at, end: at + m[1].length }, stated: [] };
      collectStated(ctx, s, i, change);
      out.push(change);
    }
  }
  return out;
}
