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
  const columns = bodyColumns(rows.flat().filter((it) => NUMBER_CELL.test(it.str) || !TOTAL_LABEL.test(it.str)));
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
