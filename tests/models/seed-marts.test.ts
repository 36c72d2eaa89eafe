/** The marts over the real seed: extracted, loaded into a temp warehouse, the SQL layer run, results read back. */
import fs from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {extractBytes} from "../helpers/extract-text.ts";
import {runModels} from "../../pipeline/models/run-models.ts";
import {DEFAULT_REFERENCE_DIR, loadReference} from "../../pipeline/reference/load-reference.ts";
import {openDuckDB} from "../../pipeline/store/warehouse.ts";
import {withWarehouse} from "../helpers/warehouse.ts";

const SOURCE = "data/raw/四川省/阿坝藏族羌族自治州/2024/阿坝州总工会.txt";
const REPO = new URL("../../", import.meta.url).pathname;

/** The repo's reference CSVs, so the ref_* tables the marts join exist in the temp warehouse. */
function repoReference(): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(DEFAULT_REFERENCE_DIR)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => [f, fs.readFileSync(path.join(DEFAULT_REFERENCE_DIR, f), "utf8")]),
  );
}

async function seedQueries(queries: Record<string, string>): Promise<Record<string, Record<string, unknown>[]>> {
  const ex = extractBytes(fs.readFileSync(path.join(REPO, SOURCE)), SOURCE, loadReference());
  return withWarehouse([ex], async (wh) => {
    const {instance, conn} = await openDuckDB(wh.dbPath);
    try {
      await runModels(conn);
      const out: Record<string, Record<string, unknown>[]> = {};
      for (const [name, sql] of Object.entries(queries)) out[name] = (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
      return out;
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  }, {reference: repoReference()});
}

describe("marts over the seed (阿坝州总工会 2024)", async () => {
  const r = await seedQueries({
    waterfall: `select step, step_kind, reason_ordinal, amount::VARCHAR as amount, running_total::VARCHAR as running_total, status
      from change_waterfall where unit_name = '阿坝州总工会' and fiscal_year = 2024 and key = 'income.total' order by step`,
    union: `select key, code, amount::VARCHAR as amount, prior_amount, reason_delta::VARCHAR as reason_delta, change::VARCHAR as change,
      source, implied_prior_amount::VARCHAR as implied_prior_amount, n_lines_named::INTEGER as n_lines_named, is_synthetic
      from line_change_explained where line_label = '工会经费' order by key`,
    lines: `select distinct line_label from line_change_explained order by line_label`,
    implied: `select key, implied_prior::VARCHAR as implied_prior, prior_doc_amount, status from implied_prior
      where key in ('income.total', 'three_public.reception', 'operating_cost') order by key`,
    composition: `select basis, share_pct_of_classes::VARCHAR as share, share_pct_stated::VARCHAR as stated from composition_function
      where code = '201' order by basis`,
    economic: `select econ_class, amount::VARCHAR as amount from composition_economic order by econ_class`,
    completeness: `select n_found::INTEGER as n_found, n_required::INTEGER as n_required, missing_items, score::VARCHAR as score from completeness`,
    peers: `select metric, peer_group, status from peers order by metric`,
  });

  it("bridges income.total 5758.90 → 3422.23 through the four stated reasons", () => {
    expect(r.waterfall).toEqual([
      {step: 0, step_kind: "start", reason_ordinal: null, amount: "5758.900000", running_total: "5758.900000", status: "ok"},
      {step: 1, step_kind: "reason", reason_ordinal: 1, amount: "-2380.000000", running_total: "3378.900000", status: "ok"},
      {step: 2, step_kind: "reason", reason_ordinal: 2, amount: "0.420000", running_total: "3379.320000", status: "ok"},
      {step: 3, step_kind: "reason", reason_ordinal: 3, amount: "0.920000", running_total: "3380.240000", status: "ok"},
      {step: 4, step_kind: "reason", reason_ordinal: 4, amount: "41.990000", running_total: "3422.230000", status: "ok"},
      {step: 5, step_kind: "unexplained", reason_ordinal: null, amount: "0.000000", running_total: "3422.230000", status: "ok"},
      {step: 6, step_kind: "end", reason_ordinal: null, amount: "3422.230000", running_total: "3422.230000", status: "ok"},
    ]);
  });

  it("explains the 2380 万元 cut of the 工会经费 project line from the stated reason (no 2023 document)", () => {
    // The reason's words also name the economic line 30228 工会经费 (0): both rows say the reason names two lines.
    expect(r.union).toEqual([
      {key: "basic.item", code: "30228", amount: "0.000000", prior_amount: null, reason_delta: "-2380.000000", change: "-2380.000000", source: "stated_reason", implied_prior_amount: "2380.000000", n_lines_named: 2, is_synthetic: false},
      {key: "project.item", code: null, amount: "2600.000000", prior_amount: null, reason_delta: "-2380.000000", change: "-2380.000000", source: "stated_reason", implied_prior_amount: "4980.000000", n_lines_named: 2, is_synthetic: false},
    ]);
    expect(r.lines.map((x) => x.line_label)).toContain("工会经费");
  });

  it("implies the 2023 amounts and knows there is no 2023 document to compare with", () => {
    expect(r.implied).toEqual([
      {key: "income.total", implied_prior: "5758.900000", prior_doc_amount: null, status: "prior_document_absent"},
      {key: "operating_cost", implied_prior: "83.070000", prior_doc_amount: null, status: "prior_document_absent"},
      {key: "three_public.reception", implied_prior: "1.380000", prior_doc_amount: null, status: "prior_document_absent"},
    ]);
  });

  it("computes the composition exactly, beside the shares the text states", () => {
    expect(r.composition).toEqual([
      {basis: "fiscal", share: "96.0388", stated: null},
      {basis: "general_budget", share: "96.0388", stated: "96.0400"},
      {basis: "total", share: "96.0388", stated: null},
    ]);
    expect(r.economic).toEqual([
      {econ_class: "301", amount: "441.680000"},
      {econ_class: "302", amount: "89.780000"},
      {econ_class: "303", amount: "48.520000"},
      {econ_class: "unclassified", amount: "1.290000"},
    ]);
  });

  it("finds 15 of the 16 checklist parts and places the unit among the 阿坝 总工会", () => {
    expect(r.completeness).toEqual([{n_found: 15, n_required: 16, missing_items: ["soe_capital"], score: "0.9375"}]);
    expect(r.peers).toEqual([
      {metric: "basic_share", peer_group: "四川省 › 阿坝藏族羌族自治州 · 总工会", status: "too_few_peers"},
      {metric: "operating_cost_share", peer_group: "四川省 › 阿坝藏族羌族自治州 · 总工会", status: "too_few_peers"},
      {metric: "three_public_share", peer_group: "四川省 › 阿坝藏族羌族自治州 · 总工会", status: "too_few_peers"},
    ]);
  });
});
