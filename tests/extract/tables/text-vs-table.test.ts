import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../../helpers/sql-fixture.ts";

const table = (o: Parameters<typeof fact>[0]) => fact({origin: "table", table_name: "收支预算总表", section: "page 1", span_start: 0, span_end: 0, ...o});

describe("text_vs_table: the narrative's amounts against the standard tables", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "text17", unit: "甲办公厅", year: 2017}),
      doc({doc_id: "tabs17", unit: "甲办公厅", year: 2017}),
      doc({doc_id: "sh23", unit: "乙街道", year: 2023}),
      doc({doc_id: "fin24", unit: "丙局", year: 2024, kind: "final"}),
    ],
    facts: [
      // Jiangsu: narrative and tables are two documents of one unit and year.
      fact({doc_id: "text17", key: "income.total", basis: "total", amount: "20849.45"}),
      fact({doc_id: "text17", key: "income.general_budget", amount: "20702.25"}),
      fact({doc_id: "text17", key: "expenditure.function", basis: "total", code: "201", amount: "16992.37"}),
      table({doc_id: "tabs17", key: "income.total", basis: "total", amount: "20849.45", amount_as_written: "20,849.45"}),
      table({doc_id: "tabs17", key: "income.general_budget", basis: "fiscal", amount: "20702.25", amount_as_written: "20,702.25", table_name: "财政拨款收支预算总表"}),
      table({doc_id: "tabs17", key: "expenditure.function", basis: "total", code: "201", amount: "16992.38", amount_as_written: "16,992.38"}),
      // Shanghai: a narrative in 万元 rounds a table in 元, which agrees; a different basis is no counterpart.
      fact({doc_id: "sh23", key: "expenditure.basic", basis: "total", amount: "9940.63"}),
      table({doc_id: "sh23", key: "expenditure.basic", basis: "total", amount: "9940.6297", amount_as_written: "99,406,297", unit_as_written: "元"}),
      table({doc_id: "sh23", key: "expenditure.basic", basis: "fiscal", amount: "1"}),
      // A final account: actual against actual only.
      fact({doc_id: "fin24", key: "three_public.total", measure: "actual", amount: "0.00"}),
      table({doc_id: "fin24", key: "three_public.total", measure: "budget_initial", amount: "0.95"}),
    ],
  });
  afterAll(() => fx.close());

  it("compares each text fact with the table facts of its own or its companion document", async () => {
    const rows = await fx.rows(
      `select doc_id, key, code, status, severity, expected, actual from check_results where rule_id = 'text_vs_table' order by all`,
    );
    expect(rows).toEqual([
      {doc_id: "sh23", key: "expenditure.basic", code: null, status: "pass", severity: "warning", expected: "9940.629700", actual: "9940.630000"},
      {doc_id: "text17", key: "expenditure.function", code: "201", status: "fail", severity: "warning", expected: "16992.380000", actual: "16992.370000"},
      {doc_id: "text17", key: "income.general_budget", code: null, status: "pass", severity: "warning", expected: "20702.250000", actual: "20702.250000"},
      {doc_id: "text17", key: "income.total", code: null, status: "pass", severity: "warning", expected: "20849.450000", actual: "20849.450000"},
    ]);
  });

  it("names the table and the other document in its message", async () => {
    const [row] = await fx.rows(`select message from check_results where rule_id = 'text_vs_table' and status = 'fail'`);
    expect(row.message).toBe("expenditure.function（total） 正文与表不一致：正文 16992.37，收支预算总表（page 1，另册） 为 16992.38");
  });
});
