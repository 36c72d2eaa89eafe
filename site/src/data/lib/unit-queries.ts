/**
 * The SELECTs behind data/units.tar (one JSON per unit). Each returns a unit_slug column for grouping; the pages
 * pick what to draw. Amounts stay exact decimal strings.
 */
import {FLAGGED_CTE, unitSlug} from "./queries.ts";

export const UNIT_QUERIES = {
  documents: `
SELECT ${unitSlug("unit")} AS unit_slug, doc_id, source, year, kind, published, region, is_synthetic
FROM documents WHERE unit IS NOT NULL
ORDER BY unit, year, kind, doc_id`,

  /** The headline series of each year (yoy_change: this year, last year, stated change). */
  series: `
WITH ${FLAGGED_CTE}
SELECT ${unitSlug("y.unit_name")} AS unit_slug, y.fiscal_year, y.prior_year, y.doc_kind, y.is_synthetic, y.doc_id, y.key,
       y.basis, y.measure, y.code, y.label, y.amount, y.prior_amount, y.computed_delta, y.computed_pct, y.stated_delta,
       y.stated_pct, y.status, fl.finding_id AS flag_finding, fl.rules AS flag_rules, fl.finding_id IS NOT NULL AS flagged
FROM yoy_change y
LEFT JOIN flagged fl ON fl.doc_id = y.doc_id AND fl.key = y.key AND fl.code IS NOT DISTINCT FROM y.code
WHERE y.key IN ('income.total', 'expenditure.total', 'expenditure.basic', 'expenditure.project', 'operating_cost')
   OR y.key LIKE 'three_public.%'
ORDER BY y.unit_name, y.key, y.basis NULLS FIRST, y.measure NULLS FIRST, y.code NULLS FIRST, y.doc_kind, y.fiscal_year`,

  functions: `
SELECT ${unitSlug("unit_name")} AS unit_slug, fiscal_year, doc_kind, is_synthetic, doc_id, basis, measure, code,
       class_name, label, amount, share_pct_of_classes, share_pct_of_total, classes_status, total_status
FROM composition_function
WHERE basis = 'total'
ORDER BY unit_name, doc_kind, fiscal_year, measure NULLS FIRST, code`,

  economic: `
SELECT ${unitSlug("unit_name")} AS unit_slug, fiscal_year, doc_kind, is_synthetic, doc_id, basis, measure,
       econ_class, class_name, n_items, amount, share_pct_of_basic, status
FROM composition_economic
ORDER BY unit_name, doc_kind, fiscal_year, basis, measure NULLS FIRST, econ_class`,

  waterfall: `
SELECT ${unitSlug("unit_name")} AS unit_slug, doc_id, change_id, fiscal_year, doc_kind, is_synthetic, key, basis,
       code, label, prior_year, change_delta, step, step_kind, reason_ordinal, reason_text, amount, running_total,
       status
FROM change_waterfall
ORDER BY unit_name, fiscal_year DESC, doc_id, change_id, step`,

  unionFee: `
SELECT ${unitSlug("unit_name")} AS unit_slug, fiscal_year, doc_kind, is_synthetic, doc_id, item_labels, amount,
       prior_amount, computed_change, reason_text, reason_delta, change, source, status
FROM union_fee_change
ORDER BY unit_name, doc_kind, fiscal_year`,

  findings: `
SELECT ${unitSlug("d.unit")} AS unit_slug, f.rule_id, f.severity, f.status, f.doc_id, d.year, d.is_synthetic,
       f.key, f.code, f.message, f.span_start, f.span_end, f.quote
FROM findings f JOIN documents d USING (doc_id)
WHERE d.unit IS NOT NULL
ORDER BY d.unit, CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, d.year, f.rule_id,
         f.span_start NULLS LAST, f.message`,
} as const;
