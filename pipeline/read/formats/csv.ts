/**
 * `.csv` exports of the standard tables. Decoded like a .txt (NOTE: Excel's "Save as CSV" on a Chinese Windows
 * writes GBK, without a BOM), parsed by papaparse. The title and unit are in the first rows when the export kept
 * them, else the file name names the table ("阿坝州总工会-收支预算总表.csv").
 */
import Papa from "papaparse";
import {decodeBytes} from "../decode.ts";
import {splitHeading, titleFromName} from "./grid-heading.ts";
import type {ReadDocumentResult} from "./types.ts";

export function readCsv(bytes: Uint8Array, file: string): ReadDocumentResult {
  const {text, encoding} = decodeBytes(bytes, file);
  // No header mode, no type guessing: every cell stays the string as written ("3,422.23", "0.00", "2012901").
  // The delimiter is detected: comma for .csv, tab for the text some CMSs export as ".xls".
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ""), {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const head = splitHeading(parsed.data);
  const title = head.title ?? titleFromName(file) ?? file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const unitLine = head.unit ? `单位：${head.unit}` : null;
  const grid = {title, unit: head.unit, rows: head.rows, location: "table 1"};
  // The narrative of a table file is what it says outside its cells: the title and the unit line.
  const narrative = [title, unitLine].filter((l) => l !== null).join("\n") + "\n";
  return {text: narrative, encoding, format: "csv", tables: head.rows.length ? [grid] : []};
}
