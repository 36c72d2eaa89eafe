import type {Basis, DocKind, Measure} from "../types.ts";

/**
 * The vocabulary: which stripped label names which fact key. Labels must match a rule EXACTLY (after
 * `stripLabel`); a label no rule matches is not guessed at — its amount is listed as unplaced.
 */

export interface KeyHit {
  key: string;
  /** A basis fixed by the label itself; otherwise the key takes the section's basis (or none). */
  basis?: Basis | null;
}

/** Keys whose basis comes from the section they are stated in (the rest carry none, or their own). */
export const CONTEXT_BASIS_KEYS = new Set([
  "expenditure.total",
  "expenditure.current_year",
  "expenditure.basic",
  "expenditure.project",
  "expenditure.reserve",
  "expenditure.carryforward",
  "expenditure.carryover_end",
  "expenditure.function",
  "basic.personnel",
  "basic.public",
  "basic.item",
  "function_detail",
  "project.item",
  "operating_cost",
]);

const SFX = "(?:预算数?|预算总额|总额|金额|预算安排|安排)?";

type Rule = [RegExp, KeyHit[]];
const r = (src: string, ...hits: (string | KeyHit)[]): Rule => [
  new RegExp(`^(?:${src})${SFX}$`, "u"),
  hits.map((h) => (typeof h === "string" ? {key: h} : h)),
];

/** Rules tried on the whole label first: labels that name two facts at once, and every income line. */
const WHOLE_LABEL_RULES: Rule[] = [
  r("(?:部门)?收[、，]?支(?:总预算|预算总计|预算总数|总计|预算)|收入[、，]?支出(?:预算)?总计", {key: "income.total", basis: "total"}, {key: "expenditure.total", basis: "total"}),
  r("财政拨款收[、，]?支(?:总预算|预算总计|预算)", "income.fiscal", {key: "expenditure.total", basis: "fiscal"}),
  r("收入(?:预算)?(?:总计)?|预算收入(?:总计)?|(?:部门)?(?:财务)?总收入", {key: "income.total", basis: "total"}),
  r("(?:部门)?(?:预算)?总支出", {key: "expenditure.total", basis: "total"}),
  r("本年收入(?:预算)?(?:合计|小计)|当年收入(?:合计|小计)|收入(?:预算)?合计", "income.current_year"),
  r("(?:部门)?财政拨款(?:收入)?(?:预算)?(?:总计|合计)?收入|(?:部门)?财政拨款收入(?:预算)?(?:总计|合计)?", "income.fiscal"),
  r("(?:本年)?一般公共预算(?:财政)?(?:拨款)?(?:收入)(?:预算)?|一般公共预算当年拨款收入", "income.general_budget"),
  r("政府性基金(?:预算)?(?:财政)?(?:拨款)?收入(?:预算)?", "income.gov_fund"),
  r("国有资本经营(?:预算)?(?:拨款)?收入(?:预算)?", "income.state_capital"),
  r("事业收入(?:（不含教育收费）)?", "income.business"),
  r("(?:事业单位)?经营收入", "income.operating"),
  r("其他收入", "income.other"),
  r("上年结转(?:结余)?(?:资金|收入)?|年初结转(?:和|及)?结余(?:资金)?", "income.carryover"),
  r("年初财政拨款结转(?:和|及)?结余", {key: "income.carryover", basis: "fiscal"}),
  r("(?:年末|年终)结转(?:和|及)?结余(?:资金)?", "expenditure.carryover_end"),
  r("(?:年末|年终)财政拨款结转(?:和|及)?结余(?:资金)?", {key: "expenditure.carryover_end", basis: "fiscal"}),
  r("上级补助收入", "income.higher_subsidy"),
  r("上年结转一般公共预算(?:收入|拨款|资金)?", {key: "income.carryover", basis: "general_budget"}),
  r("上年结转财政拨款(?:收入|资金)?", {key: "income.carryover", basis: "fiscal"}),
  r("上年结转政府性基金(?:预算)?(?:收入|资金)?", {key: "income.carryover", basis: "gov_fund"}),
  r("用事业基金弥补收支差额", "income.reserve_fund"),
  r("财政专户管理资金(?:收入)?(?:预算)?(?:总计)?", "income.special_account"),
  r("其他资金(?:收入)?", "income.other_funds"),
  r("本年支出(?:预算)?合计|支出(?:预算)?合计", "expenditure.total"),
  // NOTE: "财政拨款安排“三公”经费", "一般公共预算财政拨款“三公”经费预算": the funds named before the 三公.
  r("(?:(?:一般公共预算)?(?:财政)?拨款(?:安排的?)?)?“?三公”?经费(?:财政拨款)?(?:预算)?", "three_public.total"),
  r("因公出国（境）(?:经)?费(?:用)?", "three_public.overseas"),
  r("公务用车购置(?:及|和)运行(?:维护)?费(?:用)?|公务用车费用", "three_public.vehicle"),
  r("公务用车购置(?:费)?(?:用)?", "three_public.vehicle_purchase"),
  r("(?:机关)?运行经费(?:支出)?(?:财政拨款)?(?:预算)?", "operating_cost"),
  // NOTE: 决算 "政府采购金额（以合同签订为准）为251.25万元": the bracket says how the amount is counted.
  r("(?:所属各预算单位)?政府采购(?:支出)?(?:预算)?(?:金额|总额)?(?:（以[^（）]{1,10}为准）)?", "procurement.total"),
  r("政府采购货物类?(?:预算)?|货物类(?:采购)?(?:预算)?|货物采购(?:预算)?|拟(?:采购|购买)货物(?:支出)?", "procurement.goods"),
  r("政府采购工程类?(?:预算)?|工程类(?:采购)?(?:预算)?|工程采购(?:预算)?|拟采购工程(?:支出)?", "procurement.works"),
  r("政府采购服务类?(?:预算)?|服务类(?:采购)?(?:预算)?|服务采购(?:预算)?|拟购买服务(?:支出)?", "procurement.services"),
  r("固定资产(?:总额|原值)?", "assets.fixed"),
  r("无形资产", "assets.intangible"),
  r("涉及(?:一般公共预算)?(?:当年)?(?:财政性?)?(?:拨款|资金)(?:合计)?", "performance.funds"),
  r("覆盖率", "performance.coverage_pct"),
];

