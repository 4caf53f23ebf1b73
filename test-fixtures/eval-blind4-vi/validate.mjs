#!/usr/bin/env node
// Validates the set: node validate.mjs
//  - every mutation's find occurs exactly once in its document and lies inside its window,
//  - the window is a substring of the original document (reported if not unique),
//  - the mutated window can be found in the mutated document,
//  - known.json quotes exist,
//  - if tools/muts.mjs is present: each claim check holds on the original window and fails on the mutated one,
//  - if tools/clean_claims.mjs is present: each clean claim holds on the original text.
import { readFileSync, existsSync, readdirSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const problems = [];
const count = (s, sub) => { let n = 0, i = -1; while ((i = s.indexOf(sub, i + 1)) >= 0) n++; return n; };
const docs = readdirSync(join(here, "docs")).filter(f => /\.(txt|md)$/.test(f));
for (const d of docs) { const b = statSync(join(here, "docs", d)).size; if (b < 5 * 1024 || b > 9 * 1024) problems.push(`${d}: size ${b} bytes outside 5-9 KB`); }

const muts = JSON.parse(readFileSync(join(here, "mutations.json"), "utf8"));
const known = JSON.parse(readFileSync(join(here, "known.json"), "utf8"));
const ids = new Set();
for (const m of muts) {
  if (ids.has(m.id)) problems.push(`${m.id}: duplicate id`); ids.add(m.id);
  const p = join(here, m.file);
  if (!existsSync(p)) { problems.push(`${m.id}: missing file ${m.file}`); continue; }
  const src = readFileSync(p, "utf8");
  const n = count(src, m.find);
  if (n !== 1) { problems.push(`${m.id}: find occurs ${n} times`); continue; }
  if (m.find === m.replace) problems.push(`${m.id}: replace equals find`);
  if (!m.window) { problems.push(`${m.id}: no window`); continue; }
  if (!m.window.includes(m.find)) problems.push(`${m.id}: find not inside window`);
  const wn = count(src, m.window);
  if (wn === 0) { problems.push(`${m.id}: window not in original doc`); continue; }
  if (wn > 1) problems.push(`${m.id}: window occurs ${wn} times (not unique)`);
  const at = src.indexOf(m.find);
  const wa = src.indexOf(m.window);
  if (!(wa <= at && at + m.find.length <= wa + m.window.length) && wn === 1) problems.push(`${m.id}: the unique find is not the occurrence inside the window`);
  const text = src.slice(0, at) + m.replace + src.slice(at + m.find.length);
  const w2 = m.window.split(m.find).join(m.replace);
  if (!text.includes(w2)) problems.push(`${m.id}: mutated window not found in mutated doc`);
  if (!Array.isArray(m.tags) || !m.tags.length) problems.push(`${m.id}: no tags`);
}
for (const k of known) {
  const src = readFileSync(join(here, k.file), "utf8");
  if (!src.includes(k.quote)) problems.push(`known: quote not found: ${k.quote}`);
}

// Semantic checks.
const mp = join(here, "tools", "muts.mjs");
if (existsSync(mp)) {
  const { M } = await import(pathToFileURL(mp));
  if (M.length !== muts.length) problems.push(`tools/muts.mjs has ${M.length} entries, mutations.json ${muts.length} (rebuild)`);
  M.forEach((m, i) => {
    const j = muts[i] || {};
    if (j.find !== m.find || j.replace !== m.replace || j.window !== m.window) problems.push(`${j.id}: mutations.json out of sync with tools/muts.mjs`);
    const id = j.id || `#${i}`;
    let a, b;
    try { a = m.check(m.window); } catch (e) { problems.push(`${id}: check threw on original: ${e.message}`); return; }
    try { b = m.check(m.window.split(m.find).join(m.replace)); } catch (e) { problems.push(`${id}: check threw on mutated: ${e.message}`); return; }
    if (a !== true) problems.push(`${id}: original claim fails its check`);
    if (b !== false) problems.push(`${id}: mutated claim still passes its check`);
  });
}
const cp = join(here, "tools", "clean_claims.mjs");
if (existsSync(cp)) {
  const { C } = await import(pathToFileURL(cp));
  for (const c of C) {
    const src = readFileSync(join(here, c.file), "utf8");
    if (!src.includes(c.quote)) { problems.push(`clean claim quote not found: ${c.quote.slice(0, 60)}`); continue; }
    let ok; try { ok = c.check(c.quote); } catch (e) { ok = "threw " + e.message; }
    if (ok !== true) problems.push(`clean claim fails (${ok}): ${c.quote.slice(0, 80)}`);
  }
  console.log(`${C.length} clean claims checked`);
}

const byTag = {}; for (const m of muts) for (const t of m.tags || []) byTag[t] = (byTag[t] || 0) + 1;
const byFile = {}; for (const m of muts) byFile[m.file] = (byFile[m.file] || 0) + 1;
console.log(`${docs.length} docs, ${muts.length} mutations`, byFile, byTag);
for (const p of problems) console.log("problem:", p);
console.log(problems.length ? `${problems.length} problems` : "0 problems");
process.exit(problems.length ? 1 : 0);
