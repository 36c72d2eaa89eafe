import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

const item = (doc_id: string, parent: string, code: string | null, label: string, amount: string) =>
  fact({doc_id, key: "basic.item", basis: "general_budget", parent, code, label, amount});

describe("composition_economic", async () => {
  const fx = await sqlFixture({
    documents: [doc({doc_id: "d1", unit: "甲", year: 2024}), doc({doc_id: "d2", unit: "乙", year: 2024})],
    facts: [
      fact({doc_id: "d1", key: "basic.personnel", basis: "general_budget", amount: "18"}),
      fact({doc_id: "d1", key: "basic.public", basis: "general_budget", amount: "3"}),
      item("d1", "personnel", "30101", "基本工资", "10"),
      item("d1", "personnel", "30102", "津贴补贴", "5"),
      item("d1", "personnel", "303", "对个人和家庭补助", "3"),
      item("d1", "public", "30201", "办公费", "2"),
      item("d1", "public", null, "水电费", "1"),
      // 乙 states personnel but not public: the base is unknown, not personnel + 0.
      fact({doc_id: "d2", key: "basic.personnel", basis: "general_budget", amount: "7"}),
      item("d2", "personnel", "30101", "基本工资", "7"),
    ],
  });
  afterAll(() => fx.close());

  it("groups items by economic 类 with exact shares of personnel + public", async () => {
    const rows = await fx.rows(`
      select doc_id, econ_class, class_name, n_items::INTEGER as n_items, amount::VARCHAR as amount,
        amount_personnel::VARCHAR as personnel, amount_public::VARCHAR as public,
        basic_total::VARCHAR as basic_total, share_pct_of_basic::VARCHAR as share, status
      from composition_economic order by doc_id, econ_class`);
    expect(rows).toEqual([
      {doc_id: "d1", econ_class: "301", class_name: "工资福利支出", n_items: 2, amount: "15.000000", personnel: "15.000000", public: null, basic_total: "21.000000", share: "71.4286", status: "ok"},
      {doc_id: "d1", econ_class: "302", class_name: "商品和服务支出", n_items: 1, amount: "2.000000", personnel: null, public: "2.000000", basic_total: "21.000000", share: "9.5238", status: "ok"},
      {doc_id: "d1", econ_class: "303", class_name: "对个人和家庭的补助", n_items: 1, amount: "3.000000", personnel: "3.000000", public: null, basic_total: "21.000000", share: "14.2857", status: "ok"},
      {doc_id: "d1", econ_class: "unclassified", class_name: null, n_items: 1, amount: "1.000000", personnel: null, public: "1.000000", basic_total: "21.000000", share: "4.7619", status: "ok"},
      {doc_id: "d2", econ_class: "301", class_name: "工资福利支出", n_items: 1, amount: "7.000000", personnel: "7.000000", public: null, basic_total: null, share: null, status: "insufficient_data"},
    ]);
  });
});
