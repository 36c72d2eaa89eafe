/**
 * Rows and columns of a table rebuilt from its text items' positions. Columns come from the body: cells of one
 * column overlap horizontally from row to row (labels are left-aligned, amounts right-aligned, so the overlap holds
 * whatever the alignment). Header cells are centred over their column and may span several: each header item goes to
 * every column it overlaps, or else to the nearest column that has no header of its own, or else makes a column of
 * its own (a column left empty in every row, like 上级补助收入 in a unit that has none).
 */
import type {TableGrid} from "../grid.ts";
import {NUMBER_CELL, type TableBlock} from "./table-blocks.ts";
import type {PdfItem, PdfLine} from "./page-items.ts";

interface Column {
  x0: number;
  x1: number;
  /** A header item overlaps this column and no other. */
  owned: boolean;
  /** Made by a header item over no body cell: an empty column. */
  fromHeader: boolean;
}

/** Share of the font size within which stacked lines are one row: a wrapped cell, or cells on offset baselines. */
const SAME_ROW = 0.75;
const TOTAL_LABEL = /合计|总计|小计/;

export function buildGrid(block: TableBlock): TableGrid {
  const rows = block.body.flatMap(logicalRows);
  const columns = splitFusedColumns(
    bodyColumns(rows.flat().filter((it) => NUMBER_CELL.test(it.str) || !TOTAL_LABEL.test(it.str))),
    rows,
  );
  for (const it of headerItemsByDistance(block.header, columns)) placeHeader(it, columns);
  columns.sort((a, b) => a.x0 - b.x0);
  const headerRows = block.header.map((line) => cellsOf(line.items, columns, true));
  const bodyRows = rows.map((items) => cellsOf(items, columns, false));
  const pages = block.pages.length > 1 ? `pages ${block.pages[0]}–${block.pages.at(-1)}` : `page ${block.pages[0]}`;
  const grid: TableGrid = {title: block.title, unit: block.unit, rows: [...headerRows, ...bodyRows], location: pages};
  if (block.note) grid.note = block.note;
  return grid;
}

/** Physical lines of one page → rows: lines closer than a row pitch are one row (upper part first). */
function logicalRows(lines: PdfLine[]): PdfItem[][] {
  const rows: {y: number; h: number; items: PdfItem[]}[] = [];
  for (const line of lines) {
    const row = rows.at(-1);
    if (row && row.y - line.y < SAME_ROW * Math.min(row.h, line.h)) {
      row.items.push(...line.items);
      row.y = line.y;
    } else {
      rows.push({y: line.y, h: line.h, items: [...line.items]});
    }
  }
  return rows.map((r) => r.items);
}

/** Union of overlapping x-ranges. Totals' labels ("收入总计") are left out: they often span the code columns. */
function bodyColumns(items: PdfItem[]): Column[] {
  const sorted = [...items].sort((a, b) => a.x0 - b.x0);
  const cols: Column[] = [];
  for (const it of sorted) {
    const last = cols.at(-1);
    if (last && it.x0 < last.x1) last.x1 = Math.max(last.x1, it.x1);
    else cols.push({x0: it.x0, x1: it.x1, owned: false, fromHeader: false});
  }
  return cols;
}

/**
 * NOTE: where a label is long enough to reach the amount column beside it (or a 序号 sits close to the label), the
 * union of overlapping ranges makes one column of both, and every row reads "1、一般公共预算拨款18999011.66". A column
 * is split where, in at least two rows, its text items are followed by separate amount items (or a serial number is
 * followed by a text item), at the leftmost start of those right-hand items that leaves every item on its side.
 */
function splitFusedColumns(cols: Column[], rows: PdfItem[][]): Column[] {
  for (let pass = 0; pass < 4; pass++) {
    const members = cols.map(() => [] as PdfItem[][]);
    for (const items of rows) {
      const byCol = cols.map(() => [] as PdfItem[]);
      for (const it of items) byCol[bestColumn(it, cols)].push(it);
      byCol.forEach((its, i) => its.length && members[i].push(its.sort((a, b) => a.x0 - b.x0)));
    }
    let changed = false;
    const out: Column[] = [];
    cols.forEach((c, i) => {
      const at = splitPoint(members[i]);
      if (at === null) return out.push(c);
      changed = true;
      out.push({...c, x1: at - 0.01}, {...c, x0: at});
    });
    cols = out;
    if (!changed) break;
  }
  return cols;
}

const SERIAL = /^\d{1,3}$/;

