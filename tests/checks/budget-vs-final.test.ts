import {afterAll, describe, expect, it} from "vitest";
import {doc, fact, sqlFixture} from "../helpers/sql-fixture.ts";

/**
 * The checks of budget against final accounts, each with a failing case and a clean twin, in the wording of real
 * 决算 说明 (国家信访局 2024, 上海市普陀区财政局 2024, 佛山市轨道交通局 2019).
 */
const rowsOf = (fx: Awaited<ReturnType<typeof sqlFixture>>, rule: string) =>
  fx.rows(`select doc_id, key, code, status, severity, expected, actual, message from check_results where rule_id = '${rule}' order by doc_id, key, code, actual`);

describe("final_budget_initial_mismatch", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "b24", unit: "测试市财政局", year: 2024, kind: "budget"}),
      doc({doc_id: "f24", unit: "测试市财政局", year: 2024, kind: "final"}),
      doc({doc_id: "x24", unit: "国家测试局", year: 2024, kind: "final"}),
    ],
    facts: [
      // The 预算's table in 元 (29,939,213 元) and the 决算's sentence in 万元 to two decimals: 2993.9213 → 2993.92.
      fact({doc_id: "b24", key: "expenditure.total", basis: "general_budget", amount: "2993.9213", amount_as_written: "29939213", unit_as_written: "元", origin: "table", table_name: "一般公共预算支出表"}),
      fact({doc_id: "f24", key: "expenditure.total", basis: "general_budget", measure: "budget_initial", amount: "2993.92", quote: "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。"}),
      // “三公”经费 budgeted 1.05 in the 预算, restated as 0.95 in the 决算: an error.
      fact({doc_id: "b24", key: "three_public.total", amount: "1.05"}),
      fact({doc_id: "f24", key: "three_public.total", measure: "budget_initial", amount: "0.95", quote: "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%"}),
      // Written to one decimal on one side: 15.6 and 15.60 are the same figure.
      fact({doc_id: "b24", key: "operating_cost", amount: "15.6", amount_as_written: "15.6"}),
      fact({doc_id: "f24", key: "operating_cost", measure: "budget_initial", amount: "15.60", amount_as_written: "15.60"}),
      // The 预算 states a line twice (narrative 100.5, table 100.4); the 决算's 100.5 agrees with one: not provable.
      fact({doc_id: "b24", key: "expenditure.basic", basis: "general_budget", amount: "100.5"}),
      fact({doc_id: "b24", key: "expenditure.basic", basis: "general_budget", amount: "100.4", origin: "table", table_name: "基本支出表"}),
      fact({doc_id: "f24", key: "expenditure.basic", basis: "general_budget", measure: "budget_initial", amount: "100.5"}),
      // A line the 预算 does not state, and a 决算 with no 预算 in the warehouse: not judged.
      fact({doc_id: "f24", key: "expenditure.function", basis: "general_budget", code: "2010601", measure: "budget_initial", amount: "1560.05"}),
      fact({doc_id: "x24", key: "expenditure.function", basis: "general_budget", code: "2014001", measure: "budget_initial", amount: "5717.32"}),
    ],
  });
  afterAll(() => fx.close());

  it("reports a 年初预算数 no statement of the year's 预算 supports, at the coarser precision", async () => {
    const rows = await rowsOf(fx, "final_budget_initial_mismatch");
    expect(rows.map((r) => [r.doc_id, r.key, r.code, r.status, r.severity])).toEqual([
      ["f24", "expenditure.basic", null, "pass", "error"],
      ["f24", "expenditure.function", "2010601", "insufficient_data", "info"],
      ["f24", "expenditure.total", null, "pass", "error"],
      ["f24", "operating_cost", null, "pass", "error"],
      ["f24", "three_public.total", null, "fail", "error"],
      ["x24", "expenditure.function", "2014001", "insufficient_data", "info"],
    ]);
    const fail = rows.find((r) => r.status === "fail")!;
    expect([fail.expected, fail.actual]).toEqual(["1.050000", "0.950000"]);
    expect(fail.message).toBe("three_public.total 决算所列年初预算数 0.95，与 2024 年预算文件所列 1.05 不符（相差 0.1）");
    expect(rows.find((r) => r.doc_id === "x24")!.message).toContain("库中无本年度预算文件");
    expect(await fx.rows("select count(*)::INTEGER as n from findings where rule_id = 'final_budget_initial_mismatch' and severity = 'error'")).toEqual([{n: 1}]);
  });
});

