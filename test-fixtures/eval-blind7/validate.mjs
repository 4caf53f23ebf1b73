#!/usr/bin/env node
// Validates the set: each mutation's find occurs exactly once, lies inside its window,
// the window occurs in the original doc, and the mutated window occurs in the mutated doc.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
const dir = dirname(fileURLToPath(import.meta.url));
const muts = JSON.parse(readFileSync(join(dir, "mutations.json"), "utf8"));
const known = JSON.parse(readFileSync(join(dir, "known.json"), "utf8"));
const count = (h, n) => { let c = 0, i = 0; while ((i = h.indexOf(n, i)) >= 0) { c++; i += 1; } return c; };
const problems = [];
const ids = new Set();
for (const m of muts) {
  const tag = `${m.id} (${m.file})`;
  if (ids.has(m.id)) problems.push(`${tag}: duplicate id`); ids.add(m.id);
  for (const k of ["id", "file", "find", "replace", "window", "note", "tags"]) if (m[k] === undefined) problems.push(`${tag}: missing ${k}`);
  let doc; try { doc = readFileSync(join(dir, m.file), "utf8"); } catch { problems.push(`${tag}: file missing`); continue; }
  const n = count(doc, m.find);
  if (n !== 1) problems.push(`${tag}: find occurs ${n} times`);
  if (m.find === m.replace) problems.push(`${tag}: replace equals find`);
  if (!m.window.includes(m.find)) problems.push(`${tag}: find not inside window`);
  if (count(doc, m.window) !== 1) problems.push(`${tag}: window occurs ${count(doc, m.window)} times in original`);
  const mutated = doc.replace(m.find, m.replace);
  const mw = m.window.replace(m.find, m.replace);
  if (!mutated.includes(mw)) problems.push(`${tag}: mutated window not in mutated doc`);
}
for (const k of known) {
  const doc = readFileSync(join(dir, k.file), "utf8");
  if (!doc.includes(k.quote)) problems.push(`known ${k.file}: quote not found`);
}
const docs = readdirSync(join(dir, "docs"));
const per = {}; for (const m of muts) per[m.file] = (per[m.file] || 0) + 1;
for (const d of docs) {
  const sz = Buffer.byteLength(readFileSync(join(dir, "docs", d)));
  if (sz < 3000 || sz > 6144) problems.push(`docs/${d}: size ${sz} outside 3-6 KB`);
  if ((per["docs/" + d] || 0) !== 8) problems.push(`docs/${d}: ${per["docs/" + d] || 0} mutations, expected 8`);
}
console.log(`${muts.length} mutations, ${docs.length} docs, ${problems.length} problems`);
for (const p of problems) console.log("  " + p);
process.exit(problems.length ? 1 : 0);
