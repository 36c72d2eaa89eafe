/** Assembles the run report from what each stage returned; counts only, no decisions. */
import type {Landing} from "./land.ts";
import type {LoadResult} from "./load-stage.ts";
import type {Plan} from "./plan.ts";
import type {Previous} from "./previous.ts";
import type {RunReport} from "./run-report.ts";
import type {ScannedFile} from "./scan.ts";

export interface ReportInputs {
  scanned: ScannedFile[];
  plan: Plan;
  landing: Landing;
  previous: Previous;
  loaded: LoadResult;
  fingerprint: string;
  /** Shared, not copied: the export stage's time is filled in after the report is built. */
  timing: RunReport["timing_ms"];
}

export function buildReport({scanned, plan, landing, previous, loaded, fingerprint, timing}: ReportInputs): RunReport {
  const factsNow = new Map(landing.extractions.map((ex) => [ex.document.doc_id, ex.facts.length]));
  const sum = (m: Map<string, number>, skip: Map<string, number>) =>
    [...m].reduce((n, [doc, facts]) => n + (skip.has(doc) ? 0 : facts), 0);
  const files = {added: 0, changed: 0, reverted: 0, unchanged: 0, removed: plan.removed.length, failed: 0};
  for (const f of landing.landed) files[f.status]++;
  files.failed = new Set(landing.failed.map((f) => f.source)).size;
  const newDocs = landing.landed.filter((f) => f.status === "changed").map((f) => f.doc_id);
  return {
    files_seen: scanned.length,
    files,
    landed: landing.landed,
    // Path order (code units), like everything else in the report.
    failed: [...landing.failed].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)),
    removed: plan.removed.map((r) => ({
      document_key: r.document_key,
      doc_ids: r.versions.map((v) => v.doc_id),
      facts: r.versions.reduce((n, v) => n + (previous.factsByDoc.get(v.doc_id) ?? 0), 0),
    })),
    extraction: {extracted: landing.extracted, skipped: landing.skipped, fingerprint},
    facts: landing.landed.reduce((n, f) => n + f.facts, 0),
    unplaced: landing.landed.reduce((n, f) => n + f.unplaced, 0),
    warehouse: {
      documents: loaded.documents,
      versions: loaded.versions,
      facts_before: [...previous.factsByDoc.values()].reduce((a, b) => a + b, 0),
      facts_after: loaded.facts,
      facts_added: sum(factsNow, previous.factsByDoc),
      facts_removed: sum(previous.factsByDoc, factsNow),
    },
    revisions: newDocs.reduce((n, doc) => n + (loaded.revisionsByDoc.get(doc) ?? 0), 0),
    findings: loaded.findings,
    skipped: [],
    check_errors: loaded.checkErrors,
    timing_ms: timing,
  };
}
