/**
 * A PDF's own creation date, from its document information dictionary (`/CreationDate (D:20250725095034+08'00')`):
 * the publication date of last resort when the text states none. The date is kept as written (the local date of
 * whoever made the file), not moved to UTC: `D:20230919084837+00'48'` is 2023-09-19.
 */
import type {PDFDocumentProxy} from "pdfjs-dist/legacy/build/pdf.mjs";

/** `D:YYYYMMDD…` (the `D:` optional) → `YYYY-MM-DD`, or null when it is no valid date. */
export function pdfDateToIso(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const m = /^(?:D:)?((?:19|20)\d\d)(\d\d)(\d\d)/u.exec(raw.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** The document's metadata CreationDate as ISO yyyy-mm-dd, or null when it has none (or pdf.js cannot read it). */
export async function pdfCreationDate(doc: PDFDocumentProxy): Promise<string | null> {
  try {
    const {info} = await doc.getMetadata();
    return pdfDateToIso((info as Record<string, unknown> | undefined)?.CreationDate);
  } catch {
    return null;
  }
}
