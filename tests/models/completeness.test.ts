import {afterAll, describe, expect, it} from "vitest";
import {doc, section, sqlFixture} from "../helpers/sql-fixture.ts";

describe("completeness", async () => {
  const fx = await sqlFixture({
    documents: [doc({doc_id: "d1", unit: "甲"}), doc({doc_id: "d2", unit: "乙"})],
    sections: [
      section({doc_id: "d1", ordinal: 0, path: "1", title: "部门职责"}),
      // Names fiscal_total, and contains 收支预算情况 of `total` too: the qualifier decides, total stays missing.
      section({doc_id: "d1", ordinal: 1, path: "2", title: "财政拨款收支预算情况说明"}),
      section({doc_id: "d1", ordinal: 2, path: "3", title: "“三公”经费财政拨款预算安排情况说明"}),
      section({doc_id: "d1", ordinal: 3, path: "3.1", title: "公务接待费"}),
      section({doc_id: "d1", ordinal: 4, path: "4", title: "其他事项"}),
      // d2 has no numbered heading at all.
    ],
  });
  afterAll(() => fx.close());

  it("scores a document by the checklist items its headings contain", async () => {
    const rows = await fx.rows(`
      select doc_id, n_required::INTEGER as n_required, n_found::INTEGER as n_found, found_items,
        list_contains(missing_items, 'total') as total_missing, score::VARCHAR as score, status
      from completeness order by doc_id`);
    expect(rows).toEqual([
      {doc_id: "d1", n_required: 16, n_found: 3, found_items: ["fiscal_total", "overview", "three_public"], total_missing: true, score: "0.1875", status: "ok"},
      {doc_id: "d2", n_required: 16, n_found: 0, found_items: [], total_missing: true, score: null, status: "insufficient_data"},
    ]);
  });
});
