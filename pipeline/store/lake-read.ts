/**
 * The union of shard lakes (./lake-write.ts) into the warehouse tables: every table created from the one schema,
 * then filled from the Parquet files of every shard, in the order an unsharded refresh gives — by doc_id, then the
 * row's position in its shard — so the warehouse, and everything built on it, is the same whatever the cut.
 */
import fs from "node:fs";
import path from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {duplicateDrops, LAKE_ROW, readLakes} from "./lake-manifest.ts";
import {commentSql, createTableSql, quoteIdent, quoteLiteral, TABLES, type TableSpec} from "./schema.ts";

/** Creates and fills every stored table from the lakes in `dirs`; returns the row counts. */
export async function loadLakes(
  conn: DuckDBConnection,
  dirs: string[],
  log: (msg: string) => void = () => {},
): Promise<Record<string, number>> {
  const lakes = readLakes(dirs);
  const {drops} = duplicateDrops(lakes);
  const rows: Record<string, number> = {};
  for (const spec of TABLES) {
    await conn.run(createTableSql(spec));
    for (const sql of commentSql(spec)) await conn.run(sql);
    const parts = lakes.flatMap((l, i) => {
      const files = parquetFiles(path.join(l.dir, spec.name));
      return files.length ? [partSql(spec, files, i, drops.get(i))] : [];
    });
    if (parts.length) {
      const cols = spec.columns.map((c) => quoteIdent(c.name)).join(", ");
      await conn.run(
        `insert into ${quoteIdent(spec.name)} (${cols}) select ${cols} from (${parts.join(" union all ")}) ` +
          `order by doc_id, lake_index, ${LAKE_ROW}`,
      );
    }
    const [{n}] = (await conn.runAndReadAll(`select count(*)::INTEGER as n from ${quoteIdent(spec.name)}`)).getRowObjectsJson();
    rows[spec.name] = Number(n);
    log(`loaded ${spec.name} (${rows[spec.name]} rows from ${parts.length} shards)`);
  }
  return rows;
}

/** One shard's rows of a table: its columns by name (the partition columns are left behind), less dropped doc_ids. */
function partSql(spec: TableSpec, files: string[], index: number, drop: Set<string> | undefined): string {
  const cols = spec.columns.map((c) => quoteIdent(c.name)).join(", ");
  const list = `[${files.map(quoteLiteral).join(", ")}]`;
  const where = drop?.size ? ` where doc_id not in (${[...drop].sort().map(quoteLiteral).join(", ")})` : "";
  return `select ${cols}, ${LAKE_ROW}, ${index} as lake_index from read_parquet(${list}, hive_partitioning = false)${where}`;
}

/** Every `.parquet` file under `dir`, sorted (none when the table had no rows in that shard). */
function parquetFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, {recursive: true}) as string[])
    .filter((name) => name.endsWith(".parquet"))
    .map((name) => path.join(dir, name))
    .sort();
}
