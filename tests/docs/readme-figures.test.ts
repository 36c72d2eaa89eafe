/**
 * The figures the README states about the seed are what the checks give on it: "N identities checked, N hold",
 * the classes filed under the wrong path and the stale names it says are reported.
 */
import fs from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {extractBytes} from "../helpers/extract-text.ts";
import {runModels} from "../../pipeline/models/run-models.ts";
import {DEFAULT_REFERENCE_DIR, loadReference} from "../../pipeline/reference/load-reference.ts";
import {openDuckDB} from "../../pipeline/store/warehouse.ts";
import {SEED_SOURCE, seedBytes} from "../helpers/fixtures/seed.ts";
import {repoRoot} from "../helpers/shared.ts";
import {withWarehouse} from "../helpers/warehouse.ts";

const WORD_NUMBER: Record<string, number> = {one: 1, two: 2, three: 3, four: 4, five: 5, six: 6};

describe("README figures on the seed", async () => {
  const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8").replace(/\s+/g, " ");
  const reference = Object.fromEntries(
    fs.readdirSync(DEFAULT_REFERENCE_DIR).filter((f) => f.endsWith(".csv")).map((f) => [f, fs.readFileSync(path.join(DEFAULT_REFERENCE_DIR, f), "utf8")]),
  );
  const ex = extractBytes(seedBytes(), `data/raw/${SEED_SOURCE}`, loadReference());
  const counts = await withWarehouse([ex], async (wh) => {
    const {instance, conn} = await openDuckDB(wh.dbPath);
    try {
      await runModels(conn);
      const rows = (await conn.runAndReadAll(`
        select
          count(*) filter (where rule_id like 'identity_%')::integer as checked,
          count(*) filter (where rule_id like 'identity_%' and status = 'pass')::integer as hold,
          count(distinct code) filter (where rule_id = 'function_path' and status = 'fail')::integer as misfiled,
          count(distinct code) filter (where rule_id = 'stale_name' and status = 'fail')::integer as stale,
          string_agg(distinct rule_id, ',' order by rule_id) filter (where status = 'fail' and severity in ('warning', 'error')) as loud
        from check_results`)).getRowObjectsJson();
      return rows[0] as Record<string, number> & {loud: string};
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  }, {reference});

  it("N identities checked, M hold", () => {
    const m = /On the seed: (\d+) identities checked, (\d+) hold/.exec(readme);
    expect(m, "the README's sentence").not.toBeNull();
    expect([counts.checked, counts.hold]).toEqual([Number(m![1]), Number(m![2])]);
  });

  it("the misfiled classes and the stale names it says are reported", () => {
    const m = /the (\w+) classes filed as 项 under 群众团体事务 and the (\w+) stale names are reported/.exec(readme);
    expect(m, "the README's sentence").not.toBeNull();
    expect([counts.misfiled, counts.stale]).toEqual([WORD_NUMBER[m![1]], WORD_NUMBER[m![2]]]);
  });

  // The seed's one defect class at warning or above is the misfiled path: a rule that repeats it on the same line
  // (a tag that does not fit because the path does not) or flags anything else is a false alarm to its readers.
  it("raises nothing at warning or above but the misfiled paths", () => {
    expect(counts.loud).toBe("function_path");
  });
});
