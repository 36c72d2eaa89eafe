/** Given/expect for sql/marts/revisions.sql: facts matched across consecutive versions of one document_key. */
import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

const version = (doc_id: string, v: number, supersedes: string | null, is_latest: boolean) => ({
  doc_id,
  document_key: "单位/2024.txt",
  version: v,
  supersedes,
  is_latest,
  sha256: doc_id.padEnd(64, "0"),
  bytes: 1,
});

describe("revisions", async () => {
  // Passed as a variable: the fixture inserts any table it is given, document_versions included.
  const given = {
    documents: [
      doc({doc_id: "v1", source: "单位/2024.txt"}),
      doc({doc_id: "v2", source: "单位/2024.txt"}),
      doc({doc_id: "v3", source: "单位/2024.txt"}),
    ],
    document_versions: [version("v1", 1, null, false), version("v2", 2, "v1", false), version("v3", 3, "v2", true)],
    facts: [
      // v1 → v2: one amount corrected, one line dropped, one added, one only moved in the text (not a revision).
      fact({doc_id: "v1", key: "income.total", basis: "total", amount: "100", quote: "收入100", span_start: 0}),
      fact({
        doc_id: "v1",
        key: "basic.item",
        code: "30217",
        parent: "public",
        label: "公务接待费",
        amount: "1.42",
        quote: "接待1.42",
        span_start: 10,
      }),
      fact({
        doc_id: "v1",
        key: "basic.item",
        code: "30201",
        parent: "public",
        label: "办公费",
        amount: "2",
        span_start: 20,
      }),
      fact({doc_id: "v2", key: "income.total", basis: "total", amount: "100", quote: "收入100", span_start: 5}),
      fact({
        doc_id: "v2",
        key: "basic.item",
        code: "30217",
        parent: "public",
        label: "公务接待费",
        amount: "1.52",
        quote: "接待1.52",
        span_start: 10,
      }),
      fact({
        doc_id: "v2",
        key: "basic.item",
        code: "30211",
        parent: "public",
        label: "差旅费",
        amount: "3",
        span_start: 30,
      }),
      // The same line stated twice: matched in text order, so only the second occurrence changed.
      fact({doc_id: "v2", key: "project.item", label: "工会经费", amount: "7", span_start: 40}),
      fact({doc_id: "v2", key: "project.item", label: "工会经费", amount: "8", span_start: 50}),
      fact({doc_id: "v3", key: "income.total", basis: "total", amount: "100", span_start: 5}),
      fact({
        doc_id: "v3",
        key: "basic.item",
        code: "30217",
        parent: "public",
        label: "公务接待费",
        amount: "1.52",
        span_start: 10,
      }),
      fact({
        doc_id: "v3",
        key: "basic.item",
        code: "30211",
        parent: "public",
        label: "差旅费",
        amount: "3",
        span_start: 30,
      }),
      fact({doc_id: "v3", key: "project.item", label: "工会经费", amount: "7", span_start: 40}),
      fact({doc_id: "v3", key: "project.item", label: "工会经费", amount: "9", span_start: 50}),
    ],
  };
  const fx = await sqlFixture(given);
  afterAll(() => fx.close());

  it("lists added, removed and changed facts per pair of consecutive versions, nothing else", async () => {
    const rows = await fx.rows(`
      select from_version, to_version, change_type, key, label, occurrence::INTEGER as occurrence,
        old_amount::VARCHAR as old_amount, new_amount::VARCHAR as new_amount, delta::VARCHAR as delta, old_quote, new_quote
      from revisions order by to_version, key, label, occurrence`);
    const row = (
      from: number,
      change_type: string,
      key: string,
      label: string,
      occurrence: number,
      o: string | null,
      n: string | null,
    ) => ({
      from_version: from,
      to_version: from + 1,
      change_type,
      key,
      label,
      occurrence,
      old_amount: o && `${o}.000000`,
      new_amount: n && `${n}.000000`,
      delta: o && n ? `${(Number(n) - Number(o)).toFixed(6)}` : null,
    });
    expect(rows.map(({old_quote, new_quote, ...r}) => r)).toEqual([
      {
        ...row(1, "amount_changed", "basic.item", "公务接待费", 1, null, null),
        old_amount: "1.420000",
        new_amount: "1.520000",
        delta: "0.100000",
      },
      row(1, "removed", "basic.item", "办公费", 1, "2", null),
      row(1, "added", "basic.item", "差旅费", 1, null, "3"),
      row(1, "added", "project.item", "工会经费", 1, null, "7"),
      row(1, "added", "project.item", "工会经费", 2, null, "8"),
      row(2, "amount_changed", "project.item", "工会经费", 2, "8", "9"),
    ]);
    expect(rows[0]).toMatchObject({old_quote: "接待1.42", new_quote: "接待1.52"});
  });

  it("says which pair is the current one and whose document it is", async () => {
    expect(
      await fx.rows("select distinct to_version, to_is_latest, unit_name, fiscal_year from revisions order by 1"),
    ).toEqual([
      {to_version: 2, to_is_latest: false, unit_name: "测试单位", fiscal_year: 2024},
      {to_version: 3, to_is_latest: true, unit_name: "测试单位", fiscal_year: 2024},
    ]);
  });

  it("makes int_documents_latest pick the latest version whatever the dates say", async () => {
    expect(await fx.rows("select doc_id, superseded_doc_ids from int_documents_latest")).toEqual([
      {doc_id: "v3", superseded_doc_ids: ["v2", "v1"]},
    ]);
  });
});
