// change-direction: a "fall" that goes up, a "rise" that goes down.
import type { UnitContext } from "../claims/context.ts";
import type { Figure, Span } from "../types.ts";
import { findBaseChanges, findRankChanges, type Change } from "../claims/change.ts";
import type { Interval } from "../math/interval.ts";
import { allChanges, endpointRoles, endpoints, impliedBases } from "./change-arithmetic.ts";

export const RULE = "change-direction";

/** "fell from £18.4m to £12.9m, up 29.9%": a direction word before a stated size, against the ends. */
function checkStatedWords(ctx: UnitContext, c: Change, a: Interval, b: Interval): void {
  const actual = b.lo.gt(a.hi) ? "up" : b.hi.lt(a.lo) ? "down" : undefined;
  if (!actual) return;
  for (const x of c.stated) {
    if (x.what !== "difference" && x.what !== "relative") continue;
    const q = x.figure.qualifiers[0]?.start ?? x.figure.start;
    const from0 = Math.max(0, q - 14);
    const m = /(?<![\p{L}])(up|down|tăng|giảm)[ \t]*(?:by[ \t]+|thêm[ \t]+)?$/u.exec(ctx.lower.slice(from0, q));
    if (!m) continue;
    const at = from0 + m.index;
    if (c.directionWord && c.directionWord.start === at) continue;
    const said = /^(?:up|tăng)$/u.test(m[1]) ? "up" : "down";
    if (said === actual) continue;
    const word = ctx.text.slice(at, at + m[1].length);
    const from = ctx.text.slice(c.from.start, c.from.end);
    const to = ctx.text.slice(c.to.start, c.to.end);
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: endpointRoles(c, ctx.lang),
      ok: false,
      explain: { vi: `${from} → ${to}: "${word}" ✗`, en: `${from} → ${to}: "${word}" ✗` },
      at: { start: at, end: at + m[1].length },
      message: plainMessage(word, said, from, to),
      related: [
        { span: c.from, message: { vi: "giá trị đầu", en: "starting value" } },
        { span: c.to, message: { vi: "giá trị cuối", en: "end value" } },
      ],
    });
  }
}

/** "fell" said of a rise, with no polarity to explain it. */
function plainMessage(word: string, said: "up" | "down", from: string, to: string): { vi: string; en: string } {
  return {
    vi: `Ghi "${word}" nhưng từ ${from} đến ${to} là ${said === "up" ? "giảm" : "tăng"}`,
    en: `"${word}" says it went ${said}, but ${from} to ${to} is a ${said === "up" ? "fall" : "rise"}`,
  };
}

export function checkChangeDirection(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const c of allChanges(ctx)) {
    // A new value in the paragraph before is no place to point at here.
    if (c.toFrom) continue;
    const { a, b } = endpoints(ctx, c);
    checkStatedWords(ctx, c, a, b);
    if (!c.direction) continue;
    // ("| PAPI cải thiện thứ hạng so với năm 2022 | Từ 18 xuống 21 |": places in a ranking go down as
    // their numbers go up.)
    const line = ctx.lower.slice(Math.max(ctx.lower.lastIndexOf("\n", c.from.start - 1) + 1, c.from.start - 60), c.from.start).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, "năm");
    if (/(?<![\p{L}])(?:thứ[ \t]+hạng|xếp[ \t]+hạng|ranking|rank|position)(?![\p{L}])[^.;\d]{0,50}$/u.test(line) && !c.from.unit && !c.to.unit && c.from.kind === "number" && c.to.kind === "number") continue;
    const ok = c.direction === "up" ? b.hi.gt(a.lo) : b.lo.lt(a.hi);
    // ("87 certificates were revoked (23 firearm certificates and 64 shotgun certificates), compared with
    // 71 in 2023/24": a part inside a bracket closed before the earlier value is not the value compared.)
    if (!ok && c.to.end <= c.from.start && ctx.lower.slice(Math.max(0, c.to.start - 200), c.to.start).lastIndexOf("(") > ctx.lower.slice(Math.max(0, c.to.start - 200), c.to.start).lastIndexOf(")") && /^[^()]*\)[ \t]*,?[ \t]*(?:compared[ \t]+(?:with|to)|so[ \t]+với|from|than|against|versus|on)(?![\p{L}])[^()]*\(?[ \t]*$/u.test(ctx.lower.slice(c.to.end, c.from.start)) && ctx.sentenceOf(c.to) === ctx.sentenceOf(c.from)) continue;
    const word = c.directionWord ? ctx.text.slice(c.directionWord.start, c.directionWord.end) : c.direction === "up" ? (lang === "vi" ? "tăng" : "rise") : lang === "vi" ? "giảm" : "fall";
    const at = ctx.text.slice(c.from.start, c.from.end);
    const to = ctx.text.slice(c.to.start, c.to.end);
    ctx.emit({
      kind: "change",
      rule: RULE,
      roles: endpointRoles(c, lang),
      ok,
      explain: {
        vi: `${at} → ${to}: ${c.direction === "up" ? "tăng" : "giảm"} ${ok ? "✓" : "✗"}`,
        en: `${at} → ${to}: ${c.direction === "up" ? "rise" : "fall"} ${ok ? "✓" : "✗"}`,
      },
      at: c.to,
      message: c.polarity
        ? {
            vi: `Ghi "${word}" nhưng ${c.polarity.noun} từ ${at} đến ${to} là ${c.direction === "up" ? "giảm" : "tăng"} (${c.polarity.lowerBetter ? "càng thấp càng tốt" : "càng cao càng tốt"})`,
            en: `Said to be "${word}" but the ${c.polarity.noun} went from ${at} to ${to}, a ${c.direction === "up" ? "fall" : "rise"} (${c.polarity.lowerBetter ? "lower is better" : "higher is better"})`,
          }
        : plainMessage(word, c.direction, at, to),
      related: [
        { span: c.from, message: { vi: "giá trị đầu", en: "starting value" } },
        ...(c.directionWord ? [{ span: c.directionWord, message: { vi: `từ "${word}"`, en: `the word "${word}"` } }] : []),
      ],
    });
  }
}

