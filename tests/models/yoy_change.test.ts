import {afterAll, describe, expect, it} from "vitest";
import {change, doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

describe("yoy_change", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "x23", unit: "甲", year: 2023}),
      doc({doc_id: "x24", unit: "甲", year: 2024}),
      // A final account of 2023 is not the prior of a 2024 budget.
      doc({doc_id: "x23f", unit: "甲", year: 2023, kind: "final"}),
      doc({doc_id: "y24", unit: "乙", year: 2024}),
    ],
    facts: [
      fact({doc_id: "x23", key: "income.total", basis: "total", amount: "100"}),
      fact({doc_id: "x23", key: "expenditure.total", basis: "total", amount: "100"}),
      fact({doc_id: "x23f", key: "income.total", basis: "total", amount: "999", measure: "actual"}),
      fact({doc_id: "x24", key: "income.total", basis: "total", amount: "120"}),
      // Two bases of one key: compared each with its own basis only.
      fact({doc_id: "x24", key: "expenditure.total", basis: "total", amount: "120"}),
      fact({doc_id: "x24", key: "expenditure.total", basis: "fiscal", amount: "110"}),
      // Not a headline key: no row.
      fact({doc_id: "x24", key: "assets.fixed", amount: "570.79"}),
      fact({doc_id: "y24", key: "income.total", basis: "total", amount: "50"}),
    ],
    changes: [
      change({doc_id: "x24", change_id: 0, key: "income.total", basis: "total", delta: "25", prior: "95", prior_source: "stated", current: "120", pct: "26.32"}),
      // A change stated for a key that has no fact in the document still shows.
      change({doc_id: "x24", change_id: 1, key: "three_public.reception", delta: "0.04", prior: "1.38", current: "1.42"}),
    ],
  });
  afterAll(() => fx.close());

  it("puts the computed change beside the stated one, basis by basis; a missing year stays NULL", async () => {
    const rows = await fx.rows(`
      select unit_name, fiscal_year, key, basis, prior_doc_id, amount::VARCHAR as amount, prior_amount::VARCHAR as prior_amount,
        computed_delta::VARCHAR as computed_delta, computed_pct::VARCHAR as computed_pct, stated_delta::VARCHAR as stated_delta,
        stated_prior::VARCHAR as stated_prior, stated_pct::VARCHAR as stated_pct,
        stated_minus_computed::VARCHAR as stated_minus_computed, status, status_reason
      from yoy_change where doc_kind = 'budget' and fiscal_year = 2024 order by unit_name, key, basis`);
    expect(rows).toEqual([
      {unit_name: "乙", fiscal_year: 2024, key: "income.total", basis: "total", prior_doc_id: null, amount: "50.000000", prior_amount: null, computed_delta: null, computed_pct: null, stated_delta: null, stated_prior: null, stated_pct: null, stated_minus_computed: null, status: "insufficient_data", status_reason: "no_prior_document"},
      {unit_name: "甲", fiscal_year: 2024, key: "expenditure.total", basis: "fiscal", prior_doc_id: "x23", amount: "110.000000", prior_amount: null, computed_delta: null, computed_pct: null, stated_delta: null, stated_prior: null, stated_pct: null, stated_minus_computed: null, status: "insufficient_data", status_reason: "prior_not_stated"},
      {unit_name: "甲", fiscal_year: 2024, key: "expenditure.total", basis: "total", prior_doc_id: "x23", amount: "120.000000", prior_amount: "100.000000", computed_delta: "20.000000", computed_pct: "20.0000", stated_delta: null, stated_prior: null, stated_pct: null, stated_minus_computed: null, status: "ok", status_reason: null},
      {unit_name: "甲", fiscal_year: 2024, key: "income.total", basis: "total", prior_doc_id: "x23", amount: "120.000000", prior_amount: "100.000000", computed_delta: "20.000000", computed_pct: "20.0000", stated_delta: "25.000000", stated_prior: "95.000000", stated_pct: "26.3200", stated_minus_computed: "5.000000", status: "ok", status_reason: null},
      {unit_name: "甲", fiscal_year: 2024, key: "three_public.reception", basis: null, prior_doc_id: "x23", amount: null, prior_amount: null, computed_delta: null, computed_pct: null, stated_delta: "0.040000", stated_prior: "1.380000", stated_pct: null, stated_minus_computed: null, status: "insufficient_data", status_reason: "current_not_stated"},
    ]);
  });

  it("gives the first year of a series no prior rather than a zero", async () => {
    const rows = await fx.rows(`select count(*)::INTEGER as n from yoy_change where fiscal_year = 2023 and prior_amount is not null`);
    expect(rows).toEqual([{n: 0}]);
  });
});
