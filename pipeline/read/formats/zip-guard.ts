/**
 * Zip containers (.docx, .xlsx) are inspected before any library inflates them: a damaged archive is named as such,
 * and a zip bomb (a few KB that inflate to gigabytes) is refused before it can fill memory. mammoth and SheetJS
 * inflate whole entries into memory without a bound, so the check has to come first.
 *
 * Two steps, both with fflate:
 * 1. `guardZip`: the central directory's declared sizes, before anything is inflated: the total uncompressed size
 *    and each entry's compression ratio.
 * 2. `boundedZip`: declared sizes are just numbers, and a bomb can declare small ones and inflate to much more. fflate
 *    inflates each entry into a buffer of its declared size and stops there; the archive handed on is rebuilt from
 *    those buffers, so nothing after this point can inflate past the limits checked in step 1.
 */
import {unzipSync, zipSync} from "fflate";
import {ReadError} from "./errors.ts";

export interface ZipLimits {
  /** Total uncompressed bytes of all entries. */
  maxTotalBytes: number;
  /** Uncompressed / compressed size of one entry, checked for entries larger than `ratioFloorBytes`. */
  maxRatio: number;
  /** Small entries (styles, shared strings of an empty sheet) compress very well and are harmless. */
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {maxTotalBytes: 200 * 2 ** 20, maxRatio: 100, ratioFloorBytes: 2 ** 20};

export interface ZipEntry {
  name: string;
  /** Compressed size as the central directory states it. */
  size: number;
  /** Uncompressed size as the central directory states it. */
  originalSize: number;
  /** 0 stored, 8 deflate. */
  compression: number;
}

const MB = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;

/** The entries of a zip archive from its central directory, nothing inflated; corrupt_archive when unreadable. */
export function listZip(bytes: Uint8Array, file: string, kind: string): ZipEntry[] {
  // .docx and .xlsx are zip archives; without the zip signature the file is something else under that name.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
    throw new ReadError("corrupt_archive", file, `not a readable ${kind} (not a zip archive)`);
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({name: f.name, size: f.size, originalSize: f.originalSize, compression: f.compression});
        return false;
      },
    });
  } catch (err) {
    throw new ReadError(
      "corrupt_archive",
      file,
      `not a readable ${kind} (zip archive damaged or truncated: ${(err as Error).message})`,
      {cause: err},
    );
  }
  if (entries.length === 0) throw new ReadError("corrupt_archive", file, `not a readable ${kind} (empty zip archive)`);
  return entries;
}

/** Throws zip_bomb when the archive declares or inflates to more than the limits allow; returns its entries. */
export function guardZip(
  bytes: Uint8Array,
  file: string,
  kind: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): ZipEntry[] {
  const entries = listZip(bytes, file, kind);
  let total = 0;
  for (const e of entries) {
    total += e.originalSize;
    if (e.originalSize > limits.ratioFloorBytes && e.originalSize > limits.maxRatio * Math.max(e.size, 1)) {
      const ratio = Math.round(e.originalSize / Math.max(e.size, 1));
      throw new ReadError(
        "zip_bomb",
        file,
        `entry ${e.name} inflates ${e.size} bytes to ${MB(e.originalSize)} (${ratio}×; limit ${limits.maxRatio}×)`,
      );
    }
  }
  if (total > limits.maxTotalBytes) {
    throw new ReadError(
      "zip_bomb",
      file,
      `entries declare ${MB(total)} uncompressed (limit ${MB(limits.maxTotalBytes)})`,
    );
  }
  return entries;
}

/**
 * The archive rebuilt from its entries inflated by fflate into buffers of their declared sizes, stored without
 * compression. A bomb that declares small sizes and inflates to more is cut at its declared size here (its XML then
 * fails to parse: corrupt_archive) instead of being inflated without a bound by the library that reads it next.
 */
export function boundedZip(bytes: Uint8Array, file: string, kind: string): Uint8Array {
  try {
    return zipSync(unzipSync(bytes), {level: 0});
  } catch (err) {
    throw new ReadError("corrupt_archive", file, `not a readable ${kind} (${(err as Error).message})`, {cause: err});
  }
}
