/**
 * The SELECTs behind the loaders. Loaders only select, join for names and order: what a number means is decided
 * in sql/ (models and checks). Every query has a total ORDER BY so outputs are deterministic.
 *
 * A unit's URL slug is its readable name (unit-slug.ts), the same in every loader and in the config's dynamic paths
 * (all of them use `unitSlug`).
 */
import {unitSlug} from "./unit-slug.ts";

export {unitSlug};

/**
 * Values the checks say are wrong, so charts, rankings and change lists must not draw them as data: the facts
 * (doc_id, key, code) of every failed finding of severity error, and of unit_scale (an amount in 元 written as 万元
 * is a wrong value whatever its severity). One row per flagged value, with the finding_id its links point at.
 * Keep the rule list in step with VALUE_RULES in components/labels.js.
 */
export const FLAGGED_CTE = `
flagged AS (
  SELECT f.doc_id, f.key, f.code, min(x.finding_id) AS finding_id, string_agg(DISTINCT f.rule_id, ',' ORDER BY f.rule_id) AS rules
  FROM findings f
  JOIN (SELECT row_number() OVER (ORDER BY doc_id, span_start NULLS LAST, rule_id, key, code, message)::INTEGER AS finding_id,
               doc_id, span_start, rule_id, key, code, message FROM findings) x
    ON x.doc_id = f.doc_id AND x.span_start IS NOT DISTINCT FROM f.span_start AND x.rule_id = f.rule_id
   AND x.key IS NOT DISTINCT FROM f.key AND x.code IS NOT DISTINCT FROM f.code AND x.message = f.message
  WHERE f.status = 'fail' AND (f.severity = 'error' OR f.rule_id = 'unit_scale') AND f.key IS NOT NULL
  GROUP BY f.doc_id, f.key, f.code
)`;

/** Flag columns for a yoy_change row aliased `y`: its value or its prior year's value is flagged. */
const FLAG_COLUMNS = `
       fl.finding_id AS flag_finding, fl.rules AS flag_rules, pf.finding_id AS prior_flag_finding,
       (fl.finding_id IS NOT NULL OR pf.finding_id IS NOT NULL) AS flagged`;
const FLAG_JOINS = `
LEFT JOIN flagged fl ON fl.doc_id = y.doc_id AND fl.key = y.key AND fl.code IS NOT DISTINCT FROM y.code
LEFT JOIN flagged pf ON pf.doc_id = y.prior_doc_id AND pf.key = y.key AND pf.code IS NOT DISTINCT FROM y.code`;

/** One row per document, without its text, with counts of what was extracted from it and found in it. */
export const DOCUMENTS_SQL = `
SELECT d.doc_id, d.source, d.unit, ${unitSlug("d.unit")} AS unit_slug, d.year, d.kind, d.published, d.region,
       d.region_level, d.is_synthetic,
       (SELECT count(*) FROM facts f WHERE f.doc_id = d.doc_id)::INTEGER AS fact_count,
       (SELECT count(*) FROM unplaced u WHERE u.doc_id = d.doc_id)::INTEGER AS unplaced_count,
       (SELECT count(*) FROM findings x WHERE x.doc_id = d.doc_id)::INTEGER AS finding_count
FROM documents d
ORDER BY d.year NULLS LAST, d.region NULLS LAST, d.unit NULLS LAST, d.kind NULLS LAST, d.doc_id`;

/** A unit's latest document first, in a total order (year, kind, doc_id), so ties cannot flip its region. */
const LATEST = "ORDER BY year DESC NULLS LAST, kind DESC NULLS LAST, doc_id DESC";

/** Units (documents with a unit name), with their years and whether any of their documents is real. */
export const UNITS_SQL = `
SELECT unit AS name, ${unitSlug("unit")} AS slug, any_value(region ${LATEST}) AS region,
       any_value(region_level ${LATEST}) AS region_level,
       list(DISTINCT year ORDER BY year) AS years, count(*)::INTEGER AS documents,
       bool_or(NOT is_synthetic) AS has_real, bool_and(is_synthetic) AS all_synthetic
FROM documents
WHERE unit IS NOT NULL
GROUP BY unit
ORDER BY any_value(region_level ${LATEST}) = 'county', region NULLS LAST, name`;

/** Every finding, with the identity of its document and a stable id for links. */
export const FINDINGS_SQL = `
SELECT row_number() OVER (ORDER BY f.doc_id, f.span_start NULLS LAST, f.rule_id, f.key, f.code, f.message)::INTEGER AS finding_id,
       f.rule_id, f.severity, f.status, f.doc_id, d.unit, ${unitSlug("d.unit")} AS unit_slug, d.year, d.kind,
       d.region_level, d.is_synthetic, f.key, f.code, f.expected, f.actual, f.difference, f.message,
       f.span_start, f.span_end, f.quote
FROM findings f
LEFT JOIN documents d USING (doc_id)
ORDER BY finding_id`;

