import {afterAll, describe, expect, it} from "vitest";
import {doc, sqlFixture} from "../helpers/sql-fixture.ts";

describe("int_documents_latest", async () => {
  const fx = await sqlFixture({
    documents: [
      // A revision: the later publication wins.
      doc({doc_id: "a1", unit: "甲", year: 2024, published: "2024-01-31"}),
      doc({doc_id: "a2", unit: "甲", year: 2024, published: "2024-03-01"}),
      // The final account of the same year is its own row.
      doc({doc_id: "a3", unit: "甲", year: 2024, kind: "final", published: "2025-06-30"}),
      // No dates: doc_id decides (descending), deterministically.
      doc({doc_id: "b1", unit: "乙", year: 2024}),
      doc({doc_id: "b2", unit: "乙", year: 2024}),
      // A stated date beats none.
      doc({doc_id: "c9", unit: "丙", year: 2024}),
      doc({doc_id: "c1", unit: "丙", year: 2024, published: "2024-02-01"}),
      // A synthetic document never supersedes a real one, even when newer.
      doc({doc_id: "d1", unit: "丁", year: 2024, published: "2024-01-01"}),
      doc({doc_id: "d2", unit: "丁", year: 2024, published: "2024-06-01", is_synthetic: true}),
      // No unit: no identity to compare, left out.
      doc({doc_id: "e1", unit: null, year: 2024}),
    ],
  });
  afterAll(() => fx.close());

  it("keeps one document per unit, year and kind, the latest", async () => {
    const rows = await fx.rows(`
      select unit_name, fiscal_year, doc_kind, doc_id, n_versions::INTEGER as n_versions, superseded_doc_ids, is_synthetic
      from int_documents_latest order by unit_name, doc_kind`);
    expect(rows).toEqual([
      {unit_name: "丁", fiscal_year: 2024, doc_kind: "budget", doc_id: "d1", n_versions: 2, superseded_doc_ids: ["d2"], is_synthetic: false},
      {unit_name: "丙", fiscal_year: 2024, doc_kind: "budget", doc_id: "c1", n_versions: 2, superseded_doc_ids: ["c9"], is_synthetic: false},
      {unit_name: "乙", fiscal_year: 2024, doc_kind: "budget", doc_id: "b2", n_versions: 2, superseded_doc_ids: ["b1"], is_synthetic: false},
      {unit_name: "甲", fiscal_year: 2024, doc_kind: "budget", doc_id: "a2", n_versions: 2, superseded_doc_ids: ["a1"], is_synthetic: false},
      {unit_name: "甲", fiscal_year: 2024, doc_kind: "final", doc_id: "a3", n_versions: 1, superseded_doc_ids: [], is_synthetic: false},
    ]);
  });
});
