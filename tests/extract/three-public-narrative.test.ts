import {describe, expect, it} from "vitest";
import {extractDocument} from "../../pipeline/extract/extract.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import type {Extraction} from "../../pipeline/types.ts";

/**
 * The 三公 as budget narratives state them, in hand-written sentences of the patterns of real documents (no document
 * is copied): a total named with its funds and a 合计 (Yunnan), parts stated as "X费预算为…" under their subheadings
 * (Yunnan) or listed as "包括X预算…、Y预算…" (Beijing).
 */
const ref = loadReference();

function extract(text: string, source: string): Extraction {
  return extractDocument({raw: text, encoding: "utf-8", source, docId: "fixture"}, ref);
}

const brief = (ex: Extraction) =>
  ex.facts.filter((f) => f.key.startsWith("three_public.") && f.unit === "万元").map((f) => `${f.key} ${f.label} ${f.amount}`);

const KUNMING_LIKE = `示例市人民政府办公室机关2026年预算公开

七、部门“三公”经费增减变化情况及原因说明
示例市人民政府办公室机关2026年一般公共预算财政拨款“三公”经费预算合计804,395.02元，较上年增加0元，增长0.00%，具体变动情况如下：
（一）因公出国（境）费
示例市人民政府办公室机关2026年因公出国（境）费预算为0.00元，较上年减少0.00元，下降0.00%。
（二）公务接待费
示例市人民政府办公室机关2026年公务接待费预算为580000.00元，较上年增加0元，增长0.00%。
（三）公务用车购置及运行维护费
示例市人民政府办公室机关2026年公务用车购置及运行维护费为224,395.20元，较上年增加0.00元，增长0.00%。
`;

const BEIJING_LIKE = `示例市统计局2026年度部门预算

四、财政拨款“三公”经费预算情况说明
2026年财政拨款“三公”经费预算73.79万元，比2025年减少38.97万元。
（三）公务用车购置和运行维护费
2026年预算数27.42万元，包括公务用车购置费预算0万元、公务用车运行维护费预算27.42万元。
`;

describe("the 三公 total in a sentence", () => {
  it("may name its funds before it and end with 合计", () => {
    const facts = brief(extract(KUNMING_LIKE, "示例市人民政府办公室机关2026年预算公开.txt"));
    expect(facts).toContain("three_public.total 一般公共预算财政拨款“三公”经费预算合计 80.439502");
  });
});

describe("a part of the 三公 in a sentence", () => {
  it("is labelled by its item: the 预算 after it says which figure, not which item", () => {
    expect(brief(extract(KUNMING_LIKE, "示例市人民政府办公室机关2026年预算公开.txt"))).toEqual([
      "three_public.total 一般公共预算财政拨款“三公”经费预算合计 80.439502",
      "three_public.overseas 因公出国（境）费 0",
      "three_public.reception 公务接待费 58",
      "three_public.vehicle 公务用车购置及运行维护费 22.43952",
    ]);
    const listed = brief(extract(BEIJING_LIKE, "示例市统计局2026年度部门预算.txt"));
    expect(listed).toContain("three_public.vehicle_purchase 公务用车购置费 0");
    expect(listed).toContain("three_public.vehicle_operation 公务用车运行维护费 27.42");
    // The total keeps its words: 预算 there is part of how the document names the 三公 budget.
    expect(listed).toContain("three_public.total 财政拨款“三公”经费预算 73.79");
  });
});
