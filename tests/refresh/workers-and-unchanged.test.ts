import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {refresh} from "../../pipeline/refresh/refresh.ts";
import {generateCorpus} from "../../pipeline/synth/corpus.ts";
import {writeCorpus} from "../../pipeline/synth/write-corpus.ts";

/** Every file under `dir` (relative path → bytes as hex), for byte-for-byte comparison of two export folders. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (e.isFile()) out[path.relative(dir, path.join(e.parentPath, e.name))] = fs.readFileSync(path.join(e.parentPath, e.name)).toString("hex");
  }
  return out;
}

/**
 * The extraction worker pool and the nothing-changed skip (the scale work): how many workers extract must not change
 * a byte of the result, and a refresh whose inputs are those of the last clean one keeps the warehouse as it is.
 */
describe("refresh with a pool of workers, then with nothing changed", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-pool-"));
  const raw = path.join(dir, "raw");
  const run = (name: string, workers: number) =>
    refresh({input: raw, db: path.join(dir, name, "w.duckdb"), buildDir: path.join(dir, name, "build"), exportDir: path.join(dir, name, "exports"), workers, fingerprint: "test"});

  let n = 0;
  beforeAll(() => {
    const {docs, manifest} = generateCorpus({seed: 11, units: 3, years: [2023, 2024], anomalyRate: 0.3});
    writeCorpus(raw, docs, manifest);
    n = docs.length;
  });
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

  it("writes byte-identical exports with one worker and with two", async () => {
    const one = await run("one", 1);
    const two = await run("two", 2);
    expect(one.failed).toEqual([]);
    expect(two.landed.map((f) => f.source)).toEqual(one.landed.map((f) => f.source));
    expect(one.landed.length).toBe(n);
    expect(n).toBeGreaterThan(3);
    const a = tree(path.join(dir, "one", "exports"));
    expect(Object.keys(a).length).toBeGreaterThan(0);
    expect(tree(path.join(dir, "two", "exports"))).toEqual(a);
  }, 180_000);

  it("keeps the warehouse untouched when nothing changed, and rebuilds when a file does", async () => {
    const db = path.join(dir, "two", "w.duckdb");
    const before = fs.statSync(db).mtimeMs;
    const same = await run("two", 2);
    expect(same.rebuilt).toBe(false);
    expect(same.landed.length).toBe(n);
    expect(fs.statSync(db).mtimeMs).toBe(before);

    const file = path.join(raw, same.landed[0].source);
    fs.appendFileSync(file, "\n");
    const changed = await run("two", 2);
    expect(changed.rebuilt).toBe(true);
    expect(changed.files.changed).toBe(1);
    expect(changed.files.unchanged).toBe(n - 1);
  }, 180_000);
});
