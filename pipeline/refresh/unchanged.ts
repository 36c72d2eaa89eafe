/**
 * "Nothing changed": a refresh whose inputs are exactly those of the last clean refresh would rebuild the same
 * warehouse and the same exports, so it does not. What decides the result is stamped after each clean refresh —
 * every scanned file (path, content hash, synthetic flag), the extractor fingerprint (code and reference tables),
 * the SQL models and checks, the export folder and formats — beside the warehouse file's size and modification time
 * as that refresh left it. A refresh that finds the same stamp and the same warehouse file keeps both, and says so.
 *
 * Only a clean refresh (no failed file, no check error, no export error) is stamped: a failure may be transient (a
 * timeout on a loaded machine) and deserves another try.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";
import {writeFileAtomic} from "../lib/atomic.ts";
import {DEFAULT_SQL_DIR} from "../models/sql-files.ts";
import {listFiles} from "./fingerprint.ts";
import type {RunReport} from "./run-report.ts";
import type {ScannedFile} from "./scan.ts";

export interface StampInputs {
  scanned: ScannedFile[];
  fingerprint: string;
  referenceDir: string;
  sqlDir?: string;
  exportDir?: string;
  exportFormats?: string[];
}

const STAMP = "unchanged-stamp.json";
const PIPELINE = fileURLToPath(new URL("../", import.meta.url));

export function inputStamp(i: StampInputs): string {
  const h = crypto.createHash("sha256");
  h.update(`fingerprint\0${i.fingerprint}\0`);
  // The whole pipeline, not only what shapes an extraction: the loader, the runner and the exports shape the result too.
  const dirs = {sql: i.sqlDir ?? DEFAULT_SQL_DIR, reference: i.referenceDir, pipeline: PIPELINE};
  for (const [label, dir] of Object.entries(dirs)) {
    for (const rel of listFiles(dir)) h.update(`${label}\0${rel}\0`).update(fs.readFileSync(path.join(dir, rel))).update("\0");
  }
  h.update(`exports\0${i.exportDir ? path.resolve(i.exportDir) : ""}\0${(i.exportFormats ?? []).join(",")}\0`);
  for (const f of i.scanned) h.update(f.ok ? `file\0${f.source}\0${f.sha256}\0${f.isSynthetic}\0` : `unread\0${f.source}\0${f.reason}\0`);
  return h.digest("hex");
}

/** The last clean refresh's report when it was made from the same inputs and its warehouse is still in place. */
export function unchangedSince(buildDir: string, stamp: string, db: string, exportDir?: string): RunReport | null {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(buildDir, STAMP), "utf8")) as {stamp: string; db: {size: number; mtimeMs: number}};
    const st = fs.statSync(db);
    if (saved.stamp !== stamp || st.size !== saved.db.size || st.mtimeMs !== saved.db.mtimeMs) return null;
    if (exportDir && !fs.existsSync(exportDir)) return null;
    return JSON.parse(fs.readFileSync(path.join(buildDir, "run-report.json"), "utf8")) as RunReport;
  } catch {
    return null;
  }
}

export function writeStamp(buildDir: string, stamp: string, db: string): void {
  const st = fs.statSync(db);
  writeFileAtomic(path.join(buildDir, STAMP), JSON.stringify({stamp, db: {size: st.size, mtimeMs: st.mtimeMs}}) + "\n");
}

/** Forgets the last clean refresh: the warehouse was rebuilt by other means (`gongkai load`). */
export function clearStamp(buildDir: string): void {
  fs.rmSync(path.join(buildDir, STAMP), {force: true});
}

/** The report of a refresh that changed nothing: the last one's documents, all unchanged, nothing extracted. */
export function keptReport(last: RunReport, scanMs: number): RunReport {
  const landed = last.landed.map((l) => ({...l, status: "unchanged" as const}));
  const w = last.warehouse;
  return {
    ...last,
    files: {added: 0, changed: 0, reverted: 0, unchanged: landed.length, removed: 0, failed: 0},
    landed,
    removed: [],
    extraction: {...last.extraction, extracted: 0, skipped: landed.length},
    warehouse: {...w, facts_before: w.facts_after, facts_added: 0, facts_removed: 0},
    revisions: 0,
    rebuilt: false,
    timing_ms: {scan: scanMs, extract: 0, arrow: 0, load: 0, models: 0, checks: 0, export: 0},
  };
}
