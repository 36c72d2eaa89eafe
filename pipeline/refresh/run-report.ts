/** What a refresh did, file by file: written to `<buildDir>/run-report.json` and summarised on the console. */
import type {CheckError} from "../models/run-models.ts";
import type {SkippedPath} from "./list-inputs.ts";
import type {FileStatus} from "./plan.ts";

export interface LandedFile {
  source: string;
  doc_id: string;
  unit: string | null;
  year: number | null;
  /** budget (预算) or final (决算); null when the document does not say. */
  kind: string | null;
  /** department (部门) or unit (单位) scope; null when the document does not say. */
  scope: string | null;
  /** What identification was unsure of (a name read from one place only, a year missing …); empty when sure. */
  identity_warnings: string[];
  facts: number;
  unplaced: number;
  /** Amounts placed and left unplaced, in the narrative and in the tables (absent for an older cached extraction). */
  amounts?: {text: {placed: number; unplaced: number}; tables: {placed: number; unplaced: number; unrecognised_tables: number}};
  /** unchanged (extraction reused), added (new path), changed (a new version), reverted (an earlier version again). */
  status: FileStatus;
  /** Version of the document now current at this path (1, 2, …). */
  version: number;
}

export interface FailedFile {
  source: string;
  /** Why the file did not land, in words a reader can act on. */
  reason: string;
}

export interface RemovedDocument {
  /** The path whose file is gone; its document left the warehouse with every version. */
  document_key: string;
  doc_ids: string[];
  facts: number;
}

export interface RunReport {
  /** Files considered (sidecars, dotfiles and READMEs excluded). */
  files_seen: number;
  /** Files per outcome; `failed` files of documents already in the warehouse keep their previous versions. */
  files: Record<FileStatus | "removed" | "failed", number>;
  landed: LandedFile[];
  failed: FailedFile[];
  removed: RemovedDocument[];
  /** extracted: extractions run; skipped: reused from the cache (unchanged file, same extractor). */
  extraction: {extracted: number; skipped: number; fingerprint: string};
  /** Totals over landed files (the current versions). */
  facts: number;
  unplaced: number;
  /** The warehouse before and after: documents of every version, and facts added/removed with documents. */
  warehouse: {
    documents: number;
    versions: number;
    facts_before: number;
    facts_after: number;
    facts_added: number;
    facts_removed: number;
  };
  /** Facts that differ between a version loaded for the first time and the one it supersedes (see `revisions`). */
  revisions?: number;
  /** Findings of the SQL checks by severity (error, warning, info). */
  findings?: Record<string, number>;
  /** Paths under the input folder not read at all (FIFO, device, a symlink leading outside …), with why. */
  skipped: SkippedPath[];
  /** Checks that could not run (status 'error' in check_results); the warehouse landed without their verdict. */
  check_errors: CheckError[];
  /** Folder the exports were written to, when they were. */
  exports?: string;
  /** Why the exports failed after the warehouse was swapped in (the previous exports stay, whole). */
  exports_error?: string;
  /** For `refresh --shard K/N`: which shard ran, and the lake folder it wrote (no warehouse, no findings). */
  shard?: string;
  lake?: string;
  /** False when nothing had changed since the last clean refresh: the warehouse and exports were kept as they are. */
  rebuilt?: boolean;
  /** Wall time per stage in milliseconds; `load` covers loading the tables only, `models` and `checks` follow it. */
  timing_ms: {scan: number; extract: number; arrow: number; load: number; models: number; checks: number; export: number};
}

/** Short bilingual lines: Chinese first (the documents' language), English beside it for everyone else. */
export function summaryLines(r: RunReport): string[] {
  const f = r.files;
  const kept = r.rebuilt === false ? ["无变化 nothing changed since the last refresh: warehouse and exports kept as they are"] : [];
  const lines = [
    ...kept,
    ...(r.shard ? [`分片 shard ${r.shard} → ${r.lake}`] : []),
    `入库 ${r.landed.length} · 失败 ${r.failed.length} · 事实 ${r.facts} · 未归位 ${r.unplaced}`,
    `landed ${r.landed.length} · failed ${r.failed.length} · facts ${r.facts} · unplaced ${r.unplaced}`,
    `files ${r.files_seen}: added ${f.added} · changed ${f.changed} · reverted ${f.reverted} · unchanged ${f.unchanged} · removed ${f.removed} · failed ${f.failed}`,
    `extracted ${r.extraction.extracted}, skipped ${r.extraction.skipped}`,
  ];
  const w = r.warehouse;
  lines.push(
    `${r.shard ? "lake" : "warehouse"}: documents ${w.documents} · versions ${w.versions} · facts ${w.facts_before} → ${w.facts_after} (+${w.facts_added} −${w.facts_removed})`,
  );
  if (r.revisions) lines.push(`修订 revisions: ${r.revisions} facts changed in republished documents`);
  const unsure = r.landed.filter((x) => x.identity_warnings?.length || x.unit === null || x.year === null || x.kind === null);
  if (unsure.length) {
    lines.push(
      `身份存疑 identity uncertain:`,
      ...unsure.map((x) => `  ? ${x.source}: ${[x.unit ?? "单位未识别", x.year ?? "年度未识别", x.kind === "final" ? "决算" : x.kind === "budget" ? "预算" : "类型未识别"].join(" ")}${x.identity_warnings?.length ? ` — ${x.identity_warnings.join("；")}` : ""}`),
    );
  }
  if (r.failed.length) {
    lines.push(`失败文件 failed files:`, ...r.failed.map((x) => `  ✗ ${x.source}: ${x.reason}`));
  }
  if (r.skipped?.length) {
    lines.push(`跳过 skipped:`, ...r.skipped.map((x) => `  · ${x.source}: ${x.reason}`));
  }
  if (r.check_errors?.length) {
    lines.push(`核对出错 check errors:`, ...r.check_errors.map((x) => `  ✗ ${x.rule_id}: ${x.message}`));
  }
  if (r.exports_error) lines.push(`导出失败 exports failed (the warehouse was updated): ${r.exports_error}`);
  if (r.removed.length) {
    lines.push(`移除 removed:`, ...r.removed.map((x) => `  − ${x.document_key} (${x.facts} facts)`));
  }
  if (r.findings) {
    const g = r.findings;
    lines.push(`发现 findings: error ${g.error ?? 0} · warning ${g.warning ?? 0} · info ${g.info ?? 0}`);
  }
  const t = r.timing_ms;
  lines.push(
    `用时 time: scan ${t.scan} ms · extract ${t.extract} ms · arrow ${t.arrow} ms · load ${t.load} ms · models ${t.models} ms · checks ${t.checks} ms · export ${t.export} ms`,
  );
  return lines;
}
