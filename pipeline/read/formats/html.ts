/** `.html`/`.htm` pages from government portals: charset sniffed, furniture dropped, data tables kept as grids. */
import * as cheerio from "cheerio";
import {htmlContent} from "./html-text.ts";
import {decodeHtml} from "./html-decode.ts";
import type {ReadDocumentResult} from "./types.ts";
import {htmlNestingDepth, MAX_HTML_DEPTH, TooComplexError} from "../../lib/structure-limits.ts";

export function readHtml(bytes: Uint8Array, file: string): ReadDocumentResult {
  const {text, encoding} = decodeHtml(bytes, file);
  // Checked before parsing: the parser's cost grows with depth × elements, so a page nested 100,000 deep would run
  // for minutes before any time budget stopped it.
  const depth = htmlNestingDepth(text);
  if (depth > MAX_HTML_DEPTH) throw new TooComplexError(`elements nested ${depth} deep, over the limit of ${MAX_HTML_DEPTH}`);
  const {lines, tables} = htmlContent(cheerio.load(text));
  return {text: lines.join("\n") + "\n", encoding, format: "html", tables};
}
