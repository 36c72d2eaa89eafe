import {afterAll, describe, expect, it} from "vitest";
import {doc, sqlFixture} from "../helpers/sql-fixture.ts";

/**
 * Checks that read the classification as the text writes it (tags, codes beside names, a table row's code cells),
 * on lines in the patterns of real disclosures (上海市普陀区 2025, 西安市气象局 2022, 上海 2024 economic table).
 */
describe("classification tags and codes as written", async () => {
  const text = [
    "21. “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”科目20.00万元，主要用于计划生育。",
    "22. “卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”科目146.89万元。",
    "1．一般公共服务（类）支出 16992.37 万元。",
    "（2）其他社会保障和就业支出（2089901）0.1 万元，上年度该科目无预算资金；",
    "（1）机关事业单位职业年金缴费支出（2080506）4.36 万元；",
    "（4）气象事业机构（2200504）469.93 万元。",
  ].join("\n");
  const fx = await sqlFixture({
    documents: [doc({doc_id: "d", text})],
    unplaced: [
      {doc_id: "d", mention_id: null, section: "", span_start: 0, span_end: 0, as_written: "16,623,810元", quote: "301 | 2 | 津贴补贴 | 16,623,810 | 16,623,810 | 0",
        reason: "basic row without a code: 津贴补贴", origin: "table", table_name: "一般公共预算基本支出表", row_label: "津贴补贴", column_header: "合计"},
      {doc_id: "d", mention_id: null, section: "", span_start: 0, span_end: 0, as_written: "1,000元", quote: "301 | 01 | 基本工资 | 1,000 | 1,000 | 0",
        reason: "x", origin: "table", table_name: "一般公共预算基本支出表", row_label: "基本工资", column_header: "合计"},
    ],
  });
  afterAll(() => fx.close());
  const rows = (rule: string) => fx.rows(`select status, severity, code, message, span_start, span_end from check_results where rule_id = '${rule}' order by span_start, code`);

  it("classification_tag_level: a 类 name tagged （款） and a 款 name tagged （项） are reported; fitting tags pass", async () => {
    const r = await rows("classification_tag_level");
    expect(r.filter((x) => x.status === "fail").map((x) => [x.code, x.message])).toEqual([
      ["210", "“卫生健康支出”标为（款），但它是类级科目（210）；所述金额 20.00 万元"],
      ["21007", "“计划生育事务”标为（项），但它是款级科目（21007）；所述金额 20.00 万元"],
    ]);
    // 卫生健康支出（类）, 行政事业单位医疗（款）, 行政单位医疗（项）, and Jiangsu's 一般公共服务（类） without 支出.
    expect(r.filter((x) => x.status === "pass").length).toBe(5);
    const fail = r.find((x) => x.code === "21007")!;
    expect(text.slice(fail.span_start as number, fail.span_end as number)).toBe("计划生育事务（项）");
  });

  it("invalid_code: a code the classification lacks beside a name it has under the same 款; a code not in the reference is not judged", async () => {
    const r = await rows("invalid_code");
    expect(r.map((x) => [x.status, x.severity, x.code])).toEqual(
      expect.arrayContaining([
        ["fail", "warning", "2089901"],
        ["pass", "warning", "2080506"],
        ["insufficient_data", "info", "2200504"],
        ["fail", "warning", "3012"],
        ["pass", "warning", "30101"],
      ]),
    );
    expect(r.length).toBe(5);
    expect(r.find((x) => x.code === "2089901")!.message).toContain("同名科目编码为 2089999；所述金额 0.1 万元");
    expect(r.find((x) => x.code === "3012")!.message).toContain("“301 02”");
  });
});
