/**
 * The built site in a real browser, self-contained: data/raw (the real seed and the synthetic demo corpus) plus one
 * document carrying HTML/script markup is refreshed into a temp warehouse, the site is built from it into a temp
 * folder, served on 127.0.0.1 and opened in headless Chromium with every non-local request blocked and counted.
 * Each page must load without console errors or outside requests and show its real content; a screenshot of each
 * goes to tests/__screenshots__/ (git-ignored). Skips (with the reason) when /usr/bin/chromium is absent.
 */
import fs from "node:fs";
import path from "node:path";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildSite, externalReferences} from "../../site/build.ts";
import {VOCABULARY} from "../../pipeline/extract/vocabulary.ts";
import {parseSqlFile} from "../../pipeline/models/sql-files.ts";
import {PUBLISHED} from "../../pipeline/store/published.ts";
import {startServer, type Server} from "../../site/serve.ts";
import {chromiumSkipReason, hasChromium, launchBrowser, type Browser} from "../helpers/browser.ts";
import {runCli, tempDir} from "../helpers/cli.ts";
import {repoRoot} from "../helpers/shared.ts";

const SCREENSHOTS = path.join(repoRoot, "tests", "__screenshots__");
const RAW = path.join(repoRoot, "data", "raw");
const SEED_DIR = path.join(RAW, "四川省", "阿坝藏族羌族自治州", "2024");
/** The real seed: doc_id is its content hash; a unit is named by its name (site/src/data/lib/unit-slug.ts). */
const SEED_DOC = "039b8b63d36fc73b";
const SEED_UNIT = "阿坝州总工会";
/** Where the seed's unit page was long ago: "u" + md5("阿坝州总工会")[0:12]; old links still lead to it. */
const SEED_UNIT_LEGACY = "u9968a5ba4394";
/** The one document page and the one unit page, for a document or unit (site/src/components/site-data.js). */
const docUrl = (id: string, hash = "") => `doc?id=${id}${hash}`;
const unitUrl = (name: string, query = "") => `unit?name=${encodeURIComponent(name)}${query}`;
const INJECTED_UNIT = "注入测试总工会";
const SCRIPT = "<script>window.__injected = 1; alert(1)</script>";
const IMG = `<img src=x onerror="window.__injected = 2; alert(2)">`;
/** The site names a rule by its file's `-- title:` and explains it by its `-- summary:` (the one source). */
const FUNCTION_PATH = parseSqlFile(path.join(repoRoot, "sql", "checks", "function_path.sql"), "checks").header;

/** The seed renamed to another unit, with markup lines in its text, as a synthetic document. */
function writeInjectedDocument(input: string): void {
  const dir = path.join(input, "四川省", "阿坝藏族羌族自治州", "2024");
  fs.mkdirSync(dir, {recursive: true});
  const seed = fs.readFileSync(path.join(SEED_DIR, "阿坝州总工会.txt"), "utf8");
  const lines = seed.replaceAll("阿坝州总工会", INJECTED_UNIT).split("\n");
  lines.splice(2, 0, SCRIPT, IMG);
  fs.writeFileSync(path.join(dir, `${INJECTED_UNIT}.txt`), lines.join("\n"));
  const meta = {synthetic: true, generator: "site e2e test", publisher: INJECTED_UNIT, kind: "部门预算", fiscal_year: 2024};
  fs.writeFileSync(path.join(dir, `${INJECTED_UNIT}.meta.json`), JSON.stringify(meta));
}