/** Rules that only apply inside a 三公 section, where these words name 三公 parts (elsewhere, economic items). */
const THREE_PUBLIC_RULES: Rule[] = [
  r("公务接待(?:经)?费(?:用)?", "three_public.reception"),
  r("公务用车运行(?:维护)?费(?:用)?", "three_public.vehicle_operation"),
  r("会议费", "meeting_cost"),
  r("培训费", "training_cost"),
];

const COUNT_RULES: Rule[] = [
  r("公务车辆|公务用车|车辆|(?:公务用车)?(?:年末)?(?:实际)?保有量", "assets.vehicles"),
  // 三公 detail of a final account: delegations and person-trips abroad, receptions and persons received, vehicles bought.
  r("(?:共执行)?(?:因公)?出国（境）团组数?|出国团组数?", "three_public.overseas_groups"),
  r("(?:全年)?(?:因公)?出国（境）(?:累计)?(?:人数|人次)?|出国(?:累计)?人次", "three_public.overseas_people"),
  r("(?:使用[^，,；;]{0,20}?的)?(?:国内)?公务接待(?:批次)?", "three_public.reception_batches"),
  r("(?:公务用车)?购置(?:公务用车|车辆)?(?:数|数量)?|新购(?:公务用车|车辆)", "three_public.vehicles_purchased"),
  r("一般公务用车", "assets.vehicles_general"),
  r("执法执勤用车", "assets.vehicles_enforcement"),
  r("特种专业技术用车", "assets.vehicles_special"),
  r("绩效目标", "performance.target_count"),
  r("下属二级预算单位|二级预算单位", "org.secondary_units"),
  r("行政单位", "org.admin_units"),
  r("参照公务员法管理的事业单位", "org.civil_service_units"),
  r("其他事业单位", "org.other_institutions"),
];

