// Problems in a config file (unknown key, bad severity) shown on the config file itself, at the key
// when it can be found, so a typo there is as visible as a finding in a report.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { DiagnosticSeverity, type Connection, type Diagnostic } from "vscode-languageserver";
import { LineIndex } from "../core/text/positions.ts";
import type { LoadedConfig } from "../node/config.ts";

export class ConfigProblems {
  private shown = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  report(config: LoadedConfig): void {
    const byFile = new Map<string, LoadedConfig["problems"]>();
    for (const p of config.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    for (const [file, problems] of byFile) {
      let text = "";
      try {
        text = readFileSync(file, "utf8");
      } catch {
        // The file went away between loading and reporting; report at its top.
      }
      const index = new LineIndex(text);
      const diagnostics: Diagnostic[] = problems.map((p) => {
        const last = p.key.split(".").pop() ?? "";
        const at = last ? text.indexOf(JSON.stringify(last)) : -1;
        const span = at >= 0 ? { start: at, end: at + last.length + 2 } : { start: 0, end: 0 };
        return { range: index.range(span), severity: DiagnosticSeverity.Warning, source: "figlint", code: "config", message: `${p.key ? p.key + ": " : ""}${p.message}` };
      });
      const uri = pathToFileURL(file).href;
      const key = JSON.stringify(diagnostics);
      if (this.shown.get(uri) === key) continue;
      this.shown.set(uri, key);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  /** Before config files are read again: clear what was shown, the reload reports what remains. */
  clear(): void {
    for (const uri of this.shown.keys()) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.shown.clear();
  }
}
