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
  ["024_", "share_matches_amount", "一般公共服务支出（类）2106.66万元，占71.73%"],
  ["027_", "negative_prior", "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元"],
] as const;

describe.skipIf(!hasShared)("checks on the real disclosures (skipped: ../shared is absent)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-real-"));
  const db = path.join(dir, "w.duckdb");
  let errors: {source: string; rule_id: string; quote: string}[] = [];

  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, "in"));
    for (const f of fs.readdirSync(sharedPath("real")).filter((f) => f.endsWith(".txt"))) {
      fs.copyFileSync(sharedPath("real", f), path.join(dir, "in", f));
    }
    await refresh({input: path.join(dir, "in"), db, buildDir: path.join(dir, "build")});
    const r = await queryRows(
      db,
      `select d.source, f.rule_id, f.quote from findings as f join documents as d using (doc_id)
       where f.severity = 'error' order by all`,
    );
    errors = r.rows.map(([source, rule_id, quote]) => ({source, rule_id, quote}) as never);
  }, 60_000);
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

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
