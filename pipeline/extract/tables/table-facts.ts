/**
 * The standard tables → facts, in the vocabulary the narrative extractor uses, tagged with the table they came from.
 * Precision first: a row whose meaning is not certain is skipped, with the reason, for a later "unplaced" listing.
 */
import {equal} from "../../lib/decimal.ts";
import {makeClassifier, type Classifier} from "../classify.ts";
import {normLabel} from "../labels.ts";
import type {Reference} from "../../reference/load-reference.ts";
import type {Basis, DocKind, FactRecord} from "../../types.ts";
import {toWan} from "../../lib/money-unit.ts";
import {cellAmount} from "../../lib/number-text.ts";
import {gridShape, isNumberingRow, type GridShape} from "./grid-shape.ts";
import type {TableGrid} from "../../read/grid.ts";
import {placeCell, type Placed} from "./place-cell.ts";
import {rowIdentity} from "./row-identity.ts";
import {fiscalIsGeneralBudget} from "./fiscal-funds.ts";
import {bareLabel} from "./row-keys.ts";
import {tableType} from "./table-kind.ts";

export interface TableContext {
  docId: string;
  /** The document's kind: amounts of a final account's tables are actuals unless a column says otherwise. */
  kind: DocKind | null;
}

export interface SkippedRow {
  row: string[];
  reason: string;
}

/** An amount cell that became no fact: where it is (row label, column header) and why. */
export interface UnplacedCell {
  /** The row's label as printed (spaces removed), or "" when the row has none. */
  rowLabel: string;
  /** The column's header path, joined with " › ". */
  columnHeader: string;
  /** The cell as printed. */
  cell: string;
  /** The row's non-empty cells, joined with " | ". */
  quote: string;
  reason: string;
}

export interface TableFacts {
  facts: FactRecord[];
  /** Rows of which no cell became a fact, with the reasons (kept for callers that list rows). */
  skipped: SkippedRow[];
  /** Every amount cell that became no fact: with `placedCells`, every amount cell of the table is accounted for. */
  unplaced: UnplacedCell[];
  /** Amount cells that are (or repeat) a fact of the table. */
  placedCells: number;
  /** The table's kind, or null when it is none of the standard tables. */
  kind: string | null;
}

const classifiers = new WeakMap<Reference, Classifier>();

type PlacedCell = {p: Placed; row: string[]; cell: string; col: number};

export function tableFacts(grid: TableGrid, ref: Reference, ctx: TableContext): TableFacts {
  const shape = gridShape(grid);
  const body = grid.rows.slice(shape.headerRows).filter((r) => !isNumberingRow(r));
  const amountCols = (row: string[]) =>
    shape.roles.flatMap((r, j) => (r === "amount" && cellAmount(row[j] ?? "") !== null ? [j] : []));
  const withAmount = body.filter((r) => amountCols(r).length > 0);
  const type = tableType(grid.title, ref.labels);
  const unplacedCell = (row: string[], col: number, reason: string): UnplacedCell => ({
    rowLabel: rowIdentity(row, col, shape).label,
    columnHeader: shape.paths[col]?.join(" › ") ?? "",
    cell: (row[col] ?? "").replace(/\s/g, ""),
    quote: quoteOf(row),
    reason,
  });
  const skipAll = (reason: string): TableFacts => ({
    facts: [],
    skipped: withAmount.map((row) => ({row, reason})),
    unplaced: withAmount.flatMap((row) => amountCols(row).map((j) => unplacedCell(row, j, reason))),
    placedCells: 0,
    kind: type?.kind ?? null,
  });
  if (!type) return skipAll(`not a standard table: ${grid.title}`);
  if (!grid.unit) return skipAll("the table states no unit");
  let cls = classifiers.get(ref);
  if (!cls) classifiers.set(ref, (cls = makeClassifier(ref)));

  const final = type.final || ctx.kind === "final";
  const placed: PlacedCell[] = [];
  const skipped: SkippedRow[] = [];
  const unplaced: UnplacedCell[] = [];
  const rowLabels = withAmount.map((row) => bareLabel(rowIdentity(row, amountCols(row)[0], shape).label));
  let afterCarryover = false;
  for (const row of body) {
    const bares = row.map((c) => bareLabel(c));
    if (bares.some((b) => /^(?:合计|总计|收入总计)$/.test(b))) afterCarryover = false;
    if (type.kind === "balance" && bares.some((b) => CARRYOVER.test(b))) {
      afterCarryover = true;
      if (!withAmount.includes(row)) continue;
    }
    if (!withAmount.includes(row)) continue;
    const reasons = new Set<string>();
    const before = placed.length;
    for (const j of amountCols(row)) {
      const firstBodyRow = row === withAmount[0];
      const p = placeCell({row, col: j, shape, type, final, cls, vocab: ref.labels, firstBodyRow, title: grid.title, note: grid.note, rowLabels, afterCarryover: afterCarryover && !bares.some((b) => CARRYOVER.test(b))});
      if ("reason" in p) {
        reasons.add(p.reason);
        unplaced.push(unplacedCell(row, j, p.reason));
      } else placed.push({p, row, cell: row[j], col: j});
    }
    if (placed.length === before) skipped.push({row, reason: [...reasons].join("; ")});
  }
  const specific = preferSpecificTotals(placed);
  for (const x of placed) {
    if (!specific.includes(x)) unplaced.push(unplacedCell(x.row, x.col, `${x.p.label ?? "total"}: a less specific total than the table's own (本年支出合计)`));
  }
  const kept = dedupe(specific, skipped);
  for (const x of specific) {
    if (!kept.facts.includes(x) && !kept.repeats.has(x)) unplaced.push(unplacedCell(x.row, x.col, kept.reasons.get(x) ?? "stated with different amounts in the table"));
  }
  // A 财政拨款 table whose funds are all 一般公共预算 states the general budget's spending as well: each fiscal
  // expenditure fact is also that basis's (the same cell, counted once).
  // NOTE: only where the table does not state the general budget itself (a 一般公共预算 column beside the 合计, Shanghai):
  // its own figures are the general budget's, and a twin would count each line twice.
  const general =
    type.kind === "balance" && type.basis === "fiscal" && !kept.facts.some((x) => x.p.basis === "general_budget") && fiscalIsGeneralBudget(withAmount, shape, ref.labels);
  const alsoGeneral = (x: PlacedCell) => general && x.p.basis === "fiscal" && x.p.key.startsWith("expenditure.");
  return {
    facts: kept.facts.flatMap((x) => [toFact(x, grid, ctx), ...(alsoGeneral(x) ? [toFact({...x, p: {...x.p, basis: "general_budget"}}, grid, ctx)] : [])]),
    skipped,
    unplaced,
    placedCells: kept.facts.length + kept.repeats.size,
    kind: type.kind,
  };
}

