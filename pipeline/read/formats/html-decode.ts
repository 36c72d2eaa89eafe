/**
 * An HTML page's bytes → text. Government portals still serve many pages in GBK/GB2312, declared in a
 * `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=gb2312">`.
 *
 * Order: a BOM is certain; then strict UTF-8, because a page that decodes as UTF-8 is UTF-8 whatever its meta says
 * (NOTE: CMS templates copied from older sites keep declaring gb2312 after the site moved to UTF-8); then the
 * declared charset through iconv-lite; then the same judgement as for a .txt file.
 */
import iconv from "iconv-lite";
import {DecodeError, decodeBytes, type Decoded} from "../decode.ts";

/** How far into the page the meta tag is looked for (the HTML spec's prescan reads 1024 bytes; be generous). */
const PRESCAN_BYTES = 4096;

/** The GB family is decoded as GB18030, the superset: a GBK page with a rare character still decodes. */
const GB_FAMILY = new Set(["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"]);

export function decodeHtml(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new DecodeError("empty", `${file}: file is empty`);
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  // NUL and other control bytes mean UTF-16 or a binary file: decodeBytes tells which.
  if (!hasBom && !looksBinary(bytes)) {
    const utf8 = strictUtf8(bytes);
    if (utf8 !== null) return checkedText({text: utf8, encoding: "utf-8"}, file);
    const declared = declaredCharset(bytes);
    if (declared && declared !== "utf-8" && iconv.encodingExists(declared)) {
      const gb = GB_FAMILY.has(declared);
      const text = iconv.decode(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        gb ? "gb18030" : declared,
      );
      if (!text.includes("\ufffd") || replacementShare(text) < 0.01) {
        return checkedText({text, encoding: gb ? "gb18030" : declared}, file);
      }
    }
  }
  // BOMs, undeclared pages and pages whose declaration does not fit their bytes: judged like any text file.
  return decodeBytes(bytes, file);
}

/** The charset a `<meta>` in the first bytes declares, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Tags and attribute names are ASCII in every ASCII-compatible charset, so latin1 reads them safely.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString(
    "latin1",
  );
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (m) return m[1].toLowerCase();
  }
  return null;
}

function checkedText(d: Decoded, file: string): Decoded {
  if (d.text.replace(/[\s\u3000\ufeff]/g, "") === "")
    throw new DecodeError("empty", `${file}: file is empty (whitespace only)`);
  return d;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch {
    return null;
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  let n = 0;
  for (const b of bytes) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) n++;
  return n > 0.02 * bytes.length || bytes.includes(0);
}

function replacementShare(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === "\ufffd") n++;
  return n / Math.max(text.length, 1);
}
