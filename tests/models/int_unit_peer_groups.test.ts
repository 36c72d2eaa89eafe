import {afterAll, describe, expect, it} from "vitest";
import {doc, sqlFixture} from "../helpers/sql-fixture.ts";

const ABA = "四川省 › 阿坝藏族羌族自治州";

describe("int_unit_peer_groups", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "d1", unit: "阿坝州总工会", region: ABA}),
      doc({doc_id: "d2", unit: "汶川县总工会", region: `${ABA} › 汶川县`}),
      // Several place names in front: all stripped.
      doc({doc_id: "d3", unit: "四川省阿坝州理县总工会", region: `${ABA} › 理县`}),
      doc({doc_id: "d4", unit: "中共某委员会", region: ABA}),
      // A 单位预算 is one unit's own: compared with other units' own, not with the departments.
      doc({doc_id: "d5", unit: "茂县总工会", region: `${ABA} › 茂县`, scope: "unit"}),
    ],
  });
  afterAll(() => fx.close());

  it("groups units by prefecture and the name left after the place names", async () => {
    expect(await fx.rows(`select doc_id, peer_region, unit_suffix, peer_group, status from int_unit_peer_groups order by doc_id`)).toEqual([
      {doc_id: "d1", peer_region: ABA, unit_suffix: "总工会", peer_group: `${ABA} · 总工会`, status: "ok"},
      {doc_id: "d2", peer_region: ABA, unit_suffix: "总工会", peer_group: `${ABA} · 总工会`, status: "ok"},
      {doc_id: "d3", peer_region: ABA, unit_suffix: "总工会", peer_group: `${ABA} · 总工会`, status: "ok"},
      {doc_id: "d4", peer_region: ABA, unit_suffix: null, peer_group: null, status: "no_peer_group"},
      {doc_id: "d5", peer_region: ABA, unit_suffix: "总工会", peer_group: `${ABA} · 总工会 · 单位`, status: "ok"},
    ]);
  });
});
