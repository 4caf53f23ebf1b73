#!/usr/bin/env node
// Validates the blind9 set: node validate.mjs [SETDIR]
// - every doc in docs/ is 4-8 KB; 5 vi*, 5 en*
// - mutations.json: unique ids, required fields, known tags, file exists,
//   find occurs exactly once in the clean doc, window occurs exactly once in the
//   clean doc and contains find, replace differs from find, exactly 8 per doc
// - known.json is a JSON array whose quotes (if any) occur in their docs
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";

const set = resolve(process.argv[2] || new URL(".", import.meta.url).pathname);
const TAGS = new Set(["sum", "percent", "status", "change", "compare", "rank", "fraction", "difference", "average", "share"]);
const errors = [];
const count = (hay, needle) => { let n = 0, i = 0; while ((i = hay.indexOf(needle, i)) >= 0) { n++; i += 1; } return n; };

const docs = readdirSync(join(set, "docs")).filter(n => /\.(txt|md)$/.test(n)).sort();
if (docs.length !== 10) errors.push(`expected 10 docs, found ${docs.length}`);
if (docs.filter(d => d.startsWith("vi")).length !== 5) errors.push("expected 5 vi docs");
if (docs.filter(d => d.startsWith("en")).length !== 5) errors.push("expected 5 en docs");
const text = {};
for (const d of docs) {
  const p = join(set, "docs", d);
  const size = statSync(p).size;
  if (size < 4096 || size > 8192) errors.push(`${d}: size ${size} outside 4-8 KB`);
  text["docs/" + d] = readFileSync(p, "utf8");
}

const muts = JSON.parse(readFileSync(join(set, "mutations.json"), "utf8"));
if (!Array.isArray(muts)) errors.push("mutations.json is not an array");
const ids = new Set();
const perDoc = {};
for (const m of muts) {
  const tag = m.id || "(no id)";
  for (const k of ["id", "file", "find", "replace", "window", "note", "tags"]) if (m[k] === undefined) errors.push(`${tag}: missing ${k}`);
  if (ids.has(m.id)) errors.push(`${tag}: duplicate id`);
  ids.add(m.id);
  const t = text[m.file];
  if (t === undefined) { errors.push(`${tag}: unknown file ${m.file}`); continue; }
  perDoc[m.file] = (perDoc[m.file] || 0) + 1;
  const nf = count(t, m.find);
  if (nf !== 1) errors.push(`${tag}: find occurs ${nf} times in ${m.file}`);
  const nw = count(t, m.window);
  if (nw !== 1) errors.push(`${tag}: window occurs ${nw} times in ${m.file}`);
  if (!m.window.includes(m.find)) errors.push(`${tag}: window does not contain find`);
  if (m.find === m.replace) errors.push(`${tag}: replace equals find`);
  if (!Array.isArray(m.tags) || !m.tags.length || m.tags.some(x => !TAGS.has(x))) errors.push(`${tag}: bad tags ${JSON.stringify(m.tags)}`);
  // the mutated text must still contain the mutated window exactly once
  const mutated = t.replace(m.find, m.replace);
  const mw = m.window.replace(m.find, m.replace);
  if (count(mutated, mw) !== 1) errors.push(`${tag}: mutated window not unique in mutated text`);
}
for (const f of Object.keys(text)) if ((perDoc[f] || 0) !== 8) errors.push(`${f}: ${perDoc[f] || 0} mutations, expected 8`);

const known = JSON.parse(readFileSync(join(set, "known.json"), "utf8"));
if (!Array.isArray(known)) errors.push("known.json is not an array");
for (const k of known) if (!text[k.file] || count(text[k.file], k.quote) < 1) errors.push(`known: quote not found in ${k.file}`);

const tagCounts = {};
for (const m of muts) for (const x of m.tags || []) tagCounts[x] = (tagCounts[x] || 0) + 1;
if (errors.length) { console.log(errors.join("\n")); console.log(`FAIL: ${errors.length} problem(s)`); process.exit(1); }
console.log(`OK: ${docs.length} docs, ${muts.length} mutations, ${known.length} known`);
console.log("tags:", JSON.stringify(tagCounts));
