import {afterAll, describe, expect, it} from "vitest";
import {change, doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

/**
 * One tolerance for every sum identity (`identity_verdict` in sql/macros.sql), following the decimals the figures
 * are written with: equal at that precision passes; a gap that rounding the n + 1 figures could make is a warning
 * (a table that does not add up as printed, perhaps a 尾数误差); a larger gap is an error.
 */
describe("identity tolerance follows the precision written", async () => {
  const three = (doc_id: string, total: string, parts: [string, string, string], unit = "万元") => [
    fact({doc_id, key: "three_public.total", amount: total, unit_as_written: unit, amount_as_written: unit === "元" ? String(Number(total) * 10000) : total}),
    fact({doc_id, key: "three_public.overseas", amount: parts[0], unit_as_written: unit, amount_as_written: unit === "元" ? String(Number(parts[0]) * 10000) : parts[0]}),
    fact({doc_id, key: "three_public.reception", amount: parts[1], unit_as_written: unit, amount_as_written: unit === "元" ? String(Number(parts[1]) * 10000) : parts[1]}),
    fact({doc_id, key: "three_public.vehicle", amount: parts[2], unit_as_written: unit, amount_as_written: unit === "元" ? String(Number(parts[2]) * 10000) : parts[2]}),
  ];
  const fx = await sqlFixture({
    documents: ["exact", "cent", "off", "yuan"].map((doc_id) => doc({doc_id})),
    facts: [
      ...three("exact", "46.20", ["4.69", "40.61", "0.90"]),
      // 041's 公开09表: 46.21 against 4.69 + 40.61 + 0.90 = 46.20, every cell written to 2 decimals.
      ...three("cent", "46.21", ["4.69", "40.61", "0.90"]),
      // three parts and a total can hide at most 4 × 0.005 = 0.02 of rounding; 0.05 is not rounding.
      ...three("off", "46.25", ["4.69", "40.61", "0.90"]),
      // written in 元 (4 more decimals in 万元): a 1 元 gap is within rounding only if written to 元 — it is exact here.
      ...three("yuan", "80.439502", ["0", "58", "22.43952"], "元"),
    ],
  });
  afterAll(() => fx.close());

  it("passes, warns or errs by the gap against the written precision", async () => {
    const rows = await fx.rows(
      `select doc_id, severity, status, message from check_results where rule_id = 'identity_three_public' order by doc_id`,
    );
    expect(rows).toEqual([
      {doc_id: "cent", severity: "warning", status: "fail", message: "“三公”经费 46.21 与其组成之和 46.2 不符（相差 0.01，在尾数误差范围内）"},
      {doc_id: "exact", severity: "error", status: "pass", message: "“三公”经费 46.2 与其组成之和 46.2 相符"},
      {doc_id: "off", severity: "error", status: "fail", message: "“三公”经费 46.25 与其组成之和 46.2 不符（相差 0.05）"},
      {doc_id: "yuan", severity: "error", status: "fail", message: "“三公”经费 80.439502 与其组成之和 80.43952 不符（相差 0.000018）"},
    ]);
  });
});

/**
 * One tolerance for every percentage identity (`pct_holds`): a share, a change's percentage and a completion rate
 * are held to the decimals the percentage is written with.
 */
describe("percentage tolerance follows the decimals written", async () => {
  const fx = await sqlFixture({documents: [doc({doc_id: "x"})]});
  afterAll(() => fx.close());

  it("allows half a unit of the last written decimal, exactly, and no more", async () => {
    const holds = async (part: string, whole: string, pct: string, written: string) =>
      (await fx.rows(`select pct_holds(${part}::DECIMAL(24,6), ${whole}::DECIMAL(24,6), ${pct}::DECIMAL(18,4), pct_decimals(${pct}::DECIMAL(18,4), '${written}')) as h`))[0].h;
    expect(await holds("21", "1000", "2.1", "2.1")).toBe(true);
    // 占2.1% allows 2.05–2.15: 20.5 / 1000 = 2.05 is on the edge and holds; 20.4 / 1000 = 2.04 does not.
    expect(await holds("20.5", "1000", "2.1", "2.1")).toBe(true);
    expect(await holds("21.5", "1000", "2.1", "2.1")).toBe(true);
    expect(await holds("20.4", "1000", "2.1", "2.1")).toBe(false);
    // Written 2.10, the same value claims two decimals: 2.05 no longer rounds to it.
    expect(await holds("20.5", "1000", "2.1", "2.10")).toBe(false);
    // A decrease against a positive base, and a whole below zero: the tolerance is on |whole|.
    expect(await holds("-5", "200", "-2.5", "-2.5")).toBe(true);
    expect(await holds("5", "-200", "-2.5", "-2.5")).toBe(true);
  });
});

/**
 * prior_year_mismatch compares one figure with one at the coarser precision of the two, never coarser than a cent:
 * the same as the old flat cent for narratives in 万元, stricter only where both sides are written to the 元.
 */
describe("prior_year_mismatch tolerance", async () => {
  const pair = (unit: string) => [
    doc({doc_id: `${unit}23`, unit, year: 2023, kind: "final"}),
    doc({doc_id: `${unit}24`, unit, year: 2024, kind: "final"}),
  ];
  const cases: [string, string, string][] = [
    ["甲", "100.25", "100.26"], // two narratives in 万元, a cent apart: rounding, passes (as before)
    ["乙", "100.25", "100.27"], // two cents: fails (as before)
    ["丙", "123.456789", "123.4618"], // both exact to the 元 and 50 元 apart: fails (the flat cent passed it)
    ["丁", "123.456789", "123.456789"], // exact and equal: passes
    ["戊", "100.4823", "100.5"], // a prior written to one decimal still answers to the cent (as before): fails
  ];
  const fx = await sqlFixture({
    documents: cases.flatMap(([u]) => pair(u)),
    facts: cases.map(([u, a]) => fact({doc_id: `${u}23`, key: "expenditure.total", basis: "total", amount: a, measure: "actual"})),
    changes: cases.map(([u, , p]) => change({doc_id: `${u}24`, change_id: 0, key: "expenditure.total", basis: "total", delta: "1", prior: p, compare_year: 2023})),
  });
  afterAll(() => fx.close());

  it("passes a rounding gap at the written precision and fails anything larger", async () => {
    const rows = await fx.rows(`select doc_id, status from check_results where rule_id = 'prior_year_mismatch' order by doc_id`);
    expect(Object.fromEntries(rows.map((r) => [r.doc_id, r.status]))).toEqual({
      甲24: "pass",
      乙24: "fail",
      丙24: "fail",
      丁24: "pass",
      戊24: "fail",
    });
  });
});
