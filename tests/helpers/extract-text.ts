/**
 * A text disclosure's bytes → its extraction, synchronously: decoded as the .txt reader decodes it, then the
 * pipeline's extractDocument. For tests of extraction on text; the pipeline's entry point for a file of any format
 * is pipeline/extract/extract-file.ts.
 */
import {docIdOf, extractDocument} from "../../pipeline/extract/extract.ts";
import {decodeBytes} from "../../pipeline/read/decode.ts";
import type {Reference} from "../../pipeline/reference/load-reference.ts";
import type {Extraction} from "../../pipeline/types.ts";

export function extractBytes(bytes: Uint8Array, source: string, ref: Reference, isSynthetic = false): Extraction {
  const {text, encoding} = decodeBytes(bytes, source);
  return extractDocument({raw: text, encoding, source, docId: docIdOf(bytes), isSynthetic}, ref);
}
