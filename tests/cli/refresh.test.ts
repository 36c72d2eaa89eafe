import fs from "node:fs";
import path from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import type {RunReport} from "../../pipeline/refresh/run-report.ts";
import {pseudoRandomBytes, runCli, tempDir} from "../helpers/cli.ts";
import {SEED_PATH} from "../helpers/fixtures/seed.ts";

const SPAWN = 60_000;

describe("gongkai refresh", () => {
  const cwd = tempDir();
  afterAll(() => fs.rmSync(cwd, {recursive: true, force: true}));

  it(
    "lands the good file, reports each bad one by name and reason, exits 3",
    () => {
      const input = path.join(cwd, "in");
      fs.mkdirSync(path.join(input, "2024"), {recursive: true});
      fs.copyFileSync(SEED_PATH, path.join(input, "2024", "seed.txt"));
      fs.writeFileSync(path.join(input, "2024", "seed.meta.json"), "{}");
      fs.writeFileSync(path.join(input, "empty.txt"), "");
      fs.writeFileSync(path.join(input, "noise.txt"), pseudoRandomBytes(4096));
      fs.writeFileSync(path.join(input, "scan.pdf"), "%PDF-1.4\n");

      const r = runCli(["refresh", "--input", "in", "--db", "wh.duckdb", "--build-dir", "build"], {cwd});
      expect(r.status, r.stderr).toBe(3);
      expect(r.stderr).toContain("landed 1 · failed 3");
      expect(r.stderr).toMatch(/\[\d\/4\] in\/2024\/seed\.txt … \d+ facts/);
      expect(fs.existsSync(path.join(cwd, "wh.duckdb"))).toBe(true);

      const report: RunReport = JSON.parse(fs.readFileSync(path.join(cwd, "build", "run-report.json"), "utf8"));
      expect(report.files_seen).toBe(4);
      expect(report.landed.map((f) => f.source)).toEqual(["2024/seed.txt"]);
      expect(report.failed).toEqual([
        {source: "empty.txt", reason: expect.stringMatching(/empty/)},
        {source: "noise.txt", reason: expect.stringMatching(/binary|not UTF-8/)},
        {source: "scan.pdf", reason: expect.stringMatching(/pdf|PDF/)},
      ]);

      const sql = "select count(*) as n from facts";
      const q = runCli(["query", "--db", "wh.duckdb", "--format", "json"], {cwd, input: sql});
      expect(q.status, q.stderr).toBe(0);
      const [{n}] = JSON.parse(q.stdout);
      expect(n).toBe(report.facts);
      expect(n).toBeGreaterThan(100);
    },
    SPAWN,
  );
});
