/**
 * The standard tables → facts, in the vocabulary the narrative extractor uses, tagged with the table they came from.
 * Precision first: a row whose meaning is not certain is skipped, with the reason, for a later "unplaced" listing.
 */
import {equal} from "../lib/decimal.ts";
import {makeClassifier, type Classifier} from "../extract/classify.ts";
import {normLabel} from "../extract/labels.ts";
import type {Reference} from "../reference/load-reference.ts";
import type {Basis, DocKind, FactRecord} from "../types.ts";
import {parseAmount, toWan} from "./cell-amount.ts";
import {gridShape, type GridShape} from "./grid-shape.ts";
import type {TableGrid} from "./grid.ts";
import {placeCell, type Placed} from "./place-cell.ts";
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

export interface TableFacts {
  facts: FactRecord[];
  skipped: SkippedRow[];
}

const classifiers = new WeakMap<Reference, Classifier>();

export function tableFacts(grid: TableGrid, ref: Reference, ctx: TableContext): TableFacts {
  const shape = gridShape(grid);
  const body = grid.rows.slice(shape.headerRows);
  const withAmount = body.filter((r) => r.some((c) => parseAmount(c) !== null));
  const type = tableType(grid.title);
  const skipAll = (reason: string) => ({facts: [], skipped: withAmount.map((row) => ({row, reason}))});
  if (!type) return skipAll(`not a standard table: ${grid.title}`);
  if (!grid.unit) return skipAll("the table states no unit");
  let cls = classifiers.get(ref);
  if (!cls) classifiers.set(ref, (cls = makeClassifier(ref)));

  const final = type.final || ctx.kind === "final";
  const placed: {p: Placed; row: string[]; cell: string}[] = [];
  const skipped: SkippedRow[] = [];
  for (const row of body) {
    const amountCols = shape.roles.flatMap((r, j) => (r === "amount" && parseAmount(row[j] ?? "") !== null ? [j] : []));
    if (amountCols.length === 0) continue;
    const reasons = new Set<string>();
    for (const j of amountCols) {
      const firstBodyRow = row === withAmount[0];
      const p = placeCell({row, col: j, shape, type, final, cls, firstBodyRow, title: grid.title});
      if ("reason" in p) reasons.add(p.reason);
      else placed.push({p, row, cell: row[j]});
    }
    if (!placed.some((x) => x.row === row)) skipped.push({row, reason: [...reasons].join("; ")});
  }
  return {facts: dedupe(preferSpecificTotals(placed), skipped).map((x) => toFact(x, grid, ctx)), skipped};
}

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

/** One fact per identity within a table: a repeated row (a continued page repeating its last row) counts once. */
function dedupe<T extends {p: Placed; row: string[]}>(placed: T[], skipped: SkippedRow[]): T[] {
  const seen = new Map<string, T>();
  for (const x of placed) {
    const id = [x.p.key, x.p.basis, x.p.code, x.p.parent, x.p.code ? "" : x.p.label, x.p.measure].join("|");
    const first = seen.get(id);
    if (!first) seen.set(id, x);
    else if (!equal(first.p.amount, x.p.amount)) {
      skipped.push({row: x.row, reason: `${x.p.key} stated twice in the table (${first.p.amount} first)`});
    }
  }
  return [...seen.values()];
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
    quote: row.filter((c) => c.trim() !== "").join(" | "),
    mentions: 1,
    origin: "table",
    table_name: grid.title,
    conflict: false,
  };
}

export type {GridShape};
