/**
 * Row labels of the balance and income tables → vocabulary keys. Labels are compared without their numbering
 * ("一、", "1.", "（二）") and spaces. Only labels whose meaning is certain are listed: 上级补助收入 or 附属单位上缴收入
 * have no key, so their rows stay unplaced.
 */
export type Side = "income" | "expenditure";

/** "一、一般公共服务支出" → "一般公共服务支出"; "1. 一般公共预算" → "一般公共预算". */
export function bareLabel(label: string): string {
  return label
    .replace(/\s/g, "")
    .replace(/^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）][、.．]?)/, "")
    .replace(/^其中[:：]/, "");
}

const INCOME: [RegExp, string][] = [
  [/^财政拨款(?:收入)?$/, "income.fiscal"],
  [/^一般公共预算(?:财政)?(?:拨款)?(?:收入|资金)?$/, "income.general_budget"],
  [/^政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:收入|资金)?$/, "income.gov_fund"],
  [/^国有资本经营预算(?:财政)?(?:拨款)?(?:收入|资金)?$/, "income.state_capital"],
  [/^财政专户管理资金(?:收入)?$/, "income.special_account"],
  [/^其他资金$/, "income.other_funds"],
  // NOTE: the template since 2020 qualifies it: "事业收入（不含教育收费）" (教育收费 is a 财政专户 income).
  [/^事业收入(?:[（(]不含教育收费[)）])?$/, "income.business"],
  [/^(?:事业单位)?经营收入$/, "income.operating"],
  [/^其他收入$/, "income.other"],
  [/^用事业基金弥补收支差额$/, "income.reserve_fund"],
  [/^(?:上年结转(?:和?结余)?(?:资金)?|年初(?:财政拨款)?结转和?结余)$/, "income.carryover"],
  [/^(?:本年|当年)收入(?:合计|小计)$/, "income.current_year"],
  [/^收入(?:总计|合计)$/, "income.total"],
];

const EXPENDITURE: [RegExp, string][] = [
  [/^基本支出$/, "expenditure.basic"],
  [/^项目支出$/, "expenditure.project"],
  [/^(?:单位)?预留机动经费$/, "expenditure.reserve"],
  [/^结转下年(?:资金)?$/, "expenditure.carryforward"],
  [/^(?:年末|年终)(?:财政拨款)?结转和?结余(?:资金)?$/, "expenditure.carryover_end"],
];

/** Totals of the expenditure side, most specific first: 本年支出合计 excludes what is carried forward, 总计 not. */
const EXPENDITURE_TOTALS: RegExp[] = [/^(?:本年|当年)支出(?:合计|小计)$/, /^支出(?:合计|总计)$/, /^(?:合计|总计)$/];

export function incomeKey(label: string): string | null {
  const b = bareLabel(label);
  if (/^(?:合计|总计)$/.test(b)) return "income.total";
  return INCOME.find(([re]) => re.test(b))?.[1] ?? null;
}

export function expenditureKey(label: string): string | null {
  const b = bareLabel(label);
  return EXPENDITURE.find(([re]) => re.test(b))?.[1] ?? null;
}

/** Rank of an expenditure-side total label (0 = most specific), or -1 when it is none. */
export function expenditureTotalRank(label: string): number {
  const b = bareLabel(label);
  return EXPENDITURE_TOTALS.findIndex((re) => re.test(b));
}

/** Which side of a balance table a label column is on, from its header or its position (收入 is on the left). */
export function sideOf(header: string, ordinal: number): Side {
  if (header.includes("支出")) return "expenditure";
  if (header.includes("收入")) return "income";
  return ordinal === 0 ? "income" : "expenditure";
}
