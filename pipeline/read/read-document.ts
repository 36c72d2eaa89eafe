/**
 * Any disclosure file → its narrative text and its tables, whatever the format: the one entry point of the READ
 * stage. The format comes from the extension and the magic bytes together (see formats/sniff.ts); every failure is
 * a `ReadError` with a code (empty, binary, undecodable, corrupt_archive, zip_bomb, unsupported_format,
 * no_text_layer, corrupt) and a reason; its message names the file.
 */
import {TooComplexError} from "../lib/structure-limits.ts";
import {decodeBytes} from "./decode.ts";
import {readCsv} from "./formats/csv.ts";
import {readDocx} from "./formats/docx.ts";
import {asReadError, ReadError} from "./formats/errors.ts";
import {readHtml} from "./formats/html.ts";
import {readSheet} from "./formats/sheet.ts";
import {sniffFormat, type Format} from "./formats/sniff.ts";
import type {ReadDocumentResult} from "./formats/types.ts";
import type {ZipLimits} from "./formats/zip-guard.ts";

export type {ReadDocumentResult} from "./formats/types.ts";
export {ReadError, type ReadErrorCode} from "./formats/errors.ts";

export interface ReadOptions {
  /** Zip bomb limits for .docx/.xlsx (default 200 MB total, 100× per entry). */
  zipLimits?: ZipLimits;
}

export async function readDocument(
  bytes: Uint8Array,
  name: string,
  opts: ReadOptions = {},
): Promise<ReadDocumentResult> {
  if (bytes.length === 0) throw new ReadError("empty", name, "file is empty");
  const sniffed = sniffFormat(bytes, name);
  if (sniffed.format === null) throw new ReadError("unsupported_format", name, sniffed.reason);
  try {
    return await readAs(sniffed.format, bytes, name, opts);
  } catch (err) {
    // An input over a structure limit is not a damaged file: extraction names it too_complex.
    if (err instanceof TooComplexError) throw err;
    throw asReadError(err, name, "corrupt_archive", `not a readable ${sniffed.format}`);
  }
}

async function readAs(format: Format, bytes: Uint8Array, name: string, opts: ReadOptions): Promise<ReadDocumentResult> {
  switch (format) {
    case "txt": {
      const {text, encoding} = decodeBytes(bytes, name);
      return {text, encoding, format, tables: []};
    }
    case "html":
      return readHtml(bytes, name);
    case "csv":
      return readCsv(bytes, name);
    case "docx":
      return readDocx(bytes, name, opts.zipLimits);
    case "xlsx":
    case "xls":
      return readSheet(bytes, name, format, opts.zipLimits);
    case "pdf":
      return readPdfDocument(bytes, name);
  }
}

/** PDFs go to the PDF reader (./pdf/), loaded on first use: pdf.js is large, and most runs read text files. */
async function readPdfDocument(bytes: Uint8Array, name: string): Promise<ReadDocumentResult> {
  const {readPdf} = await import("./pdf/read-pdf.ts");
  const r = await readPdf(bytes, name);
  // The text is pdf.js's Unicode text layer; there is no byte encoding to report.
  return {text: r.text, encoding: "pdf", format: "pdf", tables: r.tables, created: r.created};
}
