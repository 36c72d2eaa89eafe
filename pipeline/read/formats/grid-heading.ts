/**
 * The title and unit of a table, wherever the publisher put them: in the first rows of a sheet or CSV (a title row
 * merged across the columns, then "单位：元"), in a caption, in the lines above an HTML or Word table, or only in
 * the file or sheet name.
 */
import type {TableGrid} from "../grid.ts";
import {UNIT_PHRASE, unitOf} from "../../lib/money-unit.ts";

export {unitOf};
export type GridUnit = TableGrid["unit"];


/** A line that reads as a table's title: short, no sentence end, ideographs in it, not the unit line alone. */
export function isTitleLike(line: string): boolean {
  const t = line.trim();
  if (t === "" || [...t].length > 60 || /[。；;！？]$/.test(t)) return false;
  if (!/[\u4e00-\u9fff]/.test(t)) return false;
  return t.replace(UNIT_PHRASE, "").replace(/[\s（）()]/g, "") !== "";
}

/** The title part of a line that may also carry the unit ("收支预算总表 单位：万元" → "收支预算总表"). */
export function titlePart(line: string): string {
  return line.replace(UNIT_PHRASE, "").trim();
}

export interface Heading {
  title: string | null;
  unit: GridUnit;
  /** The rows after the title/unit rows. */
  rows: string[][];
}

/**
 * Split leading title/unit rows off a table's rows. A heading row is one with a single non-empty cell (a title
 * merged across the columns, or a unit line), or a row whose cells are a title and a unit line. The unit may also be
 * in the last cell of the first header row ("…  单位：万元"): then it is read but the row stays.
 */
export function splitHeading(rows: string[][]): Heading {
  let title: string | null = null;
  let unit: GridUnit = null;
  let i = 0;
  for (; i < rows.length; i++) {
    const cells = rows[i].map((c) => c.trim()).filter((c) => c !== "");
    if (cells.length === 0) continue;
    const rowUnit = cells.map(unitOf).find((u) => u !== null) ?? null;
    const others = cells.filter((c) => unitOf(c) === null || titlePart(c) !== "");
    // A heading row: one cell, or a title and a unit (and maybe a 编制单位/date cell, which says nothing here).
    const heading = cells.length === 1 || (rowUnit !== null && others.length <= 2 && cells.length <= 3);
    if (!heading) break;
    unit ??= rowUnit;
    const t = others.map(titlePart).find((c) => isTitleLike(c) && !/^编制单位|^部门[:：]|^单位名称/.test(c));
    if (t && title === null) title = t;
    else if (!t && rowUnit === null) break;
  }
  const body = rows.slice(i);
  if (unit === null && body.length) unit = body[0].map(unitOf).find((u) => u !== null) ?? null;
  return {title, unit, rows: trimGrid(body)};
}

/** Drop empty rows at both ends and empty columns on the right; pad rows to one width. */
export function trimGrid(rows: string[][]): string[][] {
  const blank = (r: string[]) => r.every((c) => c.trim() === "");
  let start = 0;
  let end = rows.length;
  while (start < end && blank(rows[start])) start++;
  while (end > start && blank(rows[end - 1])) end--;
  const kept = rows.slice(start, end);
  let width = 0;
  for (const r of kept) r.forEach((c, j) => c.trim() !== "" && (width = Math.max(width, j + 1)));
  return kept.map((r) => Array.from({length: width}, (_, j) => r[j] ?? ""));
}

/** A title from a file or sheet name: "阿坝州总工会-收支预算总表.csv" → "收支预算总表"; null if it names no table. */
export function titleFromName(name: string): string | null {
  const base = name.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const parts = base.split(/[-_—\s]+/).filter((p) => p !== "");
  const table = parts.reverse().find((p) => /表$/.test(p));
  return table ?? null;
}
