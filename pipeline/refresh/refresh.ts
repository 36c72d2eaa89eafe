/**
 * `gongkai refresh`: every file under the input folder → extraction → Arrow files → a fresh DuckDB warehouse.
 * A file that cannot be read or understood is reported and skipped; it never stops the others from landing.
 */
import fs from "node:fs";
import path from "node:path";
import {docIdOf} from "../extract/extract.ts";
import {writeFileAtomic} from "../lib/atomic.ts";
import {DEFAULT_REFERENCE_DIR, loadReference} from "../reference/load-reference.ts";
import {writeArrowTables} from "../store/arrow-io.ts";
import {extractionsToArrow} from "../store/arrow-tables.ts";
import {runModels} from "../models/run-models.ts";
import {buildWarehouse} from "../store/warehouse.ts";
import type {Extraction} from "../types.ts";
import {DEFAULTS} from "./defaults.ts";
import {extractInput} from "./extract-input.ts";
import {listInputs} from "./list-inputs.ts";
import {isSyntheticFile} from "./sidecar.ts";
import {summaryLines, type RunReport} from "./run-report.ts";

export interface RefreshOptions {
  /** Folder of raw disclosures (default `data/raw`); relative paths resolve against the working directory. */
  input?: string;
  /** Warehouse file to (re)build (default `data/warehouse.duckdb`). */
  db?: string;
  /** Folder for Arrow files and the run report (default `data/build`). */
  buildDir?: string;
  /** Classification and region CSVs, used both to extract and as `ref_*` tables (default: the repo's). */
  referenceDir?: string;
  /** Progress and summary lines (the CLI sends them to stderr). */
  log?: (line: string) => void;
  /** Marks every document as made by `gongkai synth`. */
  isSynthetic?: boolean;
}

export async function refresh(opts: RefreshOptions = {}): Promise<RunReport> {
  const input = path.resolve(opts.input ?? DEFAULTS.input);
  const db = path.resolve(opts.db ?? DEFAULTS.db);
  const buildDir = path.resolve(opts.buildDir ?? DEFAULTS.buildDir);
  const referenceDir = opts.referenceDir ?? DEFAULT_REFERENCE_DIR;
  const log = opts.log ?? (() => {});

  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - t);
    t = now;
    return ms;
  };

  const ref = loadReference(referenceDir);
  const files = listInputs(input);
  const report: RunReport = {
    files_seen: files.length,
    landed: [],
    failed: [],
    facts: 0,
    unplaced: 0,
    timing_ms: {extract: 0, arrow: 0, load: 0},
  };
  const extractions: Extraction[] = [];
  const firstByHash = new Map<string, string>();

  files.forEach((source, i) => {
    const shown = displayPath(path.join(input, source));
    const fail = (reason: string) => {
      report.failed.push({source, reason});
      log(`[${i + 1}/${files.length}] ${shown} … failed: ${reason}`);
    };
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(path.join(input, source));
    } catch (err) {
      return fail(`cannot read: ${(err as Error).message}`);
    }
    // Same bytes under two names would land every fact twice; the first in path order is the one kept.
    const hash = docIdOf(bytes);
    const first = firstByHash.get(hash);
    if (first !== undefined) return fail(`duplicate of ${first}`);
    firstByHash.set(hash, source);

    const result = extractInput(bytes, source, ref, opts.isSynthetic || isSyntheticFile(path.join(input, source)));
    if (!result.ok) return fail(result.reason);
    const ex = result.extraction;
    extractions.push(ex);
    const {doc_id, unit, year} = ex.document;
    report.landed.push({source, doc_id, unit, year, facts: ex.facts.length, unplaced: ex.unplaced.length});
    report.facts += ex.facts.length;
    report.unplaced += ex.unplaced.length;
    log(`[${i + 1}/${files.length}] ${shown} … ${ex.facts.length} facts`);
  });
  report.timing_ms.extract = lap();

  const arrowDir = path.join(buildDir, "arrow");
  writeArrowTables(arrowDir, extractionsToArrow(extractions));
  report.timing_ms.arrow = lap();

  await buildWarehouse({
    arrowDir,
    referenceDir,
    dbPath: db,
    // Models and checks run inside the warehouse being built, so a failing model leaves the old one in place.
    afterLoad: async (conn) => {
      await runModels(conn);
      const rows = (await conn.runAndReadAll("select severity, count(*)::INTEGER as n from findings group by 1 order by 1")).getRowObjectsJson();
      report.findings = Object.fromEntries(rows.map((r) => [String(r.severity), Number(r.n)]));
    },
  });
  report.timing_ms.load = lap();

  writeFileAtomic(path.join(buildDir, "run-report.json"), JSON.stringify(report, null, 2) + "\n");
  for (const line of summaryLines(report)) log(line);
  log(`warehouse ${displayPath(db)} · report ${displayPath(path.join(buildDir, "run-report.json"))}`);
  return report;
}

/** Paths as the user would type them: relative to the working directory when inside it. */
function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
}
