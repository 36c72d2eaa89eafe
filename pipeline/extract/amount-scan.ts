import {MONEY_UNIT, isMoneyUnit, toWan} from "../lib/money-unit.ts";
import {NUMBER, plainNumber} from "../lib/number-text.ts";
import type {CanonicalUnit, Span} from "../types.ts";

/** One number-with-unit found in the text, before anyone decides what it means. */
export interface AmountToken {
  span: Span;
  /** The whole token as written, e.g. "3,422.23万元". */
  asWritten: string;
  /** The digits as written without separators, e.g. "3422.23". */
  amountAsWritten: string;
  unitAsWritten: string;
  /** Canonical amount in `unit` (money in 万元), exact. */
  amount: string;
  unit: CanonicalUnit;
  kind: "money" | "percent" | "count";
}

// NOTE: 人次 before 人, 批次 as a count of its own (三公 reception: "公务接待10批次、152人次").
const UNIT = `${MONEY_UNIT}|%|％|个|辆|台|套|家|人次|人|名|批次`;
// Scientific notation is never an amount: "1e-308万元" must not read as −308 万元, so no token starts right after
// a digit and an exponent mark (1e, 1E-, 1e+).
const TOKEN_RE = new RegExp(`(?<![0-9０-９.．]|[0-9０-９][eE][-+]?)(-?)(${NUMBER})\\s?(${UNIT})`, "gu");

const COUNT_UNITS: Record<string, CanonicalUnit> = {个: "个", 辆: "辆", 台: "个", 套: "个", 家: "个", 人: "人", 名: "人", 人次: "人", 批次: "次"};

/** Every amount token in the text, in order. Money is converted to 万元 exactly; nothing passes through a float. */
export function scanAmounts(text: string): AmountToken[] {
  const out: AmountToken[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const [whole, sign, num, unitRaw] = m;
    const start = m.index!;
    const digits = sign + plainNumber(num);
    const unitAsWritten = unitRaw;
    let amount: string;
    let unit: CanonicalUnit;
    let kind: AmountToken["kind"];
    if (isMoneyUnit(unitRaw)) {
      amount = toWan(digits, unitRaw);
      unit = "万元";
      kind = "money";
    } else if (unitRaw === "%" || unitRaw === "％") {
      amount = digits;
      unit = "%";
      kind = "percent";
    } else {
      // NOTE: a count must be a whole number; "2.5个" is not a count of anything we know.
      if (digits.includes(".")) continue;
      amount = digits;
      unit = COUNT_UNITS[unitRaw];
      kind = "count";
    }
    out.push({
      span: [start, start + whole.length],
      asWritten: whole,
      amountAsWritten: digits,
      unitAsWritten,
      amount,
      unit,
      kind,
    });
  }
  return out;
}
