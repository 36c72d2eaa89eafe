import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {queryRows} from "../../pipeline/store/query.ts";
import {refresh} from "../../pipeline/refresh/refresh.ts";
import {hasShared, sharedPath} from "../helpers/shared.ts";

/**
 * The real disclosures' known defects (their gold's `known_defects`) that the extracted facts can show, each with
 * the rule that must report it and a piece of the quote it must point at.
 */
const EXPECTED_ERRORS = [
  ["002_", "change_pct_mismatch", "行政运行（项）支出 6106.99 万元"],
  ["006_", "change_pct_mismatch", "与上年相比增加878.93万元，增长30%"],
  ["006_", "change_pct_mismatch", "行政运行（项）支出9370.12万元"],
  ["006_", "change_pct_mismatch", "基本养老保险缴费（项）支出785.06万元"],
  ["006_", "change_pct_mismatch", "职业年金缴费（项）支出314.03万元"],
  ["004_", "share_matches_amount", "公务用车购置及运行费支出411.20万元，占"],
  ["006_", "share_matches_amount", "公务用车购置及运行费支出411.20万元，占"],
  ["024_", "share_matches_amount", "一般公共服务支出（类）2106.66万元，占71.73%"],
  // 45.41 over the stated 2022 execution 11.67 is +289.12%, the text says 314.82%.
  ["027_", "change_pct_mismatch", "2022年当年预算执行数为11.67万元，2023年预算安排45.41万元"],
  ["027_", "negative_prior", "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元"],
] as const;

/** The text renderings (.txt), or the published PDFs (narrative and tables; 001 has no PDF, its .txt stands in). */
const CORPORA = {
  "text renderings": (f: string) => (f.endsWith(".txt") ? sharedPath("real", f) : null),
  "published PDFs": (f: string) => (f.startsWith("001_") && f.endsWith(".txt") ? sharedPath("real", f) : null),
};

describe.skipIf(!hasShared).each(Object.entries(CORPORA))("checks on the real disclosures as %s (skipped: ../shared is absent)", (corpus, pick) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-real-"));
  const db = path.join(dir, "w.duckdb");
  let errors: {source: string; rule_id: string; quote: string}[] = [];
  let warnings: {source: string; rule_id: string; message: string}[] = [];

  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, "in"));
    const files = fs.readdirSync(sharedPath("real")).map(pick);
    if (corpus === "published PDFs") files.push(...fs.readdirSync(sharedPath("real", "pdf")).map((f) => sharedPath("real", "pdf", f)));
    for (const f of files.filter((f): f is string => f !== null)) fs.copyFileSync(f, path.join(dir, "in", path.basename(f)));
    await refresh({input: path.join(dir, "in"), db, buildDir: path.join(dir, "build")});
    const r = await queryRows(
      db,
      `select d.source, f.rule_id, f.quote, f.severity, f.message from findings as f join documents as d using (doc_id)
       where f.severity in ('error', 'warning') order by all`,
    );
    const rows = r.rows.map(([source, rule_id, quote, severity, message]) => ({source, rule_id, quote, severity, message}) as never as {source: string; rule_id: string; quote: string; severity: string; message: string});
    errors = rows.filter((x) => x.severity === "error");
    warnings = rows.filter((x) => x.severity === "warning");
  }, 120_000);
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

  it.runIf(corpus === "published PDFs")("text_vs_table names 024's 326.72 in the narrative against 326.71 in its table", () => {
    expect(warnings.some((w) => w.source.startsWith("024_") && w.rule_id === "text_vs_table" && /326\.72/.test(w.message) && /326\.71/.test(w.message))).toBe(true);
  });

  it.each(EXPECTED_ERRORS)("%s: %s reports “%s”", (file, rule, quote) => {
    expect(errors.some((e) => e.source.startsWith(file) && e.rule_id === rule && e.quote.includes(quote))).toBe(true);
  });

  it("raises no error-level finding that is not a known defect", () => {
    const unexpected = errors.filter(
      (e) => !EXPECTED_ERRORS.some(([file, rule, quote]) => e.source.startsWith(file) && e.rule_id === rule && e.quote.includes(quote)),
    );
    expect(unexpected).toEqual([]);
  });
});
