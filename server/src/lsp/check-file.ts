// One file that need not be open (Check Workspace): same settings, limits and diagnostics as an open
// document, analysed from scratch because nothing is cached for it.
import { analyze } from "../core/analyze.ts";
import { LineIndex } from "../core/text/positions.ts";
import type { Lang } from "../core/types.ts";
import { noticeDiagnostic, resultDiagnostics } from "./diagnostics.ts";
import { coreLanguage } from "./files.ts";
import { refusal } from "./limits.ts";
import type { CheckFileParams, CheckFileResult } from "./protocol.ts";
import { noticeLanguage } from "./settings.ts";
import type { SettingsStore } from "./settings-store.ts";

export async function checkFile(params: CheckFileParams, store: SettingsStore, clientLang: Lang): Promise<CheckFileResult> {
  const { uri, text } = params;
  const s = await store.get(uri, false);
  // The client picks files by the include globs; the language list applies to open editors only.
  if (store.skip(uri, undefined, s)) return { uri, checked: false, diagnostics: [] };
  const core = s.core;
  const notice = refusal(text, s.editor.maxFileSizeMB, noticeLanguage(core, clientLang));
  if (notice) return { uri, checked: false, diagnostics: [noticeDiagnostic(notice)] };
  const result = analyze(text, { settings: core, languageId: coreLanguage(params.languageId) });
  return { uri, checked: true, diagnostics: resultDiagnostics(result, new LineIndex(text), uri, 0) };
}
