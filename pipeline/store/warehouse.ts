/**
 * Builds the DuckDB warehouse from Arrow files + reference CSVs. The new database is built beside the old one
 * under a temporary name and renamed over it only when complete, so a crash at any moment leaves the previous
 * warehouse intact and readers never see a half-built one.
 */
import fs from "node:fs";
import path from "node:path";
import {DuckDBConnection, DuckDBDecimalValue, DuckDBInstance} from "@duckdb/node-api";
import type * as arrow from "apache-arrow";
import {removeStale, replaceAtomic} from "../lib/atomic.ts";
import {arrowPath, readArrowTable} from "./arrow-io.ts";
import {loadLakes} from "./lake-read.ts";
import {loadReferenceCsvs} from "./reference.ts";
import {commentSql, createTableSql, DECIMALS, quoteIdent, scaledDecimal, TABLES, type TableSpec} from "./schema.ts";

export interface BuildOptions {
  /** Folder of Arrow IPC files (`<table>.arrow`), as a refresh writes them. */
  arrowDir?: string;
  /** Instead of `arrowDir`: shard outputs of `gongkai refresh --shard` (Parquet lakes, ./lake-read.ts), loaded as one. */
  lakeDirs?: string[];
  /** Folder of reference CSVs; missing folder = no reference tables. */
  referenceDir?: string;
  dbPath: string;
  log?: (msg: string) => void;
  /** Runs after the load is committed and before the swap (e.g. SQL models); throwing aborts the build. */
  afterLoad?: (conn: DuckDBConnection) => Promise<void>;
}

export interface BuildResult {
  dbPath: string;
  /** Table name → row count, for the stored tables and the reference tables. */
  rows: Record<string, number>;
}

const BUILDING = ".building-";

/** Opens DuckDB with extension auto-install/auto-load off: the pipeline must never reach for the network. */
export async function openDuckDB(
  dbPath: string,
  {readOnly = false} = {},
): Promise<{instance: DuckDBInstance; conn: DuckDBConnection}> {
  const options: Record<string, string> = {autoinstall_known_extensions: "false", autoload_known_extensions: "false"};
  if (readOnly) options.access_mode = "READ_ONLY";
  const instance = await DuckDBInstance.create(dbPath, options);
  const conn = await instance.connect();
  // Set again per connection, belt and braces: the instance options already cover every connection.
  await conn.run("SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;");
  return {instance, conn};
}

export async function buildWarehouse(opts: BuildOptions): Promise<BuildResult> {
  const log = opts.log ?? (() => {});
  fs.mkdirSync(path.dirname(opts.dbPath), {recursive: true});
  for (const name of removeStale(opts.dbPath, BUILDING)) log(`removed stale ${name}`);
  const building = `${opts.dbPath}${BUILDING}${process.pid}`;
  const {instance, conn} = await openDuckDB(building);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    conn.closeSync();
    instance.closeSync();
  };
  try {
    const rows: Record<string, number> = {};
    await conn.run("BEGIN TRANSACTION");
    try {
      if (opts.lakeDirs) Object.assign(rows, await loadLakes(conn, opts.lakeDirs, log));
      else if (opts.arrowDir) Object.assign(rows, await loadArrowTables(conn, opts.arrowDir, log));
      else throw new Error("buildWarehouse: neither arrowDir nor lakeDirs given");
      if (opts.referenceDir) Object.assign(rows, await loadReferenceCsvs(conn, opts.referenceDir, log));
      await conn.run("COMMIT");
    } catch (err) {
      await conn.run("ROLLBACK").catch(() => {});
      throw err;
    }
    if (opts.afterLoad) await opts.afterLoad(conn);
    await conn.run("CHECKPOINT");
    close();
    swapIn(building, opts.dbPath);
    log(`warehouse ready: ${opts.dbPath}`);
    return {dbPath: opts.dbPath, rows};
  } catch (err) {
    close();
    for (const f of [building, `${building}.wal`]) fs.rmSync(f, {force: true});
    throw err;
  }
}

/** Creates every stored table and fills it from `<arrowDir>/<table>.arrow`; returns the row counts. */
export async function loadArrowTables(
  conn: DuckDBConnection,
  arrowDir: string,
  log: (msg: string) => void = () => {},
): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const spec of TABLES) {
    await createTable(conn, spec);
    rows[spec.name] = await appendArrow(conn, spec, readArrowTable(arrowPath(arrowDir, spec.name)));
    log(`loaded ${spec.name} (${rows[spec.name]} rows)`);
  }
  return rows;
}

export async function createTable(conn: DuckDBConnection, spec: TableSpec): Promise<void> {
  await conn.run(createTableSql(spec));
  for (const sql of commentSql(spec)) await conn.run(sql);
}

/** Appends an Arrow table row by row; decimals go in as exact scaled bigints, never via a JS number. */
async function appendArrow(conn: DuckDBConnection, spec: TableSpec, table: arrow.Table): Promise<number> {
  const vectors = spec.columns.map((c) => {
    const v = table.getChild(c.name);
    if (!v) throw new Error(`${spec.name}.arrow has no column ${c.name}: rebuild the Arrow files`);
    return v;
  });
  const appender = await conn.createAppender(spec.name);
  try {
    for (let i = 0; i < table.numRows; i++) {
      spec.columns.forEach((c, j) => {
        const v = vectors[j].get(i);
        if (v === null || v === undefined) appender.appendNull();
        else if (c.kind === "int") appender.appendInteger(v);
        else if (c.kind === "bool") appender.appendBoolean(v);
        else if (c.kind === "text") appender.appendVarchar(v);
        else appender.appendDecimal(decimal(v, c.kind, `${spec.name}.${c.name}`));
      });
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  return table.numRows;
}

function decimal(value: string, kind: "money" | "pct", where: string): DuckDBDecimalValue {
  try {
    return new DuckDBDecimalValue(scaledDecimal(value, kind), DECIMALS[kind].width, DECIMALS[kind].scale);
  } catch (err) {
    throw new Error(`${where}: ${(err as Error).message}`);
  }
}

/**
 * Renames the finished file over `dbPath`. A WAL left by the old database must go first: DuckDB would replay it
 * against the new file. Our warehouses are always checkpointed, so that WAL holds nothing worth keeping.
 */
function swapIn(building: string, dbPath: string): void {
  if (fs.existsSync(`${building}.wal`)) throw new Error(`${building}.wal still exists after CHECKPOINT and close`);
  fs.rmSync(`${dbPath}.wal`, {force: true});
  replaceAtomic(building, dbPath);
}
