/**
 * `gongkai load --from DIR…`: the warehouse from the union of shard lakes (./refresh-shard.ts). Like a refresh, it
 * builds the warehouse aside — tables, then models and checks inside it — swaps it in whole and writes the exports;
 * it only skips extraction, which the shard jobs did. The shards are checked first (one whole cut, one extractor),
 * so a missing or stale shard is refused by name before the warehouse in place is touched.
 */
import path from "node:path";
import {writeFileAtomic} from "../lib/atomic.ts";
import type {CheckError} from "../models/run-models.ts";
import {DEFAULT_REFERENCE_DIR} from "../reference/load-reference.ts";
import type {ExportFormat} from "../store/exports.ts";
import {duplicateDrops, readLakes} from "../store/lake-manifest.ts";
import {claimBuildDir, defaultBuildDir} from "./build-dir.ts";
import {DEFAULTS} from "./defaults.ts";
import {displayPath} from "./display-path.ts";
import {loadStage} from "./load-stage.ts";
import {readPrevious} from "./previous.ts";
import {exportStage, withRunLock} from "./run.ts";
import type {FailedFile} from "./run-report.ts";
import {clearStamp} from "./unchanged.ts";

export interface LoadOptions {
  /** The shard lakes: every shard 1…N of one `refresh --shard K/N` cut. */
  from: string[];
  /** Warehouse file to build (default `data/warehouse.duckdb`). */
  db?: string;
  /** The warehouse's build folder (default as for refresh): its manifest copy and load-report.json. */
  buildDir?: string;
  referenceDir?: string;
  sqlDir?: string;
  exportDir?: string;
  exportFormats?: ExportFormat[];
  waitMs?: number;
  log?: (line: string) => void;
}

/** What `gongkai load` did: written to `<build-dir>/load-report.json` and summarised on the console. */
export interface LoadReport {
  shards: {dir: string; shard: string; files: number; documents: number}[];
  /** Files the shards could not land, and copies of one content under two paths (the first path keeps it). */
  failed: FailedFile[];
  warehouse: {documents: number; versions: number; facts: number};
  findings: Record<string, number>;
  check_errors: CheckError[];
  exports?: string;
  exports_error?: string;
  timing_ms: {load: number; models: number; checks: number; export: number};
}

export async function loadFromLakes(opts: LoadOptions): Promise<LoadReport> {
  const db = path.resolve(opts.db ?? DEFAULTS.db);
  // Refused before the lock and before anything is built: a wrong set of shards is a usage error.
  const lakes = readLakes(opts.from.map((d) => path.resolve(d)));
  return withRunLock(db, "run", opts, async (log) => {
    const buildDir = path.resolve(opts.buildDir ?? defaultBuildDir(db));
    claimBuildDir(buildDir, db);
    const t0 = performance.now();
    log(`stage load: ${lakes.length} shards → ${displayPath(db)}`);
    const loaded = await loadStage({
      lakeDirs: lakes.map((l) => l.dir),
      referenceDir: opts.referenceDir ?? DEFAULT_REFERENCE_DIR,
      db,
      sqlDir: opts.sqlDir,
    });
    const loadMs = Math.round(performance.now() - t0);
    // The warehouse in place now came from the shards: the next refresh of it must not take it for unchanged, and
    // its version history must survive the warehouse file being deleted, as after a refresh.
    clearStamp(buildDir);
    const previous = await readPrevious(db);
    writeFileAtomic(path.join(buildDir, "manifest.json"), JSON.stringify(previous.versions, null, 1) + "\n");

    const failed = [...lakes.flatMap((l) => l.manifest.failed), ...duplicateDrops(lakes).failed].sort((a, b) =>
      a.source < b.source ? -1 : a.source > b.source ? 1 : 0,
    );
    const report: LoadReport = {
      shards: lakes.map((l) => ({
        dir: displayPath(l.dir),
        shard: `${l.manifest.shard.k}/${l.manifest.shard.n}`,
        files: l.manifest.files.length,
        documents: l.manifest.documents.length,
      })),
      failed,
      warehouse: {documents: loaded.documents, versions: loaded.versions, facts: loaded.facts},
      findings: loaded.findings,
      check_errors: loaded.checkErrors,
      timing_ms: {
        load: loadMs - loaded.timing_ms.models - loaded.timing_ms.checks,
        models: loaded.timing_ms.models,
        checks: loaded.timing_ms.checks,
        export: 0,
      },
    };
    if (opts.exportDir) {
      const t1 = performance.now();
      Object.assign(report, await exportStage(db, opts, log));
      report.timing_ms.export = Math.round(performance.now() - t1);
    }
    writeFileAtomic(path.join(buildDir, "load-report.json"), JSON.stringify(report, null, 2) + "\n");
    for (const line of loadSummary(report)) log(line);
    log(`warehouse ${displayPath(db)} · report ${displayPath(path.join(buildDir, "load-report.json"))}`);
    return report;
  });
}

export function loadSummary(r: LoadReport): string[] {
  const w = r.warehouse;
  const g = r.findings;
  const t = r.timing_ms;
  return [
    `分片 shards ${r.shards.length}: ${r.shards.map((s) => `${s.shard} ${s.documents} documents`).join(" · ")}`,
    `warehouse: documents ${w.documents} · versions ${w.versions} · facts ${w.facts}`,
    ...(r.failed.length ? [`失败文件 failed files:`, ...r.failed.map((x) => `  ✗ ${x.source}: ${x.reason}`)] : []),
    ...(r.check_errors.length ? [`核对出错 check errors:`, ...r.check_errors.map((x) => `  ✗ ${x.rule_id}: ${x.message}`)] : []),
    ...(r.exports_error ? [`导出失败 exports failed (the warehouse was updated): ${r.exports_error}`] : []),
    `发现 findings: error ${g.error ?? 0} · warning ${g.warning ?? 0} · info ${g.info ?? 0}`,
    `用时 time: load ${t.load} ms · models ${t.models} ms · checks ${t.checks} ms · export ${t.export} ms`,
  ];
}
