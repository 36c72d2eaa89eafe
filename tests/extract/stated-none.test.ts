import {describe, expect, it} from "vitest";
import {extractDocument} from "../../pipeline/extract/extract.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import type {Extraction} from "../../pipeline/types.ts";

/**
 * A clause saying the unit has none of a fund is a stated zero of each line it names. Hand-written in the patterns of
 * 上海市普陀区财政局 2024 决算 ("…2024年度无政府性基金预算财政拨款收入和支出。"), 万里街道 2023–2025 预算 (a table's
 * note "注：本部门2023年无政府性基金预算财政拨款安排的预算，故本表为空表。"), 国家信访局 2024 决算 ("没有政府性基金收入，
 * 也没有使用政府性基金安排的支出") and 江苏 2017 ("本部门无政府性基金预算"), with the clauses that only look alike.
 */
const ref = loadReference();
const extract = (raw: string): Extraction => extractDocument({raw, encoding: "utf-8", source: "示例.txt", docId: "fixture"}, ref);
const zeros = (ex: Extraction) =>
  ex.facts.filter((f) => f.amount_as_written === "无").map((f) => [f.key, f.basis, f.measure, f.amount]);

describe("a fund the unit states it has none of", () => {
  it("is a zero of both lines when the whole fund is named (final account: the 决算数)", () => {
    const ex = extract(`示例市财政局2024年度部门决算
八、政府性基金预算财政拨款收入支出决算情况说明
示例市财政局2024年度无政府性基金预算财政拨款收入和支出。
九、国有资本经营预算财政拨款收入支出决算情况说明
示例市财政局2024年度无国有资本经营预算财政拨款收入和支出。
`);
    expect(zeros(ex)).toEqual([
      ["income.gov_fund", null, "actual", "0"],
      ["expenditure.gov_fund", null, "actual", "0"],
      ["income.state_capital", null, "actual", "0"],
      ["expenditure.total", "state_capital", "actual", "0"],
    ]);
    const [fact] = ex.facts;
    expect(ex.document.text.slice(fact.span[0], fact.span[1])).toBe("无政府性基金预算财政拨款收入和支出");
    expect(ex.mentions.filter((m) => m.amount_as_written === "无").map((m) => [m.role, m.key, m.as_written])).toEqual([
      ["fact", "income.gov_fund", "无政府性基金预算财政拨款收入和支出"],
      ["fact", "income.state_capital", "无国有资本经营预算财政拨款收入和支出"],
    ]);
  });

  it("reads a table's note, and each clause of a sentence for what it names", () => {
    const note = extract(`示例街道办事处2023年部门预算
六、2023年部门政府性基金预算支出功能分类预算表
注：本部门2023年无政府性基金预算财政拨款安排的预算，故本表为空表。
`);
    expect(zeros(note)).toEqual([
      ["income.gov_fund", null, null, "0"],
      ["expenditure.gov_fund", null, null, "0"],
    ]);
    const clauses = extract(`示例信访局2024年度部门决算
八、政府性基金预算财政拨款收入支出决算表
说明：示例信访局没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。
`);
    expect(zeros(clauses)).toEqual([
      ["income.gov_fund", null, "actual", "0"],
      ["expenditure.gov_fund", null, "actual", "0"],
    ]);
  });

  it("agrees with a 0万元 of the same line, which stays the fact's evidence", () => {
    const ex = extract(`示例街道办事处2024年部门预算
一、财政拨款支出预算情况
政府性基金拨款支出预算0.00万元，比2023年预算持平。
二、政府性基金预算支出功能分类预算表
注:本部门2024年无政府性基金预算财政拨款安排的预算，故本表为空表。
`);
    const line = ex.facts.filter((f) => f.key === "expenditure.gov_fund");
    expect(line.map((f) => [f.amount, f.amount_as_written, f.mentions, f.conflict])).toEqual([["0.00", "0.00", 2, false]]);
  });

  it("is not read from a clause that says something else", () => {
    const ex = extract(`示例市统计局2024年部门预算
一、政府性基金预算支出情况说明
政府性基金预算支出与上年相比无变化。
2023年无政府性基金预算。
如无政府性基金预算，则本表为空表。
其中下属示例中心无政府性基金收入。
本部门无形资产10.00万元。
`);
    expect(zeros(ex)).toEqual([]);
  });
});
