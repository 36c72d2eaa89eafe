/** Every kind of bad file gets its own named error (a ReadError with a code) naming the file and the reason. */
import {zipSync} from "fflate";
import {describe, expect, it} from "vitest";
import {ReadError, readDocument} from "../../../pipeline/read/read-document.ts";
import {extractFile} from "../../../pipeline/extract/extract-file.ts";
import {fitForStore} from "../../../pipeline/store/unfit-amounts.ts";
import {loadReference} from "../../../pipeline/reference/load-reference.ts";
import {
  LOREM,
  RECIPE,
  randomBytes,
  truncated,
  unknownEncodingBytes,
  zipBombDocx,
  zipBombXlsx,
} from "../../helpers/fixtures/bad-input.ts";
import {docxOf} from "../../helpers/fixtures/docx.ts";
import {seedLines} from "../../helpers/fixtures/seed.ts";
import {seedStandardTables, tableRows} from "../../helpers/fixtures/standard-tables.ts";
import {workbookOf} from "../../helpers/fixtures/sheets.ts";

async function readError(bytes: Uint8Array, name: string, opts = {}): Promise<ReadError> {
  try {
    await readDocument(bytes, name, opts);
  } catch (err) {
    expect(err).toBeInstanceOf(ReadError);
    return err as ReadError;
  }
  throw new Error(`${name} was read`);
}

const xlsx = () => workbookOf([{name: "收支总表", rows: tableRows(seedStandardTables()[0])}], "xlsx");

describe("bad input: named errors", () => {
  it("empty files, whatever the format", async () => {
    for (const name of ["a.txt", "a.docx", "a.xlsx", "a.html", "a.csv"]) {
      expect(await readError(new Uint8Array(), name)).toMatchObject({
        code: "empty",
        file: name,
        message: `${name}: file is empty`,
      });
    }
    expect(await readError(Buffer.from(" \n\u3000\n"), "blank.txt")).toMatchObject({code: "empty"});
  });

  it("random bytes (seeded): binary for text formats, corrupt_archive for containers", async () => {
    const noise = randomBytes(8192);
    for (const name of ["noise.txt", "noise.html", "noise.csv"])
      expect((await readError(noise, name)).code).toBe("binary");
    for (const name of ["noise.docx", "noise.xlsx", "noise.xls"])
      expect((await readError(noise, name)).code).toBe("corrupt_archive");
  });

  it("text in no known encoding is undecodable", async () => {
    const e = await readError(unknownEncodingBytes(), "mojibake.txt");
    expect(e.code).toBe("undecodable");
    expect(e.reason).toMatch(/not UTF-8, UTF-16 or GB18030/);
  });

  it("a truncated .docx or .xlsx (a real one, cut in half) is corrupt_archive", async () => {
    const docx = await docxOf(seedLines());
    for (const [bytes, name] of [
      [truncated(docx), "cut.docx"],
      [truncated(xlsx()), "cut.xlsx"],
      [truncated(docx, 0.9), "cut90.docx"],
    ] as const) {
      const e = await readError(bytes, name);
      expect(e.code).toBe("corrupt_archive");
      expect(e.message).toMatch(
        new RegExp(`^${name}: not a readable \\.(docx|xlsx) \\(zip archive damaged or truncated`),
      );
    }
  });

  it("a zip with a damaged entry (bytes flipped inside the deflate stream) is corrupt_archive", async () => {
    const docx = new Uint8Array(await docxOf(seedLines()));
    // Flip bytes in the middle of the archive, inside word/document.xml's compressed data; the directory is intact.
    for (let i = Math.floor(docx.length * 0.3); i < Math.floor(docx.length * 0.3) + 64; i++) docx[i] ^= 0xff;
    expect((await readError(docx, "flipped.docx")).code).toBe("corrupt_archive");
  });

  it("zip bombs: 50 MB of zeros in a few KB, as .docx and .xlsx, refused before inflating", async () => {
    const bomb = zipBombDocx(50);
    expect(bomb.length).toBeLessThan(100_000);
    const e = await readError(bomb, "bomb.docx");
    expect(e.code).toBe("zip_bomb");
    expect(e.reason).toMatch(/^entry word\/document\.xml inflates \d+ bytes to 50\.0 MB \(\d+×; limit 100×\)$/);
    expect((await readError(zipBombXlsx(50), "bomb.xlsx")).code).toBe("zip_bomb");
    // Deflating 2 × 50 MB takes a few seconds on a busy 2-core machine.
  }, 60_000);

  it("zip bombs by total size: entries that together declare more than the limit", async () => {
    // Limits lowered for the test: 3 entries of 1 MB of text-like data against a 2 MB total.
    const entry = new TextEncoder().encode("<w:t>预算</w:t>".repeat(80_000));
    const zip = zipSync({"word/document.xml": entry, "word/a.xml": entry, "word/b.xml": entry});
    const e = await readError(zip, "big.docx", {
      zipLimits: {maxTotalBytes: 2 * 2 ** 20, maxRatio: 10_000, ratioFloorBytes: 2 ** 20},
    });
    expect(e).toMatchObject({
      code: "zip_bomb",
      reason: expect.stringMatching(/^entries declare \d+\.\d MB uncompressed \(limit 2\.0 MB\)$/),
    });
  });

  it("the bytes win over the extension: a .txt that is a .docx is read as one; a .doc, a .pptx and .zip are unsupported", async () => {
    const docx = await docxOf(["一、测试"]);
    expect(await readDocument(docx, "saved-as.txt")).toMatchObject({format: "docx", text: "一、测试\n"});
    expect((await readError(Buffer.from("hello"), "old.doc")).code).toBe("unsupported_format");
    expect((await readError(zipSync({"ppt/presentation.xml": new Uint8Array(10)}), "slides.pptx")).code).toBe(
      "unsupported_format",
    );
    expect((await readError(zipSync({"readme.txt": new Uint8Array(10)}), "archive.zip")).reason).toBe(
      "unsupported format: a zip archive that is neither .docx nor .xlsx",
    );
    expect((await readError(Buffer.from("x"), "notes.md")).reason).toBe("unsupported format .md");
  });

  it("a .pdf that pdf.js cannot open gets the PDF reader's code", async () => {
    const e = await readError(Buffer.from("%PDF-1.4\n% nothing else\n"), "broken.pdf");
    expect(["corrupt", "no_text_layer"]).toContain(e.code);
  });

  it("not a disclosure: a recipe, lorem ipsum, a text with amounts but no budget (through extractFile)", async () => {
    const ref = loadReference();
    const shop = "本店今日特价：苹果每斤5元，香蕉每斤3.5元，满100元包邮。\n";
    for (const [text, name] of [
      [RECIPE, "菜谱.txt"],
      [LOREM, "lorem.txt"],
      [shop, "shop.txt"],
    ]) {
      const r = await extractFile(Buffer.from(text), name, ref, {fit: fitForStore});
      expect(r).toMatchObject({
        ok: false,
        code: "not_a_disclosure",
        reason: expect.stringMatching(/^not_a_disclosure: not a budget disclosure: no (budget )?amounts found/),
      });
    }
    const html = await extractFile(Buffer.from(`<html><body><p>${RECIPE}</p></body></html>`), "菜谱.html", ref, {fit: fitForStore});
    expect(html).toMatchObject({ok: false, code: "not_a_disclosure"});
  });
});
