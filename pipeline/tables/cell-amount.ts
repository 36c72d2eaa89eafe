/**
 * Amount cells as tables print them ("189,767,551", "2,940.05", "0", "－3.20") and their exact value in 万元.
 * Money never becomes a float: 元 → 万元 is a shift of the decimal point.
 */
import {shift, trimDec} from "../lib/decimal.ts";
import type {TableGrid} from "./grid.ts";

const AMOUNT = /^[-−－]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** The cell's digits as a decimal string, or null when the cell is no amount (blank, text, a dash). */
export function parseAmount(cell: string): string | null {
  const c = cell.replace(/\s/g, "");
  if (!AMOUNT.test(c)) return null;
  return c.replace(/,/g, "").replace(/^[−－]/, "-");
}

const SHIFT: Record<NonNullable<TableGrid["unit"]>, number> = {元: -4, 千元: -1, 万元: 0, 亿元: 4};

/** Exact amount in 万元. In 万元 the amount stays as printed ("35.00"); a converted one drops the zeros the shift adds. */
export function toWan(amount: string, unit: NonNullable<TableGrid["unit"]>): string {
  return SHIFT[unit] === 0 ? amount : trimDec(shift(amount, SHIFT[unit]));
}

export {AMOUNT as AMOUNT_CELL};
