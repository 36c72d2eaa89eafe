import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

describe("staging models", async () => {
  const fx = await sqlFixture({
    documents: [doc({doc_id: "d1", unit: "汶川县总工会", year: 2023})],
    facts: [fact({doc_id: "d1", key: "income.total", basis: "total", amount: "18976.7551"})],
  });
  afterAll(() => fx.close());

  it("stg_facts carries the document's unit and year beside the exact amount", async () => {
    expect(await fx.rows("select unit_name, fiscal_year, key, amount::VARCHAR as amount from stg_facts")).toEqual([
      {unit_name: "汶川县总工会", fiscal_year: 2023, key: "income.total", amount: "18976.755100"},
    ]);
  });
});
