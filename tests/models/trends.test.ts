import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

const years = [2022, 2023, 2024, 2026];

describe("trends", async () => {
  const fx = await sqlFixture({
    documents: years.map((year) => doc({doc_id: `a${year}`, unit: "甲", year})),
    facts: [
      fact({doc_id: "a2022", key: "income.total", basis: "total", amount: "100"}),
      fact({doc_id: "a2023", key: "income.total", basis: "total", amount: "0"}),
      fact({doc_id: "a2024", key: "income.total", basis: "total", amount: "50"}),
      // 2025 is missing: 2026 has no previous year, not a change from zero.
      fact({doc_id: "a2026", key: "income.total", basis: "total", amount: "60"}),
      // Two bases of one key stay two series.
      fact({doc_id: "a2023", key: "expenditure.total", basis: "total", amount: "80"}),
      fact({doc_id: "a2024", key: "expenditure.total", basis: "total", amount: "88"}),
      fact({doc_id: "a2023", key: "expenditure.total", basis: "fiscal", amount: "40"}),
      fact({doc_id: "a2024", key: "expenditure.total", basis: "fiscal", amount: "30"}),
      fact({doc_id: "a2023", key: "project.item", basis: "general_budget", parent: "2012999", label: "工会经费", amount: "10"}),
      fact({doc_id: "a2024", key: "project.item", basis: "general_budget", parent: "2012999", label: "工会经费", amount: "7"}),
      // Counts are not ranked with money.
      fact({doc_id: "a2023", key: "assets.vehicles", amount: "3", unit: "辆"}),
      fact({doc_id: "a2024", key: "assets.vehicles", amount: "5", unit: "辆"}),
    ],
  });
  afterAll(() => fx.close());

  const cols = `fiscal_year, key, basis, item_label, amount::VARCHAR as amount, prev_amount::VARCHAR as prev_amount,
    change::VARCHAR as change, growth_pct::VARCHAR as growth_pct, growth_status, largest_move_rank::INTEGER as rank`;

  it("gives each series its exact change and growth, NULL where the previous year is zero or absent", async () => {
    expect(await fx.rows(`select ${cols} from trends where key = 'income.total' order by fiscal_year`)).toEqual([
      {fiscal_year: 2022, key: "income.total", basis: "total", item_label: null, amount: "100.000000", prev_amount: null, change: null, growth_pct: null, growth_status: "no_previous_year", rank: null},
      {fiscal_year: 2023, key: "income.total", basis: "total", item_label: null, amount: "0.000000", prev_amount: "100.000000", change: "-100.000000", growth_pct: "-100.0000", growth_status: "ok", rank: 1},
      {fiscal_year: 2024, key: "income.total", basis: "total", item_label: null, amount: "50.000000", prev_amount: "0.000000", change: "50.000000", growth_pct: null, growth_status: "previous_zero", rank: 1},
      {fiscal_year: 2026, key: "income.total", basis: "total", item_label: null, amount: "60.000000", prev_amount: null, change: null, growth_pct: null, growth_status: "no_previous_year", rank: null},
    ]);
  });

  it("ranks a year's moves by absolute change, bases apart, money only", async () => {
    expect(await fx.rows(`select ${cols} from trends where fiscal_year = 2024 order by rank nulls last, key`)).toEqual([
      {fiscal_year: 2024, key: "income.total", basis: "total", item_label: null, amount: "50.000000", prev_amount: "0.000000", change: "50.000000", growth_pct: null, growth_status: "previous_zero", rank: 1},
      {fiscal_year: 2024, key: "expenditure.total", basis: "fiscal", item_label: null, amount: "30.000000", prev_amount: "40.000000", change: "-10.000000", growth_pct: "-25.0000", growth_status: "ok", rank: 2},
      {fiscal_year: 2024, key: "expenditure.total", basis: "total", item_label: null, amount: "88.000000", prev_amount: "80.000000", change: "8.000000", growth_pct: "10.0000", growth_status: "ok", rank: 3},
      {fiscal_year: 2024, key: "project.item", basis: "general_budget", item_label: "工会经费", amount: "7.000000", prev_amount: "10.000000", change: "-3.000000", growth_pct: "-30.0000", growth_status: "ok", rank: 4},
      {fiscal_year: 2024, key: "assets.vehicles", basis: null, item_label: null, amount: "5.000000", prev_amount: "3.000000", change: "2.000000", growth_pct: "66.6667", growth_status: "ok", rank: null},
    ]);
  });
});
