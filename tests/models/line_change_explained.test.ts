import {afterAll, describe, expect, it} from "vitest";
import {change, doc, fact, reason, sqlFixture} from "../helpers/sql-fixture.ts";

const fee = (doc_id: string, amount: string) =>
  fact({doc_id, key: "project.item", basis: "general_budget", parent: "2012999", label: "工会经费", amount});
const cut = (doc_id: string, change_id: number, change_key: string, delta: string) =>
  reason({doc_id, change_id, change_key, ordinal: 1, text: "一是工会经费基数调整，2024年工会经费较2023年减少", delta});

/** line_change_explained: any line a reason names, its amount beside the prior document's and the reason's change. */
describe("line_change_explained", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "a24", unit: "阿坝州总工会", year: 2024}),
      doc({doc_id: "b23", unit: "乙总工会", year: 2023}),
      doc({doc_id: "b24", unit: "乙总工会", year: 2024}),
      doc({doc_id: "c24", unit: "丙总工会", year: 2024}),
      doc({doc_id: "d23", unit: "丁局", year: 2023}),
      doc({doc_id: "d24", unit: "丁局", year: 2024}),
    ],
    facts: [
      fee("a24", "2600.00"),
      // The unit's own 工会经费 contribution (economic 30228) is another line the same words name.
      fact({doc_id: "a24", key: "basic.item", basis: "general_budget", parent: "public", code: "30228", label: "工会经费", amount: "0"}),
      fee("b23", "500"),
      fee("b24", "450"),
      // Named by no reason: no row.
      fee("c24", "100"),
      // Another kind of unit, another line: a function line named by its label, its basis picked (general_budget).
      fact({doc_id: "d23", key: "expenditure.function", basis: "general_budget", code: "2010301", label: "行政运行", amount: "80"}),
      fact({doc_id: "d24", key: "expenditure.function", basis: "general_budget", code: "2010301", label: "行政运行", amount: "95.5"}),
      fact({doc_id: "d24", key: "expenditure.function", basis: "total", code: "2010301", label: "行政运行", amount: "99"}),
      // A label of two characters names nothing.
      fact({doc_id: "d24", key: "project.item", basis: "general_budget", label: "其他", amount: "3"}),
    ],
    changes: [
      change({doc_id: "a24", change_id: 0, key: "income.total", basis: "total", delta: "-2336.67"}),
      change({doc_id: "a24", change_id: 1, key: "income.fiscal", delta: "-2336.67"}),
      change({doc_id: "b24", change_id: 0, key: "income.total", basis: "total", delta: "-60"}),
      change({doc_id: "d24", change_id: 0, key: "expenditure.total", basis: "total", delta: "15.5"}),
    ],
    reasons: [
      cut("a24", 0, "income.total", "-2380"),
      cut("a24", 1, "income.fiscal", "-2380"),
      cut("b24", 0, "income.total", "-60"),
      reason({doc_id: "d24", change_id: 0, change_key: "expenditure.total", ordinal: 1, text: "行政运行支出增加，其他支出不变", delta: "15.5"}),
    ],
  });
  afterAll(() => fx.close());

  it("puts the stated change beside the documents' own, for any unit and line", async () => {
    const rows = await fx.rows(`
      select unit_name, key, code, line_label, basis, amount::VARCHAR as amount, prior_amount::VARCHAR as prior_amount,
        computed_change::VARCHAR as computed_change, reason_delta::VARCHAR as reason_delta,
        n_reason_mentions::INTEGER as n_reason_mentions, n_lines_named::INTEGER as n_lines_named, change::VARCHAR as change,
        source, stated_minus_computed::VARCHAR as stated_minus_computed, implied_prior_amount::VARCHAR as implied_prior_amount,
        status, status_reason
      from line_change_explained order by unit_name, key`);
    expect(rows).toEqual([
      {unit_name: "丁局", key: "expenditure.function", code: "2010301", line_label: "行政运行", basis: "general_budget", amount: "95.500000", prior_amount: "80.000000", computed_change: "15.500000", reason_delta: "15.500000", n_reason_mentions: 1, n_lines_named: 1, change: "15.500000", source: "documents", stated_minus_computed: "0.000000", implied_prior_amount: "80.000000", status: "ok", status_reason: null},
      {unit_name: "乙总工会", key: "project.item", code: null, line_label: "工会经费", basis: "general_budget", amount: "450.000000", prior_amount: "500.000000", computed_change: "-50.000000", reason_delta: "-60.000000", n_reason_mentions: 1, n_lines_named: 1, change: "-50.000000", source: "documents", stated_minus_computed: "-10.000000", implied_prior_amount: "510.000000", status: "ok", status_reason: null},
      {unit_name: "阿坝州总工会", key: "basic.item", code: "30228", line_label: "工会经费", basis: "general_budget", amount: "0.000000", prior_amount: null, computed_change: null, reason_delta: "-2380.000000", n_reason_mentions: 2, n_lines_named: 2, change: "-2380.000000", source: "stated_reason", stated_minus_computed: null, implied_prior_amount: "2380.000000", status: "ok", status_reason: "no_prior_document"},
      {unit_name: "阿坝州总工会", key: "project.item", code: null, line_label: "工会经费", basis: "general_budget", amount: "2600.000000", prior_amount: null, computed_change: null, reason_delta: "-2380.000000", n_reason_mentions: 2, n_lines_named: 2, change: "-2380.000000", source: "stated_reason", stated_minus_computed: null, implied_prior_amount: "4980.000000", status: "ok", status_reason: "no_prior_document"},
    ]);
  });
});

describe("line_change_explained: a label inside a longer named label", async () => {
  const fx = await sqlFixture({
    documents: [doc({doc_id: "e24", unit: "戊局", year: 2024})],
    facts: [
      fact({doc_id: "e24", key: "expenditure.function", basis: "total", code: "208", label: "社会保障和就业支出", amount: "50"}),
      fact({doc_id: "e24", key: "expenditure.function", basis: "total", code: "2089999", label: "其他社会保障和就业支出", amount: "5"}),
    ],
    changes: [change({doc_id: "e24", change_id: 0, key: "expenditure.total", basis: "total", delta: "2"})],
    reasons: [reason({doc_id: "e24", change_id: 0, change_key: "expenditure.total", ordinal: 1, text: "其他社会保障和就业支出经费增加", delta: "2"})],
  });
  afterAll(() => fx.close());

  it("names the longer line only", async () => {
    const rows = await fx.rows(`select code, n_lines_named::INTEGER as n from line_change_explained order by code`);
    expect(rows).toEqual([{code: "2089999", n: 1}]);
  });
});
