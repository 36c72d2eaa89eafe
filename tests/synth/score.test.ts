import {describe, expect, it} from "vitest";
import type {Manifest, ManifestDocument} from "../../pipeline/synth/manifest.ts";
import {anomalyRuleOf, scoreFindings} from "../../pipeline/synth/score.ts";

const doc = (doc_id: string, year: number, anomalies: ManifestDocument["anomalies"]): ManifestDocument => ({path: `${doc_id}.txt`, unit: "理县总工会", year, template: "seed", kind: "budget", doc_id, facts: [], changes: [], anomalies});

const manifest: Manifest = {
  generator: "gongkai synth",
  seed: 1,
  anomaly_rate: 0.5,
  documents: [
    doc("a", 2020, [{rule: "identity_sum", key: "basic.public", detail: ""}]),
    doc("b", 2021, [{rule: "unit_scale", key: "operating_cost", detail: ""}]),
    doc("c", 2022, [{rule: "three_public_jump", key: "three_public.reception", detail: ""}]),
    doc("d", 2023, []),
    doc("e", 2024, [{rule: "stale_name", key: "expenditure.function", code: "210", detail: ""}]),
  ],
};

describe("scoreFindings", () => {
  it("counts true and false positives and misses per rule", () => {
    const s = scoreFindings(manifest, [
      {rule_id: "identity_basic_items", doc_id: "a", key: "basic.public"}, // tp (identity_* → identity_sum)
      {rule_id: "identity_basic_items", doc_id: "a", key: "basic.public"}, // the same finding again: still one tp
      {rule_id: "identity_line_items", doc_id: "d", key: "function_detail"}, // fp: d has no anomaly
      {rule_id: "unit_scale", doc_id: "b", key: "operating_cost"}, // tp
      {rule_id: "unit_scale", doc_id: "b", key: "assets.fixed"}, // fp: another key
      {rule_id: "prior_year_mismatch", doc_id: "c", key: "operating_cost"}, // excused: echo of b's 元 amount next year
      {rule_id: "three_public_jump", doc_id: "d", key: "three_public.reception"}, // excused: c's spike drops back
      {rule_id: "share_matches_amount", doc_id: "zz", key: "expenditure.basic"}, // not a manifest document: ignored
      {rule_id: "negative_prior", doc_id: "a", key: "income.total"}, // no anomaly type: not scored
    ]);
    expect(s.identity_sum).toEqual({tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1});
    expect(s.unit_scale).toEqual({tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1});
    expect(s.three_public_jump).toEqual({tp: 0, fp: 0, fn: 1, precision: null, recall: 0});
    expect(s.stale_name).toEqual({tp: 0, fp: 0, fn: 1, precision: null, recall: 0});
    expect(s.prior_year_mismatch).toEqual({tp: 0, fp: 0, fn: 0, precision: null, recall: null});
  });

  it("maps check rule ids to anomaly types", () => {
    expect(["identity_line_items", "share_matches_amount", "stale_name", "negative_prior"].map(anomalyRuleOf)).toEqual(["identity_sum", "share_mismatch", "stale_name", null]);
  });
});
