/**
 * Ad-hoc SQL against the warehouse, read-only, formatted as an aligned table, CSV or JSON. Values are taken in
 * DuckDB's JSON form, where DECIMAL and BIGINT arrive as exact strings: an amount is never a JS float here.
 */
import fs from "node:fs";
import {DuckDBTypeId} from "@duckdb/node-api";
import Papa from "papaparse";
import {openDuckDB} from "./warehouse.ts";

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

export async function queryRows(dbPath: string, sql: string): Promise<QueryResult> {
  if (!fs.existsSync(dbPath)) throw warehouseMissing(dbPath);
  const {instance, conn} = await openDuckDB(dbPath, {readOnly: true});
  try {
    const reader = await conn.runAndReadAll(sql);
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

export async function runQuery(dbPath: string, sql: string, {format = "table"}: {format?: QueryFormat} = {}) {
  const result = await queryRows(dbPath, sql);
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
  const data = rows.map((row) => row.map((v) => cellText(v, "")));
  return Papa.unparse({fields: columns, data}, {newline: "\n"});
}

/** Display width: East Asian wide/fullwidth characters take two terminal columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
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
