// Entry of the bundled language server (server/out/server.js). The transport comes from the command
// line: --stdio for any LSP client, --node-ipc when the VS Code client starts it.
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { clearConfigCache, CONFIG_NAMES, loadConfigFor } from "../node/config.ts";
import { startServer } from "./start.ts";

const connection = createConnection(ProposedFeatures.all);
process.on("uncaughtException", (e) => connection.console.error(`figlint: ${e.stack ?? e}`));
startServer(connection, { configFiles: { names: CONFIG_NAMES, load: loadConfigFor, forget: clearConfigCache } });
