/**
 * Why a file could not be read as a disclosure: one named code per cause, so the run report, the console and the
 * tests can tell a truncated .xlsx from a zip bomb from a recipe without parsing sentences.
 */
import {DecodeError} from "../decode.ts";

export type ReadErrorCode =
  /** No bytes, or only whitespace. */
  | "empty"
  /** Bytes that are no text in any encoding (random bytes, an image under .txt). */
  | "binary"
  /** Text-like bytes in no encoding we can decode with confidence. */
  | "undecodable"
  /** A .docx/.xlsx/.xls that is not a readable container: truncated, damaged, or not a zip at all. */
  | "corrupt_archive"
  /** A zip whose entries declare or would inflate to more than the limits allow. */
  | "zip_bomb"
  /** A format no reader exists for (.doc, .pptx, an unknown extension …). */
  | "unsupported_format"
  /** Readable, but no budget amounts at all: a recipe, a notice, lorem ipsum. */
  | "not_a_disclosure"
  /** A PDF with no text layer (a scan); raised by the PDF reader. */
  | "no_text_layer"
  /** A file its reader cannot open for another reason (a PDF pdf.js rejects: encrypted, damaged, truncated). */
  | "corrupt";

/** A file that cannot become an extraction; `message` starts with the file name, `reason` is without it. */
export class ReadError extends Error {
  readonly code: ReadErrorCode;
  readonly file: string;
  readonly reason: string;
  constructor(code: ReadErrorCode, file: string, reason: string, options?: {cause?: unknown}) {
    super(`${file}: ${reason}`, options);
    this.name = "ReadError";
    this.code = code;
    this.file = file;
    this.reason = reason;
  }
}

/** Any error a reader throws, as a ReadError: DecodeErrors keep their code, anything else is `fallback`. */
export function asReadError(err: unknown, file: string, fallback: ReadErrorCode, what: string): ReadError {
  if (err instanceof ReadError) return err;
  const message = err instanceof Error ? err.message : String(err);
  // Readers start their messages with the file ("x.pdf: …", "x.pdf has no text layer"); the reason does not.
  const bare = message.startsWith(`${file}: `)
    ? message.slice(file.length + 2)
    : message.startsWith(`${file} `)
      ? message.slice(file.length + 1)
      : message;
  if (err instanceof DecodeError) return new ReadError(err.code, file, bare, {cause: err});
  // Errors that carry a code of ours (e.g. the PDF reader's own error class) keep it.
  const code = (err as {code?: unknown} | null)?.code;
  if (typeof code === "string" && CODES.has(code))
    return new ReadError(code as ReadErrorCode, file, bare, {cause: err});
  return new ReadError(fallback, file, `${what}: ${bare}`, {cause: err});
}

const CODES = new Set<string>([
  "empty",
  "binary",
  "undecodable",
  "corrupt_archive",
  "zip_bomb",
  "unsupported_format",
  "not_a_disclosure",
  "no_text_layer",
  "corrupt",
]);
