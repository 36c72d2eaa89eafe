import {afterAll, describe, expect, it} from "vitest";
import {change, doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

/**
 * int_prior_amounts, the one prior-year lookup: each series a change looks back at once, with the prior
 * disclosure's amount and why it is missing when it is; int_changes_resolved, implied_prior and prior_year_mismatch
 * read the same row.
 */
describe("int_prior_amounts", async () => {
  const fx = await sqlFixture({
    documents: [
      // Two documents of 甲's 2023 final account: the real one wins over the synthetic one (int_documents_latest's
      // tie-break, the only one), although the synthetic one's doc_id sorts last.
      doc({doc_id: "p_real", unit: "甲", year: 2023, kind: "final"}),
      doc({doc_id: "z_synth", unit: "甲", year: 2023, kind: "final", is_synthetic: true}),
      doc({doc_id: "c", unit: "甲", year: 2024, kind: "final"}),
      // 乙 has no 2023 document.
      doc({doc_id: "d", unit: "乙", year: 2024, kind: "final"}),
    ],
    facts: [
      fact({doc_id: "p_real", key: "expenditure.total", basis: "total", amount: "100", measure: "actual"}),
      fact({doc_id: "z_synth", key: "expenditure.total", basis: "total", amount: "999", measure: "actual"}),
      fact({doc_id: "p_real", key: "income.total", basis: "total", amount: "90", measure: "actual"}),
      fact({doc_id: "p_real", key: "income.total", basis: "total", amount: "95", measure: "budget"}),
      fact({doc_id: "c", key: "expenditure.total", basis: "total", amount: "120", measure: "actual"}),
    ],
    changes: [
      change({doc_id: "c", change_id: 0, key: "expenditure.total", basis: "total", delta: "20", prior: "100", compare_year: 2023}),
      // The same series asked for twice (two sentences): one lookup row.
      change({doc_id: "c", change_id: 1, key: "expenditure.total", basis: "total", delta: "21", prior: "99", compare_year: 2023}),
      change({doc_id: "c", change_id: 2, key: "income.total", basis: "total", delta: "20", prior: "92", compare_year: 2023}),
      change({doc_id: "c", change_id: 3, key: "operating_cost", delta: "1", prior: "5", compare_year: 2023}),
      change({doc_id: "d", change_id: 0, key: "expenditure.total", basis: "total", delta: "3", prior: "7", compare_year: 2023}),
    ],
  });
  afterAll(() => fx.close());

  it("has one row per series and year looked back at, saying where its amount comes from", async () => {
    const rows = await fx.rows(`
      select unit_key, prior_year, key, prior_doc_id, prior_doc_amount::VARCHAR as amount, prior_status
      from int_prior_amounts order by unit_key, key`);
    expect(rows).toEqual([
      {unit_key: "乙", prior_year: 2023, key: "expenditure.total", prior_doc_id: null, amount: null, prior_status: "document_absent"},
      {unit_key: "甲", prior_year: 2023, key: "expenditure.total", prior_doc_id: "p_real", amount: "100.000000", prior_status: "stated"},
      {unit_key: "甲", prior_year: 2023, key: "income.total", prior_doc_id: "p_real", amount: null, prior_status: "conflicting_amounts"},
      {unit_key: "甲", prior_year: 2023, key: "operating_cost", prior_doc_id: "p_real", amount: null, prior_status: "not_stated"},
    ]);
  });

  it("is what int_changes_resolved, implied_prior and prior_year_mismatch read", async () => {
    const resolved = await fx.rows(`
      select doc_id, change_id, prior_doc_id, prior_doc_amount::VARCHAR as a, prior_status from int_changes_resolved order by doc_id, change_id`);
    expect(resolved.map((r) => [r.doc_id, r.change_id, r.prior_doc_id, r.a, r.prior_status])).toEqual([
      ["c", 0, "p_real", "100.000000", "stated"],
      ["c", 1, "p_real", "100.000000", "stated"],
      ["c", 2, "p_real", null, "conflicting_amounts"],
      ["c", 3, "p_real", null, "not_stated"],
      ["d", 0, null, null, "document_absent"],
    ]);
    const implied = await fx.rows(`select doc_id, change_id, status from implied_prior order by doc_id, change_id`);
    expect(implied.map((r) => r.status)).toEqual([
      "matches",
      "differs",
      "prior_conflicting_amounts",
      "prior_not_stated",
      "prior_document_absent",
    ]);
    const check = await fx.rows(`
      select doc_id, key, actual::VARCHAR as actual, expected::VARCHAR as expected, status from check_results
      where rule_id = 'prior_year_mismatch' order by doc_id, key, actual`);
    expect(check).toEqual([
      {doc_id: "c", key: "expenditure.total", actual: "100.000000", expected: "100.000000", status: "pass"},
      {doc_id: "c", key: "expenditure.total", actual: "99.000000", expected: "100.000000", status: "fail"},
      {doc_id: "c", key: "income.total", actual: "92.000000", expected: null, status: "insufficient_data"},
      {doc_id: "c", key: "operating_cost", actual: "5.000000", expected: null, status: "insufficient_data"},
      {doc_id: "d", key: "expenditure.total", actual: "7.000000", expected: null, status: "insufficient_data"},
    ]);
  });
});
