// Writes ../mutations.json from muts.mjs (ids w01…), dropping the check functions.
import { writeFileSync } from "node:fs";
import { M } from "./muts.mjs";
const out = M.map((m, i) => ({ id: "w" + String(i + 1).padStart(2, "0"), file: m.file, find: m.find, replace: m.replace, window: m.window, note: m.note, tags: m.tags }));
writeFileSync(new URL("../mutations.json", import.meta.url), "[\n" + out.map(o => "  " + JSON.stringify(o)).join(",\n") + "\n]\n");
console.log(out.length, "mutations written");
