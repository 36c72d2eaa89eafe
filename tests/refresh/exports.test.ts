/**
 * Exports are byte-identical for the same inputs: two corpora with the same files written in opposite orders, in
 * different folders, with different modification times, at different moments, give the same CSV and Parquet bytes,
 * versions and revisions included.
 */
import fs from "node:fs";
import path from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {parseFormats} from "../../pipeline/cli/export-command.ts";
import {refresh} from "../../pipeline/refresh/refresh.ts";
import {exportWarehouse} from "../../pipeline/store/exports.ts";
import {publishedFiles} from "../../pipeline/store/published.ts";
import {tempDir} from "../helpers/cli.ts";
import {seedVariant, variantPath, writeSeedCorpus} from "../helpers/seed-corpus.ts";
import {hashTree} from "../helpers/warehouse-state.ts";

describe("exports", () => {
  const root = tempDir("gongkai-exports-");
  afterAll(() => fs.rmSync(root, {recursive: true, force: true}));

  /** Builds a corpus, refreshes, republishes one file, refreshes again; returns the export folder. */
  async function build(name: string, reverse: boolean, mtime: number): Promise<string> {
    const dir = path.join(root, name, "nested", "deeper");
    const input = path.join(dir, "raw");
    writeSeedCorpus(input, 6, {reverse, mtime: (i) => mtime + (reverse ? -i : i) * 3600});
    const opts = {
      input,
      db: path.join(dir, "wh.duckdb"),
      buildDir: path.join(dir, "build"),
      exportDir: path.join(dir, "exports"),
      fingerprint: "test",
    };
    await refresh(opts);
    fs.writeFileSync(
      path.join(input, variantPath(2)),
      seedVariant(2).replaceAll("公务接待费1.42万元", "公务接待费1.52万元"),
    );
    await refresh(opts);
    return opts.exportDir;
  }

  it("writes the same bytes whatever the order, place and time files were written", async () => {
    const a = await build("a", false, 1_700_000_000);
    await new Promise((r) => setTimeout(r, 1100)); // a later second: nothing time-dependent may show
    const b = await build("b", true, 1_600_000_000);
    const [ha, hb] = [hashTree(a), hashTree(b)];
    expect(Object.keys(ha)).toEqual(publishedFiles());
    expect(hb).toEqual(ha);
    // The republication shows in both: a non-empty revisions export.
    expect(fs.readFileSync(path.join(a, "revisions.csv"), "utf8").split("\n").length).toBeGreaterThan(2);
  }, 180_000);

  it("gives the same bytes again when exported on its own, and replaces the folder whole", async () => {
    const dir = path.join(root, "a", "nested", "deeper");
    const out = path.join(root, "again");
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "stale.csv"), "from an older set\n");
    const files = await exportWarehouse({db: path.join(dir, "wh.duckdb"), out, formats: parseFormats("parquet,csv")});
    expect(files).toEqual(Object.keys(hashTree(out)));
    expect(hashTree(out)).toEqual(hashTree(path.join(dir, "exports")));
    expect(fs.readdirSync(root).filter((n) => /\.(tmp|old)-/.test(n))).toEqual([]);
  }, 60_000);

  it("refuses an unknown format by name", () => {
    expect(() => parseFormats("csv,xlsx")).toThrow(/--format: expected csv and\/or parquet, got "csv,xlsx"/);
  });
});
