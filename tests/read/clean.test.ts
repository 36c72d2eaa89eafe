import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {cleanText, joinWrapped} from "../../pipeline/read/clean.ts";
import {hardWrap, toCRLF} from "../helpers/seed-variants.ts";
import {hasShared, sharedPath, sharedSkipReason} from "../helpers/shared.ts";
import {seedText} from "../helpers/fixtures/seed.ts";

const para = (n: number) => `第${n}页的正文内容，说明有关预算执行的情况。`;

describe("cleanText: debris", () => {
  it("normalises line ends and ends with one newline", () => {
    expect(cleanText("一、概况\r\n正文。\r\n\r\n\r\n")).toBe("一、概况\n正文。\n");
    expect(cleanText("甲。\r乙。")).toBe("甲。\n乙。\n");
    expect(cleanText(toCRLF("一、概况\n正文。\n"))).toBe(cleanText("一、概况\n正文。\n"));
  });

  it("removes [bookmark: …] markers wherever they are", () => {
    const raw = "[bookmark: _GoBack]1.以更高的站位加强职工思想引领。\n（二）2024年公务接待经费[bookmark: baidusnap1]1.42万元。\n";
    expect(cleanText(raw)).toBe("1.以更高的站位加强职工思想引领。\n（二）2024年公务接待经费1.42万元。\n");
  });

  it("trims indents of ASCII spaces, tabs, U+3000 and NBSP, and turns inner U+3000 runs into one space", () => {
    expect(cleanText("\u3000\u3000一般公共服务支出3286.67万元。\u3000\u3000\n \t\u00a0正文。\n")).toBe(
      "一般公共服务支出3286.67万元。\n正文。\n",
    );
    expect(cleanText("放飞希望\u3000\u3000绽放微笑。\n")).toBe("放飞希望 绽放微笑。\n");
  });

  it("removes page markers and page-number lines of every common shape", () => {
    const raw = [
      "=== page 1 ===",
      "一、部门概况",
      para(1),
      "- 1 -",
      "=== page 2 ===",
      "2",
      "二、收支情况",
      "— 2 —",
      para(2),
      "第3页",
      para(3),
      "第 4 页 共 10 页",
      para(4),
      "5/10",
      para(5),
      "\f",
      para(6),
    ].join("\n");
    const body = [1, 2, 3, 4, 5, 6].map(para);
    expect(cleanText(raw)).toBe(["一、部门概况", body[0], "二、收支情况", ...body.slice(1)].join("\n") + "\n");
  });

  it("keeps a bare number that is not where a page number sits (a table cell)", () => {
    expect(cleanText("项目\n金额\n0\n合计\n")).toBe("项目\n金额\n0\n合计\n");
    // Alone between blank lines it is a page number; the blank lines of the page break go with it.
    expect(cleanText("正文。\n\n12\n\n正文。\n")).toBe("正文。\n正文。\n");
  });

  it("does not take a sentence that recurs at page tops for a running header", () => {
    const raw = [1, 2, 3].map((n) => `=== page ${n} ===\n正文。\n${para(n)}`).join("\n");
    expect(cleanText(raw).match(/^正文。$/gm)).toHaveLength(3);
  });

  it("removes a running header repeated on 3+ pages, keeps a one-off similar line", () => {
    const header = "某某局2024年部门预算";
    const pages = [1, 2, 3, 4].map((n) => `=== page ${n} ===\n${header}\n${para(n)}`);
    const raw = `某某局2024年部门预算公开\n${pages.join("\n")}\n附注：${header}\n`;
    const out = cleanText(raw);
    expect(out).toBe(`某某局2024年部门预算公开\n${[1, 2, 3, 4].map(para).join("\n")}\n附注：${header}\n`);
  });

  it("removes a running footer before page numbers, but not one on only two pages", () => {
    const pages = (footer: string, n: number) =>
      Array.from({length: n}, (_, i) => `${para(i + 1)}\n${footer}\n- ${i + 1} -`).join("\n");
    expect(cleanText(pages("某某局办公室印", 3))).toBe([1, 2, 3].map(para).join("\n") + "\n");
    expect(cleanText(pages("某某局办公室印", 2))).toContain("某某局办公室印");
  });

  it("keeps a repeated unit line and a repeated totals row of table pages", () => {
    const pages = [1, 2, 3].map((n) => `=== page ${n} ===\n部门：某某局 单位：万元\n表${n}\n合计 1,234.50 1,234.50`);
    const out = cleanText(pages.join("\n"));
    expect(out.match(/单位：万元/g)).toHaveLength(3);
    expect(out.match(/合计 1,234.50/g)).toHaveLength(3);
  });

  it("strips table-of-contents leaders and page numbers, keeping the heading text", () => {
    const raw = "目 录\n一、部门主要职能………………… 12\n二、部门机构设置.......3\n三、名词解释……………………………………\n";
    expect(cleanText(raw)).toBe("目 录\n一、部门主要职能\n二、部门机构设置\n三、名词解释\n");
    // A prose ellipsis is not a leader.
    expect(cleanText("主要包括办公费、印刷费……\n")).toBe("主要包括办公费、印刷费……\n");
  });

  it("collapses runs of blank lines to one", () => {
    expect(cleanText("\n\n甲。\n\n\n\n乙。\n\n")).toBe("甲。\n\n乙。\n");
  });
});

