import {afterAll, describe, expect, it} from "vitest";
import {change, doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

describe("implied_prior", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "a23", unit: "甲", year: 2023}),
      doc({doc_id: "a24", unit: "甲", year: 2024}),
      doc({doc_id: "b24", unit: "乙", year: 2024}),
    ],
    facts: [
      fact({doc_id: "a23", key: "income.total", basis: "total", amount: "100"}),
      fact({doc_id: "a23", key: "three_public.reception", amount: "1.40"}),
      // The current amount comes from the document's own fact when the change does not state it.
      fact({doc_id: "a24", key: "income.total", basis: "total", amount: "80"}),
    ],
    changes: [
      change({doc_id: "a24", change_id: 0, key: "income.total", basis: "total", delta: "-20"}),
      change({doc_id: "a24", change_id: 1, key: "three_public.reception", delta: "0.04", prior: "1.38", prior_source: "implied", current: "1.42"}),
      // Nothing to derive a prior from: no prior, no current, no fact.
      change({doc_id: "a24", change_id: 2, key: "operating_cost", delta: "7.33"}),
      change({doc_id: "b24", change_id: 0, key: "income.total", basis: "total", delta: "-2336.67", prior: "5758.90", current: "3422.23"}),
    ],
  });
  afterAll(() => fx.close());

  it("derives each change's prior and sets it beside the prior year's own amount", async () => {
    const rows = await fx.rows(`
      select doc_id, change_id, key, implied_prior::VARCHAR as implied_prior, implied_prior_source, prior_doc_id,
        prior_doc_amount::VARCHAR as prior_doc_amount, difference::VARCHAR as difference, status
      from implied_prior order by doc_id, change_id`);
    expect(rows).toEqual([
      {doc_id: "a24", change_id: 0, key: "income.total", implied_prior: "100.000000", implied_prior_source: "current_minus_delta", prior_doc_id: "a23", prior_doc_amount: "100.000000", difference: "0.000000", status: "matches"},
      {doc_id: "a24", change_id: 1, key: "three_public.reception", implied_prior: "1.380000", implied_prior_source: "implied", prior_doc_id: "a23", prior_doc_amount: "1.400000", difference: "-0.020000", status: "differs"},
      {doc_id: "a24", change_id: 2, key: "operating_cost", implied_prior: null, implied_prior_source: null, prior_doc_id: "a23", prior_doc_amount: null, difference: null, status: "insufficient_data"},
      {doc_id: "b24", change_id: 0, key: "income.total", implied_prior: "5758.900000", implied_prior_source: "implied", prior_doc_id: null, prior_doc_amount: null, difference: null, status: "prior_document_absent"},
    ]);
  });
});
