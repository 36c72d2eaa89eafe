/**
 * Builds the site offline: `tsx site/build.ts` (npm run site:build).
 *
 * Observable Framework 1.13 needs three things done around `observable build` to stay offline and correct:
 *  1. Loader outputs are cached in site/src/.observablehq/cache and reused while newer than the loader script, so
 *     a refreshed warehouse would be ignored: they are removed before every build.
 *  2. Bundling Framework's own client (client.js, stdlib.js) resolves every `npm:` specifier it mentions (react-dom,
 *     d3-dsv, apache-arrow, …) to a version by asking registry.npmjs.org, even when no page uses them. Seeding the
 *     version cache (site/src/.observablehq/cache/_npm/<name>@<version>/) answers that locally: with the version in
 *     node_modules when installed, else a marker version. Nothing is downloaded unless a page really uses an
 *     `npm:` library, and then the build fails offline instead of silently reaching for a CDN.
 *  3. Framework renders `<html>` without a lang attribute: `lang="zh-CN"` is added to every page afterwards.
 *  4. There is one document page (doc.md) and one unit page (unit.md), each fetching its own data file: those
 *     files are written into the output afterwards (data-files.ts: `_data/docs/<doc_id>.json`,
 *     `_data/units/<slug>.json`), and so are the pages that forward the old links (/docs/<doc_id>, /units/<name>,
 *     /units/u<md5>) to them (legacy-links.ts). The two pages set their own <title> from the data they load.
 *  5. Every page registers its files with `lastModified`, the file system mtime of the file — for loader output the
 *     moment the loader ran this build — so two builds of the same warehouse differed in every page. No page reads
 *     it; it is dropped (as Framework itself does for a file it cannot stat), which makes the output a function of
 *     the warehouse and the sources alone.
 * Finally the output is scanned: any absolute http(s) URL in the built HTML/JS/CSS (bar the XML namespace names in
 * ALLOWED_URLS, which are never fetched) and any mention of a CDN or font host in any text file fails the build.
 *
 * Env: GONGKAI_DB (warehouse, default data/warehouse.duckdb), GONGKAI_SITE_OUTPUT (default site/dist).
 */
import {spawn} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {performance} from "node:perf_hooks";
import {fileURLToPath} from "node:url";
import {writeDataFiles, type DataFilesResult} from "./data-files.ts";
import {writeLegacyLinks, type LegacyTargets} from "./legacy-links.ts";
import {siteWeight} from "./page-weight.ts";

export const REPO = fileURLToPath(new URL("..", import.meta.url));
export const SITE_ROOT = path.join(REPO, "site", "src");
export const DEFAULT_OUTPUT = path.join(REPO, "site", "dist");
const CACHE = path.join(SITE_ROOT, ".observablehq", "cache");
const FRAMEWORK = path.join(REPO, "node_modules", "@observablehq", "framework");
/** Version recorded for `npm:` packages not installed locally: never fetched while the site uses none of them. */
const OFFLINE_VERSION = "0.0.0-offline";
/** Hosts no built file may mention, even without a scheme (`//cdn…`) or in data. */
export const FORBIDDEN_HOSTS = /cdn\.jsdelivr\.net|fonts\.googleapis\.com|fonts\.gstatic\.com|unpkg\.com|esm\.sh|registry\.npmjs\.org|cdnjs\.cloudflare\.com/;
/**
 * The only absolute URLs allowed in built code (HTML, JS, CSS, SVG, source maps): XML namespace names, used by
 * d3-selection, htl and d3-interpolate (createElementNS) and by the theme's inline SVG icons. They name, not fetch.
 */
