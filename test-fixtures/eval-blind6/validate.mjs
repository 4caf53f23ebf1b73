#!/usr/bin/env node
// Structural checks of the evaluation set (no answers here; see tools/ for the claim checks).
//   node validate.mjs
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const problems = [];
const count = (s, sub) => s.split(sub).length - 1;

const docs = readdirSync(join(root, "docs")).filter(f => /\.(txt|md)$/.test(f)).sort();
for (const d of docs) {
  const size = statSync(join(root, "docs", d)).size;
  if (size < 3000 || size > 7168) problems.push(`docs/${d}: size ${size} bytes outside 3-7 KB`);
}
const known = JSON.parse(readFileSync(join(root, "known.json"), "utf8"));
if (!Array.isArray(known) || known.length !== 0) problems.push("known.json should be []");

const muts = JSON.parse(readFileSync(join(root, "mutations.json"), "utf8"));
const perFile = {};
const ids = new Set();
muts.forEach((m, i) => {
  const want = "y" + String(i + 1).padStart(2, "0");
  if (m.id !== want) problems.push(`${m.id}: expected id ${want}`);
  if (ids.has(m.id)) problems.push(`${m.id}: duplicate id`);
  ids.add(m.id);
  for (const k of ["file", "find", "replace", "window", "note"]) if (typeof m[k] !== "string" || !m[k]) problems.push(`${m.id}: missing ${k}`);
  if (!Array.isArray(m.tags) || !m.tags.length) problems.push(`${m.id}: missing tags`);
  if (m.find === m.replace) problems.push(`${m.id}: replace equals find`);
  const p = join(root, m.file);
  if (!existsSync(p)) { problems.push(`${m.id}: no file ${m.file}`); return; }
  perFile[m.file] = (perFile[m.file] || 0) + 1;
  const src = readFileSync(p, "utf8");
  const c = count(src, m.find);
  if (c !== 1) problems.push(`${m.id}: find occurs ${c} times in ${m.file}`);
  const cw = count(m.window, m.find);
  if (cw !== 1) problems.push(`${m.id}: find occurs ${cw} times in its window`);
  if (!src.includes(m.window)) problems.push(`${m.id}: window not in original document`);
  const at = src.indexOf(m.find);
  const mutated = src.slice(0, at) + m.replace + src.slice(at + m.find.length);
  const mw = m.window.split(m.find).join(m.replace);
  if (!mutated.includes(mw)) problems.push(`${m.id}: mutated window not in mutated document`);
  // the window must cover the mutated spot
  const wa = src.indexOf(m.window);
  if (wa >= 0 && !(at >= wa && at + m.find.length <= wa + m.window.length) && count(src, m.window) === 1) problems.push(`${m.id}: window does not cover the find`);
});
for (const d of docs) if (perFile["docs/" + d] !== 8) problems.push(`docs/${d}: ${perFile["docs/" + d] || 0} mutations, expected 8`);
for (const f of Object.keys(perFile)) if (!docs.includes(f.replace(/^docs\//, ""))) problems.push(`${f}: mutated file not among docs`);

for (const p of problems) console.log("problem:", p);
console.log(`${docs.length} docs, ${muts.length} mutations, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
