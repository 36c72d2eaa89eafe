import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

describe("share_matches_amount without a stated 三公 total", async () => {
  // 70 + 411.20 + 27 = 508.20: 411.20 is 80.913…% of it, so "80.92%" is wrong and "13.77%" (70) is right.
  const fx = await sqlFixture({
    documents: [doc({doc_id: "js18"})],
    facts: [
      fact({doc_id: "js18", key: "three_public.overseas", amount: "70", share_pct: "13.77", share_pct_as_written: "13.77"}),
      fact({doc_id: "js18", key: "three_public.vehicle", amount: "411.20", share_pct: "80.92", share_pct_as_written: "80.92"}),
      fact({doc_id: "js18", key: "three_public.reception", amount: "27", share_pct: "5.31", share_pct_as_written: "5.31"}),
    ],
  });
  afterAll(() => fx.close());

  it("judges each share against the sum of the three stated parts", async () => {
    const rows = await fx.rows("select key, status, actual::VARCHAR as actual from check_results where rule_id = 'share_matches_amount' order by key");
    expect(rows).toEqual([
      {key: "three_public.overseas", status: "pass", actual: "13.774100"},
      {key: "three_public.reception", status: "pass", actual: "5.312900"},
      {key: "three_public.vehicle", status: "fail", actual: "80.913000"},
    ]);
  });
});
