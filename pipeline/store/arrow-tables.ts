/**
 * Extraction records → Arrow tables. Schemas are explicit (never inferred) and rows are put in a canonical order,
 * so the same documents always produce byte-identical IPC files whatever order they were extracted in.
 */
import * as arrow from "apache-arrow";
import type {Extraction} from "../types.ts";
import {scaledDecimal, TABLES, type Column, type TableName, type TableSpec} from "./schema.ts";

/** Decimals stay Utf8: a decimal string is the simplest exact interchange and DuckDB casts it losslessly. */
export function arrowType(col: Column): arrow.DataType {
  if (col.kind === "int") return new arrow.Int32();
  if (col.kind === "bool") return new arrow.Bool();
  return new arrow.Utf8();
}

export function arrowSchema(spec: TableSpec): arrow.Schema {
  return new arrow.Schema(spec.columns.map((c) => new arrow.Field(c.name, arrowType(c), c.nullable)));
}

export function extractionsToArrow(exs: Extraction[]): Record<TableName, arrow.Table> {
  const docs = sortByDocId(exs);
  const out = {} as Record<TableName, arrow.Table>;
  for (const spec of TABLES) {
    const rows = docs.flatMap((ex) => sortRows(spec, ex));
    out[spec.name] = buildTable(spec, rows);
  }
  return out;
}

function sortByDocId(exs: Extraction[]): Extraction[] {
  const sorted = [...exs].sort((a, b) => compare(a.document.doc_id, b.document.doc_id));
  for (let i = 1; i < sorted.length; i++) {
    // Same content twice would double every fact; the caller must decide which copy (source) to keep.
    const id = sorted[i].document.doc_id;
    if (id === sorted[i - 1].document.doc_id) throw new Error(`duplicate doc_id ${id} in extractions`);
  }
  return sorted;
}

/** Array.prototype.sort is stable, so rows equal on the sort keys keep the extraction's order. */
function sortRows(spec: TableSpec, ex: Extraction): object[] {
  const keys = spec.order.map((name) => spec.columns.find((c) => c.name === name)!);
  return [...spec.rows(ex)].sort((a, b) => {
    for (const k of keys) {
      const d = compare(k.get(a), k.get(b));
      if (d !== 0) return d;
    }
    return 0;
  });
}

/** Code-unit order, not localeCompare: the result must not depend on the machine's locale. */
function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a == null) return -1;
  if (b == null) return 1;
  return (a as number | string) < (b as number | string) ? -1 : 1;
}

/** One record batch per table, built column by column; a builder yields exactly one Data chunk per column. */
function buildTable(spec: TableSpec, rows: object[]): arrow.Table {
  const schema = arrowSchema(spec);
  const children = spec.columns.map((c, i) => {
    const builder = arrow.makeBuilder({type: schema.fields[i].type, nullValues: [null]});
    for (const row of rows) builder.append(checkValue(spec, c, row));
    return builder.finish().flush();
  });
  const struct = arrow.makeData({type: new arrow.Struct(schema.fields), length: rows.length, nullCount: 0, children});
  // An explicit batch (rather than `new Table(schema, vectors)`) also works for zero rows.
  return new arrow.Table([new arrow.RecordBatch(schema, struct)]);
}

/**
 * Checks that every value of one extraction fits its column, without building the tables: what the refresh runs per
 * document so that one bad document fails by itself instead of aborting the whole table build later.
 */
export function checkExtraction(ex: Extraction): void {
  for (const spec of TABLES) for (const row of spec.rows(ex)) for (const c of spec.columns) checkValue(spec, c, row);
}

/** Fails loudly on values the column cannot hold exactly, naming the table, column and document. */
function checkValue(spec: TableSpec, c: Column, row: object): unknown {
  const v = c.get(row) ?? null;
  // NOTE: no closure here: this runs once per cell, and a closure per call costs more than the checks themselves.
  if (v === null) return c.nullable ? null : failValue(spec, c, row, v, "NULL in a NOT NULL column");
  if (c.kind === "int" && !(Number.isInteger(v) && Math.abs(v as number) < 2 ** 31)) failValue(spec, c, row, v, "not an INTEGER");
  if (c.kind === "bool" && typeof v !== "boolean") failValue(spec, c, row, v, "not a boolean");
  if (c.kind !== "int" && c.kind !== "bool" && typeof v !== "string") failValue(spec, c, row, v, "not a string");
  if (c.kind === "money" || c.kind === "pct") {
    try {
      scaledDecimal(v as string, c.kind);
    } catch (err) {
      failValue(spec, c, row, v, (err as Error).message);
    }
  }
  return v;
}

function failValue(spec: TableSpec, c: Column, row: object, v: unknown, why: string): never {
  const doc = (row as {doc_id?: string}).doc_id;
  throw new Error(`${spec.name}.${c.name} (doc ${doc}): ${why}: ${JSON.stringify(v)}`);
}
