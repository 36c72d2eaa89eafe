import {describe, expect, it} from "vitest";
import {
  addDecimal,
  compareDecimal,
  subtractDecimal,
  formatAmount,
  formatFloat,
  formatNumber,
  formatPct,
  formatWan,
  formatYi,
} from "../../site/src/components/format.js";

describe("site amount formatting (exact, on decimal strings)", () => {
  it("formats 万元 with thousands separators and two decimals", () => {
    expect(formatWan("3422.230000")).toBe("3,422.23 万元");
    expect(formatWan("0.920000")).toBe("0.92 万元");
    expect(formatWan("0")).toBe("0.00 万元");
    expect(formatWan("1234567.8")).toBe("1,234,567.80 万元");
    expect(formatWan("999")).toBe("999.00 万元");
    expect(formatWan("-2336.67")).toBe("-2,336.67 万元");
    expect(formatWan("+5")).toBe("5.00 万元");
    expect(formatWan(".5")).toBe("0.50 万元");
    expect(formatWan("0012.5")).toBe("12.50 万元");
  });

  it("rounds half-up on the string, where a float would not", () => {
    // 1.005 is 1.00499999999999989… as a double: toFixed(2) gives "1.00".
    expect((1.005).toFixed(2)).toBe("1.00");
    expect(formatWan("1.005")).toBe("1.01 万元");
    expect(formatWan("1.004999")).toBe("1.00 万元");
    expect(formatWan("9.995")).toBe("10.00 万元");
    expect(formatWan("99999.995")).toBe("100,000.00 万元");
    expect(formatWan("-1.005")).toBe("-1.01 万元");
    expect(formatWan("-0.004")).toBe("0.00 万元");
    // Beyond 2^53 digits stay exact.
    expect(formatWan("123456789012345678.125000")).toBe("123,456,789,012,345,678.13 万元");
  });

  it("honours digits", () => {
    expect(formatWan("3422.235", {digits: 0})).toBe("3,422 万元");
    expect(formatWan("3422.5", {digits: 0})).toBe("3,423 万元");
    expect(formatNumber("1.23456", {digits: 4})).toBe("1.2346");
  });

  it("formats 亿元 by moving the point four places", () => {
    expect(formatYi("19000")).toBe("1.90 亿元");
    expect(formatYi("18976.7551")).toBe("1.90 亿元");
    expect(formatYi("10000")).toBe("1.00 亿元");
    expect(formatYi("3422.23")).toBe("0.34 亿元");
    expect(formatYi("123456789.5")).toBe("12,345.68 亿元");
    expect(formatYi("-25050")).toBe("-2.51 亿元");
  });

  it("chooses 亿元 from 1 亿元 up", () => {
    expect(formatAmount("3422.230000")).toBe("3,422.23 万元");
    expect(formatAmount("9999.99")).toBe("9,999.99 万元");
    expect(formatAmount("9999.995")).toBe("1.00 亿元");
    expect(formatAmount("10000")).toBe("1.00 亿元");
    expect(formatAmount("18976.7551")).toBe("1.90 亿元");
    expect(formatAmount("-20000")).toBe("-2.00 亿元");
  });

  it("formats percentages already in percent", () => {
    expect(formatPct("12.3450")).toBe("12.35%");
    expect(formatPct("100.0000")).toBe("100.00%");
    expect(formatPct("5", {digits: 1})).toBe("5.0%");
  });

  it("shows a dash for missing values and rejects non-decimals", () => {
    expect(formatWan(null)).toBe("—");
    expect(formatAmount(undefined)).toBe("—");
    expect(formatPct("")).toBe("—");
    expect(() => formatWan("3,422.23")).toThrow(/not a decimal/);
    expect(() => formatWan("1e5")).toThrow(/not a decimal/);
    expect(() => formatWan("abc")).toThrow(/not a decimal/);
    expect(() => formatWan(Number.NaN as unknown as string)).toThrow(/not a decimal string/);
  });

  it("accepts bigints and rejects JS numbers (floats go through formatFloat)", () => {
    expect(formatWan(10n ** 20n)).toBe("100,000,000,000,000,000,000.00 万元");
    expect(formatNumber(-5n, {digits: 0})).toBe("-5");
    // 0.1 + 0.2 is 0.30000000000000004: a number never reaches the exact formatters, not even an integer one.
    expect(() => formatWan(0.1 + 0.2 as unknown as string)).toThrow(/not a decimal string.*formatFloat/);
    expect(() => formatNumber(12345 as unknown as string)).toThrow(/not a decimal string/);
    expect(() => formatPct(12.5 as unknown as string)).toThrow(/not a decimal string/);
    expect(() => compareDecimal(1 as unknown as string, "1")).toThrow(/not a decimal string/);
  });

  it("formats floats (axis ticks, robust z) with formatFloat", () => {
    expect(formatFloat(0.1 + 0.2)).toBe("0.30");
    expect(formatFloat(-1.2345)).toBe("-1.23");
    expect(formatFloat(1234567.891, 0)).toBe("1,234,568");
    expect(formatFloat(-0.001)).toBe("0.00");
    expect(formatFloat(3.5, 1)).toBe("3.5");
    expect(formatFloat(null)).toBe("—");
    expect(formatFloat(undefined)).toBe("—");
    expect(formatFloat(Number.NaN)).toBe("—");
    expect(() => formatFloat(Number.POSITIVE_INFINITY)).toThrow(/finite/);
  });

  it("compares decimals exactly", () => {
    expect(compareDecimal("3422.230000", "3422.23")).toBe(0);
    expect(compareDecimal("0.1", "0.09")).toBe(1);
    expect(compareDecimal("-1", "0")).toBe(-1);
    expect(compareDecimal("9007199254740993", "9007199254740992")).toBe(1);
  });
});

describe("signed changes", async () => {
  const {formatSigned} = await import("../../site/src/components/format.js");
  it("uses a true minus sign and an explicit plus", () => {
    expect(formatSigned("-2380.000000")).toBe("\u22122,380.00");
    expect(formatSigned("0.42")).toBe("+0.42");
    expect(formatSigned("0")).toBe("0.00");
    expect(formatSigned("-0.001")).toBe("0.00");
    expect(formatSigned(null)).toBe("—");
  });
});

describe("formatQuantity", () => {
  it("shows each amount in its own unit", async () => {
    const {formatQuantity} = await import("../../site/src/components/format.js");
    expect(formatQuantity("3422.230000", "万元")).toBe("3,422.23 万元");
    expect(formatQuantity("3.000000", "辆")).toBe("3 辆");
    expect(formatQuantity("100.000000", "%")).toBe("100.00%");
    expect(formatQuantity(null, "个")).toBe("—");
  });
});

describe("exact decimal sums for notebooks", () => {
  it("adds and subtracts decimal strings without a float", () => {
    expect(subtractDecimal("2600.000000", "4980.000000")).toBe("-2380.000000");
    expect(subtractDecimal("4980", "2600.5")).toBe("2379.5");
    expect(addDecimal("0.1", "0.2")).toBe("0.3");
    expect(addDecimal("-0.05", "0.04")).toBe("-0.01");
    expect(addDecimal("9007199254740993.000001", "1")).toBe("9007199254740994.000001");
    expect(subtractDecimal("1", "1")).toBe("0");
  });
});
