import fs from "node:fs";
import path from "node:path";
import {loadReference} from "../pipeline/reference/load-reference.ts";
import {extractInput} from "../pipeline/refresh/extract-input.ts";
import {listInputs} from "../pipeline/refresh/list-inputs.ts";
const dir = process.argv[2];
const files = listInputs(dir).filter((f) => !f.endsWith(".pdf")).slice(0, Number(process.argv[3] ?? 150));
const ref = loadReference();
const t = performance.now();
const times: [number, string, number][] = [];
for (const s of files) { const b = fs.readFileSync(path.join(dir, s)); const t0 = performance.now(); await extractInput(b, s, ref, true); times.push([performance.now() - t0, s, b.length]); }
console.log(files.length, (performance.now() - t).toFixed(0), "ms");
times.sort((a, b) => b[0] - a[0]);
console.log(times.slice(0, 8).map((x) => `${x[0].toFixed(0)}ms ${x[2]} ${x[1]}`).join("\n"));
const med = times[Math.floor(times.length / 2)][0]; console.log("median", med.toFixed(1));
