// The command line: main() takes argv and I/O and returns the exit code, so tests run it in-process
// as well as as a process. 0: no error or warning; 1: findings (or a file refused: not UTF-8); 2: usage
// or config error, or a file that could not be read (the report covers the others and says which).
import { writeFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { analyze } from "../core/analyze.ts";
import { RULE_IDS, RULES } from "../core/rules.ts";
import { mergeSettings, parseRuleSetting } from "../core/settings.ts";
import type { RuleSetting, SettingsInput } from "../core/types.ts";
import { configIgnores, loadConfigFor, readConfigFile } from "../node/config.ts";
import { expandTargets, languageOf, readReport } from "../node/files.ts";
import { figuresJson, figuresText } from "./figures.ts";
import { github } from "./format/github.ts";
import { json } from "./format/json.ts";
import { sarif } from "./format/sarif.ts";
import { stylish } from "./format/stylish.ts";
import { defaultWorkers, runPool, workerScript, type Job } from "./pool.ts";
import { checkReport, failedReport, readFailure, type FileReport } from "./report.ts";

declare const FIGLINT_VERSION: string | undefined;
const VERSION = typeof FIGLINT_VERSION === "string" ? FIGLINT_VERSION : "0.1.0";

export interface Io {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  isTTY: boolean;
}

const HELP = `figlint ${VERSION}: checks the figures in draft reports (Vietnamese and English)

Usage:
  figlint check [options] [PATH|GLOB|- ...]   check files, folders (recursively) and globs
  figlint figures [--format json|text] FILE…   print the figures read, for review
  figlint --list-rules | --version | --help

Options for check:
  -f, --format stylish|json|sarif|github   output format (default: stylish)
  -o, --output FILE                        write the report to FILE
      --max-warnings N                     exit 1 only when there are more than N warnings
  -q, --quiet                              report errors only
      --locale auto|vi|en                  number and message language (default: auto)
      --rule RULE=off|hint|info|warning|error   set a rule's severity (repeatable)
  -c, --config FILE                        use this config file instead of searching for one
      --print-config FILE                  print the settings that apply to FILE
      --stdin-filename NAME                name for text read from "-"
      --report-unused-disable              report suppression comments that silence nothing
      --max-file-size MB                   skip larger files (default: 10)
      --shard i/n                          check only the i-th of n deterministic slices
      --workers N                          worker threads (default: by file count and cores; 1 = none)
      --no-color                           never colour the output

Examples:
  figlint check                              all *.md, *.markdown, *.txt below this folder
  figlint check bao-cao/ "drafts/**/*.md"    folders and globs
  figlint check --format sarif -o figlint.sarif .
  figlint check --rule below-target=off --locale vi report.txt
  cat report.md | figlint check - --stdin-filename report.md

Exit codes: 0 no errors or warnings, 1 findings (or a file not in UTF-8), 2 usage or config error,
or a file that could not be read (missing, deleted during the run, no permission): the others are
still checked and the report names it.
Config: .figlintrc.json, .figlintrc.jsonc or figlint.config.json, found by walking up from each file.
`;

class UsageError extends Error {}

function parseRuleFlags(values: string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const v of values) {
    const m = /^([a-z0-9-]+)=(.+)$/.exec(v);
    if (!m) throw new UsageError(`--rule expects RULE=SEVERITY, got "${v}"`);
    if (!RULE_IDS.includes(m[1])) throw new UsageError(`--rule: unknown rule "${m[1]}" (see --list-rules)`);
    const sev = parseRuleSetting(m[2]);
    if (!sev) throw new UsageError(`--rule ${m[1]}: expected off, hint, info, warning or error, got "${m[2]}"`);
    out[m[1]] = sev;
  }
  return out;
}

export async function main(io: Io): Promise<number> {
  try {
    return await run(io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`figlint: ${(e as Error).message}\nRun "figlint --help" for usage.\n`);
      return 2;
    }
    throw e;
  }
}

