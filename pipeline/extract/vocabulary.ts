/**
 * The fact vocabulary: a contract with analysts, who query by these keys. Keys may be added, never renamed.
 * `unit` is the canonical unit of the amount; `basis` says whether the key carries the basis of the section it is
 * stated in (context), a fixed one, or none.
 */
export interface KeyDoc {
  key: string;
  /** 中文 name as documents write it. */
  zh: string;
  description: string;
  unit: "万元" | "%" | "个" | "辆" | "人" | "次";
  basis: "context" | "total" | "none" | "from label";
  /** Which of code / parent / label identify the row, where the key has several per document. */
  identity?: string;
}

export const VOCABULARY: KeyDoc[] = [
  {key: "income.total", zh: "收入总计", description: "All income including 上年结转", unit: "万元", basis: "total"},
  {key: "income.current_year", zh: "本年收入合计", description: "Income of the year, excluding carry-over", unit: "万元", basis: "none"},
  {key: "income.fiscal", zh: "财政拨款收入", description: "Fiscal appropriations (general budget + government funds)", unit: "万元", basis: "none"},
  {key: "income.general_budget", zh: "一般公共预算拨款收入", description: "General-budget appropriation", unit: "万元", basis: "none"},
  {key: "income.gov_fund", zh: "政府性基金预算拨款收入", description: "Government-fund appropriation", unit: "万元", basis: "none"},
  {key: "income.state_capital", zh: "国有资本经营预算拨款收入", description: "State-capital operating budget appropriation", unit: "万元", basis: "none"},
  {key: "income.business", zh: "事业收入", description: "Income from the unit's own services", unit: "万元", basis: "none"},
  {key: "income.operating", zh: "经营收入", description: "Operating income of public institutions", unit: "万元", basis: "none"},
  {key: "income.other", zh: "其他收入", description: "Other income", unit: "万元", basis: "none"},
  {key: "income.carryover", zh: "上年结转", description: "Carried over from the previous year", unit: "万元", basis: "from label"},
  {key: "income.higher_subsidy", zh: "上级补助收入", description: "Subsidies from the unit's superior (non-fiscal)", unit: "万元", basis: "none"},
  {key: "income.reserve_fund", zh: "用事业基金弥补收支差额", description: "Drawn from the institution fund", unit: "万元", basis: "none"},
  {key: "income.special_account", zh: "财政专户管理资金", description: "Funds managed in a fiscal special account", unit: "万元", basis: "none"},
  {key: "income.other_funds", zh: "其他资金", description: "Where a province groups 事业/经营/其他 income", unit: "万元", basis: "none"},
  {key: "expenditure.total", zh: "支出总计/本年支出合计", description: "All expenditure of the basis", unit: "万元", basis: "context"},
  {key: "expenditure.basic", zh: "基本支出", description: "Basic (running) expenditure", unit: "万元", basis: "context"},
  {key: "expenditure.project", zh: "项目支出", description: "Project expenditure", unit: "万元", basis: "context"},
  {key: "expenditure.gov_fund", zh: "政府性基金预算支出", description: "Government-fund expenditure", unit: "万元", basis: "none"},
  {key: "expenditure.reserve", zh: "单位预留机动经费", description: "Unit's reserve for contingencies", unit: "万元", basis: "context"},
  {key: "expenditure.carryover_end", zh: "年末结转和结余", description: "Carried over at the end of the year (年末/年终结转和结余): the expenditure side's remainder", unit: "万元", basis: "context"},
  {key: "expenditure.carryforward", zh: "结转下年", description: "Carried forward to next year", unit: "万元", basis: "context"},
  {key: "expenditure.function", zh: "支出功能分类", description: "Expenditure by function class at any level (类 3 digits, 款 5, 项 7)", unit: "万元", basis: "context", identity: "code"},
  {key: "function_detail", zh: "主要用于", description: "What a function line is used for (economic detail)", unit: "万元", basis: "context", identity: "parent (function code) + label"},
  {key: "project.item", zh: "项目", description: "A named project under a function line", unit: "万元", basis: "context", identity: "parent (function code) + label"},
  {key: "basic.personnel", zh: "人员经费", description: "Personnel part of basic expenditure", unit: "万元", basis: "context"},
  {key: "basic.public", zh: "公用经费", description: "Public (office) part of basic expenditure", unit: "万元", basis: "context"},
  {key: "basic.item", zh: "基本支出明细", description: "An item of personnel or public spending; code = economic classification", unit: "万元", basis: "context", identity: "parent (personnel|public) + label"},
  {key: "three_public.total", zh: "“三公”经费", description: "Overseas travel + reception + official vehicles", unit: "万元", basis: "none"},
  {key: "three_public.overseas", zh: "因公出国（境）费", description: "Official overseas travel", unit: "万元", basis: "none"},
  {key: "three_public.reception", zh: "公务接待费", description: "Official reception", unit: "万元", basis: "none"},
  {key: "three_public.vehicle", zh: "公务用车购置及运行维护费", description: "Official vehicles, purchase and operation", unit: "万元", basis: "none"},
  {key: "three_public.vehicle_purchase", zh: "公务用车购置费", description: "Official vehicle purchase", unit: "万元", basis: "none"},
  {key: "three_public.vehicle_operation", zh: "公务用车运行维护费", description: "Official vehicle operation", unit: "万元", basis: "none"},
  {key: "three_public.overseas_groups", zh: "因公出国（境）团组数", description: "Official overseas delegations sent (a final account's 三公 detail)", unit: "个", basis: "none"},
  {key: "three_public.overseas_people", zh: "因公出国（境）人次", description: "Person-trips abroad of those delegations", unit: "人", basis: "none"},
  {key: "three_public.reception_batches", zh: "公务接待批次", description: "Official receptions held (batches)", unit: "次", basis: "none"},
  {key: "three_public.reception_people", zh: "公务接待人次", description: "Persons received in those receptions", unit: "人", basis: "none"},
  {key: "three_public.vehicles_purchased", zh: "公务用车购置数", description: "Official vehicles bought in the year", unit: "辆", basis: "none"},
  {key: "meeting_cost", zh: "会议费", description: "Meetings, where stated beside 三公", unit: "万元", basis: "none"},
  {key: "training_cost", zh: "培训费", description: "Training, where stated beside 三公", unit: "万元", basis: "none"},
  {key: "operating_cost", zh: "机关运行经费", description: "Running cost of the administrative organ", unit: "万元", basis: "context"},
  {key: "procurement.total", zh: "政府采购预算", description: "Government procurement", unit: "万元", basis: "none"},
  {key: "procurement.goods", zh: "政府采购货物", description: "Procurement of goods", unit: "万元", basis: "none"},
  {key: "procurement.works", zh: "政府采购工程", description: "Procurement of works", unit: "万元", basis: "none"},
  {key: "procurement.services", zh: "政府采购服务", description: "Procurement of services", unit: "万元", basis: "none"},
  {key: "assets.fixed", zh: "固定资产", description: "Fixed assets held", unit: "万元", basis: "none"},
  {key: "assets.intangible", zh: "无形资产", description: "Intangible assets held", unit: "万元", basis: "none"},
  {key: "assets.vehicles", zh: "公务车辆", description: "Number of official vehicles", unit: "辆", basis: "none"},
  {key: "assets.vehicles_general", zh: "一般公务用车", description: "General official vehicles", unit: "辆", basis: "none"},
  {key: "assets.vehicles_enforcement", zh: "执法执勤用车", description: "Law-enforcement vehicles", unit: "辆", basis: "none"},
  {key: "assets.vehicles_special", zh: "特种专业技术用车", description: "Special technical vehicles", unit: "辆", basis: "none"},
  {key: "assets.equipment_threshold", zh: "单价…以上设备", description: "Unit-price threshold the equipment count is reported against", unit: "万元", basis: "none", identity: "label"},
  {key: "performance.target_count", zh: "绩效目标", description: "Number of performance targets set", unit: "个", basis: "none"},
  {key: "performance.funds", zh: "涉及资金", description: "Funds covered by performance targets", unit: "万元", basis: "none"},
  {key: "performance.coverage_pct", zh: "覆盖率", description: "Share of project funds covered by targets", unit: "%", basis: "none"},
  {key: "org.secondary_units", zh: "下属二级预算单位", description: "Number of subordinate budget units", unit: "个", basis: "none"},
  {key: "org.admin_units", zh: "行政单位", description: "Number of administrative units", unit: "个", basis: "none"},
  {key: "org.civil_service_units", zh: "参照公务员法管理的事业单位", description: "Institutions managed as civil service", unit: "个", basis: "none"},
  {key: "org.other_institutions", zh: "其他事业单位", description: "Other public institutions", unit: "个", basis: "none"},
];
