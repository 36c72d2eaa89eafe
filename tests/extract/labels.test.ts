import {describe, expect, it} from "vitest";
import {stripLabel} from "../../pipeline/extract/labels.ts";

describe("stripLabel: the unit's name and the year before a label", () => {
  it("the name's 机关 before a year goes with the name, leaving the label", () => {
    expect(stripLabel("昆明市人民政府办公室机关2026年机关运行经费安排", "昆明市人民政府办公室")).toBe("机关运行经费安排");
    expect(stripLabel("山东省财政厅机关2025年“三公”经费预算", "山东省财政厅")).toBe("“三公”经费预算");
  });

  it("机关 that is the label's own first word stays (机关运行经费)", () => {
    expect(stripLabel("昆明市人民政府办公室机关运行经费", "昆明市人民政府办公室")).toBe("机关运行经费");
  });

  it("部门/本级 right after the name goes with it", () => {
    expect(stripLabel("北京市统计局部门政府采购预算总额", "北京市统计局")).toBe("政府采购预算总额");
  });
});
