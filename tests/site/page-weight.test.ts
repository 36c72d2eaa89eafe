/** site/page-weight.ts: what a page transfers, read from a built site's files (a small fake one here). */
import fs from "node:fs";
import path from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {pageWeights, siteWeight} from "../../site/page-weight.ts";
import {forwardingPage} from "../../site/legacy-links.ts";
import {tempDir} from "../helpers/cli.ts";

describe("pageWeights", () => {
  let dir = "";
  afterEach(() => {
    if (dir) fs.rmSync(dir, {recursive: true, force: true});
  });

  const write = (files: Record<string, string>) => {
    dir = tempDir("gongkai-page-weight-");
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };
  const page = (prefix: string, files: string[]) =>
    [
      `<link rel="modulepreload" href="${prefix}_observablehq/client.1.js">`,
      `<link rel="stylesheet" type="text/css" href="${prefix}_observablehq/theme.1.css">`,
      ...files.map((f) => `registerFile("x", {"name":"x","mimeType":"application/json","path":"${prefix}${f}","size":1});`),
    ].join("\n");

  it("adds a page's HTML, linked CSS and JS, registered files and the largest data file it can fetch", () => {
    const index = page("./", ["_file/data/site/big.json"]);
    const doc = page("./", ["_file/data/site/keys.json"]);
    const note = page("../", ["_file/data/site/keys.json"]);
    const out = write({
      "index.html": index,
      "doc.html": doc,
      "notebooks/n.html": note,
      "_observablehq/client.1.js": "x".repeat(1000),
      "_observablehq/theme.1.css": "x".repeat(100),
      "_file/data/site/big.json": "x".repeat(5000),
      "_file/data/site/keys.json": "x".repeat(10),
      "_data/docs/a.json": "x".repeat(300),
      "_data/docs/b.json": "x".repeat(7000),
      // An old link's forwarding page is not a page of the site.
      "docs/a.html": forwardingPage("../doc?id=a", "甲 · 文档"),
    });
    const weights = pageWeights(out);
    expect(weights.map((w) => w.page)).toEqual(["doc.html", "index.html", "notebooks/n.html"]);
    // doc.html may be asked for b, the largest document: that is its worst case.
    expect(weights[0]).toEqual({page: "doc.html", bytes: doc.length + 1000 + 100 + 10 + 7000, largest: {file: "_data/docs/b.json", bytes: 7000}});
    expect(weights[1].bytes).toBe(index.length + 1000 + 100 + 5000);
    // A page in a folder links with ../: the same files are found.
    expect(weights[2].bytes).toBe(Buffer.byteLength(note) + 1000 + 100 + 10);
    const site = siteWeight(out);
    expect(site.pages).toBe(3);
    expect(site.files).toBe(10);
    expect(site.heaviest?.page).toBe("doc.html");
  });
});

describe("forwardingPage", () => {
  it("forwards with the visitor's query and hash, and escapes what it prints", () => {
    const html = forwardingPage("../unit?name=%E7%94%B2", `甲<script>" · 单位`);
    expect(html).toContain(`location.replace("../unit?name=%E7%94%B2" + (location.search ? "&" + location.search.slice(1) : "") + location.hash)`);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=../unit?name=%E7%94%B2">`);
    expect(html).toContain("甲&lt;script&gt;&quot; · 单位");
    expect(html).not.toContain("<script>\"");
  });
});
