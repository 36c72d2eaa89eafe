import {describe, expect, it} from "vitest";
import {type CheckRecord, reasonOf, renderFindings} from "../../pipeline/cli/check-command.ts";

const rec = (o: Partial<CheckRecord>): CheckRecord => ({
  document: "a.pdf", unit: "某局", year: 2024, kind: "final", severity: "error", rule_id: "share_matches_amount",
  title: "占比与金额不符", status: "fail", line: 10, message: "m", quote: "q", expected: null, actual: null, ...o,
});

describe("gongkai check's report", () => {
  it("groups by document, orders by severity, and turns checks that could not be made into coverage lines", () => {
    const lines = renderFindings(
      [
        rec({severity: "info", rule_id: "stale_name", title: "使用已更名的科目名称", line: 3, message: "旧名"}),
        rec({severity: "error", line: 40, message: "一般公共服务支出 2106.66 占 71.73%，按合计 2940.05 计算为 71.6531%，应为 71.65%"}),
        rec({severity: "warning", rule_id: "text_vs_table", title: "正文与表格数字不一致", line: 20}),
        rec({severity: "info", status: "insufficient_data", rule_id: "prior_year_mismatch", title: "所述上年数与上年文件不符", message: "收入：本文件所述 2023 年数 5758.9，库中无 2023 年文件，无法核对"}),
        rec({severity: "info", status: "insufficient_data", rule_id: "prior_year_mismatch", title: "所述上年数与上年文件不符", message: "支出：本文件所述 2023 年数 12，库中无 2023 年文件，无法核对"}),
        rec({document: "b.txt", severity: "warning", rule_id: "function_path", title: "功能分类科目路径不符"}),
      ],
      "info",
    );
    const text = lines.join("\n");
    expect(lines[0]).toBe("\n■ a.pdf · 某局 2024 年决算（错误 1，警告 1，提示 1）");
    expect(text.indexOf("[错误]")).toBeLessThan(text.indexOf("[警告]"));
    expect(text.indexOf("[警告] 正文")).toBeLessThan(text.indexOf("[提示]"));
    expect(text).toContain("[错误] 占比与金额不符（share_matches_amount） · 第 40 行");
    expect(text).toContain("应为 71.65%");
    expect(text).toContain("· 未能核对：所述上年数与上年文件不符 2 项（库中无 2023 年文件，无法核对）");
    expect(text.indexOf("■ b.txt")).toBeGreaterThan(text.indexOf("未能核对"));
  });

  it("keeps below-threshold findings out but still counts them in the document line", () => {
    const lines = renderFindings([rec({severity: "info"}), rec({severity: "warning", line: 2})], "warning");
    expect(lines.filter((l) => l.startsWith("  ["))).toHaveLength(1);
  });

  it("says why a check could not be made without its figures", () => {
    expect(reasonOf("X 变动 5.2，所述变动率 3%，上年数为 0，无法核对")).toBe("上年数为 0，无法核对");
    expect(reasonOf("支出合计 12 占 5%：未找到其合计，无法核对")).toBe("未找到其合计，无法核对");
  });
});
