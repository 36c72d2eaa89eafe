import {describe, expect, it} from "vitest";
import {extractDocument} from "../../pipeline/extract/extract.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import type {Extraction, FactRecord} from "../../pipeline/types.ts";

/**
 * Hand-written sentences in the patterns of 部门决算 and 部门预算 narratives (no real document is copied): each reading
 * class of measures — 年初预算/决算/完成率, 三公 预算数 vs 决算数, comparisons with a named prior, 三公 counts.
 */
const ref = loadReference();

function extract(text: string, source: string): Extraction {
  return extractDocument({raw: text, encoding: "utf-8", source, docId: "fixture"}, ref);
}

const FINAL = `示例市统计局2024年度部门决算

第三部分 示例市统计局2024年度部门决算情况说明
一、收入支出决算总体情况说明
示例市统计局2024年度收、支总计1200.50万元。
（一）收入决算具体情况
1.一般公共预算财政拨款收入1100.00万元，比2023年度决算数增加100.00万元，增长10.00%。
2.年初结转和结余80.50万元。
3.年末结转和结余30.25万元。
五、一般公共预算财政拨款支出决算情况说明
（一）财政拨款支出决算总体情况
示例市统计局2024年度财政拨款支出年初预算为1000.00万元，支出决算为980.00万元，完成年初预算的98.00%。其中：
1.一般公共服务（类）统计信息事务（款）行政运行（项）。年初预算为500.00万元，支出决算为510.00万元，完成年初预算的102.00%。
六、一般公共预算财政拨款基本支出决算情况说明
示例市统计局2024年度财政拨款基本支出700.00万元，其中：人员经费600.00万元；公用经费100.00万元。
七、一般公共预算财政拨款“三公”经费支出决算情况说明
示例市统计局2024年度“三公”经费财政拨款支出预算为20.00万元，支出决算为15.00万元，完成预算的75.00%。其中：因公出国（境）费支出决算为5.00万元，完成预算的50.00%；公务接待费支出决算为2.00万元，完成预算的40.00%。
按照批准的因公出国（境）计划，2024年度共执行因公出国（境）团组数2个；全年因公出国（境）累计6人次。
2024年度，示例市统计局使用一般公共预算财政拨款支出的公务接待3批次、45人次。
注：预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数。
八、机关运行经费支出说明
2024年度机关运行经费支出100.00万元，比年初预算数减少5.00万元。
`;

const BUDGET = `示例区文化馆2023年部门预算

第二部分 2023年部门预算情况说明
一、财政拨款支出预算情况
1.“文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）”45.00万元，主要用于群众文化活动。2022年当年预算执行数为40.00万元，2023年预算安排45.00万元，比2022年预算执行数增加12.50%。
二、“三公”经费预算情况说明
（一）因公出国（境）费用
2023年预算数5.00万元，主要用于业务交流。
`;

const find = (ex: Extraction, key: string, measure: FactRecord["measure"] = "actual", code: string | null = null) =>
  ex.facts.filter((f) => f.key === key && f.measure === measure && (code === null || f.code === code));

