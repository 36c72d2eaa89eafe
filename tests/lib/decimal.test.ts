import {describe, expect, it} from "vitest";
import {add, agreesAtPrecision, compare, equal, neg, roundTo, shift, sub, sum, trimDec} from "../../pipeline/lib/decimal.ts";

describe("exact decimals", () => {
  it("adds and subtracts without float error", () => {
    expect(add("0.1", "0.2")).toBe("0.3");
    expect(sub("3422.23", "-2336.67")).toBe("5758.90");
    expect(sum(["-2380", "0.42", "0.92", "41.99"])).toBe("-2336.67");
  });
  it("converts 元 to 万元 keeping every digit", () => {
    expect(trimDec(shift("189767551", -4))).toBe("18976.7551");
    expect(shift("1.5", 4)).toBe("15000.0");
  });
  it("compares numerically across scales", () => {
    expect(equal("35.00", "35")).toBe(true);
    expect(compare("-0.01", "0")).toBe(-1);
    expect(neg("0")).toBe("0");
  });
  it("rounds half away from zero and judges agreement at the stated precision", () => {
    expect(roundTo("16497.864", 2)).toBe("16497.86");
    expect(roundTo("18976.7551", 2)).toBe("18976.76");
    expect(roundTo("-0.125", 2)).toBe("-0.13");
    expect(agreesAtPrecision("16497.86", "16497.864")).toBe(true);
    expect(agreesAtPrecision("16497.87", "16497.864")).toBe(false);
    expect(agreesAtPrecision("326.72", "326.71")).toBe(false);
  });
  it("refuses what is not a decimal", () => {
    expect(() => add("1e3", "1")).toThrow(/not a decimal/);
  });
});
