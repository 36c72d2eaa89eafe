/**
 * The standard tables made from the seed's amounts, as .xlsx, .xls and .csv (written with SheetJS and papaparse,
 * GBK via iconv-lite), read back into grids with every amount exact, and the title and unit found wherever the file
 * puts them; and, through the table mapper, facts that agree with the seed's narrative.
 */
import {describe, expect, it} from "vitest";
import {equal, trimDec} from "../../../pipeline/lib/decimal.ts";
import {readDocument} from "../../../pipeline/read/read-document.ts";
import {extractFile} from "../../../pipeline/extract/extract-file.ts";
import {fitForStore} from "../../../pipeline/store/unfit-amounts.ts";
import {loadReference} from "../../../pipeline/reference/load-reference.ts";
import {csvOf, workbookOf} from "../../helpers/fixtures/sheets.ts";
import {SEED_SOURCE, seedBytes, seedSourceAs} from "../../helpers/fixtures/seed.ts";
import {
  inYuan,
  seedStandardTables,
  tableRows,
  withThousands,
  type StandardTable,
} from "../../helpers/fixtures/standard-tables.ts";

const tables = seedStandardTables();
const [total, general, threePublic] = tables;
const yuanTotal = inYuan(total);
const isAmount = (c: string) => /^-?\d+(?:\.\d+)?$/.test(c);
/** The grid a table should read back as, with each amount cell (not the 科目编码 column) through `amount`. */
function expectedRows(t: StandardTable, amount: (c: string) => string = (c) => c): string[][] {
  const code = t.header[0].indexOf("科目编码");
  return [...t.header, ...t.body.map((r) => r.map((c, j) => (isAmount(c) && j !== code ? amount(c) : c)))];
}

describe(".xlsx and .xls workbooks", () => {
  const sheets = [
    {name: "收支总表", rows: tableRows(yuanTotal)},
    {name: "Sheet2", rows: tableRows(general)},
    {name: "三公经费", rows: tableRows(threePublic)},
  ];

  it(".xlsx in General format: each sheet a grid, amounts as typed (34222300 元), codes intact", async () => {
    const r = await readDocument(workbookOf(sheets, "xlsx"), seedSourceAs(".xlsx"));
    expect(r.format).toBe("xlsx");
    // A number typed as 35.00 is stored as 35: General shows it as 35, and that is what the cell holds.
    expect(r.tables).toEqual([
      {title: "收支预算总表", unit: "元", rows: expectedRows(yuanTotal, trimDec), location: "sheet 收支总表"},
      {title: "一般公共预算支出预算表", unit: "万元", rows: expectedRows(general, trimDec), location: "sheet Sheet2"},
      {
        title: "“三公”经费财政拨款预算表",
        unit: "万元",
        rows: expectedRows(threePublic, trimDec),
        location: "sheet 三公经费",
      },
    ]);
    expect(r.text).toBe(
      "收支预算总表\n单位：元\n一般公共预算支出预算表\n单位：万元\n“三公”经费财政拨款预算表\n单位：万元\n",
    );
  });

  it(".xls (BIFF8) with a #,##0.00 format: the displayed text, exact, without separators", async () => {
    const r = await readDocument(workbookOf(sheets, "biff8", "#,##0.00"), seedSourceAs(".xls"));
    expect(r.format).toBe("xls");
    const twoDecimals = (c: string) => (c.includes(".") ? c : `${c}.00`).replace(/(\.\d)$/, "$10");
    expect(r.tables.map((t) => t.rows)).toEqual([
      expectedRows(yuanTotal, twoDecimals),
      expectedRows(general, twoDecimals),
      expectedRows(threePublic, twoDecimals),
    ]);
    expect(r.tables[1].rows[2].slice(0, 3)).toEqual(["2012901", "行政运行", "445.71"]);
  });

  it("a sheet without a title row takes its title from the sheet's name", async () => {
    const r = await readDocument(
      workbookOf([{name: "一般公共预算支出预算表", rows: tableRows(general, {title: false})}], "xlsx"),
      "x.xlsx",
    );
    expect(r.tables[0]).toMatchObject({
      title: "一般公共预算支出预算表",
      unit: "万元",
      location: "sheet 一般公共预算支出预算表",
    });
  });
});

