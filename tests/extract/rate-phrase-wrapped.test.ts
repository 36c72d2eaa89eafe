import {describe, expect, it} from "vitest";
import {extractDocument} from "../../pipeline/extract/extract.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import type {Extraction} from "../../pipeline/types.ts";

/**
 * A completion rate whose phrase a PDF text layer broke: a line break inside 预算 ("完成年初预\n算的 100.71%", as
 * 国家信访局 2024's text layer has it for 行政运行 and 信访业务) and letter-spacing ("完 成 预 算 的99.95%", its 公务用车
 * line; there the whole line is letter-spaced, its label too, and the 决算数 is read from the next section's sentence,
 * so that rate stays unplaced: no 决算数 in its sentence to be the rate of). Hand-written in those patterns; before, each rate was unplaced as "neither a share nor a change".
 */
const ref = loadReference();

const FINAL = `示例市统计局2024年度部门决算

第三部分 示例市统计局2024年度部门决算情况说明
五、一般公共预算财政拨款支出决算情况说明
（三）财政拨款支出决算具体情况
示例市统计局2024年度财政拨款支出年初预算为1000.00万元，支出决算为980.00万元，完成年初预算的98.00%。其中：
1.一般公共服务（类）统计信息事务（款）行政运行（项）。年
初预算为500.00万元，支出决算为510.00万元，完成年初预
算的 102.00%。
七、一般公共预算财政拨款“三公”经费支出决算情况说明
示例市统计局2024年度“三公”经费财政拨款支出预算为20.00万元，支出决算为15.00万元，完成预算的75.00%。其中：
公务用车购置及运行费支出决算为 8.00 万元，完 成 预 算 的80.00%；公务接待费支出决算为 2.00 万元，完成预算 的 40.00%。
注：预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数。
`;

const extract = (text: string): Extraction => extractDocument({raw: text, encoding: "utf-8", source: "示例市统计局2024年度部门决算.txt", docId: "fixture"}, ref);

describe("a completion rate whose phrase the text layer broke", () => {
  const ex = extract(FINAL);
  const actual = (key: string, code: string | null = null) =>
    ex.facts.filter((f) => f.key === key && f.measure === "actual" && (code === null || f.code === code)).map((f) => [f.amount, f.rate_pct, f.rate_base]);

  it("keeps a rate broken by a line break inside 预算 with its 决算数", () => {
    expect(actual("expenditure.function", "2010501")).toEqual([["510.00", "102.00", "budget_initial"]]);
  });

  it("keeps a letter-spaced rate, and one with a space before 的, with theirs", () => {
    expect(actual("three_public.vehicle")).toEqual([["8.00", "80.00", "budget_adjusted"]]);
    expect(actual("three_public.reception")).toEqual([["2.00", "40.00", "budget_adjusted"]]);
  });

  it("leaves no rate of these sentences unplaced", () => {
    expect(ex.unplaced.filter((u) => /%$/.test(u.as_written ?? "")).map((u) => u.as_written)).toEqual([]);
  });
});
