/**
 * `gongkai refresh`: every file under the input folder → extraction (or its cached one) → Arrow files → a fresh
 * DuckDB warehouse, swapped in whole, holding every version of every document. A file that cannot be read or
 * understood is reported and skipped; it never stops the others from landing. One refresh per warehouse at a time.
 */
import path from "node:path";
import {writeFileAtomic} from "../lib/atomic.ts";
import {claimBuildDir, defaultBuildDir} from "./build-dir.ts";
import type {ExportFormat} from "../store/exports.ts";
import {byKeyAndVersion} from "../store/versions.ts";
import {displayPath} from "./display-path.ts";
import {DEFAULTS} from "./defaults.ts";
import {DEFAULT_MAX_FILE_MB} from "./isolated-extract.ts";
import {listInputs, type SkippedPath} from "./list-inputs.ts";
import {loadStage} from "./load-stage.ts";
import {planRefresh} from "./plan.ts";
import {readPrevious} from "./previous.ts";
import type {Progress} from "./progress.ts";
import {buildReport} from "./report-build.ts";
import {summaryLines, type RunReport} from "./run-report.ts";
import {scanFile} from "./scan.ts";
import {exportStage, extractToArrow, openRun, withRunLock} from "./run.ts";
import {inputStamp, keptReport, unchangedSince, writeStamp} from "./unchanged.ts";

export interface RefreshOptions {
  /** Folder of raw disclosures (default `data/raw`); relative paths resolve against the working directory. */
  input?: string;
  /** Warehouse file to (re)build (default `data/warehouse.duckdb`); its lock is `<db>.lock`. */
  db?: string;
  /** Folder for Arrow files, extraction caches and the run report (default: see `defaultBuildDir`); it belongs to
   * one warehouse, and a refresh of another warehouse refuses it. */
  buildDir?: string;
  /** Classification and region CSVs, used both to extract and as `ref_*` tables (default: the repo's). */
  referenceDir?: string;
  /** Progress and summary lines (the CLI sends them to stderr). */
  log?: (line: string) => void;
  /** Per-file progress; default: one line per file through `log`. */
  progress?: Progress;
  /** Marks every document as made by `gongkai synth`. */
  isSynthetic?: boolean;
  /** Milliseconds to wait for another refresh of the same warehouse to finish (default 0: stop at once). */
  waitMs?: number;
  /** Where to write exports after the swap; none when absent (the CLI passes `data/exports`). */
  exportDir?: string;
  exportFormats?: ExportFormat[];
  /** Files larger than this many MB fail with `too_large` before they are read (default 50). */
  maxFileMb?: number;
  /** Seconds one file's extraction may take before it is stopped with `timeout` (default 60). */
  timeoutS?: number;
  /** Extraction worker threads (default: os.availableParallelism()). */
  workers?: number;
  /** Folder of SQL models and checks (default: the repo's `sql/`; tests point it at a copy with a broken check). */
  sqlDir?: string;
  /** Overrides the extractor fingerprint (tests pin it so a concurrent code edit cannot invalidate caches). */
  fingerprint?: string;
}

export async function refresh(opts: RefreshOptions = {}): Promise<RunReport> {
  const db = path.resolve(opts.db ?? DEFAULTS.db);
  return withRunLock(db, "refresh", opts, (log) => refreshLocked(db, opts, log));
}

async function refreshLocked(db: string, opts: RefreshOptions, log: (line: string) => void): Promise<RunReport> {
  const input = path.resolve(opts.input ?? DEFAULTS.input);
  const buildDir = path.resolve(opts.buildDir ?? defaultBuildDir(db));
  claimBuildDir(buildDir, db);
  const run = openRun(input, buildDir, opts, log, [path.dirname(db)]);
  const {timing, lap, fingerprint, referenceDir} = run;
  const manifestCopy = path.join(buildDir, "manifest.json");
  log(`stage scan: ${displayPath(input)}`);
  const skipped: SkippedPath[] = [];
  const scanned = listInputs(input, skipped).map((source) => scanFile(input, source, opts.isSynthetic, (opts.maxFileMb ?? DEFAULT_MAX_FILE_MB) * 2 ** 20));
  const stamp = inputStamp({scanned, fingerprint, referenceDir, sqlDir: opts.sqlDir, exportDir: opts.exportDir, exportFormats: opts.exportFormats});
  const last = unchangedSince(buildDir, stamp, db, opts.exportDir);
  if (last && sameSkipped(last.skipped, skipped)) {
    lap("scan");
    const report = keptReport(last, timing.scan);
    writeFileAtomic(path.join(buildDir, "run-report.json"), JSON.stringify(report, null, 2) + "\n");
    for (const line of summaryLines(report)) log(line);
    return report;
  }
  const previous = await readPrevious(db, manifestCopy);
  if (previous.fresh) log(`manifest: ${previous.fresh}; every file counts as new`);
  if (previous.restored) log(`manifest: no warehouse; versions restored from ${displayPath(previous.restored)}`);
  const plan = planRefresh(previous.versions, scanned);
  lap("scan");

  const landing = await extractToArrow(run, scanned, plan, opts);

  log(`stage load: building ${displayPath(db)}`);
  const loaded = await loadStage({arrowDir: run.arrowDir, referenceDir, db, sqlDir: opts.sqlDir});
  lap("load");
  timing.models = loaded.timing_ms.models;
  timing.checks = loaded.timing_ms.checks;
  timing.load -= timing.models + timing.checks;
  // Only now, with the new warehouse in place, may its manifest copy be written and caches it no longer needs go.
  const versions = landing.extractions.map((ex) => ex.version!).sort(byKeyAndVersion);
  writeFileAtomic(manifestCopy, JSON.stringify(versions, null, 1) + "\n");
  run.cache.prune(new Set(versions.map((v) => v.doc_id)));

  const report = buildReport({scanned, plan, landing, previous, loaded, fingerprint, timing});
  report.skipped = skipped;
  if (opts.exportDir) {
    Object.assign(report, await exportStage(db, opts, log));
    lap("export");
  }
  report.rebuilt = true;
  writeFileAtomic(path.join(buildDir, "run-report.json"), JSON.stringify(report, null, 2) + "\n");
  if (report.failed.length === 0 && report.check_errors.length === 0 && !report.exports_error) writeStamp(buildDir, stamp, db);
  for (const line of summaryLines(report)) log(line);
  log(`warehouse ${displayPath(db)} · report ${displayPath(path.join(buildDir, "run-report.json"))}`);
  return report;
}

function sameSkipped(a: SkippedPath[] | undefined, b: SkippedPath[]): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b);
}
