import {afterAll, describe, expect, it} from "vitest";
import {change, doc, reason, sqlFixture} from "../helpers/sql-fixture.ts";

const D = "039b8b63d36fc73b";

describe("change_waterfall", async () => {
  const fx = await sqlFixture({
    documents: [doc({doc_id: D, unit: "阿坝州总工会", year: 2024}), doc({doc_id: "d2", unit: "乙", year: 2024})],
    changes: [
      change({doc_id: D, change_id: 0, key: "income.total", basis: "total", delta: "-2336.67", prior: "5758.90", current: "3422.23"}),
      // A change without reasons has no waterfall.
      change({doc_id: D, change_id: 1, key: "three_public.total", delta: "1", prior: "2", current: "3"}),
      change({doc_id: "d2", change_id: 0, key: "operating_cost", delta: "10", current: "50"}),
      // Neither prior nor current: the bridge cannot be placed.
      change({doc_id: "d2", change_id: 1, key: "procurement.total", delta: "5"}),
    ],
    reasons: [
      reason({doc_id: D, change_id: 0, change_key: "income.total", ordinal: 1, text: "一是工会经费基数调整", delta: "-2380"}),
      reason({doc_id: D, change_id: 0, change_key: "income.total", ordinal: 2, text: "二是州级劳模帮扶人数增加", delta: "0.42"}),
      reason({doc_id: D, change_id: 0, change_key: "income.total", ordinal: 3, text: "三是国产电脑购置", delta: "0.92"}),
      reason({doc_id: D, change_id: 0, change_key: "income.total", ordinal: 4, text: "四是单位职工调入一人", delta: "41.99"}),
      reason({doc_id: "d2", change_id: 0, change_key: "operating_cost", ordinal: 0, text: "差旅费增加", delta: "6"}),
      reason({doc_id: "d2", change_id: 0, change_key: "operating_cost", ordinal: 1, text: "办公费增加"}),
      reason({doc_id: "d2", change_id: 1, change_key: "procurement.total", ordinal: 0, text: "电脑更新", delta: "5"}),
    ],
  });
  afterAll(() => fx.close());

  const cols = `step, step_kind, reason_ordinal, amount::VARCHAR as amount, running_total::VARCHAR as running_total, status`;

  it("bridges the seed's income total from 5758.90 to 3422.23 with nothing unexplained", async () => {
    const rows = await fx.rows(`select ${cols} from change_waterfall
      where unit_name = '阿坝州总工会' and fiscal_year = 2024 and key = 'income.total' order by step`);
    expect(rows).toEqual([
      {step: 0, step_kind: "start", reason_ordinal: null, amount: "5758.900000", running_total: "5758.900000", status: "ok"},
      {step: 1, step_kind: "reason", reason_ordinal: 1, amount: "-2380.000000", running_total: "3378.900000", status: "ok"},
      {step: 2, step_kind: "reason", reason_ordinal: 2, amount: "0.420000", running_total: "3379.320000", status: "ok"},
      {step: 3, step_kind: "reason", reason_ordinal: 3, amount: "0.920000", running_total: "3380.240000", status: "ok"},
      {step: 4, step_kind: "reason", reason_ordinal: 4, amount: "41.990000", running_total: "3422.230000", status: "ok"},
      {step: 5, step_kind: "unexplained", reason_ordinal: null, amount: "0.000000", running_total: "3422.230000", status: "ok"},
      {step: 6, step_kind: "end", reason_ordinal: null, amount: "3422.230000", running_total: "3422.230000", status: "ok"},
    ]);
  });

  it("keeps a reason without an amount NULL and shows what it leaves unexplained", async () => {
    const rows = await fx.rows(`select ${cols} from change_waterfall where doc_id = 'd2' and change_id = 0 order by step`);
    expect(rows).toEqual([
      {step: 0, step_kind: "start", reason_ordinal: null, amount: "40.000000", running_total: "40.000000", status: "ok"},
      {step: 1, step_kind: "reason", reason_ordinal: 0, amount: "6.000000", running_total: "46.000000", status: "ok"},
      {step: 2, step_kind: "reason", reason_ordinal: 1, amount: null, running_total: "46.000000", status: "amount_not_stated"},
      {step: 3, step_kind: "unexplained", reason_ordinal: null, amount: "4.000000", running_total: "50.000000", status: "ok"},
      {step: 4, step_kind: "end", reason_ordinal: null, amount: "50.000000", running_total: "50.000000", status: "ok"},
    ]);
  });

  it("says insufficient_data when the prior cannot be derived, and skips changes without reasons", async () => {
    const rows = await fx.rows(`select ${cols} from change_waterfall where doc_id = 'd2' and change_id = 1 order by step`);
    expect(rows).toEqual([
      {step: 0, step_kind: "start", reason_ordinal: null, amount: null, running_total: null, status: "insufficient_data"},
      {step: 1, step_kind: "reason", reason_ordinal: 0, amount: "5.000000", running_total: null, status: "insufficient_data"},
      {step: 2, step_kind: "unexplained", reason_ordinal: null, amount: "0.000000", running_total: null, status: "insufficient_data"},
      {step: 3, step_kind: "end", reason_ordinal: null, amount: null, running_total: null, status: "insufficient_data"},
    ]);
    expect(await fx.rows(`select count(*)::INTEGER as n from change_waterfall where key = 'three_public.total'`)).toEqual([{n: 0}]);
  });
});
