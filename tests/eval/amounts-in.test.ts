import {describe, expect, it} from "vitest";
import {amountsIn} from "../../pipeline/eval/findings.ts";

describe("amountsIn: the amounts a known defect cites", () => {
  it("an amount written in 元 is also cited in 万元, exactly, as findings state it", () => {
    const what = "“三公”经费预算合计 is stated as 804,395.02元, but its parts are 0.00 + 580,000.00 + 224,395.20 = 804,395.20元";
    const amounts = amountsIn(what);
    expect(amounts).toContain("804395.02");
    expect(amounts).toContain("80.439502");
    expect(amounts).toContain("80.43952");
    // 580,000.00 is followed by no unit: only as written.
    expect(amounts).not.toContain("58");
  });

  it("an amount in 万元 is not converted", () => {
    expect(amountsIn("收入总计 35,874.50万元")).toEqual(["35874.5"]);
    expect(amountsIn("差额 12.5 元")).toEqual(["12.5", "0.00125"]);
  });
});
