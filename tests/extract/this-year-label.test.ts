/** 本年 stays in a label where the vocabulary names the same key with it (本年财政拨款收入, 本年收入合计). */
import {describe, expect, it} from "vitest";
import {extractDocument} from "../../pipeline/extract/extract.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";

const ref = loadReference();
const labels = (kind: string, heading: string, body: string) =>
  extractDocument({raw: `北京市统计局2026年部门${kind}\n${heading}\n${body}\n`, encoding: "utf-8", source: "t.txt", docId: "t"}, ref).facts.map((f) =>
    [f.key, f.label, f.amount].join(" "),
  );

describe("本年 in a label", () => {
  it("Beijing budget: （一）本年财政拨款收入 50665.50 万元 is 本年财政拨款收入", () => {
    expect(labels("预算", "二、收入预算情况说明", "（一）本年财政拨款收入 50665.50 万元")).toEqual(["income.fiscal 本年财政拨款收入 50665.50"]);
  });

  it("a 决算 keeps it the same way, and a label written without it gets none", () => {
    expect(labels("决算", "一、收入决算情况说明", "本年收入合计1200.00万元。")).toEqual(["income.current_year 本年收入合计 1200.00"]);
    expect(labels("预算", "二、收入预算情况说明", "财政拨款收入800.00万元。")).toEqual(["income.fiscal 财政拨款收入 800.00"]);
  });
});
