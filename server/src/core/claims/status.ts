// Status words: the verdict a text gives on a figure against its plan or target.
import { alt } from "../figures/patterns.ts";
import type { Span } from "../types.ts";
import { mayMatch } from "../text/gate.ts";

/** exceed: strictly above; meet: at least; miss: below. */
export type Status = "exceed" | "meetOrExceed" | "meet" | "miss";

const PLAN = "kế hoạch|kh|mục tiêu|chỉ tiêu|dự toán|nghị quyết|nq|yêu cầu|mức|so với|chỉ tiêu kế hoạch|chỉ tiêu nghị quyết|cam kết|target|plan|goal|budget|estimate";

const PHRASES: [string[], Status][] = [
  [["đạt và vượt", "đạt, vượt", "đạt hoặc vượt", "hoàn thành và hoàn thành vượt", "hoàn thành, hoàn thành vượt", "met or exceeded", "met and exceeded", "met or surpassed", "reached or exceeded", "achieved or exceeded", "achieved and exceeded", "met or beat"], "meetOrExceed"],
  [["was met", "were met", "has been met", "have been met", "is met", "are met"], "meet"],
  [["hoàn thành vượt", "vượt mức", "vượt xa", "exceeded", "exceeding", "exceeds", "surpassed", "surpassing", "overfulfilled", "beat", "beating", "outperformed", "outperforming", "outperforms", "ahead of"], "exceed"],
  [["was not met", "were not met", "has not been met", "have not been met", "has not yet been met", "have not yet been met", "not yet been met", "not yet met", "yet to be met", "not been achieved", "was not achieved", "were not achieved", "not yet achieved", "was missed", "were missed", "has been missed", "không đạt", "chưa đạt", "chưa đáp ứng", "không đáp ứng", "không hoàn thành", "chưa hoàn thành", "missed", "missing", "underperformed", "underperforming", "underperforms", "fell short of", "fell short", "falling short of", "falling short", "falls short", "failed to meet", "failed to reach", "failed to achieve", "did not meet", "did not reach", "did not achieve", "not met", "short of", "below the target", "below target", "below plan", "below the plan", "behind the target", "behind target", "behind plan", "behind the plan", "behind profile", "below profile", "behind trajectory", "đạt thấp", "dưới chỉ tiêu", "dưới mục tiêu", "dưới kế hoạch"], "miss"],
];

const EXCEED_PLAN = new RegExp(`(?<![\\p{L}])(?<!không |chưa )vượt[ \\t]+(?:so[ \\t]+với[ \\t]+)?(?:${PLAN})(?![\\p{L}])`, "u");
const MEET_PLAN = new RegExp(`(?<![\\p{L}])(?<!không |chưa |cơ bản |cơ bản đã |cơ bản đều )(?:đạt|hoàn thành|đáp ứng)[ \\t]+(?:(?:so[ \\t]+với|được)[ \\t]+)?(?:${PLAN})(?![\\p{L}])|(?<![\\p{L}])(?:met|achieved|reached|hit|fulfilled|attained)[ \\t]+(?:the[ \\t]+|its[ \\t]+|their[ \\t]+)?(?:annual[ \\t]+|set[ \\t]+)?(?:target|plan|goal)s?(?![\\p{L}])|(?<![\\p{L}])(?:met|achieved|hit|fulfilled|attained)[ \\t]+(?:the|its|their|our)[ \\t]+(?:[\\p{L}'’-]+[ \\t]+){1,3}?(?:target|goal|standard|benchmark)s?(?![\\p{L}])(?![ \\t]+(?:group|groups|audience|population|date|list))|(?<![\\p{L}])(?:meeting|meets|achieving|hitting)[ \\t]+(?:the|its|their)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,2}?(?:target|goal|standard|benchmark)s?(?![\\p{L}])(?![ \\t]+(?:group|groups|audience|population|date|list))|on[ \\t]+target`, "u");
const PLAN_RE = [[new RegExp(EXCEED_PLAN.source, "gu"), "exceed"], [new RegExp(MEET_PLAN.source, "gu"), "meet"]] as const;
// ("The four-hour standard was met for 74.2% of patients": how often it was met, no verdict.)
const PHRASE_RE = PHRASES.map(([ws, st]) => [new RegExp(`(?<![\\p{L}])(?:${alt(ws)})(?![\\p{L}])(?![ \\t]+(?:for|in)[ \\t]+(?:(?:only|just|over|under|nearly|almost|about|around|more[ \\t]+than|less[ \\t]+than|fewer[ \\t]+than)[ \\t]+)?(?:\\d[\\d.,]*[ \\t]*(?:%|per[ \\t]*cent|of(?![\\p{L}])|out[ \\t]+of)|the[ \\t]+(?:majority|remaining)|most[ \\t]+|all[ \\t]+|every[ \\t]+|each[ \\t]+|(?:a|one|two|three|four|five|six|seven|eight|nine|ten)[ \\t]+(?:in|of|out)))`, "gu"), st] as const);

export interface StatusHit extends Span {
  status: Status;
}

