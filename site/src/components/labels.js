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
export const SEVERITY = {error: "错误", warning: "警告", info: "提示"};

/** @type {Record<string, string>} */
export const STATUS = {
  fail: "未通过",
  pass: "通过",
  insufficient_data: "无法核对",
  ok: "正常",
  amount_not_stated: "未述金额",
  no_reason_amounts: "原因未述金额",
};

/** @type {Record<string, string>} */
export const METRIC = {
  three_public_share: "“三公”经费占支出比例",
  basic_share: "基本支出占支出比例",
  operating_cost_share: "机关运行经费占支出比例",
};

/** @type {Record<string, string>} */
export const STEP = {start: "上年数", reason: "原因", unexplained: "未解释", end: "本年数"};

/** @param {Record<string, string>} table @param {string | null | undefined} code */
export const label = (table, code) => (code == null ? "—" : table[code] ?? code);

/**
 * A series' name: the key's Chinese name, the function class where there is one, and the basis where it matters.
 * @param {{key: string, basis?: string | null, code?: string | null, label?: string | null}} row
 * @param {Record<string, string>} keys key → 中文 (data/site/keys.json)
 */
export function seriesLabel(row, keys) {
  const name = row.key === "expenditure.function" ? `${row.label ?? row.code}（${row.code}）` : keys[row.key] ?? row.key;
  return row.basis && row.basis !== "total" ? `${name} · ${label(BASIS, row.basis)}` : name;
}

/** A stable id of a series: key|basis|code. @param {{key: string, basis?: string | null, code?: string | null}} row */
export const seriesId = (row) => `${row.key}|${row.basis ?? ""}|${row.code ?? ""}`;

/**
 * Names of the check rules for a page, from data/site/rules.json (the warehouse's check_rules, i.e. the `-- title:`
 * and `-- summary:` headers of sql/checks/<rule_id>.sql, the one source). Rule ids appear only as small secondary
 * text, so a rule the table does not know is "核对规则", never its id; a rule without a summary has none (null).
 * @param {{rule_id: string, title?: string | null, summary?: string | null}[]} rules
 */
export function ruleNames(rules) {
  const byId = new Map(rules.map((r) => [r.rule_id, r]));
  return {
    /** @param {string} id */
    title: (id) => byId.get(id)?.title || "核对规则",
    /** @param {string} id */
    summary: (id) => byId.get(id)?.summary || null,
  };
}

/**
 * Rules whose finding says the value itself is wrong, so charts, rankings and change lists must not show it as
 * data: every error-severity finding, plus unit_scale (a 元 amount written as 万元 is a wrong value, whatever its
 * severity).
 */
export const VALUE_RULES = new Set(["unit_scale"]);
