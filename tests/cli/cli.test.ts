import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import {afterAll, describe, expect, it} from "vitest";
import {FACT_CSV_COLUMNS} from "../../pipeline/cli/extract-output.ts";
import {runCli, tempDir} from "../helpers/cli.ts";
import {SEED_PATH} from "../helpers/fixtures/seed.ts";

// Child-process startup (Node + tsx) dominates; each spawn is worth a generous timeout on a loaded machine.
const SPAWN = 30_000;
const cwd = tempDir();
afterAll(() => fs.rmSync(cwd, {recursive: true, force: true}));

describe("gongkai", () => {
  it(
    "--help lists extract, refresh and query",
    () => {
      const r = runCli(["--help"], {cwd});
      expect(r.status).toBe(0);
      for (const name of ["extract", "refresh", "query"]) expect(r.stdout).toMatch(new RegExp(`^  ${name}\\b`, "m"));
    },
    SPAWN,
  );

  it(
    "query on a missing warehouse fails with a message and no stack trace",
    () => {
      const r = runCli(["query", "--db", "missing.duckdb", "select 1"], {cwd});
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain("gongkai: warehouse not found: missing.duckdb");
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe("");
    },
    SPAWN,
  );
});

describe("gongkai extract: the seed", () => {
  const seed = SEED_PATH;
  let factCount = 0;

  it(
    "prints JSON with exact decimal strings and no text",
    () => {
      const r = runCli(["extract", seed], {cwd});
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(Object.keys(out)).toEqual(["document", "facts", "changes", "reasons", "unplaced", "counts", "findings"]);
      expect(out.document).not.toHaveProperty("text");
      expect(out.document.unit).toBe("阿坝州总工会");
      expect(out.facts).toContainEqual(expect.objectContaining({key: "income.total", amount: "3422.23"}));
      // The seed's misfiled classes, each with its own sentence, as the warehouse's checks report them.
      const paths = out.findings.filter((f: {rule_id: string}) => f.rule_id === "function_path");
      expect(paths.map((f: {code: string}) => f.code)).toEqual(["208", "210", "221"]);
      expect(paths[0].quote).toContain("社会保障和就业支出（项目）2024年预算数为71.82万元");
      expect(out.findings.some((f: {severity: string}) => f.severity === "error")).toBe(false);
      expect(out.reasons.every((r: {parts: unknown}) => Array.isArray(r.parts))).toBe(true);
      factCount = out.facts.length;
      expect(factCount).toBeGreaterThan(100);
    },
    SPAWN,
  );

  it(
    "--format csv parses back to the same facts; a bad file is named on stderr, exit 3, the rest still prints",
    () => {
      fs.writeFileSync(path.join(cwd, "empty.txt"), "");
      const r = runCli(["extract", "--format", "csv", "empty.txt", seed], {cwd});
      expect(r.status).toBe(3);
      expect(r.stderr).toBe("gongkai: empty.txt: empty: file is empty\n");
      const parsed = Papa.parse<Record<string, string>>(r.stdout, {header: true, skipEmptyLines: true});
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual(FACT_CSV_COLUMNS);
      expect(parsed.data).toHaveLength(factCount);
      expect(parsed.data.find((row) => row.key === "income.total")?.amount).toBe("3422.23");
    },
    SPAWN,
  );
});
