/** Column headers of other provinces' templates: 人员支出/日常公用支出, last year's columns, 小计 and wrapped names. */
import {describe, expect, it} from "vitest";
import {loadReference} from "../../../pipeline/reference/load-reference.ts";
import type {TableGrid} from "../../../pipeline/read/grid.ts";
import {tableFacts} from "../../../pipeline/extract/tables/table-facts.ts";

const ref = loadReference();
const grid = (title: string, rows: string[][]): TableGrid => ({title, unit: "万元", rows, location: "page 1"});
const brief = (g: TableGrid) =>
  tableFacts(g, ref, {docId: "d", kind: "budget"}).facts.map((f) =>
    [f.key, f.basis, f.code, f.label, f.amount].filter((x) => x !== null).join(" "),
  );

describe("table columns named the Shandong way", () => {
  it("the total row's 人员支出 and 日常公用支出 are the parts of 基本支出; its 小计 under 基本支出 is 基本支出", () => {
    const g = grid("一般公共预算支出情况表", [
      ["科目编码", "科目编码", "科目编码", "科目名称", "合计", "基本支出", "基本支出", "基本支出", "项目支出"],
      ["类", "款", "项", "", "", "小计", "人员支出", "日常公用支出", ""],
      ["", "", "", "合计", "28,467.65", "10,124.17", "9,681.17", "443.00", "18,343.48"],
      ["205", "", "", "教育支出", "39.15", "4.15", "", "4.15", "35.00"],
    ]);
    expect(brief(g)).toEqual([
      "expenditure.total general_budget 一般公共预算支出合计 28467.65",
      "expenditure.basic general_budget 基本支出 10124.17",
      "basic.personnel general_budget 人员支出 9681.17",
      "basic.public general_budget 日常公用支出 443.00",
      "expenditure.project general_budget 项目支出 18343.48",
      "expenditure.function general_budget 205 教育支出 39.15",
    ]);
  });

  it("事业收入（不含教育收费） is 事业收入", () => {
    const g = grid("收支总体情况表", [
      ["项目", "预算数", "项目", "预算数"],
      ["三、事业收入（不含教育收费）", "1,429.17", "四、教育支出", "148.95"],
    ]);
    expect(brief(g)).toContain("income.business total 事业收入（不含教育收费） 1429.17");
  });

  it("a 三公 table with last year's columns beside this year's reads this year's only, and names its columns in full", () => {
    const g = grid("一般公共预算“三公”经费支出情况表", [
      ["2025年预算数", "2025年预算数", "2025年预算数", "2026年预算数", "2026年预算数", "2026年预算数", "2026年预算数"],
      ["合计", "公务用车购置及运行维护费", "公务接待费", "合计", "因公出国", "公务用车购置及运行维护费", "公务接待费"],
      ["", "小计", "", "", "（境）经费", "小计", ""],
      ["28.10", "19.90", "8.20", "25.02", "3.00", "17.40", "7.62"],
    ]);
    const {facts, unplaced} = tableFacts(g, ref, {docId: "d", kind: "budget"});
    expect(facts.map((f) => `${f.key} ${f.label} ${f.amount}`)).toEqual([
      "three_public.total “三公”经费2026年预算数合计 25.02",
      "three_public.overseas 因公出国（境）经费 3.00",
      "three_public.vehicle 公务用车购置及运行维护费小计 17.40",
      "three_public.reception 公务接待费 7.62",
    ]);
    // Last year's figures are kept aside with their reason, never read as this year's.
    expect(unplaced.filter((u) => /earlier year/.test(u.reason)).map((u) => u.cell)).toEqual(["28.10", "19.90", "8.20"]);
  });

  it("a bare 小计 beside 合计 whose group heading landed over the next column only is that group's subtotal", () => {
    // As rebuilt from positions: 基本支出 is centred over 小计 | 人员经费 | 公用经费 and lands over 人员经费 only.
    const g = grid("一般公共预算支出表", [
      ["科目编码", "科目名称", "合计", "", "基本支出", "", "项目支出"],
      ["", "", "", "小计", "人员经费", "公用经费", ""],
      ["", "合计", "50,818.18", "32,757.02", "28,000.00", "4,757.02", "18,061.16"],
    ]);
    expect(brief(g)).toContain("expenditure.basic general_budget 基本支出 32757.02");
  });

  it("a bare 小计 with no 合计 beside it is left alone (it may be the row's total)", () => {
    const g = grid("一般公共预算支出表", [
      ["科目编码", "科目名称", "", "基本支出", "", "项目支出"],
      ["", "", "小计", "人员经费", "公用经费", ""],
      ["", "合计", "50,818.18", "28,000.00", "4,757.02", "18,061.16"],
    ]);
    expect(brief(g).filter((f) => f.startsWith("expenditure.basic"))).toEqual([]);
  });
});
