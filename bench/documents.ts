/**
 * Per-document timings (`npm run bench:documents`): the median time to read and extract one document, for the
 * bundled seed and, when ../shared is present, each real disclosure. The corpus-scale benchmark is bench/run.ts.
 */
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {performance} from "node:perf_hooks";
import {extractFile} from "../pipeline/extract/extract-file.ts";
import {loadReference} from "../pipeline/reference/load-reference.ts";

const ref = loadReference();
const ROUNDS = 30;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function bench(label: string, source: string) {
  const bytes = readFileSync(source);
  await extractFile(bytes, source, ref); // warm-up: JIT and the reference cache
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    await extractFile(bytes, source, ref);
    times.push(performance.now() - t);
  }
  console.log(`${label.padEnd(58)} ${(bytes.length / 1024).toFixed(1).padStart(6)} KB  median ${median(times).toFixed(2).padStart(7)} ms`);
}

await bench("data/raw seed (阿坝州总工会 2024)", "data/raw/四川省/阿坝藏族羌族自治州/2024/阿坝州总工会.txt");
const real = new URL("../../shared/real/", import.meta.url).pathname;
if (existsSync(real)) {
  for (const f of readdirSync(real).filter((f) => f.endsWith(".txt")).sort()) await bench(f, real + f);
} else console.log("../shared is absent: real disclosures not benchmarked");
