import {afterAll, describe, expect, it} from "vitest";
import {doc, sqlFixture} from "../helpers/sql-fixture.ts";

/**
 * The text-hygiene family on lines in the patterns of real disclosures (重庆 2018 名词解释, 上海市普陀区 2024 名词解释,
 * 佛山 2019 三公 paragraph), each beside a clean line of the same shape that must give no finding.
 */
const clean = [
  "（一）财政拨款收入：是区级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款。",
  "2024年本部门收入预算1668.14万元，比2023年增加10.00万元，增长0.60%，主要原因是人员增加。",
  "3.公务接待费支出 0.16万元，主要用于接待其他省市交通局参观所产生的费用。",
  "四、其他重要事项的情况说明",
  "公务用车购置及运行维护费6.7万元（公务用车购置费0万元；公务用车运行维护费6.7万元。）比上年减少2.3万元，主要原因是厉行节约。",
  "2024 年 12 月 31 日，本部门共有车辆 2 辆。",
].join("\n");

const dirty = [
  "以下为常见专业名词解释，部门应根据实际情况进行解释和增减。",
  "（一）财政拨款收入：是市级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款。",
  "支出预算100万元，比上年增加（减少）5万元，主要原因是：。",
  "其他收入0.01万元，比上年增加0.01万元。。",
  "3.公务接待费支出 0.16万元，主要用于接待其他省市交通局参观所产生的费用",
  "四、其他重要事项的情况说明",
  "项目支出（“信访业务经费，共计 1 668.14万元，主要用于信访业务。",
].join("\n");

describe("text hygiene", async () => {
  const fx = await sqlFixture({
    documents: [
      doc({doc_id: "clean", unit: "上海市普陀区统计局", region_level: "county", text: clean}),
      doc({doc_id: "dirty", unit: "上海市普陀区统计局", region_level: "county", text: dirty}),
      doc({doc_id: "unit", unit: "福州市公安局治安管理支队", scope: "unit", text: "本部门2026年收入预算2796.14万元。"}),
    ],
  });
  afterAll(() => fx.close());
  const rows = () =>
    fx.rows(`select doc_id, rule_id, code, severity, message, span_start, span_end from check_results
             where rule_id in ('text_template_leftover', 'text_scope_wording', 'text_punctuation', 'number_split_digits') order by doc_id, span_start, rule_id`);

  it("finds nothing in clean text", async () => {
    expect((await rows()).filter((r) => r.doc_id === "clean")).toEqual([]);
  });

  it("finds each leftover, wording and punctuation defect with its span", async () => {
    const r = (await rows()).filter((x) => x.doc_id !== "clean");
    expect(r.map((x) => [x.doc_id, x.rule_id, x.code, x.severity])).toEqual([
      ["dirty", "text_template_leftover", "instruction", "warning"],
      ["dirty", "text_scope_wording", "municipal_in_district", "warning"],
      ["dirty", "text_template_leftover", "alternative", "warning"],
      ["dirty", "text_template_leftover", "empty_reason", "warning"],
      ["dirty", "text_punctuation", "doubled", "warning"],
      ["dirty", "text_punctuation", "unpaired", "warning"],
      ["dirty", "text_punctuation", "no_full_stop", "warning"],
      ["dirty", "number_split_digits", null, "warning"],
      ["unit", "text_scope_wording", "department_in_unit", "info"],
    ]);
    for (const x of r) expect(dirty.slice(x.span_start as number, x.span_end as number).length).toBeGreaterThan(0);
    expect(r.find((x) => x.rule_id === "number_split_digits")!.message).toBe("金额“1 668.14万元”的数字中间有空格，应为“1668.14万元”");
    const alt = r.find((x) => x.code === "alternative")!;
    expect(dirty.slice(alt.span_start as number, alt.span_end as number)).toBe("增加（减少）");
  });
});
