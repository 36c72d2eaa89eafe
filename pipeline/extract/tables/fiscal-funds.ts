/**
 * Whether a 财政拨款 balance table's appropriations are all of the general budget: 财政拨款 is 一般公共预算 +
 * 政府性基金 + 国有资本经营预算, so where the income side states an amount for 一般公共预算 and none (blank or zero) for
 * the other funds, its current year or carried over, every amount of the expenditure side is general-budget spending
 * too (Beijing's 财政拨款收支总表 prints one 预算数 column: "一、一般公共预算资金 50,665.50 | 二、政府性基金预算资金 (blank)").
 */
import type {LabelVocabulary} from "../../reference/label-vocabulary.ts";
import {cellAmount} from "../../lib/number-text.ts";
import type {GridShape} from "./grid-shape.ts";
import {rowIdentity} from "./row-identity.ts";
import {bareLabel, incomeKey, sideOf} from "./row-keys.ts";

const OTHER_FUNDS = new Set(["income.gov_fund", "income.state_capital"]);
const isZero = (amount: string) => /^-?[0.,]*$/.test(amount.replace(/\s/g, ""));

/** True when the income side names 一般公共预算 with an amount and every other fund it names is blank or zero. */
export function fiscalIsGeneralBudget(rows: string[][], shape: GridShape, vocab: LabelVocabulary): boolean {
  let general = false;
  for (const row of rows) {
    for (const [j, role] of shape.roles.entries()) {
      if (role !== "amount") continue;
      const amount = cellAmount(row[j] ?? "");
      const id = rowIdentity(row, j, shape);
      if (sideOf(id.header, id.ordinal) !== "income") continue;
      const key = incomeKey(vocab, bareLabel(id.label));
      if (amount === null || isZero(amount)) continue;
      if (key === "income.general_budget") general = true;
      else if (key && OTHER_FUNDS.has(key)) return false;
    }
  }
  return general;
}
