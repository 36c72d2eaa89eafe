/**
 * The tables offered for download (data.md) as CSV and Parquet, in this order. Base tables as stored, models as
 * built by sql/; documents without their text (the text is in the warehouse file and each document page).
 */
export interface Download {
  name: string;
  kind: "table" | "model" | "check";
  zh: string;
}

export const DOWNLOADS: Download[] = [
  {name: "documents", kind: "table", zh: "文件"},
  {name: "facts", kind: "table", zh: "事实（每个金额一行，附原文）"},
  {name: "changes", kind: "table", zh: "所述增减变动"},
  {name: "reasons", kind: "table", zh: "变动原因"},
  {name: "findings", kind: "check", zh: "发现（未通过或无法核对的检查）"},
  {name: "check_results", kind: "check", zh: "全部检查结果"},
  {name: "fct_unit_year", kind: "model", zh: "单位 × 年度 事实宽表"},
  {name: "yoy_change", kind: "model", zh: "同比变动：所述与计算"},
  {name: "trends", kind: "model", zh: "多年序列"},
  {name: "change_waterfall", kind: "model", zh: "变动瀑布（原因逐项）"},
  {name: "union_fee_change", kind: "model", zh: "工会经费变动"},
  {name: "implied_prior", kind: "model", zh: "所述上年数与上年文件"},
  {name: "composition_function", kind: "model", zh: "功能分类构成"},
  {name: "composition_economic", kind: "model", zh: "经济分类构成"},
  {name: "peers", kind: "model", zh: "同类单位比较"},
  {name: "completeness", kind: "model", zh: "公开完整性"},
];

/** The SELECT of one download (a total order on every column, so the files are deterministic). */
export function downloadSql(name: string): string {
  if (!DOWNLOADS.some((d) => d.name === name)) throw new Error(`unknown download: ${name}`);
  if (name === "documents") return `SELECT * EXCLUDE (text) FROM documents ORDER BY ALL`;
  return `SELECT * FROM ${name} ORDER BY ALL`;
}
