/**
 * Identification from hand-made snippets in the patterns real disclosures use (no real document is copied here):
 * titles unit-first or year-first and split over cover lines, labelled lines, table captions, page headers,
 * signatures, the PDF's creation date, and what is said when identification is uncertain.
 */
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {identify} from "../../pipeline/identify/identify.ts";
import {isOrgName, orgNameAtStart, sameUnitName} from "../../pipeline/identify/unit-name.ts";
import {pdfDateToIso} from "../../pipeline/read/pdf/pdf-date.ts";
import {cleanText} from "../../pipeline/read/clean.ts";
import {decodeBytes} from "../../pipeline/read/decode.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import type {TableGrid} from "../../pipeline/read/grid.ts";
import {repoRoot} from "../helpers/shared.ts";

const {regions} = loadReference();
const BODY = "一、部门主要职责\n负责全市统计工作。\n二、收入预算情况说明\n2026年收入预算5,000.00万元。";
const id = (text: string, opts: Parameters<typeof identify>[3] = {}, path = "inbox/doc.pdf") => identify(cleanText(text), path, regions, opts);

describe("titles", () => {
  it("reads a one-line title, unit first or year first", () => {
    for (const title of ["北京市统计局2026年部门预算", "2026年北京市统计局部门预算", "北京市统计局 2026 年度部门预算公开"]) {
      const r = id(`${title}\n${BODY}`);
      expect([r.unit, r.year, r.kind, r.scope], title).toEqual(["北京市统计局", 2026, "budget", "department"]);
      expect(r.source).toMatchObject({unit: "title", year: "title", kind: "title", scope: "title"});
      expect(r.warnings).toEqual([]);
    }
  });

  it("joins a cover split over lines", () => {
    expect(id(`北京市统计局\n2026年部门预算\n${BODY}`)).toMatchObject({unit: "北京市统计局", year: 2026, kind: "budget"});
    expect(id(`2026年\n广州市统计局部门预算\n目 录\n${BODY}`)).toMatchObject({unit: "广州市统计局", year: 2026});
    expect(id(`国家信访局\n2024 年度部门决算\n二〇二五年七月\n目 录\n${BODY}`)).toMatchObject({unit: "国家信访局", year: 2024, kind: "final"});
    // A name broken inside itself: the whole name, never its last words.
    const r = id(`2026 年度\n福州市公安局治安管理\n支队\n单位预算\n目录\n${BODY}`);
    expect(r).toMatchObject({unit: "福州市公安局治安管理支队", year: 2026, kind: "budget", scope: "unit"});
  });

  it("drops the qualifiers written after a name (部门, 机关) and reads 综合预算 and 单位决算", () => {
    expect(id(`北京市统计局部门 2026 年度\n部门预算信息公开\n${BODY}`).unit).toBe("北京市统计局");
    const kunming = id(`首页\n政府信息公开\n昆明市人民政府办公室机关2026年预算公开\n${BODY}`);
    expect(kunming).toMatchObject({unit: "昆明市人民政府办公室", year: 2026, kind: "budget", scope: "department"});
    expect(kunming.source.scope).toBe("default");
    expect(id(`西安市气象局 2022 年部门综合预算\n${BODY}`)).toMatchObject({unit: "西安市气象局", year: 2022, scope: "department"});
    expect(id(`某县疾病预防控制中心2024年度单位决算\n${BODY}`)).toMatchObject({unit: "某县疾病预防控制中心", kind: "final", scope: "unit"});
  });

  it("reads a cover year in Chinese numerals and a 单位： line with a seal note", () => {
    const r = id(`二〇二四年度\n部门预算\n单位：某县农业农村局（盖章）\n${BODY}`);
    expect(r).toMatchObject({unit: "某县农业农村局", year: 2024, kind: "budget", source: {unit: "label", year: "title"}});
    expect(id(`收支预算总表\n单位：万元\n${BODY}`).source.unit).toBeNull();
  });

  it("keeps a district bureau's whole name", () => {
    expect(id(`上海市普陀区规划和自然资源局2024年度部门预算\n${BODY}`).unit).toBe("上海市普陀区规划和自然资源局");
    expect(id(`2024年\n上海市普陀区规划和自然资源局\n部门决算\n${BODY}`).unit).toBe("上海市普陀区规划和自然资源局");
  });

  it("takes the unit from a labelled line when the title names a region only", () => {
    const r = id(`上海市普陀区2023年区级部门预算\n预算主管部门：上海市普陀区人民政府万里街道办事处目 录\n一、部门主要职能\n${BODY}`);
    expect(r).toMatchObject({unit: "上海市普陀区人民政府万里街道办事处", year: 2023, kind: "budget", scope: "department"});
    expect(r.source).toMatchObject({unit: "label", year: "title"});
    expect(id(`江苏省2018年度\n省级部门预算公开报表\n部 门:中共江苏省委办公厅\n江苏省财政厅印制\n${BODY}`)).toMatchObject({unit: "中共江苏省委办公厅", year: 2018});
  });

  it("finds the title after a table of contents, and a sentence is no title", () => {
    const r = id(`目录\n第一部分 部门概况\n第二部分 2024年部门预算表\n第三部分 2024年部门预算情况说明\n某市财政局2024年部门预算\n${BODY}`);
    expect(r).toMatchObject({unit: "某市财政局", year: 2024, kind: "budget"});
    const prose = id(`一、概况\n本单位2024年部门预算收入合计100万元，比上年增加。\n`);
    expect(prose.source.unit).toBeNull();
    expect(prose.warnings.join(" ")).toMatch(/unit: not stated/);
  });
});

