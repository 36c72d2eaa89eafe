/**
 * Read a PDF disclosure: its text in reading order, page by page, for the narrative extractor, and the standard
 * tables rebuilt from the text items' positions.
 *
 * The text keeps pdftotext's conventions, which the cleaner (read/clean.ts) understands: one physical line per line,
 * separated runs joined by a space, and a `=== page N ===` marker before each page, so page numbers, running headers
 * and hard wraps are removed and re-joined there, as for the `.txt` renderings.
 */
import type {TableGrid} from "../grid.ts";
import {buildGrid} from "./grid-build.ts";
import {openPdf, reasonOf} from "./open-pdf.ts";
import {lineText, pageItems, physicalLines, type PdfLine} from "./page-items.ts";
import {pdfCreationDate} from "./pdf-date.ts";
import {PdfError} from "./pdf-error.ts";
import {findTableBlocks} from "./table-blocks.ts";

export interface PdfRead {
  text: string;
  pages: number;
  tables: TableGrid[];
  /** The PDF's metadata creation date (ISO yyyy-mm-dd), null when it carries none. */
  created: string | null;
}

export async function readPdf(bytes: Uint8Array, name: string): Promise<PdfRead> {
  const doc = await openPdf(bytes, name);
  try {
    const pages: PdfLine[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      pages.push(physicalLines(await pageItems(page)));
      page.cleanup();
    }
    if (pages.every((lines) => lines.length === 0)) {
      throw new PdfError("no_text_layer", `${name} has no text layer (a scan?): OCR it first`);
    }
    const text = pages.map((lines, i) => `=== page ${i + 1} ===\n` + lines.map(lineText).join("\n")).join("\n") + "\n";
    return {text, pages: doc.numPages, tables: findTableBlocks(pages).map(buildGrid), created: await pdfCreationDate(doc)};
  } catch (err) {
    if (err instanceof PdfError) throw err;
    throw new PdfError("corrupt", `${name}: pdf.js cannot read it: ${reasonOf(err)}`, {cause: err});
  } finally {
    await doc.destroy();
  }
}

export {PdfError, type PdfErrorCode} from "./pdf-error.ts";
