import fs from "node:fs";
import path from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {runCli, tempDir} from "../helpers/cli.ts";
import {SEED_PATH} from "../helpers/fixtures/seed.ts";

const SPAWN = 60_000;

describe("gongkai refresh/export: usage", () => {
  const cwd = tempDir();
  afterAll(() => fs.rmSync(cwd, {recursive: true, force: true}));

  it("documents every exit code of refresh", () => {
    const r = runCli(["refresh", "--help"], {cwd});
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/0 every file landed · 3 some files failed .* 4 another refresh is running/s);
    expect(r.stdout).toContain("--wait [seconds]");
  });

  it("names a missing warehouse", () => {
    const r = runCli(["export", "--db", "nope.duckdb"], {cwd});
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("gongkai: warehouse not found: nope.duckdb");
  });
});

describe("gongkai export", () => {
  const cwd = tempDir();
  afterAll(() => fs.rmSync(cwd, {recursive: true, force: true}));

  it(
    "refresh writes data/exports by default; export writes the formats asked for",
    () => {
      fs.mkdirSync(path.join(cwd, "in"));
      fs.copyFileSync(SEED_PATH, path.join(cwd, "in", "seed.txt"));
      const r = runCli(["refresh", "--input", "in", "--db", "wh.duckdb", "--build-dir", "build"], {cwd});
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain("stage export: data/exports");
      expect(fs.readdirSync(path.join(cwd, "data", "exports"))).toContain("revisions.parquet");

      const e = runCli(["export", "--db", "wh.duckdb", "--out", "csv-only", "--format", "csv"], {cwd});
      expect(e.status, e.stderr).toBe(0);
      const files = fs.readdirSync(path.join(cwd, "csv-only"));
      expect(files.every((f) => f.endsWith(".csv"))).toBe(true);
      expect(files).toContain("facts.csv");
      expect(fs.readFileSync(path.join(cwd, "csv-only", "facts.csv"))).toEqual(
        fs.readFileSync(path.join(cwd, "data", "exports", "facts.csv")),
      );
    },
    SPAWN,
  );
});
