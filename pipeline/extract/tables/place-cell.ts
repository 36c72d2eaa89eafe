/**
 * One amount cell of a standard table → the fact it states, or the reason it cannot be placed. The row's label and
 * code come from the label/code columns to the left of the cell (a balance table has two such groups: 收入 and
 * 支出), the column's meaning from its header path.
 */
import type {LabelVocabulary} from "../../reference/label-vocabulary.ts";
import type {Classifier} from "../classify.ts";
import type {Basis, FactRecord} from "../../types.ts";
import {cellAmount} from "../../lib/number-text.ts";
import {amountColumn, columnLabel, columnName, isEarlierYearColumn, measureOf, threePublicColumn} from "./column-roles.ts";
import {MEASURE_CELL, type GridShape} from "./grid-shape.ts";
import {rowIdentity} from "./row-identity.ts";
import {bareLabel, expenditureKey, expenditureTotalRank, incomeKey, sideOf} from "./row-keys.ts";
import type {TableType} from "./table-kind.ts";
import {totalLabel} from "./table-subject.ts";

export interface Placed {
  key: string;
  basis: Basis | null;
  code: string | null;
  label: string | null;
  parent: string | null;
  measure: FactRecord["measure"];
  /** The cell's digits (unit as printed). */
  amount: string;
  /** For expenditure totals of a balance table: 0 for 本年支出合计, 1 for 支出总计, 2 for a bare 总计. */
  totalRank?: number;
}

export interface CellInput {
  row: string[];
  col: number;
  shape: GridShape;
  type: TableType;
  final: boolean;
  cls: Classifier;
  /** The label vocabulary (labels.csv): row and column words → keys. */
  vocab: LabelVocabulary;
  firstBodyRow: boolean;
  title: string;
  /** The note under the table, if any. */
  note?: string;
  /** The labels of the table's rows with amounts (bare): a 三公 table listing its items as rows is read by row. */
  rowLabels?: string[];
  /** The row follows a 年初结转和结余 row of a balance table: its fund names are parts of the carry-over. */
  afterCarryover?: boolean;
}

const BASIC_TOTALS: Partial<Record<string, string>> = {
  total: "expenditure.basic",
  personnel: "basic.personnel",
  public: "basic.public",
};
const FUND_INCOME = new Set(["income.fiscal", "income.general_budget", "income.gov_fund", "income.state_capital"]);
const TOTAL_ROW = /^(?:合计|总计|本年支出合计|支出合计|本年收入合计)$/;

