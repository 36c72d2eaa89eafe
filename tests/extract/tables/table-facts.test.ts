import {describe, expect, it} from "vitest";
import {loadReference} from "../../../pipeline/reference/load-reference.ts";
import type {TableGrid} from "../../../pipeline/read/grid.ts";
import {tableFacts} from "../../../pipeline/extract/tables/table-facts.ts";
import {tableType} from "../../../pipeline/extract/tables/table-kind.ts";
import {extractDocument} from "../../../pipeline/extract/extract.ts";

const ref = loadReference();
const grid = (title: string, unit: TableGrid["unit"], rows: string[][]): TableGrid => ({title, unit, rows, location: "page 1"});
const brief = (g: TableGrid, kind: "budget" | "final" | null = "budget") =>
  tableFacts(g, ref, {docId: "d", kind}).facts.map((f) => [f.key, f.basis, f.code, f.measure, f.amount].filter((x) => x !== null).join(" "));

describe("standard tables → facts", () => {
  it("a 收支总表 in 元: both sides, amounts converted exactly, the cell kept as printed", () => {
    const g = grid("2023年部门财务收支预算总表", "元", [
      ["本年收入", "本年收入", "本年支出", "本年支出"],
      ["项目", "预算数", "项目", "预算数"],
      ["一、财政拨款收入", "164,978,640", "一、一般公共服务支出", "2,976,800"],
      ["1. 一般公共预算", "164,978,640", "二、公共安全支出", "1,252,300"],
      ["2. 政府性基金", "", "三、上级补助支出", "100"],
      ["收入总计", "164,978,640", "支出总计", "164,978,640"],
    ]);
    const {facts, skipped} = tableFacts(g, ref, {docId: "d", kind: "budget"});
    expect(brief(g)).toEqual([
      "income.fiscal total 16497.864",
      "expenditure.function total 201 297.68",
      "income.general_budget total 16497.864",
      "expenditure.function total 204 125.23",
      "income.total total 16497.864",
      "expenditure.total total 16497.864",
    ]);
    expect(facts[0]).toMatchObject({amount_as_written: "164,978,640", unit_as_written: "元", unit: "万元", origin: "table", table_name: "2023年部门财务收支预算总表", section: "page 1", span: [0, 0], mentions: 1});
    expect(facts[0].quote).toBe("一、财政拨款收入 | 164,978,640 | 一、一般公共服务支出 | 2,976,800");
    // 上级补助支出 is no vocabulary line: the row is kept aside with its reason, not guessed.
    expect(skipped).toEqual([{row: ["2. 政府性基金", "", "三、上级补助支出", "100"], reason: "expenditure row not in the vocabulary: 上级补助支出"}]);
  });

  it("a balance table's expenditure total is 本年支出合计 when printed, not the 总计 that includes what is carried forward", () => {
    const g = grid("收入支出决算总表", "万元", [
      ["项目", "决算数", "项目", "决算数"],
      ["本年收入合计", "2,946.25", "本年支出合计", "2,940.05"],
      ["年初结转和结余", "49.14", "年末结转和结余", "55.34"],
      ["总计", "2,995.39", "总计", "2,995.39"],
    ]);
    expect(brief(g, "final")).toEqual([
      "income.current_year total actual 2946.25",
      "expenditure.total total actual 2940.05",
      "income.carryover total actual 49.14",
      "expenditure.carryover_end total actual 55.34",
      "income.total total actual 2995.39",
    ]);
  });

  it("a function table: codes split over 类/款/项 joined, the 合计 row gives the totals, 决算 columns their measure", () => {
    const g = grid("一般公共预算财政拨款支出决算表", "万元", [
      ["科目编码", "科目编码", "科目编码", "科目名称", "年初预算数", "决算数", "基本支出", "项目支出"],
      ["类", "款", "项", "", "", "", "", ""],
      ["", "", "", "合计", "2,993.92", "2,940.05", "2,336.91", "603.14"],
      ["201", "", "", "一般公共服务支出", "", "2,106.66", "1,503.52", "603.14"],
      ["201", "06", "01", "行政运行", "", "1,511.89", "1,503.52", "8.37"],
    ]);
    expect(brief(g, "final")).toEqual([
      "expenditure.total general_budget budget_initial 2993.92",
      "expenditure.total general_budget actual 2940.05",
      "expenditure.basic general_budget actual 2336.91",
      "expenditure.project general_budget actual 603.14",
      "expenditure.function general_budget 201 actual 2106.66",
      "expenditure.function general_budget 2010601 actual 1511.89",
    ]);
  });

  it("a 三公 table with 会议费 and 培训费: its 合计 is no 三公 total, the 三公 小计 is", () => {
    const g = grid("“三公”经费、会议费、培训费支出预算表", "万元", [
      ["", "", "", "“三公”经费", "", "", "", "", ""],
      ["合计", "小计", "因公出国（境）费", "公务用车购置及运行维护费 小计", "公务用车购置费", "公务用车运行维护费", "公务接待费", "会议费", "培训费"],
      ["1,467.70", "509.20", "70.00", "411.20", "", "411.20", "28.00", "933.50", "25.00"],
    ]);
    expect(brief(g)).toEqual([
      "three_public.total 509.20",
      "three_public.overseas 70.00",
      "three_public.vehicle 411.20",
      "three_public.vehicle_operation 411.20",
      "three_public.reception 28.00",
      "meeting_cost 933.50",
      "training_cost 25.00",
    ]);
  });

  it("a basic-expenditure table: items with economic codes, the 合计 row split into personnel and public", () => {
    const g = grid("一般公共预算基本支出部门预算经济分类预算表", "元", [
      ["经济分类科目编码", "经济分类科目编码", "经济分类科目名称", "合计", "人员经费", "公用经费"],
      ["类", "款", "", "", "", ""],
      ["301", "", "工资福利支出", "83,847,385", "83,847,385", ""],
      ["301", "01", "基本工资", "5,668,416", "5,668,416", ""],
      ["302", "17", "公务接待费", "13,500", "", "13,500"],
      ["合计", "", "", "99,406,297", "84,024,865", "15,381,432"],
    ]);
    expect(brief(g)).toEqual([
      "basic.item general_budget 30101 566.8416",
      "basic.item general_budget 30217 1.35",
      "expenditure.basic general_budget 9940.6297",
      "basic.personnel general_budget 8402.4865",
      "basic.public general_budget 1538.1432",
    ]);
    expect(tableFacts(g, ref, {docId: "d", kind: "budget"}).facts[1].parent).toBe("public");
  });

  it("skips what it cannot place with confidence: an unknown table, a table without a unit", () => {
    const rows = [["项目", "金额"], ["合计", "12.00"]];
    expect(tableFacts(grid("项目支出绩效目标表", "万元", rows), ref, {docId: "d", kind: null})).toMatchObject({facts: [], skipped: [{row: ["合计", "12.00"], reason: "not a standard table: 项目支出绩效目标表"}], placedCells: 0, kind: null});
    expect(tableFacts(grid("机关运行经费预算表", null, rows), ref, {docId: "d", kind: null}).skipped[0].reason).toBe("the table states no unit");
    expect(brief(grid("一般公共预算机关运行经费支出预算表", "万元", rows))).toEqual(["operating_cost general_budget 12.00"]);
  });

  it("accounts for every amount cell: an unknown table's and a unitless table's rows land in the extraction's unplaced", () => {
    const tables = [
      grid("项目支出绩效目标表", "万元", [["项目名称", "金额"], ["信访业务", "12.00"], ["机关服务", "3.50"]]),
      grid("一般公共预算基本支出预算表", null, [["科目名称", "合计"], ["工资福利支出", "40.00"]]),
      grid("一般公共预算机关运行经费支出预算表", "万元", [["项目", "金额"], ["合计", "12.00"], ["办公费", "2.00"]]),
    ];
    const raw = "某单位2024年部门预算\n一、收支预算总体情况\n收入总计100.00万元。\n";
    const ex = extractDocument({raw, encoding: "utf-8", source: "x/2024/某单位.txt", docId: "d", tables}, ref);
    const fromTables = ex.unplaced.filter((u) => u.origin === "table");
    expect(fromTables.map((u) => [u.table_name, u.row_label, u.column_header, u.as_written, u.reason])).toEqual([
      ["项目支出绩效目标表", "信访业务", "金额", "12.00万元", "not a standard table: 项目支出绩效目标表"],
      ["项目支出绩效目标表", "机关服务", "金额", "3.50万元", "not a standard table: 项目支出绩效目标表"],
      ["一般公共预算基本支出预算表", "工资福利支出", "合计", "40.00", "the table states no unit"],
      ["一般公共预算机关运行经费支出预算表", "办公费", "金额", "2.00万元", "operating-cost item row"],
    ]);
    expect(fromTables.every((u) => u.mention_id === null && u.quote !== "")).toBe(true);
    expect(ex.counts?.tables).toMatchObject({placed: 1, unplaced: 4, recognised: 2, unrecognised: 1});
    expect(ex.counts?.tables.per_table.map((t) => [t.title, t.kind, t.placed, t.unplaced])).toEqual([
      ["项目支出绩效目标表", null, 0, 2],
      ["一般公共预算基本支出预算表", "basic", 0, 1],
      ["一般公共预算机关运行经费支出预算表", "operating_cost", 1, 1],
    ]);
    expect(ex.counts?.text.placed).toBeGreaterThan(0);
  });

  it("a note under a 决算 table that calls its 预算数 the full-year budget makes that column budget_adjusted", () => {
    const rows = [["预算数", "预算数", "决算数", "决算数"], ["合计", "因公出国（境）费", "合计", "因公出国（境）费"], ["76.43", "30.00", "46.21", "4.69"]];
    const adjusted = {...grid("一般公共预算财政拨款“三公”经费支出决算表", "万元", rows), note: "注：预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数。"};
    expect(brief(adjusted, "final")).toEqual([
      "three_public.total budget_adjusted 76.43",
      "three_public.overseas budget_adjusted 30.00",
      "three_public.total actual 46.21",
      "three_public.overseas actual 4.69",
    ]);
    const initial = grid("一般公共预算财政拨款“三公”经费支出决算表", "万元", rows);
    expect(brief(initial, "final")[0]).toBe("three_public.total budget_initial 76.43");
  });

  it("决算 layouts: a 栏次 row and a 行次 column are no amounts; a headerless amount column takes the header left of it", () => {
    const g = grid("收入支出决算总表", "万元", [
      ["项目", "行次", "决算数", "", "项目", "行次", "决算数", ""],
      ["栏次", "", "1", "", "栏次", "", "2", ""],
      ["一、一般公共预算财政拨款收入", "1", "", "1668.14", "一、一般公共服务支出", "27", "", "0.00"],
      ["七、其他收入", "2", "", "0.01", "八、社会保障和就业支出", "28", "", "76.23"],
      ["本年收入合计", "3", "", "1668.15", "本年支出合计", "29", "", "76.23"],
      ["年初结转和结余", "4", "", "5.00", "年末结转和结余", "30", "", "1596.92"],
      ["一般公共预算财政拨款", "5", "", "5.00", "", "31", "", ""],
      ["总计", "6", "", "1673.15", "总计", "32", "", "1673.15"],
    ]);
    expect(brief(g, "final")).toEqual([
      "income.general_budget total actual 1668.14",
      "expenditure.function total 201 actual 0.00",
      "income.other total actual 0.01",
      "expenditure.function total 208 actual 76.23",
      "income.current_year total actual 1668.15",
      "expenditure.total total actual 76.23",
      "income.carryover total actual 5.00",
      "expenditure.carryover_end total actual 1596.92",
      "income.total total actual 1673.15",
    ]);
    // The carry-over's part by fund is no second 一般公共预算 income; the 总计 beside 本年支出合计 is listed too.
    const {unplaced, placedCells} = tableFacts(g, ref, {docId: "d", kind: "final"});
    expect(unplaced.map((u) => [u.rowLabel, u.reason])).toEqual([
      ["一般公共预算财政拨款", "a part of 年初结转和结余: 一般公共预算财政拨款"],
      ["总计", "总计: a less specific total than the table's own (本年支出合计)"],
    ]);
    expect(placedCells).toBe(9);
  });

  it("预算数 | 决算数 printed once over two identical runs of columns head each run; a column under neither is unplaced", () => {
    const rows = [
      ["", "", "预算数", "", "", "决算数", "", ""],
      ["合计", "因公出国（境）费", "公务接待费", "合计", "因公出国（境）费", "公务接待费", "", ""],
      ["1", "2", "3", "4", "5", "6", "", ""],
      ["10.00", "4.00", "6.00", "8.00", "3.00", "5.00", "", ""],
    ];
    expect(brief(grid("一般公共预算财政拨款“三公”经费支出决算表", "万元", rows), "final")).toEqual([
      "three_public.total budget_initial 10.00",
      "three_public.overseas budget_initial 4.00",
      "three_public.reception budget_initial 6.00",
      "three_public.total actual 8.00",
      "three_public.overseas actual 3.00",
      "three_public.reception actual 5.00",
    ]);
    // Runs that differ: only the columns a measure word stands over can be facts.
    const uneven = [rows[0], ["合计", "因公出国（境）费", "公务接待费", "合计", "因公出国（境）费", "小计", "", ""], rows[3]];
    const tf = tableFacts(grid("一般公共预算财政拨款“三公”经费支出决算表", "万元", uneven), ref, {docId: "d", kind: "final"});
    expect(tf.facts.map((f) => f.amount)).toEqual(["6.00", "5.00"]);
    expect(tf.unplaced.filter((u) => /measure is unknown/.test(u.reason))).toHaveLength(4);
  });

  it("runs of a 三公 决算 table whose header pieces landed in neighbouring columns are still the same runs (central template)", () => {
    // As the PDF text layer of a central 决算 rebuilds it: 预算数/决算数 centred over one column each, "费" of
    // 因公出国（境）费 and the heading over the actual run's 小计 one column to the right of their amounts.
    const rows = [
      ["", "", "", "预算数", "", "", "", "", "", "", "", "", "决算数", "", "", "", ""],
      ["", "", "公务用车购置及运行维护费", "公务用车购置及运行维护费", "公务用车购置及运行维护费", "", "", "", "", "", "", "", "公务用车购置及运行维护费", "", "", "", ""],
      ["", "因公出国", "", "", "", "公务接待", "公务接待", "", "", "因公出国", "因公出国（境）", "", "", "", "", "", ""],
      ["合计", "", "", "公务用车购", "公务用车运", "", "", "合计", "合计", "", "", "", "", "公务用车运行维", "公务用车运行维", "公务接待费", "公务接待费"],
      ["", "（境）费", "小计", "", "", "费", "费", "", "", "费", "", "小计", "公务用车购置费", "", "", "", ""],
      ["", "", "", "置费", "行维护费", "", "", "", "", "", "", "", "", "护费", "", "", ""],
      ["76.43", "30.00", "40.63", "", "40.63", "", "5.80", "", "46.21", "", "4.69", "40.61", "", "", "40.61", "", "0.90"],
    ];
    const g = {...grid("一般公共预算财政拨款“三公”经费支出决算表", "万元", rows), note: "注：预算数为“三公”经费全年预算数。"};
    const facts = tableFacts(g, ref, {docId: "d", kind: "final"}).facts.map((f) => `${f.key} ${f.measure} ${f.label} ${f.amount}`);
    expect(facts).toEqual([
      "three_public.total budget_adjusted “三公”经费预算数合计 76.43",
      "three_public.overseas budget_adjusted 因公出国（境）费 30.00",
      "three_public.vehicle budget_adjusted 公务用车购置及运行维护费小计 40.63",
      "three_public.vehicle_operation budget_adjusted 公务用车运行维护费 40.63",
      "three_public.reception budget_adjusted 公务接待费 5.80",
      "three_public.total actual “三公”经费决算数合计 46.21",
      "three_public.overseas actual 因公出国（境）费 4.69",
      // The actual run's 小计 takes the heading the budget run prints over it: the vehicles', not the 三公 total.
      "three_public.vehicle actual 公务用车购置及运行维护费小计 40.61",
      "three_public.vehicle_operation actual 公务用车运行维护费 40.61",
      "three_public.reception actual 公务接待费 0.90",
    ]);
  });

  it("code and name in one cell, and an identity stated with two amounts is no fact", () => {
    const g = grid("一般公共预算基本支出表", "万元", [
      ["部门支出经济分类科目", "合计", "人员经费", "公用经费"],
      ["30101-基本工资", "3,702.206400", "3,702.206400", ""],
      ["30201-办公费", "156.126127", "", "156.126127"],
      ["30201-办公费", "22.580000", "", "22.580000"],
    ]);
    expect(brief(g)).toEqual(["basic.item general_budget 30101 3702.206400"]);
    expect(tableFacts(g, ref, {docId: "d", kind: "budget"}).unplaced.map((u) => u.reason)).toContain(
      "basic.item stated with different amounts in the table (156.126127 and 22.580000)",
    );
  });
});

