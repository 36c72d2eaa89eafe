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

  /**
   * 一般公共预算支出 by function at every level the document states (类 3 digits, 款 5, 项 7), for the drill-down.
   * A 款 the document leaves out while stating its 项 is their sum (derived = true, DECIMAL, exact), and so is a 类
   * left out while its 款 are there; share_of_parent_pct is the line's exact share of the line above it (a 类's, of
   * the sum of the document's 类).
   */
  functionTree: `
WITH stated AS (
  SELECT unit_name, fiscal_year, doc_kind, is_synthetic, doc_id, code, label, amount
  FROM int_series_yearly
  WHERE key = 'expenditure.function' AND basis = 'general_budget' AND measure IS NULL AND amount IS NOT NULL
    AND length(code) IN (3, 5, 7)
),
kuan AS (
  SELECT unit_name, fiscal_year, doc_kind, is_synthetic, doc_id, left(code, 5) AS code, NULL AS label, sum(amount) AS amount
  FROM stated s WHERE length(code) = 7
    AND NOT EXISTS (SELECT 1 FROM stated k WHERE k.doc_id = s.doc_id AND k.code = left(s.code, 5))
  GROUP BY ALL
),
lei AS (
  SELECT unit_name, fiscal_year, doc_kind, is_synthetic, doc_id, left(code, 3) AS code, NULL AS label, sum(amount) AS amount
  FROM (SELECT * FROM stated WHERE length(code) = 5 UNION ALL SELECT * FROM kuan) s
  WHERE NOT EXISTS (SELECT 1 FROM stated c WHERE c.doc_id = s.doc_id AND c.code = left(s.code, 3))
  GROUP BY ALL
),
lines AS (
  SELECT *, false AS derived FROM stated
  UNION ALL SELECT *, true FROM kuan
  UNION ALL SELECT *, true FROM lei
)
SELECT ${unitSlug("l.unit_name")} AS unit_slug, l.fiscal_year, l.doc_kind, l.is_synthetic, l.doc_id, l.code,
       CASE length(l.code) WHEN 3 THEN '类' WHEN 5 THEN '款' ELSE '项' END AS level,
       CASE length(l.code) WHEN 3 THEN NULL WHEN 5 THEN left(l.code, 3) ELSE left(l.code, 5) END AS parent_code,
       coalesce(r.name, l.label) AS name, l.label, l.amount, l.derived,
       exact_pct(l.amount, coalesce(p.amount, c.classes_sum)) AS share_of_parent_pct
FROM lines l
LEFT JOIN ref_function_classification r ON r.code = l.code
LEFT JOIN lines p ON p.doc_id = l.doc_id
 AND p.code = CASE length(l.code) WHEN 5 THEN left(l.code, 3) WHEN 7 THEN left(l.code, 5) END
LEFT JOIN (SELECT doc_id, sum(amount) AS classes_sum FROM lines WHERE length(code) = 3 GROUP BY doc_id) c
  ON c.doc_id = l.doc_id AND length(l.code) = 3
ORDER BY l.unit_name, l.doc_kind, l.fiscal_year, l.code`,

  /** The unit's ratios against its peer group's median (peers), with the value flags of the numerator and total. */
  peers: `
WITH ${FLAGGED_CTE}
SELECT ${unitSlug("p.unit_name")} AS unit_slug, p.fiscal_year, p.doc_kind, p.is_synthetic, p.doc_id, p.metric,
       p.peer_group, p.numerator_amount, p.expenditure_total, p.ratio_pct, p.median_pct, p.rank, p.n_peers,
       p.n_synthetic_peers, p.status, coalesce(fn.finding_id, ft.finding_id) AS flag_finding,
       (fn.finding_id IS NOT NULL OR ft.finding_id IS NOT NULL) AS flagged
FROM peers p
LEFT JOIN flagged fn ON fn.doc_id = p.doc_id AND fn.key = p.numerator_key AND fn.code IS NULL
LEFT JOIN flagged ft ON ft.doc_id = p.doc_id AND ft.key = 'expenditure.total' AND ft.code IS NULL
ORDER BY p.unit_name, p.metric, p.doc_kind, p.fiscal_year`,

  /**
   * Budget against final account, line by line (the budget_execution mart): each line of a 决算 with a budget, its
   * 年初预算 (the year's 预算 document where there is one, else the 决算's own column), 调整预算, 决算 and the exact
   * execution rate. Nothing is computed here.
   */
  budgetFinal: `
SELECT ${unitSlug("unit_name")} AS unit_slug, fiscal_year, key, basis, code, item_label, label, budget_doc_id,
       final_doc_id, is_synthetic, budget_initial, budget_initial_source, budget_adjusted, actual, actual_minus_budget,
       execution_rate_pct, execution_rate_adjusted_pct, rate_stated_pct, status
FROM budget_execution
WHERE actual IS NOT NULL AND (budget_initial IS NOT NULL OR budget_adjusted IS NOT NULL)
ORDER BY unit_name, fiscal_year, key, basis NULLS FIRST, code NULLS FIRST, item_label NULLS FIRST`,

  waterfall: `
SELECT ${unitSlug("unit_name")} AS unit_slug, doc_id, change_id, fiscal_year, doc_kind, is_synthetic, key, basis,
       code, label, prior_year, change_delta, step, step_kind, reason_ordinal, reason_text, amount, running_total,
       status
FROM change_waterfall
ORDER BY unit_name, fiscal_year DESC, doc_id, change_id, step`,

  lineChanges: `
SELECT ${unitSlug("unit_name")} AS unit_slug, fiscal_year, doc_kind, is_synthetic, doc_id, key, code, line_label,
       amount, prior_amount, computed_change, reason_text, reason_delta, stated_minus_computed, n_lines_named, change,
       source, status, status_reason
FROM line_change_explained
ORDER BY unit_name, doc_kind, fiscal_year, key, code NULLS FIRST, line_label`,

  findings: `
SELECT ${unitSlug("d.unit")} AS unit_slug, f.rule_id, f.severity, f.status, f.doc_id, d.year, d.is_synthetic,
       f.key, f.code, f.message, f.span_start, f.span_end, f.quote
FROM findings f JOIN documents d USING (doc_id)
WHERE d.unit IS NOT NULL
ORDER BY d.unit, CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, d.year, f.rule_id,
         f.span_start NULLS LAST, f.message`,
} as const;
