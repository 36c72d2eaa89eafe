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
import {startServer, type Server} from "../../site/serve.ts";
import {chromiumSkipReason, hasChromium, launchBrowser, type Browser} from "../helpers/browser.ts";
import {runCli, tempDir} from "../helpers/cli.ts";
import {repoRoot} from "../helpers/shared.ts";

const SCREENSHOTS = path.join(repoRoot, "tests", "__screenshots__");
const RAW = path.join(repoRoot, "data", "raw");
const SEED_DIR = path.join(RAW, "四川省", "阿坝藏族羌族自治州", "2024");
/** The real seed: doc_id is its content hash; the unit slug is "u" + md5("阿坝州总工会")[0:12]. */
const SEED_DOC = "039b8b63d36fc73b";
const SEED_UNIT = "u9968a5ba4394";
const INJECTED_UNIT = "注入测试总工会";
const SCRIPT = "<script>window.__injected = 1; alert(1)</script>";
const IMG = `<img src=x onerror="window.__injected = 2; alert(2)">`;

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
  let buildMs = 0;

  beforeAll(async () => {
    dir = tempDir("gongkai-site-e2e-");
    const input = path.join(dir, "raw");
    fs.cpSync(RAW, input, {recursive: true});
    writeInjectedDocument(input);
    const db = path.join(dir, "w.duckdb");
    const refresh = runCli(["refresh", "--input", input, "--db", db, "--build-dir", path.join(dir, "build")], {cwd: repoRoot});
    expect(refresh.status, refresh.stderr).toBe(0);
    const query = runCli(["query", "--db", db, "--format", "json", `SELECT doc_id FROM documents WHERE unit = '${INJECTED_UNIT}'`], {cwd: repoRoot});
    injectedDoc = (JSON.parse(query.stdout) as {doc_id: string}[])[0].doc_id;
    output = path.join(dir, "dist");
    const built = await buildSite({db, output, stdio: "pipe"});
    buildMs = built.ms;
    console.log(`site build: ${(built.ms / 1000).toFixed(1)} s for ${built.pages.length} pages`);
    server = await startServer(output, 0);
    browser = await launchBrowser();
    fs.mkdirSync(SCREENSHOTS, {recursive: true});
  }, 240_000);

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
    expect(fs.existsSync(path.join(output, "units", `${SEED_UNIT}.html`))).toBe(true);
    expect(fs.existsSync(path.join(output, "docs", `${SEED_DOC}.html`))).toBe(true);
  });

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

  it("unit page of the seed: 3,422.23 and the waterfall with −2,380", async () => {
    const page = await open(`units/${SEED_UNIT}`, "unit-seed", "svg");
    const text = await page.locator("main").innerText();
    expect(text).toContain("3,422.23");
    expect(text).toContain("−2,380.00");
    expect(text).toContain("工会经费基数调整");
    expect(await page.locator("tr.step-reason").count()).toBe(4);
    await page.close();
  }, 30_000);

  it("document view: clicking the 工会经费 fact highlights its span", async () => {
    const page = await open(`docs/${SEED_DOC}`, "document-seed", "pre.gongkai-doc");
    expect(await page.locator("pre.gongkai-doc mark.mention").count()).toBeGreaterThan(50);
    await page.locator('tr.fact-row[data-key="project.item"][data-label="工会经费"]').click();
    await expect.poll(() => page.locator("pre.gongkai-doc mark.active").allInnerTexts()).toEqual(["2600.00万元"]);
    expect(page.url()).toMatch(/#span-\d+-\d+$/);
    await page.close();
  }, 30_000);

  it("findings: the seed's misfiled classification path with its quote, linked to its evidence", async () => {
    const page = await open("findings", "findings", "ol.gongkai-findings", false);
    const item = page.locator('li.finding[data-rule="function_path"]', {hasText: "社会保障和就业支出"}).first();
    await item.waitFor();
    expect(await item.innerText()).toContain("群众团体事务（款）社会保障和就业支出（项目）");
    const href = await item.locator("a", {hasText: "定位原文"}).getAttribute("href");
    expect(href).toMatch(new RegExp(`docs/${SEED_DOC}#span-\\d+-\\d+$`));
    await item.locator("a", {hasText: "定位原文"}).click();
    await page.waitForURL(/#span-/);
    await expect.poll(() => page.locator("pre.gongkai-doc mark.active").count()).toBeGreaterThan(0);
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
    expect(hrefs.length).toBe(33);
    for (const href of hrefs.filter((h) => /\/(facts|findings)\.|warehouse/.test(h))) {
      const body = Buffer.from(await (await fetch(href)).arrayBuffer());
      if (href.endsWith(".csv")) expect(body.toString("utf8").split("\n")[0]).toContain("doc_id");
      if (href.endsWith(".parquet")) expect(body.subarray(0, 4).toString("latin1")).toBe("PAR1");
      if (href.endsWith(".duckdb")) expect(body.length).toBeGreaterThan(1_000_000);
    }
    expect(await data.locator("main").innerText()).toContain("change_waterfall");
    await data.close();

    const methodology = await open("methodology", "methodology", "table.gongkai", false);
    const text = await methodology.locator("main").innerText();
    expect(text).toContain("function_path");
    expect(text).toContain("收入总计");
    await methodology.close();

    const union = await open("notebooks/union-fee-cut", "notebook-union-fee", "svg");
    expect(await union.locator("main").innerText()).toContain("−2,380.00");
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
    await page.goto(new URL(`docs/${injectedDoc}`, server.url).href, {waitUntil: "networkidle"});
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
});
