/**
 * Observable Framework config for the gongkai site. Built from the repo root with `observable build --root site`
 * (see site/build.ts), so `root` and `output` are relative to the repo root.
 *
 * Offline by construction: no Google Fonts (`globalStylesheets: []`, system CJK fonts in style.css), no `npm:`
 * imports (libraries come from node_modules and are bundled into `_node/`), no telemetry (set by the scripts).
 *
 * There is one document page (/doc?id=…) and one unit page (/unit?name=…): each fetches its document's or unit's
 * data file, written by build.ts (site/data-files.ts), so the build does not grow by a page per document. The
 * sidebar lists the units (read from the warehouse when this file loads: GONGKAI_DB or data/warehouse.duckdb) while
 * there are few enough to scan; beyond SIDEBAR_UNITS it links to the search page, which finds every unit.
 * Notebooks live in the repo's notebooks/ folder; site/src/notebooks is a symlink to it, so they build with the site.
 */
import fs from "node:fs";
import {fileURLToPath} from "node:url";
import {siteRoutes} from "./src/data/lib/routes.ts";

const output = process.env.GONGKAI_SITE_OUTPUT || "site/dist";
const routes = await siteRoutes();
/** Units listed in the sidebar at most: every page carries the sidebar, so a list of thousands would weigh on all. */
const SIDEBAR_UNITS = 60;
const NOTEBOOKS = fileURLToPath(new URL("../notebooks", import.meta.url));

/** Notebook pages: notebooks/*.md, named by their front-matter title. */
function notebooks(): {name: string; path: string}[] {
  if (!fs.existsSync(NOTEBOOKS)) return [];
  return fs
    .readdirSync(NOTEBOOKS)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .sort()
    .map((f) => {
      const title = /^title:\s*(.+)$/m.exec(fs.readFileSync(`${NOTEBOOKS}/${f}`, "utf8"))?.[1] ?? f.slice(0, -3);
      return {name: title.trim(), path: `/notebooks/${f.slice(0, -3)}`};
    });
}

const unitPage = (u: (typeof routes.units)[number]) => ({
  name: `${u.name}${u.all_synthetic ? "（合成）" : ""}`,
  // Framework encodes the path itself (encodeURI); a slug is letters, digits and "-" only (unit-slug.ts).
  path: `/unit?name=${u.slug}`,
});
const unitPages =
  routes.units.length <= SIDEBAR_UNITS ? routes.units.map(unitPage) : [{name: `全部 ${routes.units.length} 个单位（搜索）`, path: "/search"}];

export default {
  title: "公开 gongkai",
  root: "site/src",
  output,
  // The default is a Google Fonts stylesheet (Source Serif 4) plus a preconnect to fonts.gstatic.com.
  globalStylesheets: [],
  // Our own stylesheet imports Framework's default theme and swaps the font stacks for local CJK fonts.
  style: "style.css",
  head: `<meta name="color-scheme" content="light dark"><link rel="icon" href="data:,">`,
  footer: "公开 gongkai — 数据来自公开的部门预算与决算文本；标有“合成”的文件为演示用合成数据。",
  pages: [
    {name: "概览", path: "/"},
    {name: "年度", path: "/years"},
    {name: "县域", path: "/counties"},
    {name: "对比", path: "/compare"},
    {name: "发现", path: "/findings"},
    {name: "搜索", path: "/search"},
    {name: "数据", path: "/data"},
    {name: "方法", path: "/methodology"},
    {name: "单位", collapsible: true, open: false, pages: unitPages},
    {name: "笔记", collapsible: true, open: true, pages: notebooks()},
  ],
  pager: false,
  search: false,
  toc: false,
};
