/**
 * `.xlsx` and `.xls` workbooks of the standard tables: every sheet with cells becomes a TableGrid.
 *
 * SheetJS reads both (OOXML, and BIFF2–8 binary workbooks, which portals still publish), so one library covers both
 * formats with one cell model. The npm `xlsx` package stopped at 0.18.5, which has known flaws in reading crafted
 * files (prototype pollution CVE-2023-30533, ReDoS CVE-2024-22363); `@e965/xlsx` republishes the fixed SheetJS
 * 0.20.3 unchanged to the npm registry.
 */
import * as XLSX from "@e965/xlsx";
import * as cptable from "@e965/xlsx/dist/cpexcel.full.mjs";
import type {TableGrid} from "../grid.ts";
import {cellText} from "./cell-text.ts";
import {asReadError, ReadError} from "./errors.ts";
import {splitHeading, titleFromName} from "./grid-heading.ts";
import {isOle2} from "./sniff.ts";
import type {ReadDocumentResult} from "./types.ts";
import {boundedZip, guardZip, type ZipLimits} from "./zip-guard.ts";

// NOTE: .xls files from Excel 95 and CSV-like .xls store strings in the Windows code page (936 = GBK in China);
// SheetJS needs the code page tables to decode them.
XLSX.set_cptable(cptable);

/** Rows read per sheet at most: a standard table has tens of rows; this bounds a hostile sheet's memory. */
const MAX_ROWS = 10_000;
const MAX_COLS = 100;

export function readSheet(
  bytes: Uint8Array,
  file: string,
  format: "xlsx" | "xls",
  limits?: ZipLimits,
): ReadDocumentResult {
  let data = bytes;
  // SheetJS reads almost anything as a sheet (random bytes become a one-column CSV): a .xls must be an OLE2 file.
  if (format === "xls" && !isOle2(bytes))
    throw new ReadError("corrupt_archive", file, "not a readable .xls (no Excel workbook header)");
  if (format === "xlsx") {
    guardZip(bytes, file, ".xlsx", limits);
    data = boundedZip(bytes, file, ".xlsx");
  }
  let book: XLSX.WorkBook;
  try {
    // cellNF/cellText: keep each cell's number format and formatted text (see cell-text.ts). No formulas, no
    // styles, no dates as objects: only what a reader of the table sees.
    book = XLSX.read(data, {
      type: "array",
      cellNF: true,
      cellText: true,
      cellDates: false,
      cellFormula: false,
      sheetRows: MAX_ROWS,
    });
  } catch (err) {
    throw asReadError(err, file, "corrupt_archive", `not a readable .${format}`);
  }
  const tables: TableGrid[] = [];
  const narrative: string[] = [];
  book.SheetNames.forEach((name, i) => {
    const sheet = book.Sheets[name];
    // NOTE: hidden sheets hold lookups and drafts, not the published table.
    if (!sheet || !sheet["!ref"] || book.Workbook?.Sheets?.[i]?.Hidden) return;
    const head = splitHeading(sheetRows(sheet));
    if (head.rows.length === 0) return;
    // NOTE: sheets are named "Sheet1" as often as "收支总表"; a default name says nothing about the table.
    const named = /^(?:sheet|工作表)\s*\d*$/i.test(name) ? null : name;
    const title = head.title ?? (named && titleFromName(named)) ?? named ?? titleFromName(file) ?? `sheet ${name}`;
    tables.push({title, unit: head.unit, rows: head.rows, location: `sheet ${name}`});
    narrative.push(title, ...(head.unit ? [`单位：${head.unit}`] : []));
  });
  const encoding = format === "xls" ? "biff8" : "utf-8";
  return {text: narrative.join("\n") + "\n", encoding, format, tables};
}

function sheetRows(sheet: XLSX.WorkSheet): string[][] {
  const range = XLSX.utils.decode_range(sheet["!ref"]!);
  const lastRow = Math.min(range.e.r, range.s.r + MAX_ROWS - 1);
  const lastCol = Math.min(range.e.c, range.s.c + MAX_COLS - 1);
  const rows: string[][] = [];
  for (let r = range.s.r; r <= lastRow; r++) {
    const row: string[] = [];
    for (let c = range.s.c; c <= lastCol; c++)
      row.push(cellText(sheet[XLSX.utils.encode_cell({r, c})] as XLSX.CellObject | undefined));
    rows.push(row);
  }
  return rows;
}
