// The "Show Figures" report: every figure read in a document, what it was read as and the claims it
// takes part in, then the numbers set aside as not figures. Markdown, in the document's language.
import type { Checked } from "./checker.ts";
import { claimsOf, escapeMd, readValue, standsFor } from "./describe.ts";
import { msg } from "./messages.ts";
import { skipReason } from "./status.ts";

function cell(s: string): string {
  return escapeMd(s.replace(/\s+/g, " ")).replace(/\|/g, "\\|");
}

export function figuresReport(checked: Checked, name: string): string {
  const lang = checked.lang;
  const m = msg(lang);
  const out: string[] = [`# ${cell(m.reportTitle(name))}`, ""];
  const r = checked.result;
  if (!r) {
    const why = skipReason(checked);
    if (why) out.push(why, "");
    return out.join("\n");
  }
  out.push(`${m.language}: ${r.locale} · ${m.summary(r.stats)} ${m.findingsCount(r.findings.length)}`, "");
  const line = (o: number) => String(checked.index.position(o).line + 1);
  const tol = checked.settings.core.tolerances;
  if (r.figures.length) {
    // A list rather than a table: claims are long and several per figure, and the view is read as text.
    out.push(`## ${m.figuresHeading}`, "");
    for (const f of r.figures) {
      const reading = [readValue(f, lang), standsFor(f, lang, tol), ...f.qualifiers.map((q) => m.qualifier[q.kind])].filter(Boolean).join("; ");
      out.push(`- **${escapeMd(f.text)}** (${m.columns.line.toLowerCase()} ${line(f.start)}): ${escapeMd(reading)}`);
      const claims = claimsOf(r, f.id);
      if (!claims.length) out.push(`  - ${m.inNoClaim}`);
      for (const { claim, role } of claims) out.push(`  - ${m.claimKind[claim.kind]} (${escapeMd(role)}): ${escapeMd(claim.explain[lang])}`);
    }
  }
  if (r.nonFigures.length) {
    const c = m.columns;
    out.push("", `## ${m.nonFiguresHeading}`, "", `| ${c.line} | ${c.text} | ${c.kind} | ${c.why} |`, "|---:|---|---|---|");
    for (const n of r.nonFigures) out.push(`| ${line(n.start)} | ${cell(n.text)} | ${cell(m.nonFigure[n.kind])} | ${cell(n.reason)} |`);
  }
  return out.join("\n") + "\n";
}