describe("a final account's measures", () => {
  const ex = extract(FINAL, "示例市统计局2024年度部门决算.txt");

  it("reads the document as a final account", () => {
    expect(ex.document.kind).toBe("final");
    expect(ex.document.year).toBe(2024);
  });

  it("an amount is the 决算数 unless its words say otherwise", () => {
    expect(find(ex, "income.general_budget").map((f) => f.amount)).toEqual(["1100.00"]);
    expect(find(ex, "income.carryover").map((f) => f.amount)).toEqual(["80.50"]);
    expect(find(ex, "expenditure.carryover_end").map((f) => f.amount)).toEqual(["30.25"]);
    expect(find(ex, "operating_cost").map((f) => f.amount)).toEqual(["100.00"]);
  });

  it("年初预算为X，支出决算为Y，完成年初预算的Z%: two facts of one line, the rate kept with the actual", () => {
    const initial = find(ex, "expenditure.total", "budget_initial");
    const actual = find(ex, "expenditure.total", "actual");
    expect(initial.map((f) => [f.basis, f.amount])).toEqual([["general_budget", "1000.00"]]);
    expect(actual.map((f) => [f.basis, f.amount, f.rate_pct, f.rate_base])).toEqual([["general_budget", "980.00", "98.00", "budget_initial"]]);
    expect(ex.conflicts).toEqual([]);
  });

  it("a classification path stated as its own sentence is the subject of the next sentence's amounts", () => {
    expect(find(ex, "expenditure.function", "budget_initial", "2010501").map((f) => f.amount)).toEqual(["500.00"]);
    expect(find(ex, "expenditure.function", "actual", "2010501").map((f) => [f.amount, f.rate_pct])).toEqual([["510.00", "102.00"]]);
  });

  it("财政拨款 under a 一般公共预算财政拨款 heading is the general budget", () => {
    expect(find(ex, "expenditure.basic").map((f) => [f.basis, f.label, f.amount])).toEqual([["general_budget", "基本支出", "700.00"]]);
  });

  it("三公 预算数 takes the measure the document defines (全年预算数 → budget_adjusted), 决算数 is actual", () => {
    expect(find(ex, "three_public.total", "budget_adjusted").map((f) => f.amount)).toEqual(["20.00"]);
    expect(find(ex, "three_public.total").map((f) => [f.amount, f.rate_pct, f.rate_base])).toEqual([["15.00", "75.00", "budget_adjusted"]]);
    expect(find(ex, "three_public.overseas").map((f) => [f.label, f.amount, f.rate_pct])).toEqual([["因公出国（境）费", "5.00", "50.00"]]);
    expect(find(ex, "three_public.reception").map((f) => [f.label, f.amount])).toEqual([["公务接待费", "2.00"]]);
  });

  it("三公 counts: delegations and person-trips, receptions and persons received", () => {
    const count = (key: string) => find(ex, key).map((f) => [f.amount, f.unit]);
    expect(count("three_public.overseas_groups")).toEqual([["2", "个"]]);
    expect(count("three_public.overseas_people")).toEqual([["6", "人"]]);
    expect(count("three_public.reception_batches")).toEqual([["3", "次"]]);
    expect(count("three_public.reception_people")).toEqual([["45", "人"]]);
  });

  it("comparisons name their prior: the prior year's 决算数, or the same year's 年初预算数", () => {
    const income = ex.changes.find((c) => c.key === "income.general_budget")!;
    expect([income.compare_year, income.delta, income.prior, income.prior_measure, income.pct]).toEqual([2023, "100.00", "1000.00", "actual", "10.00"]);
    const op = ex.changes.find((c) => c.key === "operating_cost")!;
    expect([op.compare_year, op.delta, op.prior, op.prior_measure]).toEqual([2024, "-5.00", "105.00", "budget_initial"]);
  });
});

describe("a final account's budget figure that does not say which budget", () => {
  it("stays unplaced", () => {
    const text = FINAL.replace("注：预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数。\n", "");
    const ex = extract(text, "示例市统计局2024年度部门决算.txt");
    expect(ex.facts.filter((f) => f.key === "three_public.total").map((f) => [f.measure, f.amount])).toEqual([]);
    expect(ex.unplaced.some((u) => u.as_written === "20.00万元" && /which budget/u.test(u.reason))).toBe(true);
  });
});

describe("a budget document's comparisons with the year before's execution", () => {
  const ex = extract(BUDGET, "示例区文化馆2023年部门预算.txt");

  it("比2022年预算执行数增加…%: a change whose stated prior is the execution estimate", () => {
    expect(ex.document.kind).toBe("budget");
    const c = ex.changes.find((x) => x.code === "2070109")!;
    expect([c.compare_year, c.prior, c.prior_source, c.prior_measure, c.delta, c.pct]).toEqual([2022, "40.00", "stated", "execution_estimate", "5.00", "12.50"]);
  });

  it("the prior year's figure is not a fact of this year; the restated budget is one more mention of the line", () => {
    const line = ex.facts.filter((f) => f.code === "2070109");
    expect(line.map((f) => [f.measure, f.amount, f.mentions])).toEqual([[null, "45.00", 2]]);
    expect(ex.facts.some((f) => f.amount === "40.00")).toBe(false);
  });

  it("a heading names the fact the body's 预算数 states", () => {
    expect(ex.facts.filter((f) => f.key === "three_public.overseas").map((f) => [f.measure, f.amount])).toEqual([[null, "5.00"]]);
  });
});

describe("a sentence about one project", () => {
  // The pattern of a 决算's 绩效评价 annex (国家信访局 2024): a project's own funding, not the department's.
  const text = FINAL.replace(
    "八、机关运行经费支出说明",
    "九、项目资金投入\n2024年，该项目批复的年初预算数为1018.00万元，其中当年财政拨款898.00万元，上年结转120.00万元。截至2024年12月31日，项目全年预算数为1018.55万元，其中当年财政拨款898.00万元，上年结转120.55万元。\n十、机关运行经费支出说明",
  );
  const ex = extract(text, "示例市统计局2024年度部门决算.txt");

  it("is not read as the document's 年初结转和结余: no conflict, the amounts unplaced with why", () => {
    expect(ex.facts.filter((f) => f.key === "income.carryover").map((f) => f.amount)).toEqual(["80.50"]);
    expect(ex.conflicts).toEqual([]);
    expect(ex.unplaced.filter((u) => /one project/u.test(u.reason)).map((u) => u.as_written)).toEqual(["1018.00万元", "898.00万元", "120.00万元", "1018.55万元", "898.00万元", "120.55万元"]);
  });
});

