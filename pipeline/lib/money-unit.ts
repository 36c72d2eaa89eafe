/**
 * Money units as disclosures write them, and the one conversion to 万元 (the warehouse's unit) used by prose,
 * tables and loading alike. Converting is a shift of the decimal point: money never becomes a float.
 */
import {shift, trimDec} from "./decimal.ts";

export type MoneyUnit = "元" | "千元" | "万元" | "亿元";

/** The units as a regex alternation, longest first so 万元 is never read as 元. */
export const MONEY_UNIT = "万元|亿元|千元|元";

/** Powers of ten from a unit to 万元. */
const SHIFT_TO_WAN: Record<MoneyUnit, number> = {万元: 0, 亿元: 4, 千元: -1, 元: -4};

export function isMoneyUnit(unit: string): unit is MoneyUnit {
  return Object.hasOwn(SHIFT_TO_WAN, unit);
}

/**
 * Exact amount in 万元. In 万元 the amount stays as written ("35.00"); a converted one keeps every source digit and
 * drops the zeros the shift adds (189,767,551 元 → 18976.7551 万元).
 */
export function toWan(digits: string, unit: MoneyUnit): string {
  return SHIFT_TO_WAN[unit] === 0 ? digits : trimDec(shift(digits, SHIFT_TO_WAN[unit]));
}

/** "单位：", "金额单位:", "单位：人民币" — what stands before the unit in a unit line. */
const UNIT_LEAD = String.raw`(?:金额)?单位\s*[:：]\s*(?:人民币)?\s*`;

// "单位：万元", "单位:元", "（单位：万元）", "金额单位：元", "单位：人民币元". The unit word must end the phrase, so
// "单位：万元/人" is no money unit.
const UNIT_LINE = new RegExp(`${UNIT_LEAD}(${MONEY_UNIT})(?![\\u4e00-\\u9fff/])`);

/** The unit phrase with its brackets, to cut it out of a title line ("收支预算总表（单位：万元）"). */
export const UNIT_PHRASE = new RegExp(`[（(]?\\s*${UNIT_LEAD}(?:${MONEY_UNIT})\\s*[)）]?`);

/** The money unit a table's caption or meta line states ("部门：… 单位：元" → "元"), or null. */
export function unitOf(line: string): MoneyUnit | null {
  const m = UNIT_LINE.exec(line);
  return m ? (m[1] as MoneyUnit) : null;
}
