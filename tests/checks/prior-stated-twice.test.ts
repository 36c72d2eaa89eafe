import {afterAll, describe, expect, it} from "vitest";
import {change, doc, sqlFixture} from "../helpers/sql-fixture.ts";

/** One prior stated two ways: a summary and a detail chapter comparing the same line with the same year. */
describe("prior_stated_twice", async () => {
  const fx = await sqlFixture({
    documents: [doc({doc_id: "d"})],
    changes: [
      change({doc_id: "d", change_id: 0, key: "expenditure.general_budget", current: "2796.14", delta: "129.07", prior: "2667.07", span_start: 10, quote: "一"}),
      change({doc_id: "d", change_id: 1, key: "expenditure.general_budget", current: "2796.14", delta: "166.68", prior: "2629.46", span_start: 90, quote: "二"}),
      // Same line, same prior twice: consistent.
      change({doc_id: "d", change_id: 2, key: "operating_cost", current: "90.15", delta: "-1.41", prior: "91.56", span_start: 20}),
      change({doc_id: "d", change_id: 3, key: "operating_cost", current: "90.15", delta: "-1.41", prior: "91.56", span_start: 95}),
      // Another measure (the same year's budget in a final account) is another prior, not a contradiction.
      change({doc_id: "d", change_id: 4, key: "three_public.total", current: "5", delta: "1", prior: "4", prior_measure: "actual", span_start: 30}),
      change({doc_id: "d", change_id: 5, key: "three_public.total", current: "5", delta: "-2", prior: "7", prior_measure: "budget_initial", span_start: 35}),
    ],
  });
  afterAll(() => fx.close());

  it("reports two priors of one line and one comparison, quoting the later and naming the first", async () => {
    const r = await fx.rows(`select key, status, expected::VARCHAR as e, actual::VARCHAR as a, quote from check_results where rule_id = 'prior_stated_twice' order by key`);
    expect(r).toEqual([
      {key: "expenditure.general_budget", status: "fail", e: "2667.070000", a: "2629.460000", quote: "二"},
      {key: "operating_cost", status: "pass", e: "91.560000", a: "91.560000", quote: "q"},
    ]);
  });
});
