import {afterAll, describe, expect, it} from "vitest";
import {doc, sqlFixture} from "../helpers/sql-fixture.ts";

/** Comparison years as written, in the patterns of 上海市普陀区 预算 and 国家信访局 决算 sentences. */
describe("compare_year_order", async () => {
  const budget = ["公务接待费5万元，比2023年预算减少1万元。", "2023年当年预算执行数为40.00万元，2024年预算安排45.00万元，比2023年预算执行数增加12.50%。",
    "行政运行10万元，比2024年预算增加1万元。", "培训费2万元，比2021年预算减少1万元。"].join("\n");
  const final = "机关运行经费支出100万元，比2024年年初预算数减少5万元。\n其他收入8万元，比2023年度决算数增加1万元。";
  const fx = await sqlFixture({
    documents: [doc({doc_id: "b", year: 2024, text: budget}), doc({doc_id: "f", year: 2024, kind: "final", text: final})],
  });
  afterAll(() => fx.close());

  it("passes the year before (and a final account's own-year budget); reports the same year and a stray older year", async () => {
    const r = await fx.rows(`select doc_id, status, actual::INTEGER as y from check_results where rule_id = 'compare_year_order' order by doc_id, span_start`);
    expect(r.map((x) => [x.doc_id, x.status, x.y])).toEqual([
      ["b", "pass", 2023],
      ["b", "pass", 2023],
      ["b", "pass", 2023],
      ["b", "fail", 2024],
      ["b", "fail", 2021],
      ["f", "pass", 2024],
      ["f", "pass", 2023],
    ]);
  });
});
