/**
 * Child process of the benchmark for the site: builds it from a warehouse (site/build.ts: Framework's pages, then
 * the per-document and per-unit data files and the forwarding pages of old links) and prints, as JSON, the wall
 * time, how many pages and data files, the output's size and the heaviest page (site/page-weight.ts: HTML + linked
 * CSS and JS + registered files + the largest data file it can fetch). Framework runs in its own process, so no RSS.
 *
 *   tsx bench/site-child.ts <db> <output dir>
 */
import {buildSite} from "../site/build.ts";
import {siteWeight} from "../site/page-weight.ts";

const [db, output] = process.argv.slice(2);
const started = performance.now();
const built = await buildSite({db, output, stdio: "pipe"});
const wall = Math.round(performance.now() - started);
const weight = siteWeight(output);
process.stdout.write(
  JSON.stringify({
    wall_ms: wall,
    framework_ms: built.framework_ms,
    pages: built.pages.length,
    data_files: built.data.docs + built.data.units + built.data.series,
    bytes: weight.bytes,
    files: weight.files,
    heaviest: weight.heaviest && {page: weight.heaviest.page, bytes: weight.heaviest.bytes},
  }) + "\n",
);
