/**
 * The label vocabulary (data/reference/labels.csv) is what the extractor reads by: every row's example phrase, run
 * through the real extractor, gets the row's key, basis and measure; a row added to a copy of the file is read
 * without a code change.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {extractDocument} from "../../pipeline/extract/extract.ts";
import {tableFacts} from "../../pipeline/extract/tables/table-facts.ts";
import {VOCABULARY} from "../../pipeline/extract/vocabulary.ts";
import type {TableGrid} from "../../pipeline/read/grid.ts";
import {compileLabels, type LabelRow} from "../../pipeline/reference/label-vocabulary.ts";
import {DEFAULT_REFERENCE_DIR, loadReference, type Reference} from "../../pipeline/reference/load-reference.ts";
import type {Extraction, FactRecord} from "../../pipeline/types.ts";

const ref = loadReference();
const rows = ref.labels.rows;

/** A final account's example: a row that only final accounts read, or a measure only they state. */
const isFinal = (r: LabelRow) => r.genres === "final" || ["actual", "budget_initial", "budget_adjusted"].includes(r.measure);

/** A small text disclosure: a title that identifies unit, year and kind, one heading, the example's sentence. */
function textDoc(sentence: string, heading: string, final: boolean, reference: Reference = ref): Extraction {
  const raw = `测试市统计局2024年部门${final ? "决算" : "预算"}\n${heading}\n${sentence}。\n`;
  return extractDocument({raw, encoding: "utf-8", source: "test.txt", docId: "t"}, reference);
}

/** The example of a table row, placed in the smallest standard table that reads that row or column. */
function tableOf(r: LabelRow): {grid: TableGrid; final: boolean} {
  const g = (title: string, rs: string[][]): TableGrid => ({title, unit: "万元", rows: rs, location: "table 1"});
  switch (r.applies) {
    case "table_income_row":
      return {grid: g("收支预算总表", [["收入", "预算数", "支出", "预算数"], ["上级补助收入", "1.00", "上缴上级支出", "1.00"], [r.example, "10.00", "基本支出", "10.00"]]), final: false};
    case "table_expenditure_row":
    case "table_expenditure_total":
      return {grid: g("收支预算总表", [["收入", "预算数", "支出", "预算数"], ["上级补助收入", "1.00", "上缴上级支出", "1.00"], ["一、财政拨款收入", "10.00", r.example, "10.00"]]), final: false};
    case "table_column":
      return {grid: g("支出预算总表", [["科目编码", "科目名称", r.example], ["", "合计", "10.00"]]), final: false};
    case "table_column_measure":
      return {grid: g("一般公共预算财政拨款支出决算表", [["科目编码", "科目名称", r.example, "决算数"], ["", "合计", "10.00", "9.00"]]), final: true};
    case "table_column_basis":
      return {grid: g("财政拨款收支预算总表", [["收入", "收入", "支出", "支出"], ["项目", "预算数", "项目", r.example], ["一、财政拨款收入", "10.00", "基本支出", "10.00"]]), final: false};
    case "table_title_basis":
      return {grid: g(r.example, [["科目编码", "科目名称", "合计"], ["", "合计", "10.00"]]), final: false};
    case "table_three_public_column":
      return {grid: g("“三公”经费支出预算表", [[r.example], ["10.00"]]), final: false};
    case "table_three_public_subtotal_heading":
      return {grid: g("“三公”经费支出预算表", [[r.example], ["小计"], ["10.00"]]), final: false};
    case "table_three_public_row":
      return {grid: g("“三公”经费支出预算表", [["项目", "预算数"], [r.example, "10.00"]]), final: false};
    case "table_basic_row":
      return {grid: g("一般公共预算基本支出预算表", [["经济分类科目编码", "科目名称", "合计"], ["", r.example, "10.00"]]), final: false};
    case "table_procurement_row":
      return {grid: g("政府采购预算表", [["采购品目", "金额"], [r.example, "10.00"]]), final: false};
    default:
      throw new Error(`no table for ${r.applies}`);
  }
}

/**
 * What the row says its example gives: a fact of its key (with its basis and measure when it names them), or for a
 * measure row a change whose prior is of that measure. Returns the miss in words, or null.
 */
function missOf(r: LabelRow, facts: FactRecord[], priorMeasures: (string | null | undefined)[] = []): string | null {
  const fits = facts.filter((f) => (!r.key || f.key === r.key) && (!r.basis || f.basis === r.basis) && (!r.measure || (f.measure ?? "budget") === r.measure));
  if (fits.length > 0 || (r.measure && !r.key && priorMeasures.includes(r.measure))) return null;
  const brief = facts.map((f) => `${f.key} ${f.basis ?? "-"} ${f.measure ?? "-"}`);
  return `${r.applies} ${r.pattern} on "${r.example}" gave [${brief.join("; ")}]`;
}