describe("cleanText: joining hard-wrapped lines", () => {
  it("joins a sentence and a number split across lines, with no space", () => {
    expect(cleanText("预算总计24458.43万\n元，与上年相比增加\n1392.80\n万元。\n")).toBe(
      "预算总计24458.43万元，与上年相比增加1392.80万元。\n",
    );
  });

  it("joins a sentence across a page break", () => {
    const raw = "与上年相比收、支预算总计各增加3608.98万元，增长\n=== page 6 ===\n4\n17.31%。主要原因是人员经费调增。\n";
    expect(cleanText(raw)).toBe("与上年相比收、支预算总计各增加3608.98万元，增长17.31%。主要原因是人员经费调增。\n");
  });

  it("does not join after sentence-final punctuation, closing brackets included", () => {
    expect(cleanText("主要用于：\n基本工资。\n（详见附表）\n说明如下（略。）\n正文")).toBe(
      "主要用于：\n基本工资。\n（详见附表）\n说明如下（略。）\n正文\n",
    );
  });

  it("keeps headings and list items on their own lines", () => {
    const raw = [
      "三、收支预算情况说明",
      "（一）收入预算情况",
      "(二)支出预算情况",
      "1、基本职能",
      "2．一般公共服务支出，主要用于",
      "1.以更高的站位加强职工思想引领",
      "（1）一般公共预算收入",
      "(2)政府性基金收入",
      "第一部分 部门概况",
      "附件",
      "阿坝州总工会",
      "2024年1月31日",
    ].join("\n");
    expect(cleanText(raw)).toBe(raw.replace("主要用于\n1.", "主要用于\n1.") + "\n");
  });

  it("reads 1.5 at a line start as a number, not a list item", () => {
    expect(cleanText("比上年增长了百分之一点五，即增长了\n1.5个百分点。\n")).toBe(
      "比上年增长了百分之一点五，即增长了1.5个百分点。\n",
    );
  });

  it("does not glue table cells into one number", () => {
    expect(cleanText("30201 办公费 489.30\n30205 水费 46.00\n")).toBe("30201 办公费 489.30\n30205 水费 46.00\n");
    expect(cleanText("合计 24,458.43 10,403.11\n一般公共预算\n")).toBe("合计 24,458.43 10,403.11\n一般公共预算\n");
  });

  it("joins wrapped items that look like headings when they fill the page width", () => {
    // A hard-wrapped text: most run-on lines are ~28 CJK characters wide.
    const body = Array.from({length: 8}, (_, i) => `${i + 1}．负责省委重要工作部署贯彻落实的督促检查的第${i + 1}项\n内容。`);
    const raw = ["一、主要职能", ...body, "九、一般公共预算“三公”经费、会议费、培训费支出预算", "情况说明", "正文。"].join("\n");
    const out = cleanText(raw).split("\n");
    expect(out).toContain("1．负责省委重要工作部署贯彻落实的督促检查的第1项内容。");
    expect(out).toContain("九、一般公共预算“三公”经费、会议费、培训费支出预算情况说明");
    expect(out).toContain("正文。");
  });
});

