/** `.html`/`.htm` pages from government portals: charset sniffed, furniture dropped, data tables kept as grids. */
import * as cheerio from "cheerio";
import {htmlContent} from "./html-text.ts";
import {decodeHtml} from "./html-decode.ts";
import type {ReadDocumentResult} from "./types.ts";

export function readHtml(bytes: Uint8Array, file: string): ReadDocumentResult {
  const {text, encoding} = decodeHtml(bytes, file);
  const {lines, tables} = htmlContent(cheerio.load(text));
  return {text: lines.join("\n") + "\n", encoding, format: "html", tables};
}
