import {describe, expect, it} from "vitest";
import {htmlNestingDepth} from "../../pipeline/lib/structure-limits.ts";
import {extractFile} from "../../pipeline/extract/extract-file.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";

describe("htmlNestingDepth", () => {
  it("counts elements that need an end tag", () => {
    expect(htmlNestingDepth("<div><div><span>x</span></div></div>")).toBe(3);
    expect(htmlNestingDepth("<div></div><div></div>")).toBe(1);
  });
  it("does not nest void elements, elements whose end tag may be left out, or self-closing tags", () => {
    expect(htmlNestingDepth("<div>" + "<p>a<br><img src=x><li>b<td>c".repeat(5000) + "<x/></div>")).toBe(1);
  });
  it("skips comments and script and style bodies", () => {
    expect(htmlNestingDepth("<div><!-- <div><div> --><script>if (a<b) document.write('<div><div>')</script><style>b<i{}</style><div></div></div>")).toBe(2);
  });
});

describe("structure limits in extraction", () => {
  const ref = loadReference();
  it("names a page nested past the limit too_complex, without parsing it", async () => {
    const html = "<html><body>" + "<div>".repeat(1001) + "收入总计100万元" + "</div>".repeat(1001) + "</body></html>";
    const r = await extractFile(new TextEncoder().encode(html), "deep.html", ref);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe("too_complex: elements nested 1001 deep, over the limit of 1000");
  });
  it("reads a page just under the limit", async () => {
    const html = "<html><body>" + "<div>".repeat(300) + "<p>2024年部门预算：收入总计100万元。</p>" + "</div>".repeat(300) + "</body></html>";
    const r = await extractFile(new TextEncoder().encode(html), "ok.html", ref);
    expect(r.ok ? "ok" : r.reason).toBe("ok");
  });
  it("names a text of more amounts than the limit too_complex", async () => {
    const r = await extractFile(new TextEncoder().encode("1元，".repeat(100_001)), "line.txt", ref);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe("too_complex: 100001 amounts in one document, over the limit of 100000");
  });
});
