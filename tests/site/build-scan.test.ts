/** The post-build scan (site/build.ts): any absolute URL in built code fails, except XML namespace names. */
import fs from "node:fs";
import path from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {externalReferences} from "../../site/build.ts";
import {tempDir} from "../helpers/cli.ts";

describe("externalReferences", () => {
  let dir = "";
  afterEach(() => {
    if (dir) fs.rmSync(dir, {recursive: true, force: true});
  });

  const write = (files: Record<string, string>) => {
    dir = tempDir("gongkai-site-scan-");
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };

  it("allows XML namespace names and nothing else in code", () => {
    const out = write({
      "index.html": `<svg xmlns="http://www.w3.org/2000/svg"></svg><a href="./data">数据</a>`,
      "_node/x.js": `document.createElementNS("http://www.w3.org/1999/xhtml", "p"); fetch('https://example.org/a.js');`,
      "_import/style.css": `a{background:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E")} b{background:url(http://evil.test/x.png)}`,
      "page.html": `<img src="HTTPS://img.example.com/p.png">`,
    });
    expect(externalReferences(out)).toEqual([
      "_import/style.css: http://evil.test/x.png",
      "_node/x.js: https://example.org/a.js",
      "page.html: HTTPS://img.example.com/p.png",
    ]);
  });

  it("lets data mention URLs, but not CDN hosts; CDN hosts without a scheme fail in code too", () => {
    const out = write({
      "_file/data/site/docs/a.json": `{"source": "https://www.example.gov.cn/budget.pdf"}`,
      "_file/data/bad.json": `{"x": "cdn.jsdelivr.net/npm/d3"}`,
      "b.js": `import("//unpkg.com/htl")`,
    });
    expect(externalReferences(out).sort()).toEqual(["_file/data/bad.json: cdn.jsdelivr.net", "b.js: unpkg.com"]);
  });
});
