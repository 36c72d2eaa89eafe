/**
 * What `gongkai extract` prints for one document: the contract fields only. The cleaned text is left out (spans
 * and quotes already point into it, and it would dwarf everything else); `findings` are the checks' findings for it.
 */
import Papa from "papaparse";
import {csvCell} from "../lib/csv-safe.ts";
import type {FindingJson} from "../models/findings-for.ts";
import type {Extraction} from "../types.ts";

export function extractionJson(ex: Extraction, findings: FindingJson[] = []) {
  const d = ex.document;
  return {
    document: {
      doc_id: d.doc_id,
      source: d.source,
      unit: d.unit,
      year: d.year,
      kind: d.kind,
      scope: d.scope,
      region: d.region,
      published: d.published,
      encoding: d.encoding,
      identity_source: JSON.parse(d.identity_source),
      identity_warnings: JSON.parse(d.identity_warnings),
    },
    facts: ex.facts.map((f) => ({
      key: f.key,
      basis: f.basis,
      code: f.code,
      label: f.label,
      parent: f.parent,
      measure: f.measure,
      amount: f.amount,
      unit: f.unit,
      amount_as_written: f.amount_as_written,
      unit_as_written: f.unit_as_written,
      share_pct: f.share_pct,
      rate_pct: f.rate_pct ?? null,
      rate_base: f.rate_base ?? null,
      section: f.section,
      span: f.span,
      quote: f.quote,
      mentions: f.mentions,
      origin: f.origin,
      table_name: f.table_name,
    })),
    changes: ex.changes.map((c) => ({
      key: c.key,
      code: c.code,
      label: c.label,
      compare_year: c.compare_year,
      delta: c.delta,
      prior: c.prior,
      prior_measure: c.prior_measure ?? null,
      pct: c.pct,
      span: c.span,
      quote: c.quote,
    })),
    reasons: ex.reasons.map((r) => ({
      change_key: r.change_key,
      ordinal: r.ordinal,
      text: r.text,
      delta: r.delta,
      parts: JSON.parse(r.parts) as {label: string; delta: string | null}[],
    })),
    unplaced: ex.unplaced.map((u) => ({
      section: u.section,
      span: u.span,
      as_written: u.as_written,
      quote: u.quote,
      reason: u.reason,
      origin: u.origin,
      table_name: u.table_name,
      row_label: u.row_label,
      column_header: u.column_header,
    })),
    counts: ex.counts ?? null,
    findings,
  };
}

export const FACT_CSV_COLUMNS = [
  "doc_id",
  "key",
  "basis",
  "code",
  "label",
  "parent",
  "measure",
  "amount",
  "unit",
  "amount_as_written",
  "unit_as_written",
  "share_pct",
  "section",
  "span_start",
  "span_end",
  "quote",
  "mentions",
  "origin",
  "table_name",
];

/** One CSV for all documents (doc_id tells them apart); NULL is an empty cell; a formula-like cell is made inert. */
export function factsCsv(exs: Extraction[]): string {
  const data = exs.flatMap((ex) =>
    ex.facts.map((f) => {
      const row: Record<string, unknown> = {...f, span_start: f.span[0], span_end: f.span[1]};
      return FACT_CSV_COLUMNS.map((c) => (row[c] === null || row[c] === undefined ? "" : csvCell(String(row[c]))));
    }),
  );
  return Papa.unparse({fields: FACT_CSV_COLUMNS, data}, {newline: "\n"});
}