describe("three_public_over_budget", async () => {
  // Over budget, no reason: the sentence and the next ones say only what was spent.
  const bare = "“三公”经费财政拨款支出预算为10万元，支出决算为12万元，完成预算的120%。其中：公务接待费支出决算为2万元。八、机关运行经费支出说明";
  // The clean twin: the reason follows (佛山 2019: “决算大于预算数的主要情况：因为我局为2019年新成立单位…”).
  const said = "“三公”经费财政拨款支出预算为10万元，支出决算为12万元，完成预算的120%。其中：公务接待费支出决算为2万元。2019年度“三公”经费支出决算大于\n预算数的主要情况：因为我局为新成立单位，预算数为0。";
  const at = (text: string, s: string) => ({span_start: text.indexOf(s), span_end: text.indexOf(s) + s.length, quote: text.slice(0, text.indexOf("。") + 1)});
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "a", unit: "甲局", kind: "final", text: bare}),
      doc({doc_id: "b", unit: "乙局", kind: "final", text: said}),
      doc({doc_id: "c", unit: "丙局", kind: "final", text: "“三公”经费支出决算为46.21万元，完成预算的60.46%。"}),
    ],
    facts: [
      fact({doc_id: "a", key: "three_public.total", measure: "budget_adjusted", amount: "10", ...at(bare, "10万元")}),
      fact({doc_id: "a", key: "three_public.total", measure: "actual", amount: "12", ...at(bare, "12万元")}),
      // 公务接待费 is in a table beside the text: 2 against 1.5 budgeted, judged on the total's sentence.
      fact({doc_id: "a", key: "three_public.reception", measure: "budget_adjusted", amount: "1.5", origin: "table", table_name: "“三公”经费支出决算表"}),
      fact({doc_id: "a", key: "three_public.reception", measure: "actual", amount: "2", origin: "table", table_name: "“三公”经费支出决算表"}),
      fact({doc_id: "b", key: "three_public.total", measure: "budget_adjusted", amount: "10", ...at(said, "10万元")}),
      fact({doc_id: "b", key: "three_public.total", measure: "actual", amount: "12", ...at(said, "12万元")}),
      // Under budget: nothing to explain.
      fact({doc_id: "c", key: "three_public.total", measure: "budget_adjusted", amount: "76.43"}),
      fact({doc_id: "c", key: "three_public.total", measure: "actual", amount: "46.21"}),
      // No budget stated: not judged.
      fact({doc_id: "c", key: "three_public.overseas", measure: "actual", amount: "4.69"}),
    ],
  });
  afterAll(() => fx.close());

  it("warns on a 三公 决算 above its budget with no reason, and passes its twin whose reason follows", async () => {
    const rows = await rowsOf(fx, "three_public_over_budget");
    expect(rows.map((r) => [r.doc_id, r.key, r.status, r.severity])).toEqual([
      ["a", "three_public.reception", "fail", "warning"],
      ["a", "three_public.total", "fail", "warning"],
      ["b", "three_public.total", "pass", "warning"],
      ["c", "three_public.overseas", "insufficient_data", "info"],
      ["c", "three_public.total", "pass", "warning"],
    ]);
    expect(rows.find((r) => r.doc_id === "a" && r.key === "three_public.total")!.message).toBe("three_public.total 决算 12，超过调整预算数 10（超出 2），未说明原因");
  });
});

describe("execution_outside_band", async () => {
  const fx = await sqlFixture({
    documents: [doc({doc_id: "x", unit: "国家测试局", kind: "final"})],
    facts: [
      // 年初预算为 590.53 万元，支出决算为 4.7 万元 (0.80%): far below.
      fact({doc_id: "x", key: "expenditure.function", basis: "general_budget", code: "2014002", measure: "budget_initial", amount: "590.53"}),
      fact({doc_id: "x", key: "expenditure.function", basis: "general_budget", code: "2014002", measure: "actual", amount: "4.7", quote: "年初预算为 590.53 万元，支出决算为 4.7 万元，完成年初预算的0.8%。"}),
      // 100.71%: inside.
      fact({doc_id: "x", key: "expenditure.function", basis: "general_budget", code: "2014001", measure: "budget_initial", amount: "5717.32"}),
      fact({doc_id: "x", key: "expenditure.function", basis: "general_budget", code: "2014001", measure: "actual", amount: "5757.63"}),
      // 年初预算为 0 万元，支出决算为 497.53 万元: no rate follows, outside any band.
      fact({doc_id: "x", key: "expenditure.function", basis: "general_budget", code: "2101101", measure: "budget_initial", amount: "0"}),
      fact({doc_id: "x", key: "expenditure.function", basis: "general_budget", code: "2101101", measure: "actual", amount: "497.53"}),
      // Exactly 150% is on the band's edge (inside); 150.1% is outside.
      fact({doc_id: "x", key: "project.item", label: "甲项目", measure: "budget_initial", amount: "10"}),
      fact({doc_id: "x", key: "project.item", label: "甲项目", measure: "actual", amount: "15"}),
      fact({doc_id: "x", key: "project.item", label: "乙项目", measure: "budget_initial", amount: "10"}),
      fact({doc_id: "x", key: "project.item", label: "乙项目", measure: "actual", amount: "15.01"}),
      // Counts have no budget to execute; a line without a budget is not judged.
      fact({doc_id: "x", key: "three_public.reception_people", measure: "actual", amount: "152"}),
      fact({doc_id: "x", key: "operating_cost", measure: "actual", amount: "184.65"}),
    ],
  });
  afterAll(() => fx.close());

  it("reports, as info, execution outside the band of ref_check_settings, exactly at its edges", async () => {
    const rows = await fx.rows(`select code, message, status, severity from check_results where rule_id = 'execution_outside_band' order by code, message`);
    expect(rows).toEqual([
      {code: "2014001", message: "expenditure.function 决算 5757.63，年初预算数 5717.32，执行率 100.71%", status: "pass", severity: "info"},
      {code: "2014002", message: "expenditure.function 决算 4.7，年初预算数 590.53，执行率 0.80%，在 50%–150% 之外", status: "fail", severity: "info"},
      {code: "2101101", message: "expenditure.function 决算 497.53，年初预算数为 0，执行率无从计算", status: "fail", severity: "info"},
      {code: null, message: "乙项目 决算 15.01，年初预算数 10，执行率 150.10%，在 50%–150% 之外", status: "fail", severity: "info"},
      {code: null, message: "甲项目 决算 15，年初预算数 10，执行率 150.00%", status: "pass", severity: "info"},
    ]);
  });

  it("reads its band from ref_check_settings", async () => {
    expect(await fx.rows(`select setting, value from ref_check_settings where setting like 'execution_band_%' order by setting`)).toEqual([
      {setting: "execution_band_high_pct", value: "150"},
      {setting: "execution_band_low_pct", value: "50"},
    ]);
  });
});
