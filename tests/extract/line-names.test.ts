import {describe, expect, it} from "vitest";
import {extractDocument} from "../../pipeline/extract/extract.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import type {Extraction} from "../../pipeline/types.ts";

/**
 * A line of the 收支总表 stated in a sentence carries the name the table gives it, whatever the sentence wraps it in:
 * Jiangsu's "2．财政专户管理资金收入预算总计…", "单位预留机动经费预算数为…", "一般公共预算拨款安排的会议费预算支出…"
 * (the `(?<name>…)` groups of labels.csv). Hand-written in the patterns of 中共江苏省委办公厅's 2017 and 2019 narratives,
 * figures changed; before, the labels were the whole phrases and 其他资金收入预算总计 was not read at all.
 */
const ref = loadReference();
const extract = (raw: string): Extraction => extractDocument({raw, encoding: "utf-8", source: "示例.txt", docId: "fixture"}, ref);

const Y2017 = `示例省委办公厅2017年部门预算
一、收支预算总表情况说明
省委办公厅 2017 年度收入、支出预算总计 1000.00 万元。其中：
（一）收入预算总计 1000.00 万元。包括：
1．财政拨款收入预算总计 900.00 万元。
2．财政专户管理资金收入预算总计 100.00 万元。与上
年保持一致。
（二）支出预算总计 1000.00 万元。
此外，基本支出预算数为 500.00 万元。项目支出预算数为 450.00 万元。
单位预留机动经费预算数为 50.00 万元。与上年相同。
二、一般公共预算“三公”经费、会议费、培训费支出预算表情况说明
省委办公厅 2017 年度一般公共预算拨款安排的会议费
预算支出 93.50 万元，本年数与上年预算数一致。
省委办公厅 2017 年度一般公共预算拨款安排的培训费
预算支出 2.50 万元，本年数与上年预算数一致。
`;

const Y2019 = `示例省委办公厅2019年部门预算
一、收支预算总表情况说明
（一）收入预算总计1200.00万元。包括：
1．财政拨款收入预算总计1200.00万元。
2．财政专户管理资金收入预算总计0万元，与上年相比无变化。
3．其他资金收入预算总计0万元，与上年相比无变化。
单位预留机动经费预算数为293.82万元，主要是用于弥补人员经费缺口。
二、一般公共预算“三公”经费、会议费、培训费支出预算情况说明
江苏省委办公厅2019年度一般公共预算拨款安排的培训费预算支出30万元，比上年预算数增加5万元。
`;

const lines = (ex: Extraction, keys: string[]) => ex.facts.filter((f) => keys.includes(f.key)).map((f) => [f.key, f.label, f.amount]);
const KEYS = ["income.special_account", "income.other_funds", "expenditure.reserve", "meeting_cost", "training_cost"];

describe("a 收支总表 line stated in a sentence carries the table's name for it", () => {
  it("drops 收入预算总计, 预算数 and the 三公 qualifier with 预算支出 (2017 wording)", () => {
    expect(lines(extract(Y2017), KEYS)).toEqual([
      ["income.special_account", "财政专户管理资金", "100.00"],
      ["expenditure.reserve", "单位预留机动经费", "50.00"],
      ["meeting_cost", "会议费", "93.50"],
      ["training_cost", "培训费", "2.50"],
    ]);
  });

  it("reads 其他资金收入预算总计 and names the zero lines alike (2019 wording)", () => {
    const ex = extract(Y2019);
    expect(lines(ex, KEYS)).toEqual([
      ["income.special_account", "财政专户管理资金", "0"],
      ["income.other_funds", "其他资金", "0"],
      ["expenditure.reserve", "单位预留机动经费", "293.82"],
      ["training_cost", "培训费", "30"],
    ]);
    expect(ex.unplaced.map((u) => u.reason)).not.toContain('label not recognised: "其他资金收入预算总计"');
  });

  it("keeps the change of a renamed line under the same name", () => {
    expect(extract(Y2019).changes.filter((c) => c.key === "training_cost").map((c) => [c.label, c.delta])).toEqual([["培训费", "5"]]);
  });
});
