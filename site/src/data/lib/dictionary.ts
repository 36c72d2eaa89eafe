/**
 * The data dictionary: every downloadable table and model with its columns and the comments DuckDB holds, plus
 * each model's grain and description from the header of its SQL file (sql/<layer>/<name>.sql).
 */
import fs from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";
import type {DuckDBConnection} from "@duckdb/node-api";
import {PUBLISHED} from "../../../../pipeline/store/published.ts";
import {queryMany} from "./warehouse.ts";

const SQL_DIR = fileURLToPath(new URL("../../../../sql", import.meta.url));

interface SqlHeader {
  path: string;
  grain: string;
  description: string;
}

/** `-- grain:` and `-- description:` lines of each SQL file, by file name without .sql. */
export function sqlHeaders(dir = SQL_DIR): Map<string, SqlHeader> {
  const out = new Map<string, SqlHeader>();
  if (!fs.existsSync(dir)) return out;
  for (const layer of fs.readdirSync(dir)) {
    const full = path.join(dir, layer);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const file of fs.readdirSync(full).filter((f) => f.endsWith(".sql")).sort()) {
      const text = fs.readFileSync(path.join(full, file), "utf8");
      const lines = (tag: string) =>
        [...text.matchAll(new RegExp(`^--\\s*${tag}:\\s*(.*)$`, "gm"))].map((m) => m[1].trim()).join(" ");
      out.set(file.slice(0, -4), {path: `sql/${layer}/${file}`, grain: lines("grain"), description: lines("description")});
    }
  }
  return out;
}

export async function dictionary(conn: DuckDBConnection) {
  const names = PUBLISHED.map((d) => `'${d.name}'`).join(", ");
  const {columns, tables} = await queryMany(
    {
      columns: `
SELECT table_name AS "table", column_name AS name, data_type AS type, is_nullable AS nullable, comment
FROM duckdb_columns()
WHERE schema_name = 'main' AND table_name IN (${names})
ORDER BY table_name, column_index`,
      tables: `SELECT table_name AS name, comment FROM duckdb_tables() WHERE schema_name = 'main' AND table_name IN (${names})`,
    },
    conn,
  );
  const sql = sqlHeaders();
  return PUBLISHED.map(({sql: _sql, ...d}) => ({
    ...d,
    comment: tables.find((t) => t.name === d.name)?.comment ?? null,
    ...(sql.get(d.name) ?? {path: null, grain: null, description: null}),
    columns: columns.filter((c) => c.table === d.name).map(({table: _table, ...c}) => c),
  }));
}
