/**
 * Number formatting for amounts in 万元, done on decimal strings: an amount from the warehouse arrives as an exact
 * string ("3422.230000") and is never parsed to a float here. d3-format knows no 万/亿, so this is written once.
 * The decimal formatters take strings (or bigints) only; a JS number throws. Floats that are legitimately floats
 * (axis ticks, robust z scores) go through formatFloat.
 *
 * Rounding is half-up on the magnitude (四舍五入): 0.005 → 0.01, -0.005 → -0.01.
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const DASH = "—";

/**
 * @typedef {{negative: boolean, int: string, frac: string}} Decimal
 * @typedef {string | bigint} DecimalInput
 */

/**
 * Only exact inputs: a decimal string or a bigint. A JS number is rejected: it is a float that may already have lost
 * the exact value (show a float with formatFloat, an amount from its decimal string).
 * @param {DecimalInput} value @returns {Decimal}
 */
function parse(value) {
  let text;
  if (typeof value === "bigint") text = value.toString();
  else if (typeof value === "string") text = value.trim();
  else if (typeof value === "number") throw new TypeError(`not a decimal string: the number ${value} (use formatFloat for floats)`);
  else throw new TypeError(`not a decimal: ${String(value)}`);
  const m = DECIMAL.exec(text);
  if (!m || (m[2] === "" && !m[3])) throw new TypeError(`not a decimal: ${JSON.stringify(value)}`);
  return {negative: m[1] === "-", int: m[2].replace(/^0+/, "") || "0", frac: m[3] ?? ""};
}

/** Rounds half-up (on the magnitude) to `places` decimals. @param {Decimal} d @param {number} places @returns {Decimal} */
function round(d, places) {
  const kept = d.int + d.frac.slice(0, places).padEnd(places, "0");
  let n = BigInt(kept);
  if ((d.frac[places] ?? "0") >= "5") n += 1n;
  const s = n.toString().padStart(places + 1, "0");
  const cut = s.length - places;
  // -0.001 rounds to 0.00, not -0.00.
  return {negative: d.negative && n !== 0n, int: s.slice(0, cut), frac: s.slice(cut)};
}

/** Divides by 10^k exactly by moving the decimal point. @param {Decimal} d @param {number} k @returns {Decimal} */
function shift(d, k) {
  const int = d.int.padStart(k + 1, "0");
  return {negative: d.negative, int: int.slice(0, int.length - k).replace(/^0+(?=\d)/, ""), frac: int.slice(int.length - k) + d.frac};
}

