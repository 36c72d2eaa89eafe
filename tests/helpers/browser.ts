/**
 * Headless Chromium for browser smoke tests, through playwright-core and the system /usr/bin/chromium (no
 * browser download). Every request that is not to 127.0.0.1/localhost is blocked and recorded, so a test can
 * assert the site works offline.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {chromium, type BrowserContext, type Page} from "playwright-core";

/** CHROMIUM_PATH overrides; CI installs /usr/bin/chromium (apt-get install chromium fonts-noto-cjk). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const hasChromium = fs.existsSync(CHROMIUM_PATH);
export const chromiumSkipReason = `${CHROMIUM_PATH} is absent (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)`;

/** Quiet, offline-friendly flags: no sandbox (containers), no GPU, no QUIC, no background calls home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export interface Browser {
  context: BrowserContext;
  /** URLs the browser asked for that were not local: aborted, never fetched. */
  blocked: string[];
  /** console.error messages and uncaught page errors, from every page opened in the context. */
  errors: string[];
  /** A new page whose console errors and page errors land in `errors`. */
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

/** Launches headless Chromium with a fresh user-data-dir, blocking and counting every non-local request. */
export async function launchBrowser({viewport = {width: 1280, height: 900}} = {}): Promise<Browser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    serviceWorkers: "block",
  });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const local = (url.protocol === "http:" || url.protocol === "https:") && LOCAL_HOSTS.has(url.hostname);
    if (local || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    blocked.push(url.href);
    return route.abort("blockedbyclient");
  });
  const watch = (page: Page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  };
  context.on("page", watch);
  for (const page of context.pages()) watch(page);
  return {
    context,
    blocked,
    errors,
    newPage: async () => {
      const page = await context.newPage();
      return page;
    },
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, {recursive: true, force: true});
    },
  };
}