/** "ranked 18th of 121, up from 12th": a rank that rose must be a smaller number. */
export function checkRankDirection(ctx: UnitContext): void {
  const lang = ctx.lang;
  for (const c of findRankChanges(ctx)) {
    if (!c.direction || c.now === c.before) continue;
    const ok = c.direction === "up" ? c.now < c.before : c.now > c.before;
    const word = c.directionWord ? ctx.text.slice(c.directionWord.start, c.directionWord.end) : "";
    const rose = c.now < c.before;
    ctx.emit({
      kind: "rank",
      rule: RULE,
      roles: [{ figure: c.rank, role: lang === "vi" ? "thứ hạng" : "rank" }],
      ok,
      explain: {
        vi: `hạng ${c.before} → ${c.now}: ${rose ? "tăng" : "giảm"} bậc ${ok ? "✓" : "✗"}`,
        en: `rank ${c.before} → ${c.now}: ${rose ? "up" : "down"} ${ok ? "✓" : "✗"}`,
      },
      at: c.directionWord ?? c.rank,
      message: {
        vi: `Ghi "${word}" nhưng từ hạng ${c.before} đến hạng ${c.now} là ${rose ? "tăng" : "giảm"} bậc`,
        en: `Said to be "${word}" but moving from ${ordinal(c.before)} to ${ordinal(c.now)} is a ${rose ? "rise" : "fall"} in rank`,
      },
      related: [
        { span: c.nowSpan ?? c.rank, message: { vi: "thứ hạng hiện nay", en: "rank now" } },
        { span: c.beforeSpan, message: { vi: "thứ hạng trước", en: "earlier rank" } },
      ],
    });
  }
}

function ordinal(n: number): string {
  const t = n % 100;
  const suf = t >= 11 && t <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${n}${suf}`;
}

/** "So với năm 2023 (1.342 lượt), … tăng 156 lượt, tương ứng giảm 11,6%": the difference and its
 * percentage said to go opposite ways. */
/** A stated change and its percentage, each with a direction: they must go the same way. */
function emitTwoWays(ctx: UnitContext, diff: Figure, pct: Figure, at: Span, ok: boolean, said: { vi: string; en: string }, message: { vi: string; en: string }, related: { span: Span; message: { vi: string; en: string } }[]): void {
  const lang = ctx.lang;
  ctx.emit({
    kind: "change",
    rule: RULE,
    roles: [
      { figure: diff, role: lang === "vi" ? "mức thay đổi" : "stated change" },
      { figure: pct, role: lang === "vi" ? "tỷ lệ thay đổi" : "percentage change" },
    ],
    ok,
    explain: {
      vi: `${said.vi}: ${ok ? "cùng chiều ✓" : "ngược chiều ✗"}`,
      en: `${said.en}: ${ok ? "same direction ✓" : "opposite directions ✗"}`,
    },
    at,
    message,
    related,
  });
}

export function checkBaseChangeDirection(ctx: UnitContext): void {
  for (const c of findBaseChanges(ctx)) {
    const [dw, pw] = [c.diffWord, c.pctWord];
    if (!dw || !pw) continue;
    const w1 = ctx.text.slice(dw.start, dw.end);
    const w2 = ctx.text.slice(pw.start, pw.end);
    const d = ctx.text.slice(c.diff.start, c.diff.end);
    const p = ctx.text.slice(c.pct.start, c.pct.end);
    emitTwoWays(ctx, c.diff, c.pct, dw, dw.direction === pw.direction, { vi: `"${w1} ${d}" và "${w2} ${p}"`, en: `"${w1} ${d}" and "${w2} ${p}"` }, {
      vi: `Ghi "${w1} ${d}" nhưng lại "${w2} ${p}": cùng một thay đổi không thể vừa tăng vừa giảm`,
      en: `Said to be "${w1} ${d}" but also "${w2} ${p}": one change cannot go both ways`,
    }, [{ span: pw, message: { vi: `từ "${w2}"`, en: `the word "${w2}"` } }]);
  }
}

/** "số người bị thương giảm 5 người (+3,6%)": the sign in the bracket says the other way. */
export function checkSignDirection(ctx: UnitContext): void {
  for (const c of impliedBases(ctx)) {
    if (!c.sign) continue;
    const w = ctx.text.slice(c.word.start, c.word.end);
    const d = ctx.text.slice(c.diff.start, c.diff.end);
    const p = ctx.text.slice(c.sign.start, c.pct.end);
    const up = c.sign.direction === "up";
    emitTwoWays(ctx, c.diff, c.pct, c.word, c.sign.direction === c.direction, { vi: `"${w} ${d}" và "${p}"`, en: `"${w} ${d}" and "${p}"` }, {
      vi: `Ghi "${w} ${d}" nhưng tỷ lệ trong ngoặc là ${p}: dấu ${up ? "+" : "−"} là ${up ? "tăng" : "giảm"}`,
      en: `Said to be "${w} ${d}" but the bracket gives ${p}, a ${up ? "rise" : "fall"}`,
    }, [{ span: c.pct, message: { vi: "tỷ lệ thay đổi", en: "percentage change" } }]);
  }
}
