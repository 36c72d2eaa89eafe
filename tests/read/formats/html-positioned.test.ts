/** HTML pages that are a PDF's layout converted (one absolutely positioned box per text run), read as that PDF. */
import {describe, expect, it} from "vitest";
import {readDocument} from "../../../pipeline/read/read-document.ts";

/** One box as such converters write it: top/left in pt, no width. */
const box = (top: number, left: number, text: string, size = 9.4) =>
  `<div class="p" style="top:${top}pt;left:${left}pt;line-height:${size}pt;font-size:${size}pt;width:auto;position:absolute;">${text}</div>`;
const page = (...boxes: string[]) =>
  `<div class="page" style="width:595.0pt;height:842.0pt;overflow:hidden;position:relative;">${boxes.join("")}</div>`;
const html = (body: string) => `<html><head><meta charset="utf-8"></head><body><h1>2026年某局部门预算</h1>${body}</body></html>`;

// A 收支总表 as Shandong's portal publishes it: amounts right-aligned (their left edges differ), 合计 letter-spaced
// one box per character, the unit line above the header.
const table = page(
  box(60, 200, "收支总体情况表", 16),
  box(90, 45, "部门（单位）：某局"),
  box(90, 500, "单位：万元"),
  box(110, 45, "项目"),
  box(110, 240, "预算数"),
  box(110, 300, "项目"),
  box(110, 510, "预算数"),
  box(130, 45, "一、财政拨款收入"),
  box(130, 253.08, "28,685.65"),
  box(130, 300, "一、一般公共服务支出"),
  box(130, 521.76, "148.95"),
  box(150, 45, "三、事业收入（不含教育收费）"),
  box(150, 257.79, "1,429.17"),
  box(150, 300, "二、社会保障和就业支出"),
  box(150, 507.62, "30,114.85"),
  box(170, 73.69, "本"), box(170, 87.79, "年"), box(170, 101.89, "收"), box(170, 115.99, "入"), box(170, 130.09, "合"), box(170, 144.19, "计"),
  box(170, 253.08, "30,114.82"),
  box(170, 328.24, "本"), box(170, 342.34, "年"), box(170, 356.44, "支"), box(170, 370.54, "出"), box(170, 384.64, "合"), box(170, 398.74, "计"),
  box(170, 507.62, "30,263.80"),
);

describe("HTML of positioned text boxes", () => {
  it("its table is rebuilt from the boxes' positions: rows, columns, title and unit", async () => {
    const r = await readDocument(Buffer.from(html(table)), "a.html");
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]).toMatchObject({title: "收支总体情况表", unit: "万元"});
    expect(r.tables[0].rows).toEqual([
      ["项目", "预算数", "项目", "预算数"],
      ["一、财政拨款收入", "28,685.65", "一、一般公共服务支出", "148.95"],
      ["三、事业收入（不含教育收费）", "1,429.17", "二、社会保障和就业支出", "30,114.85"],
      ["本年收入合计", "30,114.82", "本年支出合计", "30,263.80"],
    ]);
  });

  it("its text is read line by line, as a PDF's is, and the ordinary blocks around it still are", async () => {
    const r = await readDocument(Buffer.from(html(table)), "a.html");
    const lines = r.text.split("\n");
    expect(lines[0]).toBe("2026年某局部门预算");
    expect(lines).toContain("一、财政拨款收入 28,685.65 一、一般公共服务支出 148.95");
  });

  it("a few positioned boxes (a floating badge) are no page: read as blocks", async () => {
    const r = await readDocument(Buffer.from(html(page(box(10, 10, "分享"), box(10, 60, "打印")))), "a.html");
    expect(r.tables).toEqual([]);
    expect(r.text).toContain("分享\n打印\n");
  });
});
