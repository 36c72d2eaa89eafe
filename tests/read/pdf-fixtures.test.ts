import {existsSync, readFileSync} from "node:fs";
import PDFDocument from "pdfkit";
import {beforeAll, describe, expect, it} from "vitest";
import {docIdOf, extractDocument} from "../../pipeline/extract/extract.ts";
import {extractBytes} from "../helpers/extract-text.ts";
import {PdfError, readPdf} from "../../pipeline/read/pdf/read-pdf.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import type {FactRecord} from "../../pipeline/types.ts";
import {repoRoot} from "../helpers/shared.ts";

/** PDFs written by a real PDF writer (pdfkit) in the test itself, with a CJK font from the system. */
const FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const SEED = `${repoRoot}/data/raw/四川省/阿坝藏族羌族自治州/2024/阿坝州总工会.txt`;
const hasFont = existsSync(FONT);

function pdfBytes(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({size: "A4", margin: 56, compress: true, info: {CreationDate: new Date(0)}, ...options});
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  draw(doc);
  doc.end();
  return done;
}

/** The seed's narrative set as a PDF: one paragraph after another, wrapped at the page width, over several pages. */
const seedPdf = () =>
  pdfBytes((doc) => {
    doc.font(FONT, "NotoSansCJKsc-Regular").fontSize(11);
    for (const para of readFileSync(SEED, "utf8").split("\n")) {
      if (para.trim()) doc.text(para.trim(), {align: "left", paragraphGap: 4});
      else doc.moveDown(0.5);
    }
  });

const identity = (f: FactRecord) => [f.key, f.basis, f.code, f.parent, f.label, f.measure, f.amount].join("|");

describe("PDF fixtures made by pdfkit", () => {
  it.skipIf(!hasFont)(`the seed's narrative as a PDF yields the text path's facts (skipped without ${FONT})`, async () => {
    const ref = loadReference();
    const bytes = await seedPdf();
    const pdf = await readPdf(bytes, "阿坝州总工会.pdf");
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.text).toContain("=== page 2 ===");
    const fromPdf = extractDocument({raw: pdf.text, encoding: "pdf", source: "阿坝州总工会.pdf", docId: docIdOf(bytes), tables: pdf.tables}, ref);
    const fromTxt = extractBytes(readFileSync(SEED), "阿坝州总工会.txt", ref);
    expect(fromTxt.facts.length).toBeGreaterThan(20);
    expect(fromPdf.facts.map(identity).sort()).toEqual(fromTxt.facts.map(identity).sort());
    expect(fromPdf.document).toMatchObject({unit: fromTxt.document.unit, year: fromTxt.document.year, kind: fromTxt.document.kind});
  });

  it("a PDF without a text layer (a drawn page, like a scan) is a named error", async () => {
    const bytes = await pdfBytes((doc) => doc.rect(100, 100, 300, 200).fill("#888"));
    const err = await readPdf(bytes, "scan.pdf").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PdfError);
    expect(err).toMatchObject({code: "no_text_layer", message: "scan.pdf has no text layer (a scan?): OCR it first"});
  });

  describe("unreadable PDFs are 'corrupt', with the reason", () => {
    let good: Uint8Array;
    beforeAll(async () => {
      good = await pdfBytes((doc) => doc.fontSize(12).text("Budget 2024: 3422.23"));
    });

    it("truncated bytes", async () => {
      const err = await readPdf(good.subarray(0, Math.floor(good.length / 2)), "cut.pdf").catch((e: unknown) => e);
      expect(err).toMatchObject({name: "PdfError", code: "corrupt"});
      expect((err as Error).message).toMatch(/^cut\.pdf: truncated PDF/);
    });

    it("bytes that are no PDF at all", async () => {
      const err = await readPdf(new TextEncoder().encode("hello"), "x.pdf").catch((e: unknown) => e);
      expect(err).toMatchObject({code: "corrupt", message: "x.pdf: not a PDF (no %PDF- header)"});
    });

    it("a damaged body: pdf.js's own reason is kept", async () => {
      const bytes = new Uint8Array(good);
      // Overwrite everything between the header and the trailer: no objects are left to read.
      bytes.fill(0x20, 16, bytes.length - 40);
      const err = await readPdf(bytes, "broken.pdf").catch((e: unknown) => e);
      expect(err).toMatchObject({code: "corrupt"});
      expect((err as Error).message).toMatch(/^broken\.pdf: pdf\.js cannot (?:open|read) it: \S/);
    });

    it("an encrypted PDF", async () => {
      const bytes = await pdfBytes((doc) => doc.text("secret"), {userPassword: "pw", pdfVersion: "1.7"});
      const err = await readPdf(bytes, "locked.pdf").catch((e: unknown) => e);
      expect(err).toMatchObject({code: "corrupt", message: "locked.pdf: pdf.js cannot open it: encrypted (password required)"});
    });
  });

  it("reading leaves the caller's bytes intact (pdf.js detaches what it is given)", async () => {
    const bytes = await pdfBytes((doc) => doc.fontSize(12).text("Budget 2024: 3422.23"));
    const copy = bytes.slice();
    const r = await readPdf(bytes, "a.pdf");
    expect(r.text).toBe("=== page 1 ===\nBudget 2024: 3422.23\n");
    expect(bytes).toEqual(copy);
  });
});
