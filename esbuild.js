// Bundles the extension client, the language server and the CLI into single files, so the .vsix and
// the npm bin ship no node_modules. `--watch` rebuilds on change, `--production` minifies.
const esbuild = require("esbuild");

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");

const IMPORT_META = 'const __figlintImportMetaUrl = require("url").pathToFileURL(__filename).href;';

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: !production,
  minify: production,
  logLevel: "warning",
  legalComments: "none",
  // jsonc-parser's UMD entry requires files at run time; its ESM entry bundles cleanly.
  mainFields: ["module", "main"],
  // ESM dependencies (fdir) read import.meta.url, which a CommonJS bundle must supply.
  define: { "import.meta.url": "__figlintImportMetaUrl" },
  banner: { js: IMPORT_META },
};

const builds = [
  { entryPoints: ["client/src/extension.ts"], outfile: "client/out/extension.js", external: ["vscode"] },
  { entryPoints: ["server/src/lsp/server.ts"], outfile: "server/out/server.js" },
  { entryPoints: ["server/src/cli/bin.ts"], outfile: "server/out/cli.js", banner: { js: "#!/usr/bin/env node\n" + IMPORT_META } },
  { entryPoints: ["server/src/cli/worker.ts"], outfile: "server/out/worker.js" },
  // The extension test suite (scripts/test-vscode.mjs), with mocha bundled in; not shipped in the .vsix.
  { entryPoints: ["client/src/test/suite/index.ts"], outfile: "client/out/test/suite/index.js", external: ["vscode"], logOverride: { "require-resolve-not-external": "silent" } },
];

async function main() {
  const fs = require("node:fs");
  const present = builds.filter((b) => fs.existsSync(b.entryPoints[0]));
  const contexts = await Promise.all(present.map((b) => esbuild.context({ ...common, ...b })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    console.log("[figlint] watching for changes");
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  for (const b of present) if (b.banner) fs.chmodSync(b.outfile, 0o755);
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
