/**
 * How much a reader's browser downloads to open each page of a built site: the page's HTML, the stylesheets and
 * modules it links (`<link rel="stylesheet|modulepreload">`: Framework lists every module a page imports, its own
 * and the libraries), the files it registers (`registerFile(…)`: what FileAttachment fetches) and, for the document
 * unit, series and comparison pages, the largest data files they can be asked to fetch (`_data/docs/*.json`,
 * `_data/units/*.json`, `_data/series/*.json`, two of `_data/yoy/*.json`) — the worst case. Read from the files, not from a browser, so it is deterministic; the bench and the build log
 * report it with the size of the whole output.
 */
import fs from "node:fs";
import path from "node:path";

export interface PageWeight {
  /** The page, relative to the output folder ("doc.html"). */
  page: string;
  /** Bytes transferred (uncompressed): HTML + linked CSS and JS + registered files + fetched data file. */
  bytes: number;
  /** The largest single part and its size, to say what makes a page heavy. */
  largest: {file: string; bytes: number};
}

export interface SiteWeight {
  /** Every file of the output, in bytes, and how many files. */
  bytes: number;
  files: number;
  /** Pages built by Framework (forwarding pages of old links excluded). */
  pages: number;
  heaviest: PageWeight | null;
}

/** Pages whose data files are chosen at run time: the folders of `_data` they fetch from, and how many at once. */
export const FETCHED_DATA: Readonly<Record<string, {dir: string; n: number}[]>> = {
  "doc.html": [{dir: "_data/docs", n: 1}],
  "unit.html": [{dir: "_data/units", n: 1}],
  "years.html": [{dir: "_data/series", n: 1}],
  "counties.html": [{dir: "_data/series", n: 1}],
  "notebooks/three-public-counties.html": [{dir: "_data/series", n: 1}],
  "notebooks/union-fee-cut.html": [{dir: "_data/units", n: 1}],
  "compare.html": [{dir: "_data/yoy", n: 2}],
  // A query of three words: the document list and three index files, then the 20 texts it reads (text-search.js).
  "search.html": [
    {dir: "_data/search", n: 4},
    {dir: "_data/text", n: 20},
  ],
};

const LINK = /<link rel="(?:stylesheet|modulepreload)" (?:type="text\/css" )?href="([^"]+)"/g;
const REGISTER = /registerFile\("[^"]*", \{[^}]*"path":"([^"]+)"/g;

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(file);
    else yield file;
  }
}

const size = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);

/** The `n` largest files in `dir` (recursively), largest first. */
function largestIn(dir: string, n: number): {file: string; bytes: number}[] {
  if (!fs.existsSync(dir)) return [];
  const files = [...walk(dir)].map((file) => ({file, bytes: size(file)}));
  return files.sort((a, b) => b.bytes - a.bytes || (a.file < b.file ? -1 : 1)).slice(0, n);
}

/** A page is a forwarding page of an old link (legacy-links.ts) when it has no Framework client. */
const isForwarding = (html: string) => !html.includes("_observablehq/client");

/** The weight of every page built by Framework, heaviest first. */
export function pageWeights(output: string): PageWeight[] {
  const weights: PageWeight[] = [];
  for (const file of walk(output)) {
    if (!file.endsWith(".html")) continue;
    const html = fs.readFileSync(file, "utf8");
    if (isForwarding(html)) continue;
    const page = path.relative(output, file).split(path.sep).join("/");
    const parts = new Map<string, number>([[page, size(file)]]);
    for (const [, href] of [...html.matchAll(LINK), ...html.matchAll(REGISTER)]) {
      const target = path.resolve(path.dirname(file), href.split(/[?#]/)[0]);
      parts.set(path.relative(output, target), size(target));
    }
    for (const {dir, n} of FETCHED_DATA[page] ?? []) {
      for (const fetched of largestIn(path.join(output, dir), n)) parts.set(path.relative(output, fetched.file), fetched.bytes);
    }
    let bytes = 0;
    let largest = {file: page, bytes: 0};
    for (const [part, n] of parts) {
      bytes += n;
      if (n > largest.bytes) largest = {file: part, bytes: n};
    }
    weights.push({page, bytes, largest});
  }
  return weights.sort((a, b) => b.bytes - a.bytes || (a.page < b.page ? -1 : 1));
}

/** The whole output's size and file count, the number of pages and the heaviest page. */
export function siteWeight(output: string): SiteWeight {
  let bytes = 0;
  let files = 0;
  for (const file of walk(output)) {
    bytes += size(file);
    files++;
  }
  const pages = pageWeights(output);
  return {bytes, files, pages: pages.length, heaviest: pages[0] ?? null};
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const output = process.argv[2] ?? "site/dist";
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  const {bytes, files, pages} = siteWeight(output);
  console.log(`${output}: ${mb(bytes)} in ${files} files, ${pages} pages`);
  for (const w of pageWeights(output).slice(0, Number(process.argv[3] ?? 10))) console.log(`${mb(w.bytes).padStart(10)}  ${w.page}  (largest: ${w.largest.file} ${mb(w.largest.bytes)})`);
}
