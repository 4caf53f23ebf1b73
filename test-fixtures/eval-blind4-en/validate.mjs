// Validates the set: node validate.mjs
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
const root = dirname(fileURLToPath(import.meta.url));
const TAGS = new Set(["sum", "status", "change", "fraction-percent", "rank", "compare", "share", "average", "part-whole", "plan"]);
const problems = [];
const count = (s, sub) => { let n = 0, i = -1; while ((i = s.indexOf(sub, i + 1)) >= 0) n++; return n; };

const docs = readdirSync(join(root, "docs")).filter(f => /\.(txt|md)$/.test(f));
if (docs.length !== 5) problems.push(`expected 5 docs, found ${docs.length}`);
if (docs.filter(f => f.endsWith(".md")).length < 2) problems.push("fewer than two .md docs");
for (const f of docs) {
  const size = statSync(join(root, "docs", f)).size;
  if (size < 5000 || size > 9216) problems.push(`${f}: size ${size} outside 5-9 KB`);
  const t = readFileSync(join(root, "docs", f), "utf8");
  if (f.endsWith(".md") && !/^\|.*\|\s*$/m.test(t)) problems.push(`${f}: no Markdown table`);
  if (f.endsWith(".md") && !/^- /m.test(t)) problems.push(`${f}: no bulleted list`);
}
const known = JSON.parse(readFileSync(join(root, "known.json"), "utf8"));
if (!Array.isArray(known)) problems.push("known.json is not an array");

const muts = JSON.parse(readFileSync(join(root, "mutations.json"), "utf8"));
const ids = new Set(), perFile = {};
muts.forEach((m, i) => {
  const want = "f" + String(i + 1).padStart(2, "0");
  if (m.id !== want) problems.push(`${m.id}: expected id ${want}`);
  if (ids.has(m.id)) problems.push(`${m.id}: duplicate id`); ids.add(m.id);
  for (const k of ["id", "file", "find", "replace", "window", "note", "tags"]) if (!m[k]) problems.push(`${m.id}: missing ${k}`);
  if (!m.tags?.length || m.tags.some(t => !TAGS.has(t))) problems.push(`${m.id}: bad tags ${m.tags}`);
  if (m.find === m.replace) problems.push(`${m.id}: replace equals find`);
  perFile[m.file] = (perFile[m.file] || 0) + 1;
  let src;
  try { src = readFileSync(join(root, m.file), "utf8"); } catch { problems.push(`${m.id}: no file ${m.file}`); return; }
  const nf = count(src, m.find);
  if (nf !== 1) { problems.push(`${m.id}: find occurs ${nf} times`); return; }
  const nw = count(src, m.window);
  if (nw < 1) { problems.push(`${m.id}: window not a substring of the original`); return; }
  if (nw > 1) problems.push(`${m.id}: window occurs ${nw} times (ambiguous)`);
  const at = src.indexOf(m.find), wa = src.indexOf(m.window);
  if (!(at >= wa && at + m.find.length <= wa + m.window.length)) problems.push(`${m.id}: find is not inside its window`);
  const text = src.slice(0, at) + m.replace + src.slice(at + m.find.length);
  const w2 = m.window.split(m.find).join(m.replace);
  if (text.indexOf(w2) < 0) problems.push(`${m.id}: mutated window not found in mutated doc`);
  if (count(m.window, m.find) !== 1) problems.push(`${m.id}: find occurs ${count(m.window, m.find)} times in window`);
});
for (const f of docs) { const n = perFile["docs/" + f] || 0; if (n < 14 || n > 16) problems.push(`docs/${f}: ${n} mutations (want 14-16)`); }
for (const f of Object.keys(perFile)) if (!docs.includes(f.replace(/^docs\//, ""))) problems.push(`${f}: mutations for unknown file`);

const byTag = {};
for (const m of muts) for (const t of m.tags) byTag[t] = (byTag[t] || 0) + 1;
for (const p of problems) console.log("problem:", p);
console.log(`${docs.length} docs, ${muts.length} mutations, ${problems.length} problems`);
console.log("per file:", JSON.stringify(perFile));
console.log("per tag:", JSON.stringify(byTag));
process.exit(problems.length ? 1 : 0);
