import {afterAll, describe, expect, it} from "vitest";
import {doc, section, sqlFixture} from "../helpers/sql-fixture.ts";

describe("int_completeness_items", async () => {
  const fx = await sqlFixture({
    documents: [doc({doc_id: "d1", unit: "甲"}), doc({doc_id: "f1", unit: "甲", kind: "final"})],
    sections: [
      section({doc_id: "d1", ordinal: 0, path: "1", title: "部门职责"}),
      // 收支预算情况 (total) and 财政拨款收支 (fiscal_total) are equally long: the earlier match, the qualifier, wins.
      section({doc_id: "d1", ordinal: 1, path: "2", title: "财政拨款收支预算情况说明"}),
      section({doc_id: "d1", ordinal: 2, path: "3", title: "“三公”经费财政拨款预算安排情况说明"}),
      section({doc_id: "d1", ordinal: 3, path: "3.1", title: "公务接待费"}),
      // The longer pattern wins: 一般公共预算基本支出 (gpb_basic) over 支出情况 (expenditure).
      section({doc_id: "d1", ordinal: 4, path: "4", title: "一般公共预算基本支出情况说明"}),
      section({doc_id: "f1", ordinal: 0, path: "1", title: "收入支出决算总表"}),
    ],
  });
  afterAll(() => fx.close());

  it("assigns each heading to one checklist item and names the heading that carries it", async () => {
    const rows = await fx.rows(`
      select doc_id, item_id, required, first_section_path, matched_pattern, n_sections::INTEGER as n_sections
      from int_completeness_items where found order by doc_id, item_id`);
    expect(rows).toEqual([
      {doc_id: "d1", item_id: "fiscal_total", required: true, first_section_path: "2", matched_pattern: "财政拨款收支", n_sections: 1},
      {doc_id: "d1", item_id: "gpb_basic", required: true, first_section_path: "4", matched_pattern: "一般公共预算基本支出", n_sections: 1},
      {doc_id: "d1", item_id: "overview", required: true, first_section_path: "1", matched_pattern: "部门职责", n_sections: 1},
      {doc_id: "d1", item_id: "three_public", required: true, first_section_path: "3", matched_pattern: "三公", n_sections: 2},
      // A final account's wording is matched too.
      {doc_id: "f1", item_id: "total", required: true, first_section_path: "1", matched_pattern: "收入支出决算总表", n_sections: 1},
    ]);
  });

  it("has a row for every checklist item of every document, found or not", async () => {
    expect(await fx.rows(`select doc_id, count(*)::INTEGER as n from int_completeness_items group by doc_id order by doc_id`)).toEqual([
      {doc_id: "d1", n: 16},
      {doc_id: "f1", n: 16},
    ]);
  });
});
