/**
 * Decides, before any extraction, what each input file is to the warehouse: unchanged, added, changed (a new
 * version of its document), reverted to an earlier version, a duplicate of another file, or gone. Pure: the
 * previous manifest and this scan in, a plan out, so every case is testable without files or a database.
 */
import type {DocumentVersionRecord} from "../store/versions.ts";
import type {ScannedFile} from "./scan.ts";

export type FileStatus = "unchanged" | "added" | "changed" | "reverted";

export interface KeyPlan {
  document_key: string;
  status: FileStatus;
  /** The file as scanned now. */
  file: Extract<ScannedFile, {ok: true}>;
  /** Every version to load if the current content lands, oldest first; exactly one is_latest. */
  versions: DocumentVersionRecord[];
  /** The versions already in the warehouse: loaded instead when the current content fails to land. */
  previous: DocumentVersionRecord[];
}

export interface Plan {
  keys: KeyPlan[];
  /** Documents whose file is gone: dropped from the warehouse with all their versions. */
  removed: {document_key: string; versions: DocumentVersionRecord[]}[];
  /** Files that cannot land whatever extraction says (unreadable, duplicate content). */
  failed: {source: string; reason: string; previous: DocumentVersionRecord[]}[];
}

export function planRefresh(prev: DocumentVersionRecord[], scanned: ScannedFile[]): Plan {
  const byKey = groupByKey(prev);
  const plan: Plan = {keys: [], removed: [], failed: []};
  const present = new Set(scanned.map((f) => f.source));
  const keeper = keepers(scanned, byKey);
  // Contents held by versions kept for other keys: landing them again would give one doc_id two documents.
  const heldBy = new Map<string, DocumentVersionRecord>();
  for (const v of prev) heldBy.set(v.sha256, v);

  for (const f of scanned) {
    const previous = byKey.get(f.source) ?? [];
    if (!f.ok) {
      plan.failed.push({source: f.source, reason: f.reason, previous});
      continue;
    }
    const first = keeper.get(f.sha256)!;
    if (first !== f.source) {
      plan.failed.push({source: f.source, reason: `duplicate of ${first}`, previous});
      continue;
    }
    const held = heldBy.get(f.sha256);
    if (held && held.document_key !== f.source && present.has(held.document_key)) {
      const reason = `same content as ${held.document_key} (version ${held.version})`;
      plan.failed.push({source: f.source, reason, previous});
      continue;
    }
    plan.keys.push(planKey(f, previous));
  }
  for (const [document_key, versions] of byKey) {
    if (!present.has(document_key)) plan.removed.push({document_key, versions});
  }
  return plan;
}

function planKey(file: Extract<ScannedFile, {ok: true}>, previous: DocumentVersionRecord[]): KeyPlan {
  const base = {document_key: file.source, file, previous};
  const latest = previous.find((v) => v.is_latest);
  if (!latest) {
    const v1 = {
      doc_id: file.doc_id,
      document_key: file.source,
      version: 1,
      supersedes: null,
      is_latest: true,
      sha256: file.sha256,
      bytes: file.bytes,
    };
    return {...base, status: "added", versions: [v1]};
  }
  if (latest.sha256 === file.sha256) return {...base, status: "unchanged", versions: previous};
  // NOTE: a publisher sometimes takes a correction back. The earlier version becomes current again rather than a
  // new version with the same content (one doc_id cannot be two documents).
  if (previous.some((v) => v.sha256 === file.sha256)) {
    return {...base, status: "reverted", versions: previous.map((v) => ({...v, is_latest: v.sha256 === file.sha256}))};
  }
  const next: DocumentVersionRecord = {
    doc_id: file.doc_id,
    document_key: file.source,
    version: Math.max(...previous.map((v) => v.version)) + 1,
    supersedes: latest.doc_id,
    is_latest: true,
    sha256: file.sha256,
    bytes: file.bytes,
  };
  return {...base, status: "changed", versions: [...previous.map((v) => ({...v, is_latest: false})), next]};
}

/**
 * Which path keeps a content found at several paths: the one that already held it, else the first in path order
 * (the scan is sorted), so the choice never depends on the order files were found in.
 */
function keepers(scanned: ScannedFile[], byKey: Map<string, DocumentVersionRecord[]>): Map<string, string> {
  const holds = (key: string, sha: string) => byKey.get(key)?.some((v) => v.is_latest && v.sha256 === sha) ?? false;
  const out = new Map<string, string>();
  for (const f of scanned) {
    if (!f.ok) continue;
    const first = out.get(f.sha256);
    if (first === undefined || (!holds(first, f.sha256) && holds(f.source, f.sha256))) out.set(f.sha256, f.source);
  }
  return out;
}

function groupByKey(prev: DocumentVersionRecord[]): Map<string, DocumentVersionRecord[]> {
  const out = new Map<string, DocumentVersionRecord[]>();
  for (const v of [...prev].sort((a, b) => a.version - b.version)) {
    out.set(v.document_key, [...(out.get(v.document_key) ?? []), v]);
  }
  return out;
}
