/**
 * The SELECTs behind data/docs.tar (one JSON per document): its text, every amount mention (span), the unplaced
 * numbers, its facts and its findings. Spans are character offsets into documents.text as stored.
 */
import {unitSlug} from "./queries.ts";

export const DOC_QUERIES = {
  document: `
SELECT doc_id, source, unit, ${unitSlug("unit")} AS unit_slug, year, kind, published, region, encoding,
       is_synthetic, text
FROM documents ORDER BY doc_id`,

  mentions: `
SELECT doc_id, mention_id, section, span_start, span_end, as_written, amount, unit, role, key, code, label
FROM mentions ORDER BY doc_id, span_start, mention_id`,

  unplaced: `
SELECT doc_id, mention_id, section, span_start, span_end, as_written, reason
FROM unplaced ORDER BY doc_id, span_start, mention_id`,

  facts: `
SELECT doc_id, key, basis, code, label, parent, measure, amount, unit, amount_as_written, share_pct, section,
       span_start, span_end, conflict
FROM facts
ORDER BY doc_id, span_start, span_end, key, basis NULLS FIRST, code NULLS FIRST, label NULLS FIRST, measure NULLS FIRST`,

  findings: `
SELECT row_number() OVER (ORDER BY doc_id, span_start NULLS LAST, rule_id, key, code, message)::INTEGER AS finding_id,
       doc_id, rule_id, severity, status, key, code, message, span_start, span_end, quote
FROM findings
ORDER BY doc_id, span_start NULLS LAST, rule_id, key, code, message`,
} as const;
