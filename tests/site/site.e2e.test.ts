/**
 * Browser smoke test of the built site, self-contained: refresh data/raw into a temp warehouse, build the site
 * from it into a temp folder, serve it on 127.0.0.1 and open it in headless Chromium with every non-local request
 * blocked. Skips (with the reason) when /usr/bin/chromium is absent.
 */
import fs from "node:fs";
import path from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildSite, externalReferences} from "../../site/build.ts";
import {startServer, type Server} from "../../site/serve.ts";
import {chromiumSkipReason, hasChromium, launchBrowser, type Browser} from "../helpers/browser.ts";
import {runCli, tempDir} from "../helpers/cli.ts";
import {repoRoot} from "../helpers/shared.ts";

const SCREENSHOTS = path.join(repoRoot, "tests", "__screenshots__");

describe.skipIf(!hasChromium)(`site in a browser${hasChromium ? "" : ` (skipped: ${chromiumSkipReason})`}`, () => {
  let dir: string;
  let output: string;
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    dir = tempDir("gongkai-site-e2e-");
    const db = path.join(dir, "w.duckdb");
    const refresh = runCli(
      ["refresh", "--input", "data/raw", "--db", db, "--build-dir", path.join(dir, "build")],
      {cwd: repoRoot},
    );
    expect(refresh.status, refresh.stderr).toBe(0);
    output = path.join(dir, "dist");
    const built = await buildSite({db, output, stdio: "pipe"});
    console.log(`site build: ${built.ms} ms (${built.pages.join(", ")})`);
    server = await startServer(output, 0);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, {recursive: true, force: true});
  });

  it("builds without references to CDN or font hosts", () => {
    expect(externalReferences(output)).toEqual([]);
    const index = fs.readFileSync(path.join(output, "index.html"), "utf8");
    expect(index).toContain('<html lang="zh-CN">');
    expect(index).not.toMatch(/fonts\.(googleapis|gstatic)\.com/);
  });

  it("shows the overview offline, without errors", async () => {
    const page = await browser.newPage();
    const response = await page.goto(server.url, {waitUntil: "networkidle"});
    expect(response?.status()).toBe(200);
    await page.locator("table.gongkai").waitFor();
    await page.locator("svg").first().waitFor();
    const text = await page.locator("main").innerText();
    expect(text).toContain("阿坝州总工会");
    expect(text).toContain("3,422.23");
    expect(await page.locator(".observablehq--error").count()).toBe(0);
    fs.mkdirSync(SCREENSHOTS, {recursive: true});
    await page.screenshot({path: path.join(SCREENSHOTS, "overview.png"), fullPage: true});
    expect(browser.errors).toEqual([]);
    expect(browser.blocked).toEqual([]);
    await page.close();
  }, 60_000);

  it("lists the downloads, which are served with their content types", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("data", server.url).href, {waitUntil: "networkidle"});
    await page.locator("table.gongkai").waitFor();
    const hrefs = await page.locator("a[download]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(2);
    const types: Record<string, string> = {};
    for (const href of hrefs) {
      const res = await fetch(href);
      expect(res.status, href).toBe(200);
      types[path.extname(new URL(href).pathname)] = res.headers.get("content-type") ?? "";
      const body = Buffer.from(await res.arrayBuffer());
      if (href.endsWith(".csv")) expect(body.toString("utf8")).toContain("3422.230000");
      if (href.endsWith(".parquet")) expect(body.subarray(0, 4).toString("latin1")).toBe("PAR1");
    }
    expect(types).toEqual({".csv": "text/csv; charset=utf-8", ".parquet": "application/vnd.apache.parquet"});
    expect(await page.locator("main").innerText()).toContain("amount");
    expect(browser.errors).toEqual([]);
    expect(browser.blocked).toEqual([]);
    await page.close();
  }, 60_000);
});