describe("cleanText: text written one paragraph per line", () => {
  it("joins nothing: a line without its 。 there is a title, a label or a list item", () => {
    const paragraphs = Array.from({length: 6}, (_, i) => `（${"一二三四五六"[i]}）${para(i + 1)}这一段足够长，不会被当成标题。`);
    const raw = ["重庆市交通委员会2018年部门预算情况说明", "更新时间：2018-03-06", ...paragraphs, "重庆市公路局(包含机关)"].join("\n");
    expect(cleanText(raw)).toBe(raw + "\n");
  });
});

describe("cleanText: the seed document", () => {
  const seed = seedText();
  const HEADING_START = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．.])/;

  it("is idempotent", () => {
    const once = cleanText(seed);
    expect(cleanText(once)).toBe(once);
  });

  it("cleans the seed hard-wrapped at 40 chars with page numbers to the same text", () => {
    const direct = cleanText(seed);
    const wrapped = cleanText(hardWrap(seed, 40, {pageEvery: 25}));
    expect(wrapped.replace(/\n/g, "")).toBe(direct.replace(/\n/g, ""));
    expect(wrapped).not.toMatch(/^- \d+ -$/m);
    const starts = new Set(wrapped.split("\n"));
    const headings = direct.split("\n").filter((line) => HEADING_START.test(line));
    expect(headings.length).toBeGreaterThan(20);
    for (const heading of headings) {
      // A short heading keeps its exact line; a long item (a heading marker opening a paragraph) must still open one.
      if ([...heading].length <= 30) expect(starts.has(heading), heading).toBe(true);
      else expect([...starts].some((line) => line.startsWith(heading.slice(0, 12))), heading).toBe(true);
    }
  });

  it("cleans the CRLF seed like the LF seed", () => {
    expect(cleanText(toCRLF(seed))).toBe(cleanText(seed));
  });
});

const realSuite = hasShared ? "cleanText: a real PDF text layer" : `real-document tests skipped: ${sharedSkipReason}`;
describe.skipIf(!hasShared)(realSuite, () => {
  const raw = hasShared ? readFileSync(sharedPath("real", "004_jiangsu-swbgt-2018-yusuan-text.txt"), "utf8") : "";

  it("re-joins the sentence the PDF split as 24458.43万 / 元, and drops page furniture", () => {
    const lines = cleanText(raw).split("\n");
    expect(lines.some((l) => l.includes("江苏省委办公厅2018年度收入、支出预算总计24458.43万元"))).toBe(true);
    expect(lines.some((l) => l.includes("=== page"))).toBe(false);
    expect(lines.filter((l) => /^\d+$/.test(l))).toEqual([]);
  });

  it("keeps the section headings at line starts", () => {
    const lines = cleanText(raw).split("\n");
    for (const heading of ["第三部分 2018年度部门预算情况说明", "一、收支预算总体情况说明", "（一）收入预算总计24458.43万元。包括："]) {
      expect(lines).toContain(heading);
    }
  });
});

describe("classification paths broken before their level marker", () => {
  it("joins “（项）” back onto the line it continues", () => {
    const lines = ["1．党委办公厅（室）及相关机构事务（款）行政运行", "（项）支出 6106.99 万元，与上年相比增加 101.48 万元，"];
    expect(joinWrapped(lines)).toEqual(["1．党委办公厅（室）及相关机构事务（款）行政运行（项）支出 6106.99 万元，与上年相比增加 101.48 万元，"]);
  });
});
