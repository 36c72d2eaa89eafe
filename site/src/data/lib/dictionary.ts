/**
 * The data dictionary of the downloads page: every published table with its published columns, the comments
 * DuckDB holds, and each model's grain and description from the header of its SQL file — as described by
 * pipeline/docs/describe-tables.ts, the source docs/DATA_DICTIONARY.md is generated from.
 */
import type {DuckDBConnection} from "@duckdb/node-api";
import {describeTables} from "../../../../pipeline/docs/describe-tables.ts";
import {PUBLISHED} from "../../../../pipeline/store/published.ts";

export async function dictionary(conn: DuckDBConnection) {
  const tables = await describeTables(conn);
  return PUBLISHED.map(({name, kind, zh}) => {
    const t = tables.find((d) => d.name === name);
    return {
      name,
      kind,
      zh,
      comment: t?.comment ?? null,
      path: t?.path ?? null,
      grain: t?.grain ?? null,
      description: t?.description ?? null,
      columns: t?.published?.columns ?? [],
    };
  });
}
