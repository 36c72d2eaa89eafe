import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

const fn = (basis: string, code: string, label: string, amount: string, extra: Record<string, unknown> = {}) =>
  fact({doc_id: "d1", key: "expenditure.function", basis, code, label, amount, ...extra});

describe("composition_function", async () => {
  const fx = await sqlFixture({
    documents: [doc({doc_id: "d1", unit: "甲", year: 2024})],
    facts: [
      fact({doc_id: "d1", key: "expenditure.total", basis: "total", amount: "100"}),
      fn("total", "201", "一般公共服务支出", "80"),
      fn("total", "208", "社会保障和就业支出", "20"),
      // A 款 line is not a 类 line: it must not enter the sum.
      fn("total", "20129", "群众团体事务", "80"),
      // Another basis, no expenditure.total stated for it: share of classes only.
      fn("general_budget", "201", "一般公共服务支出", "1", {share_pct: "33.33"}),
      fn("general_budget", "207", "文化体育与传媒支出", "2"),
    ],
  });
  afterAll(() => fx.close());

  it("gives each 类 line its exact share of the class sum and of the stated total, per basis", async () => {
    const rows = await fx.rows(`
      select basis, code, class_name, label, amount::VARCHAR as amount, classes_sum::VARCHAR as classes_sum,
        share_pct_of_classes::VARCHAR as of_classes, expenditure_total::VARCHAR as total,
        share_pct_of_total::VARCHAR as of_total, share_pct_stated::VARCHAR as stated, total_status
      from composition_function order by basis, code`);
    expect(rows).toEqual([
      {basis: "general_budget", code: "201", class_name: "一般公共服务支出", label: "一般公共服务支出", amount: "1.000000", classes_sum: "3.000000", of_classes: "33.3333", total: null, of_total: null, stated: "33.3300", total_status: "total_not_stated"},
      // The class's current name beside the label as written.
      {basis: "general_budget", code: "207", class_name: "文化旅游体育与传媒支出", label: "文化体育与传媒支出", amount: "2.000000", classes_sum: "3.000000", of_classes: "66.6667", total: null, of_total: null, stated: null, total_status: "total_not_stated"},
      {basis: "total", code: "201", class_name: "一般公共服务支出", label: "一般公共服务支出", amount: "80.000000", classes_sum: "100.000000", of_classes: "80.0000", total: "100.000000", of_total: "80.0000", stated: null, total_status: "ok"},
      {basis: "total", code: "208", class_name: "社会保障和就业支出", label: "社会保障和就业支出", amount: "20.000000", classes_sum: "100.000000", of_classes: "20.0000", total: "100.000000", of_total: "20.0000", stated: null, total_status: "ok"},
    ]);
  });

  it("keeps shares DECIMAL", async () => {
    const [row] = await fx.rows(`select typeof(share_pct_of_classes) as t from composition_function limit 1`);
    expect(row.t).toBe("DECIMAL(18,4)");
  });
});
