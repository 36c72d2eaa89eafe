/**
 * A spreadsheet cell → its text, with amounts exact.
 *
 * Numbers in .xlsx/.xls are IEEE doubles. String(n) is the shortest decimal that round-trips to the same double,
 * which for any amount typed into a cell is the amount as typed ("3422.23", not 3422.23000000000001818989…). No
 * arithmetic is done on the double: exponent forms are expanded and percentages scaled on the decimal string.
 *
 * The formatted text (what Excel shows) is preferred when it is the same number: it keeps the trailing zeros as
 * written ("35.00"). When it differs, the display rounded the stored value, and the stored value is the truth
 * ("3422.23" shown as "3422" under a "0" format) — except for float noise from a formula (NOTE: =B4-B5 in a real
 * sheet stores 3422.2299999999996): a stored value of 15+ significant digits that rounds to what is shown is shown.
 */
import {SSF, type CellObject} from "@e965/xlsx";
import {equal, roundTo, shift, trimDec} from "../../lib/decimal.ts";
import {displayedNumber} from "../../lib/number-text.ts";

/** Significant digits at or above which a double's shortest form is float noise rather than an amount as typed. */
const NOISE_DIGITS = 15;

export function cellText(cell: CellObject | undefined): string {
  if (!cell) return "";
  switch (cell.t) {
    case "s":
      return String(cell.v ?? "").trim();
    case "n":
      return numberText(cell.v as number, typeof cell.z === "string" ? cell.z : undefined, cell.w);
    case "b":
      return cell.w ?? (cell.v ? "TRUE" : "FALSE");
    case "e":
      return cell.w ?? "#ERROR";
    case "d":
      return cell.w ?? String(cell.v);
    default:
      return (cell.w ?? "").trim();
  }
}

export function numberText(v: number, format: string | undefined, shown: string | undefined): string {
  if (!Number.isFinite(v)) return shown ?? String(v);
  if (format && SSF.is_date(format)) return shown ?? plainDecimal(v);
  const percent = format !== undefined && isPercentFormat(format);
  const exact = plainDecimal(v);
  const value = percent ? trimDec(shift(exact, 2)) : exact;
  const displayed = shown === undefined ? null : displayedNumber(shown, percent);
  const suffix = percent ? "%" : "";
  if (displayed !== null) {
    if (equal(displayed, value)) return displayed + suffix;
    const scale = displayed.includes(".") ? displayed.length - displayed.indexOf(".") - 1 : 0;
    if (significantDigits(exact) >= NOISE_DIGITS && equal(roundTo(value, scale), displayed)) return displayed + suffix;
  }
  return value + suffix;
}

/** The shortest round-trip decimal of a double, without exponent: 1e-7 → "0.0000001", 1.5e21 → "1500…0". */
export function plainDecimal(v: number): string {
  const s = String(v);
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  return m ? trimDec(shift(m[1], Number(m[2]))) : s;
}

function isPercentFormat(format: string): boolean {
  // A % inside quotes or escaped is literal text, not a percent format.
  return /%/.test(format.replace(/"[^"]*"|\\./g, ""));
}

function significantDigits(decimal: string): number {
  return decimal.replace(/[-.]/g, "").replace(/^0+/, "").length;
}
