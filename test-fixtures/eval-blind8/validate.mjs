#!/usr/bin/env node
// Validates the blind8 set: mutations.json and known.json against docs/.
//   node validate.mjs
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const TAGS = new Set(["sum", "percent", "status", "change", "compare", "rank", "fraction", "difference", "average", "share"]);
const errors = [];
const err = m => errors.push(m);
const count = (hay, needle) => { let n = 0, i = 0; while ((i = hay.indexOf(needle, i)) >= 0) { n++; i += 1; } return n; };

const docs = readdirSync(join(root, "docs")).filter(f => /\.(txt|md)$/.test(f)).sort().map(f => "docs/" + f);
if (docs.length !== 10) err(`expected 10 docs, found ${docs.length}`);
const vi = docs.filter(d => /\/vi\d\d_/.test(d)).length, en = docs.filter(d => /\/en\d\d_/.test(d)).length;
if (vi !== 5 || en !== 5) err(`expected 5 vi + 5 en docs, found ${vi} vi, ${en} en`);
const text = {};
for (const d of docs) {
  text[d] = readFileSync(join(root, d), "utf8");
  const size = statSync(join(root, d)).size;
  if (size < 4096 || size > 9216) err(`${d}: size ${size} bytes outside 4–9 KB`);
}

const muts = JSON.parse(readFileSync(join(root, "mutations.json"), "utf8"));
const ids = new Set();
const perDoc = Object.fromEntries(docs.map(d => [d, 0]));
for (const m of muts) {
  const where = `${m.id} (${m.file})`;
  for (const k of ["id", "file", "find", "replace", "window", "note", "tags"]) if (m[k] === undefined) err(`${where}: missing ${k}`);
  if (ids.has(m.id)) err(`${where}: duplicate id`); ids.add(m.id);
  const t = text[m.file];
  if (t === undefined) { err(`${where}: unknown file`); continue; }
  perDoc[m.file]++;
  if (m.find === m.replace) err(`${where}: replace equals find`);
  const nf = count(t, m.find);
  if (nf !== 1) err(`${where}: find occurs ${nf} times: ${JSON.stringify(m.find)}`);
  const nw = count(t, m.window);
  if (nw !== 1) err(`${where}: window occurs ${nw} times`);
  if (!m.window.includes(m.find)) err(`${where}: window does not contain find`);
  else if (nf === 1 && nw === 1) {
    // the find occurrence in the doc must be the one inside the window
    const wi = t.indexOf(m.window), fi = t.indexOf(m.find);
    if (fi < wi || fi + m.find.length > wi + m.window.length) err(`${where}: find occurrence lies outside the window`);
    const mutated = t.replace(m.find, m.replace);
    if (mutated === t) err(`${where}: mutation changes nothing`);
  }
  if (!Array.isArray(m.tags) || m.tags.length === 0) err(`${where}: tags must be a non-empty array`);
  else for (const g of m.tags) if (!TAGS.has(g)) err(`${where}: unknown tag ${g}`);
  if (!m.note || m.note.length < 10) err(`${where}: note too short`);
}
for (const [d, n] of Object.entries(perDoc)) if (n !== 8) err(`${d}: ${n} mutations (expected 8)`);
if (muts.length !== 80) err(`expected 80 mutations, found ${muts.length}`);

const known = JSON.parse(readFileSync(join(root, "known.json"), "utf8"));
if (!Array.isArray(known)) err("known.json must be an array");
for (const k of known) {
  if (!text[k.file]) err(`known: unknown file ${k.file}`);
  else if (count(text[k.file], k.quote) !== 1) err(`known: quote not found once in ${k.file}`);
}

const tagCount = {};
for (const m of muts) for (const g of m.tags) tagCount[g] = (tagCount[g] || 0) + 1;
if (errors.length) { for (const e of errors) console.log("ERROR", e); console.log(`${errors.length} error(s)`); process.exit(1); }
console.log(`OK: ${docs.length} docs, ${muts.length} mutations (8 per doc), ${known.length} known findings`);
console.log("tags:", JSON.stringify(tagCount));
