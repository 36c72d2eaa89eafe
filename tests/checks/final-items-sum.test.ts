import {afterAll, describe, expect, it} from "vitest";
import {doc, sqlFixture} from "../helpers/sql-fixture.ts";

/**
 * final_items_sum on the 决算 template's "财政拨款支出决算具体情况" in the sentence patterns of 上海市普陀区财政局 2024
 * and 国家信访局 2024 (line breaks inside words as their PDF text layers print them), figures changed: a total, then
 * one sentence per 项. Each dirty document has a clean twin of the same shape.
 */
const text = (total: [string, string], items: [string, string][], opts: {breaks?: boolean} = {}) =>
  [
    "（三）财政拨款支出决算具体情况",
    `本单位2024年度一般公共预算财政拨款支出年初预算为${total[0]}万元，支出决算为${total[1]}万元，完成年初预算的98.20%。其中：`,
    ...items.map(([b, f], i) =>
      opts.breaks
        ? `  ${i + 1}.一般公共服务（类）信访事务（款）行政运行（项）。年\n初预算为 ${b} 万元，支出决算为 ${f} 万元，完成年初预\n算的 90.00%。决算数小于预算数的主要原因是厉行节约。`
        : `${i + 1}.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：退休人员经费支出。年初预算为 ${b} 万元，支出决算为${f}万元。`,
    ),
    "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%。",
    "六、一般公共预算财政拨款基本支出决算情况说明",
  ].join("\n");

const items: [string, string][] = [["1560.05", "1511.89"], ["10.00", "10.00"], ["135.90", "135.25"]];

describe("final_items_sum", async () => {
  const fx = await sqlFixture({
    documents: [
      // 1560.05 + 10.00 + 135.90 = 1705.95 (stated 1705.94); 1511.89 + 10.00 + 135.25 = 1657.14 (stated 1657.14)
      doc({doc_id: "sh", text: text(["1705.94", "1657.14"], items)}),
      doc({doc_id: "sh_clean", text: text(["1705.95", "1657.14"], items)}),
      doc({doc_id: "xf", text: text(["1705.95", "1657.13"], items, {breaks: true})}),
      doc({doc_id: "xf_clean", text: text(["1705.95", "1657.14"], items, {breaks: true})}),
      // only the main items listed: a gap no rounding explains is not judged
      doc({doc_id: "partial", text: text(["2705.95", "2657.14"], items)}),
    ],
  });
  afterAll(() => fx.close());
  const rows = () =>
    fx.rows(`select doc_id, severity, status, message, quote from check_results where rule_id = 'final_items_sum' order by doc_id, message`);

  it("reports a list that misses its total by a rounding gap, and names the figures", async () => {
    const r = await rows();
    const fails = r.filter((x) => x.status === "fail");
    expect(fails.map((x) => [x.doc_id, x.severity])).toEqual([
      ["sh", "warning"],
      ["xf", "warning"],
    ]);
    expect(fails[0].message).toContain("1560.05 + 10 + 135.9 = 1705.95，总数写作 1705.94");
    expect(fails[1].message).toContain("1657.13");
    expect(String(fails[0].quote)).toContain("年初预算为1705.94万元");
  });

  it("passes the clean twins, and leaves a partial list unjudged", async () => {
    const r = await rows();
    expect(r.filter((x) => String(x.doc_id).endsWith("_clean")).every((x) => x.status === "pass")).toBe(true);
    expect(r.filter((x) => String(x.doc_id).endsWith("_clean")).length).toBe(4);
    expect(r.filter((x) => x.doc_id === "partial").map((x) => [x.status, x.severity])).toEqual([
      ["insufficient_data", "info"],
      ["insufficient_data", "info"],
    ]);
  });
});
