/**
 * Open PDF bytes with pdf.js (the legacy build, which is the one meant for Node) without letting it reach for the
 * network: character maps and the standard fonts are read from pdfjs-dist's own folders on disk, font faces are never
 * installed, and no script is evaluated.
 */
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {getDocument, type PDFDocumentProxy} from "pdfjs-dist/legacy/build/pdf.mjs";
import {PdfError} from "./pdf-error.ts";

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
// NOTE: CJK PDFs often use predefined CMaps (UniGB-UCS2-H …) instead of embedding a ToUnicode map; without the
// bundled cMaps pdf.js cannot turn their glyphs back into characters. In Node pdf.js reads these paths with fs.
const CMAP_DIR = join(pdfjsRoot, "cmaps") + "/";
const FONT_DIR = join(pdfjsRoot, "standard_fonts") + "/";

/** Bytes → a loaded document; a missing header, a missing end marker or any pdf.js failure → PdfError "corrupt". */
export async function openPdf(bytes: Uint8Array, name: string): Promise<PDFDocumentProxy> {
  if (!startsWithPdfHeader(bytes)) throw new PdfError("corrupt", `${name}: not a PDF (no %PDF- header)`);
  // NOTE: pdf.js repairs a damaged cross-reference table by scanning the file, so a download cut short can open
  // with its last pages silently missing. A PDF always ends with %%EOF (possibly followed by whitespace).
  if (!endsWithEofMarker(bytes)) throw new PdfError("corrupt", `${name}: truncated PDF (no %%EOF at the end)`);
  // pdf.js transfers (detaches) the buffer it is given and refuses Node Buffers: hand it a plain copy, so the
  // caller's bytes stay usable.
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_DIR,
    cMapPacked: true,
    standardFontDataUrl: FONT_DIR,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (err) {
    await task.destroy().catch(() => {});
    throw new PdfError("corrupt", `${name}: pdf.js cannot open it: ${reasonOf(err)}`, {cause: err});
  }
}

export function reasonOf(err: unknown): string {
  const name = err && typeof err === "object" && "name" in err ? err.name : null;
  if (name === "PasswordException") return "encrypted (password required)";
  return err instanceof Error ? err.message : String(err);
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow a little junk (some servers prepend a BOM or whitespace); pdf.js accepts 1 KB of it.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

function endsWithEofMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes("%%EOF");
}
