/**
 * Money in the generator is an integer number of cents (BigInt): 3422.23万元 is 342223n. Sums, growth and shares are
 * exact; a decimal string is made only when the text is written, through the project's decimal helpers' conventions.
 */
import {formatDec, parseDec, roundTo} from "../lib/decimal.ts";

export type Cents = bigint;

/** "3422.23" → 342223n. Accepts fewer decimals ("18.2", "0"). */
export function cents(s: string): Cents {
  const d = parseDec(roundTo(s, 2));
  return d.int;
}

/** 342223n → "3422.23" (always two decimals). */
export function dec(c: Cents): string {
  return formatDec({int: c, scale: 2});
}

export function total(xs: readonly Cents[]): Cents {
  return xs.reduce((a, b) => a + b, 0n);
}

/** Integer division rounded half away from zero. */
export function divRound(num: bigint, den: bigint): bigint {
  if (den === 0n) throw new Error("division by zero");
  const neg = num < 0n !== den < 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const q = (n * 2n + d) / (2n * d);
  return neg ? -q : q;
}

/** `c` grown by `permille`/1000 (e.g. 1050 = +5%), rounded to the cent. */
export function grow(c: Cents, permille: number): Cents {
  return divRound(c * BigInt(permille), 1000n);
}

/** part/whole as a percentage with two decimals, as a decimal string ("16.99", "100.00"); "0.00" when whole is 0. */
export function pctOf(part: Cents, whole: Cents): string {
  if (whole === 0n) return "0.00";
  return formatDec({int: divRound(part * 10000n, whole), scale: 2});
}

export function abs(c: Cents): Cents {
  return c < 0n ? -c : c;
}
