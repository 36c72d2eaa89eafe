import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

describe("int_series_yearly", async () => {
  const fx = await sqlFixture({
    documents: [doc({doc_id: "d1", unit: "甲", year: 2024})],
    facts: [
      // Stated twice in different words with the same amount: one series.
      fact({doc_id: "d1", key: "income.total", basis: "total", label: "收支总预算", amount: "100", span_start: 5}),
      fact({doc_id: "d1", key: "income.total", basis: "total", label: "收入预算", amount: "100.00", span_start: 9}),
      // Stated twice with different amounts: the series has no amount, never a pick.
      fact({doc_id: "d1", key: "operating_cost", label: "机关运行经费", amount: "90.4"}),
      fact({doc_id: "d1", key: "operating_cost", label: "机关运行经费财政拨款", amount: "90.5"}),
      // Itemised keys without a code keep their label in the identity.
      fact({doc_id: "d1", key: "project.item", basis: "general_budget", parent: "2012999", label: "工会经费", amount: "2600"}),
      fact({doc_id: "d1", key: "project.item", basis: "general_budget", parent: "2012999", label: "送温暖资金", amount: "35"}),
    ],
  });
  afterAll(() => fx.close());

  it("collapses facts to series and refuses to choose between conflicting amounts", async () => {
    const rows = await fx.rows(`
      select series_id, label, amount::VARCHAR as amount, n_facts::INTEGER as n_facts, series_status
      from int_series_yearly order by series_id`);
    expect(rows).toEqual([
      {series_id: "income.total|total||||", label: "收支总预算", amount: "100.000000", n_facts: 2, series_status: "ok"},
      {series_id: "operating_cost|||||", label: "机关运行经费", amount: null, n_facts: 2, series_status: "conflicting_amounts"},
      {series_id: "project.item|general_budget|||2012999|工会经费", label: "工会经费", amount: "2600.000000", n_facts: 1, series_status: "ok"},
      {series_id: "project.item|general_budget|||2012999|送温暖资金", label: "送温暖资金", amount: "35.000000", n_facts: 1, series_status: "ok"},
    ]);
  });
});