export const ALLOWED_URLS: ReadonlySet<string> = new Set([
  "http://www.w3.org/1999/xhtml",
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/2000/xmlns/",
  "http://www.w3.org/XML/1998/namespace",
]);
const CODE_FILE = /\.(html|js|mjs|css|svg|map)$/;
const TEXT_FILE = /\.(html|js|mjs|css|json|csv|txt|svg|map)$/;
const ABSOLUTE_URL = /https?:\/\/[^\s"'`()<>\\]*/gi;

export interface BuildOptions {
  /** Warehouse to read; default: GONGKAI_DB or data/warehouse.duckdb. */
  db?: string;
  /** Output folder; default: GONGKAI_SITE_OUTPUT or site/dist. */
  output?: string;
  /** Where Framework's progress goes; default: inherit this process's stdout/stderr. */
  stdio?: "inherit" | "pipe";
}

export interface BuildResult {
  output: string;
  ms: number;
  /** Of `ms`, Framework's build of the pages (and their finishing); the rest writes the data files and old links. */
  framework_ms: number;
  pages: string[];
  /** The per-document and per-unit data files written beside the pages (data-files.ts). */
  data: DataFilesResult;
  /** Framework's output when `stdio: "pipe"`. */
  log: string;
}

/** Removes cached loader outputs (everything in the cache not starting with `_`: _npm, _node, … stay). */
export function clearLoaderCache(): void {
  if (!fs.existsSync(CACHE)) return;
  for (const entry of fs.readdirSync(CACHE)) {
    if (!entry.startsWith("_")) fs.rmSync(path.join(CACHE, entry), {recursive: true, force: true});
  }
}

/**
 * Empties a previous build's output: Framework only clears an output folder inside the working directory and
 * otherwise fails on the first file that already exists. Only a folder that is empty or holds a Framework build
 * (`_observablehq/`) is removed.
 */
export function clearOutput(output: string): void {
  if (!fs.existsSync(output)) return;
  const entries = fs.readdirSync(output);
  if (entries.length === 0 || entries.includes("_observablehq")) fs.rmSync(output, {recursive: true, force: true});
}

/** The `npm:` package names Framework's client code mentions, e.g. "react-dom", "@duckdb/duckdb-wasm". */
export function frameworkNpmPackages(): string[] {
  const names = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith(".js")) {
        for (const [, spec] of fs.readFileSync(file, "utf8").matchAll(/["'`]npm:([^"'`]+)["'`]/g)) {
          const parts = spec.split("/");
          const name = spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
          // A specifier with its own version (name@1.2.3) resolves without the registry.
          if (!/.@/.test(name)) names.add(name);
        }
      }
    }
  };
  visit(path.join(FRAMEWORK, "dist", "client"));
  return [...names].sort();
}

function localVersion(name: string): string | undefined {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, "node_modules", name, "package.json"), "utf8"));
    return typeof pkg.version === "string" ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}

/** Makes Framework's npm version lookups local; returns the packages seeded this time. */
export function seedNpmVersionCache(): string[] {
  const npmDir = path.join(CACHE, "_npm");
  const seeded: string[] = [];
  for (const name of frameworkNpmPackages()) {
    const parent = path.join(npmDir, ...name.split("/").slice(0, -1));
    const base = name.split("/").at(-1)!;
    const known = fs.existsSync(parent) && fs.readdirSync(parent).some((e) => e.startsWith(`${base}@`));
    if (known) continue;
    fs.mkdirSync(path.join(npmDir, `${name}@${localVersion(name) ?? OFFLINE_VERSION}`), {recursive: true});
    seeded.push(name);
  }
  return seeded;
}

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(file);
    else yield file;
  }
}

/** Runs `fn` with GONGKAI_DB set to `db` (the loaders' warehouse helpers read it), restoring it afterwards. */
async function withDb<T>(db: string, fn: () => Promise<T>): Promise<T> {
  const previous = process.env.GONGKAI_DB;
  process.env.GONGKAI_DB = db;
  try {
    return await fn();
  } finally {
    if (previous === undefined) delete process.env.GONGKAI_DB;
    else process.env.GONGKAI_DB = previous;
  }
}

/** What the old per-document and per-unit URLs forward to, with the title each forwarding page carries. */
async function legacyTargets(): Promise<LegacyTargets> {
  const {queryMany} = await import("./src/data/lib/warehouse.ts");
  const {UNITS_SQL} = await import("./src/data/lib/queries.ts");
  const {legacyUnitSlug} = await import("./src/data/lib/unit-slug.ts");
  const {units, docs} = await queryMany({
    units: `SELECT *, ${legacyUnitSlug("name")} AS legacy_slug FROM (${UNITS_SQL})`,
    docs: `SELECT doc_id, unit, year, kind, is_synthetic FROM documents ORDER BY doc_id`,
  });
  const kind: Record<string, string> = {budget: "预算", final: "决算"};
  return {
    units: units.map((u) => ({slug: String(u.slug), legacy_slug: String(u.legacy_slug), title: `${u.name}${u.all_synthetic ? "（合成）" : ""} · 单位`})),
    docs: docs.map((d) => {
      const name = [d.unit ?? "未识别单位", d.year != null ? `${d.year} 年` : "", kind[String(d.kind)] ?? ""].join(" ").replace(/\s+/g, " ").trim();
      return {doc_id: String(d.doc_id), title: `${name}${d.is_synthetic ? "（合成）" : ""} · 文档`};
    }),
  };
}

/** `,"lastModified":<mtime>` in a page's registerFile(…) calls: build time, not content (see 5. above). */
const REGISTER_FILE = /^registerFile\(.*\);$/gm;
const LAST_MODIFIED = /,"lastModified":[\d.]+(?=[,}])/;

/** Finishes each page: lang="zh-CN" on <html>, no file mtimes; returns the pages. */
function finishPages(output: string): string[] {
  const pages: string[] = [];
  for (const file of walk(output)) {
    if (!file.endsWith(".html")) continue;
    const html = fs
      .readFileSync(file, "utf8")
      .replace(/<html(?![^>]*\blang=)>/, '<html lang="zh-CN">')
      .replace(REGISTER_FILE, (line) => line.replace(LAST_MODIFIED, ""));
    fs.writeFileSync(file, html);
    pages.push(path.relative(output, file));
  }
  return pages.sort();
}

/**
 * What in the output could reach outside: in code files every absolute http(s) URL not in ALLOWED_URLS, in every
 * text file (data included) any mention of a forbidden host. One "file: what" line per hit.
 */
export function externalReferences(output: string): string[] {
  const hits: string[] = [];
  for (const file of walk(output)) {
    if (!TEXT_FILE.test(file)) continue;
    const text = fs.readFileSync(file, "utf8");
    const name = path.relative(output, file);
    const found = new Set<string>();
    if (CODE_FILE.test(file)) {
      for (const [url] of text.matchAll(ABSOLUTE_URL)) if (!ALLOWED_URLS.has(url)) found.add(url);
    }
    const host = FORBIDDEN_HOSTS.exec(text);
    if (host) found.add(host[0]);
    for (const what of [...found].sort()) hits.push(`${name}: ${what}`);
  }
  return hits;
}

export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const start = performance.now();
  const output = path.resolve(options.output ?? process.env.GONGKAI_SITE_OUTPUT ?? DEFAULT_OUTPUT);
  const db = path.resolve(options.db ?? process.env.GONGKAI_DB ?? path.join(REPO, "data", "warehouse.duckdb"));
  if (!fs.existsSync(db)) throw new Error(`warehouse not found: ${db} (run \`npm run refresh\` first)`);
  clearLoaderCache();
  clearOutput(output);
  seedNpmVersionCache();
  const env = {
    ...process.env,
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    GONGKAI_DB: db,
    GONGKAI_SITE_OUTPUT: output,
    // Framework runs .ts loaders with `tsx` found on PATH.
    PATH: `${path.join(REPO, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}`,
  };
  const bin = path.join(FRAMEWORK, "dist", "bin", "observable.js");
  const child = spawn(process.execPath, [bin, "build", "--root", "site"], {
    cwd: REPO,
    env,
    stdio: options.stdio === "pipe" ? ["ignore", "pipe", "pipe"] : "inherit",
  });
  let log = "";
  child.stdout?.on("data", (chunk) => (log += chunk));
  child.stderr?.on("data", (chunk) => (log += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`observable build failed (exit ${code})${log ? `:\n${log}` : ""}`);
  const pages = finishPages(output);
  const framework = performance.now() - start;
  const data = await withDb(db, async () => {
    const files = await writeDataFiles(output);
    writeLegacyLinks(output, await legacyTargets());
    return files;
  });
  const hits = externalReferences(output);
  if (hits.length) throw new Error(`the built site references outside URLs or hosts:\n  ${hits.join("\n  ")}`);
  const ms = Math.round(performance.now() - start);
  return {output, ms, framework_ms: Math.round(framework), pages, data, log};
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  buildSite().then(
    ({output, ms, framework_ms, pages, data}) => {
      const {bytes, heaviest} = siteWeight(output);
      const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
      console.log(`gongkai site: built ${pages.length} pages, ${data.docs} document, ${data.units} unit and ${data.series} series data files in ${path.relative(REPO, output) || "."} in ${(ms / 1000).toFixed(1)} s (Framework ${(framework_ms / 1000).toFixed(1)} s)`);
      console.log(`gongkai site: ${mb(bytes)} in all; heaviest page ${heaviest?.page} ${mb(heaviest?.bytes ?? 0)} (npm run site:weight -- ${path.relative(REPO, output) || "."} lists them)`);
    },
    (error) => {
      console.error(`gongkai site: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
