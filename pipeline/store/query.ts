/**
 * Ad-hoc SQL against the warehouse, read-only, formatted as an aligned table, CSV or JSON. Values are taken in
 * DuckDB's JSON form, where DECIMAL and BIGINT arrive as exact strings: an amount is never a JS float here.
 */
import fs from "node:fs";
import {DuckDBInstance, DuckDBTypeId, StatementType} from "@duckdb/node-api";
import Papa from "papaparse";
import {csvCell} from "../lib/csv-safe.ts";
import {displayWidth} from "../lib/display-width.ts";

export type QueryFormat = "table" | "csv" | "json";

export interface QueryResult {
  columns: string[];
  /** DuckDB type per column, e.g. DECIMAL(24,6). */
  types: string[];
  /** Right-align these columns in table output. */
  numeric: boolean[];
  rows: unknown[][];
}

const INTEGER_IDS = new Set([DuckDBTypeId.BIGINT, DuckDBTypeId.UBIGINT, DuckDBTypeId.HUGEINT, DuckDBTypeId.UHUGEINT]);
const NUMERIC_IDS = new Set([
  ...INTEGER_IDS,
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.FLOAT,
  DuckDBTypeId.DOUBLE,
  DuckDBTypeId.DECIMAL,
]);

export function warehouseMissing(dbPath: string): Error {
  return new Error(`warehouse not found: ${dbPath} (run \`gongkai refresh\` first)`);
}

/** The statement was refused before it ran: the warehouse and every file around it are untouched. */
export class QueryRefusedError extends Error {}

export interface QueryOptions {
  /** Lets SQL read local files (read_csv, read_parquet, glob …); writing stays impossible either way. */
  allowFiles?: boolean;
}

/**
 * Why three layers and not one: READ_ONLY alone still lets `COPY … TO`, `EXPORT DATABASE` and `ATTACH … (READ_WRITE)`
 * write files and other databases, since none of them changes *this* database. So:
 * 1. the instance is opened READ_ONLY with external access off (no file, no ATTACH, no extension, no COPY) unless
 *    --allow-files, and `lock_configuration` so no `SET` can turn any of that back on;
 * 2. DuckDB's own parser (extractStatements) must find exactly one statement, so nothing hides after a SELECT;
 * 3. that statement, once prepared, must be a SELECT (which covers FROM, WITH, DESCRIBE, SUMMARIZE, SHOW, PRAGMA
 *    functions) or an EXPLAIN: with --allow-files, layer 1 no longer stops COPY/ATTACH/EXPORT, this one does.
 * Our own parsing of SQL text would be a guess at DuckDB's grammar; asking DuckDB is exact.
 */
const ALLOWED_STATEMENTS = new Set([StatementType.SELECT, StatementType.EXPLAIN]);

export async function queryRows(dbPath: string, sql: string, {allowFiles = false}: QueryOptions = {}): Promise<QueryResult> {
  if (!fs.existsSync(dbPath)) throw warehouseMissing(dbPath);
  const instance = await DuckDBInstance.create(dbPath, {
    access_mode: "READ_ONLY",
    enable_external_access: allowFiles ? "true" : "false",
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
    allow_community_extensions: "false",
    lock_configuration: "true",
  });
  const conn = await instance.connect();
  try {
    const statements = await conn.extractStatements(sql);
    if (statements.count !== 1)
      throw new QueryRefusedError(`query takes exactly one SQL statement; got ${statements.count}`);
    let prepared;
    try {
      prepared = await statements.prepare(0);
    } catch (err) {
      throw refusedIfFiles(err as Error);
    }
    if (!ALLOWED_STATEMENTS.has(prepared.statementType))
      throw new QueryRefusedError(
        `query is read-only: a ${StatementType[prepared.statementType]} statement is refused (use SELECT)`,
      );
    let reader;
    try {
      reader = await prepared.runAndReadAll();
    } catch (err) {
      throw refusedIfFiles(err as Error);
    }
    const ids = reader.columnTypes().map((t) => t.typeId);
    const rows = reader.getRowsJson().map((row) =>
      // Whole numbers (count(*), sums of INTEGER) come as strings; they are exact as numbers when safe.
      row.map((v, j) => (INTEGER_IDS.has(ids[j]) && isSafeIntString(v) ? Number(v) : v)),
    );
    return {
      columns: reader.columnNames(),
      types: reader.columnTypes().map(String),
      numeric: ids.map((id) => NUMERIC_IDS.has(id)),
      rows,
    };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** DuckDB's "file system operations are disabled" becomes a hint at the flag that allows reading files. */
function refusedIfFiles(err: Error): Error {
  if (!/file system operations are disabled|external access is disabled|Permission Error/i.test(err.message)) return err;
  return new QueryRefusedError(`${err.message} (query reads only the warehouse; pass --allow-files to read local files)`);
}

export async function runQuery(
  dbPath: string,
  sql: string,
  {format = "table", allowFiles = false}: {format?: QueryFormat} & QueryOptions = {},
) {
  const result = await queryRows(dbPath, sql, {allowFiles});
  if (format === "json") return formatJson(result);
  if (format === "csv") return formatCsv(result);
  return formatTable(result);
}

function isSafeIntString(v: unknown): boolean {
  return typeof v === "string" && /^-?\d+$/.test(v) && Number.isSafeInteger(Number(v));
}

/** Nested values (lists, structs) as JSON text; NULL as `nullText`. */
function cellText(v: unknown, nullText: string): string {
  if (v === null || v === undefined) return nullText;
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

export function formatJson({columns, rows}: QueryResult): string {
  const objects = rows.map((row) => Object.fromEntries(columns.map((c, j) => [c, row[j]])));
  return JSON.stringify(objects, null, 2);
}

export function formatCsv({columns, rows}: QueryResult): string {
  // A spreadsheet opening this file must not run a label as a formula: text cells are neutralised, numbers kept.
  const data = rows.map((row) => row.map((v) => (typeof v === "string" ? csvCell(v) : cellText(v, ""))));
  return Papa.unparse({fields: columns, data}, {newline: "\n"});
}


/** Cuts to `max` display columns with an ellipsis; newlines shown as ↵ so rows stay on one line. */
function clip(text: string, max: number): string {
  const flat = text.replace(/\r?\n/g, "↵");
  if (displayWidth(flat) <= max) return flat;
  let out = "";
  for (const ch of flat) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return out + "…";
}

export function formatTable({columns, numeric, rows}: QueryResult, maxCell = 80): string {
  const cells = rows.map((row) => row.map((v) => clip(cellText(v, "NULL"), maxCell)));
  const widths = columns.map((c, j) => Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[j]))));
  const pad = (text: string, j: number) => {
    const fill = " ".repeat(widths[j] - displayWidth(text));
    return numeric[j] ? fill + text : text + fill;
  };
  const line = (r: string[]) => r.map(pad).join("  ").trimEnd();
  const out = [line(columns), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)];
  out.push(`(${rows.length} ${rows.length === 1 ? "row" : "rows"})`);
  return out.join("\n");
}
