/**
 * The load stage: Arrow files (or shard lakes) → a warehouse built aside with the SQL models and checks run inside it, then swapped
 * in. What the report needs from the new warehouse is read before the swap, from the connection that built it.
 */
import type {DuckDBConnection} from "@duckdb/node-api";
import {runModels, type CheckError} from "../models/run-models.ts";
import {buildWarehouse} from "../store/warehouse.ts";

export interface LoadResult {
  findings: Record<string, number>;
  /** revisions rows per to_doc_id: what each republication changed. */
  revisionsByDoc: Map<string, number>;
  documents: number;
  versions: number;
  facts: number;
  /** Checks that threw: recorded in check_results with status 'error'; the warehouse landed without their verdict. */
  checkErrors: CheckError[];
  /** Wall time of the SQL models and of the checks, in milliseconds (inside the load stage's time). */
  timing_ms: {models: number; checks: number};
}

/** `arrowDir` for a refresh; `lakeDirs` (every shard's lake) for `gongkai load`. */
export async function loadStage(opts: {arrowDir?: string; lakeDirs?: string[]; referenceDir: string; db: string; sqlDir?: string}): Promise<LoadResult> {
  let result: LoadResult | undefined;
  await buildWarehouse({
    arrowDir: opts.arrowDir,
    lakeDirs: opts.lakeDirs,
    referenceDir: opts.referenceDir,
    dbPath: opts.db,
    // Models and checks run inside the warehouse being built, so a failing model leaves the old one in place.
    afterLoad: async (conn) => {
      const {checkErrors, timing_ms} = await runModels(conn, undefined, opts.sqlDir);
      result = {...(await readStats(conn)), checkErrors, timing_ms};
    },
  });
  return result!;
}

async function readStats(conn: DuckDBConnection): Promise<Omit<LoadResult, "checkErrors" | "timing_ms">> {
  const rows = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson();
  const findings = await rows("select severity, count(*)::INTEGER as n from findings group by 1 order by 1");
  const revisions = await rows("select to_doc_id, count(*)::INTEGER as n from revisions group by 1");
  const [counts] = await rows(`select
      (select count(distinct document_key) from document_versions)::INTEGER as documents,
      (select count(*) from documents)::INTEGER as versions,
      (select count(*) from facts)::INTEGER as facts`);
  return {
    findings: Object.fromEntries(findings.map((r) => [String(r.severity), Number(r.n)])),
    revisionsByDoc: new Map(revisions.map((r) => [String(r.to_doc_id), Number(r.n)])),
    documents: Number(counts.documents),
    versions: Number(counts.versions),
    facts: Number(counts.facts),
  };
}
