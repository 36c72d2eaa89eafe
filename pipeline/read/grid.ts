import type {MoneyUnit} from "../lib/money-unit.ts";

/**
 * A table as it comes out of any reader (PDF item positions, .xlsx/.xls, .csv, .docx/.html tables): its title, the
 * unit its amounts are written in, and its rows of cell strings exactly as written. The table-fact mapper turns a
 * grid of one of the standard tables (收支预算总表, 收入预算表, 支出预算表, 财政拨款收支预算总表, 一般公共预算支出
 * 预算表, 一般公共预算基本支出预算表, “三公”经费支出预算表, 政府性基金预算支出预算表 …) into facts.
 */
export interface TableGrid {
  /** Title as printed above the table, e.g. "收支预算总表" or "2024年部门收支预算总表". */
  title: string;
  /** Unit of the amounts as printed ("单位：元" / "单位：万元"); null when the table does not say. */
  unit: MoneyUnit | null;
  /**
   * Header rows (possibly several levels) then body rows; each cell the text as written ("" for an empty cell). The
   * header ends where the first row holding an amount begins. A header cell that spans several columns (收入 over
   * 项目 | 金额, 合计 over 预算数 | 决算数) should be repeated in each column it spans, so that every column's header
   * path reads top-down from its own cells; a cell wrapped over two header rows may come in two pieces.
   */
  rows: string[][];
  /** Where the table came from, for provenance: e.g. "page 3", "sheet 收支总表", "table 2". */
  location: string;
  /** The note printed under the table ("注：…预算数为全年预算数…"), when the reader keeps it: it may say what a
   * column means. */
  note?: string;
}
