/** Spreadsheet numbers → exact decimal strings: shortest round-trip, no float arithmetic, display kept when equal. */
import * as XLSX from "@e965/xlsx";
import {describe, expect, it} from "vitest";
import {numberText, plainDecimal} from "../../../pipeline/read/formats/cell-text.ts";
import {readDocument} from "../../../pipeline/read/read-document.ts";

describe("numberText", () => {
  it("gives the amount as typed, not the double's long expansion", () => {
    expect(numberText(3422.23, undefined, "3422.23")).toBe("3422.23");
    expect(numberText(34222300, "General", "34222300")).toBe("34222300");
    expect(numberText(0.1, undefined, undefined)).toBe("0.1");
  });

  it("keeps the display when it is the same number (trailing zeros, separators dropped)", () => {
    expect(numberText(35, "#,##0.00", "35.00")).toBe("35.00");
    expect(numberText(34222300, "#,##0.00", "34,222,300.00")).toBe("34222300.00");
    expect(numberText(-2336.67, "#,##0.00;(#,##0.00)", "(2,336.67)")).toBe("-2336.67");
  });

  it("keeps the stored value when a format rounds real digits away", () => {
    expect(numberText(3422.23, "0", "3422")).toBe("3422.23");
  });

  it("shows formula float noise as displayed (NOTE: =B4-B5 stores 3422.2299999999996)", () => {
    const noisy = 5758.9 - 2336.67;
    expect(String(noisy)).not.toBe("3422.23");
    expect(numberText(noisy, "0.00", "3422.23")).toBe("3422.23");
    expect(numberText(0.1 + 0.2, "0.00", "0.30")).toBe("0.30");
  });

  it("percent formats: the decimal point moves on the string", () => {
    expect(numberText(0.9604, "0.00%", "96.04%")).toBe("96.04%");
    expect(numberText(0.021, "0.0%", "2.1%")).toBe("2.1%");
  });

  it("expands exponent forms without arithmetic", () => {
    expect(plainDecimal(1e-7)).toBe("0.0000001");
    expect(plainDecimal(1.5e21)).toBe("1500000000000000000000");
    expect(plainDecimal(-2.5e-8)).toBe("-0.000000025");
  });
});

describe("cells in a real workbook", () => {
  it("a formula result with float noise, a date and a text code read as displayed", async () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ["项目", "金额"],
      ["合计", 5758.9 - 2336.67],
      ["日期", 45322],
      ["科目编码", "2012901"],
    ]);
    sheet.B2.z = "0.00";
    sheet.B3.z = "yyyy-mm-dd";
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "表1");
    const r = await readDocument(XLSX.write(book, {type: "buffer", bookType: "xlsx"}), "t.xlsx");
    expect(r.tables[0].rows).toEqual([
      ["项目", "金额"],
      ["合计", "3422.23"],
      ["日期", "2024-01-31"],
      ["科目编码", "2012901"],
    ]);
  });
});
