/**
 * Observable Framework config for the gongkai site. Built from the repo root with `observable build --root site`
 * (see site/build.ts), so `root` and `output` are relative to the repo root.
 *
 * Offline by construction: no Google Fonts (`globalStylesheets: []`, system CJK fonts in style.css), no `npm:`
 * imports (libraries come from node_modules and are bundled into `_node/`), no telemetry (set by the scripts).
 */
const output = process.env.GONGKAI_SITE_OUTPUT || "site/dist";

export default {
  title: "公开 gongkai",
  root: "site/src",
  output,
  // The default is a Google Fonts stylesheet (Source Serif 4) plus a preconnect to fonts.gstatic.com.
  globalStylesheets: [],
  // Our own stylesheet imports Framework's default theme and swaps the font stacks for local CJK fonts.
  style: "style.css",
  head: `<meta name="color-scheme" content="light dark"><link rel="icon" href="data:,">`,
  footer: "公开 gongkai — 数据来自公开的部门预算与决算文本。",
  pages: [
    {name: "概览", path: "/"},
    {name: "数据下载", path: "/data"},
  ],
  pager: false,
  search: false,
  toc: false,
};
