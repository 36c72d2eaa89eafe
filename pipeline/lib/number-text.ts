/**
 * Numbers as documents write them, read into plain decimal strings ("3422.23", "-1234.00") that lib/decimal
 * computes with. One reading for prose, table cells and spreadsheet displays: full-width digits and separators
 * (NOTE: PDF text layers and web pages mix １２３, ，and ． into amounts), thousands separators, and the minus signs
 * tables print (−, －). The digits are never rounded nor passed through a float.
 */

/** A digit, ASCII or full-width. */
export const DIGIT = "[0-9０-９]";
/** A number with optional thousands separators and decimals, as a regex source (no sign). */
export const NUMBER = `${DIGIT}{1,3}(?:[,，]${DIGIT}{3})+(?:[.．]${DIGIT}+)?|${DIGIT}+(?:[.．]${DIGIT}+)?`;

/** The plain decimal of a number as written: "3,422.23" → "3422.23", "１２．５" → "12.5", "－3.20" → "-3.20". */
export function plainNumber(written: string): string {
  return written
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/．/g, ".")
    .replace(/[,，\s]/g, "")
    .replace(/^[−－]/, "-");
}

/** An amount cell as tables print it ("189,767,551", "2,940.05", "0", "－3.20"), ASCII digits, well grouped. */
const AMOUNT_CELL = /^[-−－]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** A table cell's amount as a plain decimal, or null when the cell is no amount (blank, text, a dash). */
export function cellAmount(cell: string): string | null {
  const c = cell.replace(/\s/g, "");
  return AMOUNT_CELL.test(c) ? plainNumber(c) : null;
}

/**
 * The number a spreadsheet displays: "3,422.23" → "3422.23", "(1,234.00)" → "-1234.00", "96.04%" → "96.04"
 * (when `percent`); null when the display is no plain number or its % does not match `percent`.
 */
export function displayedNumber(shown: string, percent: boolean): string | null {
  let s = shown.trim().replace(/[,\s¥￥$]/g, "");
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (percent !== s.endsWith("%")) return null;
  if (percent) s = s.slice(0, -1);
  if (!/^-?\d+(?:\.\d+)?$/.test(s)) return null;
  return negative && !s.startsWith("-") ? `-${s}` : s;
}
