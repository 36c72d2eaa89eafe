/**
 * Amounts no warehouse column can hold (more than 18 digits before the point in 万元, a percentage beyond
 * DECIMAL(9,4)) are a property of one number, not of the document. So instead of the whole document failing at
 * the Arrow conversion, each such mention leaves `mentions` and becomes an unplaced row with the reason, and the facts, changes, reasons and
 * conflicts that carry its amount are left out; everything else in the document lands.
 */
import {checkExtraction} from "./arrow-tables.ts";
import {scaledDecimal, TABLES} from "./schema.ts";
import type {Extraction, UnplacedRecord} from "../types.ts";

type Row = Record<string, unknown>;

/** The money/pct columns of each table whose values sit on the row under the column's own name. */
const DECIMAL_COLUMNS = new Map<string, {name: string; kind: "money" | "pct"}[]>(
  TABLES.map((t) => [
    t.name,
    t.columns.filter((c) => c.kind === "money" || c.kind === "pct").map((c) => ({name: c.name, kind: c.kind as "money" | "pct"})),
  ]),
);

function fits(value: unknown, kind: "money" | "pct"): boolean {
  if (value === null || value === undefined) return true;
  try {
    scaledDecimal(String(value), kind);
    return true;
  } catch {
    return false;
  }
}

const rowFits = (table: string, row: Row) => (DECIMAL_COLUMNS.get(table) ?? []).every((c) => fits(row[c.name], c.kind));

/** The extraction with unfit amounts unplaced and the rows carrying them left out; the input is not changed. */
export function unplaceUnfitAmounts(ex: Extraction): Extraction {
  const unfit = ex.mentions.filter((m) => !rowFits("mentions", m as unknown as Row));
  const rowsFit = (table: string, rows: object[]) => rows.every((r) => rowFits(table, r as Row));
  if (!unfit.length && rowsFit("facts", ex.facts) && rowsFit("changes", ex.changes) && rowsFit("reasons", ex.reasons) && rowsFit("conflicts", ex.conflicts))
    return ex;
  const unfitIds = new Set(unfit.map((m) => m.mention_id));
  const why = (asWritten: string) => `amount too large to store: ${asWritten} does not fit DECIMAL(24,6) 万元`;
  // The mention itself cannot be stored either (its amount column is that DECIMAL): the unplaced row, which keeps
  // the amount as written and the quote, is its record. A table cell has no mention: its fact becomes the record.
  const mentions = ex.mentions.filter((m) => !unfitIds.has(m.mention_id));
  const already = new Set(ex.unplaced.map((u) => u.mention_id).filter((id) => id !== null));
  const unfitTableFacts = ex.facts.filter((f) => f.origin === "table" && !rowFits("facts", f as unknown as Row));
  const added: UnplacedRecord[] = [
    ...unfit
      .filter((m) => !already.has(m.mention_id))
      .map((m) => ({
        doc_id: m.doc_id, mention_id: m.mention_id, section: m.section, span: m.span, as_written: m.as_written, quote: m.quote,
        reason: why(m.as_written), origin: "text" as const, table_name: null, row_label: null, column_header: null,
      })),
    ...unfitTableFacts.map((f) => ({
      doc_id: f.doc_id, mention_id: null, section: f.section, span: f.span, as_written: f.amount_as_written, quote: f.quote,
      reason: why(f.amount_as_written), origin: "table" as const, table_name: f.table_name, row_label: f.label, column_header: null,
    })),
  ];
  // Order by place in the text so that the result does not depend on which amounts were unfit.
  const unplaced = [
    ...ex.unplaced.map((u) => (u.mention_id !== null && unfitIds.has(u.mention_id) ? {...u, reason: why(u.as_written)} : u)),
    ...added,
  ].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || (a.mention_id ?? -1) - (b.mention_id ?? -1));
  const changes = ex.changes.filter((c) => rowFits("changes", c as unknown as Row));
  const kept = new Set(changes.map((c) => c.change_id));
  return {
    ...ex,
    mentions,
    unplaced,
    facts: ex.facts.filter((f) => rowFits("facts", f as unknown as Row)),
    changes,
    reasons: ex.reasons.filter((r) => kept.has(r.change_id) && rowFits("reasons", r as unknown as Row)),
    conflicts: ex.conflicts.filter((c) => rowFits("conflicts", c as unknown as Row)),
  };
}

/**
 * An extraction as the warehouse can hold it: unfit amounts unplaced, then every other value checked against its
 * column (without building the Arrow tables, which cost as much as extraction at scale), so one bad document fails
 * by itself (extraction_failed) instead of aborting the whole table build later.
 */
export function fitForStore(ex: Extraction): Extraction {
  const fit = unplaceUnfitAmounts(ex);
  checkExtraction(fit);
  return fit;
}