describe("labels.csv", () => {
  it("compiles, and names only keys of the fact vocabulary", () => {
    const keys = new Set(VOCABULARY.map((k) => k.key));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.key && !keys.has(r.key)).map((r) => r.key)).toEqual([]);
    expect(rows.filter((r) => !r.example)).toEqual([]);
  });

  it("refuses a row it cannot read, with its line", () => {
    const bad = {...rows[0], applies: "narrative", pattern: "收入(", example: ""};
    expect(() => compileLabels([rows[0], bad])).toThrow(/line 3/);
    expect(() => compileLabels([{...rows[0], basis: "fiscl"}])).toThrow(/unknown basis "fiscl"/);
  });

  it("every narrative row's example, in a sentence, gives the row's key, basis and measure", () => {
    const narrative = rows.filter((r) => !r.applies.startsWith("table_"));
    const misses = narrative.map((r) => {
      const heading = r.applies === "section_title_basis" ? `一、${r.example}` : r.applies.includes("three_public") ? "一、“三公”经费情况说明" : "一、情况说明";
      const sentence = r.applies === "section_title_basis" ? "基本支出100.00万元" : r.example;
      const ex = textDoc(sentence, heading, isFinal(r));
      return missOf(r, ex.facts, ex.changes.map((c) => c.prior_measure));
    });
    expect(misses.filter((m) => m !== null)).toEqual([]);
    expect(narrative.length).toBeGreaterThan(80);
  });

  it("a narrative row that marks the line's name ((?<name>…)) gives its example's fact that name as its label", () => {
    const named = rows.filter((r) => r.applies.startsWith("narrative") && r.pattern.includes("(?<name>"));
    const got = named.map((r) => {
      const heading = r.applies.includes("three_public") ? "一、“三公”经费情况说明" : "一、情况说明";
      const name = new RegExp(r.pattern, "u").exec(r.example)?.groups?.name;
      return [r.key, textDoc(r.example, heading, isFinal(r)).facts.find((f) => f.key === r.key)?.label, name];
    });
    expect(got.filter(([, label, name]) => !name || label !== name)).toEqual([]);
    expect(named.length).toBeGreaterThanOrEqual(5);
  });

  it("every table row's example, as a row or column of a standard table, gives the row's key, basis and measure", () => {
    const tables = rows.filter((r) => r.applies.startsWith("table_"));
    const misses = tables.map((r) => {
      const {grid, final} = tableOf(r);
      return missOf(r, tableFacts(grid, ref, {docId: "t", kind: final ? "final" : "budget"}).facts);
    });
    expect(misses.filter((m) => m !== null)).toEqual([]);
    expect(tables.length).toBeGreaterThan(30);
  });
});

describe("a synonym is a row of labels.csv", () => {
  it("a row added to a copy of the file makes a new fact of a sentence and of a table row", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "labels-"));
    try {
      const file = path.join(dir, "labels.csv");
      const extra = [
        "operating_cost,,,narrative,label,行政运转经费,budget|final,行政运转经费60.00万元,a synonym under test",
        "income.fiscal,,,table_income_row,exact,财政补助收入,budget|final,财政补助收入,a synonym under test",
      ];
      fs.writeFileSync(file, `${fs.readFileSync(path.join(DEFAULT_REFERENCE_DIR, "labels.csv"), "utf8").trimEnd()}\n${extra.join("\n")}\n`);
      const withSynonym = loadReference(DEFAULT_REFERENCE_DIR, file);

      const before = textDoc("行政运转经费60.00万元", "一、情况说明", false);
      expect(before.facts.filter((f) => f.key === "operating_cost")).toEqual([]);
      expect(before.unplaced.map((u) => u.reason)).toContain('label not recognised: "行政运转经费"');
      const after = textDoc("行政运转经费60.00万元", "一、情况说明", false, withSynonym);
      expect(after.facts.map((f) => [f.key, f.amount, f.label])).toEqual([["operating_cost", "60.00", "行政运转经费"]]);

      const grid: TableGrid = {title: "收支预算总表", unit: "万元", rows: [["收入", "预算数", "支出", "预算数"], ["财政补助收入", "10.00", "基本支出", "10.00"]], location: "table 1"};
      const keys = (r: Reference) => tableFacts(grid, r, {docId: "t", kind: "budget"}).facts.map((f) => f.key);
      expect(keys(ref)).not.toContain("income.fiscal");
      expect(keys(withSynonym)).toContain("income.fiscal");
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});
