import path from "node:path";
import os from "node:os";
import {describe, expect, it} from "vitest";
import {displayWidth} from "../../pipeline/lib/display-width.ts";
import {runQuery} from "../../pipeline/store/query.ts";
import {fakeExtraction} from "../helpers/fake-extraction.ts";
import {withWarehouse} from "../helpers/warehouse.ts";

const SQL = "select key, label, amount, mentions from facts order by span_start";

describe("runQuery", () => {
  it("prints CSV with exact decimals", async () => {
    await withWarehouse([fakeExtraction()], async ({dbPath}) => {
      expect(await runQuery(dbPath, SQL, {format: "csv"})).toBe(
        [
          "key,label,amount,mentions",
          "income.total,收入总计,18976.755100,1",
          "expenditure.total,支出总计,3422.230000,1",
          "balance.carryover,年末结转和结余,-2336.670000,1",
        ].join("\n"),
      );
    });
  });

  it("prints JSON with decimals as strings and counts as numbers", async () => {
    await withWarehouse([fakeExtraction()], async ({dbPath}) => {
      const out = await runQuery(dbPath, "select count(*) as n, sum(amount) as total from facts", {format: "json"});
      expect(JSON.parse(out)).toEqual([{n: 3, total: "20062.315100"}]);
    });
  });

  it("prints an aligned table counting CJK as double width", async () => {
    await withWarehouse([fakeExtraction()], async ({dbPath}) => {
      const out = await runQuery(dbPath, SQL);
      const lines = out.split("\n");
      expect(lines[0]).toBe("key                label                 amount  mentions");
      expect(lines[2]).toBe("income.total       收入总计        18976.755100         1");
      expect(lines[4]).toBe("balance.carryover  年末结转和结余  -2336.670000         1");
      expect(lines.at(-1)).toBe("(3 rows)");
      // Every data line has the same display width as the separator line.
      const width = displayWidth(lines[1]);
      expect(lines.slice(2, -1).every((l) => displayWidth(l) === width)).toBe(true);
      expect(await runQuery(dbPath, "select 1 as one")).toMatch(/\(1 row\)$/);
    });
  });

  it("opens the warehouse read-only", async () => {
    await withWarehouse([fakeExtraction()], async ({dbPath}) => {
      await expect(runQuery(dbPath, "delete from facts")).rejects.toThrow(/read-only/i);
    });
  });

  it("says how to build a missing warehouse", async () => {
    const missing = path.join(os.tmpdir(), "gongkai-no-such-dir", "warehouse.duckdb");
    await expect(runQuery(missing, "select 1")).rejects.toThrow(
      `warehouse not found: ${missing} (run \`gongkai refresh\` first)`,
    );
  });
});
