/**
 * Version rows of the refresh manifest. Extraction is pure and knows nothing of versions, so the refresh attaches a
 * `version` record to each extraction it loads; `gongkai extract` and tests that skip it simply produce no rows.
 */
import type {Extraction} from "../types.ts";

/** One version of a document as the refresh saw it (the `document_versions` table). */
export interface DocumentVersionRecord {
  doc_id: string;
  /** Path of the file relative to the input folder: the same for every version of one disclosure. */
  document_key: string;
  /** 1, 2, … in the order the contents were first seen at `document_key`. */
  version: number;
  /** doc_id of the previous version, null for version 1. */
  supersedes: string | null;
  /** True for the version whose content is at `document_key` now. */
  is_latest: boolean;
  /** sha256 of the raw bytes, 64 hex digits. */
  sha256: string;
  /** Size of the raw file in bytes. */
  bytes: number;
}

export type VersionedExtraction = Extraction & {version?: DocumentVersionRecord};

export function versionRows(ex: Extraction): DocumentVersionRecord[] {
  const v = (ex as VersionedExtraction).version;
  return v ? [v] : [];
}

/** Manifest order: by document_key (code units), then version. */
export function byKeyAndVersion(a: DocumentVersionRecord, b: DocumentVersionRecord): number {
  return a.document_key < b.document_key ? -1 : a.document_key > b.document_key ? 1 : a.version - b.version;
}
