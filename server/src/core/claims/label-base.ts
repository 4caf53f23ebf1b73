// A share of a base the percent names by the words that introduced an earlier figure: "- Tổng kinh
// phí bồi thường, hỗ trợ đã được phê duyệt: 1.486,25 tỷ đồng." then "- Đã chi trả …: 1.127,40 tỷ
// đồng, đạt 75,9% kinh phí đã phê duyệt", "Approved funding for the scheme totalled £48.6m. … £41.2m
// had been spent, 84.8% of the approved funding". Strict: at least two words of substance in the
// name, every one of them in the clause that leads to exactly one earlier figure of the part's
// measure (and not all in the part's own), nothing after the name but the clause's end.
import { groupedTotal } from "./named-share.ts";
import { sameNoun } from "../figures/nouns.ts";
import type { Figure } from "../types.ts";
import { UnitContext, figureIndex, isCount, REST_BEFORE, scaledValue } from "./context.ts";
import { words } from "./label-words.ts";

export interface LabelBase {
  part: Figure;
  whole: Figure;
  percent: Figure;
  /** The whole was read in the paragraph before: a related location only. */
  wholeFrom?: UnitContext;
}

const LINK = /^[ \t]*(?:[\p{L}\p{M} \t-]{0,60}?)?,[ \t]*(?:đạt|bằng|chiếm|tương đương(?:[ \t]+với)?|tức là|or|representing|equal to|equivalent to|accounting for|which is|that is|i\.e\.)[ \t]+$/u;
const NAME = /^[ \t]+(?:of[ \t]+)?(?:the[ \t]+|all[ \t]+)?((?:[\p{L}\p{M}-]+[ \t]+){1,6}[\p{L}\p{M}-]+)[ \t]*(?:[.;,)]|$|\r?\n)/u;
const FILLER = new Set(["đã", "được", "phải", "cần", "due", "tiền", "amount", "của", "the", "of", "số", "tổng", "all", "total", "các", "những", "và", "có", "là", "cho", "đến", "nay", "to", "date", "so", "far", "our", "its", "their", "năm", "year"]);
/** A base that is a period's or a plan's, which other readers take, or a change. */
const NOT_BASE = /(?<![\p{L}])(?:kế hoạch|dự toán|mục tiêu|chỉ tiêu|cùng kỳ|so với|trước|tăng|giảm|plan|target|budget|previous|last|prior|compared|increase|decrease|growth)(?![\p{L}])/u;

function measure(f: Figure): string | undefined {
  if (f.kind !== "number" || f.perYear || !f.value || f.qualifiers.some((q) => q.kind !== "estimate")) return undefined;
  if (!f.unit) return isCount(f) && f.noun ? "count" : undefined;
  if (f.unit === "%" || f.unit === "pp" || f.unit === "times") return undefined;
  return `${f.unit}×${f.scale?.factor ?? "1"}`;
}

/** The words that lead to a figure: back to its sentence's start (or a semicolon), on through its own noun. */
function lead(ctx: UnitContext, f: Figure, m?: string): Set<string> {
  const s = ctx.sentenceOf(f);
  // ("Chi thường xuyên: 628.914 triệu đồng, bằng 104,4% dự toán (602.350 triệu đồng)": the label
  // leads to the first amount of its measure, not to the plan after it.)
  const k = m ? s.figs.indexOf(f) : -1;
  const prev = k > 0 ? s.figs.slice(0, k).reverse().find((g) => measure(g) === m) : undefined;
  const t = ctx.lower.slice(Math.max(s.start, f.start - 160, prev?.end ?? 0), f.qualifiers[0]?.start ?? f.start).split(";").pop()!;
  return new Set(words(`${t} ${f.noun ?? ""}`));
}

