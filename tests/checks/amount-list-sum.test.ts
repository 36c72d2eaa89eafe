import {afterAll, describe, expect, it} from "vitest";
import {doc, sqlFixture} from "../helpers/sql-fixture.ts";

/**
 * amount_list_sum on the patterns of 西安市气象局 2022 (a block list: the line ends with 其中：, one economic class a
 * line, each with its change) and 烟台市退役军人事务局 2026 (an inline list with thousands separators across PDF line
 * breaks), figures changed; each with a clean twin, and a list naming only some parts.
 */
const xian = (total: string) =>
  [
    "  3、支出按经济科目分类的明细情况",
    `  2022 年本部门当年一般公共预算支出 ${total} 万元，其中：`,
    "  工资福利支出（301）478.83 万元，较上年增加 286.42 万元，原因是包含津补贴专项资",
    "金。",
    "     商品和服务支出（302）1421.06 万元，较上年增加 130.06 万元，原因是专项业务项目",
    "维持费增加。",
    "     （2）按照政府预算支出经济分类的类级科目说明。",
    "     机关资本性支出（503）10.00 万元。",
  ].join("\n");
const yantai = (total: string) =>
  `（一）收入预算：2026年收入预算${total}万元，其中：一般公共预算\n收入28,467.65万元，政府性基金预算收入218万元，事业收入1,429.17万\n元，事业单位经营收入1,202.53万元，其他收入1,154.15万元，上级补助收\n入3,403万元。`;

describe("amount_list_sum", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "xa", text: xian("1899.9")}),
      doc({doc_id: "xa_clean", text: xian("1899.89")}),
      doc({doc_id: "yt", text: yantai("35,874.49")}),
      doc({doc_id: "yt_clean", text: yantai("35,874.50")}),
      doc({doc_id: "partial", text: "2024年支出预算500.00万元，其中：基本支出40.25万元，占8.05%；项目支出80.25万元。"}),
    ],
  });
  afterAll(() => fx.close());
  const rows = () => fx.rows(`select doc_id, severity, status, message from check_results where rule_id = 'amount_list_sum' order by doc_id`);

  it("reports parts that miss their total by a rounding gap", async () => {
    const fails = (await rows()).filter((x) => x.status === "fail");
    expect(fails.map((x) => [x.doc_id, x.severity])).toEqual([
      ["xa", "warning"],
      ["yt", "warning"],
    ]);
    expect(fails[0].message).toContain("478.83 + 1421.06）之和为 1899.89，总数写作 1899.9");
    expect(fails[1].message).toContain("之和为 35874.5，总数写作 35874.49");
  });

  it("passes the clean twins and leaves a partial list unjudged", async () => {
    const r = await rows();
    expect(r.filter((x) => String(x.doc_id).endsWith("_clean")).map((x) => [x.doc_id, x.status])).toEqual([
      ["xa_clean", "pass"],
      ["yt_clean", "pass"],
    ]);
    expect(r.filter((x) => x.doc_id === "partial").map((x) => [x.status, x.severity])).toEqual([["insufficient_data", "info"]]);
  });
});