/**
 * Year-over-year rows of the headline series (function classes on basis total only), with the unit's slug.
 * county_share_pct (县域's 占各县合计) is the mart's.
 */
export const YOY_SQL = `
WITH ${FLAGGED_CTE}
SELECT y.unit_name, ${unitSlug("y.unit_name")} AS unit_slug, y.doc_kind, y.fiscal_year, y.prior_year, y.is_synthetic,
       d.region_level, y.doc_id, y.key, y.basis, y.measure, y.code, y.label, y.amount, y.prior_amount,
       y.computed_delta, y.computed_pct, y.stated_delta, y.stated_pct, y.stated_minus_computed, y.status,
       y.county_share_pct,${FLAG_COLUMNS}
FROM yoy_change y
LEFT JOIN documents d USING (doc_id)${FLAG_JOINS}
WHERE y.key <> 'expenditure.function' OR y.basis = 'total'
ORDER BY y.key, y.basis NULLS FIRST, y.code NULLS FIRST, y.measure NULLS FIRST, y.unit_name, y.doc_kind, y.fiscal_year`;

/**
 * The data file of a series (its rows of YOY_SQL, in `_data/series/<file>.json`): key~basis~code, a name that is
 * stable across builds and safe in a path (codes are digits, keys and bases words and dots).
 */
const SERIES_FILE = (alias: string) =>
  `regexp_replace(${alias}.key || '~' || coalesce(${alias}.basis, '') || '~' || coalesce(${alias}.code, ''), '[^\\w.~-]', '-', 'g')`;

/** YOY_SQL's rows of the latest figures (measure NULL: 预算数 or 决算数), each with its series' file. */
export const SERIES_ROWS_SQL = `SELECT y.*, ${SERIES_FILE("y")} AS series_file FROM (${YOY_SQL}) y WHERE y.measure IS NULL`;

/**
 * What the 年度, 县域 and 对比 pages choose from before they fetch a series (`_data/series/<file>.json`) or a
 * unit's rows (`_data/yoy/<slug>.json`): each series of SERIES_ROWS_SQL with the label of its last row (as the pages
 * showed it when they read every row) and whether county units state it; the units with rows (and whether any of
 * their rows is real); the years of county rows; and the peer_outlier findings (doc_id|key) that 县域 marks, so it
 * need not read every finding.
 */
export const SERIES_INDEX_QUERIES = {
  series: `
SELECT series_file AS file, key, basis, code,
       last(label ORDER BY unit_name, doc_kind, fiscal_year) AS label,
       bool_or(region_level = 'county') AS county, count(*)::INTEGER AS n
FROM (${SERIES_ROWS_SQL})
GROUP BY series_file, key, basis, code
ORDER BY key, basis NULLS FIRST, code NULLS FIRST`,
  units: `
SELECT unit_name AS name, unit_slug AS slug, bool_or(NOT is_synthetic) AS has_real
FROM (${SERIES_ROWS_SQL}) GROUP BY unit_name, unit_slug ORDER BY name`,
  countyYears: `
SELECT DISTINCT fiscal_year FROM (${SERIES_ROWS_SQL}) WHERE region_level = 'county' ORDER BY fiscal_year DESC`,
  peerOutliers: `
SELECT DISTINCT doc_id || '|' || key AS id FROM findings WHERE rule_id = 'peer_outlier' AND key IS NOT NULL ORDER BY id`,
} as const;

/** Peer ratios of every latest document: ratio_pct and median_pct (exact, for display) and the DOUBLEs used for scoring. */
export const PEERS_SQL = `
WITH ${FLAGGED_CTE}
SELECT p.fiscal_year, p.doc_kind, p.peer_group, p.unit_name, ${unitSlug("p.unit_name")} AS unit_slug, d.region_level,
       p.is_synthetic, p.doc_id, p.metric, p.numerator_key, p.numerator_amount, p.expenditure_total, p.ratio_pct,
       p.ratio_double, p.rank, p.n_peers, p.median_pct, p.median_double, p.robust_z, p.status,
       coalesce(fn.finding_id, ft.finding_id) AS flag_finding, (fn.finding_id IS NOT NULL OR ft.finding_id IS NOT NULL) AS flagged
FROM peers p
LEFT JOIN documents d USING (doc_id)
LEFT JOIN flagged fn ON fn.doc_id = p.doc_id AND fn.key = p.numerator_key AND fn.code IS NULL
LEFT JOIN flagged ft ON ft.doc_id = p.doc_id AND ft.key = 'expenditure.total' AND ft.code IS NULL
ORDER BY p.metric, p.fiscal_year, p.doc_kind, p.rank NULLS LAST, p.unit_name`;

