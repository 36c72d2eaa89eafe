import {describe, expect, it} from "vitest";
import {buildGrid} from "../../../pipeline/read/pdf/grid-build.ts";
import type {PdfItem, PdfLine} from "../../../pipeline/read/pdf/page-items.ts";
import type {TableBlock} from "../../../pipeline/read/pdf/table-blocks.ts";

/** An item of text: its start, its width (about one em per Han character at size 10) and its baseline. */
const item = (str: string, x0: number, y: number, width = str.length * 10): PdfItem => ({str, x0, x1: x0 + width, y, h: 10});
const line = (y: number, ...items: PdfItem[]): PdfLine => ({y, h: 10, items});
const block = (header: PdfLine[], body: PdfLine[]): TableBlock => ({title: "收支总表", unit: "元", header, body: [body], pages: [1]});

describe("PDF grid: columns fused by overlapping ranges are split", () => {
  it("a long label that runs into the amount column beside it does not glue labels and amounts together", () => {
    // The third label (x 40–180) reaches past the amount column's start (x 160): the union
    // of ranges alone makes one column of labels and amounts.
    const grid = buildGrid(
      block(
        [line(700, item("项目", 40, 700), item("预算数", 150, 700))],
        [
          line(680, item("一般公共预算拨款", 40, 680), item("18999011.66", 160, 680, 55)),
          line(660, item("事业收入", 40, 660), item("0", 205, 660, 10)),
          line(640, item("其他收入其他收入其他收入", 40, 640, 140), item("1200.00", 175, 640, 40)),
        ],
      ),
    );
    const body = grid.rows.slice(1);
    expect(body).toEqual([
      ["一般公共预算拨款", "18999011.66"],
      ["事业收入", "0"],
      ["其他收入其他收入其他收入", "1200.00"],
    ]);
  });

  it("a serial number set close to its label gets a column of its own", () => {
    const grid = buildGrid(
      block(
        [line(700, item("序号", 40, 700), item("项目", 60, 700), item("金额", 200, 700))],
        [
          line(680, item("1", 40, 680, 6), item("工资福利支出", 44, 680), item("500.00", 200, 680, 35)),
          line(660, item("2", 40, 660, 6), item("商品和服务支出", 44, 660), item("300.00", 200, 660, 35)),
        ],
      ),
    );
    expect(grid.rows.slice(1)).toEqual([
      ["1", "工资福利支出", "500.00"],
      ["2", "商品和服务支出", "300.00"],
    ]);
  });

  it("columns that are apart are left as they are (no split without two rows to show it)", () => {
    const grid = buildGrid(
      block(
        [line(700, item("项目", 40, 700), item("金额", 200, 700))],
        [line(680, item("工资福利支出", 40, 680), item("500.00", 200, 680, 35))],
      ),
    );
    expect(grid.rows.slice(1)).toEqual([["工资福利支出", "500.00"]]);
  });
});
