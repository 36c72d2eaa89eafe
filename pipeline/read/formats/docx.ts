/**
 * `.docx` through mammoth (Word's document model → HTML), then the same block/table walk as a web page: paragraphs
 * in order, one per line; tables as grids and out of the narrative (see html-text.ts). mammoth already leaves out
 * what is not body text: headers, footers, comments, deleted revisions.
 *
 * NOTE: Word's automatic list numbering is not text: a heading numbered by Word ("一、" from a numbering style)
 * comes out without its number, and the segmenter then does not see it as a heading. Disclosures mostly type their
 * numbers, as the seed does.
 */
import * as cheerio from "cheerio";
import mammoth from "mammoth";
import {asReadError} from "./errors.ts";
import {htmlContent} from "./html-text.ts";
import type {ReadDocumentResult} from "./types.ts";
import {boundedZip, guardZip, type ZipLimits} from "./zip-guard.ts";

export async function readDocx(bytes: Uint8Array, file: string, limits?: ZipLimits): Promise<ReadDocumentResult> {
  guardZip(bytes, file, ".docx", limits);
  const safe = boundedZip(bytes, file, ".docx");
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      {buffer: Buffer.from(safe.buffer, safe.byteOffset, safe.byteLength)},
      // Images are not read at all (no data URIs of every photo), and linked files are never opened.
      {convertImage: mammoth.images.imgElement(async () => ({src: ""})), externalFileAccess: false},
    );
    html = result.value;
  } catch (err) {
    throw asReadError(err, file, "corrupt_archive", "not a readable .docx");
  }
  const {lines, tables} = htmlContent(cheerio.load(html));
  return {text: lines.join("\n") + "\n", encoding: "utf-8", format: "docx", tables};
}
