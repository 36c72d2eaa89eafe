/** What every format reader returns: the narrative text, how it was decoded, and the tables it holds. */
import type {TableGrid} from "../grid.ts";

export interface ReadDocumentResult {
  /** The narrative, one paragraph per line (tables of .docx/.html kept out of it: see html-text.ts). */
  text: string;
  /**
   * Encoding of the source bytes: utf-8, utf-8-bom, gb18030, utf-16le, utf-16be for text formats; "utf-8" for
   * .docx/.xlsx (their XML parts); "biff8" for .xls; "pdf" for a PDF's text layer.
   */
  encoding: string;
  /** The reader used: txt, html, csv, docx, xlsx, xls, pdf. */
  format: string;
  tables: TableGrid[];
  /** A PDF's own metadata creation date (ISO yyyy-mm-dd); absent for other formats and PDFs that carry none. */
  created?: string | null;
}
