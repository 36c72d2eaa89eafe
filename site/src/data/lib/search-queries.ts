/**
 * The SELECTs behind data/search.json: units and items (fact labels), searched in the browser. Document text is not
 * here: site/data-files.ts indexes it into files a query fetches (components/text-search.js).
 */
import {unitSlug} from "./queries.ts";

export const SEARCH_QUERIES = {
  units: `
SELECT unit AS name, ${unitSlug("unit")} AS slug, any_value(region ORDER BY year DESC) AS region,
       bool_and(is_synthetic) AS is_synthetic
FROM documents WHERE unit IS NOT NULL GROUP BY unit ORDER BY unit`,

  /**
   * Each distinct (label, key) with its first statement in the first 30 documents that state it (the page shows 30):
   * d doc_id, a amount, s/e span, u/y/x the document's unit, year and whether it is synthetic.
   */
  items: `
WITH firsts AS (
    SELECT f.doc_id, f.label, f.key, f.amount, f.span_start, f.span_end, d.unit, d.year, d.is_synthetic
    FROM facts f JOIN documents d USING (doc_id)
    WHERE f.label IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY f.doc_id, f.label, f.key ORDER BY f.span_start, f.basis NULLS FIRST) = 1
)
SELECT label, key,
       list({'d': doc_id, 'a': amount, 's': span_start, 'e': span_end, 'u': unit, 'y': year, 'x': is_synthetic} ORDER BY doc_id)[1:30] AS at
FROM firsts GROUP BY label, key ORDER BY label, key`,
} as const;
