/** Chinese display labels for stored codes. Unknown codes show as stored. */

/** @type {Record<string, string>} */
export const KIND = {budget: "预算", final: "决算"};

/** @type {Record<string, string>} */
export const BASIS = {
  total: "收支总计",
  fiscal: "财政拨款",
  general_budget: "一般公共预算",
  gov_fund: "政府性基金",
  state_capital: "国有资本经营",
};

/** @type {Record<string, string>} */
export const KEY = {"income.total": "收入总计", "expenditure.total": "支出总计"};

/** @param {Record<string, string>} table @param {string | null | undefined} code */
export const label = (table, code) => (code == null ? "—" : table[code] ?? code);
