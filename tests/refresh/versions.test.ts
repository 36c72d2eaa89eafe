/**
 * The manifest across refreshes of one corpus: an unchanged corpus does no extraction, a corrected disclosure becomes
 * version 2 with a revision listing exactly the changed facts, a corrupt republication keeps the old version, and a
 * removed file leaves the warehouse.
 */
import fs from "node:fs";
import path from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {refresh, type RefreshOptions} from "../../pipeline/refresh/refresh.ts";
import {queryRows} from "../../pipeline/store/query.ts";
import {tempDir} from "../helpers/cli.ts";
import {seedVariant, variantPath, writeSeedCorpus} from "../helpers/seed-corpus.ts";

const LONG = 60_000;

describe("refresh: versions", () => {
  const dir = tempDir("gongkai-versions-");
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));
  const input = path.join(dir, "in");
  const db = path.join(dir, "wh.duckdb");
  // Pinned: another session editing the extractor mid-test must not turn "skipped" into "extracted".
  const opts: RefreshOptions = {input, db, buildDir: path.join(dir, "build"), fingerprint: "test"};
  const rows = async (sql: string) => (await queryRows(db, sql)).rows;
  const seedPath = variantPath(0);

  it(
    "skips every unchanged file: extracted 0, skipped N",
    async () => {
      writeSeedCorpus(input, 3);
      const first = await refresh(opts);
      expect(first.files).toMatchObject({added: 3, unchanged: 0});
      expect(first.extraction).toMatchObject({extracted: 3, skipped: 0});
      const lines: string[] = [];
      const again = await refresh({...opts, log: (l) => lines.push(l)});
      expect(again.files).toMatchObject({added: 0, changed: 0, unchanged: 3, removed: 0, failed: 0});
      expect(again.extraction).toMatchObject({extracted: 0, skipped: 3});
      expect(lines).toContain("extracted 0, skipped 3");
      expect(again.warehouse).toMatchObject({
        facts_before: first.facts,
        facts_after: first.facts,
        facts_added: 0,
        facts_removed: 0,
      });
    },
    LONG,
  );

  it(
    "turns a corrected disclosure into version 2 and lists exactly the changed facts",
    async () => {
      const v1 = (await rows(`select doc_id from documents where source = '${seedPath}'`))[0][0] as string;
      // The seed states 公务接待费 1.42 four times, in two wordings; a correction changes every one of them.
      const corrected = seedVariant(0).replace(/(公务接待(?:经)?费)1\.42万元/g, (_, what) => `${what}1.52万元`);
      expect(corrected.match(/公务接待(?:经)?费1\.52万元/g)).toHaveLength(4);
      fs.writeFileSync(path.join(input, seedPath), corrected);
      const report = await refresh(opts);
      expect(report.files).toMatchObject({changed: 1, unchanged: 2});
      expect(report.extraction).toMatchObject({extracted: 1, skipped: 3});
      const landed = report.landed.find((f) => f.source === seedPath)!;
      expect(landed).toMatchObject({status: "changed", version: 2});

      expect(
        await rows(
          `select version, supersedes, is_latest from document_versions where document_key = '${seedPath}' order by version`,
        ),
      ).toEqual([
        [1, null, false],
        [2, v1, true],
      ]);
      // The old version's facts stay; analysts' models read the latest only.
      expect(
        await rows(
          `select count(distinct doc_id) from facts join document_versions using (doc_id) where document_key = '${seedPath}'`,
        ),
      ).toEqual([[2]]);
      expect(await rows(`select count(*) from fct_unit_year where doc_id = '${v1}'`)).toEqual([[0]]);

      // Exactly the facts that stated 1.42 in version 1 (the seed states 1.42 nowhere else), each now 1.52.
      const expected = await rows(
        `select key, basis, code, parent, label from facts where doc_id = '${v1}' and amount = 1.42 order by all`,
      );
      expect(expected.length).toBeGreaterThanOrEqual(2);
      const revised = await rows(`
        select key, basis, code, parent, label, change_type, old_amount::VARCHAR, new_amount::VARCHAR, delta::VARCHAR,
          regexp_matches(old_quote, '公务接待经?费1\\.42万元') and regexp_matches(new_quote, '公务接待经?费1\\.52万元')
        from revisions where document_key = '${seedPath}' order by all`);
      expect(revised).toEqual(expected.map((k) => [...k, "amount_changed", "1.420000", "1.520000", "0.100000", true]));
      expect(report.revisions).toBe(expected.length);
      // A correction made everywhere leaves no two mentions disagreeing.
      const conflicts = `select count(*) from conflicts join document_versions using (doc_id)
        where document_key = '${seedPath}' and is_latest`;
      expect(await rows(conflicts)).toEqual([[0]]);
    },
    LONG,
  );

  it(
    "keeps the previous version when the republished file cannot be read",
    async () => {
      const before = await rows("select doc_id, is_latest from document_versions order by all");
      fs.writeFileSync(path.join(input, seedPath), "");
      const report = await refresh(opts);
      expect(report.failed).toEqual([{source: seedPath, reason: expect.stringMatching(/empty/)}]);
      expect(await rows("select doc_id, is_latest from document_versions order by all")).toEqual(before);
    },
    LONG,
  );

  it(
    "drops a removed file's document, every version, and its caches",
    async () => {
      const doomed = await rows(
        `select doc_id from document_versions where document_key = '${seedPath}' order by version`,
      );
      fs.rmSync(path.join(input, seedPath));
      const report = await refresh(opts);
      expect(report.removed).toEqual([
        {document_key: seedPath, doc_ids: doomed.map((r) => r[0]), facts: expect.any(Number)},
      ]);
      expect(report.warehouse.facts_removed).toBe(report.removed[0].facts);
      expect(await rows(`select count(*) from documents where source = '${seedPath}'`)).toEqual([[0]]);
      const cached = fs.readdirSync(path.join(dir, "build", "extractions"));
      expect(cached.filter((f) => doomed.some((r) => f.startsWith(String(r[0]))))).toEqual([]);
    },
    LONG,
  );

  it(
    "keeps the version history when the warehouse itself is deleted (manifest.json copy)",
    async () => {
      const key = variantPath(1);
      fs.writeFileSync(path.join(input, key), seedVariant(1).replaceAll("公务接待费1.42万元", "公务接待费1.62万元"));
      await refresh(opts);
      const history = await rows(
        `select doc_id, version, is_latest from document_versions where document_key = '${key}' order by version`,
      );
      expect(history).toHaveLength(2);
      fs.rmSync(db);
      const lines: string[] = [];
      const report = await refresh({...opts, log: (l) => lines.push(l)});
      expect(lines.some((l) => /versions restored from .*manifest\.json/.test(l))).toBe(true);
      expect(report.files).toMatchObject({added: 0, unchanged: 2});
      expect(report.extraction.extracted).toBe(0);
      expect(
        await rows(
          `select doc_id, version, is_latest from document_versions where document_key = '${key}' order by version`,
        ),
      ).toEqual(history);
    },
    LONG,
  );
});
