#!/usr/bin/env node
// Validates the set: every find occurs exactly once in its doc, every window occurs exactly
// once and contains its find, 8 mutations per doc, unique ids, allowed tags, sizes 4–7 KB.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
const root = dirname(fileURLToPath(import.meta.url));
const muts = JSON.parse(readFileSync(join(root, "mutations.json"), "utf8"));
const known = JSON.parse(readFileSync(join(root, "known.json"), "utf8"));
const TAGS = new Set(["sum","percent","status","change","compare","rank","fraction","difference","average","share"]);
const count = (s, sub) => { let n = 0, i = 0; while ((i = s.indexOf(sub, i)) >= 0) { n++; i += 1; } return n; };
const errs = [];
const docs = readdirSync(join(root, "docs")).filter(f => /\.(txt|md)$/.test(f)).sort();
if (docs.length !== 10) errs.push(`expected 10 docs, found ${docs.length}`);
for (const f of docs) {
  const n = Buffer.byteLength(readFileSync(join(root, "docs", f), "utf8"));
  if (n < 4000 || n > 7168) errs.push(`${f}: size ${n} bytes outside 4–7 KB`);
}
const per = {}, ids = new Set();
for (const m of muts) {
  if (ids.has(m.id)) errs.push(`${m.id}: duplicate id`); ids.add(m.id);
  let text;
  try { text = readFileSync(join(root, m.file), "utf8"); } catch { errs.push(`${m.id}: missing file ${m.file}`); continue; }
  per[m.file] = (per[m.file] || 0) + 1;
  if (count(text, m.find) !== 1) errs.push(`${m.id}: find occurs ${count(text, m.find)} times`);
  if (count(text, m.window) !== 1) errs.push(`${m.id}: window occurs ${count(text, m.window)} times`);
  if (!m.window.includes(m.find)) errs.push(`${m.id}: window does not contain find`);
  if (m.find === m.replace) errs.push(`${m.id}: replace equals find`);
  if (!m.note) errs.push(`${m.id}: missing note`);
  if (!Array.isArray(m.tags) || !m.tags.length || m.tags.some(t => !TAGS.has(t))) errs.push(`${m.id}: bad tags ${m.tags}`);
  const mutated = text.replace(m.find, m.replace);
  if (count(mutated, m.window.replace(m.find, m.replace)) !== 1) errs.push(`${m.id}: mutated window not unique`);
}
for (const f of docs) if (per["docs/" + f] !== 8) errs.push(`docs/${f}: ${per["docs/" + f] || 0} mutations, expected 8`);
if (muts.length !== 80) errs.push(`expected 80 mutations, found ${muts.length}`);
if (!Array.isArray(known)) errs.push("known.json is not an array");
const tagCount = {}; for (const m of muts) for (const t of m.tags) tagCount[t] = (tagCount[t] || 0) + 1;
if (errs.length) { console.log(errs.join("\n")); console.log(`FAIL: ${errs.length} problem(s)`); process.exit(1); }
console.log(`OK: ${docs.length} docs, ${muts.length} mutations, known ${known.length}`);
console.log("tags:", JSON.stringify(tagCount));
