// An amount's (or a count's) share of a plan whose amount the text stated before, by the plan's own word: "Kinh phí
// … năm 2024 được giao là 96,5 tỷ đồng … . Đến ngày 30/11/2024, đã giải ngân 78,2 tỷ đồng, đạt
// 81,0% dự toán", "The capital budget for the year was £48.6m. By March, £41.2m had been spent,
// 84.8% of the budget.", "Kế hoạch giai đoạn 2021–2025 đề ra 160 đề án; … đã thực hiện 131 đề án,
// đạt 81,9% kế hoạch giai đoạn" (counts of one noun). Strict: the percent names the plan with nothing after it but "năm" or
// "giao" (no period, no other plan), the achieved amount comes right before it, and exactly one
// earlier amount of the same unit and scale, in this sentence or the one before, is introduced as
// that plan ("dự toán", "kế hoạch", "được giao", "budget", "allocated"…).
import { sameNoun } from "../figures/nouns.ts";
import { PLAN_SLASH } from "../figures/patterns.ts";
import type { Figure } from "../types.ts";
import { UnitContext, inBrackets, isCount } from "./context.ts";
import { findTotalParts } from "./parts.ts";

export interface PlanBefore {
  percent: Figure;
  part: Figure;
  whole: Figure;
}

const AFTER = /^[ \t]+(?:of[ \t]+|so với[ \t]+)?(?:the[ \t]+|its[ \t]+)?(?:(annual[ \t]+|full-year[ \t]+|capital[ \t]+|revenue[ \t]+)?(budget|allocation|plan|target)|(dự toán|kế hoạch|chỉ tiêu|mục tiêu)(?:[ \t]+vốn)?(?:[ \t]+(?:cả năm|năm|giai đoạn|nhiệm kỳ|giao|được giao|đề ra|năm được giao|(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?)){0,3})[ \t]*(?:[.,;)]|$|\n|(?:và|and|but|nhưng)[ \t])/u;
const BEFORE = /(?:đạt|bằng|,|\(|or|which is|equal to|representing)[ \t]*$/u;
// (A period of years names the plan too: "Kế hoạch giai đoạn 2021–2025 đề ra 160 đề án".)
const PLAN_INTRO: Record<string, RegExp> = {
  "dự toán": /(?:dự toán|được giao|giao|phân bổ)(?:(?:[ \t]+|,[ \t]*)(?:[\p{L}\p{M}]+|(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?)){0,12}?[ \t]*(?:là|:)?[ \t]*$/u,
  "kế hoạch": /(?:kế hoạch|được giao|giao|phân bổ|bố trí)(?:(?:[ \t]+|,[ \t]*)(?:[\p{L}\p{M}]+|(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?)){0,12}?[ \t]*(?:là|:)?[ \t]*$/u,
  budget: /(?:budget|allocat\p{L}*|appropriat\p{L}*)(?:[ \t]+(?:[\p{L}-]+|(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?)){0,12}?[ \t]*(?:was|is|of|at|stood at|totalled|totaled|:)?[ \t]*$/u,
  "chỉ tiêu": /(?:chỉ tiêu|mục tiêu|được giao|giao)(?:(?:[ \t]+|,[ \t]*)(?:[\p{L}\p{M}]+|(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?)){0,12}?[ \t]*(?:là|:)?[ \t]*$/u,
  "mục tiêu": /(?:chỉ tiêu|mục tiêu|được giao|giao)(?:(?:[ \t]+|,[ \t]*)(?:[\p{L}\p{M}]+|(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?)){0,12}?[ \t]*(?:là|:)?[ \t]*$/u,
  target: /(?:target|goal)(?:[ \t]+(?:[\p{L}-]+|(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?)){0,12}?[ \t]*(?:was|is|of|at|:)?[ \t]*$/u,
  plan: /(?:plan|planned|target)(?:[ \t]+(?:[\p{L}-]+|(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?)){0,12}?[ \t]*(?:was|is|of|at|:)?[ \t]*$/u,
  allocation: /(?:allocat\p{L}*|budget)(?:[ \t]+(?:[\p{L}-]+|(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?)){0,12}?[ \t]*(?:was|is|of|at|:)?[ \t]*$/u,
};
const LEFT_TO_DO = /(?<![\p{L}])(?:còn[ \t]+phải|còn[ \t]+lại|chưa[ \t]+giải[ \t]+ngân|chưa[ \t]+thực[ \t]+hiện|remaining|outstanding|left[ \t]+to|still[ \t]+to|yet[ \t]+to)(?![\p{L}])/u;
const REVENUE = /(?<![\p{L}])(?:thu|revenue|income|receipts)(?![\p{L}])/u;
const SPENDING = /(?<![\p{L}])(?:chi|giải ngân|expenditure|spending|spent|spend|costs?)(?![\p{L}])/u;
// (Or any verb of what was done: "đã trồng được 1.146 ha", "we have planted 1,146 ha".)
const VERB_BEFORE = /(?:giải ngân|đã chi|chi được|thực hiện|hoàn thành|thu được|đã thu|huy động|spent|disbursed|collected|raised|paid out|drew down|completed|delivered|carried out|implemented|(?<![\p{L}])đã(?:[ \t]+[\p{L}\p{M}]+){1,2}(?=[ \t]+được[ \t]*$)|(?<![\p{L}])đã[ \t]+(?:ứng|cấp|chi|thu|cho[ \t]+vay|đầu[ \t]+tư|hỗ[ \t]+trợ|trồng|xây[ \t]+dựng|bàn[ \t]+giao|thanh[ \t]+toán)(?=[ \t]*$)|(?<![\p{L}])(?:had|have|has)[ \t]+(?:been[ \t]+)?[a-z]+ed)[ \t]*(?:được[ \t]+|là[ \t]+|of[ \t]+)?$/u;
const VERB_AFTER = /^[ \t]*(?:[a-z-]+[ \t]+){0,2}?(?:had been|has been|have been|was|were)?[ \t]*(?:spent|disbursed|collected|raised|paid out|drawn down|planted|built|completed|delivered|installed|recruited|trained|issued|approved|repaired|resurfaced|inspected|treated|visited|opened|connected|enrolled)(?![\p{L}])/u;
const PERIOD = /(?:tháng|quý|6 tháng|9 tháng|month|quarter|half-year|ytd|year-to-date|điều chỉnh|bổ sung|revised)/u;

/** Words that say when, not what: "đến ngày 30/11/2024", "as at 30 November 2024", "năm 2024". */
const DATED = /(?:đến[ \t]+(?:hết[ \t]+)?ngày|tính đến ngày|ngày|as[ \t]+at|by|at|to|in|năm)[ \t]+[\d\/ \p{L}]{0,24}?(?:19|20)\d\d(?:\/\d{2})?|(?:đến nay|hiện nay|so far|to date)|(?<![\p{L}])(?:sau|qua|trong|after|over|in)[ \t]+(?:\d+|hai|ba|bốn|năm|two|three|four|five)[ \t]+(?:năm|tháng|quý|years?|months?|quarters?)(?:[ \t]+(?:thực hiện|triển khai))?(?![\p{L}])/gu;
// (The body that reports is no item of the plan either: "Quỹ đã ứng …", "the Trust spent …".)
const FILLER = /(?<![\p{L}])(?:đến hết|đến|hết|tính đến|cuối|đầu|giữa|đã|được|lũy kế|luỹ kế|toàn tỉnh|toàn huyện|toàn thành phố|tỉnh|huyện|ước|quỹ|sở|ban|đơn vị|trung tâm|we|had|have|has|been|the|council|trust|fund|service|authority|board|it|our|of|this|that|năm|tháng|month|months|year)(?![\p{L}])/gu;

/** The years a text names: "2024", the fiscal "2024/25", every year of "giai đoạn 2021–2025" (not
 * the year of a date, "30/11/2024"). */
export function yearsNamed(t: string): Set<string> {
  const out = new Set<string>();
  for (const m of t.matchAll(/(?<![\d/])(20\d\d)(?:[ \t]*[–—-][ \t]*(20\d\d)|(\/\d{2}))?(?![\d/])/gu)) {
    if (m[3]) out.add(m[1] + m[3]);
    else for (let y = +m[1]; y <= +(m[2] ?? m[1]) && y - +m[1] < 20; y++) out.add(String(y));
  }
  return out;
}

function amount(f: Figure): boolean {
  return f.kind === "number" && !f.perYear && !!f.value && ((!!f.unit && f.unit !== "%" && f.unit !== "pp" && f.unit !== "times") || (isCount(f) && !!f.noun));
}

/** One measure: a unit in one scale, or a count of one noun ("160 đề án … 131 đề án"). */
function sameMeasure(f: Figure, g: Figure): boolean {
  if (!f.unit || !g.unit) return !f.unit && !g.unit && sameNoun(f.noun, g.noun);
  return f.unit === g.unit && (f.scale?.factor ?? "1") === (g.scale?.factor ?? "1");
}

/** "chiếm 1,12% tổng chi ngân sách địa phương (8.616 tỷ đồng)": the bracketed base of another
 * share is no rival plan. */
function shareBase(ctx: UnitContext, f: Figure): boolean {
  return /%[ \t]+(?:of[ \t]+)?[\p{L}\p{M} ,-]{2,60}\([ \t]*$/u.test(ctx.lower.slice(Math.max(0, f.start - 70), f.start));
}

export function findPlansBefore(ctx: UnitContext, taken: Set<Figure>): PlanBefore[] {
  const out: PlanBefore[] = [];
  if (!/dự toán|kế hoạch|chỉ tiêu|mục tiêu|budget|allocat|plan|target/u.test(ctx.lower)) return out;
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    for (let i = 1; i < s.figs.length; i++) {
      const p = s.figs[i];
      if (taken.has(p) || p.kind !== "percent" || p.unit !== "%" || p.qualifiers.length) continue;
      const a = AFTER.exec(ctx.lower.slice(p.end, p.end + 50));
      // ("Tổng kinh phí hỗ trợ theo kế hoạch … là 96,5 tỷ đồng; lũy kế … đã giải ngân 72,4 tỷ đồng, đạt 78,0%.":
      // a bare "đạt X%" closing the clause is of the plan the sentence named before the amount.)
      const bare = !a && ctx.lang === "vi" && /^[ \t]*(?:[.;]|$)/u.test(ctx.lower.slice(p.end, p.end + 3)) && /,[ \t]*đạt[ \t]*$/u.test(ctx.lower.slice(s.figs[i - 1].end, p.start)) ? [...ctx.lower.slice(s.start, s.figs[i - 1].start).matchAll(/(?<![\p{L}])(dự toán|kế hoạch|chỉ tiêu|mục tiêu)(?![\p{L}])/gu)] : [];
      if (!a && !bare.length) continue;
      const word = a ? a[3] ?? a[2] : bare[bare.length - 1][1];
      let part = s.figs[i - 1];
      // ("Quỹ đã ứng 742,5 tỷ đồng cho 21 dự án, đạt 83,6% kế hoạch vốn": past a count of what the amount
      // went to.)
      const by = i >= 2 ? s.figs[i - 2] : undefined;
      const linkFrom = part;
      if (by && by.unit && !part.unit && part.kind === "number" && isCount(part) && !!part.noun && /^[ \t]*(?:cho|for|across|tại|ở|to|on)[ \t]+$/u.test(ctx.lower.slice(by.end, part.start))) part = by;
      // (A count's noun is no part of the link: "187 công trình, đạt".)
      let link = ctx.lower.slice(linkFrom.end, p.start);
      if (!linkFrom.unit && linkFrom.noun && link.startsWith(` ${linkFrom.noun}`)) link = link.slice(linkFrom.noun.length + 1);
      // "tiêm được 286.420 liều/kế hoạch 312.700 liều, đạt 91,6% kế hoạch": the done and the planned
      // written as a slash pair; the percent is the one over the other.
      const done = s.figs[i - 2];
      if (done && amount(done) && amount(part) && sameMeasure(done, part) && PLAN_SLASH.test(ctx.lower.slice(done.end, part.start)) && BEFORE.test(link) && link.length <= 12 && /^(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán|target|plan)$/u.test(word)) {
        out.push({ percent: p, part: done, whole: part });
        continue;
      }
      // ("4,350 trees were planted, 127.0% of the target": the part's own passive verb between.)
      const passive = /^[ \t]+(?:were|was|had[ \t]+been|have[ \t]+been|has[ \t]+been)[ \t]+[a-z]+ed[ \t]*,[ \t]*$/u.test(link);
      if (!amount(part) || !(passive || (BEFORE.test(link) && link.length <= 12))) continue;
      // "kỳ thi tuyển … với 146 chỉ tiêu; kết quả có 131 thí sinh trúng tuyển, đạt 89,7% chỉ tiêu":
      // the quota is a count of places ("chỉ tiêu") of its own, the one in the sentence up to the part.
      if (word === "chỉ tiêu" && isCount(part) && part.noun && !part.noun.startsWith("chỉ tiêu")) {
        const quotas = s.figs.filter((f) => f.end <= part.start && f.kind === "number" && isCount(f) && f.noun === "chỉ tiêu" && !inBrackets(ctx, s.start, f.start));
        const counts = s.figs.filter((f) => f.end <= part.start && f !== quotas[0] && f.kind === "number" && isCount(f) && !f.year);
        if (quotas.length === 1 && counts.length === 0 && !/[.:]/u.test(ctx.lower.slice(quotas[0].end, part.start).replace(/\d[.,]\d/gu, "")) && !/^[ \t]+chỉ[ \t]+tiêu[ \t]*,?[ \t]*(?:đạt|vượt|chưa|không|hoàn thành|có khả năng|khó)/u.test(ctx.lower.slice(quotas[0].end, quotas[0].end + 40))) {
          out.push({ percent: p, part, whole: quotas[0] });
          continue;
        }
      }
      // The amount achieved against the whole plan, told by its verb ("đã giải ngân 78,2 tỷ đồng",
      // "£41.2m had been spent"), not an item's amount held to the item's own plan ("Chi đầu tư phát
      // triển 1.872,5 tỷ đồng, bằng 35,2% dự toán").
      const pq = part.qualifiers[0]?.start ?? part.start;
      const clause = ctx.lower.slice(s.start, pq).split(/[;:]/u).pop()!;
      // ("…, đến ngày 30/11/2024 đã giải ngân 11.340 triệu đồng": the verb's own comma clause may be short.)
      if (!(VERB_BEFORE.test(clause) && (clause.length <= 70 || clause.split(",").pop()!.length <= 45)) && !(VERB_AFTER.test(ctx.lower.slice(part.end, p.start + 1)) && clause.replace(/^[^,]*,/u, "").trim().length <= 12)) continue;
      // ("Số vốn còn phải giải ngân đến hết năm kế hoạch là 2.473,9 tỷ đồng": what is left to do is no plan.)
      const same = (f: Figure) => amount(f) && f !== part && sameMeasure(f, part) && !shareBase(ctx, f) && !LEFT_TO_DO.test(ctx.lower.slice(Math.max(ctx.sentenceOf(f).start, f.start - 90), f.start).split(/[;:]/u).pop()!);
      const intro = PLAN_INTRO[word];
      if (!intro) continue;
      const candidates: Figure[] = [];
      // (Every plan of that measure the paragraph states so far, and every amount beside one: a
      // second budget, a revised one or an item's own leaves it unclear which is meant.)
      let plans = 0;
      for (const t of ctx.sentences.slice(0, si + 1)) {
        const own0 = t.figs.filter((f) => f.end <= part.start && same(f));
        const introduced = own0.filter((f) => intro.test(ctx.lower.slice(Math.max(t.start, (f.qualifiers[0]?.start ?? f.start) - 90), f.qualifiers[0]?.start ?? f.start)));
        // ("Tổng kinh phí bố trí … là 186,4 tỷ đồng, gồm: ngân sách trung ương 92,5 tỷ đồng, …": the plan's
        // own breakdown holds no rival plan.)
        const itsParts = new Set(introduced.length ? findTotalParts(ctx).filter((x) => introduced.includes(x.whole)).flatMap((x) => x.parts.map((q) => q.figure)) : []);
        const own = own0.filter((f) => !itsParts.has(f));
        plans += introduced.length;
        if (introduced.length && own.length > 1) plans += 1;
      }
      if (plans !== 1) continue;
      for (const t of si > 0 ? [ctx.sentences[si - 1], s] : [s]) {
        for (const f of t.figs) {
          if (f.end > part.start || !same(f) || inBrackets(ctx, t.start, f.start)) continue;
          const lead = ctx.lower.slice(Math.max(t.start, (f.qualifiers[0]?.start ?? f.start) - 90), f.qualifiers[0]?.start ?? f.start);
          // ("Dự toán thu … 12.480 tỷ đồng. Ước chi cả năm 11.920 tỷ đồng, bằng 93,5% dự toán": the
          // spending is not held to the revenue plan.)
          const own = ctx.lower.slice(Math.max(s.start, part.start - 120), part.start);
          const crossed = (REVENUE.test(lead) && SPENDING.test(own) && !REVENUE.test(own)) || (SPENDING.test(lead) && REVENUE.test(own) && !SPENDING.test(own));
          if (intro.test(lead) && !PERIOD.test(lead.slice(-40)) && !crossed) candidates.push(f);
        }
      }
      if (candidates.length !== 1 || (!!a && PERIOD.test(ctx.lower.slice(p.end, p.end + a[0].length)))) continue;
      // ("Kế hoạch vốn năm 2024 là 2.600 tỷ đồng. Đến ngày 30/11/2024, các dự án chuyển tiếp đã giải
      // ngân …": a subject of its own that the plan did not name is an item held to its own plan;
      // "The 2023/24 budget was … . In 2024/25, … had been spent": another year's plan.)
      const w = candidates[0];
      const planLead = ctx.lower.slice(Math.max(0, (w.qualifiers[0]?.start ?? w.start) - 90), w.qualifiers[0]?.start ?? w.start);
      const subject = clause.split(/[,.;]/u).pop()!.replace(DATED, " ").replace(VERB_BEFORE, " ").replace(FILLER, " ");
      const own = subject.split(/[^\p{L}\p{M}]+/u).filter((x) => x.length >= 2);
      if (own.some((x) => !planLead.includes(x))) continue;
      const py = yearsNamed(planLead);
      const ay = yearsNamed(ctx.lower.slice(s.start, p.start));
      if (py.size && ay.size && ![...ay].some((y) => py.has(y))) continue;
      out.push({ percent: p, part, whole: candidates[0] });
    }
  }
  return out;
}
