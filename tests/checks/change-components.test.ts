import {afterAll, describe, expect, it} from "vitest";
import {change, doc, sqlFixture} from "../helpers/sql-fixture.ts";

/** Component changes against the total's change (三公 and 基本/项目), in the pattern of 部门预算 三公 paragraphs. */
describe("change_components_sum", async () => {
  const tp = (doc_id: string, key: string, change_id: number, current: string, delta: string) => change({doc_id, change_id, key, current, delta, compare_year: 2025});
  const fx = await sqlFixture({
    documents: [doc({doc_id: "ok"}), doc({doc_id: "bad"}), doc({doc_id: "partial"}), doc({doc_id: "notall"})],
    changes: [
      // 19.86 = 5 + 8.16 + 6.70; −22.65 = −15 − 5.35 − 2.30.
      tp("ok", "three_public.total", 0, "19.86", "-22.65"),
      tp("ok", "three_public.overseas", 1, "5.00", "-15.00"),
      tp("ok", "three_public.reception", 2, "8.16", "-5.35"),
      tp("ok", "three_public.vehicle", 3, "6.70", "-2.30"),
      // The parts add up this year, their changes do not: one prior is misstated.
      tp("bad", "three_public.total", 0, "19.86", "-22.65"),
      tp("bad", "three_public.overseas", 1, "5.00", "-15.00"),
      tp("bad", "three_public.reception", 2, "8.16", "-5.35"),
      tp("bad", "three_public.vehicle", 3, "6.70", "-3.30"),
      // The parts do not make the total this year (a part left out): the changes are not judged.
      tp("partial", "expenditure.total", 0, "100.00", "10.00"),
      tp("partial", "expenditure.basic", 1, "60.00", "3.00"),
      tp("partial", "expenditure.project", 2, "30.00", "2.00"),
      // A part without a stated change.
      tp("notall", "three_public.total", 0, "19.86", "-22.65"),
      tp("notall", "three_public.overseas", 1, "5.00", "-15.00"),
    ],
  });
  afterAll(() => fx.close());

  it("reports changes that do not add up only where the parts are the whole", async () => {
    const r = await fx.rows(`select doc_id, key, status, severity, message from check_results where rule_id = 'change_components_sum' order by doc_id`);
    expect(r.map((x) => [x.doc_id, x.key, x.status, x.severity])).toEqual([
      ["bad", "three_public.total", "fail", "error"],
      ["notall", "three_public.total", "insufficient_data", "info"],
      ["ok", "three_public.total", "pass", "error"],
      ["partial", "expenditure.total", "insufficient_data", "info"],
    ]);
    expect(r[0].message).toBe("各分项变动额（-15、-5.35、-3.3）之和 -23.65 与总变动额 -22.65 不符（相差 1）");
  });
});
