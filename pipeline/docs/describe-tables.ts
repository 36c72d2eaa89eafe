/**
 * Every table a user can query in the warehouse, described from the sources that make it: its columns and the
 * comments DuckDB holds (written from pipeline/store/schema.ts for the stored tables), the header of its SQL file
 * (sql/<layer>/<name>.sql: grain, depends_on, description) for models, and whether it is published (and with
 * which columns) by pipeline/store/published.ts. The data dictionary and the site's downloads page both read this.
 */
import type {DuckDBConnection} from "@duckdb/node-api";
import {loadModels, type SqlFile} from "../models/sql-files.ts";
import {PUBLISHED} from "../store/published.ts";

export interface ColumnDescription {
  name: string;
  /** DuckDB's type, e.g. DECIMAL(24,6). */
  type: string;
  nullable: boolean;
  /** The column's comment in the warehouse (stored tables), else null. */
  comment: string | null;
}

export interface TableDescription {
  name: string;
  /** stored (loaded from the documents), reference (data/reference), a model layer, or checks. */
  layer: "stored" | "reference" | "staging" | "intermediate" | "marts" | "checks";
  /** The table's comment in the warehouse, else null. */
  comment: string | null;
  /** The model's SQL file and its header (null for tables not built by a model). */
  path: string | null;
  grain: string | null;
  description: string | null;
  dependsOn: string[];
  columns: ColumnDescription[];
  /** Published as data/exports/<name>.csv and .parquet (and offered for download by the site): its Chinese title and the published columns. */
  published: {zh: string; columns: ColumnDescription[]} | null;
}

/** Tables written by the check runner (pipeline/models/run-models.ts), in the order a reader meets them. */
const CHECK_TABLES = ["check_rules", "check_results", "findings"];
const STORED_FIRST = ["documents", "sections", "mentions", "facts", "changes", "reasons", "unplaced", "conflicts", "document_versions"];

export async function describeTables(conn: DuckDBConnection, models: SqlFile[] = loadModels()): Promise<TableDescription[]> {
  const rows = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  const tables = await rows(`select table_name as name, comment from duckdb_tables() where schema_name = 'main' order by table_name`);
  const columns = await rows(`
    select table_name as "table", column_name as name, data_type as type, is_nullable as nullable, comment
    from duckdb_columns() where schema_name = 'main' order by table_name, column_index`);
  const columnsOf = (table: string): ColumnDescription[] =>
    columns
      .filter((c) => c.table === table)
      .map((c) => ({name: String(c.name), type: String(c.type), nullable: Boolean(c.nullable), comment: (c.comment as string | null) || null}));
  const byModel = new Map(models.map((m) => [m.name, m]));
  const names = tables.map((t) => String(t.name));
  const layerOf = (name: string): TableDescription["layer"] => {
    if (byModel.has(name)) return byModel.get(name)!.layer as TableDescription["layer"];
    if (CHECK_TABLES.includes(name)) return "checks";
    if (name.startsWith("ref_")) return "reference";
    return "stored";
  };
  const order: TableDescription["layer"][] = ["stored", "reference", "staging", "intermediate", "marts", "checks"];
  const rank = (name: string) => {
    const layer = layerOf(name);
    const within = layer === "stored" ? STORED_FIRST.indexOf(name) : layer === "checks" ? CHECK_TABLES.indexOf(name) : -1;
    const modelAt = models.findIndex((m) => m.name === name);
    return [order.indexOf(layer), within, modelAt];
  };
  names.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (a < b ? -1 : a > b ? 1 : 0);
  });

  const out: TableDescription[] = [];
  for (const name of names) {
    const model = byModel.get(name);
    const own = columnsOf(name);
    const pub = PUBLISHED.find((p) => p.name === name);
    let published: TableDescription["published"] = null;
    if (pub) {
      // The published columns may differ from the table's (the document version in front, a text left out):
      // described from the published SELECT, each with the comment of its table, else of document_versions.
      const described = await rows(`describe ${pub.sql}`);
      const versions = columnsOf("document_versions");
      published = {
        zh: pub.zh,
        columns: described.map((d) => {
          const known = own.find((c) => c.name === d.column_name) ?? versions.find((c) => c.name === d.column_name);
          return {name: String(d.column_name), type: String(d.column_type), nullable: d.null !== "NO", comment: known?.comment ?? null};
        }),
      };
    }
    out.push({
      name,
      layer: layerOf(name),
      comment: (tables.find((t) => t.name === name)?.comment as string | null) || null,
      path: model ? `sql/${model.layer}/${model.name}.sql` : null,
      grain: model?.header.grain ?? null,
      description: model?.header.description ?? null,
      dependsOn: model?.dependsOn ?? [],
      columns: own,
      published,
    });
  }
  return out;
}
