/**
 * Reference CSVs (classification codes, regions, checklists) → `ref_<basename>` tables. Whatever CSVs exist are
 * loaded; nothing here knows their columns, so adding a reference file needs no code change.
 */
import fs from "node:fs";
import path from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {LABELS_TABLE_DOC} from "../reference/label-vocabulary.ts";
import {quoteIdent, quoteLiteral} from "./schema.ts";

/** Reference tables whose meaning is written down (the rest are described by their file name only). */
const DESCRIBED: Record<string, {table: string; columns: Record<string, string>}> = {ref_labels: LABELS_TABLE_DOC};

/** `function_classification.csv` → `ref_function_classification`; odd characters become `_`. */
export function referenceTableName(file: string): string {
  const base = path.basename(file, path.extname(file)).toLowerCase();
  return `ref_${base.replace(/[^a-z0-9_]/g, "_")}`;
}

export function listReferenceCsvs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith(".csv"))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Loads every CSV in `dir`; returns table name → row count. A broken CSV fails the build rather than vanishing. */
export async function loadReferenceCsvs(
  conn: DuckDBConnection,
  dir: string,
  log: (msg: string) => void = () => {},
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const file of listReferenceCsvs(dir)) {
    const table = referenceTableName(file);
    if (fs.statSync(file).size === 0) {
      // read_csv would invent a one-column table `column0`; an empty file carries no reference data at all.
      log(`skipped empty ${path.basename(file)}`);
      continue;
    }
    if (table in counts) throw new Error(`reference ${file}: table ${table} already loaded from another file`);
    try {
      // all_varchar keeps codes as written: 0201 must not become 201, long codes must not become doubles.
      await conn.run(
        `CREATE TABLE ${quoteIdent(table)} AS SELECT * FROM read_csv($path, header = true, all_varchar = true)`,
        {path: file},
      );
      const doc = DESCRIBED[table];
      const comment = `${doc ? `${doc.table} ` : ""}Reference data loaded verbatim (all VARCHAR) from ${path.basename(file)}`;
      await conn.run(`COMMENT ON TABLE ${quoteIdent(table)} IS ${quoteLiteral(comment)}`);
      for (const [column, text] of Object.entries(doc?.columns ?? {})) {
        await conn.run(`COMMENT ON COLUMN ${quoteIdent(table)}.${quoteIdent(column)} IS ${quoteLiteral(text)}`);
      }
      const reader = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${quoteIdent(table)}`);
      counts[table] = reader.getRowObjectsJson()[0].n as number;
    } catch (err) {
      throw new Error(`reference ${file}: ${(err as Error).message}`);
    }
    log(`loaded ${table} (${counts[table]} rows) from ${path.basename(file)}`);
  }
  return counts;
}
