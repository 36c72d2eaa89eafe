/**
 * CSV injection: a label from an input table that starts like a spreadsheet formula reaches the CSV exports with a
 * leading ' (OWASP), while numbers, negative ones included, stay numbers and Parquet keeps the text exactly.
 */
import fs from "node:fs";
import path from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {afterAll, describe, expect, it} from "vitest";
import {csvCell, csvSafeSql} from "../../pipeline/lib/csv-safe.ts";
import {runModels} from "../../pipeline/models/run-models.ts";
import {writeArrowTables} from "../../pipeline/store/arrow-io.ts";
import {extractionsToArrow} from "../../pipeline/store/arrow-tables.ts";
import {exportWarehouse} from "../../pipeline/store/exports.ts";
import {buildWarehouse} from "../../pipeline/store/warehouse.ts";
import {DEFAULT_REFERENCE_DIR} from "../../pipeline/reference/load-reference.ts";
import {tempDir} from "../helpers/cli.ts";
import {fakeExtraction} from "../helpers/fake-extraction.ts";

const CASES: [string, string][] = [
  ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ["+1+2", "'+1+2"],
  ["-2+3", "'-2+3"],
  ["@SUM(A1)", "'@SUM(A1)"],
  ["\tx", "'\tx"],
  ["\ry", "'\ry"],
  ["-12.5", "-12.5"],
  ["+3", "+3"],
  ["收入总计", "收入总计"],
  ["a=b", "a=b"],
];

describe("the CSV-injection rule", () => {
  it.each(CASES)("csvCell(%j) is %j", (input, want) => expect(csvCell(input)).toBe(want));

  it("says the same in SQL as in TypeScript, and keeps NULL", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    try {
      const values = CASES.map(([s], i) => `(${i}, '${s.replaceAll("'", "''")}')`).join(", ");
      const r = await conn.runAndReadAll(`select ${csvSafeSql("s")} from (values ${values}, (99, null)) t(i, s) order by i`);
      expect(r.getRows().map((row) => row[0])).toEqual([...CASES.map(([, want]) => want), null]);
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });
});

describe("exports", () => {
  const dir = tempDir("gongkai-csv-inject-");
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

  it("write a formula-like label with a leading ' in CSV, as it is in Parquet, and amounts unchanged", async () => {
    const ex = fakeExtraction();
    ex.facts[0].label = "=cmd|' /C calc'!A0";
    ex.facts[1].label = "@SUM(A1)";
    ex.facts[2].label = "-2+3";
    const db = path.join(dir, "wh.duckdb");
    writeArrowTables(path.join(dir, "arrow"), extractionsToArrow([ex]));
    await buildWarehouse({arrowDir: path.join(dir, "arrow"), referenceDir: DEFAULT_REFERENCE_DIR, dbPath: db, afterLoad: (c) => runModels(c).then(() => {})});
    const out = path.join(dir, "exports");
    await exportWarehouse({db, out});
    const csv = fs.readFileSync(path.join(out, "facts.csv"), "utf8");
    expect(csv).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(csv).toContain(",'@SUM(A1),");
    expect(csv).toContain(",'-2+3,");
    expect(csv).toContain(",-2336.670000,");
    expect(csv).not.toMatch(/(^|,)"?[=@]/m);
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    try {
      const r = await conn.runAndReadAll(`select label from '${path.join(out, "facts.parquet")}' order by label`);
      expect(r.getRows().map((row) => row[0])).toEqual(["-2+3", "=cmd|' /C calc'!A0", "@SUM(A1)"].sort());
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  }, 60_000);
});
