/**
 * `gongkai refresh --shard K/N`: one of N independent extraction jobs. It reads only the input files of its shard
 * (./shard.ts: by a hash of the relative path), extracts them as a refresh does — cache, versions, worker pool, time
 * budget — and writes them as a Parquet lake (../store/lake-write.ts) instead of a warehouse. No models or checks
 * run here: they run once, over the union of every shard, in `gongkai load` (./load-lakes.ts).
 *
 * Its build folder (`<lake>.build` by default) keeps the shard's extraction cache and version history. Every version
 * of a document has the same path, hence the same shard, so re-running a shard later continues its history.
 */
import fs from "node:fs";
import path from "node:path";
import {writeFileAtomic} from "../lib/atomic.ts";
import {lakeManifest} from "../store/lake-manifest.ts";
import {writeLake} from "../store/lake-write.ts";
import {byKeyAndVersion, type DocumentVersionRecord} from "../store/versions.ts";
import {claimBuildDir} from "./build-dir.ts";
import {DEFAULTS} from "./defaults.ts";
import {displayPath} from "./display-path.ts";
import {DEFAULT_MAX_FILE_MB} from "./isolated-extract.ts";
import type {Landing} from "./land.ts";
import {listInputs, type SkippedPath} from "./list-inputs.ts";
import type {LoadResult} from "./load-stage.ts";
import {planRefresh} from "./plan.ts";
import type {Previous} from "./previous.ts";
import type {RefreshOptions} from "./refresh.ts";
import {buildReport} from "./report-build.ts";
import {summaryLines, type RunReport} from "./run-report.ts";
import {extractToArrow, openRun, withRunLock} from "./run.ts";
import {scanFile} from "./scan.ts";
import {inShard, shardLabel, type Shard} from "./shard.ts";

export interface ShardRefreshOptions
  extends Pick<RefreshOptions, "input" | "referenceDir" | "log" | "progress" | "isSynthetic" | "waitMs" | "maxFileMb" | "timeoutS" | "workers" | "fingerprint"> {
  shard: Shard;
  /** Folder of this shard's Parquet lake (default `data/lake/shard-K-of-N`); replaced whole at the end. */
  lake?: string;
  /** Extraction cache, Arrow files, version history and run report (default `<lake>.build`). */
  buildDir?: string;
}

export const defaultLakeDir = (s: Shard) => path.join(path.dirname(DEFAULTS.db), "lake", `shard-${s.k}-of-${s.n}`);

export async function refreshShard(opts: ShardRefreshOptions): Promise<RunReport> {
  const lake = path.resolve(opts.lake ?? defaultLakeDir(opts.shard));
  return withRunLock(lake, "run", opts, (log) => shardLocked(lake, opts, log));
}

async function shardLocked(lake: string, opts: ShardRefreshOptions, log: (line: string) => void): Promise<RunReport> {
  const input = path.resolve(opts.input ?? DEFAULTS.input);
  const buildDir = path.resolve(opts.buildDir ?? `${lake}.build`);
  claimBuildDir(buildDir, lake);
  const run = openRun(input, buildDir, opts, log);
  const {timing, lap, fingerprint} = run;
  const label = shardLabel(opts.shard);

  log(`stage scan: ${displayPath(input)}, shard ${label}`);
  const allSkipped: SkippedPath[] = [];
  const all = listInputs(input, allSkipped);
  const mine = all.filter((source) => inShard(source, opts.shard));
  const maxBytes = (opts.maxFileMb ?? DEFAULT_MAX_FILE_MB) * 2 ** 20;
  const scanned = mine.map((source) => scanFile(input, source, opts.isSynthetic, maxBytes));
  log(`shard ${label}: ${mine.length} of ${all.length} files`);
  const manifestCopy = path.join(buildDir, "manifest.json");
  const previous = readShardHistory(manifestCopy);
  const plan = planRefresh(previous.versions, scanned);
  lap("scan");

  const landing = await extractToArrow(run, scanned, plan, opts);

  log(`stage lake: ${displayPath(lake)}`);
  const versions = landing.extractions.map((ex) => ex.version!).sort(byKeyAndVersion);
  await writeLake(
    run.arrowDir,
    lake,
    lakeManifest({
      shard: opts.shard,
      fingerprint,
      files: mine,
      documents: versions.map((v) => ({doc_id: v.doc_id, source: v.document_key})),
      failed: [...landing.failed].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)),
    }),
  );
  lap("load");
  writeFileAtomic(manifestCopy, JSON.stringify(versions, null, 1) + "\n");
  run.cache.prune(new Set(versions.map((v) => v.doc_id)));

  const report = buildReport({scanned, plan, landing, previous, loaded: lakeStats(landing, versions), fingerprint, timing});
  report.skipped = allSkipped.filter((s) => inShard(s.source, opts.shard));
  delete report.findings;
  report.shard = label;
  report.lake = displayPath(lake);
  report.rebuilt = true;
  writeFileAtomic(path.join(buildDir, "run-report.json"), JSON.stringify(report, null, 2) + "\n");
  for (const line of summaryLines(report)) log(line);
  log(`lake ${displayPath(lake)} · report ${displayPath(path.join(buildDir, "run-report.json"))}`);
  return report;
}

/** The shard's own version history (the manifest copy of its last run); none on a first run. */
function readShardHistory(manifestCopy: string): Previous {
  if (!fs.existsSync(manifestCopy)) return {versions: [], factsByDoc: new Map(), fresh: "first run of this shard"};
  const versions = JSON.parse(fs.readFileSync(manifestCopy, "utf8")) as DocumentVersionRecord[];
  return {versions, factsByDoc: new Map(), restored: manifestCopy};
}

/** What the report says of the lake: its documents, versions and facts (findings come with `gongkai load`). */
function lakeStats(landing: Landing, versions: DocumentVersionRecord[]): LoadResult {
  return {
    findings: {},
    revisionsByDoc: new Map(),
    documents: new Set(versions.map((v) => v.document_key)).size,
    versions: versions.length,
    facts: landing.extractions.reduce((n, ex) => n + ex.facts.length, 0),
    checkErrors: [],
    timing_ms: {models: 0, checks: 0},
  };
}
