/** The ground truth written beside a synthetic corpus: what each document states, and what was wrong on purpose. */
import type {Basis, Measure} from "../types.ts";
import type {Template} from "./template.ts";

export type AnomalyRule =
  | "identity_sum"
  | "share_mismatch"
  | "prior_year_mismatch"
  | "function_path"
  | "stale_name"
  | "conflicting_mentions"
  | "three_public_jump"
  | "unit_scale"
  | "change_without_reason";

export const ANOMALY_RULES: AnomalyRule[] = [
  "identity_sum",
  "share_mismatch",
  "prior_year_mismatch",
  "function_path",
  "stale_name",
  "conflicting_mentions",
  "three_public_jump",
  "unit_scale",
  "change_without_reason",
];

/** A fact as the document states it (first mention; a later disagreeing mention is a `conflicting_mentions`). */
export interface ManifestFact {
  key: string;
  basis: Basis | null;
  code: string | null;
  parent: string | null;
  label: string | null;
  /** Decimal string exactly as written (万元 for money, the count for counts, percent for coverage). */
  amount: string;
  /** The share stated beside the amount ("占16.99%"), percent, or absent. */
  share_pct?: string;
  /** A 决算's figure (actual, budget_initial); absent for a budget document's 预算数. */
  measure?: Measure;
}

export interface ManifestChange {
  key: string;
  basis: Basis | null;
  compare_year: number;
  delta: string;
  prior: string;
  /** Signed amounts of the stated reasons, in order (absent when no reason states an amount). */
  reasons?: string[];
  /** The prior's figure where the text names it (execution_estimate for 预算执行数, actual for 比上年决算). */
  prior_measure?: Measure;
}

export interface ManifestAnomaly {
  rule: AnomalyRule;
  key: string;
  code?: string;
  detail: string;
}

export interface ManifestDocument {
  /** Relative to the corpus folder, "/" separated. */
  path: string;
  unit: string;
  year: number;
  /** The real template the document is written in, and the kind of disclosure it is. */
  template: Template;
  kind: "budget" | "final";
  doc_id: string;
  facts: ManifestFact[];
  changes: ManifestChange[];
  anomalies: ManifestAnomaly[];
  /** Anomalies drawn for the document that its template has no sentence for, with why (the next rule was tried). */
  skipped?: {rule: AnomalyRule; reason: string}[];
}

export interface Manifest {
  generator: "gongkai synth";
  seed: number;
  anomaly_rate: number;
  documents: ManifestDocument[];
}
