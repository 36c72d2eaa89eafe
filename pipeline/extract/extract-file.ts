/**
 * The entry point of extraction: one input file, of any format, → an extraction or the reason it cannot be one.
 * Shared by `refresh` and `gongkai extract` (and eval, bench) so all accept and reject the same files with the same
 * words.
 *
 * Any format: `readDocument` picks the reader by extension and magic bytes, and returns the narrative text and the
 * tables; extraction then runs on both. A failure carries a code (empty, binary, undecodable, corrupt_archive,
 * zip_bomb, unsupported_format, no_text_layer, corrupt, not_a_disclosure, extraction_failed) and a reason that
 * starts with the code, so the run report and the console show both without knowing about codes.
 */
import {docIdOf, extractDocument, type DecodedDocument} from "./extract.ts";
import {asReadError, type ReadErrorCode} from "../read/formats/errors.ts";
import {readDocument, type ReadDocumentResult} from "../read/read-document.ts";
import type {Reference} from "../reference/load-reference.ts";
import type {TableGrid} from "../read/grid.ts";
import type {Extraction} from "../types.ts";
import {TooComplexError} from "../lib/structure-limits.ts";

export const SUPPORTED = [".txt", ".docx", ".html", ".htm", ".pdf", ".csv", ".xlsx", ".xls"];

/**
 * Beyond the readers' codes: `too_large` (over the per-file size limit, or out of memory), `timeout` (over the time
 * budget), `too_complex` (nesting or a line so deep/long the parser overflowed its stack, or over a limit of
 * lib/structure-limits.ts).
 */
export type InputErrorCode = ReadErrorCode | "extraction_failed" | "too_large" | "timeout" | "too_complex";

export type InputResult =
  | {ok: true; extraction: Extraction; format: string; tables: TableGrid[]}
  | {ok: false; code: InputErrorCode; reason: string};

export interface ExtractFileOptions {
  /** A generated document of the demo corpus (marked 合成 wherever shown). Default false. */
  isSynthetic?: boolean;
  /**
   * Fits the extraction to where it goes, inside the same error handling: the warehouse passes
   * store/unfit-amounts.ts's `fitForStore`, so an amount no column can hold is unplaced before the document is
   * judged. Default: as extracted.
   */
  fit?: (extraction: Extraction) => Extraction;
}

export async function extractFile(
  bytes: Uint8Array,
  source: string,
  ref: Reference,
  {isSynthetic = false, fit = (ex) => ex}: ExtractFileOptions = {},
): Promise<InputResult> {
  let read: ReadDocumentResult;
  try {
    read = await readDocument(bytes, source);
  } catch (err) {
    if (err instanceof TooComplexError) return fail("too_complex", err.reason);
    if (isStackOverflow(err)) return tooComplex();
    const e = asReadError(err, source, "corrupt", "cannot read");
    return fail(e.code, e.reason);
  }
  // The tables go to extraction with the text: their facts come out tagged origin "table".
  const doc: DecodedDocument = {
    raw: read.text,
    encoding: read.encoding,
    source,
    docId: docIdOf(bytes),
    isSynthetic,
    tables: read.tables,
    created: read.created ?? null,
  };
  let extraction: Extraction;
  try {
    extraction = fit(extractDocument(doc, ref));
  } catch (err) {
    if (err instanceof TooComplexError) return fail("too_complex", err.reason);
    if (isStackOverflow(err)) return tooComplex();
    const message = err instanceof Error ? err.message : String(err);
    return fail("extraction_failed", message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message);
  }
  const why = notADisclosure(extraction, read);
  if (why) return fail("not_a_disclosure", why);
  return {ok: true, extraction, format: read.format, tables: read.tables};
}

/** A RangeError for the call stack, wherever it surfaced (readers may wrap it as their cause). */
function isStackOverflow(err: unknown): boolean {
  for (let e = err; e instanceof Error; e = e.cause) if (/Maximum call stack size exceeded/.test(e.message)) return true;
  return false;
}

const tooComplex = () => fail("too_complex", "nested or repeated too deeply to parse (the parser ran out of stack)");

function fail(code: InputErrorCode, reason: string): InputResult {
  return {ok: false, code, reason: `${code}: ${reason}`};
}

const BUDGET_WORDS = /预算|决算|财政拨款|三公经费|“三公”/;

/**
 * Why the document is no budget disclosure, or null when it is one. It is one when it states a budget amount: a
 * money fact from its text or from its standard tables; or amounts the extractor could not place in a text that
 * speaks of a budget (kept, unplaced, for a reader to review rather than dropped).
 */
function notADisclosure(ex: Extraction, read: ReadDocumentResult): string | null {
  if (ex.facts.some((f) => f.unit === "万元")) return null;
  if (read.tables.length > 0 && ex.mentions.length === 0) {
    const n = read.tables.length;
    return `not a budget disclosure: no budget amounts found (${n} table${n === 1 ? "" : "s"}, none a standard budget table)`;
  }
  if (ex.facts.length === 0 && ex.mentions.length === 0) return "not a budget disclosure: no amounts found";
  if (!BUDGET_WORDS.test(ex.document.text)) {
    const n = ex.mentions.length + ex.facts.length;
    return `not a budget disclosure: no budget amounts found (${n} amount${n === 1 ? "" : "s"}, none of them a budget figure)`;
  }
  return null;
}
