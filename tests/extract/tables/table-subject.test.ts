import {describe, expect, it} from "vitest";
import {loadReference} from "../../../pipeline/reference/load-reference.ts";
import type {TableGrid} from "../../../pipeline/read/grid.ts";
import {tableFacts} from "../../../pipeline/extract/tables/table-facts.ts";
import {tableSubject} from "../../../pipeline/extract/tables/table-subject.ts";

const ref = loadReference();
const grid = (title: string, rows: string[][]): TableGrid => ({title, unit: "万元", rows, location: "page 1"});
const labelled = (g: TableGrid, kind: "budget" | "final" = "budget") =>
  tableFacts(g, ref, {docId: "d", kind}).facts.map((f) => [f.key, f.measure, f.label, f.amount].filter((x) => x !== null).join(" "));

describe("a table's total row is named by what the table is of", () => {
  it("reads the subject from titles of several provinces: number, unit, year, qualifier and table words taken off", () => {
    expect(tableSubject("一般公共预算财政拨款支出决算表")).toBe("一般公共预算财政拨款支出");
    expect(tableSubject("预算10表 政府采购预算明细表")).toBe("政府采购预算");
    expect(tableSubject("2022年部门综合预算一般公共预算支出明细表（按功能科目分）")).toBe("一般公共预算支出");
    expect(tableSubject("北京市统计局2026年一般公共预算支出预算表")).toBe("一般公共预算支出");
    expect(tableSubject("一般公共预算支出情况表")).toBe("一般公共预算支出");
    expect(tableSubject("表")).toBe("");
  });

  it("a 决算 function table (central): its 合计 row × 小计 column is 一般公共预算财政拨款支出小计, the named columns stay", () => {
    const g = grid("一般公共预算财政拨款支出决算表", [
      ["科目代码", "科目名称", "小计", "基本支出", "项目支出"],
      ["", "合计", "13,733.80", "10,234.37", "3,499.42"],
      ["201", "一般公共服务支出", "9,846.82", "6,527.43", "3,319.39"],
    ]);
    expect(labelled(g, "final")).toEqual([
      "expenditure.total actual 一般公共预算财政拨款支出小计 13733.80",
      "expenditure.basic actual 基本支出 10234.37",
      "expenditure.project actual 项目支出 3499.42",
      "expenditure.function actual 一般公共服务支出 9846.82",
    ]);
  });

  it("a Shaanxi function table with its year in the title: 一般公共预算支出合计", () => {
    const g = grid("2022年部门综合预算一般公共预算支出明细表（按功能科目分）", [
      ["序号", "科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["1", "", "合计", "18999011.66", "1839311.66", "17159700"],
    ]);
    expect(labelled(g)[0]).toBe("expenditure.total 一般公共预算支出合计 18999011.66");
  });

  it("a Beijing procurement table: its 合计 is 政府采购预算合计; a table with no subject left keeps the bare word", () => {
    const rows = [
      ["采购项目", "采购品目", "预算金额"],
      ["合", "计", "9,065.056168"],
      ["统计调查", "C-服务", "5,177.883268"],
    ];
    expect(labelled(grid("预算10表 政府采购预算明细表", rows))).toEqual(["procurement.total 政府采购预算合计 9065.056168"]);
    expect(labelled(grid("政府采购", rows))).toEqual(["procurement.total 政府采购合计 9065.056168"]);
  });
});
