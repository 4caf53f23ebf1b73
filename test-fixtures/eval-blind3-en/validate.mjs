#!/usr/bin/env node
// Validates the blind3-en set: structure of mutations.json and, with semantics.mjs,
// that each original claim is consistent and each mutated claim is not.
//   node validate.mjs [--dump]
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checks, cleanClaims } from "./semantics.mjs";

const dir = dirname(fileURLToPath(import.meta.url));
const muts = JSON.parse(readFileSync(join(dir, "mutations.json"), "utf8"));
const known = JSON.parse(readFileSync(join(dir, "known.json"), "utf8"));
const dump = process.argv.includes("--dump");
const problems = [];
const count = (s, sub) => { let n = 0, i = -1; while ((i = s.indexOf(sub, i + 1)) >= 0) n++; return n; };
export const nums = s => [...s.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map(m => Number(m[0].replace(/,/g, "")));

// docs: sizes and formats
const docs = readdirSync(join(dir, "docs")).filter(f => /\.(txt|md)$/.test(f));
for (const f of docs) {
  const size = statSync(join(dir, "docs", f)).size;
  if (size < 5000 || size > 9000) problems.push(`${f}: size ${size} outside 5-9 KB`);
}
const ids = new Set();
const perFile = {}, perTag = {};
for (const m of muts) {
  if (ids.has(m.id)) problems.push(`${m.id}: duplicate id`); ids.add(m.id);
  for (const k of ["id", "file", "find", "replace", "note", "tags"]) if (!m[k]) problems.push(`${m.id}: missing ${k}`);
  let src;
  try { src = readFileSync(join(dir, m.file), "utf8"); } catch { problems.push(`${m.id}: no file ${m.file}`); continue; }
  perFile[m.file] = (perFile[m.file] || 0) + 1;
  for (const t of m.tags || []) perTag[t] = (perTag[t] || 0) + 1;
  if (m.find === m.replace) problems.push(`${m.id}: find equals replace`);
  const n = count(src, m.find);
  if (n !== 1) problems.push(`${m.id}: find occurs ${n} times`);
  const win = m.window ?? m.find;
  if (m.window) {
    if (!m.window.includes(m.find)) problems.push(`${m.id}: find not inside window`);
    const wn = count(src, m.window);
    if (wn < 1) problems.push(`${m.id}: window not a substring of the original doc`);
    // the eval locates the window in the mutated text by its first occurrence: make sure it is the one holding find
    const at = src.indexOf(m.find), wa = src.indexOf(m.window);
    if (wn >= 1 && !(wa <= at && at + m.find.length <= wa + m.window.length)) problems.push(`${m.id}: first window occurrence does not hold find`);
  }
  const at = src.indexOf(m.find);
  const text = src.slice(0, at) + m.replace + src.slice(at + m.find.length);
  const mwin = win.split(m.find).join(m.replace);
  if (!text.includes(mwin)) problems.push(`${m.id}: window not found after replacement`);
  // semantic check: the claim holds on the original window and fails on the mutated one
  const c = checks[m.id];
  if (dump) console.log(m.id, JSON.stringify(nums(win)), "->", JSON.stringify(nums(mwin)));
  if (!c) { problems.push(`${m.id}: no semantic check`); continue; }
  let ok0, ok1;
  try { ok0 = c(win, nums(win)); ok1 = c(mwin, nums(mwin)); } catch (e) { problems.push(`${m.id}: check threw ${e.message}`); continue; }
  if (ok0 !== true) problems.push(`${m.id}: original claim is NOT consistent per check`);
  if (ok1 !== false) problems.push(`${m.id}: mutated claim still consistent per check`);
}
for (const id of Object.keys(checks)) if (!ids.has(id)) problems.push(`${id}: check without mutation`);
// clean claims not covered by mutations
for (const [file, quote, fn] of cleanClaims) {
  const src = readFileSync(join(dir, file), "utf8");
  if (count(src, quote) < 1) { problems.push(`clean claim quote not found in ${file}: ${quote.slice(0, 60)}`); continue; }
  let ok; try { ok = fn(quote, nums(quote)); } catch (e) { ok = e.message; }
  if (ok !== true) problems.push(`clean claim fails (${ok}) in ${file}: ${quote.slice(0, 80)}`);
}
for (const k of known) if (!readFileSync(join(dir, k.file), "utf8").includes(k.quote)) problems.push(`known quote not found: ${k.quote}`);
console.log("mutations per file:", JSON.stringify(perFile));
console.log("mutations per tag:", JSON.stringify(perTag));
console.log(`${muts.length} mutations, ${cleanClaims.length} clean claims checked, ${problems.length} problems`);
for (const p of problems) console.log("problem:", p);
process.exit(problems.length ? 1 : 0);
