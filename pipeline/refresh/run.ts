/**
 * What a refresh and a shard refresh share: the lock on their target, the build folder's parts (Arrow files,
 * extraction cache, progress, stage clock), and the extraction stage up to Arrow files. They differ only in where the
 * extractions land (a warehouse, ./refresh.ts, or a Parquet lake, ./refresh-shard.ts), so that is all they each write.
 */
import fs from "node:fs";
import path from "node:path";
import {printable} from "../lib/printable.ts";
import {DEFAULT_REFERENCE_DIR, loadReference} from "../reference/load-reference.ts";
import {writeArrowTables} from "../store/arrow-io.ts";
import {extractionsToArrow} from "../store/arrow-tables.ts";
import {exportWarehouse, type ExportFormat} from "../store/exports.ts";
import {displayPath} from "./display-path.ts";
import {ExtractionCache} from "./extraction-cache.ts";
import {extractStage} from "./extract-stage.ts";
import {defaultWorkers} from "./extractor-pool.ts";
import {extractorFingerprint} from "./fingerprint.ts";
import type {Landing} from "./land.ts";
import {acquireLock, lockPathFor} from "./lock.ts";
import type {Plan} from "./plan.ts";
import {plainProgress, type Progress} from "./progress.ts";
import type {RunReport} from "./run-report.ts";
import type {ScannedFile} from "./scan.ts";
import {sweepTemps} from "./sweep.ts";

export interface RunOptions {
  referenceDir?: string;
  log?: (line: string) => void;
  progress?: Progress;
  waitMs?: number;
  timeoutS?: number;
  workers?: number;
  fingerprint?: string;
}

/** Runs `body` holding the lock beside `target` (a warehouse file or a lake folder), with a log whose every line is
 * escaped: a newline in a file name cannot fake a line of the log. */
export async function withRunLock<T>(
  target: string,
  what: string,
  opts: Pick<RunOptions, "log" | "waitMs">,
  body: (log: (line: string) => void) => Promise<T>,
): Promise<T> {
  const rawLog = opts.log ?? (() => {});
  const log = (line: string) => rawLog(printable(line));
  // The lock lives beside the target: its folder must exist before the first run can take it.
  fs.mkdirSync(path.dirname(target), {recursive: true});
  const lock = await acquireLock(lockPathFor(target), {
    waitMs: opts.waitMs ?? 0,
    onWait: (h) => log(`waiting for the ${what} holding ${lockPathFor(target)} (pid ${h?.pid ?? "?"})`),
  });
  try {
    return await body(log);
  } finally {
    lock.release();
  }
}

export type Timing = RunReport["timing_ms"];

/** One run's build folder and clock. */
export interface Run {
  input: string;
  buildDir: string;
  referenceDir: string;
  arrowDir: string;
  cache: ExtractionCache;
  progress: Progress;
  fingerprint: string;
  log: (line: string) => void;
  timing: Timing;
  /** Records the time since the previous lap as `stage`'s. */
  lap: (stage: keyof Timing) => void;
}

/** Opens a run over a claimed build folder; `extraTemps` are other folders whose half-written files a crash may have
 * left (the warehouse's folder). */
export function openRun(input: string, buildDir: string, opts: RunOptions, log: (line: string) => void, extraTemps: string[] = []): Run {
  const referenceDir = opts.referenceDir ?? DEFAULT_REFERENCE_DIR;
  const arrowDir = path.join(buildDir, "arrow");
  const cache = new ExtractionCache(path.join(buildDir, "extractions"));
  const shown = opts.progress ?? plainProgress(log);
  const progress: Progress = {...shown, tick: (line) => shown.tick(printable(line))};
  const timing: Timing = {scan: 0, extract: 0, arrow: 0, load: 0, models: 0, checks: 0, export: 0};
  let t = performance.now();
  const lap = (stage: keyof Timing) => {
    const now = performance.now();
    timing[stage] = Math.round(now - t);
    t = now;
  };
  for (const f of sweepTemps([buildDir, arrowDir, cache.dir, ...extraTemps])) log(`removed leftover ${displayPath(f)}`);
  const fingerprint = opts.fingerprint ?? extractorFingerprint(referenceDir);
  return {input, buildDir, referenceDir, arrowDir, cache, progress, fingerprint, log, timing, lap};
}

/** Extracts what the plan says (or takes it from the cache) and writes the Arrow files; laps `extract` and `arrow`. */
export async function extractToArrow(run: Run, scanned: ScannedFile[], plan: Plan, opts: RunOptions): Promise<Landing> {
  run.log(`stage extract: ${scanned.length} files`);
  run.progress.start("extract", scanned.length);
  const landing = await extractStage(scanned, plan, {
    input: run.input,
    ref: loadReference(run.referenceDir),
    cache: run.cache,
    fingerprint: run.fingerprint,
    progress: run.progress,
    referenceDir: run.referenceDir,
    timeoutS: opts.timeoutS,
    workers: opts.workers ?? defaultWorkers(),
    show: (s) => displayPath(path.join(run.input, s)),
  });
  run.progress.stop();
  run.lap("extract");

  run.log("stage arrow");
  writeArrowTables(run.arrowDir, extractionsToArrow(landing.extractions));
  run.lap("arrow");
  return landing;
}

/** Writes the exports of a warehouse already swapped in. A failure is returned, not thrown: the warehouse changed and
 * the exports did not (they are the previous set, whole), which the report says and the CLI turns into exit 5. */
export async function exportStage(
  db: string,
  opts: {exportDir?: string; exportFormats?: ExportFormat[]},
  log: (line: string) => void,
): Promise<{exports?: string; exports_error?: string}> {
  if (!opts.exportDir) return {};
  log(`stage export: ${displayPath(opts.exportDir)}`);
  try {
    await exportWarehouse({db, out: opts.exportDir, formats: opts.exportFormats});
    return {exports: displayPath(path.resolve(opts.exportDir))};
  } catch (err) {
    return {exports_error: (err as Error).message};
  }
}
