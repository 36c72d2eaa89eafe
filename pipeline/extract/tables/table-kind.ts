/**
 * Which standard table a grid is, from its title. The kind decides how rows become facts and the basis they carry:
 * a 收支总表 covers all the department's funds (total), a 财政拨款 table fiscal appropriations (fiscal), an
 * 一般公共预算 table the general budget (general_budget), a 政府性基金 table government funds (gov_fund).
 */
import type {LabelVocabulary} from "../../reference/label-vocabulary.ts";
import type {Basis} from "../../types.ts";

export type TableKind =
  /** 收入 | 金额 | 支出 | 金额 side by side: 收支预算总表, 收入支出决算总表, 财政拨款收支预算总表. */
  | "balance"
  /** Income by source or by function: 收入预算总表, 收入决算表. */
  | "income"
  /** Expenditure by function class (rows with 类/款/项 codes): 支出预算总表, 一般公共预算支出预算表 … */
  | "function"
  /** Basic expenditure by economic class: 一般公共预算基本支出预算表 … */
  | "basic"
  /** “三公”经费 (with 会议费/培训费, or with 机关运行经费 beside it). */
  | "three_public"
  | "operating_cost"
  | "procurement";

export interface TableType {
  kind: TableKind;
  basis: Basis;
  /** 决算 tables state actual amounts (and budget columns beside them). */
  final: boolean;
}

/**
 * The table's kind from its title, or null for a table that is none of the standard ones. Its basis is the funds the
 * title names (`table_title_basis` rows of labels.csv), else all funds (total).
 */
export function tableType(title: string, vocab: LabelVocabulary): TableType | null {
  const t = title.replace(/\s/g, "");
  const final = t.includes("决算");
  const basis: Basis = vocab.first("table_title_basis", t)?.hits[0].basis ?? "total";
  const kind = kindOf(t);
  return kind ? {kind, basis, final} : null;
}

function kindOf(t: string): TableKind | null {
  if (/三公/.test(t)) return "three_public";
  if (/机关运行经费/.test(t)) return "operating_cost";
  if (/政府采购/.test(t)) return "procurement";
  if (/绩效|项目支出预算表|项目表/.test(t)) return null;
  // NOTE: "部门预算项目支出及其他支出预算表", "一般公共预算项目支出情况表": a list of projects, whose 合计 is the project
  // spending, never the department's total (a title naming 基本支出 or 收支 beside it is a whole-budget table).
  if (/项目支出/.test(t) && !/基本支出|收支|收入/.test(t)) return null;
  // NOTE: "一般公共预算支出经济分类情况表", "…支出明细表（按经济分类科目分）": economic classes (301, 302 …) of basic
  // and project spending together, not function lines; read as function rows they became 类 "301".
  if (/经济分类/.test(t) && !/基本支出/.test(t)) return null;
  if (/收支|收入支出/.test(t)) return "balance";
  if (/基本支出/.test(t)) return "basic";
  if (/收入/.test(t)) return "income";
  if (/支出/.test(t)) return "function";
  return null;
}
