/**
 * A refresh killed with SIGKILL (no handler runs, as in a power cut or the OOM killer) at several moments: the
 * previous warehouse stays whole and queryable with the same facts, the exports stay the previous set byte for byte,
 * no output is left half-written, and the next refresh takes over the dead run's lock and completes.
 */
import fs from "node:fs";
import path from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {runCli, tempDir} from "../helpers/cli.ts";
import {writeSeedCorpus, seedVariant, variantPath} from "../helpers/seed-corpus.ts";
import {startCli} from "../helpers/spawn-cli.ts";
import {assertOutputsWhole, factsChecksum, hashTree} from "../helpers/warehouse-state.ts";

const ARGS = ["refresh", "--input", "in", "--db", "wh.duckdb", "--build-dir", "build", "--export-dir", "exports"];
const N = 40;

describe("refresh: killed", () => {
  const cwd = tempDir("gongkai-kill-");
  afterAll(() => fs.rmSync(cwd, {recursive: true, force: true}));
  const at = (...p: string[]) => path.join(cwd, ...p);
  let before: {n: number; md5: string};
  let exportsBefore: Record<string, string>;

  beforeAll(() => {
    writeSeedCorpus(at("in"), N);
    const r = runCli(ARGS, {cwd});
    expect(r.status, r.stderr).toBe(0);
    // The next refresh has real work: new files and a republished one.
    for (let i = N; i < N + 12; i++) fs.writeFileSync(at("in", path.basename(variantPath(i))), seedVariant(i));
    fs.writeFileSync(at("in", variantPath(0)), seedVariant(0).replaceAll("公务接待费1.42万元", "公务接待费1.52万元"));
  }, 120_000);

  it("records the warehouse before", async () => {
    before = await factsChecksum(at("wh.duckdb"));
    exportsBefore = hashTree(at("exports"));
    expect(before.n).toBeGreaterThan(N * 100);
    expect(Object.keys(exportsBefore)).toContain("revisions.parquet");
  });

  const moments: [string, (run: ReturnType<typeof startCli>) => Promise<unknown>][] = [
    ["0.8 s in (scanning or extracting)", () => sleep(800)],
    ["as the Arrow files are written", (run) => run.waitFor(/stage arrow/)],
    ["while the warehouse is being built", async (run) => (await run.waitFor(/stage load/), await sleep(400))],
    ["right as the load stage starts", (run) => run.waitFor(/stage load/)],
  ];
  for (const [when, moment] of moments) {
    it(`leaves the previous warehouse intact when killed ${when}`, async () => {
      const run = startCli(ARGS, {cwd});
      await moment(run);
      run.child.kill("SIGKILL");
      expect((await run.exited).signal).toBe("SIGKILL");
      expect(await factsChecksum(at("wh.duckdb"))).toEqual(before);
      expect(hashTree(at("exports"))).toEqual(exportsBefore);
      await assertOutputsWhole(at("build"), at("exports"));
    }, 120_000);
  }

  it("completes the next refresh, taking over the dead run's lock and clearing its leftovers", async () => {
    const r = runCli(ARGS, {cwd});
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(fs.readFileSync(at("build", "run-report.json"), "utf8"));
    expect(report.files).toMatchObject({added: 12, changed: 1, failed: 0});
    const after = await factsChecksum(at("wh.duckdb"));
    expect(after.n).toBeGreaterThan(before.n);
    await assertOutputsWhole(at("build"), at("exports"));
    const leftovers = [cwd, at("build"), at("build", "arrow"), at("build", "extractions")]
      .flatMap((d) => fs.readdirSync(d))
      .filter((name) => /\.(tmp|stale|building|old)-\d+|\.lock$/.test(name));
    expect(leftovers).toEqual([]);
  }, 120_000);

  it("leaves a whole warehouse and a whole set of exports when killed during the export", async () => {
    fs.writeFileSync(at("in", "extra.txt"), seedVariant(999));
    const run = startCli(ARGS, {cwd});
    await run.waitFor(/stage export/);
    run.child.kill("SIGKILL");
    await run.exited;
    // The swap has happened: the new warehouse is in place and whole.
    expect((await factsChecksum(at("wh.duckdb"))).n).toBeGreaterThan(before.n);
    await assertOutputsWhole(at("build"), at("exports"));
    const r = runCli(ARGS, {cwd});
    expect(r.status, r.stderr).toBe(0);
    expect(Object.keys(hashTree(at("exports")))).toEqual(Object.keys(exportsBefore));
  }, 120_000);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
