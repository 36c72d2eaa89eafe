import {describe, expect, it} from "vitest";
import {extractDocument} from "../../pipeline/extract/extract.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import type {Extraction} from "../../pipeline/types.ts";

/**
 * A 决算's 项 lines, each a classification path as a sentence of its own and then its 年初预算/决算, in the two
 * shapes real text layers give them (hand-written in their patterns):
 * - the path wrapped before its 项 ends ("…（款）离退休" / "人员管理机构（项）。", 国家信访局 2024; "…（款）行政单位离退休"
 *   / "（项）。", 上海市普陀区财政局 2024), which read as a title line and a fragment;
 * - a sentence saying what the line is for between the path and its amounts ("（项）。主要用于：…。年初预算为…",
 *   上海市普陀区财政局 2024, all eleven lines).
 * Before, every one of these amounts was unplaced ("年初预算" with no subject it restates).
 */
const ref = loadReference();

const HEAD = `示例市财政局2024年度部门决算

第三部分 示例市财政局2024年度部门决算情况说明
五、一般公共预算财政拨款支出决算情况说明
（三）一般公共预算财政拨款支出决算具体情况
一般公共预算财政拨款支出年初预算为2000.00万元，支出决算为1900.00万元，完成年初预算的95.00%。其中：
`;

const extract = (body: string): Extraction =>
  extractDocument({raw: HEAD + body, encoding: "utf-8", source: "示例市财政局2024年度部门决算.txt", docId: "fixture"}, ref);

const lines = (ex: Extraction) =>
  ex.facts
    .filter((f) => f.key === "expenditure.function" && f.code && f.code.length === 7)
    .map((f) => [f.code, f.measure, f.amount, f.rate_pct ?? null]);

describe("a 决算's 项 line whose path the text layer wrapped", () => {
  it("reads a path wrapped inside its 项 name as one sentence, the subject of the next", () => {
    const ex = extract(`8.社会保障和就业（类）行政事业单位离退休（款）离退休
人员管理机构（项）。年初预算为 207.19 万元，支出决算为 211.51
万元，完成年初预算的 102.09%。
`);
    expect(lines(ex)).toEqual([
      ["2080503", "budget_initial", "207.19", null],
      ["2080503", "actual", "211.51", "102.09"],
    ]);
  });

  it("reads a path whose （项） tag opens the next line", () => {
    const ex = extract(`5、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休
（项）。主要用于：退休人员经费支出。年初预算为 85.55 万元，支出决算为84.65万
元。
`);
    expect(lines(ex)).toEqual([
      ["2080501", "budget_initial", "85.55", null],
      ["2080501", "actual", "84.65", null],
    ]);
  });
});

describe("a 决算's 项 line with what it is for between its path and its amounts", () => {
  it("keeps the path as the subject across a 主要用于 sentence", () => {
    const ex = extract(`1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人
员经费及公用经费等的基本支出。年初预算为 1560.05 万元，支出决算为1511.89万
元。 决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。
2、一般公共服务支出（类）财政事务（款）一般行政管理事务（项）。主要用于：
局财政业务指导与宣传等基本支出。年初预算为 10.00 万元，支出决算为10.00万元。
`);
    expect(lines(ex)).toEqual([
      ["2010601", "budget_initial", "1560.05", null],
      ["2010601", "actual", "1511.89", null],
      ["2010602", "budget_initial", "10.00", null],
      ["2010602", "actual", "10.00", null],
    ]);
  });

  it("does not carry the path across a sentence of another kind: those amounts stay unplaced", () => {
    const ex = extract(`1、一般公共服务支出（类）财政事务（款）行政运行（项）。具体情况如下。年初预算为 1560.05 万元，支出决算为1511.89万元。
`);
    expect(lines(ex)).toEqual([]);
    expect(ex.unplaced.map((u) => u.as_written)).toEqual(expect.arrayContaining(["1560.05 万元", "1511.89万元"]));
  });

  it("leaves a numbered title line that ends after its 类 a title of its own", () => {
    const ex = extract(`3.社会保障和就业（类）
支出决算为300.00万元。
`);
    expect(lines(ex)).toEqual([]);
  });
});

describe("a budget's 项 line wrapped inside its name (江苏省委办公厅 2017)", () => {
  it("reads the amount after the wrapped path as the 项's, with its change", () => {
    const raw = `示例省委办公厅2017年部门预算

二、财政拨款支出预算情况
示例省委办公厅 2017 年财政拨款预算支出 20702.25 万元，占本年支出合计 99.29%。
其中：
（一）一般公共服务（类）
2．党委办公厅（室）及相关机构事务（款）一般行政
管理事务（项）支出 10738.18 万元，与上年相比增加 1101.96
万元，增长 11.44%。
`;
    const ex = extractDocument({raw, encoding: "utf-8", source: "示例省委办公厅2017年部门预算.txt", docId: "fixture"}, ref);
    expect(ex.facts.filter((f) => f.code === "2013102").map((f) => [f.key, f.measure, f.amount])).toEqual([["expenditure.function", null, "10738.18"]]);
    expect(ex.changes.filter((c) => c.code === "2013102").map((c) => [c.delta, c.pct])).toEqual([["1101.96", "11.44"]]);
  });
});
