import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

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
