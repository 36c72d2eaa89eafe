import {afterAll, describe, expect, it} from "vitest";
import {doc, sqlFixture} from "../helpers/sql-fixture.ts";

/**
 * change_list_sum on the sentence patterns of 烟台市退役军人事务局 2026 (an outer total whose 其中 is a numbered list,
 * each item with its own 其中) and a 江苏-style one-line breakdown, figures changed; each with a clean twin.
 */
const yantai = (total: string) =>
  [
    `（三）增减变化情况：2026年收支预算35,874.49万元，比上年减少${total}万元，其中：`,
    `1.收入预算减少${total}万元，其中一般公共预算收入减少31,847.8万`,
    "元，政府性基金预算收入减少37万元，事业收入增加72.7万元，事业单位经",
    "营收入减少268.09万元，其他收入增加1,147.66万元，上级补助收入增加",
    "3,403万元，使用非财政拨款结余减少4,768.48万元。",
    "2.支出预算减少32,298.02万元，其中基本支出减少1,716.66万元，项目支出减少30,581.36万元。",
    "3.收支预算减少的主要原因，一是优抚对象医疗保障资金一站式结算资金收支减少；二是军休经费收支减少。",
  ].join("\n");
// −31847.8 − 37 + 72.7 − 268.09 + 1147.66 + 3403 − 4768.48 = −32298.01
const jiangsu = (project: string) =>
  `2019年支出预算比上年增加120.50万元，其中：基本支出增加40.25万元，增长3.1%，项目支出增加${project}万元，主要原因是新增信息化项目，增加设备购置30.00万元。`;

describe("change_list_sum", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "yt", text: yantai("32,298.02")}),
      doc({doc_id: "yt_clean", text: yantai("32,298.01")}),
      doc({doc_id: "js", text: jiangsu("80.24")}),
      doc({doc_id: "js_clean", text: jiangsu("80.25")}),
      // a 其中 that names only one part of several is not judged
      doc({doc_id: "partial", text: "支出预算比上年增加500.00万元，其中：基本支出增加40.25万元，项目支出增加80.25万元。"}),
    ],
  });
  afterAll(() => fx.close());
  const rows = () => fx.rows(`select doc_id, severity, status, message from check_results where rule_id = 'change_list_sum' order by doc_id, status, message`);

  it("reports a listed breakdown that misses its total by a rounding gap", async () => {
    const fails = (await rows()).filter((x) => x.status === "fail");
    expect(fails.map((x) => [x.doc_id, x.severity])).toEqual([
      ["js", "warning"],
      ["yt", "warning"],
    ]);
    expect(fails[1].message).toContain("−31847.8 −37 +72.7 −268.09 +1147.66 +3403 −4768.48）之和为 -32298.01，总增减额写作 -32298.02");
    // the reason's own figure (设备购置 30.00) is not a part
    expect(fails[0].message).toContain("+40.25 +80.24）之和为 120.49");
  });

  it("passes the clean twins and leaves a partial list unjudged", async () => {
    const r = await rows();
    expect(r.filter((x) => String(x.doc_id).endsWith("_clean")).map((x) => [x.doc_id, x.status])).toEqual([
      ["js_clean", "pass"],
      ["yt_clean", "pass"],
      ["yt_clean", "pass"],
    ]);
    expect(r.filter((x) => x.doc_id === "partial").map((x) => [x.status, x.severity])).toEqual([["insufficient_data", "info"]]);
  });
});
