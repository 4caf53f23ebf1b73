// Suppression comments, honoured alike by the CLI and the language server:
//   <!-- figlint-disable-next-line RULE… -->   the next non-blank line
//   <!-- figlint-disable-line RULE… -->        this line
//   <!-- figlint-disable RULE… --> … <!-- figlint-enable RULE… -->
// Without a rule id a directive covers every rule. In plain text the same directive may stand alone
// on its line, without the comment markers (or after "#" or "//").
import type { Finding, Related, SuppressionReport } from "./types.ts";

type Kind = "disable-next-line" | "disable-line" | "disable" | "enable";

interface Directive {
  kind: Kind;
  rules: string[];
  line: number;
  start: number;
  end: number;
  used: boolean;
}

const IN_COMMENT = /<!--\s*figlint-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;
const BARE_LINE = /^[ \t]*(?:#+|\/\/)?[ \t]*figlint-(disable-next-line|disable-line|disable|enable)\b([^\n]*?)[ \t]*$/gm;

function parseRules(s: string): string[] {
  return s
    .replace(/--.*$/s, "") // "-- reason" after the rule list, as ESLint allows
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function findDirectives(text: string, languageId: "markdown" | "plaintext"): Directive[] {
  if (text.indexOf("figlint-") < 0) return [];
  const starts = lineStarts(text);
  const out: Directive[] = [];
  const seen = new Set<number>();
  const add = (m: RegExpExecArray) => {
    if (seen.has(m.index)) return;
    seen.add(m.index);
    out.push({ kind: m[1] as Kind, rules: parseRules(m[2]), line: lineOf(starts, m.index), start: m.index, end: m.index + m[0].length, used: false });
  };
  for (const m of text.matchAll(IN_COMMENT)) add(m as RegExpExecArray);
  if (languageId === "plaintext") for (const m of text.matchAll(BARE_LINE)) add(m as RegExpExecArray);
  return out.sort((a, b) => a.start - b.start);
}

function covers(d: Directive, rule: string): boolean {
  return d.rules.length === 0 || d.rules.includes(rule);
}

export function applySuppressions(
  text: string,
  findings: Finding[],
  languageId: "markdown" | "plaintext",
): { findings: Finding[]; report: SuppressionReport } {
  const directives = findDirectives(text, languageId);
  if (!directives.length) return { findings, report: { suppressed: 0, unused: [] } };
  const starts = lineStarts(text);
  const lines = text.split("\n");
  // disable-next-line targets the next line that is not blank.
  const target = new Map<Directive, number>();
  for (const d of directives) {
    if (d.kind === "disable-line") target.set(d, d.line);
    if (d.kind === "disable-next-line") {
      let l = lineOf(starts, d.end) + 1;
      while (l < lines.length && !/\S/.test(lines[l])) l++;
      target.set(d, l);
    }
  }
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const f of findings) {
    const line = lineOf(starts, f.start);
    let by: Directive | undefined;
    for (const [d, l] of target) if (l === line && covers(d, f.rule)) by = d;
    if (!by) {
      // The last disable/enable before the finding that speaks of its rule decides.
      for (const d of directives) {
        if (d.start > f.start) break;
        if (d.kind === "disable" && covers(d, f.rule)) by = d;
        else if (d.kind === "enable" && covers(d, f.rule)) by = undefined;
      }
    }
    if (by) {
      by.used = true;
      suppressed++;
    } else kept.push(f);
  }
  const unused: Related[] = directives
    .filter((d) => !d.used && d.kind !== "enable")
    .map((d) => ({ start: d.start, end: d.end, message: `unused figlint-${d.kind}${d.rules.length ? " " + d.rules.join(", ") : ""}` }));
  return { findings: kept, report: { suppressed, unused } };
}

/** The comment a code action inserts to silence rules on the next line or in the whole file. */
export function suppressionComment(kind: "next-line" | "file", rules: string[], languageId: "markdown" | "plaintext"): string {
  const body = `figlint-${kind === "next-line" ? "disable-next-line" : "disable"}${rules.length ? " " + rules.join(" ") : ""}`;
  return languageId === "markdown" ? `<!-- ${body} -->` : body;
}
