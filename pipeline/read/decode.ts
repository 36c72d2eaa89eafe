/**
 * Turn the raw bytes of a disclosure into text, and say which encoding they were in.
 *
 * Chinese government sites publish text in whatever their CMS or the author's Word produced: UTF-8 (with or without
 * a BOM), GBK/GB2312 (decoded here as GB18030, its superset), and now and then UTF-16 from a Windows "Unicode" save.
 * The order of the checks matters: BOMs are certain, NUL bytes point at UTF-16 or a binary file, strict UTF-8 is
 * almost never valid by accident for CJK text in another encoding, and GB18030 is the fallback because it decodes
 * nearly any byte sequence — so its output has to be judged before it is trusted.
 */
import chardet from "chardet";
import iconv from "iconv-lite";

/** Why a file could not be decoded. */
export type DecodeErrorCode = "empty" | "binary" | "undecodable";

/** Thrown by `decodeBytes`; `code` says why, the message names the file. */
export class DecodeError extends Error {
  readonly code: DecodeErrorCode;
  constructor(code: DecodeErrorCode, message: string) {
    super(message);
    this.name = "DecodeError";
    this.code = code;
  }
}

export interface Decoded {
  /** The decoded text, BOM removed, otherwise exactly as in the file. */
  text: string;
  /** "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030". */
  encoding: string;
}

// Magic numbers of the binary formats that turn up among "text" downloads (a PDF or .docx saved under .txt).
const SIGNATURES: [string, number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["PDF", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["ZIP container (docx/xlsx?)", [0x50, 0x4b, 0x03, 0x04]],
  ["OLE2 container (doc/xls?)", [0xd0, 0xcf, 0x11, 0xe0]],
];

/** Share of characters that must look like real text (CJK, ASCII, punctuation) to accept a decoding. */
const MIN_PLAUSIBLE = 0.9;
/** Share of U+FFFD above which a GB18030 decoding is rejected. */
const MAX_REPLACEMENT = 0.01;
/** Share of control bytes (other than tab, LF, CR, FF, Ctrl-Z) above which the file counts as binary. */
const MAX_CONTROL = 0.02;

/** Decode a text file's bytes; throws `DecodeError` for empty, binary or undecodable input. */
export function decodeBytes(bytes: Uint8Array, name = "<input>"): Decoded {
  if (bytes.length === 0) throw new DecodeError("empty", `${name}: file is empty`);

  for (const [kind, sig] of SIGNATURES) {
    if (startsWith(bytes, sig)) throw new DecodeError("binary", `${name}: looks like a binary file (${kind})`);
  }

  const result = decodeKnown(bytes, name);
  if (result.text.replace(/[\s\u3000\ufeff]/g, "") === "") {
    throw new DecodeError("empty", `${name}: file is empty (whitespace only)`);
  }
  return result;
}

function decodeKnown(bytes: Uint8Array, name: string): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strictUtf8(bytes.subarray(3));
    if (text === null) throw new DecodeError("undecodable", `${name}: has a UTF-8 BOM but is not valid UTF-8`);
    return {text, encoding: "utf-8-bom"};
  }
  if (startsWith(bytes, [0xff, 0xfe])) return checked(utf16(bytes.subarray(2), "le"), "utf-16le", name);
  if (startsWith(bytes, [0xfe, 0xff])) return checked(utf16(bytes.subarray(2), "be"), "utf-16be", name);

  // NOTE: UTF-16 without a BOM (some Windows tools) has NULs in the high byte of every ASCII character, newlines
  // included. Any other NULs mean a binary file. Which byte order: whichever decodes to plausible text.
  if (bytes.includes(0)) {
    const best = bestUtf16(bytes);
    if (best) return best;
    throw new DecodeError("binary", `${name}: looks like a binary file (NUL bytes)`);
  }

  if (controlShare(bytes) > MAX_CONTROL) {
    throw new DecodeError("binary", `${name}: looks like a binary file (control characters)`);
  }

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return {text: utf8, encoding: "utf-8"};

  // GB18030 maps almost every byte sequence to *something*, so judge the result: replacement characters mean
  // invalid sequences, and rare planes/symbols instead of CJK and ASCII mean the bytes were some other encoding.
  const gb = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
  if (replacementShare(gb) <= MAX_REPLACEMENT && plausibleShare(gb) >= MIN_PLAUSIBLE) {
    return {text: gb, encoding: "gb18030"};
  }
  // A UTF-16 file of pure CJK text with no ASCII at all has no NULs; last chance before giving up.
  const best = bestUtf16(bytes);
  if (best) return best;

  // chardet only enriches the message: its guesses on short CJK text are too unreliable to decode by.
  const guess = chardet.detect(bytes);
  throw new DecodeError(
    "undecodable",
    `${name}: not UTF-8, UTF-16 or GB18030 text${guess ? ` (chardet guesses ${guess})` : ""}`,
  );
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    // ignoreBOM keeps a second U+FEFF (after a stripped BOM) as the file has it.
    return new TextDecoder("utf-8", {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch {
    return null;
  }
}

function utf16(bytes: Uint8Array, order: "le" | "be"): string {
  let le = bytes;
  if (order === "be") {
    // Swap to little-endian ourselves: TextDecoder("utf-16be") needs full ICU, which not every Node build has.
    le = new Uint8Array(bytes.length - (bytes.length % 2));
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      le[i] = bytes[i + 1];
      le[i + 1] = bytes[i];
    }
  }
  return new TextDecoder("utf-16le", {ignoreBOM: true}).decode(le);
}

function checked(text: string, encoding: string, name: string): Decoded {
  if (replacementShare(text) > MAX_REPLACEMENT) {
    throw new DecodeError("undecodable", `${name}: has a ${encoding} BOM but does not decode as ${encoding}`);
  }
  return {text, encoding};
}

function bestUtf16(bytes: Uint8Array): Decoded | null {
  const candidates = (["le", "be"] as const).map((order) => {
    const text = utf16(bytes, order);
    return {text, encoding: `utf-16${order}`, score: plausibleShare(text) - replacementShare(text)};
  });
  const best = candidates[0].score >= candidates[1].score ? candidates[0] : candidates[1];
  return best.score >= MIN_PLAUSIBLE ? {text: best.text, encoding: best.encoding} : null;
}

function controlShare(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) {
    // NOTE: tab, LF, CR, form feed (page breaks from pdftotext) and Ctrl-Z (DOS end-of-file) occur in real text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) n++;
    else if (b === 0x7f) n++;
  }
  return n / bytes.length;
}

function replacementShare(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) n++;
  return n / text.length;
}

/** Share of UTF-16 code units that are ordinary text in a Chinese document. */
function plausibleShare(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) || // ASCII printable
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x0c ||
      (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
      (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
      (c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation
      (c >= 0xff00 && c <= 0xffef) || // full-width forms
      (c >= 0x2000 && c <= 0x206f) || // general punctuation: “” — …
      (c >= 0x2460 && c <= 0x24ff) || // enclosed numbers ①
      (c >= 0x2160 && c <= 0x217f) || // Roman numerals Ⅰ
      c === 0xa0 ||
      c === 0xb7 ||
      c === 0xd7 ||
      c === 0xfeff
    ) {
      n++;
    }
  }
  return n / text.length;
}
