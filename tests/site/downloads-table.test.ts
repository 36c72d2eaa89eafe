/**
 * The 数据 page's download links are static HTML, because Framework copies into the build only the files a page names
 * literally. That list must be the published tables (pipeline/store/published.ts, the one list `gongkai export`
 * writes), in their order: a table added there and not here would be exported but never offered on the site.
 */
import fs from "node:fs";
import {describe, expect, it} from "vitest";
import {PUBLISHED} from "../../pipeline/store/published.ts";

describe("the 数据 page's downloads", () => {
  const page = fs.readFileSync(new URL("../../site/src/data.md", import.meta.url), "utf8");

  it("offers every published table, in the published order, as CSV and Parquet", () => {
    const rows = [...page.matchAll(/<tr data-table="([^"]+)">(.*)<\/tr>/g)];
    expect(rows.map((m) => m[1])).toEqual(PUBLISHED.map((t) => t.name));
    for (const [, name, cells] of rows) {
      expect(cells).toContain(`href="./data/downloads/${name}.csv"`);
      expect(cells).toContain(`href="./data/downloads/${name}.parquet"`);
    }
  });
});