/** Expenditure rules, tried after a basis prefix (一般公共预算, 财政拨款 …) has been taken off the label. */
const EXPENDITURE_RULES: Rule[] = [
  r("支出(?:预算)?(?:总计)?|预算支出|(?:当年)?拨款(?:安排的)?(?:支出)?|安排的支出", "expenditure.total"),
  r("基本支出", "expenditure.basic"),
  // NOTE: Xi'an's template calls project spending 专项业务经费.
  r("项目支出|专项业务经费(?:支出)?", "expenditure.project"),
  r("(?:单位)?预留机动经费", "expenditure.reserve"),
  r("结转下年(?:资金)?", "expenditure.carryforward"),
  r("人员经费", "basic.personnel"),
  r("公用经费", "basic.public"),
  r("(?:机关)?运行经费(?:支出)?", "operating_cost"),
];

const BASIS_PREFIX: [RegExp, Basis][] = [
  // NOTE: "一般公共预算拨款安排的机关运行经费", "一般公共预算拨款基本支出": 拨款/安排的 only repeat the funds.
  [/^一般公共预算(?:财政拨款|拨款)?(?:安排的?)?/u, "general_budget"],
  [/^政府性基金(?:预算)?(?:财政拨款|拨款)?(?:安排的?)?/u, "gov_fund"],
  [/^国有资本经营(?:预算)?/u, "state_capital"],
  [/^财政拨款(?:安排的?)?/u, "fiscal"],
  // NOTE: the general budget's name before 2015 (一般公共财政), still written in some templates.
  [/^一般公共财政(?:拨款)?(?:安排的?)?/u, "general_budget"],
];

function match(rules: Rule[], label: string): KeyHit[] | null {
  for (const [re, hits] of rules) if (re.test(label)) return hits;
  return null;
}

export interface LexiconCtx {
  threePublic: boolean;
  kind: "money" | "percent" | "count";
  docKind: DocKind | null;
}

/** Keys a stripped label names, or null. Function-class labels are resolved elsewhere (they need the tables). */
export function lookupLabel(label: string, ctx: LexiconCtx): KeyHit[] | null {
  const hit = dropCarryoverSide(label, lookupExact(label, ctx), ctx);
  if (hit || ctx.kind !== "money") return hit;
  // NOTE: Jiangsu writes "公务接待费预算支出", "政府性基金支出预算支出": the trailing 支出 names no other quantity.
  const bare = label.replace(/(?:预算)?支出(?:预算)?数?$/u, "");
  if (bare === label || !bare) return null;
  const again = lookupExact(bare, ctx);
  // "基本支出" without 支出 is not a label; only keys that are not themselves expenditure lines qualify.
  return again && !again.some((h) => h.key.startsWith("expenditure.") && h.key !== "expenditure.gov_fund") ? again : null;
}

function lookupExact(label: string, ctx: LexiconCtx): KeyHit[] | null {
  if (ctx.kind === "count") return match(COUNT_RULES, label);
  if (ctx.kind === "percent") return label === "覆盖率" || label === "覆盖率达到" ? [{key: "performance.coverage_pct"}] : null;
  if (ctx.threePublic) {
    // NOTE: "一般公共预算拨款安排的会议费预算支出": the qualifier only repeats what the 三公 section says.
    const hit = match(THREE_PUBLIC_RULES, label.replace(/^一般公共预算(?:财政)?拨款安排的/u, ""));
    if (hit) return hit;
  }
  const whole = match(WHOLE_LABEL_RULES, label);
  if (whole) return whole;
  for (const [re, basis] of BASIS_PREFIX) {
    const m = re.exec(label);
    if (!m) continue;
    const rest = label.slice(m[0].length);
    const hit = match(EXPENDITURE_RULES, rest);
    if (!hit) return null;
    // NOTE: "政府性基金预算拨款安排的支出" is the government-fund expenditure line, a key of its own.
    if (basis === "gov_fund" && hit[0].key === "expenditure.total") return [{key: "expenditure.gov_fund"}];
    return hit.map((h) => ({...h, basis}));
  }
  return match(EXPENDITURE_RULES, label);
}

