/**
 * The scan stage: each input file's content hash and size, read once. Cheap next to extraction, and enough to tell
 * unchanged, new and republished files apart before any extraction work is done.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {isSyntheticFile} from "./sidecar.ts";

export type ScannedFile =
  | {source: string; ok: true; sha256: string; doc_id: string; bytes: number; isSynthetic: boolean}
  | {source: string; ok: false; reason: string};

/** doc_id is the first 16 hex digits of the sha256 (as `docIdOf` computes it), so the two always agree. */
export function scanFile(input: string, source: string, forceSynthetic = false, maxBytes = Infinity): ScannedFile {
  const file = path.join(input, source);
  let bytes: Buffer;
  try {
    // Judged by size before a byte is read: a 2 GB file must not be hashed, let alone extracted.
    const size = fs.statSync(file).size;
    if (size > maxBytes)
      return {source, ok: false, reason: `too_large: ${mb(size)} MB, over the limit of ${mb(maxBytes)} MB per file (--max-file-mb)`};
    bytes = fs.readFileSync(file);
  } catch (err) {
    return {source, ok: false, reason: `cannot read: ${(err as Error).message}`};
  }
  const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
  const isSynthetic = forceSynthetic || isSyntheticFile(file);
  return {source, ok: true, sha256, doc_id: sha256.slice(0, 16), bytes: bytes.length, isSynthetic};
}

const mb = (bytes: number) => String(Math.round((bytes / 2 ** 20) * 100) / 100);
