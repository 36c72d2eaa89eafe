/** The ground truth written beside a synthetic corpus: what each document states, and what was wrong on purpose. */
import type {Basis} from "../types.ts";

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
}

export interface ManifestChange {
  key: string;
  basis: Basis | null;
  compare_year: number;
  delta: string;
  prior: string;
  /** Signed amounts of the stated reasons, in order (absent when no reason states an amount). */
  reasons?: string[];
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
  doc_id: string;
  facts: ManifestFact[];
  changes: ManifestChange[];
  anomalies: ManifestAnomaly[];
}

export interface Manifest {
  generator: "gongkai synth";
  seed: number;
  anomaly_rate: number;
  documents: ManifestDocument[];
}
