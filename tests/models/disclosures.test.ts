import {afterAll, describe, expect, it} from "vitest";
import {sameUnitName} from "../../pipeline/identify/unit-name.ts";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

/**
 * One disclosure, two files: a narrative (`…-text`) and its tables-only companion (`…-tables`) of the same unit,
 * year, kind and scope are one disclosure for the marts; a 部门 and a 单位 document of the same body are two.
 */
describe("disclosures: a narrative and its tables-only companion", async () => {
  const U = "北京市统计局";
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "n1", unit: U, year: 2026, published: "2026-02-01"}),
      doc({doc_id: "t1", unit: U, year: 2026, published: "2026-02-01"}),
      // An older version of the tables file: superseded by t1, never a second companion.
      doc({doc_id: "t0", unit: U, year: 2026, published: "2026-01-15"}),
      // The same body's 单位预算: another disclosure, not t1's partner.
      doc({doc_id: "u1", unit: U, year: 2026, scope: "unit"}),
      // A tables-only document alone is a disclosure of its own.
      doc({doc_id: "t9", unit: "乙单位", year: 2026}),
      // Last year's 部门预算 and 单位预算: each disclosure compares with its own scope.
      doc({doc_id: "p1", unit: U, year: 2025}),
      doc({doc_id: "pu", unit: U, year: 2025, scope: "unit"}),
      // Two spellings of one body (the narrative's short name, the tables' official long form) are one disclosure.
      doc({doc_id: "js", unit: "江苏省委办公厅", year: 2017}),
      doc({doc_id: "jt", unit: "中国共产党江苏省委员会办公厅", year: 2017}),
      // A tables file seldom says 部门 or 单位 (identification's default): it takes its narrative's scope …
      doc({doc_id: "c1", unit: "丙单位", year: 2026, scope: "unit", identity_source: '{"scope":"title"}'}),
      doc({doc_id: "c2", unit: "丙单位", year: 2026, scope: "department", identity_source: '{"scope":"default"}'}),
      // … unless the body has both a 部门 and a 单位 narrative that year: then it keeps its default.
      doc({doc_id: "d1", unit: "丁单位", year: 2026, scope: "unit", identity_source: '{"scope":"title"}'}),
      doc({doc_id: "d2", unit: "丁单位", year: 2026, scope: "department", identity_source: '{"scope":"title"}'}),
      doc({doc_id: "d3", unit: "丁单位", year: 2026, scope: "department", identity_source: '{"scope":"default"}'}),
    ],
    facts: [
      fact({doc_id: "n1", key: "expenditure.total", basis: "total", amount: "51036.22"}),
      // The narrative file repeats a table (an appendix) with a figure the tables file states otherwise.
      fact({doc_id: "n1", key: "expenditure.basic", basis: "total", amount: "60", origin: "table", table_name: "附表"}),
      fact({doc_id: "t1", key: "expenditure.total", basis: "total", amount: "51036.2200", origin: "table", table_name: "收支总表"}),
      fact({doc_id: "t1", key: "expenditure.basic", basis: "total", amount: "61", origin: "table", table_name: "支出总表"}),
      fact({doc_id: "t1", key: "income.total", basis: "total", amount: "51036.22", origin: "table", table_name: "收支总表"}),
      fact({doc_id: "t0", key: "income.total", basis: "total", amount: "1", origin: "table", table_name: "收支总表"}),
      fact({doc_id: "u1", key: "expenditure.total", basis: "total", amount: "999", origin: "text"}),
      fact({doc_id: "t9", key: "income.total", basis: "total", amount: "5", origin: "table", table_name: "收支总表"}),
      fact({doc_id: "p1", key: "expenditure.total", basis: "total", amount: "50000"}),
      fact({doc_id: "pu", key: "expenditure.total", basis: "total", amount: "900"}),
      fact({doc_id: "js", key: "expenditure.total", basis: "total", amount: "27664.22"}),
      fact({doc_id: "jt", key: "expenditure.total", basis: "total", amount: "27664.22", origin: "table", table_name: "收支总表"}),
      fact({doc_id: "c1", key: "expenditure.total", amount: "7"}),
      fact({doc_id: "c2", key: "expenditure.total", amount: "7", origin: "table", table_name: "收支总表"}),
      fact({doc_id: "d1", key: "expenditure.total", amount: "8"}),
      fact({doc_id: "d2", key: "expenditure.total", amount: "9"}),
      fact({doc_id: "d3", key: "expenditure.total", amount: "9", origin: "table", table_name: "收支总表"}),
    ],
  });
  afterAll(() => fx.close());

  it("tells a tables-only document from a narrative, and carries scope into stg_documents", async () => {
    expect(await fx.rows(`select doc_id, doc_scope, doc_part, disclosure_id from int_document_parts where doc_id similar to '[ntpu].*' order by doc_id`)).toEqual([
      {doc_id: "n1", doc_scope: "department", doc_part: "narrative", disclosure_id: `${U}|2026|budget|department`},
      {doc_id: "p1", doc_scope: "department", doc_part: "narrative", disclosure_id: `${U}|2025|budget|department`},
      {doc_id: "pu", doc_scope: "unit", doc_part: "narrative", disclosure_id: `${U}|2025|budget|unit`},
      {doc_id: "t0", doc_scope: "department", doc_part: "tables", disclosure_id: `${U}|2026|budget|department`},
      {doc_id: "t1", doc_scope: "department", doc_part: "tables", disclosure_id: `${U}|2026|budget|department`},
      {doc_id: "t9", doc_scope: "department", doc_part: "tables", disclosure_id: "乙单位|2026|budget|department"},
      {doc_id: "u1", doc_scope: "unit", doc_part: "narrative", disclosure_id: `${U}|2026|budget|unit`},
    ]);
    expect(await fx.rows(`select doc_scope from stg_documents where doc_id = 'u1'`)).toEqual([{doc_scope: "unit"}]);
  });

  it("keeps one row per disclosure: the narrative with its latest companion; 部门 and 单位 apart", async () => {
    const rows = await fx.rows(`
      select doc_id, fiscal_year, doc_scope, companion_doc_id, doc_ids, n_versions::INTEGER as n_versions, superseded_doc_ids
      from int_documents_latest where unit_name = '${U}' order by fiscal_year, doc_scope`);
    expect(rows).toEqual([
      {doc_id: "p1", fiscal_year: 2025, doc_scope: "department", companion_doc_id: null, doc_ids: ["p1"], n_versions: 1, superseded_doc_ids: []},
      {doc_id: "pu", fiscal_year: 2025, doc_scope: "unit", companion_doc_id: null, doc_ids: ["pu"], n_versions: 1, superseded_doc_ids: []},
      {doc_id: "n1", fiscal_year: 2026, doc_scope: "department", companion_doc_id: "t1", doc_ids: ["n1", "t1"], n_versions: 2, superseded_doc_ids: ["t0"]},
      {doc_id: "u1", fiscal_year: 2026, doc_scope: "unit", companion_doc_id: null, doc_ids: ["u1"], n_versions: 1, superseded_doc_ids: []},
    ]);
    expect(await fx.rows(`select doc_id, companion_doc_id from int_documents_latest where unit_name = '乙单位'`)).toEqual([
      {doc_id: "t9", companion_doc_id: null},
    ]);
    expect(await fx.rows(`select doc_id, unit_name, unit_key, companion_doc_id from int_documents_latest where fiscal_year = 2017`)).toEqual([
      {doc_id: "js", unit_name: "江苏省委办公厅", unit_key: "江苏省委办公厅", companion_doc_id: "jt"},
    ]);
  });

  it("gives a tables file that does not state its scope the scope of its narrative, when that is unambiguous", async () => {
    expect(await fx.rows(`select doc_id, doc_scope, scope_inherited, disclosure_scope from int_document_parts where doc_id in ('c2', 'd3') order by doc_id`)).toEqual([
      {doc_id: "c2", doc_scope: "department", scope_inherited: true, disclosure_scope: "unit"},
      {doc_id: "d3", doc_scope: "department", scope_inherited: false, disclosure_scope: "department"},
    ]);
    expect(await fx.rows(`select doc_id, doc_scope, companion_doc_id from int_documents_latest where unit_name in ('丙单位', '丁单位') order by doc_id`)).toEqual([
      {doc_id: "c1", doc_scope: "unit", companion_doc_id: "c2"},
      {doc_id: "d1", doc_scope: "unit", companion_doc_id: null},
      {doc_id: "d2", doc_scope: "department", companion_doc_id: "d3"},
    ]);
  });

  it("counts both documents' facts in fct_unit_year; a table fact stated by both comes from the tables file", async () => {
    const rows = await fx.rows(`
      select doc_id, disclosure_doc_id, key, origin, amount::VARCHAR as amount
      from fct_unit_year where unit_name = '${U}' and fiscal_year = 2026 and doc_scope = 'department'
      order by key, origin`);
    expect(rows).toEqual([
      {doc_id: "t1", disclosure_doc_id: "n1", key: "expenditure.basic", origin: "table", amount: "61.000000"},
      {doc_id: "t1", disclosure_doc_id: "n1", key: "expenditure.total", origin: "table", amount: "51036.220000"},
      {doc_id: "n1", disclosure_doc_id: "n1", key: "expenditure.total", origin: "text", amount: "51036.220000"},
      {doc_id: "t1", disclosure_doc_id: "n1", key: "income.total", origin: "table", amount: "51036.220000"},
    ]);
  });

  it("collapses the pair into one series per disclosure and compares each scope with its own prior year", async () => {
    const series = await fx.rows(`
      select doc_id, key, amount::VARCHAR as amount, series_status from int_series_yearly
      where doc_id = 'n1' order by key`);
    expect(series).toEqual([
      {doc_id: "n1", key: "expenditure.basic", amount: "61.000000", series_status: "ok"},
      {doc_id: "n1", key: "expenditure.total", amount: "51036.220000", series_status: "ok"},
      {doc_id: "n1", key: "income.total", amount: "51036.220000", series_status: "ok"},
    ]);
    const yoy = await fx.rows(`
      select doc_id, doc_scope, prior_doc_id, amount::VARCHAR as amount, prior_amount::VARCHAR as prior_amount
      from yoy_change where unit_name = '${U}' and key = 'expenditure.total' and fiscal_year = 2026 order by doc_scope`);
    expect(yoy).toEqual([
      {doc_id: "n1", doc_scope: "department", prior_doc_id: "p1", amount: "51036.220000", prior_amount: "50000.000000"},
      {doc_id: "u1", doc_scope: "unit", prior_doc_id: "pu", amount: "999.000000", prior_amount: "900.000000"},
    ]);
  });

  it("pairs text_vs_table across the companion of the same scope only (int_companions, one definition)", async () => {
    expect(await fx.rows(`select doc_id, companion_doc_id from int_companions order by doc_id, companion_doc_id`)).toEqual([
      {doc_id: "c1", companion_doc_id: "c2"},
      {doc_id: "d2", companion_doc_id: "d3"},
      {doc_id: "js", companion_doc_id: "jt"},
      {doc_id: "n1", companion_doc_id: "t0"},
      {doc_id: "n1", companion_doc_id: "t1"},
      {doc_id: "t0", companion_doc_id: "t1"},
      {doc_id: "t1", companion_doc_id: "t0"},
    ]);
    const checks = await fx.rows(`
      select doc_id, key, status, expected::VARCHAR as expected from check_results
      where rule_id = 'text_vs_table' order by doc_id, key`);
    expect(checks).toEqual([
      {doc_id: "c1", key: "expenditure.total", status: "pass", expected: "7.000000"},
      {doc_id: "d2", key: "expenditure.total", status: "pass", expected: "9.000000"},
      {doc_id: "js", key: "expenditure.total", status: "pass", expected: "27664.220000"},
      {doc_id: "n1", key: "expenditure.total", status: "pass", expected: "51036.220000"},
    ]);
  });

  it("compares names with the unit_key macro exactly as identification's sameUnitName does", async () => {
    const names = ["中共江苏省委办公厅", "中国共产党江苏省委员会办公厅", "江苏省委办公厅", "中共江苏省委", "阿坝州人民代表大会常务委员会办公室",
      "阿坝州人大常委会办公室", "中国人民政治协商会议阿坝州委员会", "阿坝州政协", "昆明市人民政府办公室（机关）", "昆明市人民政府办公室",
      "北京市 统计局", "北京市统计局", "福州市公安局治安管理支队", "福州市公安局"];
    const keys = await fx.rows(`select n, unit_key(n) as k from unnest([${names.map((n) => `'${n}'`).join(", ")}]) as t(n)`);
    const key = new Map(keys.map((r) => [r.n as string, r.k as string]));
    for (const a of names) for (const b of names) expect([a, b, key.get(a) === key.get(b)]).toEqual([a, b, sameUnitName(a, b)]);
  });
});
