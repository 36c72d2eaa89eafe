/**
 * What an amount column of a standard table holds, read from its header path: the row's total (合计/金额/决算数),
 * its basic or project part, a 三公 item, or a column no key covers (上缴上级支出, 经营支出 …). For 决算 tables
 * the measure too: 决算数 (actual), 年初预算数 (budget_initial), 调整预算数/全年预算数 (budget_adjusted).
 */
import type {FactRecord} from "../../types.ts";

export type AmountColumn = "total" | "basic" | "project" | "personnel" | "public" | "other";

const MEASURE_WORD = /^(?:\d{4}年(?:度)?)?(?:年初|调整|全年)?(?:预算|决算)数?$|^预算数$|^决算数$/;

/** The header part that names the column: the lowest one that is not a measure word. */
export function columnName(path: string[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (!MEASURE_WORD.test(path[i])) return path[i];
  return "";
}

export function amountColumn(path: string[], only: boolean, besideTotal = false): AmountColumn {
  const name = columnName(path);
  if (/基本支出/.test(name)) return "basic";
  if (/项目支出/.test(name)) return "project";
  if (/人员经费/.test(name)) return "personnel";
  if (/公用经费/.test(name)) return "public";
  // NOTE: a 小计 with nothing above it, beside a 合计 column, may be any group's subtotal (基本支出 › 小计 whose
  // heading landed over its neighbour): no total. Without a 合计 beside it, 小计 is the row's total.
  if (name === "小计" && !only && besideTotal) {
    const above = path.slice(0, path.indexOf("小计")).filter((p) => !MEASURE_WORD.test(p)).join("");
    if (/基本支出/.test(above)) return "basic";
    if (/项目支出/.test(above)) return "project";
    return above && !/支出/.test(above) ? "total" : "other";
  }
  if (/合计|总计|金额|^小计$/.test(name) || name === "" || only) return "total";
  return "other";
}

/**
 * A bare 预算数 is the initial budget unless the table's note says it is the full-year (adjusted) one: "预算数为
 * “三公”经费全年预算数，反映按规定程序调整后的预算数".
 */
export function measureOf(path: string[], final: boolean, note = ""): FactRecord["measure"] {
  if (!final) return null;
  const p = path.join("");
  if (/年初预算/.test(p)) return "budget_initial";
  if (/调整预算|全年预算|调整后预算/.test(p)) return "budget_adjusted";
  if (/预算数/.test(p) && !/决算/.test(p)) return ADJUSTED_NOTE.test(note.replace(/\s/g, "")) ? "budget_adjusted" : "budget_initial";
  return "actual";
}

/** A note that defines the table's 预算数 as the full-year or adjusted budget. */
const ADJUSTED_NOTE = /预算数(?:为|是|指)[^。；;]{0,20}(?:全年预算|调整预算|调整后的预算)/;

/** The 三公 column's key; `withMeetings` when the table also has 会议费/培训费 (then its 合计 is no 三公 total). */
export function threePublicKey(path: string[], withMeetings: boolean): string | null {
  const parts = path.filter((p) => !MEASURE_WORD.test(p));
  if (/机关运行经/.test(parts.join(""))) return "operating_cost";
  // A name wrapped over two header lines ("公务用车运行" / "维护费") is read whole when its last piece says nothing.
  const names = [parts.at(-1) ?? "", parts.slice(-2).join("")];
  for (const [n, name] of names.entries()) {
    const above = parts.slice(0, -1 - n).join("");
    const key = nameKey(name, above, withMeetings);
    if (key) return key;
  }
  return null;
}

function nameKey(name: string, above: string, withMeetings: boolean): string | null {
  if (/会议费/.test(name)) return "meeting_cost";
  if (/培训费/.test(name)) return "training_cost";
  if (/出国/.test(name)) return "three_public.overseas";
  if (/接待/.test(name)) return "three_public.reception";
  if (/购置及运行|购置和运行/.test(name)) return "three_public.vehicle";
  if (/购置/.test(name)) return "three_public.vehicle_purchase";
  if (/运行/.test(name)) return "three_public.vehicle_operation";
  // NOTE: Jiangsu prints two 小计: the 三公 one (nothing above it) and the vehicles one (under 公务用车…).
  if (/^小计$/.test(name)) return /公务用车|车辆/.test(above) ? "three_public.vehicle" : "three_public.total";
  if (/^合计$/.test(name)) return withMeetings ? null : "three_public.total";
  if (/三公/.test(name)) return "three_public.total";
  return null;
}
