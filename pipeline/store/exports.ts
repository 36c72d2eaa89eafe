/**
 * Deterministic exports of the warehouse: the base tables analysts reuse and the marts, as CSV and Parquet, each
 * `order by all` so the bytes depend only on the rows, never on the order files were found or threads ran. The set is
 * written to a temp folder and renamed into place, so a reader sees the previous exports or the new ones.
 */
import fs from "node:fs";
import path from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {pidAlive, replaceAtomic, tempPathFor} from "../lib/atomic.ts";
import {csvSafeSql} from "../lib/csv-safe.ts";
import {warehouseMissing} from "./query.ts";
import {quoteIdent, quoteLiteral} from "./schema.ts";
import {openDuckDB} from "./warehouse.ts";

export type ExportFormat = "csv" | "parquet";
export const EXPORT_FORMATS: ExportFormat[] = ["csv", "parquet"];

/** Base tables get each fact's document version beside it; marts are exported as they are. */
const WITH_VERSION = (table: string) => `
  select v.document_key, v.version, v.is_latest, t.*
  from ${quoteIdent(table)} as t
  left join document_versions as v using (doc_id)`;

export const EXPORTS: {name: string; sql: string}[] = [
  {name: "facts", sql: WITH_VERSION("facts")},
  {name: "changes", sql: WITH_VERSION("changes")},
  {name: "reasons", sql: WITH_VERSION("reasons")},
  {name: "findings", sql: "select * from findings"},
  {name: "document_versions", sql: "select * from document_versions"},
  ...["fct_unit_year", "yoy_change", "change_waterfall", "union_fee_change", "peers", "trends"]
    .concat(["composition_function", "composition_economic", "revisions"])
    .map((name) => ({name, sql: `select * from ${quoteIdent(name)}`})),
];

export interface ExportOptions {
  db: string;
  out: string;
  formats?: ExportFormat[];
  log?: (line: string) => void;
}

/** Writes every export in every format; returns the file names written (relative to `out`), sorted. */
export async function exportWarehouse({
  db,
  out,
  formats = EXPORT_FORMATS,
  log = () => {},
}: ExportOptions): Promise<string[]> {
  if (!fs.existsSync(db)) throw warehouseMissing(db);
  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), {recursive: true});
  recoverDir(target);
  const tmp = tempPathFor(target, "tmp");
  fs.mkdirSync(tmp);
  const {instance, conn} = await openDuckDB(db, {readOnly: true});
  const files: string[] = [];
  try {
    // preserve_insertion_order (DuckDB's default, pinned here) makes the writer keep the sorted order and fixed row
    // groups: the same bytes were seen at 1, 2 and 4 threads. One thread is a safeguard that costs nothing at our size.
    await conn.run("SET threads = 1; SET preserve_insertion_order = true;");
    for (const e of EXPORTS) {
      for (const format of formats) {
        const file = `${e.name}.${format}`;
        const options = format === "csv" ? "FORMAT csv, HEADER true" : "FORMAT parquet, COMPRESSION zstd";
        const sorted = `select * from (${e.sql}) order by all`;
        // CSV only: text cells that a spreadsheet would run as a formula get a leading '. The rows are sorted on
        // their true values first, so CSV and Parquet list them in the same order.
        const rows = format === "csv" ? await csvSafeSelect(conn, sorted) : sorted;
        const sql = `COPY (${rows}) TO ${quoteLiteral(path.join(tmp, file))} (${options})`;
        try {
          await conn.run(sql);
        } catch (err) {
          throw new Error(`export ${file}: ${(err as Error).message}`);
        }
        files.push(file);
      }
      log(`exported ${e.name}`);
    }
  } catch (err) {
    fs.rmSync(tmp, {recursive: true, force: true});
    throw err;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  replaceDir(tmp, target);
  return files.sort();
}

/** `select` over `sql` with every VARCHAR column passed through the CSV-injection guard, other columns as they are. */
async function csvSafeSelect(conn: DuckDBConnection, sql: string): Promise<string> {
  const described = (await conn.runAndReadAll(`describe ${sql}`)).getRowObjectsJson();
  const cols = described.map((r) => {
    const name = quoteIdent(String(r.column_name));
    return String(r.column_type) === "VARCHAR" ? `${csvSafeSql(name)} as ${name}` : name;
  });
  return `select ${cols.join(", ")} from (${sql})`;
}

/**
 * Puts the finished folder `tmp` at `target`. A folder cannot be renamed over a non-empty one, so the old one is
 * first moved aside (a crash between the two renames leaves it aside, complete, for the next run to clear away).
 */
export function replaceDir(tmp: string, target: string): void {
  const old = tempPathFor(target, "old");
  if (fs.existsSync(target)) fs.renameSync(target, old);
  replaceAtomic(tmp, target);
  fs.rmSync(old, {recursive: true, force: true});
}

/**
 * Clears what a killed export left beside `target`: unfinished temp folders, and a previous set moved aside. When
 * the kill fell between the two renames, that previous set is put back first, so exports never just vanish.
 */
export function recoverDir(target: string): void {
  const dir = path.dirname(target);
  const base = path.basename(target);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir).sort()) {
    const m = new RegExp(`^${escape(base)}\\.(tmp|old)-(\\d+)-`).exec(name);
    if (!m || (Number(m[2]) !== process.pid && pidAlive(Number(m[2])))) continue;
    const full = path.join(dir, name);
    if (m[1] === "old" && !fs.existsSync(target)) fs.renameSync(full, target);
    else fs.rmSync(full, {recursive: true, force: true});
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
