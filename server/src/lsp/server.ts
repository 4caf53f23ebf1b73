// Entry of the bundled language server (server/out/server.js). The transport comes from the command
// line: --stdio for any LSP client, --node-ipc when the VS Code client starts it.
import { inspect } from "node:util";
import { createConnection, ProposedFeatures, StreamMessageWriter } from "vscode-languageserver/node";
import { clearConfigCache, CONFIG_NAMES, loadConfigFor } from "../node/config.ts";
import { startServer } from "./start.ts";
import { wireEncoder } from "./wire.ts";

// Over stdio the writer is ours only for its encoder (wire.ts: publishDiagnostics without a full
// JSON.stringify); the input stays process.stdin, so the server still exits when it closes.
const stdio = process.argv.slice(2).includes("--stdio");
const connection = stdio
  ? createConnection(
      ProposedFeatures.all,
      process.stdin,
      // createProtocolConnection takes a stream or a MessageWriter on either side.
      new StreamMessageWriter(process.stdout, { charset: "utf-8", contentTypeEncoder: wireEncoder }) as unknown as NodeJS.WritableStream,
    )
  : createConnection(ProposedFeatures.all);
if (stdio) {
  // As vscode-languageserver does for --stdio: stdout carries the protocol, so console output goes to
  // the client's log instead.
  const text = (args: unknown[]) => args.map((a) => (typeof a === "string" ? a : inspect(a))).join(" ");
  console.log = console.info = (...a: unknown[]) => connection.console.log(text(a));
  console.debug = (...a: unknown[]) => connection.console.debug(text(a));
  console.warn = (...a: unknown[]) => connection.console.warn(text(a));
  console.error = (...a: unknown[]) => connection.console.error(text(a));
}
process.on("uncaughtException", (e) => connection.console.error(`figlint: ${e.stack ?? e}`));
startServer(connection, {
  configFiles: { names: CONFIG_NAMES, load: loadConfigFor, forget: clearConfigCache },
  // figlint/internals (memory, what is held per document) for leak tests; never on in normal use.
  internals: process.env.FIGLINT_DIAGNOSTICS === "1",
});
