/**
 * Read-only access to the warehouse for the site's data loaders. Loaders only select and order: any rule about
 * what a number means belongs in the pipeline. Output goes to stdout, logs to stderr (Framework captures stdout
 * as the file), and DECIMAL values stay exact strings: DuckDB's JSON form never turns them into JS floats.
 */
import fs from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";

/** `GONGKAI_DB` (relative to the working directory) or `<repo>/data/warehouse.duckdb`. */
export function warehousePath(): string {
  const fromEnv = process.env.GONGKAI_DB;
  if (fromEnv) return path.resolve(fromEnv);
  return fileURLToPath(new URL("../../../../data/warehouse.duckdb", import.meta.url));
}

export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Opens the warehouse read-only with extension auto-install/auto-load off, runs `fn`, always closes. */
export async function withWarehouse<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
  const dbPath = warehousePath();
  if (!fs.existsSync(dbPath)) {
    throw new Error(`warehouse not found: ${dbPath} (run \`npm run refresh\` first, or set GONGKAI_DB)`);
  }
  const instance = await DuckDBInstance.create(dbPath, {
    access_mode: "READ_ONLY",
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
  });
  const conn = await instance.connect();
  try {
    await conn.run("SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;");
    return await fn(conn);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** Runs several SELECTs on one connection: {name: rows}; DECIMAL, BIGINT and HUGEINT arrive as exact strings. */
export async function queryMany<K extends string>(queries: Record<K, string>, conn?: DuckDBConnection): Promise<Record<K, Row[]>> {
  if (!conn) return withWarehouse((c) => queryMany(queries, c));
  const out = {} as Record<K, Row[]>;
  for (const [name, sql] of Object.entries(queries) as [K, string][]) {
    out[name] = (await conn.runAndReadAll(sql)).getRowObjectsJson() as Row[];
  }
  return out;
}

export type Row = Record<string, unknown>;

/** Rows grouped by a column's value (insertion order kept). */
export function groupBy(rows: Row[], column: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = String(row[column]);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(row);
  }
  return groups;
}

/** Runs a loader's main, turning a failure into a message on stderr and a non-zero exit (Framework then fails). */
export function run(main: () => Promise<void>): void {
  main().catch((error) => {
    log(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
