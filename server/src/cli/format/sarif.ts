// SARIF 2.1.0 for code scanning: rule metadata from the rule list, one result per finding, related
// figures as relatedLocations, fixes where a finding has one. Columns are UTF-16 code units.
import type * as Sarif from "sarif";
import { RULE_DOCS_BASE, RULES } from "../../core/rules.ts";
import type { FileReport, Range } from "../report.ts";

const LEVEL: Record<string, Sarif.Result.level> = { error: "error", warning: "warning", information: "note", hint: "note" };

function region(r: Range): Sarif.Region {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

export function sarif(files: FileReport[], version: string, toUri: (p: string) => string): string {
  const results: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const f of files) {
    const artifactLocation = { uri: toUri(f.path) };
    if (f.problem) notifications.push({ level: f.problem.fatal ? "error" : "warning", message: { text: f.problem.message }, locations: [{ physicalLocation: { artifactLocation } }] });
    for (const d of f.diagnostics) {
      const ruleIndex = RULES.findIndex((r) => r.id === d.rule);
      results.push({
        ruleId: d.rule,
        ...(ruleIndex >= 0 ? { ruleIndex } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(d.range) } }],
        ...(d.related.length
          ? { relatedLocations: d.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, physicalLocation: { artifactLocation, region: region(r.range) } })) }
          : {}),
        ...(d.fix
          ? { fixes: [{ description: { text: d.fix.title }, artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region(d.fix.range), insertedContent: { text: d.fix.newText } }] }] }] }
          : {}),
      });
    }
  }
  const log: Sarif.Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "figlint",
            version,
            informationUri: RULE_DOCS_BASE.replace(/#.*$/, ""),
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description.en },
              fullDescription: { text: `${r.description.en} / ${r.description.vi}` },
              helpUri: RULE_DOCS_BASE + r.id,
              defaultConfiguration: { level: r.defaultSeverity === "off" ? "none" : LEVEL[r.defaultSeverity], enabled: r.defaultSeverity !== "off" },
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        results,
        ...(notifications.length ? { invocations: [{ executionSuccessful: !notifications.some((n) => n.level === "error"), toolExecutionNotifications: notifications }] } : {}),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