const CARRYOVER = /^(?:上年结转(?:和结余)?|年初(?:财政拨款)?结转和?结余)/;
const quoteOf = (row: string[]) => row.filter((c) => c.trim() !== "").join(" | ");

/** Of the expenditure totals a balance table prints (本年支出合计, 支出总计, 总计), keep the most specific. */
function preferSpecificTotals<T extends {p: Placed}>(placed: T[]): T[] {
  const best = new Map<string, number>();
  for (const {p} of placed) {
    if (p.totalRank === undefined) continue;
    const k = `${p.basis}|${p.measure}`;
    best.set(k, Math.min(best.get(k) ?? Infinity, p.totalRank));
  }
  return placed.filter(({p}) => p.totalRank === undefined || p.totalRank === best.get(`${p.basis}|${p.measure}`));
}

const idOf = (x: {p: Placed}) => [x.p.key, x.p.basis, x.p.code, x.p.parent, x.p.code ? "" : x.p.label, x.p.measure].join("|");

/** One fact per identity within a table: a repeated row (a continued page repeating its last row) counts once. */
function dedupe<T extends {p: Placed; row: string[]}>(
  placed: T[],
  skipped: SkippedRow[],
): {facts: T[]; repeats: Set<T>; reasons: Map<T, string>} {
  const seen = new Map<string, T>();
  const repeats = new Set<T>();
  const reasons = new Map<T, string>();
  for (const x of placed) {
    const id = idOf(x);
    const first = seen.get(id);
    if (!first) seen.set(id, x);
    else if (equal(first.p.amount, x.p.amount)) repeats.add(x);
    else {
      // NOTE: one identity with two amounts (a list by project under each code, a sub-row read as its parent):
      // neither is certain, so neither is a fact.
      const reason = `${x.p.key} stated with different amounts in the table (${first.p.amount} and ${x.p.amount})`;
      skipped.push({row: x.row, reason});
      reasons.set(x, reason);
      if (!reasons.has(first)) reasons.set(first, reason);
    }
  }
  const conflicting = new Set([...reasons.keys()].map(idOf));
  return {facts: [...seen.values()].filter((x) => !conflicting.has(idOf(x))), repeats: new Set([...repeats].filter((x) => !conflicting.has(idOf(x)))), reasons};
}

function toFact(placed: {p: Placed; row: string[]; cell: string}, grid: TableGrid, ctx: TableContext): FactRecord {
  const {p, row, cell} = placed;
  return {
    doc_id: ctx.docId,
    key: p.key,
    basis: p.basis as Basis | null,
    code: p.code,
    label: p.label === null ? null : normLabel(p.label),
    parent: p.parent,
    measure: p.measure,
    amount: toWan(p.amount, grid.unit!),
    unit: "万元",
    amount_as_written: cell.replace(/\s/g, ""),
    unit_as_written: grid.unit!,
    share_pct: null,
    share_pct_as_written: null,
    path_as_written: null,
    section: grid.location,
    span: [0, 0],
    quote: quoteOf(row),
    mentions: 1,
    origin: "table",
    table_name: grid.title,
    conflict: false,
  };
}

export type {GridShape};
