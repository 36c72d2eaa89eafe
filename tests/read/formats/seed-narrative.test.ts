/**
 * The seed narrative carried into .docx and .html (written by the `docx` package and as a portal page, UTF-8 and
 * GBK) extracts to exactly the facts of the seed's .txt: same key, basis, code, parent, label and amount, nothing
 * unplaced.
 */
import {describe, expect, it} from "vitest";
import {extractFile} from "../../../pipeline/extract/extract-file.ts";
import {fitForStore} from "../../../pipeline/store/unfit-amounts.ts";
import {loadReference} from "../../../pipeline/reference/load-reference.ts";
import type {Extraction, FactRecord} from "../../../pipeline/types.ts";
import {docxOf} from "../../helpers/fixtures/docx.ts";
import {htmlBytes, htmlPage} from "../../helpers/fixtures/html.ts";
import {SEED_SOURCE, seedBytes, seedLines, seedSourceAs} from "../../helpers/fixtures/seed.ts";
import {seedStandardTables, tableRows} from "../../helpers/fixtures/standard-tables.ts";

const ref = loadReference();

async function extract(bytes: Uint8Array, source: string): Promise<Extraction> {
  const r = await extractFile(bytes, source, ref, {fit: fitForStore});
  if (!r.ok) throw new Error(r.reason);
  return r.extraction;
}

/** What makes a fact the same fact with the same amount, whatever the format (spans differ with the text). */
const signature = (f: FactRecord) => [f.key, f.basis, f.code, f.parent, f.label, f.amount].join(" | ");
const textFacts = (ex: Extraction) =>
  ex.facts
    .filter((f) => f.origin !== "table")
    .map(signature)
    .sort();

describe("the seed narrative in other formats", async () => {
  const txt = await extract(seedBytes(), SEED_SOURCE);
  const expected = textFacts(txt);

  it("the .txt path itself gives the seed's facts and nothing unplaced", () => {
    expect(expected.length).toBeGreaterThan(100);
    expect(txt.unplaced).toEqual([]);
  });

  it(".docx: same facts, same identity, nothing unplaced", async () => {
    const ex = await extract(await docxOf(seedLines()), seedSourceAs(".docx"));
    expect(textFacts(ex)).toEqual(expected);
    expect(ex.unplaced).toEqual([]);
    expect([ex.document.unit, ex.document.year, ex.document.kind, ex.document.published]).toEqual([
      "阿坝州总工会",
      2024,
      "budget",
      "2024-01-31",
    ]);
  });

  for (const [charset, metaStyle] of [
    ["utf-8", "charset"],
    ["gbk", "http-equiv"],
    ["gb2312", "charset"],
  ] as const) {
    it(`.html in ${charset} (${metaStyle} meta): same facts; page furniture and scripts are not read`, async () => {
      const ex = await extract(htmlBytes(htmlPage(seedLines(), {charset, metaStyle}), charset), seedSourceAs(".html"));
      expect(textFacts(ex)).toEqual(expected);
      expect(ex.unplaced).toEqual([]);
      expect(ex.document.encoding).toBe(charset === "utf-8" ? "utf-8" : "gb18030");
      for (const furniture of ["首页", "统计代码", "热点新闻", "版权所有", "tracking"])
        expect(ex.document.text).not.toContain(furniture);
    });
  }

  it("tables inside a .docx or .html become grids and stay out of the narrative", async () => {
    const [total, general] = seedStandardTables();
    const docx = await docxOf([...seedLines(), total.title, "单位：万元", {table: [...total.header, ...total.body]}]);
    const html = htmlBytes(
      htmlPage(seedLines(), {
        tables: [{title: general.title, unit: "单位：万元", rows: [...general.header, ...general.body]}],
      }),
    );
    for (const [bytes, source, table] of [
      [docx, seedSourceAs(".docx"), total],
      [html, seedSourceAs(".html"), general],
    ] as const) {
      const r = await extractFile(bytes, source, ref, {fit: fitForStore});
      if (!r.ok) throw new Error(r.reason);
      expect(r.tables).toEqual([
        {title: table.title, unit: "万元", rows: [...table.header, ...table.body], location: "table 1"},
      ]);
      expect(textFacts(r.extraction)).toEqual(expected);
      // The narrative places every amount; a table cell that is no fact (the 支出总计 beside 本年支出合计) is listed.
      expect(r.extraction.unplaced.filter((u) => u.origin === "text")).toEqual([]);
      // The rows' labels are not in the text: "本年收入合计" and "科目编码" appear only in the tables.
      expect(r.extraction.document.text).not.toMatch(/本年收入合计|科目编码/);
    }
    expect(tableRows(total)[0]).toEqual([total.title, "", "", ""]);
  });
});