/** The basis a section title implies, or null. */
export function basisOfTitle(title: string): Basis | null {
  // NOTE: a numbered line such as "1．一般公共服务（类）…（项目）2024年预算数为…" is content, not a heading that
  // names a basis; its "支出" must not make everything beneath it "total".
  if (/（[0-9]*(?:类|款|项目?)）|[（(][0-9]*(?:类|款|项目?)[）)]/u.test(title)) return null;
  if (/一般公共预算/u.test(title)) return "general_budget";
  if (/政府性基金/u.test(title)) return "gov_fund";
  if (/国有资本经营/u.test(title)) return "state_capital";
  if (/财政拨款/u.test(title)) return "fiscal";
  if (/收支|收入|支出/u.test(title)) return "total";
  return null;
}

/**
 * NOTE: in final accounts 收入支出总计 includes 年初/年末结转和结余; the expenditure side of that 总计 is not
 * 本年支出合计 (expenditure.total), so only the income side is kept there.
 */
function dropCarryoverSide(label: string, hits: KeyHit[] | null, ctx: LexiconCtx): KeyHit[] | null {
  if (!hits || ctx.docKind !== "final" || !/总计/u.test(label) || hits.length < 2) return hits;
  return hits.filter((h) => h.key !== "expenditure.total");
}

/**
 * Measure words: which figure of a year an amount is, as the words after its label say ("财政拨款支出年初预算",
 * "公务接待费支出决算", "2022年当年预算执行数"). Tried in order at the end of a label; the first that matches wins.
 * In a final account 执行数 is the amount spent (actual); in a budget document it is the estimate of the year before.
 */
export const MEASURE_WORDS: [RegExp, Measure][] = [
  [/年初预算(?:数|安排)?$/u, "budget_initial"],
  [/(?:调整后?的?|全年)预算(?:数)?$/u, "budget_adjusted"],
  [/(?:当年)?(?:预算)?执行(?:数)?$|预计执行(?:数)?$/u, "execution_estimate"],
  [/决算(?:数)?$/u, "actual"],
  [/预算(?:数|安排)?$|^安排$/u, "budget"],
];

/** A label's measure word, and the label without it; null when it names none. "一般公共预算" is a basis, not one. */
export function splitMeasure(label: string): {rest: string; measure: Measure; word: string} | null {
  for (const [re, measure] of MEASURE_WORDS) {
    const m = re.exec(label);
    if (!m) continue;
    const rest = label.slice(0, m.index);
    if (/(?:一般公共|基金|资本经营)$/u.test(rest)) return null;
    return {rest, measure, word: m[0]};
  }
  return null;
}

/** The measure a comparison's words name ("比2023年度决算数", "比上年预算执行数", "比2025年年初预算数"), or null. */
export function measureNamed(words: string): Measure | null {
  const w = words.replace(/\s+/gu, "");
  if (/年初预算/u.test(w)) return "budget_initial";
  if (/(?:调整后?的?|全年)预算/u.test(w)) return "budget_adjusted";
  if (/执行数|预计执行/u.test(w)) return "execution_estimate";
  if (/决算/u.test(w)) return "actual";
  if (/预算/u.test(w)) return "budget";
  return null;
}

/**
 * What a final account says its 三公 table's 预算数 is: "预算数为“三公”经费全年预算数" (the adjusted budget) or
 * "…年初预算数" (the initial one). The narrative's 三公 "预算" follows the table's definition; null when not said.
 */
export function threePublicBudgetMeasure(text: string): Measure | null {
  const m = /预算数(?:为|是|指)“?三公“?经费(年初|全年|调整后?的?)预算数/u.exec(text.replace(/[\s\u3000]+/gu, "").replace(/["”“]/gu, "“"));
  if (!m) return null;
  return m[1] === "年初" ? "budget_initial" : "budget_adjusted";
}
