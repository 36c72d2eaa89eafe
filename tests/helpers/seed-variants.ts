/**
 * Variants of a document's text for tests, made on the fly so no edited copies of real documents are checked in.
 * Each imitates one thing real sources do to the same text: Windows line ends, a PDF text layer's hard wraps and page
 * numbers, half-width punctuation, and the encodings sites publish in.
 */
import iconv from "iconv-lite";

export type Encoding = "utf-8" | "utf-8-bom" | "gb18030" | "utf-16le" | "utf-16be";

/** LF → CRLF. */
export function toCRLF(s: string): string {
  return s.replace(/\r?\n/g, "\r\n");
}

/**
 * Wrap every line at `width` characters (code points) and, every `pageEvery` wrapped lines, insert a page-number line
 * (`- 3 -`) and a blank line, as a PDF text layer does. A break never falls next to whitespace: a PDF extractor does
 * not keep the space at a wrap, so a break there would lose text rather than just add a newline. Indentation is
 * dropped first: a text layer carries the glyphs, not the spaces a word processor indented them with.
 */
export function hardWrap(s: string, width = 40, {pageEvery = 25}: {pageEvery?: number} = {}): string {
  const out: string[] = [];
  let body = 0;
  let page = 1;
  for (const line of s.split("\n")) {
    for (const chunk of wrapLine(line.replace(/^[\s\u3000]+/u, ""), width)) {
      out.push(chunk);
      if (++body % pageEvery === 0) out.push(`- ${page++} -`, "");
    }
  }
  return out.join("\n");
}

function wrapLine(line: string, width: number): string[] {
  const chars = Array.from(line);
  const chunks: string[] = [];
  let start = 0;
  while (chars.length - start > width) {
    let end = start + width;
    while (end < chars.length && (/\s/.test(chars[end - 1]) || /\s/.test(chars[end]))) end++;
    chunks.push(chars.slice(start, end).join(""));
    start = end;
  }
  if (start < chars.length || chunks.length === 0) chunks.push(chars.slice(start).join(""));
  return chunks;
}

const HALF_WIDTH: Record<string, string> = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"};

/** Full-width → half-width punctuation (，；：（）！？), as some authors type it; 、 and 。 stay as they are. */
export function toHalfWidthPunct(s: string): string {
  return s.replace(/[，；：（）！？]/g, (c) => HALF_WIDTH[c]);
}

/** The bytes of `s` in `enc`. UTF-16 gets a BOM unless `bom: false`; "utf-8-bom" is UTF-8 with a BOM. */
export function encodeAs(s: string, enc: Encoding, {bom = true}: {bom?: boolean} = {}): Uint8Array {
  switch (enc) {
    case "utf-8":
      return new TextEncoder().encode(s);
    case "utf-8-bom":
      return concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(s));
    case "gb18030":
      return new Uint8Array(iconv.encode(s, "gb18030"));
    case "utf-16le":
      return concat(bom ? [0xff, 0xfe] : [], new Uint8Array(Buffer.from(s, "utf16le")));
    case "utf-16be":
      return concat(bom ? [0xfe, 0xff] : [], new Uint8Array(Buffer.from(s, "utf16le").swap16()));
  }
}

function concat(head: number[], body: Uint8Array): Uint8Array {
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}
