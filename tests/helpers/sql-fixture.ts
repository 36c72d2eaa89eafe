/**
 * Given/expect fixtures for SQL models and checks: an in-memory DuckDB with the warehouse's base tables (empty),
 * the repo's reference tables, rows the test inserts, then the whole SQL layer run over them.
 */
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {DEFAULT_REFERENCE_DIR} from "../../pipeline/reference/load-reference.ts";
import {runModels} from "../../pipeline/models/run-models.ts";
import {loadReferenceCsvs} from "../../pipeline/store/reference.ts";
import {commentSql, createTableSql, TABLES} from "../../pipeline/store/schema.ts";

export interface SqlFixture {
  conn: DuckDBConnection;
  /** Rows as JSON objects: decimals come back as exact strings. */
  rows: (sql: string) => Promise<Record<string, unknown>[]>;
  close: () => void;
}

/** A document row with defaults; override what the test is about. */
export const doc = (o: Partial<Record<string, unknown>> & {doc_id: string}) => ({
  source: `${o.doc_id}.txt`, unit: "测试单位", year: 2024, kind: "budget", scope: "department", published: null, region: null,
  region_level: null, encoding: "utf-8", identity_source: "{}", identity_warnings: "[]", is_synthetic: false, text: "", ...o,
});

/** A fact row with defaults (span 0–1, quote "q"). */
export const fact = (o: Partial<Record<string, unknown>> & {doc_id: string; key: string; amount: string}) => ({
  basis: null, code: null, label: null, parent: null, measure: null, unit: "万元", amount_as_written: o.amount,
  unit_as_written: "万元", share_pct: null, share_pct_as_written: null, path_as_written: null, section: "1",
  span_start: 0, span_end: 1, quote: "q", mentions: 1, conflict: false, origin: "text", table_name: null, ...o,
});

export const change = (o: Partial<Record<string, unknown>> & {doc_id: string; change_id: number; key: string; delta: string}) => ({
  basis: null, code: null, label: null, compare_year: 2023, prior: null, prior_source: "implied", current: null,
  pct: null, pct_as_written: null, section: "1", span_start: 0, span_end: 1, quote: "q", ...o,
});

export const reason = (o: Partial<Record<string, unknown>> & {doc_id: string; change_id: number; change_key: string; ordinal: number}) => ({
  text: "r", delta: null, parts: "[]", span_start: 0, span_end: 1, ...o,
});

export const mention = (o: Partial<Record<string, unknown>> & {doc_id: string; mention_id: number; amount: string}) => ({
  section: "1", span_start: 0, span_end: 1, quote: "q", as_written: `${o.amount}万元`, amount_as_written: o.amount,
  unit_as_written: "万元", unit: "万元", role: "fact", key: null, code: null, label: null, path_as_written: null, ...o,
});

/** A section (heading) row with defaults: level from the path's depth, spans 0–1. */
export const section = (o: Partial<Record<string, unknown>> & {doc_id: string; ordinal: number; title: string}) => ({
  path: String(o.ordinal + 1), level: String(o.path ?? o.ordinal + 1).split(".").length, span_start: 0, span_end: 1,
  heading_span_start: 0, heading_span_end: 1, ...o,
});

async function insert(conn: DuckDBConnection, table: string, rows: Record<string, unknown>[]) {
  for (const row of rows) {
    const cols = Object.keys(row);
    const sql = `insert into ${table} (${cols.join(", ")}) values (${cols.map((c) => `$${c}`).join(", ")})`;
    await conn.run(sql, Object.fromEntries(cols.map((c) => [c, row[c] as never])));
  }
}

export async function sqlFixture(given: Partial<Record<"documents" | "facts" | "changes" | "reasons" | "mentions" | "conflicts" | "sections" | "unplaced", Record<string, unknown>[]>>): Promise<SqlFixture> {
  const instance = await DuckDBInstance.create(":memory:", {autoinstall_known_extensions: "false", autoload_known_extensions: "false"});
  const conn = await instance.connect();
  for (const spec of TABLES) {
    await conn.run(createTableSql(spec));
    for (const s of commentSql(spec)) await conn.run(s);
  }
  await loadReferenceCsvs(conn, DEFAULT_REFERENCE_DIR);
  for (const [table, rows] of Object.entries(given)) await insert(conn, table, rows ?? []);
  await runModels(conn);
  return {
    conn,
    rows: async (sql) => (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[],
    close: () => {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
