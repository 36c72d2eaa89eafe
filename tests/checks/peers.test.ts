import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

const COUNTIES = ["汶川县", "理县", "茂县", "松潘县", "九寨沟县", "金川县", "小金县"];
const REGION = "四川省 › 阿坝藏族羌族自治州";

describe("peer_outlier", async () => {
  // Seven county federations spend about 1% of their budget on 三公; 小金县 spends 20%.
  const docs = COUNTIES.map((c, i) => doc({doc_id: `d${i}`, unit: `${c}总工会`, year: 2024, region: `${REGION} › ${c}`}));
  const facts = COUNTIES.flatMap((c, i) => [
    fact({doc_id: `d${i}`, key: "expenditure.total", basis: "total", amount: "100.00"}),
    fact({doc_id: `d${i}`, key: "three_public.total", amount: c === "小金县" ? "20.00" : (1 + i / 10).toFixed(2)}),
  ]);
  const fx = await sqlFixture({documents: docs, facts});
  afterAll(() => fx.close());

  it("flags the one unit far from its peers, and only it", async () => {
    const rows = await fx.rows("select doc_id, key, severity from findings where rule_id = 'peer_outlier'");
    expect(rows).toEqual([{doc_id: "d6", key: "three_public.total", severity: "info"}]);
  });
});
