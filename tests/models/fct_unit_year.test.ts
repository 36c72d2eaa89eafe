import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

const REGION = "四川省 › 阿坝藏族羌族自治州";

describe("fct_unit_year", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "old", unit: "阿坝州总工会", year: 2024, published: "2024-01-31", region: REGION}),
      doc({doc_id: "new", unit: "阿坝州总工会", year: 2024, published: "2024-02-15", region: REGION}),
      doc({doc_id: "syn", unit: "汶川县总工会", year: 2024, region: `${REGION} › 汶川县`, is_synthetic: true}),
    ],
    facts: [
      fact({doc_id: "old", key: "expenditure.total", basis: "total", amount: "3000"}),
      fact({doc_id: "new", key: "expenditure.total", basis: "total", amount: "3422.23"}),
      fact({doc_id: "new", key: "expenditure.total", basis: "fiscal", amount: "3400.01"}),
      fact({doc_id: "new", key: "project.item", basis: "general_budget", parent: "2012999", label: "工会经费", amount: "2600.00"}),
      fact({doc_id: "syn", key: "expenditure.total", basis: "total", amount: "120.5"}),
    ],
  });
  afterAll(() => fx.close());

  it("holds the latest revision's facts only, bases apart, with region and the synthetic flag", async () => {
    const rows = await fx.rows(`
      select unit_name, fiscal_year, doc_id, region, is_synthetic, key, basis, parent, label, amount::VARCHAR as amount
      from fct_unit_year order by unit_name, key, basis`);
    expect(rows).toEqual([
      {unit_name: "汶川县总工会", fiscal_year: 2024, doc_id: "syn", region: `${REGION} › 汶川县`, is_synthetic: true, key: "expenditure.total", basis: "total", parent: null, label: null, amount: "120.500000"},
      {unit_name: "阿坝州总工会", fiscal_year: 2024, doc_id: "new", region: REGION, is_synthetic: false, key: "expenditure.total", basis: "fiscal", parent: null, label: null, amount: "3400.010000"},
      {unit_name: "阿坝州总工会", fiscal_year: 2024, doc_id: "new", region: REGION, is_synthetic: false, key: "expenditure.total", basis: "total", parent: null, label: null, amount: "3422.230000"},
      {unit_name: "阿坝州总工会", fiscal_year: 2024, doc_id: "new", region: REGION, is_synthetic: false, key: "project.item", basis: "general_budget", parent: "2012999", label: "工会经费", amount: "2600.000000"},
    ]);
  });
});
