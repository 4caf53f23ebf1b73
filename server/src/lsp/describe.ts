// What figlint read in a figure, as Markdown lines: shared by the hover and the Show Figures report so
// both say the same thing.
import { fmt } from "../core/math/format.ts";
import { figureInterval } from "../core/math/interval.ts";
import type { AnalysisResult, Claim, Figure, Lang, Num, Tolerances } from "../core/types.ts";
import { msg } from "./messages.ts";

export function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|]/g, (c) => "\\" + c);
}

function num(n: Num, lang: Lang): string {
  return fmt(n.exact, lang, n.decimals);
}

/** The value as read, before tolerances: "12.467,5 tỷ VND", "9–10%", "19/22". */
export function readValue(f: Figure, lang: Lang): string {
  const m = msg(lang);
  let core: string;
  if (f.kind === "range" && f.low && f.high) core = `${num(f.low, lang)}–${num(f.high, lang)}`;
  else if (f.kind === "fraction" && f.numerator && f.denominator) core = m.fraction(num(f.numerator, lang), num(f.denominator, lang));
  else if (f.value) core = num(f.value, lang);
  else core = f.text;
  const scale = f.scale ? ` ${f.scale.text}` : "";
  const unit = f.unit === "%" ? "%" : f.unit === "times" ? (lang === "vi" ? " lần" : "×") : f.unit ? ` ${f.unit}` : "";
  return `${core}${scale}${unit}`;
}

/** The interval the figure stands for once precision, scale and qualifiers apply, if it says more. */
export function standsFor(f: Figure, lang: Lang, tol: Tolerances): string | undefined {
  if (!f.value || (f.kind !== "number" && f.kind !== "percent" && f.kind !== "multiplier")) return undefined;
  const iv = figureInterval(f, f.value, tol);
  const unit = f.unit === "%" ? "%" : f.unit && f.unit !== "times" ? ` ${f.unit}` : "";
  const lo = fmt(iv.lo, lang);
  const hi = fmt(iv.hi, lang);
  if (lo === hi && !f.scale) return undefined;
  return lo === hi ? `${lo}${unit}` : `${lo} … ${hi}${unit}`;
}

export function claimsOf(result: AnalysisResult, figureId: number): { claim: Claim; role: string }[] {
  const out: { claim: Claim; role: string }[] = [];
  for (const c of result.claims) for (const r of c.roles) if (r.figure === figureId) out.push({ claim: c, role: r.role });
  return out;
}

export function describeFigure(f: Figure, result: AnalysisResult, tol: Tolerances): string[] {
  const lang = result.messageLanguage;
  const m = msg(lang);
  const lines: string[] = [`**${escapeMd(f.text)}** — ${m.figureKind[f.kind]}`, ""];
  const facts: string[] = [`${f.kind === "range" ? m.range : m.value}: ${escapeMd(readValue(f, lang))}`];
  const main = f.value ?? f.high ?? f.denominator;
  if (main) facts.push(`${lang === "vi" ? "Độ chính xác" : "Precision"}: ${m.precision(main.decimals, main.whole === true)}`);
  if (f.scale) facts.push(`${m.scale}: ${escapeMd(f.scale.text)} (× ${fmt(f.scale.factor, lang)})`);
  if (f.unit && f.unit !== "%") facts.push(`${m.unit}: ${escapeMd(f.unit)}${f.perYear ? ` ${m.perYear}` : ""}`);
  else if (f.perYear) facts.push(m.perYear);
  if (f.qualifiers.length) facts.push(`${m.qualifiers}: ${f.qualifiers.map((q) => `"${escapeMd(q.text)}" = ${m.qualifier[q.kind]}`).join(", ")}`);
  const stands = standsFor(f, lang, tol);
  if (stands) facts.push(`${m.stands}: ${escapeMd(stands)}`);
  if (f.noun) facts.push(`${m.noun}: ${escapeMd(f.noun)}`);
  if (f.year !== undefined) facts.push(`${m.year}: ${f.year}`);
  if (f.words) facts.push(m.words);
  lines.push(...facts.map((x) => `- ${x}`), "");
  const claims = claimsOf(result, f.id);
  if (!claims.length) lines.push(m.inNoClaim);
  for (const { claim, role } of claims) {
    lines.push(`${m.claimKind[claim.kind]} (${m.role}: ${escapeMd(role)}): \`${claim.explain[lang].replace(/`/g, "'")}\``, "");
  }
  return lines;
}
