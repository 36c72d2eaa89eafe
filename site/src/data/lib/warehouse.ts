/**
 * Read-only access to the warehouse for the site's data loaders. Loaders only select and order: any rule about
 * what a number means belongs in the pipeline. Output goes to stdout, logs to stderr (Framework captures stdout
 * as the file), and DECIMAL values stay exact strings: DuckDB's JSON form never turns them into JS floats.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {pipeline} from "node:stream/promises";
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

/** Rows as JSON-ready objects: DECIMAL, BIGINT and HUGEINT arrive as exact strings. */
export async function queryJson(sql: string): Promise<Record<string, unknown>[]> {
  return withWarehouse(async (conn) => (await conn.runAndReadAll(sql)).getRowObjectsJson());
}

/** Runs several SELECTs on one connection: {name: rows}. */
export async function queryMany<K extends string>(queries: Record<K, string>, conn?: DuckDBConnection): Promise<Record<K, Row[]>> {
  if (!conn) return withWarehouse((c) => queryMany(queries, c));
  const out = {} as Record<K, Row[]>;
  for (const [name, sql] of Object.entries(queries) as [K, string][]) {
    out[name] = (await conn.runAndReadAll(sql)).getRowObjectsJson() as Row[];
  }
  return out;
}

export type Row = Record<string, unknown>;

/** Writes any JSON value to stdout. */
export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

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

/** Writes `sql`'s rows as pretty-stable JSON to stdout: one row per line, so diffs of the output stay readable. */
export async function printJson(sql: string): Promise<void> {
  const rows = await queryJson(sql);
  process.stdout.write(`[\n${rows.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`);
  log(`${rows.length} rows`);
}

/**
 * `COPY (sql) TO <tmp> (options)` then streams the file to stdout: DuckDB writes CSV and Parquet itself, so
 * DECIMAL columns keep their exact values and types.
 */
export async function printCopy(sql: string, extension: string, options: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-site-"));
  const file = path.join(dir, `out.${extension}`);
  try {
    await withWarehouse((conn) => conn.run(`COPY (${sql}) TO '${file.replaceAll("'", "''")}' (${options})`));
    await pipeline(fs.createReadStream(file), process.stdout, {end: false});
    log(`${fs.statSync(file).size} bytes`);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

/** Runs a loader's main, turning a failure into a message on stderr and a non-zero exit (Framework then fails). */
export function run(main: () => Promise<void>): void {
  main().catch((error) => {
    log(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
