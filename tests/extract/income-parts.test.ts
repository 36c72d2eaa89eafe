/** A 其中 list that names an income total's parts by fund alone ("其中：一般公共预算X元，政府性基金0.00元"). */
import {describe, expect, it} from "vitest";
import {extractDocument} from "../../pipeline/extract/extract.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";

const ref = loadReference();
const facts = (body: string) =>
  extractDocument({raw: `昆明市人民政府办公室2026年部门预算\n三、预算单位收入情况\n${body}\n`, encoding: "utf-8", source: "t.txt", docId: "t"}, ref).facts.map((f) =>
    [f.key, f.basis, f.label, f.amount].filter((x) => x !== null).join(" "),
  );

describe("income parts named by fund after 其中", () => {
  it("Yunnan: 部门财务总收入X元，其中：一般公共预算X元，政府性基金0.00元，国有资本经营收益0.00元", () => {
    const got = facts(
      "2026年部门财务总收入80,778,193.86元，其中：一般公共预算80,778,193.86元，政府性基金0.00元，国有资本经营收益0.00元，事业收入0.00元，其他收入0.00元。",
    );
    expect(got).toContain("income.general_budget total 一般公共预算 8077.819386");
    expect(got).toContain("income.gov_fund total 政府性基金 0");
    expect(got).toContain("income.state_capital total 国有资本经营收益 0");
  });

  it("the same list under 财政拨款收入 takes that total's basis", () => {
    const got = facts("（二）财政拨款收入情况\n财政拨款收入900.00万元，其中：一般公共预算拨款850.00万元，政府性基金预算50.00万元。");
    expect(got.filter((f) => f.startsWith("income.general_budget") || f.startsWith("income.gov_fund"))).toEqual([
      "income.general_budget 一般公共预算拨款 850.00",
      "income.gov_fund 政府性基金预算 50.00",
    ]);
  });

  it("a fund named alone with no income total before its 其中 names no quantity: unplaced", () => {
    expect(facts("一般公共预算80.00万元，政府性基金20.00万元。").filter((f) => f.startsWith("income."))).toEqual([]);
    expect(facts("支出预算100.00万元，其中：一般公共预算80.00万元。").filter((f) => f.startsWith("income."))).toEqual([]);
  });
});