describe("a comparison standing as a clause of its own", () => {
  // The pattern of 国家信访局 2024: "收、支总计…万元，与2023年相比，收、支总计各增加…万元，增长…%。"
  const text = FINAL.replace("示例市统计局2024年度收、支总计1200.50万元。", "示例市统计局2024年度收、支总计1200.50万元，与2023年\n相比，收、支总计各增加200.50万元，增长20.00%。");
  const ex = extract(text, "示例市统计局2024年度部门决算.txt");

  it("is the change of the total just stated, with its percentage", () => {
    const c = ex.changes.filter((x) => x.key === "income.total");
    expect(c.map((x) => [x.compare_year, x.delta, x.prior, x.pct])).toEqual([[2023, "200.50", "1000.00", "20.00"]]);
  });

  it("is not taken when the verb's clause names another line", () => {
    const other = extract(FINAL.replace("示例市统计局2024年度收、支总计1200.50万元。", "示例市统计局2024年度收、支总计1200.50万元，与2023年相比，差旅费增加2.00万元。"), "示例市统计局2024年度部门决算.txt");
    expect(other.changes.filter((x) => x.key === "income.total")).toEqual([]);
  });
});

describe("a quoted classification path followed by 科目", () => {
  // The pattern of 上海市普陀区 2025: “…（类）…（款）…（项）”科目20.00万元.
  const text = BUDGET.replace("1.“文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）”45.00万元", "1.“文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）”科目45.00万元");
  const ex = extract(text, "示例区文化馆2023年部门预算.txt");

  it("is read as the path's line", () => {
    expect(ex.facts.filter((f) => f.key === "expenditure.function" && f.amount === "45.00").map((f) => [f.code, f.path_as_written])).toEqual([["2070109", "207>20701>群众文化"]]);
  });
});

describe("a breakdown in brackets after an amount", () => {
  // The pattern of 广州市统计局 2026: "公务用车购置及运行维护费6.7万元（公务用车购置费0万元，比上年增加0万元；公务用车运行维护费…）".
  const text = BUDGET.replace("2023年预算数5.00万元，主要用于业务交流。", "2023年预算数5.00万元，主要用于业务交流。\n（二）公务用车购置及运行维护费\n公务用车购置及运行维护费6.7万元（公务用车购置费0万元，比上年增加0万元；公务用车运行维护费6.7万元，比上年减少2.3万元）。");
  const ex = extract(text, "示例区文化馆2023年部门预算.txt");

  it("reads the bracketed label as the amount's, so its change is the part's, not the whole's", () => {
    expect(ex.facts.filter((f) => f.key.startsWith("three_public.vehicle")).map((f) => [f.key, f.amount])).toEqual([
      ["three_public.vehicle", "6.7"],
      ["three_public.vehicle_purchase", "0"],
      ["three_public.vehicle_operation", "6.7"],
    ]);
    expect(ex.changes.filter((c) => c.key.startsWith("three_public.vehicle")).map((c) => [c.key, c.delta])).toEqual([
      ["three_public.vehicle_purchase", "0"],
      ["three_public.vehicle_operation", "-2.3"],
    ]);
  });
});

describe("a change of an amount that could not be placed", () => {
  // The pattern of 西安市气象局 2022: "…支出1899.9万元，其中：工资福利支出（301）478.83万元，较上年增加286.42万元，…"
  const text = BUDGET.replace("二、“三公”经费预算情况说明", "（二）支出按经济分类\n2023年本部门当年一般公共预算支出45.00万元，其中：\n甲类福利支出（301）40.00万元，较上年增加5.00万元，原因是人员增加。\n二、“三公”经费预算情况说明");
  const ex = extract(text, "示例区文化馆2023年部门预算.txt");

  it("is not attached to the fact stated before it", () => {
    expect(ex.changes.filter((c) => c.quote.includes("（301）"))).toEqual([]);
    expect(ex.unplaced.some((u) => u.as_written === "5.00万元" && /could not be placed/u.test(u.reason))).toBe(true);
  });
});

describe("政府采购金额 with a note on how it is counted", () => {
  // The pattern of 上海市普陀区财政局 2024 决算.
  const text = FINAL.replace("八、机关运行经费支出说明", "十一、政府采购支出说明\n示例市统计局2024年度政府采购金额（以合同签订为准）为251.25万元。\n八、机关运行经费支出说明");
  it("is the procurement total", () => {
    const ex = extract(text, "示例市统计局2024年度部门决算.txt");
    expect(ex.facts.filter((f) => f.key === "procurement.total").map((f) => f.amount)).toEqual(["251.25"]);
  });
});
