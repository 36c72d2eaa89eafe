import {afterAll, describe, expect, it} from "vitest";
import {change, doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

describe("int_changes_resolved", async () => {
  const fx = await sqlFixture({
    documents: [doc({doc_id: "d1", unit: "甲", year: 2024})],
    facts: [
      fact({doc_id: "d1", key: "operating_cost", amount: "90.4"}),
      fact({doc_id: "d1", key: "expenditure.total", basis: "total", amount: "120"}),
      fact({doc_id: "d1", key: "expenditure.total", basis: "fiscal", amount: "110"}),
    ],
    changes: [
      change({doc_id: "d1", change_id: 0, key: "operating_cost", delta: "7.33"}),
      // The fact of the change's own basis, not the other one.
      change({doc_id: "d1", change_id: 1, key: "expenditure.total", basis: "fiscal", delta: "10"}),
      change({doc_id: "d1", change_id: 2, key: "income.total", basis: "total", delta: "5", compare_year: 2022}),
    ],
  });
  afterAll(() => fx.close());

  it("finds each change's current amount and implied prior, or says it cannot", async () => {
    const rows = await fx.rows(`
      select change_id, prior_year, current_amount::VARCHAR as current_amount, current_source,
        implied_prior::VARCHAR as implied_prior, implied_prior_source, status
      from int_changes_resolved order by change_id`);
    expect(rows).toEqual([
      {change_id: 0, prior_year: 2023, current_amount: "90.400000", current_source: "fact", implied_prior: "83.070000", implied_prior_source: "current_minus_delta", status: "ok"},
      {change_id: 1, prior_year: 2023, current_amount: "110.000000", current_source: "fact", implied_prior: "100.000000", implied_prior_source: "current_minus_delta", status: "ok"},
      {change_id: 2, prior_year: 2022, current_amount: null, current_source: null, implied_prior: null, implied_prior_source: null, status: "insufficient_data"},
    ]);
  });
});
