// A count's share of a base the percent names by the words an earlier count was given: "Năm 2024
// có 58.742 hộ đăng ký thi đua; kết quả bình xét có 41.605 hộ đạt danh hiệu …, bằng 70,8% số hộ
// đăng ký", "1,846 applications were received … 1,412 were approved, 76.5% of the applications
// received". The named words must start where the earlier count's noun starts, and be at least two
// words, so that a bare "số hộ" of some other base is never read as it.
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets, isCount } from "./context.ts";
import { nearerBase } from "./named-share.ts";

export interface BaseShare {
  part: Figure;
  whole: Figure;
  percent: Figure;
  /** The whole was read in the paragraph before: a related location only. */
  wholeFrom?: UnitContext;
}

/** After the percent: "số hộ đăng ký", "tổng số hộ đăng ký", "of the applications received". */
const NAMED = /^[ \t]+(?:(?:trên[ \t]+|của[ \t]+)?(?:tổng[ \t]+)?số[ \t]+|of[ \t]+(?:the[ \t]+|all[ \t]+(?:the[ \t]+)?))((?:[\p{L}\p{M}-]+)(?:[ \t]+[\p{L}\p{M}-]+){1,5})/u;
/** Between the part and the percent: its own words, then "bằng/chiếm/đạt/or" after a comma. */
const LINK = /^[^.;\d%()]{0,90},[ \t]*(?:bằng|chiếm|đạt|tương đương|or|representing|accounting for|equivalent to)?[ \t]*(?:tỷ lệ[ \t]+)?$/u;
/** Words that end the named base: the clause goes on past them. */
const CUT = /[ \t]+(?:và|nhưng|so với|trong|năm|and|but|in|at|on|for|compared|than|against|while)(?:[ \t]|$).*$/u;

function head(noun: string): string {
  return /^[a-z][a-z -]*$/.test(noun) ? noun.split(" ").pop()!.replace(/s$/, "") : noun.split(" ")[0];
}

