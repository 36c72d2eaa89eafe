/**
 * `gongkai query` cannot write anything anywhere: each hostile statement is refused (or fails) and the warehouse,
 * and a second warehouse beside it, keep their exact bytes. Reading local files needs --allow-files.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {queryRows, QueryRefusedError, runQuery} from "../../pipeline/store/query.ts";
import {runCli, tempDir} from "../helpers/cli.ts";
import {fakeExtraction} from "../helpers/fake-extraction.ts";
import {withWarehouse} from "../helpers/warehouse.ts";

const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

let dir: string;
let db: string;
let other: string;

beforeAll(async () => {
  dir = tempDir("gongkai-query-ro-");
  db = path.join(dir, "warehouse.duckdb");
  other = path.join(dir, "other.duckdb");
  await withWarehouse([fakeExtraction()], async ({dbPath}) => {
    fs.copyFileSync(dbPath, db);
    fs.copyFileSync(dbPath, other);
  });
  fs.writeFileSync(path.join(dir, "notes.csv"), "a,b\n1,2\n");
});
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

const hostile = (d: string) => [
  `COPY (SELECT 'x') TO '${d}/warehouse.duckdb' (FORMAT csv)`,
  `COPY facts TO '${d}/leak.csv' (FORMAT csv)`,
  `ATTACH '${d}/other.duckdb' AS o (READ_WRITE)`,
  `ATTACH '${d}/other.duckdb' AS o (READ_WRITE); DELETE FROM o.facts`,
  `EXPORT DATABASE '${d}/dump'`,
  "SET threads = 1",
  "SET enable_external_access = true",
  "CHECKPOINT",
  "SELECT 1; DELETE FROM facts",
  "SELECT count(*) FROM facts; SELECT 2",
  "DELETE FROM facts",
  "DROP TABLE facts",
  "CREATE TEMP TABLE t AS SELECT 1",
  "INSTALL httpfs",
  "LOAD httpfs",
  `SELECT * FROM read_csv('${d}/notes.csv')`,
];

describe("gongkai query writes nothing", () => {
  for (const [i, sql] of hostile("DIR").entries()) {
    it(`refuses #${i}: ${sql.slice(0, 60)}`, async () => {
      const before = [sha(db), sha(other)];
      await expect(queryRows(db, sql.replaceAll("DIR", dir))).rejects.toThrow();
      expect([sha(db), sha(other)]).toEqual(before);
      expect(fs.existsSync(path.join(dir, "leak.csv"))).toBe(false);
      expect(fs.existsSync(path.join(dir, "dump"))).toBe(false);
      expect(Number((await queryRows(other, "select count(*) from facts")).rows[0][0])).toBe(3);
    });
  }

  it("names a second statement and a write as refused, before running either", async () => {
    await expect(queryRows(db, "SELECT 1; DELETE FROM facts")).rejects.toThrow(/exactly one SQL statement; got 2/);
    await expect(queryRows(db, "CHECKPOINT")).rejects.toBeInstanceOf(QueryRefusedError);
    await expect(queryRows(db, `COPY facts TO '${dir}/x.csv'`)).rejects.toThrow(/refused|disabled/);
  });

  it("still answers SELECT, FROM, DESCRIBE, SUMMARIZE, SHOW and EXPLAIN", async () => {
    for (const sql of ["select count(*) from facts", "from facts", "describe facts", "summarize facts", "show tables", "explain select 1"])
      expect((await queryRows(db, sql)).rows.length).toBeGreaterThan(0);
  });

  it("reads a local file only with allowFiles, and still writes nothing with it", async () => {
    const read = `select * from read_csv('${dir}/notes.csv')`;
    await expect(queryRows(db, read)).rejects.toThrow(/--allow-files/);
    expect((await queryRows(db, read, {allowFiles: true})).rows).toEqual([[1, 2]].map((r) => r.map(String)).map((r) => r.map(Number)));
    const before = sha(db);
    await expect(queryRows(db, `COPY (SELECT 'x') TO '${db}' (FORMAT csv)`, {allowFiles: true})).rejects.toThrow(/COPY statement is refused/);
    await expect(queryRows(db, `ATTACH '${other}' AS o (READ_WRITE)`, {allowFiles: true})).rejects.toThrow(/refused/);
    expect(sha(db)).toBe(before);
  });

  it("through the CLI: the issue's COPY over the warehouse exits 1 and leaves its bytes", () => {
    const before = sha(db);
    const r = runCli(["query", "--db", db, `COPY (SELECT 'x') TO '${db}' (FORMAT csv)`], {cwd: dir});
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^gongkai: /);
    expect(sha(db)).toBe(before);
    const ok = runCli(["query", "--db", db, "--allow-files", "--format", "json", `select count(*) as n from read_csv('${dir}/notes.csv')`], {cwd: dir});
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual([{n: 1}]);
  }, 120_000);
});

describe("query --format csv cannot slip a formula into a spreadsheet", () => {
  it("prefixes each formula lead with ' and keeps numbers as they are", async () => {
    const sql = `select * from (values ('=cmd|'' /C calc''!A0'), ('+1+2'), ('-2+3'), ('@SUM(A1)'), (chr(9) || 'x'), (chr(13) || 'y'), ('-12.5'), ('plain')) as t(label)`;
    const out = await runQuery(db, sql, {format: "csv"});
    expect(out.split("\n").slice(0, 7)).toEqual([
      "label",
      `'=cmd|' /C calc'!A0`,
      "'+1+2",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      `"'\ry"`,
    ]);
    expect(out.split("\n").slice(-2)).toEqual(["-12.5", "plain"]);
    const amounts = await runQuery(db, "select amount from facts order by amount", {format: "csv"});
    expect(amounts.split("\n")[1]).toBe("-2336.670000");
  });
});