async function run(io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: io.argv,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      locale: { type: "string" },
      rule: { type: "string", multiple: true },
      config: { type: "string", short: "c" },
      "print-config": { type: "string" },
      "stdin-filename": { type: "string" },
      "report-unused-disable": { type: "boolean" },
      "max-file-size": { type: "string" },
      workers: { type: "string" },
      shard: { type: "string" },
      "list-rules": { type: "boolean" },
      version: { type: "boolean", short: "v" },
      help: { type: "boolean", short: "h" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (values["list-rules"]) {
    for (const r of RULES) io.stdout(`${r.id.padEnd(26)} ${String(r.defaultSeverity).padEnd(12)} ${r.description.en}\n`);
    return 0;
  }
  const [command, ...targets] = positionals;
  if (values["print-config"] !== undefined) {
    const file = resolve(io.cwd, values["print-config"]);
    const cfg = values.config ? readConfigFile(resolve(io.cwd, values.config)) : loadConfigFor(file);
    if (cfg.problems.length) return configProblems(io, cfg.problems);
    io.stdout(JSON.stringify({ configFile: cfg.path ?? null, ...mergeSettings(cfg.settings, cliSettings(values)), ignore: cfg.ignore }, null, 2) + "\n");
    return 0;
  }
  if (command !== "check" && command !== "figures") {
    throw new UsageError(command ? `unknown command "${command}"` : "missing command: check or figures");
  }
  const format = values.format ?? (command === "figures" ? "text" : "stylish");
  const formats = command === "figures" ? ["json", "text"] : ["stylish", "json", "sarif", "github"];
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(", ")} for ${command}`);
  const maxWarnings = values["max-warnings"] === undefined ? -1 : Number(values["max-warnings"]);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError("--max-warnings expects a whole number");
  const maxMb = values["max-file-size"] === undefined ? 10 : Number(values["max-file-size"]);
  if (!(maxMb > 0)) throw new UsageError("--max-file-size expects a positive number of megabytes");
  let shard: [number, number] | undefined;
  if (values.shard) {
    const m = /^(\d+)\/(\d+)$/.exec(values.shard);
    if (!m || +m[1] < 1 || +m[1] > +m[2]) throw new UsageError(`--shard expects i/n with 1 ≤ i ≤ n, got "${values.shard}"`);
    shard = [+m[1], +m[2]];
  }
  const workersFlag = values.workers === undefined ? undefined : Number(values.workers);
  if (workersFlag !== undefined && !(Number.isInteger(workersFlag) && workersFlag >= 1 && workersFlag <= 64)) throw new UsageError("--workers expects a whole number from 1 to 64");
  const cli = cliSettings(values);
  const explicit = values.config ? readConfigFile(resolve(io.cwd, values.config)) : undefined;
  if (explicit?.problems.length) return configProblems(io, explicit.problems);

  // Gather inputs.
  const inputs: { path: string; display: string; text?: string }[] = [];
  const problems: FileReport[] = [];
  const stdinIndex = targets.indexOf("-");
  const fileTargets = targets.filter((t) => t !== "-");
  if (stdinIndex >= 0) {
    const name = values["stdin-filename"] ?? "<stdin>";
    inputs.push({ path: resolve(io.cwd, name), display: name, text: await io.readStdin() });
  }
  if (fileTargets.length || stdinIndex < 0) {
    const ex = expandTargets(fileTargets, io.cwd, (abs) => configIgnores(explicit ?? loadConfigFor(abs), abs));
    for (const p of ex.problems) problems.push(failedReport(p.path, p.message, p.kind !== "no-match", p.kind === "unreadable"));
    for (const f of ex.files) inputs.push({ path: f, display: relative(io.cwd, f) || f });
  }
  let chosen = inputs;
  if (shard) {
    const sorted = [...inputs].sort((a, b) => (a.display < b.display ? -1 : 1));
    chosen = sorted.filter((_, i) => i % shard![1] === shard![0] - 1);
  }

  const reports: FileReport[] = [...problems];
  const finish = (report: FileReport) => {
    if (values.quiet) report.diagnostics = report.diagnostics.filter((d) => d.severity === "error");
    if (values["report-unused-disable"]) {
      for (const u of report.unusedDisables) report.diagnostics.push({ rule: "unused-disable", severity: "warning", message: u.message, range: u.range, related: [] });
    }
    reports.push(report);
  };
  const figureDocs: Parameters<typeof figuresJson>[0] = [];
  const configErrors: { file: string; key: string; message: string }[] = [];
  const progress = io.isTTY && !io.env.CI && format === "stylish" && chosen.length > 20 && !values.output;
  let done = 0;
  const jobs: Job[] = [];
  for (const input of chosen) {
    const cfg = explicit ?? loadConfigFor(input.path);
    if (cfg.problems.length) {
      for (const p of cfg.problems) if (!configErrors.some((c) => c.file === p.file && c.key === p.key)) configErrors.push(p);
      continue;
    }
    const script = command === "check" ? workerScript() : undefined;
    const workers = workersFlag ?? defaultWorkers(chosen.length);
    if (script && workers > 1) {
      // Checked below, in worker threads; config and settings were resolved here.
      jobs.push({ index: reports.length + jobs.length, path: input.path, display: input.display, text: input.text, maxBytes: maxMb * 1048576, options: { languageId: languageOf(input.path), settings: mergeInputs(cfg.settings, cli) } });
      continue;
    }
    let text = input.text;
    if (text === undefined) {
      const r = readReport(input.path, maxMb * 1048576);
      if (!r.ok) {
        reports.push(readFailure(input.display, r));
        continue;
      }
      text = r.text;
    }
    const options = { languageId: languageOf(input.path), settings: mergeInputs(cfg.settings, cli) };
    if (command === "figures") {
      try {
        figureDocs.push({ path: input.display, text, result: analyze(text, options) });
      } catch (e) {
        reports.push(failedReport(input.display, `internal error while reading this file (${(e as Error).message}); the other files were read. Please report it with this file.`, true));
      }
    } else {
      finish(checkReport(input.display, text, options));
    }
    done++;
    if (progress && done % 10 === 0) io.stderr(`\rfiglint: ${done}/${chosen.length} files`);
  }
  if (jobs.length) {
    const pooled = await runPool(jobs, workersFlag ?? defaultWorkers(chosen.length), workerScript()!, () => {
      done++;
      if (progress && done % 10 === 0) io.stderr(`\rfiglint: ${done}/${chosen.length} files`);
    });
    for (const r of pooled) finish(r);
  }
  if (progress) io.stderr(`\r${" ".repeat(40)}\r`);
  if (configErrors.length) return configProblems(io, configErrors);

  let output: string;
  if (command === "figures") output = format === "json" ? figuresJson(figureDocs) : figuresText(figureDocs);
  else {
    const color = !values["no-color"] && !io.env.NO_COLOR && (values.color === true || (io.isTTY && !values.output));
    output =
      format === "json"
        ? json(reports)
        : format === "sarif"
          ? sarif(reports, VERSION, (p) => (p.startsWith("<") ? p : relative(io.cwd, resolve(io.cwd, p)).split(sep).join("/")))
          : format === "github"
            ? github(reports)
            : stylish(reports, color);
  }
  if (values.output) {
    try {
      writeFileSync(resolve(io.cwd, values.output), output);
    } catch (e) {
      io.stderr(`figlint: cannot write ${values.output}: ${(e as Error).message}\n`);
      return 2;
    }
  } else io.stdout(output);
  for (const r of reports) if (r.problem && format !== "stylish") io.stderr(`figlint: ${r.path}: ${r.problem.message}\n`);

  // A file that could not be read makes the run incomplete: exit 2, whatever the findings in the others.
  if (reports.some((r) => r.problem?.unreadable)) return 2;
  if (command === "figures") return reports.some((r) => r.problem?.fatal) ? 1 : 0;
  const errors = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === "error").length, 0);
  const warnings = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === "warning").length, 0);
  const fatal = reports.some((r) => r.problem?.fatal);
  if (errors > 0 || fatal) return 1;
  if (warnings > 0 && (maxWarnings < 0 || warnings > maxWarnings)) return 1;
  return 0;
}

function cliSettings(values: { locale?: string; rule?: string[] }): SettingsInput {
  const s: SettingsInput = {};
  if (values.locale !== undefined) {
    if (!["auto", "vi", "en"].includes(values.locale)) throw new UsageError(`--locale must be auto, vi or en, got "${values.locale}"`);
    s.locale = values.locale as "auto" | "vi" | "en";
  }
  if (values.rule?.length) s.rules = parseRuleFlags(values.rule);
  return s;
}

function mergeInputs(a: SettingsInput, b: SettingsInput): SettingsInput {
  return { ...a, ...b, rules: { ...a.rules, ...b.rules }, tolerances: { ...a.tolerances, ...b.tolerances } };
}

function configProblems(io: Io, problems: { file: string; key: string; message: string }[]): number {
  for (const p of problems) io.stderr(`figlint: config ${p.file}${p.key ? `: "${p.key}"` : ""}: ${p.message}\n`);
  return 2;
}

export { pathToFileURL };