describe("labelled lines and captions (tables-only documents)", () => {
  it("votes among the labelled lines: a copy cut short does not win", () => {
    const page = "收支预算总表\n部门：中国共产党江苏省委员会办公厅 单位：万元\n项目名称 金额\n一、财政拨款 20,702.25\n";
    const text = `${page}${page}部门：中国共产党江苏省委员会办单位：万元\n2017年政府采购预算表\n部门：中国共产党江苏省委员会办公厅 单位：万元\n合计 1,774.70\n`;
    const r = id(text);
    expect(r).toMatchObject({unit: "中国共产党江苏省委员会办公厅", year: 2017, kind: "budget"});
    expect(r.source).toMatchObject({unit: "label", year: "caption", kind: "caption", scope: "default"});
    expect(r.warnings).toEqual([]);
  });

  it("reads 部门名称 cells and a （year） note under a caption", () => {
    const text = "预算01表 收支总表\n金额单位：万元\n一、一般公共预算拨款收入 50,665.496773\n预算13表 部门整体支出绩效目标表\n（2026年度）\n部门名称 北京市统计局\n";
    expect(id(text)).toMatchObject({unit: "北京市统计局", year: 2026, kind: "budget"});
  });

  it("cuts a labelled value at the next label", () => {
    expect(id(`一、概况\n部门名称：西安市气象局保密审查情况：已审查\n2022年部门综合预算收支总表\n`)).toMatchObject({unit: "西安市气象局", year: 2022});
    expect(id(`收支预算总表\n单位名称：广州市统计局 单位：万元\n2026年收支总体情况表\n`).unit).toBe("广州市统计局");
  });

  it("reads the unit and year of a caption that names them", () => {
    const r = id("上海市普陀区财政局2024年度收入支出决算总表\n单位：万元\n项目 决算数\n");
    expect(r).toMatchObject({unit: "上海市普陀区财政局", year: 2024, kind: "final"});
    expect(r.source.unit).toBe("caption");
  });

  it("reads tables kept out of the text (HTML, spreadsheets): their captions and header rows", () => {
    const grid: TableGrid = {title: "2024年部门收支预算总表", unit: "万元", rows: [["编制单位：某县财政局", "", "单位：万元"], ["项目", "预算数"], ["收入合计", "100.00"]], location: "sheet 1"};
    expect(id("", {tables: [grid]}, "inbox/tables.xlsx")).toMatchObject({unit: "某县财政局", year: 2024, kind: "budget"});
  });

  it("does not take a 单位预算's 主管部门 (its parent) for the unit", () => {
    const r = id(`2026 年度\n某市公安局治安管理支队\n单位预算\n项目名称 社会治安管理\n主管部门 某市公安局 实施单位 某市公安局治安管理支队\n`);
    expect(r).toMatchObject({unit: "某市公安局治安管理支队", scope: "unit"});
    expect(r.warnings).toEqual([]);
  });
});

