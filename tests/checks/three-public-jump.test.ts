import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

const REGION = "四川省 › 阿坝藏族羌族自治州";
const UNITS = ["汶川县", "理县", "茂县", "松潘县"];

describe("three_public_jump", async () => {
  // 汶川县's reception goes 0.10 → 0.30 (exactly 3×, which a float ratio would call 2.9999…); 理县's 1.00 → 2.99
  // (below 3×); the others barely move.
  const amounts: Record<string, [string, string]> = {汶川县: ["0.10", "0.30"], 理县: ["1.00", "2.99"], 茂县: ["1.00", "1.01"], 松潘县: ["2.00", "2.02"]};
  const docs = UNITS.flatMap((u, i) => [2023, 2024].map((y) => doc({doc_id: `${i}-${y}`, unit: `${u}总工会`, year: y, region: `${REGION} › ${u}`})));
  const facts = UNITS.flatMap((u, i) => [
    fact({doc_id: `${i}-2023`, key: "three_public.reception", amount: amounts[u][0]}),
    fact({doc_id: `${i}-2024`, key: "three_public.reception", amount: amounts[u][1]}),
  ]);
  const fx = await sqlFixture({documents: docs, facts});
  afterAll(() => fx.close());

  it("flags a line that exactly triples while its peers hold still, and not one that falls short of 3×", async () => {
    const rows = await fx.rows("select doc_id, key, message from findings where rule_id = 'three_public_jump'");
    expect(rows).toEqual([
      {doc_id: "0-2024", key: "three_public.reception", message: "three_public.reception 由上年 0.1 变为 0.3（3 倍），同类单位中位变动 1.01 倍"},
    ]);
  });
});

describe("three_public_jump when a line drops to 0", async () => {
  // Before: ln(0) threw "cannot take logarithm of zero" and the whole refresh failed, so nothing landed.
  const amounts: Record<string, [string, string]> = {汶川县: ["1.00", "0"], 理县: ["1.00", "1.01"], 茂县: ["1.00", "1.01"], 松潘县: ["2.00", "2.02"]};
  const docs = UNITS.flatMap((u, i) => [2023, 2024].map((y) => doc({doc_id: `${i}-${y}`, unit: `${u}总工会`, year: y, region: `${REGION} › ${u}`})));
  const facts = UNITS.flatMap((u, i) => [
    fact({doc_id: `${i}-2023`, key: "three_public.reception", amount: amounts[u][0]}),
    fact({doc_id: `${i}-2024`, key: "three_public.reception", amount: amounts[u][1]}),
  ]);
  const fx = await sqlFixture({documents: docs, facts});
  afterAll(() => fx.close());

  it("runs without error and flags the drop as a jump", async () => {
    expect(await fx.rows("select rule_id from check_results where status = 'error'")).toEqual([]);
    const rows = await fx.rows("select doc_id from findings where rule_id = 'three_public_jump'");
    expect(rows).toEqual([{doc_id: "0-2024"}]);
  });
});
