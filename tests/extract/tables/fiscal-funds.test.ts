/** A 财政拨款 table whose only fund is 一般公共预算: its spending is general-budget spending too. */
import {describe, expect, it} from "vitest";
import {loadReference} from "../../../pipeline/reference/load-reference.ts";
import type {TableGrid} from "../../../pipeline/read/grid.ts";
import {tableFacts} from "../../../pipeline/extract/tables/table-facts.ts";

const ref = loadReference();
const grid = (rows: string[][]): TableGrid => ({title: "预算04表 财政拨款收支总表", unit: "万元", rows, location: "page 4"});
const brief = (g: TableGrid) => tableFacts(g, ref, {docId: "d", kind: "budget"}).facts.map((f) => [f.key, f.basis, f.code, f.amount].filter((x) => x !== null).join(" "));
// Beijing prints one 预算数 column and leaves the other funds blank.
const beijing = (gov: string) =>
  grid([
    ["项目", "预算数", "项目", "预算数"],
    ["一、一般公共预算资金", "50,665.496773", "一、一般公共服务支出", "40,154.650805"],
    ["二、政府性基金预算资金", gov, "五、教育支出", "392.972380"],
    ["三、国有资本经营预算资金", "", "", ""],
    ["本年收入合计", "50,665.496773", "本年支出合计", "50,818.175849"],
    ["上年结转结余", "152.679076", "年终结转结余", ""],
    ["一、一般公共预算拨款", "152.679076", "", ""],
    ["二、政府性基金预算拨款", "", "", ""],
  ]);

describe("财政拨款 of the general budget alone", () => {
  it("other funds blank: each fiscal expenditure fact is also the general budget's, income facts stay as they are", () => {
    const got = brief(beijing(""));
    expect(got).toContain("expenditure.function fiscal 201 40154.650805");
    expect(got).toContain("expenditure.function general_budget 201 40154.650805");
    expect(got).toContain("expenditure.function general_budget 205 392.972380");
    expect(got).toContain("expenditure.total general_budget 50818.175849");
    expect(got.filter((f) => f.startsWith("income.") && f.includes("general_budget 50665"))).toEqual([]);
    // The cells are counted once.
    expect(tableFacts(beijing(""), ref, {docId: "d", kind: "budget"}).placedCells).toBe(6);
  });

  it("a stated zero is no fund either; a 政府性基金 amount keeps the spending fiscal only", () => {
    expect(brief(beijing("0.00"))).toContain("expenditure.total general_budget 50818.175849");
    expect(brief(beijing("218.00")).filter((f) => f.includes("general_budget") && f.startsWith("expenditure."))).toEqual([]);
  });

  it("a table that prints its own 一般公共预算 column beside the 合计 (Shanghai) gets no twin: each line once per basis", () => {
    const g = grid([
      ["收入", "预算数", "支出", "合计", "一般公共预算"],
      ["一般公共预算资金", "16,497.864", "一般公共服务支出", "297.68", "297.68"],
      ["政府性基金", "", "公共安全支出", "125.23", "125.23"],
      ["收入总计", "16,497.864", "支出总计", "16,497.864", "16,497.864"],
    ]);
    const general = brief(g).filter((f) => f.includes("general_budget") && f.startsWith("expenditure.function"));
    expect(general).toEqual(["expenditure.function general_budget 201 297.68", "expenditure.function general_budget 204 125.23"]);
  });

  it("a table of all funds (收支总表) is not read so", () => {
    const g = {...beijing(""), title: "预算01表 收支总表"};
    expect(brief(g).filter((f) => f.includes("general_budget") && f.startsWith("expenditure."))).toEqual([]);
  });
});