/** Status words in lower-cased text, with offsets relative to `base`. */
export function findStatuses(lower: string, base = 0): StatusHit[] {
  const out: StatusHit[] = [];
  const taken = (a: number, b: number) => out.some((h) => h.start < b && h.end > a);
  for (const [re, st] of PHRASE_RE) {
    if (!mayMatch(re, lower)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      const a = base + m.index;
      const b = a + m[0].length;
      if (!taken(a, b)) out.push({ status: st, start: a, end: b });
    }
  }
  for (const [g, st] of PLAN_RE) {
    if (!mayMatch(g, lower)) continue;
    g.lastIndex = 0;
    for (let m = g.exec(lower); m; m = g.exec(lower)) {
      const a = base + m.index;
      const b = a + m[0].length;
      if (!taken(a, b)) out.push({ status: st, start: a, end: b });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Words that mark a forecast or risk, under which no verdict is checked ("khó đạt", "at risk"). */
export const HEDGE = /(?:khó đạt|khả năng|nguy cơ|dự báo|phấn đấu|at risk|likely|expected to|on track)/u;
/** "đào tạo thêm 13.580 lượt người để hoàn thành chỉ tiêu 200.000": a purpose, no verdict. */
export const PURPOSE = /(?<![\p{L}])(?:để|nhằm|in order to|needed to|so as to)[ \t]*$/u;

export function statusWord(st: Status, lang: "vi" | "en"): string {
  const vi = { exceed: "vượt", meetOrExceed: "đạt và vượt", meet: "đạt", miss: "không đạt" };
  const en = { exceed: "exceeded", meetOrExceed: "met or exceeded", meet: "met", miss: "missed" };
  return (lang === "vi" ? vi : en)[st];
}

/** The status a bare verdict word gives: "not yet been met", "fell short", "chưa hoàn thành" miss;
 * "đạt và vượt" meets or exceeds; "exceeding", "beat", "hoàn thành vượt" exceed; "met", "đạt" meet. */
export function verdictOf(word: string): Status {
  const w = word.toLowerCase();
  if (/^(?:miss|fell|falling|không|chưa|behind|chậm)|(?<![\p{L}])not(?![\p{L}])/u.test(w)) return "miss";
  if (/đạt và vượt/u.test(w)) return "meetOrExceed";
  return /^(?:exceed|surpass|beat|vượt|hoàn thành vượt|ahead)/u.test(w) ? "exceed" : "meet";
}

/** "…, so với mục tiêu 40% là chưa đạt", "… thì chỉ tiêu này đã đạt", "…; chỉ tiêu này đã vượt": a
 * bare verdict that closes the clause after a target. "đạt" alone is a verdict only here, where it ends
 * its clause: "đạt 96% kế hoạch" goes on to a figure. ("…, bằng 97,1% chỉ tiêu (70 HCB), cơ bản đạt chỉ
 * tiêu": "cơ bản đạt", basically met, is the wording for a result just short of its target; no verdict.) */
const CLAUSE_VERDICT_VI = /^(?:[^;.!?\n]|(?<=\d)[.,](?=\d)){0,70}?(?:,|(?<![\p{L}])(?:là|thì|nên|vì vậy|do đó|như vậy)(?![\p{L}]))[ \t]*(?:(?:chỉ tiêu|mục tiêu|kết quả)(?:[ \t]+(?:này|đó|nói trên|đề ra))?[ \t]+)?(?:(?:là|đã|vẫn|đều|cũng)[ \t]+)*(?<!cơ bản[ \t]+)(đạt và vượt|hoàn thành vượt|vượt|đạt|hoàn thành|chưa đạt|không đạt|chưa hoàn thành|không hoàn thành)(?:[ \t]+(?:so[ \t]+với[ \t]+)?(?:kế hoạch|mục tiêu|chỉ tiêu|yêu cầu)(?:[ \t]+đề ra)?)?[ \t]*(?=[.;,!\n)]|$)|^[^;.()\d\n]{0,20}\)?[ \t]*;[ \t]*(?:chỉ tiêu|mục tiêu)[ \t]+(?:này|đó|nói trên)[ \t]+(?:(?:là|đã|vẫn|đều|cũng)[ \t]+)*(đạt và vượt|hoàn thành vượt|vượt|đạt|hoàn thành|chưa đạt|không đạt|chưa hoàn thành|không hoàn thành)[ \t]*(?=[.;,!\n)]|$)/u;

/** The bare verdict closing the clause that starts at `from` in `lower` (offsets as in `lower`). */
export function clauseVerdict(lower: string, from: number, to: number): StatusHit | undefined {
  const m = CLAUSE_VERDICT_VI.exec(lower.slice(from, to));
  // ("…, riêng tỷ lệ có bằng cấp thì đạt", "…, tuy nhiên doanh thu thì vượt": a verdict on another indicator.)
  if (!m || HEDGE.test(m[0]) || /(?<![\p{L}])(?:riêng|trong đó|tuy nhiên|nhưng|song|mặt khác|ngoài ra|còn|đối với)(?![\p{L}])/u.test(m[0])) return undefined;
  const w = m[1] ?? m[2];
  const start = from + m.index + m[0].lastIndexOf(w);
  const status = verdictOf(w);
  return { status, start, end: start + w.length };
}
