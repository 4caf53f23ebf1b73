// Checks mutations.json: each "find" occurs exactly once in its file and lies inside its "window",
// and each window is a substring of the original document. Run: node validate.mjs
import { readFileSync } from "node:fs";
const dir = new URL(".", import.meta.url).pathname;
const muts = JSON.parse(readFileSync(dir + "mutations.json", "utf8"));
let bad = 0; const ids = new Set();
for (const m of muts) {
  const s = readFileSync(dir + m.file, "utf8");
  const n = s.split(m.find).length - 1;
  const errs = [];
  if (ids.has(m.id)) errs.push("duplicate id"); ids.add(m.id);
  if (n !== 1) errs.push(`find occurs ${n} times`);
  if (!m.window.includes(m.find)) errs.push("find not inside window");
  const wa = s.indexOf(m.window);
  if (wa < 0) errs.push("window not in doc");
  else { const fa = s.indexOf(m.find); if (fa < wa || fa + m.find.length > wa + m.window.length) errs.push("find occurrence outside window"); }
  if (m.find === m.replace) errs.push("no change");
  if (errs.length) { bad++; console.log(m.id, errs.join("; ")); }
}
console.log(`${muts.length} mutations, ${bad} with problems`);
process.exit(bad ? 1 : 0);
