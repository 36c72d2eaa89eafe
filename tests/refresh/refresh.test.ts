import fs from "node:fs";
import path from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {refresh} from "../../pipeline/refresh/refresh.ts";
import {queryRows} from "../../pipeline/store/query.ts";
import {tempDir} from "../helpers/cli.ts";
import {SEED_PATH} from "../helpers/fixtures/seed.ts";

describe("refresh", () => {
  const dir = tempDir("gongkai-refresh-");
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));
  const seed = () => fs.readFileSync(SEED_PATH);

  it("keeps the first copy of duplicate content, skips sidecars, fails prose, and writes the report", async () => {
    const input = path.join(dir, "in");
    fs.mkdirSync(path.join(input, "四川省", "2024"), {recursive: true});
    fs.writeFileSync(path.join(input, "四川省", "2024", "阿坝州总工会.txt"), seed());
    fs.writeFileSync(path.join(input, "四川省", "2024", "阿坝州总工会.meta.json"), "{}");
    fs.writeFileSync(path.join(input, "copy.txt"), seed());
    fs.writeFileSync(path.join(input, "notes.txt"), "这是一份说明，没有任何金额。\n");
    const lines: string[] = [];
    const db = path.join(dir, "wh.duckdb");
    const buildDir = path.join(dir, "build");

    const report = await refresh({input, db, buildDir, log: (l) => lines.push(l)});

    expect(report.files_seen).toBe(3);
    // "copy.txt" sorts before "四川省/…", so it is the copy kept; the later path is the duplicate.
    expect(report.landed).toEqual([
      expect.objectContaining({source: "copy.txt", doc_id: "039b8b63d36fc73b", unit: "阿坝州总工会", year: 2024}),
    ]);
    expect(report.failed).toEqual([
      {source: "notes.txt", reason: expect.stringMatching(/not a budget disclosure/)},
      {source: "四川省/2024/阿坝州总工会.txt", reason: "duplicate of copy.txt"},
    ]);
    expect(report.facts).toBe(report.landed[0].facts);
    expect(lines.filter((l) => /^\[\d\/3\] /.test(l))).toHaveLength(3);
    expect(lines).toContain(`landed 1 · failed 2 · facts ${report.facts} · unplaced ${report.unplaced}`);

    const onDisk = JSON.parse(fs.readFileSync(path.join(buildDir, "run-report.json"), "utf8"));
    expect(onDisk).toEqual(report);
    expect(fs.existsSync(path.join(buildDir, "arrow", "facts.arrow"))).toBe(true);

    const {rows} = await queryRows(db, "select count(*), min(source) from facts join documents using (doc_id)");
    expect(rows).toEqual([[report.facts, "copy.txt"]]);
  });

  it("builds an empty warehouse (not an error) when nothing lands", async () => {
    const input = path.join(dir, "only-bad");
    fs.mkdirSync(input);
    fs.writeFileSync(path.join(input, "x.docx"), "PK");
    const report = await refresh({input, db: path.join(dir, "empty.duckdb"), buildDir: path.join(dir, "build2")});
    expect(report.landed).toEqual([]);
    // The reason's words belong to the readers (tests/read); here it only matters that the file is named and failed.
    expect(report.failed).toEqual([{source: "x.docx", reason: expect.stringMatching(/docx/)}]);
    const {rows} = await queryRows(path.join(dir, "empty.duckdb"), "select count(*) from documents");
    expect(rows).toEqual([[0]]);
  });
});
