/**
 * Per-document extraction caches under `<build>/extractions/`: `<doc_id>.json` (the extraction and what it was made
 * from) and `<doc_id>.raw` (the raw bytes). Unchanged files reuse the JSON instead of being extracted again; the raw
 * bytes let a superseded version, whose file has since been overwritten, be re-extracted when the extractor changes.
 * Both are written atomically: a crash leaves the old entry or the new one, never half of one.
 */
import fs from "node:fs";
import path from "node:path";
import {writeFileAtomic} from "../lib/atomic.ts";
import type {Extraction} from "../types.ts";

interface CacheEntry {
  /** extractorFingerprint() when it was made: another fingerprint means another extractor. */
  fingerprint: string;
  /** The path it was extracted under (identity may come from the path) and the sidecar's synthetic flag. */
  source: string;
  is_synthetic: boolean;
  extraction: Extraction;
}

export interface CacheKey {
  doc_id: string;
  fingerprint: string;
  source: string;
  isSynthetic: boolean;
}

export class ExtractionCache {
  constructor(readonly dir: string) {}

  /** The cached extraction when it was made from the same content, path, sidecar and extractor; else null. */
  read(k: CacheKey): Extraction | null {
    let entry: CacheEntry;
    try {
      entry = JSON.parse(fs.readFileSync(this.jsonPath(k.doc_id), "utf8")) as CacheEntry;
    } catch {
      return null;
    }
    const same =
      entry.fingerprint === k.fingerprint && entry.source === k.source && entry.is_synthetic === k.isSynthetic;
    return same && entry.extraction?.document?.doc_id === k.doc_id ? entry.extraction : null;
  }

  /** What a superseded version was made from, whatever the extractor: enough to extract it again. */
  readOrigin(doc_id: string): {source: string; isSynthetic: boolean; bytes: Buffer} | null {
    try {
      const entry = JSON.parse(fs.readFileSync(this.jsonPath(doc_id), "utf8")) as CacheEntry;
      return {source: entry.source, isSynthetic: entry.is_synthetic, bytes: fs.readFileSync(this.rawPath(doc_id))};
    } catch {
      return null;
    }
  }

  write(k: CacheKey, extraction: Extraction, bytes: Uint8Array): void {
    const entry: CacheEntry = {fingerprint: k.fingerprint, source: k.source, is_synthetic: k.isSynthetic, extraction};
    // Raw first: a JSON entry is only ever found beside its bytes.
    if (!fs.existsSync(this.rawPath(k.doc_id))) writeFileAtomic(this.rawPath(k.doc_id), bytes);
    writeFileAtomic(this.jsonPath(k.doc_id), JSON.stringify(entry));
  }

  /** Removes entries of documents no longer in the warehouse; run only after the warehouse swap. */
  prune(keep: Set<string>): number {
    if (!fs.existsSync(this.dir)) return 0;
    let removed = 0;
    for (const name of fs.readdirSync(this.dir)) {
      const m = /^([0-9a-f]{16})\.(json|raw)$/.exec(name);
      if (!m || keep.has(m[1])) continue;
      fs.rmSync(path.join(this.dir, name), {force: true});
      removed++;
    }
    return removed;
  }

  private jsonPath(doc_id: string): string {
    return path.join(this.dir, `${doc_id}.json`);
  }

  private rawPath(doc_id: string): string {
    return path.join(this.dir, `${doc_id}.raw`);
  }
}
