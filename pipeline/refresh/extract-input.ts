/**
 * One input file → an extraction or the reason it cannot be one. Shared by `refresh` and `gongkai extract` so both
 * accept and reject the same files with the same words.
 */
import path from "node:path";
import {extractBytes} from "../extract/extract.ts";
import {DecodeError} from "../read/decode.ts";
import type {Reference} from "../reference/load-reference.ts";
import {extractionsToArrow} from "../store/arrow-tables.ts";
import type {Extraction} from "../types.ts";

export const SUPPORTED = [".txt"];

export type InputResult = {ok: true; extraction: Extraction} | {ok: false; reason: string};

export function extractInput(bytes: Uint8Array, source: string, ref: Reference, isSynthetic = false): InputResult {
  const ext = path.extname(source).toLowerCase();
  if (!SUPPORTED.includes(ext)) {
    const what = ext ? `unsupported format ${ext}` : "unsupported format (no extension)";
    return {ok: false, reason: `${what} (supported: ${SUPPORTED.join(", ")})`};
  }
  let extraction: Extraction;
  try {
    extraction = extractBytes(bytes, source, ref, isSynthetic);
    // Converting alone is cheap and catches a value no column can hold, so one bad document fails by itself
    // instead of aborting the whole table build later.
    extractionsToArrow([extraction]);
  } catch (err) {
    return {ok: false, reason: reasonOf(err, source)};
  }
  if (extraction.facts.length === 0 && extraction.mentions.length === 0) {
    return {ok: false, reason: "not a budget disclosure: no amounts found"};
  }
  return {ok: true, extraction};
}

/** DecodeError messages start with the file name; the report already names the file. */
function reasonOf(err: unknown, source: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const bare = message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message;
  return err instanceof DecodeError || !(err instanceof Error) ? bare : `extraction failed: ${bare}`;
}
