/**
 * The published tables: the one list that `gongkai export` writes and the site offers as downloads, with the
 * SELECT behind each file. A file of one name therefore has the same columns and the same bytes wherever it comes
 * from. Base tables carry each row's document version beside it; documents are published without their text (the
 * text is in the warehouse file and on each document page); models and checks are published as they are built.
 */
import path from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {csvSafeSql} from "../lib/csv-safe.ts";
import {quoteIdent, quoteLiteral} from "./schema.ts";

export type PublishFormat = "csv" | "parquet";
export const PUBLISH_FORMATS: PublishFormat[] = ["csv", "parquet"];

export interface PublishedTable {
  /** The file name without extension, and the warehouse table it is read from. */
  name: string;
  /** table: loaded from the documents; model: built by sql/ models; check: written by sql/checks. */
  kind: "table" | "model" | "check";
  /** What the table is, in Chinese, for the site's downloads page. */
  zh: string;
  /** The SELECT of its rows, in no particular order (the writer sorts on every column). */
  sql: string;
}

/** A base table with each row's document version (document_key, version, is_latest) in front of its columns. */
const withVersion = (table: string) =>
  `select v.document_key, v.version, v.is_latest, t.* from ${quoteIdent(table)} as t left join document_versions as v using (doc_id)`;
const whole = (table: string) => `select * from ${quoteIdent(table)}`;

export const PUBLISHED: PublishedTable[] = [
  {name: "documents", kind: "table", zh: "文件", sql: "select * exclude (text) from documents"},
  {name: "document_versions", kind: "table", zh: "文件版本", sql: whole("document_versions")},
  {name: "facts", kind: "table", zh: "事实（每个金额一行，附原文）", sql: withVersion("facts")},
  {name: "changes", kind: "table", zh: "所述增减变动", sql: withVersion("changes")},
  {name: "reasons", kind: "table", zh: "变动原因", sql: withVersion("reasons")},
  {name: "findings", kind: "check", zh: "发现（未通过或无法核对的检查）", sql: whole("findings")},
  {name: "check_results", kind: "check", zh: "全部检查结果", sql: whole("check_results")},
  ...(
    [
      ["fct_unit_year", "单位 × 年度 事实宽表"],
      ["yoy_change", "同比变动：所述与计算"],
      ["trends", "多年序列"],
      ["change_waterfall", "变动瀑布（原因逐项）"],
      ["line_change_explained", "项目变动及其原因"],
      ["implied_prior", "所述上年数与上年文件"],
      ["budget_execution", "预算与决算对照（年初预算、调整预算、决算、完成率）"],
      ["composition_function", "功能分类构成"],
      ["composition_economic", "经济分类构成"],
      ["peers", "同类单位比较"],
      ["completeness", "公开完整性"],
      ["revisions", "文件修订前后的差异"],
    ] as const
  ).map(([name, zh]) => ({name, kind: "model" as const, zh, sql: whole(name)})),
];

export function publishedTable(name: string): PublishedTable {
  const table = PUBLISHED.find((t) => t.name === name);
  if (!table) throw new Error(`unknown published table: ${name}`);
  return table;
}

/** The file names `writePublished` writes for these formats, sorted. */
export function publishedFiles(formats: PublishFormat[] = PUBLISH_FORMATS): string[] {
  return PUBLISHED.flatMap((t) => formats.map((f) => `${t.name}.${f}`)).sort();
}

/**
 * Writes every published table in every format into `dir` (which must exist); returns the file names, sorted.
 * Rows are `order by all`, so the bytes depend only on the rows, never on the order files were found or threads
 * ran. preserve_insertion_order (DuckDB's default, pinned here) makes the writer keep the sorted order and fixed row
 * groups: the same bytes were seen at 1, 2 and 4 threads; one thread is a safeguard that costs nothing at our size.
 */
export async function writePublished(
  conn: DuckDBConnection,
  dir: string,
  {formats = PUBLISH_FORMATS, log = () => {}}: {formats?: PublishFormat[]; log?: (line: string) => void} = {},
): Promise<string[]> {
  await conn.run("SET threads = 1; SET preserve_insertion_order = true;");
  const files: string[] = [];
  for (const t of PUBLISHED) {
    for (const format of formats) {
      const file = `${t.name}.${format}`;
      const options = format === "csv" ? "FORMAT csv, HEADER true" : "FORMAT parquet, COMPRESSION zstd";
      const sorted = `select * from (${t.sql}) order by all`;
      // CSV only: text cells that a spreadsheet would run as a formula get a leading '. The rows are sorted on
      // their true values first, so CSV and Parquet list them in the same order.
      const rows = format === "csv" ? await csvSafeSelect(conn, sorted) : sorted;
      try {
        await conn.run(`COPY (${rows}) TO ${quoteLiteral(path.join(dir, file))} (${options})`);
      } catch (err) {
        throw new Error(`export ${file}: ${(err as Error).message}`);
      }
      files.push(file);
    }
    log(`exported ${t.name}`);
  }
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
