import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

/**
 * text_says_none on the patterns of 上海市普陀区万里街道 2024 (the 三公 table's note "本表为空表" under a table with
 * figures), 上海市普陀区财政局 2024 决算 (无“三公”经费财政拨款支出 where only the 年初预算 was non-zero) and 江苏 (a
 * table note "无相关收支项目" on the line before the next table's title), figures changed.
 */
const t = "部门“三公”经费和机关运行经费预算表";
const note = "注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。";
const threePublic = (d: string, amount: string) => [
  fact({doc_id: d, key: "three_public.total", amount, origin: "table", table_name: t}),
  fact({doc_id: d, key: "operating_cost", amount: amount === "0" ? "0" : "443.18", origin: "table", table_name: t}),
];

describe("text_says_none", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "wl", text: `${t}\n${note}`}),
      doc({doc_id: "wl_clean", text: `${t}\n${note}`}),
      doc({doc_id: "fund", year: 2026, text: "本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。"}),
      doc({doc_id: "fund_clean", year: 2026, text: "本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。"}),
      // a 决算 whose 三公 was budgeted but not spent
      doc({doc_id: "js", text: "上海市普陀区财政局2024年度无“三公”经费财政拨款支出。"}),
      // not a claim of none: another year, "无变化", a note on the line before another table's title
      doc({doc_id: "other", text: "2023年无“三公”经费预算。\n“三公”经费预算与上年相比无变化。\n无相关收支项目\n一般公共预算机关运行经费支出预算表"}),
    ],
    facts: [
      ...threePublic("wl", "47.91"),
      ...threePublic("wl_clean", "0"),
      fact({doc_id: "fund", key: "income.gov_fund", amount: "218.00"}),
      fact({doc_id: "fund_clean", key: "income.general_budget", amount: "218.00"}),
      fact({doc_id: "js", key: "three_public.total", measure: "budget_initial", amount: "0.95"}),
      fact({doc_id: "js", key: "three_public.total", measure: "actual", amount: "0.00"}),
      ...threePublic("other", "12.00"),
    ],
  });
  afterAll(() => fx.close());

  it("reports a claim of none beside non-zero figures of that kind, quoting the claim", async () => {
    const r = await fx.rows(`select doc_id, severity, message, quote from check_results where rule_id = 'text_says_none' order by doc_id`);
    expect(r.map((x) => [x.doc_id, x.severity])).toEqual([
      ["fund", "warning"],
      ["wl", "warning"],
    ]);
    expect(r[1].message).toContain("“三公”经费 47.91万元");
    expect(r[1].message).toContain("机关运行经费 443.18万元");
    expect(r[1].quote).toBe(note);
  });
});
