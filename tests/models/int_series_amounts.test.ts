import {afterAll, describe, expect, it} from "vitest";
import {change, doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

/** The one amount-per-series lookup: what int_changes_resolved, implied_prior and prior_year_mismatch all read. */
describe("int_series_amounts and the prior-year lookup", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "p", unit: "甲", year: 2023, kind: "final"}),
      doc({doc_id: "c", unit: "甲", year: 2024, kind: "final"}),
    ],
    facts: [
      // Two measures, one amount: that amount.
      fact({doc_id: "p", key: "expenditure.total", basis: "total", amount: "100", measure: "actual"}),
      fact({doc_id: "p", key: "expenditure.total", basis: "total", amount: "100", measure: "budget"}),
      // Two measures, two amounts: none (never a guess).
      fact({doc_id: "p", key: "income.total", basis: "total", amount: "90", measure: "actual"}),
      fact({doc_id: "p", key: "income.total", basis: "total", amount: "95", measure: "budget"}),
      // A line under a parent is a line of its own (line_change_explained reads it), never a series a change names.
      fact({doc_id: "p", key: "function_detail", code: "201", parent: "201", label: "办公费", amount: "7"}),
      fact({doc_id: "c", key: "expenditure.total", basis: "total", amount: "120", measure: "actual"}),
    ],
    changes: [
      change({doc_id: "c", change_id: 0, key: "expenditure.total", basis: "total", delta: "20", prior: "100", compare_year: 2023}),
      change({doc_id: "c", change_id: 1, key: "income.total", basis: "total", delta: "20", prior: "92", compare_year: 2023}),
    ],
  });
  afterAll(() => fx.close());

  it("keeps a single unambiguous amount per document and line", async () => {
    const rows = await fx.rows(`
      select doc_id, key, n_series::INTEGER as n, amount::VARCHAR as amount from int_series_amounts order by doc_id, key`);
    expect(rows).toEqual([
      {doc_id: "c", key: "expenditure.total", n: 1, amount: "120.000000"},
      {doc_id: "p", key: "expenditure.total", n: 2, amount: "100.000000"},
      {doc_id: "p", key: "function_detail", n: 1, amount: "7.000000"},
      {doc_id: "p", key: "income.total", n: 2, amount: null},
    ]);
  });

  it("gives int_changes_resolved, implied_prior and prior_year_mismatch the same prior-year amount", async () => {
    const resolved = await fx.rows(`select change_id, prior_doc_id, prior_doc_amount::VARCHAR as a from int_changes_resolved order by change_id`);
    const implied = await fx.rows(`select change_id, prior_doc_id, prior_doc_amount::VARCHAR as a from implied_prior order by change_id`);
    const check = await fx.rows(`select key, status, expected::VARCHAR as a from check_results where rule_id = 'prior_year_mismatch' order by key`);
    expect(resolved).toEqual([
      {change_id: 0, prior_doc_id: "p", a: "100.000000"},
      {change_id: 1, prior_doc_id: "p", a: null},
    ]);
    expect(implied).toEqual(resolved);
    expect(check).toEqual([
      {key: "expenditure.total", status: "pass", a: "100.000000"},
      {key: "income.total", status: "insufficient_data", a: null},
    ]);
  });
});
