/**
 * Exact decimal arithmetic on strings, backed by BigInt. Money never becomes a JS number: amounts are parsed
 * from the source digits into (integer, scale) pairs, combined exactly, and printed back as decimal strings.
 */

export interface Dec {
  /** The digits as an integer: value = int / 10^scale. */
  int: bigint;
  scale: number;
}

const DECIMAL_RE = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** Parse "3422.23", "-2336.67", "0", "+7.33" into a Dec. Throws on anything else (no silent NaN). */
export function parseDec(s: string): Dec {
  const m = DECIMAL_RE.exec(s.trim());
  if (!m) throw new Error(`not a decimal: ${JSON.stringify(s)}`);
  const frac = m[3] ?? "";
  const int = BigInt(m[2] + frac) * (m[1] === "-" ? -1n : 1n);
  return {int, scale: frac.length};
}

function rescale(d: Dec, scale: number): bigint {
  return d.int * 10n ** BigInt(scale - d.scale);
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [rescale(a, scale), rescale(b, scale), scale];
}

/** Print a Dec keeping its scale (so "35.00" stays "35.00"). */
export function formatDec(d: Dec): string {
  const neg = d.int < 0n;
  const digits = (neg ? -d.int : d.int).toString().padStart(d.scale + 1, "0");
  const whole = digits.slice(0, digits.length - d.scale);
  const frac = d.scale > 0 ? "." + digits.slice(digits.length - d.scale) : "";
  return (neg ? "-" : "") + whole + frac;
}

export function add(a: string, b: string): string {
  const [x, y, scale] = align(parseDec(a), parseDec(b));
  return formatDec({int: x + y, scale});
}

export function sub(a: string, b: string): string {
  const [x, y, scale] = align(parseDec(a), parseDec(b));
  return formatDec({int: x - y, scale});
}

export function neg(a: string): string {
  const d = parseDec(a);
  return formatDec({int: -d.int, scale: d.scale});
}

export function sum(values: string[]): string {
  return values.reduce((acc, v) => add(acc, v), "0");
}

/** -1, 0 or 1. Compares numerically: "35.00" equals "35". */
export function compare(a: string, b: string): number {
  const [x, y] = align(parseDec(a), parseDec(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

export function equal(a: string, b: string): boolean {
  return compare(a, b) === 0;
}

/** Multiply by 10^k exactly (k may be negative: 元 → 万元 is k = -4). */
export function shift(a: string, k: number): string {
  const d = parseDec(a);
  if (k >= 0) return formatDec({int: d.int * 10n ** BigInt(k), scale: d.scale});
  return formatDec({int: d.int, scale: d.scale - k});
}

/** Drop trailing fractional zeros: "18976.755100" → "18976.7551", "35.00" → "35". */
export function trimDec(a: string): string {
  const d = parseDec(a);
  let {int, scale} = d;
  while (scale > 0 && int % 10n === 0n) {
    int /= 10n;
    scale--;
  }
  return formatDec({int, scale});
}

/** Round half away from zero to `scale` fractional digits. */
export function roundTo(a: string, scale: number): string {
  const d = parseDec(a);
  if (d.scale <= scale) return formatDec({int: d.int * 10n ** BigInt(scale - d.scale), scale});
  const div = 10n ** BigInt(d.scale - scale);
  const q = d.int / div;
  const r = d.int % div;
  const abs = r < 0n ? -r : r;
  const bump = abs * 2n >= div ? (d.int < 0n ? -1n : 1n) : 0n;
  return formatDec({int: q + bump, scale});
}

/**
 * Whether an amount stated to some precision ("16497.86") agrees with a more exact one ("16497.864"): the exact
 * amount, rounded to the stated number of decimals, equals the stated amount. Narratives round what tables in 元
 * state exactly; that is agreement, not contradiction.
 */
export function agreesAtPrecision(stated: string, exact: string): boolean {
  return equal(roundTo(exact, parseDec(stated).scale), stated);
}
