/** Portal pages: charset sniffing, furniture, layout tables vs data tables, merged cells. */
import iconv from "iconv-lite";
import {describe, expect, it} from "vitest";
import {readDocument} from "../../../pipeline/read/read-document.ts";

const page = (body: string, head = '<meta charset="utf-8">') =>
  `<html><head>${head}<title>标题</title></head><body>${body}</body></html>`;

describe(".html pages", () => {
  it("GBK declared by http-equiv meta is decoded with iconv-lite", async () => {
    const html = page(
      "<p>收入预算3422.23万元。</p>",
      '<meta http-equiv="Content-Type" content="text/html; charset=GB2312">',
    );
    const r = await readDocument(iconv.encode(html, "gbk"), "a.html");
    expect(r).toMatchObject({encoding: "gb18030", text: "收入预算3422.23万元。\n"});
  });

  it("a page that is valid UTF-8 is UTF-8 whatever its meta claims (NOTE: stale gb2312 templates)", async () => {
    const r = await readDocument(Buffer.from(page("<p>支出预算</p>", '<meta charset="gb2312">')), "a.htm");
    expect(r).toMatchObject({encoding: "utf-8", text: "支出预算\n"});
  });

  it("a UTF-8 BOM and no meta", async () => {
    const r = await readDocument(Buffer.from("\ufeff" + page("<div>一、概况</div>", "")), "a.html");
    expect(r).toMatchObject({encoding: "utf-8-bom", text: "一、概况\n"});
  });

  it("block elements become lines; <br> breaks; inline markup and source newlines do not", async () => {
    const r = await readDocument(
      Buffer.from(
        page(
          "<div><h2>一、概况</h2><p>本年<b>收入</b>\n  3422.23万元。<br>其中：</p><ul><li>甲</li><li>乙</li></ul></div>",
        ),
      ),
      "a.html",
    );
    expect(r.text).toBe("一、概况\n本年收入 3422.23万元。\n其中：\n甲\n乙\n");
  });

  it("drops nav, header, footer, aside, script and style but keeps an article's own header", async () => {
    const body =
      "<header>门户</header><nav>首页</nav><article><header><h1>阿坝州总工会2024年部门预算</h1></header><p>正文</p></article><aside>热点</aside><footer>版权</footer><script>x()</script><style>p{}</style>";
    const r = await readDocument(Buffer.from(page(body)), "a.html");
    expect(r.text).toBe("阿坝州总工会2024年部门预算\n正文\n");
  });

  it("a layout table (one column, or cells of prose) is read as text; a data table becomes a grid", async () => {
    const layout =
      "<table><tr><td><p>一、概况</p><p>第一句。第二句。第三句。第四句。</p></td></tr><tr><td>二、说明</td></tr></table>";
    const data =
      '<p>收支预算总表</p><p>单位：万元</p><table><tr><th colspan="2">收入</th><th rowspan="2">备注</th></tr><tr><td>项目</td><td>预算数</td></tr><tr><td>一般公共预算拨款收入</td><td>3,422.23</td><td>&nbsp;</td></tr></table>';
    const r = await readDocument(Buffer.from(page(layout + data)), "a.html");
    expect(r.text).toBe("一、概况\n第一句。第二句。第三句。第四句。\n二、说明\n收支预算总表\n单位：万元\n");
    expect(r.tables).toEqual([
      {
        title: "收支预算总表",
        unit: "万元",
        rows: [
          ["收入", "", "备注"],
          ["项目", "预算数", ""],
          ["一般公共预算拨款收入", "3,422.23", ""],
        ],
        location: "table 1",
      },
    ]);
  });

  it("a caption names the table and its unit", async () => {
    const r = await readDocument(
      Buffer.from(
        page(
          "<table><caption>“三公”经费支出预算表（单位：元）</caption><tr><td>合计</td><td>公务接待费</td></tr><tr><td>273400</td><td>14200</td></tr></table>",
        ),
      ),
      "a.html",
    );
    expect(r.tables[0]).toMatchObject({title: "“三公”经费支出预算表", unit: "元"});
  });

  it("an .xls that is really an HTML table (a CMS export) is read as HTML", async () => {
    const r = await readDocument(
      Buffer.from(page("<table><tr><td>项目</td><td>金额</td></tr><tr><td>合计</td><td>1</td></tr></table>")),
      "导出.xls",
    );
    expect(r.format).toBe("html");
    expect(r.tables[0].rows).toEqual([
      ["项目", "金额"],
      ["合计", "1"],
    ]);
  });
});
