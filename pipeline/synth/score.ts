/**
 * Precision and recall of the checks against the corpus's labelled anomalies. A finding is a true positive when it
 * names an anomaly's document, rule and key (or a key the same error shows under); findings of a scored rule that
 * match no anomaly are false positives, counted once per (document, key). Rules with no anomaly type (negative_prior,
 * operating_cost_vs_public …) are not scored.
 */
import type {AnomalyRule, Manifest, ManifestAnomaly, ManifestDocument} from "./manifest.ts";
import {ANOMALY_RULES} from "./manifest.ts";

export interface Finding {
  rule_id: string;
  doc_id: string | null;
  key: string | null;
}

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

/** A check's rule_id → the anomaly type it detects (identity checks all detect identity_sum). */
export function anomalyRuleOf(ruleId: string): AnomalyRule | null {
  if (ruleId.startsWith("identity_")) return "identity_sum";
  if (ruleId === "share_matches_amount") return "share_mismatch";
  return (ANOMALY_RULES as string[]).includes(ruleId) ? (ruleId as AnomalyRule) : null;
}

/** Keys under which a check may report the same error (a list's total, its items, a 三公 line's two names). */
function acceptedKeys(a: ManifestAnomaly): Set<string> {
  const keys = new Set([a.key]);
  if (a.rule === "identity_sum") {
    if (a.code === "2012901") keys.add("function_detail");
    else if (a.key === "expenditure.function") keys.add("project.item");
    else keys.add("basic.item").add("expenditure.basic");
  }
  if (a.key === "three_public.vehicle") keys.add("three_public.vehicle_operation");
  // The total's change is restated, without its reason, as the 财政拨款 and 一般公共预算 totals.
  if (a.rule === "change_without_reason" && a.key === "income.total") keys.add("income.fiscal").add("expenditure.total").add("income.general_budget");
  // A line that jumps carries the 三公 total with it.
  if (a.rule === "three_public_jump") keys.add("three_public.total");
  return keys;
}

/**
 * Findings an anomaly causes in the NEXT year's document, which are right but not the label: a one-year 三公 spike
 * also drops back (a jump the other way), and an amount written in 元 makes next year's change imply another prior.
 */
function echoes(docs: ManifestDocument[]): Set<string> {
  const byUnitYear = new Map(docs.map((d) => [`${d.unit}|${d.year}`, d]));
  const out = new Set<string>();
  for (const d of docs) {
    const next = byUnitYear.get(`${d.unit}|${d.year + 1}`);
    if (!next) continue;
    for (const a of d.anomalies) {
      if (a.rule === "three_public_jump") for (const k of acceptedKeys(a)) out.add(`three_public_jump|${next.doc_id}|${k}`);
      if (a.rule === "unit_scale") out.add(`prior_year_mismatch|${next.doc_id}|${a.key}`);
    }
  }
  return out;
}

export function scoreFindings(manifest: Manifest, findings: Finding[]): Record<AnomalyRule, RuleScore> {
  const docs = new Set(manifest.documents.map((d) => d.doc_id));
  const excused = echoes(manifest.documents);
  const scored = findings
    .map((f) => ({...f, rule: anomalyRuleOf(f.rule_id)}))
    .filter((f): f is Finding & {rule: AnomalyRule; doc_id: string} => f.rule !== null && f.doc_id !== null && docs.has(f.doc_id));
  const used = new Set<string>();
  const out = {} as Record<AnomalyRule, RuleScore>;
  for (const rule of ANOMALY_RULES) out[rule] = {tp: 0, fp: 0, fn: 0, precision: null, recall: null};
  for (const d of manifest.documents) {
    for (const a of d.anomalies) {
      const keys = acceptedKeys(a);
      const hits = scored.filter((f) => f.rule === a.rule && f.doc_id === d.doc_id && (f.key === null || keys.has(f.key)));
      hits.forEach((h) => used.add(`${h.rule}|${h.doc_id}|${h.key}`));
      if (hits.length) out[a.rule].tp++;
      else out[a.rule].fn++;
    }
  }
  const falses = new Set(scored.map((f) => `${f.rule}|${f.doc_id}|${f.key}`).filter((k) => !used.has(k) && !excused.has(k)));
  for (const k of falses) out[k.split("|")[0] as AnomalyRule].fp++;
  for (const s of Object.values(out)) {
    s.precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : null;
    s.recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : null;
  }
  return out;
}