/**
 * The largest stated-document moves: headline series (basis total or none) by absolute computed change. The 15
 * largest whose values the checks do not flag, plus every flagged move ranked above the 15th (the page hides those
 * unless asked, and says how many it hid).
 */
export const MOVES_SQL = `
WITH ${FLAGGED_CTE},
ranked AS (
  SELECT y.unit_name, ${unitSlug("y.unit_name")} AS unit_slug, y.fiscal_year, y.prior_year, y.is_synthetic, y.doc_id,
         y.key, y.basis, y.code, y.label, y.amount, y.prior_amount, y.computed_delta, y.computed_pct, y.stated_delta,${FLAG_COLUMNS},
         row_number() OVER (PARTITION BY (fl.finding_id IS NOT NULL OR pf.finding_id IS NOT NULL)
                            ORDER BY abs(y.computed_delta) DESC, y.unit_name, y.fiscal_year, y.key, y.code NULLS FIRST) AS rank_in_kind
  FROM yoy_change y${FLAG_JOINS}
  WHERE y.computed_delta IS NOT NULL AND coalesce(y.basis, 'total') = 'total' AND y.measure IS NULL
)
SELECT * EXCLUDE (rank_in_kind)
FROM ranked
WHERE (NOT flagged AND rank_in_kind <= 15)
   OR (flagged AND abs(computed_delta) >= (SELECT min(abs(computed_delta)) FROM ranked WHERE NOT flagged AND rank_in_kind <= 15))
ORDER BY abs(computed_delta) DESC, unit_name, fiscal_year, key, code NULLS FIRST`;

/**
 * The overview's headline: every unit's stated 支出总计 (basis total) over the years, flagged values marked, and
 * for each stated change of that line (any basis, 收支总计 first) its largest stated reason (by absolute amount) from
 * change_waterfall.
 */
export const HEADLINE_SQL = `
WITH ${FLAGGED_CTE}
SELECT y.unit_name, ${unitSlug("y.unit_name")} AS unit_slug, y.fiscal_year, y.prior_year, y.is_synthetic, y.doc_id,
       y.key, y.amount, y.prior_amount, y.computed_delta, y.stated_delta,${FLAG_COLUMNS},
       r.reason_text AS top_reason, r.amount AS top_reason_amount, r.change_delta AS explained_change
FROM yoy_change y${FLAG_JOINS}
LEFT JOIN (
  SELECT doc_id, key, reason_text, amount, change_delta
  FROM change_waterfall
  WHERE step_kind = 'reason' AND amount IS NOT NULL
  -- A change may be stated for one basis only (the seed states its −2,336.67 for 一般公共预算): prefer 收支总计.
  QUALIFY row_number() OVER (PARTITION BY doc_id, key ORDER BY basis = 'total' DESC, abs(amount) DESC, change_id, reason_ordinal) = 1
) r ON r.doc_id = y.doc_id AND r.key = y.key
WHERE y.key = 'expenditure.total' AND y.basis = 'total' AND y.measure IS NULL AND y.amount IS NOT NULL
ORDER BY y.unit_name, y.doc_kind, y.fiscal_year`;

/** Sum of the stated 收支总计 (expenditure.total, basis total) of the latest documents, by year and origin. */
export const YEAR_TOTALS_SQL = `
SELECT fiscal_year, is_synthetic, count(*)::INTEGER AS units, sum(amount) AS expenditure_total
FROM yoy_change
WHERE key = 'expenditure.total' AND basis = 'total' AND measure IS NULL AND amount IS NOT NULL
GROUP BY fiscal_year, is_synthetic
ORDER BY fiscal_year, is_synthetic`;

/** Findings counted by severity and by rule. */
export const FINDING_COUNTS_SQL = `
SELECT severity, rule_id, status, count(*)::INTEGER AS n
FROM findings
GROUP BY severity, rule_id, status
ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, rule_id, status`;

/** Where the anomalies are: failed findings (insufficient_data is coverage, not a finding) per unit by severity. */
export const ANOMALIES_SQL = `
SELECT d.unit AS unit_name, ${unitSlug("d.unit")} AS unit_slug, bool_and(d.is_synthetic) AS all_synthetic,
       count(*) FILTER (WHERE f.severity = 'error')::INTEGER AS errors,
       count(*) FILTER (WHERE f.severity = 'warning')::INTEGER AS warnings,
       count(*) FILTER (WHERE f.severity = 'info')::INTEGER AS infos,
       count(*)::INTEGER AS n
FROM findings f JOIN documents d USING (doc_id)
WHERE f.status = 'fail' AND d.unit IS NOT NULL
GROUP BY d.unit
ORDER BY errors DESC, warnings DESC, infos DESC, unit_name`;

/** The check rules, as the SQL files describe them: title and summary (NULL if the file has none) for readers. */
export const RULES_SQL = `SELECT rule_id, severity, title, summary, description, path FROM check_rules ORDER BY rule_id`;
