import {afterAll, describe, expect, it} from "vitest";
import {doc, sqlFixture} from "../helpers/sql-fixture.ts";

/**
 * item_text_copied on the item-by-item pattern of 上海市普陀区万里街道 2023/2024 (line breaks where the PDF text layer
 * puts them), figures changed; the dirty document beside a clean twin of the same items.
 */
const item = (n: number, kuan: string, xiang: string, amount: string, usedFor: string, dir: string, reason: string) =>
  `${n}. “城乡社区支出（类）${kuan}（款）${xiang}（项）”${amount}万元，主要用于${usedFor}。2023年当年预算执行数为\n` +
  `100.00万元，2024年预算安排${amount}万元，比2023年预算执行数${dir}2.98%。主要原因是：${reason}。`;

const doc_ = (dirty: boolean) =>
  [
    item(14, "行政事业单位养老支出", "事业单位离退休", "5.21", "事业单位离退休", "增加", "事业单位离退休经费增加"),
    item(15, "行政事业单位养老支出", "机关事业单位职业年金缴费支出", "220.63", "机关事业单位职业年金缴费支出", "增加",
      dirty ? "事业单位离退休经费增加" : "机关事业单位职业年金缴费支出经费增加"),
    item(26, "城乡社区管理事务", "一般行政管理事务", "1822.95", "城乡社区管理事务一般行政管理事务", "减少", "城乡社区管理事务一般行政管理事务经费减少"),
    item(27, "城乡社区管理事务", "城管执法", "690.58", dirty ? "城乡社区管理事务一般行政管理事务" : "城乡社区管理事务城管执法", "增加", "城管执法经费增加"),
    item(28, "宣传事务", "一般行政管理事务", "110.60", "宣传事务一般行政管理事务", "减少", dirty ? "宣传事务一般行政管理事务经费增加" : "宣传事务一般行政管理事务经费减少"),
    // a decrease explained by something else's increase is not a reversed reason
    item(29, "城乡社区公共设施", "其他城乡社区公共设施支出", "50.00", "其他城乡社区公共设施支出", "减少", "上年一次性项目增加，本年经费减少"),
  ].join("\n");

describe("item_text_copied", async () => {
  const fx = await sqlFixture({documents: [doc({doc_id: "wl", text: doc_(true)}), doc({doc_id: "wl_clean", text: doc_(false)})]});
  afterAll(() => fx.close());

  it("reports an explanation copied from another item and a reason that moves the other way; nothing in the clean twin", async () => {
    const r = await fx.rows(`select doc_id, severity, message, quote from check_results where rule_id = 'item_text_copied' order by doc_id, span_start`);
    expect(r.map((x) => [x.doc_id, x.severity])).toEqual([
      ["wl", "warning"],
      ["wl", "warning"],
      ["wl", "warning"],
    ]);
    expect(r[0].message).toContain("机关事业单位职业年金缴费支出（项）的“主要原因”写作“事业单位离退休经费增加”");
    expect(r[1].message).toContain("城管执法（项）的“主要用于”");
    expect(r[2].message).toContain("方向相反");
    expect(String(r[1].quote)).toContain("690.58");
  });
});
