/**
 * What a refresh promises whatever it meets: a check that throws is recorded and the warehouse lands (exit 3); an
 * export failure after the swap exits 5 with the run report saying so; a build folder belongs to one warehouse;
 * symlinks, FIFOs and odd names are listed with why, never hang the run or fake a log line.
 */
import {execFileSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {refresh} from "../../pipeline/refresh/refresh.ts";
import {DEFAULT_SQL_DIR} from "../../pipeline/models/sql-files.ts";
import {queryRows} from "../../pipeline/store/query.ts";
import {runCli, tempDir} from "../helpers/cli.ts";
import {seedBytes} from "../helpers/fixtures/seed.ts";
import {startCli} from "../helpers/spawn-cli.ts";

const root = tempDir("gongkai-rel-");
afterAll(() => fs.rmSync(root, {recursive: true, force: true}));

function seedInput(dir: string, name = "2024/阿坝州总工会.txt", bytes: Uint8Array = seedBytes()): string {
  const input = path.join(dir, "in");
  fs.mkdirSync(path.dirname(path.join(input, name)), {recursive: true});
  fs.writeFileSync(path.join(input, name), bytes);
  return input;
}

const count = async (db: string, sql: string) => Number((await queryRows(db, sql)).rows[0][0]);

describe("a check that throws", () => {
  it("is recorded as status 'error' and named in the report; the facts land", async () => {
    const dir = path.join(root, "check");
    const input = seedInput(dir);
    const sqlDir = path.join(dir, "sql");
    fs.cpSync(DEFAULT_SQL_DIR, sqlDir, {recursive: true});
    fs.writeFileSync(
      path.join(sqlDir, "checks", "zz_broken.sql"),
      "-- severity: warning\nselect 'zz_broken' as rule_id, 'warning' as severity, 'fail' as status, doc_id, key, code,\n" +
        "  amount as expected, amount as actual, 0 as difference, ln(amount - amount)::VARCHAR as message, span_start, span_end, quote from stg_facts\n",
    );
    const db = path.join(dir, "wh.duckdb");
    const report = await refresh({input, db, sqlDir, fingerprint: "test"});
    expect(report.check_errors).toEqual([{rule_id: "zz_broken", message: expect.stringMatching(/^check sql\/checks\/zz_broken.sql could not run: .*logarithm of zero/)}]);
    expect(report.landed).toHaveLength(1);
    expect(await count(db, "select count(*) from facts")).toBeGreaterThan(50);
    expect(await count(db, "select count(*) from check_results where status = 'error' and rule_id = 'zz_broken'")).toBe(1);
    const onDisk = JSON.parse(fs.readFileSync(`${db}.build/run-report.json`, "utf8"));
    expect(onDisk.check_errors[0].rule_id).toBe("zz_broken");
  }, 120_000);
});

describe("an export failure after the swap", () => {
  it("exits 5, keeps the new warehouse and writes the report that says so", () => {
    const cwd = path.join(root, "export");
    seedInput(cwd);
    fs.writeFileSync(path.join(cwd, "not-a-folder"), "x");
    const r = runCli(["refresh", "--input", "in", "--db", "wh.duckdb", "--export-dir", "not-a-folder/exports"], {cwd});
    expect(r.status).toBe(5);
    expect(r.stderr).toMatch(/the warehouse was updated, but the exports failed/);
    const report = JSON.parse(fs.readFileSync(path.join(cwd, "wh.duckdb.build", "run-report.json"), "utf8"));
    expect(report.landed).toHaveLength(1);
    expect(report.exports_error).toMatch(/EEXIST|ENOTDIR|not a directory/);
    expect(fs.existsSync(path.join(cwd, "wh.duckdb"))).toBe(true);
  }, 120_000);
});

describe("build folders", () => {
  it("two warehouses refreshed at once with default paths do not mix", async () => {
    const cwd = path.join(root, "two");
    const seed = seedBytes().toString("utf8");
    seedInput(path.join(cwd, "a"));
    // b's document is another unit: its facts must never show up in a's warehouse, nor a's in b's.
    seedInput(path.join(cwd, "b"), "2024/汶川县总工会.txt", Buffer.from(seed.replaceAll("阿坝州总工会", "汶川县总工会")));
    const a = startCli(["refresh", "--input", "a/in", "--db", "a.duckdb", "--no-export"], {cwd});
    const b = startCli(["refresh", "--input", "b/in", "--db", "b.duckdb", "--no-export"], {cwd});
    const [ea, eb] = await Promise.all([a.exited, b.exited]);
    expect([ea.code, eb.code], a.stderr() + b.stderr()).toEqual([0, 0]);
    const units = async (db: string) => (await queryRows(path.join(cwd, db), "select distinct unit from documents order by 1")).rows.flat();
    expect(await units("a.duckdb")).toEqual(["阿坝州总工会"]);
    expect(await units("b.duckdb")).toEqual(["汶川县总工会"]);
    expect(fs.existsSync(path.join(cwd, "a.duckdb.build", "owner.json"))).toBe(true);
  }, 180_000);

  it("a build folder of another warehouse is refused by name, and nothing is written to it", async () => {
    const dir = path.join(root, "owned");
    const input = seedInput(dir);
    const build = path.join(dir, "build");
    await refresh({input, db: path.join(dir, "one.duckdb"), buildDir: build, fingerprint: "test"});
    const before = fs.readFileSync(path.join(build, "run-report.json"));
    await expect(refresh({input, db: path.join(dir, "two.duckdb"), buildDir: build, fingerprint: "test"})).rejects.toThrow(
      /build folder .*build belongs to warehouse .*one\.duckdb/,
    );
    expect(fs.readFileSync(path.join(build, "run-report.json"))).toEqual(before);
    expect(fs.existsSync(path.join(dir, "two.duckdb"))).toBe(false);
  }, 120_000);
});

describe("paths that are not plain files", () => {
  it("follows a symlink inside, refuses one outside and a FIFO by name, and escapes a newline in a name", async () => {
    const cwd = path.join(root, "odd");
    const input = seedInput(cwd);
    fs.writeFileSync(path.join(cwd, "outside.txt"), seedBytes());
    fs.symlinkSync(path.join(cwd, "outside.txt"), path.join(input, "2024/outside-link.txt"));
    // The link's target sits in a hidden folder (never listed itself), so the link is its only way in.
    fs.mkdirSync(path.join(input, ".store"));
    fs.writeFileSync(path.join(input, ".store/doc.txt"), seedBytes().toString("utf8").replaceAll("阿坝州总工会", "汶川县总工会"));
    fs.symlinkSync("../.store/doc.txt", path.join(input, "2024/inside-link.txt"));
    execFileSync("mkfifo", [path.join(input, "2024/pipe.txt")]);
    fs.writeFileSync(path.join(input, "evil\nlanded 99 · failed 0.txt"), "no amounts here");
    const r = runCli(["refresh", "--input", "in", "--db", "wh.duckdb", "--no-export"], {cwd});
    expect(r.status).toBe(3); // the evil file is no disclosure
    const report = JSON.parse(fs.readFileSync(path.join(cwd, "wh.duckdb.build", "run-report.json"), "utf8"));
    expect(report.landed.map((f: {source: string}) => f.source).sort()).toEqual(["2024/inside-link.txt", "2024/阿坝州总工会.txt"]);
    expect(report.skipped).toEqual([
      {source: "2024/outside-link.txt", reason: "symlink: refused, it leads outside the input folder"},
      {source: "2024/pipe.txt", reason: "not a regular file (FIFO)"},
    ]);
    expect(report.failed[0].source).toBe("evil\nlanded 99 · failed 0.txt");
    // On the console the name stays on its line: no line starts with the faked text.
    expect(r.stderr).toContain("evil\\nlanded 99 · failed 0.txt");
    expect(r.stderr.split("\n").some((l) => l.startsWith("landed 99"))).toBe(false);
  }, 120_000);
});
