/**
 * Two refreshes of one warehouse at once, as two real processes: the second stops at once with exit code 4 and a
 * message naming the first, or with --wait queues behind it; neither corrupts anything.
 */
import fs from "node:fs";
import path from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {runCli, tempDir} from "../helpers/cli.ts";
import {seedVariant, variantPath, writeSeedCorpus} from "../helpers/seed-corpus.ts";
import {startCli} from "../helpers/spawn-cli.ts";
import {assertOutputsWhole, factsChecksum} from "../helpers/warehouse-state.ts";

const ARGS = ["refresh", "--input", "in", "--db", "wh.duckdb", "--build-dir", "build", "--no-export"];

describe("refresh: concurrent", () => {
  const cwd = tempDir("gongkai-concurrent-");
  afterAll(() => fs.rmSync(cwd, {recursive: true, force: true}));
  const at = (...p: string[]) => path.join(cwd, ...p);
  beforeAll(() => void writeSeedCorpus(at("in"), 30));

  it("stops a second refresh with exit code 4 while the first holds the lock; the first completes", async () => {
    const first = startCli(ARGS, {cwd});
    await first.waitFor(/stage scan/);
    const second = runCli(ARGS, {cwd});
    expect(second.status).toBe(4);
    expect(second.stderr).toContain(`gongkai: another refresh is running (pid ${first.child.pid} on `);
    expect(second.stderr).toContain("--wait");
    expect((await first.exited).code, first.stderr()).toBe(0);
    expect((await factsChecksum(at("wh.duckdb"))).n).toBeGreaterThan(30 * 100);
    await assertOutputsWhole(at("build"), at("exports"));
    expect(fs.existsSync(at("wh.duckdb.lock"))).toBe(false);
  }, 120_000);

  it("queues a refresh started with --wait behind the running one; both land, the second has nothing left to do", async () => {
    fs.writeFileSync(at("in", variantPath(30)), seedVariant(30));
    const first = startCli(ARGS, {cwd});
    await first.waitFor(/stage scan/);
    const second = startCli([...ARGS, "--wait", "120"], {cwd});
    await second.waitFor(/waiting for the refresh holding .*wh\.duckdb\.lock \(pid \d+\)/);
    const [a, b] = await Promise.all([first.exited, second.exited]);
    expect(a.code, first.stderr()).toBe(0);
    expect(b.code, second.stderr()).toBe(0);
    expect(first.stderr()).toContain("files 31: added 1");
    expect(second.stderr()).toContain("files 31: added 0 · changed 0 · reverted 0 · unchanged 31");
    expect((await factsChecksum(at("wh.duckdb"))).n).toBeGreaterThan(30 * 100);
  }, 120_000);
});
