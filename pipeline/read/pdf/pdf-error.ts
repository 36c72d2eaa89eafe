/** Why a PDF could not be read: a scan without text, or a file pdf.js cannot open (encrypted, damaged, truncated). */
export type PdfErrorCode = "no_text_layer" | "corrupt";

/** Thrown by `readPdf`; `code` says why, the message names the file and, for "corrupt", pdf.js's reason. */
export class PdfError extends Error {
  readonly code: PdfErrorCode;
  constructor(code: PdfErrorCode, message: string, options?: {cause?: unknown}) {
    super(message, options);
    this.name = "PdfError";
    this.code = code;
  }
}
