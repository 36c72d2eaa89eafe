import {afterAll, describe, expect, it} from "vitest";
import {change, doc, fact, mention, reason, sqlFixture} from "../helpers/sql-fixture.ts";

describe("checks of stated figures", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "u23", unit: "甲县总工会", year: 2023}),
      doc({doc_id: "u24", unit: "甲县总工会", year: 2024}),
      doc({doc_id: "solo", unit: "乙县总工会", year: 2024}),
    ],
    facts: [
      fact({doc_id: "u23", key: "income.total", basis: "total", amount: "5758.90"}),
      fact({doc_id: "u23", key: "operating_cost", amount: "80.00"}),
      fact({doc_id: "u23", key: "three_public.reception", amount: "1.40"}),
      fact({doc_id: "u24", key: "income.total", basis: "total", amount: "3422.23"}),
      fact({doc_id: "u24", key: "expenditure.total", basis: "total", amount: "3422.23"}),
      // 581.27 / 3422.23 = 16.9851…%: "16.99" holds at 2 decimals; "17.1" does not at 1.
      fact({doc_id: "u24", key: "expenditure.basic", basis: "total", amount: "581.27", share_pct: "16.99", share_pct_as_written: "16.99"}),
      fact({doc_id: "u24", key: "expenditure.project", basis: "total", amount: "2840.96", share_pct: "83.1", share_pct_as_written: "83.1"}),
      fact({doc_id: "u24", key: "operating_cost", amount: "90.40"}),
      fact({doc_id: "u24", key: "basic.public", basis: "general_budget", amount: "90.40"}),
      fact({doc_id: "u24", key: "three_public.reception", amount: "14200"}),
      fact({doc_id: "u24", key: "basic.item", basis: "general_budget", parent: "public", code: "30217", label: "公务接待费", amount: "1.42"}),
      fact({doc_id: "solo", key: "income.total", basis: "total", amount: "300"}),
      fact({doc_id: "solo", key: "operating_cost", amount: "10"}),
      fact({doc_id: "solo", key: "basic.public", basis: "general_budget", amount: "30"}),
    ],
    changes: [
      change({doc_id: "u24", change_id: 0, key: "income.total", basis: "total", delta: "-2336.67", prior: "5758.90", current: "3422.23"}),
      change({doc_id: "u24", change_id: 1, key: "operating_cost", delta: "7.33", prior: "83.07", current: "90.40"}),
      change({doc_id: "solo", change_id: 0, key: "income.total", basis: "total", delta: "12", prior: "288", current: "300", pct: "4.17", pct_as_written: "4.17"}),
      change({doc_id: "solo", change_id: 1, key: "operating_cost", delta: "1", prior: "9", current: "10", pct: "11.2", pct_as_written: "11.2"}),
      change({doc_id: "solo", change_id: 2, key: "expenditure.gov_fund", delta: "5", prior: "-5", current: "0"}),
    ],
    reasons: [
      reason({doc_id: "u24", change_id: 0, change_key: "income.total", ordinal: 1, delta: "-2336.67"}),
      reason({doc_id: "solo", change_id: 1, change_key: "operating_cost", ordinal: 1}),
      reason({doc_id: "solo", change_id: 2, change_key: "expenditure.gov_fund", ordinal: 1}),
    ],
    mentions: [
      mention({doc_id: "u24", mention_id: 1, amount: "71.82", key: "expenditure.function", code: "208", label: "社会保障和就业支出", path_as_written: "201>20129>社会保障和就业支出"}),
      mention({doc_id: "u24", mention_id: 2, amount: "445.71", key: "expenditure.function", code: "2012901", label: "行政运行", path_as_written: "201>20129>行政运行"}),
      mention({doc_id: "u24", mention_id: 3, amount: "28.74", key: "expenditure.function", code: "210", label: "医疗卫生与计划生育支出"}),
      mention({doc_id: "u24", mention_id: 4, amount: "28.74", key: "expenditure.function", code: "210", label: "卫生健康支出"}),
      mention({doc_id: "u24", mention_id: 5, amount: "35.00", key: "basic.item", code: "30113", label: "住房公积金"}),
      // Shanghai's lines quote the whole path: the 项 label is current, the 类 above it is not.
      mention({doc_id: "solo", mention_id: 1, amount: "12.50", key: "expenditure.function", code: "2101101", label: "行政单位医疗",
        quote: "3. “医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）”12.50万元，主要用于行政单位医疗。"}),
      mention({doc_id: "solo", mention_id: 2, amount: "12.50", key: "expenditure.function", code: "2101101", label: "行政单位医疗",
        quote: "3. “卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”12.50万元，主要用于行政单位医疗。"}),
    ],
    conflicts: [
      {doc_id: "u24", key: "three_public.total", basis: null, code: null, label: "“三公”经费", parent: null, amount: "27.34", other_amount: "27.43",
        span_start: 0, span_end: 5, other_span_start: 10, other_span_end: 15, quote: "a", other_quote: "b"},
    ],
  });
  afterAll(() => fx.close());
  const rows = (rule: string) => fx.rows(`select doc_id, key, code, status, severity from check_results where rule_id = '${rule}' order by all`);

  it("share_matches_amount judges a share at its own precision", async () => {
    expect(await rows("share_matches_amount")).toEqual([
      {doc_id: "u24", key: "expenditure.basic", code: null, status: "pass", severity: "error"},
      {doc_id: "u24", key: "expenditure.project", code: null, status: "fail", severity: "error"},
    ]);
  });

  it("prior_year_mismatch compares with the prior year's own document, or says it cannot", async () => {
    expect(await rows("prior_year_mismatch")).toEqual([
      {doc_id: "solo", key: "expenditure.gov_fund", code: null, status: "insufficient_data", severity: "info"},
      {doc_id: "solo", key: "income.total", code: null, status: "insufficient_data", severity: "info"},
      {doc_id: "solo", key: "operating_cost", code: null, status: "insufficient_data", severity: "info"},
      {doc_id: "u24", key: "income.total", code: null, status: "pass", severity: "warning"},
      {doc_id: "u24", key: "operating_cost", code: null, status: "fail", severity: "warning"},
    ]);
  });

  it("function_path flags a class filed as a 项 of another class, not a valid path", async () => {
    expect(await rows("function_path")).toEqual([
      {doc_id: "u24", key: "expenditure.function", code: "2012901", status: "pass", severity: "warning"},
      {doc_id: "u24", key: "expenditure.function", code: "208", status: "fail", severity: "warning"},
    ]);
  });

  it("stale_name flags a former name, as a label or as a 类 of a quoted path, but not a name that is current for another code", async () => {
    expect(await rows("stale_name")).toEqual([
      {doc_id: "solo", key: "expenditure.function", code: "210", status: "fail", severity: "info"},
      {doc_id: "u24", key: "expenditure.function", code: "210", status: "fail", severity: "info"},
    ]);
  });

  it("conflicting_mentions reports the disagreeing statement", async () => {
    const [r] = await fx.rows("select status, expected::VARCHAR as e, actual::VARCHAR as a from check_results where rule_id = 'conflicting_mentions'");
    expect(r).toEqual({status: "fail", e: "27.340000", a: "27.430000"});
  });

  it("change_without_reason flags only the non-zero change with no reason", async () => {
    expect(await rows("change_without_reason")).toEqual([
      {doc_id: "solo", key: "income.total", code: null, status: "fail", severity: "warning"},
      {doc_id: "u24", key: "operating_cost", code: null, status: "fail", severity: "warning"},
    ]);
  });

  it("share and percentage checks state the exact computed percentage", async () => {
    const rows = await fx.rows(
      "select key, actual::VARCHAR as actual, difference::VARCHAR as difference from check_results where rule_id in ('share_matches_amount', 'change_pct_mismatch') order by rule_id, key",
    );
    expect(rows).toEqual([
      {key: "income.total", actual: "4.166700", difference: "-0.003300"},
      {key: "operating_cost", actual: "11.111100", difference: "-0.088900"},
      {key: "expenditure.basic", actual: "16.985100", difference: "-0.004900"},
      {key: "expenditure.project", actual: "83.014900", difference: "-0.085100"},
    ]);
  });

  it("change_pct_mismatch judges a stated percentage at its own precision (12/288 = 4.1667%; 1/9 = 11.11%)", async () => {
    expect(await rows("change_pct_mismatch")).toEqual([
      {doc_id: "solo", key: "income.total", code: null, status: "pass", severity: "error"},
      {doc_id: "solo", key: "operating_cost", code: null, status: "fail", severity: "error"},
    ]);
  });

  it("negative_prior flags a change that makes last year's amount negative", async () => {
    expect(await rows("negative_prior")).toEqual([{doc_id: "solo", key: "expenditure.gov_fund", code: null, status: "fail", severity: "error"}]);
  });

  it("unit_scale flags 14200 万元 of reception against a whole budget of 3422.23", async () => {
    expect(await rows("unit_scale")).toEqual([{doc_id: "u24", key: "three_public.reception", code: null, status: "fail", severity: "warning"}]);
  });

  it("three_public_covers_items requires 三公 to be at least its economic items, not equal", async () => {
    expect(await rows("three_public_covers_items")).toEqual([
      {doc_id: "u24", key: "three_public.reception", code: "30217", status: "pass", severity: "warning"},
    ]);
  });

  it("operating_cost_vs_public compares, and reports only a large gap", async () => {
    expect(await rows("operating_cost_vs_public")).toEqual([
      {doc_id: "solo", key: "operating_cost", code: null, status: "fail", severity: "info"},
      {doc_id: "u24", key: "operating_cost", code: null, status: "pass", severity: "info"},
    ]);
  });
});
