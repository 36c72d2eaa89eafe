import type {TableGrid} from "./grid.ts";

// "单位：万元", "单位:元", "（单位：万元）", "金额单位：元", "单位：人民币元". The unit word must end the phrase, so
// "单位：万元/人" is no money unit.
const UNIT_LINE = /(?:金额)?单位\s*[:：]\s*(?:人民币)?\s*(万元|千元|亿元|元)(?![\u4e00-\u9fff/])/;

/** The money unit a table's caption or meta line states ("部门：… 单位：元" → "元"), or null. */
export function unitOf(line: string): TableGrid["unit"] {
  const m = UNIT_LINE.exec(line);
  return m ? (m[1] as TableGrid["unit"]) : null;
}
