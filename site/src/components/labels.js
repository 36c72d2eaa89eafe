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
 * Chinese titles and one-line descriptions of the check rules (sql/checks/<rule_id>.sql). The one place the site
 * names a rule: rule ids appear only as small secondary text. To be replaced by a `-- title:` header in each check
 * file once those land (branch `findings`).
 * @type {Record<string, {title: string, description: string}>}
 */
export const RULES = {
  change_pct_mismatch: {title: "变动率与变动额不符", description: "文件所述的增减百分比，应等于所述变动额除以上年数（按百分比写出的精度核对）。"},
  change_without_reason: {title: "变动未说明原因", description: "文件陈述了非零的增减变动，却没有说明主要原因。"},
  conflicting_mentions: {title: "同一数字前后不一", description: "同一文件中同一事项出现两次而金额不同；两处都保留，不擅自取舍。"},
  function_path: {title: "功能分类层级不符", description: "功能分类按所写的层级（类、款、项）核对：每一级的编码都应是本行编码的上级，且编码存在于分类表中。"},
  identity_basic_items: {title: "基本支出明细不合计", description: "人员经费、公用经费各等于其所列明细之和；基本支出等于人员经费与公用经费之和（同一口径）。"},
  identity_basic_project: {title: "基本支出与项目支出不合计", description: "支出合计等于基本支出与项目支出之和（有单位预留机动经费时加上）。"},
  identity_expenditure_functions: {title: "功能分类不合计", description: "支出合计等于其各功能分类（类）之和（同一口径）。"},
  identity_function_children: {title: "功能分类下级不合计", description: "一个功能分类（类）等于其所列下级（项，或未列项时的款）之和；叙述可能只写了部分下级，故为警告。"},
  identity_income_sources: {title: "收入来源不合计", description: "本年收入合计（未列时用收入总计）等于其所列各项来源之和。"},
  identity_line_items: {title: "支出用途不合计", description: "一个功能分类项目等于其“主要用于”的各项或所列项目之和。"},
  identity_reasons: {title: "变动原因不合计", description: "一项变动所述各条原因之和应等于变动额；一条原因的“其中”各项之和应等于该原因。"},
  identity_three_public: {title: "“三公”经费不合计", description: "“三公”经费等于因公出国（境）费、公务接待费、公务用车购置及运行维护费之和；公务用车等于购置与运行维护之和。"},
  negative_prior: {title: "上年数为负", description: "所述变动会使上年数为负（如“支出预算0万元，比上年增加1421.25万元”）：这项变动不可能正确。"},
  operating_cost_vs_public: {title: "机关运行经费与公用经费差异较大", description: "机关运行经费与公用经费相关而不相等；二者相差较大时提示。"},
  peer_outlier: {title: "与同类单位差异大", description: "单位的比率（“三公”经费、基本支出、机关运行经费占支出比例）远离同一州内同类单位；离群不等于错误，但值得一看。"},
  prior_year_mismatch: {title: "上年数与上年文件不符", description: "本年文件所述或隐含的上年数（本年数减变动）应与上年文件自己的数字一致；没有上年文件时无法核对。"},
  share_matches_amount: {title: "占比与金额不符", description: "所述占比应等于金额除以总额，按占比写出的精度核对（占2.1%允许2.05%–2.15%），精确计算。"},
  stale_name: {title: "使用已停用的分类名称", description: "分类名称在文件年度之前已更名（如文化体育与传媒支出→文化旅游体育与传媒支出）。"},
  text_vs_table: {title: "正文与表格不符", description: "正文所述金额与标准表格中同一事项（同一口径、编码）比较，包括同年配套表格文件。"},
  three_public_covers_items: {title: "“三公”经费小于对应明细", description: "“三公”经费涵盖基本支出和项目支出，每一项应不小于基本支出中对应的经济分类明细（如公务接待费30217）。"},
  three_public_jump: {title: "“三公”经费异常跳变", description: "某项“三公”经费是本单位上年的3倍以上或三分之一以下，而同州同类单位没有同样的变化。"},
  unit_scale: {title: "疑似单位错写（元写作万元）", description: "金额疑似把元写成万元（或相反）：某一部分大于全部预算，或是本单位其他年度同一项目的约1,000倍（或千分之一）。"},
};

/** A rule's Chinese title (the id itself only for a rule this table does not know). @param {string} id */
export const ruleTitle = (id) => RULES[id]?.title ?? id;

/**
 * Rules whose finding says the value itself is wrong, so charts, rankings and change lists must not show it as
 * data: every error-severity finding, plus unit_scale (a 元 amount written as 万元 is a wrong value, whatever its
 * severity).
 */
export const VALUE_RULES = new Set(["unit_scale"]);
