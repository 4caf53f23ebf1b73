#!/usr/bin/env node
// Structural validation of this evaluation set (same rules as /work/shared/eval/eval.mjs applies):
//   node validate.mjs
// - every mutation's file exists; ids unique
// - "find" occurs exactly once in the original document
// - "window" occurs in the original document and contains "find" exactly once
// - the window with find→replace occurs in the mutated document
// - replace differs from find; note and tags present
// - known.json parses; docs are 4–8 KB .txt/.md
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const SET = dirname(fileURLToPath(import.meta.url));
const problems = [];
const muts = JSON.parse(readFileSync(join(SET, "mutations.json"), "utf8"));
const known = JSON.parse(readFileSync(join(SET, "known.json"), "utf8"));
if (!Array.isArray(known)) problems.push("known.json is not an array");

const count = (hay, needle) => { let n = 0, i = -1; while ((i = hay.indexOf(needle, i + 1)) >= 0) n++; return n; };
const ids = new Set();
const perFile = {};
for (const m of muts) {
  const tag = m.id || "(no id)";
  if (ids.has(m.id)) problems.push(`${tag}: duplicate id`);
  ids.add(m.id);
  const p = join(SET, m.file);
  if (!existsSync(p)) { problems.push(`${tag}: missing file ${m.file}`); continue; }
  perFile[m.file] = (perFile[m.file] || 0) + 1;
  const src = readFileSync(p, "utf8");
  if (m.find === m.replace) problems.push(`${tag}: replace equals find`);
  if (!m.note || !Array.isArray(m.tags) || !m.tags.length) problems.push(`${tag}: note/tags missing`);
  const c = count(src, m.find);
  if (c !== 1) { problems.push(`${tag}: find occurs ${c} times`); continue; }
  const at = src.indexOf(m.find);
  const mutated = src.slice(0, at) + m.replace + src.slice(at + m.find.length);
  if (m.window == null) { problems.push(`${tag}: no window`); continue; }
  if (!src.includes(m.window)) problems.push(`${tag}: window not in original`);
  const cw = count(m.window, m.find);
  if (cw !== 1) problems.push(`${tag}: find occurs ${cw} times in window`);
  // the window must cover the actual occurrence of find
  const wa = src.indexOf(m.window);
  if (wa >= 0 && !(wa <= at && at + m.find.length <= wa + m.window.length)) problems.push(`${tag}: window does not cover the find occurrence`);
  const mw = m.window.split(m.find).join(m.replace);
  if (!mutated.includes(mw)) problems.push(`${tag}: mutated window not in mutated doc`);
}

const docs = readdirSync(join(SET, "docs")).filter(f => /\.(txt|md)$/.test(f));
for (const f of docs) {
  const size = statSync(join(SET, "docs", f)).size;
  if (size < 4096 || size > 8192) problems.push(`docs/${f}: size ${size} bytes outside 4–8 KB`);
  if (!perFile["docs/" + f]) problems.push(`docs/${f}: no mutations`);
}
for (const k of known) if (!existsSync(join(SET, k.file)) || !readFileSync(join(SET, k.file), "utf8").includes(k.quote)) problems.push(`known: quote not found in ${k.file}`);

console.log(`${muts.length} mutations over ${Object.keys(perFile).length} files; ${docs.length} docs; ${known.length} known findings`);
console.log(JSON.stringify(perFile));
for (const p of problems) console.log("problem:", p);
console.log(problems.length ? `${problems.length} problems` : "zero problems");
process.exit(problems.length ? 1 : 0);