describe(".csv exports", () => {
  it("UTF-8 with title and unit rows, amounts in 元 with thousands separators as written", async () => {
    const rows = tableRows(yuanTotal).map((r) => r.map(withThousands));
    const r = await readDocument(csvOf(rows), seedSourceAs(".csv"));
    expect(r).toMatchObject({format: "csv", encoding: "utf-8"});
    expect(r.tables).toEqual([
      {title: "收支预算总表", unit: "元", rows: expectedRows(yuanTotal, withThousands), location: "table 1"},
    ]);
    expect(r.tables[0].rows[2][1]).toBe("34,222,300.00");
  });

  it("GBK (Excel's Save as CSV) without a title row: the title comes from the file name", async () => {
    const r = await readDocument(
      csvOf(tableRows(general, {title: false}), "gbk"),
      "2024/阿坝州总工会-一般公共预算支出预算表.csv",
    );
    expect(r).toMatchObject({format: "csv", encoding: "gb18030"});
    expect(r.tables).toEqual([
      {title: "一般公共预算支出预算表", unit: "万元", rows: expectedRows(general), location: "table 1"},
    ]);
  });

  it("UTF-8 with a BOM: the BOM is not part of the first cell", async () => {
    const r = await readDocument(csvOf(tableRows(threePublic), "utf-8-bom"), "三公.csv");
    expect(r.encoding).toBe("utf-8-bom");
    expect(r.tables[0].title).toBe("“三公”经费财政拨款预算表");
    expect(r.tables[0].rows).toEqual(expectedRows(threePublic));
  });
});

describe("table files through extractFile", () => {
  const ref = loadReference();
  it("a workbook of standard tables lands (identity from its path), its grids passed on for the table mapper", async () => {
    const bytes = workbookOf(
      tables.map((t, i) => ({name: `Sheet${i + 1}`, rows: tableRows(t)})),
      "xlsx",
    );
    const r = await extractFile(bytes, seedSourceAs(".xlsx"), ref, {fit: fitForStore});
    if (!r.ok) throw new Error(r.reason);
    expect(r.tables.map((t) => t.title)).toEqual(tables.map((t) => t.title));
    expect([r.extraction.document.unit, r.extraction.document.year]).toEqual(["阿坝州总工会", 2024]);
  });

  /**
   * Each table fact against the seed's text fact of the same key, code and parent (and basis, where the text states
   * one: the text leaves the basis of income lines open where the 收支总表 says "total"). Amounts compare as
   * decimals: the sheet stores 35.00 as 35, and the 元 table's 34222300 is 3422.23 万元.
   */
  async function compareWithText(bytes: Uint8Array, source: string) {
    const [txt, tab] = await Promise.all([
      extractFile(seedBytes(), SEED_SOURCE, ref, {fit: fitForStore}),
      extractFile(bytes, source, ref, {fit: fitForStore}),
    ]);
    if (!txt.ok || !tab.ok) throw new Error(!txt.ok ? txt.reason : !tab.ok ? tab.reason : "");
    const tableFacts = tab.extraction.facts.filter((f) => f.origin === "table");
    const pairs = tableFacts.flatMap((f) => {
      const same = txt.extraction.facts.filter(
        (g) =>
          g.key === f.key && g.code === f.code && g.parent === f.parent && (g.basis === f.basis || g.basis === null),
      );
      return same.map((g) => ({key: `${f.key}|${f.basis}|${f.code ?? ""}`, table: f.amount, text: g.amount}));
    });
    return {tableFacts, pairs, disagree: pairs.filter((p) => !equal(p.table, p.text))};
  }

  const KEY_FACTS = [
    "income.total|total|",
    "expenditure.total|total|",
    "expenditure.function|total|201",
    "expenditure.function|general_budget|2012901",
    "expenditure.function|general_budget|2012999",
    "expenditure.function|general_budget|208",
    "expenditure.function|general_budget|210",
    "expenditure.function|general_budget|221",
    "expenditure.basic|general_budget|",
    "three_public.total|null|",
    "three_public.reception|null|",
    "three_public.vehicle_operation|null|",
  ];

  it(".xlsx (收支总表 in 元): its table facts equal the seed's text facts for the same keys", async () => {
    const bytes = workbookOf(
      tables.map((t, i) => ({name: `Sheet${i + 1}`, rows: tableRows(i === 0 ? inYuan(t) : t)})),
      "xlsx",
    );
    const {tableFacts, pairs, disagree} = await compareWithText(bytes, seedSourceAs(".xlsx"));
    expect(tableFacts.length).toBeGreaterThan(20);
    expect(disagree).toEqual([]);
    expect(pairs.map((p) => p.key)).toEqual(expect.arrayContaining(KEY_FACTS));
    expect(tableFacts.find((f) => f.key === "income.total")).toMatchObject({
      amount: "3422.23",
      unit: "万元",
      table_name: "收支预算总表",
    });
  });

  it(".csv (GBK, 元 with thousands separators, one file per table): the same agreement", async () => {
    // Separators only in the 元 table: the function codes of the other would become "2,012,901".
    const files: [string[][], string][] = [
      [tableRows(inYuan(total)).map((r) => r.map(withThousands)), "收支预算总表"],
      [tableRows(general), "一般公共预算支出预算表"],
      [tableRows(threePublic), "三公经费"],
    ];
    const all = await Promise.all(
      files.map(([rows, name]) => compareWithText(csvOf(rows, "gbk"), seedSourceAs(`-${name}.csv`))),
    );
    expect(all.flatMap((a) => a.disagree)).toEqual([]);
    expect(all.flatMap((a) => a.pairs.map((p) => p.key))).toEqual(expect.arrayContaining(KEY_FACTS));
  });
});
