import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

/**
 * budget_execution: a year's 预算 document joined with the same year's 决算 (one body under two spellings of its
 * name), and a 决算 alone read from its own 年初预算/决算 columns, in the patterns of 国家信访局 2024's 说明.
 */
describe("budget_execution", async () => {
  const fx = await sqlFixture({
    documents: [
      // One body: the 预算 says 中共测试市委办公厅, the 决算 中国共产党测试市委员会办公厅 (unit_key folds them).
      doc({doc_id: "b24", unit: "中共测试市委办公厅", year: 2024, kind: "budget"}),
      doc({doc_id: "f24", unit: "中国共产党测试市委员会办公厅", year: 2024, kind: "final"}),
      // The next year's 预算 states 2024's 预算执行数.
      doc({doc_id: "b25", unit: "中共测试市委办公厅", year: 2025, kind: "budget"}),
      // A 单位 决算 of the same body is another disclosure: it never pairs with the 部门 预算.
      doc({doc_id: "u24", unit: "中共测试市委办公厅", year: 2024, kind: "final", scope: "unit"}),
      // A 决算 with no 预算 in the warehouse.
      doc({doc_id: "x24", unit: "国家测试局", year: 2024, kind: "final"}),
    ],
    facts: [
      fact({doc_id: "b24", key: "expenditure.total", basis: "general_budget", amount: "100.00"}),
      fact({doc_id: "b24", key: "three_public.total", amount: "10.00"}),
      fact({doc_id: "b24", key: "project.item", label: "信息化运维", amount: "5.00"}),
      fact({doc_id: "f24", key: "expenditure.total", basis: "general_budget", measure: "budget_initial", amount: "100.00"}),
      fact({doc_id: "f24", key: "expenditure.total", basis: "general_budget", measure: "actual", amount: "95.00", rate_pct: "95", rate_pct_as_written: "95", rate_base: "budget_initial"}),
      // The 决算数 from the table (row 合计), the 调整预算数 from a sentence that names the line.
      fact({doc_id: "f24", key: "three_public.total", measure: "budget_adjusted", amount: "11.00", label: "“三公”经费财政拨款支出"}),
      fact({doc_id: "f24", key: "three_public.total", measure: "actual", amount: "12.00", label: "合计", origin: "table", table_name: "“三公”经费支出决算表"}),
      fact({doc_id: "b25", key: "expenditure.total", basis: "general_budget", measure: "execution_estimate", amount: "96.50"}),
      fact({doc_id: "u24", key: "expenditure.total", basis: "general_budget", measure: "actual", amount: "40.00"}),
      // 年初预算为 5717.32 万元，支出决算为 5757.63 万元，完成年初预算的 100.71%。
      fact({doc_id: "x24", key: "expenditure.function", basis: "general_budget", code: "2014001", measure: "budget_initial", amount: "5717.32"}),
      fact({doc_id: "x24", key: "expenditure.function", basis: "general_budget", code: "2014001", measure: "actual", amount: "5757.63", rate_pct: "100.71", rate_pct_as_written: "100.71", rate_base: "budget_initial"}),
      // 年初预算为 0 万元，支出决算为 497.53 万元。
      fact({doc_id: "x24", key: "expenditure.function", basis: "general_budget", code: "2101101", measure: "budget_initial", amount: "0"}),
      fact({doc_id: "x24", key: "expenditure.function", basis: "general_budget", code: "2101101", measure: "actual", amount: "497.53"}),
      // A 决算数 with no budget stated for it.
      fact({doc_id: "x24", key: "operating_cost", measure: "actual", amount: "184.65"}),
      // Stated twice with different 决算数: never a guess.
      fact({doc_id: "x24", key: "three_public.reception", measure: "actual", amount: "0.90"}),
      fact({doc_id: "x24", key: "three_public.reception", measure: "actual", amount: "0.09", span_start: 5, span_end: 6}),
    ],
  });
  afterAll(() => fx.close());

  const rows = () =>
    fx.rows(`select final_doc_id, budget_doc_id, fiscal_year, doc_scope, key, basis, code, item_label, budget_document,
      budget_initial_stated, budget_initial, budget_initial_source, budget_adjusted, actual, execution_estimate,
      actual_minus_budget, execution_rate_pct, execution_rate_adjusted_pct, rate_stated_pct, rate_base, status
      from budget_execution order by final_doc_id, key, code, item_label`);

  it("joins the year's 预算 document with its 决算 and takes the 预算's 预算数 as the 年初预算", async () => {
    const f24 = (await rows()).filter((r) => r.final_doc_id === "f24");
    expect(f24).toEqual([
      {final_doc_id: "f24", budget_doc_id: "b24", fiscal_year: 2024, doc_scope: "department", key: "expenditure.total", basis: "general_budget", code: null, item_label: null,
        budget_document: "100.000000", budget_initial_stated: "100.000000", budget_initial: "100.000000", budget_initial_source: "budget_document", budget_adjusted: null,
        actual: "95.000000", execution_estimate: "96.500000", actual_minus_budget: "-5.000000", execution_rate_pct: "95.0000", execution_rate_adjusted_pct: null,
        rate_stated_pct: "95.0000", rate_base: "budget_initial", status: "ok"},
      // Budgeted, and the 决算 states nothing for it: kept, with no 决算数.
      {final_doc_id: "f24", budget_doc_id: "b24", fiscal_year: 2024, doc_scope: "department", key: "project.item", basis: null, code: null, item_label: "信息化运维",
        budget_document: "5.000000", budget_initial_stated: null, budget_initial: "5.000000", budget_initial_source: "budget_document", budget_adjusted: null,
        actual: null, execution_estimate: null, actual_minus_budget: null, execution_rate_pct: null, execution_rate_adjusted_pct: null,
        rate_stated_pct: null, rate_base: null, status: "no_actual"},
      // 12 against 10 budgeted (120%) and 11 after adjustment (109.0909%).
      {final_doc_id: "f24", budget_doc_id: "b24", fiscal_year: 2024, doc_scope: "department", key: "three_public.total", basis: null, code: null, item_label: null,
        budget_document: "10.000000", budget_initial_stated: null, budget_initial: "10.000000", budget_initial_source: "budget_document", budget_adjusted: "11.000000",
        actual: "12.000000", execution_estimate: null, actual_minus_budget: "2.000000", execution_rate_pct: "120.0000", execution_rate_adjusted_pct: "109.0909",
        rate_stated_pct: null, rate_base: null, status: "ok"},
    ]);
  });

  it("names a line as the narrative does, not by a table's row label", async () => {
    expect(await fx.rows(`select label from budget_execution where final_doc_id = 'f24' and key = 'three_public.total'`)).toEqual([{label: "“三公”经费财政拨款支出"}]);
  });

  it("reads a 决算 alone from its own 年初预算 and 决算 columns, exactly", async () => {
    const x24 = (await rows()).filter((r) => r.final_doc_id === "x24");
    expect(x24.map((r) => [r.code ?? r.key, r.budget_doc_id, r.budget_initial, r.budget_initial_source, r.actual, r.execution_rate_pct, r.rate_stated_pct, r.status])).toEqual([
      ["2014001", null, "5717.320000", "final_account", "5757.630000", "100.7051", "100.7100", "ok"],
      ["2101101", null, "0.000000", "final_account", "497.530000", null, null, "zero_budget"],
      ["operating_cost", null, null, null, "184.650000", null, null, "no_budget"],
      ["three_public.reception", null, null, null, null, null, null, "conflicting_amounts"],
    ]);
  });

  it("pairs a 单位 决算 with no 部门 预算, and lists no 预算 year that has no 决算", async () => {
    const all = await rows();
    expect(all.filter((r) => r.final_doc_id === "u24").map((r) => [r.budget_doc_id, r.actual, r.status])).toEqual([[null, "40.000000", "no_budget"]]);
    expect(all.some((r) => r.fiscal_year === 2025)).toBe(false);
  });
});
