import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {refresh} from "../../pipeline/refresh/refresh.ts";
import {queryRows} from "../../pipeline/store/query.ts";
import {generateCorpus} from "../../pipeline/synth/corpus.ts";
import {ANOMALY_RULES, type Manifest} from "../../pipeline/synth/manifest.ts";
import {scoreFindings, type Finding} from "../../pipeline/synth/score.ts";
import {TEMPLATES} from "../../pipeline/synth/template.ts";
import {writeCorpus} from "../../pipeline/synth/write-corpus.ts";

/**
 * The checks against a generated corpus (14 units × 2020–2025, each document in one of the real templates, half of
 * them given one labelled anomaly, seeded): every injected anomaly is found with the right rule and document, and
 * clean documents raise no error or warning. Seed 21 is one whose draw puts anomalies in every template and most
 * template × rule pairs (22 of the 23 a template can carry), so the Jiangsu and Shanghai sentences are read too.
 */
describe("checks on a generated corpus", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-synth-"));
  let manifest: Manifest;
  let findings: (Finding & {severity: string})[] = [];

  beforeAll(async () => {
    const {docs, manifest: m} = generateCorpus({seed: 21, units: "all", years: [2020, 2025], anomalyRate: 0.5, templates: TEMPLATES});
    manifest = m;
    writeCorpus(path.join(dir, "raw"), docs, m);
    await refresh({input: path.join(dir, "raw"), db: path.join(dir, "w.duckdb"), buildDir: path.join(dir, "build")});
    const r = await queryRows(path.join(dir, "w.duckdb"), "select rule_id, doc_id, key, severity from findings where status = 'fail'");
    findings = r.rows.map(([rule_id, doc_id, key, severity]) => ({rule_id, doc_id, key, severity}) as never);
  }, 600_000);
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

  it("injected anomalies of every rule, in documents of every template", () => {
    const rules = new Set(manifest.documents.flatMap((d) => d.anomalies.map((a) => a.rule)));
    expect([...rules].sort()).toEqual([...ANOMALY_RULES].sort());
    const templates = new Set(manifest.documents.filter((d) => d.anomalies.length).map((d) => d.template));
    expect([...templates].sort()).toEqual([...TEMPLATES].sort());
  });

  it("finds every injected anomaly with the right rule and document, and nothing else under those rules", () => {
    const scores = scoreFindings(manifest, findings);
    for (const [rule, s] of Object.entries(scores)) {
      expect({rule, fn: s.fn, fp: s.fp}).toEqual({rule, fn: 0, fp: 0});
    }
  });

  it("raises no error or warning on a clean document (one whose unit's previous year is clean too)", () => {
    const docs = manifest.documents;
    const anomalous = new Set(docs.filter((d) => d.anomalies.length).map((d) => `${d.unit}|${d.year}`));
    const clean = new Set(
      docs.filter((d) => !anomalous.has(`${d.unit}|${d.year}`) && !anomalous.has(`${d.unit}|${d.year - 1}`)).map((d) => d.doc_id),
    );
    const noisy = findings.filter((f) => clean.has(f.doc_id!) && (f.severity === "error" || f.severity === "warning"));
    expect(clean.size).toBeGreaterThan(10);
    expect(noisy).toEqual([]);
  });
});
