import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {queryRows} from "../../pipeline/store/query.ts";
import {TABLES} from "../../pipeline/store/schema.ts";
import {buildWarehouse} from "../../pipeline/store/warehouse.ts";
import {fakeExtraction} from "../helpers/fake-extraction.ts";
import {withWarehouse} from "../helpers/warehouse.ts";

const rows = async (db: string, sql: string) => (await queryRows(db, sql)).rows;
const hash = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const leftovers = (dir: string) => fs.readdirSync(dir).filter((n) => n.includes(".building-") || n.endsWith(".wal"));

const REFERENCE = {
  "function_classification.csv": "code,name\n201,一般公共服务支出\n2012901,行政运行\n",
  "regions.csv": "\ufeffcode,name\n513200000000,阿坝藏族羌族自治州\n",
  "disclosure_checklist.csv": "item,required\n",
  "empty.csv": "",
};

describe("buildWarehouse", () => {
  it("stores amounts as exact DECIMAL(24,6)", async () => {
    await withWarehouse([fakeExtraction()], async ({dbPath}) => {
      const r = await queryRows(dbPath, "select amount, typeof(amount) as t from facts where key = 'income.total'");
      expect(r.rows).toEqual([["18976.755100", "DECIMAL(24,6)"]]);
      expect(r.types).toEqual(["DECIMAL(24,6)", "VARCHAR"]);
      expect(await rows(dbPath, "select sum(amount) from facts")).toEqual([["20062.315100"]]);
      expect(await rows(dbPath, "select delta, prior, current, pct from changes")).toEqual([
        ["-2336.670000", "21313.425100", "18976.755100", "-10.9600"],
      ]);
      expect(await rows(dbPath, "select share_pct, typeof(share_pct) from facts where share_pct is not null")).toEqual(
        [["18.0342", "DECIMAL(9,4)"]],
      );
    });
  });

  it("creates every table with the schema's columns, types and comments", async () => {
    await withWarehouse([fakeExtraction()], async ({dbPath}) => {
      const all = await rows(
        dbPath,
        "select table_name, column_name, data_type, comment from duckdb_columns() order by table_name, column_index",
      );
      for (const spec of TABLES) {
        const cols = all.filter((c) => c[0] === spec.name);
        expect(cols.map((c) => c[1]), spec.name).toEqual(spec.columns.map((c) => c.name));
        expect(cols.every((c) => typeof c[3] === "string" && c[3].length > 0), spec.name).toBe(true);
      }
      const type = (t: string, c: string) => all.find((r) => r[0] === t && r[1] === c)?.[2];
      expect([type("documents", "text"), type("documents", "is_synthetic"), type("facts", "span_start")]).toEqual([
        "VARCHAR",
        "BOOLEAN",
        "INTEGER",
      ]);
      // Spans index the stored text: slicing it at a fact's span gives the number as written.
      const [[n, text]] = await rows(
        dbPath,
        `select count(*), any_value(substr(text, span_start + 1, span_end - span_start))
         from facts join documents using (doc_id) where amount = 3422.23`,
      );
      expect([n, text]).toEqual([1, "3422.23万元"]);
    });
  });

  it("loads reference CSVs as all-VARCHAR ref_ tables", async () => {
    await withWarehouse(
      [fakeExtraction()],
      async ({dbPath}) => {
        expect(await rows(dbPath, "select code, typeof(code) from ref_function_classification order by code")).toEqual([
          ["201", "VARCHAR"],
          ["2012901", "VARCHAR"],
        ]);
        expect(await rows(dbPath, "select code from ref_regions")).toEqual([["513200000000"]]);
        expect(await rows(dbPath, "select count(*) from ref_disclosure_checklist")).toEqual([[0]]);
        const refs = await rows(dbPath, "select table_name from duckdb_tables() where table_name like 'ref_%' order by 1");
        expect(refs).toEqual([["ref_disclosure_checklist"], ["ref_function_classification"], ["ref_regions"]]);
      },
      {reference: REFERENCE},
    );
  });

  it("leaves the previous warehouse untouched when a build fails", async () => {
    await withWarehouse([fakeExtraction()], async ({dir, arrowDir, dbPath}) => {
      const before = hash(dbPath);
      // A crashed earlier build (dead pid) must be cleaned up by the next one.
      fs.writeFileSync(`${dbPath}.building-99999999`, "junk");
      const afterLoad = async () => {
        throw new Error("model failed");
      };
      await expect(buildWarehouse({arrowDir, dbPath, afterLoad})).rejects.toThrow("model failed");
      expect(hash(dbPath)).toBe(before);
      expect(leftovers(dir)).toEqual([]);

      fs.rmSync(path.join(arrowDir, "reasons.arrow"));
      await expect(buildWarehouse({arrowDir, dbPath})).rejects.toThrow(/reasons\.arrow/);
      expect(hash(dbPath)).toBe(before);
      expect(leftovers(dir)).toEqual([]);
    });
  });

  it("replaces the warehouse on success and runs afterLoad before the swap", async () => {
    await withWarehouse([fakeExtraction()], async ({dir, arrowDir, referenceDir, dbPath}) => {
      const log: string[] = [];
      const result = await buildWarehouse({
        arrowDir,
        referenceDir,
        dbPath,
        log: (m) => log.push(m),
        afterLoad: async (conn) => {
          await conn.run("create table model_totals as select key, sum(amount) as amount from facts group by key");
        },
      });
      expect(result.rows.facts).toBe(3);
      expect(log.at(-1)).toMatch(/warehouse ready/);
      expect(await rows(dbPath, "select amount from model_totals where key = 'balance.carryover'")).toEqual([
        ["-2336.670000"],
      ]);
      expect(leftovers(dir)).toEqual([]);
    });
  });
});
