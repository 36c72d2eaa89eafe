import {afterAll, describe, expect, it} from "vitest";
import {change, doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

/** Completion rates and percentages against a zero base, in the patterns of 决算 narratives (国家信访局 2024, 佛山 2019). */
describe("completion_rate_mismatch and zero bases", async () => {
  const q = "年初预算为15068.55万元，支出决算为13733.80万元，完成年初预算的91.14%。";
  const fx = await sqlFixture({
    documents: [doc({doc_id: "f", kind: "final"})],
    facts: [
      // 13733.80 / 15068.55 = 91.142…%: 91.14 holds.
      fact({doc_id: "f", key: "expenditure.total", basis: "general_budget", measure: "actual", amount: "13733.80", rate_pct: "91.14", rate_pct_as_written: "91.14", rate_base: "budget_initial", quote: q}),
      fact({doc_id: "f", key: "expenditure.total", measure: "budget_initial", amount: "15068.55", quote: q}),
      // 229.19 / 222.60 = 102.96%; stated 103.96 does not hold.
      fact({doc_id: "f", key: "expenditure.function", code: "2014003", measure: "actual", amount: "229.19", rate_pct: "103.96", rate_pct_as_written: "103.96", rate_base: "budget_initial"}),
      fact({doc_id: "f", key: "expenditure.function", code: "2014003", measure: "budget_initial", amount: "222.60"}),
      // 完成预算0万元的0%: no rate follows from a zero budget.
      fact({doc_id: "f", key: "three_public.reception", measure: "actual", amount: "0.16", rate_pct: "0", rate_pct_as_written: "0", rate_base: "budget_initial"}),
      fact({doc_id: "f", key: "three_public.reception", measure: "budget_initial", amount: "0"}),
      // No budget stated for the line: not judged.
      fact({doc_id: "f", key: "three_public.overseas", measure: "actual", amount: "4.69", rate_pct: "15.63", rate_pct_as_written: "15.63", rate_base: "budget_adjusted"}),
    ],
    changes: [
      // 比年初预算数增加1668.14万元，增长0%: the prior is 0.
      change({doc_id: "f", change_id: 0, key: "income.total", delta: "1668.14", prior: "0", current: "1668.14", pct: "0", pct_as_written: "0"}),
      change({doc_id: "f", change_id: 1, key: "operating_cost", delta: "0", prior: "0", current: "0", pct: "0", pct_as_written: "0"}),
      // 比执行数0万元增加100.00%: the convention for a new line, not judged.
      change({doc_id: "f", change_id: 2, key: "three_public.total", delta: "25", prior: "0", current: "25", pct: "100.00", pct_as_written: "100.00"}),
    ],
  });
  afterAll(() => fx.close());
  const rows = (rule: string) => fx.rows(`select key, code, status, severity from check_results where rule_id = '${rule}' order by key, code`);

  it("judges each rate against the budget it names, at the rate's precision", async () => {
    expect(await rows("completion_rate_mismatch")).toEqual([
      {key: "expenditure.function", code: "2014003", status: "fail", severity: "error"},
      {key: "expenditure.total", code: null, status: "pass", severity: "error"},
      {key: "three_public.overseas", code: null, status: "insufficient_data", severity: "info"},
      {key: "three_public.reception", code: null, status: "fail", severity: "warning"},
    ]);
    const [m] = await fx.rows(`select message from check_results where rule_id = 'completion_rate_mismatch' and code = '2014003'`);
    expect(m.message).toContain("应为 102.96%");
  });

  it("change_pct_mismatch: a percentage of a change from 0 is a warning; 0 → 0 and the 100% of a new line are not judged", async () => {
    expect(await rows("change_pct_mismatch")).toEqual([
      {key: "income.total", code: null, status: "fail", severity: "warning"},
      {key: "operating_cost", code: null, status: "insufficient_data", severity: "info"},
      {key: "three_public.total", code: null, status: "insufficient_data", severity: "info"},
    ]);
  });
});