export function findBaseShares(ctx: UnitContext, taken: Set<Figure>): BaseShare[] {
  const out: BaseShare[] = [];
  for (const s of ctx.sentences) {
    for (let i = 1; i < s.figs.length; i++) {
      const [part, p] = [s.figs[i - 1], s.figs[i]];
      if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.some((q) => q.kind !== "estimate")) continue;
      const m = NAMED.exec(ctx.lower.slice(p.end, Math.min(s.end, p.end + 60)));
      if (!m) continue;
      // "Tổng số tiền phải thi hành …, trong đó có điều kiện thi hành 2.917,4 tỷ đồng … . Đã thi hành
      // xong 1.356,8 tỷ đồng, đạt 46,5% số tiền có điều kiện thi hành": an amount's base named by the
      // label an earlier amount of its unit carried.
      if (part.kind === "number" && part.unit && part.unit !== "%" && part.unit !== "pp" && /(?<![\p{L}])số[ \t]+(?:tiền|kinh[ \t]+phí|vốn)(?![\p{L}])/u.test(m[0]) && LINK.test(ctx.lower.slice(part.end, p.qualifiers[0]?.start ?? p.start))) {
        const label = m[1].replace(CUT, "").trim().replace(/^(?:tiền|kinh[ \t]+phí|vốn|giá[ \t]+trị|amount|money|funding)[ \t]+/u, "").replace(/^có[ \t]+/u, "");
        if (label.split(/\s+/).length >= 2) {
          const k = ctx.figures.indexOf(part);
          const labelled = (c: UnitContext, figs: Figure[]) => figs.filter((w) => w.kind === "number" && w.unit === part.unit && (w.scale?.factor ?? "1") === (part.scale?.factor ?? "1") && c.lower.slice(Math.max(0, (w.qualifiers[0]?.start ?? w.start) - 80), w.qualifiers[0]?.start ?? w.start).split(/[,;:(]|(?<![\p{L}])(?:trong[ \t]+đó|gồm)(?![\p{L}])/u).pop()!.trim().replace(/^có[ \t]+/u, "").startsWith(label));
          const own = labelled(ctx, ctx.figures.slice(Math.max(0, k - 12), k).filter((w) => part.start - w.end <= 400));
          // (Or the paragraph before, when this one states no amount of the kind before the part.)
          const pc = !own.length && !ctx.figures.slice(0, k).some((w) => w.kind === "number" && w.unit === part.unit) ? ctx.previous() : undefined;
          const above = pc ? labelled(pc, pc.figures) : [];
          const hits = own.length ? own : above;
          if (hits.length === 1 && new D(hits[0].value!.exact).gt(0)) out.push({ part, whole: hits[0], percent: p, ...(own.length ? {} : { wholeFrom: pc }) });
        }
        continue;
      }
      if (part.kind !== "number" || !isCount(part) || !part.noun) continue;
      const name = m[1].replace(CUT, "").trim();
      if (name.split(/\s+/).length < 2) continue;
      if (!LINK.test(ctx.lower.slice(part.end, p.qualifiers[0]?.start ?? p.start))) continue;
      // The base: the nearest earlier count, within the paragraph's reach, whose own words begin
      // with the name; and of the same head as the part ("hộ … hộ", "applications … were approved").
      const k = ctx.figures.indexOf(part);
      let whole: Figure | undefined;
      // (Else the count whose own words begin as the name does, three words or more: "lập biên bản 8.935 trường
      // hợp vi phạm, …" for "tổng số trường hợp vi phạm bị lập biên bản"; the longest such, then the nearest.)
      let partial: { w: Figure; n: number } | undefined;
      const nameWords = name.split(/\s+/);
      for (let j = k - 1; j >= 0; j--) {
        const w = ctx.figures[j];
        if (part.start - w.end > 600) break;
        if (w.kind !== "number" || !isCount(w) || !w.noun) continue;
        // ("kiểm tra 1.846 vụ, …, gồm 412 vụ … và 1.434 vụ kiểm tra đột xuất": an item of a breakdown is no base
        // the share names; its whole is.)
        const ws = ctx.sentenceOf(w);
        if (/(?<![\p{L}])(?:gồm|bao[ \t]+gồm|trong[ \t]+đó|including|of[ \t]+which|comprising)(?![\p{L}])/u.test(ctx.lower.slice(ws.start, w.start)) && ws.figs.some((x) => x.end < w.start && x.kind === "number" && isCount(x) && !!x.noun && head(x.noun) === head(w.noun!) && new D(x.value!.exact).gt(w.value!.exact))) continue;
        const words = ctx.lower.slice(w.end, w.end + 120).trimStart();
        // "of the planning applications received": the participle need not be repeated.
        const named = part.start - w.end <= 400 ? [name, name.replace(/[ \t]+[a-z]+ed$/u, "")].find((n) => n.split(/\s+/).length >= 2 && words.startsWith(n) && !/[\p{L}\p{M}]/u.test(words.charAt(n.length))) : undefined;
        if (named) {
          whole = w;
          break;
        }
        const own = (/^[^,;.()\d]*/u.exec(words)?.[0] ?? "").trim().split(/\s+/);
        let n = 0;
        while (n < own.length && n < nameWords.length && own[n] === nameWords[n]) n++;
        if (n >= 3 && (!partial || n > partial.n) && !inBrackets(ctx, ctx.sentenceOf(w).start, w.start)) partial = { w, n };
      }
      whole ??= partial?.w;
      if (!whole || head(whole.noun!) !== head(part.noun) || !new D(whole.value!.exact).gt(part.value!.exact)) continue;
      // The part must not itself carry the base's name ("41.605 hộ đăng ký …, bằng 70,8% số hộ đăng ký").
      if (ctx.lower.slice(part.end).trimStart().startsWith(name)) continue;
      if (nearerBase(ctx, whole, part)) continue;
      out.push({ part, whole, percent: p });
    }
  }
  // "1.186.420 người tham gia BHYT, tỷ lệ bao phủ đạt 93,6% dân số (dân số trung bình 1.267.500
  // người)", "1,186,420 people were enrolled, a coverage rate of 93.6% of the population (mid-year
  // population 1,267,500)": the percent names its base and the bracket right after it gives it.
  for (const s of ctx.sentences) {
    for (let i = 1; i + 1 < s.figs.length; i++) {
      const [part, p, whole] = [s.figs[i - 1], s.figs[i], s.figs[i + 1]];
      if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.some((q) => q.kind !== "estimate") || out.some((x) => x.percent === p)) continue;
      if (part.kind !== "number" || !isCount(part) || !part.noun || whole.kind !== "number" || !isCount(whole) || whole.qualifiers.length) continue;
      const gap = ctx.lower.slice(part.end, p.qualifiers[0]?.start ?? p.start);
      if (!BRACKET_LINK.test(gap) || NOT_SHARE.test(gap)) continue;
      const m = BRACKET_BASE.exec(ctx.lower.slice(p.end, whole.start));
      if (!m) continue;
      const name = m[1].trim().split(/\s+/);
      const inside = m[2].split(/\s+/);
      if (!name.some((w) => w.length > 2 && inside.includes(w))) continue;
      if (!/^[ \t\p{L}\p{M}-]{0,20}\)/u.test(ctx.lower.slice(whole.end, whole.end + 22))) continue;
      if (whole.noun ? head(whole.noun) !== head(part.noun) : !/^[a-z]/.test(name[0])) continue;
      if (!new D(whole.value!.exact).gt(part.value!.exact)) continue;
      out.push({ part, whole, percent: p });
    }
  }
  // "14.228 bà mẹ mang thai được sàng lọc, tương đương 76,4% số trẻ sinh ra trong năm (18.624 trẻ)",
  // "12,400 women were screened, equivalent to 76.4% of births in the year (16,230 births)": the
  // base named, its count in the bracket right after with the name's own noun. The name says what
  // the base is, so the part may count something else (mothers against births).
  for (const s of ctx.sentences) {
    for (let i = 1; i + 1 < s.figs.length; i++) {
      const [part, p, whole] = [s.figs[i - 1], s.figs[i], s.figs[i + 1]];
      if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.some((q) => q.kind !== "estimate") || out.some((x) => x.percent === p)) continue;
      if (part.kind !== "number" || !isCount(part) || !part.noun || whole.kind !== "number" || !isCount(whole) || !whole.noun || whole.qualifiers.length) continue;
      const gap = ctx.lower.slice(part.end, p.qualifiers[0]?.start ?? p.start);
      if (!(BRACKET_LINK.test(gap) || /^[^.;:\d%()]{0,90},[ \t]*(?:tương đương(?:[ \t]+với)?|tương ứng(?:[ \t]+với)?)[ \t]*$/u.test(gap)) || NOT_SHARE.test(gap)) continue;
      const m = NOUN_BASE.exec(ctx.lower.slice(p.end, whole.start));
      if (!m || NOT_SHARE.test(m[1]) || !new RegExp(`(?:^|[ \\t])${whole.noun.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:[ \\t]|$)`, "u").test(m[1])) continue;
      if (!/^[ \t]*\)/u.test(ctx.lower.slice(whole.end + whole.noun.length + 1, whole.end + whole.noun.length + 4)) && !/^[ \t]*\)/u.test(ctx.lower.slice(whole.end, whole.end + 3))) continue;
      if (!new D(whole.value!.exact).gt(0)) continue;
      out.push({ part, whole, percent: p });
    }
  }
  return out;
}

