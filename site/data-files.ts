/**
 * The per-document, per-unit and per-series data files of the site, written straight into the built output after
 * Framework has built the pages: `_data/docs/<doc_id>.json` (the text, its mentions, unplaced numbers, facts and
 * findings), `_data/units/<slug>.json` (everything a unit page draws), `_data/series/<file>.json` (one series of the
 * year-over-year rows across every unit: 年度, 县域) and `_data/yoy/<slug>.json` (a unit's year-over-year rows:
 * 对比). The one document page (`/doc?id=…`) and the one unit page (`/unit?name=…`) fetch the file they are asked
 * for, the others the series or units chosen (components/site-data.js), so no page is built per document or per unit
 * and no page downloads every document's, unit's or series' rows.
 *
 * Why not Framework's FileAttachment: its file names must be literal (static analysis), and a file extracted from a
 * loader's archive is found by reading the archive from its start, once per file — quadratic in the corpus. One
 * process and one read-only connection write every file here; documents go in batches so that the mentions and
 * facts of 10,000 documents are never all in memory at once. Amounts stay exact decimal strings (DuckDB's JSON
 * form), and the rows are the same SELECTs as before (`DOC_QUERIES`, `UNIT_QUERIES`), so a file's content is what
 * the page read before.
 */
import fs from "node:fs";
import path from "node:path";
import {LIST, VARCHAR, listValue, type DuckDBConnection} from "@duckdb/node-api";
import {DOC_QUERIES} from "./src/data/lib/doc-queries.ts";
import {SERIES_ROWS_SQL, UNITS_SQL} from "./src/data/lib/queries.ts";
import {UNIT_QUERIES} from "./src/data/lib/unit-queries.ts";
import {shardOf, tokenize} from "./src/components/search.js";
import {groupBy, queryMany, withWarehouse, type Row} from "./src/data/lib/warehouse.ts";

/** Where the files go inside the output folder; components/site-data.js reads from the same place. */
export const DATA_DIR = "_data";
/** Documents per batch: bounds memory (a document has ~100–1,000 mention and fact rows) at a few queries per batch. */
const DOC_BATCH = 500;

export interface DataFilesResult {
  docs: number;
  units: number;
  series: number;
  bytes: number;
}

/** Writes each group of `rows` (by `column`) as `<dir>/<value>.json`, a JSON array in the rows' order. */
function writeGroups(dir: string, rows: Row[], column: string): {n: number; bytes: number} {
  fs.mkdirSync(dir, {recursive: true});
  let bytes = 0;
  const groups = groupBy(rows, column);
  for (const [name, group] of groups) {
    const body = JSON.stringify(group);
    fs.writeFileSync(path.join(dir, `${name}.json`), body);
    bytes += Buffer.byteLength(body);
  }
  return {n: groups.size, bytes};
}

/** Writes one JSON per row of `items` (`head` → the row, each part → its rows whose `column` is the item's id). */
function writeItems(dir: string, items: Row[], id: string, head: string, parts: Record<string, Row[]>, column: string): number {
  const grouped = Object.entries(parts).map(([name, rows]) => [name, groupBy(rows, column)] as const);
  let bytes = 0;
  for (const item of items) {
    const data: Record<string, unknown> = {[head]: item};
    for (const [name, groups] of grouped) data[name] = groups.get(String(item[id])) ?? [];
    const body = JSON.stringify(data);
    fs.writeFileSync(path.join(dir, `${item[id]}.json`), body);
    bytes += Buffer.byteLength(body);
  }
  return bytes;
}

/** The rows of a per-document query for some documents only (its order and its finding ids are the query's own). */
const forDocs = (sql: string) => `SELECT * FROM (${sql}) WHERE list_contains($ids, doc_id)`;

async function writeDocs(conn: DuckDBConnection, dir: string): Promise<{n: number; bytes: number}> {
  const ids = (await conn.runAndReadAll("SELECT doc_id FROM documents ORDER BY doc_id")).getRowObjectsJson().map((r) => String(r.doc_id));
  const {document, ...parts} = DOC_QUERIES;
  let bytes = 0;
  for (let i = 0; i < ids.length; i += DOC_BATCH) {
    const batch = ids.slice(i, i + DOC_BATCH);
    const rows: Record<string, Row[]> = {};
    for (const [name, sql] of Object.entries({document, ...parts})) {
      const reader = await conn.runAndReadAll(forDocs(sql), {ids: listValue(batch)}, {ids: LIST(VARCHAR)});
      rows[name] = reader.getRowObjectsJson() as Row[];
    }
    const {document: docs, ...docParts} = rows;
    bytes += writeItems(dir, docs, "doc_id", "document", docParts, "doc_id");
  }
  return {n: ids.length, bytes};
}

