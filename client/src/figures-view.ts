// "figlint: Show Figures": a read-only Markdown document beside the report listing what the server
// read in it (figures, their claims, numbers set aside as not figures). Regenerated on every request.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { FIGURES_REQUEST, type FiguresParams, type FiguresResult } from "../../server/src/lsp/protocol.ts";

export const FIGURES_SCHEME = "figlint-figures";

export class FiguresView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(FIGURES_SCHEME, this);

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** The view's URI carries the source document's URI in its query. */
  static uriFor(source: vscode.Uri): vscode.Uri {
    const name = source.path.split("/").pop() || "document";
    return vscode.Uri.from({ scheme: FIGURES_SCHEME, path: `/${name}.figures.md`, query: source.toString() });
  }

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const client = this.client();
    if (!client) return "";
    const params: FiguresParams = { uri: client.code2ProtocolConverter.asUri(vscode.Uri.parse(uri.query)) };
    const result: FiguresResult = await client.sendRequest(FIGURES_REQUEST, params, token);
    return result.markdown;
  }

  async show(languageIds: string[]): Promise<vscode.Uri | undefined> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !languageIds.includes(doc.languageId)) {
      void vscode.window.showInformationMessage(vscode.l10n.t("figlint: open a Markdown or plain text report first."));
      return undefined;
    }
    const uri = FiguresView.uriFor(doc.uri);
    this.changed.fire(uri);
    const view = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(view, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
    return uri;
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
