// A share no other reader placed: a count or an amount, then its percentage in brackets or after
// "chiếm"/"accounting for", and before it in the sentence a larger figure of the same thing:
// "có 18.426 lượt người …, tăng 7,8% so với năm 2024 (17.093 lượt); trong đó 4.215 lượt … (29,2%)",
// "Tổng phí bảo hiểm là 58,47 tỷ đồng (…), trong đó ngân sách nhà nước hỗ trợ 47,26 tỷ đồng, chiếm
// 70,8%", "… là 64 đơn vị, chiếm 8,6% tổng số đơn vị" (the whole named in the sentence before).
//
// Trust first: the nearest such whole before the part, never a value a change or comparison starts
// from, a target or a rate's base; and no other figure nearby that, as whole or part, makes the
// percentage hold (then the text means that pair, and this reading is not sure enough to alarm on).
import { D } from "../math/interval.ts";
import type { Figure } from "../types.ts";
import { UnitContext, isCount } from "./context.ts";

const LINK = /^(?:[ \t]+[\p{L}\p{M}]+){0,14}?(?:[ \t]*\([ \t]*(?:chiếm|bằng|tương[ \t]+đương|or|equal[ \t]+to)?|[ \t]*,[ \t]*(?:chiếm|bằng|tương[ \t]+đương(?:[ \t]+với)?|accounting[ \t]+for|representing|or|equal[ \t]+to))[ \t]*$/u;
const NOT_SHARE = /(?<![\p{L}])(?:tăng|giảm|up|down|rise|rose|fall|fell|increase|decrease|so[ \t]+với|compared|than|hơn|vượt|đạt|achieved|target|plan|kế[ \t]+hoạch|mục[ \t]+tiêu|dự[ \t]+toán|budget)(?![\p{L}])/u;
const PLAN_AFTER = /^[ \t]*(?:kế[ \t]+hoạch|dự[ \t]+toán|mục[ \t]+tiêu|chỉ[ \t]+tiêu|so[ \t]+với|cùng[ \t]+kỳ|of[ \t]+(?:the[ \t]+)?(?:plan|target|budget)|(?:above|below|more|less|higher|lower)(?![\p{L}]))/u;
/** A value a change, a comparison or a target starts from, or a rate's base. */
const BASE_BEFORE = /(?:(?<![\p{L}])(?:so[ \t]+với|compared[ \t]+(?:with|to)|cùng[ \t]+kỳ|năm[ \t]+trước|last[ \t]+year)(?:[^\d;.]|(?:19|20)\d\d){0,30}|(?<![\p{L}])(?:từ|from|than|on|versus|vs\.?|against|target(?:[ \t]+of)?|plan(?:[ \t]+of)?|budget(?:[ \t]+of)?|kế[ \t]+hoạch|mục[ \t]+tiêu|chỉ[ \t]+tiêu|dự[ \t]+toán|per|mỗi|trên)[ \t]+|(?:19|20)\d\d[ \t]*(?::|\())[ \t]*\(?[ \t]*$/u;

/** The one figure of a list, or none when there are several to choose from. */
function onlyOne(fs: Figure[]): Figure | undefined {
  return fs.length === 1 ? fs[0] : undefined;
}

function head(f: Figure, vi: boolean): string | undefined {
  if (!f.noun) return undefined;
  const w = f.noun.split(" ");
  return vi ? w[0] : w[w.length - 1].replace(/s$/u, "");
}

export function findFallbackShares(ctx: UnitContext, taken: Set<Figure>): { percent: Figure; part: Figure; whole: Figure }[] {
  const out: { percent: Figure; part: Figure; whole: Figure }[] = [];
  const vi = ctx.lang === "vi";
  const iv = (f: Figure) => ctx.numInterval(f.value!).scale(f.scale?.factor ?? "1");
  const measure = (f: Figure) => ((isCount(f) || (f.kind === "number" && !!f.scale)) && !f.unit ? "#" : f.unit && f.unit !== "%" && f.unit !== "pp" && f.unit !== "times" ? f.unit : undefined);
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let i = 1; i < s.figs.length; i++) {
      const p = s.figs[i];
      if (p.kind !== "percent" || p.unit !== "%" || !p.value || p.qualifiers.length || taken.has(p) || new D(p.value.exact).gt(100)) continue;
      const x = s.figs[i - 1];
      if (x.kind !== "number" || !x.value || x.qualifiers.length || x.perYear || !measure(x)) continue;
      const link = ctx.lower.slice(x.end, p.start);
      if (!LINK.test(link) || NOT_SHARE.test(link)) continue;
      const bracket = /\([ \t\p{L}\p{M}]*$/u.test(link);
      const after = ctx.lower.slice(p.end, p.end + 40);
      if (bracket ? !/^[ \t]*\)/u.test(after) : !/^[ \t]*(?:[.;,]|$|(?:của[ \t]+)?(?:tổng[ \t]+số|số|of[ \t]+(?:all|the|total)))/u.test(after)) continue;
      if (PLAN_AFTER.test(after)) continue;
      // The whole: the nearest larger figure of the same measure and thing before the part, in this
      // sentence, else (for "… tổng số <noun>") in the one before it in the paragraph.
      const ok = (w: Figure) => w.kind === "number" && !!w.value && !w.qualifiers.length && !w.perYear && measure(w) === measure(x) && (w.scale?.factor ?? "1") === (x.scale?.factor ?? "1") && new D(w.value.exact).gt(x.value!.exact) && (!x.noun || !w.noun || head(x, vi) === head(w, vi)) && !BASE_BEFORE.test(ctx.lower.slice(Math.max(0, (w.qualifiers[0]?.start ?? w.start) - 40), w.qualifiers[0]?.start ?? w.start));
      const namedPhrase = /^[ \t]*(?:của[ \t]+)?(?:tổng[ \t]+số|số)[ \t]+((?:[\p{L}\p{M}]+)(?:[ \t]+[\p{L}\p{M}]+){0,2})/u.exec(after)?.[1];
      const named = namedPhrase?.split(/[ \t]+/u)[0];
      // ("163 em, bằng 2,9% số em tham gia": the whole is a count said of all the words, not 4.987 em who passed.)
      const saysAll = (w: Figure) => !namedPhrase || ctx.lower.slice(w.end, w.end + 60).replace(/[ \t]+/gu, " ").includes(namedPhrase.replace(/[ \t]+/gu, " ").split(" ").slice(0, 3).join(" "));
      const prev = ctx.sentenceBefore(s);
      // ("… chiếm 8,6% tổng số đơn vị": the total the words name, the largest of them.)
      // (A short reach back: a scan of the whole sentence per percentage would be quadratic.)
      const back = s.figs.slice(Math.max(0, i - 31), i - 1);
      // ("The BCP handled 9,426 consignments in the year. Products of animal origin (POAO) made up 6,218
      // consignments (66.0%)": a part said to make up some of a count of its own noun, the sentence before's.)
      const madeUp = !named && !!x.noun && !!head(x, vi) && /(?<![\p{L}])(?:made[ \t]+up|make[ \t]+up|makes[ \t]+up|accounted[ \t]+for|accounts[ \t]+for|represented|chiếm)[ \t]*$/u.test(ctx.lower.slice(Math.max(s.start, x.start - 20), x.start));
      const sameHead = (w: Figure) => !!w.noun && head(w, vi) === head(x, vi);
      const whole = named
        ? [...(prev?.figs.slice(-30) ?? []), ...back].filter((w) => ok(w) && !!w.noun && w.noun.startsWith(named) && saysAll(w)).sort((a, b) => new D(b.value!.exact).cmp(a.value!.exact))[0]
        : back.reverse().find(ok) ?? (madeUp ? onlyOne((prev?.figs.slice(-30) ?? []).filter((w) => ok(w) && sameHead(w) && !BASE_BEFORE.test(ctx.lower.slice(Math.max(0, w.start - 40), w.start)))) : undefined);
      if (!whole) continue;
      // The part is said to be of the whole: "trong đó", "of which", "of these" between them (the
      // part the first count after those words), or the percentage names the whole ("tổng số đơn vị").
      const between = ctx.lower.slice(whole.end, x.qualifiers[0]?.start ?? x.start);
      const intro = /(?<![\p{L}])(?:trong[ \t]+đó|trong[ \t]+số[ \t]+(?:đó|này)|of[ \t]+which|of[ \t]+whom|including|among[ \t]+(?:them|these)|of[ \t]+(?:these|those))(?![\p{L}])/u.exec(between);
      const firstAfter = intro ? !s.figs.some((f) => f.start > whole.end + intro.index && f.end <= x.start && f.kind === "number" && measure(f) === measure(x) && !/\([^()]*$/u.test(ctx.lower.slice(whole.end, f.start))) : false;
      // ("A survey was posted to 612 members in January and 389 were returned (63.6%)": a bare count, what
      // became of some of the count before it in the sentence, said by its verb.)
      const outcome = !x.noun && ctx.sentenceOf(whole) === s && !!whole.noun && /^[ \t]+(?:were|was)[ \t]+(?:[a-z]+[ \t]+)?[a-z]+(?:ed|en)(?![\p{L}])/u.test(ctx.lower.slice(x.end, x.end + 30)) && /(?:,|(?<![\p{L}])and)[ \t]*$/u.test(ctx.lower.slice(whole.end, x.start)) && !/[;:]/u.test(ctx.lower.slice(whole.end, x.start)) && !s.figs.some((f) => f.start > whole.end && f.end <= x.start);
      if (!firstAfter && !named && !outcome && !(madeUp && ctx.sentenceOf(whole) !== s)) continue;
      if (!madeUp && /(?<![\p{L}])(?:tăng|giảm|thêm|hơn|vượt|up|down|more|fewer|rose|fell|increase[ \t]+of|decrease[ \t]+of|by)[ \t]*$/u.test(ctx.lower.slice(Math.max(0, (x.qualifiers[0]?.start ?? x.start) - 24), x.qualifiers[0]?.start ?? x.start))) continue;
      // No other figure around makes the percentage hold: then that pair is meant.
      const stated = ctx.interval(p, p.value);
      // (Every figure of the paragraph up to the next sentence: a list's whole may stand lines above.)
      const from = Math.max(0, p.start - 1500);
      const blank = ctx.text.slice(from, p.start).lastIndexOf("\n\n");
      const paraStart = blank < 0 ? from : from + blank;
      const next = ctx.sentences[si + 1];
      const near = [...ctx.sentences.slice(Math.max(0, si - 4), si).flatMap((t) => t.figs), ...s.figs.slice(Math.max(0, i - 40), i + 40), ...(next && !/\n[ \t]*\r?\n/u.test(ctx.text.slice(s.end, next.start)) ? next.figs.slice(0, 40) : [])];
      const pool: Figure[] = near.filter((f) => f.start >= paraStart).filter((f) => f.kind === "number" && !!f.value && !new D(f.value.exact).isZero() && measure(f) === measure(x));
      const holds = (a: Figure, b: Figure) => iv(a).div(iv(b)).scale(100).overlaps(stated);
      // (This reading is the last resort: a percentage more than twice or under half the share it
      // gives is of another base, not a slip of the pen.)
      const mid = iv(x).div(iv(whole)).scale(100).mid;
      if (!holds(x, whole) && (mid.gt(stated.mid.times(2)) || mid.lt(stated.mid.div(2)))) continue;
      if (!holds(x, whole) && pool.some((f) => (f !== whole && holds(x, f)) || (f !== x && holds(f, whole)))) continue;
      out.push({ percent: p, part: x, whole });
    }
  }
  return out;
}