function splitPoint(rowsOfCol: PdfItem[][]): number | null {
  const isNum = (it: PdfItem) => NUMBER_CELL.test(it.str);
  // A serial number sits at the column's left edge, alone on rows that have nothing else in this column.
  const left = Math.min(...rowsOfCol.flat().map((it) => it.x0));
  const serial = (it: PdfItem, k: number) => k === 0 && SERIAL.test(it.str) && it.x0 - left < it.h;
  const mid = (it: PdfItem) => (it.x0 + it.x1) / 2;
  // The leftmost start of the right-hand items that keeps every item on its side (judged by its middle: a long label
  // may run past a short amount's start and still lies mostly on the left).
  // A row with one item in this column (a serial alone, a caption like 表2 under the table) has nothing to be kept
  // apart from and goes where it overlaps most.
  const cut = (starts: number[], rightHand: (it: PdfItem, k: number) => boolean) => {
    if (starts.length < 2) return null;
    const keeps = (at: number) =>
      rowsOfCol.every((its) => its.length < 2 || its.every((it, k) => (rightHand(it, k) ? mid(it) >= at : mid(it) < at)));
    return [...new Set(starts)].sort((a, b) => a - b).find(keeps) ?? null;
  };
  const amountStarts: number[] = [];
  const labelStarts: number[] = [];
  for (const its of rowsOfCol) {
    if (its.length < 2) continue;
    const last = its.at(-1)!;
    if (isNum(last) && !isNum(its.at(-2)!)) amountStarts.push(last.x0);
    if (serial(its[0], 0) && !isNum(its[1])) labelStarts.push(its[1].x0);
  }
  return (
    cut(amountStarts, (it, k) => isNum(it) && !serial(it, k)) ?? cut(labelStarts, (it, k) => !serial(it, k))
  );
}

const overlap = (it: PdfItem, c: Column) => Math.min(it.x1, c.x1) - Math.max(it.x0, c.x0);
const gap = (it: PdfItem, c: Column) => Math.max(c.x0 - it.x1, it.x0 - c.x1, 0);

/**
 * The header's leaf cells (no header text below them within their width: 预算数 | 决算数 under 合计, 小计 under
 * 公务用车购置及运行费), in the order they claim columns: those nearest to a body column first. Only leaves make
 * columns; a heading above them spans its leaves, and a cell wrapped over two lines is a leaf by its last piece.
 */
function headerItemsByDistance(header: PdfLine[], cols: Column[]): PdfItem[] {
  const dist = (it: PdfItem) => Math.min(...cols.map((c) => gap(it, c)), Infinity);
  const hasBelow = (it: PdfItem, i: number) =>
    header.slice(i + 1).some((below) => below.items.some((b) => Math.min(it.x1, b.x1) - Math.max(it.x0, b.x0) > 0));
  const leaves = header.flatMap((line, i) => line.items.filter((it) => !hasBelow(it, i)));
  return leaves.map((it) => ({it, d: dist(it)})).sort((a, b) => a.d - b.d).map((x) => x.it);
}

/** A leaf claims the column it overlaps or the nearest unclaimed one (widening it to its own extent), else its own. */
function placeHeader(it: PdfItem, cols: Column[]) {
  const over = cols.filter((c) => overlap(it, c) > 0);
  const nearest = [...cols].sort((a, b) => gap(it, a) - gap(it, b))[0];
  const target = over.length ? over : nearest && !nearest.owned ? [nearest] : [];
  if (target.length === 0) {
    cols.push({x0: it.x0, x1: it.x1, owned: true, fromHeader: true});
    return;
  }
  if (target.length > 1) return;
  // NOTE: amounts are right-aligned and narrower than their column; the header centred above shows its width, so
  // headings spanning several columns are found over it.
  target[0].owned = true;
  target[0].x0 = Math.min(target[0].x0, it.x0);
  target[0].x1 = Math.max(target[0].x1, it.x1);
}

/**
 * Cells of one row: each item goes to the column it overlaps most (or the nearest). In header rows an item is
 * repeated in every column it spans, so that each column's header path can be read top-down.
 */
function cellsOf(items: PdfItem[], cols: Column[], spanning: boolean): string[] {
  const cells = cols.map(() => "");
  for (const it of items) {
    const over = cols.map((c, i) => ({i, o: overlap(it, c)})).filter((x) => x.o > 0);
    const targets = spanning && over.length > 1 ? over.map((x) => x.i) : [bestColumn(it, cols)];
    for (const i of targets) cells[i] += it.str;
  }
  return cells;
}

function bestColumn(it: PdfItem, cols: Column[]): number {
  let best = 0;
  let score = -Infinity;
  cols.forEach((c, i) => {
    const s = overlap(it, c) > 0 ? overlap(it, c) : -gap(it, c);
    if (s > score) [best, score] = [i, s];
  });
  return best;
}