export function findLabelBases(ctx: UnitContext, taken: Set<Figure>): LabelBase[] {
  const out: LabelBase[] = [];
  for (const s of ctx.sentences) {
    for (let i = 1; i < s.figs.length; i++) {
      const [part, p] = [s.figs[i - 1], s.figs[i]];
      if (p.kind !== "percent" || p.unit !== "%" || taken.has(p) || p.qualifiers.length) continue;
      const m = measure(part);
      // ("sản phẩm 4 sao 130.000 đồng/kg, chiếm 25% sản lượng": a price or a rate per unit is no part
      // of a total.)
      if (!m || (part.unit ?? "").includes("/")) continue;
      let gap = ctx.lower.slice(part.end, p.start);
      if (!part.unit && part.noun && gap.startsWith(` ${part.noun}`)) gap = gap.slice(part.noun.length + 1);
      // ("xăng các loại 238.950 m³ (riêng xăng sinh học … 98.686 m³, chiếm 41,3% lượng xăng)": a part in the
      // bracket of an amount of its measure is a share of that amount, which the name need not repeat.)
      const open = ctx.lower.lastIndexOf("(", part.start);
      const host = open >= s.start && !ctx.lower.slice(open, part.start).includes(")") ? s.figs.filter((f) => f.end <= open).pop() : undefined;
      if (host && measure(host) === m && /^[ \t]*$/u.test(ctx.lower.slice(host.end, open))) continue;
      const n = NAME.exec(ctx.lower.slice(p.end, Math.min(s.end + 1, p.end + 70)));
      if (!n || NOT_BASE.test(n[1])) continue;
      // ("… had been spent, 84.8% of the approved funding": "of" links it without a verb.)
      if (!LINK.test(gap) && !(/^[ \t]+of[ \t]/u.test(n[0]) && /^[ \t]*(?:[\p{L}\p{M} \t-]{0,40}?)?,[ \t]*$/u.test(gap))) continue;
      const name = words(n[1]).filter((w) => !FILLER.has(w));
      // ("of the programme total": one word that names whose total it is will do.)
      if (name.length < 2 && !(name.length === 1 && name[0].length > 3 && /(?<![\p{L}])(?:total|tổng)(?![\p{L}])/u.test(n[1]))) continue;
      if (name.every((w) => lead(ctx, part).has(w))) continue;
      const hits: Figure[] = [];
      for (let j = figureIndex(ctx, part) - 1; j >= 0; j--) {
        const w = ctx.figures[j];
        if (part.start - w.end > 600) break;
        if (measure(w) !== m || (m === "count" && !sameNoun(w.noun, part.noun)) || REST_BEFORE.test(ctx.lower.slice(Math.max(0, w.start - 16), w.start))) continue;
        // ("tăng 57 HTX so với …": a change's size is no total.)
        if (/(?<![\p{L}])(?:tăng|giảm|thêm|up|down|by|more|fewer|increase[ \t]+of|decrease[ \t]+of)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, (w.qualifiers[0]?.start ?? w.start) - 14), w.qualifiers[0]?.start ?? w.start))) continue;
        // ("… tăng 10,4% so với cùng kỳ năm 2024 (421.306 hồ sơ)": the base of a change is last year's.)
        if (/(?<![\p{L}])(?:so[ \t]+với|compared[ \t]+(?:with|to)|than|from|on)[^;()]{0,40}\([ \t]*$/u.test(ctx.lower.slice(Math.max(0, w.start - 60), w.start).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, "năm"))) continue;
        // ("… đạt 92,4%, tương ứng 1.706 người": a count that restates a share is no total.)
        if (/\d[ \t]*%[ \t]*,?[ \t]*(?:tương[ \t]+ứng|tương[ \t]+đương|or|i\.e\.|equivalent[ \t]+to|that[ \t]+is)[ \t]*(?:với[ \t]+)?$/u.test(ctx.lower.slice(Math.max(0, (w.qualifiers[0]?.start ?? w.start) - 30), w.qualifiers[0]?.start ?? w.start))) continue;
        // ("… giống chè mới … là 4.318 ha, chiếm 62,4%; giống chè trung du còn 2.602 ha, chiếm 37,6% tổng diện
        // tích": a figure that is itself a share is a part beside this one, not its total.)
        if (/^[^.;\d]{0,30}?(?:,[ \t]*(?:chiếm|accounting[ \t]+for|or|bằng)[ \t]+|\([ \t]*(?:chiếm[ \t]+)?)\d[\d.,]*[ \t]*%(?![ \t]*(?:so[ \t]+với[ \t]+)?(?:dự[ \t]+toán|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|of[ \t]+(?:the[ \t]+)?(?:plan|target|budget)|cùng[ \t]+kỳ))/u.test(ctx.lower.slice(w.end, w.end + 70))) continue;
        const own = lead(ctx, w, m);
        // ("39.8% of the city total" is no share of "City Centre (986 …)": one word names no row's bracket.)
        if (name.every((x) => own.has(x)) && (name.length > 1 || !/\([^()]*$/u.test(ctx.text.slice(Math.max(0, w.start - 60), w.start)))) hits.push(w);
      }
      // "Kết quả thu hồi: các đơn vị đã nộp 41,26 tỷ đồng …, đạt 70,7% số phải thu hồi về ngân sách"
      // under the paragraph that stated it ("kiến nghị thu hồi về ngân sách nhà nước 58,37 tỷ đồng"):
      // when this paragraph states no other figure of the measure before the part.
      if (!hits.length && !ctx.figures.some((w) => w.end <= part.start && measure(w) === m)) {
        const prev = ctx.previous();
        const found = prev ? prev.figures.filter((w) => measure(w) === m && (m !== "count" || sameNoun(w.noun, part.noun)) && !REST_BEFORE.test(prev.lower.slice(Math.max(0, w.start - 16), w.start)) && name.every((x) => lead(prev, w).has(x))) : [];
        if (found.length === 1 && scaledValue(found[0]).gt(scaledValue(part))) out.push({ part, whole: found[0], percent: p, wholeFrom: prev });
        continue;
      }
      // (A "total" not above its part is some other figure: "16 xã … còn lại huy động 2.003,6 triệu đồng"
      // under "Tổng chi … 7.912,6 triệu đồng, bằng 83,4% số huy động".)
      if (hits.length !== 1 || groupedTotal(ctx, p, hits[0]) || !scaledValue(hits[0]).gt(scaledValue(part))) continue;
      out.push({ part, whole: hits[0], percent: p });
    }
  }
  return out;
}
