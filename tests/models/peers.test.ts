import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

const ABA = "四川省 › 阿坝藏族羌族自治州";
// Five 总工会 of one prefecture; three_public.total over expenditure.total: 0.01, 0.02, 0.03, 0.04, 0.10.
const UNITS: [string, string, string][] = [
  ["u1", "阿坝州总工会", "1"],
  ["u2", "汶川县总工会", "2"],
  ["u3", "理县总工会", "3"],
  ["u4", "茂县总工会", "4"],
  ["u5", "松潘县总工会", "10"],
];

describe("peers", async () => {
  const fx = await sqlFixture({
    documents: [
      ...UNITS.map(([doc_id, unit]) => doc({doc_id, unit, year: 2024, region: doc_id === "u1" ? ABA : `${ABA} › 某县`})),
      // Another kind of unit in the same prefecture: its own group. It states no total: no ratio.
      doc({doc_id: "f1", unit: "汶川县财政局", year: 2024, region: `${ABA} › 汶川县`}),
      // A name that starts with no known place: no peer group at all.
      doc({doc_id: "z1", unit: "某某协会", year: 2024, region: ABA}),
    ],
    facts: [
      ...UNITS.flatMap(([doc_id, , tp]) => [
        fact({doc_id, key: "expenditure.total", basis: "total", amount: "100"}),
        fact({doc_id, key: "three_public.total", amount: tp}),
      ]),
      // A second basis of the numerator is not mixed in: the basis-less (the key says it) one is chosen.
      fact({doc_id: "u5", key: "three_public.total", basis: "fiscal", amount: "99"}),
      fact({doc_id: "f1", key: "three_public.total", amount: "5"}),
      fact({doc_id: "z1", key: "expenditure.total", basis: "total", amount: "100"}),
      fact({doc_id: "z1", key: "three_public.total", amount: "5"}),
    ],
  });
  afterAll(() => fx.close());

  it("ranks each unit's ratio in its group with median, MAD and robust z", async () => {
    const rows = await fx.rows(`
      select unit_name, peer_group, numerator_basis, numerator_amount::VARCHAR as numerator, rank::INTEGER as rank,
        n_peers::INTEGER as n_peers, ratio_double, median_double, mad_double, robust_z, status
      from peers where metric = 'three_public_share' and peer_group like '%总工会' order by rank`);
    expect(rows.map((r) => [r.unit_name, r.peer_group, r.numerator_basis, r.numerator, r.rank, r.n_peers, r.status])).toEqual([
      ["松潘县总工会", `${ABA} · 总工会`, null, "10.000000", 1, 5, "ok"],
      ["茂县总工会", `${ABA} · 总工会`, null, "4.000000", 2, 5, "ok"],
      ["理县总工会", `${ABA} · 总工会`, null, "3.000000", 3, 5, "ok"],
      ["汶川县总工会", `${ABA} · 总工会`, null, "2.000000", 4, 5, "ok"],
      ["阿坝州总工会", `${ABA} · 总工会`, null, "1.000000", 5, 5, "ok"],
    ]);
    expect(rows[0].ratio_double).toBeCloseTo(0.1, 12);
    expect(rows[0].median_double).toBeCloseTo(0.03, 12);
    expect(rows[0].mad_double).toBeCloseTo(0.01, 12);
    expect(rows[0].robust_z).toBeCloseTo(4.7215, 9);
    expect(rows[2].robust_z).toBeCloseTo(0, 9);
    expect(rows[4].robust_z).toBeCloseTo(-1.349, 9);
  });

  it("says why there is no score: a missing total, too few peers, no peer group", async () => {
    const rows = await fx.rows(`
      select unit_name, peer_group, ratio_double, rank, n_peers::INTEGER as n_peers, robust_z, status
      from peers where metric = 'three_public_share' and unit_name in ('汶川县财政局', '某某协会') order by unit_name`);
    expect(rows).toEqual([
      {unit_name: "某某协会", peer_group: null, ratio_double: 0.05, rank: null, n_peers: null, robust_z: null, status: "no_peer_group"},
      {unit_name: "汶川县财政局", peer_group: `${ABA} · 财政局`, ratio_double: null, rank: null, n_peers: 0, robust_z: null, status: "insufficient_data"},
    ]);
    // A metric whose numerator no unit states has no ratio anywhere.
    const basic = await fx.rows(`select distinct status from peers where metric = 'basic_share'`);
    expect(basic.map((r) => r.status).sort()).toEqual(["insufficient_data", "no_peer_group"]);
  });
});
