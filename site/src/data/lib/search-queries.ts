/** The SELECTs behind data/search.json: the three kinds of thing the search box finds. */
import {unitSlug} from "./queries.ts";

export const SEARCH_QUERIES = {
  units: `
SELECT unit AS name, ${unitSlug("unit")} AS slug, any_value(region ORDER BY year DESC) AS region,
       bool_and(is_synthetic) AS is_synthetic
FROM documents WHERE unit IS NOT NULL GROUP BY unit ORDER BY unit`,

  /** Each distinct (label, key) with its first statement in every document (d: doc, a: amount, s/e: span). */
  items: `
WITH firsts AS (
    SELECT doc_id, label, key, amount, span_start, span_end
    FROM facts
    WHERE label IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY doc_id, label, key ORDER BY span_start, basis NULLS FIRST) = 1
)
SELECT label, key, list({'d': doc_id, 'a': amount, 's': span_start, 'e': span_end} ORDER BY doc_id) AS at
FROM firsts GROUP BY label, key ORDER BY label, key`,

  docs: `
SELECT doc_id, unit, year, kind, is_synthetic, text FROM documents ORDER BY year NULLS LAST, unit NULLS LAST, doc_id`,
} as const;
