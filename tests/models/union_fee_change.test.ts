import {afterAll, describe, expect, it} from "vitest";
import {change, doc, fact, reason, sqlFixture} from "../helpers/sql-fixture.ts";

const fee = (doc_id: string, amount: string) =>
  fact({doc_id, key: "project.item", basis: "general_budget", parent: "2012999", label: "工会经费", amount});
const cut = (doc_id: string, change_id: number, change_key: string, delta: string) =>
  reason({doc_id, change_id, change_key, ordinal: 1, text: "一是工会经费基数调整，2024年工会经费较2023年减少", delta});

describe("union_fee_change", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "a24", unit: "阿坝州总工会", year: 2024}),
      doc({doc_id: "b23", unit: "乙总工会", year: 2023}),
      doc({doc_id: "b24", unit: "乙总工会", year: 2024}),
      doc({doc_id: "c24", unit: "丙总工会", year: 2024}),
    ],
    facts: [
      fee("a24", "2600.00"),
      // The unit's own 工会经费 contribution (economic 30228) is another thing.
      fact({doc_id: "a24", key: "basic.item", basis: "general_budget", parent: "public", code: "30228", label: "工会经费", amount: "0"}),
      fee("b23", "500"),
      fee("b24", "450"),
      fee("c24", "100"),
    ],
    changes: [
      change({doc_id: "a24", change_id: 0, key: "income.total", basis: "total", delta: "-2336.67"}),
      change({doc_id: "a24", change_id: 1, key: "income.fiscal", delta: "-2336.67"}),
      change({doc_id: "b24", change_id: 0, key: "income.total", basis: "total", delta: "-60"}),
    ],
    reasons: [cut("a24", 0, "income.total", "-2380"), cut("a24", 1, "income.fiscal", "-2380"), cut("b24", 0, "income.total", "-60")],
  });
  afterAll(() => fx.close());

  it("takes the change from both years' documents when it can, from the stated reason when it must", async () => {
    const rows = await fx.rows(`
      select unit_name, fiscal_year, amount::VARCHAR as amount, prior_amount::VARCHAR as prior_amount,
        computed_change::VARCHAR as computed_change, reason_delta::VARCHAR as reason_delta,
        n_reason_mentions::INTEGER as n_reason_mentions, change::VARCHAR as change, source,
        stated_minus_computed::VARCHAR as stated_minus_computed, implied_prior_amount::VARCHAR as implied_prior_amount, status
      from union_fee_change order by unit_name, fiscal_year`);
    expect(rows).toEqual([
      {unit_name: "丙总工会", fiscal_year: 2024, amount: "100.000000", prior_amount: null, computed_change: null, reason_delta: null, n_reason_mentions: 0, change: null, source: null, stated_minus_computed: null, implied_prior_amount: null, status: "insufficient_data"},
      {unit_name: "乙总工会", fiscal_year: 2023, amount: "500.000000", prior_amount: null, computed_change: null, reason_delta: null, n_reason_mentions: 0, change: null, source: null, stated_minus_computed: null, implied_prior_amount: null, status: "insufficient_data"},
      {unit_name: "乙总工会", fiscal_year: 2024, amount: "450.000000", prior_amount: "500.000000", computed_change: "-50.000000", reason_delta: "-60.000000", n_reason_mentions: 1, change: "-50.000000", source: "documents", stated_minus_computed: "-10.000000", implied_prior_amount: "510.000000", status: "ok"},
      {unit_name: "阿坝州总工会", fiscal_year: 2024, amount: "2600.000000", prior_amount: null, computed_change: null, reason_delta: "-2380.000000", n_reason_mentions: 2, change: "-2380.000000", source: "stated_reason", stated_minus_computed: null, implied_prior_amount: "4980.000000", status: "ok"},
    ]);
  });
});
