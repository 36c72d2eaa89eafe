/**
 * Identity of every real disclosure in ../shared (both sets), read as a user has them (the PDF where one exists,
 * else the text or HTML file) and through the same path as extraction: read → clean → identify. The unit must be
 * the gold's (official long and short forms agree, a fragment does not); publication dates as the document or its
 * PDF metadata states them; the .txt text layers beside the PDFs identify alike. Files are read inside the tests
 * only, so the suite passes without ../shared.
 */
import {existsSync, readFileSync} from "node:fs";
import {beforeAll, describe, expect, it} from "vitest";
import {identify, type Identity} from "../../pipeline/identify/identify.ts";
import {sameUnitName} from "../../pipeline/identify/unit-name.ts";
import {cleanText} from "../../pipeline/read/clean.ts";
import {readDocument} from "../../pipeline/read/read-document.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import {hasShared, sharedPath, sharedSkipReason} from "../helpers/shared.ts";

/** name → [set, scope, published (with its source), or null when neither the text nor the file states one]. */
const DOCS: Record<string, [string, "department" | "unit", [string, string] | null]> = {
  "001_chongqing-jiaowei-2018-yusuan": ["real", "department", ["2018-03-06", "page_header"]],
  "002_jiangsu-swbgt-2017-yusuan-text": ["real", "department", ["2017-11-29", "pdf_metadata"]],
  "003_jiangsu-swbgt-2017-yusuan-tables": ["real", "department", ["2017-10-17", "pdf_metadata"]],
  "004_jiangsu-swbgt-2018-yusuan-text": ["real", "department", ["2019-04-02", "pdf_metadata"]],
  "005_jiangsu-swbgt-2018-yusuan-tables": ["real", "department", ["2019-01-03", "pdf_metadata"]],
  "006_jiangsu-swbgt-2019-yusuan-text": ["real", "department", ["2019-04-02", "pdf_metadata"]],
  "007_jiangsu-swbgt-2019-yusuan-tables": ["real", "department", ["2019-02-12", "pdf_metadata"]],
  "024_shanghai-putuo-czj-2024-juesuan": ["real", "department", ["2025-08-05", "pdf_metadata"]],
  "027_shanghai-putuo-wanlijiedao-2023-yusuan-bumen": ["real", "department", ["2023-09-19", "pdf_metadata"]],
  "028_shanghai-putuo-wanlijiedao-2024-yusuan-bumen": ["real", "department", ["2024-02-18", "pdf_metadata"]],
  "029_shanghai-putuo-wanlijiedao-2025-yusuan-bumen": ["real", "department", ["2025-02-26", "pdf_metadata"]],
  "041_zhongyang-guojiaxinfangju-2024-juesuan": ["real2", "department", ["2025-07-25", "pdf_metadata"]],
  "043_guangdong-foshan-guidaojiaotongju-2019-juesuan": ["real2", "department", ["2020-11-17", "pdf_metadata"]],
  "044_yunnan-kunming-shizhengfubangongshi-2026-yusuan": ["real2", "department", ["2026-03-11", "page_header"]],
  "046_shandong-yantai-tuiyijunrenshiwuju-2026-yusuan": ["real2", "department", ["2026-01-30", "page_header"]],
  "047_beijing-tongjiju-2026-yusuan-text": ["real2", "department", ["2026-02-26", "pdf_metadata"]],
  "048_beijing-tongjiju-2026-yusuan-tables": ["real2", "department", ["2026-02-26", "pdf_metadata"]],
  // The Guangzhou PDF carries no creation date and its text states none.
  "050_guangdong-guangzhou-tongjiju-2026-yusuan": ["real2", "department", null],
  "052_fujian-fuzhou-gonganju-zhianzhidui-2026-yusuan-danwei": ["real2", "unit", ["2026-03-09", "pdf_metadata"]],
  "056_shaanxi-xian-qixiangju-2022-yusuan": ["real2", "department", ["2023-02-02", "pdf_metadata"]],
};

function inputOf(set: string, name: string): string {
  const pdf = sharedPath(set, "pdf", `${name}.pdf`);
  if (existsSync(pdf)) return pdf;
  for (const ext of [".txt", ".html"]) if (existsSync(sharedPath(set, name + ext))) return sharedPath(set, name + ext);
  throw new Error(`no input for ${name}`);
}

describe.skipIf(!hasShared)(`identity of the real disclosures${hasShared ? "" : ` (skipped: ${sharedSkipReason})`}`, () => {
  const got = new Map<string, Identity>();
  const gold = new Map<string, {unit: string; year: number; kind: string}>();

  beforeAll(async () => {
    const {regions} = loadReference();
    for (const [name, [set]] of Object.entries(DOCS)) {
      gold.set(name, JSON.parse(readFileSync(sharedPath("gold", set, `${name}.json`), "utf8")).document);
      const file = inputOf(set, name);
      const read = await readDocument(new Uint8Array(readFileSync(file)), file);
      got.set(name, identify(cleanText(read.text), file, regions, {tables: read.tables, pdfCreated: read.created ?? null}));
    }
  }, 300_000);

  it.each(Object.keys(DOCS))("%s: unit, year, kind and scope", (name) => {
    const id = got.get(name)!;
    const g = gold.get(name)!;
    expect(id.unit && sameUnitName(id.unit, g.unit), `${id.unit} vs ${g.unit}`).toBe(true);
    expect([id.year, id.kind, id.scope]).toEqual([g.year, g.kind, DOCS[name][1]]);
    expect(id.source.unit).not.toBe("path");
    expect(id.warnings).toEqual([]);
  });

  // The text layers (.txt) beside the PDFs are the same documents: read alone (no PDF metadata, no table geometry)
  // they must name the same unit, year, kind and scope, and a date only where the text prints one.
  const layers = Object.keys(DOCS).filter((name) => existsSync(sharedPath(DOCS[name][0], "pdf", `${name}.pdf`)) && existsSync(sharedPath(DOCS[name][0], `${name}.txt`)));
  it.each(layers)("%s: its text layer is identified alike", async (name) => {
    const file = sharedPath(DOCS[name][0], `${name}.txt`);
    const read = await readDocument(new Uint8Array(readFileSync(file)), file);
    const layer = identify(cleanText(read.text), file, loadReference().regions, {tables: read.tables});
    const pdf = got.get(name)!;
    expect([layer.unit, layer.year, layer.kind, layer.scope]).toEqual([pdf.unit, pdf.year, pdf.kind, pdf.scope]);
    expect(layer.warnings).toEqual([]);
    const want = DOCS[name][2];
    expect(layer.published).toEqual(want && want[1] !== "pdf_metadata" ? want[0] : null);
  });

  it.each(Object.keys(DOCS))("%s: publication date", (name) => {
    const id = got.get(name)!;
    const want = DOCS[name][2];
    expect(want ? [id.published, id.source.published] : id.published).toEqual(want ? want : null);
  });

});
