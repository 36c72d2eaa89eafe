/**
 * What the warehouse in place says before a refresh: its manifest (`document_versions`) and how many facts each
 * document has. The manifest lives in the warehouse itself, so it is swapped in by the same rename as the data it
 * describes: after a crash the two can never disagree. `<build>/manifest.json` is a copy written after each swap,
 * read only when the warehouse itself is gone, so deleting the warehouse does not lose the version history.
 */
import fs from "node:fs";
import type {DuckDBConnection} from "@duckdb/node-api";
import {openDuckDB} from "../store/warehouse.ts";
import type {DocumentVersionRecord} from "../store/versions.ts";

export interface Previous {
  versions: DocumentVersionRecord[];
  factsByDoc: Map<string, number>;
  /** Why there is no manifest to go by (no warehouse yet, or one built before manifests). */
  fresh?: string;
  /** Set when the versions came from the manifest copy because the warehouse was missing. */
  restored?: string;
}

export async function readPrevious(dbPath: string, manifestCopy?: string): Promise<Previous> {
  const empty = (fresh: string): Previous => ({versions: [], factsByDoc: new Map(), fresh});
  if (!fs.existsSync(dbPath)) {
    if (!manifestCopy || !fs.existsSync(manifestCopy)) return empty("no warehouse yet");
    const versions = JSON.parse(fs.readFileSync(manifestCopy, "utf8")) as DocumentVersionRecord[];
    return {versions, factsByDoc: new Map(), restored: manifestCopy};
  }
  try {
    const {instance, conn} = await openDuckDB(dbPath, {readOnly: true});
    try {
      return await readManifest(conn);
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  } catch (err) {
    // NOTE: never rebuild as if fresh here: that would silently drop every superseded version. A warehouse held open
    // for writing by another program is the usual cause, and waiting fixes it; a damaged one needs a person.
    throw new Error(
      `cannot read the manifest in ${dbPath}: ${(err as Error).message}. The warehouse was left as it is; ` +
        "close whatever holds it open, or move a damaged one aside (old versions are then lost) and refresh again",
    );
  }
}

async function readManifest(conn: DuckDBConnection): Promise<Previous> {
  const rows = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson();
  const facts = await rows("select doc_id, count(*)::INTEGER as n from facts group by doc_id");
  const factsByDoc = new Map(facts.map((r) => [String(r.doc_id), Number(r.n)]));
  const [has] = await rows(
    "select count(*)::INTEGER as n from duckdb_tables() where schema_name = 'main' and table_name = 'document_versions'",
  );
  if (has.n === 0) return {versions: [], factsByDoc, fresh: "the warehouse has no manifest (built before versions)"};
  const versions = await rows(
    "select doc_id, document_key, version, supersedes, is_latest, sha256, bytes from document_versions order by document_key, version",
  );
  return {
    factsByDoc,
    versions: versions.map((r) => ({
      doc_id: String(r.doc_id),
      document_key: String(r.document_key),
      version: Number(r.version),
      supersedes: r.supersedes === null ? null : String(r.supersedes),
      is_latest: Boolean(r.is_latest),
      sha256: String(r.sha256),
      bytes: Number(r.bytes),
    })),
  };
}
