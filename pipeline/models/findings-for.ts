import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {DEFAULT_REFERENCE_DIR} from "../reference/load-reference.ts";
import {writeArrowTables} from "../store/arrow-io.ts";
import {extractionsToArrow} from "../store/arrow-tables.ts";
import {queryRows} from "../store/query.ts";
import {buildWarehouse} from "../store/warehouse.ts";
import type {Extraction} from "../types.ts";
import {runModels} from "./run-models.ts";

/** One finding as `gongkai extract` prints it: amounts stay exact decimal strings. */
export interface FindingJson {
  rule_id: string;
  severity: string;
  status: string;
  key: string | null;
  code: string | null;
  expected: string | null;
  actual: string | null;
  message: string;
  span: [number, number] | null;
  quote: string | null;
}

/**
 * The checks' findings for extractions that have no warehouse of their own (`gongkai extract`): the same loader,
 * models and check SQL as a refresh, run in a throwaway warehouse, so a file is judged exactly as it would be in
 * the warehouse. Checks that compare years or peers see only the files given together.
 */
export async function findingsFor(exs: Extraction[], referenceDir = DEFAULT_REFERENCE_DIR): Promise<Map<string, FindingJson[]>> {
  const byDoc = new Map<string, FindingJson[]>(exs.map((ex) => [ex.document.doc_id, []]));
  if (!exs.length) return byDoc;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-extract-"));
  try {
    const arrowDir = path.join(dir, "arrow");
    const dbPath = path.join(dir, "warehouse.duckdb");
    // The same file given twice is one document (one doc_id) to the warehouse.
    const unique = [...new Map(exs.map((ex) => [ex.document.doc_id, ex])).values()];
    writeArrowTables(arrowDir, extractionsToArrow(unique));
    await buildWarehouse({arrowDir, referenceDir, dbPath, afterLoad: (conn) => runModels(conn).then(() => undefined)});
    const r = await queryRows(
      dbPath,
      `select doc_id, rule_id, severity, status, key, code, expected::VARCHAR, actual::VARCHAR, message, span_start,
              span_end, quote
       from findings order by doc_id, rule_id, span_start nulls first, key, code, message`,
    );
    for (const [doc_id, rule_id, severity, status, key, code, expected, actual, message, start, end, quote] of r.rows as never[][]) {
      // A check that could not run judges nothing: say so, or its silence reads as "no finding".
      if (doc_id === null && status === "error") console.error(`gongkai: ${message}`);
      byDoc.get(doc_id)?.push({rule_id, severity, status, key, code, expected, actual, message, span: start === null ? null : [start, end], quote});
    }
    return byDoc;
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}
