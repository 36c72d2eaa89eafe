/**
 * A refresh over a folder holding the seed and one file of every bad kind: each bad file is reported in the run
 * report and on the console with its code and reason, the command exits 3, and the seed's facts land all the same.
 * Every bad file is made here, with real tools (docx, SheetJS, fflate, pdfkit) and a seeded generator.
 */
import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {extractFile} from "../../pipeline/extract/extract-file.ts";
import {refresh} from "../../pipeline/refresh/refresh.ts";
import type {RunReport} from "../../pipeline/refresh/run-report.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import {queryRows} from "../../pipeline/store/query.ts";
import {runCli, tempDir} from "../helpers/cli.ts";
import {
  LOREM,
  RECIPE,
  randomBytes,
  truncated,
  unknownEncodingBytes,
  zipBombDocx,
  zipBombXlsx,
} from "../helpers/fixtures/bad-input.ts";
import {docxOf} from "../helpers/fixtures/docx.ts";
import {SEED_SOURCE, seedBytes, seedLines} from "../helpers/fixtures/seed.ts";
import {workbookOf} from "../helpers/fixtures/sheets.ts";
import {seedStandardTables, tableRows} from "../helpers/fixtures/standard-tables.ts";

/** A one-page PDF with a drawing and no text at all: what a scanner without OCR produces, as far as text goes. */
function scannedPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({size: "A4"});
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.rect(50, 50, 400, 600).fill("#888888");
    doc.end();
  });
}

/** Each bad file, and the code its failure must carry. */
async function badFiles(): Promise<[string, Uint8Array, string][]> {
  const docx = await docxOf(seedLines());
  const xlsx = workbookOf([{name: "收支总表", rows: tableRows(seedStandardTables()[0])}], "xlsx");
  return [
    ["bad/empty.txt", new Uint8Array(), "empty"],
    ["bad/noise.txt", randomBytes(4096), "binary"],
    ["bad/noise.docx", randomBytes(4096, 7), "corrupt_archive"],
    ["bad/mojibake.txt", unknownEncodingBytes(), "undecodable"],
    ["bad/cut.docx", truncated(docx), "corrupt_archive"],
    ["bad/cut.xlsx", truncated(xlsx), "corrupt_archive"],
    ["bad/bomb.docx", zipBombDocx(50), "zip_bomb"],
    ["bad/bomb.xlsx", zipBombXlsx(50), "zip_bomb"],
    ["bad/old.doc", Buffer.from("a Word 97 file, in spirit"), "unsupported_format"],
    ["bad/scan.pdf", await scannedPdf(), "no_text_layer"],
    ["bad/菜谱.txt", Buffer.from(RECIPE), "not_a_disclosure"],
    ["bad/lorem.html", Buffer.from(`<html><body><p>${LOREM}</p></body></html>`), "not_a_disclosure"],
  ];
}

describe("refresh over the seed and every kind of bad input", () => {
  const dir = tempDir("gongkai-bad-input-");
  const input = path.join(dir, "in");
  let bad: [string, Uint8Array, string][];
  let report: RunReport;
  const lines: string[] = [];
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

  beforeAll(async () => {
    bad = await badFiles();
    fs.mkdirSync(path.join(input, path.dirname(SEED_SOURCE)), {recursive: true});
    fs.mkdirSync(path.join(input, "bad"));
    fs.writeFileSync(path.join(input, SEED_SOURCE), seedBytes());
    for (const [name, bytes] of bad) fs.writeFileSync(path.join(input, name), bytes);
    report = await refresh({
      input,
      db: path.join(dir, "wh.duckdb"),
      buildDir: path.join(dir, "build"),
      log: (l) => lines.push(l),
      fingerprint: "bad-input-test",
    });
  }, 120_000);

  it("reports every bad file with its code and reason, in the report and on the console", () => {
    expect(report.files_seen).toBe(bad.length + 1);
    const failed = new Map(report.failed.map((f) => [f.source, f.reason]));
    expect([...failed.keys()].sort()).toEqual(bad.map(([name]) => name).sort());
    for (const [name, , code] of bad) {
      const reason = failed.get(name)!;
      expect(reason, name).toMatch(new RegExp(`^${code}: \\S`));
      expect(lines, name).toContain(`  ✗ ${name}: ${reason}`);
    }
    const onDisk = JSON.parse(fs.readFileSync(path.join(dir, "build", "run-report.json"), "utf8"));
    expect(onDisk.failed).toEqual(report.failed);
  });

  it("lands the seed with all its facts", async () => {
    const ex = await extractFile(seedBytes(), SEED_SOURCE, loadReference());
    if (!ex.ok) throw new Error(ex.reason);
    expect(report.landed).toEqual([
      expect.objectContaining({
        source: SEED_SOURCE,
        unit: "阿坝州总工会",
        year: 2024,
        facts: ex.extraction.facts.length,
      }),
    ]);
    const {rows} = await queryRows(
      path.join(dir, "wh.duckdb"),
      "select count(*)::INTEGER, min(source) from facts join documents using (doc_id)",
    );
    expect(rows).toEqual([[ex.extraction.facts.length, SEED_SOURCE]]);
  });

  it("the CLI exits 3 and names each bad file on stderr", () => {
    const r = runCli(
      ["refresh", "--input", input, "--db", path.join(dir, "cli.duckdb"), "--build-dir", path.join(dir, "cli-build")],
      {cwd: dir},
    );
    expect(r.status, r.stderr).toBe(3);
    for (const [name, , code] of bad)
      expect(r.stderr).toMatch(new RegExp(`✗ ${name.replace(/\./g, "\\.")}: ${code}: `));
    expect(r.stderr).toContain(`landed 1 · failed ${bad.length}`);
  }, 120_000);
});