describe.skipIf(!hasChromium)(`site in a browser${hasChromium ? "" : ` (skipped: ${chromiumSkipReason})`}`, () => {
  let dir: string;
  let output: string;
  let server: Server;
  let browser: Browser;
  let injectedDoc: string;
  let pages: string[] = [];
  let db: string;

  beforeAll(async () => {
    dir = tempDir("gongkai-site-e2e-");
    const input = path.join(dir, "raw");
    fs.cpSync(RAW, input, {recursive: true});
    writeInjectedDocument(input);
    db = path.join(dir, "w.duckdb");
    const refresh = runCli(["refresh", "--input", input, "--db", db, "--build-dir", path.join(dir, "build")], {cwd: repoRoot});
    expect(refresh.status, refresh.stderr).toBe(0);
    const query = runCli(["query", "--db", db, "--format", "json", `SELECT doc_id FROM documents WHERE unit = '${INJECTED_UNIT}'`], {cwd: repoRoot});
    injectedDoc = (JSON.parse(query.stdout) as {doc_id: string}[])[0].doc_id;
    output = path.join(dir, "dist");
    const built = await buildSite({db, output, stdio: "pipe"});
    pages = built.pages;
    console.log(`site build: ${(built.ms / 1000).toFixed(1)} s for ${built.pages.length} pages`);
    server = await startServer(output, 0);
    browser = await launchBrowser({viewport: {width: 1440, height: 900}});
    fs.mkdirSync(SCREENSHOTS, {recursive: true});
    // A safety limit, not a target (the build takes ~30 s idle; several minutes on a loaded 2-core machine).
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, {recursive: true, force: true});
  });

  /** Opens a page, waits for its cells to settle, checks it is clean, screenshots it; the caller closes it. */
  async function open(route: string, screenshot: string, ready = "main h1", fullPage = true): Promise<Page> {
    const errorsBefore = browser.errors.length;
    const page = await browser.newPage();
    const response = await page.goto(new URL(route, server.url).href, {waitUntil: "networkidle"});
    expect(response?.status(), route).toBe(200);
    await page.locator(ready).first().waitFor();
    expect(await page.locator(".observablehq--error").count(), route).toBe(0);
    // Long pages (findings, methodology, data) are shot at viewport height: a full-page shot takes seconds.
    await page.screenshot({path: path.join(SCREENSHOTS, `${screenshot}.png`), fullPage});
    expect(browser.errors.slice(errorsBefore), route).toEqual([]);
    expect(browser.blocked, route).toEqual([]);
    return page;
  }

  // Build time is measured by `npm run bench`, not asserted here: a loaded 2-core machine makes wall time noise.
  it("builds without references to CDN or font hosts", () => {
    expect(externalReferences(output)).toEqual([]);
    const index = fs.readFileSync(path.join(output, "index.html"), "utf8");
    expect(index).toContain('<html lang="zh-CN">');
  });

  it("builds one document page and one unit page, with a data file per document and per unit", () => {
    // Framework builds the fixed pages and the notebooks only: none per document or per unit.
    expect(pages).toContain("doc.html");
    expect(pages).toContain("unit.html");
    expect(pages.filter((p) => /^(docs|units)\//.test(p))).toEqual([]);
    expect(pages.length).toBeLessThan(20);
    const docData = JSON.parse(fs.readFileSync(path.join(output, "_data", "docs", `${SEED_DOC}.json`), "utf8"));
    expect(docData.document.unit).toBe(SEED_UNIT);
    expect(docData.facts.some((f: {label: string; amount: string}) => f.label === "工会经费" && f.amount === "2600.000000")).toBe(true);
    const unitData = JSON.parse(fs.readFileSync(path.join(output, "_data", "units", `${SEED_UNIT}.json`), "utf8"));
    expect(unitData.unit.name).toBe(SEED_UNIT);
    expect(unitData.documents.map((d: {doc_id: string}) => d.doc_id)).toContain(SEED_DOC);
    // Every document has its file; the old per-document and per-unit URLs are forwarding pages.
    expect(fs.readdirSync(path.join(output, "_data", "docs")).length).toBe(fs.readdirSync(path.join(output, "docs")).length);
    expect(fs.readFileSync(path.join(output, "docs", `${SEED_DOC}.html`), "utf8")).toContain(`"../doc?id=${SEED_DOC}"`);
    expect(fs.readFileSync(path.join(output, "units", `${SEED_UNIT_LEGACY}.html`), "utf8")).toContain(`"../unit?name=${encodeURIComponent(SEED_UNIT)}"`);
    // The sidebar links each unit to the unit page, its name encoded once.
    expect(fs.readFileSync(path.join(output, "index.html"), "utf8")).toContain(`href="./unit?name=${encodeURIComponent(SEED_UNIT)}"`);
  });

  it("no page but 数据 downloads the warehouse or the exports; each page fetches only the document, unit or series it shows", async () => {
    // What each page fetches from _data: exactly these files, or (对比) files that pass the check.
    const ofPage: [string, string[] | ((files: string[]) => boolean)][] = [
      ["", []],
      ["findings", []],
      ["search", []],
      ["methodology", []],
      [docUrl(SEED_DOC), [`/_data/docs/${SEED_DOC}.json`]],
      [unitUrl(SEED_UNIT), [`/_data/units/${SEED_UNIT}.json`]],
      ["notebooks/union-fee-cut", [`/_data/units/${SEED_UNIT}.json`]],
      // One series across every unit: the default item of 年度 (支出总计) and of 县域 (“三公”经费).
      ["years", ["/_data/series/expenditure.total~total~.json"]],
      ["counties", ["/_data/series/three_public.total~~.json"]],
      ["notebooks/three-public-counties", ["/_data/series/three_public.total~~.json"]],
      // The two units compared, each its own rows.
      ["compare", (f) => f.length === 2 && f.every((x) => x.startsWith("/_data/yoy/")) && f.includes(`/_data/yoy/${SEED_UNIT}.json`)],
      // A query reads the text index and the texts of the documents that have its words, not every text.
      ["search?q=2380", (f) => f.includes("/_data/search/docs.json") && f.includes(`/_data/text/${SEED_DOC}.txt`) && f.filter((x) => x.startsWith("/_data/text/")).length < 10],
    ];
    for (const [route, expected] of ofPage) {
      const page = await browser.newPage();
      const fetched: string[] = [];
      page.on("request", (request) => fetched.push(decodeURIComponent(new URL(request.url()).pathname)));
      await page.goto(new URL(route, server.url).href, {waitUntil: "networkidle"});
      await page.locator("main h1").first().waitFor();
      const data = () => fetched.filter((f) => f.startsWith("/_data/"));
      // A page fetches its data once its inputs have settled, which may be after the network first goes idle.
      if (typeof expected === "function") await expect.poll(() => expected(data()), {message: route}).toBe(true);
      else await expect.poll(data, {message: route}).toEqual(expected);
      expect(fetched.filter((f) => /warehouse|\/downloads\/|\/yoy\.|\/facts\./.test(f)), route).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it("overview: units, years, real vs synthetic documents, moves and findings by severity", async () => {
    const page = await open("", "overview", "table.gongkai");
    const text = await page.locator("main").innerText();
    expect(text).toContain("阿坝州总工会");
    expect(text).toMatch(/真实 1 · 合成 \d+/); // the seed; the injected test copy is synthetic
    expect(text).toContain("最大的同比变动");
    expect(text).toMatch(/错误 \d+ · 警告 \d+ · 提示 \d+/);
    expect(await page.locator(".gongkai-badge.synthetic").count()).toBeGreaterThan(10);
    await page.close();
  }, 30_000);

  it("unit page of the seed, at its readable URL: 3,422.23 and the waterfall with −2,380", async () => {
    const page = await open(unitUrl(SEED_UNIT), "unit-seed", "svg");
    expect(new URL(page.url()).searchParams.get("name")).toBe(SEED_UNIT);
    const text = await page.locator("main").innerText();
    expect(text).toContain("3,422.23");
    expect(text).toContain("−2,380.00");
    expect(text).toContain("工会经费基数调整");
    expect(await page.locator("tr.step-reason").count()).toBe(4);
    // Old links (/units/<name> with its selection, and /units/u<md5>) forward to the unit page.
    await page.goto(new URL(`units/${SEED_UNIT}?year=2024`, server.url).href);
    await page.waitForURL((url) => url.pathname === "/unit" && url.searchParams.get("name") === SEED_UNIT && url.searchParams.get("year") === "2024");
    await page.locator("#unit-origin").waitFor();
    await page.goto(new URL(`units/${SEED_UNIT_LEGACY}`, server.url).href);
    await page.waitForURL((url) => url.pathname === "/unit" && url.searchParams.get("name") === SEED_UNIT);
    await page.locator("#unit-origin").waitFor();
    // A name no unit has says so (the browser logs the data file's 404: that, and only that, is expected here).
    const before = browser.errors.length;
    await page.goto(new URL(unitUrl("没有这个单位"), server.url).href, {waitUntil: "networkidle"});
    expect(await page.locator("#unit-missing").innerText()).toContain("没有名为“没有这个单位”的单位");
    expect(browser.errors.splice(before).every((e) => e.includes("404"))).toBe(true);
    await page.close();
  }, 60_000);

  it("document view: clicking the 工会经费 fact highlights its span", async () => {
    const page = await open(docUrl(SEED_DOC), "document-seed", "pre.gongkai-doc");
    expect(await page.title()).toContain(`${SEED_UNIT} 2024`);
    expect(await page.locator("pre.gongkai-doc mark.mention").count()).toBeGreaterThan(50);
    await page.locator('tr.fact-row[data-key="project.item"][data-label="工会经费"]').click();
    await expect.poll(() => page.locator("pre.gongkai-doc mark.active").allInnerTexts()).toEqual(["2600.00万元"]);
    expect(page.url()).toMatch(new RegExp(`doc\\?id=${SEED_DOC}#span-\\d+-\\d+$`));
    // A link shared before there was one document page (/docs/<id>#span-…) still lands on the span.
    const hash = new URL(page.url()).hash;
    await page.goto(new URL(`docs/${SEED_DOC}${hash}`, server.url).href);
    await page.waitForURL((url) => url.pathname === "/doc" && url.searchParams.get("id") === SEED_DOC && url.hash === hash);
    await expect.poll(() => page.locator("pre.gongkai-doc mark.active").allInnerTexts()).toEqual(["2600.00万元"]);
    // An id no document has says so (the browser logs the data file's 404: that, and only that, is expected here).
    const before = browser.errors.length;
    await page.goto(new URL(docUrl("0000000000000000"), server.url).href, {waitUntil: "networkidle"});
    expect(await page.locator("#doc-missing").innerText()).toContain("没有编号为 0000000000000000 的文件");
    expect(browser.errors.splice(before).every((e) => e.includes("404"))).toBe(true);
    await page.close();
  }, 60_000);

  it("findings: the seed's misfiled classification path with its quote, linked to its evidence", async () => {
    const page = await open("findings", "findings", "ol.gongkai-findings", false);
    const item = page.locator('li.finding[data-rule="function_path"]', {hasText: "社会保障和就业支出"}).first();
    await item.waitFor();
    expect(await item.innerText()).toContain("群众团体事务（款）社会保障和就业支出（项目）");
    const href = await item.locator("a", {hasText: "定位原文"}).getAttribute("href");
    expect(href).toMatch(new RegExp(`doc\\?id=${SEED_DOC}#finding-\\d+$`));
    await item.locator("a", {hasText: "定位原文"}).click();
    await page.waitForURL(/#finding-/);
    await expect.poll(() => page.locator("pre.gongkai-doc mark.active").count()).toBeGreaterThan(0);
    // The whole sentence is highlighted (not only the amount), and the finding that led here is shown beside it.
    const sentence = await page.locator("pre.gongkai-doc").getAttribute("data-sentence");
    const [s, e] = (sentence ?? "0-0").split("-").map(Number);
    expect(e - s).toBeGreaterThan(20);
    expect(await page.locator("pre.gongkai-doc mark.in-sentence").count()).toBeGreaterThan(0);
    const context = await page.locator("#finding-context").innerText();
    expect(context).toContain("你从这条发现来到这里");
    expect(context).toContain(FUNCTION_PATH.title);
    expect(context).toContain(FUNCTION_PATH.summary);
    await page.screenshot({path: path.join(SCREENSHOTS, "document-from-finding.png")});
    expect(browser.errors).toEqual([]);
    await page.close();
  }, 30_000);

  it("counties: 13 counties for a generated year", async () => {
    const page = await open("counties", "counties", "svg");
    expect(await page.locator("main").innerText()).toMatch(/\d{4} 年 .+：13 个县（市）/);
    expect(await page.locator("tr.county-row").count()).toBe(13);
    // 占各县合计 is an exact percent from the loader (exact_pct), shown as a string: "7.45%".
    for (const share of await page.locator("tr.county-row td:nth-child(4)").allInnerTexts()) expect(share).toMatch(/^\d+\.\d{2}%$/);
    await page.close();
  }, 30_000);

  it("years, search, data, methodology and the notebooks load with their content", async () => {
    const years = await open("years", "years", "svg");
    expect(await years.locator("main").innerText()).toContain("所述与计算的变动");
    await years.close();

    const search = await open("search", "search", "#search-box");
    await search.locator("#search-box").fill("工会经费");
    await expect.poll(() => search.locator(`tr.search-item[data-doc="${SEED_DOC}"]`).count()).toBeGreaterThan(0);
    await search.locator("#search-box").fill("三公");
    await expect.poll(() => search.locator("#search-summary").innerText()).toMatch(/原文 [1-9]/);
    await search.screenshot({path: path.join(SCREENSHOTS, "search-results.png")});
    await search.close();

    const data = await open("data", "data", "h3", false);
    const hrefs = await data.locator("a[download]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    // Every published table as CSV and Parquet, and the warehouse file; each one is in the build.
    expect(hrefs.length).toBe(PUBLISHED.length * 2 + 1);
    for (const href of hrefs) {
      const res = await fetch(href);
      expect(res.status, href).toBe(200);
      const body = Buffer.from(await res.arrayBuffer());
      if (!/\/(facts|findings)\.|warehouse/.test(href)) continue;
      if (href.endsWith(".csv")) expect(body.toString("utf8").split("\n")[0]).toContain("doc_id");
      if (href.endsWith(".parquet")) expect(body.subarray(0, 4).toString("latin1")).toBe("PAR1");
      if (href.endsWith(".duckdb")) expect(body.length).toBeGreaterThan(1_000_000);
    }
    expect(await data.locator("main").innerText()).toContain("change_waterfall");
    await data.close();

    const methodology = await open("methodology", "methodology", "table.gongkai", false);
    const text = await methodology.locator("main").innerText();
    expect(text).toContain(FUNCTION_PATH.title);
    expect(text).toContain(FUNCTION_PATH.summary);
    expect(text).toContain("收入总计");
    await methodology.close();

    const union = await open("notebooks/union-fee-cut", "notebook-union-fee", "svg");
    const unionText = await union.locator("main").innerText();
    expect(unionText).toContain("−2,380.00");
    // The notebook's sentences are computed from line_change_explained and change_waterfall, not written in.
    expect(unionText).toContain("四条原因合计正好等于变动，未解释部分为 0");
    expect(unionText).toContain("降到 2,600.00 万元，计算变动与文件所述的 −2,380.00 万元一致");
    expect(unionText).toContain("占支出总计的比重下降的类：一般公共服务支出（201）");
    await union.close();
    const threePublic = await open("notebooks/three-public-counties", "notebook-three-public", "svg");
    await threePublic.close();
  }, 60_000);

  it("a document with embedded markup renders inert", async () => {
    let dialogs = 0;
    const page = await browser.newPage();
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(new URL(docUrl(injectedDoc), server.url).href, {waitUntil: "networkidle"});
    const pre = page.locator("pre.gongkai-doc");
    await pre.waitFor();
    const text = await pre.innerText();
    expect(text).toContain(SCRIPT);
    expect(text).toContain(IMG);
    expect(await pre.locator("script, img").count()).toBe(0);
    expect(await page.locator("main img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as {__injected?: number}).__injected)).toBeUndefined();
    expect(dialogs).toBe(0);
    await page.screenshot({path: path.join(SCREENSHOTS, "document-injected.png"), fullPage: true});
    expect(browser.errors).toEqual([]);
    expect(browser.blocked).toEqual([]);
    await page.close();
  }, 30_000);

  // ——— issue 11: the site obeys the checks, tells the story first, and works like the tools analysts know ———

  it("overview: the headline chart shows 3,422.23 and the −2,380 万元 union-fee cut", async () => {
    const page = await open("", "overview-1440", "#headline");
    const headline = await page.locator("#headline").innerText();
    expect(headline).toContain("3,422.23");
    expect(headline).toContain("5,758.90");
    expect(headline).toContain("−2,380.00");
    expect(headline).toContain("工会经费");
    // The first chart on the page is the story: its annotation carries both numbers.
    const first = page.locator("main figure.gongkai-chart").first();
    expect(await first.getAttribute("id")).toBe("headline-chart");
    const chart = first.locator('svg[role="img"]');
    const annotation = await chart.locator(".annotation").textContent();
    expect(annotation).toContain("3,422.23");
    expect(annotation).toContain("−2,380");
    expect(await chart.getAttribute("aria-label")).toMatch(/折线图/);
    await page.close();
  }, 30_000);

  it("the value unit_scale flags (元 written as 万元) is not a largest change, unless asked, and then drawn flagged", async () => {
    const page = await open("", "overview-moves", "tr.move-row");
    const rows = await page.locator("tr.move-row").allInnerTexts();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.join("\n")).not.toContain("964,403");
    expect(rows.join("\n")).not.toContain("九寨沟县总工会");
    expect(await page.locator("tr.move-row.flagged-row").count()).toBe(0);
    const note = await page.locator("#moves-flag-note").innerText();
    expect(note).toContain("九寨沟县总工会");
    expect(await page.locator("#moves-flag-note a").first().getAttribute("href")).toMatch(/findings#finding=\d+$/);
    await page.getByLabel("显示被核对标记的数值").check();
    await expect.poll(() => page.locator("tr.move-row.flagged-row").count()).toBeGreaterThan(0);
    await page.close();

    // The county's page: the flagged 机关运行经费 is left out of the chart and listed with a link to its finding.
    const unit = await open(unitUrl("九寨沟县总工会"), "unit-flagged", "svg");
    const notes = await unit.locator(".flag-note").allInnerTexts();
    expect(notes.join("\n")).toContain("图中未画出");
    expect(await unit.locator('svg [aria-label="flagged"]').count()).toBe(0);
    await unit.getByLabel("图中显示被核对标记为错误的数值").check();
    await expect.poll(() => unit.locator('svg g[aria-label="flagged"] circle').count()).toBeGreaterThan(0);
    expect(await unit.locator('svg g[aria-label="flagged"]').first().getAttribute("fill")).toBe("none");
    await unit.close();
  }, 60_000);

  it("synthetic lines are dashed in the SVG, real ones solid, the legend says so, and the header names the real years", async () => {
    const page = await open(unitUrl(SEED_UNIT), "unit-seed-origin", "svg");
    const svg = await page.locator("figure.gongkai-chart svg").first().innerHTML();
    expect(svg).not.toContain("=>");
    const dashed = page.locator('figure.gongkai-chart svg g[aria-label="synthetic"] path, figure.gongkai-chart svg g[aria-label="synthetic"] line').first();
    const dash = await page.locator('figure.gongkai-chart svg g[aria-label="synthetic"]').first().getAttribute("stroke-dasharray");
    expect(dash ?? (await dashed.getAttribute("stroke-dasharray"))).toBe("5,3");
    expect(await page.locator('figure.gongkai-chart svg g[aria-label="real"]').first().getAttribute("stroke-dasharray")).toBeNull();
    expect(await page.locator(".gongkai-legend").first().innerText()).toContain("虚线");
    const origin = await page.locator("#unit-origin").innerText();
    expect(origin).toMatch(/真实：2024 年/);
    expect(origin).toMatch(/合成（演示数据）：2020、2021、2022、2023、2025 年/);
    expect(await page.title()).toContain("阿坝州总工会");
    await page.close();
  }, 30_000);

  it("tables sort on a header click and download exactly their rows as CSV with a BOM", async () => {
    const page = await open("", "overview-sorted", "tr.move-row");
    const table = page.locator("table.gongkai", {has: page.locator("tr.move-row")});
    const header = table.locator("th", {hasText: "本年（万元）"});
    const amounts = async () => (await table.locator("tr.move-row td:nth-child(5)").allInnerTexts()).map((t) => t.replaceAll(",", ""));
    await header.click();
    const up = await amounts();
    expect(up.map(Number)).toEqual(up.map(Number).slice().sort((a, b) => a - b));
    await header.click();
    const down = await amounts();
    expect(down.map(Number)).toEqual(down.map(Number).slice().sort((a, b) => b - a));
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".gongkai-table", {has: page.locator("tr.move-row")}).locator("button.table-csv").click()]);
    const file = await download.path();
    const csv = fs.readFileSync(file!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toContain("本年（万元）");
    expect(lines.length - 1).toBe(await table.locator("tr.move-row").count());
    expect(csv).toContain("3422.230000"); // exact decimal strings, not the display text
    await page.close();
  }, 30_000);

  it("search folds quotes and digit separators, keeps the query in the URL and says when results are capped", async () => {
    const page = await open("search?q=三公经费", "search-folded", "#search-box");
    await expect.poll(() => page.locator("#search-summary").innerText()).toMatch(/原文 [1-9]/);
    expect(await page.locator("ul.search-docs").innerText()).toContain("“三公”经费");
    await page.locator("#search-box").fill("2380");
    await expect.poll(() => page.locator(`ul.search-docs a[href*="${SEED_DOC}"]`).count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("q")).toBe("2380");
    await page.locator("#search-box").fill("2,380");
    await expect.poll(() => page.locator(`ul.search-docs a[href*="${SEED_DOC}"]`).count()).toBeGreaterThan(0);
    await page.locator("#search-box").fill("万元");
    await expect.poll(() => page.locator("#search-summary").innerText()).toContain("只显示前");
    await page.close();
  }, 30_000);

  it("no rule id, status code or fact key in the visible text of any kind of page", async () => {
    const rules = fs.readdirSync(path.join(repoRoot, "sql", "checks")).filter((f) => f.endsWith(".sql")).map((f) => f.slice(0, -4));
    const keys = VOCABULARY.map((k) => k.key);
    const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const forbidden = new RegExp(`(?<![\\w.])(${[...rules, ...keys, "fail", "insufficient_data", "unclassified"].map(esc).join("|")})(?![\\w.])`);
    const routes = ["", "years", "counties", "compare", "findings", "search?q=三公", unitUrl(SEED_UNIT), docUrl(SEED_DOC), "methodology", "data", "notebooks/union-fee-cut", "notebooks/three-public-counties"];
    const hits: string[] = [];
    for (const route of routes) {
      const page = await browser.newPage();
      await page.goto(new URL(route, server.url).href, {waitUntil: "networkidle"});
      await page.locator("main h1").first().waitFor();
      await page.waitForTimeout(300);
      // Codes are allowed as secondary small text (.secondary-code); everything else a reader sees is checked.
      const text = await page.locator("main").evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(".secondary-code, .sr-only, svg").forEach((el) => el.remove());
        document.body.append(copy);
        const t = copy.innerText;
        copy.remove();
        return t;
      });
      for (const line of text.split("\n")) {
        const m = forbidden.exec(line);
        if (m) hits.push(`${route || "/"}: ${m[1]} in “${line.slice(0, 80)}”`);
      }
      await page.close();
    }
    expect(hits).toEqual([]);
  }, 120_000);

  it("permalinks: a page opened from its URL shows the selection the URL names, and a choice updates the URL", async () => {
    const findings = await open("findings#rule=unit_scale&severity=warning", "findings-permalink", "ol.gongkai-findings", false);
    const rules = await findings.locator("li.finding").evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute("data-rule")))]);
    expect(rules).toEqual(["unit_scale"]);
    expect(await findings.locator("#rule-summary").innerText()).toContain("元写成万元");
    await findings.getByLabel("严重程度").selectOption({label: "全部"});
    await expect.poll(() => new URL(findings.url()).hash).toBe("#rule=unit_scale");
    await findings.close();

    const county = await open(`compare?a=${encodeURIComponent(SEED_UNIT)}&b=${encodeURIComponent("汶川县总工会")}`, "compare", "#compare-chart");
    expect(await county.locator("h2").first().innerText()).toContain(`${SEED_UNIT} 与 汶川县总工会`);
    // Both units' lines are drawn, and the table has a column per unit with the seed's 2024 total.
    expect(await county.locator("#compare-chart svg[role=img]").getAttribute("aria-label")).toMatch(/阿坝州总工会、汶川县总工会|汶川县总工会、阿坝州总工会/);
    const row2024 = county.locator("tr.compare-row", {hasText: "2024"});
    expect(await row2024.innerText()).toContain("3,422.23");
    await county.getByLabel("单位乙").selectOption("茂县总工会");
    await expect.poll(() => new URL(county.url()).searchParams.get("b")).toBe("茂县总工会");
    await county.close();
  }, 60_000);

  it("every chart is an image with a text alternative; print hides navigation and table tools", async () => {
    for (const route of [unitUrl(SEED_UNIT), "counties", "notebooks/union-fee-cut"]) {
      const page = await open(route, `alt-${route.replace(/\W+/g, "-")}`, "svg");
      // Every Plot chart (not the legend samples) is role=img with a Chinese aria-label and a list of its values.
      const charts = await page.locator("figure.gongkai-chart").evaluateAll((figs) =>
        figs.map((f) => ({label: f.querySelector('svg[role="img"]')?.getAttribute("aria-label") ?? "", items: f.querySelectorAll(".sr-only li").length})),
      );
      expect(charts.length, route).toBeGreaterThan(0);
      for (const c of charts) {
        expect(c.label, route).toMatch(/图：/);
        expect(c.items, route).toBeGreaterThan(0);
      }
      await page.close();
    }
    const page = await open("", "overview-print", "tr.move-row");
    await page.emulateMedia({media: "print"});
    expect(await page.locator("#observablehq-sidebar").isVisible()).toBe(false);
    expect(await page.locator(".gongkai-table-tools").first().isVisible()).toBe(false);
    expect(await page.locator("#headline").isVisible()).toBe(true);
    await page.close();
  }, 90_000);

  it("phone (390 px): no name wraps one character per line, wide tables scroll in their own box", async () => {
    const phonePages = [
      ["", "overview-390"], [unitUrl(SEED_UNIT), "unit-seed-390"], [docUrl(SEED_DOC), "document-seed-390"], ["findings", "findings-390"],
      ["years", "years-390"], ["counties", "counties-390"], ["compare", "compare-390"], ["search?q=三公经费", "search-390"],
      ["methodology", "methodology-390"], ["data", "data-390"], ["notebooks/union-fee-cut", "notebook-union-fee-390"],
    ] as const;
    for (const [route, shot] of phonePages) {
      const page = await browser.newPage();
      await page.setViewportSize({width: 390, height: 844});
      await page.goto(new URL(route, server.url).href, {waitUntil: "networkidle"});
      await page.locator("main h1").first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({path: path.join(SCREENSHOTS, `${shot}.png`)});
      // A link or name in a table cell that is taller than two lines and narrower than two characters wraps per character.
      const squeezed = await page.locator("main table.gongkai td a, main table.gongkai td .unit-name").evaluateAll((els) =>
        els.filter((el) => {
          const r = el.getBoundingClientRect();
          const size = parseFloat(getComputedStyle(el).fontSize);
          return (el.textContent ?? "").length > 2 && r.width < size * 2.2 && r.height > size * 2.5;
        }).map((el) => el.textContent),
      );
      expect(squeezed, route).toEqual([]);
      // The page itself does not scroll sideways: wide tables scroll inside .gongkai-table-wrap.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, route).toBeLessThanOrEqual(2);
      await page.close();
    }
  }, 150_000);

  it("composition drills down from 类 to 款 to 项, keeps the level in the URL, and downloads the rows shown", async () => {
    const page = await open(unitUrl(SEED_UNIT, "&year=2024"), "unit-seed-drill", "#composition-drill");
    const drill = page.locator("#composition-drill");
    const rows = () => drill.locator("tr.drill-row").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-code")));
    expect(await rows()).toEqual(["201", "208", "221", "210", "205", "207"]); // largest first
    // A 类's share is of the sum of the 类: 3,286.67 of 3,422.23.
    expect(await drill.locator('tr.drill-row[data-code="201"]').innerText()).toMatch(/3,286\.67 万元\s+96\.04%/);
    await drill.locator('button.drill-button[data-code="201"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get("fn")).toBe("201");
    // The seed states 项 2012901 and 2012999 but no 款 line: 20129 群众团体事务 is their sum, and says so.
    const kuan = drill.locator('tr.drill-row[data-code="20129"]');
    expect(await kuan.innerText()).toMatch(/20129 群众团体事务\s+款\s+3,286\.67 万元\s+100\.00%\s+由下级合计/);
    await drill.locator('button.drill-button[data-code="20129"]').click();
    await expect.poll(rows).toEqual(["2012999", "2012901"]);
    expect(await drill.locator('tr.drill-row[data-code="2012999"]').innerText()).toMatch(/其他群众团体事务支出\s+项\s+2,840\.96 万元\s+86\.44%\s+文件所列/);
    expect(await drill.locator(".drill-crumbs").innerText()).toMatch(/全部类 › 201 一般公共服务支出 › 20129 群众团体事务/);
    const [download] = await Promise.all([page.waitForEvent("download"), drill.locator("button.table-csv").click()]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trim().split("\r\n").slice(1)).toEqual(["2012999 其他群众团体事务支出,项,2840.960000,86.4389,文件所列", "2012901 行政运行,项,445.710000,13.5611,文件所列"]);
    // Back up by the breadcrumb; a shared link opens the level it names.
    await drill.locator('.drill-crumbs button[data-code=""]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get("fn")).toBeNull();
    await page.goto(new URL(unitUrl(SEED_UNIT, "&year=2024&fn=20129"), server.url).href, {waitUntil: "networkidle"});
    await expect.poll(() => page.locator("#composition-drill tr.drill-row").count()).toBe(2);
    await page.close();
  }, 60_000);

  it("a unit against its peer median: both lines drawn, the exact ratios in the table, the metric in the URL", async () => {
    const page = await open(unitUrl(SEED_UNIT), "unit-seed-peers", "#peer-chart");
    expect(await page.locator("#peer-chart svg[role=img]").getAttribute("aria-label")).toContain("本单位、同类中位数");
    // three_public_share 2024: 0.7989% of the seed against the group's exact median 1.71935%.
    expect(await page.locator("tr.peer-row", {hasText: "2024"}).innerText()).toMatch(/2024\s+0\.80%\s+1\.72%/);
    await page.getByLabel("基本支出占支出比例").check();
    await expect.poll(() => new URL(page.url()).searchParams.get("metric")).toBe("basic_share");
    await expect.poll(() => page.locator("tr.peer-row", {hasText: "2024"}).innerText()).toMatch(/2024\s+16\.99%\s+46\.64%/);
    // The demo corpus has budgets only: the budget-vs-final section says so instead of showing an empty table.
    expect(await page.locator("#budget-final").innerText()).toContain("还没有读到决算");
    expect(await page.locator("tr.budget-final-row").count()).toBe(0);
    await page.close();
  }, 60_000);

  it("a log scale where magnitudes differ widely: the switch redraws the axis and is kept in the URL", async () => {
    const page = await open("years", "years-linear", "#years-chart svg");
    const ticks = () => page.locator('#years-chart svg g[aria-label="y-axis tick label"] text').allTextContents();
    expect(await ticks()).toContain("0");
    // The prefecture's union (thousands of 万元) beside county unions (hundreds): the hint says how wide.
    expect(await page.locator(".scale-toggle").innerText()).toMatch(/最大值约为最小正值的 \d+ 倍/);
    await page.getByLabel("对数刻度").check();
    await expect.poll(() => new URL(page.url()).searchParams.get("scale")).toBe("log");
    await expect.poll(() => page.locator("#years-chart").getAttribute("data-scale")).toBe("log");
    const log = await ticks();
    expect(log).not.toContain("0");
    expect(log).toEqual(expect.arrayContaining(["100", "1,000"]));
    expect(await page.locator("#years-chart svg[role=img]").getAttribute("aria-label")).toContain("对数刻度");
    await page.screenshot({path: path.join(SCREENSHOTS, "years-log.png")});
    await page.goto(new URL("counties?scale=log", server.url).href, {waitUntil: "networkidle"});
    await expect.poll(() => page.locator('main [data-scale="log"]').count()).toBe(1);
    // 13 county unions are close together: no hint, and nothing but the two choices in the switch.
    expect((await page.locator(".scale-toggle").innerText()).replace(/\s+/g, "")).toBe("纵轴：线性刻度对数刻度");
    await page.close();
  }, 60_000);

  it("counties: each unit's ratio against its peer median, drawn and tabled with the exact median", async () => {
    const page = await open("counties?year=2024&metric=three_public_share", "counties-peer-median", "#peer-bars svg");
    const rows = page.locator("tr.peer-row");
    const n = await rows.count();
    expect(n).toBeGreaterThan(10);
    // One bar per unit whose ratio is not flagged, one median tick per such unit with a median (a unit outside any
    // peer group has none: "—"); the legend names the seed group's exact median, as its table row does.
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? "")));
    const drawn = cells.filter((c) => !c[4].includes("被标记"));
    expect(await page.locator('#peer-bars svg g[aria-label="bar"] rect').count()).toBe(drawn.length);
    expect(await page.locator('#peer-bars svg g[aria-label="median"] line').count()).toBe(drawn.filter((c) => c[5] !== "—").length);
    const seed = cells.find((c) => c[1].includes(SEED_UNIT))!;
    expect(seed[4]).toBe("0.80%"); // 27.34 of 3,422.23
    expect(seed[5]).toMatch(/^\d+\.\d{2}%$/);
    expect(await page.locator("#peer-bars .gongkai-legend").innerText()).toContain(`同类中位数（${seed[5]}）`);
    await page.close();
  }, 60_000);

  it("two builds of the same warehouse are byte-identical", async () => {
    const again = path.join(dir, "dist-again");
    await buildSite({db, output: again, stdio: "pipe"});
    const list = (root: string): string[] => fs.readdirSync(root, {recursive: true, withFileTypes: true}).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();
    const files = list(output);
    expect(list(again)).toEqual(files);
    const differ = files.filter((f) => !fs.readFileSync(path.join(output, f)).equals(fs.readFileSync(path.join(again, f))));
    expect(differ).toEqual([]);
  }, 400_000);
});
