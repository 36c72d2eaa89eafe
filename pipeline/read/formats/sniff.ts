/**
 * Which reader a file needs: its extension says what it claims to be, its first bytes what it is.
 *
 * NOTE: portals serve attachments under the wrong name often enough to matter: a .docx downloaded as .txt, an .xls
 * that is really an HTML table (the "export to Excel" of many CMSs), a .doc that is really a .docx. The bytes win
 * whenever they identify a container (PDF, zip, OLE2); text formats have no magic, so for them the extension decides.
 */
import path from "node:path";
import {decodeBytes} from "../decode.ts";
import {listZip} from "./zip-guard.ts";

export type Format = "txt" | "html" | "csv" | "docx" | "xlsx" | "xls" | "pdf";

/** Extensions each format is published under. */
export const EXTENSIONS: Record<Format, string[]> = {
  txt: [".txt"],
  html: [".html", ".htm", ".shtml"],
  csv: [".csv"],
  docx: [".docx"],
  xlsx: [".xlsx"],
  xls: [".xls"],
  pdf: [".pdf"],
};

export type Sniffed =
  | {format: Format; /** Set when the bytes overrode the extension. */ overridden?: string}
  | {format: null; reason: string};

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function extensionOf(name: string): string {
  return path.extname(name).toLowerCase();
}

export function formatOfExtension(ext: string): Format | null {
  for (const [format, exts] of Object.entries(EXTENSIONS)) if (exts.includes(ext)) return format as Format;
  return null;
}

/** Decide the reader for `bytes` named `name`. Never throws for a container it cannot open: the reader will. */
export function sniffFormat(bytes: Uint8Array, name: string): Sniffed {
  const ext = extensionOf(name);
  const claimed = formatOfExtension(ext);
  const actual = containerOf(bytes, name);
  if (actual && "reason" in actual) return {format: null, reason: actual.reason};
  if (actual) {
    return actual.format === claimed
      ? {format: claimed}
      : {format: actual.format, overridden: `${ext || "no extension"} file is really a ${actual.format}`};
  }
  if (claimed === null)
    return {format: null, reason: ext ? `unsupported format ${ext}` : "unsupported format (no extension)"};
  if (claimed === "xls") {
    // NOTE: the "export to Excel" of many CMSs writes an HTML table or tab-separated text under .xls.
    if (looksLikeHtml(bytes)) return {format: "html", overridden: ".xls file is really an HTML page"};
    if (isText(bytes)) return {format: "csv", overridden: ".xls file is really delimited text"};
  }
  return {format: claimed};
}

/** The container the magic bytes show, or null for text (and for bytes that are no known container). */
function containerOf(bytes: Uint8Array, name: string): {format: Format} | {reason: string} | null {
  if (startsWith(bytes, PDF)) return {format: "pdf"};
  if (startsWith(bytes, OLE2)) {
    // OLE2 holds .xls and the old binary .doc/.ppt alike; only the workbook is readable here.
    const ext = extensionOf(name);
    if (ext === ".doc" || ext === ".docx")
      return {reason: "unsupported format: legacy Word .doc (binary); save it as .docx"};
    if (ext === ".ppt" || ext === ".pptx") return {reason: "unsupported format: legacy PowerPoint .ppt"};
    return {format: "xls"};
  }
  if (startsWith(bytes, ZIP)) {
    let names: string[];
    try {
      names = listZip(bytes, name, "zip archive").map((e) => e.name);
    } catch {
      // A damaged zip: let the reader the extension asks for name the damage (a .txt that is a broken zip is binary).
      return null;
    }
    if (names.includes("word/document.xml")) return {format: "docx"};
    if (names.some((n) => n.startsWith("xl/workbook"))) return {format: "xlsx"};
    if (names.some((n) => n.startsWith("ppt/"))) return {reason: "unsupported format: PowerPoint .pptx"};
    return {reason: "unsupported format: a zip archive that is neither .docx nor .xlsx"};
  }
  return null;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).replace(/^\ufeff|^\u00ef\u00bb\u00bf/, "");
  return /^\s*(?:<!doctype\s+html|<html|<head|<meta|<table|<!--)/i.test(head);
}

function isText(bytes: Uint8Array): boolean {
  try {
    decodeBytes(bytes);
    return true;
  } catch {
    return false;
  }
}

export function isOle2(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE2);
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}