describe("a project list titled 项目支出, an economic table of all spending", () => {
  it("is not a function table: its 合计 is not the department's total", async () => {
    expect(tableType("部门预算项目支出及其他支出预算表", ref.labels)).toBeNull();
    expect(tableType("一般公共预算项目支出情况表（按经济分类科目）", ref.labels)).toBeNull();
    // Economic classes of all spending are not function lines either (西安 2022, 福州 2026).
    expect(tableType("2022年部门综合预算一般公共预算支出明细表（按经济分类科目分）", ref.labels)).toBeNull();
    expect(tableType("2026 年度一般公共预算支出经济分类情况表", ref.labels)).toBeNull();
    expect(tableType("一般公共预算基本支出情况表（按经济分类科目）", ref.labels)?.kind).toBe("basic");
    expect(tableType("一般公共预算支出情况表（按功能分类科目）", ref.labels)?.kind).toBe("function");
    expect(tableType("收支总体情况表", ref.labels)?.kind).toBe("balance");
  });
});

describe("a 三公 table that lists its items as rows", () => {
  it("reads each item from its row's total column, and the 合计 row as the 三公 total when every other row is an item", () => {
    const g = grid("2026年度一般公共预算“三公”经费支出预算表", "万元", [
      ["项目", "预算数"],
      ["合计", "27.31"],
      ["1、因公出国（境）费用", "0.00"],
      ["2、公务接待费", "2.00"],
      ["3、公务用车购置及运行费", "25.31"],
      ["其中：（1）公务用车购置费", "0.00"],
      ["（2）公务用车运行费", "25.31"],
    ]);
    expect(tableFacts(g, ref, {docId: "d", kind: "budget"}).facts.map((f) => [f.key, f.label, f.amount])).toEqual([
      ["three_public.total", "“三公”经费合计", "27.31"],
      ["three_public.overseas", "因公出国（境）费用", "0.00"],
      ["three_public.reception", "公务接待费", "2.00"],
      ["three_public.vehicle", "公务用车购置及运行费", "25.31"],
      ["three_public.vehicle_purchase", "公务用车购置费", "0.00"],
      ["three_public.vehicle_operation", "公务用车运行费", "25.31"],
    ]);
  });

  it("a 合计 over a row that is no 三公 item (行政经费) is not the 三公 total; only the total column of each item counts", () => {
    const g = grid("财政拨款安排的行政经费及“三公”经费预算表", "万元", [
      ["项目", "合计", "一般公共预算", "政府性基金预算"],
      ["合计", "858.07", "858.07", "0.00"],
      ["行政经费", "839.21", "839.21", "0.00"],
      ["“三公”经费", "18.86", "18.86", "0.00"],
      ["其中：（一）因公出国（境）支出", "5.00", "5.00", "0.00"],
    ]);
    const {facts, unplaced} = tableFacts(g, ref, {docId: "d", kind: "budget"});
    expect(facts.map((f) => [f.key, f.label, f.amount])).toEqual([
      ["three_public.total", "“三公”经费", "18.86"],
      ["three_public.overseas", "因公出国（境）支出", "5.00"],
    ]);
    expect(unplaced.filter((u) => u.rowLabel === "合计").map((u) => u.reason)[0]).toMatch(/not all 三公 parts/);
  });
});
