/** Types for format.js (amounts are decimal strings in 万元; formatting never goes through a float). */
/** An exact decimal: a string such as "3422.230000", or a bigint. JS numbers are rejected (see formatFloat). */
export type DecimalInput = string | bigint;
export interface FormatOptions {
  /** Decimals to round to, half-up; default 2. */
  digits?: number;
}
export function formatNumber(value: DecimalInput | null | undefined, options?: FormatOptions): string;
export function formatWan(amount: DecimalInput | null | undefined, options?: FormatOptions): string;
export function formatYi(amount: DecimalInput | null | undefined, options?: FormatOptions): string;
export function formatAmount(amount: DecimalInput | null | undefined, options?: FormatOptions): string;
export function formatPct(pct: DecimalInput | null | undefined, options?: FormatOptions): string;
export function compareDecimal(a: DecimalInput, b: DecimalInput): -1 | 0 | 1;
/** a + b, exact, as a decimal string with the finer of the two scales. */
export function addDecimal(a: DecimalInput, b: DecimalInput): string;
/** a − b, exact, as a decimal string with the finer of the two scales. */
export function subtractDecimal(a: DecimalInput, b: DecimalInput): string;
export function formatSigned(amount: DecimalInput | null | undefined, options?: FormatOptions): string;
/** A float (axis tick, robust z): thousands separators, `digits` decimals (default 2); null/undefined/NaN → "—". */
export function formatFloat(n: number | null | undefined, digits?: number): string;

export function formatQuantity(amount: DecimalInput | null | undefined, unit: string | null | undefined): string;