export function placeCell(input: CellInput): Placed | {reason: string} {
  const {row, col, shape, type, final, vocab} = input;
  const amount = cellAmount(row[col])!;
  const path = shape.paths[col];
  const {label, code, ordinal, header} = rowIdentity(row, col, shape);
  const bare = bareLabel(label);
  const measure = measureOf(vocab, path, final, input.note);
  // NOTE: where the header prints both 预算数 and 决算数, a column that is under neither is of no known measure.
  // A 三公 table prints each item under both; elsewhere a column name printed twice (合计 … 合计) is ambiguous.
  const leaf = (p: string[]) => p.filter((x) => !MEASURE_CELL.test(x)).at(-1) ?? "";
  const repeated = shape.paths.filter((p, j) => shape.roles[j] === "amount" && leaf(p) === leaf(path)).length > 1;
  if (final && shape.measures.length >= 2 && !path.some((p) => MEASURE_CELL.test(p)) && (type.kind === "three_public" || repeated)) {
    return {reason: `the column's measure is unknown (${shape.measures.join(" / ")} in the header)`};
  }
  const amountPaths = shape.paths.filter((_, j) => shape.roles[j] === "amount");
  if (isEarlierYearColumn(path, amountPaths)) return {reason: `an earlier year's column: ${path.join(" › ")}`};
  const base = {amount, measure, code: null, parent: null, label: bare || null};
  const onlyAmount = shape.roles.filter((r) => r === "amount").length === 1;
  const besideTotal = shape.paths.some((p, j) => shape.roles[j] === "amount" && /^(?:合计|总计)$/.test(columnName(p)));
  const column = amountColumn(vocab, path, onlyAmount, besideTotal);
  const isTotalRow = TOTAL_ROW.test(bare) || (!bare && !code && input.firstBodyRow);

  switch (type.kind) {
    case "balance": {
      if (shape.groups === 1 && code !== null) return {reason: "balance table by function class: no key"};
      if (sideOf(header, ordinal) === "income") {
        const key = incomeKey(vocab, bare);
        // NOTE: "年初财政拨款结转和结余 | 一般公共预算财政拨款 | 政府性基金…" lists the carry-over by fund below it.
        if (input.afterCarryover && key && FUND_INCOME.has(key)) return {reason: `a part of 年初结转和结余: ${bare}`};
        if (key) return {...base, key, basis: type.basis};
        return {reason: `income row not in the vocabulary: ${bare || "(no label)"}`};
      }
      const basis = basisOfColumn(vocab, path, type.basis);
      const fn = /支出$/.test(bare) ? input.cls.functionClass(bare) : null;
      if (fn) return {...base, key: "expenditure.function", basis, code: fn};
      const key = expenditureKey(vocab, bare);
      if (key) return {...base, key, basis};
      const rank = expenditureTotalRank(vocab, bare);
      if (rank >= 0) return {...base, key: "expenditure.total", basis, label: label || null, totalRank: rank};
      return {reason: `expenditure row not in the vocabulary: ${bare || "(no label)"}`};
    }
    case "function":
    case "income": {
      if (isTotalRow) {
        const key = type.kind === "income" ? incomeKey(vocab, columnName(path)) : totalKey(vocab, column, columnName(path));
        if (!key || key === "income.total") return {reason: `total row: column ${columnName(path) || "?"} not mapped`};
        // A bare 合计/小计 is named by what the table is of (一般公共预算支出合计); a named column stands as printed.
        return {...base, key, basis: type.basis, label: totalLabel(input.title, columnLabel(vocab, path) || label) || null};
      }
      if (type.kind === "income") {
        const key = code ? null : incomeKey(vocab, bare);
        return key ? {...base, key, basis: type.basis} : {reason: "income by function class: no key"};
      }
      const fn = code ?? (/支出$/.test(bare) ? input.cls.functionClass(bare) : null);
      if (!fn) return {reason: `function row without a code: ${bare}`};
      if (column !== "total") return {reason: `function class × ${columnName(path)}: no key`};
      return {...base, key: "expenditure.function", basis: type.basis, code: fn};
    }
    case "basic": {
      const part = vocab.first("table_basic_row", bare)?.hits[0].key;
      if (part) return {...base, key: part, basis: type.basis};
      if (isTotalRow) {
        const key = BASIC_TOTALS[column];
        if (!key) return {reason: "total row: column not mapped"};
        // The total of a 基本支出 table is 基本支出, whatever its column prints (合计, 小计).
        const name = key === "expenditure.basic" && /^(?:合计|小计|总计|)$/.test(columnName(path)) ? "基本支出" : columnName(path);
        return {...base, key, basis: type.basis, label: name || label};
      }
      if (!code) return {reason: `basic row without a code: ${bare}`};
      if (code.length !== 5) return {reason: "economic class subtotal"};
      if (column !== "total" && !onlyAmount) return {reason: `item × ${columnName(path)}: counted in its total column`};
      return {...base, key: "basic.item", basis: type.basis, code, parent: parentOf(code)};
    }
    case "three_public": {
      // NOTE: a 三公 table may list its items as rows ("1、因公出国（境）费用 | 0.00", "其中：（1）公务用车购置费"; Fujian,
      // Guangzhou) instead of columns: the row names the item, the row's total column holds it.
      const item = bare && !TOTAL_ROW.test(bare) ? threePublicRow(vocab, bare) : null;
      if (item) {
        if (column !== "total") return {reason: `三公 item × ${columnName(path)}: counted in its total column`};
        return {...base, key: item.key, basis: null, label: item.label};
      }
      if (bare && !TOTAL_ROW.test(bare)) return {reason: `三公 row of a part of the department: ${bare}`};
      const others = (input.rowLabels ?? []).filter((l) => l && !TOTAL_ROW.test(l));
      const parts = others.map((l) => threePublicRow(vocab, l)?.key);
      if (!parts.some((k) => k)) {
        const withMeetings = shape.paths.some((p) => /会议费|培训费/.test(p.join("")));
        const col = threePublicColumn(vocab, path, withMeetings);
        if (!col) return {reason: `三公 column not mapped: ${path.join(" › ")}`};
        return {...base, key: col.key, basis: null, label: col.name || null};
      }
      // Items as rows: the 合计 row is the 三公 total only when every other row is a 三公 part.
      if (bare && column === "total" && parts.every((k) => k && k.startsWith("three_public.") && k !== "three_public.total")) {
        return {...base, key: "three_public.total", basis: null, label: "“三公”经费合计"};
      }
      return {reason: `三公 total row of a table whose rows are not all 三公 parts: ${bare || "(no label)"} × ${columnName(path)}`};
    }
    case "operating_cost":
      if (!isTotalRow || column !== "total") return {reason: "operating-cost item row"};
      return {...base, key: "operating_cost", basis: type.basis, label: totalLabel(input.title, bare) || null};
    case "procurement": {
      if (column !== "total") return {reason: "procurement detail column"};
      const key = isTotalRow ? "procurement.total" : (vocab.first("table_procurement_row", bare)?.hits[0].key ?? null);
      if (!key) return {reason: "procurement item row"};
      return {...base, key, basis: null, label: isTotalRow ? totalLabel(input.title, bare) || null : base.label};
    }
  }
}

/** The 三公 item a row names (`table_three_public_row`), numbering and 其中 taken off, with that label; or null. */
function threePublicRow(vocab: LabelVocabulary, label: string): {key: string; label: string} | null {
  const bare = bareLabel(bareLabel(label));
  const key = vocab.first("table_three_public_row", bare)?.hits[0].key;
  return key ? {key, label: bare} : null;
}

/** The funds an amount column's header names (`table_column_basis` rows), else the table's. */
function basisOfColumn(vocab: LabelVocabulary, path: string[], fallback: Basis): Basis {
  return vocab.first("table_column_basis", path.join(""))?.hits[0].basis ?? fallback;
}

function totalKey(vocab: LabelVocabulary, column: string, name: string): string | null {
  if (column === "total") return "expenditure.total";
  if (column === "basic") return "expenditure.basic";
  if (column === "project") return "expenditure.project";
  // The total row's 人员/公用 columns are the parts of 基本支出 for the table's basis.
  if (column === "personnel") return "basic.personnel";
  if (column === "public") return "basic.public";
  return expenditureKey(vocab, name);
}

/** 301 工资福利支出 and 303 对个人和家庭的补助 are personnel spending, 302 商品和服务支出 public spending. */
function parentOf(code: string): string | null {
  if (code.startsWith("301") || code.startsWith("303")) return "personnel";
  if (code.startsWith("302")) return "public";
  return null;
}
