/**
 * The SELECTs behind the loaders, kept in one place so the CSV and Parquet downloads are the same rows in the same
 * order. Every query has a total ORDER BY so the output is byte-for-byte deterministic.
 */

/** Facts as stored, without the joins: the download is the table itself. */
export const FACTS_SQL = `
SELECT *
FROM facts
ORDER BY doc_id, span_start, span_end, key, basis NULLS FIRST, code NULLS FIRST, label NULLS FIRST,
         measure NULLS FIRST, amount`;

/** One row per document, without its text, with row counts of what was extracted from it. */
export const DOCUMENTS_SQL = `
SELECT d.doc_id, d.source, d.unit, d.year, d.kind, d.published, d.region, d.region_level, d.encoding,
       d.is_synthetic,
       (SELECT count(*) FROM facts f WHERE f.doc_id = d.doc_id)::INTEGER AS fact_count,
       (SELECT count(*) FROM unplaced u WHERE u.doc_id = d.doc_id)::INTEGER AS unplaced_count,
       (SELECT count(*) FROM conflicts c WHERE c.doc_id = d.doc_id)::INTEGER AS conflict_count
FROM documents d
ORDER BY d.year NULLS LAST, d.region NULLS LAST, d.unit NULLS LAST, d.kind NULLS LAST, d.doc_id`;

/** The headline totals (收支总计) of each document, every basis, with the sentence that states them. */
export const HEADLINES_SQL = `
SELECT doc_id, key, basis, measure, amount, unit, amount_as_written, unit_as_written, label, quote,
       span_start, span_end
FROM facts
WHERE key IN ('income.total', 'expenditure.total')
ORDER BY doc_id, key, basis NULLS FIRST, measure NULLS FIRST, span_start, span_end`;

/** The data dictionary of the facts table, from the warehouse's own COMMENT ON (generated from schema.ts). */
export const FACT_COLUMNS_SQL = `
SELECT column_name AS name, data_type AS type, is_nullable AS nullable, comment
FROM duckdb_columns()
WHERE schema_name = 'main' AND table_name = 'facts'
ORDER BY column_index`;
