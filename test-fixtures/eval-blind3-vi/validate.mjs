// Structural checks of the set: node validate.mjs  (prints problems, then a summary)
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";
const set = new URL(".", import.meta.url).pathname;
const problems = [];
const count = (s, x) => { let n = 0, i = -1; while ((i = s.indexOf(x, i + 1)) >= 0) n++; return n; };
const docs = readdirSync(join(set, "docs")).filter(n => /\.(txt|md)$/.test(n));
for (const d of docs) {
  const size = statSync(join(set, "docs", d)).size;
  if (size < 5000 || size > 9216) problems.push(`docs/${d}: size ${size} bytes outside 5-9 KB`);
}
const muts = JSON.parse(readFileSync(join(set, "mutations.json"), "utf8"));
const known = JSON.parse(readFileSync(join(set, "known.json"), "utf8"));
if (!Array.isArray(known)) problems.push("known.json is not an array");
const ids = new Set();
for (const m of muts) {
  const tag = m.id || "(no id)";
  for (const k of ["id", "file", "find", "replace", "window", "note", "tags"]) if (m[k] == null) problems.push(`${tag}: missing ${k}`);
  if (ids.has(m.id)) problems.push(`${tag}: duplicate id`); ids.add(m.id);
  if (!existsSync(join(set, m.file))) { problems.push(`${tag}: no file ${m.file}`); continue; }
  const src = readFileSync(join(set, m.file), "utf8");
  if (m.find === m.replace) problems.push(`${tag}: replace equals find`);
  const n = count(src, m.find);
  if (n !== 1) problems.push(`${tag}: find occurs ${n} times`);
  if (!m.window.includes(m.find)) problems.push(`${tag}: find not inside window`);
  if (count(m.window, m.find) !== 1) problems.push(`${tag}: find occurs ${count(m.window, m.find)} times in window`);
  if (!src.includes(m.window)) problems.push(`${tag}: window not a substring of original doc`);
  else {
    const at = src.indexOf(m.window), fa = src.indexOf(m.find);
    if (!(fa >= at && fa + m.find.length <= at + m.window.length)) problems.push(`${tag}: the occurrence of find is not inside the window occurrence`);
  }
  // as eval.mjs does it: the replaced window must be found in the mutated text
  const at = src.indexOf(m.find);
  const text = src.slice(0, at) + m.replace + src.slice(at + m.find.length);
  if (!text.includes(m.window.split(m.find).join(m.replace))) problems.push(`${tag}: mutated window not found in mutated text`);
  if (!Array.isArray(m.tags) || !m.tags.length) problems.push(`${tag}: tags empty`);
}
for (const p of problems) console.log("problem:", p);
console.log(`${docs.length} docs, ${muts.length} mutations, ${problems.length} problems`);
