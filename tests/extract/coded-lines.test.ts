import {describe, expect, it} from "vitest";
import {extractDocument} from "../../pipeline/extract/extract.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";

/**
 * Hand-written lines in the pattern of Yunnan's budget narrative (no real document is copied): a function line is
 * written as its 7-digit code and the whole 类-款-项 path, under a line naming the funds; and 其中 parts of a total.
 */
const ref = loadReference();
const facts = (text: string) =>
  extractDocument({raw: text, encoding: "utf-8", source: "t.txt", docId: "fixture"}, ref).facts.map((f) =>
    [f.key, f.basis, f.code, f.label, f.amount].filter((x) => x !== null).join(" "),
  );

const DOC = `示例市某局2026年部门预算编制说明
四、预算单位支出情况
2026年部门预算总支出2,000,000.00元。财政拨款安排支出1,500,000.00元，其中：基本支出1,000,000.00元，项目支出500,000.00元。
财政拨款安排支出按功能科目分类情况，主要用于：
2010301一般公共服务支出-政府办公厅(室)及相关机构事务-行政运行1,200,000.00元，主要反映基本支出。
2080505社会保障和就业支出-行政事业单位养老支出-机关事业单位基本养老保险缴费300,000.00元，主要反映养老保险缴费。
2101101卫生健康支出-行政事业单位养老支出-行政单位医疗50,000.00元，主要反映医疗支出。
`;

describe("coded function lines and 其中 parts", () => {
  const got = facts(DOC);

  it("a code with its whole path is that function line, its funds those of the line introducing the list", () => {
    expect(got).toContain("expenditure.function fiscal 2010301 行政运行 120");
    expect(got).toContain("expenditure.function fiscal 2080505 机关事业单位基本养老保险缴费 30");
  });

  it("a path whose 款 is not the code's own is not placed by the code (no guessed fact)", () => {
    expect(got.filter((f) => f.includes("2101101"))).toEqual([]);
  });

  it("the parts after 其中 share the basis of the total just stated, not the section's all-funds basis", () => {
    expect(got).toContain("expenditure.total total 部门预算总支出 200");
    expect(got).toContain("expenditure.total fiscal 财政拨款安排支出 150");
    expect(got).toContain("expenditure.basic fiscal 基本支出 100");
  });
});
