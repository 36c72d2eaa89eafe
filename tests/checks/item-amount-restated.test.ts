import {afterAll, describe, expect, it} from "vitest";
import {doc, sqlFixture} from "../helpers/sql-fixture.ts";

/**
 * item_amount_restated on the item-by-item pattern of 上海市普陀区万里街道 2023 and 2024 (line breaks where the PDF
 * text layer puts them), figures changed; each dirty document has a clean twin.
 */
const item = (n: number, amount: string, again: string, year = 2023) =>
  `${n}. “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”${amount}万元，主要用于机关\n` +
  `事业单位职业年金缴费支出。${year - 1}年当年预算执行数为132.59万元，${year}年预算安排${again}万元，比${year - 1}年预算执行数增加66.40%。主要\n原因是：职业年金缴费增加。`;
const inline = (amount: string, again: string) =>
  `31. “住房保障支出（类）住房改革支出（款）住房公积金（项）”${amount}万元，主要用于住房公积金，2023年当年预算执行数为\n348.52万元，2024年预算安排${again}万元，比2023年预算执行数增加0.53%。`;

describe("item_amount_restated", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "wl23", year: 2023, text: [item(15, "441.25", "441.25"), item(16, "220.63", "441.25")].join("\n")}),
      doc({doc_id: "wl23_clean", year: 2023, text: [item(15, "441.25", "441.25"), item(16, "220.63", "220.63")].join("\n")}),
      doc({doc_id: "wl24", year: 2024, text: inline("350.35", "352.67")}),
      doc({doc_id: "wl24_clean", year: 2024, text: inline("350.35", "350.35")}),
      // the year before's 安排 is a prior, not this item's amount; an item with no restatement, then another item
      doc({
        doc_id: "other",
        year: 2024,
        text: "1. “一般公共服务支出（类）人大事务（款）行政运行（项）”10.00万元，主要用于行政运行。\n2. “一般公共服务支出（类）人大事务（款）一般行政管理事务（项）”5.00万元，主要用于一般行政管理事务。2023年预算安排8.00万元。",
      }),
    ],
  });
  afterAll(() => fx.close());

  it("reports an item whose amount is restated differently, and only those", async () => {
    const r = await fx.rows(`select doc_id, status, severity, message, quote from check_results where rule_id = 'item_amount_restated' and status = 'fail' order by doc_id`);
    expect(r.map((x) => [x.doc_id, x.severity])).toEqual([
      ["wl23", "warning"],
      ["wl24", "warning"],
    ]);
    expect(r[0].message).toContain("220.63");
    expect(r[0].message).toContain("441.25");
    expect(String(r[0].quote)).toContain("16. “社会保障和就业支出");
  });

  it("passes the clean twins", async () => {
    const r = await fx.rows(`select doc_id, status from check_results where rule_id = 'item_amount_restated' and doc_id like '%clean' order by doc_id`);
    expect(r.map((x) => [x.doc_id, x.status])).toEqual([
      ["wl23_clean", "pass"],
      ["wl23_clean", "pass"],
      ["wl24_clean", "pass"],
    ]);
  });
});