describe("publication date", () => {
  it("reads a web page's header line", () => {
    const nav = "首页\n政府信息公开\n当前位置: 首页/财政预决算\n";
    expect(id(`${nav}昆明市人民政府办公室机关2026年预算公开\n来源: 昆明市人民政府办公室     2026-03-11 14:33     字号: [ 大 中 小 ]\n${BODY}`)).toMatchObject({published: "2026-03-11", source: {published: "page_header"}});
    expect(id(`${nav}2026年烟台市退役军人事务局部门预算\n日期:2026-01-30 16:32      来源:市退役军人局\n${BODY}`).published).toBe("2026-01-30");
    expect(id(`重庆市交通委员会2018年部门预算情况说明\n更新时间：2018-03-06\n${BODY}`).published).toBe("2018-03-06");
  });

  it("reads the signature at the end: the unit, then the date", () => {
    const r = id(`一、基本职能\n某州总工会负责全州工会工作。\n二、2024年收支预算情况\n2024年收入预算100万元。\n某州总工会\n2024年1月31\n日\n`);
    expect(r).toMatchObject({unit: "某州总工会", year: 2024, kind: "budget", published: "2024-01-31"});
    expect(r.source).toMatchObject({unit: "signature", published: "signature"});
  });

  it("reads a signature before page numbers, in Chinese numerals, or on one line; an as-of date is no signature", () => {
    const body = `某市统计局2026年部门预算\n${BODY}`;
    expect(id(`${body}\n某市统计局\n2026年2月10日\n- 9 -`)).toMatchObject({published: "2026-02-10", source: {published: "signature"}});
    expect(id(`${body}\n某市统计局\n二〇二六年二月十日\n— 13 —`).published).toBe("2026-02-10");
    expect(id(`${body}\n某市统计局（盖章）\n二〇二五年十二月三十一日`).published).toBe("2025-12-31");
    expect(id(`${body}\n某市统计局    2026年1月5日`).published).toBe("2026-01-05");
    expect(id(`${body}\n本部门固定资产情况统计截至\n2025年12月31日`).published).toBeNull();
    expect(id(`${body}\n二〇二六年十三月一日`).published).toBeNull();
  });

  it("falls back on the PDF's creation date, a stated date first, an implausible one left out with a warning", () => {
    const text = `国家信访局\n2024 年度部门决算\n${BODY}`;
    expect(id(text, {pdfCreated: "2025-07-25"})).toMatchObject({published: "2025-07-25", source: {published: "pdf_metadata"}});
    expect(id(`${text}\n国家信访局\n2025年7月20日`, {pdfCreated: "2025-07-25"}).published).toBe("2025-07-20");
    const odd = id(text, {pdfCreated: "2009-01-01"});
    expect(odd.published).toBeNull();
    expect(odd.warnings.join(" ")).toMatch(/published: 2009-01-01 .*implausible/);
  });

  it("turns a PDF date string into an ISO date", () => {
    expect(pdfDateToIso("D:20250725095034+08'00'")).toBe("2025-07-25");
    expect(pdfDateToIso("D:20230919084837+00'48'")).toBe("2023-09-19");
    expect(pdfDateToIso("20171129")).toBe("2017-11-29");
    expect(pdfDateToIso("D:2025")).toBeNull();
    expect(pdfDateToIso(undefined)).toBeNull();
  });
});

describe("uncertainty is said, never guessed silently", () => {
  it("says when the unit and year come from the path", () => {
    const r = identify("一、概况\n收入预算100万元。", "data/raw/四川省/阿坝藏族羌族自治州/2024/汶川县总工会.txt", regions);
    expect(r).toMatchObject({unit: "汶川县总工会", year: 2024, source: {unit: "path", year: "path"}});
    expect(r.region).toBe("四川省 › 阿坝藏族羌族自治州 › 汶川县");
    expect(r.warnings.join(" ")).toMatch(/unit: 汶川县总工会 taken from the file name.*year: 2024 taken from the file's path/);
  });

  it("says when the title and the labelled lines name different units", () => {
    const r = id(`某市财政局2024年部门预算\n部门：某市税务局 单位：万元\n${BODY}`);
    expect(r.unit).toBe("某市财政局");
    expect(r.warnings).toEqual(["unit: the title says 某市财政局, a labelled line says 某市税务局"]);
  });

  it("says when the title's year and the captions' disagree", () => {
    const r = id(`某市财政局2024年部门预算\n2023年部门收支预算总表\n2023年部门收入预算总表\n`);
    expect(r.year).toBe(2024);
    expect(r.warnings.join(" ")).toMatch(/year: the title says 2024, the table captions say 2023/);
  });
});

describe("the seed", () => {
  it("keeps its identity: signed 阿坝州总工会, 2024, a budget", () => {
    const path = "data/raw/四川省/阿坝藏族羌族自治州/2024/阿坝州总工会.txt";
    const {text} = decodeBytes(new Uint8Array(readFileSync(`${repoRoot}/${path}`)), path);
    const r = identify(cleanText(text), path, regions);
    expect(r).toMatchObject({unit: "阿坝州总工会", year: 2024, kind: "budget", scope: "department", published: "2024-01-31", region: "四川省 › 阿坝藏族羌族自治州"});
    expect(r.warnings).toEqual([]);
  });
});

describe("the unit-name grammar", () => {
  it("accepts names that end like an organisation and refuses regions, pronouns and phrases", () => {
    for (const n of ["阿坝州总工会", "中共江苏省委办公厅", "上海市普陀区人民政府万里街道办事处", "福州市公安局治安管理支队", "昆明市人民政府办公室", "某县疾病预防控制中心"]) expect(isOrgName(n), n).toBe(true);
    for (const n of ["江苏省", "上海市普陀区", "本部门", "各预算单位", "部门预算", "收支预算总表", "2024年财政局"]) expect(isOrgName(n), n).toBe(false);
  });

  it("finds the name at the start of a value that runs on", () => {
    expect(orgNameAtStart("西安市气象局保密审查情况")).toBe("西安市气象局");
    expect(orgNameAtStart("上海市普陀区人民政府万里街道办事处目录")).toBe("上海市普陀区人民政府万里街道办事处");
    expect(orgNameAtStart("合计")).toBeNull();
  });

  it("knows official long and short forms", () => {
    expect(sameUnitName("中国共产党江苏省委员会办公厅", "中共江苏省委办公厅")).toBe(true);
    expect(sameUnitName("江苏省委办公厅", "中共江苏省委办公厅")).toBe(true);
    expect(sameUnitName("资源局", "上海市普陀区规划和自然资源局")).toBe(false);
  });
});
