// vscode-languageclient's pull model (9.x, and 11.0 still) forgets a document when its last tab
// closes and cancels the pull in flight for it; if a tab for the same, still loaded, document opens
// before that cancelled pull has returned, the client takes the document for known and never pulls
// it again: the reopened report shows no findings until its next edit. Asking the client to pull
// again whenever a tab of a checked document opens closes that gap; a pull the server has already
// answered costs it a cache lookup.
import * as vscode from "vscode";
import { DocumentDiagnosticRequest, type LanguageClient } from "vscode-languageclient/node";

export function repullOnTabOpen(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.window.tabGroups.onDidChangeTabs((e) => {
    const opened = new Set(e.opened.flatMap((t) => (t.input instanceof vscode.TabInputText ? [t.input.uri.toString()] : [])));
    if (!opened.size) return;
    // After the client's own tab listener has seen the tab: it only pulls documents it sees in a tab.
    setTimeout(() => {
      const c = client();
      if (!c?.isRunning()) return;
      const feature = c.getFeature(DocumentDiagnosticRequest.method);
      const doc = vscode.workspace.textDocuments.find((d) => opened.has(d.uri.toString()) && feature?.getProvider(d));
      // One refresh pulls every checked document that has a tab.
      if (doc) feature?.getProvider(doc)?.onDidChangeDiagnosticsEmitter.fire();
    }, 0);
  });
}