/** After the percent: the base's name, with its noun, then the bracket of its count. */
const NOUN_BASE = /^[ \t]+(?:(?:của[ \t]+|trên[ \t]+)?(?:tổng[ \t]+)?số[ \t]+|of[ \t]+(?:the[ \t]+|all[ \t]+)?)((?:[\p{L}\p{M}-]+)(?:[ \t]+[\p{L}\p{M}-]+){0,6})[ \t]*\([ \t]*$/u;

/** Part to percent: the part's own clause, then the rate's words. */
const BRACKET_LINK = /^[^.;:\d%()]{0,90},[ \t]*(?:(?:(?:tỷ|tỉ)[ \t]+lệ(?:[ \t]+[\p{L}\p{M}]+){0,3}?[ \t]+)?(?:đạt|là|bằng|chiếm)|(?:an?[ \t]+|the[ \t]+)?(?:[\p{L}-]+[ \t]+)?rate[ \t]+of|or|representing|equivalent to)[ \t]*$/u;
const NOT_SHARE = /(?<![\p{L}])(?:tăng|giảm|so với|cùng kỳ|kế hoạch|mục tiêu|chỉ tiêu|up|down|rose|fell|increase|decrease|compared|than|target|plan|previous|last year|per)(?![\p{L}])/u;
/** After the percent: the base's name, then a bracket that names it again before its count. */
const BRACKET_BASE = /^[ \t]+(?:of[ \t]+(?:the[ \t]+)?|(?:của[ \t]+|trên[ \t]+)?(?:tổng[ \t]+)?)((?:[\p{L}\p{M}-]+)(?:[ \t]+[\p{L}\p{M}-]+){0,2})[ \t]*\([ \t]*([\p{L}\p{M} -]{2,40}?)[ \t]*$/u;
