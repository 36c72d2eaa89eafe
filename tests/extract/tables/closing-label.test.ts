/** A total label printed one group to the left of its amount (the central 公开06表 laid out in three groups). */
import {describe, expect, it} from "vitest";
import {loadReference} from "../../../pipeline/reference/load-reference.ts";
import type {TableGrid} from "../../../pipeline/read/grid.ts";
import {tableFacts} from "../../../pipeline/extract/tables/table-facts.ts";

const ref = loadReference();
const grid = (rows: string[][]): TableGrid => ({title: "一般公共预算财政拨款基本支出决算表", unit: "万元", rows, location: "page 10"});
const brief = (g: TableGrid) =>
  tableFacts(g, ref, {docId: "d", kind: "final"}).facts.map((f) => [f.key, f.basis, f.code, f.measure, f.label, f.amount].filter((x) => x !== null).join(" "));
const HEADER = ["科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数"];

describe("a closing total label one group left of its amount", () => {
  it("人员经费合计 | 7,967.72 | 公用经费合计 | (blank) | 2,266.65: the 公用经费合计 is the amount's label", () => {
    const g = grid([
      HEADER,
      ["30101", "基本工资", "1,857.40", "30201", "办公费", "83.92", "31002", "办公设备购置", "24.67"],
      ["", "人员经费合计", "7,967.72", "", "公用经费合计", "", "", "", "2,266.65"],
    ]);
    expect(brief(g)).toContain("basic.personnel general_budget actual 人员经费合计 7967.72");
    expect(brief(g)).toContain("basic.public general_budget actual 公用经费合计 2266.65");
  });

  it("not when the label's own group states an amount, nor for a label that is no total", () => {
    const g = grid([
      HEADER,
      ["30101", "基本工资", "1,857.40", "30201", "办公费", "83.92", "31002", "办公设备购置", "24.67"],
      ["", "人员经费合计", "7,967.72", "", "公用经费合计", "2,266.65", "", "", "5.00"],
      ["", "人员经费", "7,967.72", "", "", "", "", "", "6.00"],
    ]);
    const got = brief(g);
    expect(got).toContain("basic.public general_budget actual 公用经费合计 2266.65");
    expect(got.filter((f) => f.endsWith(" 5.00") || f.endsWith(" 6.00"))).toEqual([]);
  });
});
