/**
 * One shard's output as a Hive-partitioned Parquet dataset (a "lake"): `<lake>/<table>/fiscal_year=…/region=…/
 * data_0.parquet` for every stored table, and `<lake>/shard.json` saying what it holds. The rows take the path the
 * warehouse load takes — Arrow files into DuckDB through the appender, decimals as exact scaled bigints — and DuckDB
 * writes them with COPY … PARTITION_BY, so a DECIMAL(24,6) stays a DECIMAL(24,6) in the Parquet schema.
 *
 * The lake is written to a temp folder and renamed into place whole, like the exports: a reader sees the previous
 * output of the shard or the new one, never a mixture.
 */
import fs from "node:fs";
import path from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {tempPathFor, writeFileAtomic} from "../lib/atomic.ts";
import {recoverDir, replaceDir} from "./exports.ts";
import {LAKE_MANIFEST, LAKE_ROW, type LakeManifest} from "./lake-manifest.ts";
import {quoteIdent, quoteLiteral, TABLES, type TableSpec} from "./schema.ts";
import {loadArrowTables, openDuckDB} from "./warehouse.ts";

/** Writes the tables of `arrowDir` as the lake `out`, with `manifest` as its shard.json; returns rows per table. */
export async function writeLake(arrowDir: string, out: string, manifest: LakeManifest): Promise<Record<string, number>> {
  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), {recursive: true});
  recoverDir(target);
  const tmp = tempPathFor(target, "tmp");
  fs.mkdirSync(tmp);
  const {instance, conn} = await openDuckDB(":memory:");
  try {
    // One thread: the partition files then hold their rows in the order written, the same on every machine.
    await conn.run("SET threads = 1; SET preserve_insertion_order = true;");
    const rows = await loadArrowTables(conn, arrowDir);
    for (const spec of TABLES) await copyPartitioned(conn, spec, path.join(tmp, spec.name));
    writeFileAtomic(path.join(tmp, LAKE_MANIFEST), JSON.stringify({...manifest, rows}, null, 1) + "\n");
    conn.closeSync();
    instance.closeSync();
    replaceDir(tmp, target);
    return rows;
  } catch (err) {
    conn.closeSync();
    instance.closeSync();
    fs.rmSync(tmp, {recursive: true, force: true});
    throw err;
  }
}

/**
 * COPY one table, each row with its document's fiscal year and region as the partition keys (DuckDB writes a NULL
 * one as __HIVE_DEFAULT_PARTITION__ and percent-encodes the rest) and its position in the table as `lake_row`, so
 * the load can put the rows back in the warehouse in exactly the order a refresh gives them. The partition columns
 * are written into the files too (each file reads on its own; `documents` partitions by its own `region`). A table
 * with no rows writes no file; the load reads an absent table as empty.
 */
async function copyPartitioned(conn: DuckDBConnection, spec: TableSpec, dir: string): Promise<void> {
  const t = quoteIdent(spec.name);
  const [{n}] = (await conn.runAndReadAll(`select count(*)::INTEGER as n from ${t}`)).getRowObjectsJson();
  if (Number(n) === 0) return;
  const ownRegion = spec.columns.some((c) => c.name === "region");
  const select = `select t.*, t.rowid as ${LAKE_ROW}, d.year as fiscal_year${ownRegion ? "" : ", d.region as region"}
    from ${t} as t left join (select doc_id, year, region from documents) as d using (doc_id)
    order by t.rowid`;
  const options = "FORMAT parquet, COMPRESSION zstd, PARTITION_BY (fiscal_year, region), WRITE_PARTITION_COLUMNS true";
  await conn.run(`COPY (${select}) TO ${quoteLiteral(dir)} (${options})`);
}