/** Bytes of postings aimed at per index file: a query fetches one file per distinct token. */
const SHARD_BYTES = 64 * 1024;

/**
 * The search page's index of document text, so that a query downloads the postings of its own tokens and the texts
 * of the documents that have them all, never every text: `search/docs.json` (the documents, in the order the
 * postings number them, and how many index files there are), `search/<n>.json` (token → document numbers, each token
 * in file shardOf(token)), `text/<doc_id>.txt` (the text as stored, spans point into it). Tokens are those of
 * search.js's tokenize, the function the browser runs on the query. The number of files grows with the corpus
 * (a power of two, about SHARD_BYTES of postings each).
 */
export async function writeTextIndex(conn: DuckDBConnection, root: string): Promise<{bytes: number}> {
  const textDir = path.join(root, "text");
  const indexDir = path.join(root, "search");
  fs.mkdirSync(textDir, {recursive: true});
  fs.mkdirSync(indexDir, {recursive: true});
  const docs: Row[] = [];
  const postings = new Map<string, number[]>();
  let bytes = 0;
  let entries = 0;
  for (let offset = 0; ; offset += DOC_BATCH) {
    const rows = (
      await conn.runAndReadAll(
        `SELECT doc_id, unit, year, kind, is_synthetic, text FROM documents ORDER BY year NULLS LAST, unit NULLS LAST, doc_id LIMIT ${DOC_BATCH} OFFSET ${offset}`,
      )
    ).getRowObjectsJson() as Row[];
    for (const {text, ...doc} of rows) {
      const i = docs.length;
      docs.push(doc);
      const body = String(text ?? "");
      fs.writeFileSync(path.join(textDir, `${doc.doc_id}.txt`), body);
      bytes += Buffer.byteLength(body);
      for (const token of new Set(tokenize(body))) {
        let list = postings.get(token);
        if (!list) postings.set(token, (list = []));
        list.push(i);
        entries++;
      }
    }
    if (rows.length < DOC_BATCH) break;
  }
  // About 4 bytes a posting in JSON, plus the token.
  let shards = 1;
  while (shards < 4096 && (entries * 4 + postings.size * 12) / shards > SHARD_BYTES) shards *= 2;
  const files: Record<string, number[]>[] = Array.from({length: shards}, () => ({}));
  for (const [token, list] of postings) files[shardOf(token, shards)][token] = list;
  files.forEach((file, n) => {
    const body = JSON.stringify(file);
    fs.writeFileSync(path.join(indexDir, `${n}.json`), body);
    bytes += Buffer.byteLength(body);
  });
  const index = JSON.stringify({shards, docs});
  fs.writeFileSync(path.join(indexDir, "docs.json"), index);
  return {bytes: bytes + Buffer.byteLength(index)};
}

/** Writes `<output>/_data/{docs,units,series,yoy,search,text}/…` from the warehouse (GONGKAI_DB or data/warehouse.duckdb). */
export async function writeDataFiles(output: string): Promise<DataFilesResult> {
  const root = path.join(output, DATA_DIR);
  fs.rmSync(root, {recursive: true, force: true});
  const docsDir = path.join(root, "docs");
  const unitsDir = path.join(root, "units");
  fs.mkdirSync(docsDir, {recursive: true});
  fs.mkdirSync(unitsDir, {recursive: true});
  return withWarehouse(async (conn) => {
    const docs = await writeDocs(conn, docsDir);
    const {units} = await queryMany({units: UNITS_SQL}, conn);
    const unitBytes = writeItems(unitsDir, units, "slug", "unit", await queryMany(UNIT_QUERIES, conn), "unit_slug");
    const {rows} = await queryMany({rows: SERIES_ROWS_SQL}, conn);
    const series = writeGroups(path.join(root, "series"), rows, "series_file");
    const byUnit = writeGroups(path.join(root, "yoy"), rows, "unit_slug");
    const text = await writeTextIndex(conn, root);
    return {docs: docs.n, units: units.length, series: series.n, bytes: docs.bytes + unitBytes + series.bytes + byUnit.bytes + text.bytes};
  });
}