/** @param {Decimal} d @returns {string} */
function render(d) {
  const int = d.int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${d.negative ? "-" : ""}${int}${d.frac ? `.${d.frac}` : ""}`;
}

/** @param {unknown} value */
const missing = (value) => value === null || value === undefined || value === "";

/**
 * A decimal with thousands separators and `digits` decimals: formatNumber("3422.230000") → "3,422.23".
 * @param {DecimalInput | null | undefined} value
 * @param {{digits?: number}} [options]
 */
export function formatNumber(value, {digits = 2} = {}) {
  if (missing(value)) return DASH;
  return render(round(parse(/** @type {DecimalInput} */ (value)), digits));
}

/**
 * An amount in 万元: formatWan("3422.230000") → "3,422.23 万元".
 * @param {DecimalInput | null | undefined} amount
 * @param {{digits?: number}} [options]
 */
export function formatWan(amount, {digits = 2} = {}) {
  if (missing(amount)) return DASH;
  return `${formatNumber(amount, {digits})} 万元`;
}

/**
 * An amount in 万元 shown in 亿元 (1 亿元 = 10000 万元): formatYi("19000") → "1.90 亿元".
 * @param {DecimalInput | null | undefined} amount
 * @param {{digits?: number}} [options]
 */
export function formatYi(amount, {digits = 2} = {}) {
  if (missing(amount)) return DASH;
  return `${render(round(shift(parse(/** @type {DecimalInput} */ (amount)), 4), digits))} 亿元`;
}

/**
 * 亿元 from 1 亿元 up (judged after rounding to `digits` in 万元, so 9999.999 shows as 1.00 亿元), 万元 below.
 * @param {DecimalInput | null | undefined} amount
 * @param {{digits?: number}} [options]
 */
export function formatAmount(amount, {digits = 2} = {}) {
  if (missing(amount)) return DASH;
  const wan = round(parse(/** @type {DecimalInput} */ (amount)), digits);
  return wan.int.length > 4 ? formatYi(amount, {digits}) : `${render(wan)} 万元`;
}

/**
 * An amount in its own unit: money (万元) as formatAmount, percentages as formatPct, counts (个, 辆, 人) as whole
 * numbers with their unit — formatQuantity("3.000000", "辆") → "3 辆".
 * @param {DecimalInput | null | undefined} amount
 * @param {string | null | undefined} unit
 */
export function formatQuantity(amount, unit) {
  if (missing(amount)) return DASH;
  if (!unit || unit === "万元") return formatAmount(amount);
  if (unit === "%") return formatPct(amount);
  return `${formatNumber(amount, {digits: 0})} ${unit}`;
}

/**
 * A value already in percent (share_pct): formatPct("12.3450") → "12.35%".
 * @param {DecimalInput | null | undefined} pct
 * @param {{digits?: number}} [options]
 */
export function formatPct(pct, {digits = 2} = {}) {
  if (missing(pct)) return DASH;
  return `${formatNumber(pct, {digits})}%`;
}

/**
 * Compares two decimals exactly (-1, 0, 1), for sorting amounts without floats.
 * @param {DecimalInput} a
 * @param {DecimalInput} b
 */
export function compareDecimal(a, b) {
  const x = parse(a);
  const y = parse(b);
  const places = Math.max(x.frac.length, y.frac.length);
  const scaled = (/** @type {Decimal} */ d) => {
    const n = BigInt(d.int + d.frac.padEnd(places, "0"));
    return d.negative ? -n : n;
  };
  const dx = scaled(x);
  const dy = scaled(y);
  return dx < dy ? -1 : dx > dy ? 1 : 0;
}

/**
 * a + b and a − b, exact, as decimal strings with the finer of the two scales ("4980.000000" − "2600" →
 * "2380.000000"): a notebook states a difference it computed without a float.
 * @param {DecimalInput} a
 * @param {DecimalInput} b
 */
export function addDecimal(a, b) {
  return combine(a, b, 1n);
}

/** @param {DecimalInput} a @param {DecimalInput} b */
export function subtractDecimal(a, b) {
  return combine(a, b, -1n);
}

/** @param {DecimalInput} a @param {DecimalInput} b @param {bigint} sign */
function combine(a, b, sign) {
  const x = parse(a);
  const y = parse(b);
  const places = Math.max(x.frac.length, y.frac.length);
  const scaled = (/** @type {Decimal} */ d) => {
    const n = BigInt(d.int + d.frac.padEnd(places, "0"));
    return d.negative ? -n : n;
  };
  const sum = scaled(x) + sign * scaled(y);
  const digits = (sum < 0n ? -sum : sum).toString().padStart(places + 1, "0");
  const int = digits.slice(0, digits.length - places);
  return `${sum < 0n ? "-" : ""}${int}${places ? `.${digits.slice(digits.length - places)}` : ""}`;
}

/**
 * A signed change with a true minus sign (U+2212) and an explicit plus: formatSigned("-2380") → "−2,380.00",
 * formatSigned("0.42") → "+0.42", zero → "0.00".
 * @param {DecimalInput | null | undefined} amount
 * @param {{digits?: number}} [options]
 */
export function formatSigned(amount, {digits = 2} = {}) {
  if (missing(amount)) return DASH;
  const text = formatNumber(amount, {digits});
  if (text.startsWith("-")) return `\u2212${text.slice(1)}`;
  return /[1-9]/.test(text) ? `+${text}` : text;
}

/**
 * A float (axis tick, robust z score: never an amount) with thousands separators and `digits` decimals, rounded as
 * the float's toFixed does: formatFloat(-1.2345, 2) → "-1.23". null, undefined and NaN show a dash.
 * @param {number | null | undefined} n
 * @param {number} [digits]
 */
export function formatFloat(n, digits = 2) {
  if (n === null || n === undefined || Number.isNaN(n)) return DASH;
  if (typeof n !== "number" || !Number.isFinite(n)) throw new TypeError(`not a finite number: ${String(n)}`);
  const text = n.toFixed(digits);
  // Beyond 1e21 toFixed gives exponent notation: shown as is.
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return text;
  const d = {negative: m[1] === "-" && /[1-9]/.test(m[2] + (m[3] ?? "")), int: m[2], frac: m[3] ?? ""};
  return render(d);
}
